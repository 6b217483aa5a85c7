/* Signal decoders: siginfo (for "--- SIG ---" lines and syscall arguments),
 * sigaction, signal masks, signal delivery and waiting syscalls.  x86_64
 * layouts only. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/common.h"
#include "decode/file.h"
#include "consts/consts.h"
#include "tmem/tmem.h"

/* x86_64 siginfo_t: three ints, padding, then a union at offset 16.  Read
 * fields by offset so the layout is the kernel's, not libc's. */
#define SI_SIZE 128
#define SI_UNION 16

struct si_view {
	const uint8_t *b;
};

static int32_t si_i32(const struct si_view *s, size_t off)
{
	int32_t v;

	memcpy(&v, s->b + off, sizeof(v));
	return v;
}

static uint64_t si_u64(const struct si_view *s, size_t off)
{
	uint64_t v;

	memcpy(&v, s->b + off, sizeof(v));
	return v;
}

static uint16_t si_u16(const struct si_view *s, size_t off)
{
	uint16_t v;

	memcpy(&v, s->b + off, sizeof(v));
	return v;
}

static bool xlat_raw(const struct dctx *ctx)
{
	return ctx->e->style->xlat == 1;
}

static const struct const_table *si_code_table(int signo, uint32_t code)
{
	if (consts_name(&ct_p_si_codes, code))
		return &ct_p_si_codes;
	switch (signo) {
	case 4: return &ct_p_si_codes_ill;    /* SIGILL */
	case 5: return &ct_p_si_codes_trap;   /* SIGTRAP */
	case 7: return &ct_p_si_codes_bus;    /* SIGBUS */
	case 8: return &ct_p_si_codes_fpe;    /* SIGFPE */
	case 11: return &ct_p_si_codes_segv;  /* SIGSEGV */
	case 17: return &ct_p_si_codes_chld;  /* SIGCHLD */
	case 29: return &ct_p_si_codes_poll;  /* SIGPOLL */
	case 31: return &ct_p_si_codes_sys;   /* SIGSYS */
	default: return &ct_p_si_codes;
	}
}

static void si_source(struct dctx *ctx, const struct si_view *s)
{
	emit_field(ctx->e, "si_pid");
	dec_pid(ctx, (uint32_t)si_i32(s, SI_UNION));
	emit_field(ctx->e, "si_uid");
	/* a uid: -1 as such, the rest unsigned */
	if (si_i32(s, SI_UNION + 4) == -1)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, (uint32_t)si_i32(s, SI_UNION + 4));
}

static void si_value(struct dctx *ctx, const struct si_view *s)
{
	emit_field(ctx->e, "si_int");
	emit_int(ctx->e, si_i32(s, SI_UNION + 8));
	emit_field(ctx->e, "si_ptr");
	emit_addr(ctx->e, si_u64(s, SI_UNION + 8));
}

/* si_utime/si_stime are clock ticks; strace adds the seconds they make */
static void si_clock(struct dctx *ctx, const char *name, uint64_t ticks)
{
	char buf[64];

	emit_field(ctx->e, name);
	emit_uint(ctx->e, ticks);
	if (!ticks || xlat_raw(ctx))
		return;
	/* the kernel reports USER_HZ ticks, 100 per second on x86 */
	snprintf(buf, sizeof(buf), "%" PRIu64 ".%02" PRIu64 " s",
		 ticks / 100, ticks % 100);
	emit_comment(ctx->e, buf);
}

/* Also the seccomp_data of SECCOMP_IOCTL_NOTIF_RECV (ioctl_seccomp.c). */
void dec_audit_arch(struct dctx *ctx, uint32_t arch)
{
	emit_enum(ctx->e, &ct_p_audit_arch, arch, EMIT_HEX);
	if (!consts_name(&ct_p_audit_arch, arch) && !xlat_raw(ctx))
		emit_comment(ctx->e, "AUDIT_ARCH_???");
}

static void si_audit_arch(struct dctx *ctx, uint32_t arch)
{
	emit_field(ctx->e, "si_arch");
	dec_audit_arch(ctx, arch);
}

/* The syscall number of a SIGSYS: named __NR_x for the tracee's own
 * personality, commented with its name for another known one. */
void dec_syscall_nr(struct dctx *ctx, int32_t nr, uint32_t arch)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct arch_pers *ap = &arch_pers[p];
		if (ap->audit_arch != arch || ap->nr_bias)
			continue;
		const struct sc_info *info = sc_get(ap->table, nr);
		if (!info || !info->name)
			break;
		if (p == (int)ctx->call->pers) {
			char name[64];
			struct const_entry ent = { name, (uint32_t)nr,
						   (uint32_t)nr };
			struct const_table t = { "syscall", CONST_ENUM, &ent,
						 1 };
			snprintf(name, sizeof(name), "__NR_%s", info->name);
			emit_enum(ctx->e, &t, (uint32_t)nr, EMIT_DEC);
			return;
		}
		emit_uint(ctx->e, (uint32_t)nr);
		if (!xlat_raw(ctx))
			emit_comment(ctx->e, info->name);
		return;
	}
	emit_uint(ctx->e, (uint32_t)nr);
}

static void si_syscall(struct dctx *ctx, int32_t nr, uint32_t arch)
{
	emit_field(ctx->e, "si_syscall");
	dec_syscall_nr(ctx, nr, arch);
}

static void si_fault(struct dctx *ctx, const struct si_view *s, int signo,
		     int code)
{
	emit_field(ctx->e, "si_addr");
	emit_addr(ctx->e, si_u64(s, SI_UNION));
	if (signo == 11 && code == 3) {         /* SEGV_BNDERR */
		emit_field(ctx->e, "si_lower");
		emit_addr(ctx->e, si_u64(s, SI_UNION + 16));
		emit_field(ctx->e, "si_upper");
		emit_addr(ctx->e, si_u64(s, SI_UNION + 24));
	} else if (signo == 11 && code == 4) {  /* SEGV_PKUERR */
		emit_field(ctx->e, "si_pkey");
		emit_uint(ctx->e, (uint32_t)si_i32(s, SI_UNION + 16));
	} else if (signo == 7 && (code == 4 || code == 5)) { /* BUS_MCEERR */
		emit_field(ctx->e, "si_addr_lsb");
		emit_hex(ctx->e, si_u16(s, SI_UNION + 8));
	}
}

static void si_poll(struct dctx *ctx, const struct si_view *s)
{
	emit_field(ctx->e, "si_band");
	emit_int(ctx->e, (int64_t)si_u64(s, SI_UNION));
	emit_field(ctx->e, "si_fd");
	emit_int(ctx->e, si_i32(s, SI_UNION + 8));
}

/* Fields sent from user space (si_code <= 0). */
static void si_user_fields(struct dctx *ctx, const struct si_view *s,
			   int code)
{
	switch (code) {
	case 0:         /* SI_USER */
	case -6:        /* SI_TKILL */
		si_source(ctx, s);
		break;
	case -2:        /* SI_TIMER */
		emit_field(ctx->e, "si_timerid");
		emit_hex(ctx->e, (uint32_t)si_i32(s, SI_UNION));
		emit_field(ctx->e, "si_overrun");
		emit_int(ctx->e, si_i32(s, SI_UNION + 4));
		si_value(ctx, s);
		break;
	case -5:        /* SI_SIGIO */
		si_poll(ctx, s);
		break;
	default:
		si_source(ctx, s);
		if (si_u64(s, SI_UNION + 8))
			si_value(ctx, s);
		break;
	}
}

/* Fields filled by the kernel (si_code > 0), by signal. */
static void si_kernel_fields(struct dctx *ctx, const struct si_view *s,
			     int signo, int code)
{
	switch (signo) {
	case 17: {      /* SIGCHLD */
		si_source(ctx, s);
		emit_field(ctx->e, "si_status");
		int status = si_i32(s, SI_UNION + 8);
		if (code == 1)  /* CLD_EXITED: an exit code, else a signal */
			emit_int(ctx->e, status);
		else
			dec_signo(ctx, (uint64_t)(int64_t)status);
		si_clock(ctx, "si_utime", si_u64(s, SI_UNION + 16));
		si_clock(ctx, "si_stime", si_u64(s, SI_UNION + 24));
		break;
	}
	case 4: case 5: case 7: case 8: case 11: /* ILL TRAP BUS FPE SEGV */
		si_fault(ctx, s, signo, code);
		break;
	case 29:        /* SIGPOLL */
		if (code >= 1 && code <= 6)
			si_poll(ctx, s);
		break;
	case 31: {      /* SIGSYS */
		uint32_t arch = (uint32_t)si_i32(s, SI_UNION + 12);
		emit_field(ctx->e, "si_call_addr");
		emit_addr(ctx->e, si_u64(s, SI_UNION));
		si_syscall(ctx, si_i32(s, SI_UNION + 8), arch);
		si_audit_arch(ctx, arch);
		break;
	}
	default:
		if (si_i32(s, SI_UNION) || si_i32(s, SI_UNION + 4))
			si_source(ctx, s);
		if (si_u64(s, SI_UNION + 8))
			si_value(ctx, s);
		break;
	}
}

void decode_siginfo(struct dctx *ctx, const void *siginfo)
{
	struct si_view s = { siginfo };
	int signo = si_i32(&s, 0);
	int err = si_i32(&s, 4);
	int code = si_i32(&s, 8);

	emit_struct_begin(ctx->e);
	if (signo == 0) {
		emit_struct_end(ctx->e);
		return;
	}
	emit_field(ctx->e, "si_signo");
	dec_signo(ctx, (uint64_t)(int64_t)signo);
	emit_field(ctx->e, "si_code");
	emit_enum(ctx->e, si_code_table(signo, (uint32_t)code),
		  (uint32_t)code, EMIT_HEX);
	if (err) {
		emit_field(ctx->e, "si_errno");
		/* unsigned, as strace shows an unknown one */
		emit_enum(ctx->e, &ct_errnos, (uint32_t)err, EMIT_DEC);
	}
	if (code <= 0)
		si_user_fields(ctx, &s, code);
	else
		si_kernel_fields(ctx, &s, signo, code);
	emit_struct_end(ctx->e);
}

/* siginfo_t * in tracee memory */
static void dec_siginfo_ptr(struct dctx *ctx, uint64_t addr)
{
	uint8_t buf[SI_SIZE];

	if (dec_fetch(ctx, addr, buf, sizeof(buf)))
		decode_siginfo(ctx, buf);
}

static int dec_rt_sigqueueinfo(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_signo(ctx, dec_arg(ctx, 1));
	dec_siginfo_ptr(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(rt_sigqueueinfo, dec_rt_sigqueueinfo);

static int dec_rt_tgsigqueueinfo(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_pid(ctx, dec_arg(ctx, 1));
	dec_signo(ctx, dec_arg(ctx, 2));
	dec_siginfo_ptr(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(rt_tgsigqueueinfo, dec_rt_tgsigqueueinfo);

/* The kernel's sigset is 8 bytes on x86_64; other sizes are refused, and
 * strace then shows only the address. */
#define KSIGSET_SIZE 8

static void sigset_arg(struct dctx *ctx, uint64_t addr, uint64_t size)
{
	if (size != KSIGSET_SIZE) {
		dec_ptr(ctx, addr);
		return;
	}
	dec_sigset(ctx, addr, size);
}

/* x86_64 struct sigaction as the kernel reads it */
struct k_sigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t restorer;
	uint8_t mask[KSIGSET_SIZE];
};

#define SA_RESTORER_F 0x04000000u

static void sigaction_ptr(struct dctx *ctx, uint64_t addr)
{
	struct k_sigaction sa;

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

static int dec_rt_sigaction(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_signo(ctx, dec_arg(ctx, 0));
		sigaction_ptr(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		sigaction_ptr(ctx, dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(rt_sigaction, dec_rt_sigaction);

static int dec_rt_sigprocmask(struct dctx *ctx)
{
	uint64_t size = dec_arg(ctx, 3);

	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_sigprocmask_how,
			  (uint32_t)dec_arg(ctx, 0), "SIG_???");
		sigset_arg(ctx, dec_arg(ctx, 1), size);
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		sigset_arg(ctx, dec_arg(ctx, 2), size);
	dec_ulong(ctx, size);
	return DEC_DONE;
}
DECODER_ANY_PERS(rt_sigprocmask, dec_rt_sigprocmask);

/* The signal mask restored by rt_sigreturn lives in the signal frame: the
 * handler's "ret" popped the frame's return address, so the frame starts
 * one word below the stack pointer, and uc_sigmask sits after uc_flags,
 * uc_link, uc_stack and the 256-byte sigcontext. */
#define FRAME_UC_SIGMASK (8 + 8 + 8 + 24 + 256)

static bool stack_pointer(pid_t tid, uint64_t *sp)
{
	char path[64], buf[512];
	FILE *f;
	bool ok = false;

	/* /proc/TID/syscall: "nr args... sp pc" while stopped in a call */
	snprintf(path, sizeof(path), "/proc/%d/syscall", tid);
	f = fopen(path, "r");
	if (!f)
		return false;
	if (fgets(buf, sizeof(buf), f)) {
		char *tok = strtok(buf, " \n");
		for (int i = 0; tok && i < 7; i++)
			tok = strtok(NULL, " \n");
		if (tok) {
			*sp = strtoull(tok, NULL, 0);
			ok = true;
		}
	}
	fclose(f);
	return ok;
}

static int dec_rt_sigreturn(struct dctx *ctx)
{
	uint64_t sp;
	uint8_t mask[KSIGSET_SIZE];

	if (!stack_pointer(ctx->call->tid, &sp))
		return DEC_DONE;
	uint64_t addr = sp - 8 + FRAME_UC_SIGMASK;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "mask");
	if (tmem_read(ctx->call->tid, addr, mask, sizeof(mask)) == 0)
		dec_sigset_val(ctx, mask, sizeof(mask));
	else
		dec_ptr(ctx, addr);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER(rt_sigreturn, dec_rt_sigreturn);

static int dec_kill(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_signo(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(kill, dec_kill);
DECODER_ANY_PERS(tkill, dec_kill);

static int dec_tgkill(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_pid(ctx, dec_arg(ctx, 1));
	dec_signo(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(tgkill, dec_tgkill);

static int dec_rt_sigpending(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 0));
	else
		sigset_arg(ctx, dec_arg(ctx, 0), dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(rt_sigpending, dec_rt_sigpending);

static int dec_rt_sigsuspend(struct dctx *ctx)
{
	sigset_arg(ctx, dec_arg(ctx, 0), dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(rt_sigsuspend, dec_rt_sigsuspend);

static int dec_rt_sigtimedwait(struct dctx *ctx)
{
	if (!ctx->exiting) {
		sigset_arg(ctx, dec_arg(ctx, 0), dec_arg(ctx, 3));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		dec_siginfo_ptr(ctx, dec_arg(ctx, 1));
	dec_timespec(ctx, dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 3));
	/* the signal taken: " = 10 (SIGUSR1)" */
	ctx->call->ret_flags = &ct_signals;
	ctx->call->ret_label = "";
	return DEC_DONE;
}
DECODER(rt_sigtimedwait, dec_rt_sigtimedwait);

/* x86_64 stack_t */
struct k_stack {
	uint64_t sp;
	int32_t flags;
	int32_t pad;
	uint64_t size;
};

static void stack_ptr(struct dctx *ctx, uint64_t addr)
{
	struct k_stack ss;

	if (!dec_fetch(ctx, addr, &ss, sizeof(ss)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "ss_sp");
	dec_ptr(ctx, ss.sp);
	emit_field(ctx->e, "ss_flags");
	fdec_flags_dflt(ctx, &ct_p_ss_flags, (uint32_t)ss.flags, "SS_???");
	emit_field(ctx->e, "ss_size");
	emit_uint(ctx->e, ss.size);
	emit_struct_end(ctx->e);
}

static int dec_sigaltstack(struct dctx *ctx)
{
	if (!ctx->exiting) {
		stack_ptr(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		stack_ptr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(sigaltstack, dec_sigaltstack);

static int dec_signalfd(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	sigset_arg(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(signalfd, dec_signalfd);

static int dec_signalfd4(struct dctx *ctx)
{
	dec_signalfd(ctx);
	fdec_flags_dflt(ctx, &ct_p_sfd_flags, (uint32_t)dec_arg(ctx, 3),
		   "SFD_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(signalfd4, dec_signalfd4);

static int dec_pidfd_send_signal(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_signo(ctx, dec_arg(ctx, 1));
	dec_siginfo_ptr(ctx, dec_arg(ctx, 2));
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(pidfd_send_signal, dec_pidfd_send_signal);
