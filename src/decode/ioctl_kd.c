/* ioctl_kd: console and keyboard requests (type 'K', <linux/kd.h>):
 * speaker tones, LEDs, console and keyboard modes passed by value or
 * by pointer.  Font, keymap and unimap structures are left generic. */
#include <stdio.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

enum {
	IO_KIOCSOUND = 0x4b2f,
	IO_KDMKTONE = 0x4b30,
	IO_KDGETLED = 0x4b31,
	IO_KDSETLED = 0x4b32,
	IO_KDGKBTYPE = 0x4b33,
	IO_KDSETMODE = 0x4b3a,
	IO_KDGETMODE = 0x4b3b,
	IO_KDGKBMODE = 0x4b44,
	IO_KDSKBMODE = 0x4b45,
	IO_KDSIGACCEPT = 0x4b4e,
	IO_KDGKBMETA = 0x4b62,
	IO_KDSKBMETA = 0x4b63,
	IO_KDGKBLED = 0x4b64,
	IO_KDSKBLED = 0x4b65,
};

/* The PIT clock the speaker divides (the kernel's PIT_TICK_RATE). */
#define PIT_HZ 1193182u

static void hz_comment(struct dctx *ctx, const char *text)
{
	if (ctx->e->style->xlat != 1)
		emit_comment(ctx->e, text);
}

static void sound(struct dctx *ctx, uint64_t arg)
{
	char text[32];
	uint64_t hz = arg ? PIT_HZ / arg : 0;

	emit_uint(ctx->e, arg);
	if (hz)
		snprintf(text, sizeof(text), "%llu Hz", (unsigned long long)hz);
	hz_comment(ctx, hz ? text : "off");
}

/* KDMKTONE: the period in the low half, the duration (ms) above it */
static void tone(struct dctx *ctx, uint32_t arg)
{
	uint32_t count = arg & 0xffff, ms = arg >> 16;
	char text[48];

	if (ms) {
		emit_uint(ctx->e, ms);
		emit_join(ctx->e, "<<");
		emit_uint(ctx->e, 16);
		emit_join(ctx->e, "|");
	}
	emit_uint(ctx->e, count);
	if (ms && count)
		snprintf(text, sizeof(text), "%u Hz, %u ms", PIT_HZ / count,
			 ms);
	hz_comment(ctx, ms && count ? text : "off");
}

/* A keyboard mode: decimal, "K_???" when unknown */
static void kb_mode(struct dctx *ctx, int v)
{
	if (consts_name(&ct_f_ioctl_kd_kbmodes, (uint64_t)v)) {
		emit_enum(ctx->e, &ct_f_ioctl_kd_kbmodes, (uint64_t)v,
			  EMIT_DEC);
		return;
	}
	emit_int(ctx->e, v);
	hz_comment(ctx, "K_???");
}

static void leds(struct dctx *ctx, const struct const_table *t, uint8_t v)
{
	if (v)
		fdec_flags_dflt(ctx, t, v, "LED_???");
	else
		emit_uint(ctx->e, 0);
}

/* The int or byte the kernel stored at arg, by request. */
static void kd_out(struct dctx *ctx, uint64_t arg)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1);
	uint32_t v = 0;
	size_t size = code == IO_KDGETLED || code == IO_KDGKBTYPE ||
				      code == IO_KDGKBLED
			      ? 1
			      : 4;

	if (!dec_fetch(ctx, arg, &v, size))
		return;
	emit_array_begin(ctx->e);
	switch (code) {
	case IO_KDGETLED:
		leds(ctx, &ct_f_ioctl_kd_leds, (uint8_t)v);
		break;
	case IO_KDGKBLED:
		leds(ctx, &ct_f_ioctl_kd_kbleds, (uint8_t)v);
		break;
	case IO_KDGKBTYPE:
		fdec_enum_dflt(ctx, &ct_f_ioctl_kd_kbtypes, v, "KB_???");
		break;
	case IO_KDGETMODE:
		fdec_enum_dflt(ctx, &ct_f_ioctl_kd_modes, v, "KD_???");
		break;
	case IO_KDGKBMODE:
		kb_mode(ctx, (int32_t)v);
		break;
	case IO_KDGKBMETA:
		fdec_enum_dflt(ctx, &ct_f_ioctl_kd_kbmeta, v, "K_???");
		break;
	}
	emit_array_end(ctx->e);
}

int ioc_kd(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_KIOCSOUND:
		sound(ctx, arg);
		break;
	case IO_KDMKTONE:
		tone(ctx, (uint32_t)arg);
		break;
	case IO_KDSETLED:
		leds(ctx, &ct_f_ioctl_kd_leds, (uint8_t)arg);
		break;
	case IO_KDSKBLED:
		leds(ctx, &ct_f_ioctl_kd_kbleds, (uint8_t)arg);
		break;
	case IO_KDSETMODE:
		fdec_enum_dflt(ctx, &ct_f_ioctl_kd_modes, (uint32_t)arg,
			       "KD_???");
		break;
	case IO_KDSKBMODE:
		kb_mode(ctx, (int)arg);
		break;
	case IO_KDSKBMETA:
		fdec_enum_dflt(ctx, &ct_f_ioctl_kd_kbmeta, (uint32_t)arg,
			       "K_???");
		break;
	case IO_KDSIGACCEPT:
		if (arg >= 1 && arg <= 64)
			dec_signo(ctx, arg);
		else
			emit_uint(ctx->e, arg);
		break;
	case IO_KDGETLED:
	case IO_KDGKBLED:
	case IO_KDGKBTYPE:
	case IO_KDGETMODE:
	case IO_KDGKBMODE:
	case IO_KDGKBMETA:
		return ioc_out(ctx, arg, kd_out);
	default:
		return IOC_GENERIC;
	}
	return DEC_DONE;
}
