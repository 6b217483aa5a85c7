/* Memory calls: move_pages arrays, set_mempolicy_home_node,
 * process_vm_readv/writev iovecs, madvise advice values, mremap flags,
 * mlock2, the pkey calls and remap_file_pages, with NULL, unreadable,
 * partly readable pointers and unknown values. */
#include <linux/mempolicy.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char *page = mmap(NULL, 16384, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *guard = page + 12288;
	void *pages[3] = {page, page + 4096, (void *)1};
	int nodes[3] = {0, 0, 5};
	int status[3] = {-1, -1, -1};
	char src[16] = "abcdefghijklmno", dst[16];
	struct iovec liov[2] = {{dst, 4}, {dst + 4, 8}};
	struct iovec riov[2] = {{src, 5}, {src + 5, 3}};
	static const int advice[] = {0,	 1,  2,	 3,  4,	  8,   9,   10, 11, 12,
				     13, 14, 15, 16, 17,  18,  19,  20, 21, 22,
				     23, 24, 25, 26, 100, 101, 102, -1};
	pid_t me = getpid();
	char *shared;

	mprotect(guard, 4096, PROT_NONE);
	page[0] = 1;
	syscall(SYS_move_pages, 0, 2L, pages, NULL, status, 0);
	syscall(SYS_move_pages, 0, 3L, pages, NULL, status, 0);
	syscall(SYS_move_pages, 0, 2L, pages, nodes, status, MPOL_MF_MOVE);
	syscall(SYS_move_pages, 0, 3L, pages, nodes, status, MPOL_MF_MOVE_ALL);
	syscall(SYS_move_pages, 0, 1L, NULL, NULL, NULL, 0);
	syscall(SYS_move_pages, 0, 2L, (void *)1, (void *)1, (void *)1, 8);
	syscall(SYS_move_pages, 0, 2L, guard - 8, guard - 4, guard - 4, 0);
	syscall(SYS_move_pages, -1, 0L, pages, nodes, status, 0);
	status[0] = -200;
	status[1] = 7;
	syscall(SYS_move_pages, 0, 2L, pages, nodes, status, 0);
	syscall(SYS_set_mempolicy_home_node, page, 4096L, 0L, 0L);
	syscall(SYS_set_mempolicy_home_node, 0, -1L, 7L, 3L);
	syscall(SYS_process_vm_readv, me, liov, 2L, riov, 2L, 0L);
	syscall(SYS_process_vm_writev, me, liov, 2L, riov, 2L, 0L);
	syscall(SYS_process_vm_readv, me, liov, 2L, riov, 1L, 5L);
	syscall(SYS_process_vm_readv, me, NULL, 2L, (void *)1, 2L, 0L);
	syscall(SYS_process_vm_writev, me, guard - 16, 2L, riov, 2L, 0L);
	syscall(SYS_process_vm_readv, -1, liov, 2L, riov, 2L, 0L);
	syscall(SYS_process_vm_writev, -1, liov, 2L, riov, 2L, 0L);
	for (unsigned i = 0; i < sizeof(advice) / sizeof(advice[0]); i++)
		syscall(SYS_madvise, page, 4096L, (long)advice[i]);
	syscall(SYS_mremap, page, 4096L, 4096L, 0L, 0L);
	syscall(SYS_mremap, page, 4096L, 8192L, 8L, 0L);
	syscall(SYS_mremap, page, 4096L, 4096L, 5L, page + 4096);
	syscall(SYS_mremap, page, 4096L, 4096L, 7L, page + 8192);
	syscall(SYS_mlock2, page, 4096L, 1L);
	syscall(SYS_mlock2, page, 4096L, 6L);
	syscall(SYS_munlock, page, 4096L);
	syscall(SYS_pkey_alloc, 0L, 0L);
	syscall(SYS_pkey_alloc, 1L, 7L);
	syscall(SYS_pkey_mprotect, page, 4096L, 3L, -1L);
	syscall(SYS_pkey_mprotect, page, 4096L, 0x10000008L, 100L);
	syscall(SYS_pkey_free, -1L);
	syscall(SYS_pkey_free, 100L);
	shared = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_remap_file_pages, shared, 4096L, 0L, 1L, 0L);
	syscall(SYS_remap_file_pages, shared, 4096L, 3L, 1L,
		(long)MAP_NONBLOCK);
	syscall(SYS_remap_file_pages, NULL, 4096L, 0x1000000L, 1L,
		0x10000L | MAP_POPULATE | 0x40000000);
	return 0;
}
