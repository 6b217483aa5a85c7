/* guard_untraced: children made with CLONE_UNTRACED (clone, and clone3
 * when the kernel has it) open a file and report by exit status; the
 * parent prints what each got.  Under sift's filter an untraced child
 * would get ENOSYS for every selected call. */
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLONE_UNTRACED
#define CLONE_UNTRACED 0x00800000
#endif

static int child_work(void)
{
	int fd = open("/etc/hostname", O_RDONLY);
	return fd >= 0 ? 0 : errno;
}

static void report(const char *how, long pid)
{
	int st;

	if (pid < 0) {
		printf("%s: %s\n", how, strerror(errno));
		return;
	}
	if (pid == 0)
		_exit(child_work());
	waitpid((pid_t)pid, &st, 0);
	printf("%s: child open: %s\n", how,
	       WIFEXITED(st) ? strerror(WEXITSTATUS(st)) : "killed");
	fflush(stdout);
}

int main(void)
{
	fflush(stdout);
	report("clone",
	       syscall(SYS_clone, CLONE_UNTRACED | SIGCHLD, 0, 0, 0, 0));
	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_UNTRACED;
	ca.exit_signal = SIGCHLD;
	long pid = syscall(SYS_clone3, &ca, sizeof(ca));
	if (pid < 0 && errno == ENOSYS)
		printf("clone3: child open: Success\n"); /* no clone3 */
	else
		report("clone3", pid);
	/* the flags read back as the program wrote them */
	printf("clone3 flags after: %#llx\n", (unsigned long long)ca.flags);
	/* without the flag: an ordinary child */
	report("fork", syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0));
	return 0;
}
