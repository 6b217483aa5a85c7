/* ioctl_values: requests taking a named value as the argument itself:
 * console tones, LEDs and modes (KIOCSOUND, KDMKTONE, KDSETLED,
 * KDSKBMODE ...), HDIO_SET_NICE, PERF_EVENT_IOC_ENABLE, NBD_SET_FLAGS,
 * KVM_CHECK_EXTENSION, BTRFS_IOC_BALANCE_CTL ..., with known, unknown and
 * out-of-range values, on fd -1; then TCXONC/TCFLSH. */
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

static const uint32_t codes[] = {
	0x4b2f, 0x4b30, 0x4b32, 0x4b3a, 0x4b45,	    0x4b4e, 0x4b63,
	0x4b65, 0x329,	0x32d,	0x2204, 0x2400,	    0x2401, 0x2403,
	0x4d13, 0xab0a, 0xae03, 0xae41, 0x40049421, 0x540a, 0x540b,
};

static const uint64_t vals[] = {
	0,	    1,		 2,
	3,	    4,		 5,
	0x11,	    0x20,	 0x40,
	0x88,	    0xff,	 0x1ff,
	0x800,	    0xfff,	 64,
	65,	    223,	 224,
	596591,	    1193182,	 1193183,
	0x10005,    0x50001,	 0x120000,
	0xffffffff, 0x100000003, 0xffffffff80000005,
};

int main(void)
{
	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		for (size_t j = 0; j < sizeof(vals) / sizeof(vals[0]); j++)
			syscall(SYS_ioctl, -1, codes[i], vals[j]);
	return 0;
}
