/* compat_i386_sig: i386 signal and time structs, whose longs, pointers
 * and time_t are 32 bits: struct sigaction, stack_t, the rt_sigreturn
 * frame, the old struct timespec and timeval, time_t *. */
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

static void sigaction32(struct dctx *ctx, uint64_t addr)
{
	struct k_sigaction32 sa;

	if (!dec_fetch(ctx, addr, &sa, sizeof(sa)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sa_handler");
	emit_enum(ctx->e, &ct_p_sa_handler, sa.handler, EMIT_HEX);
	emit_field(ctx->e, "sa_mask");
	dec_sigset_val(ctx, sa.mask, sizeof(sa.mask));
	emit_field(ctx->e, "sa_flags");
	fdec_flags_dflt(ctx, &ct_p_sa_flags, sa.flags, "SA_???");
	if (sa.flags & SA_RESTORER_F) {
		emit_field(ctx->e, "sa_restorer");
		dec_ptr(ctx, sa.restorer);
	}
	emit_struct_end(ctx->e);
}

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

/* ---- time: 32-bit time_t ---- */

static void timespec32(struct dctx *ctx, uint64_t addr)
{
	int32_t ts[2];

	if (dec_fetch(ctx, addr, ts, sizeof(ts)))
		dec_timespec_val(ctx, ts[0], (int64_t)(uint32_t)ts[1]);
}

static void clockid(struct dctx *ctx, uint64_t v)
{
	fdec_enum_dflt(ctx, &ct_t_clocks, (uint32_t)v, "CLOCK_???");
}

static bool erestart(const struct dctx *ctx)
{
	int64_t r = ctx->call->rval;

	return ctx->call->is_error &&
	       (r == -512 || r == -513 || r == -514 || r == -516);
}

static int dec_nanosleep32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		timespec32(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	/* the remaining time only means something after a signal */
	if (erestart(ctx))
		timespec32(ctx, dec_arg(ctx, 1));
	else
		dec_ptr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(nanosleep, dec_nanosleep32, I386);

/* clock_gettime(clk, ts), clock_getres(clk, ts) */
static int dec_clock_gettime32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		clockid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		timespec32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(clock_gettime, dec_clock_gettime32, I386);
DECODER_PERS(clock_getres, dec_clock_gettime32, I386);

static int dec_clock_settime32(struct dctx *ctx)
{
	clockid(ctx, dec_arg(ctx, 0));
	timespec32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(clock_settime, dec_clock_settime32, I386);

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

static void timeval32(struct dctx *ctx, uint64_t addr)
{
	int32_t tv[2];

	if (!dec_fetch(ctx, addr, tv, sizeof(tv)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, tv[0]);
	emit_field(ctx->e, "tv_usec");
	emit_int(ctx->e, tv[1]);
	emit_struct_end(ctx->e);
}

static void timezone32(struct dctx *ctx, uint64_t addr)
{
	int32_t tz[2]; /* tz_minuteswest, tz_dsttime */

	if (!dec_fetch(ctx, addr, tz, sizeof(tz)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tz_minuteswest");
	emit_int(ctx->e, tz[0]);
	emit_field(ctx->e, "tz_dsttime");
	emit_int(ctx->e, tz[1]);
	emit_struct_end(ctx->e);
}

static int dec_gettimeofday32(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		dec_ptr(ctx, dec_arg(ctx, 1));
		return DEC_DONE;
	}
	timeval32(ctx, dec_arg(ctx, 0));
	timezone32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(gettimeofday, dec_gettimeofday32, I386);

static int dec_settimeofday32(struct dctx *ctx)
{
	timeval32(ctx, dec_arg(ctx, 0));
	timezone32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(settimeofday, dec_settimeofday32, I386);

/* clock_nanosleep(clk, flags, req, rem): rem only after a signal, and
 * never for TIMER_ABSTIME */
static int dec_clock_nanosleep32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		clockid(ctx, dec_arg(ctx, 0));
		fdec_flags_dflt(ctx, &ct_t_timer_flags,
				(uint32_t)dec_arg(ctx, 1), "TIMER_???");
		timespec32(ctx, dec_arg(ctx, 2));
		return DEC_MORE;
	}
	if (erestart(ctx) && !(dec_arg(ctx, 1) & 1))
		timespec32(ctx, dec_arg(ctx, 3));
	else
		dec_ptr(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(clock_nanosleep, dec_clock_nanosleep32, I386);
