/* More calls with patterned arguments at a fixed address, every call
 * injected (none runs): x86 odds and ends (modify_ldt, thread areas,
 * ioperm/iopl, kexec, unshare/setns, getcpu, userfaultfd, membarrier,
 * sysctl, host names), syslog/reboot/seccomp/perf_event_open, memory
 * calls with every flag and unknown bits, and path calls with odd modes
 * and flags (not mmap, mprotect, brk or openat, which the loader makes
 * before main and which must not be injected). */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BASE 0x50000000UL

static const unsigned long a = BASE, g = BASE + 4096, big = ~0UL;

static void x86(void)
{
	for (long f = 0; f <= 0x12; f++) {
		syscall(SYS_modify_ldt, f, a, 16);
		syscall(SYS_modify_ldt, f, g - 8, 16);
	}
	syscall(SYS_set_thread_area, a);
	syscall(SYS_set_thread_area, g - 8);
	syscall(SYS_get_thread_area, a + 16);
	syscall(SYS_ioperm, 0x3f8, 8, 1);
	syscall(SYS_ioperm, big, big, big);
	syscall(SYS_iopl, 3);
	syscall(SYS_iopl, big);
	syscall(SYS_kexec_load, 0x100000, 2, a + 32, 0x3e0000 | 3);
	syscall(SYS_kexec_load, 0, 0, 0, big);
	syscall(SYS_kexec_file_load, 3, 4, 10, a + 2000, 0x1f);
	syscall(SYS_kexec_file_load, -1, -1, 0, 0, big);
	syscall(SYS_unshare, big);
	syscall(SYS_unshare, 0x7e020600);
	syscall(SYS_setns, -1, big);
	syscall(SYS_setns, 0, 0x40000000);
	syscall(SYS_getcpu, a + 48, a + 56, a + 64);
	syscall(SYS_getcpu, g - 2, 0, 0);
	syscall(SYS_userfaultfd, big);
	syscall(SYS_userfaultfd, 0x80801);
	for (int c = 0; c <= 512; c = c ? c * 2 : 1)
		syscall(SYS_membarrier, c, c & 1, c);
	syscall(SYS_membarrier, big, big, big);
	syscall(SYS__sysctl, a + 80);
	syscall(SYS__sysctl, g - 8);
	syscall(SYS_sethostname, a + 2000, 5);
	syscall(SYS_sethostname, g - 2, 8);
	syscall(SYS_setdomainname, a + 2000, big);
	for (int o = 0; o <= 4; o++)
		syscall(SYS_sysfs, o, a + 2000, a + 96);
}

static void misc(void)
{
	for (int t = 0; t <= 11; t++)
		syscall(SYS_syslog, t, a, 64);
	syscall(SYS_syslog, 2, g - 4, 16);
	syscall(SYS_reboot, 0xfee1dead, 0x28121969, 0xa1b2c3d4, a + 2000);
	syscall(SYS_reboot, 0xfee1dead, 0x28121969, 0x12345678, a);
	syscall(SYS_reboot, big, big, big, big);
	for (int op = 0; op <= 4; op++) {
		syscall(SYS_seccomp, op, 0, a + 112);
		syscall(SYS_seccomp, op, big, g - 8);
	}
	syscall(SYS_perf_event_open, a + 128, -1, 0, -1, 0);
	syscall(SYS_perf_event_open, a + 256, 0, -1, 3, big);
}

static void memory(void)
{
	syscall(SYS_pkey_mprotect, a, 4096, 0x1000007, 5);
	syscall(SYS_mremap, a, 4096, 8192, big, a + 8192);
	for (int adv = 0; adv <= 26; adv++)
		syscall(SYS_madvise, a, 4096, adv);
	syscall(SYS_madvise, a, 4096, 100);
	syscall(SYS_madvise, a, 4096, big);
	syscall(SYS_msync, a, 4096, big);
	syscall(SYS_mlock2, a, 4096, big);
	syscall(SYS_mlockall, big);
	syscall(SYS_mlockall, 7);
	syscall(SYS_mincore, a, 3 * 4096, a + 3000);
	syscall(SYS_mincore, a, 100 * 4096, a + 3000);
	syscall(SYS_mincore, a, 4096, g);
	syscall(SYS_pkey_alloc, big, big);
	syscall(SYS_pkey_alloc, 0, 3);
	syscall(SYS_pkey_free, big);
	syscall(SYS_process_vm_readv, 1, a + 256, 2, a + 288, 2, big);
	syscall(SYS_process_vm_writev, 1, g - 16, 2, g - 8, 1, 0);
}

static void files(void)
{
	syscall(SYS_open, a + 2000, big, big);
	syscall(SYS_creat, g - 2, big);
	syscall(SYS_faccessat2, -100, a + 2000, big, big);
	syscall(SYS_fchmodat, -100, a + 2000, big);
	syscall(SYS_mknodat, -100, a + 2000, 0020644, 0x0102);
	syscall(SYS_mknodat, -100, a + 2000, 0060600, big);
	syscall(SYS_mknodat, -100, a + 2000, big, 0);
	syscall(SYS_renameat2, -100, a + 2000, -100, a + 2000, big);
	syscall(SYS_linkat, -100, a + 2000, -100, a + 2000, big);
	syscall(SYS_unlinkat, -100, a + 2000, big);
	syscall(SYS_fchownat, -100, a + 2000, -1, -1, big);
	syscall(SYS_utimensat, -100, a + 2000, a + 320, big);
	syscall(SYS_utimensat, -100, a + 2000, g - 16, 0);
	syscall(SYS_umask, big);
	syscall(SYS_getcwd, a + 3000, 16);
	syscall(SYS_readlinkat, -100, a + 2000, a + 3000, 8);
	syscall(SYS_truncate, a + 2000, big);
}

int main(void)
{
	unsigned char *p = mmap((void *)BASE, 8192, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS |
				MAP_FIXED_NOREPLACE, -1, 0);

	if (p != (void *)BASE)
		return 1;
	for (int i = 0; i < 4096; i++)
		p[i] = (unsigned char)(i * 7 + 1);
	memcpy(p + 2000, "/nonexistent-sift", 18);
	mprotect(p + 4096, 4096, PROT_NONE);
	x86();
	misc();
	memory();
	files();
	return 0;
}
