/* i386 memory, process, signal and time calls through raw syscall(2)
 * numbers: mmap2/munmap/mprotect/brk/madvise, getpid/wait4/kill/prctl/
 * uname/sysinfo/times/ugetrlimit/prlimit64, rt_sigaction/rt_sigprocmask/
 * sigaltstack, clock_gettime(64)/nanosleep/gettimeofday/time. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void handler(int sig) { (void)sig; }

int main(void)
{
	char buf[512];
	uint32_t rl[2];
	uint64_t rl64[2];
	long long ts64[2] = { 0, 1000 };
	int32_t ts32[2] = { 0, 1000 };
	uint64_t set = 1u << (SIGUSR1 - 1) | 1u << (SIGTERM - 1);

	char *p = (char *)syscall(SYS_mmap2, 0, 8192, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_mprotect, p, 4096, PROT_READ);
	syscall(SYS_madvise, p, 8192, MADV_DONTNEED);
	syscall(SYS_madvise, p, 8192, 12345);
	syscall(SYS_munmap, p + 4096, 4096);
	syscall(SYS_mmap2, 0, 4096, PROT_NONE, MAP_SHARED, -1, 3);
	syscall(SYS_mprotect, (void *)1, 4096, PROT_EXEC | 0x100);
	syscall(SYS_brk, 0);
	syscall(SYS_getpid);
	/* wait4 with an i386 struct rusage (zeroed: -e inject= shows it) */
	int32_t ru32[18] = { 0 }, wst = 0;
	syscall(SYS_wait4, -1, &wst, WNOHANG, ru32);
	syscall(SYS_wait4, -1, NULL, 0, (void *)1);
	syscall(SYS_getppid);
	syscall(SYS_gettid);
	syscall(SYS_getuid32);
	syscall(SYS_geteuid32);
	syscall(SYS_getgid32);
	syscall(SYS_setuid32, -1);
	syscall(SYS_setresgid32, -1, -1, -1);
	syscall(SYS_uname, buf);
	syscall(SYS_uname, NULL);
	syscall(SYS_ugetrlimit, RLIMIT_NOFILE, rl);
	syscall(SYS_ugetrlimit, RLIMIT_CORE, rl);
	syscall(SYS_ugetrlimit, 99, rl);
	syscall(SYS_ugetrlimit, RLIMIT_STACK, NULL);
	syscall(SYS_getrlimit, RLIMIT_DATA, (void *)1);
	syscall(SYS_setrlimit, RLIMIT_NOFILE, (void *)1);
	syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, rl64);
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, NULL, rl64);
	syscall(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0);
	syscall(SYS_prctl, PR_SET_NAME, "i386prog", 0, 0, 0);
	syscall(SYS_prctl, PR_GET_NAME, buf, 0, 0, 0);
	syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	syscall(SYS_prctl, 0x7fff, 1, 2, 3, 4);
	syscall(SYS_kill, 0, 0);
	syscall(SYS_kill, -1, 1000);
	syscall(SYS_tgkill, syscall(SYS_getpid), syscall(SYS_gettid), 0);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &set, 8);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, buf, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, (void *)1, NULL, 8);
	syscall(SYS_rt_sigpending, buf, 8);
	syscall(SYS_clock_gettime64, 0, (void *)1);
	syscall(SYS_clock_gettime64, 1, NULL);
	syscall(SYS_clock_getres_time64, 1, ts64);
	ts64[0] = 0; ts64[1] = 1000;
	syscall(SYS_clock_nanosleep_time64, 1, 0, ts64, NULL);
	syscall(SYS_alarm, 0);
	syscall(SYS_sched_yield);
	syscall(SYS_getrandom, buf, 0, 1);
	syscall(SYS_personality, 0xffffffff);
	(void)ts32;
	(void)handler;
	syscall(SYS_exit_group, 0);
	return 0;
}
