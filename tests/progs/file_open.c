/* file_open: open/openat/creat/openat2, read/write/pread64/pwrite64,
 * lseek, close and close_range, including failures (ENOENT, EBADF,
 * EFAULT on NULL and (void *)1), long strings and binary data.  Works
 * in a private temporary directory entered before anything is traced. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif

static char tmpdir[] = "/tmp/sift-file-XXXXXX";

int main(void)
{
	static const char longstr[] =
		"The quick brown fox jumps over the lazy dog, twice over.\n";
	unsigned char bin[64], buf[256];
	struct open_how how;
	int fd, dn, i;

	for (i = 0; i < (int)sizeof bin; i++)
		bin[i] = (unsigned char)(i * 7 + 250);
	if (!mkdtemp(tmpdir) || chdir(tmpdir))
		return 1;

	dn = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY);
	syscall(SYS_open, "/nonexistent/file", O_RDONLY);
	syscall(SYS_open, NULL, O_RDONLY);
	syscall(SYS_open, (void *)1, O_WRONLY | O_APPEND);
	syscall(SYS_openat, -1, "relative", O_RDONLY);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/x",
		O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_NONBLOCK, 0755);
	fd = syscall(SYS_openat, AT_FDCWD, "data.txt",
		     O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	syscall(SYS_openat, fd, "x", O_RDONLY | O_DIRECTORY);
	syscall(SYS_openat, AT_FDCWD, ".", O_WRONLY | O_TMPFILE, 0600);
	syscall(SYS_openat, AT_FDCWD, "/dev/null",
		O_RDONLY | O_NOFOLLOW | O_NOATIME | O_PATH | O_DSYNC | 0x80000000);

	syscall(SYS_write, fd, "hello world\n", 12);
	syscall(SYS_write, fd, longstr, sizeof longstr - 1);
	syscall(SYS_write, fd, bin, sizeof bin);
	syscall(SYS_write, fd, "tab\there\r\n\"q\" \\ \x7f\x80", 17);
	syscall(SYS_write, fd, NULL, 5);
	syscall(SYS_write, fd, (void *)1, 10);
	syscall(SYS_write, -1, "x", 1);
	syscall(SYS_write, fd, "", 0);

	syscall(SYS_lseek, fd, 0, SEEK_SET);
	syscall(SYS_lseek, fd, 5, SEEK_CUR);
	syscall(SYS_lseek, fd, (long)-3, SEEK_END);
	syscall(SYS_lseek, fd, 0, SEEK_DATA);
	syscall(SYS_lseek, fd, 0, SEEK_HOLE);
	syscall(SYS_lseek, fd, 0, 7);
	syscall(SYS_lseek, fd, (long)-1, SEEK_SET);
	syscall(SYS_lseek, -1, 0, SEEK_SET);
	syscall(SYS_lseek, fd, 0, SEEK_SET);

	syscall(SYS_read, fd, buf, 5);
	syscall(SYS_read, fd, buf, 100);
	syscall(SYS_read, fd, buf, 40);
	syscall(SYS_read, fd, buf, sizeof buf);
	syscall(SYS_read, fd, buf, sizeof buf);
	syscall(SYS_read, -1, buf, 10);
	syscall(SYS_read, fd, NULL, 10);
	syscall(SYS_read, dn, buf, 0);
	syscall(SYS_read, dn, (void *)1, 16);

	syscall(SYS_pread64, fd, buf, 8, 6);
	syscall(SYS_pread64, fd, buf, 8, (long)-1);
	syscall(SYS_pread64, fd, buf, 300, 70);
	syscall(SYS_pwrite64, fd, "XY", 2, 100);
	syscall(SYS_pwrite64, fd, longstr, 40, 0x123456789);
	syscall(SYS_pwrite64, -1, NULL, 0, 0);

	syscall(SYS_creat, "created.txt", 0600);
	syscall(SYS_creat, "/nonexistent/c", 01777);

	memset(&how, 0, sizeof how);
	how.flags = O_RDONLY | O_CLOEXEC;
	how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH;
	syscall(SYS_openat2, AT_FDCWD, "data.txt", &how, sizeof how);
	how.flags = O_WRONLY | O_CREAT;
	how.mode = 0644;
	how.resolve = 0;
	syscall(SYS_openat2, AT_FDCWD, "new.txt", &how, sizeof how);
	how.resolve = 0x1000;
	syscall(SYS_openat2, AT_FDCWD, "new.txt", &how, sizeof how);
	syscall(SYS_openat2, AT_FDCWD, "data.txt", &how, 8);
	syscall(SYS_openat2, AT_FDCWD, "data.txt", NULL, sizeof how);
	syscall(SYS_openat2, AT_FDCWD, "data.txt", (void *)1, sizeof how);

	syscall(SYS_close, fd);
	syscall(SYS_close, -1);
	syscall(SYS_close, 9999);
	syscall(SYS_close_range, 100, ~0U, 0);
	syscall(SYS_close_range, 50, 60, CLOSE_RANGE_CLOEXEC);
	syscall(SYS_close_range, 70, 80, CLOSE_RANGE_UNSHARE | 0x100);
	syscall(SYS_close_range, 3, 2, 0);

	unlink("data.txt");
	unlink("created.txt");
	unlink("new.txt");
	if (chdir("/") == 0)
		rmdir(tmpdir);
	return 0;
}
