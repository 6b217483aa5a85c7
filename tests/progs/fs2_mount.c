/* fs2_mount: mount, umount2 and the new mount API (fsopen, fsconfig with
 * every command, fsmount, fspick, open_tree, move_mount, mount_setattr)
 * with valid, NULL, unreadable and page-straddling arguments and unknown
 * bits.  Every call that could change the host's mounts fails: missing
 * paths, -1 descriptors; only a detached tmpfs context is created. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/mount.h>
#define MNT_FORCE 1
#define MNT_DETACH 2
#define MNT_EXPIRE 4
#define UMOUNT_NOFOLLOW 8
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef FSCONFIG_CMD_CREATE_EXCL
#define FSCONFIG_CMD_CREATE_EXCL 8
#endif

/* a page followed by an unmapped one: objects placed at its end straddle */
static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p;
}

static void old_mount(char *edge)
{
	syscall(SYS_mount, "/nonexistent-src", "/nonexistent-dst", "tmpfs",
		MS_RDONLY | MS_NOSUID, "size=1m");
	syscall(SYS_mount, NULL, "/nonexistent-dst", NULL, MS_REMOUNT | MS_BIND,
		NULL);
	syscall(SYS_mount, "x", "/nonexistent-dst", "ext4",
		0xc0ed0000 | MS_NODEV, NULL);
	syscall(SYS_mount, "x", "/nonexistent-dst", "ext4", 0xc0ed0000, NULL);
	syscall(SYS_mount, "none", "/nonexistent-dst", "proc",
		MS_PRIVATE | MS_REC, NULL);
	syscall(SYS_mount, "/nonexistent-src", "/nonexistent-dst", "x", MS_MOVE,
		"data");
	syscall(SYS_mount, (char *)1, (char *)2, (char *)3, 0, (char *)4);
	syscall(SYS_mount, "a", "/nonexistent-dst", "tmpfs",
		MS_NOATIME | MS_LAZYTIME | (1UL << 26) | (1UL << 31),
		edge + 4090);
	syscall(SYS_mount, "a", "/nonexistent-dst", "tmpfs",
		0xc0ed0000 | 0x200 | (1UL << 40), NULL);
	syscall(SYS_mount, "a", "/nonexistent-dst", "tmpfs", 0x200, NULL);
	syscall(SYS_mount, "a", "/nonexistent-dst", "tmpfs", 0x7c000000UL,
		NULL);
	syscall(SYS_mount, "a", "/nonexistent-dst", "tmpfs",
		0xffffffff00000000UL | MS_SILENT, NULL);
	syscall(SYS_umount2, "/nonexistent-dst", MNT_FORCE | MNT_DETACH);
	syscall(SYS_umount2, "/nonexistent-dst", UMOUNT_NOFOLLOW | 0x10);
	syscall(SYS_umount2, "/nonexistent-dst", 0);
	syscall(SYS_umount2, "/nonexistent-dst", MNT_EXPIRE);
	syscall(SYS_umount2, NULL, 0);
	syscall(SYS_umount2, (char *)1, 0x100);
}

static void ctx_calls(void)
{
	static const char bin[] = "\x01\x02hello\xff";
	long fd, mfd;

	syscall(SYS_fsopen, "nonexistent_fs", FSOPEN_CLOEXEC);
	syscall(SYS_fsopen, NULL, 0);
	syscall(SYS_fsopen, (char *)1, 0);
	syscall(SYS_fsopen, "tmpfs", 0x6);
	fd = syscall(SYS_fsopen, "tmpfs", 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FLAG, "ro", NULL, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FLAG, "nosuchflag", NULL, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FLAG, NULL, "x", 3);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_STRING, "size", "1m", 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_STRING, "mode", NULL, 5);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_STRING, (char *)1, (char *)2, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_BINARY, "bin", bin, 8);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_BINARY, "bin", bin, -1);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_BINARY, "bin", NULL, 4);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_BINARY, "bin", (char *)1, 4);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_BINARY, "bin",
		"0123456789012345678901234567890123456789", 40);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_PATH, "source", "/nonexistent",
		AT_FDCWD);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_PATH, "source", NULL, -1);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_PATH_EMPTY, "source", "", 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FD, "source", NULL, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FD, "source", "x", -1);
	syscall(SYS_fsconfig, fd, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_CMD_RECONFIGURE, "k", "v", 7);
	syscall(SYS_fsconfig, -1, FSCONFIG_CMD_CREATE_EXCL, NULL, NULL, 0);
	syscall(SYS_fsconfig, -1, 9, "k", "v", 1);
	syscall(SYS_fsconfig, -1, 0x100, NULL, NULL, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	syscall(SYS_fsmount, fd, FSMOUNT_CLOEXEC | 0x10,
		MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOATIME);
	syscall(SYS_fsmount, -1, 0,
		MOUNT_ATTR_NOSUID | MOUNT_ATTR_STRICTATIME | MOUNT_ATTR_IDMAP |
			MOUNT_ATTR_NOSYMFOLLOW);
	syscall(SYS_fsmount, -1, 0x2, 0x40000000);
	syscall(SYS_fsmount, -1, 0, MOUNT_ATTR_NODIRATIME | MOUNT_ATTR_NODEV);
	/* a detached mount: gone again with its descriptor */
	mfd = syscall(SYS_fsmount, fd, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV);
	syscall(SYS_move_mount, mfd, "", -1, "x", MOVE_MOUNT_F_EMPTY_PATH);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FD, "source", NULL, mfd);
	close(mfd);
	close(fd);
}

static void tree_calls(void)
{
	/* unknown attribute bits: refused before anything is looked up */
	struct mount_attr bad = {.attr_set = 0x40000000};
	long fd;

	syscall(SYS_fspick, AT_FDCWD, "/nonexistent",
		FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
	syscall(SYS_fspick, -1, "",
		FSPICK_EMPTY_PATH | FSPICK_SYMLINK_NOFOLLOW);
	syscall(SYS_fspick, -1, NULL, 0x10);
	syscall(SYS_fspick, -1, (char *)1, 0);
	syscall(SYS_open_tree, AT_FDCWD, "/nonexistent",
		OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
	syscall(SYS_open_tree, -1, "",
		AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT);
	syscall(SYS_open_tree, -1, NULL, 0x2);
	syscall(SYS_open_tree, -1, "x", 0);
	syscall(SYS_move_mount, -1, "", AT_FDCWD, "/nonexistent",
		MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_SYMLINKS);
	syscall(SYS_move_mount, AT_FDCWD, "/nonexistent", -1, "",
		MOVE_MOUNT_F_SYMLINKS | MOVE_MOUNT_F_AUTOMOUNTS |
			MOVE_MOUNT_T_AUTOMOUNTS | MOVE_MOUNT_T_EMPTY_PATH);
	syscall(SYS_move_mount, -1, NULL, -1, (char *)1,
		0x100 | 0x200 | 0x8000);
	syscall(SYS_move_mount, -1, "a", -1, "b", 0);
	/* an O_PATH descriptor of the cwd, no mount clone */
	fd = syscall(SYS_open_tree, AT_FDCWD, ".", OPEN_TREE_CLOEXEC);
	syscall(SYS_move_mount, fd, "", AT_FDCWD, "", MOVE_MOUNT_F_EMPTY_PATH);
	syscall(SYS_mount_setattr, fd, "", AT_EMPTY_PATH, &bad, sizeof(bad));
	syscall(SYS_fspick, fd, "", 0x100);
	close(fd);
}

static void setattr_calls(char *edge)
{
	struct mount_attr a = {
		.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID,
		.attr_clr = MOUNT_ATTR__ATIME,
		.propagation = MS_SHARED,
		.userns_fd = 3,
	};
	static uint64_t big[1024] = {MOUNT_ATTR_NODEV, 0, MS_PRIVATE, -1};
	struct mount_attr *tail = (void *)(edge + 4096 - sizeof(a));
	struct mount_attr *part = (void *)(edge + 4096 - 16);

	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH, &a, sizeof(a));
	syscall(SYS_mount_setattr, -1, "",
		AT_RECURSIVE | AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, &a,
		sizeof(a));
	syscall(SYS_mount_setattr, -1, "x", 0x1, &a, sizeof(a));
	syscall(SYS_mount_setattr, -1, "x", 0, &a, 24);
	syscall(SYS_mount_setattr, -1, "x", 0, &a, 0);
	syscall(SYS_mount_setattr, -1, "x", 0, big, 48);
	big[5] = 0x1234;
	syscall(SYS_mount_setattr, -1, "x", 0, big, 48);
	syscall(SYS_mount_setattr, -1, "x", 0, big, 40);
	syscall(SYS_mount_setattr, -1, "x", 0, big, 4097);
	syscall(SYS_mount_setattr, -1, "x", 0, NULL, sizeof(a));
	syscall(SYS_mount_setattr, -1, "x", 0, (void *)1, sizeof(a));
	memcpy(tail, &a, sizeof(a));
	tail->attr_set = 0xfffffff0;
	tail->attr_clr = MOUNT_ATTR_IDMAP | (1ULL << 40);
	tail->propagation = MS_SLAVE | MS_UNBINDABLE;
	syscall(SYS_mount_setattr, -1, "x", 0, tail, sizeof(a));
	tail->propagation = 0;
	syscall(SYS_mount_setattr, -1, "x", 0, tail, sizeof(a));
	tail->propagation = MS_UNBINDABLE;
	syscall(SYS_mount_setattr, -1, "x", 0, tail, sizeof(a));
	syscall(SYS_mount_setattr, -1, "x", 0, part, sizeof(a));
	syscall(SYS_mount_setattr, -1, "x", 0, tail, sizeof(a) + 8);
}

int main(void)
{
	char *edge = edge_page();

	old_mount(edge);
	ctx_calls();
	tree_calls();
	setattr_calls(edge);
	return 0;
}
