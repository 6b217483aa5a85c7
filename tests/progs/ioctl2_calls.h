/* ioctl2_calls.h: what the ioctl2_* programs share: each request on fd -1
 * with its struct at the end of a mapping, then NULL, the unmapped page
 * after it, and the struct one byte short of readable. */
#ifndef IOCTL2_CALLS_H
#define IOCTL2_CALLS_H

#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *page_end;

/* two pages, the one after them unmapped */
static void calls_setup(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(m + 2 * page, page);
	page_end = m + 2 * page;
}

static void calls(unsigned long code, const void *arg, size_t size)
{
	char *at = page_end - size;

	memcpy(at, arg, size);
	syscall(SYS_ioctl, -1, code, at);
	syscall(SYS_ioctl, -1, code, NULL);
	syscall(SYS_ioctl, -1, code, page_end);
	memmove(at + 1, at, size - 1);
	syscall(SYS_ioctl, -1, code, at + 1);
}
#define CALLS(code, v) calls(code, &(v), sizeof(v))

#endif
