/* core_sierrno: rt_sigqueueinfo with an si_errno no errno names (shown
 * unsigned, as strace shows it) and one it names; the signal is ignored,
 * so it is shown on delivery and nothing happens. */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_errno = -1073741762;
	signal(SIGUSR1, SIG_IGN);
	syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
	si.si_errno = 5;
	syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
	return 0;
}
