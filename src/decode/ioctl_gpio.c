/* ioctl_gpio: GPIO character device requests of the first ABI (type
 * 0xb4, <linux/gpio.h>): chip and line info, line values and handle
 * config.  Line handle/event requests are left generic; the v2 ABI is
 * ioctl_gpio2.c. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum {
	IO_GPIO_GET_CHIPINFO = 0x8044b401,
	IO_GPIO_GET_LINEINFO = 0xc048b402,
	IO_GPIOHANDLE_GET_LINE_VALUES = 0xc040b408,
	IO_GPIOHANDLE_SET_LINE_VALUES = 0xc040b409,
	IO_GPIOHANDLE_SET_CONFIG = 0xc054b40a,
	IO_GPIO_GET_LINEINFO_WATCH = 0xc048b40b,
	IO_GPIO_GET_LINEINFO_UNWATCH = 0xc004b40c,
};

#define GPIO_NAME 32
#define GPIOHANDLES_MAX 64

static void flags_or_zero(struct dctx *ctx, const struct const_table *t,
			  uint32_t v, const char *dflt)
{
	if (v)
		fdec_flags_dflt(ctx, t, v, dflt);
	else
		emit_uint(ctx->e, 0);
}

static void chipinfo(struct dctx *ctx, uint64_t arg)
{
	struct {
		char name[GPIO_NAME], label[GPIO_NAME];
		uint32_t lines;
	} c;

	if (!dec_fetch(ctx, arg, &c, sizeof(c)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "name");
	ioc_cstr(ctx, c.name, sizeof(c.name));
	emit_field(ctx->e, "label");
	ioc_cstr(ctx, c.label, sizeof(c.label));
	emit_field(ctx->e, "lines");
	emit_uint(ctx->e, c.lines);
	emit_struct_end(ctx->e);
}

/* {line_offset} at entry, " => {flags, name, consumer}" after success */
static int lineinfo(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint32_t offset, flags;
		char name[GPIO_NAME], consumer[GPIO_NAME];
	} l;
	struct emitter *e = ctx->e;

	if (!ctx->exiting) {
		if (!dec_fetch(ctx, arg, &l, sizeof(l)))
			return DEC_DONE;
		emit_struct_begin(e);
		emit_field(e, "line_offset");
		emit_uint(e, l.offset);
		emit_struct_end(e);
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) || tmem_read(ctx->call->tid, arg, &l, sizeof(l)))
		return DEC_DONE;
	emit_join(e, " => ");
	emit_struct_begin(e);
	emit_field(e, "flags");
	flags_or_zero(ctx, &ct_f_ioctl_gpio_line_flags, l.flags,
		      "GPIOLINE_FLAG_???");
	emit_field(e, "name");
	ioc_cstr(ctx, l.name, sizeof(l.name));
	emit_field(e, "consumer");
	ioc_cstr(ctx, l.consumer, sizeof(l.consumer));
	emit_struct_end(e);
	return DEC_DONE;
}

static bool u8_elem(struct dctx *ctx, const void *elem, size_t size, void *data)
{
	(void)size;
	(void)data;
	emit_uint(ctx->e, *(const uint8_t *)elem);
	return true;
}

static void values_field(struct dctx *ctx, const char *name, uint64_t addr)
{
	emit_field(ctx->e, name);
	ndec_array(ctx, addr, GPIOHANDLES_MAX, 1, u8_elem, NULL);
}

static void line_values(struct dctx *ctx, uint64_t arg)
{
	uint8_t v[GPIOHANDLES_MAX];

	if (!dec_fetch(ctx, arg, v, sizeof(v)))
		return;
	emit_struct_begin(ctx->e);
	values_field(ctx, "values", arg);
	emit_struct_end(ctx->e);
}

static void handle_config(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint32_t flags;
		uint8_t values[GPIOHANDLES_MAX];
		uint32_t padding[4];
	} c;

	if (!dec_fetch(ctx, arg, &c, sizeof(c)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "flags");
	flags_or_zero(ctx, &ct_f_ioctl_gpio_handle_flags, c.flags,
		      "GPIOHANDLE_REQUEST_???");
	values_field(ctx, "default_values", arg + 4);
	emit_struct_end(ctx->e);
}

static void unwatch(struct dctx *ctx, uint64_t arg)
{
	uint32_t off;

	if (!dec_fetch(ctx, arg, &off, sizeof(off)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "offset");
	emit_uint(ctx->e, off);
	emit_struct_end(ctx->e);
}

int ioc_gpio(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_GPIO_GET_CHIPINFO:
		return ioc_out(ctx, arg, chipinfo);
	case IO_GPIO_GET_LINEINFO:
	case IO_GPIO_GET_LINEINFO_WATCH:
		return lineinfo(ctx, arg);
	case IO_GPIOHANDLE_GET_LINE_VALUES:
		return ioc_out(ctx, arg, line_values);
	case IO_GPIOHANDLE_SET_LINE_VALUES:
		line_values(ctx, arg);
		return DEC_DONE;
	case IO_GPIOHANDLE_SET_CONFIG:
		handle_config(ctx, arg);
		return DEC_DONE;
	case IO_GPIO_GET_LINEINFO_UNWATCH:
		unwatch(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
