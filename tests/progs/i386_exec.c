/* i386_exec: a 32-bit process's execve (argv, envp of 32-bit pointers;
 * bad and unterminated arrays), terminal ioctls, poll, epoll and
 * clock_nanosleep.  With an argument it only exits. */
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char *args[] = { argv[0], "child", "two words", NULL };
	char *env[] = { "A=1", "B=two", NULL };
	uint32_t *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct termios tio;
	struct winsize ws;
	int n;
	struct pollfd p[2] = { { -1, POLLIN, 0 }, { 0, POLLOUT, 0 } };
	struct epoll_event ev = { EPOLLIN | EPOLLET, { .u64 = 0x1234 } };
	struct timespec ts = { 0, 1000 };

	if (argc > 1)
		return 0;
	munmap(page + 1024, 4096);
	page[1023] = (uint32_t)(uintptr_t)"last";
	syscall(SYS_ioctl, 0, TCGETS, &tio);
	syscall(SYS_ioctl, 1, TIOCGWINSZ, &ws);
	syscall(SYS_ioctl, -1, FIONREAD, &n);
	syscall(SYS_poll, p, 2, 0);
	syscall(SYS_poll, NULL, 0, 0);
	int e = syscall(SYS_epoll_create1, EPOLL_CLOEXEC);
	syscall(SYS_epoll_ctl, e, EPOLL_CTL_ADD, -1, &ev);
	syscall(SYS_epoll_wait, e, &ev, 1, 0);
	syscall(SYS_epoll_wait, -1, NULL, 1, 0);
	close(e);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &ts, &ts);
	syscall(SYS_clock_nanosleep, 99, 0, (void *)1, NULL);
	syscall(SYS_execve, "/nonexistent", args, env);
	syscall(SYS_execve, "/nonexistent", NULL, NULL);
	syscall(SYS_execve, "/nonexistent", (void *)1, (void *)1);
	syscall(SYS_execve, "/nonexistent", page + 1023, page + 1023);
	syscall(SYS_execveat, AT_FDCWD, "/nonexistent", args, env, 0x1000);
	syscall(SYS_execve, argv[0], args, env);
	return 1;
}
