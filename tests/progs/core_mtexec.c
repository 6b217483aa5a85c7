/* execve from a non-leader thread of a multithreaded process: the exec'ing
 * thread takes over the leader's pid. */
#include <pthread.h>
#include <unistd.h>

static void *exec_it(void *arg)
{
	char *argv[] = { "true", NULL };

	(void)arg;
	execv("/bin/true", argv);
	return NULL;
}

int main(void)
{
	pthread_t th;

	pthread_create(&th, NULL, exec_it, NULL);
	for (;;)
		pause();
	return 0;
}
