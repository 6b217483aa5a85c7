/* i386_mm: memory calls of a 32-bit process: old mmap's argument
 * struct, NUMA policies with 32-bit mask words, iovec calls, the robust
 * list; each with good, NULL, unreadable and partly readable arguments. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	mprotect(p + 4096, 4096, PROT_NONE);
	return p + 4096; /* the end of the readable page */
}

static void old_mmap(char *end)
{
	uint32_t a[6] = { 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
			  (uint32_t)-1, 0 };
	uint32_t b[6] = { 0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, 99,
			  8192 };
	uint32_t *part = (uint32_t *)(end - 12);

	syscall(SYS_mmap, a);
	syscall(SYS_mmap, b);
	syscall(SYS_mmap, NULL);
	syscall(SYS_mmap, (void *)1);
	memcpy(part, a, 12);
	syscall(SYS_mmap, part);
}

static void mempolicy(char *end)
{
	uint32_t mask[3] = { 1, 0x80000001u, 3 };
	uint32_t *last = (uint32_t *)(end - 4);
	int mode;

	*last = 5;
	syscall(SYS_set_mempolicy, 0x8001, mask, 64);
	syscall(SYS_set_mempolicy, 0, NULL, 0);
	syscall(SYS_set_mempolicy, 1, mask, 96);
	syscall(SYS_set_mempolicy, 1, mask, 97);
	syscall(SYS_set_mempolicy, 1, (void *)1, 32);
	syscall(SYS_set_mempolicy, 1, last, 90);
	syscall(SYS_get_mempolicy, &mode, mask, 65, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0);
	syscall(SYS_get_mempolicy, NULL, (void *)1, 32, NULL, 0x10);
	syscall(SYS_mbind, end - 4096, 4096, 2, mask, 40, 2);
	syscall(SYS_mbind, end - 4096, 4096, 0x4d, last, 40, 0x10);
	syscall(SYS_migrate_pages, 0, 65, mask, mask);
	syscall(SYS_migrate_pages, 0, 33, NULL, (void *)1);
	syscall(450 /* set_mempolicy_home_node */, end - 4096, 4096, 0, 0);
	syscall(450, 0, -1, 99, 0x10);
}

static void move_pages(char *end)
{
	void *pages[2] = { end - 4096, (void *)1 };
	int nodes[2] = { 0, 0 }, status[2];

	syscall(SYS_move_pages, 0, 2, pages, NULL, status, 0);
	syscall(SYS_move_pages, 0, 2, pages, nodes, status, 2);
	syscall(SYS_move_pages, 0, 2, (void *)1, NULL, (void *)1, 0x10);
	syscall(SYS_move_pages, 0, 2, end - 4, NULL, status, 0);
}

static void vm_rw(char *end)
{
	char src[8] = "abcdefg", dst[8];
	struct iovec l = { dst, 4 }, r = { src, 6 }, w = { src, 3 };
	struct iovec *part = (struct iovec *)(end - sizeof(struct iovec));
	pid_t pid = syscall(SYS_getpid);
	int p[2];

	*part = w;
	syscall(SYS_process_vm_readv, pid, &l, 1, &r, 1, 0);
	syscall(SYS_process_vm_writev, pid, &w, 1, &l, 1, 0);
	syscall(SYS_process_vm_readv, pid, NULL, 1, (void *)1, 1, 5);
	syscall(SYS_process_vm_writev, pid, part, 2, &r, 1, 0);
	pipe(p);
	syscall(SYS_vmsplice, p[1], &w, 1, 0);
	syscall(SYS_vmsplice, p[1], part, 2, 0xf0);
	syscall(SYS_vmsplice, p[1], (void *)1, 1, 2);
	syscall(SYS_process_madvise, -1, &w, 1, 8, 0);
	syscall(SYS_process_madvise, 99, part, 2, 999, 1);
	syscall(SYS_process_mrelease, -1, 0);
	syscall(SYS_process_mrelease, 99, 7);
}

static void robust(char *end)
{
	void *head;
	size_t len;

	syscall(SYS_get_robust_list, 0, &head, &len);
	syscall(SYS_get_robust_list, 0, NULL, &len);
	syscall(SYS_get_robust_list, 0, &head, (void *)1);
	syscall(SYS_get_robust_list, 0, end - 2, &len);
	syscall(SYS_get_robust_list, 999999, &head, &len);
}

int main(void)
{
	char *end = edge_page();

	old_mmap(end);
	mempolicy(end);
	move_pages(end);
	vm_rw(end);
	robust(end);
	return 0;
}
