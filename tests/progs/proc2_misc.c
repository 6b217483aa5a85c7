/* Process odds and ends: arch_prctl codes, personality, sysinfo, times,
 * kcmp, ioprio, remap_file_pages, modules, pidfds, process_madvise and
 * process_mrelease.  Valid, NULL, unreadable and page-straddling
 * arguments; only calls that fail or change nothing. */
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define HI 0xffffffff00000000UL

int main(int argc, char **argv)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end;
	uint64_t v = 0;
	struct iovec iov[2];
	pid_t pid = getpid();
	int pfd, fd;
	siginfo_t si;
	uint32_t slot[3];
	struct tms tms;
	struct sysinfo sinfo;

	/* "inject": calls whose real results change between runs, for
	 * cases that inject their return value */
	bool inject = argc > 1 && !strcmp(argv[1], "inject");

	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	end = page + 4096;

	/* arch_prctl: every code, NULL and bad pointers, high bits */
	syscall(SYS_arch_prctl, 0x1001, 0);              /* SET_GS */
	syscall(SYS_arch_prctl, 0x1003, &v);             /* GET_FS */
	syscall(SYS_arch_prctl, 0x1003, 0);
	syscall(SYS_arch_prctl, 0x1004, 1);
	syscall(SYS_arch_prctl, 0x1011, 0);              /* GET_CPUID */
	syscall(SYS_arch_prctl, 0x1012, 1);              /* SET_CPUID */
	syscall(SYS_arch_prctl, 0x1021, &v);             /* XCOMP_SUPP */
	syscall(SYS_arch_prctl, 0x1021, 0);
	syscall(SYS_arch_prctl, 0x1022, &v);             /* XCOMP_PERM */
	syscall(SYS_arch_prctl, 0x1022, end - 4);
	syscall(SYS_arch_prctl, 0x1023, 0);              /* REQ_XCOMP_PERM */
	syscall(SYS_arch_prctl, 0x1023, 18);
	syscall(SYS_arch_prctl, 0x1023, 11);
	syscall(SYS_arch_prctl, 0x1023, 99);
	syscall(SYS_arch_prctl, 0x1024, &v);             /* GUEST_PERM */
	syscall(SYS_arch_prctl, 0x1025, 1);
	syscall(SYS_arch_prctl, 0x2001, 0);              /* MAP_VDSO_X32 */
	syscall(SYS_arch_prctl, 0x2002, 0x1000);
	syscall(SYS_arch_prctl, 0x2003, 0x1000);
	syscall(SYS_arch_prctl, 0x3001, 1);              /* newer: unknown */
	syscall(SYS_arch_prctl, 0x9999, 5);
	syscall(SYS_arch_prctl, HI | 0x1011, 5);

	/* personality: query only, then unknown types and flags */
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, HI | 0xffffffff);
	syscall(SYS_personality, 0x1234);
	syscall(SYS_personality, 0x0fff0000 | 8);
	syscall(SYS_personality, 0x80000000);
	syscall(SYS_personality, 0);

	/* sysinfo: the counters change, so only failures */
	syscall(SYS_sysinfo, 0);
	syscall(SYS_sysinfo, 1);
	syscall(SYS_sysinfo, end - 8);
	memset(&sinfo, 0, sizeof(sinfo));
	sinfo.uptime = 1234;
	sinfo.loads[1] = 65536;
	sinfo.procs = 7;
	sinfo.mem_unit = 4096;
	if (inject)
		syscall(SYS_sysinfo, &sinfo);

	/* times: the counters and the clock change, so only a failure and
	 * (with a return value injected) a prepared buffer */
	memset(&tms, 0x11, sizeof(tms));
	syscall(SYS_times, 1);
	syscall(SYS_times, end - 8);
	if (inject)
		syscall(SYS_times, &tms);

	/* kcmp: every type, bad descriptors, pids and slots */
	fd = open(".", O_RDONLY | O_DIRECTORY);
	slot[0] = fd;
	slot[1] = 0;
	slot[2] = 0;
	syscall(SYS_kcmp, pid, pid, 0, fd, fd);          /* KCMP_FILE */
	syscall(SYS_kcmp, pid, pid, 0, 9999, HI | fd);
	syscall(SYS_kcmp, pid, pid, 0, -1, 0x7fffffff);
	for (int type = 1; type <= 6; type++)            /* VM ... SYSVSEM */
		syscall(SYS_kcmp, pid, pid, type, 5, 6);
	syscall(SYS_kcmp, pid, pid, 7, fd, slot);        /* KCMP_EPOLL_TFD */
	syscall(SYS_kcmp, pid, pid, 7, 9999, 0);
	syscall(SYS_kcmp, pid, pid, 7, fd, 1);
	syscall(SYS_kcmp, pid, pid, 7, fd, end - 8);
	memcpy(end - 12, slot, 12);
	syscall(SYS_kcmp, pid, pid, 7, fd, end - 12);
	syscall(SYS_kcmp, -1, HI | 0x7fffffff, 8, -1L, -1L);
	syscall(SYS_kcmp, HI | 1, 2, HI | 1, 3, 4);

	/* ioprio: this process only, or pids that do not exist */
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);    /* BE, 4 */
	syscall(SYS_ioprio_get, 1, 0);                   /* IOPRIO_WHO_PROCESS */
	syscall(SYS_ioprio_get, 4, 0);
	syscall(SYS_ioprio_get, HI | 1, HI | 0x7fffffff);
	syscall(SYS_ioprio_set, 1, 0x7fffffff, (1 << 13) | 0);
	syscall(SYS_ioprio_set, 2, 0x7fffffff, (3 << 13) | 7);
	syscall(SYS_ioprio_set, 3, 0x7fffffff, 0);
	syscall(SYS_ioprio_set, 5, 0, (4 << 13) | 1);
	syscall(SYS_ioprio_set, 1, 0x7fffffff, 0x1fff);
	syscall(SYS_ioprio_set, 1, 0x7fffffff, HI | 0xffff);
	syscall(SYS_ioprio_set, 1, 0x7fffffff, 8 << 13);
	syscall(SYS_ioprio_set, 1, 0x7fffffff, -1);
	syscall(SYS_ioprio_set, HI | 9, HI | 0x7fffffff, HI | (4 << 13) | 1);

	/* remap_file_pages on an anonymous mapping fails */
	syscall(SYS_remap_file_pages, page, 4096, 0, 0, 0);
	syscall(SYS_remap_file_pages, 0, 0, 3, 7, 0x10000);
	syscall(SYS_remap_file_pages, 1, -1L, HI | 1, HI | 2, 0x20);

	/* modules: bad images, names and descriptors */
	syscall(SYS_init_module, 0, 0, "");
	syscall(SYS_init_module, page, 16, "opt=1 x");
	syscall(SYS_init_module, 1, HI | 1, 0);
	syscall(SYS_init_module, 0, 0, 1);
	syscall(SYS_finit_module, -1, "", 0);
	syscall(SYS_finit_module, -1, 0, 1);
	syscall(SYS_finit_module, -1, "a=b", 7);
	syscall(SYS_finit_module, HI | 0xffffffff, 1, HI | 4);
	syscall(SYS_delete_module, "no_such_module_xyz", 0);
	syscall(SYS_delete_module, "no_such_module_xyz", 0x800);
	syscall(SYS_delete_module, "no_such_module_xyz", 0x200 | 0x800);
	syscall(SYS_delete_module, 0, 0x300);
	syscall(SYS_delete_module, 1, 0x12);
	syscall(SYS_delete_module, 0, HI);
	memcpy(end - 3, "ab", 3);
	syscall(SYS_delete_module, end - 3, 0);
	memcpy(end - 3, "abc", 3);
	syscall(SYS_delete_module, end - 3, 0);

	/* pidfds */
	pfd = syscall(SYS_pidfd_open, pid, 0);
	syscall(SYS_pidfd_open, pid, 0x800);             /* PIDFD_NONBLOCK */
	syscall(SYS_pidfd_open, -1, 0);
	syscall(SYS_pidfd_open, pid, 1);
	syscall(SYS_pidfd_open, HI | 0x7fffffff, HI | 0x800);
	syscall(SYS_pidfd_getfd, pfd, fd, 0);
	syscall(SYS_pidfd_getfd, pfd, 9999, 0);
	syscall(SYS_pidfd_getfd, pfd, fd, 1);
	syscall(SYS_pidfd_getfd, -1, -1, HI);
	syscall(SYS_pidfd_send_signal, pfd, 0, NULL, 0);
	syscall(SYS_pidfd_send_signal, pfd, 0, NULL, 1);
	syscall(SYS_pidfd_send_signal, -1, SIGUSR1, NULL, 0);
	syscall(SYS_pidfd_send_signal, pfd, 100, NULL, 0);
	syscall(SYS_pidfd_send_signal, pfd, 0, 1, 0);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = 1;
	si.si_uid = 2;
	syscall(SYS_pidfd_send_signal, -1, SIGUSR1, &si, 0);
	syscall(SYS_pidfd_send_signal, -1, SIGUSR1, end - 8, 0);

	/* waiting on a pidfd (no children: ECHILD), bad types and options */
	syscall(SYS_waitid, 3, pfd, &si, WEXITED | WNOHANG, 0);
	syscall(SYS_waitid, 3, -1, &si, WEXITED, 0);
	syscall(SYS_waitid, 4, 0, &si, WEXITED, 0);
	syscall(SYS_waitid, HI, HI | 5, &si, HI | WEXITED, 0);
	syscall(SYS_waitid, 0, 0, &si, 0x7fffffff, 1);
	syscall(SYS_wait4, HI | 0xffffffff, 0, HI | WNOHANG, 0);
	syscall(SYS_wait4, 0x7fffffff, 1, 0x40000000 | WNOHANG, 1);
	syscall(SYS_wait4, -1, 0, 0xfe, 0);

	/* process_madvise, process_mrelease */
	iov[0].iov_base = page;
	iov[0].iov_len = 4096;
	iov[1].iov_base = 0;
	iov[1].iov_len = 0;
	syscall(SYS_process_madvise, pfd, iov, 1, MADV_COLD, 0);
	syscall(SYS_process_madvise, pfd, iov, 2, MADV_PAGEOUT, 1);
	syscall(SYS_process_madvise, pfd, 0, 0, MADV_WILLNEED, 0);
	syscall(SYS_process_madvise, pfd, 1, 1, 999, 0);
	syscall(SYS_process_madvise, -1, end - 16, 2, MADV_COLD, 0);
	syscall(SYS_process_madvise, HI | 0xffffffff, iov, HI | 1, HI | 20, HI);
	syscall(SYS_process_mrelease, pfd, 0);
	syscall(SYS_process_mrelease, -1, 1);
	syscall(SYS_process_mrelease, HI | 0xffffffff, HI | 1);
	return 0;
}
