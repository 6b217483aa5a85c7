/* i386_ptrace: ptrace requests of a 32-bit process on a pid that does
 * not exist (every one fails); the buffers hold made-up words, which
 * cases injecting success show: a stored long, i386 registers, the
 * event message, options, signals, syscall info. */
#include <elf.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NOPID 0x7ffffff0

static long pt(long req, long addr, void *data)
{
	return syscall(SYS_ptrace, req, NOPID, addr, data);
}

int main(void)
{
	uint32_t w[64];
	uint64_t info[12] = { 1, 0x40000003, 0x1000, 0x2000, 39 };

	for (int i = 0; i < 64; i++)
		w[i] = 0x100 * (i + 1);
	pt(PTRACE_PEEKDATA, 0x1000, w);
	pt(PTRACE_PEEKTEXT, 0x1000, NULL);
	pt(PTRACE_PEEKUSER, 8 * 12, w);
	pt(PTRACE_POKEDATA, 0x1000, (void *)0x55);
	pt(PTRACE_POKEUSER, 4 * 100, NULL);
	pt(PTRACE_GETEVENTMSG, 0, w);
	pt(PTRACE_GETREGS, 0, w);
	pt(PTRACE_GETREGS, 0, (void *)1);
	pt(PTRACE_SETREGS, 0, w);
	pt(PTRACE_SETREGS, 0, NULL);
	pt(PTRACE_SETOPTIONS, 0, (void *)(PTRACE_O_TRACESYSGOOD | 0x80000000));
	pt(PTRACE_SEIZE, 0, (void *)PTRACE_O_EXITKILL);
	pt(PTRACE_INTERRUPT, 0, NULL);
	pt(PTRACE_CONT, 0, (void *)SIGTERM);
	pt(PTRACE_SYSCALL, 1, (void *)99);
	pt(PTRACE_DETACH, 0, NULL);
	pt(PTRACE_GETSIGMASK, 8, w);
	pt(PTRACE_SETSIGMASK, 8, w);
	pt(PTRACE_GET_SYSCALL_INFO, sizeof(info), info);
	pt(0x9999, 1, (void *)2);
	syscall(SYS_ptrace, PTRACE_ATTACH, NOPID, 0, 0);
	syscall(SYS_ptrace, PTRACE_KILL, NOPID, 0, 0);
	return 0;
}
