/* -k -f: a thread's own stack (its start routine, not main's frames)
 * at getppid, and main's after the join. */
#include <pthread.h>
#include <unistd.h>

__attribute__((noinline)) static int stack_thread_call(void)
{
	return getppid();
}

static void *stack_thread_worker(void *arg)
{
	stack_thread_call();
	return arg;
}

int main(void)
{
	pthread_t t;

	if (pthread_create(&t, NULL, stack_thread_worker, NULL))
		return 1;
	pthread_join(t, NULL);
	return getppid() > 0 ? 0 : 1;
}
