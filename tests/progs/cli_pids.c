/* Process ids in arguments, return values and siginfo, for -Y /
 * --decode-pids=comm and --pidns-translation: a live child (its comm is
 * readable), a reaped one (it is not), a thread, signals.  SIGCHLD is
 * blocked so its delivery cannot move between runs; new tasks wait on a
 * pipe until their creator's call has returned.  With "ns" it runs as
 * pid 1 of a new pid namespace (trace it with -f). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static int tgo[2], tready[2];

static void on_usr2(int sig)
{
	(void)sig;
}

/* the thread stays until exit_group: its own exit could race with
 * the main thread's next call */
static void *thread_main(void *arg)
{
	char c;

	(void)arg;
	read(tgo[0], &c, 1);
	syscall(SYS_gettid);
	write(tready[1], "r", 1);
	read(tgo[0], &c, 1);
	return NULL;
}

static void calls_on(pid_t pid)
{
	struct sched_param sp;
	struct rlimit rl;
	cpu_set_t set;
	int x = 1, y;
	struct iovec l = { &y, sizeof(y) }, r = { &x, sizeof(x) };

	kill(pid, 0);
	syscall(SYS_tkill, pid, 0);
	syscall(SYS_tgkill, pid, pid, 0);
	getpgid(pid);
	getsid(pid);
	sched_getscheduler(pid);
	sched_getparam(pid, &sp);
	sched_getaffinity(pid, sizeof(set), &set);
	prlimit(pid, RLIMIT_NOFILE, NULL, &rl);
	getpriority(PRIO_PROCESS, (id_t)pid);
	process_vm_readv(pid, &l, 1, &r, 1, 0);
	int pfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (pfd >= 0)
		close(pfd);
}

static int body(void)
{
	int go[2], ready[2];
	sigset_t mask;
	siginfo_t si;
	pthread_t th;
	char c;

	sigemptyset(&mask);
	sigaddset(&mask, SIGCHLD);
	sigaddset(&mask, SIGUSR1);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	signal(SIGUSR2, on_usr2);
	pid_t self = getpid();
	syscall(SYS_gettid);
	calls_on(self);
	/* a signal from itself, collected and delivered */
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = self;
	syscall(SYS_rt_sigqueueinfo, self, SIGUSR1, &si);
	sigset_t usr1;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigwaitinfo(&usr1, &si);
	kill(self, SIGUSR2);
	/* a thread's tid */
	if (pipe(tgo) || pipe(tready))
		return 1;
	pthread_create(&th, NULL, thread_main, NULL);
	write(tgo[1], "g", 1);
	read(tready[0], &c, 1);
	/* a child alive, then a zombie, then reaped */
	if (pipe(go) || pipe(ready))
		return 1;
	pid_t kid = fork();
	if (kid == 0) {
		close(go[1]);
		read(go[0], &c, 1);
		getpid();
		write(ready[1], "r", 1);
		read(go[0], &c, 1);
		_exit(3);
	}
	write(go[1], "g", 1);
	read(ready[0], &c, 1);
	calls_on(kid);
	close(go[1]);
	waitid(P_PID, (id_t)kid, &si, WEXITED | WNOWAIT);
	kill(kid, 0);
	wait4(kid, NULL, 0, NULL);
	kill(kid, 0);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "ns"))
		return body();
	int p[2];
	char c;

	if (unshare(CLONE_NEWPID) || pipe(p))
		return 1;
	pid_t init = fork();
	if (init == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		close(p[0]);
		_exit(body());
	}
	close(p[0]);
	write(p[1], "g", 1);
	close(p[1]);
	int st;
	waitpid(init, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
