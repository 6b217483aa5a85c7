/* ioctl_ptp: PTP hardware clock requests on fd -1 (<linux/ptp_clock.h>):
 * periodic output with every flag combination (phase, duty cycle), and
 * reserved words set, pin functions, external timestamps, capabilities,
 * PPS; NULL, unmapped and page-straddling structs. */
#include <linux/ptp_clock.h>
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
	struct ptp_perout_request r = {
		.start = {1700000000, 6},
		.period = {1, 2},
		.index = 3,
	};
	struct ptp_pin_desc d = {
		.name = "pin0",
		.index = 1,
		.func = 2,
		.chan = 3,
	};
	struct ptp_extts_request e = {1, 7, {0, 3}};
	struct ptp_clock_caps c;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	for (unsigned int f = 0; f < 9; f++) {
		r.flags = f;
		syscall(SYS_ioctl, -1, PTP_PEROUT_REQUEST2, &r);
		syscall(SYS_ioctl, -1, PTP_PEROUT_REQUEST, &r);
	}
	r.flags = 0;
	r.rsv[1] = 9;
	r.start.reserved = 4;
	calls(PTP_PEROUT_REQUEST2, &r, sizeof(r));
	calls(PTP_PEROUT_REQUEST, &r, sizeof(r));
	r.flags = PTP_PEROUT_DUTY_CYCLE;
	syscall(SYS_ioctl, -1, PTP_PEROUT_REQUEST2, &r);
	calls(PTP_PIN_SETFUNC, &d, sizeof(d));
	d.rsv[2] = 1;
	d.func = 9;
	calls(PTP_PIN_SETFUNC2, &d, sizeof(d));
	syscall(SYS_ioctl, -1, PTP_PIN_SETFUNC, &d);
	calls(PTP_EXTTS_REQUEST, &e, sizeof(e));
	calls(PTP_EXTTS_REQUEST2, &e, sizeof(e));
	e.flags = 0x30;
	syscall(SYS_ioctl, -1, PTP_EXTTS_REQUEST, &e);
	memset(&c, 0, sizeof(c));
	c.max_adj = 5;
	c.pps = 1;
	calls(PTP_CLOCK_GETCAPS, &c, sizeof(c));
	((int *)&c)[12] = 7;
	calls(PTP_CLOCK_GETCAPS2, &c, sizeof(c));
	syscall(SYS_ioctl, -1, PTP_ENABLE_PPS, 1);
	syscall(SYS_ioctl, -1, PTP_ENABLE_PPS2, 0);
	return 0;
}
