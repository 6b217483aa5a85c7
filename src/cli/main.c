/* sift's entry point: parse the command line, pick a backend, run it and
 * exit the way the traced command did. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "backend/backend.h"
#include "backend/ptrace/ptrace_int.h"
#include "cli/options.h"
#include "output/output.h"

/* -c through the eBPF backend when it can give the same answer; all of
 * the trace with --backend=ebpf (NULL when that cannot be). */
static const struct backend *pick_backend(struct options *o)
{
	char why[256] = "";

	if (o->backend == BACKEND_PTRACE ||
	    (!o->count && o->backend != BACKEND_EBPF))
		return &backend_ptrace;
	/* -O takes the overhead off each call, clamped at zero: the kernel
	 * only keeps sums */
	if (o->overhead_ns) {
		if (o->backend == BACKEND_EBPF)
			out_diag("eBPF backend unavailable (-O needs the time of "
				 "each call), counting with ptrace");
		return &backend_ptrace;
	}
	if (backend_ebpf.usable(o, why, sizeof(why)))
		return &backend_ebpf;
	/* asked for explicitly and impossible: say why, trace nothing */
	if (o->backend == BACKEND_EBPF) {
		out_diag("--backend=ebpf: %s", why);
		return NULL;
	}
	if (why[0])
		out_diag("eBPF backend unavailable (%s), using ptrace", why);
	return &backend_ptrace;
}

static int dump_filter(struct options *o)
{
	struct sock_fprog prog = { 0 };
	int err = ptr_filter_build(o, &prog, true);

	if (err) {
		out_diag("cannot build the filter: %s", strerror(-err));
		return 1;
	}
	ptr_filter_free(&prog);
	return 0;
}

/* Die of the same signal as the command, without a core of our own. */
static void exit_like(int status)
{
	if (status < 256)
		exit(status);
	int sig = status - 256;
	struct rlimit no_core = { 0, 0 };
	setrlimit(RLIMIT_CORE, &no_core);
	signal(sig, SIG_DFL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	exit(128 + sig);
}

int main(int argc, char **argv)
{
	struct options o;
	char err[512];
	int exit_now;

	if (argv[0] && argv[0][0])
		out_progname = argv[0];
	if (opt_parse(&o, argc, argv, err, sizeof(err), &exit_now) < 0) {
		out_diag("%s", err);
		opt_free(&o);
		return 1;
	}
	if (exit_now) {
		opt_free(&o);
		return 0;
	}
	if (o.dump_filter) {
		int rc = dump_filter(&o);
		opt_free(&o);
		return rc;
	}
	const struct backend *b = pick_backend(&o);
	if (!b) {
		opt_free(&o);
		return 1;
	}
	int status = b->run(&o);
	opt_free(&o);
	exit_like(status);
	return status;
}
