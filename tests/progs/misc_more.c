/* Calls whose results would vary run to run, made so they do not: vfork,
 * setsid, the clocks on their failure paths, futex_waitv with bad
 * arguments. */
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts;

	pid_t pid = vfork();
	if (pid == 0)
		_exit(3);
	waitpid(pid, NULL, 0);
	setsid();
	syscall(SYS_clock_gettime, CLOCK_REALTIME, NULL);
	syscall(SYS_clock_gettime, 99, &ts);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
	syscall(SYS_gettimeofday, NULL, NULL);
	syscall(SYS_time, (void *)1);
	syscall(SYS_futex_waitv, NULL, 0, 0, NULL, CLOCK_MONOTONIC);
	syscall(SYS_futex_waitv, (void *)1, 1, 0, NULL, CLOCK_MONOTONIC);
	return 0;
}
