/* ioctl_v4l2: video4linux2 requests (type 'V', <linux/videodev2.h>), the
 * ones strace 6.1 decodes most often: querycap, enum_fmt, g/s/try_fmt
 * (single-planar pixel formats), reqbufs, streamon/off, g/s_ctrl,
 * enuminput, cropcap, g/s_crop (g/s_input and g/s_std are numbers:
 * the scalar classes of ioctl.c).  A struct the kernel
 * completes stays open at entry and gets its output fields at exit. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <linux/videodev2.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

#define F IOC_F
#define END IOC_END
#define BUFTYPE .t = &ct_f_ioctl_v4l2_buf_types, .dflt = "V4L2_BUF_TYPE_???"

/* v4l2_fourcc('Y', 'U', 'Y', 'V') with the format's name as a comment,
 * also under -X verbose; the number under -X raw */
static void fourcc(struct dctx *ctx, uint32_t v)
{
	const char *name = consts_name(&ct_f_ioctl_v4l2_pix_fmts, v);
	struct emitter *e = ctx->e;
	char c[8];

	if (e->style->xlat == 1) {
		emit_hex(e, v);
		return;
	}
	emit_call_begin(e, "v4l2_fourcc");
	for (int i = 0; i < 4; i++) {
		unsigned char ch = (unsigned char)(v >> (8 * i));
		if (ch == '\'' || ch == '\\')
			snprintf(c, sizeof(c), "'\\%c'", ch);
		else if (ch >= ' ' && ch < 0x7f)
			snprintf(c, sizeof(c), "'%c'", ch);
		else
			snprintf(c, sizeof(c), "'\\x%02x'", ch);
		emit_sym(e, c);
	}
	emit_call_end(e);
	if (name)
		emit_comment(e, name);
}

static void flags_or_zero(struct dctx *ctx, const struct const_table *t,
			  uint64_t v, const char *dflt)
{
	if (v)
		fdec_flags_dflt(ctx, t, v, dflt);
	else
		emit_uint(ctx->e, 0);
}

/* ---- VIDIOC_QUERYCAP ---- */

static void querycap(struct dctx *ctx, uint64_t arg)
{
	struct v4l2_capability c;
	struct emitter *e = ctx->e;
	char text[64];

	if (!dec_fetch(ctx, arg, &c, sizeof(c)))
		return;
	emit_struct_begin(e);
	emit_field(e, "driver");
	ioc_cstr(ctx, (const char *)c.driver, sizeof(c.driver));
	emit_field(e, "card");
	ioc_cstr(ctx, (const char *)c.card, sizeof(c.card));
	emit_field(e, "bus_info");
	ioc_cstr(ctx, (const char *)c.bus_info, sizeof(c.bus_info));
	emit_field(e, "version");
	snprintf(text, sizeof(text), "KERNEL_VERSION(%u, %u, %u)",
		 c.version >> 16, (c.version >> 8) & 0xff, c.version & 0xff);
	ioc_text_or_hex(ctx, c.version, text);
	emit_field(e, "capabilities");
	flags_or_zero(ctx, &ct_f_ioctl_v4l2_caps, c.capabilities,
		      "V4L2_CAP_???");
	if (c.device_caps) {
		emit_field(e, "device_caps");
		flags_or_zero(ctx, &ct_f_ioctl_v4l2_caps, c.device_caps,
			      "V4L2_CAP_???");
	}
	emit_struct_end(e);
}

/* ---- field tables ---- */

/* A control id: its name, else its class and the offset in it
 * ("V4L2_CTRL_CLASS_USER+0x999"), else hex with V4L2_CID_??? */
static void cid(struct dctx *ctx, const uint8_t *p)
{
	const char *cls;
	uint32_t id;
	char text[80];

	memcpy(&id, p, sizeof(id));
	cls = consts_name(&ct_f_ioctl_v4l2_ctrl_classes, id & 0x0fff0000);
	if (consts_name(&ct_f_ioctl_v4l2_cids, id) || !cls) {
		fdec_enum_dflt(ctx, &ct_f_ioctl_v4l2_cids, id, "V4L2_CID_???");
		return;
	}
	snprintf(text, sizeof(text), "%s+%#x", cls, id & 0xffff);
	ioc_text_or_hex(ctx, id, text);
}

static void fourcc_field(struct dctx *ctx, const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	fourcc(ctx, v);
}

/* 1/30 */
static void fraction(struct dctx *ctx, const uint8_t *p)
{
	struct v4l2_fract f;
	char text[32];

	memcpy(&f, p, sizeof(f));
	snprintf(text, sizeof(text), "%u/%u", f.numerator, f.denominator);
	emit_sym(ctx->e, text);
}

#define FD struct v4l2_fmtdesc
static const struct ioc_field fmtdesc_in[] = {
	F(FD, index, IOCF_UDEC),
	F(FD, type, IOCF_ENUM, BUFTYPE),
	END,
};
static const struct ioc_field fmtdesc_out[] = {
	F(FD, flags, IOCF_FLAGS, .t = &ct_f_ioctl_v4l2_fmt_flags,
	  .dflt = "V4L2_FMT_FLAG_???"),
	F(FD, description, IOCF_CSTR, .len = sizeof(((FD *)0)->description)),
	F(FD, pixelformat, IOCF_FN, .fn = fourcc_field),
	END,
};
#undef FD

#define RB struct v4l2_requestbuffers
static const struct ioc_field reqbufs_in[] = {
	F(RB, type, IOCF_ENUM, BUFTYPE),
	F(RB, memory, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_memories,
	  .dflt = "V4L2_MEMORY_???"),
	F(RB, count, IOCF_UDEC),
	END,
};
#undef RB

/* A queried control id: the V4L2_CTRL_FLAG_NEXT_* flags, "|", the id */
static void query_id(struct dctx *ctx, const uint8_t *p)
{
	const uint32_t next =
		V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CTRL_FLAG_NEXT_COMPOUND;
	uint32_t id, rest;

	memcpy(&id, p, sizeof(id));
	if (!(id & next) || ctx->e->style->xlat == 1) {
		cid(ctx, p);
		return;
	}
	emit_flags(ctx->e, &ct_f_ioctl_v4l2_ctrl_next, id & next, EMIT_HEX);
	emit_join(ctx->e, "|");
	rest = id & ~next;
	cid(ctx, (const uint8_t *)&rest);
}

#define QC struct v4l2_queryctrl
static const struct ioc_field queryctrl_in[] = {
	F(QC, id, IOCF_FN, .fn = query_id),
	END,
};
static bool qc_brief(const struct dctx *ctx, const void *b)
{
	return !ctx->e->style->verbose;
}
static bool qc_full(const struct dctx *ctx, const void *b)
{
	return ctx->e->style->verbose;
}
static const struct ioc_field queryctrl_out[] = {
	F(QC, type, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_ctrl_types,
	  .dflt = "V4L2_CTRL_TYPE_???"),
	F(QC, name, IOCF_CSTR, .len = sizeof(((QC *)0)->name)),
	{.name = "", .kind = IOCF_MORE, .shown = qc_brief},
	F(QC, minimum, IOCF_IDEC, .shown = qc_full),
	F(QC, maximum, IOCF_IDEC, .shown = qc_full),
	F(QC, step, IOCF_IDEC, .shown = qc_full),
	F(QC, default_value, IOCF_IDEC, .shown = qc_full),
	F(QC, flags, IOCF_FLAGS, .t = &ct_f_ioctl_v4l2_ctrl_flags,
	  .dflt = "V4L2_CTRL_FLAG_???", .shown = qc_full),
	END,
};
#undef QC

/* v4l2_buffer.flags: the flags, then "|" the timestamp type and "|" its
 * source, each an enum of its bits; the number under -X raw */
static void buf_flags(struct dctx *ctx, const uint8_t *p)
{
	const uint32_t fields =
		V4L2_BUF_FLAG_TIMESTAMP_MASK | V4L2_BUF_FLAG_TSTAMP_SRC_MASK;
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	if (ctx->e->style->xlat == 1) {
		emit_hex(ctx->e, v);
		return;
	}
	if (v & ~fields) {
		fdec_flags_dflt(ctx, &ct_f_ioctl_v4l2_buf_flags, v & ~fields,
				"V4L2_BUF_FLAG_???");
		emit_join(ctx->e, "|");
	}
	fdec_enum_dflt(ctx, &ct_f_ioctl_v4l2_buf_tstamp,
		       v & V4L2_BUF_FLAG_TIMESTAMP_MASK,
		       "V4L2_BUF_FLAG_TIMESTAMP_???");
	emit_join(ctx->e, "|");
	fdec_enum_dflt(ctx, &ct_f_ioctl_v4l2_buf_tsrc,
		       v & V4L2_BUF_FLAG_TSTAMP_SRC_MASK,
		       "V4L2_BUF_FLAG_TSTAMP_SRC_???");
}

#define BF struct v4l2_buffer
static const struct ioc_field buf_type[] = {
	F(BF, type, IOCF_ENUM, BUFTYPE),
	END,
};
static const struct ioc_field buf_type_index[] = {
	F(BF, type, IOCF_ENUM, BUFTYPE),
	F(BF, index, IOCF_UDEC),
	END,
};
static bool bf_mmap(const struct dctx *ctx, const void *b)
{
	return ((const BF *)b)->memory == V4L2_MEMORY_MMAP;
}
static bool bf_userptr(const struct dctx *ctx, const void *b)
{
	return ((const BF *)b)->memory == V4L2_MEMORY_USERPTR;
}
#define TV struct timeval
static const struct ioc_field timeval[] = {
	F(TV, tv_sec, IOCF_IDEC),
	F(TV, tv_usec, IOCF_IDEC),
	END,
};
#undef TV
/* what follows index: after QUERYBUF and QBUF, and DQBUF (with the
 * index and the timestamp) */
#define BUF_REST(...)                                                          \
	F(BF, memory, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_memories,               \
	  .dflt = "V4L2_MEMORY_???"),                                          \
		F(BF, m.offset, IOCF_HEX, .shown = bf_mmap),                   \
		F(BF, m.userptr, IOCF_HEX, .shown = bf_userptr),               \
		F(BF, length, IOCF_UDEC), F(BF, bytesused, IOCF_UDEC),         \
		F(BF, flags, IOCF_FN, .fn = buf_flags),                        \
		__VA_ARGS__{.name = "", .kind = IOCF_MORE}, END
static const struct ioc_field buf_out[] = {BUF_REST()};
static const struct ioc_field dqbuf_out[] = {
	F(BF, index, IOCF_UDEC),
	BUF_REST(F(BF, timestamp, IOCF_STRUCT, .sub = timeval), ),
};
#undef BUF_REST
#undef BF

#define CT struct v4l2_control
static const struct ioc_field ctrl_id[] = {
	F(CT, id, IOCF_FN, .fn = cid),
	END,
};
static const struct ioc_field ctrl_value[] = {
	F(CT, value, IOCF_IDEC),
	END,
};
static const struct ioc_field ctrl_both[] = {
	F(CT, id, IOCF_FN, .fn = cid),
	F(CT, value, IOCF_IDEC),
	END,
};
#undef CT

#define IN struct v4l2_input
static const struct ioc_field input_in[] = {
	F(IN, index, IOCF_UDEC),
	END,
};
static const struct ioc_field input_out[] = {
	F(IN, name, IOCF_CSTR, .len = sizeof(((IN *)0)->name)),
	F(IN, type, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_input_types,
	  .dflt = "V4L2_INPUT_TYPE_???"),
	END,
};
#undef IN

#define RC struct v4l2_rect
static const struct ioc_field rect[] = {
	F(RC, left, IOCF_IDEC),
	F(RC, top, IOCF_IDEC),
	F(RC, width, IOCF_UDEC),
	F(RC, height, IOCF_UDEC),
	END,
};
#undef RC

#define CC struct v4l2_cropcap
static const struct ioc_field type_only[] = {
	F(CC, type, IOCF_ENUM, BUFTYPE),
	END,
};
static const struct ioc_field cropcap_out[] = {
	F(CC, bounds, IOCF_STRUCT, .sub = rect),
	F(CC, defrect, IOCF_STRUCT, .sub = rect),
	F(CC, pixelaspect, IOCF_FN, .fn = fraction),
	END,
};
#undef CC

#define CR struct v4l2_crop
static const struct ioc_field crop_out[] = {
	F(CR, c, IOCF_STRUCT, .sub = rect),
	END,
};
static const struct ioc_field crop_in[] = {
	F(CR, type, IOCF_ENUM, BUFTYPE),
	F(CR, c, IOCF_STRUCT, .sub = rect),
	END,
};
#undef CR

#define PX struct v4l2_pix_format
static const struct ioc_field pix[] = {
	F(PX, width, IOCF_UDEC),
	F(PX, height, IOCF_UDEC),
	F(PX, pixelformat, IOCF_FN, .fn = fourcc_field),
	F(PX, field, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_fields,
	  .dflt = "V4L2_FIELD_???"),
	F(PX, bytesperline, IOCF_UDEC),
	F(PX, sizeimage, IOCF_UDEC),
	F(PX, colorspace, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_colorspaces,
	  .dflt = "V4L2_COLORSPACE_???"),
	END,
};
#undef PX

#define CP struct v4l2_captureparm
static const struct ioc_field capture_parm[] = {
	F(CP, capability, IOCF_FLAGS, .t = &ct_f_ioctl_v4l2_parm_caps,
	  .dflt = "V4L2_CAP_???"),
	F(CP, capturemode, IOCF_FLAGS, .t = &ct_f_ioctl_v4l2_parm_modes,
	  .dflt = "V4L2_MODE_???"),
	F(CP, timeperframe, IOCF_FN, .fn = fraction),
	F(CP, extendedmode, IOCF_HEX),
	F(CP, readbuffers, IOCF_UDEC),
	END,
};
#undef CP
#define OP struct v4l2_outputparm
static const struct ioc_field output_parm[] = {
	F(OP, capability, IOCF_FLAGS, .t = &ct_f_ioctl_v4l2_parm_caps,
	  .dflt = "V4L2_CAP_???"),
	F(OP, outputmode, IOCF_FLAGS, .t = &ct_f_ioctl_v4l2_parm_modes,
	  .dflt = "V4L2_MODE_???"),
	F(OP, timeperframe, IOCF_FN, .fn = fraction),
	F(OP, extendedmode, IOCF_HEX),
	F(OP, writebuffers, IOCF_UDEC),
	END,
};
#undef OP

#define FS struct v4l2_frmsizeenum
static const struct ioc_field frmsize_in[] = {
	F(FS, index, IOCF_UDEC),
	F(FS, pixel_format, IOCF_FN, .fn = fourcc_field),
	END,
};
#define DS struct v4l2_frmsize_discrete
static const struct ioc_field frmsize_discrete[] = {
	F(DS, width, IOCF_UDEC),
	F(DS, height, IOCF_UDEC),
	END,
};
#undef DS
#define SW struct v4l2_frmsize_stepwise
static const struct ioc_field frmsize_stepwise[] = {
	F(SW, min_width, IOCF_UDEC),
	F(SW, max_width, IOCF_UDEC),
	F(SW, step_width, IOCF_UDEC),
	F(SW, min_height, IOCF_UDEC),
	F(SW, max_height, IOCF_UDEC),
	F(SW, step_height, IOCF_UDEC),
	END,
};
#undef SW
static bool fs_discrete(const struct dctx *ctx, const void *b)
{
	return ((const FS *)b)->type == V4L2_FRMSIZE_TYPE_DISCRETE;
}
static bool fs_stepwise(const struct dctx *ctx, const void *b)
{
	return ((const FS *)b)->type == V4L2_FRMSIZE_TYPE_STEPWISE;
}
static const struct ioc_field frmsize_out[] = {
	F(FS, type, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_frmsize_types,
	  .dflt = "V4L2_FRMSIZE_TYPE_???"),
	F(FS, discrete, IOCF_STRUCT, .sub = frmsize_discrete,
	  .shown = fs_discrete),
	F(FS, stepwise, IOCF_STRUCT, .sub = frmsize_stepwise,
	  .shown = fs_stepwise),
	END,
};
#undef FS

#define FI struct v4l2_frmivalenum
static const struct ioc_field frmival_in[] = {
	F(FI, index, IOCF_UDEC),
	F(FI, pixel_format, IOCF_FN, .fn = fourcc_field),
	F(FI, width, IOCF_UDEC),
	F(FI, height, IOCF_UDEC),
	END,
};
#define SW struct v4l2_frmival_stepwise
static const struct ioc_field frmival_stepwise[] = {
	F(SW, min, IOCF_FN, .fn = fraction),
	F(SW, max, IOCF_FN, .fn = fraction),
	F(SW, step, IOCF_FN, .fn = fraction),
	END,
};
#undef SW
static bool fi_discrete(const struct dctx *ctx, const void *b)
{
	return ((const FI *)b)->type == V4L2_FRMIVAL_TYPE_DISCRETE;
}
static bool fi_stepwise(const struct dctx *ctx, const void *b)
{
	uint32_t t = ((const FI *)b)->type;

	return t == V4L2_FRMIVAL_TYPE_CONTINUOUS ||
	       t == V4L2_FRMIVAL_TYPE_STEPWISE;
}
static const struct ioc_field frmival_out[] = {
	F(FI, type, IOCF_ENUM, .t = &ct_f_ioctl_v4l2_frmival_types,
	  .dflt = "V4L2_FRMIVAL_TYPE_???"),
	F(FI, discrete, IOCF_FN, .fn = fraction, .shown = fi_discrete),
	F(FI, stepwise, IOCF_STRUCT, .sub = frmival_stepwise,
	  .shown = fi_stepwise),
	END,
};
#undef FI

/* ---- requests ---- */

/* A struct whose in fields show at entry, left open, and whose out
 * fields the kernel filled in follow at exit when the call succeeded. */
static int in_then_out(struct dctx *ctx, uint64_t arg, void *buf, size_t size,
		       const struct ioc_field *in, const struct ioc_field *out)
{
	if (!ctx->exiting) {
		if (!dec_fetch(ctx, arg, buf, size))
			return DEC_DONE;
		emit_struct_begin(ctx->e);
		ioc_field_list(ctx, buf, in);
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (!dec_failed(ctx) && !tmem_read(ctx->call->tid, arg, buf, size))
		ioc_field_list(ctx, buf, out);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

/* in fields at entry; after a success, " => " and the field again */
static int in_changed(struct dctx *ctx, uint64_t arg, void *buf, size_t size,
		      const struct ioc_field *in, const struct ioc_field *out)
{
	if (!ctx->exiting)
		return in_then_out(ctx, arg, buf, size, in, NULL);
	if (!dec_failed(ctx) && !tmem_read(ctx->call->tid, arg, buf, size)) {
		emit_join(ctx->e, " => ");
		ioc_field_value(ctx, buf, out);
	}
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

/* A struct of a buffer type and a union chosen by it (v4l2_format,
 * v4l2_streamparm): the member shown for each type. */
struct typed {
	size_t size, off;     /* the struct's size, the union's offset */
	const char *names[3]; /* by type: none, capture, output */
	const struct ioc_field *fields[3];
};

static const struct typed format = {
	.size = sizeof(struct v4l2_format),
	.off = offsetof(struct v4l2_format, fmt),
	.names = {NULL, "fmt.pix", "fmt.pix"},
	.fields = {NULL, pix, pix},
};
static const struct typed streamparm = {
	.size = sizeof(struct v4l2_streamparm),
	.off = offsetof(struct v4l2_streamparm, parm),
	.names = {NULL, "parm.capture", "parm.output"},
	.fields = {NULL, capture_parm, output_parm},
};

/* the member for the buffer type, false when strace shows none */
static bool member(struct dctx *ctx, const struct typed *t, const void *buf)
{
	uint32_t type;

	memcpy(&type, buf, sizeof(type));
	if (type != V4L2_BUF_TYPE_VIDEO_CAPTURE &&
	    type != V4L2_BUF_TYPE_VIDEO_OUTPUT)
		return false;
	if (ctx) {
		emit_field(ctx->e, t->names[type]);
		ioc_fields(ctx, (const uint8_t *)buf + t->off, t->fields[type]);
	}
	return true;
}

/* VIDIOC_G_FMT, VIDIOC_G_PARM: {type} at entry, the member after a
 * success */
static int g_typed(struct dctx *ctx, uint64_t arg, const struct typed *t)
{
	uint8_t buf[sizeof(struct v4l2_format)];

	if (!ctx->exiting)
		return in_then_out(ctx, arg, buf, t->size, type_only, NULL);
	if (!dec_failed(ctx) && !tmem_read(ctx->call->tid, arg, buf, t->size))
		member(ctx, t, buf);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

/* VIDIOC_S_FMT, VIDIOC_TRY_FMT, VIDIOC_S_PARM: {type, member} at entry,
 * " => {member}" after a success */
static int s_typed(struct dctx *ctx, uint64_t arg, const struct typed *t)
{
	uint8_t buf[sizeof(struct v4l2_format)];

	if (!ctx->exiting) {
		if (!dec_fetch(ctx, arg, buf, t->size))
			return DEC_DONE;
		emit_struct_begin(ctx->e);
		ioc_field_list(ctx, buf, type_only);
		member(ctx, t, buf);
		emit_struct_end(ctx->e);
		if (!member(NULL, t, buf))
			return DEC_DONE;
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) || tmem_read(ctx->call->tid, arg, buf, t->size))
		return DEC_DONE;
	emit_join(ctx->e, " => ");
	emit_struct_begin(ctx->e);
	member(ctx, t, buf);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

/* VIDIOC_STREAMON/OFF: [V4L2_BUF_TYPE_...] */
static void stream_type(struct dctx *ctx, uint64_t arg)
{
	uint32_t type;

	if (!dec_fetch(ctx, arg, &type, sizeof(type)))
		return;
	emit_array_begin(ctx->e);
	fdec_enum_dflt(ctx, &ct_f_ioctl_v4l2_buf_types, type,
		       "V4L2_BUF_TYPE_???");
	emit_array_end(ctx->e);
}

static void s_crop(struct dctx *ctx, uint64_t arg)
{
	struct v4l2_crop c;

	ioc_fetch_fields(ctx, arg, &c, sizeof(c), crop_in);
}

int ioc_v4l2(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	union {
		struct v4l2_fmtdesc fmtdesc;
		struct v4l2_requestbuffers reqbufs;
		struct v4l2_control ctrl;
		struct v4l2_input input;
		struct v4l2_cropcap cropcap;
		struct v4l2_crop crop;
		struct v4l2_frmsizeenum frmsize;
		struct v4l2_frmivalenum frmival;
		struct v4l2_queryctrl queryctrl;
		struct v4l2_buffer buf;
	} b;

	switch (code) {
	case VIDIOC_QUERYCAP:
		return ioc_out(ctx, arg, querycap);
	case VIDIOC_ENUM_FMT:
		return in_then_out(ctx, arg, &b, sizeof(b.fmtdesc), fmtdesc_in,
				   fmtdesc_out);
	case VIDIOC_G_FMT:
		return g_typed(ctx, arg, &format);
	case VIDIOC_S_FMT:
	case VIDIOC_TRY_FMT:
		return s_typed(ctx, arg, &format);
	case VIDIOC_G_PARM:
		return g_typed(ctx, arg, &streamparm);
	case VIDIOC_S_PARM:
		return s_typed(ctx, arg, &streamparm);
	case VIDIOC_ENUM_FRAMESIZES:
		return in_then_out(ctx, arg, &b, sizeof(b.frmsize), frmsize_in,
				   frmsize_out);
	case VIDIOC_ENUM_FRAMEINTERVALS:
		return in_then_out(ctx, arg, &b, sizeof(b.frmival), frmival_in,
				   frmival_out);
	case VIDIOC_REQBUFS:
		return in_changed(ctx, arg, &b, sizeof(b.reqbufs), reqbufs_in,
				  &reqbufs_in[2]);
	case VIDIOC_G_CTRL:
		return in_then_out(ctx, arg, &b, sizeof(b.ctrl), ctrl_id,
				   ctrl_value);
	case VIDIOC_S_CTRL:
		return in_changed(ctx, arg, &b, sizeof(b.ctrl), ctrl_both,
				  ctrl_value);
	case VIDIOC_QUERYBUF:
	case VIDIOC_QBUF:
		return in_then_out(ctx, arg, &b, sizeof(b.buf), buf_type_index,
				   buf_out);
	case VIDIOC_DQBUF:
		return in_then_out(ctx, arg, &b, sizeof(b.buf), buf_type,
				   dqbuf_out);
	case VIDIOC_QUERYCTRL:
		return in_then_out(ctx, arg, &b, sizeof(b.queryctrl),
				   queryctrl_in, queryctrl_out);
	case VIDIOC_ENUMINPUT:
		return in_then_out(ctx, arg, &b, sizeof(b.input), input_in,
				   input_out);
	case VIDIOC_CROPCAP:
		return in_then_out(ctx, arg, &b, sizeof(b.cropcap), type_only,
				   cropcap_out);
	case VIDIOC_G_CROP:
		return in_then_out(ctx, arg, &b, sizeof(b.crop), type_only,
				   crop_out);
	case VIDIOC_S_CROP:
		return ioc_in(ctx, arg, s_crop);
	case VIDIOC_STREAMON:
	case VIDIOC_STREAMOFF:
		return ioc_in(ctx, arg, stream_type);
	}
	return IOC_GENERIC;
}
