/* -e inject= / fault=: tampering with selected calls at their stops.  The
 * call is skipped by turning its number into -1 at entry (or replaced by
 * another syscall), and its return value is written at exit; signals go
 * with the restart from the exit stop, which the kernel delivers as
 * SI_KERNEL, as strace's do. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <time.h>

#include "backend/ptrace/ptrace_int.h"
#include "trace/task.h"

static unsigned long next_invocation(struct task *t)
{
	const struct sc_table *tab = arch_pers[t->call.pers].table;

	if (!t->inject_counts) {
		t->inject_counts = calloc(tab->count ? tab->count : 1,
					  sizeof(*t->inject_counts));
		if (!t->inject_counts)
			return 0;
	}
	if (t->call.nr < 0 || (unsigned long)t->call.nr >= tab->count)
		return 0;
	uint16_t *n = &t->inject_counts[t->call.nr];
	if (*n < UINT16_MAX)
		(*n)++;
	return *n;
}

static void poke(struct task *t, const struct sel_inject *r, bool enter)
{
	for (size_t i = 0; i < r->npokes; i++) {
		const struct sel_poke *p = &r->pokes[i];
		if (p->enter != enter || p->arg < 1 || p->arg > 6)
			continue;
		struct iovec local = { p->data, p->len };
		struct iovec remote = {
			(void *)(uintptr_t)t->call.args[p->arg - 1], p->len
		};
		process_vm_writev(t->tid, &local, 1, &remote, 1, 0);
	}
}

/* The task stays stopped for ts; the event loop restarts it when due
 * (ptrace.c), so one task's delay holds up no other. */
static void delay(struct task *t, const struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, &t->delay_until);
	t->delay_until.tv_sec += ts->tv_sec;
	t->delay_until.tv_nsec += ts->tv_nsec;
	if (t->delay_until.tv_nsec >= 1000000000L) {
		t->delay_until.tv_sec++;
		t->delay_until.tv_nsec -= 1000000000L;
	}
	t->delayed = true;
}

/* as strace notes them: what was tampered with, and a delay */
static const char *tamper_note(unsigned int flags)
{
	static const char *const notes[2][2][2] = {
		/* [retval][args][delayed] */
		{ { NULL, "(DELAYED)" },
		  { "(INJECTED: args)", "(INJECTED: args) (DELAYED)" } },
		{ { "(INJECTED)", "(INJECTED) (DELAYED)" },
		  { "(INJECTED: args, retval)",
		    "(INJECTED: args, retval) (DELAYED)" } },
	};
	bool rval = flags & (SEL_INJ_ERROR | SEL_INJ_RETVAL);
	bool args = flags & (SEL_INJ_POKE_ENTER | SEL_INJ_POKE_EXIT);
	bool delayed = flags & (SEL_INJ_DELAY_ENTER | SEL_INJ_DELAY_EXIT);

	return notes[rval][args][delayed];
}

void ptr_inject_entry(struct task *t, const struct selection *sel)
{
	struct user_regs_struct regs;

	t->inject = NULL;
	t->tamper = NULL;
	t->tamper_rval = false;
	if (!sel->ninjects || t->call.nr < 0)
		return;
	const struct sel_inject *r = sel_inject_find(sel, t->call.pers,
						     (unsigned long)t->call.nr);
	if (!r || !sel_when_match(&r->when, next_invocation(t)))
		return;
	t->inject = r;
	if (r->flags & (SEL_INJ_ERROR | SEL_INJ_RETVAL | SEL_INJ_SYSCALL)) {
		if (ptrace(PTRACE_GETREGS, t->tid, 0L, &regs) == 0) {
			long nr = -1;
			if (r->flags & SEL_INJ_SYSCALL)
				nr = r->scno[t->call.pers] +
				     (long)arch_pers[t->call.pers].nr_bias;
			regs.orig_rax = (unsigned long long)nr;
			ptrace(PTRACE_SETREGS, t->tid, 0L, &regs);
		}
	}
	if (r->flags & SEL_INJ_POKE_ENTER)
		poke(t, r, true);
	if (r->flags & SEL_INJ_DELAY_ENTER)
		delay(t, &r->delay_enter);
}

int ptr_inject_exit(struct task *t)
{
	const struct sel_inject *r = t->inject;
	struct user_regs_struct regs;
	int sig = 0;

	if (!r)
		return 0;
	t->inject = NULL;
	if (r->flags & (SEL_INJ_ERROR | SEL_INJ_RETVAL)) {
		int64_t rv = (r->flags & SEL_INJ_ERROR) ? -(int64_t)r->error :
							  (int64_t)r->retval;
		if (ptrace(PTRACE_GETREGS, t->tid, 0L, &regs) == 0) {
			regs.rax = (unsigned long long)rv;
			ptrace(PTRACE_SETREGS, t->tid, 0L, &regs);
		}
		t->call.rval = rv;
		/* an injected retval is never an error: strace shows it as
		 * an unsigned number, whatever its bits */
		t->call.is_error = (r->flags & SEL_INJ_ERROR) != 0;
		t->tamper_rval = !t->call.is_error;
	}
	if (r->flags & SEL_INJ_POKE_EXIT)
		poke(t, r, false);
	if (r->flags & SEL_INJ_DELAY_EXIT)
		delay(t, &r->delay_exit);
	if (r->flags & SEL_INJ_SIGNAL)
		sig = r->signo;
	t->tamper = tamper_note(r->flags);
	return sig;
}
