/* ioctl_fs: file system requests of <linux/fs.h> and <linux/fiemap.h>
 * (types 'f', 'X' and 0x94): inode flags, fsxattr, FITRIM, FIEMAP,
 * FICLONERANGE, FIDEDUPERANGE and the file system label.  Other btrfs
 * requests are left generic. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum {
	IO_FS_IOC32_GETFLAGS = 0x80046601,
	IO_FS_IOC_GETFLAGS = 0x80086601,
	IO_FS_IOC32_SETFLAGS = 0x40046602,
	IO_FS_IOC_SETFLAGS = 0x40086602,
	IO_FS_IOC_FSGETXATTR = 0x801c581f,
	IO_FS_IOC_FSSETXATTR = 0x401c5820,
	IO_FITRIM = 0xc0185879,
	IO_FS_IOC_FIEMAP = 0xc020660b,
	IO_FICLONERANGE = 0x4020940d,
	IO_FIDEDUPERANGE = 0xc0189436,
	IO_FS_IOC_GETFSLABEL = 0x81009431,
	IO_FS_IOC_SETFSLABEL = 0x41009432,
};

#define FSLABEL_MAX 256
/* strace shows two destinations of a dedupe request unless -v */
#define DEDUPE_ABBREV 2

static void flags_or_zero(struct dctx *ctx, const struct const_table *t,
			  uint32_t v, const char *dflt)
{
	if (v)
		fdec_flags_dflt(ctx, t, v, dflt);
	else
		emit_uint(ctx->e, 0);
}

static void inode_flags(struct dctx *ctx, uint64_t arg)
{
	uint32_t v;

	if (!dec_fetch(ctx, arg, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	flags_or_zero(ctx, &ct_f_ioctl_fs_flags, v, "FS_???_FL");
	emit_array_end(ctx->e);
}

/* struct fsxattr; the kernel's fsx_nextents only in what it returns */
static void fsxattr(struct dctx *ctx, uint64_t arg, bool nextents)
{
	struct {
		uint32_t xflags, extsize, nextents, projid, cowextsize;
		uint8_t pad[8];
	} x;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &x, sizeof(x)))
		return;
	emit_struct_begin(e);
	emit_field(e, "fsx_xflags");
	flags_or_zero(ctx, &ct_f_ioctl_fs_xflags, x.xflags, "FS_XFLAG_???");
	emit_field(e, "fsx_extsize");
	emit_uint(e, x.extsize);
	if (nextents) {
		emit_field(e, "fsx_nextents");
		emit_uint(e, x.nextents);
	}
	emit_field(e, "fsx_projid");
	emit_hex(e, x.projid);
	emit_field(e, "fsx_cowextsize");
	emit_uint(e, x.cowextsize);
	emit_struct_end(e);
}

static void fsxattr_out(struct dctx *ctx, uint64_t arg)
{
	fsxattr(ctx, arg, true);
}

static void fstrim_range(struct dctx *ctx, uint64_t arg)
{
	uint64_t r[3];

	if (!dec_fetch(ctx, arg, r, sizeof(r)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "start");
	emit_hex(ctx->e, r[0]);
	emit_field(ctx->e, "len");
	emit_uint(ctx->e, r[1]);
	emit_field(ctx->e, "minlen");
	emit_uint(ctx->e, r[2]);
	emit_struct_end(ctx->e);
}

/* struct file_clone_range */
static void clone_range(struct dctx *ctx, uint64_t arg)
{
	struct {
		int64_t src_fd;
		uint64_t src_offset, src_length, dest_offset;
	} r;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &r, sizeof(r)))
		return;
	emit_struct_begin(e);
	emit_field(e, "src_fd");
	dec_fd(ctx, (uint64_t)(int32_t)r.src_fd);
	emit_field(e, "src_offset");
	emit_uint(e, r.src_offset);
	emit_field(e, "src_length");
	emit_uint(e, r.src_length);
	emit_field(e, "dest_offset");
	emit_uint(e, r.dest_offset);
	emit_struct_end(e);
}

/* ---- FIEMAP ---- */

struct fiemap_hdr {
	uint64_t start, length;
	uint32_t flags, mapped, count, reserved;
};

static bool extent_elem(struct dctx *ctx, const void *elem, size_t size,
			void *data)
{
	struct {
		uint64_t logical, physical, length, reserved64[2];
		uint32_t flags, reserved[3];
	} x;
	struct emitter *e = ctx->e;

	(void)data;
	memcpy(&x, elem, size);
	emit_struct_begin(e);
	emit_field(e, "fe_logical");
	emit_uint(e, x.logical);
	emit_field(e, "fe_physical");
	emit_uint(e, x.physical);
	emit_field(e, "fe_length");
	emit_uint(e, x.length);
	emit_field(e, "fe_flags");
	flags_or_zero(ctx, &ct_f_ioctl_fiemap_extent_flags, x.flags,
		      "FIEMAP_EXTENT_???");
	emit_struct_end(e);
	return true;
}

static int fiemap(struct dctx *ctx, uint64_t arg)
{
	struct fiemap_hdr h;
	struct emitter *e = ctx->e;

	if (!ctx->exiting) {
		if (!dec_fetch(ctx, arg, &h, sizeof(h)))
			return DEC_DONE;
		emit_struct_begin(e);
		emit_field(e, "fm_start");
		emit_uint(e, h.start);
		emit_field(e, "fm_length");
		emit_uint(e, h.length);
		emit_field(e, "fm_flags");
		flags_or_zero(ctx, &ct_f_ioctl_fiemap_flags, h.flags,
			      "FIEMAP_FLAG_???");
		emit_field(e, "fm_extent_count");
		emit_uint(e, h.count);
		emit_struct_end(e);
		/* the exit part continues this argument: " => {...}" */
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) || tmem_read(ctx->call->tid, arg, &h, sizeof(h)))
		return DEC_DONE;
	emit_join(e, " => ");
	emit_struct_begin(e);
	emit_field(e, "fm_flags");
	flags_or_zero(ctx, &ct_f_ioctl_fiemap_flags, h.flags,
		      "FIEMAP_FLAG_???");
	emit_field(e, "fm_mapped_extents");
	emit_uint(e, h.mapped);
	if (ctx->opt->verbose) {
		emit_field(e, "fm_extents");
		ndec_array(ctx, arg + sizeof(h), h.mapped, 56, extent_elem,
			   NULL);
	} else {
		emit_more(e);
	}
	emit_struct_end(e);
	return DEC_DONE;
}

/* ---- FIDEDUPERANGE ---- */

struct dedupe_hdr {
	uint64_t src_offset, src_length;
	uint16_t count, reserved1;
	uint32_t reserved2;
};

struct dedupe_info {
	int64_t dest_fd;
	uint64_t dest_offset, bytes_deduped;
	int32_t status;
	uint32_t reserved;
};

static bool dedupe_elem(struct dctx *ctx, const void *elem, size_t size,
			void *data)
{
	unsigned int *n = data;
	struct dedupe_info x;
	struct emitter *e = ctx->e;

	if (!ctx->opt->verbose && (*n)++ == DEDUPE_ABBREV) {
		emit_more(e);
		return false;
	}
	memcpy(&x, elem, size);
	emit_struct_begin(e);
	if (!ctx->exiting) {
		emit_field(e, "dest_fd");
		dec_fd(ctx, (uint64_t)(int32_t)x.dest_fd);
		emit_field(e, "dest_offset");
		emit_uint(e, x.dest_offset);
	} else {
		emit_field(e, "bytes_deduped");
		emit_uint(e, x.bytes_deduped);
		emit_field(e, "status");
		emit_int(e, x.status);
	}
	emit_struct_end(e);
	return true;
}

static void dedupe_info(struct dctx *ctx, uint64_t arg, unsigned int count)
{
	unsigned int n = 0;

	emit_field(ctx->e, "info");
	ndec_array(ctx, arg + sizeof(struct dedupe_hdr), count,
		   sizeof(struct dedupe_info), dedupe_elem, &n);
}

static int dedupe(struct dctx *ctx, uint64_t arg)
{
	struct dedupe_info info;
	struct dedupe_hdr h;
	struct emitter *e = ctx->e;

	if (!ctx->exiting) {
		if (!dec_fetch(ctx, arg, &h, sizeof(h)))
			return DEC_DONE;
		emit_struct_begin(e);
		emit_field(e, "src_offset");
		emit_uint(e, h.src_offset);
		emit_field(e, "src_length");
		emit_uint(e, h.src_length);
		emit_field(e, "dest_count");
		emit_uint(e, h.count);
		dedupe_info(ctx, arg, h.count);
		emit_struct_end(e);
		/* no " => {...}" when the destinations could not be read */
		if (!h.count || tmem_read(ctx->call->tid, arg + sizeof(h),
					  &info, sizeof(info)))
			return DEC_DONE;
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) || tmem_read(ctx->call->tid, arg, &h, sizeof(h)) ||
	    !h.count)
		return DEC_DONE;
	emit_join(e, " => ");
	emit_struct_begin(e);
	dedupe_info(ctx, arg, h.count);
	emit_struct_end(e);
	return DEC_DONE;
}

/* ---- label ---- */

static void fs_label(struct dctx *ctx, uint64_t arg)
{
	char label[FSLABEL_MAX];

	if (dec_fetch(ctx, arg, label, sizeof(label)))
		ioc_cstr(ctx, label, sizeof(label));
}

int ioc_fs(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_FS_IOC_GETFLAGS:
	case IO_FS_IOC32_GETFLAGS:
		return ioc_out(ctx, arg, inode_flags);
	case IO_FS_IOC_SETFLAGS:
	case IO_FS_IOC32_SETFLAGS:
		inode_flags(ctx, arg);
		return DEC_DONE;
	case IO_FS_IOC_FSGETXATTR:
		return ioc_out(ctx, arg, fsxattr_out);
	case IO_FS_IOC_FSSETXATTR:
		fsxattr(ctx, arg, false);
		return DEC_DONE;
	case IO_FITRIM:
		fstrim_range(ctx, arg);
		return DEC_DONE;
	case IO_FICLONERANGE:
		clone_range(ctx, arg);
		return DEC_DONE;
	case IO_FS_IOC_FIEMAP:
		return fiemap(ctx, arg);
	case IO_FIDEDUPERANGE:
		return dedupe(ctx, arg);
	case IO_FS_IOC_GETFSLABEL:
		return ioc_out(ctx, arg, fs_label);
	case IO_FS_IOC_SETFSLABEL:
		fs_label(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
