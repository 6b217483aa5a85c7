/* i386_oldsig: the old i386 signal calls (signal, sigaction with struct
 * old_sigaction, sigprocmask and sigpending with a 32-bit set, sgetmask,
 * ssetmask) and the time calls whose structs hold 32-bit longs
 * (itimers, POSIX timers, timerfds, times, utimes, futimesat, utimensat,
 * sched_rr_get_interval), with NULL and unreadable pointers. */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

static void handler(int sig)
{
	(void)sig;
}

static void old_signals(void)
{
	unsigned long set = 1 << 9, old = 0;
	struct {
		long handler;
		unsigned long mask;
		long flags;
		long restorer;
	} sa = { 1, 1 << 3, 0x10000000, 0 }, osa;

	syscall(SYS_signal, SIGUSR2, SIG_IGN);
	syscall(SYS_signal, SIGUSR2, handler);
	syscall(SYS_signal, SIGUSR2, SIG_DFL);
	syscall(SYS_signal, 99, SIG_DFL);
	syscall(SYS_sigaction, SIGUSR2, &sa, &osa);
	syscall(SYS_sigaction, SIGUSR2, NULL, &osa);
	sa.flags = 0x04000000 | 0x80000000; /* SA_RESTORER|SA_RESETHAND */
	sa.restorer = 0x1234;
	syscall(SYS_sigaction, SIGUSR2, &sa, (void *)1);
	syscall(SYS_sigaction, SIGUSR2, (void *)1, NULL);
	syscall(SYS_sigprocmask, SIG_BLOCK, &set, &old);
	syscall(SYS_sigprocmask, SIG_UNBLOCK, &set, NULL);
	syscall(SYS_sigprocmask, 7, NULL, (void *)1);
	syscall(SYS_sigpending, &old);
	syscall(SYS_sigpending, NULL);
	syscall(SYS_ssetmask, 1 << 13);
	syscall(SYS_sgetmask);
	syscall(SYS_ssetmask, 0);
}

static void times32(void)
{
	long it[4] = { 0, 0, 1, 500 }, old[4], ts[4] = { 0, 0, 100, 0 };
	long idle[4] = { 0, 0, 0, 0 };
	long tv[4] = { 1, 2, 3, 4 }, tsp[4] = { 1, UTIME_NOW, 3, UTIME_OMIT };
	int tid = 0;
	struct {
		int value, signo, notify, pad[13];
	} sev = { 0, SIGUSR1, SIGEV_SIGNAL };
	struct tms t;

	memset(&t, 0, sizeof(t));
	syscall(SYS_getitimer, ITIMER_REAL, old);
	syscall(SYS_getitimer, 5, old);
	syscall(SYS_setitimer, ITIMER_VIRTUAL, it, old);
	syscall(SYS_setitimer, ITIMER_VIRTUAL, idle, NULL);
	syscall(SYS_setitimer, ITIMER_PROF, (void *)1, NULL);
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	/* an idle timer: its time left is 0 */
	syscall(SYS_timer_gettime, tid, old);
	syscall(SYS_timer_settime, tid, 0, idle, old);
	syscall(SYS_timer_settime, tid, TIMER_ABSTIME, (void *)1, NULL);
	syscall(SYS_timer_delete, tid);
	int fd = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, 0);
	syscall(SYS_timerfd_gettime, fd, old);
	syscall(SYS_timerfd_settime, fd, 0, idle, old);
	syscall(SYS_timerfd_settime, fd, 0, ts, NULL);
	syscall(SYS_timerfd_settime, fd, 0, idle, NULL);
	close(fd);
	syscall(SYS_utimes, "/nonexistent", tv);
	syscall(SYS_utimes, "/nonexistent", NULL);
	syscall(SYS_futimesat, AT_FDCWD, "/nonexistent", tv);
	syscall(SYS_futimesat, -1, "/nonexistent", (void *)1);
	syscall(SYS_utimensat, AT_FDCWD, "/nonexistent", tsp, 0);
	syscall(SYS_utimensat, AT_FDCWD, "/nonexistent", tv, 0);
	syscall(SYS_sched_rr_get_interval, 0, old);
	syscall(SYS_sched_rr_get_interval, -1, old);
	/* its return value is the time since boot: made fixed by -e inject */
	syscall(SYS_times, &t);
	syscall(SYS_times, NULL);
}

int main(void)
{
	old_signals();
	times32();
	return 0;
}
