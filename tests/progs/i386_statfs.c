/* i386_statfs: statfs, fstatfs, statfs64 and fstatfs64 of a 32-bit
 * process on /proc (whose counts do not move), bad paths, sizes and
 * pointers. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[128];
	int fd = open("/proc", O_RDONLY | O_DIRECTORY);

	syscall(SYS_statfs, "/proc", buf);
	syscall(SYS_statfs, "/nonexistent", buf);
	syscall(SYS_statfs, "/proc", (void *)1);
	syscall(SYS_fstatfs, fd, buf);
	syscall(SYS_fstatfs, -1, buf);
	syscall(SYS_statfs64, "/proc", 84, buf);
	syscall(SYS_statfs64, "/proc", 88, buf);
	syscall(SYS_statfs64, NULL, 84, buf);
	syscall(SYS_fstatfs64, fd, 84, buf);
	syscall(SYS_fstatfs64, fd, 84, NULL);
	return 0;
}
