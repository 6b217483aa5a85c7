/* ptrace(2) requests against a pid that does not exist (ESRCH), so the
 * program is safe under any tracer; the success paths (values the kernel
 * stores) show with an injected return value.  All buffers are static
 * and filled with fixed values, so the output is the same on every run. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define NOPID 0x7fffffff
#define HI 0xffffffff00000000UL

static uint64_t buf[2048];      /* 16 KiB: 128 siginfos */
static uint64_t regs[27];

static long pt(long req, unsigned long pid, unsigned long addr,
	       unsigned long data)
{
	return syscall(SYS_ptrace, req, pid, addr, data);
}

static void fill(void)
{
	memset(buf, 0, sizeof(buf));
	for (int i = 0; i < 27; i++)
		regs[i] = 0x1000 + i;
	/* a siginfo, then zeros */
	((int32_t *)buf)[0] = SIGUSR1;
	((int32_t *)buf)[1] = 0;
	((int32_t *)buf)[2] = 0;      /* SI_USER */
	((int32_t *)buf)[4] = 42;     /* si_pid */
	((int32_t *)buf)[5] = 7;      /* si_uid */
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end;
	struct iovec iov;
	uint8_t *si;
	uint64_t word = 0x1234;

	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	end = page + 4096;
	fill();

	/* requests without arguments, unknown requests */
	pt(0, 0, 0, 0);                                 /* TRACEME: EPERM */
	pt(8, NOPID, 0, 0);                             /* KILL */
	pt(16, NOPID, 0, 0);                            /* ATTACH */
	pt(0x4207, NOPID, 0, 0);                        /* INTERRUPT */
	pt(0x4208, NOPID, 0, 0);                        /* LISTEN */
	pt(10, NOPID, 1, 2);
	pt(0x4212, NOPID, 0, 0);
	pt(HI | 16, HI | NOPID, 0, 0);

	/* peek and poke: addresses, user area offsets */
	pt(1, NOPID, 0x1000, (unsigned long)&word);     /* PEEKTEXT */
	pt(2, NOPID, 0, 0);                             /* PEEKDATA */
	pt(2, NOPID, 0x1000, 1);
	pt(3, NOPID, 0, (unsigned long)&word);          /* PEEKUSER */
	pt(3, NOPID, 8 * 16, (unsigned long)&word);
	pt(3, NOPID, 0xa1, (unsigned long)&word);
	pt(3, NOPID, 0xd8, (unsigned long)&word);
	pt(3, NOPID, 0xe0 + 24, (unsigned long)&word);
	pt(3, NOPID, 0x330 + 5, (unsigned long)&word);
	pt(3, NOPID, 0x390, (unsigned long)&word);
	pt(3, NOPID, 0x391, (unsigned long)&word);
	pt(3, NOPID, -1L, (unsigned long)&word);
	pt(4, NOPID, 0x1000, 0x5678);                   /* POKETEXT */
	pt(5, NOPID, 0, 0);                             /* POKEDATA */
	pt(6, NOPID, 0x78, 0x3c);                       /* POKEUSER */
	pt(6, NOPID, 0x357, 0);

	/* resuming requests: signals */
	pt(7, NOPID, 0, 0);                             /* CONT */
	pt(7, NOPID, 1, SIGTRAP);
	pt(9, NOPID, 0, 100);                           /* SINGLESTEP */
	pt(17, NOPID, 0, -1L);                          /* DETACH */
	pt(24, NOPID, 0, HI | SIGCHLD);                 /* SYSCALL */
	pt(31, NOPID, 0, 64);                           /* SYSEMU */
	pt(32, NOPID, 0, 65);
	pt(33, NOPID, 0, 0);                            /* SINGLEBLOCK */

	/* registers */
	pt(12, NOPID, 0, (unsigned long)buf);           /* GETREGS */
	pt(12, NOPID, 0, 0);
	pt(13, NOPID, 0, (unsigned long)regs);          /* SETREGS */
	pt(13, NOPID, 0, 0);
	pt(13, NOPID, 0, (unsigned long)(end - 8));
	pt(14, NOPID, 0, (unsigned long)buf);           /* GETFPREGS */
	pt(15, NOPID, 0, (unsigned long)buf);           /* SETFPREGS */
	pt(15, NOPID, 0, 1);
	pt(18, NOPID, 0, 0);                            /* GETFPXREGS */
	pt(25, NOPID, 0, 0);                            /* GET_THREAD_AREA */
	pt(26, NOPID, 1, 2);
	pt(30, NOPID, 0x1002, 0);                       /* ARCH_PRCTL */

	/* options */
	pt(0x4200, NOPID, 0, 0);                        /* SETOPTIONS */
	pt(0x4200, NOPID, 0, 0x1 | 0x8 | 0x80 | 0x100000);
	pt(0x4200, NOPID, 0, 0x400000);
	pt(0x4200, NOPID, 0, HI | 0x200000 | 0x1000);
	pt(0x4206, NOPID, 0, 0x100000);                 /* SEIZE */
	pt(0x4206, NOPID, 1, 0x7f);

	/* event message, siginfo */
	pt(0x4201, NOPID, 0, (unsigned long)&word);     /* GETEVENTMSG */
	pt(0x4201, NOPID, 0, 0);
	pt(0x4202, NOPID, 0, (unsigned long)buf);       /* GETSIGINFO */
	pt(0x4202, NOPID, 0, 1);
	pt(0x4203, NOPID, 0, (unsigned long)buf);       /* SETSIGINFO */
	pt(0x4203, NOPID, 0, 0);
	pt(0x4203, NOPID, 0, (unsigned long)(end - 64));
	si = (uint8_t *)(buf + 16 * 4);
	memset(si, 0, 128);
	((int32_t *)si)[0] = SIGSEGV;
	((int32_t *)si)[2] = 1;                          /* SEGV_MAPERR */
	*(uint64_t *)(si + 16) = 0xdead0000;
	pt(0x4203, NOPID, 0, (unsigned long)si);

	/* register sets */
	iov.iov_base = regs;
	iov.iov_len = 16;
	pt(0x4204, NOPID, 1, (unsigned long)&iov);      /* GETREGSET */
	pt(0x4205, NOPID, 1, (unsigned long)&iov);      /* SETREGSET */
	iov.iov_len = sizeof(regs);
	pt(0x4205, NOPID, 1, (unsigned long)&iov);
	iov.iov_len = 4096;
	pt(0x4205, NOPID, 1, (unsigned long)&iov);
	iov.iov_len = 12;
	pt(0x4205, NOPID, 1, (unsigned long)&iov);
	iov.iov_len = 0;
	pt(0x4205, NOPID, 1, (unsigned long)&iov);
	iov.iov_len = 512;
	pt(0x4205, NOPID, 0x202, (unsigned long)&iov);  /* NT_X86_XSTATE */
	pt(0x4204, NOPID, 2, (unsigned long)&iov);
	pt(0x4204, NOPID, 0x53494749, 0);
	pt(0x4204, NOPID, 0x999, 1);
	pt(0x4204, NOPID, HI | 1, (unsigned long)(end - 8));
	iov.iov_base = end - 8;
	iov.iov_len = 16;
	pt(0x4205, NOPID, 1, (unsigned long)&iov);

	/* queued siginfo */
	buf[1024] = 3;                                   /* off */
	buf[1025] = 1 | (4ULL << 32);                    /* SHARED, nr=4 */
	pt(0x4209, NOPID, (unsigned long)&buf[1024], (unsigned long)buf);
	buf[1025] = 6 | (0xffffffffULL << 32);
	pt(0x4209, NOPID, (unsigned long)&buf[1024], (unsigned long)buf);
	pt(0x4209, NOPID, 0, 0);
	pt(0x4209, NOPID, (unsigned long)(end - 8), 1);

	/* signal masks */
	word = 1 << (SIGINT - 1) | 1 << (SIGTERM - 1);
	pt(0x420a, NOPID, 8, (unsigned long)&word);     /* GETSIGMASK */
	pt(0x420a, NOPID, 4, (unsigned long)&word);
	pt(0x420b, NOPID, 8, (unsigned long)&word);     /* SETSIGMASK */
	pt(0x420b, NOPID, 8, 0);
	pt(0x420b, NOPID, 16, (unsigned long)&word);
	pt(0x420b, NOPID, 8, (unsigned long)(end - 4));

	/* seccomp filters */
	buf[8] = 0x0000000000000006ULL | (0x7fff0000ULL << 32);
	pt(0x420c, NOPID, 0, (unsigned long)&buf[8]);   /* GET_FILTER */
	pt(0x420c, NOPID, 5, 0);
	buf[10] = 7;
	buf[11] = 1;
	pt(0x420d, NOPID, 16, (unsigned long)&buf[10]); /* GET_METADATA */
	pt(0x420d, NOPID, 8, (unsigned long)&buf[10]);
	pt(0x420d, NOPID, 4, (unsigned long)&buf[10]);
	pt(0x420d, NOPID, 16, 0);
	pt(0x420d, NOPID, 16, (unsigned long)(end - 4));

	/* syscall info: each op, short and long sizes */
	for (int op = 0; op <= 4; op++) {
		uint64_t *s = &buf[100];
		memset(s, 0, 88);
		s[0] = (uint64_t)op | (0xc000003eULL << 32);
		s[1] = 0x401000;
		s[2] = 0x7ffd000;
		s[3] = op == 2 ? (uint64_t)-38 : 231;
		s[4] = op == 2 ? 1 : 0x11;
		for (int i = 5; i < 10; i++)
			s[i] = 0x10 * i;
		s[10] = 0x2a;
		pt(0x420e, NOPID, 88, (unsigned long)s);
	}
	buf[100] = 1 | (0x40000003ULL << 32);            /* i386 */
	pt(0x420e, NOPID, 88, (unsigned long)&buf[100]);
	buf[100] = 1 | (0xc000003eULL << 32);
	buf[103] = 9999;
	pt(0x420e, NOPID, 88, (unsigned long)&buf[100]);
	pt(0x420e, NOPID, 8, (unsigned long)&buf[100]);
	pt(0x420e, NOPID, 40, (unsigned long)&buf[100]);
	pt(0x420e, NOPID, 0, 0);
	pt(0x420e, NOPID, 88, (unsigned long)(end - 8));
	pt(0x420f, NOPID, 32, (unsigned long)buf);      /* RSEQ_CONFIG */
	return 0;
}
