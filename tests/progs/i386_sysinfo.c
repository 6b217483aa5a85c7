/* sysinfo of a 32-bit program with every field at its top values and at
 * distinct words (run with sysinfo injected: the kernel never writes) */
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void)
{
	unsigned char b[64];
	memset(b, 0xff, sizeof b);
	syscall(SYS_sysinfo, b);
	for (int i = 0; i < 64; i++) b[i] = 0x80 + i;
	syscall(SYS_sysinfo, b);
	return 0;
}
