/* file_misc: the less common file calls: getdents, utime, utimes,
 * futimesat, readahead, fadvise64, vmsplice, name_to_handle_at,
 * open_by_handle_at, sync, syncfs, acct, pivot_root, swapon/swapoff and
 * the new mount API (fsopen, fsconfig, fsmount, fspick, open_tree,
 * move_mount, mount_setattr), mostly on fixed paths and failing. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/mount.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>
#include <utime.h>
#include <sys/swap.h>

struct k_file_handle {
	unsigned int handle_bytes;
	int handle_type;
	unsigned char f_handle[16];
};

int main(void)
{
	struct utimbuf ub = { 1700000000, 1600000000 };
	struct timeval tv[2] = { { 1700000000, 5 }, { 1600000000, 999999 } };
	struct iovec iov[2] = { { "abc", 3 }, { "defgh", 5 } };
	struct k_file_handle fh;
	struct mount_attr attr;
	char dbuf[1024];
	int dn, dir, p[2], mnt_id;

	dn = open("/dev/null", O_RDWR);
	dir = open("/tmp/sift-file-fixture.d", O_RDONLY | O_DIRECTORY);
	if (pipe(p))
		return 1;

	syscall(SYS_getdents, dir, dbuf, sizeof dbuf);
	syscall(SYS_getdents, -1, dbuf, sizeof dbuf);
	syscall(SYS_utime, "/nonexistent/x", &ub);
	syscall(SYS_utime, "/nonexistent/x", NULL);
	syscall(SYS_utimes, "/nonexistent/x", tv);
	syscall(SYS_utimes, "/nonexistent/x", (void *)1);
	syscall(SYS_futimesat, AT_FDCWD, "/nonexistent/x", tv);
	syscall(SYS_readahead, dn, 0, 4096);
	syscall(SYS_readahead, -1, (long)-1, 0);
	syscall(SYS_fadvise64, dn, 0, 100, POSIX_FADV_SEQUENTIAL);
	syscall(SYS_fadvise64, dn, 10, 0, POSIX_FADV_DONTNEED);
	syscall(SYS_fadvise64, dn, 0, 0, 99);
	syscall(SYS_vmsplice, p[1], iov, 2, SPLICE_F_NONBLOCK);
	syscall(SYS_vmsplice, -1, NULL, 0, 0);

	memset(&fh, 0, sizeof fh);
	fh.handle_bytes = sizeof fh.f_handle;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent/x", &fh,
		&mnt_id, 0);
	syscall(SYS_name_to_handle_at, dn, "", NULL, NULL, AT_EMPTY_PATH);
	fh.handle_bytes = sizeof fh.f_handle;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt_id, 0);
	fh.handle_bytes = 1;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt_id, 0);
	syscall(SYS_open_by_handle_at, -1, &fh, O_RDONLY);
	syscall(SYS_sync);
	syscall(SYS_syncfs, dn);
	syscall(SYS_syncfs, -1);
	syscall(SYS_acct, "/nonexistent/x");
	syscall(SYS_pivot_root, "/nonexistent/x", "/nonexistent/y");
	syscall(SYS_swapon, "/nonexistent/x", 0);
	syscall(SYS_swapon, "/nonexistent/x", SWAP_FLAG_PREFER | 7);
	syscall(SYS_swapon, "/nonexistent/x", 5);
	syscall(SYS_swapoff, "/nonexistent/x");

	syscall(SYS_fsopen, "nonexistentfs", FSOPEN_CLOEXEC);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, "source", "none", 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FLAG, "ro", NULL, 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "blob", "\1\2ab", 4);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_PATH, "src", "/dev/x", AT_FDCWD);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FD, "fd", NULL, dn);
	syscall(SYS_fsconfig, -1, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	syscall(SYS_fsconfig, -1, 99, NULL, NULL, 0);
	syscall(SYS_fsmount, -1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY);
	syscall(SYS_fspick, AT_FDCWD, "/nonexistent/x", FSPICK_CLOEXEC);
	syscall(SYS_open_tree, AT_FDCWD, "/nonexistent/x",
		OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	syscall(SYS_move_mount, -1, "", AT_FDCWD, "/nonexistent/x",
		MOVE_MOUNT_F_EMPTY_PATH);
	memset(&attr, 0, sizeof attr);
	attr.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID;
	syscall(SYS_mount_setattr, AT_FDCWD, "/nonexistent/x", AT_RECURSIVE,
		&attr, sizeof attr);
	return 0;
}
