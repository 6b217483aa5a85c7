/* ioctl_evdev: input device requests on fd -1 (<linux/input.h>): names,
 * bitsets of every event type (EVIOCGBIT, EVIOCGKEY ...), axis info,
 * device id, autorepeat, keycodes, multi-touch slots; NULL, unmapped and
 * page-straddling pointers.  Run with inject: the sets and names are as
 * long as the return value. */
#include <linux/input.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *tail;
static unsigned long bits[64]; /* larger than any injected length */
static char name[512] = "Logitech USB Receiver";

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
	struct input_absinfo ai = {1, -2, 3, 4, 5, 6};
	struct input_id id = {3, 0x46d, 0xc52b, 0x111};
	unsigned int rep[2] = {250, 33};
	unsigned int kc[2] = {30, 31}, badkc[2] = {1, 0x2ff};
	int32_t mt[4] = {ABS_MT_POSITION_X, 1, -2, 3};
	static const unsigned int types[] = {
		0,	EV_KEY, EV_REL, EV_ABS, EV_MSC, EV_SW,
		EV_LED, EV_SND, EV_REP, EV_FF,	7,
	};

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;
	bits[0] = 0x8000000000000005UL;
	bits[1] = 0x8000000000000001UL;
	bits[3] = 0x10;
	bits[5] = ~0UL;

	syscall(SYS_ioctl, -1, EVIOCGNAME(sizeof(name)), name);
	syscall(SYS_ioctl, -1, EVIOCGPHYS(10), name);
	syscall(SYS_ioctl, -1, EVIOCGUNIQ(0), NULL);
	syscall(SYS_ioctl, -1, EVIOCGPROP(8), bits);
	syscall(SYS_ioctl, -1, EVIOCGKEY(96), bits);
	syscall(SYS_ioctl, -1, EVIOCGLED(8), bits);
	syscall(SYS_ioctl, -1, EVIOCGSND(8), bits);
	syscall(SYS_ioctl, -1, EVIOCGSW(8), bits);
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		syscall(SYS_ioctl, -1, EVIOCGBIT(types[i], 64), bits);
	memset(bits, 0xff, 16);
	syscall(SYS_ioctl, -1, EVIOCGBIT(EV_REL, 8), bits);
	syscall(SYS_ioctl, -1, EVIOCGBIT(EV_KEY, 16), bits);
	syscall(SYS_ioctl, -1, EVIOCGBIT(EV_KEY, 8), NULL);
	syscall(SYS_ioctl, -1, EVIOCGBIT(EV_KEY, 8), tail);
	calls(EVIOCGABS(ABS_X), &ai, sizeof(ai));
	calls(EVIOCSABS(ABS_MT_SLOT), &ai, sizeof(ai));
	syscall(SYS_ioctl, -1, EVIOCGABS(0x3f), &ai);
	calls(EVIOCGID, &id, sizeof(id));
	calls(EVIOCGREP, rep, sizeof(rep));
	calls(EVIOCSREP, rep, sizeof(rep));
	calls(EVIOCGKEYCODE, kc, sizeof(kc));
	calls(EVIOCSKEYCODE, kc, sizeof(kc));
	syscall(SYS_ioctl, -1, EVIOCSKEYCODE, badkc);
	calls(EVIOCGMTSLOTS(sizeof(mt)), mt, sizeof(mt));
	mt[0] = ABS_X;
	syscall(SYS_ioctl, -1, EVIOCGMTSLOTS(8), mt);
	syscall(SYS_ioctl, -1, EVIOCGMTSLOTS(0), mt);
	syscall(SYS_ioctl, -1, EVIOCGMTSLOTS(4), mt);
	syscall(SYS_ioctl, -1, EVIOCGMTSLOTS(6), mt);
	calls(EVIOCGVERSION, kc, sizeof(kc[0]));
	calls(EVIOCGEFFECTS, kc, sizeof(kc[0]));
	syscall(SYS_ioctl, -1, EVIOCGRAB, 1);
	syscall(SYS_ioctl, -1, EVIOCRMFF, 2);
	syscall(SYS_ioctl, -1, EVIOCSCLOCKID, kc);
	return 0;
}
