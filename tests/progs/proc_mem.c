/* Memory syscalls: mmap family, protections, locking, advice, pkeys, brk.
 * Success and failure paths, NULL and bad pointers, huge sizes. */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

int main(void)
{
	long pg = 4096;
	char *p, *q;
	unsigned char vec[8];

	syscall(SYS_brk, 0);
	syscall(SYS_brk, 1);

	p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mmap(NULL, pg, PROT_NONE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE,
	     -1, 0);
	mmap(NULL, pg, PROT_READ | PROT_EXEC | 0x100, MAP_PRIVATE, 1000, 0);
	mmap((void *)1, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
	     -1, 0);
	mmap(NULL, (size_t)-1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mmap(NULL, pg, PROT_READ | PROT_GROWSDOWN, MAP_PRIVATE | MAP_ANONYMOUS |
	     MAP_GROWSDOWN | MAP_POPULATE | MAP_STACK, -1, 0);
	mmap(NULL, 2 * 1024 * 1024, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
	     MAP_HUGETLB | (21 << MAP_HUGE_SHIFT), -1, 0);
	mmap(NULL, pg, PROT_READ, 0x40000000 | MAP_SHARED_VALIDATE, -1, 0);
	mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_FIXED_NOREPLACE |
	     MAP_LOCKED | MAP_NONBLOCK | MAP_32BIT, 1000, 0x1000);
	mmap(NULL, pg, PROT_READ, 0xf | MAP_ANONYMOUS, -1, 0);
	mmap(NULL, pg, PROT_READ, 0x4 | (3 << MAP_HUGE_SHIFT), -1, 0);
	mmap(NULL, pg, PROT_READ, 0, -1, 0);
	int fd = open("/dev/zero", O_RDONLY);
	q = mmap(NULL, pg, PROT_READ, MAP_PRIVATE, fd, 0);
	munmap(q, pg);
	mmap(NULL, pg, PROT_READ, MAP_PRIVATE, fd, 0x7fffffffff000);

	mprotect(p, pg, PROT_READ);
	mprotect(p, pg, PROT_READ | PROT_WRITE | PROT_EXEC | 0x8);
	mprotect(p + 1, pg, PROT_READ);
	mprotect(p, pg, 0xf0);
	mprotect(NULL, 0, PROT_NONE);

	mremap(p, 2 * pg, 4 * pg, MREMAP_MAYMOVE);
	q = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	q = mremap(q, 2 * pg, 4 * pg, MREMAP_MAYMOVE);
	mremap(q, 4 * pg, 4 * pg, MREMAP_FIXED, q + 1);
	mremap(q, 4 * pg, 4 * pg, MREMAP_MAYMOVE | MREMAP_DONTUNMAP | 0x10,
	       NULL);
	mremap(q, 4 * pg, 4 * pg, MREMAP_MAYMOVE | MREMAP_FIXED, q + 1);
	mremap(q, pg, pg, 0);
	mremap((void *)1, pg, pg, 8);
	p = q;

	madvise(p, pg, MADV_DONTNEED);
	madvise(p, pg, MADV_NORMAL);
	madvise(p, pg, MADV_SEQUENTIAL);
	madvise(p, pg, MADV_HUGEPAGE);
	madvise(p, pg, 12345);
	madvise(p + 1, pg, MADV_WILLNEED);

	msync(p, pg, MS_SYNC);
	msync(p, pg, MS_ASYNC | MS_INVALIDATE);
	msync(p, pg, 0x10);
	msync(p + 1, pg, MS_SYNC);

	mlock(p, pg);
	munlock(p, pg);
	syscall(SYS_mlock2, p, pg, MLOCK_ONFAULT);
	syscall(SYS_mlock2, p, pg, 0x10);
	syscall(SYS_munlock, p, pg);
	mlock(NULL, (size_t)-1);
	mlockall(MCL_FUTURE);
	mlockall(MCL_CURRENT | MCL_ONFAULT | 0x10);
	mlockall(0);
	munlockall();

	mincore(p, 2 * pg, vec);
	mincore(p, 4 * pg - 1, vec);
	mincore(p, pg, NULL);
	mincore(p, pg, (unsigned char *)1);
	mincore(p + 1, pg, vec);
	mincore((void *)0x1000, pg, vec);

	int k = syscall(SYS_pkey_alloc, 0, PKEY_DISABLE_WRITE);
	syscall(SYS_pkey_alloc, 1, 0);
	syscall(SYS_pkey_alloc, 0, PKEY_DISABLE_ACCESS | 0x10);
	syscall(SYS_pkey_mprotect, p, pg, PROT_READ, k);
	syscall(SYS_pkey_mprotect, p, pg, PROT_READ | PROT_WRITE, -1);
	syscall(SYS_pkey_free, k);
	syscall(SYS_pkey_free, 99);

	munmap(p, 4 * pg);
	munmap((void *)1, pg);
	munmap(NULL, 0);
	return 0;
}
