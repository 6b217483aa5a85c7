/* Signal decoders: siginfo (for "--- SIG ---" lines and syscall arguments),
 * sigaction, signal masks, signal delivery and waiting syscalls.  x86_64
 * layouts only. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "decode/common.h"
#include "consts/consts.h"

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
	emit_int(ctx->e, si_i32(s, SI_UNION));
	emit_field(ctx->e, "si_uid");
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

static void si_audit_arch(struct dctx *ctx, uint32_t arch)
{
	emit_field(ctx->e, "si_arch");
	emit_enum(ctx->e, &ct_p_audit_arch, arch, EMIT_HEX);
	if (!consts_name(&ct_p_audit_arch, arch) && !xlat_raw(ctx))
		emit_comment(ctx->e, "AUDIT_ARCH_???");
}

/* The syscall number of a SIGSYS: named __NR_x for the tracee's own
 * personality, commented with its name for another known one. */
static void si_syscall(struct dctx *ctx, int32_t nr, uint32_t arch)
{
	emit_field(ctx->e, "si_syscall");
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
		dec_enum_int(ctx, &ct_errnos, (uint64_t)(int64_t)err);
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
	dec_int(ctx, dec_arg(ctx, 0));
	dec_signo(ctx, dec_arg(ctx, 1));
	dec_siginfo_ptr(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(rt_sigqueueinfo, dec_rt_sigqueueinfo);

static int dec_rt_tgsigqueueinfo(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	dec_int(ctx, dec_arg(ctx, 1));
	dec_signo(ctx, dec_arg(ctx, 2));
	dec_siginfo_ptr(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(rt_tgsigqueueinfo, dec_rt_tgsigqueueinfo);
