/* ioctl_fields: struct argument printing from a field table.  A family
 * describes a struct as a list of fields (name, offset, size, how it
 * shows) and ioc_fields() emits it from a copy already fetched, so the
 * families do not repeat emit_field/emit_* sequences. */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

static uint64_t field_uval(const uint8_t *p, unsigned int size)
{
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;

	switch (size) {
	case 1:
		memcpy(&u8, p, 1);
		return u8;
	case 2:
		memcpy(&u16, p, 2);
		return u16;
	case 4:
		memcpy(&u32, p, 4);
		return u32;
	default:
		memcpy(&u64, p, 8);
		return u64;
	}
}

static int64_t field_sval(const uint8_t *p, unsigned int size)
{
	uint64_t v = field_uval(p, size);

	if (size == 1)
		return (int8_t)v;
	if (size == 2)
		return (int16_t)v;
	if (size == 4)
		return (int32_t)v;
	return (int64_t)v;
}

/* A number with a few names: the name, or the number in decimal (under
 * -X verbose with the name as a comment). */
static void named_udec(struct dctx *ctx, const struct const_table *t,
		       uint64_t v)
{
	const char *name = consts_name(t, v);
	struct emitter *e = ctx->e;

	if (name && e->style->xlat == 0) {
		emit_sym(e, name);
		return;
	}
	emit_uint(e, v);
	if (name && e->style->xlat == 2)
		emit_comment(e, name);
}

/* 16 bytes as 01234567-89ab-cdef-0123-456789abcdef */
static void uuid(struct dctx *ctx, const uint8_t *u)
{
	char text[40];
	size_t len = 0;

	for (int i = 0; i < 16; i++)
		len += (size_t)snprintf(
			text + len, sizeof(text) - len, "%s%02x",
			(i == 4 || i == 6 || i == 8 || i == 10) ? "-" : "",
			u[i]);
	emit_sym(ctx->e, text);
}

/* the comment is shown under -X raw too */
static void permille(struct dctx *ctx, uint64_t v)
{
	char text[48];

	emit_uint(ctx->e, v);
	snprintf(text, sizeof(text), "%llu.%llu%%",
		 (unsigned long long)(v / 10), (unsigned long long)(v % 10));
	emit_comment(ctx->e, text);
}

static void field_value(struct dctx *ctx, const uint8_t *base,
			const struct ioc_field *f)
{
	const uint8_t *p = base + f->off;
	uint64_t v = f->size <= 8 ? field_uval(p, f->size) : 0;
	struct emitter *e = ctx->e;

	switch (f->kind) {
	case IOCF_UDEC:
		emit_uint(e, v);
		break;
	case IOCF_IDEC:
		emit_int(e, field_sval(p, f->size));
		break;
	case IOCF_HEX:
		emit_hex(e, v);
		break;
	case IOCF_HEXD:
		emit_hex(e, v);
		if (v && e->style->xlat != 1)
			emit_comment(e, f->dflt);
		break;
	case IOCF_NAMED:
		named_udec(ctx, f->t, v);
		break;
	case IOCF_ENUM:
		fdec_enum_dflt(ctx, f->t, v, f->dflt);
		break;
	case IOCF_FLAGS:
		if (v)
			fdec_flags_dflt(ctx, f->t, v, f->dflt);
		else
			emit_uint(e, 0);
		break;
	case IOCF_DEV:
		fdec_dev(ctx, v);
		break;
	case IOCF_FD:
		dec_fd(ctx, (uint64_t)field_sval(p, f->size));
		break;
	case IOCF_PTR:
		emit_addr(e, v);
		break;
	case IOCF_CSTR:
		ioc_cstr(ctx, (const char *)p, f->len);
		break;
	case IOCF_UUID:
		uuid(ctx, p);
		break;
	case IOCF_STRUCT:
		ioc_fields(ctx, p, f->sub);
		break;
	case IOCF_ARRAY:
		emit_array_begin(e);
		for (unsigned int i = 0; i < f->len; i++)
			field_value(ctx, p + i * f->size, f->sub);
		emit_array_end(e);
		break;
	case IOCF_SECS:
		emit_uint(e, v);
		fdec_time_comment(ctx, (int64_t)v, 0);
		break;
	case IOCF_PERMILLE:
		permille(ctx, v);
		break;
	case IOCF_MORE:
		emit_more(e);
		break;
	case IOCF_FN:
		f->fn(ctx, p);
		break;
	case IOCF_TIME:
		ioc_fields(ctx, p, f->sub);
		fdec_time_comment(
			ctx, field_sval(p + f->sub[0].off, f->sub[0].size),
			field_uval(p + f->sub[1].off, f->sub[1].size));
		break;
	}
}

void ioc_fields(struct dctx *ctx, const void *buf, const struct ioc_field *f)
{
	emit_struct_begin(ctx->e);
	ioc_field_list(ctx, buf, f);
	emit_struct_end(ctx->e);
}

void ioc_field_value(struct dctx *ctx, const void *buf,
		     const struct ioc_field *f)
{
	field_value(ctx, buf, f);
}

void ioc_field_list(struct dctx *ctx, const void *buf,
		    const struct ioc_field *f)
{
	for (; f->name; f++) {
		if (f->shown && !f->shown(ctx, buf))
			continue;
		if (f->kind != IOCF_MORE)
			emit_field(ctx->e, f->name);
		field_value(ctx, buf, f);
	}
}

bool ioc_fetch_fields(struct dctx *ctx, uint64_t addr, void *buf, size_t size,
		      const struct ioc_field *f)
{
	if (!dec_fetch(ctx, addr, buf, size))
		return false;
	ioc_fields(ctx, buf, f);
	return true;
}

int ioc_in_then_out(struct dctx *ctx, uint64_t arg, void *buf, size_t size,
		    const struct ioc_field *in, const struct ioc_field *out)
{
	if (!ctx->exiting) {
		if (!ioc_fetch_fields(ctx, arg, buf, size, in) || !out)
			return DEC_DONE;
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) || tmem_read(ctx->call->tid, arg, buf, size))
		return DEC_DONE;
	emit_join(ctx->e, " => ");
	ioc_fields(ctx, buf, out);
	return DEC_DONE;
}
