/* guard_ownfilter [errno|trap|kill|prctl|tsync|notif]: sandboxes itself
 * with a seccomp filter that answers openat with the action named, then
 * opens a file.  Under sift's filter those actions come before sift's
 * TRACE; sift must still show the call as plain ptrace does.  "kill"
 * and "notif" run in a child so the parent can report. */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static struct sock_filter insns[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 0, 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM), /* patched */
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};
static struct sock_fprog prog = {sizeof(insns) / sizeof(insns[0]), insns};

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	static const char msg[] = "SIGSYS caught\n";
	if (write(1, msg, sizeof(msg) - 1) < 0)
		_exit(1);
}

static long install(unsigned int flags)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

static void try_open(const char *who)
{
	int fd = openat(AT_FDCWD, "/etc/hostname", O_RDONLY);
	printf("%s: open: %s\n", who, fd >= 0 ? "ok" : strerror(errno));
	fflush(stdout);
}

static void *thread_open(void *arg)
{
	pthread_barrier_t *b = arg;
	pthread_barrier_wait(b); /* the filter is in place */
	try_open("thread");
	return NULL;
}

/* notif: a thread sandboxes itself with USER_NOTIF for openat and
 * opens; the main thread, its supervisor, answers EACCES. */
static int listener = -1;
static pthread_barrier_t notif_ready;

static void *notif_thread(void *arg)
{
	insns[5].k = SECCOMP_RET_USER_NOTIF;
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	listener = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
				SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
	pthread_barrier_wait(&notif_ready);
	if (listener >= 0)
		try_open("thread");
	return NULL;
}

static void supervise(void)
{
	struct seccomp_notif req;
	struct seccomp_notif_resp resp;
	pthread_t th;

	pthread_barrier_init(&notif_ready, NULL, 2);
	pthread_create(&th, NULL, notif_thread, NULL);
	pthread_barrier_wait(&notif_ready);
	if (listener < 0) {
		printf("no listener: %s\n", strerror(errno));
		pthread_join(th, NULL);
		return;
	}
	memset(&req, 0, sizeof(req));
	if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &req) == 0) {
		memset(&resp, 0, sizeof(resp));
		resp.id = req.id;
		resp.error = -EACCES;
		ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp);
	}
	pthread_join(th, NULL);
	try_open("supervisor");
}

static void wait_child(pid_t pid)
{
	int st;
	waitpid(pid, &st, 0);
	if (WIFSIGNALED(st))
		printf("child killed by signal %d\n", WTERMSIG(st));
	else
		printf("child exited %d\n", WEXITSTATUS(st));
}

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "errno";

	printf("PR_GET_SECCOMP before: %d\n",
	       prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	fflush(stdout);
	if (!strcmp(how, "trap")) {
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = on_sigsys;
		sa.sa_flags = SA_SIGINFO;
		sigaction(SIGSYS, &sa, NULL);
		insns[5].k = SECCOMP_RET_TRAP;
	} else if (!strcmp(how, "kill")) {
		insns[5].k = SECCOMP_RET_KILL_PROCESS;
		pid_t pid = fork();
		if (pid == 0) {
			install(0);
			try_open("child");
			_exit(0);
		}
		wait_child(pid);
		try_open("parent");
		return 0;
	} else if (!strcmp(how, "prctl")) {
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) < 0)
			perror("prctl");
		printf("PR_GET_SECCOMP after: %d\n",
		       prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
		try_open("self");
		/* descendants inherit the filter, and are seen as well */
		pid_t pid = fork();
		if (pid == 0) {
			try_open("child");
			_exit(0);
		}
		wait_child(pid);
		return 0;
	} else if (!strcmp(how, "notif")) {
		supervise();
		return 0;
	} else if (!strcmp(how, "tsync")) {
		pthread_t th;
		pthread_barrier_t b;
		pthread_barrier_init(&b, NULL, 2);
		pthread_create(&th, NULL, thread_open, &b);
		if (install(SECCOMP_FILTER_FLAG_TSYNC) != 0)
			perror("seccomp");
		pthread_barrier_wait(&b);
		pthread_join(th, NULL);
		try_open("self");
		return 0;
	}
	if (install(0) != 0)
		perror("seccomp");
	try_open("self");
	return 0;
}
