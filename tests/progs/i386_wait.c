/* i386_wait: waits of a 32-bit process with the old timespec and
 * timeval: pselect6, _newselect, ppoll and futex, on a pipe and a futex
 * word whose value never matches (so nothing blocks), and futex_time64. */
#include <linux/futex.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	int32_t ts[2] = { 0, 0 }, tv[2] = { 0, 0 };
	long long ts64[2] = { 0, 5 };
	int p[2];
	uint64_t mask = 1u << (SIGUSR1 - 1);
	int word = 1;

	pipe(p);
	write(p[1], "x", 1);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, ts, NULL);
	FD_ZERO(&r);
	syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, ts, NULL);
	FD_SET(p[0], &r);
	syscall(SYS__newselect, p[0] + 1, &r, NULL, NULL, tv);
	syscall(SYS__newselect, p[0] + 1, NULL, &r, NULL, (void *)1);
	syscall(SYS__newselect, -1, NULL, NULL, NULL, NULL);
	struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	syscall(SYS_ppoll, fds, 2, ts, NULL, 8);
	syscall(SYS_ppoll, fds, 1, ts, &mask, 8);
	syscall(SYS_ppoll, NULL, 0, ts, NULL, 8);
	ts[1] = 1000;
	syscall(SYS_futex, &word, FUTEX_WAIT, 0, ts, NULL, 0);
	syscall(SYS_futex, &word, FUTEX_WAKE, 1, NULL, NULL, 0);
	syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	syscall(SYS_futex, (void *)1, FUTEX_WAIT, 1, ts, NULL, 0);
	syscall(SYS_futex_time64, &word, FUTEX_WAIT, 0, ts64, NULL, 0);
	syscall(SYS_futex_time64, &word, FUTEX_WAKE_PRIVATE, 5, NULL, NULL, 0);
	return 0;
}
