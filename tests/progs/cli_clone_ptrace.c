/* A child made by clone(CLONE_PTRACE): the kernel makes it a tracee of
 * whoever traces this program, which strace detaches when it does not
 * follow forks ("Detached unknown pid N").  Exits 0 if the child ran to
 * its own exit status, so a tracer that kept it stopped shows. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t pid = (pid_t)syscall(SYS_clone, CLONE_PTRACE | SIGCHLD, 0, 0, 0, 0);
	int status;

	if (pid < 0)
		return 2;
	if (pid == 0)
		_exit(3);
	if (waitpid(pid, &status, 0) != pid)
		return 2;
	return WIFEXITED(status) && WEXITSTATUS(status) == 3 ? 0 : 1;
}
