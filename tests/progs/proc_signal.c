/* Signals: sigaction in all its forms, masks, raising and handling
 * (rt_sigreturn), pending sets, suspend, timed waits, queued info,
 * alternate stacks, signalfd and pidfds.  Bad pointers and sizes too. */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef SA_RESTORER
#define SA_RESTORER 0x04000000
#endif

struct k_sigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	uint64_t mask;
};

static volatile int hits;

static void handler(int sig)
{
	hits++;
}

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	hits++;
}

int main(void)
{
	struct sigaction sa, old;
	struct k_sigaction ka;
	sigset_t set, oldset;
	siginfo_t si;
	pid_t me = getpid();

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaction(SIGUSR1, &sa, &old);
	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK | SA_NODEFER |
		      SA_RESETHAND;
	sigaddset(&sa.sa_mask, SIGINT);
	sigaddset(&sa.sa_mask, SIGRTMIN + 2);
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = SA_NOCLDSTOP | SA_NOCLDWAIT;
	sigfillset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	sa.sa_handler = SIG_DFL;
	sa.sa_flags = 0;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, &old);
	sigaction(SIGKILL, &sa, NULL);
	sigaction(SIGTERM, NULL, &old);

	/* raw: odd flags, no restorer, bad pointers and sizes */
	memset(&ka, 0, sizeof(ka));
	ka.handler = (void *)0x1234;
	ka.flags = 0x10000000 | 0x40 | 0x200;
	ka.mask = ~0ULL;
	syscall(SYS_rt_sigaction, SIGHUP, &ka, NULL, 8);
	syscall(SYS_rt_sigaction, SIGHUP, NULL, NULL, 8);
	syscall(SYS_rt_sigaction, SIGHUP, (void *)1, (void *)1, 8);
	syscall(SYS_rt_sigaction, SIGHUP, &ka, &ka, 4);
	syscall(SYS_rt_sigaction, 0, NULL, NULL, 8);
	syscall(SYS_rt_sigaction, 100, NULL, NULL, 8);
	syscall(SYS_rt_sigaction, SIGRTMIN + 4, NULL, &ka, 8);

	/* masks */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, &oldset);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	sigprocmask(SIG_SETMASK, &oldset, &set);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &set, 8);
	syscall(SYS_rt_sigprocmask, 7, &set, NULL, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, (void *)1, (void *)1, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 1024);
	sigfillset(&set);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, &oldset, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &oldset, NULL, 8);

	/* raising and handling */
	kill(me, SIGUSR1);
	syscall(SYS_tkill, syscall(SYS_gettid), SIGUSR1);
	syscall(SYS_tgkill, me, syscall(SYS_gettid), SIGUSR2);
	kill(me, 0);
	kill(-1000000, SIGTERM);
	kill(me, 12345);
	syscall(SYS_tgkill, me, 1, SIGRTMIN + 1);

	/* pending, suspend, timed wait */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(me, SIGUSR1);
	syscall(SYS_rt_sigpending, &oldset, 8);
	syscall(SYS_rt_sigpending, NULL, 8);
	syscall(SYS_rt_sigpending, &oldset, 1024);
	sigemptyset(&oldset);
	syscall(SYS_rt_sigsuspend, &oldset, 8);
	syscall(SYS_rt_sigsuspend, NULL, 8);
	syscall(SYS_rt_sigsuspend, &oldset, 4);
	kill(me, SIGUSR1);
	struct timespec ts = { 0, 0 };
	syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8);
	ts.tv_nsec = 1000;
	syscall(SYS_rt_sigtimedwait, &set, NULL, &ts, 8);
	syscall(SYS_rt_sigtimedwait, NULL, NULL, NULL, 8);
	syscall(SYS_rt_sigtimedwait, &set, (void *)1, (void *)1, 8);

	/* queued info */
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = me;
	si.si_uid = getuid();
	si.si_value.sival_int = 42;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, &si);
	syscall(SYS_rt_sigtimedwait, &set, &si, NULL, 8);
	si.si_code = SI_TKILL;
	syscall(SYS_rt_tgsigqueueinfo, me, syscall(SYS_gettid), SIGUSR1, &si);
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, NULL);
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, (void *)1);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, NULL, 8);

	/* alternate stacks */
	stack_t ss, oss;
	ss.ss_sp = malloc(65536);
	ss.ss_size = 65536;
	ss.ss_flags = 0;
	sigaltstack(&ss, &oss);
	sigaltstack(NULL, &oss);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	ss.ss_flags = 0x1234;
	sigaltstack(&ss, NULL);
	ss.ss_flags = 1u << 31; /* SS_AUTODISARM */
	ss.ss_size = 100;
	sigaltstack(&ss, NULL);
	sigaltstack((void *)1, (void *)1);

	/* signalfd */
	int fd = syscall(SYS_signalfd4, -1, &set, 8,
			 SFD_CLOEXEC | SFD_NONBLOCK);
	syscall(SYS_signalfd4, fd, &set, 8, 0);
	syscall(SYS_signalfd4, -1, &set, 8, 0x1234);
	syscall(SYS_signalfd4, -1, NULL, 8, 0);
	syscall(SYS_signalfd4, -1, &set, 4, 0);
	syscall(SYS_signalfd, -1, &set, 8);
	close(fd);

	/* pidfds */
	int pfd = syscall(SYS_pidfd_open, me, 0);
	syscall(SYS_pidfd_open, me, 0x800);
	syscall(SYS_pidfd_open, -1, 0);
	syscall(SYS_pidfd_open, me, 0x1);
	syscall(SYS_pidfd_send_signal, pfd, 0, NULL, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, NULL, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, (void *)1, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, NULL, 5);
	syscall(SYS_pidfd_send_signal, 1000, SIGUSR1, NULL, 0);
	syscall(SYS_pidfd_getfd, pfd, 0, 0);
	syscall(SYS_pidfd_getfd, pfd, 1000, 7);
	return hits == 0;
}
