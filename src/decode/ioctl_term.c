/* ioctl_term: terminal requests (type 'T'): termios and winsize
 * structures, TCXONC/TCFLSH actions, ints passed by pointer; the rest
 * is left to the generic argument classes. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

/* x86_64 request codes the decoder interprets */
enum {
	IO_TCGETS = 0x5401,
	IO_TCSETS = 0x5402,
	IO_TCSETSW = 0x5403,
	IO_TCSETSF = 0x5404,
	IO_TCSBRK = 0x5409,
	IO_TCXONC = 0x540a,
	IO_TCFLSH = 0x540b,
	IO_TIOCEXCL = 0x540c,
	IO_TIOCNXCL = 0x540d,
	IO_TIOCSCTTY = 0x540e,
	IO_TIOCGPGRP = 0x540f,
	IO_TIOCSPGRP = 0x5410,
	IO_TIOCOUTQ = 0x5411,
	IO_TIOCGWINSZ = 0x5413,
	IO_TIOCSWINSZ = 0x5414,
	IO_TIOCMGET = 0x5415,
	IO_TIOCMBIS = 0x5416,
	IO_TIOCMBIC = 0x5417,
	IO_TIOCMSET = 0x5418,
	IO_TIOCGSOFTCAR = 0x5419,
	IO_TIOCSSOFTCAR = 0x541a,
	IO_FIONREAD = 0x541b,
	IO_TIOCCONS = 0x541d,
	IO_TIOCSSERIAL = 0x541f,
	IO_TIOCPKT = 0x5420,
	IO_FIONBIO = 0x5421,
	IO_TIOCNOTTY = 0x5422,
	IO_TIOCSETD = 0x5423,
	IO_TIOCGETD = 0x5424,
	IO_TCSBRKP = 0x5425,
	IO_TIOCSBRK = 0x5427,
	IO_TIOCCBRK = 0x5428,
	IO_TIOCGSID = 0x5429,
	IO_TIOCVHANGUP = 0x5437,
	IO_FIONCLEX = 0x5450,
	IO_FIOCLEX = 0x5451,
	IO_FIOASYNC = 0x5452,
	IO_TIOCGLCKTRMIOS = 0x5456,
	IO_TIOCSLCKTRMIOS = 0x5457,
	IO_TIOCGPTN = 0x80045430,
	IO_TIOCSPTLCK = 0x40045431,
	IO_TIOCGEXCL = 0x80045440,
	IO_TCGETA = 0x5405,
	IO_TCSETA = 0x5406,
	IO_TCSETAW = 0x5407,
	IO_TCSETAF = 0x5408,
	IO_TIOCSTI = 0x5412,
	IO_TCGETS2 = 0x802c542a,
	IO_TCSETS2 = 0x402c542b,
	IO_TCSETSW2 = 0x402c542c,
	IO_TCSETSF2 = 0x402c542d,
};

/* ---- terminal structures ---- */

/* strace prints a zero flags word as nothing at all */
static void tio_flags(struct dctx *ctx, const struct const_table *t, uint32_t v)
{
	if (v)
		emit_flags(ctx->e, t, v, EMIT_HEX);
	else
		emit_sym(ctx->e, "");
}

static void tio_field(struct dctx *ctx, const struct const_table *t, uint32_t v)
{
	emit_enum(ctx->e, t, v, EMIT_HEX);
	emit_join(ctx->e, "|");
}

static const char *const cc_names[] = {
	"[VINTR]",  "[VQUIT]", "[VERASE]",   "[VKILL]",	   "[VEOF]",
	"[VTIME]",  "[VMIN]",  "[VSWTC]",    "[VSTART]",   "[VSTOP]",
	"[VSUSP]",  "[VEOL]",  "[VREPRINT]", "[VDISCARD]", "[VWERASE]",
	"[VLNEXT]", "[VEOL2]", "[17]",	     "[18]",
};

/* The terminal settings of struct termio, termios and termios2. */
struct tio {
	uint32_t iflag, oflag, cflag, lflag;
	uint8_t line;
	uint8_t cc[19];
	size_t ncc;  /* 8 in a termio, 19 otherwise */
	bool speeds; /* termios2: c_ispeed, c_ospeed */
	uint32_t ispeed, ospeed;
};

static void tio_show(struct dctx *ctx, const struct tio *t)
{
	struct emitter *e = ctx->e;
	uint32_t ibaud;

	emit_struct_begin(e);
	emit_field(e, "c_iflag");
	tio_flags(ctx, &ct_f_tio_iflag, t->iflag);
	emit_field(e, "c_oflag");
	tio_field(ctx, &ct_f_tio_nldly, t->oflag & 0000400);
	tio_field(ctx, &ct_f_tio_crdly, t->oflag & 0003000);
	tio_field(ctx, &ct_f_tio_tabdly, t->oflag & 0014000);
	tio_field(ctx, &ct_f_tio_bsdly, t->oflag & 0020000);
	tio_field(ctx, &ct_f_tio_vtdly, t->oflag & 0040000);
	tio_field(ctx, &ct_f_tio_ffdly, t->oflag & 0100000);
	tio_flags(ctx, &ct_f_tio_oflag, t->oflag & ~0177400u);
	emit_field(e, "c_cflag");
	tio_field(ctx, &ct_f_tio_baud, t->cflag & 0010017);
	ibaud = (t->cflag >> 16) & 0010017;
	if (ibaud) {
		emit_enum(e, &ct_f_tio_baud, ibaud, EMIT_HEX);
		emit_join(e, "<<");
		emit_enum(e, &ct_f_tio_ibshift, 16, EMIT_HEX);
		emit_join(e, "|");
	}
	tio_field(ctx, &ct_f_tio_csize, t->cflag & 0000060);
	tio_flags(ctx, &ct_f_tio_cflag,
		  t->cflag & ~(0010077u | (0010017u << 16)));
	emit_field(e, "c_lflag");
	tio_flags(ctx, &ct_f_tio_lflag, t->lflag);
	if (!ctx->opt->verbose) {
		emit_more(e);
		emit_struct_end(e);
		return;
	}
	emit_field(e, "c_line");
	fdec_enum_dflt(ctx, &ct_f_tio_line, t->line, "N_???");
	emit_field(e, "c_cc");
	emit_array_begin(e);
	for (size_t i = 0; i < t->ncc; i++) {
		emit_field(e, cc_names[i]);
		emit_hex(e, t->cc[i]);
	}
	emit_array_end(e);
	if (t->speeds) {
		emit_field(e, "c_ispeed");
		emit_uint(e, t->ispeed);
		emit_field(e, "c_ospeed");
		emit_uint(e, t->ospeed);
	}
	emit_struct_end(e);
}

/* struct termios, or with speeds a struct termios2 */
static void termios_any(struct dctx *ctx, uint64_t addr, bool speeds)
{
	struct {
		uint32_t iflag, oflag, cflag, lflag;
		uint8_t line;
		uint8_t cc[19];
		uint32_t ispeed, ospeed;
	} r;
	struct tio t = {.ncc = sizeof(r.cc), .speeds = speeds};

	if (!dec_fetch(ctx, addr, &r, speeds ? sizeof(r) : 36))
		return;
	t.iflag = r.iflag;
	t.oflag = r.oflag;
	t.cflag = r.cflag;
	t.lflag = r.lflag;
	t.line = r.line;
	memcpy(t.cc, r.cc, sizeof(r.cc));
	t.ispeed = r.ispeed;
	t.ospeed = r.ospeed;
	tio_show(ctx, &t);
}

static void termios_struct(struct dctx *ctx, uint64_t addr)
{
	termios_any(ctx, addr, false);
}

static void termios2_struct(struct dctx *ctx, uint64_t addr)
{
	termios_any(ctx, addr, true);
}

static void termio_struct(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint16_t iflag, oflag, cflag, lflag;
		uint8_t line;
		uint8_t cc[8];
	} r;
	struct tio t = {.ncc = sizeof(r.cc)};

	if (!dec_fetch(ctx, addr, &r, sizeof(r)))
		return;
	t.iflag = r.iflag;
	t.oflag = r.oflag;
	t.cflag = r.cflag;
	t.lflag = r.lflag;
	t.line = r.line;
	memcpy(t.cc, r.cc, sizeof(r.cc));
	tio_show(ctx, &t);
}

/* TIOCM_* modem lines */
static void modem_bits(struct dctx *ctx, uint64_t addr)
{
	uint32_t v;

	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (v)
		fdec_flags_dflt(ctx, &ct_f_ioctl_tiocm, v, "TIOCM_???");
	else
		emit_uint(ctx->e, 0);
	emit_array_end(ctx->e);
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
	case IO_TCGETA:
		return ioc_out(ctx, arg, termio_struct);
	case IO_TCGETS2:
		return ioc_out(ctx, arg, termios2_struct);
	case IO_TIOCMGET:
		return ioc_out(ctx, arg, modem_bits);
	case IO_TCSETA:
	case IO_TCSETAW:
	case IO_TCSETAF:
		termio_struct(ctx, arg);
		return DEC_DONE;
	case IO_TCSETS2:
	case IO_TCSETSW2:
	case IO_TCSETSF2:
		termios2_struct(ctx, arg);
		return DEC_DONE;
	case IO_TIOCMBIS:
	case IO_TIOCMBIC:
	case IO_TIOCMSET:
		modem_bits(ctx, arg);
		return DEC_DONE;
	case IO_TIOCSTI:
		dec_buf(ctx, arg, 1);
		return DEC_DONE;
	case IO_TIOCGPGRP:
	case IO_TIOCOUTQ:
	case IO_TIOCGSOFTCAR:
	case IO_FIONREAD:
	case IO_TIOCGETD:
	case IO_TIOCGSID:
	case IO_TIOCGPTN:
	case IO_TIOCGEXCL:
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
	case IO_TIOCSPGRP:
	case IO_TIOCSSOFTCAR:
	case IO_TIOCPKT:
	case IO_FIONBIO:
	case IO_TIOCSETD:
	case IO_FIOASYNC:
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
