/* i386_poll: the time64 waits of a 32-bit process, whose timespec is
 * the x86_64 one: ppoll_time64 and pselect6_time64 on a pipe. */
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	long long ts[2] = { 0, 0 };
	int p[2];
	uint64_t mask = 1u << (SIGUSR1 - 1);

	pipe(p);
	write(p[1], "x", 1);
	struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	syscall(SYS_ppoll_time64, fds, 2, ts, NULL, 8);
	syscall(SYS_ppoll_time64, fds, 1, ts, &mask, 8);
	syscall(SYS_ppoll_time64, NULL, 0, ts, NULL, 8);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	syscall(SYS_pselect6_time64, p[0] + 1, &r, NULL, NULL, ts, NULL);
	FD_ZERO(&r);
	syscall(SYS_pselect6_time64, p[0] + 1, &r, NULL, NULL, ts, NULL);
	syscall(SYS_pselect6_time64, -1, NULL, NULL, NULL, ts, NULL);
	return 0;
}
