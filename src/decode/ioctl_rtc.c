/* ioctl_rtc: real-time clock requests (type 'p', <linux/rtc.h>): struct
 * rtc_time, rtc_wkalrm, rtc_pll_info, rtc_param and the RTC_VL_READ
 * flags.  The rates and epochs are scalar classes in ioctl.c. */
#include <stdint.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

#define RTC_CODE(dir, nr, size)                                                \
	((uint32_t)(dir) << 30 | (size) << 16 | 'p' << 8 | (nr))
enum {
	IO_RTC_ALM_SET = RTC_CODE(1, 0x07, 36),
	IO_RTC_ALM_READ = RTC_CODE(2, 0x08, 36),
	IO_RTC_RD_TIME = RTC_CODE(2, 0x09, 36),
	IO_RTC_SET_TIME = RTC_CODE(1, 0x0a, 36),
	IO_RTC_WKALM_SET = RTC_CODE(1, 0x0f, 40),
	IO_RTC_WKALM_RD = RTC_CODE(2, 0x10, 40),
	IO_RTC_PLL_GET = RTC_CODE(2, 0x11, 32),
	IO_RTC_PLL_SET = RTC_CODE(1, 0x12, 32),
	IO_RTC_PARAM_GET = RTC_CODE(1, 0x13, 24),
	IO_RTC_PARAM_SET = RTC_CODE(1, 0x14, 24),
	IO_RTC_VL_READ = RTC_CODE(2, 0x13, 4),
};

enum { PARAM_FEATURES, PARAM_CORRECTION, PARAM_BACKUP_SWITCH_MODE };

static const char *const tm_fields[] = {
	"tm_sec",  "tm_min",  "tm_hour", "tm_mday",  "tm_mon",
	"tm_year", "tm_wday", "tm_yday", "tm_isdst",
};

/* struct rtc_time: the date, the rest of it under -v */
static void rtc_time_val(struct dctx *ctx, const int32_t *tm)
{
	size_t n = ctx->opt->verbose ? 9 : 6;

	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		emit_field(ctx->e, tm_fields[i]);
		emit_int(ctx->e, tm[i]);
	}
	if (n < 9)
		emit_more(ctx->e);
	emit_struct_end(ctx->e);
}

static void rtc_time(struct dctx *ctx, uint64_t arg)
{
	int32_t tm[9];

	if (dec_fetch(ctx, arg, tm, sizeof(tm)))
		rtc_time_val(ctx, tm);
}

static void wkalrm(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint8_t enabled, pending, pad[2];
		int32_t tm[9];
	} w;

	if (!dec_fetch(ctx, arg, &w, sizeof(w)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "enabled");
	emit_uint(ctx->e, w.enabled);
	emit_field(ctx->e, "pending");
	emit_uint(ctx->e, w.pending);
	emit_field(ctx->e, "time");
	rtc_time_val(ctx, w.tm);
	emit_struct_end(ctx->e);
}

static void pll_info(struct dctx *ctx, uint64_t arg)
{
	static const char *const names[] = {
		"pll_ctrl", "pll_value",   "pll_max",
		"pll_min",  "pll_posmult", "pll_negmult",
	};
	struct {
		int32_t v[6];
		int64_t clock;
	} p;

	if (!dec_fetch(ctx, arg, &p, sizeof(p)))
		return;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < 6; i++) {
		emit_field(ctx->e, names[i]);
		emit_int(ctx->e, p.v[i]);
	}
	emit_field(ctx->e, "pll_clock");
	emit_int(ctx->e, p.clock);
	emit_struct_end(ctx->e);
}

static void vl_flags(struct dctx *ctx, uint64_t arg)
{
	uint32_t v;

	if (!dec_fetch(ctx, arg, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (v)
		fdec_flags_dflt(ctx, &ct_f_ioctl_rtc_vl, v, "RTC_VL_???");
	else
		emit_uint(ctx->e, 0);
	emit_array_end(ctx->e);
}

/* ---- struct rtc_param ---- */

struct rtc_param {
	uint64_t param, value;
	uint32_t index, pad;
};

/* the value, typed by the parameter */
static void param_value(struct dctx *ctx, const struct rtc_param *p)
{
	struct emitter *e = ctx->e;

	switch (p->param) {
	case PARAM_FEATURES:
		emit_field(e, "uvalue");
		ioc_bits(ctx, &ct_f_ioctl_rtc_features, p->value, "1<<",
			 "1<<RTC_FEATURE_???");
		break;
	case PARAM_CORRECTION:
		emit_field(e, "svalue");
		emit_int(e, (int64_t)p->value);
		break;
	case PARAM_BACKUP_SWITCH_MODE:
		emit_field(e, "uvalue");
		fdec_enum_dflt(ctx, &ct_f_ioctl_rtc_bsm, p->value,
			       "RTC_BSM_???");
		break;
	default:
		emit_field(e, "uvalue");
		emit_hex(e, p->value);
		break;
	}
}

static void param_pad(struct dctx *ctx, const struct rtc_param *p)
{
	if (!p->pad)
		return;
	emit_field(ctx->e, "__pad");
	emit_hex(ctx->e, p->pad);
}

/* {param, [value,] index}: the value at entry only for RTC_PARAM_SET */
static bool param_in(struct dctx *ctx, uint64_t arg, bool value)
{
	struct rtc_param p;

	if (!dec_fetch(ctx, arg, &p, sizeof(p)))
		return false;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "param");
	fdec_enum_dflt(ctx, &ct_f_ioctl_rtc_params, p.param, "RTC_PARAM_???");
	if (value)
		param_value(ctx, &p);
	emit_field(ctx->e, "index");
	emit_uint(ctx->e, p.index);
	param_pad(ctx, &p);
	emit_struct_end(ctx->e);
	return true;
}

static int param_get(struct dctx *ctx, uint64_t arg)
{
	struct rtc_param p;

	if (!ctx->exiting) {
		if (!param_in(ctx, arg, false))
			return DEC_DONE;
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	emit_join(ctx->e, " => ");
	if (dec_failed(ctx)) {
		dec_ptr(ctx, arg);
		return DEC_DONE;
	}
	if (!dec_fetch(ctx, arg, &p, sizeof(p)))
		return DEC_DONE;
	emit_struct_begin(ctx->e);
	param_value(ctx, &p);
	param_pad(ctx, &p);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

int ioc_rtc(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_RTC_ALM_READ:
	case IO_RTC_RD_TIME:
		return ioc_out(ctx, arg, rtc_time);
	case IO_RTC_ALM_SET:
	case IO_RTC_SET_TIME:
		rtc_time(ctx, arg);
		return DEC_DONE;
	case IO_RTC_WKALM_RD:
		return ioc_out(ctx, arg, wkalrm);
	case IO_RTC_WKALM_SET:
		wkalrm(ctx, arg);
		return DEC_DONE;
	case IO_RTC_PLL_GET:
		return ioc_out(ctx, arg, pll_info);
	case IO_RTC_PLL_SET:
		pll_info(ctx, arg);
		return DEC_DONE;
	case IO_RTC_VL_READ:
		return ioc_out(ctx, arg, vl_flags);
	case IO_RTC_PARAM_GET:
		return param_get(ctx, arg);
	case IO_RTC_PARAM_SET:
		param_in(ctx, arg, true);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
