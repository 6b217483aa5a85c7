/* ioctl_hdio: ATA disk (<linux/hdreg.h>) and LIRC (<linux/lirc.h>)
 * requests on fd -1: geometry, identity, bus state, nice bits, register
 * arrays, the HDIO_SET_* values, LIRC features and modes; NULL, unmapped
 * and page-straddling pointers. */
#include <linux/hdreg.h>
#include <linux/lirc.h>
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
	struct hd_geometry geo = {16, 63, 1024, 2048};
	static char ident[512] = "QEMU HARDDISK";
	unsigned long state = BUSSTATE_TRISTATE, nice = 0x13, big = 0x77;
	int regs[3] = {0x1f0, 0x3f6, 14};
	uint32_t features = LIRC_CAN_SEND_PULSE | LIRC_CAN_REC_MODE2 | 1;
	uint32_t modes[] = {0, LIRC_MODE_MODE2, 3, LIRC_MODE_LIRCCODE};

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	calls(HDIO_GETGEO, &geo, sizeof(geo));
	calls(HDIO_GET_IDENTITY, ident, sizeof(ident));
	calls(HDIO_OBSOLETE_IDENTITY, ident, 142);
	calls(HDIO_GET_BUSSTATE, &state, sizeof(state));
	syscall(SYS_ioctl, -1, HDIO_GET_BUSSTATE, &big);
	calls(HDIO_GET_NICE, &nice, sizeof(nice));
	syscall(SYS_ioctl, -1, HDIO_GET_NICE, &big);
	calls(HDIO_DRIVE_RESET, regs, sizeof(regs));
	calls(HDIO_SCAN_HWIF, regs, sizeof(regs));
	calls(HDIO_GET_DMA, &big, sizeof(big));
	syscall(SYS_ioctl, -1, HDIO_SET_DMA, 1);
	syscall(SYS_ioctl, -1, HDIO_SET_NICE, 0x11);
	syscall(SYS_ioctl, -1, HDIO_SET_BUSSTATE, 7);
	syscall(SYS_ioctl, -1, HDIO_UNREGISTER_HWIF, 0);
	calls(LIRC_GET_FEATURES, &features, sizeof(features));
	features = 0;
	syscall(SYS_ioctl, -1, LIRC_GET_FEATURES, &features);
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		syscall(SYS_ioctl, -1, LIRC_SET_SEND_MODE, &modes[i]);
		syscall(SYS_ioctl, -1, LIRC_GET_REC_MODE, &modes[i]);
	}
	calls(LIRC_SET_REC_MODE, &modes[1], sizeof(modes[1]));
	calls(LIRC_GET_SEND_MODE, &modes[1], sizeof(modes[1]));
	calls(LIRC_SET_SEND_CARRIER, &modes[1], sizeof(modes[1]));
	calls(LIRC_GET_REC_RESOLUTION, &modes[1], sizeof(modes[1]));
	return 0;
}
