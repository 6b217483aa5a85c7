/* Process attributes with high bits in int arguments, unknown values and
 * structs at the end of a page: limits, usage, robust lists, rseq, ids,
 * uname, and execve/execveat of a path that does not exist. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HI 0xffffffff00000000UL

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end;
	uint64_t rl[2] = { 5, 6 };
	char *av[] = { "a", "b", 0 };

	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	end = page + 4096;

	syscall(SYS_prlimit64, HI | 0x7fffffff, HI | 7, rl, 0);
	syscall(SYS_prlimit64, 0x7fffffff, 16, end - 8, end - 8);
	syscall(SYS_getrlimit, HI | 7, end - 8);
	syscall(SYS_setrlimit, HI | 99, rl);
	syscall(SYS_getrusage, HI, 0);
	syscall(SYS_getrusage, -2, end - 8);            /* RUSAGE_BOTH */
	syscall(SYS_getrusage, -3, 0);
	syscall(SYS_getrandom, 0, HI | 16, HI | 1);
	syscall(SYS_getrandom, 1, 16, 0x8);
	syscall(SYS_set_robust_list, HI, HI | 24);
	syscall(SYS_get_robust_list, HI | 0x7fffffff, 0, 0);
	syscall(SYS_get_robust_list, 0, end - 4, end - 4);
	syscall(SYS_rseq, HI | 1, HI | 32, HI | 1, HI | 5);
	syscall(SYS_setpgid, HI | 0x7fffffff, HI | 0x7fffffff);
	syscall(SYS_getpgid, HI | 0x7fffffff);
	syscall(SYS_getsid, HI | 0x7fffffff);
	syscall(SYS_uname, end - 100);
	syscall(SYS_execve, "/nonexistent", 0, 0);
	memcpy(end - 8, av, 8);
	syscall(SYS_execve, "/nonexistent", end - 8, end - 8);
	syscall(SYS_execveat, HI | 0xffffff9c, "/nonexistent", av, 0,
		HI | 0x1100);
	syscall(SYS_execveat, -1, "", av, av, 0x1000 | 0x100 | 0x10000);
	return 0;
}
