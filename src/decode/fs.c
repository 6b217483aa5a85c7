/* Decoders for file system level calls: extended attributes, inotify,
 * fanotify, statfs/fstatfs/ustat, memfd_create, file handles, swapon and
 * pivot_root, memfd_secret.  The mounting calls live in mount.c. */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "tmem/tmem.h"

/* ---- extended attributes ---- */

static void xattr_flags(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_f_xattr_flags, (uint32_t)v, "XATTR_???");
}

/* setxattr(path, name, value, size, flags) and the fd form */
static int setxattr_common(struct dctx *ctx, bool fd)
{
	if (fd)
		dec_fd(ctx, dec_arg(ctx, 0));
	else
		dec_path(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	/* a value larger than XATTR_SIZE_MAX is shown as its address */
	if (dec_arg(ctx, 3) > 65536)
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		dec_buf(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	dec_ulong(ctx, dec_arg(ctx, 3));
	xattr_flags(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}

static int dec_setxattr(struct dctx *ctx)
{
	return setxattr_common(ctx, false);
}
DECODER_ANY_PERS(setxattr, dec_setxattr);
DECODER_ANY_PERS(lsetxattr, dec_setxattr);

static int dec_fsetxattr(struct dctx *ctx)
{
	return setxattr_common(ctx, true);
}
DECODER_ANY_PERS(fsetxattr, dec_fsetxattr);

/* An output buffer of rval bytes: the address on failure, NULL when the
 * caller only asked for the size. */
static void xattr_out(struct dctx *ctx, uint64_t addr)
{
	if (dec_failed(ctx))
		dec_ptr(ctx, addr);
	else
		dec_buf(ctx, addr, (uint64_t)ctx->call->rval);
}

static int getxattr_common(struct dctx *ctx, bool fd)
{
	if (!ctx->exiting) {
		if (fd)
			dec_fd(ctx, dec_arg(ctx, 0));
		else
			dec_path(ctx, dec_arg(ctx, 0));
		dec_cstr(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	xattr_out(ctx, dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}

static int dec_getxattr(struct dctx *ctx)
{
	return getxattr_common(ctx, false);
}
DECODER_ANY_PERS(getxattr, dec_getxattr);
DECODER_ANY_PERS(lgetxattr, dec_getxattr);

static int dec_fgetxattr(struct dctx *ctx)
{
	return getxattr_common(ctx, true);
}
DECODER_ANY_PERS(fgetxattr, dec_fgetxattr);

static int listxattr_common(struct dctx *ctx, bool fd)
{
	if (!ctx->exiting) {
		if (fd)
			dec_fd(ctx, dec_arg(ctx, 0));
		else
			dec_path(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	xattr_out(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}

static int dec_listxattr(struct dctx *ctx)
{
	return listxattr_common(ctx, false);
}
DECODER_ANY_PERS(listxattr, dec_listxattr);
DECODER_ANY_PERS(llistxattr, dec_listxattr);

static int dec_flistxattr(struct dctx *ctx)
{
	return listxattr_common(ctx, true);
}
DECODER_ANY_PERS(flistxattr, dec_flistxattr);

static int dec_removexattr(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(removexattr, dec_removexattr);
DECODER_ANY_PERS(lremovexattr, dec_removexattr);

static int dec_fremovexattr(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(fremovexattr, dec_fremovexattr);

/* ---- inotify ---- */

static int dec_inotify_init1(struct dctx *ctx)
{
	fdec_flags_dflt(ctx, &ct_f_inotify_init_flags,
			(uint32_t)dec_arg(ctx, 0), "IN_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(inotify_init1, dec_inotify_init1);

static int dec_inotify_init(struct dctx *ctx)
{
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(inotify_init, dec_inotify_init);

static int dec_inotify_add_watch(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_f_inotify_mask, (uint32_t)dec_arg(ctx, 2),
			"IN_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(inotify_add_watch, dec_inotify_add_watch);

static int dec_inotify_rm_watch(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_int(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(inotify_rm_watch, dec_inotify_rm_watch);

/* ---- fanotify ---- */

static int dec_fanotify_init(struct dctx *ctx)
{
	uint32_t flags = (uint32_t)dec_arg(ctx, 0);
	uint32_t rest = flags & ~0xcu;

	/* the class field and the other flags are separate values */
	fdec_enum_dflt(ctx, &ct_f_fan_class, flags & 0xc, "FAN_CLASS_???");
	if (rest) {
		emit_join(ctx->e, "|");
		fdec_flags_dflt(ctx, &ct_f_fan_init_flags, rest, "FAN_???");
	}
	fdec_flags_dflt(ctx, &ct_f_open_flags, (uint32_t)dec_arg(ctx, 1),
			"O_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(fanotify_init, dec_fanotify_init);

static const struct const_entry fan_nofd_entries[] = {
	{ "AT_FDCWD", (uint64_t)(int64_t)-100, 0 },
	{ "FAN_NOFD", (uint64_t)(int64_t)-1, 0 },
};
static const struct const_table fan_nofd = {
	"fan_dirfd", CONST_ENUM, fan_nofd_entries, 2,
};

static int dec_fanotify_mark(struct dctx *ctx)
{
	int dirfd = (int)dec_arg(ctx, 3);

	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_fan_mark_flags, (uint32_t)dec_arg(ctx, 1),
			"FAN_MARK_???");
	fdec_flags_dflt(ctx, &ct_f_fan_mask, dec_arg(ctx, 2), "FAN_???");
	if (dirfd == -100 && (ctx->opt->fd_paths & DEC_FD_PATH))
		dec_dirfd(ctx, (uint64_t)(int64_t)dirfd); /* -y: the cwd */
	else if (dirfd == -100 || dirfd == -1)
		emit_enum(ctx->e, &fan_nofd, (uint64_t)(int64_t)dirfd,
			  EMIT_DEC);
	else
		dec_dirfd(ctx, (uint64_t)(int64_t)dirfd);
	dec_path(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER(fanotify_mark, dec_fanotify_mark);

/* ---- statfs ---- */

struct k_statfs {
	int64_t type;
	int64_t bsize;
	uint64_t blocks;
	uint64_t bfree;
	uint64_t bavail;
	uint64_t files;
	uint64_t ffree;
	int32_t fsid[2];
	int64_t namelen;
	int64_t frsize;
	int64_t flags;
	int64_t spare[4];
};

_Static_assert(sizeof(struct k_statfs) == 120, "x86_64 struct statfs");

static void statfs_struct(struct dctx *ctx, uint64_t addr)
{
	struct k_statfs s;
	struct emitter *e = ctx->e;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &s, sizeof(s)))
		return;
	emit_struct_begin(e);
	emit_field(e, "f_type");
	emit_enum(e, &ct_f_fs_magic, (uint64_t)s.type, EMIT_HEX);
	emit_field(e, "f_bsize");
	emit_int(e, s.bsize);
	emit_field(e, "f_blocks");
	emit_uint(e, s.blocks);
	emit_field(e, "f_bfree");
	emit_uint(e, s.bfree);
	emit_field(e, "f_bavail");
	emit_uint(e, s.bavail);
	emit_field(e, "f_files");
	emit_uint(e, s.files);
	emit_field(e, "f_ffree");
	emit_uint(e, s.ffree);
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

static int dec_statfs(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_path(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	statfs_struct(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(statfs, dec_statfs);

static int dec_fstatfs(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	statfs_struct(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(fstatfs, dec_fstatfs);

/* ustat(dev, ubuf): strace leaves struct ustat undecoded */
static int dec_ustat(struct dctx *ctx)
{
	fdec_dev(ctx, (uint32_t)dec_arg(ctx, 0));
	dec_ptr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(ustat, dec_ustat);

/* ---- memfd ---- */

#define F_MFD_HUGE_SHIFT 26
#define F_MFD_LOW 0x3ffffffu

/* strace's default text of memfd flags, for the -X verbose comment:
 * MFD_CLOEXEC|MFD_HUGETLB|21<<MFD_HUGE_SHIFT, or 0x100 with its MFD_??? comment */
static void memfd_text(char *buf, size_t size, uint32_t flags)
{
	const struct const_table *t = &ct_f_mfd_flags;
	uint32_t low = flags & F_MFD_LOW, huge = flags >> F_MFD_HUGE_SHIFT;
	size_t len = 0;
	int n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < t->count && len < size; i++) {
		if ((low & t->entries[i].value) != t->entries[i].value)
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					n++ ? "|" : "", t->entries[i].name);
		low &= ~(uint32_t)t->entries[i].value;
	}
	if (low && n && len < size)
		len += (size_t)snprintf(buf + len, size - len, "|%#x", low);
	else if (low && len < size)
		len += (size_t)snprintf(buf + len, size - len,
					"%#x /* MFD_??? */", low);
	if (huge && len < size)
		snprintf(buf + len, size - len, "%s%u<<MFD_HUGE_SHIFT",
			 len ? "|" : "", huge);
}

static int dec_memfd_create(struct dctx *ctx)
{
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);
	uint32_t huge = flags >> F_MFD_HUGE_SHIFT;
	int xlat = ctx->e->style->xlat;
	char text[128];

	dec_cstr(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_FD;
	if (xlat == 1 || (xlat == 2 && flags == 0)) {
		emit_hex(ctx->e, flags);
		return DEC_DONE;
	}
	if (xlat == 2) {
		/* the comment holds the default form, even its own comment */
		memfd_text(text, sizeof(text), flags);
		emit_hex(ctx->e, flags);
		emit_comment(ctx->e, text);
		return DEC_DONE;
	}
	if (!huge) {
		fdec_flags_dflt(ctx, &ct_f_mfd_flags, flags, "MFD_???");
		return DEC_DONE;
	}
	/* strace's "MFD_HUGETLB|21<<MFD_HUGE_SHIFT" */
	if (flags & F_MFD_LOW) {
		fdec_flags_dflt(ctx, &ct_f_mfd_flags, flags & F_MFD_LOW,
				"MFD_???");
		emit_join(ctx->e, "|");
	}
	emit_uint(ctx->e, huge);
	emit_join(ctx->e, "<<");
	emit_sym(ctx->e, "MFD_HUGE_SHIFT");
	return DEC_DONE;
}
DECODER_ANY_PERS(memfd_create, dec_memfd_create);

/* ---- file handles ---- */

/* strace always shows f_handle bytes in hex; the renderer does that for
 * EMIT_STR_HEX (asked of the emitter's owner; plain quoting until then) */

#define F_MAX_HANDLE_SZ 128

/* f_handle of n bytes at addr, at most MAX_HANDLE_SZ of them shown */
static void handle_bytes(struct dctx *ctx, uint64_t addr, uint32_t n)
{
	uint8_t h[F_MAX_HANDLE_SZ];
	uint32_t shown = n < F_MAX_HANDLE_SZ ? n : F_MAX_HANDLE_SZ;

	if (tmem_read(ctx->call->tid, addr, h, shown)) {
		emit_sym(ctx->e, "???"); /* as strace: no address */
		return;
	}
	emit_str(ctx->e, h, shown,
		 EMIT_STR_HEX | (n > shown ? EMIT_STR_TRUNCATED : 0));
}

/* name_to_handle_at(dirfd, path, handle, mount_id *, flags): handle_bytes
 * as given at entry and as the kernel set it: {handle_bytes=128 => 8, ...} */
static int dec_name_to_handle_at(struct dctx *ctx)
{
	struct sc_call *c = ctx->call;
	uint64_t addr = dec_arg(ctx, 2);
	struct {
		uint32_t bytes;
		int32_t type;
	} fh = { 0, 0 };
	int32_t mnt;

	if (!ctx->exiting) {
		dec_dirfd(ctx, dec_arg(ctx, 0));
		dec_path(ctx, dec_arg(ctx, 1));
		c->saved[1] = addr &&
			tmem_read(c->tid, addr, &fh, sizeof(fh)) == 0;
		c->saved[0] = fh.bytes;
		return DEC_MORE;
	}
	if (!c->saved[1]) {
		dec_ptr(ctx, addr);
	} else {
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "handle_bytes");
		emit_uint(ctx->e, (uint32_t)c->saved[0]);
		if ((!dec_failed(ctx) || c->rval == -75 /* EOVERFLOW */) &&
		    tmem_read(c->tid, addr, &fh, sizeof(fh)) == 0) {
			emit_join(ctx->e, " => ");
			emit_uint(ctx->e, fh.bytes);
			if (!dec_failed(ctx)) {
				emit_field(ctx->e, "handle_type");
				emit_int(ctx->e, fh.type);
				emit_field(ctx->e, "f_handle");
				handle_bytes(ctx, addr + sizeof(fh), fh.bytes);
			}
		}
		emit_struct_end(ctx->e);
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 3));
	} else if (dec_fetch(ctx, dec_arg(ctx, 3), &mnt, sizeof(mnt))) {
		emit_array_begin(ctx->e);
		emit_int(ctx->e, mnt);
		emit_array_end(ctx->e);
	}
	fdec_flags_dflt(ctx, &ct_f_name_to_handle_flags,
			(uint32_t)dec_arg(ctx, 4), "AT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(name_to_handle_at, dec_name_to_handle_at);

static int dec_open_by_handle_at(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 1);
	struct {
		uint32_t bytes;
		int32_t type;
	} fh;

	dec_fd(ctx, dec_arg(ctx, 0));
	if (dec_fetch(ctx, addr, &fh, sizeof(fh))) {
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "handle_bytes");
		emit_uint(ctx->e, fh.bytes);
		emit_field(ctx->e, "handle_type");
		emit_int(ctx->e, fh.type);
		emit_field(ctx->e, "f_handle");
		handle_bytes(ctx, addr + sizeof(fh), fh.bytes);
		emit_struct_end(ctx->e);
	}
	fdec_flags_dflt(ctx, &ct_f_open_flags, (uint32_t)dec_arg(ctx, 2),
			"O_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(open_by_handle_at, dec_open_by_handle_at);

/* ---- swap, root ---- */

/* swapon flags: SWAP_FLAG_* names, then the priority as a number */
static int dec_swapon(struct dctx *ctx)
{
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);
	uint32_t prio = flags & 0x7fff, rest = flags & ~0x7fffu;

	dec_path(ctx, dec_arg(ctx, 0));
	if (rest) {
		fdec_flags_dflt(ctx, &ct_f_swap_flags, rest, "SWAP_FLAG_???");
		emit_join(ctx->e, "|");
	}
	emit_uint(ctx->e, prio);
	return DEC_DONE;
}
DECODER_ANY_PERS(swapon, dec_swapon);

static int dec_pivot_root(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(pivot_root, dec_pivot_root);

static int dec_memfd_secret(struct dctx *ctx)
{
	dec_flags(ctx, &ct_f_secretmem_flags, (uint32_t)dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(memfd_secret, dec_memfd_secret);
