/* ptrace_min: the cheapest possible ptrace tracer, the yardstick for
 * sift's per-stop cost.  Stops the command at every syscall entry and exit
 * and does nothing else.  Usage: ptrace_min CMD [ARGS] */
#include <signal.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int status;

	if (argc < 2) {
		fprintf(stderr, "usage: ptrace_min CMD [ARGS]\n");
		return 2;
	}
	pid_t pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	ptrace(PTRACE_SETOPTIONS, pid, 0,
	       PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
	for (;;) {
		int sig = 0;
		if (ptrace(PTRACE_SYSCALL, pid, 0, sig) < 0)
			return 1;
		if (waitpid(pid, &status, 0) < 0 || WIFEXITED(status) ||
		    WIFSIGNALED(status))
			break;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
