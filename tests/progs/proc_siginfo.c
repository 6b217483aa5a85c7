/* siginfo decoding: every si_code family (user, queue, timer, tkill,
 * sigio, the per-signal kernel codes of SIGCHLD, SIGILL, SIGFPE, SIGSEGV,
 * SIGBUS, SIGTRAP, SIGPOLL, SIGSYS, SI_KERNEL) sent to ourselves with
 * rt_tgsigqueueinfo, so each shows as an argument and on a --- SIG ---
 * line.  Also an empty siginfo, NULL and a bad pointer. */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void handler(int sig)
{
}

/* words 4..11 of the x86_64 siginfo: the union */
static void send(int sig, int code, int err, const int w[8])
{
	siginfo_t si;
	int *words = (int *)&si;

	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	si.si_errno = err;
	for (int i = 0; i < 8; i++)
		words[4 + i] = w[i];
	syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), sig,
		&si);
}

int main(void)
{
	static const int sigs[] = {
		SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP, SIGCHLD, SIGPOLL,
		SIGSYS, SIGPROF, SIGUSR1, 40, 64,
	};
	static const int codes[] = {
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 0x80,
		-1, -2, -3, -4, -5, -6, -7, -60, -100,
	};
	static const int full[8] = { 42, 7, 8, 9, 10, 11, 12, 13 };
	static const int zero[8];
	struct sigaction sa;
	siginfo_t si;

	syscall(SYS_getpid);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);

	for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		for (unsigned j = 0; j < sizeof(codes) / sizeof(codes[0]); j++)
			send(sigs[i], codes[j], j == 3 ? 1 : j == 4 ? 9999 : 0,
			     full);

	/* zero fields, negative values, huge clock ticks */
	send(SIGUSR1, SI_QUEUE, 0, zero);
	send(SIGUSR1, SI_TIMER, 0, zero);
	send(SIGUSR1, 5, 0, zero);
	send(SIGUSR1, 5, 0, (const int[8]){ 0, 1 });
	send(SIGUSR1, 5, 0, (const int[8]){ 0, 0, 0, 1 });
	send(SIGUSR1, SI_QUEUE, 0, (const int[8]){ -5, -6, -7, -8 });
	send(SIGCHLD, CLD_EXITED, 0, (const int[8]){ 1, 0, -1, 0, 0, 250 });
	send(SIGCHLD, CLD_KILLED, 0, (const int[8]){ 1, 0, 9, 0, 1 });
	send(SIGCHLD, CLD_KILLED, 0, (const int[8]){ 1, 0, 100 });
	send(SIGCHLD, CLD_EXITED, 0,
	     (const int[8]){ 1, 0, 0, 0, -1, -1, -1, -1 });
	send(SIGCHLD, CLD_STOPPED, 0, (const int[8]){ 1, 0, SIGSTOP, 0, 7 });
	/* SIGSYS: this personality, another one, an unknown arch */
	send(SIGSYS, 1, 0, (const int[8]){ 0x1000, 0, 59, (int)0xc000003e });
	send(SIGSYS, 1, 0, (const int[8]){ 0x1000, 0, 5000, (int)0xc000003e });
	send(SIGSYS, 1, 0, (const int[8]){ 0x1000, 0, 11, 0x40000003 });
	send(SIGSYS, 1, 0, (const int[8]){ 0x1000, 0, 11, 0 });
	send(SIGIO, POLL_IN, 0, (const int[8]){ -1, -1, 3 });
	send(SIGSEGV, SEGV_MAPERR, 0, zero);
	send(SIGSEGV, SEGV_BNDERR, 0, zero);
	send(SIGSEGV, SEGV_PKUERR, 0, zero);

	memset(&si, 0, sizeof(si));
	syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), SIGUSR1,
		&si);
	syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), SIGUSR1,
		NULL);
	syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), SIGUSR1,
		(void *)1);
	return 0;
}
