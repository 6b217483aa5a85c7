/* memfd and mount sweep: what file_fs and fs2_mount leave out.
 * memfd_create with every flag, huge page sizes, unknown bits, long,
 * NULL, unreadable and page-straddling names; memfd_secret; the mount
 * API's calls with unknown flags and enums, strings running into a
 * PROT_NONE page, and mount_setattr attributes of odd sizes. */
#include <fcntl.h>
#include <linux/mount.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_memfd_secret
#define SYS_memfd_secret 447
#endif

static char *guard;

static char *str_at_end(const char *s)
{
	size_t n = strlen(s);

	memcpy(guard - n, s, n);
	return guard - n;
}

static void memfd(void)
{
	static char longname[400];

	memset(longname, 'n', sizeof(longname) - 1);
	close(syscall(SYS_memfd_create, "a", MFD_CLOEXEC | MFD_ALLOW_SEALING));
	syscall(SYS_memfd_create, "b", MFD_HUGETLB | (30 << 26));
	syscall(SYS_memfd_create, "c", MFD_HUGETLB | (63u << 26));
	syscall(SYS_memfd_create, "d", (21 << 26));
	syscall(SYS_memfd_create, "e", 0x100);
	syscall(SYS_memfd_create, "f", 0xffffffffu);
	syscall(SYS_memfd_create, longname, 0);
	syscall(SYS_memfd_create, NULL, 0);
	syscall(SYS_memfd_create, (char *)1, 0);
	syscall(SYS_memfd_create, str_at_end("edge"), 0);
	syscall(SYS_memfd_create, "g\n\t\"", 0x8);
	syscall(SYS_memfd_secret, 0);
	syscall(SYS_memfd_secret, O_CLOEXEC);
	syscall(SYS_memfd_secret, 0xffffffffu);
}

static void mounts(void)
{
	static unsigned char buf[8192] __attribute__((aligned(8)));
	struct mount_attr *ma = (struct mount_attr *)buf;

	syscall(SYS_mount, "none", "/nonexistent-sift", "tmpfs",
		MS_MGC_VAL | MS_RDONLY, "size=1m");
	syscall(SYS_mount, "none", "/nonexistent-sift", "xfs",
		MS_REMOUNT | MS_BIND | 0x80000000u, "opts");
	syscall(SYS_mount, NULL, NULL, NULL, 0xffffffffUL, NULL);
	syscall(SYS_mount, str_at_end("src"), (char *)1, str_at_end("t"),
		MS_MGC_VAL, (void *)1);
	syscall(SYS_mount, "a", "b", "nfs", 0, (void *)1);
	syscall(SYS_umount2, "/nonexistent-sift", 0xff);
	syscall(SYS_umount2, str_at_end("u"), 1 | 2 |
		4 | 8);
	syscall(SYS_fsopen, "nosuchfs-sift", 0xfe);
	syscall(SYS_fsopen, str_at_end("tmpfs"), FSOPEN_CLOEXEC);
	syscall(SYS_fsconfig, -1, 9, "k", "v", 3);
	syscall(SYS_fsconfig, -1, 0x7fffffff, NULL, NULL, 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, str_at_end("key"),
		str_at_end("val"), 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "k", guard - 2, 8);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_PATH_EMPTY, "k", "", AT_FDCWD);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FD, "k", NULL, -1);
	syscall(SYS_fsconfig, -1, FSCONFIG_CMD_RECONFIGURE, "k", "v", 1);
	syscall(SYS_fsmount, -1, 0xff, 0xffffffffu);
	syscall(SYS_fsmount, -1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RELATIME |
		MOUNT_ATTR_NOSYMFOLLOW);
	syscall(SYS_fsmount, -1, 0, MOUNT_ATTR_STRICTATIME | MOUNT_ATTR_IDMAP);
	syscall(SYS_fspick, AT_FDCWD, str_at_end("p"), 0xffffffffu);
	syscall(SYS_open_tree, -1, "", 0xffffffffu);
	syscall(SYS_open_tree, AT_FDCWD, (char *)1, OPEN_TREE_CLONE |
		AT_RECURSIVE | AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
	syscall(SYS_move_mount, -1, str_at_end("f"), AT_FDCWD, (char *)1,
		0xffffffffu);
	memset(buf, 0, sizeof(buf));
	ma[0].attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_IDMAP;
	ma[0].attr_clr = 0xffffffffffffffffULL;
	ma[0].propagation = 0x7777;
	ma[0].userns_fd = 5;
	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH, ma, sizeof(ma[0]));
	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH, ma, 24);
	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH, ma, 40);
	((char *)ma)[36] = 1;
	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH, ma, 40);
	syscall(SYS_mount_setattr, -1, "", 0xffffffffu, ma, 0);
	syscall(SYS_mount_setattr, -1, "", 0, guard - 16, 32);
	syscall(SYS_mount_setattr, -1, "", 0, (void *)1, 32);
	syscall(SYS_mount_setattr, -1, "", 0, ma, 4096);
	syscall(SYS_mount_setattr, -1, "", 0, ma, 8192);
	((char *)ma)[36] = 0;
	buf[5000] = 1;
	syscall(SYS_mount_setattr, -1, "", 0, ma, 8192);
	syscall(SYS_mount_setattr, -1, "", 0, guard - 40, 4096);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	memfd();
	mounts();
	return 0;
}
