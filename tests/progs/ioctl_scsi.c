/* ioctl_scsi: SCSI generic requests on fd -1 (<scsi/sg.h>): reset
 * operations with and without NO_ESCALATE, the device id, and the numbers
 * (SG_GET_TIMEOUT, SG_SET_RESERVED_SIZE ...); NULL, unmapped and
 * page-straddling pointers. */
#include <scsi/sg.h>
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
	int ops[] = {0, 1, 2, 3, 4, 5, 0x100, 0x101, 0x105, 0x10000};
	struct sg_scsi_id id = {1, 2, 3, 4, 5, 6, 7, {0, 0}};
	int n = 60000;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		syscall(SYS_ioctl, -1, SG_SCSI_RESET, &ops[i]);
	calls(SG_SCSI_RESET, &ops[1], sizeof(ops[1]));
	calls(SG_GET_SCSI_ID, &id, sizeof(id));
	calls(SG_SET_TIMEOUT, &n, sizeof(n));
	calls(SG_GET_TIMEOUT, &n, sizeof(n));
	calls(SG_GET_RESERVED_SIZE, &n, sizeof(n));
	calls(SG_SET_RESERVED_SIZE, &n, sizeof(n));
	calls(SG_GET_VERSION_NUM, &n, sizeof(n));
	return 0;
}
