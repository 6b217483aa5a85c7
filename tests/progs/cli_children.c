/* One process that forks a child and starts a thread, reaping both, with
 * calls around them: without -f neither may give the trace pid prefixes. */
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static void *worker(void *arg)
{
	(void)arg;
	getppid();
	return NULL;
}

int main(void)
{
	pthread_t th;
	sigset_t set;
	pid_t pid;

	/* no SIGCHLD stop, whose place next to wait4 is a race */
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	getppid();
	pid = fork();
	if (pid == 0) {
		getppid();
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	if (pthread_create(&th, NULL, worker, NULL) == 0)
		pthread_join(th, NULL);
	close(-1);
	return 0;
}
