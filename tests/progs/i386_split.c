/* i386_split: calls of a 32-bit process that pass 64-bit offsets and
 * lengths as two 32-bit halves (values above 4 GiB, negative ones), and
 * sendfile's 32-bit off_t next to sendfile64's loff_t. */
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define LO(v) ((uint32_t)(uint64_t)(v))
#define HI(v) ((uint32_t)((uint64_t)(v) >> 32))
#define BIG 0x123456789aLL

int main(void)
{
	char buf[8] = "rrrrrrr";
	struct iovec w[2] = { { "abc", 3 }, { "de", 2 } }, r = { buf, 4 };
	int32_t off32 = 1;
	int64_t off64 = 2;
	int fd = open("split.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int out = open("split.out", O_RDWR | O_CREAT | O_TRUNC, 0600);

	syscall(SYS_pwritev, fd, w, 2, LO(0), HI(0));
	syscall(SYS_pwritev, fd, w, 2, LO(BIG), HI(BIG));
	syscall(SYS_preadv, fd, &r, 1, LO(1), HI(1));
	syscall(SYS_preadv, fd, &r, 1, LO(-2), HI(-2));
	syscall(SYS_preadv2, fd, &r, 1, LO(0), HI(0), 0x8);
	syscall(SYS_preadv2, fd, &r, 1, LO(-1), HI(-1), 0x100);
	syscall(SYS_pwritev2, fd, w, 1, LO(BIG), HI(BIG), 0x4);
	syscall(SYS_pwritev2, fd, (void *)1, 1, LO(0), HI(0), 0);
	syscall(SYS_readahead, fd, LO(BIG), HI(BIG), 4096);
	syscall(SYS_readahead, -1, LO(-5), HI(-5), 1);
	syscall(SYS_fadvise64, fd, LO(BIG), HI(BIG), 100, 4);
	syscall(SYS_fadvise64, fd, LO(0), HI(0), 0, 99);
	syscall(SYS_fadvise64_64, fd, LO(BIG), HI(BIG), LO(BIG * 2),
		HI(BIG * 2), 1);
	syscall(SYS_fadvise64_64, -1, LO(-1), HI(-1), LO(0), HI(0), 6);
	syscall(SYS_sync_file_range, fd, LO(BIG), HI(BIG), LO(4096),
		HI(4096), 7);
	syscall(SYS_sync_file_range, fd, LO(0), HI(0), LO(0), HI(0), 0x10);
	syscall(SYS_fallocate, fd, 0, LO(0), HI(0), LO(8192), HI(8192));
	syscall(SYS_fallocate, fd, 0x3, LO(BIG), HI(BIG), LO(1), HI(1));
	syscall(SYS_fallocate, fd, 0x80, LO(-1), HI(-1), LO(0), HI(0));
	syscall(SYS_fanotify_mark, -1, 1, LO(0x8000000002ULL),
		HI(0x8000000002ULL), AT_FDCWD, ".");
	syscall(SYS_fanotify_mark, -1, 0x2, LO(8), HI(8), -1, NULL);
	syscall(SYS_fanotify_mark, -1, 0x1000, LO(1ULL << 40), HI(1ULL << 40),
		fd, "x");
	syscall(SYS_sendfile, out, fd, &off32, 2);
	syscall(SYS_sendfile, out, fd, NULL, 1);
	syscall(SYS_sendfile, out, fd, (void *)1, 1);
	syscall(SYS_sendfile64, out, fd, &off64, 3);
	syscall(SYS_sendfile64, -1, fd, &off64, 3);
	close(fd);
	close(out);
	unlink("split.dat");
	unlink("split.out");
	return 0;
}
