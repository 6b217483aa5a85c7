/* io_uring sweep: what misc2_uring leaves out.  Setup parameters with
 * every flag, reserved words and unknown bits, unreadable and partly
 * readable; enter with every flag, unknown bits, extended arguments that
 * are partly readable or carry a signal mask; register with opcodes past
 * the known ones and with the flag bit on known ones. */
#include <linux/io_uring.h>
#include <linux/time_types.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *guard;

static void *at_end(const void *p, size_t part)
{
	memcpy(guard - part, p, part);
	return guard - part;
}

static void setup(void)
{
	struct io_uring_params up;

	memset(&up, 0, sizeof(up));
	up.flags = 0xffffffffu;
	up.sq_entries = 5;
	up.cq_entries = 6;
	up.sq_thread_cpu = 7;
	up.sq_thread_idle = 8;
	up.features = 0xffffffffu;
	up.wq_fd = 3;
	up.resv[0] = 1;
	up.resv[2] = 2;
	syscall(SYS_io_uring_setup, 1, &up);
	memset(&up, 0, sizeof(up));
	up.resv[1] = 9;
	syscall(SYS_io_uring_setup, 1, &up);
	memset(&up, 0, sizeof(up));
	up.sq_off.resv1 = 3;
	up.cq_off.resv2 = 4;
	syscall(SYS_io_uring_setup, 1, &up);
	memset(&up, 0, sizeof(up));
	up.sq_off.resv2 = 0x500000000ULL;
	up.cq_off.resv1 = 6;
	syscall(SYS_io_uring_setup, 1, &up);
	memset(&up, 0, sizeof(up));
	up.flags = IORING_SETUP_IOPOLL | IORING_SETUP_SQPOLL |
		   IORING_SETUP_SQ_AFF | IORING_SETUP_R_DISABLED |
		   IORING_SETUP_SUBMIT_ALL | IORING_SETUP_COOP_TASKRUN |
		   IORING_SETUP_TASKRUN_FLAG | IORING_SETUP_SQE128 |
		   IORING_SETUP_CQE32;
	syscall(SYS_io_uring_setup, 0x80000000u, &up);
	syscall(SYS_io_uring_setup, 1, at_end(&up, 40));
	syscall(SYS_io_uring_setup, 1, guard);
	syscall(SYS_io_uring_setup, -1, NULL);
}

static void enter(long ring)
{
	struct io_uring_getevents_arg ga;
	struct __kernel_timespec ts = {1, 2};
	sigset_t ss;

	sigemptyset(&ss);
	sigaddset(&ss, SIGINT);
	sigaddset(&ss, SIGRTMIN + 1);
	syscall(SYS_io_uring_enter, ring, 0, 0, 0xffffffffu, NULL, 0);
	syscall(SYS_io_uring_enter, ring, 0, 0,
		IORING_ENTER_SQ_WAKEUP | IORING_ENTER_SQ_WAIT, &ss, 8);
	syscall(SYS_io_uring_enter, ring, 0, 0, 0, &ss, 128);
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_GETEVENTS,
		guard - 4, 8);
	memset(&ga, 0, sizeof(ga));
	ga.sigmask = (unsigned long)&ss;
	ga.sigmask_sz = 8;
	ga.pad = 5;
	ga.ts = (unsigned long)&ts;
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_EXT_ARG, &ga,
		sizeof(ga));
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_EXT_ARG,
		at_end(&ga, 16), sizeof(ga));
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_EXT_ARG, &ga,
		sizeof(ga) + 8);
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_EXT_ARG, guard,
		sizeof(ga));
	syscall(SYS_io_uring_enter, ring, 0xffffffffu, 0xffffffffu,
		IORING_ENTER_GETEVENTS, NULL, 0);
}

static void reg(long ring)
{
	syscall(SYS_io_uring_register, ring, 26, NULL, 0);
	syscall(SYS_io_uring_register, ring, 27, (void *)1, 3);
	syscall(SYS_io_uring_register, ring, 0x7fffffff, (void *)1, 3);
	syscall(SYS_io_uring_register, ring,
		0x80000000u | IORING_REGISTER_PROBE,
		NULL, 0);
	syscall(SYS_io_uring_register, -1, IORING_REGISTER_BUFFERS, guard,
		1);
	syscall(SYS_io_uring_register, ring, IORING_REGISTER_FILES, NULL,
		0xffffffffu);
}

int main(void)
{
	struct io_uring_params up;
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long ring;

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	memset(&up, 0, sizeof(up));
	ring = syscall(SYS_io_uring_setup, 2, &up);
	setup();
	enter(ring);
	reg(ring);
	return 0;
}
