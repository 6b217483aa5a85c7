/* ioctl_gpio2: GPIO character device requests of the v2 ABI (type 0xb4,
 * <linux/gpio.h>): line info (and watch), line requests, line config and
 * line values, as strace 6.1 shows them: the request at entry, " => "
 * and what the kernel filled in after a success.  The first ABI is in
 * ioctl_gpio.c. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <linux/gpio.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

#define F IOC_F
#define END IOC_END
#define LINE_FLAGS                                                             \
	.t = &ct_f_ioctl_gpio_v2_flags, .dflt = "GPIO_V2_LINE_FLAG_???"

/* An attribute by its id: {flags=...}, {values=0x...} or
 * {debounce_period_us=N} */
static void attr_body(struct dctx *ctx, const struct gpio_v2_line_attribute *a)
{
	struct emitter *e = ctx->e;

	switch (a->id) {
	case GPIO_V2_LINE_ATTR_ID_FLAGS:
		emit_field(e, "flags");
		if (a->flags)
			fdec_flags_dflt(ctx, &ct_f_ioctl_gpio_v2_flags,
					a->flags, "GPIO_V2_LINE_FLAG_???");
		else
			emit_uint(e, 0);
		break;
	case GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES:
		emit_field(e, "values");
		emit_hex(e, a->values);
		break;
	case GPIO_V2_LINE_ATTR_ID_DEBOUNCE:
		emit_field(e, "debounce_period_us");
		emit_uint(e, a->debounce_period_us);
		break;
	default:
		emit_field(e, "id");
		emit_uint(e, a->id);
		emit_field(e, "data");
		emit_hex(e, a->values);
		break;
	}
}

static void attrs(struct dctx *ctx, const uint8_t *p, uint32_t n,
		  bool with_mask)
{
	n = n < GPIO_V2_LINE_NUM_ATTRS_MAX ? n : GPIO_V2_LINE_NUM_ATTRS_MAX;
	emit_array_begin(ctx->e);
	for (uint32_t i = 0; i < n; i++) {
		struct gpio_v2_line_config_attribute c;
		struct gpio_v2_line_attribute a;

		emit_struct_begin(ctx->e);
		if (with_mask) {
			memcpy(&c, p + i * sizeof(c), sizeof(c));
			attr_body(ctx, &c.attr);
			emit_field(ctx->e, "mask");
			emit_hex(ctx->e, c.mask);
		} else {
			memcpy(&a, p + i * sizeof(a), sizeof(a));
			attr_body(ctx, &a);
		}
		emit_struct_end(ctx->e);
	}
	emit_array_end(ctx->e);
}

static void info_attrs(struct dctx *ctx, const uint8_t *p)
{
	const struct gpio_v2_line_info *l =
		(const void *)(p - offsetof(struct gpio_v2_line_info, attrs));

	attrs(ctx, p, l->num_attrs, false);
}

static void config_attrs(struct dctx *ctx, const uint8_t *p)
{
	const struct gpio_v2_line_config *c =
		(const void *)(p - offsetof(struct gpio_v2_line_config, attrs));

	attrs(ctx, p, c->num_attrs, true);
}

static void offsets(struct dctx *ctx, const uint8_t *p)
{
	const struct gpio_v2_line_request *r =
		(const void *)(p -
			       offsetof(struct gpio_v2_line_request, offsets));
	uint32_t n = r->num_lines < GPIO_V2_LINES_MAX ? r->num_lines
						      : GPIO_V2_LINES_MAX;

	emit_array_begin(ctx->e);
	for (uint32_t i = 0; i < n; i++)
		emit_uint(ctx->e, r->offsets[i]);
	emit_array_end(ctx->e);
}

/* strace leaves attrs out when there are none */
static bool info_has_attrs(const struct dctx *ctx, const void *b)
{
	return ((const struct gpio_v2_line_info *)b)->num_attrs != 0;
}
static bool config_has_attrs(const struct dctx *ctx, const void *b)
{
	return ((const struct gpio_v2_line_config *)b)->num_attrs != 0;
}

#define LI struct gpio_v2_line_info
static const struct ioc_field info_in[] = {
	F(LI, offset, IOCF_UDEC),
	END,
};
static const struct ioc_field info_out[] = {
	F(LI, name, IOCF_CSTR, .len = sizeof(((LI *)0)->name)),
	F(LI, consumer, IOCF_CSTR, .len = sizeof(((LI *)0)->consumer)),
	F(LI, flags, IOCF_FLAGS, LINE_FLAGS),
	F(LI, num_attrs, IOCF_UDEC),
	F(LI, attrs, IOCF_FN, .fn = info_attrs, .shown = info_has_attrs),
	END,
};
#undef LI

#define LC struct gpio_v2_line_config
static const struct ioc_field config[] = {
	F(LC, flags, IOCF_FLAGS, LINE_FLAGS),
	F(LC, num_attrs, IOCF_UDEC),
	F(LC, attrs, IOCF_FN, .fn = config_attrs, .shown = config_has_attrs),
	END,
};
#undef LC

#define LR struct gpio_v2_line_request
static const struct ioc_field request_in[] = {
	F(LR, num_lines, IOCF_UDEC),
	F(LR, offsets, IOCF_FN, .fn = offsets),
	F(LR, consumer, IOCF_CSTR, .len = sizeof(((LR *)0)->consumer)),
	F(LR, config, IOCF_STRUCT, .sub = config),
	F(LR, event_buffer_size, IOCF_UDEC),
	END,
};
static const struct ioc_field request_out[] = {
	F(LR, fd, IOCF_FD),
	END,
};
#undef LR

#define LV struct gpio_v2_line_values
static const struct ioc_field values_mask[] = {
	F(LV, mask, IOCF_HEX),
	END,
};
static const struct ioc_field values_bits[] = {
	F(LV, bits, IOCF_HEX),
	END,
};
static const struct ioc_field values_both[] = {
	F(LV, bits, IOCF_HEX),
	F(LV, mask, IOCF_HEX),
	END,
};
#undef LV

/* in at entry; after a success " => " and out */
static int in_out(struct dctx *ctx, uint64_t arg, size_t size,
		  const struct ioc_field *in, const struct ioc_field *out)
{
	union {
		struct gpio_v2_line_info info;
		struct gpio_v2_line_request req;
		struct gpio_v2_line_values values;
	} b;

	return ioc_in_then_out(ctx, arg, &b, size, in, out);
}

int ioc_gpio2(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case GPIO_V2_GET_LINEINFO_IOCTL:
	case GPIO_V2_GET_LINEINFO_WATCH_IOCTL:
		return in_out(ctx, arg, sizeof(struct gpio_v2_line_info),
			      info_in, info_out);
	case GPIO_V2_GET_LINE_IOCTL:
		return in_out(ctx, arg, sizeof(struct gpio_v2_line_request),
			      request_in, request_out);
	case GPIO_V2_LINE_SET_CONFIG_IOCTL:
		return in_out(ctx, arg, sizeof(struct gpio_v2_line_config),
			      config, NULL);
	case GPIO_V2_LINE_GET_VALUES_IOCTL:
		return in_out(ctx, arg, sizeof(struct gpio_v2_line_values),
			      values_mask, values_bits);
	case GPIO_V2_LINE_SET_VALUES_IOCTL:
		return in_out(ctx, arg, sizeof(struct gpio_v2_line_values),
			      values_both, NULL);
	}
	return IOC_GENERIC;
}
