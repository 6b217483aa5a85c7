/* guard_strict [prctl|seccomp|i386]: a child enters strict mode, writes,
 * then makes a call strict mode forbids and is killed; the parent prints
 * how the child ended.  The kernel refuses strict mode under a filter,
 * so sift must give the program the same semantics by other means.
 * "i386" makes the child's calls the i386 way (int 0x80), where strict
 * mode allows the i386 numbers: its write passes, its getpid does not. */
#include <linux/seccomp.h>
#include <string.h>
#include <sys/mman.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
	long ret;

	__asm__ volatile("int $0x80"
			 : "=a"(ret)
			 : "a"(nr), "b"(a), "c"(b), "d"(c)
			 : "memory");
	return ret;
}

/* i386: prctl 172, write 4, getpid 20, exit 1; 32-bit pointers */
static void i386_child(void)
{
	char *msg = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (msg == MAP_FAILED)
		syscall(SYS_exit, 77);
	long rc = int80(172, PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0);
	int n = snprintf(msg, 64, "strict: %ld\n", rc);
	int80(4, 1, (long)(unsigned long)msg, n);
	int80(20, 0, 0, 0);
	int80(4, 1, (long)(unsigned long)"", 0);
	int80(1, 0, 0, 0);
}

int main(int argc, char **argv)
{
	int use_seccomp = argc > 1 && !strcmp(argv[1], "seccomp");
	int use_i386 = argc > 1 && !strcmp(argv[1], "i386");

	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0 && use_i386)
		i386_child();
	if (pid == 0) {
		long rc = use_seccomp
				  ? syscall(SYS_seccomp,
					    SECCOMP_SET_MODE_STRICT, 0, NULL)
				  : prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT,
					  0, 0, 0);
		char msg[64];
		int n = snprintf(msg, sizeof(msg), "strict: %ld\n", rc);
		syscall(SYS_write, 1, msg, n);
		syscall(SYS_getpid); /* forbidden: the end */
		syscall(SYS_write, 1, "still alive\n", 12);
		syscall(SYS_exit, 0);
	}
	int st;
	waitpid(pid, &st, 0);
	if (WIFSIGNALED(st))
		printf("child killed by signal %d\n", WTERMSIG(st));
	else
		printf("child exited %d\n", WEXITSTATUS(st));
	return 0;
}
