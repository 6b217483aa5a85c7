/* A process to attach to: writes its pid to the file named by argv[1],
 * then loops over short sleeps and getppid() calls, with a second thread
 * doing the same, until killed. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static void *loop(void *arg)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };

	for (;;) {
		getppid();
		nanosleep(&ts, NULL);
	}
	return arg;
}

int main(int argc, char **argv)
{
	pthread_t th;

	pthread_create(&th, NULL, loop, NULL);
	if (argc > 1) {
		FILE *f = fopen(argv[1], "w");
		fprintf(f, "%d\n", getpid());
		fclose(f);
	}
	loop(NULL);
	return 0;
}
