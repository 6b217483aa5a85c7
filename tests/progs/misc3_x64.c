/* x86_64 calls that had only argument roles: sysfs, get/setpriority,
 * modify_ldt, iopl, ioperm, kexec_load, kexec_file_load, unshare, setns,
 * getcpu, userfaultfd, membarrier, lookup_dcookie, set/get_thread_area,
 * with valid, NULL, unreadable and partly readable pointers, unknown
 * bits and out-of-range values.  Nothing here changes the machine: the
 * calls that could (kexec, unshare, setns, iopl) are made to fail. */
#include <asm/ldt.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* garbage in the upper half of a 64-bit register (nothing on i386) */
#define HI ((unsigned long)0xdeadbeef00000000ULL)

static char *guard_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p + 4096;
}

static void prio(void)
{
	syscall(SYS_getpriority, 0, 0);
	syscall(SYS_getpriority, 1 | HI, HI);
	syscall(SYS_getpriority, 2, 0);
	syscall(SYS_getpriority, 7, -1);
	syscall(SYS_setpriority, 0, 0, 0);
	syscall(SYS_setpriority, 3 | HI, 5, (unsigned long)(-25 & 0xffffffffULL));
	syscall(SYS_setpriority, 1, 0x7fffffff, 40 | HI);
}

static void fsys(char *end)
{
	char buf[64];

	syscall(SYS_sysfs, 1, "proc", 0);
	syscall(SYS_sysfs, 1, NULL, 0);
	syscall(SYS_sysfs, 1, (void *)1, 0);
	syscall(SYS_sysfs, 1, "nosuchfs", 0);
	syscall(SYS_sysfs, 2, 0, buf);
	syscall(SYS_sysfs, 2, 0x7fffffff, buf);
	syscall(SYS_sysfs, 2, 0, NULL);
	syscall(SYS_sysfs, 2, 1, end - 2);
	syscall(SYS_sysfs, 3, 0, 0);
	syscall(SYS_sysfs, 3 | HI, 5, 6);
	syscall(SYS_sysfs, 0, 1, 2);
	syscall(SYS_sysfs, 4, 1, 2);
	syscall(SYS_sysfs, -1, 1, 2);
}

static void ldt(char *end)
{
	struct user_desc d;
	char buf[32] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

	memset(&d, 0, sizeof(d));
	d.entry_number = 3;
	d.base_addr = 0x1000;
	d.limit = 0xfff;
	d.seg_32bit = 1;
	d.useable = 1;
	syscall(SYS_modify_ldt, 0, buf, sizeof(buf));
	syscall(SYS_modify_ldt, 0, NULL, 0);
	syscall(SYS_modify_ldt, 1, &d, sizeof(d));
	syscall(SYS_modify_ldt, 0x11, &d, sizeof(d));
	syscall(SYS_modify_ldt, 0x11, &d, 8);
	syscall(SYS_modify_ldt, 1, NULL, sizeof(d));
	syscall(SYS_modify_ldt, 1, (void *)1, sizeof(d));
	syscall(SYS_modify_ldt, 1, end - 8, sizeof(d));
	syscall(SYS_modify_ldt, 2, buf, 16);
	syscall(SYS_modify_ldt, 5 | HI, buf, 16);
	d.entry_number = 0xffffffff;
	d.contents = 3;
	d.read_exec_only = 1;
	d.limit_in_pages = 1;
	d.seg_not_present = 1;
#ifdef __x86_64__
	d.lm = 1;
#endif
	syscall(SYS_set_thread_area, &d);
	syscall(SYS_set_thread_area, NULL);
	syscall(SYS_set_thread_area, (void *)1);
	syscall(SYS_set_thread_area, end - 4);
	d.entry_number = 12;
	syscall(SYS_get_thread_area, &d);
	d.entry_number = 1;
	syscall(SYS_get_thread_area, &d);
	syscall(SYS_get_thread_area, NULL);
	syscall(SYS_get_thread_area, end - 4);
}

static void io(void)
{
	syscall(SYS_iopl, 4);
	syscall(SYS_iopl, 7 | HI);
	syscall(SYS_iopl, -1);
	syscall(SYS_ioperm, 0x10000, 8, 1);
	syscall(SYS_ioperm, (unsigned long)-256, 0x100, 0 | HI);
	syscall(SYS_ioperm, 0x3f8, -1, 2);
}

static void kexec(void)
{
	unsigned long seg[16] = { 0x1000, 16, 0x100000, 4096,
				  0, 0, 0x200000, 8192, 5, 6, 7, 8,
				  (unsigned long)-1, 1, 2, 3 };

	syscall(SYS_kexec_load, 0x100000, 2, seg, 0x3f0000 | 1);
	syscall(SYS_kexec_load, 0, 0, NULL, 0x3e0000);
	syscall(SYS_kexec_load, 0x1234, 1, (void *)1, 0xdead0000);
	syscall(SYS_kexec_load, 0x1234, 17, seg, 0);
	syscall(SYS_kexec_load, 0x1234, 4, seg, 0x28 << 16 | 2);
#ifdef SYS_kexec_file_load
	syscall(SYS_kexec_file_load, -1, -1, 5, "abcd", 0);
	syscall(SYS_kexec_file_load, 0 | HI, 1, 0, NULL, 7 | HI);
	syscall(SYS_kexec_file_load, -1, 100, 3, (void *)1, 0x18);
	syscall(SYS_kexec_file_load, -1, 100, 0, "", 4);
#endif
}

static void ns(void)
{
	int fd = open("/proc/self/ns/uts", O_RDONLY);

	syscall(SYS_unshare, 0);
	syscall(SYS_unshare, 0x80000000UL | HI);
	syscall(SYS_unshare, 0xff);
	syscall(SYS_unshare, CLONE_NEWUTS | CLONE_NEWNET | 0x200 | 0x1);
	syscall(SYS_setns, -1, CLONE_NEWNET);
	syscall(SYS_setns, fd, 0xff);
	syscall(SYS_setns, fd | HI, CLONE_NEWNS | HI);
	syscall(SYS_setns, fd, 0x80000000);
	syscall(SYS_setns, 100, 0);
	close(fd);
}

static void misc(char *end)
{
	unsigned int cpu = 7, node = 7;
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(0, &set);
	sched_setaffinity(0, sizeof(set), &set);
	syscall(SYS_getcpu, &cpu, &node, NULL);
	syscall(SYS_getcpu, NULL, NULL, (void *)1);
	syscall(SYS_getcpu, &cpu, NULL, NULL);
	syscall(SYS_getcpu, (void *)1, end - 2, NULL);
	int fd = syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	close(fd);
	syscall(SYS_userfaultfd, 0x1000);
	syscall(SYS_userfaultfd, 0xffffffffUL | HI);
	fd = syscall(SYS_userfaultfd, 1 | HI);
	close(fd);
	syscall(SYS_membarrier, 0, 0);
	syscall(SYS_membarrier, 0 | HI, 0, 0);
	syscall(SYS_membarrier, 1 << 3, 0, 0);
	syscall(SYS_membarrier, 1 << 4, 0, 0);
	syscall(SYS_membarrier, 1 << 7, 1, 3);
	syscall(SYS_membarrier, 1 << 7, 0x8, -1);
	syscall(SYS_membarrier, 3, 5, 1);
	syscall(SYS_membarrier, 1 << 12, 0, 0);
	syscall(SYS_membarrier, 0x10000, 0, 0);
	syscall(SYS_membarrier, -1, -1, -1);
	char buf[16];
#ifdef __x86_64__
	syscall(SYS_lookup_dcookie, 0x1234, buf, sizeof(buf));
	syscall(SYS_lookup_dcookie, -1, NULL, 0);
#else
	syscall(SYS_lookup_dcookie, 0x1234, 5, buf, sizeof(buf));
	syscall(SYS_lookup_dcookie, -1, -1, NULL, 0);
#endif
	syscall(SYS_kexec_load, 0x1234, 3, end - 40, 0x3e0004);
	syscall(SYS_kexec_load, 0x1234, 3, end - 72, 0x3e0000);
}

int main(void)
{
	char *end = guard_page();

	prio();
	fsys(end);
	ldt(end);
	io();
	kexec();
	ns();
	misc(end);
	return 0;
}
