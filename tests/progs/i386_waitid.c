/* i386_waitid: waitid of a 32-bit process: the SIGCHLD siginfo of 32-bit
 * words and struct rusage of 32-bit longs, for a child that exits and
 * one killed by a signal; no child, WNOHANG, bad pointers.  The buffers
 * start as a made-up SIGCHLD and rusage, which cases injecting success
 * show. */
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int32_t si[32] = { SIGCHLD, 0, 1, 12345, 7, 3, 10, 20 }, ru[18];
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid_t a, b;

	sigset_t chld;

	/* no SIGCHLD lines, whose place would depend on timing */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	for (int i = 0; i < 18; i++)
		ru[i] = 100 + i;
	mprotect(page + 4096, 4096, PROT_NONE);
	a = fork();
	if (a == 0)
		_exit(3);
	syscall(SYS_waitid, P_PID, a, si, WEXITED, ru);
	b = fork();
	if (b == 0) {
		pause();
		_exit(0);
	}
	kill(b, SIGTERM);
	syscall(SYS_waitid, P_ALL, 0, si, WEXITED | __WALL, NULL);
	syscall(SYS_waitid, P_ALL, 0, si, WEXITED | WNOHANG, ru);
	syscall(SYS_waitid, P_PID, 1, NULL, WEXITED | WNOHANG, NULL);
	syscall(SYS_waitid, 99, 0, (void *)1, 0x40000000, (void *)1);
	syscall(SYS_waitid, P_ALL, 0, page + 4096 - 64, WEXITED | WNOHANG, NULL);
	return 0;
}
