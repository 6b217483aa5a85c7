/* Decoders for the stat family: stat, lstat, fstat, newfstatat (struct
 * stat, x86_64 layout) and statx (struct statx).  The struct is an output:
 * it is shown at exit, or its address when the call failed. */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

/* struct stat as the x86_64 kernel writes it */
struct k_stat {
	uint64_t dev;
	uint64_t ino;
	uint64_t nlink;
	uint32_t mode;
	uint32_t uid;
	uint32_t gid;
	uint32_t pad0;
	uint64_t rdev;
	int64_t size;
	int64_t blksize;
	int64_t blocks;
	uint64_t atime, atime_nsec;
	uint64_t mtime, mtime_nsec;
	uint64_t ctime, ctime_nsec;
	int64_t unused[3];
};

_Static_assert(sizeof(struct k_stat) == 144, "x86_64 struct stat");

static void stat_time(struct dctx *ctx, const char *name,
		      const char *nsname, uint64_t sec, uint64_t nsec)
{
	emit_field(ctx->e, name);
	emit_int(ctx->e, (int64_t)sec);
	fdec_time_comment(ctx, (int64_t)sec, nsec);
	emit_field(ctx->e, nsname);
	emit_uint(ctx->e, nsec);
}

static bool is_dev(uint32_t mode)
{
	uint32_t t = mode & 0170000;

	return t == 0020000 || t == 0060000;
}

static void stat_struct(struct dctx *ctx, uint64_t addr)
{
	struct k_stat st;
	struct emitter *e = ctx->e;
	bool v = ctx->opt->verbose;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &st, sizeof(st)))
		return;
	emit_struct_begin(e);
	if (v) {
		emit_field(e, "st_dev");
		fdec_dev(ctx, st.dev);
		emit_field(e, "st_ino");
		emit_uint(e, st.ino);
	}
	emit_field(e, "st_mode");
	fdec_mode_type(ctx, st.mode);
	if (v) {
		emit_field(e, "st_nlink");
		emit_uint(e, st.nlink);
		emit_field(e, "st_uid");
		emit_uint(e, st.uid);
		emit_field(e, "st_gid");
		emit_uint(e, st.gid);
		emit_field(e, "st_blksize");
		emit_int(e, st.blksize);
		emit_field(e, "st_blocks");
		emit_int(e, st.blocks);
	}
	if (is_dev(st.mode)) {
		emit_field(e, "st_rdev");
		fdec_dev(ctx, st.rdev);
	} else {
		emit_field(e, "st_size");
		emit_int(e, st.size);
	}
	if (v) {
		stat_time(ctx, "st_atime", "st_atime_nsec", st.atime,
			  st.atime_nsec);
		stat_time(ctx, "st_mtime", "st_mtime_nsec", st.mtime,
			  st.mtime_nsec);
		stat_time(ctx, "st_ctime", "st_ctime_nsec", st.ctime,
			  st.ctime_nsec);
	} else {
		emit_more(e);
	}
	emit_struct_end(e);
}

/* stat(path, buf), lstat(path, buf) */
static int dec_stat(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_path(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	stat_struct(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(stat, dec_stat);
DECODER(lstat, dec_stat);

static int dec_fstat(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	stat_struct(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(fstat, dec_fstat);

static int dec_newfstatat(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_dirfd(ctx, dec_arg(ctx, 0));
		dec_path(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	stat_struct(ctx, dec_arg(ctx, 2));
	fdec_flags_dflt(ctx, &ct_f_at_flags, (uint32_t)dec_arg(ctx, 3),
			"AT_???");
	return DEC_DONE;
}
DECODER(newfstatat, dec_newfstatat);

/* ---- statx ---- */

struct k_statx_ts {
	int64_t sec;
	uint32_t nsec;
	int32_t pad;
};

struct k_statx {
	uint32_t mask;
	uint32_t blksize;
	uint64_t attributes;
	uint32_t nlink;
	uint32_t uid;
	uint32_t gid;
	uint16_t mode;
	uint16_t pad1;
	uint64_t ino;
	uint64_t size;
	uint64_t blocks;
	uint64_t attributes_mask;
	struct k_statx_ts atime, btime, ctime, mtime;
	uint32_t rdev_major, rdev_minor;
	uint32_t dev_major, dev_minor;
	uint64_t mnt_id;
	uint32_t dio_mem_align;
	uint32_t dio_offset_align;
	uint64_t spare[12];
};

_Static_assert(sizeof(struct k_statx) == 256, "struct statx");

#define F_STATX_ATIME 0x20u
#define F_STATX_MTIME 0x40u
#define F_STATX_CTIME 0x80u
#define F_STATX_BTIME 0x800u
#define F_STATX_MNT_ID 0x1000u
#define F_STATX_DIOALIGN 0x2000u

static void statx_time(struct dctx *ctx, const char *name,
		       const struct k_statx_ts *ts)
{
	emit_field(ctx->e, name);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, ts->sec);
	emit_field(ctx->e, "tv_nsec");
	emit_uint(ctx->e, ts->nsec);
	emit_struct_end(ctx->e);
	fdec_time_comment(ctx, ts->sec, ts->nsec);
}

static void statx_struct(struct dctx *ctx, uint64_t addr)
{
	struct k_statx sx;
	struct emitter *e = ctx->e;
	bool v = ctx->opt->verbose;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &sx, sizeof(sx)))
		return;
	emit_struct_begin(e);
	emit_field(e, "stx_mask");
	fdec_flags_dflt(ctx, &ct_f_statx_mask, sx.mask, "STATX_???");
	if (v) {
		emit_field(e, "stx_blksize");
		emit_uint(e, sx.blksize);
	}
	emit_field(e, "stx_attributes");
	fdec_flags_dflt(ctx, &ct_f_statx_attrs, sx.attributes,
			"STATX_ATTR_???");
	if (v) {
		emit_field(e, "stx_nlink");
		emit_uint(e, sx.nlink);
		emit_field(e, "stx_uid");
		emit_uint(e, sx.uid);
		emit_field(e, "stx_gid");
		emit_uint(e, sx.gid);
	}
	emit_field(e, "stx_mode");
	fdec_mode_type(ctx, sx.mode);
	if (v) {
		emit_field(e, "stx_ino");
		emit_uint(e, sx.ino);
	}
	emit_field(e, "stx_size");
	emit_uint(e, sx.size);
	if (!v) {
		emit_more(e);
		emit_struct_end(e);
		return;
	}
	emit_field(e, "stx_blocks");
	emit_uint(e, sx.blocks);
	emit_field(e, "stx_attributes_mask");
	fdec_flags_dflt(ctx, &ct_f_statx_attrs, sx.attributes_mask,
			"STATX_ATTR_???");
	if (sx.mask & F_STATX_ATIME)
		statx_time(ctx, "stx_atime", &sx.atime);
	if (sx.mask & F_STATX_BTIME)
		statx_time(ctx, "stx_btime", &sx.btime);
	if (sx.mask & F_STATX_CTIME)
		statx_time(ctx, "stx_ctime", &sx.ctime);
	if (sx.mask & F_STATX_MTIME)
		statx_time(ctx, "stx_mtime", &sx.mtime);
	emit_field(e, "stx_rdev_major");
	emit_uint(e, sx.rdev_major);
	emit_field(e, "stx_rdev_minor");
	emit_uint(e, sx.rdev_minor);
	emit_field(e, "stx_dev_major");
	emit_uint(e, sx.dev_major);
	emit_field(e, "stx_dev_minor");
	emit_uint(e, sx.dev_minor);
	if (sx.mask & F_STATX_MNT_ID) {
		emit_field(e, "stx_mnt_id");
		emit_hex(e, sx.mnt_id);
	}
	if (sx.mask & F_STATX_DIOALIGN) {
		emit_field(e, "stx_dio_mem_align");
		emit_uint(e, sx.dio_mem_align);
		emit_field(e, "stx_dio_offset_align");
		emit_uint(e, sx.dio_offset_align);
	}
	emit_struct_end(e);
}

/* The sync type field, then the other AT_* bits, as separate values:
 * AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW.  Under -X raw strace leaves
 * a zero sync type out entirely ("|0x100"), which is kept. */
static void statx_flags(struct dctx *ctx, uint32_t v)
{
	uint32_t sync = v & 0x6000, rest = v & ~0x6000u;

	if (ctx->e->style->xlat == 1) {
		if (sync)
			emit_hex(ctx->e, sync);
		else
			emit_sym(ctx->e, "");
	} else {
		emit_flags(ctx->e, &ct_f_statx_sync, sync, EMIT_HEX);
	}
	if (rest) {
		emit_join(ctx->e, "|");
		emit_flags(ctx->e, &ct_f_at_flags, rest, EMIT_HEX);
	}
}

static int dec_statx(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_dirfd(ctx, dec_arg(ctx, 0));
		dec_path(ctx, dec_arg(ctx, 1));
		statx_flags(ctx, (uint32_t)dec_arg(ctx, 2));
		fdec_flags_dflt(ctx, &ct_f_statx_mask,
				(uint32_t)dec_arg(ctx, 3), "STATX_???");
		return DEC_MORE;
	}
	statx_struct(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_ANY_PERS(statx, dec_statx);
