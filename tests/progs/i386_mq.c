/* i386_mq: POSIX message queues of a 32-bit process: struct mq_attr of
 * 32-bit longs, the old and the time64 timespec. */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_mq_timedsend_time64
#define SYS_mq_timedsend_time64 418
#define SYS_mq_timedreceive_time64 419
#endif

/* struct sigevent of 32-bit words: a signal, a thread id, a thread
 * function, none, an unknown notification, cut short, unreadable */
static void notify(int q, char *end)
{
	uint32_t sig[5] = { 7, 10, 0, 0, 0 }, tid[5] = { 0, 12, 4, 1234, 0 };
	uint32_t thr[5] = { 1, 0, 2, 0x1000, 0x2000 }, none[5] = { 0, 0, 1 };
	uint32_t odd[5] = { 0, 99, 77 };

	syscall(SYS_mq_notify, q, sig);
	syscall(SYS_mq_notify, q, NULL);
	syscall(SYS_mq_notify, q, tid);
	syscall(SYS_mq_notify, q, thr);
	syscall(SYS_mq_notify, q, none);
	syscall(SYS_mq_notify, q, odd);
	memcpy(end - 16, sig, 16);
	syscall(SYS_mq_notify, q, end - 16);
	syscall(SYS_mq_notify, q, (void *)1);
	syscall(SYS_mq_notify, -1, NULL);
}

int main(void)
{
	int32_t attr[8] = { 0, 4, 16, 0 }, out[8];
	struct { int32_t sec, nsec; } ts32 = { 1, 5 };
	struct { int64_t sec, nsec; } ts64 = { 2, 6 };
	char buf[16];
	unsigned int prio;
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int32_t *edge = (int32_t *)(page + 4096 - 16);
	const char *name = "i386b.mq";
	int q;

	mprotect(page + 4096, 4096, PROT_NONE);
	syscall(SYS_mq_unlink, name);
	q = syscall(SYS_mq_open, name, O_RDWR | O_CREAT | O_EXCL, 0600, attr);
	syscall(SYS_mq_open, name, O_RDWR, 0, NULL);
	syscall(SYS_mq_open, "i386b.mq2", O_RDWR | O_CREAT, 0600, (void *)1);
	syscall(SYS_mq_open, "i386b.mq2", O_RDWR | O_CREAT, 0600, edge);
	syscall(SYS_mq_open, NULL, O_RDONLY, 0, NULL);
	syscall(SYS_mq_timedsend, q, "hello", 5, 3, &ts32);
	syscall(SYS_mq_timedsend_time64, q, "world!", 6, 1, &ts64);
	syscall(SYS_mq_timedsend, q, "x", 1, 0, (void *)1);
	syscall(SYS_mq_getsetattr, q, NULL, out);
	attr[0] = O_NONBLOCK;
	syscall(SYS_mq_getsetattr, q, attr, out);
	syscall(SYS_mq_getsetattr, q, edge, (void *)1);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, &ts32);
	syscall(SYS_mq_timedreceive_time64, q, buf, sizeof(buf), &prio, &ts64);
	syscall(SYS_mq_timedreceive_time64, q, buf, sizeof(buf), &prio, NULL);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), NULL, (void *)1);
	syscall(SYS_mq_timedsend_time64, -1, "ab", 2, 0, NULL);
	notify(q, page + 4096);
	syscall(SYS_mq_unlink, name);
	syscall(SYS_mq_unlink, (void *)1);
	return 0;
}
