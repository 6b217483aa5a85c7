/* file_stat: stat, lstat, fstat, newfstatat, statx, access, faccessat and
 * faccessat2 on persistent fixtures (created once with fixed times, so
 * repeated runs see identical inode numbers and times), /dev/null, and bad
 * paths and pointers. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/stat.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define FIX "/tmp/sift-file-fixture"
#define FIXLNK "/tmp/sift-file-fixture.lnk"

/* Create the fixtures if missing: 123 bytes, mode 0640, fixed times;
 * they are kept, so their inode numbers and ctimes stay the same. */
static void fixtures(void)
{
	struct timespec ts[2] = { { 1700000000, 123456789 },
				  { 1600000000, 0 } };
	char data[123];
	int fd;

	fd = open(FIX, O_WRONLY | O_CREAT | O_EXCL, 0640);
	if (fd >= 0) {
		memset(data, 'x', sizeof data);
		if (write(fd, data, sizeof data) != sizeof data)
			exit(1);
		fchmod(fd, 0640);
		close(fd);
		utimensat(AT_FDCWD, FIX, ts, 0);
	}
	/* following the link reads it, and relatime would move an atime
	 * older than a day: one in the future never moves */
	ts[0].tv_sec = 4102444800;
	if (symlink(FIX, FIXLNK) == 0)
		utimensat(AT_FDCWD, FIXLNK, ts, AT_SYMLINK_NOFOLLOW);
}

int main(void)
{
	struct stat st;
	struct statx stx;
	int dn;

	fixtures();
	dn = open("/dev/null", O_RDONLY);

	syscall(SYS_stat, FIX, &st);
	syscall(SYS_stat, "/dev/null", &st);
	syscall(SYS_stat, "/nonexistent/x", &st);
	syscall(SYS_stat, NULL, &st);
	syscall(SYS_stat, FIX, NULL);
	syscall(SYS_stat, FIX, (void *)1);
	syscall(SYS_lstat, FIXLNK, &st);
	syscall(SYS_lstat, (void *)1, &st);
	syscall(SYS_fstat, dn, &st);
	syscall(SYS_fstat, -1, &st);
	syscall(SYS_fstat, dn, NULL);

	syscall(SYS_newfstatat, AT_FDCWD, FIXLNK, &st, 0);
	syscall(SYS_newfstatat, AT_FDCWD, FIXLNK, &st, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_newfstatat, dn, "", &st, AT_EMPTY_PATH);
	syscall(SYS_newfstatat, -1, "x", &st, 0);
	syscall(SYS_newfstatat, AT_FDCWD, FIX, &st, 0x4000);
	syscall(SYS_newfstatat, AT_FDCWD, FIX, NULL, AT_NO_AUTOMOUNT);

	syscall(SYS_statx, AT_FDCWD, FIX, 0, STATX_BASIC_STATS, &stx);
	syscall(SYS_statx, AT_FDCWD, FIXLNK, AT_SYMLINK_NOFOLLOW,
		STATX_TYPE | STATX_SIZE, &stx);
	syscall(SYS_statx, dn, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC,
		STATX_ALL, &stx);
	syscall(SYS_statx, AT_FDCWD, "/dev/null", AT_STATX_FORCE_SYNC,
		0xffffffff, &stx);
	syscall(SYS_statx, AT_FDCWD, "/nonexistent/x", 0, STATX_ALL, &stx);
	syscall(SYS_statx, AT_FDCWD, FIX, 0, STATX_ALL, NULL);
	syscall(SYS_statx, AT_FDCWD, FIX, 0x10000, 0, &stx);

	syscall(SYS_access, FIX, R_OK | W_OK);
	syscall(SYS_access, FIX, F_OK);
	syscall(SYS_access, "/nonexistent/x", X_OK);
	syscall(SYS_access, FIX, 0x10);
	syscall(SYS_faccessat, AT_FDCWD, FIX, R_OK);
	syscall(SYS_faccessat, dn, "x", W_OK | X_OK);
	syscall(SYS_faccessat2, AT_FDCWD, FIX, R_OK,
		AT_EACCESS | AT_SYMLINK_NOFOLLOW);
	syscall(SYS_faccessat2, AT_FDCWD, FIX, F_OK, AT_EMPTY_PATH);
	syscall(SYS_faccessat2, AT_FDCWD, NULL, 0x80, 0x1);
	return 0;
}
