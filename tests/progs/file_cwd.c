/* file_cwd: chdir, fchdir, getcwd, chroot and umask with fixed paths. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	int fd;

	syscall(SYS_chdir, "/");
	syscall(SYS_getcwd, buf, sizeof buf);
	syscall(SYS_chdir, "/nonexistent/dir");
	syscall(SYS_chdir, NULL);
	syscall(SYS_chdir, "/dev");
	syscall(SYS_getcwd, buf, sizeof buf);
	syscall(SYS_getcwd, buf, 2);
	syscall(SYS_getcwd, NULL, 0);
	syscall(SYS_getcwd, (void *)1, 100);
	fd = open("/tmp", O_RDONLY | O_DIRECTORY);
	syscall(SYS_fchdir, fd);
	syscall(SYS_fchdir, -1);
	syscall(SYS_getcwd, buf, sizeof buf);
	syscall(SYS_chroot, "/nonexistent/dir");
	syscall(SYS_chroot, (void *)1);
	syscall(SYS_umask, 022);
	syscall(SYS_umask, 0777);
	syscall(SYS_umask, 0);
	syscall(SYS_umask, 01777777);
	return 0;
}
