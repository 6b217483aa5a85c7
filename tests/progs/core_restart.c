/* core_restart: a sleep stopped and continued by its own timers
 * (SIGSTOP at 100 ms, SIGCONT at 150 ms), so the kernel resumes it
 * through restart_syscall, in one process and one order. */
#include <signal.h>
#include <string.h>
#include <time.h>

static void arm(int sig, long ms)
{
	struct sigevent ev;
	struct itimerspec its;
	timer_t id;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = sig;
	timer_create(CLOCK_MONOTONIC, &ev, &id);
	memset(&its, 0, sizeof(its));
	its.it_value.tv_nsec = ms * 1000000;
	timer_settime(id, 0, &its, NULL);
}

int main(void)
{
	struct timespec t = { 0, 300000000 };

	arm(SIGSTOP, 100);
	arm(SIGCONT, 150);
	nanosleep(&t, NULL);
	nanosleep(&t, NULL); /* uninterrupted: nothing to resume */
	return 0;
}
