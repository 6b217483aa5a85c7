/* ioctl_evdev: input device requests (type 'E', <linux/input.h>): device
 * id, autorepeat, keycodes, axis info, multi-touch slots, the names and
 * the bitsets (EVIOCGBIT, EVIOCGKEY ...), whose length is what the call
 * returned.  Force feedback, masks and keycode_v2 are left generic. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum {
	IO_EVIOCGID = 0x80084502,
	IO_EVIOCGREP = 0x80084503,
	IO_EVIOCSREP = 0x40084503,
	IO_EVIOCGKEYCODE = 0x80084504,
	IO_EVIOCSKEYCODE = 0x40084504,
};

enum { DIR_W = 1, DIR_R = 2 };
/* strace shows four bits of a set unless -v */
#define BITS_ABBREV 4

/* The names of a bitset's bits and how many bits it has (the type's
 * _MAX: strace shows the bits below it). */
struct bitset {
	const struct const_table *t;
	unsigned int max;
	const char *dflt;
};

static const struct bitset ev_bits = {&ct_f_ioctl_ev_ev_bits, 0x1f, "EV_???"};
static const struct bitset key_bits = {&ct_f_ioctl_ev_keys, 0x2ff, "KEY_???"};
static const struct bitset led_bits = {&ct_f_ioctl_ev_leds, 0xf, "LED_???"};
static const struct bitset snd_bits = {&ct_f_ioctl_ev_snd, 0x7, "SND_???"};
static const struct bitset sw_bits = {&ct_f_ioctl_ev_sw, 0x10, "SW_???"};
static const struct bitset prop_bits = {&ct_f_ioctl_ev_props, 0x1f,
					"INPUT_PROP_???"};

/* EVIOCGBIT(type, len) by event type */
static const struct bitset *type_bits(unsigned int type)
{
	static const struct bitset rel = {&ct_f_ioctl_ev_rel, 0xf, "REL_???"};
	static const struct bitset abs = {&ct_f_ioctl_ev_abs, 0x3f, "ABS_???"};
	static const struct bitset msc = {&ct_f_ioctl_ev_msc, 0x7, "MSC_???"};
	static const struct bitset rep = {&ct_f_ioctl_ev_rep, 0x1, "REP_???"};
	static const struct bitset ff = {&ct_f_ioctl_ev_ff, 0x7f, "FF_???"};

	switch (type) {
	case 0x00:
		return &ev_bits;
	case 0x01:
		return &key_bits;
	case 0x02:
		return &rel;
	case 0x03:
		return &abs;
	case 0x04:
		return &msc;
	case 0x05:
		return &sw_bits;
	case 0x11:
		return &led_bits;
	case 0x12:
		return &snd_bits;
	case 0x14:
		return &rep;
	case 0x15:
		return &ff;
	}
	return NULL;
}

/* -X verbose: the longs after the names, "[0x5, 0]" */
static void words_comment(struct dctx *ctx, const uint64_t *map,
			  unsigned int words)
{
	char text[4 + 22 * (0x2ff + 63) / 64];
	size_t len = 0;

	text[len++] = '[';
	for (unsigned int i = 0; i < words; i++)
		len += (size_t)snprintf(text + len, sizeof(text) - len,
					map[i] ? "%s%#llx" : "%s%llu",
					i ? ", " : "",
					(unsigned long long)map[i]);
	snprintf(text + len, sizeof(text) - len, "]");
	emit_comment(ctx->e, text);
}

/* The set the call returned (as many bytes as its return value, read in
 * whole longs): its members' names, under -X raw the longs. */
static void bitset_show(struct dctx *ctx, const struct bitset *b, uint64_t arg)
{
	uint64_t map[(0x2ff + 63) / 64];
	uint64_t len = (uint64_t)ctx->call->rval;
	unsigned int nbits, words, shown = 0;
	struct emitter *e = ctx->e;

	if (!len) {
		dec_ptr(ctx, arg); /* nothing came back */
		return;
	}
	if (len > (b->max + 7) / 8)
		len = (b->max + 7) / 8;
	words = (unsigned int)(len + 7) / 8;
	if (!dec_fetch(ctx, arg, map, words * 8))
		return;
	emit_array_begin(e);
	if (e->style->xlat == 1) {
		for (unsigned int i = 0; i < words; i++)
			emit_hex(e, map[i]);
		emit_array_end(e);
		return;
	}
	nbits = len * 8 < b->max ? (unsigned int)len * 8 : b->max;
	for (unsigned int i = 0; i < nbits; i++) {
		if (!(map[i / 64] & (1ull << (i % 64))))
			continue;
		/* strace separates a set's members with spaces */
		if (shown)
			emit_join(e, " ");
		if (!ctx->opt->verbose && shown == BITS_ABBREV) {
			emit_more(e);
			break;
		}
		fdec_enum_dflt(ctx, b->t, i, b->dflt);
		shown++;
	}
	emit_array_end(e);
	if (e->style->xlat == 2)
		words_comment(ctx, map, words);
}

/* ---- the output of a request, by its code ---- */

static void input_id(struct dctx *ctx, uint64_t arg)
{
	static const char *const names[] = {
		"bustype",
		"vendor",
		"product",
		"version",
	};
	uint16_t id[4];

	if (!dec_fetch(ctx, arg, id, sizeof(id)))
		return;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < 4; i++) {
		emit_field(ctx->e, names[i]);
		emit_uint(ctx->e, id[i]);
	}
	emit_struct_end(ctx->e);
}

/* [delay, period] or [scancode, keycode] */
static void pair(struct dctx *ctx, uint64_t arg, bool keycode)
{
	uint32_t v[2];

	if (!dec_fetch(ctx, arg, v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	emit_uint(ctx->e, v[0]);
	if (keycode)
		fdec_enum_dflt(ctx, &ct_f_ioctl_ev_keys, v[1], "KEY_???");
	else
		emit_uint(ctx->e, v[1]);
	emit_array_end(ctx->e);
}

static void absinfo(struct dctx *ctx, uint64_t arg)
{
	static const char *const names[] = {
		"value", "minimum", "maximum", "fuzz", "flat", "resolution",
	};
	uint32_t a[6];
	size_t n = ctx->opt->verbose ? 6 : 2;

	if (!dec_fetch(ctx, arg, a, sizeof(a)))
		return;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		emit_field(ctx->e, names[i]);
		emit_uint(ctx->e, a[i]);
	}
	if (n < 6)
		emit_more(ctx->e);
	emit_struct_end(ctx->e);
}

static bool int_elem(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	int32_t v;

	(void)data;
	memcpy(&v, elem, size);
	emit_int(ctx->e, v);
	return true;
}

/* struct input_mt_request_layout of len bytes: code, then the values */
static void mt_slots(struct dctx *ctx, uint64_t arg)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1), len = ioc_size(code);
	uint32_t mt;

	if (len < sizeof(mt)) {
		dec_ptr(ctx, arg);
		return;
	}
	if (!dec_fetch(ctx, arg, &mt, sizeof(mt)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "code");
	fdec_enum_dflt(ctx, &ct_f_ioctl_ev_mtslots, mt, "ABS_MT_???");
	emit_field(ctx->e, "values");
	ndec_array(ctx, arg + 4, len / 4 - 1, 4, int_elem, NULL);
	emit_struct_end(ctx->e);
}

static void name_str(struct dctx *ctx, uint64_t arg)
{
	dec_buf(ctx, arg, (uint64_t)ctx->call->rval);
}

static const struct bitset *fixed_bits(uint32_t nr)
{
	switch (nr) {
	case 0x09:
		return &prop_bits;
	case 0x18:
		return &key_bits;
	case 0x19:
		return &led_bits;
	case 0x1a:
		return &snd_bits;
	case 0x1b:
		return &sw_bits;
	}
	return NULL;
}

/* What the kernel filled in for a read request, NULL if not decoded. */
static void (*out_fn(uint32_t code))(struct dctx *, uint64_t)
{
	uint32_t nr = ioc_nr(code);

	switch (code) {
	case IO_EVIOCGID:
		return input_id;
	}
	if (ioc_dir(code) != DIR_R)
		return NULL;
	if (nr >= 0x06 && nr <= 0x08)
		return name_str;
	if (nr == 0x0a)
		return mt_slots;
	if (nr >= 0x40 && nr < 0x80)
		return absinfo;
	return NULL;
}

static void bits_out(struct dctx *ctx, uint64_t arg)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1), nr = ioc_nr(code);
	const struct bitset *b =
		nr >= 0x20 && nr < 0x40 ? type_bits(nr - 0x20) : fixed_bits(nr);

	bitset_show(ctx, b, arg);
}

static void rep_out(struct dctx *ctx, uint64_t arg)
{
	pair(ctx, arg, false);
}

static void keycode_out(struct dctx *ctx, uint64_t arg)
{
	pair(ctx, arg, true);
}

int ioc_evdev(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	uint32_t nr = ioc_nr(code), dir = ioc_dir(code);
	void (*fn)(struct dctx *, uint64_t);

	switch (code) {
	case IO_EVIOCGREP:
		return ioc_out(ctx, arg, rep_out);
	case IO_EVIOCSREP:
		pair(ctx, arg, false);
		return DEC_DONE;
	case IO_EVIOCGKEYCODE:
		return ioc_out(ctx, arg, keycode_out);
	case IO_EVIOCSKEYCODE:
		pair(ctx, arg, true);
		return DEC_DONE;
	}
	if (dir == DIR_W && nr >= 0xc0) {
		absinfo(ctx, arg); /* EVIOCSABS */
		return DEC_DONE;
	}
	if (dir == DIR_R &&
	    ((nr >= 0x20 && nr < 0x40 && type_bits(nr - 0x20)) ||
	     fixed_bits(nr)))
		return ioc_out(ctx, arg, bits_out);
	fn = out_fn(code);
	if (fn)
		return ioc_out(ctx, arg, fn);
	return IOC_GENERIC;
}
