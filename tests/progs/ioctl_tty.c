/* ioctl_tty: terminal and console requests on fd -1: termio (TCGETA,
 * TCSETA*), termios2 (TCGETS2, TCSETS*2), modem lines (TIOCM*), TIOCSTI,
 * TIOCGPTPEER, and the console's KDGETLED, KDGKBTYPE, KDGETMODE,
 * KDGKBMODE, KDGKBMETA, KDGKBLED with valid, NULL, unmapped and
 * page-straddling pointers (run with inject for the outputs). */
#include <asm/termbits.h>
#include <linux/kd.h>
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
	if (size > 1) {
		memcpy(tail - size / 2, arg, size / 2);
		syscall(SYS_ioctl, -1, code, tail - size / 2);
	}
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct termio tio = {
		.c_iflag = IGNPAR | ICRNL,
		.c_oflag = OPOST | ONLCR,
		.c_cflag = B38400 | CS8 | CREAD,
		.c_lflag = ISIG | ICANON,
		.c_line = 0,
		.c_cc = {3, 28, 127, 21, 4, 0, 1, 0},
	};
	struct termios2 t2 = {
		.c_iflag = BRKINT | 0x1000000,
		.c_oflag = OPOST | NL1,
		.c_cflag = BOTHER | CS7 | (B9600 << 16),
		.c_lflag = ECHO,
		.c_line = 2,
		.c_cc = {1, 2, 3},
		.c_ispeed = 123456,
		.c_ospeed = 115200,
	};
	int m = TIOCM_DTR | TIOCM_RTS | 0x8000 | 0x1000, zero = 0;
	char c = 'x';
	uint8_t bytes[4] = {0x7, 0x77, 0xf0, 0};
	int modes[] = {0, 1, 3, 4, 9, -1};

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	calls(TCSETA, &tio, sizeof(tio));
	calls(TCSETAW, &tio, sizeof(tio));
	calls(TCSETAF, &tio, sizeof(tio));
	calls(TCGETA, &tio, sizeof(tio));
	calls(TCSETS2, &t2, sizeof(t2));
	calls(TCSETSW2, &t2, sizeof(t2));
	calls(TCSETSF2, &t2, sizeof(t2));
	calls(TCGETS2, &t2, sizeof(t2));
	calls(TIOCMSET, &m, sizeof(m));
	calls(TIOCMBIS, &zero, sizeof(zero));
	calls(TIOCMBIC, &m, sizeof(m));
	calls(TIOCMGET, &m, sizeof(m));
	calls(TIOCSTI, &c, 1);
	syscall(SYS_ioctl, -1, TIOCGPTPEER, 2);
	syscall(SYS_ioctl, -1, TIOCSCTTY, 1);
	syscall(SYS_ioctl, -1, TCSBRK, 0);
	for (size_t i = 0; i < sizeof(bytes); i++) {
		syscall(SYS_ioctl, -1, KDGETLED, &bytes[i]);
		syscall(SYS_ioctl, -1, KDGKBLED, &bytes[i]);
		syscall(SYS_ioctl, -1, KDGKBTYPE, &bytes[i]);
	}
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		syscall(SYS_ioctl, -1, KDGETMODE, &modes[i]);
		syscall(SYS_ioctl, -1, KDGKBMODE, &modes[i]);
		syscall(SYS_ioctl, -1, KDGKBMETA, &modes[i]);
	}
	calls(KDGETLED, &bytes[0], 1);
	calls(KDGKBMODE, &modes[0], sizeof(modes[0]));
	return 0;
}
