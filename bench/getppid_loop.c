/* getppid_loop: N (default 2000000) getppid() calls through syscall(2),
 * the cheapest real system call, for the tracer overhead benchmarks. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 2000000;
	long sum = 0;

	for (long i = 0; i < n; i++)
		sum += syscall(SYS_getppid);
	return sum == 0; /* use the result */
}
