/* ioctl_block: block device requests (<linux/fs.h>, <linux/blkpg.h>,
 * <linux/blktrace_api.h>): the ranges of BLKDISCARD and friends, BLKPG
 * with its partition, BLKTRACESETUP, and the numbers (BLKGETSIZE64,
 * BLKSSZGET, BLKRASET ...) on fd -1 and on a temp file; valid, NULL,
 * unmapped and page-straddling arguments. */
#include <fcntl.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/fs.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *tail;

static void calls(int fd, unsigned long code, void *arg, size_t size)
{
	syscall(SYS_ioctl, fd, code, arg);
	syscall(SYS_ioctl, fd, code, NULL);
	syscall(SYS_ioctl, fd, code, tail);
	memcpy(tail - size / 2, arg, size / 2);
	syscall(SYS_ioctl, fd, code, tail - size / 2);
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t range[2] = {4096, 1 << 20};
	struct blkpg_partition part = {
		.start = 1 << 20,
		.length = 1 << 30,
		.pno = 2,
		.devname = "sda2",
		.volname = "data",
	};
	struct blkpg_ioctl_arg pg = {
		.op = BLKPG_ADD_PARTITION,
		.flags = 0,
		.datalen = sizeof(part),
		.data = &part,
	};
	struct blk_user_trace_setup bt = {
		.name = "trace0",
		.act_mask = 0xffff,
		.buf_size = 4096,
		.buf_nr = 4,
		.start_lba = 0,
		.end_lba = 1000,
		.pid = 1,
	};
	uint64_t size64 = 0;
	int n = 0, fd;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;
	fd = open("ioctl_block.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);

	calls(-1, BLKDISCARD, range, sizeof(range));
	calls(-1, BLKSECDISCARD, range, sizeof(range));
	calls(-1, BLKZEROOUT, range, sizeof(range));
	calls(-1, BLKPG, &pg, sizeof(pg));
	pg.op = BLKPG_DEL_PARTITION;
	syscall(SYS_ioctl, -1, BLKPG, &pg);
	pg.op = BLKPG_RESIZE_PARTITION;
	pg.datalen = 1;
	syscall(SYS_ioctl, -1, BLKPG, &pg);
	memset(part.volname, 'v', sizeof(part.volname));
	pg.op = 7;
	syscall(SYS_ioctl, -1, BLKPG, &pg);
	pg.op = BLKPG_ADD_PARTITION;
	pg.data = tail;
	syscall(SYS_ioctl, -1, BLKPG, &pg);
	pg.data = NULL;
	syscall(SYS_ioctl, -1, BLKPG, &pg);
	calls(-1, BLKTRACESETUP, &bt, sizeof(bt));
	memset(bt.name, 'x', sizeof(bt.name));
	syscall(SYS_ioctl, -1, BLKTRACESETUP, &bt);
	calls(-1, BLKGETSIZE64, &size64, sizeof(size64));
	calls(-1, BLKSSZGET, &n, sizeof(n));
	calls(-1, BLKROSET, &n, sizeof(n));
	syscall(SYS_ioctl, -1, BLKRASET, 256UL);
	syscall(SYS_ioctl, -1, BLKFRASET, -1UL);
	syscall(SYS_ioctl, -1, BLKRRPART, 0);
	syscall(SYS_ioctl, -1, BLKFLSBUF, 0);
	syscall(SYS_ioctl, -1, BLKGETSIZE, &size64);
	syscall(SYS_ioctl, -1, BLKTRACESTOP, 0);
	if (fd >= 0) {
		syscall(SYS_ioctl, fd, BLKGETSIZE64, &size64);
		syscall(SYS_ioctl, fd, BLKSSZGET, &n);
		close(fd);
		unlink("ioctl_block.tmp");
	}
	return 0;
}
