/* AIO: io_setup, io_submit with every kind of iocb, io_getevents,
 * io_pgetevents, io_cancel and io_destroy, with NULL, unreadable and
 * partly readable pointers (a guard page), unknown opcodes and flags. */
#include <linux/aio_abi.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define BAD_CTX 0xface1e55deadbeefULL

static struct iocb cb[10];
static struct iocb *cbs[10];

static void fill(int fd, char *buf, struct iovec *iov, char *page)
{
	memset(cb, 0, sizeof(cb));
	for (int i = 0; i < 10; i++) {
		cb[i].aio_fildes = fd;
		cbs[i] = &cb[i];
	}
	cb[0].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[0].aio_buf = (unsigned long)buf;
	cb[0].aio_nbytes = 5;
	cb[0].aio_data = 0x1234;
	cb[1].aio_lio_opcode = IOCB_CMD_PWRITEV;
	cb[1].aio_buf = (unsigned long)iov;
	cb[1].aio_nbytes = 2;
	cb[1].aio_reserved2 = 5;
	cb[2].aio_lio_opcode = IOCB_CMD_PREADV;
	cb[2].aio_buf = (unsigned long)iov;
	cb[2].aio_nbytes = 2;
	cb[2].aio_flags = IOCB_FLAG_IOPRIO | 8;
	cb[2].aio_reqprio = (2 << 13) | 4;
	cb[3].aio_lio_opcode = IOCB_CMD_POLL;
	cb[3].aio_buf = 1 | 0x400;
	cb[4].aio_lio_opcode = IOCB_CMD_NOOP;
	cb[4].aio_key = 5;
	cb[4].aio_buf = 77;
	cb[4].aio_nbytes = 7;
	cb[5].aio_lio_opcode = IOCB_CMD_FDSYNC;
	cb[5].aio_offset = -3;
	cb[5].aio_resfd = 9;
	cb[6].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[6].aio_buf = (unsigned long)page - 2;
	cb[6].aio_nbytes = 10;
	cb[6].aio_rw_flags = 0x100 | 4;
	cb[7].aio_lio_opcode = 9;
	cb[7].aio_buf = 5;
	cb[7].aio_flags = 1;
	cb[7].aio_resfd = -1;
	cb[8].aio_lio_opcode = IOCB_CMD_PREAD;
	cb[8].aio_buf = 0;
	cb[8].aio_nbytes = 100;
	cb[8].aio_offset = -1;
	cb[8].aio_reqprio = -2;
	cb[8].aio_resfd = 0x7f;
	cb[9].aio_lio_opcode = IOCB_CMD_PREAD;
	cb[9].aio_flags = IOCB_FLAG_RESFD | IOCB_FLAG_IOPRIO;
	cb[9].aio_reqprio = (7 << 13) | 1;
	cb[9].aio_resfd = fd;
	cb[9].aio_rw_flags = 0xffffffff;
}

int main(void)
{
	aio_context_t ctx = 0;
	char buf[16] = "hello world";
	struct iovec iov[2] = {{buf, 3}, {buf + 3, 4}};
	struct io_event ev[4];
	struct timespec ts = {0, 1000};
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *guard = page + 4096;
	int fd = open("f", O_RDWR | O_CREAT, 0600);
	sigset_t ss;
	struct {
		const sigset_t *s;
		size_t n;
	} sig = {&ss, 8};

	mprotect(guard, 4096, PROT_NONE);
	fill(fd, buf, iov, guard);
	syscall(SYS_io_setup, 0, &ctx);
	syscall(SYS_io_setup, 2, NULL);
	syscall(SYS_io_setup, 2, (void *)1);
	syscall(SYS_io_setup, 2, &ctx);
	syscall(SYS_io_submit, ctx, 1L, cbs);
	syscall(SYS_io_getevents, ctx, 1L, 2L, ev, &ts);
	syscall(SYS_io_submit, ctx, 10L, cbs);
	syscall(SYS_io_submit, ctx, 0L, cbs);
	syscall(SYS_io_submit, ctx, -1L, cbs);
	syscall(SYS_io_submit, ctx, 1L, NULL);
	syscall(SYS_io_submit, ctx, 2L, guard - 8);
	memcpy(guard - 8, &cbs[1], 8);
	syscall(SYS_io_submit, ctx, 2L, guard - 8);
	memcpy(guard - 40, &cb[0], 40);
	cbs[0] = (void *)(guard - 40);
	syscall(SYS_io_submit, ctx, 1L, cbs);
	memcpy(guard - 64, &cb[9], 64);
	cbs[0] = (void *)(guard - 64);
	syscall(SYS_io_submit, ctx, 1L, cbs);
	syscall(SYS_io_getevents, ctx, 0L, 1L, ev, NULL);
	syscall(SYS_io_getevents, ctx, 0L, 1L, NULL, (void *)1);
	syscall(SYS_io_getevents, ctx, -1L, 1L, ev, NULL);
	syscall(SYS_io_getevents, ctx, 0L, 4L, ev, guard - 8);
	syscall(SYS_io_cancel, ctx, &cb[0], ev);
	syscall(SYS_io_cancel, ctx, &cb[9], ev);
	syscall(SYS_io_cancel, ctx, NULL, NULL);
	syscall(SYS_io_cancel, ctx, guard - 40, ev);
	syscall(SYS_io_cancel, ctx, guard - 8, ev);
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	syscall(SYS_io_pgetevents, ctx, 0L, 1L, ev, &ts, &sig);
	syscall(SYS_io_pgetevents, ctx, 0L, 1L, ev, NULL, NULL);
	sig.n = 4;
	syscall(SYS_io_pgetevents, ctx, 0L, 1L, ev, &ts, &sig);
	sig.s = NULL;
	syscall(SYS_io_pgetevents, ctx, 0L, 1L, ev, &ts, &sig);
	sig.s = (void *)1;
	sig.n = 8;
	syscall(SYS_io_pgetevents, ctx, 0L, 1L, ev, &ts, &sig);
	syscall(SYS_io_pgetevents, ctx, 0L, 1L, ev, &ts, guard - 8);
	syscall(SYS_io_pgetevents, BAD_CTX, 0L, 1L, ev, NULL, (void *)1);
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_destroy, BAD_CTX);
	syscall(SYS_io_getevents, BAD_CTX, 0L, 1L, ev, NULL);
	syscall(SYS_io_cancel, BAD_CTX, (void *)1, ev);
	syscall(SYS_io_submit, BAD_CTX, 1L, cbs);
	return 0;
}
