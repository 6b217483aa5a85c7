/* ioctl_hdio: ATA disk requests (type 0x03, <linux/hdreg.h>): geometry,
 * identity, bus state, nice bits and the register arrays of
 * HDIO_DRIVE_RESET/HDIO_SCAN_HWIF; then LIRC (type 'i', <linux/lirc.h>)
 * features and modes.  HDIO_DRIVE_CMD is left generic. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "decode/net.h"

enum {
	IO_HDIO_GETGEO = 0x301,
	IO_HDIO_OBSOLETE_IDENTITY = 0x307,
	IO_HDIO_GET_NICE = 0x30c,
	IO_HDIO_GET_IDENTITY = 0x30d,
	IO_HDIO_GET_BUSSTATE = 0x31a,
	IO_HDIO_DRIVE_RESET = 0x31c,
	IO_HDIO_SCAN_HWIF = 0x328,
	IO_LIRC_GET_FEATURES = 0x80046900,
	IO_LIRC_GET_SEND_MODE = 0x80046901,
	IO_LIRC_GET_REC_MODE = 0x80046902,
	IO_LIRC_SET_SEND_MODE = 0x40046911,
	IO_LIRC_SET_REC_MODE = 0x40046912,
};

/* what HDIO_GET_IDENTITY and the obsolete request copy out */
#define IDENTITY_SIZE 512
#define OBSOLETE_IDENTITY_SIZE 142

static void geometry(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint8_t heads, sectors;
		uint16_t cylinders;
		uint32_t pad;
		uint64_t start;
	} g;

	if (!dec_fetch(ctx, arg, &g, sizeof(g)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "heads");
	emit_uint(ctx->e, g.heads);
	emit_field(ctx->e, "sectors");
	emit_uint(ctx->e, g.sectors);
	emit_field(ctx->e, "cylinders");
	emit_uint(ctx->e, g.cylinders);
	emit_field(ctx->e, "start");
	emit_uint(ctx->e, g.start);
	emit_struct_end(ctx->e);
}

static void identity(struct dctx *ctx, uint64_t arg)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1);

	dec_buf(ctx, arg,
		code == IO_HDIO_GET_IDENTITY ? IDENTITY_SIZE
					     : OBSOLETE_IDENTITY_SIZE);
}

/* a long the kernel stored: the bus state or the nice bits */
static void long_out(struct dctx *ctx, uint64_t arg)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1);
	uint64_t v;

	if (!dec_fetch(ctx, arg, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (code == IO_HDIO_GET_BUSSTATE)
		fdec_enum_dflt(ctx, &ct_f_ioctl_hdio_busstate, v,
			       "BUSSTATE_???");
	else
		ioc_bits(ctx, &ct_f_ioctl_hdio_nice, v, "1 << ",
			 "IDE_NICE_???");
	emit_array_end(ctx->e);
}

static bool hex_elem(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	uint32_t v;

	(void)data;
	memcpy(&v, elem, size);
	emit_hex(ctx->e, v);
	return true;
}

/* the three ints of HDIO_DRIVE_RESET and HDIO_SCAN_HWIF, in hex */
static void regs(struct dctx *ctx, uint64_t arg)
{
	ndec_array(ctx, arg, 3, 4, hex_elem, NULL);
}

static void lirc_u32(struct dctx *ctx, uint64_t arg)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1), v;

	if (!dec_fetch(ctx, arg, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (code != IO_LIRC_GET_FEATURES)
		fdec_enum_dflt(ctx, &ct_f_ioctl_lirc_modes, v, "LIRC_MODE_???");
	else if (v)
		fdec_flags_dflt(ctx, &ct_f_ioctl_lirc_features, v,
				"LIRC_CAN_???");
	else
		emit_uint(ctx->e, 0);
	emit_array_end(ctx->e);
}

int ioc_hdio(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_HDIO_GETGEO:
		return ioc_out(ctx, arg, geometry);
	case IO_HDIO_GET_IDENTITY:
	case IO_HDIO_OBSOLETE_IDENTITY:
		return ioc_out(ctx, arg, identity);
	case IO_HDIO_GET_BUSSTATE:
	case IO_HDIO_GET_NICE:
		return ioc_out(ctx, arg, long_out);
	case IO_HDIO_DRIVE_RESET:
	case IO_HDIO_SCAN_HWIF:
		regs(ctx, arg);
		return DEC_DONE;
	case IO_LIRC_GET_FEATURES:
	case IO_LIRC_GET_SEND_MODE:
	case IO_LIRC_GET_REC_MODE:
		return ioc_out(ctx, arg, lirc_u32);
	case IO_LIRC_SET_SEND_MODE:
	case IO_LIRC_SET_REC_MODE:
		lirc_u32(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
