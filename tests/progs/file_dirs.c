/* file_dirs: directories and names: mkdir/mkdirat/rmdir, unlink/unlinkat,
 * rename/renameat/renameat2, link/linkat, symlink/symlinkat,
 * readlink/readlinkat, chmod family, chown family, truncate, utimensat,
 * mknod, getdents64.  The scratch directory is made by an untraced child
 * (without -f nothing it does shows), so every traced path is relative
 * and the same on each run; getdents64 reads a persistent fixture
 * directory so that -v shows the same inode numbers each time. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FIXDIR "/tmp/sift-file-fixture.d"

static char *tmpname;

/* Work done by a child the tracer does not show. */
static void in_child(void (*fn)(void))
{
	sigset_t set, old;
	pid_t pid;

	/* keep SIGCHLD pending so no "--- SIGCHLD" line (with a pid) shows */
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, &old);
	pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	sigtimedwait(&set, NULL, &(struct timespec){ 0, 0 });
	sigprocmask(SIG_SETMASK, &old, NULL);
}

static void make_tmp(void)
{
	strcpy(tmpname, "/tmp/sift-file-XXXXXX");
	if (!mkdtemp(tmpname))
		tmpname[0] = '\0';
	/* the fixture directory is created once and then kept */
	if (mkdir(FIXDIR, 0755) == 0) {
		close(open(FIXDIR "/a-file", O_CREAT | O_WRONLY, 0644));
		mkdir(FIXDIR "/subdir", 0755);
		if (symlink("a-file", FIXDIR "/link")) {
		}
	}
}

static int rm_one(const char *p, const struct stat *sb, int flag,
		  struct FTW *ftw)
{
	return remove(p);
}

static void remove_tmp(void)
{
	nftw(tmpname, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
	struct timespec ts[2] = { { 1700000000, 5 }, { 0, UTIME_OMIT } };
	struct timespec now[2] = { { 0, UTIME_NOW }, { 1, 999999999 } };
	char buf[128];
	char dbuf[4096];
	int dfd, fd;

	tmpname = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (tmpname == MAP_FAILED)
		return 1;
	in_child(make_tmp);
	if (!tmpname[0] || chdir(tmpname))
		return 1;

	syscall(SYS_mkdir, "d1", 0755);
	syscall(SYS_mkdir, "d1", 0700);
	syscall(SYS_mkdir, NULL, 0);
	syscall(SYS_mkdirat, AT_FDCWD, "d2", 01777);
	dfd = open("d1", O_RDONLY | O_DIRECTORY);
	syscall(SYS_mkdirat, dfd, "sub", 0750);
	syscall(SYS_mkdirat, -1, "sub", 0750);

	fd = open("f1", O_CREAT | O_WRONLY, 0644);
	syscall(SYS_link, "f1", "f2");
	syscall(SYS_link, "nonexistent", "f3");
	syscall(SYS_linkat, AT_FDCWD, "f1", dfd, "f1-link", 0);
	syscall(SYS_linkat, AT_FDCWD, "f1", AT_FDCWD, "f4",
		AT_SYMLINK_FOLLOW);
	syscall(SYS_linkat, AT_FDCWD, "f1", AT_FDCWD, "f5", 0x1);
	syscall(SYS_symlink, "f1", "s1");
	syscall(SYS_symlink, "a target that is longer than thirty-two bytes",
		"s2");
	syscall(SYS_symlinkat, "f1", dfd, "s3");
	syscall(SYS_symlinkat, NULL, AT_FDCWD, "s4");
	syscall(SYS_readlink, "s1", buf, sizeof buf);
	syscall(SYS_readlink, "s2", buf, 10);
	syscall(SYS_readlink, "s2", buf, sizeof buf);
	syscall(SYS_readlink, "f1", buf, sizeof buf);
	syscall(SYS_readlink, "s1", NULL, sizeof buf);
	syscall(SYS_readlinkat, dfd, "s3", buf, sizeof buf);
	syscall(SYS_readlinkat, AT_FDCWD, "s1", (void *)1, 4);

	syscall(SYS_rename, "f2", "f2-renamed");
	syscall(SYS_rename, "nonexistent", "x");
	syscall(SYS_renameat, AT_FDCWD, "f4", dfd, "f4-moved");
	syscall(SYS_renameat2, AT_FDCWD, "f1", AT_FDCWD, "f2-renamed",
		RENAME_NOREPLACE);
	syscall(SYS_renameat2, AT_FDCWD, "f1", AT_FDCWD, "f2-renamed",
		RENAME_EXCHANGE);
	syscall(SYS_renameat2, AT_FDCWD, "f1", AT_FDCWD, "x", 0x10);

	syscall(SYS_chmod, "f1", 0600);
	syscall(SYS_chmod, "f1", 04755);
	syscall(SYS_chmod, "nonexistent", 0);
	syscall(SYS_fchmod, fd, 0644);
	syscall(SYS_fchmod, -1, 0644);
	syscall(SYS_fchmodat, AT_FDCWD, "f1", 0640);
	syscall(SYS_fchmodat, dfd, "f1-link", 02700);
	syscall(SYS_chown, "f1", 0, 0);
	syscall(SYS_chown, "f1", -1, -1);
	syscall(SYS_lchown, "s1", 1000, 1000);
	syscall(SYS_fchown, fd, 0, -1);
	syscall(SYS_fchownat, AT_FDCWD, "s1", 0, 0, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_fchownat, dfd, "", 0, 0, AT_EMPTY_PATH);
	syscall(SYS_fchownat, AT_FDCWD, "f1", 0, 0, 0x2);

	syscall(SYS_truncate, "f1", 100);
	syscall(SYS_truncate, "nonexistent", 0);
	syscall(SYS_truncate, "f1", (long)-1);
	syscall(SYS_utimensat, AT_FDCWD, "f1", ts, 0);
	syscall(SYS_utimensat, AT_FDCWD, "f1", now, 0);
	syscall(SYS_utimensat, AT_FDCWD, "s1", NULL, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_utimensat, fd, NULL, NULL, 0);
	syscall(SYS_utimensat, AT_FDCWD, "f1", (void *)1, 0);

	syscall(SYS_mknod, "fifo", S_IFIFO | 0644, 0);
	syscall(SYS_mknod, "chr", S_IFCHR | 0600, makedev(1, 3));
	syscall(SYS_mknodat, AT_FDCWD, "blk", S_IFBLK | 0600,
		makedev(259, 70000));
	syscall(SYS_mknodat, dfd, "reg", 0600, 0);

	syscall(SYS_unlink, "f2-renamed");
	syscall(SYS_unlink, "nonexistent");
	syscall(SYS_unlink, "d2");
	syscall(SYS_unlinkat, dfd, "f1-link", 0);
	syscall(SYS_unlinkat, AT_FDCWD, "d2", AT_REMOVEDIR);
	syscall(SYS_unlinkat, AT_FDCWD, "d1", 0x1);
	syscall(SYS_rmdir, "d1");
	syscall(SYS_rmdir, "nonexistent");

	close(dfd);
	dfd = open(FIXDIR, O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, dfd, dbuf, sizeof dbuf);
	syscall(SYS_getdents64, dfd, dbuf, sizeof dbuf);
	syscall(SYS_getdents64, -1, dbuf, sizeof dbuf);
	syscall(SYS_getdents64, dfd, NULL, sizeof dbuf);
	syscall(SYS_lseek, dfd, 0, SEEK_SET);
	syscall(SYS_getdents64, dfd, dbuf, 30);
	syscall(SYS_getdents64, fd, dbuf, sizeof dbuf);

	if (chdir("/") == 0)
		in_child(remove_tmp);
	return 0;
}
