/* count_known: makes a known number of syscalls for the -c tests.
 *
 *   count_known [-t THREADS] [-c CHILDREN] [-n N] [-s] [-i] [-W]
 *
 * Every worker -- the main thread, each of THREADS threads and each of
 * CHILDREN forked processes -- makes N (default 1) rounds of
 *   1000 getppid()                      -> getppid calls 1000, errors 0
 *    500 open("/nonexistent/...")       -> open calls 500, errors 500 ENOENT
 *    300 close(-1)                      -> close calls 300, errors 300 EBADF
 * through syscall(2), so libc cannot pick other syscalls (open, not
 * openat).  Linked statically, so no dynamic loader adds open/close calls.
 * Without -f a tracer sees the main thread only; with -f all workers.
 *
 * -s: first install a seccomp filter that fails getppid with EPERM, so
 *     each getppid is refused before the raw_syscalls sys_enter
 *     tracepoint (which then never fires) -> getppid errors 1000 too.
 * -i: the main thread also makes, through int 0x80 (i386 personality),
 *     100 getppid (i386 nr 64) and 50 close(-1) -> "32 bit mode" table
 *     (plus one x86_64 getppid to compare with).
 * -W: print "ready <pid>" on stdout, then wait for one byte on stdin
 *     before starting (to attach with -p first).  Threads and children
 *     are created after that byte, so -p -f must follow them.
 * Exits 0 when every call failed or succeeded as expected, 1 otherwise. */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int rounds = 1;
static int refuse_getppid;

static int install_filter(void)
{
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {
		.len = sizeof(insns) / sizeof(insns[0]),
		.filter = insns,
	};

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

static int work(void)
{
	int bad = 0;

	for (int r = 0; r < rounds; r++) {
		for (int i = 0; i < 1000; i++) {
			long r = syscall(SYS_getppid);

			if (refuse_getppid ? r != -1 || errno != EPERM
					   : r <= 0)
				bad++;
		}
		for (int i = 0; i < 500; i++)
			if (syscall(SYS_open, "/nonexistent/count_known",
				    O_RDONLY) != -1 ||
			    errno != ENOENT)
				bad++;
		for (int i = 0; i < 300; i++)
			if (syscall(SYS_close, -1) != -1 || errno != EBADF)
				bad++;
	}
	return bad;
}

static long int80(long nr, long a)
{
	long r;

	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a) : "memory");
	return r;
}

static int work_i386(void)
{
	long ppid = syscall(SYS_getppid);
	int bad = 0;

	for (int i = 0; i < 100; i++)
		if (int80(64, 0) != ppid)
			bad++;
	for (int i = 0; i < 50; i++)
		if (int80(6, -1) != -EBADF)
			bad++;
	return bad;
}

static void *thread_main(void *arg)
{
	return (void *)(long)work();
}

int main(int argc, char **argv)
{
	int nthreads = 0, nchildren = 0, wait_go = 0, i386 = 0, bad = 0, c;
	pthread_t th[64];
	pid_t kids[64];

	while ((c = getopt(argc, argv, "t:c:n:siW")) != -1) {
		switch (c) {
		case 't':
			nthreads = atoi(optarg);
			break;
		case 'c':
			nchildren = atoi(optarg);
			break;
		case 'n':
			rounds = atoi(optarg);
			break;
		case 's':
			refuse_getppid = 1;
			break;
		case 'i':
			i386 = 1;
			break;
		case 'W':
			wait_go = 1;
			break;
		default:
			return 2;
		}
	}
	if (nthreads > 64 || nchildren > 64)
		return 2;
	if (refuse_getppid && install_filter() != 0)
		return 2;
	if (wait_go) {
		char b;

		printf("ready %d\n", (int)getpid());
		fflush(stdout);
		if (read(0, &b, 1) != 1)
			return 2;
	}
	for (int i = 0; i < nchildren; i++) {
		kids[i] = fork();
		if (kids[i] < 0)
			return 2;
		if (kids[i] == 0)
			_exit(work() != 0);
	}
	for (int i = 0; i < nthreads; i++)
		if (pthread_create(&th[i], NULL, thread_main, NULL) != 0)
			return 2;
	bad += work();
	if (i386)
		bad += work_i386();
	for (int i = 0; i < nthreads; i++) {
		void *r;

		pthread_join(th[i], &r);
		bad += (int)(long)r;
	}
	for (int i = 0; i < nchildren; i++) {
		int st;

		if (waitpid(kids[i], &st, 0) != kids[i] || !WIFEXITED(st) ||
		    WEXITSTATUS(st) != 0)
			bad++;
	}
	return bad != 0;
}
