/* Decoders for the stat family: stat, lstat, fstat, newfstatat and the
 * i386 stat64, old stat and 32-bit stat calls (one printer over a view of
 * each struct stat layout) and statx (struct statx).  The struct is an
 * output: it is shown at exit, or its address when the call failed. */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

/* The fields strace shows of any struct stat layout, widened as strace
 * widens them: times sign-extended, everything else zero-extended. */
struct stat_view {
	uint64_t dev, ino, mode, nlink, uid, gid, rdev;
	uint64_t size, blksize, blocks;
	int64_t sec[3];
	uint64_t nsec[3];
	bool has_nsec; /* the old struct has no nanoseconds */
};

enum stat_layout { STAT_X86_64, STAT_I386, STAT_I386_64, STAT_OLD };

/* struct stat as the x86_64 kernel writes it */
struct k_stat {
	uint64_t dev, ino, nlink;
	uint32_t mode, uid, gid, pad0;
	uint64_t rdev, size, blksize, blocks;
	uint64_t time[6]; /* sec, nsec of atime, mtime, ctime */
	int64_t unused[3];
};

/* i386 struct stat: 32-bit longs, 16-bit mode, nlink and ids */
struct k_stat32 {
	uint32_t dev, ino;
	uint16_t mode, nlink, uid, gid;
	uint32_t rdev, size, blksize, blocks;
	uint32_t time[6];
	uint32_t unused[2];
};

/* i386 struct stat64 (packed) */
struct k_stat64 {
	uint64_t dev;
	uint32_t pad0, ino32;
	uint32_t mode, nlink, uid, gid;
	uint64_t rdev;
	uint32_t pad3;
	uint64_t size;
	uint32_t blksize;
	uint64_t blocks;
	uint32_t time[6];
	uint64_t ino;
} __attribute__((packed));

/* i386 struct __old_kernel_stat: 16-bit ids, no block counts, seconds */
struct k_oldstat {
	uint16_t dev, ino, mode, nlink, uid, gid, rdev, pad;
	uint32_t size, time[3];
};

_Static_assert(sizeof(struct k_stat) == 144, "x86_64 struct stat");
_Static_assert(sizeof(struct k_stat32) == 64, "i386 struct stat");
_Static_assert(sizeof(struct k_stat64) == 96, "i386 struct stat64");
_Static_assert(sizeof(struct k_oldstat) == 32, "i386 old stat");

static const size_t stat_size[] = {
	[STAT_X86_64] = sizeof(struct k_stat),
	[STAT_I386] = sizeof(struct k_stat32),
	[STAT_I386_64] = sizeof(struct k_stat64),
	[STAT_OLD] = sizeof(struct k_oldstat),
};

/* The view of the bytes of a struct of the layout; sec and nsec are in
 * time[] pairs (or seconds only), of type T. */
#define VIEW_OF(v, st, T)                                                     \
	do {                                                                  \
		(v)->dev = (st)->dev, (v)->ino = (st)->ino;                   \
		(v)->mode = (st)->mode, (v)->nlink = (st)->nlink;             \
		(v)->uid = (st)->uid, (v)->gid = (st)->gid;                   \
		(v)->rdev = (st)->rdev, (v)->size = (st)->size;               \
		for (int i_ = 0; i_ < 3; i_++) {                              \
			(v)->sec[i_] = (T)(st)->time[2 * i_];                 \
			(v)->nsec[i_] = (st)->time[2 * i_ + 1];               \
		}                                                             \
		(v)->blksize = (st)->blksize, (v)->blocks = (st)->blocks;     \
		(v)->has_nsec = true;                                         \
	} while (0)

static void stat_view(enum stat_layout l, const void *buf,
		      struct stat_view *v)
{
	union {
		struct k_stat x;
		struct k_stat32 s;
		struct k_stat64 w;
		struct k_oldstat o;
	} u;

	memcpy(&u, buf, stat_size[l]);
	memset(v, 0, sizeof(*v));
	switch (l) {
	case STAT_X86_64:
		VIEW_OF(v, &u.x, int64_t);
		break;
	case STAT_I386:
		VIEW_OF(v, &u.s, int32_t);
		break;
	case STAT_I386_64:
		VIEW_OF(v, &u.w, int32_t);
		break;
	case STAT_OLD:
		v->dev = u.o.dev, v->ino = u.o.ino, v->mode = u.o.mode;
		v->nlink = u.o.nlink, v->uid = u.o.uid, v->gid = u.o.gid;
		v->rdev = u.o.rdev, v->size = u.o.size;
		for (int i = 0; i < 3; i++)
			v->sec[i] = (int32_t)u.o.time[i];
		break;
	}
}

/* The layout of the call's struct: by personality, and on i386 by the
 * name (oldstat, stat64) */
static enum stat_layout stat_layout_of(const struct dctx *ctx)
{
	const char *name = ctx->call->info->name;
	size_t len = strlen(name);

	if (ctx->call->pers != PERS_I386)
		return STAT_X86_64;
	if (!strncmp(name, "old", 3))
		return STAT_OLD;
	if (len > 2 && !strcmp(name + len - 2, "64"))
		return STAT_I386_64;
	return STAT_I386;
}

static void stat_time(struct dctx *ctx, const struct stat_view *v, int i)
{
	static const char *const names[3][2] = {
		{ "st_atime", "st_atime_nsec" },
		{ "st_mtime", "st_mtime_nsec" },
		{ "st_ctime", "st_ctime_nsec" },
	};

	emit_field(ctx->e, names[i][0]);
	emit_int(ctx->e, v->sec[i]);
	/* strace leaves a time with impossible nanoseconds uncommented */
	if (v->nsec[i] < 1000000000)
		fdec_time_comment(ctx, v->sec[i], v->nsec[i]);
	if (v->has_nsec) {
		emit_field(ctx->e, names[i][1]);
		emit_uint(ctx->e, v->nsec[i]);
	}
}

static bool is_dev(uint64_t mode)
{
	uint64_t t = mode & 0170000;

	return t == 0020000 || t == 0060000;
}

static void stat_fields(struct dctx *ctx, const struct stat_view *st)
{
	static const char *const names[] = {
		"st_nlink", "st_uid", "st_gid", "st_blksize", "st_blocks",
	};
	const uint64_t vals[] = {
		st->nlink, st->uid, st->gid, st->blksize, st->blocks,
	};
	struct emitter *e = ctx->e;
	bool v = ctx->opt->verbose;

	emit_struct_begin(e);
	if (v) {
		emit_field(e, "st_dev");
		fdec_dev(ctx, st->dev);
		emit_field(e, "st_ino");
		emit_uint(e, st->ino);
	}
	emit_field(e, "st_mode");
	fdec_mode_type(ctx, st->mode);
	for (size_t i = 0; v && i < sizeof(vals) / sizeof(vals[0]); i++) {
		emit_field(e, names[i]);
		emit_uint(e, vals[i]);
	}
	if (is_dev(st->mode)) {
		emit_field(e, "st_rdev");
		fdec_dev(ctx, st->rdev);
	} else {
		emit_field(e, "st_size");
		emit_uint(e, st->size);
	}
	for (int i = 0; v && i < 3; i++)
		stat_time(ctx, st, i);
	if (!v)
		emit_more(e);
	emit_struct_end(e);
}

/* The call's struct stat at addr: shown at exit, its address when the
 * call failed or the memory cannot be read */
static void stat_struct(struct dctx *ctx, uint64_t addr)
{
	enum stat_layout l = stat_layout_of(ctx);
	uint8_t buf[sizeof(struct k_stat)];
	struct stat_view st;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, buf, stat_size[l]))
		return;
	stat_view(l, buf, &st);
	stat_fields(ctx, &st);
}

#define X86_64_I386 ((1u << PERS_X86_64) | (1u << PERS_I386))
#define I386_ONLY (1u << PERS_I386)

/* stat(path, buf), lstat(path, buf), and i386's oldstat, oldlstat,
 * stat64, lstat64 */
static int dec_stat(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_path(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	stat_struct(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(stat, dec_stat, X86_64_I386);
DECODER_PERS(lstat, dec_stat, X86_64_I386);
DECODER_PERS(oldstat, dec_stat, I386_ONLY);
DECODER_PERS(oldlstat, dec_stat, I386_ONLY);
DECODER_PERS(stat64, dec_stat, I386_ONLY);
DECODER_PERS(lstat64, dec_stat, I386_ONLY);

/* fstat(fd, buf), i386's oldfstat and fstat64 */
static int dec_fstat(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	stat_struct(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(fstat, dec_fstat, X86_64_I386);
DECODER_PERS(oldfstat, dec_fstat, I386_ONLY);
DECODER_PERS(fstat64, dec_fstat, I386_ONLY);

/* newfstatat(dirfd, path, buf, flags), i386's fstatat64 */
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
DECODER_PERS(fstatat64, dec_newfstatat, I386_ONLY);

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
