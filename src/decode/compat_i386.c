/* compat_i386: decoders for calls only the i386 personality has, or whose
 * i386 arguments differ from x86_64's: 64-bit values split over two
 * registers, mmap2's page offset, the *32 uid calls and the time64 calls
 * (forwarded to the x86_64 decoder with the arguments rearranged), and
 * structs laid out with 32-bit longs (rlimit; stat64 is in stat.c). */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/compat_i386.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

#define I386 (1u << PERS_I386)

/* The x86_64 decoder of name run on the current call, whose arguments are
 * replaced by args for the time of the call. */
int c32_forward(struct dctx *ctx, const char *name, const uint64_t *args)
{
	long nr = sc_lookup(arch_pers[PERS_X86_64].table, name);
	decode_fn fn = nr < 0 ? NULL : decode_lookup(PERS_X86_64, nr);
	uint64_t keep[SC_MAX_ARGS];
	int r;

	if (!fn)
		return ctx->exiting ? DEC_DONE : dec_generic(ctx);
	memcpy(keep, ctx->call->args, sizeof(keep));
	if (args)
		memcpy(ctx->call->args, args, sizeof(keep));
	r = fn(ctx);
	memcpy(ctx->call->args, keep, sizeof(keep));
	return r;
}

/* The annotation of a call decoded as x86_64 (forward_wide), run as
 * x86_64 too; the x86_64 one is kept in saved[3], which no decoder that
 * sets an annotation uses. */
static void ret_aux_wide(struct dctx *ctx)
{
	void (*fn)(struct dctx *) = (void (*)(struct dctx *))(uintptr_t)
		ctx->call->saved[3];
	enum personality p = ctx->call->pers;

	ctx->call->pers = PERS_X86_64;
	fn(ctx);
	ctx->call->pers = p;
}

/* c32_forward() for arguments joined into 64-bit values and for the time64
 * calls: the x86_64 decoder reads them as x86_64 longs */
int c32_forward_wide(struct dctx *ctx, const char *name,
		     const uint64_t *args)
{
	enum personality p = ctx->call->pers;
	int r;

	ctx->call->pers = PERS_X86_64;
	r = c32_forward(ctx, name, args);
	ctx->call->pers = p;
	if (ctx->call->ret_aux && ctx->call->ret_aux != ret_aux_wide) {
		ctx->call->saved[3] = (uint64_t)(uintptr_t)ctx->call->ret_aux;
		ctx->call->ret_aux = ret_aux_wide;
	}
	return r;
}

/* Same arguments, the x86_64 name without the i386 suffix. */
#define ALIAS(sys, native)                                                    \
	static int alias_##sys(struct dctx *ctx)                              \
	{                                                                     \
		return c32_forward(ctx, #native, NULL);                       \
	}                                                                     \
	DECODER_PERS(sys, alias_##sys, I386)

/* A time64 call: the x86_64 struct timespec, so decoded as x86_64. */
#define ALIAS64(sys, native)                                                  \
	static int alias_##sys(struct dctx *ctx)                              \
	{                                                                     \
		return c32_forward_wide(ctx, #native, NULL);                  \
	}                                                                     \
	DECODER_PERS(sys, alias_##sys, I386)


ALIAS(chown32, chown);
ALIAS(lchown32, lchown);
ALIAS(fchown32, fchown);
ALIAS(setuid32, setuid);
ALIAS(setgid32, setgid);
ALIAS(setfsuid32, setfsuid);
ALIAS(setfsgid32, setfsgid);
ALIAS(setreuid32, setreuid);
ALIAS(setregid32, setregid);
ALIAS(setresuid32, setresuid);
ALIAS(setresgid32, setresgid);
ALIAS(getresuid32, getresuid);
ALIAS(getresgid32, getresgid);
ALIAS(getgroups32, getgroups);
ALIAS(setgroups32, setgroups);
/* names by length, a dev_t and an address: as on x86_64 */
ALIAS(sethostname, sethostname);
ALIAS(setdomainname, setdomainname);
ALIAS(ustat, ustat);
/* sendfile64's loff_t *: x86_64's off_t */
ALIAS64(sendfile64, sendfile);
/* the time64 calls take the x86_64 struct timespec and itimerspec */
ALIAS64(clock_gettime64, clock_gettime);
ALIAS64(clock_settime64, clock_settime);
ALIAS64(clock_getres_time64, clock_getres);
ALIAS64(clock_nanosleep_time64, clock_nanosleep);
ALIAS64(timer_settime64, timer_settime);
ALIAS64(timer_gettime64, timer_gettime);
ALIAS64(timerfd_settime64, timerfd_settime);
ALIAS64(timerfd_gettime64, timerfd_gettime);
ALIAS64(utimensat_time64, utimensat);
ALIAS64(futex_time64, futex);
ALIAS64(ppoll_time64, ppoll);

/* pselect6_time64: the x86_64 decoder but for its sigmask argument, a
 * struct of a 32-bit pointer and size, left to the roles when given */
static int dec_pselect6_time64(struct dctx *ctx)
{
	if (ctx->call->args[5])
		return ctx->exiting ? DEC_DONE : dec_generic(ctx);
	return c32_forward_wide(ctx, "pselect6", NULL);
}
DECODER_PERS(pselect6_time64, dec_pselect6_time64, I386);

/* pselect6, _newselect, ppoll, futex, the sleeps and clocks with the old
 * timespec and timeval:
 * the x86_64 decoders read those as i386 longs (dec_timespec) */
static int dec_pselect6_32(struct dctx *ctx)
{
	if (ctx->call->args[5])
		return ctx->exiting ? DEC_DONE : dec_generic(ctx);
	return c32_forward(ctx, "pselect6", NULL);
}
DECODER_PERS(pselect6, dec_pselect6_32, I386);
ALIAS(_newselect, select);
/* time structs of the kernel's longs (dec_fetch_time_pairs) */
ALIAS(getitimer, getitimer);
ALIAS(setitimer, setitimer);
ALIAS(timer_create, timer_create);
ALIAS(timer_settime, timer_settime);
ALIAS(timer_gettime, timer_gettime);
ALIAS(timerfd_settime, timerfd_settime);
ALIAS(timerfd_gettime, timerfd_gettime);
ALIAS(times, times);
ALIAS(sched_rr_get_interval, sched_rr_get_interval);
ALIAS(utimes, utimes);
ALIAS(futimesat, futimesat);
ALIAS(utimensat, utimensat);
ALIAS(ppoll, ppoll);
ALIAS(futex, futex);
ALIAS(nanosleep, nanosleep);
ALIAS(clock_nanosleep, clock_nanosleep);
ALIAS(clock_gettime, clock_gettime);
ALIAS(clock_getres, clock_getres);
ALIAS(clock_settime, clock_settime);
ALIAS(gettimeofday, gettimeofday);
ALIAS(settimeofday, settimeofday);

/* mmap2's offset counts 4096-byte pages; shown in bytes */
static int dec_mmap2(struct dctx *ctx)
{
	uint64_t a[SC_MAX_ARGS];

	memcpy(a, ctx->call->args, sizeof(a));
	a[5] = (uint64_t)(uint32_t)a[5] << 12;
	return c32_forward(ctx, "mmap", a);
}
DECODER_PERS(mmap2, dec_mmap2, I386);

/* pread64(fd, buf, count, lo, hi), pwrite64 likewise */
static int dec_pread64(struct dctx *ctx)
{
	uint64_t a[SC_MAX_ARGS] = { ctx->call->args[0], ctx->call->args[1],
				    ctx->call->args[2],
				    c32_pair(ctx->call->args[3],
					 ctx->call->args[4]) };

	return c32_forward_wide(ctx, ctx->call->info->name, a);
}
DECODER_PERS(pread64, dec_pread64, I386);
DECODER_PERS(pwrite64, dec_pread64, I386);

/* truncate64(path, lo, hi), ftruncate64(fd, lo, hi): the x86_64 call
 * of the name without "64" */
static int dec_truncate64(struct dctx *ctx)
{
	const char *name = ctx->call->info->name[0] == 'f' ? "ftruncate"
							    : "truncate";
	uint64_t a[SC_MAX_ARGS] = { ctx->call->args[0],
				    c32_pair(ctx->call->args[1],
					 ctx->call->args[2]) };

	return c32_forward_wide(ctx, name, a);
}
DECODER_PERS(truncate64, dec_truncate64, I386);
DECODER_PERS(ftruncate64, dec_truncate64, I386);

/* _llseek(fd, hi, lo, loff_t *result, whence) */
static int dec_llseek(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		emit_int(ctx->e, (int64_t)c32_pair(dec_arg(ctx, 2),
					       dec_arg(ctx, 1)));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 3));
	else
		fdec_loff_ptr(ctx, dec_arg(ctx, 3));
	fdec_enum_dflt(ctx, &ct_f_seek_whence, (uint32_t)dec_arg(ctx, 4),
		       "SEEK_???");
	return DEC_DONE;
}
DECODER_PERS(_llseek, dec_llseek, I386);

/* ---- rlimit with 32-bit longs ---- */

static void rlim32(struct dctx *ctx, const char *field, uint32_t v)
{
	char text[48];
	int x = ctx->e->style->xlat;

	emit_field(ctx->e, field);
	if (v == UINT32_MAX) {
		if (x == 0) {
			emit_sym(ctx->e, "RLIM_INFINITY");
			return;
		}
		emit_uint(ctx->e, v);
		if (x == 2)
			emit_comment(ctx->e, "RLIM_INFINITY");
		return;
	}
	if (v == 0 || v % 1024 || x == 1) {
		emit_uint(ctx->e, v);
		return;
	}
	if (x == 0) {
		emit_uint(ctx->e, v / 1024);
		emit_join(ctx->e, "*");
		emit_uint(ctx->e, 1024);
		return;
	}
	emit_uint(ctx->e, v);
	snprintf(text, sizeof(text), "%u*1024", v / 1024);
	emit_comment(ctx->e, text);
}

static void rlimit32(struct dctx *ctx, uint64_t addr)
{
	uint32_t rl[2];

	if (!dec_fetch(ctx, addr, rl, sizeof(rl)))
		return;
	emit_struct_begin(ctx->e);
	rlim32(ctx, "rlim_cur", rl[0]);
	rlim32(ctx, "rlim_max", rl[1]);
	emit_struct_end(ctx->e);
}

static int dec_getrlimit32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_rlimit, (uint32_t)dec_arg(ctx, 0),
			       "RLIMIT_???");
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		rlimit32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(ugetrlimit, dec_getrlimit32, I386);
DECODER_PERS(getrlimit, dec_getrlimit32, I386);

static int dec_setrlimit32(struct dctx *ctx)
{
	fdec_enum_dflt(ctx, &ct_p_rlimit, (uint32_t)dec_arg(ctx, 0),
		       "RLIMIT_???");
	rlimit32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(setrlimit, dec_setrlimit32, I386);

/* ---- process ---- */

/* i386 clone(flags, stack, parent_tid, tls, child_tid): x86_64 has the
 * last two the other way round */
static int dec_clone32(struct dctx *ctx)
{
	uint64_t a[SC_MAX_ARGS];

	memcpy(a, ctx->call->args, sizeof(a));
	a[3] = ctx->call->args[4];
	a[4] = ctx->call->args[3];
	return c32_forward(ctx, "clone", a);
}
DECODER_PERS(clone, dec_clone32, I386);


/* ---- ioctl ---- */

/* ioctl(fd, req, arg): the terminal requests ('T', TCGETS, TIOCGWINSZ,
 * FIONREAD ...) take int, termios and winsize, the same on i386; other
 * requests, whose structs may hold longs or pointers, stay by roles */
static int dec_ioctl32(struct dctx *ctx)
{
	uint32_t req = (uint32_t)dec_arg(ctx, 1);

	if ((req & 0xffff0000u) == 0 && (req >> 8) == 'T')
		return c32_forward(ctx, "ioctl", NULL);
	return ctx->exiting ? DEC_DONE : dec_generic(ctx);
}
DECODER_PERS(ioctl, dec_ioctl32, I386);

/* ---- fcntl, fcntl64: record locks ---- */

/* struct flock of fcntl's F_*LK (32-bit longs) or the packed flock64 of
 * F_*LK64 and F_OFD_*; l_pid only for the GETLK forms, at exit */
static void flock32(struct dctx *ctx, uint64_t addr, bool wide, bool getlk)
{
	struct {
		int16_t type, whence;
		int64_t start, len;
		int32_t pid;
	} __attribute__((packed)) f64;
	struct {
		int16_t type, whence;
		int32_t start, len, pid;
	} f32;
	int64_t start, len;
	int32_t pid;
	int16_t type, whence;

	if (wide) {
		if (!dec_fetch(ctx, addr, &f64, sizeof(f64)))
			return;
		type = f64.type, whence = f64.whence;
		start = f64.start, len = f64.len, pid = f64.pid;
	} else {
		if (!dec_fetch(ctx, addr, &f32, sizeof(f32)))
			return;
		type = f32.type, whence = f32.whence;
		start = f32.start, len = f32.len, pid = f32.pid;
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "l_type");
	fdec_enum_dflt(ctx, &ct_f_lock_types, (uint16_t)type, "F_???");
	emit_field(ctx->e, "l_whence");
	fdec_enum_dflt(ctx, &ct_f_seek_whence, (uint16_t)whence, "SEEK_???");
	emit_field(ctx->e, "l_start");
	emit_int(ctx->e, start);
	emit_field(ctx->e, "l_len");
	emit_int(ctx->e, len);
	if (getlk) {
		emit_field(ctx->e, "l_pid");
		emit_int(ctx->e, pid);
	}
	emit_struct_end(ctx->e);
}

enum {
	FCNTL_DUPFD = 0, FCNTL_DUPFD_CLOEXEC = 1030, FCNTL_GETLK = 5, FCNTL_SETLKW = 7, FCNTL_GETLK64 = 12,
	FCNTL_SETLKW64 = 14, FCNTL_OFD_GETLK = 36, FCNTL_OFD_SETLKW = 38,
};

/* fcntl(fd, cmd, arg), fcntl64: the lock commands here, the rest by the
 * x86_64 decoder (their arguments are ints and flags) */
static int dec_fcntl32(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 1);
	uint64_t arg = dec_arg(ctx, 2);
	bool wide = (cmd >= FCNTL_GETLK64 && cmd <= FCNTL_SETLKW64) ||
		    (cmd >= FCNTL_OFD_GETLK && cmd <= FCNTL_OFD_SETLKW);
	bool getlk = cmd == FCNTL_GETLK || cmd == FCNTL_GETLK64 ||
		     cmd == FCNTL_OFD_GETLK;

	if (cmd == FCNTL_DUPFD || cmd == FCNTL_DUPFD_CLOEXEC) {
		/* strace shows the lowest fd as an unsigned long */
		dec_fd(ctx, dec_arg(ctx, 0));
		fdec_enum_dflt(ctx, &ct_f_fcntl_cmds, cmd, "F_???");
		dec_ulong(ctx, (uint32_t)arg);
		ctx->call->ret_fmt = RET_FD;
		return DEC_DONE;
	}
	if (!wide && (cmd < FCNTL_GETLK || cmd > FCNTL_SETLKW))
		return c32_forward(ctx, "fcntl", NULL);
	if (ctx->exiting) {
		if (dec_failed(ctx))
			dec_ptr(ctx, arg);
		else
			flock32(ctx, arg, wide, true);
		return DEC_DONE;
	}
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_f_fcntl_cmds, cmd, "F_???");
	if (getlk)
		return DEC_MORE;
	flock32(ctx, arg, wide, false);
	return DEC_DONE;
}
DECODER_PERS(fcntl64, dec_fcntl32, I386);
DECODER_PERS(fcntl, dec_fcntl32, I386);

/* ---- mount ---- */

/* the old umount(name), without flags */
static int dec_umount(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_PERS(umount, dec_umount, I386);

/* futex_waitv: its timeout is the x86_64 struct timespec */
ALIAS64(futex_waitv, futex_waitv);

/* ---- ptrace ---- */

/* struct user_regs_struct of i386, in order */
static const char *const regs32_names[] = {
	"ebx", "ecx", "edx", "esi", "edi", "ebp", "eax", "xds", "xes",
	"xfs", "xgs", "orig_eax", "eip", "xcs", "eflags", "esp", "xss",
};
#define NREGS32 (sizeof(regs32_names) / sizeof(regs32_names[0]))

static void regs32_at(struct dctx *ctx, uint64_t addr)
{
	uint32_t r[NREGS32];

	if (!dec_fetch(ctx, addr, r, sizeof(r)))
		return;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < NREGS32; i++) {
		emit_field(ctx->e, regs32_names[i]);
		emit_hex(ctx->e, r[i]);
	}
	emit_struct_end(ctx->e);
}

enum { PTRACE_GETREGS_ = 12, PTRACE_SETREGS_ = 13, PTRACE_GETFPREGS_ = 14,
       PTRACE_SETFPREGS_ = 15, PTRACE_GETSIGINFO_ = 0x4202,
       PTRACE_SETREGSET_ = 0x4205, PTRACE_PEEKSIGINFO_ = 0x4209 };

/* ptrace: the x86_64 decoder (words read at the call's size) but for the
 * i386 registers; the fpregs, register sets and siginfo requests stay by
 * roles */
static int dec_ptrace32(struct dctx *ctx)
{
	uint32_t req = (uint32_t)dec_arg(ctx, 0);

	if (req == PTRACE_GETREGS_ && ctx->exiting) {
		if (dec_failed(ctx))
			dec_ptr(ctx, dec_arg(ctx, 3));
		else
			regs32_at(ctx, dec_arg(ctx, 3));
		return DEC_DONE;
	}
	if (req == PTRACE_SETREGS_) {
		fdec_enum_dflt(ctx, &ct_p_ptrace_requests, req, "PTRACE_???");
		dec_pid(ctx, dec_arg(ctx, 1));
		regs32_at(ctx, dec_arg(ctx, 3));
		return DEC_DONE;
	}
	if ((req >= PTRACE_GETFPREGS_ && req <= PTRACE_SETFPREGS_) ||
	    (req >= PTRACE_GETSIGINFO_ && req <= PTRACE_SETREGSET_) ||
	    req == PTRACE_PEEKSIGINFO_)
		return ctx->exiting ? DEC_DONE : dec_generic(ctx);
	return c32_forward(ctx, "ptrace", NULL);
}
DECODER_PERS(ptrace, dec_ptrace32, I386);
