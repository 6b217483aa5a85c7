/* io_uring_setup, io_uring_enter and io_uring_register with every opcode
 * strace decodes and its argument structure: valid, NULL, unreadable and
 * partly readable (a guard page) arguments, reserved fields and unknown
 * values.  All on a ring of the process's own. */
#include <linux/io_uring.h>
#include <linux/time_types.h>
#include <signal.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define R(op, arg, nr) syscall(SYS_io_uring_register, ring, op, arg, nr)

static char *guard;
static long ring;

/* a copy of size bytes of p ending at the guard page, cut to part bytes */
static void *at_end(const void *p, size_t size, size_t part)
{
	char *q = guard - part;

	memcpy(q, p, part);
	(void)size;
	return q;
}

static void probe(void)
{
	union {
		struct io_uring_probe p;
		char b[1024];
	} pr;

	memset(&pr, 0, sizeof(pr));
	R(IORING_REGISTER_PROBE, &pr, 64);
	memset(&pr, 0, sizeof(pr));
	R(IORING_REGISTER_PROBE, &pr, 0);
	memset(&pr, 0, sizeof(pr));
	pr.p.resv = 1;
	R(IORING_REGISTER_PROBE, &pr, 2);
	R(IORING_REGISTER_PROBE, NULL, 2);
	R(IORING_REGISTER_PROBE, guard - 8, 2);
	/* an empty probe on a bad ring; one that asks for something */
	memset(&pr, 0, sizeof(pr));
	syscall(SYS_io_uring_register, -1, IORING_REGISTER_PROBE, &pr, 3);
	pr.p.ops[1].flags = 1;
	syscall(SYS_io_uring_register, -1, IORING_REGISTER_PROBE, &pr, 3);
	memset(&pr, 0, sizeof(pr));
	pr.p.ops_len = 5;
	pr.p.last_op = 200;
	pr.p.resv2[2] = 1;
	pr.p.ops[0].resv = 2;
	pr.p.ops[0].flags = 6;
	pr.p.ops[0].resv2 = 3;
	syscall(SYS_io_uring_register, -1, IORING_REGISTER_PROBE, &pr, 1);
	R(IORING_REGISTER_PROBE, &pr, 2);
}

static void restrictions(void)
{
	struct io_uring_restriction res[6];

	memset(res, 0, sizeof(res));
	res[0].opcode = IORING_RESTRICTION_REGISTER_OP;
	res[0].register_op = 3;
	res[1].opcode = IORING_RESTRICTION_SQE_OP;
	res[1].sqe_op = 2;
	res[2].opcode = IORING_RESTRICTION_SQE_FLAGS_ALLOWED;
	res[2].sqe_flags = 0x41;
	res[3].opcode = IORING_RESTRICTION_SQE_FLAGS_REQUIRED;
	res[3].sqe_flags = 0x80;
	res[3].resv = 2;
	res[4].opcode = 9;
	res[4].sqe_op = 7;
	res[5].opcode = IORING_RESTRICTION_SQE_OP;
	res[5].sqe_op = 200;
	res[5].resv2[1] = 3;
	R(IORING_REGISTER_RESTRICTIONS, res, 6);
	R(IORING_REGISTER_RESTRICTIONS, NULL, 1);
	R(IORING_REGISTER_RESTRICTIONS, guard - 16, 2);
}

static void rsrc(int *fds, struct iovec *iov)
{
	struct io_uring_rsrc_register rr = {2, 0, 0, (unsigned long)fds, 0};
	struct io_uring_rsrc_register rb = {2, 0, 0, (unsigned long)iov, 0};
	struct io_uring_rsrc_update2 ru = {0, 0, (unsigned long)fds, 0, 2, 0};
	struct io_uring_rsrc_update2 ub = {0, 0, (unsigned long)iov, 0, 2, 0};
	unsigned long long tags[2] = {7, 8};

	R(IORING_REGISTER_FILES2, &rr, sizeof(rr));
	R(IORING_REGISTER_FILES_UPDATE2, &ru, sizeof(ru));
	R(IORING_UNREGISTER_FILES, NULL, 0);
	rr.tags = (unsigned long)tags;
	rr.flags = IORING_RSRC_REGISTER_SPARSE | 4;
	rr.resv2 = 9;
	R(IORING_REGISTER_FILES2, &rr, sizeof(rr));
	R(IORING_REGISTER_FILES2, &rr, 16);
	R(IORING_REGISTER_FILES2, NULL, sizeof(rr));
	R(IORING_REGISTER_FILES2, at_end(&rr, sizeof(rr), 16), sizeof(rr));
	R(IORING_REGISTER_BUFFERS2, &rb, sizeof(rb));
	R(IORING_REGISTER_BUFFERS_UPDATE, &ub, sizeof(ub));
	R(IORING_UNREGISTER_BUFFERS, NULL, 0);
	ub.tags = (unsigned long)tags;
	ub.resv = 1;
	ub.resv2 = 2;
	R(IORING_REGISTER_BUFFERS_UPDATE, &ub, sizeof(ub));
	R(IORING_REGISTER_BUFFERS_UPDATE, &ub, sizeof(ub) + 8);
	R(IORING_REGISTER_FILES_UPDATE2, at_end(&ru, sizeof(ru), 20),
	  sizeof(ru));
}

int main(void)
{
	struct io_uring_params up;
	char buf[64] = "0123456789abcdef";
	struct iovec iov[2] = {{buf, 8}, {buf + 8, 8}};
	int fds[3] = {0, 1, -1};
	struct io_uring_files_update fu = {1, 0, (unsigned long)fds};
	struct io_uring_rsrc_update ringfds[2] = {{0xffffffff, 0, 3},
						  {5, 1, 4}};
	/* a ring address never page aligned: the register fails alike */
	struct io_uring_buf_reg br = {0x1001, 8, 3, 0, {0, 0, 0}};
	unsigned int wk[3] = {0, 0, 0};
	unsigned long cpus[2] = {1, 2};
	sigset_t ss;
	struct __kernel_timespec ts = {0, 1000};
	struct io_uring_getevents_arg ga;
	int efd;
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	efd = eventfd(0, 0);
	memset(&up, 0, sizeof(up));
	ring = syscall(SYS_io_uring_setup, 4, &up);
	memset(&up, 0, sizeof(up));
	up.flags = IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP |
		   IORING_SETUP_ATTACH_WQ;
	up.cq_entries = 16;
	up.wq_fd = ring;
	close(syscall(SYS_io_uring_setup, 2, &up));
	memset(&up, 0, sizeof(up));
	up.flags = 1u << 20;
	up.sq_thread_cpu = 3;
	up.sq_thread_idle = 100;
	syscall(SYS_io_uring_setup, 2, &up);
	syscall(SYS_io_uring_setup, 2, at_end(&up, sizeof(up), 100));
	syscall(SYS_io_uring_setup, 0, NULL);

	R(IORING_REGISTER_BUFFERS, iov, 2);
	R(IORING_UNREGISTER_BUFFERS, NULL, 0);
	R(IORING_REGISTER_BUFFERS, NULL, 2);
	R(IORING_REGISTER_FILES, fds, 2);
	R(IORING_REGISTER_FILES_UPDATE, &fu, 1);
	fu.resv = 3;
	R(IORING_REGISTER_FILES_UPDATE, &fu, 2);
	R(IORING_REGISTER_FILES_UPDATE, NULL, 2);
	R(IORING_REGISTER_FILES_UPDATE, at_end(&fu, sizeof(fu), 8), 1);
	R(IORING_UNREGISTER_FILES, NULL, 0);
	R(IORING_REGISTER_FILES, guard - 4, 2);
	R(IORING_REGISTER_EVENTFD, &efd, 1);
	R(IORING_UNREGISTER_EVENTFD, NULL, 0);
	R(IORING_REGISTER_EVENTFD_ASYNC, &efd, 1);
	R(IORING_UNREGISTER_EVENTFD, NULL, 0);
	R(IORING_REGISTER_EVENTFD, NULL, 1);
	R(IORING_REGISTER_EVENTFD, fds, 2);
	probe();
	R(IORING_REGISTER_PERSONALITY, NULL, 0);
	R(IORING_UNREGISTER_PERSONALITY, NULL, 1);
	R(IORING_UNREGISTER_PERSONALITY, (void *)1, 77);
	restrictions();
	R(IORING_REGISTER_ENABLE_RINGS, NULL, 0);
	rsrc(fds, iov);
	R(IORING_REGISTER_IOWQ_AFF, cpus, 8);
	R(IORING_UNREGISTER_IOWQ_AFF, NULL, 0);
	R(IORING_REGISTER_IOWQ_AFF, cpus, 16);
	R(IORING_REGISTER_IOWQ_AFF, NULL, 8);
	R(IORING_REGISTER_IOWQ_MAX_WORKERS, wk, 2);
	R(IORING_REGISTER_IOWQ_MAX_WORKERS, wk, 3);
	R(IORING_REGISTER_IOWQ_MAX_WORKERS, NULL, 2);
	R(IORING_REGISTER_IOWQ_MAX_WORKERS, guard - 4, 2);
	R(IORING_REGISTER_RING_FDS, ringfds, 2);
	R(IORING_UNREGISTER_RING_FDS, ringfds, 2);
	R(IORING_REGISTER_RING_FDS, NULL, 2);
	R(IORING_REGISTER_PBUF_RING, &br, 1);
	R(IORING_UNREGISTER_PBUF_RING, &br, 1);
	br.pad = 1;
	br.resv[1] = 5;
	R(IORING_REGISTER_PBUF_RING, &br, 1);
	R(IORING_REGISTER_PBUF_RING, NULL, 1);
	R(IORING_REGISTER_PBUF_RING, at_end(&br, sizeof(br), 16), 1);
	R(24, NULL, 0);
	R(25, NULL, 0);
	R(0x80000000 | 5, NULL, 0);

	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR2);
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_GETEVENTS, &ss, 8);
	syscall(SYS_io_uring_enter, ring, 0, 0, 0x40, &ss, 4);
	syscall(SYS_io_uring_enter, ring, 1, 1, IORING_ENTER_EXT_ARG, NULL, 24);
	memset(&ga, 0, sizeof(ga));
	ga.sigmask_sz = 8;
	ga.ts = (unsigned long)&ts;
	syscall(SYS_io_uring_enter, ring, 0, 0,
		IORING_ENTER_EXT_ARG | IORING_ENTER_GETEVENTS, &ga, sizeof(ga));
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_EXT_ARG, &ga, 8);
	syscall(SYS_io_uring_enter, -1, 1, 0, IORING_ENTER_REGISTERED_RING,
		(void *)1, 8);
	return 0;
}
