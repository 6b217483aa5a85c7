/* Syscall numbers no table knows: past the x86_64 table, past 1023, -1,
 * and x32 ones.  Like strace, sift traces them whatever the selection and
 * prints their six arguments raw; the filter must stop there too. */
#include <unistd.h>
#include <sys/syscall.h>

int main(void)
{
	syscall(5000, 1, 2, 3, 4, 5, 6);
	syscall(1023, 0, 0, 0, 0, 0, 0);
	syscall(0x12345678L, 7, 0, 0, 0, 0, 0);
	syscall(-1L, 1, 1, 1, 1, 1, 1);
	/* x32: a number past the x32 table, and one with the top bit */
	syscall(0x7fffffffL, 0, 0, 0, 0, 0, 0);
	syscall(0xc0000005L, 0, 0, 0, 0, 0, 0);
	getppid();
	return 0;
}
