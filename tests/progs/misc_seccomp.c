/* seccomp filter programs as strace shows them: the address by default,
 * every instruction under -v, with unknown opcode bits and return
 * actions.  An invalid flag makes every call fail, so no filter is ever
 * installed. */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 1000, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 38),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xff),
		BPF_STMT(BPF_LDX | BPF_W | BPF_MEM, 3),
		BPF_STMT(BPF_MISC | BPF_TAX, 0),
		BPF_STMT(BPF_ST, 2),
		BPF_JUMP(BPF_JMP | BPF_JA, 1, 0, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 5),
		BPF_STMT(BPF_RET | BPF_A, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(0xffff, 0x1234),
		BPF_STMT(0xff02, 1), BPF_STMT(0xff03, 1), BPF_STMT(0xffe0, 1),
		BPF_STMT(0xfff1, 2), BPF_STMT(0xff04, 3), BPF_STMT(0xffe4, 3),
		BPF_STMT(0xfff5, 4), BPF_JUMP(0x15, 0, 0, 0), BPF_STMT(0xfffe, 5),
		BPF_JUMP(0xff06, 0x12345678, 1, 2), BPF_STMT(0x06, 0x7fc00000),
		BPF_STMT(0xc0, 0), BPF_STMT(0x07, 0),  BPF_STMT(0x87, 0),
	};
	struct sock_fprog p = { sizeof(f) / sizeof(f[0]), f };
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x100, &p);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x100, (void *)1);
	p.len = 0;
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x100, &p);
	p.len = 0;
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x100, &p);
	return 0;
}
