/* i386 file and descriptor calls through raw syscall(2) numbers, so each
 * call is the one named: open/read/write/lseek/_llseek/stat64/fstat64/
 * fstatat64/statx/getdents64/fcntl64/dup/pipe/access/readlink/mkdir/
 * unlink/rename/chdir/getcwd with valid, NULL, bad and failing args. */
#include <fcntl.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	long long off;
	int p[2];

	int fd = syscall(SYS_open, "f1", O_RDWR | O_CREAT | O_TRUNC, 0644);
	syscall(SYS_write, fd, "hello world\n", 12);
	syscall(SYS_lseek, fd, 0, SEEK_SET);
	syscall(SYS_lseek, fd, -1, SEEK_CUR);
	syscall(SYS_read, fd, buf, 5);
	syscall(SYS__llseek, fd, 0, 3, &off, SEEK_SET);
	syscall(SYS__llseek, fd, 1, 0, &off, SEEK_END);
	syscall(SYS__llseek, -1, 0, 0, NULL, SEEK_SET);
	syscall(SYS_stat64, "f1", buf);
	syscall(SYS_stat64, "nonexistent", buf);
	syscall(SYS_stat64, NULL, buf);
	syscall(SYS_fstat64, fd, buf);
	syscall(SYS_fstat64, -1, buf);
	syscall(SYS_lstat64, "f1", buf);
	syscall(SYS_fstatat64, AT_FDCWD, "f1", buf, 0);
	syscall(SYS_fstatat64, AT_FDCWD, "f1", (void *)1, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_statx, AT_FDCWD, "f1", 0, 0x7ff, buf);
	syscall(SYS_statx, -1, "", AT_EMPTY_PATH, 0x7ff, buf);
	syscall(SYS_fcntl64, fd, F_GETFD);
	syscall(SYS_fcntl64, fd, F_SETFD, FD_CLOEXEC);
	syscall(SYS_fcntl64, fd, F_GETFL);
	syscall(SYS_fcntl64, -1, F_DUPFD, 0);
	syscall(SYS_fcntl, fd, F_GETFD);
	int d = syscall(SYS_dup, fd);
	syscall(SYS_dup2, fd, 10);
	syscall(SYS_dup3, fd, 11, O_CLOEXEC);
	syscall(SYS_close, d);
	syscall(SYS_close, 10);
	syscall(SYS_close, 11);
	syscall(SYS_close, -1);
	syscall(SYS_pipe, p);
	syscall(SYS_close, p[0]);
	syscall(SYS_close, p[1]);
	syscall(SYS_pipe2, p, O_CLOEXEC | O_NONBLOCK);
	syscall(SYS_close, p[0]);
	syscall(SYS_close, p[1]);
	syscall(SYS_pipe, (void *)1);
	syscall(SYS_access, "f1", R_OK | W_OK);
	syscall(SYS_access, "nonexistent", F_OK);
	syscall(SYS_faccessat, AT_FDCWD, "f1", X_OK);
	syscall(SYS_symlink, "f1", "l1");
	syscall(SYS_readlink, "l1", buf, sizeof(buf));
	syscall(SYS_readlink, "f1", buf, sizeof(buf));
	syscall(SYS_readlinkat, AT_FDCWD, "l1", buf, 1);
	syscall(SYS_mkdir, "d1", 0755);
	syscall(SYS_mkdir, "d1", 0755);
	syscall(SYS_mkdirat, AT_FDCWD, "d2", 0700);
	syscall(SYS_rename, "f1", "f2");
	syscall(SYS_renameat, AT_FDCWD, "f2", AT_FDCWD, "f1");
	syscall(SYS_chdir, "d1");
	syscall(SYS_getcwd, buf, sizeof(buf));
	syscall(SYS_getcwd, buf, 1);
	syscall(SYS_chdir, "..");
	syscall(SYS_chdir, "nonexistent");
	int dfd = syscall(SYS_openat, AT_FDCWD, ".", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, dfd, buf, 0);
	syscall(SYS_getdents64, -1, buf, sizeof(buf));
	syscall(SYS_fchdir, dfd);
	syscall(SYS_close, dfd);
	syscall(SYS_openat, AT_FDCWD, "nonexistent", O_RDONLY);
	syscall(SYS_open, NULL, O_WRONLY | O_APPEND);
	syscall(SYS_unlink, "l1");
	syscall(SYS_unlinkat, AT_FDCWD, "d2", AT_REMOVEDIR);
	syscall(SYS_rmdir, "d1");
	syscall(SYS_ftruncate, fd, 4);
	syscall(SYS_ftruncate64, fd, 2LL);
	syscall(SYS_fsync, fd);
	syscall(SYS_umask, 022);
	syscall(SYS_chmod, "f1", 0600);
	syscall(SYS_fchmod, fd, 0640);
	syscall(SYS_pread64, fd, buf, 2, 1LL);
	syscall(SYS_pwrite64, fd, "ab", 2, 3LL);
	syscall(SYS_pread64, fd, buf, 2, 1LL << 32);
	syscall(SYS_pread64, fd, buf, 2, -1LL);
	syscall(SYS_ftruncate64, -1, 0x123456789LL);
	syscall(SYS_truncate64, "nonexistent", 0x80000000LL);
	syscall(SYS_close, fd);
	syscall(SYS_unlink, "f1");
	syscall(SYS_write, -1, NULL, 0);
	syscall(SYS_read, -1, (void *)1, 0xffffffff);
	return 0;
}
