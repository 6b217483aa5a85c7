/* NUMA memory policies: get/set_mempolicy, mbind, migrate_pages with
 * modes, mode flags, node masks of several sizes, NULL, bad pointers and
 * unknown values.  (Without CONFIG_NUMA the calls fail; the arguments
 * print the same.) */
#include <linux/mempolicy.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	unsigned long mask[40];
	int mode = 0;
	void *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	memset(mask, 0, sizeof(mask));
	mask[0] = 1;
	mask[1] = 0x8000000000000000ul;
	syscall(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, p, MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, NULL, mask, 64, NULL, MPOL_F_MEMS_ALLOWED);
	syscall(SYS_get_mempolicy, &mode, mask, 1, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 0, NULL, 0x80);
	syscall(SYS_get_mempolicy, &mode, (void *)8, 64, NULL, 0);
	mask[0] = 5;
	mask[1] = 0;
	syscall(SYS_set_mempolicy, MPOL_PREFERRED, mask, 64);
	syscall(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES, mask, 3);
	syscall(SYS_set_mempolicy, MPOL_INTERLEAVE | MPOL_F_RELATIVE_NODES,
		mask, 129);
	syscall(SYS_set_mempolicy, 77 | MPOL_F_STATIC_NODES, mask, 64);
	syscall(SYS_set_mempolicy, MPOL_LOCAL | 0x1000, mask, 64);
	syscall(SYS_set_mempolicy, MPOL_PREFERRED_MANY | MPOL_F_NUMA_BALANCING,
		(void *)8, 64);
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, 0);
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, 1);
	syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	syscall(SYS_mbind, p, 8192, MPOL_BIND, mask, 64,
		MPOL_MF_STRICT | MPOL_MF_MOVE);
	syscall(SYS_mbind, p, 8192, MPOL_DEFAULT, NULL, 0, 0);
	syscall(SYS_mbind, NULL, 8192, MPOL_BIND, mask, 64,
		MPOL_MF_MOVE_ALL | 8);
	/* 2000 bits: 32 words, more than -s 4 shows */
	syscall(SYS_mbind, p, 8192, 99, mask, 2000, 0x100);
	syscall(SYS_migrate_pages, 0, 64, mask, mask);
	syscall(SYS_migrate_pages, 0, 129, mask, (void *)8);
	return 0;
}
