#include "tmem/tmem.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/sysmacros.h>
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
		if (!(regions[i].addr & TMEM_FD_REGION) && a >= regions[i].addr &&
		    a - regions[i].addr < regions[i].len)
			return &regions[i];
	return NULL;
}

/* tmem_region.addr/len/data of a descriptor's path (the eBPF backend's
 * TR_REG_FD regions): addr is the descriptor, len the data length, and
 * the region's kind rides in the top bits of addr. */
#define FD_REGION TMEM_FD_REGION
#define FD_SPECIAL TMEM_FD_SPECIAL
#define FD_DELETED TMEM_FD_DELETED
#define FD_MASK 0xffffffffull

struct fd_special {
	uint64_t magic;
	uint64_t ino;
};

static int special_name(const struct tmem_region *r, const char *name,
			char *buf, size_t size)
{
	struct fd_special sp;

	if (r->len < sizeof(sp))
		return -ENOENT;
	memcpy(&sp, r->data, sizeof(sp));
	switch (sp.magic) {
	case 0x50495045: /* PIPEFS_MAGIC */
		snprintf(buf, size, "pipe:[%llu]", (unsigned long long)sp.ino);
		return 0;
	case 0x534F434B: /* SOCKFS_MAGIC */
		snprintf(buf, size, "socket:[%llu]", (unsigned long long)sp.ino);
		return 0;
	case 0x09041934: /* ANON_INODE_FS_MAGIC */
		snprintf(buf, size, "anon_inode:%s", name ? name : "");
		return 0;
	case 0x50494446: /* PID_FS_MAGIC */
		snprintf(buf, size, "anon_inode:[pidfd]");
		return 0;
	default: /* simple_dname(): memfd and other unlinked pseudo files */
		snprintf(buf, size, "/%s (deleted)", name ? name : "");
		return 0;
	}
}

/* Index of the first region of descriptor fd, or nregions. */
static size_t fd_first(int fd)
{
	size_t i = 0;

	while (i < nregions && !((regions[i].addr & FD_REGION) &&
				 (regions[i].addr & FD_MASK) == (uint32_t)fd))
		i++;
	return i;
}

int tmem_fd_stat(int fd, unsigned int *mode, dev_t *rdev, pid_t *pid)
{
	uint32_t v[3];
	size_t i;

	if (!regions)
		return -ENOSYS;
	i = fd_first(fd);
	if (i == nregions || !(regions[i].addr & TMEM_FD_STAT) ||
	    regions[i].len < sizeof(v))
		return -ENOENT;
	memcpy(v, regions[i].data, sizeof(v));
	*mode = v[0];
	*rdev = makedev(v[1] >> 20, v[1] & 0xfffff);
	*pid = (pid_t)v[2];
	return 0;
}

int tmem_fd_path(int fd, char *buf, size_t size)
{
	size_t i, end, len = 0;

	if (!regions)
		return -ENOSYS;
	i = fd_first(fd);
	if (i < nregions && (regions[i].addr & TMEM_FD_STAT))
		i++;
	if (i == nregions || size < 2)
		return -ENOENT;
	for (end = i; end < nregions && (regions[end].addr & FD_REGION) &&
		      (regions[end].addr & FD_MASK) == (uint32_t)fd; end++)
		;
	if (regions[i].addr & FD_SPECIAL)
		return special_name(&regions[i], end > i + 1 ?
				    regions[i + 1].data : NULL, buf, size);
	/* components from the last: join them from the first */
	buf[0] = '\0';
	for (size_t k = end; k-- > i;) {
		const char *c = regions[k].data;
		size_t n = strnlen(c, regions[k].len);
		if (len + 1 + n + 1 > size)
			return -ENAMETOOLONG;
		buf[len++] = '/';
		memcpy(buf + len, c, n);
		len += n;
		buf[len] = '\0';
	}
	if (!len)
		snprintf(buf, size, "/");
	else if ((regions[i].addr & FD_DELETED) && len + 11 < size)
		strcat(buf, " (deleted)");
	return 0;
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
