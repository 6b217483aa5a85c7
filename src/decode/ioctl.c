/* Decoder for ioctl(2): the request by name (strace's table names joined
 * with " or ", the size-carrying names of evdev, hid, mixer ... built from
 * the number, strace's _IOC(dir, type, nr, size) form otherwise), the
 * argument of requests no family decodes by its class, and the dispatch
 * to the family decoders (ioctl_*.c). */
#include <stdio.h>
#include <string.h>

#include "arch/arch.h"
#include "consts/consts.h"
#include "decode/common.h"
#include "decode/ioctl.h"

enum { DIR_NONE, DIR_W, DIR_R, DIR_RW };

/* ---- the request ---- */

/* Names built from the number: "EVIOCGNAME(64)", "MIXER_READ(5)".  The
 * text in buf, or false when the code has none. */
/* An unknown EV_/ABS_ value: hex, and under -X abbrev a comment. */
static void unknown_val(char *v, size_t size, uint32_t x, const char *dflt,
			bool comment)
{
	snprintf(v, size, comment ? "%#x /* %s */" : "%#x", x, dflt);
}

static bool evdev_name(uint32_t code, char *buf, size_t size, bool comment)
{
	uint32_t dir = ioc_dir(code), nr = ioc_nr(code), len = ioc_size(code);
	static const char *const lens[] = {
		[0x06] = "EVIOCGNAME",	  [0x07] = "EVIOCGPHYS",
		[0x08] = "EVIOCGUNIQ",	  [0x09] = "EVIOCGPROP",
		[0x0a] = "EVIOCGMTSLOTS", [0x18] = "EVIOCGKEY",
		[0x19] = "EVIOCGLED",	  [0x1a] = "EVIOCGSND",
		[0x1b] = "EVIOCGSW",
	};
	const char *abs;
	char v[32];

	if (dir == DIR_W && nr >= 0xc0) {
		abs = consts_name(&ct_f_ioctl_ev_abs, nr - 0xc0);
		if (!abs)
			unknown_val(v, sizeof(v), nr - 0xc0, "ABS_???",
				    comment);
		snprintf(buf, size, "EVIOCSABS(%s)", abs ? abs : v);
		return true;
	}
	if (dir != DIR_R)
		return false;
	if (nr < sizeof(lens) / sizeof(lens[0]) && lens[nr]) {
		snprintf(buf, size, "%s(%u)", lens[nr], len);
		return true;
	}
	if (nr >= 0x20 && nr < 0x40) {
		const char *ev = consts_name(&ct_f_ioctl_ev_types, nr - 0x20);
		if (!ev && nr == 0x20)
			ev = "0";
		if (!ev)
			unknown_val(v, sizeof(v), nr - 0x20, "EV_???", comment);
		snprintf(buf, size, "EVIOCGBIT(%s, %u)", ev ? ev : v, len);
		return true;
	}
	if (nr >= 0x40 && nr < 0x80) {
		abs = consts_name(&ct_f_ioctl_ev_abs, nr - 0x40);
		if (!abs)
			unknown_val(v, sizeof(v), nr - 0x40, "ABS_???",
				    comment);
		snprintf(buf, size, "EVIOCGABS(%s)", abs ? abs : v);
		return true;
	}
	return false;
}

/* Requests whose name carries the size: type, direction, nr, name. */
static const struct {
	uint8_t type, dir, nr;
	const char *name;
} len_names[] = {
	{'H', DIR_R, 0x04, "HIDIOCGRAWNAME"},
	{'H', DIR_R, 0x05, "HIDIOCGRAWPHYS"},
	{'H', DIR_R, 0x06, "HIDIOCSFEATURE"},
	{'H', DIR_R, 0x08, "HIDIOCGRAWUNIQ"},
	{'H', DIR_R, 0x12, "HIDIOCGPHYS"},
	{'H', DIR_RW, 0x06, "HIDIOCSFEATURE"},
	{'H', DIR_RW, 0x07, "HIDIOCGFEATURE"},
	{'U', DIR_R, 0x2c, "UI_GET_SYSNAME"},
	{'j', DIR_R, 0x13, "JSIOCGNAME"},
	{'k', DIR_W, 0x00, "SPI_IOC_MESSAGE"},
};

static bool built_name(uint32_t code, char *buf, size_t size, bool comment)
{
	uint32_t type = ioc_type(code), dir = ioc_dir(code);

	if (type == 'E')
		return evdev_name(code, buf, size, comment);
	if (type == 'M' && (dir == DIR_R || dir == DIR_W)) {
		snprintf(buf, size, "%s(%u)",
			 dir == DIR_R ? "MIXER_READ" : "MIXER_WRITE",
			 ioc_nr(code));
		return true;
	}
	for (size_t i = 0; i < sizeof(len_names) / sizeof(len_names[0]); i++) {
		if (len_names[i].type != type || len_names[i].dir != dir ||
		    len_names[i].nr != ioc_nr(code))
			continue;
		snprintf(buf, size, "%s(%u)", len_names[i].name,
			 ioc_size(code));
		return true;
	}
	return false;
}

/* All names of code, " or " between them, into buf; false if none. */
static bool request_names(uint32_t code, char *buf, size_t size, bool comment)
{
	const struct const_table *t = &ct_f_ioctl_cmds;
	size_t len;

	if (!built_name(code, buf, size, comment))
		buf[0] = '\0';
	len = strlen(buf);
	for (size_t i = 0; i < t->count; i++) {
		if (t->entries[i].value != code)
			continue;
		len += (size_t)snprintf(buf + len, len < size ? size - len : 0,
					"%s%s", len ? " or " : "",
					t->entries[i].name);
	}
	return buf[0] != '\0';
}

static void ioc_text(uint32_t code, char *buf, size_t size)
{
	static const char *const dirs[] = {
		"_IOC_NONE",
		"_IOC_WRITE",
		"_IOC_READ",
		"_IOC_READ|_IOC_WRITE",
	};
	char t1[16], t2[16], t3[16];

	snprintf(t1, sizeof(t1), ioc_type(code) ? "%#x" : "0", ioc_type(code));
	snprintf(t2, sizeof(t2), ioc_nr(code) ? "%#x" : "0", ioc_nr(code));
	snprintf(t3, sizeof(t3), ioc_size(code) ? "%#x" : "0", ioc_size(code));
	snprintf(buf, size, "_IOC(%s, %s, %s, %s)", dirs[ioc_dir(code)], t1, t2,
		 t3);
}

static void ioctl_request(struct dctx *ctx, uint32_t code)
{
	struct emitter *e = ctx->e;
	int xlat = e->style->xlat;
	char names[512];
	bool named = request_names(code, names, sizeof(names), xlat == 0);

	if (xlat == 1) {
		emit_hex(e, code);
		return;
	}
	if (xlat == 2) {
		if (!named)
			ioc_text(code, names, sizeof(names));
		emit_hex(e, code);
		emit_comment(e, names);
		return;
	}
	if (named) {
		emit_sym(e, names);
		return;
	}
	emit_call_begin(e, "_IOC");
	emit_flags(e, &ct_f_ioc_dir, ioc_dir(code), EMIT_HEX);
	emit_hex(e, ioc_type(code));
	emit_hex(e, ioc_nr(code));
	emit_hex(e, ioc_size(code));
	emit_call_end(e);
}

/* ---- the argument ---- */

int ioc_out(struct dctx *ctx, uint64_t arg,
	    void (*show)(struct dctx *ctx, uint64_t arg))
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, arg);
	else
		show(ctx, arg);
	return DEC_DONE;
}

bool ioc_native(const struct dctx *ctx)
{
	return arch_pers[ctx->call->pers].word_size == 8;
}

int ioc_in(struct dctx *ctx, uint64_t arg,
	   void (*show)(struct dctx *ctx, uint64_t arg))
{
	if (ctx->exiting)
		return IOC_GENERIC;
	show(ctx, arg);
	return DEC_DONE;
}

/* Requests passing one number by pointer: [N] read at entry (in) or,
 * once the call succeeded, at exit (out). */
static const struct {
	const struct const_table *t;
	bool out;
	uint8_t size;
	char fmt; /* d signed, u unsigned, x hex */
} scalars[] = {
	{&ct_f_ioctl_in_i32, false, 4, 'd'},
	{&ct_f_ioctl_in_u32, false, 4, 'u'},
	{&ct_f_ioctl_in_x32, false, 4, 'x'},
	{&ct_f_ioctl_in_i64, false, 8, 'd'},
	{&ct_f_ioctl_in_u64, false, 8, 'u'},
	{&ct_f_ioctl_in_x64, false, 8, 'x'},
	{&ct_f_ioctl_out_i32, true, 4, 'd'},
	{&ct_f_ioctl_out_u32, true, 4, 'u'},
	{&ct_f_ioctl_out_x32, true, 4, 'x'},
	{&ct_f_ioctl_out_i64, true, 8, 'd'},
	{&ct_f_ioctl_out_u64, true, 8, 'u'},
	{&ct_f_ioctl_out_x64, true, 8, 'x'},
	{&ct_f_ioctl_out_u16, true, 2, 'u'},
};

void ioc_scalar_at(struct dctx *ctx, uint64_t addr, size_t size, char fmt)
{
	union {
		uint16_t u16;
		uint32_t u32;
		uint64_t u64;
	} v;
	int64_t sv;
	uint64_t uv;

	if (!dec_fetch(ctx, addr, &v, size))
		return;
	uv = size == 2 ? v.u16 : size == 4 ? v.u32 : v.u64;
	sv = size == 2	 ? (int16_t)v.u16
	     : size == 4 ? (int32_t)v.u32
			 : (int64_t)v.u64;
	emit_array_begin(ctx->e);
	if (fmt == 'd')
		emit_int(ctx->e, sv);
	else if (fmt == 'u')
		emit_uint(ctx->e, uv);
	else
		emit_hex(ctx->e, uv);
	emit_array_end(ctx->e);
}

void ioc_bits(struct dctx *ctx, const struct const_table *t, uint64_t v,
	      const char *shift, const char *dflt)
{
	struct emitter *e = ctx->e;
	char text[512];
	size_t len = 0;
	uint64_t rest = v;

	text[0] = '\0';
	for (size_t i = 0; i < t->count; i++) {
		uint64_t bit = 1ull << t->entries[i].value;
		if (!(v & bit) || len >= sizeof(text))
			continue;
		rest &= ~bit;
		len += (size_t)snprintf(text + len, sizeof(text) - len,
					"%s%s%s", len ? "|" : "", shift,
					t->entries[i].name);
	}
	if (rest && len && len < sizeof(text))
		snprintf(text + len, sizeof(text) - len, "|%#llx",
			 (unsigned long long)rest);
	if (!len) {
		emit_hex(e, v);
		if (v && e->style->xlat != 1)
			emit_comment(e, dflt);
		return;
	}
	ioc_text_or_hex(ctx, v, text);
}

void ioc_text_or_hex(struct dctx *ctx, uint64_t v, const char *text)
{
	struct emitter *e = ctx->e;

	if (e->style->xlat == 0) {
		emit_sym(e, text);
		return;
	}
	emit_hex(e, v);
	if (e->style->xlat == 2)
		emit_comment(e, text);
}

void ioc_cstr(struct dctx *ctx, const char *buf, size_t size)
{
	size_t len = strnlen(buf, size);

	if (len == size)
		emit_str(ctx->e, buf, size - 1, EMIT_STR_TRUNCATED);
	else
		emit_str(ctx->e, buf, len, 0);
}

/* DEC_MORE/DEC_DONE for a scalar request, IOC_GENERIC for others. */
static int scalar_arg(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	for (size_t i = 0; i < sizeof(scalars) / sizeof(scalars[0]); i++) {
		if (!consts_name(scalars[i].t, code))
			continue;
		if (scalars[i].out && !ctx->exiting)
			return DEC_MORE;
		if (scalars[i].out && dec_failed(ctx))
			dec_ptr(ctx, arg);
		else
			ioc_scalar_at(ctx, arg, scalars[i].size,
				      scalars[i].fmt);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}

/* The argument of a request no family decodes, by strace's class of it. */
static void generic_arg(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	if (consts_name(&ct_f_ioctl_no_args, code))
		return;
	if (consts_name(&ct_f_ioctl_ptr_args, code))
		dec_ptr(ctx, arg);
	else if (consts_name(&ct_f_ioctl_int_args, code))
		dec_int(ctx, arg);
	else if (consts_name(&ct_f_ioctl_fd_args, code))
		dec_fd(ctx, (uint64_t)(int64_t)(int32_t)arg);
	else if (consts_name(&ct_f_ioctl_ulong_args, code))
		dec_ulong(ctx, arg);
	else if (ioc_type(code) == 'E' &&
		 (ioc_dir(code) == DIR_R || ioc_dir(code) == DIR_W))
		dec_ptr(ctx,
			arg); /* evdev takes every such code as a pointer */
	else
		dec_hex(ctx, arg);
}

/* The family decoder of each request type (the number's type byte), one
 * a line. */
/* clang-format off */
static const struct {
	uint8_t type;
	ioc_family_fn fn;
} families[] = {
	{ .type = 'T', .fn = ioc_term },
	{ .type = 'K', .fn = ioc_kd },
	{ .type = 'K', .fn = ioc_kdfont },
	{ .type = 'f', .fn = ioc_fs },
	{ .type = 'X', .fn = ioc_fs },
	{ .type = 0x94, .fn = ioc_fs },
	{ .type = 0x94, .fn = ioc_btrfs },
	{ .type = 0xfd, .fn = ioc_dm },
	{ .type = 'V', .fn = ioc_v4l2 },
	{ .type = 0xae, .fn = ioc_kvm },
	{ .type = 0x12, .fn = ioc_block },
	{ .type = 'L', .fn = ioc_loop },
	{ .type = '!', .fn = ioc_seccomp },
	{ .type = 'p', .fn = ioc_rtc },
	{ .type = '$', .fn = ioc_perf },
	{ .type = 'E', .fn = ioc_evdev },
	{ .type = 0x03, .fn = ioc_hdio },
	{ .type = 'i', .fn = ioc_hdio },
	{ .type = '=', .fn = ioc_ptp },
	{ .type = 0xb4, .fn = ioc_gpio },
	{ .type = 0xb4, .fn = ioc_gpio2 },
	{ .type = 0x22, .fn = ioc_scsi },
	{ .type = 'o', .fn = ioc_ubi },
	{ .type = 'O', .fn = ioc_ubi },
};
/* clang-format on */

static int family_decode(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	int r;

	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		if (families[i].type != ioc_type(code))
			continue;
		r = families[i].fn(ctx, code, arg);
		if (r != IOC_GENERIC)
			return r;
	}
	r = ioc_misc(ctx, code, arg);
	if (r != IOC_GENERIC)
		return r;
	r = scalar_arg(ctx, code, arg);
	if (r != IOC_GENERIC)
		return r;
	generic_arg(ctx, code, arg);
	return DEC_DONE;
}

static int dec_ioctl(struct dctx *ctx)
{
	uint32_t code = (uint32_t)dec_arg(ctx, 1);

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		ioctl_request(ctx, code);
	}
	return family_decode(ctx, code, dec_arg(ctx, 2));
}
DECODER(ioctl, dec_ioctl);
