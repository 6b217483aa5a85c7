/* getppid_loop: N (default 2000000) getppid() calls through syscall(2),
 * the cheapest real system call, for the tracer overhead benchmarks.
 *
 *   getppid_loop [N] [-v]
 *
 * -v prints "<cpu ns per call> <wall ns per call>" for the loop alone on
 * stdout: its own CPU time is what a tracer without stops adds to, and is
 * less disturbed than wall time when the machine is busy.  SIGUSR1 starts
 * the measure over from that call on (-p: once the tracer is attached). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t mark;

static void on_usr1(int sig)
{
	(void)sig;
	mark = 1;
}

static double now(clockid_t c)
{
	struct timespec t;

	clock_gettime(c, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv)
{
	long n = argc > 1 && argv[1][0] != '-' ? atol(argv[1]) : 2000000;
	int verbose = argc > 1 && strcmp(argv[argc - 1], "-v") == 0;
	double c0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
	long sum = 0, from = 0;

	signal(SIGUSR1, on_usr1);
	for (long i = 0; i < n; i++) {
		sum += syscall(SYS_getppid);
		if (mark == 1) {
			mark = 2;
			from = i + 1;
			c0 = now(CLOCK_PROCESS_CPUTIME_ID);
			w0 = now(CLOCK_MONOTONIC);
		}
	}
	if (verbose && n > from)
		printf("%.1f %.1f\n",
		       (now(CLOCK_PROCESS_CPUTIME_ID) - c0) / (double)(n - from),
		       (now(CLOCK_MONOTONIC) - w0) / (double)(n - from));
	return sum == 0; /* use the result */
}
