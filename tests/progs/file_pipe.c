/* file_pipe: pipe, pipe2, read/write through a pipe, splice between a
 * pipe and a memfd, tee between two pipes.  Pipe inode numbers change on
 * every run, so this program is not meant for -y. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	int p[2], q[2], mfd;
	char buf[64];
	off_t off;

	mfd = syscall(SYS_memfd_create, "sp", 0);
	syscall(SYS_pipe, p);
	syscall(SYS_pipe, NULL);
	syscall(SYS_pipe2, q, O_CLOEXEC | O_NONBLOCK);
	syscall(SYS_pipe2, q, 0x1);
	syscall(SYS_pipe2, (void *)1, 0);

	syscall(SYS_write, p[1], "through the pipe", 16);
	syscall(SYS_tee, p[0], q[1], 100, SPLICE_F_NONBLOCK);
	syscall(SYS_tee, p[0], p[1], 100, 0x80);
	syscall(SYS_read, q[0], buf, sizeof buf);
	syscall(SYS_read, q[0], buf, sizeof buf);
	syscall(SYS_splice, p[0], NULL, mfd, NULL, 8, SPLICE_F_MOVE);
	off = 100;
	syscall(SYS_splice, p[0], NULL, mfd, &off, 8,
		SPLICE_F_MORE | SPLICE_F_GIFT);
	off = 0;
	syscall(SYS_splice, mfd, &off, q[1], NULL, 4, 0);
	syscall(SYS_splice, mfd, (void *)1, q[1], NULL, 4, 0x40);
	syscall(SYS_splice, -1, NULL, q[1], NULL, 4, 0);
	syscall(SYS_read, q[0], buf, sizeof buf);
	syscall(SYS_close, p[1]);
	syscall(SYS_read, p[0], buf, sizeof buf);
	return 0;
}
