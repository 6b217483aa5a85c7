/* POSIX timers, timerfds and interval timers, armed far in the future
 * and disarmed, so nothing fires; plus bad ids and pointers. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct sigevent sev;
	int tid = -1, tid2 = -1;
	struct itimerspec its, old;
	struct itimerval itv, oitv;
	int fd;

	signal(SIGUSR1, SIG_IGN);
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 42;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = SIGEV_NONE;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid2);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev._sigev_un._tid = 1;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, (void *)1);
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_value.sival_ptr = NULL;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, (void *)1);
	sev.sigev_notify = 77;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &tid2);
	syscall(SYS_timer_create, CLOCK_BOOTTIME, NULL, &tid2);
	syscall(SYS_timer_create, 99, (void *)1, NULL);

	memset(&its, 0, sizeof its);
	its.it_value.tv_sec = 100000000;
	its.it_interval.tv_nsec = 5;
	syscall(SYS_timer_settime, tid, 0, &its, &old);
	syscall(SYS_timer_settime, tid, TIMER_ABSTIME, &its, NULL);
	syscall(SYS_timer_gettime, tid, NULL);
	syscall(SYS_timer_getoverrun, tid);
	memset(&its, 0, sizeof its);
	syscall(SYS_timer_settime, tid, 0, &its, NULL);
	syscall(SYS_timer_gettime, tid, &old);
	syscall(SYS_timer_settime, 12345, 0x10, (void *)1, (void *)1);
	syscall(SYS_timer_delete, tid);
	syscall(SYS_timer_delete, tid2);
	syscall(SYS_timer_delete, 12345);
	syscall(SYS_timer_getoverrun, 12345);

	fd = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	syscall(SYS_timerfd_create, CLOCK_REALTIME, 0);
	syscall(SYS_timerfd_create, 1234, 0x10);
	its.it_value.tv_sec = 100000000;
	syscall(SYS_timerfd_settime, fd, 0, &its, NULL);
	syscall(SYS_timerfd_settime, fd, TFD_TIMER_ABSTIME, &its, NULL);
	memset(&its, 0, sizeof its);
	syscall(SYS_timerfd_settime, fd, 0, &its, NULL);
	syscall(SYS_timerfd_settime, fd, 0, &its, &old);
	syscall(SYS_timerfd_gettime, fd, &old);
	syscall(SYS_timerfd_gettime, fd, (void *)1);
	syscall(SYS_timerfd_settime, fd, 0x10, (void *)1, NULL);
	syscall(SYS_timerfd_settime, -1, 0, &its, NULL);

	memset(&itv, 0, sizeof itv);
	itv.it_value.tv_sec = 1000;
	syscall(SYS_setitimer, ITIMER_REAL, &itv, &oitv);
	memset(&itv, 0, sizeof itv);
	syscall(SYS_setitimer, ITIMER_REAL, &itv, NULL);
	syscall(SYS_getitimer, ITIMER_REAL, &oitv);
	syscall(SYS_setitimer, ITIMER_PROF, NULL, NULL);
	syscall(SYS_getitimer, 5, &oitv);
	syscall(SYS_getitimer, ITIMER_VIRTUAL, (void *)1);
	return 0;
}
