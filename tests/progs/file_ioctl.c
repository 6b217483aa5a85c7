/* file_ioctl: terminal ioctls on a new pseudo-terminal (TCGETS, TCSETS*,
 * TIOCGWINSZ, TIOCSWINSZ, FIONREAD), FIONBIO/FIOCLEX on /dev/null, and
 * unknown requests shown in strace's _IOC() form. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/fs.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
	struct termios tio;
	struct winsize ws = { 24, 80, 0, 0 };
	int pt, dn, n = 1;

	pt = posix_openpt(O_RDWR | O_NOCTTY);
	dn = open("/dev/null", O_RDWR);
	if (pt < 0 || dn < 0)
		return 1;

	syscall(SYS_ioctl, pt, TCGETS, &tio);
	syscall(SYS_ioctl, pt, TCSETS, &tio);
	tio.c_lflag &= ~(ICANON | ECHO);
	tio.c_cc[VMIN] = 1;
	tio.c_cc[VTIME] = 0;
	syscall(SYS_ioctl, pt, TCSETSW, &tio);
	syscall(SYS_ioctl, pt, TCSETSF, &tio);
	syscall(SYS_ioctl, pt, TCGETS, NULL);
	syscall(SYS_ioctl, pt, TCGETS, (void *)1);
	syscall(SYS_ioctl, dn, TCGETS, &tio);
	syscall(SYS_ioctl, pt, TIOCSWINSZ, &ws);
	syscall(SYS_ioctl, pt, TIOCGWINSZ, &ws);
	syscall(SYS_ioctl, dn, TIOCGWINSZ, &ws);
	syscall(SYS_ioctl, pt, FIONREAD, &n);
	syscall(SYS_ioctl, pt, TIOCGPTN, &n);
	syscall(SYS_ioctl, pt, TIOCSPTLCK, &n);
	syscall(SYS_ioctl, dn, FIONBIO, &n);
	syscall(SYS_ioctl, dn, FIOCLEX);
	syscall(SYS_ioctl, dn, FIONCLEX);
	syscall(SYS_ioctl, dn, FIOASYNC, &n);
	syscall(SYS_ioctl, -1, TCGETS, &tio);
	syscall(SYS_ioctl, dn, _IOR('Q', 0x31, int), &n);
	syscall(SYS_ioctl, dn, _IOW('z', 0x7, long), &n);
	syscall(SYS_ioctl, dn, _IOWR(0xf0, 0xff, char[100]), &n);
	syscall(SYS_ioctl, dn, _IO(0xf1, 1), 0);
	syscall(SYS_ioctl, dn, 0xdeadbeef, 0x12);
	syscall(SYS_ioctl, dn, FS_IOC_GETFLAGS, &n);
	syscall(SYS_ioctl, dn, BLKGETSIZE64, &n);
	return 0;
}
