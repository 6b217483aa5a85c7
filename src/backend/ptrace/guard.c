/* The exactness guards: what keeps sift's seccomp filter from changing
 * what a program does or what sift prints (DESIGN.md, "The exactness
 * promise").  The filter sends these calls to sift even when they are not
 * selected; at their stops sift
 *  - clears CLONE_UNTRACED from clone/clone3, so the child stays traced
 *    (it inherits the filter and would get ENOSYS untraced) and is then
 *    followed quietly, as plain ptrace would not see it;
 *  - moves a task that installs a filter of its own to syscall-stop
 *    tracing (its entry stop comes before any filter, whose ERRNO, TRAP,
 *    KILL or USER_NOTIF would otherwise hide the call);
 *  - emulates strict mode, which the kernel refuses under a filter;
 *  - answers prctl(PR_GET_SECCOMP) as it would be answered untraced. */
#include <errno.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <unistd.h>

#include "backend/ptrace/ptrace_int.h"
#include "trace/task.h"

#ifndef CLONE_UNTRACED
#define CLONE_UNTRACED 0x00800000
#endif

enum guarded { G_OTHER, G_CLONE, G_CLONE3, G_SECCOMP, G_PRCTL };

/* The guarded calls' numbers in each personality, looked up once so a
 * filtered stop compares numbers, not names (-1: not in that table). */
static long guarded_nr[PERS_COUNT][G_PRCTL + 1];

static void resolve_guarded(void)
{
	static const char *const names[] = {
		[G_CLONE] = "clone",
		[G_CLONE3] = "clone3",
		[G_SECCOMP] = "seccomp",
		[G_PRCTL] = "prctl",
	};
	static bool resolved;

	if (resolved)
		return;
	for (int p = 0; p < PERS_COUNT; p++)
		for (int g = G_CLONE; g <= G_PRCTL; g++)
			guarded_nr[p][g] = sc_lookup(arch_pers[p].table,
						     names[g]);
	resolved = true;
}

static enum guarded guarded_call(const struct sc_call *c)
{
	if (!c->info)
		return G_OTHER;
	resolve_guarded();
	for (int g = G_CLONE; g <= G_PRCTL; g++)
		if (c->nr == guarded_nr[c->pers][g])
			return (enum guarded)g;
	return G_OTHER;
}

/* The register holding syscall argument i (0-based) of personality p. */
static unsigned long long *arg_reg(struct user_regs_struct *r,
				   enum personality p, int i)
{
	unsigned long long *x86_64[] = {&r->rdi, &r->rsi, &r->rdx,
					&r->r10, &r->r8,  &r->r9};
	unsigned long long *i386[] = {&r->rbx, &r->rcx, &r->rdx,
				      &r->rsi, &r->rdi, &r->rbp};

	return p == PERS_I386 ? i386[i] : x86_64[i];
}

static int set_arg(struct task *t, int i, uint64_t v)
{
	struct user_regs_struct r;

	if (ptrace(PTRACE_GETREGS, t->tid, 0L, &r) < 0)
		return -errno;
	*arg_reg(&r, t->call.pers, i) = v;
	if (ptrace(PTRACE_SETREGS, t->tid, 0L, &r) < 0)
		return -errno;
	return 0;
}

/* Turns the call into no call (number -1); its result is written at
 * exit. */
static int skip_call(struct task *t)
{
	struct user_regs_struct r;

	if (ptrace(PTRACE_GETREGS, t->tid, 0L, &r) < 0)
		return -errno;
	r.orig_rax = (unsigned long long)-1;
	if (ptrace(PTRACE_SETREGS, t->tid, 0L, &r) < 0)
		return -errno;
	return 0;
}

static void set_result(struct task *t, int64_t rv)
{
	struct user_regs_struct r;

	if (ptrace(PTRACE_GETREGS, t->tid, 0L, &r) == 0) {
		r.rax = (unsigned long long)rv;
		ptrace(PTRACE_SETREGS, t->tid, 0L, &r);
	}
	t->call.rval = rv;
	t->call.is_error = rv < 0 && rv >= -4095;
}

/* clone3's flags live in memory: PTRACE_PEEKDATA/POKEDATA reach them
 * even in a read-only mapping.  Words are 64-bit in both personalities
 * (struct clone_args is all __u64). */
static int clone3_flags(struct task *t, uint64_t addr, uint64_t *flags)
{
	errno = 0;
	long w = ptrace(PTRACE_PEEKDATA, t->tid, (void *)(uintptr_t)addr, 0L);
	if (errno)
		return -errno;
	*flags = (uint64_t)w;
	return 0;
}

static int clone3_set_flags(struct task *t, uint64_t addr, uint64_t flags)
{
	if (ptrace(PTRACE_POKEDATA, t->tid, (void *)(uintptr_t)addr,
		   (void *)(uintptr_t)flags) < 0)
		return -errno;
	return 0;
}

static enum ptr_guard untraced_clone(struct task *t, enum guarded g)
{
	uint64_t flags = t->call.args[0];

	if (g == G_CLONE3) {
		if (t->call.args[1] < sizeof(uint64_t) ||
		    clone3_flags(t, t->call.args[0], &flags) < 0)
			return PTR_GUARD_DONE; /* the kernel refuses it too */
	}
	if (!(flags & CLONE_UNTRACED))
		return PTR_GUARD_DONE;
	int err = g == G_CLONE3
			  ? clone3_set_flags(t, t->call.args[0],
					     flags & ~(uint64_t)CLONE_UNTRACED)
			  : set_arg(t, 0, flags & ~(uint64_t)CLONE_UNTRACED);
	if (err)
		return PTR_GUARD_DONE;
	t->guard_restore = flags;
	t->guard_pending = g;
	t->untraced_child = true;
	return PTR_GUARD_EXIT;
}

static bool is_strict_request(const struct sc_call *c, enum guarded g)
{
	if (g == G_PRCTL)
		return (uint32_t)c->args[0] == PR_SET_SECCOMP &&
		       c->args[1] == SECCOMP_MODE_STRICT;
	/* seccomp(2) takes strict mode only without flags and args */
	return (uint32_t)c->args[0] == SECCOMP_SET_MODE_STRICT &&
	       (uint32_t)c->args[1] == 0 && c->args[2] == 0;
}

static bool is_filter_request(const struct sc_call *c, enum guarded g)
{
	if (g == G_PRCTL)
		return (uint32_t)c->args[0] == PR_SET_SECCOMP &&
		       c->args[1] == SECCOMP_MODE_FILTER;
	return (uint32_t)c->args[0] == SECCOMP_SET_MODE_FILTER;
}

/* The tasks a filter install affects: the caller, and with TSYNC every
 * thread of its process.  They are seen at every syscall from now on.
 * A running thread is interrupted so that its next resume is a
 * PTRACE_SYSCALL one, and the caller waits until each has stopped
 * (ptrace.c, sync_ack): the filter must not exist before they are. */
static void see_every_syscall(struct task *t, bool all_threads)
{
	t->seccomp = false;
	if (!all_threads)
		return;
	for (struct task *o = task_first(); o; o = task_next(o)) {
		if (o == t || o->tgid != t->tgid || !o->seccomp)
			continue;
		o->seccomp = false;
		if (o->sync_waiter ||
		    ptrace(PTRACE_INTERRUPT, o->tid, 0L, 0L) < 0)
			continue;
		o->sync_waiter = t->tid;
		t->sync_pending++;
	}
}

static enum ptr_guard seccomp_request(struct task *t, enum guarded g)
{
	const struct sc_call *c = &t->call;

	if (g == G_PRCTL && (uint32_t)c->args[0] == PR_GET_SECCOMP) {
		t->guard_pending = g;
		return PTR_GUARD_EXIT;
	}
	if (t->own_filter)
		return PTR_GUARD_DONE; /* already seen at every syscall */
	if (is_strict_request(c, g)) {
		if (skip_call(t) < 0)
			return PTR_GUARD_DONE;
		t->guard_pending = g;
		t->guard_strict = true;
		return PTR_GUARD_EXIT;
	}
	if (!is_filter_request(c, g))
		return PTR_GUARD_DONE;
	/* from before the filter exists: nothing it hides can be missed */
	bool tsync = g == G_SECCOMP && (c->args[1] & SECCOMP_FILTER_FLAG_TSYNC);
	see_every_syscall(t, tsync);
	t->guard_pending = g;
	return PTR_GUARD_EXIT;
}

/* Strict mode's four calls, by personality: the kernel checks x32
 * calls against the i386 numbers, so none of them passes. */
static bool strict_allows(const struct sc_call *c)
{
	static const char *const native[] = {"read", "write", "exit",
					     "rt_sigreturn"};
	static const char *const compat[] = {"read", "write", "exit",
					     "sigreturn"};

	if (c->pers == PERS_X32 || !c->info || !c->info->name)
		return false;
	const char *const *ok = c->pers == PERS_I386 ? compat : native;
	for (int i = 0; i < 4; i++)
		if (strcmp(c->info->name, ok[i]) == 0)
			return true;
	return false;
}

enum ptr_guard ptr_guard_entry(struct task *t)
{
	t->guard_pending = G_OTHER;
	t->guard_strict = false;
	if (t->strict)
		return strict_allows(&t->call) ? PTR_GUARD_NONE
					       : PTR_GUARD_KILL;
	enum guarded g = guarded_call(&t->call);
	switch (g) {
	case G_CLONE:
	case G_CLONE3:
		return untraced_clone(t, g);
	case G_SECCOMP:
	case G_PRCTL:
		return seccomp_request(t, g);
	default:
		return PTR_GUARD_NONE;
	}
}

void ptr_guard_kill(struct task *t)
{
	/* strict mode ends the thread with SIGKILL; a signal cannot end one
	 * thread alone, so a multi-threaded process goes as a whole */
	syscall(SYS_tgkill, t->tgid, t->tid, SIGKILL);
}

void ptr_guard_exit(struct task *t)
{
	enum guarded g = (enum guarded)t->guard_pending;
	bool ok = !t->call.is_error;

	t->guard_pending = G_OTHER;
	if (g == G_CLONE || g == G_CLONE3) {
		/* the program's own flags back, as if nothing was cleared */
		if (g == G_CLONE3)
			clone3_set_flags(t, t->call.args[0], t->guard_restore);
		else
			set_arg(t, 0, t->guard_restore);
		t->untraced_child = false;
		return;
	}
	if (t->guard_strict) {
		t->guard_strict = false;
		set_result(t, 0);
		t->strict = true;
		t->seccomp = false;
		return;
	}
	if (g == G_PRCTL && (uint32_t)t->call.args[0] == PR_GET_SECCOMP) {
		/* sift's filter is not the program's: it would see 0 */
		if (ok && t->call.rval == SECCOMP_MODE_FILTER && !t->own_filter)
			set_result(t, 0);
		return;
	}
	if (ok)
		t->own_filter = true;
	else if (!t->own_filter)
		t->seccomp = true; /* refused: back to seccomp stops */
}
