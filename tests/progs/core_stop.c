/* Group stop: a child stops itself with SIGSTOP and the parent resumes it
 * with SIGCONT; both must go on and exit normally under a tracer. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		raise(SIGSTOP);
		getppid();
		_exit(5);
	}
	waitpid(pid, &st, WUNTRACED);
	kill(pid, SIGCONT);
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 99;
}
