/* Scheduler syscalls: affinity masks, policies and parameters, priority
 * ranges, yield, attributes.  Bad pointers and odd sizes too. */
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct sched_attr_k {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

int main(void)
{
	cpu_set_t set;
	unsigned long big[32];
	struct sched_param sp;
	struct sched_attr_k attr;

	sched_yield();

	CPU_ZERO(&set);
	CPU_SET(0, &set);
	syscall(SYS_sched_setaffinity, 0, sizeof(set), &set);
	syscall(SYS_sched_getaffinity, 0, sizeof(set), &set);
	syscall(SYS_sched_getaffinity, 0, 8, &set);
	syscall(SYS_sched_getaffinity, 0, 3, &set);
	syscall(SYS_sched_getaffinity, 0, 8, NULL);
	syscall(SYS_sched_getaffinity, 0, 8, (void *)1);
	syscall(SYS_sched_getaffinity, -1, 8, &set);
	CPU_SET(1, &set);
	CPU_SET(2, &set);
	CPU_SET(63, &set);
	syscall(SYS_sched_setaffinity, 0, 8, &set);
	memset(big, 0, sizeof(big));
	big[0] = 1;
	big[20] = 0x10;
	syscall(SYS_sched_setaffinity, 0, sizeof(big), big);
	syscall(SYS_sched_setaffinity, 0, 8, NULL);
	syscall(SYS_sched_setaffinity, 0, 0, &set);

	syscall(SYS_sched_getscheduler, 0);
	syscall(SYS_sched_getscheduler, -1);
	syscall(SYS_sched_getparam, 0, &sp);
	syscall(SYS_sched_getparam, 0, NULL);
	sp.sched_priority = 0;
	syscall(SYS_sched_setparam, 0, &sp);
	syscall(SYS_sched_setparam, 0, (void *)1);
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	syscall(SYS_sched_setscheduler, 0, SCHED_BATCH | SCHED_RESET_ON_FORK,
		&sp);
	sp.sched_priority = 5;
	syscall(SYS_sched_setscheduler, 0, SCHED_FIFO, &sp);
	syscall(SYS_sched_setscheduler, 0, 99, &sp);
	syscall(SYS_sched_setscheduler, 0, SCHED_IDLE, NULL);
	sp.sched_priority = 0;
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	syscall(SYS_sched_get_priority_max, SCHED_FIFO);
	syscall(SYS_sched_get_priority_min, SCHED_RR);
	syscall(SYS_sched_get_priority_max, SCHED_DEADLINE);
	syscall(SYS_sched_get_priority_min, 1234);
	syscall(SYS_sched_rr_get_interval, 0, NULL);
	syscall(SYS_sched_rr_get_interval, -1, (void *)1);

	memset(&attr, 0, sizeof(attr));
	syscall(SYS_sched_getattr, 0, &attr, sizeof(attr), 0);
	syscall(SYS_sched_getattr, 0, &attr, 8, 0);
	syscall(SYS_sched_getattr, 0, NULL, sizeof(attr), 0);
	syscall(SYS_sched_getattr, 0, &attr, sizeof(attr), 1);
	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.policy = SCHED_OTHER;
	attr.nice = 0;
	syscall(SYS_sched_setattr, 0, &attr, 0);
	attr.flags = 0x1 | 0x80;
	attr.policy = SCHED_DEADLINE;
	attr.runtime = 1000000;
	attr.deadline = 2000000;
	attr.period = 3000000;
	syscall(SYS_sched_setattr, 0, &attr, 0);
	syscall(SYS_sched_setattr, 0, NULL, 0);
	syscall(SYS_sched_setattr, 0, &attr, 5);
	return 0;
}
