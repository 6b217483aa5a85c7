/* cputime: runs a command and prints "WALL_NS CPU_NS", CPU being user +
 * system time of the command and all its descendants (tracer and tracee
 * together).  CPU time is the steadier measure on a shared machine.
 * Usage: cputime CMD [ARGS] */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long tv_ns(struct timeval tv)
{
	return tv.tv_sec * 1000000000LL + tv.tv_usec * 1000LL;
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status;

	if (argc < 2) {
		fprintf(stderr, "usage: cputime CMD [ARGS]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &ru);
	long long wall = (t1.tv_sec - t0.tv_sec) * 1000000000LL +
			 (t1.tv_nsec - t0.tv_nsec);
	printf("%lld %lld\n", wall, tv_ns(ru.ru_utime) + tv_ns(ru.ru_stime));
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
