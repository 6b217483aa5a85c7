/* syslog, reboot, seccomp, bpf, perf_event_open, add_key, keyctl and
 * io_uring, each called so that it fails or changes nothing: bad magic
 * numbers, NULL attributes, unknown commands, bad descriptors. */
#include <linux/perf_event.h>
#include <linux/reboot.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	uint32_t action = SECCOMP_RET_ALLOW;
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
	syscall(SYS_add_key, "user", "desc", "payload", 7, 12345);
	syscall(SYS_add_key, "user", NULL, NULL, 0, -8);
	syscall(SYS_keyctl, 0, 12345, 0, 0, 0);
	syscall(SYS_keyctl, 999, 1, 2, 3, 4);
	syscall(SYS_io_uring_setup, 4, NULL);
	syscall(SYS_io_uring_enter, -1, 1, 0, 1, NULL, 8);
	syscall(SYS_io_uring_enter, -1, 1, 0, 0x80, NULL, 8);
	syscall(SYS_io_uring_register, -1, 0, NULL, 0);
	syscall(SYS_io_uring_register, -1, 999, NULL, 0);
	return 0;
}
