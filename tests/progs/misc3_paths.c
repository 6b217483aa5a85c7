/* A path one byte past PATH_MAX (and one exactly at it) given to every
 * path-taking call: strace shows it cut with "..." after PATH_MAX bytes. */
#include <fcntl.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static char big[5000];

static void calls(const char *p)
{
	syscall(SYS_access, p, 0);
	syscall(SYS_faccessat, -100, p, 0);
	syscall(SYS_faccessat2, -100, p, 0, 0);
	syscall(SYS_chmod, p, 0644);
	syscall(SYS_fchmodat, -100, p, 0644);
	syscall(SYS_chown, p, 0, 0);
	syscall(SYS_lchown, p, 0, 0);
	syscall(SYS_fchownat, -100, p, 0, 0, 0);
	syscall(SYS_unlink, p);
	syscall(SYS_unlinkat, -100, p, 0);
	syscall(SYS_rmdir, p);
	syscall(SYS_mkdirat, -100, p, 0755);
	syscall(SYS_mknod, p, 0600, 0);
	syscall(SYS_mknodat, -100, p, 0600, 0);
	syscall(SYS_symlink, p, p);
	syscall(SYS_symlinkat, p, -100, p);
	syscall(SYS_link, p, p);
	syscall(SYS_renameat, -100, p, -100, p);
	syscall(SYS_renameat2, -100, p, -100, p, 0);
	syscall(SYS_readlinkat, -100, p, NULL, 0);
	syscall(SYS_lstat, p, NULL);
	syscall(SYS_newfstatat, -100, p, NULL, 0);
	syscall(SYS_statx, -100, p, 0, 0, NULL);
	syscall(SYS_statfs, p, NULL);
	syscall(SYS_utime, p, NULL);
	syscall(SYS_utimes, p, NULL);
	syscall(SYS_utimensat, -100, p, NULL, 0);
	syscall(SYS_futimesat, -100, p, NULL);
	syscall(SYS_creat, p, 0644);
	syscall(SYS_openat2, -100, p, NULL, 0);
	syscall(SYS_chroot, p);
	syscall(SYS_acct, p);
	syscall(SYS_swapon, p, 0);
	syscall(SYS_swapoff, p);
	syscall(SYS_umount2, p, 0);
	syscall(SYS_mount, p, p, p, 0, NULL);
	syscall(SYS_pivot_root, p, p);
	syscall(SYS_setxattr, p, "user.a", "", 0, 0);
	syscall(SYS_getxattr, p, "user.a", NULL, 0);
	syscall(SYS_listxattr, p, NULL, 0);
	syscall(SYS_removexattr, p, "user.a");
	syscall(SYS_lsetxattr, p, "user.a", "", 0, 0);
	syscall(SYS_inotify_add_watch, -1, p, 1);
	syscall(SYS_fanotify_mark, -1, 1, 1, -100, p);
	syscall(SYS_name_to_handle_at, -100, p, NULL, NULL, 0);
	syscall(SYS_execveat, -100, p, NULL, NULL, 0);
	syscall(SYS_uselib, p);
	syscall(SYS_quotactl, 0, p, 0, NULL);
	syscall(SYS_open_tree, -100, p, 0);
	syscall(SYS_move_mount, -100, p, -100, p, 0);
	syscall(SYS_fspick, -100, p, 0);
	syscall(SYS_mount_setattr, -100, p, 0, NULL, 0);
}

int main(void)
{
	memset(big, 'a', sizeof(big) - 1);
	big[4096] = 0;
	calls(big);
	big[4096] = 'a';
	big[4095] = 0;
	calls(big);
	return 0;
}
