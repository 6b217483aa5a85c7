/* ioctl_ptp: PTP hardware clock requests (type '=', <linux/ptp_clock.h>):
 * capabilities, external timestamp and periodic output requests, pin
 * functions.  The second versions also show non-zero reserved words.
 * The SYS_OFFSET requests and PIN_GETFUNC are left generic. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

enum {
	IO_PTP_CLOCK_GETCAPS = 0x80503d01,
	IO_PTP_CLOCK_GETCAPS2 = 0x80503d0a,
	IO_PTP_EXTTS_REQUEST = 0x40103d02,
	IO_PTP_EXTTS_REQUEST2 = 0x40103d0b,
	IO_PTP_PEROUT_REQUEST = 0x40383d03,
	IO_PTP_PEROUT_REQUEST2 = 0x40383d0c,
	IO_PTP_PIN_SETFUNC = 0x40603d07,
	IO_PTP_PIN_SETFUNC2 = 0x40603d10,
};

#define PEROUT_DUTY_CYCLE 0x2
#define PEROUT_PHASE 0x4

struct ptp_time {
	int64_t sec;
	uint32_t nsec, reserved;
};

static void flags_or_zero(struct dctx *ctx, const struct const_table *t,
			  uint32_t v, const char *dflt)
{
	if (v)
		fdec_flags_dflt(ctx, t, v, dflt);
	else
		emit_uint(ctx->e, 0);
}

/* reserved words, shown only when some is set */
static void rsv(struct dctx *ctx, const uint32_t *r, size_t n)
{
	static const uint32_t zero[12];

	if (!memcmp(r, zero, n * sizeof(*r)))
		return;
	emit_field(ctx->e, "rsv");
	emit_array_begin(ctx->e);
	for (size_t i = 0; i < n; i++)
		emit_hex(ctx->e, r[i]);
	emit_array_end(ctx->e);
}

static void ptp_time(struct dctx *ctx, const char *name,
		     const struct ptp_time *t, bool date)
{
	struct emitter *e = ctx->e;

	emit_field(e, name);
	emit_struct_begin(e);
	emit_field(e, "sec");
	emit_int(e, t->sec);
	emit_field(e, "nsec");
	emit_uint(e, t->nsec);
	if (t->reserved) {
		emit_field(e, "reserved");
		emit_hex(e, t->reserved);
	}
	emit_struct_end(e);
	if (date && e->style->xlat != 1)
		fdec_time_comment(ctx, t->sec, t->nsec);
}

static void caps(struct dctx *ctx, uint64_t arg)
{
	static const char *const names[] = {
		"max_adj", "n_alarm", "n_ext_ts",	    "n_per_out",
		"pps",	   "n_pins",  "cross_timestamping", "adjust_phase",
	};
	struct {
		int32_t v[8];
		uint32_t rsv[12];
	} c;

	if (!dec_fetch(ctx, arg, &c, sizeof(c)))
		return;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < 8; i++) {
		emit_field(ctx->e, names[i]);
		emit_int(ctx->e, c.v[i]);
	}
	rsv(ctx, c.rsv, 12);
	emit_struct_end(ctx->e);
}

static void extts(struct dctx *ctx, uint64_t arg, bool v2)
{
	uint32_t r[4];

	if (!dec_fetch(ctx, arg, r, sizeof(r)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "index");
	emit_uint(ctx->e, r[0]);
	emit_field(ctx->e, "flags");
	flags_or_zero(ctx, &ct_f_ioctl_ptp_extts_flags, r[1], "PTP_???");
	if (v2)
		rsv(ctx, r + 2, 2);
	emit_struct_end(ctx->e);
}

static void perout(struct dctx *ctx, uint64_t arg, bool v2)
{
	struct {
		struct ptp_time start, period;
		uint32_t index, flags;
		union {
			struct ptp_time on;
			uint32_t rsv[4];
		} u;
	} r;
	bool phase;

	if (!dec_fetch(ctx, arg, &r, sizeof(r)))
		return;
	phase = r.flags & PEROUT_PHASE;
	emit_struct_begin(ctx->e);
	ptp_time(ctx, phase ? "phase" : "start", &r.start, !phase);
	ptp_time(ctx, "period", &r.period, false);
	emit_field(ctx->e, "index");
	emit_uint(ctx->e, r.index);
	emit_field(ctx->e, "flags");
	flags_or_zero(ctx, &ct_f_ioctl_ptp_perout_flags, r.flags,
		      "PTP_PEROUT_???");
	if (r.flags & PEROUT_DUTY_CYCLE)
		ptp_time(ctx, "on", &r.u.on, false);
	else if (v2)
		rsv(ctx, r.u.rsv, 4);
	emit_struct_end(ctx->e);
}

static void pin_setfunc(struct dctx *ctx, uint64_t arg, bool v2)
{
	struct {
		char name[64];
		uint32_t index, func, chan, rsv[5];
	} d;

	if (!dec_fetch(ctx, arg, &d, sizeof(d)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "index");
	emit_uint(ctx->e, d.index);
	emit_field(ctx->e, "func");
	fdec_enum_dflt(ctx, &ct_f_ioctl_ptp_pin_funcs, d.func, "PTP_PF_???");
	emit_field(ctx->e, "chan");
	emit_uint(ctx->e, d.chan);
	if (v2)
		rsv(ctx, d.rsv, 5);
	emit_struct_end(ctx->e);
}

int ioc_ptp(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_PTP_CLOCK_GETCAPS:
	case IO_PTP_CLOCK_GETCAPS2:
		return ioc_out(ctx, arg, caps);
	case IO_PTP_EXTTS_REQUEST:
	case IO_PTP_EXTTS_REQUEST2:
		extts(ctx, arg, code == IO_PTP_EXTTS_REQUEST2);
		return DEC_DONE;
	case IO_PTP_PEROUT_REQUEST:
	case IO_PTP_PEROUT_REQUEST2:
		perout(ctx, arg, code == IO_PTP_PEROUT_REQUEST2);
		return DEC_DONE;
	case IO_PTP_PIN_SETFUNC:
	case IO_PTP_PIN_SETFUNC2:
		pin_setfunc(ctx, arg, code == IO_PTP_PIN_SETFUNC2);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
