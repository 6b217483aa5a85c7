/* Process decoders: exec, exit, wait, clone/clone3, thread and robust-list
 * setup, resource limits and usage, uname, sysinfo, personality,
 * arch_prctl, getrandom and pidfds (prctl is in prctl.c).  x86_64 layouts only. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "decode/common.h"
#include "decode/file.h"
#include "decode/proc.h"
#include "consts/consts.h"
#include "tmem/tmem.h"

#define AT_FDCWD_VAL (-100)
#define P_PIDFD_VAL 3

static bool read_ok(struct dctx *ctx, uint64_t addr, void *buf, size_t n)
{
	return addr && tmem_read(ctx->call->tid, addr, buf, n) == 0;
}

void proc_flags_text(char *buf, size_t size, const struct const_table *t,
		     uint64_t v)
{
	uint64_t rest = v;
	size_t len = 0;
	int n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < t->count && len < size; i++) {
		const struct const_entry *e = &t->entries[i];
		/* each bit names once: combined masks first take theirs */
		if (!e->mask || (rest & e->mask) != e->value)
			continue;
		len += snprintf(buf + len, size - len, "%s%s", n++ ? "|" : "",
				e->name);
		rest &= ~e->mask;
	}
	if ((rest || !n) && len < size)
		snprintf(buf + len, size - len, "%s%#llx", n ? "|" : "",
			 (unsigned long long)rest);
}

void proc_hex_text(struct dctx *ctx, uint64_t v, const char *text)
{
	switch (ctx->e->style->xlat) {
	case 0:
		emit_sym(ctx->e, text);
		return;
	case 2:
		emit_hex(ctx->e, v);
		emit_comment(ctx->e, text);
		return;
	default:
		emit_hex(ctx->e, v);
	}
}

/* A signal's name whatever -X says (wait statuses), or NULL. */
static const char *sig_name(int sig, char *buf, size_t size)
{
	const char *name = sig > 0 ? consts_name(&ct_signals, (uint64_t)sig) :
				     NULL;

	if (name)
		return name;
	if (sig == 32)
		return "SIGRTMIN";
	if (sig > 32 && sig <= 64) {
		snprintf(buf, size, "SIGRT_%d", sig - 32);
		return buf;
	}
	return NULL;
}

static void emit_signame_plain(struct dctx *ctx, int sig)
{
	char buf[16];
	const char *name = sig_name(sig, buf, sizeof(buf));

	if (name)
		emit_sym(ctx->e, name);
	else
		emit_int(ctx->e, sig);
}

/* Element limit for arrays strace abbreviates at -s elements. */
static uint64_t array_max(const struct dctx *ctx)
{
	return ctx->opt->verbose ? (1u << 20) : ctx->opt->strsize;
}

/* "..." and a comment with the address where an array stops being
 * readable */
static void array_fault(struct dctx *ctx, uint64_t addr)
{
	char text[32];

	emit_more(ctx->e);
	snprintf(text, sizeof(text), "%#llx", (unsigned long long)addr);
	emit_comment(ctx->e, text);
}

/* NULL-terminated array of strings (argv, envp). */
static void str_array(struct dctx *ctx, uint64_t addr)
{
	uint64_t max = array_max(ctx);
	uint64_t ptr;

	if (!addr || !read_ok(ctx, addr, &ptr, sizeof(ptr))) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t n = 0;; n++, addr += sizeof(ptr)) {
		if (n && !read_ok(ctx, addr, &ptr, sizeof(ptr))) {
			array_fault(ctx, addr);
			break;
		}
		if (!ptr)
			break;
		if (n >= max) {
			emit_more(ctx->e);
			break;
		}
		dec_cstr(ctx, ptr);
	}
	emit_array_end(ctx->e);
}

/* The environment when abbreviated: its address and entry count. */
static void str_array_count(struct dctx *ctx, uint64_t addr)
{
	uint64_t ptr, count = 0;
	bool unterminated = false;
	char text[64];

	if (!addr || !read_ok(ctx, addr, &ptr, sizeof(ptr))) {
		dec_ptr(ctx, addr);
		return;
	}
	/* bounded: a process cannot pass more than a few million */
	for (uint64_t a = addr; count < (1u << 24); a += sizeof(ptr)) {
		if (!read_ok(ctx, a, &ptr, sizeof(ptr))) {
			unterminated = true;
			break;
		}
		if (!ptr)
			break;
		count++;
	}
	dec_ptr(ctx, addr);
	snprintf(text, sizeof(text), "%" PRIu64 " var%s%s", count,
		 count == 1 ? "" : "s", unterminated ? ", unterminated" : "");
	emit_comment(ctx->e, text);
}

static void exec_args(struct dctx *ctx, uint64_t argv, uint64_t envp)
{
	str_array(ctx, argv);
	if (ctx->opt->verbose)
		str_array(ctx, envp);
	else
		str_array_count(ctx, envp);
}

static int dec_execve(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	exec_args(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(execve, dec_execve);

static int dec_execveat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	exec_args(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_p_execveat_flags, (uint32_t)dec_arg(ctx, 4),
		   "AT_???");
	return DEC_DONE;
}
DECODER(execveat, dec_execveat);

static int dec_exit(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_NONE;
	return DEC_DONE;
}
DECODER_ANY_PERS(exit, dec_exit);
DECODER_ANY_PERS(exit_group, dec_exit);

/* One "MACRO(s)" term of a wait status expression. */
static void status_macro(struct dctx *ctx, const char *macro)
{
	emit_call_begin(ctx->e, macro);
	emit_sym(ctx->e, "s");
	emit_call_end(ctx->e);
}

/* A wait status as strace spells it: the C test that recognises it, e.g.
 * {WIFEXITED(s) && WEXITSTATUS(s) == 0}, then any bits left over. */
static void wait_status(struct dctx *ctx, int status)
{
	unsigned int rest = (unsigned int)status;

	emit_array_begin(ctx->e);
	if ((status & 0xff) == 0x7f) {                  /* stopped */
		int sig = (status >> 8) & 0xff;
		emit_struct_begin(ctx->e);
		status_macro(ctx, "WIFSTOPPED");
		emit_join(ctx->e, " && ");
		status_macro(ctx, "WSTOPSIG");
		emit_join(ctx->e, " == ");
		emit_signame_plain(ctx, sig & 0x7f);
		if (sig & 0x80) {
			emit_join(ctx->e, " | ");
			emit_hex(ctx->e, 0x80);
		}
		emit_struct_end(ctx->e);
		rest &= ~0xff7fu;
	} else if ((status & 0x7f) != 0 && (status & 0x7f) != 0x7f &&
		   status != 0xffff) {                   /* signaled */
		emit_struct_begin(ctx->e);
		status_macro(ctx, "WIFSIGNALED");
		emit_join(ctx->e, " && ");
		status_macro(ctx, "WTERMSIG");
		emit_join(ctx->e, " == ");
		emit_signame_plain(ctx, status & 0x7f);
		if (status & 0x80) {
			emit_join(ctx->e, " && ");
			status_macro(ctx, "WCOREDUMP");
		}
		emit_struct_end(ctx->e);
		rest &= ~0xffu;
	} else if ((status & 0x7f) == 0) {              /* exited */
		emit_struct_begin(ctx->e);
		status_macro(ctx, "WIFEXITED");
		emit_join(ctx->e, " && ");
		status_macro(ctx, "WEXITSTATUS");
		emit_join(ctx->e, " == ");
		emit_int(ctx->e, (status >> 8) & 0xff);
		emit_struct_end(ctx->e);
		rest &= ~0xff00u;
	} else if (status == 0xffff) {                  /* continued */
		emit_struct_begin(ctx->e);
		status_macro(ctx, "WIFCONTINUED");
		emit_struct_end(ctx->e);
		rest = 0;
	} else {
		emit_hex(ctx->e, (unsigned int)status);
		emit_array_end(ctx->e);
		return;
	}
	if (rest >> 16) {
		unsigned int event = rest >> 16;
		emit_join(ctx->e, " | ");
		fdec_enum_dflt(ctx, &ct_p_ptrace_events, event, "PTRACE_EVENT_???");
		emit_join(ctx->e, " << ");
		emit_uint(ctx->e, 16);
		rest &= 0xffff;
	}
	if (rest) {
		emit_join(ctx->e, " | ");
		emit_hex(ctx->e, rest);
	}
	emit_array_end(ctx->e);
}

static void timeval_val(struct dctx *ctx, const char *name, int64_t sec,
			int64_t usec)
{
	emit_field(ctx->e, name);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, sec);
	emit_field(ctx->e, "tv_usec");
	emit_int(ctx->e, usec);
	emit_struct_end(ctx->e);
}

/* struct rusage, all longs (32-bit on i386): the two times, the
 * counters only with -v */
static void rusage(struct dctx *ctx, uint64_t addr)
{
	static const char *const names[] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
		"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
		"ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw",
		"ru_nivcsw",
	};
	int64_t ru[4 + 14];

	if (!dec_fetch_longs(ctx, addr, ru, 4 + 14))
		return;
	emit_struct_begin(ctx->e);
	timeval_val(ctx, "ru_utime", ru[0], ru[1]);
	timeval_val(ctx, "ru_stime", ru[2], ru[3]);
	if (!ctx->opt->verbose) {
		emit_more(ctx->e);
	} else {
		for (size_t i = 0; i < 14; i++) {
			emit_field(ctx->e, names[i]);
			emit_int(ctx->e, ru[4 + i]);
		}
	}
	emit_struct_end(ctx->e);
}

static void wait_options(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_p_wait_options, (uint32_t)v, "W???");
}

static int dec_wait4(struct dctx *ctx)
{
	int status;

	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	uint64_t addr = dec_arg(ctx, 1);
	if (dec_failed(ctx) || !ctx->call->rval || !addr) {
		/* nothing was stored (error, or WNOHANG found no child) */
		dec_ptr(ctx, addr);
	} else if (dec_fetch(ctx, addr, &status, sizeof(status))) {
		wait_status(ctx, status);
	}
	wait_options(ctx, dec_arg(ctx, 2));
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 3));
	else
		rusage(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(wait4, dec_wait4);

/* An i386 SIGCHLD siginfo (pid, uid, status, utime, stime: 32-bit words
 * from offset 12) moved to the x86_64 places, where the union starts at
 * 16 and the times are longs. */
static void siginfo_chld_widen(uint8_t *si)
{
	int32_t w[5];
	int64_t t[2];

	memcpy(w, si + 12, sizeof(w));
	t[0] = w[3], t[1] = w[4];
	memset(si + 12, 0, 128 - 12);
	memcpy(si + 16, w, 3 * sizeof(w[0]));
	memcpy(si + 32, t, sizeof(t));
}

/* waitid's siginfo: a SIGCHLD one (or zeros), shown in the x86_64 layout */
static void siginfo_ptr(struct dctx *ctx, uint64_t addr)
{
	enum personality p = ctx->call->pers;
	uint8_t si[128];

	if (!dec_fetch(ctx, addr, si, sizeof(si)))
		return;
	if (arch_pers[p].word_size == 4)
		siginfo_chld_widen(si);
	ctx->call->pers = PERS_X86_64;
	decode_siginfo(ctx, si);
	ctx->call->pers = p;
}

/* The id of waitid's idtype: a pid (P_PID), a group (P_PGID), a
 * descriptor (P_PIDFD, -y shows its path) or nothing (P_ALL) */
#define P_PID_VAL 1
#define P_PGID_VAL 2

static void waitid_id(struct dctx *ctx, uint32_t type, uint64_t id)
{
	if (type == P_PIDFD_VAL)
		dec_fd(ctx, id);
	else if (type == P_PID_VAL)
		dec_pid(ctx, id);
	else if (type == P_PGID_VAL)
		dec_pgid(ctx, id);
	else
		dec_int(ctx, id);
}

static int dec_waitid(struct dctx *ctx)
{
	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_waitid_types, (uint32_t)dec_arg(ctx, 0),
			  "P_???");
		/* P_PIDFD: the id is a descriptor (-y shows its path) */
		waitid_id(ctx, (uint32_t)dec_arg(ctx, 0), dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		siginfo_ptr(ctx, dec_arg(ctx, 2));
	wait_options(ctx, dec_arg(ctx, 3));
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 4));
	else
		rusage(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(waitid, dec_waitid, 1u << PERS_X86_64 | 1u << PERS_I386);

/* clone(2) on x86_64: flags, stack, parent_tid, child_tid, tls */
#define CSIGNAL 0xffu
#define CLONE_PIDFD_F 0x1000u
#define CLONE_SETTLS_F 0x80000u
#define CLONE_PARENT_SETTID_F 0x100000u
#define CLONE_CHILD_CLEARTID_F 0x200000u
#define CLONE_CHILD_SETTID_F 0x1000000u
#define CLONE_INTO_CGROUP_F 0x200000000ull

static int dec_clone(struct dctx *ctx)
{
	uint64_t raw = dec_arg(ctx, 0);
	uint64_t flags = raw & ~(uint64_t)CSIGNAL;
	unsigned int sig = raw & CSIGNAL;

	ctx->call->ret_fmt = RET_PID;
	if (!ctx->exiting) {
		emit_field(ctx->e, "child_stack");
		dec_ptr(ctx, dec_arg(ctx, 1));
		emit_field(ctx->e, "flags");
		if (flags) {
			fdec_flags_dflt(ctx, &ct_p_clone_flags, flags, "CLONE_???");
			if (sig) {
				emit_join(ctx->e, "|");
				dec_signo(ctx, sig);
			}
		} else if (sig) {
			dec_signo(ctx, sig);
		} else {
			emit_hex(ctx->e, 0);
		}
		if (!(flags & (CLONE_PARENT_SETTID_F | CLONE_PIDFD_F |
			       CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F |
			       CLONE_SETTLS_F)))
			return DEC_DONE;
		/* "flags=... <unfinished ...>", "<... clone resumed>, " */
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (flags & CLONE_PARENT_SETTID_F) {
		emit_field(ctx->e, "parent_tid");
		dec_out_pid(ctx, dec_arg(ctx, 2));
	} else if (flags & CLONE_PIDFD_F) {
		emit_field(ctx->e, "parent_tid");
		dec_out_int(ctx, dec_arg(ctx, 2));
	}
	if (flags & CLONE_SETTLS_F) {
		emit_field(ctx->e, "tls");
		dec_ptr(ctx, dec_arg(ctx, 4));
	}
	if (flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F)) {
		emit_field(ctx->e, "child_tidptr");
		dec_ptr(ctx, dec_arg(ctx, 3));
	}
	return DEC_DONE;
}
DECODER(clone, dec_clone);

struct clone_args_k {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack,
		stack_size, tls, set_tid, set_tid_size, cgroup;
};

#define CLONE_ARGS_VER0 64

enum tail { TAIL_NONE, TAIL_DATA, TAIL_FAULT };

/* Bytes past the struct this kernel ABI knows: none (or all zero), some
 * set, or unreadable (the kernel then fails with EFAULT). */
static enum tail clone3_tail_state(struct dctx *ctx, uint64_t addr,
				   uint64_t size)
{
	uint8_t probe[4096];
	uint64_t from = sizeof(struct clone_args_k);
	uint64_t n = size > sizeof(probe) ? sizeof(probe) : size;

	if (n <= from)
		return TAIL_NONE;
	if (tmem_read(ctx->call->tid, addr + from, probe, n - from))
		return TAIL_FAULT;
	for (uint64_t i = 0; i < n - from; i++)
		if (probe[i])
			return TAIL_DATA;
	return TAIL_NONE;
}

static void clone3_tail(struct dctx *ctx, uint64_t addr, uint64_t size)
{
	switch (clone3_tail_state(ctx, addr, size)) {
	case TAIL_FAULT:
		emit_sym(ctx->e, "???");
		return;
	case TAIL_DATA:
		fdec_extra_bytes(ctx, addr, sizeof(struct clone_args_k), size);
		return;
	case TAIL_NONE:
		return;
	}
}

static void clone3_args(struct dctx *ctx, uint64_t addr,
			const struct clone_args_k *a, uint64_t size)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_p_clone3_flags, a->flags, "CLONE_???");
	if (a->flags & CLONE_PIDFD_F) {
		emit_field(ctx->e, "pidfd");
		dec_ptr(ctx, a->pidfd);
	}
	if (a->flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F)) {
		emit_field(ctx->e, "child_tid");
		dec_ptr(ctx, a->child_tid);
	}
	if (a->flags & CLONE_PARENT_SETTID_F) {
		emit_field(ctx->e, "parent_tid");
		dec_ptr(ctx, a->parent_tid);
	}
	emit_field(ctx->e, "exit_signal");
	if (a->exit_signal < 0x7fffffff)
		dec_signo(ctx, a->exit_signal);
	else
		emit_uint(ctx->e, a->exit_signal);
	emit_field(ctx->e, "stack");
	dec_ptr(ctx, a->stack);
	emit_field(ctx->e, "stack_size");
	emit_hex(ctx->e, a->stack_size);
	if (a->flags & CLONE_SETTLS_F) {
		emit_field(ctx->e, "tls");
		dec_ptr(ctx, a->tls);
	}
	if (a->set_tid || a->set_tid_size) {
		emit_field(ctx->e, "set_tid");
		if (!a->set_tid || !a->set_tid_size || a->set_tid_size > 32) {
			dec_ptr(ctx, a->set_tid);
		} else {
			int tids[32];
			if (dec_fetch(ctx, a->set_tid, tids,
				      a->set_tid_size * sizeof(int))) {
				emit_array_begin(ctx->e);
				for (uint64_t i = 0; i < a->set_tid_size; i++)
					emit_int(ctx->e, tids[i]);
				emit_array_end(ctx->e);
			}
		}
		emit_field(ctx->e, "set_tid_size");
		emit_uint(ctx->e, a->set_tid_size);
	}
	if (size > offsetof(struct clone_args_k, cgroup) &&
	    (a->cgroup || (a->flags & CLONE_INTO_CGROUP_F))) {
		emit_field(ctx->e, "cgroup");
		emit_uint(ctx->e, a->cgroup);
	}
	clone3_tail(ctx, addr, size);
	emit_struct_end(ctx->e);
}

static bool clone3_fetch(struct dctx *ctx, uint64_t addr, uint64_t size,
			 struct clone_args_k *a)
{
	memset(a, 0, sizeof(*a));
	return size >= CLONE_ARGS_VER0 && addr &&
	       tmem_read(ctx->call->tid, addr, a,
			 size < sizeof(*a) ? size : sizeof(*a)) == 0;
}

/* clone3: the arguments at entry; then, when the kernel stores something
 * (pidfd, the parent's copy of the tid), " => " and what it stored at
 * exit, with no separator between (an interrupted clone3 reads
 * "clone3({...} <unfinished ...>", "<... clone3 resumed> => {...}"). */
static int dec_clone3(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 0), size = dec_arg(ctx, 1);
	struct clone_args_k a;

	ctx->call->ret_fmt = RET_PID;
	bool fetched = clone3_fetch(ctx, addr, size, &a);
	uint64_t stored = CLONE_PIDFD_F | CLONE_PARENT_SETTID_F;

	if (!ctx->exiting) {
		if (!fetched) {
			dec_ptr(ctx, addr);
			dec_ulong(ctx, size);
			return DEC_DONE;
		}
		clone3_args(ctx, addr, &a, size);
		/* the stored fields and the bytes past the struct show again
		 * at exit */
		if ((a.flags & stored) ||
		    clone3_tail_state(ctx, addr, size) != TAIL_NONE) {
			ctx->call->defer_sep = true;
			return DEC_MORE;
		}
		dec_ulong(ctx, size);
		return DEC_DONE;
	}
	if (dec_failed(ctx)) {
		dec_ulong(ctx, size);
		return DEC_DONE;
	}
	emit_join(ctx->e, " => ");
	emit_struct_begin(ctx->e);
	if (!fetched) {
		/* readable at entry, not any more */
		emit_sym(ctx->e, "???");
	} else {
		if (a.flags & CLONE_PIDFD_F) {
			emit_field(ctx->e, "pidfd");
			dec_out_int(ctx, a.pidfd);
		}
		if (a.flags & CLONE_PARENT_SETTID_F) {
			emit_field(ctx->e, "parent_tid");
			dec_out_pid(ctx, a.parent_tid);
		}
		clone3_tail(ctx, addr, size);
	}
	emit_struct_end(ctx->e);
	dec_ulong(ctx, size);
	return DEC_DONE;
}
DECODER_PERS(clone3, dec_clone3, 1u << PERS_X86_64 | 1u << PERS_I386);

/* set_tid_address, rseq: strace shows these addresses as numbers */
static int dec_set_tid_address(struct dctx *ctx)
{
	dec_hex(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(set_tid_address, dec_set_tid_address);

static int dec_set_robust_list(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(set_robust_list, dec_set_robust_list);

/* [value] of a stored pointer-sized number (the call's word size) */
static void stored_ulong(struct dctx *ctx, uint64_t addr, bool as_ptr)
{
	int64_t l;
	uint64_t v;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch_longs(ctx, addr, &l, 1))
		return;
	v = arch_pers[ctx->call->pers].word_size == 4 ? (uint32_t)l
						      : (uint64_t)l;
	emit_array_begin(ctx->e);
	if (as_ptr)
		emit_addr(ctx->e, v);
	else
		emit_uint(ctx->e, v);
	emit_array_end(ctx->e);
}

static int dec_get_robust_list(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	stored_ulong(ctx, dec_arg(ctx, 1), true);
	stored_ulong(ctx, dec_arg(ctx, 2), false);
	return DEC_DONE;
}
DECODER_PERS(get_robust_list, dec_get_robust_list, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_rseq(struct dctx *ctx)
{
	dec_hex(ctx, dec_arg(ctx, 0));
	dec_hex(ctx, dec_arg(ctx, 1));
	dec_hex(ctx, dec_arg(ctx, 2));
	dec_hex(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(rseq, dec_rseq);

/* arch_prctl codes */
#define ARCH_GET_FS 0x1003
#define ARCH_GET_GS 0x1004
#define ARCH_GET_CPUID 0x1011
#define ARCH_GET_XCOMP_SUPP 0x1021
#define ARCH_GET_XCOMP_PERM 0x1022
#define ARCH_REQ_XCOMP_PERM 0x1023
#define ARCH_GET_XCOMP_GUEST_PERM 0x1024
#define ARCH_REQ_XCOMP_GUEST_PERM 0x1025

/* strace always comments XSAVE features, even in the default style */
static void xfeature_mask(struct dctx *ctx, uint64_t v)
{
	char text[512];

	emit_hex(ctx->e, v);
	if (ctx->e->style->xlat == 1 || !v)
		return;
	proc_flags_text(text, sizeof(text), &ct_p_xfeature_masks, v);
	if (fdec_flags_known(&ct_p_xfeature_masks, v))
		emit_comment(ctx->e, text);
	else
		emit_comment(ctx->e, "XFEATURE_MASK_???");
}

static int dec_arch_prctl(struct dctx *ctx)
{
	unsigned int code = (unsigned int)dec_arg(ctx, 0);
	uint64_t arg = dec_arg(ctx, 1);

	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_arch_prctl, code, "ARCH_???");
		switch (code) {
		case ARCH_GET_CPUID:
			return DEC_DONE;
		case ARCH_GET_FS:
		case ARCH_GET_GS:
		case ARCH_GET_XCOMP_SUPP:
		case ARCH_GET_XCOMP_PERM:
		case ARCH_GET_XCOMP_GUEST_PERM:
			return DEC_MORE;
		case ARCH_REQ_XCOMP_PERM:
		case ARCH_REQ_XCOMP_GUEST_PERM: {
			const char *n = consts_name(&ct_p_xfeatures, arg);
			emit_hex(ctx->e, arg);
			if (ctx->e->style->xlat != 1)
				emit_comment(ctx->e, n ? n : "XFEATURE_???");
			return DEC_DONE;
		}
		default:
			dec_hex(ctx, arg);
			return DEC_DONE;
		}
	}
	if (code == ARCH_GET_FS || code == ARCH_GET_GS) {
		stored_ulong(ctx, arg, true);
		return DEC_DONE;
	}
	uint64_t v;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, arg);
	} else if (dec_fetch(ctx, arg, &v, sizeof(v))) {
		emit_array_begin(ctx->e);
		xfeature_mask(ctx, v);
		emit_array_end(ctx->e);
	}
	return DEC_DONE;
}
DECODER_PERS(arch_prctl, dec_arch_prctl, 1u << PERS_X86_64 | 1u << PERS_I386);

/* rlimit values: RLIM64_INFINITY, N*1024 for whole kibibytes */
static void rlim_value(struct dctx *ctx, const char *field, uint64_t v)
{
	char text[48];

	emit_field(ctx->e, field);
	if (v == UINT64_MAX) {
		if (ctx->e->style->xlat == 0) {
			emit_sym(ctx->e, "RLIM64_INFINITY");
			return;
		}
		emit_uint(ctx->e, v);
		if (ctx->e->style->xlat == 2)
			emit_comment(ctx->e, "RLIM64_INFINITY");
		return;
	}
	if (v == 0 || v % 1024 || ctx->e->style->xlat == 1) {
		emit_uint(ctx->e, v);
		return;
	}
	if (ctx->e->style->xlat == 0) {
		emit_uint(ctx->e, v / 1024);
		emit_join(ctx->e, "*");
		emit_uint(ctx->e, 1024);
		return;
	}
	emit_uint(ctx->e, v);
	snprintf(text, sizeof(text), "%" PRIu64 "*1024", v / 1024);
	emit_comment(ctx->e, text);
}

static void rlimit(struct dctx *ctx, uint64_t addr)
{
	uint64_t rl[2];

	if (!dec_fetch(ctx, addr, rl, sizeof(rl)))
		return;
	emit_struct_begin(ctx->e);
	rlim_value(ctx, "rlim_cur", rl[0]);
	rlim_value(ctx, "rlim_max", rl[1]);
	emit_struct_end(ctx->e);
}

static void resource(struct dctx *ctx, uint64_t v)
{
	fdec_enum_dflt(ctx, &ct_p_rlimit, (uint32_t)v, "RLIMIT_???");
}

static int dec_prlimit64(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		resource(ctx, dec_arg(ctx, 1));
		rlimit(ctx, dec_arg(ctx, 2));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 3));
	else
		rlimit(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(prlimit64, dec_prlimit64);

static int dec_getrlimit(struct dctx *ctx)
{
	if (!ctx->exiting) {
		resource(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		rlimit(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(getrlimit, dec_getrlimit);

static int dec_setrlimit(struct dctx *ctx)
{
	resource(ctx, dec_arg(ctx, 0));
	rlimit(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(setrlimit, dec_setrlimit);

static int dec_getrusage(struct dctx *ctx)
{
	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_rusage_who, (uint32_t)dec_arg(ctx, 0),
			  "RUSAGE_???");
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		rusage(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(getrusage, dec_getrusage);

static int dec_getrandom(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 0));
	else
		dec_buf_hex(ctx, dec_arg(ctx, 0), (uint64_t)ctx->call->rval);
	dec_ulong(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_p_grnd_flags, (uint32_t)dec_arg(ctx, 2),
		   "GRND_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(getrandom, dec_getrandom);

/* a fixed-size char array of a struct, up to its NUL */
static void char_field(struct dctx *ctx, const char *name, const char *s,
		       size_t size)
{
	size_t len = strnlen(s, size);

	/* strace prints these whole, whatever -s says */
	emit_field(ctx->e, name);
	emit_str(ctx->e, s, len, len == size ? EMIT_STR_TRUNCATED : 0);
}

static int dec_uname(struct dctx *ctx)
{
	static const char *const names[] = {
		"sysname", "nodename", "release", "version", "machine",
		"domainname",
	};
	char u[6][65];

	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		return DEC_DONE;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 0), u, sizeof(u)))
		return DEC_DONE;
	emit_struct_begin(ctx->e);
	for (int i = 0; i < 6; i++) {
		if (i == 2 && !ctx->opt->verbose) {
			emit_more(ctx->e);
			break;
		}
		char_field(ctx, names[i], u[i], sizeof(u[i]));
	}
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER_ANY_PERS(uname, dec_uname);

struct sysinfo_k {
	int64_t uptime;
	uint64_t loads[3];
	uint64_t totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	uint16_t procs, pad;
	uint32_t pad2;
	uint64_t totalhigh, freehigh;
	uint32_t mem_unit;
};

static int dec_sysinfo(struct dctx *ctx)
{
	struct sysinfo_k si;

	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		return DEC_DONE;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 0), &si, sizeof(si)))
		return DEC_DONE;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "uptime");
	/* unsigned to strace, as the other fields */
	emit_uint(ctx->e, (uint64_t)si.uptime);
	emit_field(ctx->e, "loads");
	emit_array_begin(ctx->e);
	for (int i = 0; i < 3; i++)
		emit_uint(ctx->e, si.loads[i]);
	emit_array_end(ctx->e);
	emit_field(ctx->e, "totalram");
	emit_uint(ctx->e, si.totalram);
	emit_field(ctx->e, "freeram");
	emit_uint(ctx->e, si.freeram);
	emit_field(ctx->e, "sharedram");
	emit_uint(ctx->e, si.sharedram);
	emit_field(ctx->e, "bufferram");
	emit_uint(ctx->e, si.bufferram);
	emit_field(ctx->e, "totalswap");
	emit_uint(ctx->e, si.totalswap);
	emit_field(ctx->e, "freeswap");
	emit_uint(ctx->e, si.freeswap);
	emit_field(ctx->e, "procs");
	emit_uint(ctx->e, si.procs);
	emit_field(ctx->e, "totalhigh");
	emit_uint(ctx->e, si.totalhigh);
	emit_field(ctx->e, "freehigh");
	emit_uint(ctx->e, si.freehigh);
	emit_field(ctx->e, "mem_unit");
	emit_uint(ctx->e, si.mem_unit);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER(sysinfo, dec_sysinfo);

/* A persona: the PER_* type byte, then the flag bits. */
static void persona(struct dctx *ctx, uint32_t v)
{
	uint32_t type = v & 0xff, flags = v & ~0xffu;

	if (v == 0xffffffff) {
		/* the query value */
		emit_hex(ctx->e, v);
		return;
	}
	fdec_enum_dflt(ctx, &ct_p_personality_types, type, "PER_???");
	if (flags) {
		emit_join(ctx->e, "|");
		emit_flags(ctx->e, &ct_p_personality_flags, flags, EMIT_HEX);
	}
}

/* the previous persona, spelt like the argument */
static void persona_note(struct dctx *ctx)
{
	persona(ctx, (uint32_t)ctx->call->rval);
}

static int dec_personality(struct dctx *ctx)
{
	persona(ctx, (uint32_t)dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_HEX;
	ctx->call->ret_aux = persona_note;
	return DEC_DONE;
}
DECODER_ANY_PERS(personality, dec_personality);

static int dec_pidfd_open(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_p_pidfd_flags, (uint32_t)dec_arg(ctx, 1),
		   "PIDFD_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(pidfd_open, dec_pidfd_open);

/* A descriptor of another process: -y shows its path there, -yy its
 * details (device numbers, socket, pidfd) as for one of the tracee's. */
static void foreign_fd(struct dctx *ctx, int pidfd, uint64_t v)
{
	int fd = (int)v;
	pid_t pid;

	if (fd < 0 || !ctx->opt->fd_paths ||
	    !(pid = dec_pidfd_pid(ctx->call->tid, pidfd))) {
		emit_fd(ctx->e, fd, NULL);
		return;
	}
	dec_emit_fd(ctx->e, pid, fd, ctx->opt->fd_paths);
}

static int dec_pidfd_getfd(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	foreign_fd(ctx, (int)dec_arg(ctx, 0), dec_arg(ctx, 1));
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 2));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(pidfd_getfd, dec_pidfd_getfd);

static int dec_pid_only(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(getpgid, dec_pid_only);
DECODER_ANY_PERS(getsid, dec_pid_only);

static int dec_setpgid(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_pgid(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(setpgid, dec_setpgid);

/* process_madvise: the ranges of another process, as an iovec array */
static int dec_process_madvise(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_iov(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), false, 0);
	dec_ulong(ctx, dec_arg(ctx, 2));
	fdec_enum_dflt(ctx, &ct_p_madvise, (uint32_t)dec_arg(ctx, 3),
		       "MADV_???");
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(process_madvise, dec_process_madvise, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_process_mrelease(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(process_mrelease, dec_process_mrelease, 1u << PERS_X86_64 | 1u << PERS_I386);
