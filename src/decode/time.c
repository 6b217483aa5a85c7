/* Decoders for clocks, sleeps and timers: nanosleep, clock_*, gettimeofday,
 * time, alarm, interval timers, POSIX timers and timerfds. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* Restart errnos: the kernel filled in the remaining time. */
static bool erestart(const struct dctx *ctx)
{
	int64_t r = ctx->call->rval;

	return ctx->call->is_error &&
	       (r == -512 || r == -513 || r == -514 || r == -516);
}

static void clockid(struct dctx *ctx, uint64_t v)
{
	fdec_enum_dflt(ctx, &ct_t_clocks, (uint32_t)v, "CLOCK_???");
}

/* An output timespec: the address when the call failed. */
static void out_timespec(struct dctx *ctx, uint64_t addr)
{
	if (dec_failed(ctx))
		dec_ptr(ctx, addr);
	else
		dec_timespec(ctx, addr);
}

/* The remaining time of a sleep only means something after a signal. */
static void sleep_rem(struct dctx *ctx, uint64_t addr, bool can_have)
{
	if (can_have && erestart(ctx))
		dec_timespec(ctx, addr);
	else
		dec_ptr(ctx, addr);
}

static int dec_nanosleep(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_timespec(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	sleep_rem(ctx, dec_arg(ctx, 1), true);
	return DEC_DONE;
}
DECODER(nanosleep, dec_nanosleep);

static int dec_clock_nanosleep(struct dctx *ctx)
{
	if (!ctx->exiting) {
		clockid(ctx, dec_arg(ctx, 0));
		fdec_flags_dflt(ctx, &ct_t_timer_flags, (uint32_t)dec_arg(ctx, 1),
				"TIMER_???");
		dec_timespec(ctx, dec_arg(ctx, 2));
		return DEC_MORE;
	}
	sleep_rem(ctx, dec_arg(ctx, 3), !(dec_arg(ctx, 1) & 1));
	return DEC_DONE;
}
DECODER(clock_nanosleep, dec_clock_nanosleep);

static int dec_clock_gettime(struct dctx *ctx)
{
	if (!ctx->exiting) {
		clockid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	out_timespec(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(clock_gettime, dec_clock_gettime);
DECODER(clock_getres, dec_clock_gettime);

static int dec_clock_settime(struct dctx *ctx)
{
	clockid(ctx, dec_arg(ctx, 0));
	dec_timespec(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(clock_settime, dec_clock_settime);

static void timezone_at(struct dctx *ctx, uint64_t addr)
{
	struct {
		int32_t minuteswest;
		int32_t dsttime;
	} tz;

	if (!dec_fetch(ctx, addr, &tz, sizeof(tz)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tz_minuteswest");
	emit_int(ctx->e, tz.minuteswest);
	emit_field(ctx->e, "tz_dsttime");
	emit_int(ctx->e, tz.dsttime);
	emit_struct_end(ctx->e);
}

static int dec_gettimeofday(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		dec_ptr(ctx, dec_arg(ctx, 1));
		return DEC_DONE;
	}
	dec_timeval(ctx, dec_arg(ctx, 0));
	timezone_at(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(gettimeofday, dec_gettimeofday);

static int dec_settimeofday(struct dctx *ctx)
{
	dec_timeval(ctx, dec_arg(ctx, 0));
	timezone_at(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(settimeofday, dec_settimeofday);

/* "= 1700000000 (2023-11-14T22:13:20+0000)" */
static void time_ret(struct dctx *ctx)
{
	/* the annotation's text itself: ISO 8601 local time, as strace */
	char text[64], zone[16];
	time_t t = (time_t)ctx->call->rval;
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

static int dec_time(struct dctx *ctx)
{
	int64_t t;

	if (!ctx->exiting)
		return DEC_MORE;
	ndec_ret_aux(ctx, time_ret);
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
DECODER(time, dec_time);

static int dec_alarm(struct dctx *ctx)
{
	dec_uint(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_UINT;
	return DEC_DONE;
}
DECODER_ANY_PERS(alarm, dec_alarm);

/* ---- interval timers ---- */

static void itimerval_at(struct dctx *ctx, uint64_t addr)
{
	int64_t v[4];

	if (!dec_fetch_time_pairs(ctx, addr, v, 2))
		return;
	emit_struct_begin(ctx->e);
	for (int i = 0; i < 2; i++) {
		emit_field(ctx->e, i ? "it_value" : "it_interval");
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "tv_sec");
		emit_int(ctx->e, v[2 * i]);
		emit_field(ctx->e, "tv_usec");
		emit_uint(ctx->e, (uint64_t)v[2 * i + 1]);
		emit_struct_end(ctx->e);
	}
	emit_struct_end(ctx->e);
}

static void which_itimer(struct dctx *ctx, uint64_t v)
{
	fdec_enum_dflt(ctx, &ct_t_itimers, (uint32_t)v, "ITIMER_???");
}

static int dec_getitimer(struct dctx *ctx)
{
	if (!ctx->exiting) {
		which_itimer(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		itimerval_at(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(getitimer, dec_getitimer);

static int dec_setitimer(struct dctx *ctx)
{
	if (!ctx->exiting) {
		which_itimer(ctx, dec_arg(ctx, 0));
		itimerval_at(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		itimerval_at(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(setitimer, dec_setitimer);

/* ---- POSIX timers and timerfds ---- */

static void itimerspec_at(struct dctx *ctx, uint64_t addr)
{
	int64_t v[4];

	if (!dec_fetch_time_pairs(ctx, addr, v, 2))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "it_interval");
	dec_timespec_val(ctx, v[0], v[1]);
	emit_field(ctx->e, "it_value");
	dec_timespec_val(ctx, v[2], v[3]);
	emit_struct_end(ctx->e);
}

static void out_itimerspec(struct dctx *ctx, uint64_t addr)
{
	if (dec_failed(ctx))
		dec_ptr(ctx, addr);
	else
		itimerspec_at(ctx, addr);
}

/* struct sigevent (x86_64): value, signo, notify, then the union. */
struct k_sigevent {
	uint64_t value;
	int32_t signo;
	int32_t notify;
	union {
		int32_t tid;
		struct {
			uint64_t function;
			uint64_t attribute;
		} thread;
	} un; /* the kernel's is padded to 64 bytes; strace reads 32 */
};

enum { SIGEV_SIGNAL_ = 0, SIGEV_NONE_ = 1, SIGEV_THREAD_ = 2,
       SIGEV_THREAD_ID_ = 4 };

/* The sigevent at addr, of the call's word size: i386's is five 32-bit
 * words as strace reads it (value, signo, notify, function, attribute;
 * the thread id overlaps the function). */
static bool fetch_sigevent(struct dctx *ctx, uint64_t addr,
			   struct k_sigevent *sev)
{
	uint32_t w[5];

	if (arch_pers[ctx->call->pers].word_size == 8)
		return dec_fetch(ctx, addr, sev, sizeof(*sev));
	if (!dec_fetch(ctx, addr, w, sizeof(w)))
		return false;
	sev->value = w[0];
	sev->signo = (int32_t)w[1];
	sev->notify = (int32_t)w[2];
	sev->un.thread.function = w[3];
	sev->un.thread.attribute = w[4];
	return true;
}

void ndec_sigevent(struct dctx *ctx, uint64_t addr)
{
	struct k_sigevent sev;

	if (!fetch_sigevent(ctx, addr, &sev))
		return;
	emit_struct_begin(ctx->e);
	if (sev.value) {
		emit_field(ctx->e, "sigev_value");
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "sival_int");
		emit_int(ctx->e, (int32_t)sev.value);
		emit_field(ctx->e, "sival_ptr");
		emit_hex(ctx->e, sev.value);
		emit_struct_end(ctx->e);
	}
	emit_field(ctx->e, "sigev_signo");
	switch (sev.notify) {
	case SIGEV_SIGNAL_:
	case SIGEV_THREAD_:
	case SIGEV_THREAD_ID_:
		dec_signo(ctx, (uint32_t)sev.signo);
		break;
	default:
		emit_uint(ctx->e, (uint32_t)sev.signo);
		break;
	}
	emit_field(ctx->e, "sigev_notify");
	fdec_enum_dflt(ctx, &ct_t_sigev_notify, (uint32_t)sev.notify,
		       "SIGEV_???");
	if (sev.notify == SIGEV_THREAD_ID_) {
		emit_field(ctx->e, "sigev_notify_thread_id");
		emit_int(ctx->e, sev.un.tid);
	} else if (sev.notify == SIGEV_THREAD_) {
		emit_field(ctx->e, "sigev_notify_function");
		emit_addr(ctx->e, sev.un.thread.function);
		emit_field(ctx->e, "sigev_notify_attributes");
		emit_addr(ctx->e, sev.un.thread.attribute);
	}
	emit_struct_end(ctx->e);
}

static int dec_timer_create(struct dctx *ctx)
{
	if (!ctx->exiting) {
		clockid(ctx, dec_arg(ctx, 0));
		ndec_sigevent(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	dec_out_int(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(timer_create, dec_timer_create);

static int dec_timer_settime(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		fdec_flags_dflt(ctx, &ct_t_timer_flags, (uint32_t)dec_arg(ctx, 1),
				"TIMER_???");
		itimerspec_at(ctx, dec_arg(ctx, 2));
		return DEC_MORE;
	}
	out_itimerspec(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(timer_settime, dec_timer_settime);

static int dec_timer_gettime(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	out_itimerspec(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(timer_gettime, dec_timer_gettime);

static int dec_timer_id(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(timer_getoverrun, dec_timer_id);
DECODER_ANY_PERS(timer_delete, dec_timer_id);

static int dec_timerfd_create(struct dctx *ctx)
{
	clockid(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_t_tfd_flags, (uint32_t)dec_arg(ctx, 1),
			"TFD_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(timerfd_create, dec_timerfd_create);

static int dec_timerfd_settime(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		fdec_flags_dflt(ctx, &ct_t_tfd_flags, (uint32_t)dec_arg(ctx, 1),
				"TFD_???");
		itimerspec_at(ctx, dec_arg(ctx, 2));
		return DEC_MORE;
	}
	out_itimerspec(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(timerfd_settime, dec_timerfd_settime);

static int dec_timerfd_gettime(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	out_itimerspec(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(timerfd_gettime, dec_timerfd_gettime);

/* ---- adjtimex, clock_adjtime, times ---- */

/* struct timex (x86_64): the fields strace shows, by offset */
static void timex_at(struct dctx *ctx, uint64_t addr)
{
	static const struct {
		const char *name;
		unsigned char off;
		bool is_int;
	} f[] = {
		{ "offset", 8, false }, { "freq", 16, false },
		{ "maxerror", 24, false }, { "esterror", 32, false },
		{ "status", 40, true }, { "constant", 48, false },
		{ "precision", 56, false }, { "tolerance", 64, false },
		{ "time", 72, false }, { "tick", 88, false },
		{ "ppsfreq", 96, false }, { "jitter", 104, false },
		{ "shift", 112, true }, { "stabil", 120, false },
		{ "jitcnt", 128, false }, { "calcnt", 136, false },
		{ "errcnt", 144, false }, { "stbcnt", 152, false },
		{ "tai", 160, true },
	};
	unsigned char b[208];
	uint32_t modes;

	if (!dec_fetch(ctx, addr, b, sizeof(b)))
		return;
	memcpy(&modes, b, 4);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "modes");
	fdec_flags_dflt(ctx, &ct_t_adjtimex_modes, modes, "ADJ_???");
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		int64_t v;
		int32_t iv;
		emit_field(ctx->e, f[i].name);
		if (!strcmp(f[i].name, "time")) {
			int64_t tv[2];
			memcpy(tv, b + f[i].off, sizeof(tv));
			emit_struct_begin(ctx->e);
			emit_field(ctx->e, "tv_sec");
			emit_int(ctx->e, tv[0]);
			emit_field(ctx->e, "tv_usec");
			emit_uint(ctx->e, (uint64_t)tv[1]);
			emit_struct_end(ctx->e);
		} else if (!strcmp(f[i].name, "status")) {
			memcpy(&iv, b + f[i].off, 4);
			fdec_flags_dflt(ctx, &ct_t_adjtimex_status,
					(uint32_t)iv, "STA_???");
		} else if (f[i].is_int) {
			memcpy(&iv, b + f[i].off, 4);
			emit_int(ctx->e, iv);
		} else {
			memcpy(&v, b + f[i].off, 8);
			emit_int(ctx->e, v);
		}
	}
	emit_struct_end(ctx->e);
}

/* " (TIME_ERROR)": the clock state adjtimex returns */
static void adjtime_ret(struct dctx *ctx)
{
	ctx->call->ret_flags = &ct_t_adjtimex_states;
	ctx->call->ret_label = "";
}

static int dec_adjtimex(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 0));
	else
		timex_at(ctx, dec_arg(ctx, 0));
	adjtime_ret(ctx);
	return DEC_DONE;
}
DECODER(adjtimex, dec_adjtimex);

static int dec_clock_adjtime(struct dctx *ctx)
{
	if (!ctx->exiting) {
		clockid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		timex_at(ctx, dec_arg(ctx, 1));
	adjtime_ret(ctx);
	return DEC_DONE;
}
DECODER(clock_adjtime, dec_clock_adjtime);

/* A clock_t count, with the seconds it stands for in a comment as strace
 * gives them (150 is 1.50 s), at the tracer's tick rate. */
static void clock_ticks(struct dctx *ctx, uint64_t v)
{
	long hz = sysconf(_SC_CLK_TCK);
	char text[96], frac[24];
	int digits = 0;

	emit_uint(ctx->e, v);
	if (!v || ctx->e->style->xlat == 1)
		return;
	if (hz <= 0)
		hz = 100;
	for (long h = hz - 1; h > 0 && digits < 9; h /= 10)
		digits++;
	/* the fraction zero-padded to as many digits as a tick needs */
	snprintf(frac, sizeof(frac), "%020llu",
		 (unsigned long long)(v % (uint64_t)hz));
	snprintf(text, sizeof(text), "%llu.%s s",
		 (unsigned long long)(v / (uint64_t)hz), frac + 20 - digits);
	emit_comment(ctx->e, text);
}

static int dec_times(struct dctx *ctx)
{
	int64_t t[4];
	static const char *const names[] = { "tms_utime", "tms_stime",
					     "tms_cutime", "tms_cstime" };

	if (!ctx->exiting)
		return DEC_MORE;
	ctx->call->ret_fmt = RET_UINT;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		return DEC_DONE;
	}
	/* four clock_t, longs of the kernel */
	if (!dec_fetch_time_pairs(ctx, dec_arg(ctx, 0), t, 2))
		return DEC_DONE;
	bool narrow = arch_pers[ctx->call->pers].arg_size == 4;
	emit_struct_begin(ctx->e);
	for (int i = 0; i < 4; i++) {
		emit_field(ctx->e, names[i]);
		clock_ticks(ctx, narrow ? (uint32_t)t[i] : (uint64_t)t[i]);
	}
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER(times, dec_times);
