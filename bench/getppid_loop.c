/* getppid_loop: N (default 2000000) getppid() calls through syscall(2),
 * the cheapest real system call, for the tracer overhead benchmarks.
 *
 *   getppid_loop [N] [-v]
 *
 * -v prints "<cpu ns per call> <wall ns per call>" for the loop alone on
 * stdout: its own CPU time is what a tracer without stops adds to, and is
 * less disturbed than wall time when the machine is busy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

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
	long sum = 0;

	for (long i = 0; i < n; i++)
		sum += syscall(SYS_getppid);
	if (verbose)
		printf("%.1f %.1f\n",
		       (now(CLOCK_PROCESS_CPUTIME_ID) - c0) / (double)n,
		       (now(CLOCK_MONOTONIC) - w0) / (double)n);
	return sum == 0; /* use the result */
}
