/* Every prctl option number 0..80 and the PR_* ones past it, each with
 * a few argument sets (zeros, small values, garbage upper halves,
 * unreadable pointers), so every decoder branch strace has is compared;
 * run under inject so no option changes the process. */
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* at a fixed address: options that print a pointer in decimal show the
 * same number in every run */
static char *guard_page(void)
{
	char *p = mmap((void *)0x20000000, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	munmap(p + 4096, 4096);
	return p + 4096;
}

int main(void)
{
	static const unsigned long extra[] = {
		0x41555856, 0x59616d61, 0x53564d41, 0x1000, 0xffffffff,
		0x80000000,
	};
	char *end = guard_page();
	char *buf = end - 4096;
	unsigned long a[][4] = {
		{ 0, 0, 0, 0 },
		{ 1, 2, 3, 4 },
		{ 0xdeadbeef00000002UL, 0xffffffff00000001UL, 5, 0 },
		{ (unsigned long)buf, (unsigned long)buf, (unsigned long)buf,
		  (unsigned long)buf },
		{ (unsigned long)(end - 2), 1, (unsigned long)(end - 2), 0 },
		{ 0x7f, 0xff, 0x10000, 0xffffffffffffffffUL },
	};
	unsigned int na = sizeof(a) / sizeof(a[0]);

	memcpy(buf, "name", 5);

	for (unsigned long op = 0; op <= 80; op++)
		for (unsigned int i = 0; i < na; i++)
			syscall(SYS_prctl, op, a[i][0], a[i][1], a[i][2],
				a[i][3]);
	for (unsigned int e = 0; e < sizeof(extra) / sizeof(extra[0]); e++)
		for (unsigned int i = 0; i < na; i++)
			syscall(SYS_prctl, extra[e], a[i][0], a[i][1],
				a[i][2], a[i][3]);
	return 0;
}
