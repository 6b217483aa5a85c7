/* ioctl_kdfont: the console font and map requests of type 'K'
 * (<linux/kd.h>) that strace 6.1 decodes as structs or buffers:
 * GIO/PIO_FONT and GIO/PIO_SCRNMAP (the bytes, in hex), GIO/PIO_FONTX
 * (struct consolefontdesc), PIO_UNIMAPCLR (struct unimapinit),
 * GIO/PIO_UNIMAP (struct unimapdesc and its pairs), GIO/PIO_UNISCRNMAP
 * (the 16-bit map).  The
 * keyboard and mode requests are ioctl_kd.c. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <linux/kd.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/ioctl.h"
#include "decode/net.h"
#include "tmem/tmem.h"

#define F IOC_F
#define END IOC_END

enum { FONT_SIZE = 32 * 256, SCRNMAP_SIZE = E_TABSZ };

#define FD struct consolefontdesc
static const struct ioc_field fontdesc[] = {
	F(FD, charcount, IOCF_UDEC),
	F(FD, charheight, IOCF_UDEC),
	F(FD, chardata, IOCF_PTR),
	END,
};
#undef FD

#define UI struct unimapinit
static const struct ioc_field unimapinit[] = {
	F(UI, advised_hashsize, IOCF_UDEC),
	F(UI, advised_hashstep, IOCF_UDEC),
	F(UI, advised_hashlevel, IOCF_UDEC),
	END,
};
#undef UI

static void font(struct dctx *ctx, uint64_t arg)
{
	dec_buf_hex(ctx, arg, FONT_SIZE);
}

static void scrnmap(struct dctx *ctx, uint64_t arg)
{
	dec_buf_hex(ctx, arg, SCRNMAP_SIZE);
}

static void show_fontdesc(struct dctx *ctx, uint64_t arg)
{
	struct consolefontdesc d;

	ioc_fetch_fields(ctx, arg, &d, sizeof(d), fontdesc);
}

static void show_unimapinit(struct dctx *ctx, uint64_t arg)
{
	struct unimapinit u;

	ioc_fetch_fields(ctx, arg, &u, sizeof(u), unimapinit);
}

/* GIO_FONTX: the request at entry, " => " and the font after a success */
static int gio_fontx(struct dctx *ctx, uint64_t arg)
{
	struct consolefontdesc d;

	return ioc_in_then_out(ctx, arg, &d, sizeof(d), fontdesc, fontdesc);
}

static bool pair_elem(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	const struct unipair *u = elem;

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "unicode");
	emit_hex(ctx->e, u->unicode);
	emit_field(ctx->e, "fontpos");
	emit_hex(ctx->e, u->fontpos);
	emit_struct_end(ctx->e);
	return true;
}

/* a map entry: UNI_DIRECT_BASE+0x12 for the font's direct range */
static bool u16_elem(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	uint16_t v = *(const uint16_t *)elem;
	char text[32];

	if ((v & ~UNI_DIRECT_MASK) != UNI_DIRECT_BASE) {
		emit_hex(ctx->e, v);
		return true;
	}
	snprintf(text, sizeof(text), (v & UNI_DIRECT_MASK) ? "%s+%#x" : "%s+%u",
		 "UNI_DIRECT_BASE", v & UNI_DIRECT_MASK);
	ioc_text_or_hex(ctx, v, text);
	return true;
}

static void uniscrnmap(struct dctx *ctx, uint64_t arg)
{
	ndec_array(ctx, arg, E_TABSZ, sizeof(uint16_t), u16_elem, NULL);
}

static void pio_unimap(struct dctx *ctx, uint64_t arg)
{
	struct unimapdesc u;

	if (!dec_fetch(ctx, arg, &u, sizeof(u)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "entry_ct");
	emit_uint(ctx->e, u.entry_ct);
	emit_field(ctx->e, "entries");
	ndec_array(ctx, (uintptr_t)u.entries, u.entry_ct,
		   sizeof(struct unipair), pair_elem, NULL);
	emit_struct_end(ctx->e);
}

/* GIO_UNIMAP: {entry_ct=N at entry; " => N" and the pairs at exit (their
 * address when the call failed), as strace shows it */
static int gio_unimap(struct dctx *ctx, uint64_t arg)
{
	struct unimapdesc u;

	if (!ctx->exiting) {
		if (!dec_fetch(ctx, arg, &u, sizeof(u)))
			return DEC_DONE;
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "entry_ct");
		emit_uint(ctx->e, u.entry_ct);
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (!tmem_read(ctx->call->tid, arg, &u, sizeof(u))) {
		emit_join(ctx->e, " => ");
		emit_uint(ctx->e, u.entry_ct);
		emit_field(ctx->e, "entries");
		if (dec_failed(ctx))
			emit_addr(ctx->e, (uintptr_t)u.entries);
		else
			ndec_array(ctx, (uintptr_t)u.entries, u.entry_ct,
				   sizeof(struct unipair), pair_elem, NULL);
	}
	emit_struct_end(ctx->e);
	return DEC_DONE;
}

int ioc_kdfont(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case GIO_FONTX:
	case PIO_FONTX:
	case GIO_UNIMAP:
	case PIO_UNIMAP:
		if (!ioc_native(ctx))
			return IOC_GENERIC; /* structs with a pointer */
	}
	switch (code) {
	case GIO_FONT:
		return ioc_out(ctx, arg, font);
	case PIO_FONT:
		return ioc_in(ctx, arg, font);
	case GIO_SCRNMAP:
		return ioc_out(ctx, arg, scrnmap);
	case PIO_SCRNMAP:
		return ioc_in(ctx, arg, scrnmap);
	case GIO_FONTX:
		return gio_fontx(ctx, arg);
	case PIO_FONTX:
		return ioc_in(ctx, arg, show_fontdesc);
	case GIO_UNIMAP:
		return gio_unimap(ctx, arg);
	case PIO_UNIMAP:
		return ioc_in(ctx, arg, pio_unimap);
	case GIO_UNISCRNMAP:
		return ioc_out(ctx, arg, uniscrnmap);
	case PIO_UNISCRNMAP:
		return ioc_in(ctx, arg, uniscrnmap);
	case PIO_UNIMAPCLR:
		return ioc_in(ctx, arg, show_unimapinit);
	}
	return IOC_GENERIC;
}
