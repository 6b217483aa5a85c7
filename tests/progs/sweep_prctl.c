/* prctl and keyctl sweep, for runs that inject every call's result (the
 * calls never reach the kernel): every option and command with each
 * argument pointing into a patterned buffer mapped at a fixed address, so
 * that a pointer shows the same wherever a decoder takes it for a number,
 * and with small numbers, NULL and an address in a PROT_NONE page. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BASE 0x50000000UL

int main(int argc, char **argv)
{
	unsigned char *p = mmap((void *)BASE, 8192, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS |
				MAP_FIXED_NOREPLACE, -1, 0);
	unsigned long a = BASE, g = BASE + 4096 - 4;

	if (p != (void *)BASE || argc < 2)
		return 1;
	for (int i = 0; i < 4096; i++)
		p[i] = (unsigned char)(i * 7 + 1);
	p[100] = 0;
	mprotect(p + 4096, 4096, PROT_NONE);
	if (!strcmp(argv[1], "prctl")) {
		for (long op = 0; op <= 72; op++) {
			/* (strace's note on PR_GET_SPECULATION_CTRL of an
			 * unknown target is stale state: not swept) */
			if (op != 52)
				syscall(SYS_prctl, op, a, a + 8, a + 16,
					a + 24);
			syscall(SYS_prctl, op, 1, 2, 3, 4);
			syscall(SYS_prctl, op, 0, 0, 0, 0);
			if (op != 52)
				syscall(SYS_prctl, op, g, g, g, g);
		}
		for (long sub = 0; sub <= 16; sub++)
			syscall(SYS_prctl, 35 /* PR_SET_MM */, sub, a, 8, 0);
		/* names of 14, 15 and 16 characters */
		memcpy(p + 200, "abcdefghijklmn\0", 15);
		memcpy(p + 300, "abcdefghijklmno\0", 16);
		memcpy(p + 400, "abcdefghijklmnop\0", 17);
		for (int off = 200; off <= 400; off += 100) {
			syscall(SYS_prctl, 15, a + off, 0, 0, 0);
			syscall(SYS_prctl, 16, a + off, 0, 0, 0);
		}
		syscall(SYS_prctl, 0x59616d61, 1, 0, 0, 0);
		syscall(SYS_prctl, 0x41555856, 1, 0, 0, 0);
		syscall(SYS_prctl, 0x53564d41, 0, a, 16, a);
		syscall(SYS_prctl, -1L, -1L, -1L, -1L, -1L);
	} else {
		for (long cmd = 0; cmd <= 33; cmd++) {
			syscall(SYS_keyctl, cmd, a, a + 8, a + 16, a + 24);
			syscall(SYS_keyctl, cmd, -3, 16, a, 100);
			syscall(SYS_keyctl, cmd, 0, 0, 0, 0);
			syscall(SYS_keyctl, cmd, g, g, g, g);
		}
	}
	return 0;
}
