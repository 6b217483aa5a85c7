/* i386_lock: record locks of a 32-bit process: fcntl and fcntl64 with
 * struct flock (32-bit longs) and the packed struct flock64 (F_*LK64,
 * F_OFD_*), on a temporary file, a bad descriptor and bad pointers. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct fl64 {
	short type, whence;
	long long start, len;
	int pid;
} __attribute__((packed));

struct fl32 {
	short type, whence;
	int start, len, pid;
};

int main(void)
{
	int fd = open("lk", O_RDWR | O_CREAT, 0600);
	struct fl64 a = { F_WRLCK, SEEK_SET, 0, 10, 0 };
	struct fl32 b = { F_RDLCK, SEEK_CUR, 1, -1, 0 };

	syscall(SYS_fcntl64, fd, 13, &a);	/* F_SETLK64 */
	a.type = F_RDLCK;
	syscall(SYS_fcntl64, fd, 12, &a);	/* F_GETLK64 */
	syscall(SYS_fcntl64, fd, 14, (void *)1); /* F_SETLKW64 */
	syscall(SYS_fcntl64, -1, 13, &a);
	syscall(SYS_fcntl64, fd, F_SETLK, &b);
	b.type = F_WRLCK;
	syscall(SYS_fcntl64, fd, F_GETLK, &b);
	syscall(SYS_fcntl, fd, F_SETLKW, &b);
	syscall(SYS_fcntl, fd, F_GETLK, &b);
	syscall(SYS_fcntl, -1, F_GETLK, &b);
	/* the process's locks go, so the OFD query finds none */
	a.type = F_UNLCK;
	a.start = 0;
	a.len = 0;
	syscall(SYS_fcntl64, fd, 13, &a);
	a.pid = 0;
	a.len = 10;
	syscall(SYS_fcntl64, fd, 37, &a);	/* F_OFD_SETLK */
	a.type = F_WRLCK;
	syscall(SYS_fcntl64, fd, 36, &a);	/* F_OFD_GETLK */
	a.whence = 7;
	syscall(SYS_fcntl64, fd, 37, &a);
	syscall(SYS_fcntl64, fd, 99, 5);
	syscall(SYS_fcntl64, fd, F_DUPFD, -1);
	syscall(SYS_fcntl64, fd, F_DUPFD_CLOEXEC, 0x7fffffff);
	syscall(SYS_close, syscall(SYS_fcntl64, fd, F_DUPFD, 20));
	unlink("lk");
	return 0;
}
