/* A 64-bit program entering the kernel the i386 way (int 0x80): getppid
 * (i386 number 64) and write (4).  Where the kernel runs no 32-bit code
 * the calls fail and the program exits 77. */
#include <string.h>
#include <sys/mman.h>

static long int80(long nr, long a, long b, long c)
{
	long ret;

	__asm__ volatile("int $0x80"
			 : "=a"(ret)
			 : "a"(nr), "b"(a), "c"(b), "d"(c)
			 : "memory");
	return ret;
}

int main(void)
{
	long ppid = int80(64, 0, 0, 0);

	if (ppid < 0)
		return 77;
	/* a 32-bit call takes 32-bit pointers: the buffer must be low */
	char *msg = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (msg == MAP_FAILED)
		return 77;
	memcpy(msg, "i386\n", 5);
	int80(4, 1, (long)(unsigned long)msg, 5);
	return 0;
}
