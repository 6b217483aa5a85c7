/* core_delay: four children make one getppid each at about the same
 * time and print how long it took, in tenths of a second.  Under
 * -e inject=getppid:delay_enter=300000 each call takes 0.3 s, whoever
 * else is delayed at that moment. */
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void)
{
	for (int i = 0; i < 4; i++) {
		if (fork() == 0) {
			double t0 = now();
			getppid();
			printf("%d\n", (int)((now() - t0) * 10));
			return 0;
		}
	}
	while (wait(NULL) > 0)
		;
	return 0;
}
