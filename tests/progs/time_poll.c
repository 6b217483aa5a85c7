/* Waiting on descriptors: poll, ppoll, select, pselect6, epoll_*, eventfd2
 * on pipes, with ready and idle descriptors, zero timeouts, bad pointers
 * and huge counts. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int p[2], q[2];
	struct pollfd pfd[4];
	static struct pollfd big[40];
	static fd_set bigset[2];
	struct timespec ts = { 0, 0 };
	struct timeval tv = { 0, 0 };
	fd_set rd, wr, ex;
	sigset_t mask;
	struct epoll_event ev, evs[4];
	int ep, efd;
	struct {
		void *ss;
		size_t len;
	} sigdata;

	if (pipe(p) || pipe(q))
		return 1;
	/* with an argument every descriptor is /dev/null, so that -y shows
	 * the same paths in every run */
	if (argc > 1) {
		int n = open("/dev/null", O_RDWR);
		dup2(n, p[0]);
		dup2(n, p[1]);
		dup2(n, q[0]);
		dup2(n, q[1]);
		close(n);
	}
	(void)argv;
	for (unsigned int i = 0; i < 40; i++)
		big[i].fd = i % 3 ? -1 : (int)i;
	big[1].events = POLLIN;
	(void)!write(p[1], "x", 1);

	pfd[0].fd = p[0];
	pfd[0].events = POLLIN | POLLPRI;
	pfd[1].fd = q[0];
	pfd[1].events = POLLIN;
	pfd[2].fd = p[1];
	pfd[2].events = POLLOUT | POLLWRNORM;
	pfd[3].fd = -1;
	pfd[3].events = 0;
	syscall(SYS_poll, pfd, 4, 0);
	syscall(SYS_poll, pfd + 1, 1, 0);
	syscall(SYS_poll, NULL, 0, 0);
	syscall(SYS_poll, (void *)1, 1, 0);
	syscall(SYS_poll, big, 0x10000000, 0);
	pfd[0].events = 0xf000;
	syscall(SYS_poll, pfd, 1, 0);
	pfd[0].events = POLLIN;

	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	syscall(SYS_ppoll, pfd, 2, &ts, NULL, 8);
	syscall(SYS_ppoll, pfd + 1, 1, &ts, &mask, 8);
	syscall(SYS_ppoll, pfd, 1, NULL, &mask, 8);
	syscall(SYS_ppoll, pfd, 1, (void *)1, NULL, 8);
	syscall(SYS_ppoll, pfd, 1, &ts, &mask, 4);

	FD_ZERO(&rd);
	FD_ZERO(&wr);
	FD_ZERO(&ex);
	FD_SET(p[0], &rd);
	FD_SET(q[0], &rd);
	FD_SET(p[1], &wr);
	FD_SET(q[0], &ex);
	syscall(SYS_select, q[1] + 1, &rd, &wr, &ex, &tv);
	FD_ZERO(&rd);
	FD_SET(q[0], &rd);
	/* /dev/null is always ready: the time left would vary */
	tv.tv_usec = argc > 1 ? 0 : 10;
	syscall(SYS_select, q[1] + 1, &rd, NULL, NULL, &tv);
	syscall(SYS_select, 0, NULL, NULL, NULL, &tv);
	syscall(SYS_select, -1, NULL, NULL, NULL, &tv);
	syscall(SYS_select, 1, (void *)1, NULL, NULL, &tv);
	FD_SET(1500, &bigset[1]);
	FD_SET(2047, &bigset[1]);
	syscall(SYS_select, 2000, bigset, NULL, NULL, &tv);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	sigdata.ss = &mask;
	sigdata.len = 8;
	syscall(SYS_pselect6, p[0] + 1, &rd, NULL, NULL, &ts, &sigdata);
	syscall(SYS_pselect6, p[0] + 1, &rd, NULL, NULL, &ts, NULL);
	FD_ZERO(&rd);
	FD_SET(q[0], &rd);
	syscall(SYS_pselect6, q[0] + 1, &rd, NULL, NULL, &ts, &sigdata);
	syscall(SYS_pselect6, q[0] + 1, &rd, NULL, NULL, (void *)1, (void *)1);

	ep = syscall(SYS_epoll_create1, EPOLL_CLOEXEC);
	syscall(SYS_epoll_create1, 0x1234);
	syscall(SYS_epoll_create, 8);
	memset(&ev, 0, sizeof ev);
	ev.events = EPOLLIN | EPOLLET;
	ev.data.u64 = 0x1122334455667788ULL;
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[1], &ev);
	ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_MOD, p[1], &ev);
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, p[1], NULL);
	syscall(SYS_epoll_ctl, ep, 9, p[1], (void *)1);
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, q[0], (void *)1);
	syscall(SYS_epoll_wait, ep, evs, 4, 0);
	syscall(SYS_epoll_wait, ep, evs, 0, 0);
	syscall(SYS_epoll_wait, ep, (void *)1, 4, 0);
	syscall(SYS_epoll_pwait, ep, evs, 4, 0, &mask, 8);
	syscall(SYS_epoll_pwait, ep, evs, 4, 0, NULL, 8);
	syscall(SYS_epoll_pwait2, ep, evs, 4, &ts, &mask, 8);
	(void)!write(p[1], "y", 1);
	/* nothing could be added to the set on /dev/null: never block */
	syscall(SYS_epoll_pwait2, ep, evs, 4, argc > 1 ? &ts : NULL, NULL, 8);
	syscall(SYS_epoll_pwait2, ep, evs, 4, (void *)1, NULL, 8);

	efd = syscall(SYS_eventfd2, 3, 02000000);
	(void)efd;
	syscall(SYS_eventfd2, 0, 04000 | 1);
	syscall(SYS_eventfd2, 0, 0xff);
	syscall(SYS_eventfd, 7);
	return 0;
}
