/* Memory policy sweep: what proc_mempolicy and misc2_mem leave out.  Node
 * masks running into a PROT_NONE page, bits past maxnode, huge maxnode,
 * every get_mempolicy flag, set_mempolicy_home_node, migrate_pages and
 * move_pages with partly readable arrays and unknown flags. */
#include <linux/mempolicy.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_set_mempolicy_home_node
#define SYS_set_mempolicy_home_node 450
#endif

static char *guard;

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static unsigned long mask[8] = {0x3, 0xffffffffffffffffUL, 0x1, 0};
	static unsigned long huge[(1 << 20) / 64];
	unsigned long *edge;
	static void *pages[3];
	static int nodes[3] = {0, 1, -1}, status[3] = {7, 7, 7};
	static int mode = 0x55;

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	edge = (unsigned long *)(guard - 8);
	*edge = 0x11;
	pages[0] = page;
	pages[1] = page + 4096;
	pages[2] = NULL;
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, 65);
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, 66);
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, 200);
	syscall(SYS_set_mempolicy, MPOL_BIND, edge, 64);
	syscall(SYS_set_mempolicy, MPOL_BIND, edge, 65);
	syscall(SYS_set_mempolicy, MPOL_BIND, edge, 129);
	huge[3] = 9;
	syscall(SYS_set_mempolicy, MPOL_BIND, huge, 1UL << 20);
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, -1UL);
	syscall(SYS_set_mempolicy, MPOL_PREFERRED | MPOL_F_STATIC_NODES |
		MPOL_F_RELATIVE_NODES | MPOL_F_NUMA_BALANCING, mask, 64);
	syscall(SYS_set_mempolicy, 0xffffffff, NULL, 0);
	syscall(SYS_set_mempolicy, -1L, (void *)1, 64);
	syscall(SYS_get_mempolicy, &mode, mask, 64, page,
		MPOL_F_NODE | MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, MPOL_F_NODE);
	syscall(SYS_get_mempolicy, guard, edge, 129, NULL, 0);
	syscall(SYS_get_mempolicy, (void *)1, (void *)1, 64, (void *)1,
		0xffffffff);
	syscall(SYS_get_mempolicy, &mode, mask, 130, NULL, 0);
	syscall(SYS_mbind, page, 4096, MPOL_INTERLEAVE | MPOL_F_STATIC_NODES,
		mask, 129, MPOL_MF_STRICT | MPOL_MF_MOVE | MPOL_MF_MOVE_ALL);
	syscall(SYS_mbind, page, 4096, 6, edge, 65,
		0xffffffff);
	syscall(SYS_mbind, (void *)1, -1UL, -1L, (void *)1, 64, 0);
	syscall(SYS_migrate_pages, 0, 65, mask, edge);
	syscall(SYS_migrate_pages, -1, 129, edge, mask);
	syscall(SYS_migrate_pages, 1, 0, NULL, NULL);
	syscall(SYS_set_mempolicy_home_node, page, 4096, 0, 0);
	syscall(SYS_set_mempolicy_home_node, page, 4096, -1UL, 1);
	syscall(SYS_set_mempolicy_home_node, NULL, 0, 2, 0xff);
	syscall(SYS_move_pages, 0, 3L, pages, nodes, status,
		MPOL_MF_MOVE | 0x40);
	syscall(SYS_move_pages, 0, 2L, guard - 8, guard - 4, guard - 4, 0);
	syscall(SYS_move_pages, 0, -1L, pages, NULL, status, 0);
	syscall(SYS_move_pages, 0, 0x7fffffffL, NULL, NULL, NULL, 0);
	return 0;
}
