/* ioctl_seccomp: seccomp user notification requests on fd -1:
 * SECCOMP_IOCTL_NOTIF_RECV with a zeroed and a dirty struct, _SEND with
 * errno values, _ADDFD with flags, descriptors and open flags, _ID_VALID;
 * NULL, unmapped and page-straddling structs. */
#include <sys/ioctl.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <string.h>
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
	struct seccomp_notif_addfd a = {.id = 0x1234};
	struct seccomp_notif n = {0};
	struct seccomp_notif_resp r = {
		.id = 1,
		.val = -5,
		.error = -1,
		.flags = 3,
	};
	unsigned int nf[] = {
		O_CLOEXEC,	    O_RDWR,	3,
		O_RDWR | O_CLOEXEC, O_NONBLOCK, 0x80000000,
	};
	int32_t errs[] = {0, -1, -22, -4095, -5000, 7};
	uint64_t id = 0xfeedface;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	for (unsigned int i = 0; i < 6; i++) {
		a.newfd_flags = nf[i];
		a.flags = i;
		a.srcfd = i == 3 ? 0 : i - 1; /* not stderr: -yy */
		a.newfd = i;
		syscall(SYS_ioctl, -1, SECCOMP_IOCTL_NOTIF_ADDFD, &a);
	}
	calls(SECCOMP_IOCTL_NOTIF_ADDFD, &a, sizeof(a));
	calls(SECCOMP_IOCTL_NOTIF_RECV, &n, sizeof(n));
	n.id = 5;
	n.pid = 42;
	n.data.nr = 1;
	n.data.arch = 0xc000003e;
	n.data.instruction_pointer = 0x401000;
	n.data.args[0] = 1;
	n.data.args[5] = -1;
	calls(SECCOMP_IOCTL_NOTIF_RECV, &n, sizeof(n));
	n.data.nr = 59;
	n.data.arch = 0x40000003;
	syscall(SYS_ioctl, -1, SECCOMP_IOCTL_NOTIF_RECV, &n);
	n.data.nr = 5000;
	n.data.arch = 0x1234;
	syscall(SYS_ioctl, -1, SECCOMP_IOCTL_NOTIF_RECV, &n);
	for (unsigned int i = 0; i < 6; i++) {
		r.error = errs[i];
		r.flags = i;
		syscall(SYS_ioctl, -1, SECCOMP_IOCTL_NOTIF_SEND, &r);
	}
	calls(SECCOMP_IOCTL_NOTIF_SEND, &r, sizeof(r));
	calls(SECCOMP_IOCTL_NOTIF_ID_VALID, &id, sizeof(id));
	return 0;
}
