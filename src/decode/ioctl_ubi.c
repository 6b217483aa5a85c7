/* ioctl_ubi: UBI requests (types 'o' and 'O', <mtd/ubi-user.h>): attach,
 * make/resize volume, LEB change and map, volume properties.  The volume
 * and LEB numbers are scalar classes in ioctl.c; UBI_IOCRNVOL is left
 * generic. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

enum {
	IO_UBI_IOCATT = 0x40186f40,
	IO_UBI_IOCMKVOL = 0x40986f00,
	IO_UBI_IOCRSVOL = 0x400c6f02,
	IO_UBI_IOCEBCH = 0x40044f02,
	IO_UBI_IOCEBMAP = 0x40084f03,
	IO_UBI_IOCSETVOLPROP = 0x40104f06,
};

#define UBI_MAX_VOLUME_NAME 127

static bool attach(struct dctx *ctx, uint64_t arg)
{
	struct {
		int32_t ubi_num, mtd_num, vid_hdr_offset;
		int16_t max_beb_per1024;
		int8_t padding[10];
	} a;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &a, sizeof(a)))
		return false;
	emit_struct_begin(e);
	emit_field(e, "ubi_num");
	emit_int(e, a.ubi_num);
	emit_field(e, "mtd_num");
	emit_int(e, a.mtd_num);
	emit_field(e, "vid_hdr_offset");
	emit_int(e, a.vid_hdr_offset);
	emit_field(e, "max_beb_per1024");
	emit_int(e, a.max_beb_per1024);
	emit_struct_end(e);
	return true;
}

/* name_len bytes of the name (at most the array's less one), up to a
 * NUL; "..." when it goes on */
static void vol_name(struct dctx *ctx, const char *name, size_t size,
		     int16_t name_len)
{
	size_t n = name_len < 0 ? 0 : (size_t)name_len, len;

	if (n > size - 1)
		n = size - 1;
	len = strnlen(name, n);
	emit_str(ctx->e, name, len,
		 len == n && name[n] ? EMIT_STR_TRUNCATED : 0);
}

static bool mkvol(struct dctx *ctx, uint64_t arg)
{
	struct {
		int32_t vol_id, alignment;
		int64_t bytes;
		int8_t vol_type;
		uint8_t flags;
		int16_t name_len;
		int8_t padding2[4];
		char name[UBI_MAX_VOLUME_NAME + 1];
	} m;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &m, sizeof(m)))
		return false;
	emit_struct_begin(e);
	emit_field(e, "vol_id");
	emit_int(e, m.vol_id);
	emit_field(e, "alignment");
	emit_int(e, m.alignment);
	emit_field(e, "bytes");
	emit_int(e, m.bytes);
	emit_field(e, "vol_type");
	fdec_enum_dflt(ctx, &ct_f_ioctl_ubi_vol_types, (uint8_t)m.vol_type,
		       "UBI_???_VOLUME");
	emit_field(e, "flags");
	if (m.flags)
		fdec_flags_dflt(ctx, &ct_f_ioctl_ubi_vol_flags, m.flags,
				"UBI_VOL_???");
	else
		emit_uint(e, 0);
	emit_field(e, "name_len");
	emit_int(e, m.name_len);
	emit_field(e, "name");
	vol_name(ctx, m.name, sizeof(m.name), m.name_len);
	emit_struct_end(e);
	return true;
}

/* the request at entry, " => [N]" (the number the kernel chose) after */
static int with_number(struct dctx *ctx, uint64_t arg,
		       bool (*req)(struct dctx *, uint64_t))
{
	int32_t n;

	if (!ctx->exiting) {
		if (!req(ctx, arg))
			return DEC_DONE;
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) || tmem_read(ctx->call->tid, arg, &n, sizeof(n)))
		return DEC_DONE;
	emit_join(ctx->e, " => ");
	emit_array_begin(ctx->e);
	emit_int(ctx->e, n);
	emit_array_end(ctx->e);
	return DEC_DONE;
}

static void rsvol(struct dctx *ctx, uint64_t arg)
{
	struct {
		int64_t bytes;
		int32_t vol_id;
	} __attribute__((packed)) r;

	if (!dec_fetch(ctx, arg, &r, sizeof(r)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "bytes");
	emit_int(ctx->e, r.bytes);
	emit_field(ctx->e, "vol_id");
	emit_int(ctx->e, r.vol_id);
	emit_struct_end(ctx->e);
}

static void dtype(struct dctx *ctx, int8_t v)
{
	emit_field(ctx->e, "dtype");
	fdec_enum_dflt(ctx, &ct_f_ioctl_ubi_dtypes, (uint8_t)v, "UBI_???");
}

static void leb_change(struct dctx *ctx, uint64_t arg)
{
	struct {
		int32_t lnum, bytes;
		int8_t dtype, padding[7];
	} l;

	if (!dec_fetch(ctx, arg, &l, sizeof(l)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "lnum");
	emit_int(ctx->e, l.lnum);
	emit_field(ctx->e, "bytes");
	emit_int(ctx->e, l.bytes);
	dtype(ctx, l.dtype);
	emit_struct_end(ctx->e);
}

static void leb_map(struct dctx *ctx, uint64_t arg)
{
	struct {
		int32_t lnum;
		int8_t dtype, padding[3];
	} m;

	if (!dec_fetch(ctx, arg, &m, sizeof(m)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "lnum");
	emit_int(ctx->e, m.lnum);
	dtype(ctx, m.dtype);
	emit_struct_end(ctx->e);
}

static void volprop(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint8_t property, padding[7];
		uint64_t value;
	} p;

	if (!dec_fetch(ctx, arg, &p, sizeof(p)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "property");
	fdec_enum_dflt(ctx, &ct_f_ioctl_ubi_props, p.property,
		       "UBI_VOL_PROP_???");
	emit_field(ctx->e, "value");
	emit_hex(ctx->e, p.value);
	emit_struct_end(ctx->e);
}

int ioc_ubi(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_UBI_IOCATT:
		return with_number(ctx, arg, attach);
	case IO_UBI_IOCMKVOL:
		return with_number(ctx, arg, mkvol);
	case IO_UBI_IOCRSVOL:
		rsvol(ctx, arg);
		return DEC_DONE;
	case IO_UBI_IOCEBCH:
		leb_change(ctx, arg);
		return DEC_DONE;
	case IO_UBI_IOCEBMAP:
		leb_map(ctx, arg);
		return DEC_DONE;
	case IO_UBI_IOCSETVOLPROP:
		volprop(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
