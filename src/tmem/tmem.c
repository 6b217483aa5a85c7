#include "tmem/tmem.h"

#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#define PAGE 4096u

/* Bytes from addr to the end of its page: a read that stays inside one page
 * either faults whole or succeeds whole. */
static size_t to_page_end(uint64_t addr)
{
	return PAGE - (addr & (PAGE - 1));
}

static long peek_read(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		uint64_t a = addr + done;
		uint64_t aligned = a & ~(uint64_t)7;
		errno = 0;
		long word = ptrace(PTRACE_PEEKDATA, pid, (void *)aligned, 0);
		if (errno)
			return done ? (long)done : -errno;
		size_t skip = a - aligned;
		size_t n = 8 - skip;
		if (n > len - done)
			n = len - done;
		memcpy((char *)buf + done, (char *)&word + skip, n);
		done += n;
	}
	return (long)done;
}

static bool structs_hidden;

void tmem_hide_structs(bool on)
{
	structs_hidden = on;
}

static const struct tmem_region *regions;
static size_t nregions;

void tmem_use_regions(const struct tmem_region *r, size_t n)
{
	regions = r;
	nregions = r ? n : 0;
}

static const struct tmem_region *region_at(uint64_t a)
{
	for (size_t i = 0; i < nregions; i++)
		if (a >= regions[i].addr && a - regions[i].addr < regions[i].len)
			return &regions[i];
	return NULL;
}

/* Captured memory: as much of [addr, addr + len) as the regions hold
 * without a gap. */
static long captured_read(uint64_t addr, void *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		const struct tmem_region *r = region_at(addr + done);
		if (!r)
			break;
		size_t off = addr + done - r->addr;
		size_t n = r->len - off;
		if (n > len - done)
			n = len - done;
		memcpy((char *)buf + done, (const char *)r->data + off, n);
		done += n;
	}
	return done ? (long)done : -EFAULT;
}

static long read_partial(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	size_t done = 0;

	if (len == 0)
		return 0;
	if (addr == 0)
		return -EFAULT;
	if (regions)
		return captured_read(addr, buf, len);
	while (done < len) {
		size_t chunk = to_page_end(addr + done);
		if (chunk > len - done)
			chunk = len - done;
		struct iovec local = { (char *)buf + done, chunk };
		struct iovec remote = { (void *)(uintptr_t)(addr + done), chunk };
		ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
		/* PEEKDATA only where process_vm_readv does not exist: it
		 * would also read PROT_NONE pages, which strace (and the
		 * kernel's own copy_from_user) treat as faults */
		if (n < 0 && errno == ENOSYS)
			n = peek_read(pid, addr + done, (char *)buf + done, chunk);
		else if (n < 0)
			n = -errno;
		if (n <= 0)
			return done ? (long)done : (n ? n : -EFAULT);
		done += (size_t)n;
		if ((size_t)n < chunk)
			break;
	}
	return (long)done;
}

long tmem_read_partial(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	if (structs_hidden && len)
		return -EPERM;
	return read_partial(pid, addr, buf, len);
}

int tmem_read_data(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	long n = read_partial(pid, addr, buf, len);

	if (n < 0)
		return (int)n;
	return (size_t)n == len ? 0 : -EFAULT;
}

int tmem_read(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	long n = tmem_read_partial(pid, addr, buf, len);

	if (n < 0)
		return (int)n;
	return (size_t)n == len ? 0 : -EFAULT;
}

int tmem_read_cstr(pid_t pid, uint64_t addr, char *buf, size_t max,
		   size_t *len, bool *complete)
{
	size_t done = 0;

	*len = 0;
	*complete = false;
	buf[0] = '\0';
	while (done <= max) {
		size_t chunk = to_page_end(addr + done);
		if (chunk > max + 1 - done)
			chunk = max + 1 - done;
		long n = read_partial(pid, addr + done, buf + done, chunk);
		if (n <= 0) {
			if (done == 0)
				return n ? (int)n : -EFAULT;
			break;
		}
		char *nul = memchr(buf + done, '\0', (size_t)n);
		if (nul) {
			*len = (size_t)(nul - buf);
			*complete = true;
			return 0;
		}
		done += (size_t)n;
		if ((size_t)n < chunk)
			break;
	}
	/* no NUL within max+1 bytes, or the string runs into unreadable memory */
	if (done > max)
		done = max;
	else if (done < max + 1)
		return -EFAULT;
	buf[done] = '\0';
	*len = done;
	return 0;
}
