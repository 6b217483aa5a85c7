/* compat_i386_sig: i386 signal and time structs, whose longs, pointers
 * and time_t are 32 bits: struct sigaction, stack_t, the rt_sigreturn
 * frame, time_t *.  The old timespec and timeval calls go through the
 * x86_64 decoders (compat_i386.c), dec_timespec reading i386 longs. */
#include <time.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

#define I386 (1u << PERS_I386)
#define SA_RESTORER_F 0x04000000u

struct k_sigaction32 {
	uint32_t handler, flags, restorer;
	uint8_t mask[8];
};

/* A sigaction of the i386 layouts: mask of masklen bytes (8: struct
 * sigaction of rt_sigaction, 4: old_sigaction of sigaction) */
static void sigaction32_val(struct dctx *ctx, uint32_t handler,
			    const uint8_t *mask, size_t masklen,
			    uint32_t flags, uint32_t restorer)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sa_handler");
	emit_enum(ctx->e, &ct_p_sa_handler, handler, EMIT_HEX);
	emit_field(ctx->e, "sa_mask");
	dec_sigset_val(ctx, mask, masklen);
	emit_field(ctx->e, "sa_flags");
	fdec_flags_dflt(ctx, &ct_p_sa_flags, flags, "SA_???");
	if (flags & SA_RESTORER_F) {
		emit_field(ctx->e, "sa_restorer");
		dec_ptr(ctx, restorer);
	}
	emit_struct_end(ctx->e);
}

static void sigaction32(struct dctx *ctx, uint64_t addr)
{
	struct k_sigaction32 sa;

	if (dec_fetch(ctx, addr, &sa, sizeof(sa)))
		sigaction32_val(ctx, sa.handler, sa.mask, sizeof(sa.mask),
				sa.flags, sa.restorer);
}

/* struct old_sigaction: handler, a 32-bit mask, flags, restorer */
static void old_sigaction(struct dctx *ctx, uint64_t addr)
{
	uint32_t sa[4];

	if (dec_fetch(ctx, addr, sa, sizeof(sa)))
		sigaction32_val(ctx, sa[0], (const uint8_t *)&sa[1], 4, sa[2],
				sa[3]);
}

static int dec_sigaction(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_signo(ctx, dec_arg(ctx, 0));
		old_sigaction(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		old_sigaction(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(sigaction, dec_sigaction, I386);

/* an old_sigset_t (one 32-bit word) at addr */
static void old_sigset(struct dctx *ctx, uint64_t addr)
{
	uint32_t set;

	if (dec_fetch(ctx, addr, &set, sizeof(set)))
		dec_sigset_val(ctx, (const uint8_t *)&set, sizeof(set));
}

static int dec_sigprocmask(struct dctx *ctx)
{
	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_sigprocmask_how,
			       (uint32_t)dec_arg(ctx, 0), "SIG_???");
		old_sigset(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		old_sigset(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(sigprocmask, dec_sigprocmask, I386);

static int dec_sigpending(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 0));
	else
		old_sigset(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_PERS(sigpending, dec_sigpending, I386);

/* sgetmask/ssetmask return the (old) mask: shown in hex and as a set */
static void mask_ret(struct dctx *ctx, const char *label)
{
	uint32_t set = (uint32_t)ctx->call->rval;

	emit_prefix(ctx->e, label);
	dec_sigset_val(ctx, (const uint8_t *)&set, sizeof(set));
}

static void sgetmask_ret(struct dctx *ctx)
{
	mask_ret(ctx, "mask ");
}

static void ssetmask_ret(struct dctx *ctx)
{
	mask_ret(ctx, "old mask ");
}

static int dec_sgetmask(struct dctx *ctx)
{
	ctx->call->ret_fmt = RET_HEX;
	ndec_ret_aux(ctx, sgetmask_ret);
	return DEC_DONE;
}
DECODER_PERS(sgetmask, dec_sgetmask, I386);

static int dec_ssetmask(struct dctx *ctx)
{
	uint32_t set = (uint32_t)dec_arg(ctx, 0);

	dec_sigset_val(ctx, (const uint8_t *)&set, sizeof(set));
	ctx->call->ret_fmt = RET_HEX;
	ndec_ret_aux(ctx, ssetmask_ret);
	return DEC_DONE;
}
DECODER_PERS(ssetmask, dec_ssetmask, I386);

/* signal(2) returns the old handler, in hex: a named one's name after
 * it, in every -X mode (strace's annotation) */
static void signal_ret(struct dctx *ctx)
{
	uint32_t old = (uint32_t)ctx->call->rval;
	const char *name = consts_name(&ct_p_sa_handler, old);

	if (name)
		emit_sym(ctx->e, name);
}

static int dec_signal(struct dctx *ctx)
{
	dec_signo(ctx, dec_arg(ctx, 0));
	emit_enum(ctx->e, &ct_p_sa_handler, (uint32_t)dec_arg(ctx, 1),
		  EMIT_HEX);
	ctx->call->ret_fmt = RET_HEX;
	ndec_ret_aux(ctx, signal_ret);
	return DEC_DONE;
}
DECODER_PERS(signal, dec_signal, I386);

static int dec_rt_sigaction32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_signo(ctx, dec_arg(ctx, 0));
		sigaction32(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		sigaction32(ctx, dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(rt_sigaction, dec_rt_sigaction32, I386);

static void stack32(struct dctx *ctx, uint64_t addr)
{
	uint32_t ss[3]; /* ss_sp, ss_flags, ss_size */

	if (!dec_fetch(ctx, addr, ss, sizeof(ss)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "ss_sp");
	dec_ptr(ctx, ss[0]);
	emit_field(ctx->e, "ss_flags");
	fdec_flags_dflt(ctx, &ct_p_ss_flags, ss[1], "SS_???");
	emit_field(ctx->e, "ss_size");
	emit_uint(ctx->e, ss[2]);
	emit_struct_end(ctx->e);
}

static int dec_sigaltstack32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		stack32(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		stack32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(sigaltstack, dec_sigaltstack32, I386);

/* The i386 rt_sigframe: pretcode (popped by the handler's ret), sig,
 * pinfo, puc, a 128-byte siginfo, then the ucontext: uc_flags, uc_link,
 * a 12-byte stack_t and the 88-byte sigcontext before uc_sigmask. */
#define FRAME32_UC_SIGMASK (4 + 4 + 4 + 4 + 128 + 4 + 4 + 12 + 88)

static int dec_rt_sigreturn32(struct dctx *ctx)
{
	uint64_t addr = (uint32_t)(ctx->call->sp - 4 + FRAME32_UC_SIGMASK);
	uint8_t mask[8];

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "mask");
	if (tmem_read(ctx->call->tid, addr, mask, sizeof(mask)) == 0)
		dec_sigset_val(ctx, mask, sizeof(mask));
	else
		dec_ptr(ctx, addr);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER_PERS(rt_sigreturn, dec_rt_sigreturn32, I386);

/* ---- time(): a 32-bit time_t ---- */

/* time(tloc): "= T (date)" after the return value */
static void time32_ret(struct dctx *ctx)
{
	char text[64], zone[16];
	time_t t = (time_t)(int32_t)ctx->call->rval;
	struct tm tm;
	size_t n;

	if (!localtime_r(&t, &tm))
		return;
	n = strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%S", &tm);
	if (strftime(zone, sizeof(zone), "%z", &tm) == 0)
		zone[0] = '\0';
	snprintf(text + n, sizeof(text) - n, "%s", zone);
	emit_sym(ctx->e, text);
}

static int dec_time32(struct dctx *ctx)
{
	int32_t t;

	if (!ctx->exiting)
		return DEC_MORE;
	ndec_ret_aux(ctx, time32_ret);
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		return DEC_DONE;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 0), &t, sizeof(t)))
		return DEC_DONE;
	emit_array_begin(ctx->e);
	emit_int(ctx->e, t);
	fdec_time_comment(ctx, t, 0);
	emit_array_end(ctx->e);
	return DEC_DONE;
}
DECODER_PERS(time, dec_time32, I386);
