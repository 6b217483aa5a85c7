/* Signals: a handled SIGUSR1 from kill(), a child's SIGCHLD, a blocked
 * read interrupted by SIGALRM, then death by SIGTERM's default action. */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_sig(int sig)
{
	(void)sig;
}

int main(void)
{
	struct sigaction sa;
	int fds[2];
	char c;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sig;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	kill(getpid(), SIGUSR1);
	pid_t pid = fork();
	if (pid == 0)
		_exit(7);
	waitpid(pid, NULL, 0);
	pipe(fds);
	alarm(1);
	read(fds[0], &c, 1);
	signal(SIGTERM, SIG_DFL);
	kill(getpid(), SIGTERM);
	return 0;
}
