/* The ptrace backend: spawn or attach, then one wait loop that turns
 * ptrace stops into call records for the report module.  With the seccomp
 * filter the kernel stops tracees only at selected syscalls: resume with
 * PTRACE_CONT after exit stops and PTRACE_SYSCALL after seccomp stops. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch/arch.h"
#include "backend/backend.h"
#include "backend/ptrace/ptrace_int.h"
#include "cli/options.h"
#include "decode/demux.h"
#include "summary/summary.h"
#include "trace/report.h"
#include "trace/stack.h"
#include "trace/task.h"

#ifndef PTRACE_EVENT_STOP
#define PTRACE_EVENT_STOP 128
#endif

static struct options *opt;
static bool use_filter;        /* tracees run under sift's filter */
static bool filter_checked;    /* the first execve told us whether it took */
static int status_fd = -1;
static pid_t main_pid;
static int main_status = -1;   /* waitpid status of the command */
static volatile sig_atomic_t interrupted;
static bool silent;            /* stopped printing, still serving stops */
static bool detaching;
static int detach_signal;      /* the signal that made sift detach */
static struct output *main_out;

static volatile sig_atomic_t flush_due;
static bool flush_armed;

static void on_signal(int sig)
{
	interrupted = sig;
}

static void on_alarm(int sig)
{
	flush_due = 1;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The timer that ends injected delays: SIGALRM interrupts the wait.  It
 * repeats every millisecond while a task is delayed, so a signal that
 * comes before sift blocks in wait4 costs a millisecond, not a hang. */
static timer_t delay_timer;
static bool have_delay_timer;
static uint64_t delay_timer_at; /* when it is armed for, 0: disarmed */

static void arm_delay_timer(uint64_t at)
{
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL,
			       .sigev_signo = SIGALRM };
	struct itimerspec its = { { 0, 0 }, { 0, 0 } };

	if (at == delay_timer_at)
		return;
	if (!have_delay_timer) {
		if (timer_create(CLOCK_MONOTONIC, &ev, &delay_timer) < 0)
			return;
		have_delay_timer = true;
	}
	delay_timer_at = at;
	if (at) {
		uint64_t now = now_ns(), ns = at > now ? at - now : 1000;
		its.it_value.tv_sec = (time_t)(ns / 1000000000u);
		its.it_value.tv_nsec = (long)(ns % 1000000000u);
		its.it_interval.tv_nsec = 1000000;
	}
	timer_settime(delay_timer, 0, &its, NULL);
}

/* Output waiting while sift blocks reaches its destination within
 * FLUSH_MS: a one-shot timer interrupts the wait.  Under load the buffer
 * fills and is written in large blocks; no write per event. */
#define FLUSH_MS 10

static void schedule_flush(void)
{
	if (flush_due) {
		flush_due = 0;
		flush_armed = false;
		out_flush_all();
	}
	if (flush_armed || !out_pending())
		return;
	struct itimerval it = { { 0, 0 }, { 0, FLUSH_MS * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
	flush_armed = true;
}

static struct output *output_for(pid_t tid)
{
	char name[4096];
	struct output *o;

	if (opt->follow != 2 || !opt->outfile)
		return main_out;
	snprintf(name, sizeof(name), "%s.%d", opt->outfile, tid);
	if (out_open(&o, name, opt->append) < 0) {
		out_diag("can't open '%s': %s", name,
			strerror(errno));
		return main_out;
	}
	return o;
}

/* Exec events are needed where a thread's execve can change its tid;
 * -b execve needs them always. */
static bool exec_always(void)
{
	return opt->detach_on_execve;
}

static struct task *new_task(pid_t tid, pid_t tgid, bool quiet)
{
	struct task *t = task_add(tid, tgid);

	out_debug("new task %d (thread group %d), %u tasks", tid, tgid,
		  task_count());
	t->out = output_for(tid);
	t->quiet = quiet || silent;
	t->filtered = t->seccomp = use_filter;
	t->exec_events = true;
	return t;
}

/* What a child takes from its parent (NULL: not known, the defaults):
 * the kernel copied the parent's filters and ptrace options. */
static void inherit(struct task *c, const struct task *p)
{
	c->quiet = silent || !opt->follow ||
		   (p && (p->quiet || p->untraced_child));
	c->filtered = p ? p->filtered : use_filter;
	c->own_filter = p && p->own_filter;
	c->seccomp = c->filtered && !c->own_filter;
	c->exec_events = p ? p->exec_events : exec_always();
}

static void set_exec_events(struct task *t, bool on)
{
	unsigned long o = ptr_trace_options(opt, t->filtered, on);

	if (t->exec_events != on &&
	    ptrace(PTRACE_SETOPTIONS, t->tid, 0L, (long)o) == 0)
		t->exec_events = on;
}

static unsigned int n_held; /* children with start_held */

static void drop_task(struct task *t)
{
	if (t->start_held)
		n_held--;
	if (t->out != main_out && t->out)
		out_close(t->out);
	out_debug("task %d dropped, %u left", t->tid, task_count() - 1);
	task_del(t);
}

static int resume(struct task *t, int sig)
{
	int req = PTRACE_SYSCALL;

	if (t->seccomp && !t->in_syscall && !t->startup)
		req = PTRACE_CONT;
	if (ptrace(req, t->tid, 0L, (long)sig) < 0)
		return -errno;
	return 0;
}

static void fill_entry(struct task *t, const struct __ptrace_syscall_info *si,
		       bool seccomp_op)
{
	struct sc_call *c = &t->call;
	uint64_t nr = seccomp_op ? si->seccomp.nr : si->entry.nr;
	const uint64_t *args = seccomp_op ? si->seccomp.args : si->entry.args;
	/* -1 is no syscall, not an x32 one: strace shows it in 64 bit mode.
	 * (The filter sends it by its x32 bit: past both tables, it is
	 * traced either way.) */
	int pers = nr == UINT64_MAX ? PERS_X86_64 :
				      arch_personality(si->arch, nr);

	if (pers < 0)
		pers = PERS_X86_64;
	/* said while the task's last call (its -n number) is still there */
	if ((enum personality)pers != t->pers_seen) {
		report_personality(t, (enum personality)pers);
		t->pers_seen = (enum personality)pers;
	}
	memset(c, 0, sizeof(*c));
	c->prev_info = t->last_shown;
	c->tid = t->tid;
	c->pers = (enum personality)pers;
	c->nr = (long)(nr & ~(uint64_t)arch_pers[c->pers].nr_bias);
	c->info = sc_get(arch_pers[c->pers].table, c->nr);
	memcpy(c->args, args, sizeof(c->args));
	c->ip = si->instruction_pointer;
	c->sp = si->stack_pointer;
	decode_demux(c); /* i386 socketcall(SYS_SOCKET, ...) as socket() */
}

static bool is_execve(const struct sc_call *c)
{
	return c->info && (strcmp(c->info->name, "execve") == 0 ||
			   strcmp(c->info->name, "execveat") == 0);
}

static void on_entry(struct task *t)
{
	t->in_syscall = true;
	if (t->startup && !is_execve(&t->call)) {
		t->printing = false;
		return;
	}
	t->first_exec = t->startup;
	t->startup = false;
	enum ptr_guard g = t->filtered ? ptr_guard_entry(t) : PTR_GUARD_NONE;
	if (report_selected(t)) {
		ptr_inject_entry(t, &opt->sel);
		report_syscall_entry(t);
		t->last_shown = t->call.info;
	}
	if (g == PTR_GUARD_KILL) {
		ptr_guard_kill(t);
		return;
	}
	/* stopped only for a guard that is done: no exit stop */
	if (g == PTR_GUARD_DONE && !t->printing && t->seccomp &&
	    !opt->stack_trace)
		t->in_syscall = false;
}

static void stop_tracing_quietly(void);

/* Returns the signal to deliver with the restart (inject=...:signal=). */
static int on_exit_stop(struct task *t, const struct __ptrace_syscall_info *si)
{
	if (!t->in_syscall)
		return 0; /* attached inside a syscall: its entry is unknown */
	t->call.rval = si->exit.rval;
	t->call.is_error = si->exit.is_error;
	t->call.exited = true;
	if (t->guard_pending)
		ptr_guard_exit(t);
	int sig = ptr_inject_exit(t);
	report_syscall_exit(t);
	t->tamper = NULL;
	t->in_syscall = false;
	t->printing = false;
	if (report_limit_reached())
		stop_tracing_quietly();
	return sig;
}

static int syscall_stop(struct task *t)
{
	struct __ptrace_syscall_info si;

	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (void *)sizeof(si), &si) < 0)
		return 0;
	switch (si.op) {
	case PTRACE_SYSCALL_INFO_ENTRY:
		fill_entry(t, &si, false);
		on_entry(t);
		return 0;
	case PTRACE_SYSCALL_INFO_EXIT:
		return on_exit_stop(t, &si);
	default:
		return 0;
	}
}

static void seccomp_stop(struct task *t)
{
	struct __ptrace_syscall_info si;

	if (t->in_syscall)
		return; /* its entry stop came first (PTRACE_SYSCALL mode) */
	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (void *)sizeof(si), &si) < 0)
		return;
	if (si.op != PTRACE_SYSCALL_INFO_SECCOMP)
		return;
	fill_entry(t, &si, true);
	on_entry(t);
}

/* The spawned command has exec'd: learn whether its filter took. */
static void check_filter(void)
{
	char msg[1 + sizeof(int)];

	if (filter_checked || status_fd < 0)
		return;
	filter_checked = true;
	ssize_t n = read(status_fd, msg, sizeof(msg));
	close(status_fd);
	status_fd = -1;
	if (n != (ssize_t)sizeof(msg) || msg[0] != 'F')
		return;
	int err;
	memcpy(&err, msg + 1, sizeof(err));
	out_diag("seccomp filter could not be installed (%s), "
		"tracing every syscall with ptrace", strerror(err));
	use_filter = false;
	for (struct task *t = task_first(); t; t = task_next(t))
		t->filtered = t->seccomp = false;
}

static void exec_event(struct task *t)
{
	unsigned long former = 0;

	ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &former);
	if ((pid_t)former != t->tid && former) {
		/* a non-leader thread exec'd and took the leader's tid */
		struct task *old = task_find((pid_t)former);
		if (old) {
			pid_t leader = t->tid;
			report_syscall_abandon(t, false);
			if (!t->quiet)
				report_superseded(t, (pid_t)former);
			drop_task(t);
			task_rekey(old, leader);
			t = old;
		}
	}
	check_filter();
	/* one thread now: its next execve cannot change its tid */
	if (!exec_always())
		set_exec_events(t, false);
}

/* A child's first stop: what its parent's event left to do, then go. */
static void start_child(struct task *c)
{
	/* strace says so when the trace is on stderr */
	if (!c->quiet && !opt->outfile)
		report_note("Process %d attached", c->tid);
	c->fresh = false;
	if (c->start_held)
		n_held--;
	c->start_held = false;
	if (c->tgid != c->tid)
		set_exec_events(c, true);
	resume(c, 0);
}

/* A new task seen before its parent's fork event waits for it: only
 * the event tells what it inherited. */
static struct task *held_child(pid_t pid)
{
	struct task *c = new_task(pid, pid, false);

	inherit(c, NULL);
	c->fresh = true;
	c->start_held = true;
	n_held++;
	return c;
}

/* A pid sift has no task for: a new child reported before its
 * parent's fork event (held for it), a child sift inherited from
 * whoever exec'd it, or, where no fork events are asked for, the child
 * of a clone with CLONE_PTRACE, which the kernel made sift's tracee:
 * let it go, as strace does. */
static struct task *unknown_task(pid_t pid, int status)
{
	if (!WIFSTOPPED(status)) {
		out_diag("Exit of unknown pid %d ignored", pid);
		return NULL;
	}
	if (opt->follow || use_filter)
		return held_child(pid);
	ptrace(PTRACE_DETACH, pid, 0L, 0L);
	report_note("Detached unknown pid %d", pid);
	return NULL;
}

/* Fork, vfork and clone events.  A clone made a thread when the child
 * is in the parent's thread group (tgkill's own check; EPERM means it
 * found it); threads need exec events (exec_event). */
static void new_child_event(struct task *parent, int event)
{
	unsigned long msg = 0;

	if (ptrace(PTRACE_GETEVENTMSG, parent->tid, 0L, &msg) < 0 || !msg)
		return;
	pid_t cid = (pid_t)msg, tgid = cid;
	if (event == PTRACE_EVENT_CLONE &&
	    (syscall(SYS_tgkill, parent->tgid, cid, 0) == 0 || errno == EPERM))
		tgid = parent->tgid;
	struct task *c = task_find(cid);
	if (!c) {
		c = new_task(cid, tgid, false);
		c->fresh = true;
	}
	if (!c->fresh)
		return;
	c->tgid = tgid;
	inherit(c, parent);
	if (tgid == parent->tgid)
		set_exec_events(parent, true);
	if (c->start_held)
		start_child(c);
}

/* A task died while children waited for their parent's event: if it was
 * their parent, that event will not come. */
static void release_orphans(pid_t dead_tgid)
{
	if (!n_held)
		return;
	for (struct task *c = task_first(); c; c = task_next(c)) {
		char path[64], buf[256];
		pid_t ppid = 0, tgid = c->tid;

		if (!c->start_held)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/status", c->tid);
		FILE *f = fopen(path, "r");
		while (f && fgets(buf, sizeof(buf), f))
			if (sscanf(buf, "Tgid: %d", &tgid) != 1)
				sscanf(buf, "PPid: %d", &ppid);
		if (f)
			fclose(f);
		if (ppid != dead_tgid && tgid != dead_tgid)
			continue;
		c->tgid = tgid;
		start_child(c);
	}
}

static bool is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
	       sig == SIGTTOU;
}

/* Interrupting sift and -b execve detach alike, with the same line. */
static void detach_task(struct task *t, int sig)
{
	ptrace(PTRACE_DETACH, t->tid, 0L, (long)sig);
	out_debug("detached %d (signal %d)", t->tid, sig);
	/* one line per thread, as strace: for a spawned command only when
	 * the trace is on stderr, where it comes inside the open line,
	 * before its " <detached ...>" */
	if (!t->quiet && (t->attached || !opt->outfile))
		report_note("Process %d detached", t->tid);
	report_syscall_abandon(t, true);
	drop_task(t);
}

/* t has stopped (or died): a thread installing a TSYNC filter that
 * waited for it may go on once all have. */
static void sync_ack(struct task *t)
{
	if (!t->sync_waiter)
		return;
	struct task *w = task_find(t->sync_waiter);
	t->sync_waiter = 0;
	if (!w || !w->sync_pending || --w->sync_pending)
		return;
	if (w->sync_hold) {
		w->sync_hold = false;
		resume(w, 0);
	}
}

static void handle_stop(struct task *t, int status)
{
	int sig = WSTOPSIG(status);
	int event = (unsigned int)status >> 16;
	int inject_sig = 0;

	sync_ack(t);

	if (t->fresh && event == PTRACE_EVENT_STOP) {
		if (!t->start_held)
			start_child(t);
		return;
	}
	t->fresh = false;

	if (sig == (SIGTRAP | 0x80) && detaching) {
		/* the interrupt ended the wait of a call in progress: it is
		 * "<detached ...>", as strace shows it, not its -ERESTART */
		detach_task(t, 0);
		return;
	} else if (sig == (SIGTRAP | 0x80)) {
		inject_sig = syscall_stop(t);
	} else if (event == PTRACE_EVENT_SECCOMP) {
		seccomp_stop(t);
	} else if (event == PTRACE_EVENT_STOP) {
		if (is_stop_signal(sig)) {
			if (!t->quiet)
				report_group_stop(t, sig);
			if (detaching) {
				detach_task(t, 0);
				return;
			}
			ptrace(PTRACE_LISTEN, t->tid, 0L, 0L);
			return;
		}
	} else if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK ||
		   event == PTRACE_EVENT_CLONE) {
		new_child_event(t, event);
	} else if (event == PTRACE_EVENT_EXEC) {
		pid_t tid = t->tid; /* exec_event may replace t */
		exec_event(t);
		t = task_find(tid);
		if (!t)
			return;
		/* -b execve: not the command's own first one, as strace */
		if (opt->detach_on_execve && !t->first_exec) {
			detach_task(t, 0);
			return;
		}
		t->first_exec = false;
	} else if (event == 0 && sig != SIGTRAP) {
		siginfo_t si;
		if (ptrace(PTRACE_GETSIGINFO, t->tid, 0L, &si) == 0 && !t->quiet)
			report_signal(t, &si);
		if (detaching) {
			detach_task(t, sig);
			return;
		}
		resume(t, sig);
		return;
	} else if (event == 0 && sig == SIGTRAP) {
		siginfo_t si;
		if (ptrace(PTRACE_GETSIGINFO, t->tid, 0L, &si) == 0 && !t->quiet)
			report_signal(t, &si);
		resume(t, sig);
		return;
	}
	if (detaching) {
		detach_task(t, 0);
		return;
	}
	if (t->sync_pending) {
		t->sync_hold = true; /* sync_ack resumes it */
		return;
	}
	if (t->delayed) {
		t->delay_sig = inject_sig; /* resume_delayed restarts it */
		return;
	}
	resume(t, inject_sig);
}

/* Restarts the tasks whose injected delay is over; arms the timer for
 * the next one. */
static void resume_delayed(void)
{
	uint64_t now = now_ns(), next = 0;

	for (struct task *t = task_first(); t; t = task_next(t)) {
		if (!t->delayed)
			continue;
		uint64_t at = (uint64_t)t->delay_until.tv_sec * 1000000000u +
			      (uint64_t)t->delay_until.tv_nsec;
		if (at <= now) {
			t->delayed = false;
			resume(t, t->delay_sig);
		} else if (!next || at < next) {
			next = at;
		}
	}
	arm_delay_timer(next);
}

static void handle_death(struct task *t, int status)
{
	sync_ack(t);
	if (t->in_syscall && !t->quiet)
		report_syscall_abandon(t, false);
	if (!t->quiet) {
		if (WIFEXITED(status))
			report_exited(t, WEXITSTATUS(status));
		else
			report_killed(t, WTERMSIG(status), WCOREDUMP(status));
	}
	if (t->tid == main_pid)
		main_status = status;
	if (opt->stack_trace && t->tid == t->tgid)
		stack_forget(t->tgid);
	pid_t tgid = t->tgid;
	drop_task(t);
	release_orphans(tgid);
}

/* Stop showing anything: used when the user interrupts a filtered
 * session or --syscall-limit is reached.  Filtered tracees cannot be
 * detached (they would get ENOSYS), so they keep running, served
 * silently; unfiltered ones are detached. */
static void stop_tracing_quietly(void)
{
	if (use_filter) {
		silent = true;
		for (struct task *t = task_first(); t; t = task_next(t))
			t->quiet = true;
		return;
	}
	detaching = true;
	for (struct task *t = task_first(); t; t = task_next(t)) {
		if (t->delayed) { /* its delay ends with the trace */
			t->delayed = false;
			resume(t, t->delay_sig);
		}
		ptrace(PTRACE_INTERRUPT, t->tid, 0L, 0L);
	}
}

static void on_interrupt(int sig)
{
	interrupted = 0;
	out_debug("interrupted by SIG%s", sigabbrev_np(sig));
	if (opt->kill_on_exit || (use_filter && silent)) {
		/* second request, or asked for: the tracees go with sift */
		for (struct task *t = task_first(); t; t = task_next(t))
			kill(t->tid, SIGKILL);
		out_flush_all();
		_exit(128 + sig);
	}
	stop_tracing_quietly();
	/* detached: sift ends as the signal would have ended it */
	if (detaching)
		detach_signal = sig;
}

/* -d: what wait4 returned, in words */
static void debug_wait(pid_t pid, int status)
{
	static const char *const events[] = {
		[PTRACE_EVENT_FORK] = "FORK", [PTRACE_EVENT_VFORK] = "VFORK",
		[PTRACE_EVENT_CLONE] = "CLONE", [PTRACE_EVENT_EXEC] = "EXEC",
		[PTRACE_EVENT_VFORK_DONE] = "VFORK_DONE",
		[PTRACE_EVENT_EXIT] = "EXIT", [PTRACE_EVENT_SECCOMP] = "SECCOMP",
	};
	const char *abbrev;
	unsigned int ev = (unsigned int)status >> 16;

	if (!out_debug_on)
		return;
	if (WIFEXITED(status)) {
		out_debug("[wait(%#x) = %d] WIFEXITED,exitcode=%d", status, pid,
			  WEXITSTATUS(status));
		return;
	}
	if (WIFSIGNALED(status)) {
		abbrev = sigabbrev_np(WTERMSIG(status));
		out_debug("[wait(%#x) = %d] WIFSIGNALED,sig=SIG%s%s", status, pid,
			  abbrev ? abbrev : "?", WCOREDUMP(status) ? ",core" : "");
		return;
	}
	int sig = WSTOPSIG(status);
	abbrev = sigabbrev_np(sig & 0x7f);
	const char *evname = ev == PTRACE_EVENT_STOP ? "STOP" :
			     ev < sizeof(events) / sizeof(events[0]) ? events[ev] :
			     NULL;
	out_debug("[wait(%#x) = %d] WIFSTOPPED,sig=SIG%s%s%s%s", status, pid,
		  abbrev ? abbrev : "?", sig & 0x80 ? "|0x80 (syscall stop)" : "",
		  ev ? ",EVENT_" : "", ev ? (evname ? evname : "?") : "");
}

static void event_loop(void)
{
	while (task_count() > 0) {
		int status;
		struct rusage ru;
		if (opt->sel.ninjects)
			resume_delayed();
		schedule_flush();
		/* rusage costs the kernel real work per stop: only -c needs it */
		pid_t pid = wait4(-1, &status, __WALL, opt->count ? &ru : NULL);
		if (pid < 0) {
			if (errno == EINTR) {
				if (interrupted)
					on_interrupt(interrupted);
				continue;
			}
			if (errno == ECHILD)
				break;
			continue;
		}
		debug_wait(pid, status);
		if (interrupted)
			on_interrupt(interrupted);
		struct task *t = task_find(pid);
		if (!t && !(t = unknown_task(pid, status)))
			continue;
		if (opt->count)
			t->stime_ns = (uint64_t)ru.ru_stime.tv_sec * 1000000000u +
				      (uint64_t)ru.ru_stime.tv_usec * 1000u;
		if (WIFEXITED(status) || WIFSIGNALED(status))
			handle_death(t, status);
		else if (WIFSTOPPED(status))
			handle_stop(t, status);
	}
	out_flush_all();
}

/* The signals sift handles or ignores, and how it found them. */
static const int tracer_signals[] = {
	SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGTTOU, SIGTTIN,
};
#define N_TRACER_SIGNALS (sizeof(tracer_signals) / sizeof(tracer_signals[0]))
static struct sigaction inherited[N_TRACER_SIGNALS];
static sigset_t inherited_mask;

void ptr_restore_inherited_signals(void)
{
	for (size_t i = 0; i < N_TRACER_SIGNALS; i++)
		sigaction(tracer_signals[i], &inherited[i], NULL);
	sigprocmask(SIG_SETMASK, &inherited_mask, NULL);
}

/* -I: 1 (anywhere) leaves the fatal signals as sift found them, so they
 * end it at once; 2 (waiting) catches them (they are seen between
 * stops: the handler only notes them); 3 (never) blocks them, 4
 * (never_tstp) SIGTSTP too.  As strace: 3 with -o FILE and a command,
 * else 2. */
static int interruptible(void)
{
	if (opt->interruptible)
		return opt->interruptible;
	return opt->outfile && opt->argv ? 3 : 2;
}

static void install_signals(void)
{
	static const int fatal[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE };
	struct sigaction sa;
	sigset_t block;
	int mode = interruptible();

	for (size_t i = 0; i < N_TRACER_SIGNALS; i++)
		sigaction(tracer_signals[i], NULL, &inherited[i]);
	sigprocmask(SIG_SETMASK, NULL, &inherited_mask);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigemptyset(&block);
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
		if (mode >= 2)
			sigaction(fatal[i], &sa, NULL);
		if (mode >= 3)
			sigaddset(&block, fatal[i]);
	}
	if (mode >= 4)
		sigaddset(&block, SIGTSTP);
	sigprocmask(SIG_BLOCK, &block, NULL);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL); /* no SA_RESTART: it ends the wait */
	signal(SIGTTOU, SIG_IGN);
	signal(SIGTTIN, SIG_IGN);
}

static int seize_command(pid_t pid, int release_fd)
{
	if (ptrace(PTRACE_SEIZE, pid, 0L,
		   (long)ptr_trace_options(opt, use_filter, true)) < 0) {
		out_diag("attach: ptrace(PTRACE_SEIZE, %d): %s",
			pid, strerror(errno));
		kill(pid, SIGKILL);
		close(release_fd);
		return -1;
	}
	main_pid = pid;
	struct task *t = new_task(pid, pid, false);
	t->startup = true;
	ptrace(PTRACE_INTERRUPT, pid, 0L, 0L);
	/* the command may go once it is seized; its first stop is the
	 * interrupt, after which every syscall is seen */
	close(release_fd);
	return 0;
}

/* -D: this process becomes the command and a grandchild traces it, so the
 * command stays the child of whoever started sift.  Returns 0 in the
 * tracer; the command's side never returns. */
static int start_daemonized(const struct sock_fprog *filter)
{
	char path[4096];
	int rel[2], st[2];
	int err = ptr_spawn_pipes(opt, path, sizeof(path), rel, st);

	if (err) {
		out_diag("Can't stat '%s': %s", opt->argv[0],
			strerror(-err));
		return -1;
	}
	pid_t command = getpid();
	pid_t mid = fork();
	if (mid < 0) {
		out_diag("fork: %s", strerror(errno));
		return -1;
	}
	if (mid > 0) {
		waitpid(mid, NULL, 0);
		close(rel[1]);
		close(st[0]);
		ptr_child_exec(opt, filter, path, rel[0], st[1]);
	}
	if (opt->daemonize >= 3)
		setsid();
	else if (opt->daemonize == 2)
		setpgid(0, 0);
	if (fork() != 0)
		_exit(0);
	close(rel[0]);
	close(st[1]);
	status_fd = st[0];
	return seize_command(command, rel[1]);
}

static int start_command(void)
{
	struct sock_fprog prog = { 0 };
	int release_fd;
	char why[256];
	bool want_filter = ptr_filter_wanted(opt, why, sizeof(why));

	if (!want_filter && opt->seccomp == SECCOMP_ALWAYS && opt->follow)
		out_diag("--seccomp-bpf: %s, tracing every syscall "
			"with ptrace", why);
	if (want_filter && ptr_filter_build(opt, &prog, false) < 0) {
		if (opt->seccomp == SECCOMP_ALWAYS)
			out_diag("cannot build the seccomp filter, "
				"tracing every syscall with ptrace");
		want_filter = false;
	}
	use_filter = want_filter;
	out_debug("seccomp filter: %s%s%s", want_filter ? "in use" : "not used",
		  want_filter || !why[0] ? "" : ", ", want_filter ? "" : why);
	out_debug("ptrace options = %#lx",
		  ptr_trace_options(opt, want_filter, true));
	if (opt->daemonize) {
		int rc = start_daemonized(want_filter ? &prog : NULL);
		ptr_filter_free(&prog);
		return rc;
	}
	pid_t pid = ptr_spawn(opt, want_filter ? &prog : NULL, &release_fd,
			      &status_fd);
	ptr_filter_free(&prog);
	if (pid < 0) {
		out_diag("Can't stat '%s': %s", opt->argv[0],
			strerror((int)-pid));
		return -1;
	}
	return seize_command(pid, release_fd);
}

static int attach_thread(pid_t tid, pid_t tgid)
{
	if (ptrace(PTRACE_SEIZE, tid, 0L,
		   (long)ptr_trace_options(opt, false, true)) < 0)
		return -errno;
	ptrace(PTRACE_INTERRUPT, tid, 0L, 0L);
	struct task *t = new_task(tid, tgid, false);
	t->attached = true;
	/* strace counts an attached task's call before as number 0 */
	t->last_shown = sc_get(arch_pers[PERS_X86_64].table, 0);
	return 0;
}

/* strace says nothing of -p attaches when it also runs a command and
 * the trace goes to a file */
static void attach_note(pid_t pid, int threads)
{
	if (opt->argv && opt->outfile)
		return;
	if (threads > 1)
		report_note("Process %d attached with %d threads", pid, threads);
	else
		report_note("Process %d attached", pid);
}

static int attach_process(pid_t pid)
{
	if (task_find(pid))
		return 0; /* named twice, or a thread of one already attached */
	char dir[64];
	int threads = 0;

	/* as strace: the threads of the process only with -f */
	snprintf(dir, sizeof(dir), "/proc/%d/task", pid);
	DIR *d = opt->follow ? opendir(dir) : NULL;
	if (!d) {
		int err = attach_thread(pid, pid);
		if (err)
			return err;
		attach_note(pid, 1);
		return 0;
	}
	struct dirent *de;
	int first_err = 0;
	while ((de = readdir(d))) {
		pid_t tid = (pid_t)atoi(de->d_name);
		if (tid <= 0 || task_find(tid))
			continue;
		int err = attach_thread(tid, pid);
		if (err && !first_err)
			first_err = err;
		if (!err)
			threads++;
	}
	closedir(d);
	if (!threads)
		return first_err ? first_err : -ESRCH;
	attach_note(pid, threads);
	return 0;
}

/* The -c table goes where the trace goes: -o FILE, else stderr. */
static void print_summary(const struct options *o)
{
	out_flush_all();
	FILE *f = o->outfile ? fdopen(dup(main_out->fd), "a") : stderr;
	if (!f)
		f = stderr;
	summary_print(f, report_summary(), &o->sumopt);
	if (f != stderr)
		fclose(f);
	summary_free(report_summary());
}

static void attach_all(const struct options *o)
{
	for (size_t i = 0; i < o->npids; i++) {
		if (o->pids[i] == getpid()) {
			out_diag("I'm sorry, I can't let you do "
				"that, Dave.");
			continue;
		}
		int err = attach_process(o->pids[i]);
		if (err)
			out_diag("attach: ptrace(PTRACE_SEIZE, %d): "
				"%s", o->pids[i], strerror(-err));
	}
}

static int ptrace_run(struct options *o)
{
	opt = o;
	if (out_open(&main_out, o->outfile && o->follow != 2 ? o->outfile : NULL,
		     o->append) < 0) {
		out_diag("can't open '%s': %s", o->outfile,
			strerror(errno));
		return 1;
	}
	report_init(o);
	install_signals();
	/* -D: the tracer is the grandchild, which must be the one that
	 * attaches */
	if (o->argv && o->daemonize && start_command() < 0)
		return 1;
	attach_all(o);
	/* as strace: the -D command is named after the -p ones, when the
	 * trace is on stderr */
	if (o->argv && o->daemonize && !o->outfile)
		report_note("Process %d attached", main_pid);
	if (o->argv && !o->daemonize && start_command() < 0)
		return 1;
	if (task_count() == 0)
		return 1;
	event_loop();
	if (o->count)
		print_summary(o);
	if (o->stack_trace)
		stack_cleanup();
	const char *undecoded = getenv("SIFT_LIST_UNDECODED");
	if (undecoded)
		decode_report_undecoded(stderr, !strcmp(undecoded, "all"));
	out_close_all();
	if (main_status < 0 && detach_signal)
		return 256 + detach_signal;
	if (main_status < 0 || o->daemonize)
		return 0;
	if (WIFSIGNALED(main_status))
		return 256 + WTERMSIG(main_status);
	return WEXITSTATUS(main_status);
}

static bool ptrace_usable(const struct options *o, char *why,
			  unsigned long len)
{
	return true;
}

const struct backend backend_ptrace = {
	.name = "ptrace",
	.usable = ptrace_usable,
	.run = ptrace_run,
};
