/* ioctl_term: terminal requests (type 'T'): termios and winsize
 * structures, TCXONC/TCFLSH actions, ints passed by pointer; the rest
 * is left to the generic argument classes. */
#include <stdint.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

/* x86_64 request codes the decoder interprets */
enum {
	IO_TCGETS = 0x5401, IO_TCSETS = 0x5402, IO_TCSETSW = 0x5403,
	IO_TCSETSF = 0x5404, IO_TCSBRK = 0x5409, IO_TCXONC = 0x540a,
	IO_TCFLSH = 0x540b, IO_TIOCEXCL = 0x540c, IO_TIOCNXCL = 0x540d,
	IO_TIOCSCTTY = 0x540e, IO_TIOCGPGRP = 0x540f, IO_TIOCSPGRP = 0x5410,
	IO_TIOCOUTQ = 0x5411, IO_TIOCGWINSZ = 0x5413, IO_TIOCSWINSZ = 0x5414,
	IO_TIOCMGET = 0x5415, IO_TIOCMBIS = 0x5416, IO_TIOCMBIC = 0x5417,
	IO_TIOCMSET = 0x5418, IO_TIOCGSOFTCAR = 0x5419,
	IO_TIOCSSOFTCAR = 0x541a, IO_FIONREAD = 0x541b, IO_TIOCCONS = 0x541d,
	IO_TIOCSSERIAL = 0x541f, IO_TIOCPKT = 0x5420, IO_FIONBIO = 0x5421,
	IO_TIOCNOTTY = 0x5422, IO_TIOCSETD = 0x5423, IO_TIOCGETD = 0x5424,
	IO_TCSBRKP = 0x5425, IO_TIOCSBRK = 0x5427, IO_TIOCCBRK = 0x5428,
	IO_TIOCGSID = 0x5429, IO_TIOCVHANGUP = 0x5437, IO_FIONCLEX = 0x5450,
	IO_FIOCLEX = 0x5451, IO_FIOASYNC = 0x5452,
	IO_TIOCGLCKTRMIOS = 0x5456, IO_TIOCSLCKTRMIOS = 0x5457,
	IO_TIOCGPTN = 0x80045430, IO_TIOCSPTLCK = 0x40045431,
	IO_TIOCGEXCL = 0x80045440,
};

/* ---- terminal structures ---- */

/* strace prints a zero flags word as nothing at all */
static void tio_flags(struct dctx *ctx, const struct const_table *t,
		      uint32_t v)
{
	if (v)
		emit_flags(ctx->e, t, v, EMIT_HEX);
	else
		emit_sym(ctx->e, "");
}

static void tio_field(struct dctx *ctx, const struct const_table *t,
		      uint32_t v)
{
	emit_enum(ctx->e, t, v, EMIT_HEX);
	emit_join(ctx->e, "|");
}

static const char *const cc_names[] = {
	"[VINTR]", "[VQUIT]", "[VERASE]", "[VKILL]", "[VEOF]", "[VTIME]",
	"[VMIN]", "[VSWTC]", "[VSTART]", "[VSTOP]", "[VSUSP]", "[VEOL]",
	"[VREPRINT]", "[VDISCARD]", "[VWERASE]", "[VLNEXT]", "[VEOL2]",
	"[17]", "[18]",
};

static void termios_struct(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint32_t iflag, oflag, cflag, lflag;
		uint8_t line;
		uint8_t cc[19];
	} t;
	struct emitter *e = ctx->e;
	uint32_t ibaud;

	if (!dec_fetch(ctx, addr, &t, sizeof(t)))
		return;
	emit_struct_begin(e);
	emit_field(e, "c_iflag");
	tio_flags(ctx, &ct_f_tio_iflag, t.iflag);
	emit_field(e, "c_oflag");
	tio_field(ctx, &ct_f_tio_nldly, t.oflag & 0000400);
	tio_field(ctx, &ct_f_tio_crdly, t.oflag & 0003000);
	tio_field(ctx, &ct_f_tio_tabdly, t.oflag & 0014000);
	tio_field(ctx, &ct_f_tio_bsdly, t.oflag & 0020000);
	tio_field(ctx, &ct_f_tio_vtdly, t.oflag & 0040000);
	tio_field(ctx, &ct_f_tio_ffdly, t.oflag & 0100000);
	tio_flags(ctx, &ct_f_tio_oflag, t.oflag & ~0177400u);
	emit_field(e, "c_cflag");
	tio_field(ctx, &ct_f_tio_baud, t.cflag & 0010017);
	ibaud = (t.cflag >> 16) & 0010017;
	if (ibaud) {
		emit_enum(e, &ct_f_tio_baud, ibaud, EMIT_HEX);
		emit_join(e, "<<");
		emit_enum(e, &ct_f_tio_ibshift, 16, EMIT_HEX);
		emit_join(e, "|");
	}
	tio_field(ctx, &ct_f_tio_csize, t.cflag & 0000060);
	tio_flags(ctx, &ct_f_tio_cflag, t.cflag & ~(0010077u | (0010017u << 16)));
	emit_field(e, "c_lflag");
	tio_flags(ctx, &ct_f_tio_lflag, t.lflag);
	if (!ctx->opt->verbose) {
		emit_more(e);
		emit_struct_end(e);
		return;
	}
	emit_field(e, "c_line");
	fdec_enum_dflt(ctx, &ct_f_tio_line, t.line, "N_???");
	emit_field(e, "c_cc");
	emit_array_begin(e);
	for (size_t i = 0; i < sizeof(t.cc); i++) {
		emit_field(e, cc_names[i]);
		emit_hex(e, t.cc[i]);
	}
	emit_array_end(e);
	emit_struct_end(e);
}

static void winsize_struct(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint16_t row, col, xpixel, ypixel;
	} w;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, addr, &w, sizeof(w)))
		return;
	emit_struct_begin(e);
	emit_field(e, "ws_row");
	emit_uint(e, w.row);
	emit_field(e, "ws_col");
	emit_uint(e, w.col);
	emit_field(e, "ws_xpixel");
	emit_uint(e, w.xpixel);
	emit_field(e, "ws_ypixel");
	emit_uint(e, w.ypixel);
	emit_struct_end(e);
}

static void int_at(struct dctx *ctx, uint64_t arg)
{
	dec_int_at(ctx, arg, NULL);
}

int ioc_term(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_TCGETS:
	case IO_TIOCGLCKTRMIOS:
		return ioc_out(ctx, arg, termios_struct);
	case IO_TIOCGWINSZ:
		return ioc_out(ctx, arg, winsize_struct);
	case IO_TIOCGPGRP: case IO_TIOCOUTQ: case IO_TIOCMGET:
	case IO_TIOCGSOFTCAR: case IO_FIONREAD: case IO_TIOCGETD:
	case IO_TIOCGSID: case IO_TIOCGPTN: case IO_TIOCGEXCL:
		return ioc_out(ctx, arg, int_at);
	case IO_TCSETS:
	case IO_TCSETSW:
	case IO_TCSETSF:
	case IO_TIOCSLCKTRMIOS:
		termios_struct(ctx, arg);
		return DEC_DONE;
	case IO_TIOCSWINSZ:
		winsize_struct(ctx, arg);
		return DEC_DONE;
	case IO_TIOCSPGRP: case IO_TIOCMBIS: case IO_TIOCMBIC:
	case IO_TIOCMSET: case IO_TIOCSSOFTCAR: case IO_TIOCPKT:
	case IO_FIONBIO: case IO_TIOCSETD: case IO_FIOASYNC:
	case IO_TIOCSPTLCK:
		dec_int_at(ctx, arg, NULL);
		return DEC_DONE;
	case IO_TCXONC:
		fdec_enum_dflt(ctx, &ct_f_tcxonc_args, arg, "TC???");
		return DEC_DONE;
	case IO_TCFLSH:
		fdec_enum_dflt(ctx, &ct_f_tcflsh_args, arg, "TC???");
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
