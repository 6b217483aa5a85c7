/* file_fs: extended attributes (set/get/list/remove and the l/f forms),
 * inotify, fanotify, statfs/fstatfs on /proc and /sys (whose numbers do
 * not change), memfd_create, mount/umount2 failures.  Files live in a
 * scratch directory entered before anything is traced; f* forms use a
 * memfd so that -y shows the same path on every run. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/fanotify.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/sift-file-XXXXXX";

int main(void)
{
	char buf[256];
	struct statfs sfs;
	int fd, mfd, in, fan;

	if (!mkdtemp(tmpdir) || chdir(tmpdir))
		return 1;
	fd = open("f", O_CREAT | O_RDWR, 0644);
	close(fd);
	mfd = syscall(SYS_memfd_create, "xattrs", MFD_CLOEXEC);

	syscall(SYS_setxattr, "f", "user.one", "value-1", 7, 0);
	syscall(SYS_setxattr, "f", "user.two", "\x01\x02\x03", 3,
		XATTR_CREATE);
	syscall(SYS_setxattr, "f", "user.one", "v", 1, XATTR_REPLACE);
	syscall(SYS_setxattr, "f", "user.long",
		"a value that is longer than thirty-two bytes!", 45, 0);
	syscall(SYS_setxattr, "f", "user.x", "v", 1, 0x4);
	syscall(SYS_setxattr, "nonexistent", "user.x", NULL, 0, 0);
	syscall(SYS_lsetxattr, "f", "user.three", "3", 1, 0);
	syscall(SYS_fsetxattr, mfd, "user.m", "mem", 3, 0);
	syscall(SYS_fsetxattr, -1, "user.m", "mem", 3, 0);
	syscall(SYS_getxattr, "f", "user.one", buf, sizeof buf);
	syscall(SYS_getxattr, "f", "user.long", buf, sizeof buf);
	syscall(SYS_getxattr, "f", "user.one", NULL, 0);
	syscall(SYS_getxattr, "f", "user.none", buf, sizeof buf);
	syscall(SYS_getxattr, "f", "user.long", buf, 4);
	syscall(SYS_lgetxattr, "f", "user.two", buf, sizeof buf);
	syscall(SYS_fgetxattr, mfd, "user.m", buf, sizeof buf);
	syscall(SYS_listxattr, "f", buf, sizeof buf);
	syscall(SYS_listxattr, "f", NULL, 0);
	syscall(SYS_llistxattr, "f", buf, 3);
	syscall(SYS_flistxattr, mfd, buf, sizeof buf);
	syscall(SYS_removexattr, "f", "user.one");
	syscall(SYS_removexattr, "f", "user.one");
	syscall(SYS_lremovexattr, "f", "user.two");
	syscall(SYS_fremovexattr, mfd, "user.m");

	in = syscall(SYS_inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
	syscall(SYS_inotify_init1, 0x10);
	syscall(SYS_inotify_add_watch, in, "f",
		IN_MODIFY | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_ONLYDIR);
	syscall(SYS_inotify_add_watch, in, ".", IN_ALL_EVENTS);
	syscall(SYS_inotify_add_watch, in, "nonexistent", IN_ACCESS);
	syscall(SYS_inotify_add_watch, in, "f", 0);
	syscall(SYS_inotify_rm_watch, in, 1);
	syscall(SYS_inotify_rm_watch, in, 99);

	fan = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC,
		      O_RDONLY | O_LARGEFILE);
	syscall(SYS_fanotify_init, FAN_CLASS_CONTENT | FAN_REPORT_FID,
		O_RDWR);
	syscall(SYS_fanotify_init, 0x80000000, 0);
	syscall(SYS_fanotify_mark, fan, FAN_MARK_ADD,
		FAN_OPEN | FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD, "f");
	syscall(SYS_fanotify_mark, fan, FAN_MARK_REMOVE | FAN_MARK_DONT_FOLLOW,
		FAN_OPEN, AT_FDCWD, "f");
	syscall(SYS_fanotify_mark, fan, FAN_MARK_FLUSH, 0, -1, NULL);
	syscall(SYS_fanotify_mark, -1, FAN_MARK_ADD, FAN_MODIFY, mfd, NULL);

	syscall(SYS_statfs, "/proc", &sfs);
	syscall(SYS_statfs, "/sys", &sfs);
	/* usually mounted nosuid (the flags' order shows), and static */
	syscall(SYS_statfs, "/dev", &sfs);
	syscall(SYS_statfs, "/nonexistent/x", &sfs);
	syscall(SYS_statfs, "/proc", NULL);
	fd = open("/proc", O_RDONLY | O_DIRECTORY);
	syscall(SYS_fstatfs, fd, &sfs);
	syscall(SYS_fstatfs, -1, &sfs);

	syscall(SYS_memfd_create, "plain", 0);
	syscall(SYS_memfd_create, "sealed", MFD_ALLOW_SEALING | MFD_CLOEXEC);
	syscall(SYS_memfd_create, "huge", MFD_HUGETLB | (21 << 26));
	syscall(SYS_memfd_create, NULL, 0);
	syscall(SYS_memfd_create, "bad", 0x100);

	syscall(SYS_mount, "none", "/nonexistent/x", "tmpfs",
		MS_RDONLY | MS_NOSUID | MS_NODEV, "size=1m");
	syscall(SYS_mount, "/dev/nonexistent", "/nonexistent/x", "ext4",
		MS_BIND | MS_REC, NULL);
	syscall(SYS_mount, NULL, "/nonexistent/x", NULL, MS_REMOUNT | MS_RDONLY,
		NULL);
	syscall(SYS_mount, "none", "/nonexistent/x", NULL,
		MS_MGC_VAL | MS_PRIVATE, NULL);
	syscall(SYS_umount2, "/nonexistent/x", 0);
	syscall(SYS_umount2, "/nonexistent/x", MNT_DETACH | MNT_FORCE);
	syscall(SYS_umount2, "/nonexistent/x", 0x100);

	unlink("f");
	if (chdir("/") == 0)
		rmdir(tmpdir);
	return 0;
}
