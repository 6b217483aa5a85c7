/* guard_strict [prctl|seccomp]: a child enters strict mode, writes,
 * then makes a call strict mode forbids and is killed; the parent prints
 * how the child ended.  The kernel refuses strict mode under a filter,
 * so sift must give the program the same semantics by other means. */
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int use_seccomp = argc > 1 && !strcmp(argv[1], "seccomp");

	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		long rc = use_seccomp ?
			syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL) :
			prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0);
		char msg[64];
		int n = snprintf(msg, sizeof(msg), "strict: %ld\n", rc);
		syscall(SYS_write, 1, msg, n);
		syscall(SYS_getpid); /* forbidden: the end */
		syscall(SYS_write, 1, "still alive\n", 12);
		syscall(SYS_exit, 0);
	}
	int st;
	waitpid(pid, &st, 0);
	if (WIFSIGNALED(st))
		printf("child killed by signal %d\n", WTERMSIG(st));
	else
		printf("child exited %d\n", WEXITSTATUS(st));
	return 0;
}
