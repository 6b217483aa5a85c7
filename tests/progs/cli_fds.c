/* Descriptors -y/-yy and --decode-fds show differently: a file whose name
 * holds control characters and brackets, a device, a pidfd, eventfd,
 * signalfd, timerfd, epoll, inotify, a pipe, a memfd, and AT_FDCWD. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>

static const char odd[] = "a\nb\tc\"d\\e<f>g\001h\377i \303\251";

int main(void)
{
	sigset_t set;
	int fd, p[2];

	fd = openat(AT_FDCWD, odd, O_CREAT | O_RDWR, 0600);
	write(fd, "x", 1);
	close(fd);
	unlinkat(AT_FDCWD, odd, 0);
	fd = open("/dev/null", O_RDONLY);
	read(fd, NULL, 0);
	close(fd);
	fd = (int)syscall(SYS_pidfd_open, getpid(), 0);
	close(fd);
	close(eventfd(0, 0));
	sigemptyset(&set);
	close(signalfd(-1, &set, 0));
	close(timerfd_create(CLOCK_MONOTONIC, 0));
	close(epoll_create1(0));
	close(inotify_init1(0));
	if (pipe(p) == 0) {
		close(p[0]);
		close(p[1]);
	}
	close(memfd_create("mem\nfd", 0));
	return 0;
}
