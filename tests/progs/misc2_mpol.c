/* NUMA policy corners past proc_mempolicy: MPOL_F_NODE answers, masks
 * straddling a guard page, huge and odd maxnode values, every mode flag,
 * unknown flag bits, and calls whose success path is injected. */
#include <linux/mempolicy.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *guard = page + 4096;
	unsigned long mask[4] = {3, 0, 0, 0};
	unsigned long *edge;
	static const int modes[] = {
		0x8002, 0xffff, 77 | 0x8000, 0x2000, 0x10000, 0x10002, 3};
	int mode = -1;

	mprotect(guard, 4096, PROT_NONE);
	edge = (unsigned long *)(guard - 8);
	*edge = 1;
	page[0] = 1;
	syscall(SYS_get_mempolicy, &mode, NULL, 0, page,
		MPOL_F_NODE | MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, MPOL_F_NODE);
	syscall(SYS_get_mempolicy, &mode, mask, 65, NULL, MPOL_F_MEMS_ALLOWED);
	syscall(SYS_get_mempolicy, (void *)1, mask, 65, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, edge, 129, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 0, NULL, 0x10);
	syscall(SYS_set_mempolicy, MPOL_BIND, edge, 65);
	syscall(SYS_set_mempolicy, MPOL_BIND, edge, 129);
	syscall(SYS_set_mempolicy, MPOL_PREFERRED_MANY, mask, 65);
	syscall(SYS_set_mempolicy,
		MPOL_PREFERRED | MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES |
			MPOL_F_NUMA_BALANCING,
		mask, 65);
	syscall(SYS_set_mempolicy, 0xffff, mask, 65);
	syscall(SYS_set_mempolicy, -1, mask, 65);
	syscall(SYS_set_mempolicy, MPOL_DEFAULT, mask, -1L);
	syscall(SYS_mbind, page, 0, MPOL_LOCAL, NULL, 0, 0);
	syscall(SYS_mbind, page, 4096, MPOL_INTERLEAVE, edge, 65,
		MPOL_MF_STRICT | MPOL_MF_MOVE | MPOL_MF_MOVE_ALL | 0x30);
	syscall(SYS_mbind, page, 4096, MPOL_BIND, (void *)1, 65, 0);
	syscall(SYS_migrate_pages, -1, 65, edge, NULL);
	syscall(SYS_migrate_pages, 0, 0, NULL, NULL);
	syscall(SYS_migrate_pages, 0, 65, mask, mask);
	/* modes the kernel never returns, for the injected runs */
	for (unsigned int i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		mode = modes[i];
		syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0);
		syscall(SYS_set_mempolicy, modes[i], NULL, 0);
	}
	return 0;
}
