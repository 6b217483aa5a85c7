/* Credentials: the uid/gid families, supplementary groups and
 * capabilities, read and set to the values they already have (so the
 * program runs the same as root or not), plus bad pointers and ids. */
#include <linux/capability.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	unsigned int r, e, s;
	unsigned int groups[64];
	struct __user_cap_header_struct hdr;
	struct __user_cap_data_struct data[2];
	long uid = syscall(SYS_getuid);
	long gid = syscall(SYS_getgid);
	long n;

	syscall(SYS_geteuid);
	syscall(SYS_getegid);
	syscall(SYS_setuid, uid);
	syscall(SYS_setgid, gid);
	syscall(SYS_setreuid, -1, -1);
	syscall(SYS_setregid, -1, gid);
	syscall(SYS_setresuid, -1, uid, -1);
	syscall(SYS_setresgid, gid, -1, -1);
	syscall(SYS_getresuid, &r, &e, &s);
	syscall(SYS_getresgid, &r, &e, &s);
	syscall(SYS_getresuid, NULL, (void *)1, &s);
	syscall(SYS_setfsuid, uid);
	syscall(SYS_setfsgid, -1);
	n = syscall(SYS_getgroups, 0, NULL);
	syscall(SYS_getgroups, 64, groups);
	syscall(SYS_getgroups, -1, groups);
	syscall(SYS_getgroups, 1, (void *)1);
	if (n >= 0 && n <= 64) {
		syscall(SYS_getgroups, n, groups);
		syscall(SYS_setgroups, n, groups);
	}
	syscall(SYS_setgroups, 1, (void *)1);
	syscall(SYS_setgroups, -1, groups);
	syscall(SYS_setuid, 0x7fffffff);

	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	syscall(SYS_capget, &hdr, data);
	syscall(SYS_capset, &hdr, data);
	syscall(SYS_capget, &hdr, NULL);
	hdr.version = 0x12345678;
	syscall(SYS_capget, &hdr, data);
	syscall(SYS_capget, NULL, NULL);
	syscall(SYS_capget, (void *)1, (void *)1);
	hdr.version = _LINUX_CAPABILITY_VERSION_1;
	syscall(SYS_capget, &hdr, data);
	return 0;
}
