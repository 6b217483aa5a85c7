/* ioctl_scsi: SCSI generic requests (type 0x22, <scsi/sg.h>): the reset
 * operation and the device id.  SG_IO and the request table are left
 * generic; the numbers are scalar classes in ioctl.c. */
#include <stdint.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

enum { IO_SG_GET_SCSI_ID = 0x2276, IO_SG_SCSI_RESET = 0x2284 };

#define SG_SCSI_RESET_NO_ESCALATE 0x100

/* [SG_SCSI_RESET_NO_ESCALATE|operation] */
static void reset(struct dctx *ctx, uint64_t arg)
{
	uint32_t v;

	if (!dec_fetch(ctx, arg, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (v & SG_SCSI_RESET_NO_ESCALATE) {
		emit_flags(ctx->e, &ct_f_ioctl_sg_reset_flags,
			   SG_SCSI_RESET_NO_ESCALATE, EMIT_HEX);
		emit_join(ctx->e, "|");
		v &= ~SG_SCSI_RESET_NO_ESCALATE;
	}
	fdec_enum_dflt(ctx, &ct_f_ioctl_sg_reset, v, "SG_SCSI_RESET_???");
	emit_array_end(ctx->e);
}

static void scsi_id(struct dctx *ctx, uint64_t arg)
{
	struct {
		int32_t host_no, channel, scsi_id, lun, scsi_type;
		int16_t cmd_per_lun, queue_depth;
		int32_t unused[2];
	} s;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &s, sizeof(s)))
		return;
	emit_struct_begin(e);
	emit_field(e, "host_no");
	emit_int(e, s.host_no);
	emit_field(e, "channel");
	emit_int(e, s.channel);
	emit_field(e, "scsi_id");
	emit_hex(e, (uint32_t)s.scsi_id);
	emit_field(e, "lun");
	emit_int(e, s.lun);
	emit_field(e, "scsi_type");
	emit_hex(e, (uint32_t)s.scsi_type);
	emit_field(e, "h_cmd_per_lun");
	emit_int(e, s.cmd_per_lun);
	emit_field(e, "d_queue_depth");
	emit_int(e, s.queue_depth);
	emit_struct_end(e);
}

int ioc_scsi(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_SG_SCSI_RESET:
		reset(ctx, arg);
		return DEC_DONE;
	case IO_SG_GET_SCSI_ID:
		return ioc_out(ctx, arg, scsi_id);
	}
	return IOC_GENERIC;
}
