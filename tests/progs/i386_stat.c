/* i386_stat: stat64, lstat64, fstat64, fstatat64 and statx of a 32-bit
 * process on a persistent fixture (created once with fixed times and never
 * read, so repeated runs see the same inode and times), /dev/null, and bad
 * paths and pointers. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "i386_fixture.h"

int main(void)
{
	char st[96], stx[256];
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int dn;

	munmap(page + 4096, 4096);
	fixture_file();
	dn = open("/dev/null", O_RDONLY);
	syscall(SYS_stat64, FIX, st);
	syscall(SYS_stat64, "/dev/null", st);
	syscall(SYS_stat64, "/nonexistent/x", st);
	syscall(SYS_stat64, NULL, st);
	syscall(SYS_stat64, FIX, NULL);
	syscall(SYS_stat64, FIX, (void *)1);
	/* the struct straddles the end of the page */
	syscall(SYS_stat64, FIX, page + 4096 - 40);
	syscall(SYS_lstat64, FIX, st);
	syscall(SYS_lstat64, (void *)1, st);
	syscall(SYS_fstat64, dn, st);
	syscall(SYS_fstat64, -1, st);
	syscall(SYS_fstat64, dn, NULL);
	syscall(SYS_fstatat64, AT_FDCWD, FIX, st, 0);
	syscall(SYS_fstatat64, dn, "", st, AT_EMPTY_PATH);
	syscall(SYS_fstatat64, AT_FDCWD, FIX, st, 0x8000000);
	syscall(SYS_fstatat64, -1, "x", st, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_statx, AT_FDCWD, FIX, 0, 0x7ff, stx);
	syscall(SYS_statx, dn, "", AT_EMPTY_PATH, 0xfff, stx);
	syscall(SYS_statx, AT_FDCWD, FIX, 0, 0x7ff, NULL);
	return 0;
}
