/* The eBPF backend as sift runs it: -c counted in the kernel, for a
 * spawned command or -p targets, printed with the same summary table as
 * the ptrace path; everything else traced by ebpf/trace.c.  Options that
 * need the tracee stopped are refused. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend/backend.h"
#include "backend/ebpf/ebpf.h"
#include "backend/ebpf/trace.h"
#include "backend/ptrace/ptrace_int.h"
#include "cli/options.h"
#include "output/output.h"

static volatile sig_atomic_t stop_counting;

static void on_stop(int sig)
{
	stop_counting = sig;
}

/* Options that need the tracee stopped or changed: no eBPF at all. */
static const char *needs_stops(const struct options *o)
{
	if (o->sel.ninjects)
		return "-e inject=/fault= need to stop the tracee";
	if (o->stack_trace)
		return "-k needs to stop the tracee";
	if (o->detach_on_execve)
		return "-b execve needs to stop the tracee";
	if (o->daemonize)
		return "-D needs ptrace";
	return NULL;
}

/* Whether the in-kernel counter gives -c's answer; else -c is served
 * by the full trace. */
static bool counts_in_kernel(const struct options *o)
{
	return o->count == 1 && !o->sel.npaths && !o->sel.trace_fds_given &&
	       o->sel.status == SEL_STATUS_ALL;
}

static bool ebpf_usable(const struct options *o, char *why, unsigned long len)
{
	const char *reason = needs_stops(o);

	/* auto: only -c goes to eBPF, and only where it counts in the
	 * kernel; the others use ptrace without a word (why stays empty) */
	if (o->backend != BACKEND_EBPF && (reason || !counts_in_kernel(o)))
		return false;
	if (reason) {
		snprintf(why, len, "%s", reason);
		return false;
	}
	return ebpf_available(why, len) == 0;
}

static void note_attached(pid_t pid, void *arg)
{
	const struct options *o = arg;

	if (o->npids && o->quiet < 1)
		out_diag("Process %d attached", pid);
}

/* Whether -e trace= selects row nr: a table entry, or a sub-call of
 * socketcall/ipc, selected by its name as the ptrace backend selects it
 * (semop and semtimedop, with no i386 number, as x86_64's). */
static bool row_selected(const struct options *o, int p, size_t nr)
{
	const struct sc_table *t = arch_pers[p].table;
	const char *name;
	long direct;

	if (nr < t->count)
		return bitset_test(&o->sel.trace[p], nr);
	if (!(name = sc_mux_name(t, (long)nr)))
		return false;
	if ((direct = sc_lookup(t, name)) >= 0)
		return bitset_test(&o->sel.trace[p], (size_t)direct);
	direct = sc_lookup(arch_pers[PERS_X86_64].table, name);
	return direct >= 0 &&
	       bitset_test(&o->sel.trace[PERS_X86_64], (size_t)direct);
}

/* strace -c counts only the selected calls, and no number past a
 * table: drop the others. */
static void apply_selection(const struct options *o, struct summary *s)
{
	for (int p = 0; p < PERS_COUNT; p++)
		for (size_t nr = 0; nr < s->len[p]; nr++)
			if (!row_selected(o, p, nr))
				memset(&s->stat[p][nr], 0, sizeof(s->stat[p][nr]));
}

static int print_summary(const struct options *o, struct summary *s,
			 const struct ebpf_count_stats *st)
{
	FILE *f = stderr;

	if (st->lost_forks)
		out_diag("%llu new processes were not followed "
			"(eBPF map full)", (unsigned long long)st->lost_forks);
	apply_selection(o, s);
	if (o->outfile) {
		f = fopen(o->outfile, o->append ? "a" : "w");
		if (!f) {
			out_diag("can't fopen '%s': %s",
				o->outfile, strerror(errno));
			return -1;
		}
	}
	summary_print(f, s, &o->sumopt);
	if (f != stderr)
		fclose(f);
	return 0;
}

static int status_to_exit(int st)
{
	if (WIFSIGNALED(st))
		return 256 + WTERMSIG(st);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

static int trace_run(struct options *o)
{
	char why[256] = "";
	int rc = ebpf_trace_run(o, why, sizeof(why));

	if (rc >= 0)
		return rc;
	out_diag("eBPF backend unavailable (%s)%s", why,
		o->backend == BACKEND_EBPF ? "" : ", tracing with ptrace");
	if (o->backend == BACKEND_EBPF)
		return 1;
	return backend_ptrace.run(o);
}

static int ebpf_run(struct options *o)
{
	struct summary sum;
	struct ebpf_count_stats stats = { 0 };
	struct ebpf_count_opts eo = {
		.follow = o->follow != 0,
		.wallclock = o->wall_clock,
		.no_time = !summary_needs_time(&o->sumopt),
		.stats = &stats,
		.stop = &stop_counting,
		.attached = note_attached,
		.attached_arg = o,
	};
	struct sigaction sa;
	int rc;

	if (!counts_in_kernel(o))
		return trace_run(o);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	summary_init(&sum);
	if (o->npids) {
		rc = ebpf_count_attach(&eo, o->pids, (int)o->npids, &sum);
		if (rc < 0) {
			out_diag("eBPF counting failed: %s",
				strerror(-rc));
			summary_free(&sum);
			return 1;
		}
		print_summary(o, &sum, &stats);
		summary_free(&sum);
		return 0;
	}
	int release_fd, status_fd;
	pid_t child = ptr_spawn(o, NULL, &release_fd, &status_fd);
	if (child < 0) {
		out_diag("Can't stat '%s': %s", o->argv[0],
			strerror((int)-child));
		summary_free(&sum);
		return 1;
	}
	close(status_fd);
	rc = ebpf_count_spawn(&eo, child, release_fd, &sum);
	close(release_fd);
	if (rc == -EINTR) {
		/* interrupted: the command goes on, untraced, as strace's
		 * detach would leave it */
		print_summary(o, &sum, &stats);
		summary_free(&sum);
		return 0;
	}
	if (rc < 0) {
		/* setup failed before the child was released: start over with
		 * ptrace, so nothing the user asked for is lost */
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
		summary_free(&sum);
		out_diag("eBPF counting failed (%s), counting with "
			"ptrace", strerror(-rc));
		return backend_ptrace.run(o);
	}
	print_summary(o, &sum, &stats);
	summary_free(&sum);
	return status_to_exit(rc);
}

const struct backend backend_ebpf = {
	.name = "ebpf",
	.usable = ebpf_usable,
	.run = ebpf_run,
};
