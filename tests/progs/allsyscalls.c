/* allsyscalls: call every syscall number once with all-zero arguments,
 * after installing a seccomp filter that fails each of them with ENOSYS,
 * so nothing actually runs.  A plain-ptrace tracer still sees every entry
 * (the ptrace entry stop comes before seccomp), which lets
 * tools/strace-classes.sh learn strace's class of each syscall.
 *
 *   allsyscalls [x32] [FIRST [LAST]]
 *
 * "x32" sets the x32 bit on every number so the tracer decodes them with
 * its x32 table.  Default range 0..470.  Built as a 32-bit freestanding
 * program (-m32 -nostdlib -DALLSC_I386) it issues every call through
 * int 0x80 instead, then every socketcall and ipc sub-call; see
 * tools/strace-classes.sh. */
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>

#define X32_BIT 0x40000000L

#ifdef ALLSC_I386
/* No 32-bit libc here: raw int 0x80 and our own _start. */
#define NR_EXIT_GROUP 252
#define NR_PRCTL 172
#define NR_SECCOMP 354
#define NR_SOCKETCALL 102
#define NR_IPC 117
#define AUDIT_ARCH_SELF AUDIT_ARCH_I386

static long raw6(long nr, long a, long b, long c, long d, long e, long f)
{
	long ret;
	/* The sixth argument register, ebp, may be the frame pointer and
	 * cannot always be an asm operand.  It is left as it is: no call
	 * made here runs, so only a tracer's display of it differs. */
	(void)f;
	__asm__ volatile("int $0x80"
			 : "=a"(ret)
			 : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
			 : "memory");
	return ret;
}

static int parse_num(const char *s, long *out)
{
	long v = 0;
	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	*out = v;
	return 0;
}
#else
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NR_EXIT_GROUP SYS_exit_group
#define NR_PRCTL SYS_prctl
#define NR_SECCOMP SYS_seccomp
#define AUDIT_ARCH_SELF AUDIT_ARCH_X86_64

static long raw6(long nr, long a, long b, long c, long d, long e, long f)
{
	return syscall(nr, a, b, c, d, e, f);
}

static int parse_num(const char *s, long *out)
{
	char *end;
	*out = strtol(s, &end, 0);
	return *s && !*end ? 0 : -1;
}
#endif

#define PR_SET_NO_NEW_PRIVS_ 38

static int run(int argc, char **argv)
{
	long first = 0, last = 470, xbit = 0;
	int i = 1;

	if (i < argc && argv[i][0] == 'x') {
		xbit = X32_BIT;
		i++;
	}
	if (i < argc && parse_num(argv[i++], &first))
		return 2;
	if (i < argc && parse_num(argv[i++], &last))
		return 2;

	/* Allow exit_group (plain number, this arch) and nothing else. */
	struct sock_filter prog[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_SELF, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 38),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NR_EXIT_GROUP, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 38 /* ENOSYS */),
	};
	struct sock_fprog fprog = {
		.len = sizeof(prog) / sizeof(prog[0]),
		.filter = prog,
	};

	if (raw6(NR_PRCTL, PR_SET_NO_NEW_PRIVS_, 1, 0, 0, 0, 0) != 0)
		return 1;
	if (raw6(NR_SECCOMP, SECCOMP_SET_MODE_FILTER, 0, (long)&fprog, 0, 0,
		 0) != 0)
		return 1;

	for (long nr = first; nr <= last; nr++) {
		if (nr == NR_EXIT_GROUP && !xbit)
			continue; /* would really exit: it is the last call */
#ifndef ALLSC_I386
		/* uretprobe and uprobe skip seccomp and kill the caller with
		 * SIGILL when not called from a uprobe trampoline. */
		if ((nr == 335 || nr == 336) && !xbit)
			continue;
#endif
		raw6(nr | xbit, 0, 0, 0, 0, 0, 0);
	}
#ifdef ALLSC_I386
	/* Every socketcall(2) and ipc(2) sub-call too: strace names and
	 * classes them as the call they stand for. */
	static const int ipc_calls[] = { 1, 2, 3, 4, 11, 12, 13, 14,
					 21, 22, 23, 24 };
	static long sock_args[6]; /* strace decodes only readable args */
	for (long call = 1; call <= 20; call++)
		raw6(NR_SOCKETCALL, call, (long)sock_args, 0, 0, 0, 0);
	for (unsigned i = 0; i < sizeof(ipc_calls) / sizeof(ipc_calls[0]); i++)
		raw6(NR_IPC, ipc_calls[i], 0, 0, 0, 0, 0);
#endif
	return 0;
}

#ifdef ALLSC_I386
void allsc_start_c(long *sp) __attribute__((used, noreturn));
void allsc_start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	int rc = run(argc, argv);
	for (;;)
		raw6(NR_EXIT_GROUP, rc, 0, 0, 0, 0, 0);
}

__asm__(".globl _start\n"
	"_start:\n"
	"	mov %esp, %eax\n"
	"	and $-16, %esp\n"
	"	sub $12, %esp\n"
	"	push %eax\n"
	"	call allsc_start_c\n"
	"	hlt\n");
#else
int main(int argc, char **argv)
{
	return run(argc, argv);
}
#endif
