/* ptrace(2): the request, the pid, and addr/data as each request uses
 * them: user-area offsets, signals, options, register sets (regs, fpregs,
 * iovecs of an ELF note type), siginfo, signal masks, seccomp metadata and
 * PTRACE_GET_SYSCALL_INFO.  x86_64 layouts only. */
#include <stdio.h>
#include <string.h>

#include "decode/bpf.h"
#include "decode/common.h"
#include "decode/file.h"
#include "consts/consts.h"
#include "tmem/tmem.h"

enum {
	PT_TRACEME = 0, PT_PEEKTEXT = 1, PT_PEEKDATA = 2, PT_PEEKUSER = 3,
	PT_POKETEXT = 4, PT_POKEDATA = 5, PT_POKEUSER = 6, PT_CONT = 7,
	PT_KILL = 8, PT_SINGLESTEP = 9, PT_GETREGS = 12, PT_SETREGS = 13,
	PT_GETFPREGS = 14, PT_SETFPREGS = 15, PT_ATTACH = 16, PT_DETACH = 17,
	PT_SYSCALL = 24, PT_SYSEMU = 31, PT_SYSEMU_SINGLESTEP = 32,
	PT_SINGLEBLOCK = 33,
	PT_SETOPTIONS = 0x4200, PT_GETEVENTMSG = 0x4201,
	PT_GETSIGINFO = 0x4202, PT_SETSIGINFO = 0x4203,
	PT_GETREGSET = 0x4204, PT_SETREGSET = 0x4205, PT_SEIZE = 0x4206,
	PT_INTERRUPT = 0x4207, PT_LISTEN = 0x4208, PT_PEEKSIGINFO = 0x4209,
	PT_GETSIGMASK = 0x420a, PT_SETSIGMASK = 0x420b,
	PT_SECCOMP_GET_FILTER = 0x420c, PT_SECCOMP_GET_METADATA = 0x420d,
	PT_GET_SYSCALL_INFO = 0x420e,
};

#define NT_PRSTATUS 1
#define NT_PRFPREG 2

/* struct user_regs_struct, in order */
static const char *const reg_names[] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
	"rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags",
	"rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs", "gs",
};
#define NREGS (sizeof(reg_names) / sizeof(reg_names[0]))

/* The first n registers of a user_regs_struct. */
static void regs_val(struct dctx *ctx, const uint64_t *r, size_t n,
		     bool more)
{
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < n && i < NREGS; i++) {
		emit_field(ctx->e, reg_names[i]);
		emit_hex(ctx->e, r[i]);
	}
	if (more)
		emit_more(ctx->e);
	emit_struct_end(ctx->e);
}

static void regs_at(struct dctx *ctx, uint64_t addr)
{
	uint64_t r[NREGS];

	if (dec_fetch(ctx, addr, r, sizeof(r)))
		regs_val(ctx, r, NREGS, false);
}

/* struct user_fpregs_struct */
struct fpregs_k {
	uint16_t cwd, swd, ftw, fop;
	uint64_t rip, rdp;
	uint32_t mxcsr, mxcr_mask;
	uint32_t st_space[32], xmm_space[64], padding[24];
};

static void u32_array(struct dctx *ctx, const char *name, const uint32_t *a,
		      size_t n)
{
	uint64_t max = fdec_array_max(ctx);

	emit_field(ctx->e, name);
	emit_array_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		emit_hex(ctx->e, a[i]);
	}
	emit_array_end(ctx->e);
}

static void fpregs_val(struct dctx *ctx, const struct fpregs_k *fp)
{
	const struct fpregs_k f = *fp;

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "cwd");
	emit_hex(ctx->e, f.cwd);
	emit_field(ctx->e, "swd");
	emit_hex(ctx->e, f.swd);
	emit_field(ctx->e, "ftw");
	emit_hex(ctx->e, f.ftw);
	emit_field(ctx->e, "fop");
	emit_hex(ctx->e, f.fop);
	emit_field(ctx->e, "rip");
	emit_hex(ctx->e, f.rip);
	emit_field(ctx->e, "rdp");
	emit_hex(ctx->e, f.rdp);
	emit_field(ctx->e, "mxcsr");
	emit_hex(ctx->e, f.mxcsr);
	emit_field(ctx->e, "mxcr_mask");
	emit_hex(ctx->e, f.mxcr_mask);
	u32_array(ctx, "st_space", f.st_space, 32);
	u32_array(ctx, "xmm_space", f.xmm_space, 64);
	u32_array(ctx, "padding", f.padding, 24);
	emit_struct_end(ctx->e);
}

static void fpregs_at(struct dctx *ctx, uint64_t addr)
{
	struct fpregs_k f;

	if (dec_fetch(ctx, addr, &f, sizeof(f)))
		fpregs_val(ctx, &f);
}

/* Offsets into struct user, named as strace names them: the registers
 * as 8*REG, the other fields by offsetof, "+N" inside a field. */
struct user_field {
	uint64_t off;
	const char *name;
};

static const struct user_field user_fields[] = {
	{ 0x000, "8*R15" }, { 0x008, "8*R14" }, { 0x010, "8*R13" },
	{ 0x018, "8*R12" }, { 0x020, "8*RBP" }, { 0x028, "8*RBX" },
	{ 0x030, "8*R11" }, { 0x038, "8*R10" }, { 0x040, "8*R9" },
	{ 0x048, "8*R8" }, { 0x050, "8*RAX" }, { 0x058, "8*RCX" },
	{ 0x060, "8*RDX" }, { 0x068, "8*RSI" }, { 0x070, "8*RDI" },
	{ 0x078, "8*ORIG_RAX" }, { 0x080, "8*RIP" }, { 0x088, "8*CS" },
	{ 0x090, "8*EFL" }, { 0x098, "8*RSP" }, { 0x0a0, "8*SS" },
	{ 0x0d8, "offsetof(struct user, u_fpvalid)" },
	{ 0x0e0, "offsetof(struct user, i387)" },
	{ 0x2e0, "offsetof(struct user, u_tsize)" },
	{ 0x2e8, "offsetof(struct user, u_dsize)" },
	{ 0x2f0, "offsetof(struct user, u_ssize)" },
	{ 0x2f8, "offsetof(struct user, start_code)" },
	{ 0x300, "offsetof(struct user, start_stack)" },
	{ 0x308, "offsetof(struct user, signal)" },
	{ 0x310, "offsetof(struct user, reserved)" },
	{ 0x318, "offsetof(struct user, u_ar0)" },
	{ 0x320, "offsetof(struct user, u_fpstate)" },
	{ 0x328, "offsetof(struct user, magic)" },
	{ 0x330, "offsetof(struct user, u_comm)" },
	{ 0x350, "offsetof(struct user, u_debugreg)" },
	{ 0x390, "sizeof(struct user)" },
};
#define USER_SIZE 0x390

static void user_offset(struct dctx *ctx, uint64_t off)
{
	const struct user_field *f = NULL;
	char text[64];

	if (off <= USER_SIZE)
		for (size_t i = 0; i < sizeof(user_fields) /
					    sizeof(user_fields[0]); i++)
			if (user_fields[i].off <= off)
				f = &user_fields[i];
	/* the number itself is shown like an address (NULL for 0) */
	if (!f || (off == USER_SIZE) != (f->off == USER_SIZE) ||
	    ctx->e->style->xlat == 1) {
		emit_addr(ctx->e, off);
		return;
	}
	if (off == f->off)
		snprintf(text, sizeof(text), "%s", f->name);
	else
		snprintf(text, sizeof(text), "%s+%llu", f->name,
			 (unsigned long long)(off - f->off));
	if (ctx->e->style->xlat == 2) {
		emit_addr(ctx->e, off);
		emit_comment(ctx->e, text);
	} else {
		emit_sym(ctx->e, text);
	}
}

static void siginfo_at(struct dctx *ctx, uint64_t addr)
{
	uint8_t si[128];

	if (dec_fetch(ctx, addr, si, sizeof(si)))
		decode_siginfo(ctx, si);
}

/* The registers of an NT_PRSTATUS or NT_FPREGSET iovec: the whole set
 * and "..." when the buffer is longer, the address when it holds a
 * partial register or cannot be read. */
static bool regset_contents(struct dctx *ctx, uint32_t type, uint64_t base,
			    uint64_t len)
{
	uint64_t r[NREGS];
	struct fpregs_k f;

	if (!base || !len)
		return false;
	if (type == NT_PRSTATUS) {
		size_t n = len < sizeof(r) ? len : sizeof(r);
		if (n % 8 || tmem_read(ctx->call->tid, base, r, n))
			return false;
		regs_val(ctx, r, n / 8, len > sizeof(r));
		return true;
	} else if (type == NT_PRFPREG && len >= sizeof(f)) {
		if (tmem_read(ctx->call->tid, base, &f, sizeof(f)))
			return false;
		fpregs_val(ctx, &f);
	} else {
		return false;
	}
	if (len > sizeof(f))
		emit_more(ctx->e);
	return true;
}

static void regset_iov(struct dctx *ctx, uint32_t type, uint64_t addr,
		       bool contents)
{
	struct { uint64_t base, len; } iov;

	if (!dec_fetch(ctx, addr, &iov, sizeof(iov)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "iov_base");
	if (!contents || !regset_contents(ctx, type, iov.base, iov.len))
		emit_addr(ctx->e, iov.base);
	emit_field(ctx->e, "iov_len");
	emit_uint(ctx->e, iov.len);
	emit_struct_end(ctx->e);
}

/* A stored word (a long of the call): [0x...] or [N] */
static void stored_word(struct dctx *ctx, uint64_t addr, bool hex)
{
	uint64_t v = 0;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &v, arch_pers[ctx->call->pers].word_size))
		return;
	emit_array_begin(ctx->e);
	if (hex)
		emit_hex(ctx->e, v);
	else
		emit_uint(ctx->e, v);
	emit_array_end(ctx->e);
}

/* struct ptrace_peeksiginfo_args */
static void peeksiginfo_args(struct dctx *ctx, uint64_t addr)
{
	struct { uint64_t off; uint32_t flags; uint32_t nr; } a;

	if (!dec_fetch(ctx, addr, &a, sizeof(a)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "off");
	emit_uint(ctx->e, a.off);
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_p_ptrace_peeksiginfo_flags, a.flags,
			"PTRACE_PEEKSIGINFO_???");
	emit_field(ctx->e, "nr");
	emit_uint(ctx->e, a.nr);
	emit_struct_end(ctx->e);
}

/* the rval siginfos PTRACE_PEEKSIGINFO stored */
static void siginfo_array(struct dctx *ctx, uint64_t addr, uint64_t count)
{
	uint64_t max = fdec_array_max(ctx);
	uint8_t si[128];

	if (addr && !count) {
		emit_array_begin(ctx->e);
		emit_array_end(ctx->e);
		return;
	}
	if (!addr || tmem_read(ctx->call->tid, addr, si, sizeof(si))) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < count; i++, addr += sizeof(si)) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		if (i && tmem_read(ctx->call->tid, addr, si, sizeof(si))) {
			char text[32];
			snprintf(text, sizeof(text), "%#llx",
				 (unsigned long long)addr);
			emit_more(ctx->e);
			emit_comment(ctx->e, text);
			break;
		}
		decode_siginfo(ctx, si);
	}
	emit_array_end(ctx->e);
}

static void sigmask_at(struct dctx *ctx, uint64_t size, uint64_t addr)
{
	if (size != 8)
		dec_ptr(ctx, addr);
	else
		dec_sigset(ctx, addr, size);
}

/* struct seccomp_metadata: filter_off goes in, flags come back */
static void seccomp_metadata(struct dctx *ctx, uint64_t size, uint64_t addr)
{
	struct { uint64_t filter_off, flags; } md;

	if (size < sizeof(md.filter_off)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &md, sizeof(md.filter_off)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "filter_off");
	emit_uint(ctx->e, md.filter_off);
	if (!dec_failed(ctx) && (uint64_t)ctx->call->rval >= sizeof(md) &&
	    tmem_read(ctx->call->tid, addr, &md, sizeof(md)) == 0) {
		emit_field(ctx->e, "flags");
		fdec_flags_dflt(ctx, &ct_c_seccomp_filter_flags, md.flags,
				"SECCOMP_FILTER_FLAG_???");
		if ((uint64_t)ctx->call->rval > sizeof(md))
			emit_more(ctx->e);
	}
	emit_struct_end(ctx->e);
}

/* struct ptrace_syscall_info, as far as the kernel filled it */
struct sysinfo_k {
	uint8_t op, pad[3];
	uint32_t arch;
	uint64_t ip, sp;
	union {
		struct { uint64_t nr, args[6]; uint32_t ret_data; } e;
		struct { int64_t rval; uint8_t is_error; } x;
	} u;
};

/* A syscall number: __NR_name for the tracee's own personality, the
 * number and the name in a comment for another one strace knows. */
static void syscall_nr(struct dctx *ctx, uint32_t arch, uint64_t nr)
{
	char name[64];

	for (int p = 0; p < PERS_COUNT; p++) {
		const struct arch_pers *ap = &arch_pers[p];
		if (ap->audit_arch != arch || ap->nr_bias)
			continue;
		const struct sc_info *info = sc_get(ap->table, (long)nr);
		if (!info || !info->name)
			break;
		if (p != (int)ctx->call->pers) {
			emit_uint(ctx->e, nr);
			if (ctx->e->style->xlat != 1)
				emit_comment(ctx->e, info->name);
			return;
		}
		struct const_entry ent = { name, nr, nr };
		struct const_table t = { "syscall", CONST_ENUM, &ent, 1 };
		snprintf(name, sizeof(name), "__NR_%s", info->name);
		emit_enum(ctx->e, &t, nr, EMIT_DEC);
		return;
	}
	emit_uint(ctx->e, nr);
}

/* A syscall's return value: -ENAME for an error */
static void syscall_rval(struct dctx *ctx, int64_t rval, bool is_error)
{
	const char *name = is_error && rval < 0 && rval > -4096 ?
			   consts_name(&ct_errnos, (uint64_t)-rval) : NULL;
	char text[64];

	if (!name) {
		emit_int(ctx->e, rval);
		return;
	}
	snprintf(text, sizeof(text), "-%s", name);
	switch (ctx->e->style->xlat) {
	case 0:
		emit_sym(ctx->e, text);
		return;
	case 2:
		emit_int(ctx->e, rval);
		emit_comment(ctx->e, text);
		return;
	default:
		emit_int(ctx->e, rval);
	}
}

#define FITS(len, field) \
	((len) >= offsetof(struct sysinfo_k, field) + \
		  sizeof(((struct sysinfo_k *)0)->field))

static void sysinfo_call(struct dctx *ctx, const struct sysinfo_k *s,
			 size_t len, bool seccomp)
{
	size_t nargs = 0;

	emit_field(ctx->e, "nr");
	syscall_nr(ctx, s->arch, s->u.e.nr);
	while (nargs < 6 && len >= offsetof(struct sysinfo_k, u.e.args) +
					  (nargs + 1) * 8)
		nargs++;
	if (!nargs)
		return;
	emit_field(ctx->e, "args");
	emit_array_begin(ctx->e);
	for (size_t i = 0; i < nargs; i++)
		emit_hex(ctx->e, s->u.e.args[i]);
	emit_array_end(ctx->e);
	if (seccomp && FITS(len, u.e.ret_data)) {
		emit_field(ctx->e, "ret_data");
		emit_uint(ctx->e, s->u.e.ret_data);
	}
}

static void syscall_info(struct dctx *ctx, uint64_t size, uint64_t addr)
{
	struct sysinfo_k s;
	uint64_t len = (uint64_t)ctx->call->rval;

	if (dec_failed(ctx) || !addr) {
		dec_ptr(ctx, addr);
		return;
	}
	if (len > size)
		len = size;
	if (len > sizeof(s))
		len = sizeof(s);
	memset(&s, 0, sizeof(s));
	if (!len || tmem_read(ctx->call->tid, addr, &s, len)) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "op");
	fdec_enum_dflt(ctx, &ct_p_ptrace_syscall_info_ops, s.op,
		       "PTRACE_SYSCALL_INFO_???");
	if (FITS(len, arch)) {
		emit_field(ctx->e, "arch");
		fdec_enum_dflt(ctx, &ct_p_audit_arch, s.arch, "AUDIT_ARCH_???");
	}
	if (FITS(len, ip)) {
		emit_field(ctx->e, "instruction_pointer");
		emit_hex(ctx->e, s.ip);
	}
	if (FITS(len, sp)) {
		emit_field(ctx->e, "stack_pointer");
		emit_hex(ctx->e, s.sp);
	}
	switch (s.op) {
	case 1: case 3:         /* entry, seccomp */
		if (!FITS(len, u.e.nr))
			break;
		emit_field(ctx->e, s.op == 1 ? "entry" : "seccomp");
		emit_struct_begin(ctx->e);
		sysinfo_call(ctx, &s, len, s.op == 3);
		emit_struct_end(ctx->e);
		break;
	case 2:                 /* exit */
		if (!FITS(len, u.x.rval))
			break;
		emit_field(ctx->e, "exit");
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "rval");
		syscall_rval(ctx, s.u.x.rval, s.u.x.is_error);
		if (FITS(len, u.x.is_error)) {
			emit_field(ctx->e, "is_error");
			emit_uint(ctx->e, s.u.x.is_error);
		}
		emit_struct_end(ctx->e);
		break;
	}
	emit_struct_end(ctx->e);
}

/* At exit: what the kernel stored through data. */
static int ptrace_exit(struct dctx *ctx, uint64_t req, uint64_t addr,
		       uint64_t data)
{
	switch (req) {
	case PT_PEEKTEXT: case PT_PEEKDATA: case PT_PEEKUSER:
		stored_word(ctx, data, true);
		break;
	case PT_GETEVENTMSG:
		stored_word(ctx, data, false);
		break;
	case PT_GETREGS:
		if (dec_failed(ctx))
			dec_ptr(ctx, data);
		else
			regs_at(ctx, data);
		break;
	case PT_GETFPREGS:
		if (dec_failed(ctx))
			dec_ptr(ctx, data);
		else
			fpregs_at(ctx, data);
		break;
	case PT_GETSIGINFO:
		if (dec_failed(ctx))
			dec_ptr(ctx, data);
		else
			siginfo_at(ctx, data);
		break;
	case PT_GETREGSET:
		regset_iov(ctx, (uint32_t)addr, data, !dec_failed(ctx));
		break;
	case PT_PEEKSIGINFO:
		if (dec_failed(ctx))
			dec_ptr(ctx, data);
		else
			siginfo_array(ctx, data, (uint64_t)ctx->call->rval);
		break;
	case PT_GETSIGMASK:
		if (dec_failed(ctx))
			dec_ptr(ctx, data);
		else
			sigmask_at(ctx, addr, data);
		break;
	case PT_SECCOMP_GET_FILTER:
		/* the return value is the filter's length; strace shows
		 * the program only under -v */
		if (dec_failed(ctx) || !data || !ctx->opt->verbose)
			dec_ptr(ctx, data);
		else
			bpfdec_classic_prog(ctx, data, (uint64_t)ctx->call->rval, true);
		break;
	case PT_SECCOMP_GET_METADATA:
		seccomp_metadata(ctx, addr, data);
		break;
	case PT_GET_SYSCALL_INFO:
		syscall_info(ctx, addr, data);
		break;
	}
	return DEC_DONE;
}

static int dec_ptrace(struct dctx *ctx)
{
	/* the request is a long: high bits make it unknown */
	uint64_t req = dec_arg(ctx, 0);
	uint64_t addr = dec_arg(ctx, 2), data = dec_arg(ctx, 3);

	if (ctx->exiting)
		return ptrace_exit(ctx, req, addr, data);
	fdec_enum_dflt(ctx, &ct_p_ptrace_requests, req, "PTRACE_???");
	if (req == PT_TRACEME)
		return DEC_DONE;
	dec_pid(ctx, dec_arg(ctx, 1));
	switch (req) {
	case PT_KILL: case PT_ATTACH: case PT_INTERRUPT: case PT_LISTEN:
		return DEC_DONE;
	case PT_PEEKUSER:
		user_offset(ctx, addr);
		return DEC_MORE;
	case PT_PEEKTEXT: case PT_PEEKDATA: case PT_GETEVENTMSG:
	case PT_GETSIGINFO:
		dec_ptr(ctx, addr);
		return DEC_MORE;
	case PT_POKEUSER:
		user_offset(ctx, addr);
		dec_ptr(ctx, data);
		return DEC_DONE;
	case PT_POKETEXT: case PT_POKEDATA:
		dec_ptr(ctx, addr);
		dec_ptr(ctx, data);
		return DEC_DONE;
	case PT_CONT: case PT_SINGLESTEP: case PT_DETACH: case PT_SYSCALL:
	case PT_SYSEMU: case PT_SYSEMU_SINGLESTEP: case PT_SINGLEBLOCK:
		dec_ptr(ctx, addr);
		dec_signo(ctx, data);
		return DEC_DONE;
	case PT_GETREGS: case PT_GETFPREGS:
		return DEC_MORE;
	case PT_SETREGS:
		regs_at(ctx, data);
		return DEC_DONE;
	case PT_SETFPREGS:
		fpregs_at(ctx, data);
		return DEC_DONE;
	case PT_SETOPTIONS: case PT_SEIZE:
		dec_ptr(ctx, addr);
		fdec_flags_dflt(ctx, &ct_p_ptrace_options, data,
				"PTRACE_O_???");
		return DEC_DONE;
	case PT_SETSIGINFO:
		dec_ptr(ctx, addr);
		siginfo_at(ctx, data);
		return DEC_DONE;
	case PT_GETREGSET: case PT_SETREGSET:
		fdec_enum_dflt(ctx, &ct_p_nt_types, (uint32_t)addr, "NT_???");
		if (req == PT_GETREGSET)
			return DEC_MORE;
		regset_iov(ctx, (uint32_t)addr, data, true);
		return DEC_DONE;
	case PT_PEEKSIGINFO:
		peeksiginfo_args(ctx, addr);
		return DEC_MORE;
	case PT_GETSIGMASK:
		dec_ulong(ctx, addr);
		return DEC_MORE;
	case PT_SETSIGMASK:
		dec_ulong(ctx, addr);
		sigmask_at(ctx, addr, data);
		return DEC_DONE;
	case PT_SECCOMP_GET_FILTER:
		dec_ulong(ctx, addr);
		return DEC_MORE;
	case PT_SECCOMP_GET_METADATA: case PT_GET_SYSCALL_INFO:
		dec_ulong(ctx, addr);
		return DEC_MORE;
	default:
		dec_ptr(ctx, addr);
		dec_ptr(ctx, data);
		return DEC_DONE;
	}
}
DECODER(ptrace, dec_ptrace);
