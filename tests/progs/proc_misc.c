/* Process attributes: ids, arch_prctl, tid address, robust lists, rseq,
 * resource limits and usage, getrandom, uname, sysinfo, personality and
 * prctl.  Success and failure paths, NULL and bad pointers. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#define ARCH_SET_GS 0x1001
#define ARCH_GET_FS 0x1003
#define ARCH_GET_GS 0x1004
#define ARCH_GET_CPUID 0x1011
#define ARCH_REQ_XCOMP_PERM 0x1023

int main(void)
{
	uint64_t v;
	void *head;
	size_t len;
	struct rlimit rl, old;
	char buf[16];
	struct utsname u;
	char name[16] = "";

	/* ids */
	syscall(SYS_getpid);
	syscall(SYS_getppid);
	syscall(SYS_gettid);
	syscall(SYS_getpgrp);
	syscall(SYS_getpgid, 0);
	syscall(SYS_getpgid, -1);
	syscall(SYS_getsid, 0);
	syscall(SYS_getsid, 0x7fffffff);
	syscall(SYS_setpgid, 0, 0);
	syscall(SYS_setpgid, -5, 0);

	/* arch_prctl */
	syscall(SYS_arch_prctl, ARCH_GET_FS, &v);
	syscall(SYS_arch_prctl, ARCH_GET_FS, NULL);
	syscall(SYS_arch_prctl, ARCH_GET_FS, 1);
	syscall(SYS_arch_prctl, ARCH_GET_GS, &v);
	syscall(SYS_arch_prctl, ARCH_SET_GS, 0);
	syscall(SYS_arch_prctl, ARCH_GET_CPUID, 0);
	syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 18);
	syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 12);
	syscall(SYS_arch_prctl, 0x9999, 5);

	/* tid address, robust list, rseq */
	syscall(SYS_set_tid_address, &v);
	syscall(SYS_set_tid_address, 0);
	syscall(SYS_set_robust_list, NULL, 0);
	syscall(SYS_set_robust_list, (void *)1, 24);
	syscall(SYS_get_robust_list, 0, &head, &len);
	syscall(SYS_get_robust_list, 0, NULL, NULL);
	syscall(SYS_get_robust_list, 0x7fffffff, &head, &len);
	syscall(SYS_rseq, 0, 0x20, 0, 0x53053053);
	syscall(SYS_rseq, 1, 0x20, 3, 0x53053053);

	/* limits */
	syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &old);
	rl.rlim_cur = 8192 * 1024;
	rl.rlim_max = RLIM_INFINITY;
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, &rl, &old);
	rl.rlim_cur = 1025;
	rl.rlim_max = 0;
	syscall(SYS_prlimit64, 0, RLIMIT_CORE, &rl, NULL);
	syscall(SYS_prlimit64, 0, 99, &rl, (void *)1);
	syscall(SYS_prlimit64, 0, RLIMIT_CORE, (void *)1, NULL);
	syscall(SYS_prlimit64, -1, RLIMIT_CORE, NULL, &old);
	syscall(SYS_getrlimit, RLIMIT_STACK, &old);
	syscall(SYS_getrlimit, RLIMIT_STACK, NULL);
	syscall(SYS_getrlimit, 100, &old);
	syscall(SYS_getrlimit, RLIMIT_NICE, &old);
	syscall(SYS_setrlimit, RLIMIT_STACK, &old);
	syscall(SYS_setrlimit, RLIMIT_AS, (void *)1);
	old.rlim_cur = 3 * 1024;
	old.rlim_max = RLIM_INFINITY;
	syscall(SYS_setrlimit, RLIMIT_DATA, &old);

	/* usage: only failures, the counters differ between runs */
	syscall(SYS_getrusage, RUSAGE_SELF, NULL);
	syscall(SYS_getrusage, RUSAGE_CHILDREN, (void *)1);
	syscall(SYS_getrusage, RUSAGE_THREAD, NULL);
	syscall(SYS_getrusage, 5, NULL);

	/* getrandom: the bytes differ between runs, so no data */
	syscall(SYS_getrandom, buf, 0, 1);
	syscall(SYS_getrandom, (void *)1, 16, 0);
	syscall(SYS_getrandom, NULL, 16, 2);
	syscall(SYS_getrandom, buf, 16, 0x100);

	/* uname, sysinfo */
	syscall(SYS_uname, &u);
	syscall(SYS_uname, NULL);
	syscall(SYS_uname, (void *)1);
	syscall(SYS_sysinfo, NULL);
	syscall(SYS_sysinfo, (void *)1);

	/* personality */
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, 0x0040000 | 0x10000000);
	syscall(SYS_personality, 0x8);
	syscall(SYS_personality, 0x1234);
	syscall(SYS_personality, 0);

	/* prctl */
	syscall(SYS_prctl, 15, "sift-test", 0, 0, 0);      /* PR_SET_NAME */
	syscall(SYS_prctl, 15, "a very long process name", 0, 0, 0);
	syscall(SYS_prctl, 15, NULL, 0, 0, 0);
	syscall(SYS_prctl, 16, name, 0, 0, 0);             /* PR_GET_NAME */
	syscall(SYS_prctl, 16, 1, 0, 0, 0);
	syscall(SYS_prctl, 1, SIGKILL, 0, 0, 0);           /* PDEATHSIG */
	syscall(SYS_prctl, 1, 100, 0, 0, 0);
	syscall(SYS_prctl, 2, &v, 0, 0, 0);
	syscall(SYS_prctl, 2, NULL, 0, 0, 0);
	syscall(SYS_prctl, 1, 0, 0, 0, 0);
	syscall(SYS_prctl, 4, 1, 0, 0, 0);                 /* DUMPABLE */
	syscall(SYS_prctl, 4, 5, 0, 0, 0);
	syscall(SYS_prctl, 22, 0, 0, 0, 0);                /* SET_SECCOMP */
	syscall(SYS_prctl, 22, 2, NULL, 0, 0);
	syscall(SYS_prctl, 22, 7, 1, 0, 0);
	syscall(SYS_prctl, 23, 21, 0, 0, 0);               /* CAPBSET_READ */
	syscall(SYS_prctl, 23, 100, 0, 0, 0);
	syscall(SYS_prctl, 24, 100, 0, 0, 0);
	syscall(SYS_prctl, 7, 0, 0, 0, 0);                 /* GET_KEEPCAPS */
	syscall(SYS_prctl, 8, 0, 0, 0, 0);
	syscall(SYS_prctl, 36, 0, 0, 0, 0);                /* SUBREAPER */
	syscall(SYS_prctl, 37, &v, 0, 0, 0);
	syscall(SYS_prctl, 29, 50000, 0, 0, 0);            /* TIMERSLACK */
	syscall(SYS_prctl, 40, &v, 0, 0, 0);               /* TID_ADDRESS */
	syscall(SYS_prctl, 40, 1, 0, 0, 0);
	syscall(SYS_prctl, 28, 0x10000, 0, 0, 0);          /* SECUREBITS */
	syscall(SYS_prctl, 0x59616d61, 0x7fffffff, 0, 0, 0); /* PTRACER */
	syscall(SYS_prctl, 47, 1, 1, 0, 0);                /* CAP_AMBIENT */
	syscall(SYS_prctl, 47, 9, 2, 3, 4);
	syscall(SYS_prctl, 25, &v, 0, 0, 0);               /* GET_TSC */
	syscall(SYS_prctl, 26, 1, 0, 0, 0);
	syscall(SYS_prctl, 38, 1, 2, 3, 4);                /* NO_NEW_PRIVS */
	syscall(SYS_prctl, 41, 7, 2, 3, 4);                /* THP_DISABLE */
	syscall(SYS_prctl, 35, 1, 0, 0, 0);                /* SET_MM */
	syscall(SYS_prctl, 0x53564d41, 0, 0x1000, 0x1000, "x"); /* SET_VMA */
	syscall(SYS_prctl, 6, 3, 0, 0, 0);                 /* SET_UNALIGN */
	syscall(SYS_prctl, 12345, 1, 2, 3, 4);
	return 0;
}
