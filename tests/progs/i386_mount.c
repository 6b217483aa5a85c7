/* i386_mount: mount calls of a 32-bit process: mount, the old umount,
 * umount2 and the mount API, on paths that do not exist and with bad
 * pointers, so nothing is mounted. */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_open_tree
#define SYS_open_tree 428
#define SYS_move_mount 429
#define SYS_fsopen 430
#define SYS_fsconfig 431
#define SYS_fsmount 432
#define SYS_fspick 433
#endif
#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442
#endif

int main(void)
{
	uint64_t attr[5] = { 0x1, 0x2, 0x100000, 0, 0x55 };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *edge = page + 4096 - 16;

	mprotect(page + 4096, 4096, PROT_NONE);
	memcpy(edge, attr, 16);
	syscall(SYS_mount, "none", "no/such/dir", "tmpfs", 0xc0ed0000 | 1,
		"size=1m");
	syscall(SYS_mount, "src", "no/such/dir", NULL, 4096 | 16384, NULL);
	syscall(SYS_mount, NULL, (void *)1, (void *)1, 0x80000000, (void *)1);
	syscall(SYS_umount, "no/such/dir");
	syscall(SYS_umount, (void *)1);
	syscall(SYS_umount2, "no/such/dir", 2 | 8);
	syscall(SYS_umount2, "no/such/dir", 0x100);
	syscall(SYS_fsopen, "nosuchfs", 1);
	syscall(SYS_fsopen, NULL, 0x10);
	syscall(SYS_fsconfig, -1, 1, "source", "none", 0);
	syscall(SYS_fsconfig, -1, 2, "key", "\1\2\3", 3);
	syscall(SYS_fsconfig, -1, 6, NULL, NULL, 0);
	syscall(SYS_fsconfig, -1, 99, (void *)1, (void *)1, 5);
	syscall(SYS_fsmount, -1, 1, 0x7);
	syscall(SYS_fsmount, -1, 0x10, 0x1000);
	syscall(SYS_fspick, AT_FDCWD, "no/such/dir", 1);
	syscall(SYS_fspick, -1, NULL, 0x20);
	syscall(SYS_open_tree, AT_FDCWD, "no/such/dir", 1 | 0x80000);
	syscall(SYS_open_tree, 99, (void *)1, 0x10);
	syscall(SYS_move_mount, -1, "", AT_FDCWD, "no/such/dir", 4);
	syscall(SYS_move_mount, -1, NULL, -1, (void *)1, 0x1000);
	syscall(SYS_mount_setattr, AT_FDCWD, "no/such/dir", 0, attr, 32);
	syscall(SYS_mount_setattr, -1, "", 0x8000, attr, 24);
	syscall(SYS_mount_setattr, -1, "", 0, edge, 32);
	syscall(SYS_mount_setattr, -1, "", 0, (void *)1, 32);
	syscall(SYS_mount_setattr, -1, "", 0, attr, 40);
	return 0;
}
