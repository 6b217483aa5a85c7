/* seccomp_floor: runs a command under a one-instruction filter that
 * allows everything, to measure what any seccomp filter costs on this
 * kernel's syscall entry path, before sift does anything.
 * Usage: seccomp_floor CMD [ARGS] */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog p = { 1, f };

	if (argc < 2) {
		fprintf(stderr, "usage: seccomp_floor CMD [ARGS]\n");
		return 2;
	}
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
		    SECCOMP_FILTER_FLAG_SPEC_ALLOW, &p) < 0) {
		perror("seccomp_floor: seccomp");
		return 1;
	}
	execvp(argv[1], argv + 1);
	perror("seccomp_floor: exec");
	return 127;
}
