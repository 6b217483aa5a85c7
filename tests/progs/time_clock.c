/* Clocks and sleeps: nanosleep, clock_nanosleep, clock_gettime/settime/
 * getres, gettimeofday, time, alarm; success, bad pointers and bad ids. */
#include <stddef.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts = { 0, 0 }, rem;
	struct timeval tv;
	struct timezone tz;
	time_t t;

	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_nanosleep, &ts, &rem);
	ts.tv_nsec = 1000;
	syscall(SYS_nanosleep, &ts, &rem);
	ts.tv_nsec = 1000000000;
	syscall(SYS_nanosleep, &ts, &rem);
	syscall(SYS_nanosleep, NULL, NULL);
	syscall(SYS_nanosleep, (void *)1, (void *)1);
	ts.tv_nsec = 0;
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_BOOTTIME, 0x10, &ts, &rem);
	syscall(SYS_clock_nanosleep, 99, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_TAI, 0, (void *)1, NULL);
	syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &ts);
	syscall(SYS_clock_gettime, CLOCK_THREAD_CPUTIME_ID, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC_RAW, &ts);
	syscall(SYS_clock_gettime, CLOCK_REALTIME_COARSE, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC_COARSE, &ts);
	syscall(SYS_clock_gettime, CLOCK_BOOTTIME, NULL);
	syscall(SYS_clock_gettime, CLOCK_REALTIME_ALARM, (void *)1);
	syscall(SYS_clock_gettime, -1, &ts);
	/* a dynamic clock id for pid 0 */
	syscall(SYS_clock_gettime, -6, &ts);
	syscall(SYS_clock_gettime, 11, &ts);
	syscall(SYS_clock_getres, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, NULL);
	syscall(SYS_clock_getres, 1234, &ts);
	ts.tv_sec = 1;
	ts.tv_nsec = 2;
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_settime, CLOCK_REALTIME, NULL);
	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_gettimeofday, NULL, NULL);
	syscall(SYS_gettimeofday, (void *)1, (void *)2);
	syscall(SYS_settimeofday, NULL, NULL);
	tv.tv_sec = 0;
	tv.tv_usec = 5;
	syscall(SYS_settimeofday, &tv, NULL);
	syscall(SYS_time, NULL);
	syscall(SYS_time, &t);
	syscall(SYS_time, (void *)1);
	syscall(SYS_alarm, 0);
	syscall(SYS_alarm, 100);
	syscall(SYS_alarm, 0);
	syscall(SYS_adjtimex, NULL);
	syscall(SYS_adjtimex, (void *)1);
	syscall(SYS_clock_adjtime, 99, &tv);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, NULL);
	syscall(SYS_times, NULL);
	return 0;
}
