/* i386_io: vectored I/O of a 32-bit process (struct iovec of 32-bit
 * words): readv and writev on a pipe with several, empty, bad and
 * partly readable vectors; getrusage. */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char a[8], b[8];
	int p[2];
	struct iovec w[3] = { { "abc", 3 }, { "", 0 }, { "defgh", 5 } };
	struct iovec r[2] = { { a, 4 }, { b, sizeof(b) } };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iovec *edge;

	munmap(page + 4096, 4096);
	edge = (struct iovec *)(page + 4096 - sizeof(struct iovec));
	edge->iov_base = "xy";
	edge->iov_len = 2;
	pipe2(p, O_NONBLOCK);
	writev(p[1], w, 3);
	readv(p[0], r, 2);
	writev(p[1], w, 0);
	writev(p[1], NULL, 1);
	writev(p[1], (void *)1, 1);
	writev(p[1], edge, 2);
	readv(p[0], r, 1);
	readv(-1, r, 2);
	syscall(SYS_readv, p[0], (void *)1, -1);
	writev(-1, w, 3);
	/* struct rusage of 32-bit longs (only its times show without -v) */
	char ru[72];
	syscall(SYS_getrusage, RUSAGE_SELF, ru);
	syscall(SYS_getrusage, RUSAGE_CHILDREN, ru);
	syscall(SYS_getrusage, 99, ru);
	syscall(SYS_getrusage, RUSAGE_SELF, (void *)1);
	return 0;
}
