/* i386_aio: native AIO of a 32-bit process: the context id and iocb
 * pointers of 32 bits, struct iocb and io_event as on x86_64, the old
 * and the time64 timespec, the sigset struct of 32-bit words. */
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef SYS_io_pgetevents_time64
#define SYS_io_pgetevents_time64 416
#endif

static void set(struct iocb *cb, int op, int fd, void *buf, uint64_t n,
		int64_t off)
{
	memset(cb, 0, sizeof(*cb));
	cb->aio_data = 0x1234;
	cb->aio_lio_opcode = op;
	cb->aio_fildes = fd;
	cb->aio_buf = (uintptr_t)buf;
	cb->aio_nbytes = n;
	cb->aio_offset = off;
}

int main(void)
{
	aio_context_t ctx = 0;
	struct iocb cb[4], *list[4] = { &cb[0], &cb[1], &cb[2], &cb[3] };
	struct io_event ev[4];
	char rbuf[8] = "rrrrrrr";
	struct iovec iov[2] = { { "xy", 2 }, { rbuf, 4 } };
	struct { int32_t sec, nsec; } ts32 = { 0, 1000 };
	struct { int64_t sec, nsec; } ts64 = { 10, 2000 };
	uint64_t mask = 1u << (SIGUSR1 - 1);
	uint32_t ss[2] = { (uintptr_t)&mask, 8 };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iocb **edge = (struct iocb **)(page + 4096 - 4);
	int fd = open("aio.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);

	memset(ev, 0, sizeof(ev));
	mprotect(page + 4096, 4096, PROT_NONE);
	*edge = &cb[0];
	syscall(SYS_io_setup, 4, &ctx);
	syscall(SYS_io_setup, 1, NULL);
	syscall(SYS_io_setup, 1, (void *)1);
	set(&cb[0], IOCB_CMD_PWRITE, fd, "hello", 5, 0);
	set(&cb[1], IOCB_CMD_PREAD, fd, rbuf, 4, 1);
	set(&cb[2], IOCB_CMD_PWRITEV, fd, iov, 2, 8);
	set(&cb[3], IOCB_CMD_FSYNC, fd, NULL, 0, 0);
	cb[3].aio_reqprio = 3;
	syscall(SYS_io_submit, ctx, 1, list);
	syscall(SYS_io_getevents, ctx, 1, 4, ev, &ts32);
	syscall(SYS_io_submit, ctx, 2, list + 1);
	syscall(SYS_io_pgetevents, ctx, 2, 4, ev, &ts32, ss);
	syscall(SYS_io_submit, ctx, 1, list + 3);
	syscall(SYS_io_pgetevents_time64, ctx, 1, 4, ev, &ts64, ss);
	syscall(SYS_io_pgetevents_time64, ctx, 0, 4, ev, &ts64, NULL);
	syscall(SYS_io_pgetevents_time64, ctx, 0, 4, ev, (void *)1, (void *)1);
	syscall(SYS_io_pgetevents, ctx, 0, 4, ev, NULL, (void *)1);
	syscall(SYS_io_getevents, ctx, 0, 4, NULL, NULL);
	set(&cb[0], 99, fd, NULL, 0, 0);
	syscall(SYS_io_submit, ctx, 1, list);
	syscall(SYS_io_submit, ctx, 2, edge);
	syscall(SYS_io_submit, ctx, 1, NULL);
	syscall(SYS_io_submit, ctx, -1, list);
	syscall(SYS_io_cancel, ctx, &cb[1], ev);
	syscall(SYS_io_cancel, ctx, (void *)1, NULL);
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_destroy, 0);
	close(fd);
	unlink("aio.dat");
	return 0;
}
