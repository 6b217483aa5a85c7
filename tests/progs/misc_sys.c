/* syslog, reboot, seccomp, bpf, perf_event_open, add_key, keyctl and
 * io_uring, each called so that it fails or changes nothing: bad magic
 * numbers, NULL attributes, unknown commands, bad descriptors. */
#include <linux/io_uring.h>
#include <linux/perf_event.h>
#include <linux/reboot.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	uint32_t action = SECCOMP_RET_ALLOW;
	struct perf_event_attr pa;
	struct io_uring_params up;
	long ring;
	char buf[16];

	syscall(SYS_syslog, 10, NULL, 0);
	syscall(SYS_syslog, 0, NULL, 0);
	syscall(SYS_syslog, 3, buf, 0);
	syscall(SYS_syslog, 99, NULL, 0);
	syscall(SYS_reboot, 0, 0, 0, NULL);
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, 0x1234,
		NULL);
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 0x42, LINUX_REBOOT_CMD_HALT,
		NULL);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 1, NULL);
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, (void *)1);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0xff, NULL);
	syscall(SYS_seccomp, 99, 0, NULL);
	syscall(SYS_bpf, 5, NULL, 0);
	syscall(SYS_bpf, 999, NULL, 16);
	syscall(SYS_perf_event_open, NULL, -1, 0, -1, PERF_FLAG_FD_CLOEXEC);
	syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0x30);
	/* attributes the kernel rejects: a pid that does not exist, an
	 * unknown type, a size it rewrites, a bad cache config */
	memset(&pa, 0, sizeof(pa));
	pa.type = PERF_TYPE_HARDWARE;
	pa.size = PERF_ATTR_SIZE_VER0;
	pa.config = PERF_COUNT_HW_INSTRUCTIONS;
	pa.freq = 1;
	pa.sample_freq = 99;
	pa.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
	pa.read_format = PERF_FORMAT_ID;
	pa.precise_ip = 2;
	pa.disabled = 1;
	syscall(SYS_perf_event_open, &pa, 0x7ffffff0, -1, -1, 0);
	pa.type = 99;
	pa.size = 1234;
	syscall(SYS_perf_event_open, &pa, -1, 0, -1, 0);
	pa.type = PERF_TYPE_HW_CACHE;
	pa.size = 0;
	pa.config = 0x1ff09;
	syscall(SYS_perf_event_open, &pa, -1, 0, -1, 0);
	pa.type = PERF_TYPE_SOFTWARE;
	pa.config = 99;
	pa.freq = 0;
	pa.sample_period = 5;
	pa.sample_type = 1ULL << 40;
	pa.read_format = 0x100;
	syscall(SYS_perf_event_open, &pa, -1, 0, -1, 0);
	syscall(SYS_perf_event_open, (void *)1, -1, 0, -1, 0);
	syscall(SYS_add_key, "user", "desc", "payload", 7, 12345);
	syscall(SYS_add_key, "user", NULL, NULL, 0, -8);
	syscall(SYS_keyctl, 0, 12345, 0, 0, 0);
	syscall(SYS_keyctl, 999, 1, 2, 3, 4);
	syscall(SYS_io_uring_setup, 4, NULL);
	memset(&up, 0, sizeof(up));
	ring = syscall(SYS_io_uring_setup, 4, &up);
	memset(&up, 0, sizeof(up));
	up.flags = IORING_SETUP_SQPOLL | 0x80000000;
	syscall(SYS_io_uring_setup, 4, &up);
	memset(&up, 0, sizeof(up));
	up.resv[1] = 5;
	syscall(SYS_io_uring_setup, 4, &up);
	syscall(SYS_io_uring_setup, 4, (void *)1);
	syscall(SYS_io_uring_enter, ring, 0, 0, IORING_ENTER_GETEVENTS, NULL,
		0);
	syscall(SYS_io_uring_enter, -1, 1, 0, 1, NULL, 8);
	syscall(SYS_io_uring_enter, -1, 1, 0, 0x80, NULL, 8);
	syscall(SYS_io_uring_register, -1, 0, NULL, 0);
	syscall(SYS_io_uring_register, -1, 999, NULL, 0);
	return 0;
}
