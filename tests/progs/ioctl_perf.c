/* ioctl_perf: perf event requests on fd -1 (<linux/perf_event.h>):
 * ENABLE/DISABLE/RESET flags, REFRESH, PERIOD, SET_OUTPUT and SET_BPF
 * descriptors, SET_FILTER strings, ID, PAUSE_OUTPUT and QUERY_BPF, with
 * NULL, unmapped and page-straddling pointers. */
#include <linux/perf_event.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *tail;

static void calls(unsigned long code, void *arg, size_t size)
{
	syscall(SYS_ioctl, -1, code, arg);
	syscall(SYS_ioctl, -1, code, NULL);
	syscall(SYS_ioctl, -1, code, tail);
	memcpy(tail - size / 2, arg, size / 2);
	syscall(SYS_ioctl, -1, code, tail - size / 2);
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct {
		struct perf_event_query_bpf q;
		uint32_t ids[40];
	} b = {{2, 3}, {10, 11, 12, 13}};
	uint64_t period = 100000, id = 0;
	char longf[64];

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;
	memset(longf, 'f', sizeof(longf) - 1);
	longf[sizeof(longf) - 1] = '\0';

	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_DISABLE, 0);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_RESET, 6);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_REFRESH, 3);
	calls(PERF_EVENT_IOC_PERIOD, &period, sizeof(period));
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_OUTPUT, 0);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_OUTPUT, -1);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_BPF, 1);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, "common_pid == 1");
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, longf);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, NULL);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, tail);
	calls(PERF_EVENT_IOC_ID, &id, sizeof(id));
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_PAUSE_OUTPUT, 1);
	calls(PERF_EVENT_IOC_QUERY_BPF, &b, sizeof(b.q));
	b.q.ids_len = 5;
	b.q.prog_cnt = 2;
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_QUERY_BPF, &b);
	b.q.ids_len = 40;
	b.q.prog_cnt = 40;
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_QUERY_BPF, &b);
	b.q.prog_cnt = 0;
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_QUERY_BPF, &b);
	syscall(SYS_ioctl, -1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, NULL);
	return 0;
}
