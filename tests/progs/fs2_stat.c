/* fs2_stat: the stat family (stat, lstat, fstat, newfstatat, statx),
 * statfs/fstatfs/ustat and the time setters (utime, utimes, futimesat,
 * utimensat with UTIME_NOW/UTIME_OMIT).  Real calls look only at files
 * whose numbers do not change between runs (/dev/null, /, /proc); output
 * buffers are prefilled with odd values for the cases that inject
 * success, and bad pointers, flags and sizes are tried. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/stat.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p;
}

static void fill_stat(struct stat *st, unsigned int mode)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = makedev(259, 65538);
	st->st_ino = 123456789;
	st->st_nlink = 2;
	st->st_mode = mode;
	st->st_uid = 1000;
	st->st_gid = (gid_t)-1;
	st->st_rdev = makedev(4095, 1048575);
	st->st_size = 4096;
	st->st_blksize = 512;
	st->st_blocks = 8;
	st->st_atim.tv_sec = 1000000000;
	st->st_atim.tv_nsec = 999999999;
	st->st_mtim.tv_sec = -1;
	st->st_mtim.tv_nsec = 1000000000;
	st->st_ctim.tv_sec = 0;
	st->st_ctim.tv_nsec = 1;
}

static void stat_calls(char *edge)
{
	struct stat st;
	int null = open("/dev/null", O_RDONLY);

	syscall(SYS_stat, "/dev/null", &st);
	syscall(SYS_stat, "/nonexistent", &st);
	syscall(SYS_stat, NULL, &st);
	syscall(SYS_stat, "/dev/null", NULL);
	syscall(SYS_stat, "/dev/null", edge + 4096 - 64);
	syscall(SYS_lstat, "/dev/stdin", &st);
	syscall(SYS_fstat, null, &st);
	syscall(SYS_fstat, -1, &st);
	syscall(SYS_newfstatat, AT_FDCWD, "/dev/null", &st, 0);
	syscall(SYS_newfstatat, null, "", &st, AT_EMPTY_PATH);
	syscall(SYS_newfstatat, AT_FDCWD, "/dev/stdin", &st,
		AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT);
	syscall(SYS_newfstatat, -1, "x", &st, 0x8000);
	fill_stat(&st, S_IFREG | 04755);
	syscall(SYS_stat, "/x", &st);
	fill_stat(&st, S_IFBLK | 0660);
	syscall(SYS_lstat, "/x", &st);
	fill_stat(&st, S_IFSOCK | S_ISVTX | 0777);
	syscall(SYS_fstat, -1, &st);
	fill_stat(&st, 0170000 | 01);
	syscall(SYS_newfstatat, -1, "x", &st, 0);
	fill_stat(&st, 0);
	syscall(SYS_fstat, -1, &st);
	close(null);
}

static void statx_calls(char *edge)
{
	struct statx sx;

	syscall(SYS_statx, AT_FDCWD, "/dev/null", 0,
		STATX_TYPE | STATX_MODE | STATX_INO | STATX_SIZE, &sx);
	syscall(SYS_statx, AT_FDCWD, "/nonexistent", AT_STATX_FORCE_SYNC,
		STATX_ALL, &sx);
	syscall(SYS_statx, -1, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC,
		STATX_BASIC_STATS | STATX_BTIME | STATX_MNT_ID, &sx);
	syscall(SYS_statx, AT_FDCWD, "x", 0x6000, 0xfffff000, &sx);
	syscall(SYS_statx, AT_FDCWD, "x", 0x80000000, 0x80000000, &sx);
	syscall(SYS_statx, AT_FDCWD, "x", 0, 0, NULL);
	syscall(SYS_statx, AT_FDCWD, "x", 0, 0, edge + 4096 - 100);
	memset(&sx, 0, sizeof(sx));
	sx.stx_mask = STATX_BASIC_STATS | STATX_BTIME | STATX_MNT_ID | 0x2000 |
		      0x80000000;
	sx.stx_blksize = 4096;
	sx.stx_attributes = STATX_ATTR_COMPRESSED | STATX_ATTR_IMMUTABLE |
			    STATX_ATTR_VERITY | STATX_ATTR_DAX | 0x1000000;
	sx.stx_nlink = 1;
	sx.stx_uid = 0;
	sx.stx_gid = 5;
	sx.stx_mode = S_IFDIR | 01777;
	sx.stx_ino = 42;
	sx.stx_size = 1ULL << 40;
	sx.stx_blocks = 9;
	sx.stx_attributes_mask = 0xffffffffffffffffULL;
	sx.stx_atime.tv_sec = 1700000000;
	sx.stx_atime.tv_nsec = 5;
	sx.stx_btime.tv_sec = -100;
	sx.stx_ctime.tv_nsec = 999999999;
	sx.stx_mtime.tv_sec = 2000000000;
	sx.stx_rdev_major = 1;
	sx.stx_rdev_minor = 3;
	sx.stx_dev_major = 0xfff;
	sx.stx_dev_minor = 0xfffff;
	sx.stx_mnt_id = 77;
	syscall(SYS_statx, AT_FDCWD, "x", 0, STATX_ALL, &sx);
	sx.stx_atime.tv_sec = 0;
	sx.stx_atime.tv_nsec = 0;
	syscall(SYS_statx, AT_FDCWD, "x", 0, STATX_ALL, &sx);
	sx.stx_mask = STATX_TYPE;
	sx.stx_attributes = 0;
	sx.stx_attributes_mask = 0;
	syscall(SYS_statx, AT_FDCWD, "x", 0, STATX_TYPE, &sx);
}

static void statfs_calls(char *edge)
{
	struct statfs sf;
	char ub[32];

	syscall(SYS_statfs, "/proc", &sf);
	syscall(SYS_statfs, "/nonexistent", &sf);
	syscall(SYS_statfs, "/proc", NULL);
	syscall(SYS_statfs, "/proc", edge + 4096 - 60);
	syscall(SYS_fstatfs, -1, &sf);
	memset(&sf, 0, sizeof(sf));
	sf.f_type = 0x12345678;
	sf.f_bsize = 4096;
	sf.f_blocks = 100;
	sf.f_fsid.__val[0] = -1;
	sf.f_namelen = 255;
	sf.f_frsize = 4096;
	sf.f_flags = 0x1 | 0x2 | 0x20 | 0x10000;
	syscall(SYS_fstatfs, -1, &sf);
	sf.f_type = 0x9123683e;
	sf.f_flags = 0;
	syscall(SYS_statfs, "/x", &sf);
	memset(ub, 'u', sizeof(ub));
	syscall(SYS_ustat, makedev(8, 1), ub);
	syscall(SYS_ustat, 0, NULL);
	syscall(SYS_ustat, makedev(0x123, 0x45678), (void *)1);
	syscall(SYS_ustat, 0xffffffffUL, ub);
}

static void time_calls(char *edge)
{
	struct timespec *half = (void *)(edge + 4096 - 16);
	struct utimbuf ub = {.actime = 1000000000, .modtime = 1700000000};
	struct timeval tv[2] = {{1, 2}, {-1, 1000000}};
	struct timespec ts[2] = {{1, 2}, {3, 999999999}};

	syscall(SYS_utime, "/nonexistent", &ub);
	syscall(SYS_utime, "/nonexistent", NULL);
	ub.actime = 0;
	syscall(SYS_utime, "/nonexistent", &ub);
	syscall(SYS_utime, "/nonexistent", (void *)1);
	syscall(SYS_utimes, "/nonexistent", tv);
	syscall(SYS_utimes, "/nonexistent", NULL);
	tv[0].tv_sec = tv[0].tv_usec = 0;
	syscall(SYS_utimes, "/nonexistent", tv);
	syscall(SYS_utimes, NULL, (void *)1);
	syscall(SYS_futimesat, AT_FDCWD, "/nonexistent", tv);
	syscall(SYS_futimesat, -1, "x", NULL);
	syscall(SYS_futimesat, -1, NULL, (void *)1);
	syscall(SYS_utimensat, AT_FDCWD, "/nonexistent", ts, 0);
	ts[0].tv_nsec = UTIME_NOW;
	ts[1].tv_nsec = UTIME_OMIT;
	syscall(SYS_utimensat, AT_FDCWD, "/nonexistent", ts,
		AT_SYMLINK_NOFOLLOW);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_nsec = UTIME_NOW;
	ts[1].tv_sec = 1700000000;
	syscall(SYS_utimensat, -1, "x", ts, AT_EMPTY_PATH | 0x1);
	ts[0].tv_nsec = 1000000000;
	syscall(SYS_utimensat, -1, NULL, ts, 0);
	syscall(SYS_utimensat, -1, "x", NULL, 0);
	ts[0].tv_sec = ts[0].tv_nsec = 0;
	ts[1].tv_sec = 0;
	ts[1].tv_nsec = 1;
	syscall(SYS_utimensat, -1, "x", ts, 0);
	syscall(SYS_utimensat, -1, "x", (void *)1, 0);
	half->tv_sec = 5;
	half->tv_nsec = UTIME_NOW;
	syscall(SYS_utimensat, -1, "x", half, 0);
	syscall(SYS_utimes, "/nonexistent", (void *)half);
	syscall(SYS_futimesat, -1, "x", (void *)(edge + 4096 - 8));
}

int main(void)
{
	char *edge = edge_page();

	stat_calls(edge);
	statx_calls(edge);
	statfs_calls(edge);
	time_calls(edge);
	return 0;
}
