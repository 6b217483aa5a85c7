/* prctl(2) with every option strace decodes: valid, NULL, unreadable and
 * page-straddling arguments, unknown options and sub-options, out-of-range
 * values and high bits above the 32 the kernel reads.  Nothing here changes
 * more than this process (no seccomp strict mode, no SIGSEGV on rdtsc). */
#include <linux/filter.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HI 0xffffffff00000000UL

static long pr(long op, unsigned long a, unsigned long b, unsigned long c,
	       unsigned long d)
{
	return syscall(SYS_prctl, op, a, b, c, d);
}

/* option with a result stored through arg 1: valid, NULL, bad pointer */
static void stored(long op, int init)
{
	int v = init;

	pr(op, (unsigned long)&v, 0, 0, 0);
	pr(op, 0, 0, 0, 0);
	pr(op, 1, 0, 0, 0);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end;
	char name[16] = "old-name";
	long l;
	uint64_t u64 = 0x1234;
	struct sock_filter filter[2];
	struct sock_fprog prog;

	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	end = page + 4096;

	/* unknown options */
	pr(0, 0, 0, 0, 0);
	pr(0x11, 1, 2, 3, 4);
	pr(0x41 | 0xdead00000000L, HI | 1, 2, 3, 4);
	pr(0x41555856, 0, 0, 0, 0);

	/* parent death signal */
	pr(1, SIGKILL, 0, 0, 0);
	pr(1, 0, 0, 0, 0);
	pr(1, 64, 0, 0, 0);
	pr(1, 65, 0, 0, 0);
	pr(1, HI | 1, 0, 0, 0);
	stored(2, SIGUSR1);

	/* dumpable */
	pr(3, 0, 0, 0, 0);
	pr(4, 1, 0, 0, 0);
	pr(4, 3, 0, 0, 0);
	pr(4, HI | 1, 0, 0, 0);

	/* alignment, fp emulation and exceptions, endianness: not on x86 */
	stored(5, 0x3);
	pr(6, 1, 0, 0, 0);
	pr(6, 3, 0, 0, 0);
	pr(6, 0x10, 0, 0, 0);
	pr(6, HI | 5, 0, 0, 0);
	pr(6, 0, 0, 0, 0);
	stored(9, 1);
	pr(10, HI | 1, 0, 0, 0);
	stored(11, 0x10);
	pr(12, 0x80, 0, 0, 0);
	stored(19, 2);
	pr(20, 1, 0, 0, 0);

	/* keepcaps, timing */
	pr(7, 0, 0, 0, 0);
	pr(8, 0, 0, 0, 0);
	pr(8, HI | 2, 0, 0, 0);
	pr(13, 0, 0, 0, 0);
	pr(14, 1, 0, 0, 0);
	pr(14, 0, 0, 0, 0);

	/* task name: long, NULL, unreadable, straddling the end of a page */
	pr(15, (unsigned long)"sift-prctl", 0, 0, 0);
	pr(15, (unsigned long)"a name longer than sixteen", 0, 0, 0);
	pr(15, 0, 0, 0, 0);
	pr(15, 1, 0, 0, 0);
	memcpy(end - 4, "abcd", 4);
	pr(15, (unsigned long)(end - 4), 0, 0, 0);
	memcpy(end - 3, "ab", 3);
	pr(15, (unsigned long)(end - 3), 0, 0, 0);
	pr(15, (unsigned long)"proc2", 0, 0, 0);
	pr(16, (unsigned long)name, 0, 0, 0);
	pr(16, 0, 0, 0, 0);
	pr(16, (unsigned long)(end - 8), 0, 0, 0);

	/* seccomp: only calls that fail */
	pr(22, 0, 0, 0, 0);
	pr(22, 2, 0, 0, 0);
	pr(22, 2, 1, 0, 0);
	pr(22, 7, 1, 2, 3);
	pr(22, HI | 2, 0, 0, 0);
	/* filters the kernel rejects (EINVAL): a bad opcode, no code, one
	 * instruction readable of two, the program unreadable */
	filter[0] = (struct sock_filter){ 0xffff, 1, 2, 3 };
	filter[1] = (struct sock_filter){ 0x06, 0, 0, 0x7fff0000 };
	prog.len = 2;
	prog.filter = filter;
	pr(22, 2, (unsigned long)&prog, 0, 0);
	prog.len = 0;
	pr(22, 2, (unsigned long)&prog, 0, 0);
	memcpy(end - 8, filter, 8);
	prog.len = 2;
	prog.filter = (struct sock_filter *)(end - 8);
	pr(22, 2, (unsigned long)&prog, 0, 0);
	prog.filter = (struct sock_filter *)1;
	pr(22, 2, (unsigned long)&prog, 0, 0);

	/* capability bounding set */
	pr(23, 0, 0, 0, 0);
	pr(23, 40, 0, 0, 0);
	pr(23, 100, 0, 0, 0);
	pr(23, HI | 1, 0, 0, 0);
	pr(24, 100, 0, 0, 0);

	/* time stamp counter */
	stored(25, 1);
	stored(25, 5);
	pr(26, 1, 0, 0, 0);
	pr(26, 0, 0, 0, 0);
	pr(26, 9, 0, 0, 0);
	pr(26, HI | 1, 0, 0, 0);

	/* secure bits */
	pr(27, 0, 0, 0, 0);
	pr(28, 0, 0, 0, 0);
	pr(28, 0x2f, 0, 0, 0);
	pr(28, 0x10000, 0, 0, 0);
	pr(28, HI | 1, 0, 0, 0);

	/* timer slack */
	pr(29, 50000, 0, 0, 0);
	pr(29, -1L, 0, 0, 0);
	pr(29, HI | 1, 0, 0, 0);
	pr(29, 0, 0, 0, 0);
	pr(30, 0, 0, 0, 0);

	/* perf events */
	pr(31, 0, 0, 0, 0);
	pr(32, 0, 0, 0, 0);

	/* machine check kill policy */
	pr(33, 0, 0, 0, 0);
	pr(33, 1, 1, 0, 0);
	pr(33, 1, 0, 0, 0);
	pr(33, 1, 2, 0, 0);
	pr(33, 1, 3, 0, 0);
	pr(33, 1, HI | 1, 0, 0);
	pr(33, 2, 3, 4, 5);
	pr(33, HI, 0, 0, 0);
	pr(34, 0, 0, 0, 0);
	pr(34, 1, 2, 3, 4);

	/* memory map fields: all fail */
	pr(35, 1, 1, 0, 0);
	pr(35, 14, (unsigned long)page, 104, 0);
	pr(35, 15, (unsigned long)&l, 0, 0);
	pr(35, 0, 0, 0, 0);
	pr(35, 16, 1, 2, 3);
	pr(35, HI | 1, 1, 0, 0);

	/* child subreaper, no_new_privs, tid address */
	pr(36, 1, 0, 0, 0);
	pr(36, HI | 7, 0, 0, 0);
	stored(37, 1);
	pr(38, 1, 0, 0, 0);
	pr(38, 2, 3, 4, 5);
	pr(39, 1, 2, 3, 4);
	l = 0;
	pr(40, (unsigned long)&l, 0, 0, 0);
	pr(40, 0, 0, 0, 0);
	pr(40, 1, 0, 0, 0);

	/* transparent huge pages */
	pr(41, 1, 0, 0, 0);
	pr(41, 0, 0, 0, 0);
	pr(41, HI | 1, 2, 3, 4);
	pr(42, 0, 0, 0, 0);
	pr(42, 1, 2, 3, 4);

	/* MPX, FP mode */
	pr(43, 0, 0, 0, 0);
	pr(44, 1, 2, 3, 4);
	pr(45, 1, 0, 0, 0);
	pr(45, 3, 0, 0, 0);
	pr(45, 4, 0, 0, 0);
	pr(45, HI | 7, 0, 0, 0);
	pr(46, 0, 0, 0, 0);

	/* ambient capabilities */
	pr(47, 1, 21, 0, 0);
	pr(47, 2, 100, 0, 0);
	pr(47, 3, HI | 1, 0, 0);
	pr(47, 4, 0, 0, 0);
	pr(47, 4, 1, 2, 3);
	pr(47, 0, 0, 0, 0);
	pr(47, 5, 6, 7, 8);

	/* SVE and SME vector lengths (arm64 only) */
	pr(50, 0, 0, 0, 0);
	pr(50, 0x10, 0, 0, 0);
	pr(50, 0x20000 | 0x40000 | 0x20, 0, 0, 0);
	pr(50, 0x10000, 0, 0, 0);
	pr(50, 0x80000 | 0x40000 | 0x11, 0, 0, 0);
	pr(50, HI | 1, 0, 0, 0);
	pr(51, 0, 0, 0, 0);
	pr(63, 0, 0, 0, 0);
	pr(63, 0x40000 | 0x100, 0, 0, 0);
	pr(63, 0x30000, 0, 0, 0);
	pr(63, HI, 0, 0, 0);
	pr(64, 0, 0, 0, 0);

	/* speculation control: queries and failing changes */
	pr(52, 0, 0, 0, 0);
	pr(52, 1, 0, 0, 0);
	pr(52, 2, 0, 0, 0);
	pr(52, 3, 0, 0, 0);
	pr(52, HI, 0, 0, 0);
	pr(53, 0, 0, 0, 0);
	pr(53, 1, 1, 0, 0);
	pr(53, 1, 6, 0, 0);
	pr(53, 2, 0x20, 0, 0);
	pr(53, 7, 2, 0, 0);
	pr(53, 0, HI | 2, 0, 0);

	/* pointer authentication keys (arm64 only) */
	pr(54, 0, 0, 0, 0);
	pr(54, 0x1f, 0, 0, 0);
	pr(54, 0x60, 1, 2, 3);
	pr(54, HI | 3, 0, 0, 0);
	pr(60, 0, 0, 0, 0);
	pr(60, 3, 1, 0, 0);
	pr(60, 0x80, 0x40, 2, 3);
	pr(60, 0x11, HI | 0xf, 0, 0);
	pr(61, 0, 0, 0, 0);
	pr(61, 1, 2, 3, 4);

	/* tagged addresses (arm64 only) */
	pr(55, 0, 0, 0, 0);
	pr(55, 1, 0, 0, 0);
	pr(55, 2, 0, 0, 0);
	pr(55, 5, 0, 0, 0);
	pr(55, 7 | (0x1234 << 3), 0, 0, 0);
	pr(55, 0x80000, 1, 2, 3);
	pr(55, HI | 0x7ffff, 0, 0, 0);
	pr(56, 0, 0, 0, 0);
	pr(56, 1, 2, 3, 4);

	/* I/O flusher */
	pr(57, 2, 0, 0, 0);
	pr(57, HI | 1, 1, 2, 3);
	pr(58, 0, 0, 0, 0);
	pr(58, 1, 2, 3, 4);

	/* syscall user dispatch: off, and calls that fail */
	pr(59, 0, 0, 0, 0);
	pr(59, 0, 1, 2, 3);
	/* offset + length wraps: EINVAL */
	pr(59, 1, -0x10L, 0x20, 0);
	pr(59, 1, -0x10L, 0x20, (unsigned long)page);
	pr(59, 2, 0, 0, 0);
	pr(59, HI, 1, 2, 3);

	/* core scheduling: invalid pid types and pids */
	pr(62, 0, 0, 4, (unsigned long)&u64);
	pr(62, 0, 0x7fffffff, 0, (unsigned long)&u64);
	pr(62, 0, 0, 0, 0);
	pr(62, 0, 0, 0, 1);
	pr(62, 1, -1L, 1, 0);
	pr(62, 2, 0x7fffffff, 2, 0);
	pr(62, 3, 0x7fffffff, 3, 5);
	pr(62, 4, 5, 6, 7);
	pr(62, HI | 1, HI | 2, HI | 3, HI | 4);

	/* ptracer */
	pr(0x59616d61, 0x7fffffff, 0, 0, 0);
	pr(0x59616d61, -1L, 0, 0, 0);
	pr(0x59616d61, 0xffffffff, 0, 0, 0);
	pr(0x59616d61, HI | 5, 0, 0, 0);
	pr(0x59616d61, 0, 0, 0, 0);

	/* anonymous VMA names */
	pr(0x53564d41, 0, (unsigned long)page, 4096, (unsigned long)"name");
	pr(0x53564d41, 0, (unsigned long)page, 4096, 0);
	pr(0x53564d41, 0, 0, 0, 1);
	pr(0x53564d41, 0, 1, -1L, (unsigned long)"bad[name]");
	pr(0x53564d41, 1, 2, 3, 4);
	pr(0x53564d41, HI, 2, 3, 4);
	return 0;
}
