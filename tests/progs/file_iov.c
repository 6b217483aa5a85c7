/* file_iov: readv/writev/preadv/pwritev/preadv2/pwritev2 with several
 * elements, a -s budget spread over them, NULL and bad vectors, huge
 * counts; sendfile, copy_file_range between memfds and /dev/null. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	static char a[] = "hello", b[] = " world\n",
		c[] = "a rather long third element of the vector, 50 chars";
	char r1[4], r2[8], r3[64];
	struct iovec wv[3] = { { a, 5 }, { b, 7 }, { c, sizeof c - 1 } };
	struct iovec rv[3] = { { r1, sizeof r1 }, { r2, sizeof r2 },
			       { r3, sizeof r3 } };
	struct iovec bad[2] = { { a, 5 }, { (void *)1, 4 } };
	struct iovec many[40];
	loff_t off_in, off_out;
	off_t off;
	int m1, m2, dn, i;

	for (i = 0; i < 40; i++) {
		many[i].iov_base = a;
		many[i].iov_len = 1;
	}
	m1 = syscall(SYS_memfd_create, "m1", 0);
	m2 = syscall(SYS_memfd_create, "m2", MFD_CLOEXEC);
	dn = open("/dev/null", O_RDWR);

	syscall(SYS_writev, m1, wv, 3);
	syscall(SYS_writev, m1, wv, 0);
	syscall(SYS_writev, m1, NULL, 2);
	syscall(SYS_writev, m1, (void *)1, 2);
	syscall(SYS_writev, m1, bad, 2);
	syscall(SYS_writev, -1, wv, 2);
	syscall(SYS_writev, dn, many, 40);
	syscall(SYS_writev, m1, (void *)1, 1025);
	syscall(SYS_writev, m1, wv, (unsigned long)-1);
	syscall(SYS_lseek, m1, 0, SEEK_SET);
	syscall(SYS_readv, m1, rv, 3);
	syscall(SYS_readv, m1, rv, 3);
	syscall(SYS_readv, m1, rv, 3);
	syscall(SYS_readv, -1, rv, 3);
	syscall(SYS_readv, m1, NULL, 3);
	syscall(SYS_preadv, m1, rv, 2, 3);
	syscall(SYS_preadv, m1, rv, 3, 1000);
	syscall(SYS_pwritev, m1, wv, 2, 100);
	syscall(SYS_pwritev, m1, wv, 2, (long)-1);
	syscall(SYS_preadv2, m1, rv, 2, 0, 0, RWF_HIPRI);
	syscall(SYS_preadv2, m1, rv, 2, (long)-1, 0, 0);
	syscall(SYS_pwritev2, m1, wv, 1, 10, 0, RWF_DSYNC | RWF_SYNC);
	syscall(SYS_pwritev2, m1, wv, 1, 10, 0, 0x100);
	syscall(SYS_pwritev2, m1, wv, 1, 10, 0, RWF_APPEND | RWF_NOWAIT);

	off = 2;
	syscall(SYS_sendfile, dn, m1, &off, 10);
	syscall(SYS_sendfile, dn, m1, NULL, 5);
	syscall(SYS_sendfile, dn, m1, (void *)1, 5);
	syscall(SYS_sendfile, -1, m1, NULL, 5);
	off_in = 0;
	off_out = 4;
	syscall(SYS_copy_file_range, m1, &off_in, m2, &off_out, 20, 0);
	syscall(SYS_copy_file_range, m1, NULL, m2, NULL, 20, 0);
	syscall(SYS_copy_file_range, m1, NULL, m2, &off_out, 1, 1);
	syscall(SYS_copy_file_range, -1, (void *)1, m2, NULL, 1, 0);
	return 0;
}
