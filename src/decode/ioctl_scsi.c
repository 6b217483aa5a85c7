/* ioctl_scsi: SCSI generic requests (type 0x22, <scsi/sg.h>): the reset
 * operation, the device id, and SG_IO with a struct sg_io_hdr (v3, 'S')
 * or sg_io_v4 ('Q', <linux/bsg.h>): the request at entry, what the
 * device gave back at exit.  The request table is left generic; the
 * numbers are scalar classes in ioctl.c. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <linux/bsg.h>
#include <scsi/sg.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

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

/* ---- SG_IO ---- */

#define F IOC_F
#define END IOC_END

/* 'S' */
static void char_field(struct dctx *ctx, const uint8_t *p)
{
	char text[8];
	int32_t c;

	memcpy(&c, p, sizeof(c));
	snprintf(text, sizeof(text), "'%c'", c);
	emit_sym(ctx->e, text);
}

#define H3 sg_io_hdr_t
static const struct ioc_field v3_id[] = {
	F(H3, interface_id, IOCF_FN, .fn = char_field),
	END,
};
static const struct ioc_field v3_head[] = {
	F(H3, interface_id, IOCF_FN, .fn = char_field),
	F(H3, dxfer_direction, IOCF_ENUM, .t = &ct_f_ioctl_sg_dxfer,
	  .dflt = "SG_DXFER_???"),
	F(H3, cmd_len, IOCF_UDEC),
	END,
};
static const struct ioc_field v3_req[] = {
	F(H3, mx_sb_len, IOCF_UDEC),
	F(H3, iovec_count, IOCF_UDEC),
	F(H3, dxfer_len, IOCF_UDEC),
	F(H3, timeout, IOCF_UDEC),
	F(H3, flags, IOCF_FLAGS, .t = &ct_f_ioctl_sg_flags,
	  .dflt = "SG_FLAG_???"),
	END,
};
static const struct ioc_field v3_status[] = {
	F(H3, status, IOCF_HEX),
	F(H3, masked_status, IOCF_HEX),
	F(H3, msg_status, IOCF_HEX),
	F(H3, sb_len_wr, IOCF_UDEC),
	END,
};
static const struct ioc_field v3_tail[] = {
	F(H3, host_status, IOCF_HEX),
	F(H3, driver_status, IOCF_HEX),
	F(H3, resid, IOCF_IDEC),
	F(H3, duration, IOCF_UDEC),
	F(H3, info, IOCF_FLAGS, .t = &ct_f_ioctl_sg_info,
	  .dflt = "SG_INFO_???"),
	END,
};
#undef H3

#define H4 struct sg_io_v4
static const struct ioc_field v4_id[] = {
	F(H4, guard, IOCF_FN, .fn = char_field),
	END,
};
static const struct ioc_field v4_head[] = {
	F(H4, guard, IOCF_FN, .fn = char_field),
	F(H4, protocol, IOCF_ENUM, .t = &ct_f_ioctl_bsg_protocols,
	  .dflt = "BSG_PROTOCOL_???"),
	F(H4, subprotocol, IOCF_ENUM, .t = &ct_f_ioctl_bsg_subprotocols,
	  .dflt = "BSG_SUB_PROTOCOL_???"),
	F(H4, request_len, IOCF_UDEC),
	END,
};
static const struct ioc_field v4_req[] = {
	F(H4, request_tag, IOCF_UDEC),	    F(H4, request_attr, IOCF_UDEC),
	F(H4, request_priority, IOCF_UDEC), F(H4, request_extra, IOCF_UDEC),
	F(H4, max_response_len, IOCF_UDEC), F(H4, dout_iovec_count, IOCF_UDEC),
	F(H4, dout_xfer_len, IOCF_UDEC),    F(H4, din_iovec_count, IOCF_UDEC),
	F(H4, din_xfer_len, IOCF_UDEC),	    END,
};
static const struct ioc_field v4_req2[] = {
	F(H4, timeout, IOCF_UDEC),
	F(H4, flags, IOCF_FLAGS, .t = &ct_f_ioctl_bsg_flags,
	  .dflt = "BSG_FLAG_???"),
	F(H4, usr_ptr, IOCF_HEX),
	END,
};
static const struct ioc_field v4_resp_len[] = {
	F(H4, response_len, IOCF_UDEC),
	END,
};
static const struct ioc_field v4_tail[] = {
	F(H4, driver_status, IOCF_HEX),
	F(H4, transport_status, IOCF_HEX),
	F(H4, device_status, IOCF_HEX),
	F(H4, retry_delay, IOCF_UDEC),
	F(H4, info, IOCF_FLAGS, .t = &ct_f_ioctl_sg_info,
	  .dflt = "SG_INFO_???"),
	F(H4, duration, IOCF_UDEC),
	F(H4, response_len, IOCF_UDEC),
	F(H4, din_resid, IOCF_IDEC),
	F(H4, dout_resid, IOCF_IDEC),
	F(H4, generated_tag, IOCF_UDEC),
	END,
};
#undef H4

/* name=the bytes at addr in hex, -s limited */
static void hex_field(struct dctx *ctx, const char *name, uint64_t addr,
		      uint64_t len)
{
	emit_field(ctx->e, name);
	dec_buf_hex(ctx, addr, len);
}

/* the data of a v3 request: an iovec array or the buffer */
static void v3_data(struct dctx *ctx, const sg_io_hdr_t *h)
{
	emit_field(ctx->e, "dxferp");
	if (h->iovec_count)
		fdec_iov(ctx, (uintptr_t)h->dxferp, h->iovec_count, true,
			 h->dxfer_len);
	else
		dec_buf_hex(ctx, (uintptr_t)h->dxferp, h->dxfer_len);
}

static bool v3_to_dev(int dir)
{
	return dir == SG_DXFER_TO_DEV || dir == SG_DXFER_TO_FROM_DEV;
}

static bool v3_from_dev(int dir)
{
	return dir == SG_DXFER_FROM_DEV || dir == SG_DXFER_TO_FROM_DEV;
}

static void v3_entry(struct dctx *ctx, const sg_io_hdr_t *h)
{
	ioc_field_list(ctx, h, v3_head);
	hex_field(ctx, "cmdp", (uintptr_t)h->cmdp, h->cmd_len);
	ioc_field_list(ctx, h, v3_req);
	if (v3_to_dev(h->dxfer_direction))
		v3_data(ctx, h);
}

static void v3_exit(struct dctx *ctx, const sg_io_hdr_t *h)
{
	if (v3_from_dev(h->dxfer_direction)) {
		if (h->dxfer_direction == SG_DXFER_TO_FROM_DEV)
			emit_join(ctx->e, " => ");
		v3_data(ctx, h);
	}
	ioc_field_list(ctx, h, v3_status);
	hex_field(ctx, "sbp", (uintptr_t)h->sbp, h->sb_len_wr);
	ioc_field_list(ctx, h, v3_tail);
}

static void v4_entry(struct dctx *ctx, const struct sg_io_v4 *v)
{
	ioc_field_list(ctx, v, v4_head);
	hex_field(ctx, "request", v->request, v->request_len);
	ioc_field_list(ctx, v, v4_req);
	hex_field(ctx, "dout_xferp", v->dout_xferp, v->dout_xfer_len);
	ioc_field_list(ctx, v, v4_req2);
}

static void v4_exit(struct dctx *ctx, const struct sg_io_v4 *v)
{
	ioc_field_list(ctx, v, v4_resp_len);
	hex_field(ctx, "response", v->response, v->response_len);
	hex_field(ctx, "din_xferp", v->din_xferp, v->din_xfer_len);
	ioc_field_list(ctx, v, v4_tail);
}

/* The request at entry, left open; what came back at exit, whether the
 * call failed or not (as strace shows it); another interface id as
 * [id], unsigned. */
static int sg_io(struct dctx *ctx, uint64_t arg)
{
	union {
		int32_t id;
		sg_io_hdr_t v3;
		struct sg_io_v4 v4;
	} u;
	size_t size;

	if (!ctx->exiting && !dec_fetch(ctx, arg, &u.id, sizeof(u.id)))
		return DEC_DONE;
	if (ctx->exiting && tmem_read(ctx->call->tid, arg, &u.id, sizeof(u.id)))
		goto close;
	if (u.id != 'S' && u.id != 'Q') {
		if (ctx->exiting)
			goto close; /* changed under the call */
		ioc_scalar_at(ctx, arg, 4, 'u');
		return DEC_DONE;
	}
	size = u.id == 'S' ? sizeof(u.v3) : sizeof(u.v4);
	if (!ctx->exiting) {
		emit_struct_begin(ctx->e);
		if (tmem_read(ctx->call->tid, arg, &u, size)) {
			/* the id alone: {interface_id='S', 0x...} */
			ioc_field_list(ctx, &u, u.id == 'S' ? v3_id : v4_id);
			emit_addr(ctx->e, arg);
			emit_struct_end(ctx->e);
			return DEC_DONE;
		}
		if (u.id == 'S')
			v3_entry(ctx, &u.v3);
		else
			v4_entry(ctx, &u.v4);
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (!tmem_read(ctx->call->tid, arg, &u, size)) {
		if (u.id == 'S')
			v3_exit(ctx, &u.v3);
		else
			v4_exit(ctx, &u.v4);
	}
close:
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

int ioc_scsi(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case SG_IO:
		return ioc_native(ctx) ? sg_io(ctx, arg) : IOC_GENERIC;
	case IO_SG_SCSI_RESET:
		reset(ctx, arg);
		return DEC_DONE;
	case IO_SG_GET_SCSI_ID:
		return ioc_out(ctx, arg, scsi_id);
	}
	return IOC_GENERIC;
}
