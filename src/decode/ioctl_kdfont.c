/* ioctl_kdfont: the console font and map requests of type 'K'
 * (<linux/kd.h>) that strace 6.1 decodes as structs or buffers:
 * GIO/PIO_FONT and GIO/PIO_SCRNMAP (the bytes, in hex), GIO/PIO_FONTX
 * (struct consolefontdesc), PIO_UNIMAPCLR (struct unimapinit).  The
 * keyboard and mode requests are ioctl_kd.c. */
#include <stddef.h>
#include <stdint.h>

#include <linux/kd.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/ioctl.h"

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

int ioc_kdfont(struct dctx *ctx, uint32_t code, uint64_t arg)
{
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
	case PIO_UNIMAPCLR:
		return ioc_in(ctx, arg, show_unimapinit);
	}
	return IOC_GENERIC;
}
