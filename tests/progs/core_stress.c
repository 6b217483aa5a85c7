/* Stress for -f: 32 threads and 8 child processes, each making a known
 * number of close() calls with a unique negative descriptor, so a trace can
 * be checked for every call appearing exactly once.
 * Usage: core_stress [CALLS_PER_TASK] */
#include <pthread.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define THREADS 32
#define CHILDREN 8

static int calls = 500;

static void run(int id)
{
	for (int i = 0; i < calls; i++)
		close(-(1000000 + id * 10000 + i));
}

static void *thread_main(void *arg)
{
	run((int)(long)arg);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t th[THREADS];
	pid_t kids[CHILDREN];

	if (argc > 1)
		calls = atoi(argv[1]);
	for (int c = 0; c < CHILDREN; c++) {
		kids[c] = fork();
		if (kids[c] == 0) {
			run(THREADS + c);
			_exit(0);
		}
	}
	for (long t = 0; t < THREADS; t++)
		pthread_create(&th[t], NULL, thread_main, (void *)t);
	for (int t = 0; t < THREADS; t++)
		pthread_join(th[t], NULL);
	for (int c = 0; c < CHILDREN; c++)
		waitpid(kids[c], NULL, 0);
	return 0;
}
