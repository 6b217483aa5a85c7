/* Every x86_64 syscall number with garbage in the upper half of each
 * argument register (int-sized arguments must show only the lower half),
 * under a seccomp filter that fails them all with ENOSYS so none runs.
 *   misc3_garbage [SET]   SET 0: low halves 0, 1: small values, 2: -1,
 *   3: every argument a pointer to zeroed memory, 4: to 0xff bytes,
 *   5: to 0x01 bytes, 6: to bytes counting up, 7: to 0x02 bytes 8 bytes
 *   before an unmapped page (structs partly readable), 8: to words
 *   that point into the same memory (nested pointers)
 * Only the calls strace 6.1 knows (sift names the later ones). */
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HI 0xdeadbeef00000000UL

static int filter(void)
{
	struct sock_filter prog[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_exit_group, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 38),
	};
	struct sock_fprog fprog = { sizeof(prog) / sizeof(prog[0]), prog };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog);
}

int main(int argc, char **argv)
{
	int set = argc > 1 ? atoi(argv[1]) : 0;
	unsigned long a[6];

	for (int i = 0; i < 6; i++)
		a[i] = HI | (set == 0 ? 0 : set == 1 ? (unsigned long)i + 1 :
			     0xffffffffUL);
	if (set >= 3) {
		/* at a fixed address, so that pointers printed in decimal
		 * are the same in every run */
		char *p = mmap((void *)0x30000000, 65536,
			       PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		static const int fill[] = { 0, 0xff, 1, -1, 2, 0 };
		memset(p, fill[set - 3], 65536);
		if (set == 6)
			for (int i = 0; i < 65536; i++)
				p[i] = (char)i;
		if (set == 7)
			munmap(p + 8192, 4096);
		if (set == 8)
			for (int i = 0; i < 65536 / 8; i++)
				((unsigned long *)p)[i] =
					(unsigned long)p + 0x100;
		for (int i = 0; i < 6; i++)
			a[i] = (unsigned long)p + 4096 * (unsigned long)i;
		if (set == 7)
			for (int i = 0; i < 6; i++)
				a[i] = (unsigned long)p + 8192 - 8;
	}
	if (filter())
		return 1;
	/* up to the last call strace 6.1 knows; not rt_sigreturn, which
	 * shows whatever the stack holds, nor uprobe/uretprobe */
	for (long nr = 0; nr <= 450; nr++) {
		if (nr == SYS_exit_group || nr == SYS_rt_sigreturn ||
		    nr == 335 || nr == 336)
			continue;
		/* a CPU list of every number to 1023 holds the pid, which
		 * the comparison's normaliser rewrites */
		if (nr == SYS_sched_setaffinity && set == 4)
			continue;
		syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	}
	return 0;
}
