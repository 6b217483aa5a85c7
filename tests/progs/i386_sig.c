/* i386_sig: signal and time calls of a 32-bit process whose structs have
 * 32-bit longs and pointers: rt_sigaction, sigaltstack, rt_sigreturn,
 * nanosleep, clock_gettime/getres (old timespec), gettimeofday, time,
 * times, sysinfo, wait4 with a child's rusage. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

struct sa32 {
	uint32_t handler, flags, restorer;
	uint32_t mask[2];
};

static void handler(int sig) { (void)sig; }
static void siginfo_handler(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)si;
	(void)uc;
}
static void restorer(void) { syscall(SYS_rt_sigreturn); }

int main(void)
{
	struct sa32 sa = { (uint32_t)(uintptr_t)handler, SA_RESTART | 0x04000000,
			   (uint32_t)(uintptr_t)restorer, { 1u << 9, 0 } };
	struct sa32 old;
	uint32_t ss[3] = { 0, 0, 0 }, oss[3];
	int32_t ts[2] = { 0, 1000 }, ts2[2];
	char buf[512];
	int status;

	syscall(SYS_rt_sigaction, SIGUSR1, &sa, &old, 8);
	syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old, 8);
	sa.handler = (uint32_t)(uintptr_t)SIG_IGN;
	sa.flags = SA_NOCLDSTOP | SA_SIGINFO | 0x04000000;
	syscall(SYS_rt_sigaction, SIGCHLD, &sa, NULL, 8);
	sa.handler = 0;
	sa.flags = 0;
	syscall(SYS_rt_sigaction, SIGCHLD, &sa, NULL, 8);
	syscall(SYS_rt_sigaction, SIGKILL, &sa, NULL, 8);
	syscall(SYS_rt_sigaction, SIGUSR2, (void *)1, NULL, 8);
	syscall(SYS_rt_sigaction, SIGUSR2, &sa, NULL, 4);
	ss[0] = (uint32_t)(uintptr_t)buf;
	ss[1] = 0;
	ss[2] = 1;
	syscall(SYS_sigaltstack, ss, oss);
	syscall(SYS_sigaltstack, NULL, oss);
	syscall(SYS_sigaltstack, (void *)1, NULL);
	syscall(SYS_nanosleep, ts, NULL);
	syscall(SYS_nanosleep, ts, ts2);
	ts[1] = 2000000000;
	syscall(SYS_nanosleep, ts, NULL);
	syscall(SYS_nanosleep, NULL, NULL);
	syscall(SYS_clock_gettime, 0, (void *)1);
	syscall(SYS_clock_gettime, 99, ts2);
	syscall(SYS_clock_getres, 1, ts2);
	syscall(SYS_clock_getres, 1, NULL);
	syscall(SYS_gettimeofday, NULL, NULL);
	syscall(SYS_gettimeofday, (void *)1, NULL);
	syscall(SYS_time, (void *)1);
	syscall(SYS_times, (void *)1);
	syscall(SYS_sysinfo, (void *)1);
	syscall(SYS_sysinfo, NULL);
	/* a real handler and restorer: libc's, with SA_SIGINFO for the
	 * rt_sigreturn frame */
	struct sigaction act;
	memset(&act, 0, sizeof(act));
	act.sa_sigaction = siginfo_handler;
	act.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &act, NULL);
	syscall(SYS_kill, syscall(SYS_getpid), SIGUSR1);
	/* SIGCHLD stays pending: its line would race with wait4's */
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	syscall(SYS_wait4, pid, &status, 0, NULL);
	syscall(SYS_wait4, -1, &status, WNOHANG, NULL);
	syscall(SYS_wait4, -1, (void *)1, 0, (void *)1);
	return 0;
}
