/* clone3 corner cases that never create a process: unknown flags (EINVAL),
 * sizes below, at and above the known struct versions, zero and non-zero
 * bytes past the struct, NULL, unreadable and page-straddling structs.
 * With a return value injected, the pidfd/parent_tid stores show. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

struct args {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack,
		stack_size, tls, set_tid, set_tid_size, cgroup;
	uint64_t extra[4];
};

#define CLONE_UNKNOWN 0x80000000000ULL
#define CLONE_PIDFD 0x1000ULL
#define CLONE_SETTLS 0x80000ULL
#define CLONE_PARENT_SETTID 0x100000ULL
#define CLONE_CHILD_SETTID 0x1000000ULL
#define CLONE_INTO_CGROUP 0x200000000ULL

static void at_end(char *end, const struct args *a, size_t n, size_t size)
{
	memcpy(end - n, a, n);
	syscall(SYS_clone3, end - n, size);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end;
	struct args a;
	int pidfd = -1, ptid = -1, tids[2] = { 7, 8 };

	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	end = page + 4096;

	memset(&a, 0, sizeof(a));
	a.flags = CLONE_UNKNOWN;
	a.exit_signal = SIGCHLD;
	/* sizes: below the first version, each version, larger */
	syscall(SYS_clone3, &a, 0);
	syscall(SYS_clone3, &a, 8);
	syscall(SYS_clone3, &a, 63);
	syscall(SYS_clone3, &a, 64);
	syscall(SYS_clone3, &a, 72);
	syscall(SYS_clone3, &a, 80);
	syscall(SYS_clone3, &a, 88);
	syscall(SYS_clone3, &a, 96);
	a.extra[0] = 0x1234;
	syscall(SYS_clone3, &a, 96);
	syscall(SYS_clone3, &a, 120);
	a.extra[0] = 0;
	/* NULL, unreadable, straddling the end of a page */
	syscall(SYS_clone3, NULL, 64);
	syscall(SYS_clone3, 1, 64);
	at_end(end, &a, 56, 64);
	at_end(end, &a, 64, 64);
	at_end(end, &a, 64, 88);
	at_end(end, &a, 80, 88);
	at_end(end, &a, 80, 96);
	at_end(end, &a, 88, 96);
	at_end(end, &a, 32, 64);
	at_end(end, &a, 8, 16);

	/* every optional field; exit signals past the signal range */
	a.flags = CLONE_UNKNOWN | CLONE_SETTLS | CLONE_CHILD_SETTID |
		  CLONE_INTO_CGROUP;
	a.exit_signal = 0xffffffffffffffffULL;
	a.child_tid = 1;
	a.set_tid = (uintptr_t)tids;
	a.set_tid_size = 2;
	a.cgroup = 5;
	a.tls = 0x1000;
	a.stack = 0x2000;
	a.stack_size = 0x1000;
	syscall(SYS_clone3, &a, 88);
	syscall(SYS_clone3, &a, 80);
	a.exit_signal = 65;
	a.set_tid = 1;
	syscall(SYS_clone3, &a, 88);
	a.set_tid = 0;
	a.set_tid_size = 0;
	a.cgroup = 0;
	a.exit_signal = 0;
	syscall(SYS_clone3, &a, 88);

	/* stored at exit: the pidfd and the parent's tid */
	memset(&a, 0, sizeof(a));
	a.flags = CLONE_UNKNOWN | CLONE_PIDFD | CLONE_PARENT_SETTID;
	a.pidfd = (uintptr_t)&pidfd;
	a.parent_tid = (uintptr_t)&ptid;
	a.exit_signal = SIGCHLD;
	syscall(SYS_clone3, &a, 64);
	a.pidfd = 0;
	a.parent_tid = 1;
	syscall(SYS_clone3, &a, 64);
	a.flags = CLONE_UNKNOWN | CLONE_PIDFD;
	a.pidfd = (uintptr_t)(end - 2);
	syscall(SYS_clone3, &a, 64);
	return 0;
}
