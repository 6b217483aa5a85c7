/* compat_i386_uid16: the i386 calls that keep the old 16-bit uid_t and
 * gid_t (setuid, chown, getgroups ... without the 32 suffix): an id is
 * its low 16 bits, 0xffff shown as -1. */
#include "decode/common.h"
#include "decode/net.h"

#define I386 (1u << PERS_I386)

static void id16(struct dctx *ctx, uint64_t v)
{
	uint16_t id = (uint16_t)v;

	if (id == UINT16_MAX)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, id);
}

/* setuid(id) ... setresgid(r, e, s): nargs ids */
static int dec_ids16(struct dctx *ctx)
{
	for (int i = 0; i < ctx->call->info->nargs; i++)
		id16(ctx, dec_arg(ctx, i));
	return DEC_DONE;
}
DECODER_PERS(setuid, dec_ids16, I386);
DECODER_PERS(setgid, dec_ids16, I386);
DECODER_PERS(setfsuid, dec_ids16, I386);
DECODER_PERS(setfsgid, dec_ids16, I386);
DECODER_PERS(setreuid, dec_ids16, I386);
DECODER_PERS(setregid, dec_ids16, I386);
DECODER_PERS(setresuid, dec_ids16, I386);
DECODER_PERS(setresgid, dec_ids16, I386);

/* chown(path, uid, gid), lchown; fchown(fd, uid, gid) */
static int dec_chown16(struct dctx *ctx)
{
	if (ctx->call->info->name[0] == 'f')
		dec_fd(ctx, dec_arg(ctx, 0));
	else
		dec_path(ctx, dec_arg(ctx, 0));
	id16(ctx, dec_arg(ctx, 1));
	id16(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(chown, dec_chown16, I386);
DECODER_PERS(lchown, dec_chown16, I386);
DECODER_PERS(fchown, dec_chown16, I386);

/* getresuid(r, e, s), getresgid: [id] each, once stored */
static int dec_getresid16(struct dctx *ctx)
{
	uint16_t id;

	if (!ctx->exiting)
		return DEC_MORE;
	for (int i = 0; i < 3; i++) {
		if (dec_failed(ctx)) {
			dec_ptr(ctx, dec_arg(ctx, i));
			continue;
		}
		if (!dec_fetch(ctx, dec_arg(ctx, i), &id, sizeof(id)))
			continue;
		emit_array_begin(ctx->e);
		id16(ctx, id);
		emit_array_end(ctx->e);
	}
	return DEC_DONE;
}
DECODER_PERS(getresuid, dec_getresid16, I386);
DECODER_PERS(getresgid, dec_getresid16, I386);

static bool gid16_elem(struct dctx *ctx, const void *elem, size_t size,
		       void *data)
{
	(void)size;
	(void)data;
	id16(ctx, *(const uint16_t *)elem);
	return true;
}

static void groups16(struct dctx *ctx, int64_t len, uint64_t addr)
{
	/* the kernel's NGROUPS_MAX */
	if (len < 0 || len > 65536) {
		dec_ptr(ctx, addr);
		return;
	}
	ndec_array(ctx, addr, (uint64_t)len, 2, gid16_elem, NULL);
}

static int dec_getgroups16(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		groups16(ctx, ctx->call->rval, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(getgroups, dec_getgroups16, I386);

static int dec_setgroups16(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	groups16(ctx, (int32_t)dec_arg(ctx, 0), dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(setgroups, dec_setgroups16, I386);
