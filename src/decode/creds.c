/* Decoders for credentials: the uid/gid families, supplementary groups
 * and capabilities. */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* An id: -1 for "unchanged", else unsigned. */
static void id_val(struct dctx *ctx, uint32_t id)
{
	if (id == UINT32_MAX)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, id);
}

static int dec_one_id(struct dctx *ctx)
{
	id_val(ctx, (uint32_t)dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER(setuid, dec_one_id);
DECODER(setgid, dec_one_id);
DECODER(setfsuid, dec_one_id);
DECODER(setfsgid, dec_one_id);

static int dec_two_ids(struct dctx *ctx)
{
	id_val(ctx, (uint32_t)dec_arg(ctx, 0));
	id_val(ctx, (uint32_t)dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(setreuid, dec_two_ids);
DECODER(setregid, dec_two_ids);

static int dec_three_ids(struct dctx *ctx)
{
	for (int i = 0; i < 3; i++)
		id_val(ctx, (uint32_t)dec_arg(ctx, i));
	return DEC_DONE;
}
DECODER(setresuid, dec_three_ids);
DECODER(setresgid, dec_three_ids);

static int dec_getresid(struct dctx *ctx)
{
	uint32_t id;

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
		id_val(ctx, id);
		emit_array_end(ctx->e);
	}
	return DEC_DONE;
}
DECODER(getresuid, dec_getresid);
DECODER(getresgid, dec_getresid);

static bool gid_elem(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	uint32_t id;

	memcpy(&id, elem, sizeof(id));
	id_val(ctx, id);
	return true;
}

static void groups(struct dctx *ctx, int64_t len, uint64_t addr)
{
	/* the kernel's NGROUPS_MAX */
	if (len < 0 || len > 65536) {
		dec_ptr(ctx, addr);
		return;
	}
	ndec_array(ctx, addr, (uint64_t)len, 4, gid_elem, NULL);
}

static int dec_getgroups(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		groups(ctx, ctx->call->rval, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(getgroups, dec_getgroups);

static int dec_setgroups(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	groups(ctx, (int32_t)dec_arg(ctx, 0), dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(setgroups, dec_setgroups);

/* ---- capabilities ---- */

enum {
	CAP_V1 = 0x19980330,
	CAP_V2 = 0x20071026,
	CAP_V3 = 0x20080522,
};

struct cap_header {
	uint32_t version;
	int32_t pid;
};

static bool cap_header_at(struct dctx *ctx, uint64_t addr,
			  struct cap_header *h)
{
	return addr && tmem_read(ctx->call->tid, addr, h, sizeof(*h)) == 0;
}

static void cap_header(struct dctx *ctx, uint64_t addr)
{
	struct cap_header h;

	if (!dec_fetch(ctx, addr, &h, sizeof(h)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "version");
	fdec_enum_dflt(ctx, &ct_c_cap_versions, h.version,
		       "_LINUX_CAPABILITY_VERSION_???");
	emit_field(ctx->e, "pid");
	dec_pid(ctx, (uint32_t)h.pid);
	emit_struct_end(ctx->e);
}

/* A set's two 32-bit words, each printed as flags of its own (its
 * unknown bits too), joined by "|" when both are set, as strace */
static void cap_bits(struct dctx *ctx, uint32_t lo, uint32_t hi)
{
	if (lo || !hi)
		fdec_flags_dflt(ctx, &ct_c_caps, lo, "CAP_???");
	if (lo && hi)
		emit_join(ctx->e, "|");
	if (hi)
		fdec_flags_dflt(ctx, &ct_c_caps_hi, hi, "CAP_???");
}

static void cap_data(struct dctx *ctx, uint64_t addr,
		     const struct cap_header *h)
{
	uint32_t d[6];
	size_t n;

	if (!addr || !h) {
		dec_ptr(ctx, addr);
		return;
	}
	/* an unknown version: strace shows one set, as for version 1 */
	n = h->version == CAP_V2 || h->version == CAP_V3 ? 2 : 1;
	memset(d, 0, sizeof(d));
	if (!dec_fetch(ctx, addr, d, n * 12))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "effective");
	cap_bits(ctx, d[0], d[3]);
	emit_field(ctx->e, "permitted");
	cap_bits(ctx, d[1], d[4]);
	emit_field(ctx->e, "inheritable");
	cap_bits(ctx, d[2], d[5]);
	emit_struct_end(ctx->e);
}

static int dec_capget(struct dctx *ctx)
{
	struct cap_header h;

	if (!ctx->exiting) {
		cap_header(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (!dec_failed(ctx) && cap_header_at(ctx, dec_arg(ctx, 0), &h))
		cap_data(ctx, dec_arg(ctx, 1), &h);
	else
		dec_ptr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(capget, dec_capget);

static int dec_capset(struct dctx *ctx)
{
	struct cap_header h;

	cap_header(ctx, dec_arg(ctx, 0));
	if (cap_header_at(ctx, dec_arg(ctx, 0), &h))
		cap_data(ctx, dec_arg(ctx, 1), &h);
	else
		dec_ptr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(capset, dec_capset);
