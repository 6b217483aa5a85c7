/* compat_i386_fs: statfs, fstatfs (struct statfs of 32-bit longs) and
 * statfs64, fstatfs64 (the i386 struct statfs64, 84 bytes, with its size
 * as an argument) of an i386 process. */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/compat_i386.h"
#include "decode/file.h"

#define I386 (1u << PERS_I386)

/* the fields strace shows, of either layout */
struct statfs_view {
	int64_t type, bsize;
	uint64_t blocks, bfree, bavail, files, ffree;
	int32_t fsid[2];
	int64_t namelen, frsize, flags;
};

static bool fetch_statfs(struct dctx *ctx, uint64_t addr, bool wide,
			 struct statfs_view *v)
{
	struct {
		uint32_t type, bsize;
		uint64_t blocks, bfree, bavail, files, ffree;
		int32_t fsid[2];
		uint32_t namelen, frsize, flags, spare[4];
	} __attribute__((packed)) s64;
	struct {
		uint32_t type, bsize, blocks, bfree, bavail, files, ffree;
		int32_t fsid[2];
		uint32_t namelen, frsize, flags, spare[4];
	} s32;

	_Static_assert(sizeof(s64) == 84, "i386 struct statfs64");
	if (wide) {
		if (!dec_fetch(ctx, addr, &s64, sizeof(s64)))
			return false;
		*v = (struct statfs_view){ s64.type, s64.bsize, s64.blocks,
			s64.bfree, s64.bavail, s64.files, s64.ffree,
			{ s64.fsid[0], s64.fsid[1] }, s64.namelen, s64.frsize,
			s64.flags };
		return true;
	}
	if (!dec_fetch(ctx, addr, &s32, sizeof(s32)))
		return false;
	*v = (struct statfs_view){ s32.type, s32.bsize, s32.blocks, s32.bfree,
		s32.bavail, s32.files, s32.ffree,
		{ s32.fsid[0], s32.fsid[1] }, s32.namelen, s32.frsize,
		s32.flags };
	return true;
}

static void statfs_show(struct dctx *ctx, uint64_t addr, bool wide)
{
	static const char *const counts[] = { "f_blocks", "f_bfree",
		"f_bavail", "f_files", "f_ffree" };
	struct emitter *e = ctx->e;
	struct statfs_view s;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!fetch_statfs(ctx, addr, wide, &s))
		return;
	emit_struct_begin(e);
	emit_field(e, "f_type");
	emit_enum(e, &ct_f_fs_magic, (uint64_t)s.type, EMIT_HEX);
	emit_field(e, "f_bsize");
	emit_int(e, s.bsize);
	for (int i = 0; i < 5; i++) {
		emit_field(e, counts[i]);
		emit_uint(e, (&s.blocks)[i]);
	}
	emit_field(e, "f_fsid");
	emit_struct_begin(e);
	emit_field(e, "val");
	emit_array_begin(e);
	for (uint64_t i = 0; i < 2; i++) {
		if (i == fdec_array_max(ctx)) {
			emit_more(e);
			break;
		}
		emit_hex(e, (uint32_t)s.fsid[i]);
	}
	emit_array_end(e);
	emit_struct_end(e);
	emit_field(e, "f_namelen");
	emit_int(e, s.namelen);
	emit_field(e, "f_frsize");
	emit_int(e, s.frsize);
	emit_field(e, "f_flags");
	fdec_flags_dflt(ctx, &ct_f_statfs_flags, (uint64_t)s.flags, "ST_???");
	emit_struct_end(e);
}

/* statfs(path, buf), fstatfs(fd, buf) */
static int dec_statfs32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		if (ctx->call->info->name[0] == 'f')
			dec_fd(ctx, dec_arg(ctx, 0));
		else
			dec_path(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	statfs_show(ctx, dec_arg(ctx, 1), false);
	return DEC_DONE;
}
DECODER_PERS(statfs, dec_statfs32, I386);
DECODER_PERS(fstatfs, dec_statfs32, I386);

/* statfs64(path, size, buf), fstatfs64(fd, size, buf) */
static int dec_statfs64(struct dctx *ctx)
{
	if (!ctx->exiting) {
		if (ctx->call->info->name[0] == 'f')
			dec_fd(ctx, dec_arg(ctx, 0));
		else
			dec_path(ctx, dec_arg(ctx, 0));
		dec_uint(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	statfs_show(ctx, dec_arg(ctx, 2), true);
	return DEC_DONE;
}
DECODER_PERS(statfs64, dec_statfs64, I386);
DECODER_PERS(fstatfs64, dec_statfs64, I386);

/* ---- calls strace shows raw ---- */

/* the old terminal, profiling and module calls, vm86 and the old uname
 * structs: strace prints their arguments in hex */
DECODER_PERS(stty, dec_raw, I386);
DECODER_PERS(gtty, dec_raw, I386);
DECODER_PERS(ulimit, dec_raw, I386);
DECODER_PERS(profil, dec_raw, I386);
DECODER_PERS(vm86old, dec_raw, I386);
DECODER_PERS(vm86, dec_raw, I386);
DECODER_PERS(get_kernel_syms, dec_raw, I386);
DECODER_PERS(bdflush, dec_raw, I386);
DECODER_PERS(olduname, dec_raw, I386);
DECODER_PERS(oldolduname, dec_raw, I386);
DECODER_PERS(create_module, dec_raw, I386);
DECODER_PERS(query_module, dec_raw, I386);
DECODER_PERS(nfsservctl, dec_raw, I386);
DECODER_PERS(getpmsg, dec_raw, I386);
DECODER_PERS(putpmsg, dec_raw, I386);
DECODER_PERS(afs_syscall, dec_raw, I386);
DECODER_PERS(vserver, dec_raw, I386);

/* ---- readdir ---- */

/* readdir(fd, struct old_linux_dirent *, count): the entry once one was
 * read (d_reclen is the name's length), count only when it is not 1 */
static int dec_readdir(struct dctx *ctx)
{
	static const char *const names[] = { "d_ino", "d_off", "d_reclen" };
	struct {
		uint32_t ino, off;
		uint16_t namlen;
	} __attribute__((packed)) d;
	uint64_t addr = dec_arg(ctx, 1);

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx) || ctx->call->rval <= 0)
		dec_ptr(ctx, addr);
	else if (dec_fetch(ctx, addr, &d, sizeof(d))) {
		const uint32_t v[] = { d.ino, d.off, d.namlen };

		emit_struct_begin(ctx->e);
		for (int i = 0; i < 3; i++) {
			emit_field(ctx->e, names[i]);
			emit_uint(ctx->e, v[i]);
		}
		emit_field(ctx->e, "d_name");
		dec_path_n(ctx, addr + sizeof(d), d.namlen);
		emit_struct_end(ctx->e);
	}
	if ((uint32_t)dec_arg(ctx, 2) != 1)
		dec_uint(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(readdir, dec_readdir, I386);

/* ---- the old select ---- */

/* select(struct { nfds, readfds, writefds, exceptfds, timeout } *): the
 * five words decoded as select's arguments, the address when they cannot
 * be read.  Its annotation (" (in [0], left ...)") runs with them too:
 * read again at exit, the x86_64 annotation kept in saved[3], which
 * select does not use. */
static void old_select_ret(struct dctx *ctx)
{
	void (*fn)(struct dctx *) = (void (*)(struct dctx *))(uintptr_t)
		ctx->call->saved[3];
	uint64_t keep[SC_MAX_ARGS], w[SC_MAX_ARGS] = { 0 };

	if (dec_read_words(ctx, dec_arg(ctx, 0), w, 5))
		return;
	memcpy(keep, ctx->call->args, sizeof(keep));
	memcpy(ctx->call->args, w, sizeof(w));
	fn(ctx);
	memcpy(ctx->call->args, keep, sizeof(keep));
}

static int dec_old_select(struct dctx *ctx)
{
	uint64_t w[SC_MAX_ARGS] = { 0 };
	int r;

	if (ctx->exiting)
		return DEC_DONE;
	if (!dec_fetch_words(ctx, dec_arg(ctx, 0), w, 5))
		return DEC_DONE;
	r = c32_forward(ctx, "select", w);
	if (ctx->call->ret_aux) {
		ctx->call->saved[3] = (uint64_t)(uintptr_t)ctx->call->ret_aux;
		ctx->call->ret_aux = old_select_ret;
	}
	return r;
}
DECODER_PERS(select, dec_old_select, I386);
