/* sched_setattr/sched_getattr corner cases: every KEEP and UTIL_CLAMP flag,
 * struct sizes below, at and above each version, E2BIG write-backs,
 * unreadable and page-straddling structs; the other scheduler calls with
 * high bits in their int arguments.  Only pids that do not exist are
 * changed. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NOPID 0x7fffffff
#define HI 0xffffffff00000000UL

static uint32_t attr[1100];
static uint64_t mask[32];

static void set(uint32_t size, uint64_t flags)
{
	memset(attr, 0, sizeof(attr));
	attr[0] = size;
	attr[1] = 6;                    /* SCHED_DEADLINE */
	memcpy(&attr[2], &flags, 8);
	attr[4] = (uint32_t)-5;
	attr[5] = 99;
	*(uint64_t *)&attr[6] = 1000;
	*(uint64_t *)&attr[8] = 2000;
	*(uint64_t *)&attr[10] = 3000;
	attr[12] = 10;
	attr[13] = 20;
}

int main(void)
{
	static const uint64_t flags[] = {
		0, 0x8, 0x10, 0x18, 0x20, 0x40, 0x60, 0x78, 0x80, 0x1,
		0x100000000ULL,
	};
	static const uint32_t sizes[] = { 0, 1, 4, 47, 48, 52, 56, 60, 64,
					  4096 };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end;

	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	end = page + 4096;

	for (unsigned i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
		set(56, flags[i]);
		syscall(SYS_sched_setattr, NOPID, attr, 0);
	}
	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		set(sizes[i], 0x60);
		syscall(SYS_sched_setattr, NOPID, attr, 0);
	}
	set(64, 0x60);
	attr[14] = 7;
	syscall(SYS_sched_setattr, NOPID, attr, 0);
	syscall(SYS_sched_setattr, HI | NOPID, attr, HI | 1);
	syscall(SYS_sched_setattr, NOPID, NULL, 0);
	syscall(SYS_sched_setattr, NOPID, end - 2, 0);
	set(56, 0);
	memcpy(end - 48, attr, 48);
	syscall(SYS_sched_setattr, NOPID, end - 48, 0);
	((uint32_t *)(end - 48))[0] = 48;
	syscall(SYS_sched_setattr, NOPID, end - 48, 0);

	/* getattr of this process: only sizes the kernel rejects, the rest
	 * with a return value injected */
	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		set(56, 0x60);
		syscall(SYS_sched_getattr, NOPID, attr, sizes[i], 0);
	}
	set(56, 0x18);
	syscall(SYS_sched_getattr, NOPID, attr, 56, 0);
	set(40, 0x18);
	syscall(SYS_sched_getattr, NOPID, attr, 56, 0);
	set(64, 0x60);
	attr[14] = 7;
	syscall(SYS_sched_getattr, NOPID, attr, 64, 0);
	syscall(SYS_sched_getattr, NOPID, NULL, 56, 0);
	syscall(SYS_sched_getattr, NOPID, end - 8, 56, 0);
	syscall(SYS_sched_getattr, HI | NOPID, attr, HI | 56, HI | 1);

	/* the others: int arguments with high bits, bad pointers */
	set(56, 0);
	syscall(SYS_sched_setscheduler, HI | NOPID, HI | 7, attr);
	syscall(SYS_sched_setscheduler, NOPID, 0x40000000, attr);
	syscall(SYS_sched_setscheduler, NOPID, 0x40000001, end - 2);
	syscall(SYS_sched_getparam, HI | NOPID, end - 2);
	syscall(SYS_sched_setparam, NOPID, NULL);
	syscall(SYS_sched_get_priority_max, HI | 1);
	syscall(SYS_sched_get_priority_min, 0x40000002);
	syscall(SYS_sched_rr_get_interval, HI | NOPID, attr);
	syscall(SYS_sched_rr_get_interval, NOPID, end - 8);
	memset(mask, 0xff, sizeof(mask));
	syscall(SYS_sched_setaffinity, NOPID, 8, mask);
	syscall(SYS_sched_setaffinity, NOPID, 3, mask);
	syscall(SYS_sched_setaffinity, NOPID, 256, mask);
	syscall(SYS_sched_setaffinity, NOPID, 16, end - 8);
	syscall(SYS_sched_setaffinity, NOPID, HI | 8, mask);
	syscall(SYS_sched_getaffinity, NOPID, 8, mask);
	syscall(SYS_sched_getaffinity, HI | NOPID, 128, mask);
	return 0;
}
