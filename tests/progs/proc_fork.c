/* Process life cycle: fork, clone, clone3, vfork, execve/execveat, exit,
 * wait4/waitid with every status kind.  Children wait on a pipe until the
 * parent's fork has returned, and the parent waits untraced (SIGCHLD via
 * sigwaitinfo) until a child is gone, so a -f trace has one order. */
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static sigset_t chld;

/* Wait (untraced) until a child has been reaped by the tracer and
 * reported to us. */
static void child_gone(void)
{
	siginfo_t si;

	syscall(SYS_rt_sigtimedwait, &chld, &si, NULL, 8);
}

static void gate_wait(int fd)
{
	char c;

	while (syscall(SYS_read, fd, &c, 1) < 0)
		;
}

static void gate_open(int fd)
{
	syscall(SYS_write, fd, "x", 1);
}

static void run_child(int how)
{
	char *argv[] = { "true", "-x", "arg with space", NULL };
	char *envp[] = { "A=1", "B=two", NULL };

	switch (how) {
	case 0:
		syscall(SYS_exit_group, 3);
		break;
	case 1:
		syscall(SYS_execve, "/bin/true", argv, envp);
		break;
	case 2:
		syscall(SYS_kill, getpid(), SIGKILL);
		break;
	case 3:
		/* abort with a core dump request, limited to no core */
		syscall(SYS_kill, getpid(), SIGQUIT);
		break;
	case 4:
		syscall(SYS_execveat, AT_FDCWD, "/bin/true", argv, envp, 0);
		break;
	}
	syscall(SYS_exit, 0);
}

static pid_t spawn(int how)
{
	int gate[2];

	pipe(gate);
	pid_t pid = fork();
	if (pid == 0) {
		gate_wait(gate[0]);
		run_child(how);
	}
	gate_open(gate[1]);
	close(gate[0]);
	close(gate[1]);
	return pid;
}

int main(void)
{
	int status;
	siginfo_t si;
	struct rusage ru;
	struct rlimit nocore = { 0, 0 };

	setrlimit(RLIMIT_CORE, &nocore);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);

	/* exit code */
	pid_t pid = spawn(0);
	child_gone();
	syscall(SYS_wait4, pid, &status, 0, NULL);

	/* execve: argv, envp */
	pid = spawn(1);
	child_gone();
	syscall(SYS_wait4, -1, &status, WNOHANG | __WALL, NULL);

	/* killed by a signal */
	pid = spawn(2);
	child_gone();
	syscall(SYS_wait4, pid, &status, 0, NULL);

	/* SIGQUIT: "core dumped" is not set with a zero core limit */
	pid = spawn(3);
	child_gone();
	syscall(SYS_waitid, P_PID, pid, &si, WEXITED | WNOWAIT, NULL);
	syscall(SYS_waitid, P_ALL, 0, &si, WEXITED, NULL);

	/* execveat */
	pid = spawn(4);
	child_gone();
	syscall(SYS_waitid, P_PID, pid, &si, WEXITED, NULL);

	/* the fork syscall itself, and a stopped child */
	int gate0[2];
	pipe(gate0);
	pid = syscall(SYS_fork);
	if (pid == 0) {
		gate_wait(gate0[0]);
		syscall(SYS_exit_group, 5);
	}
	gate_open(gate0[1]);
	child_gone();
	syscall(SYS_wait4, pid, &status, __WALL, NULL);
	close(gate0[0]);
	close(gate0[1]);

	/* nothing left */
	syscall(SYS_wait4, -1, &status, 0, &ru);
	syscall(SYS_wait4, -1, NULL, WNOHANG, NULL);
	syscall(SYS_waitid, P_ALL, 0, &si, WEXITED, &ru);
	syscall(SYS_wait4, -1, (void *)1, 0x40000000, NULL);
	syscall(SYS_waitid, P_PGID, 0, NULL, WEXITED | WSTOPPED | WCONTINUED,
		NULL);
	syscall(SYS_waitid, 7, 0, (void *)1, 0, (void *)1);
	syscall(SYS_waitid, P_PIDFD, 1000, NULL, WEXITED, NULL);

	/* exec failures */
	char *argv[] = { "nope", NULL };
	syscall(SYS_execve, "/nonexistent/prog", argv, NULL);
	syscall(SYS_execve, "/nonexistent/prog", NULL, NULL);
	syscall(SYS_execve, "/nonexistent/prog", (void *)1, (void *)1);
	syscall(SYS_execve, NULL, argv, argv);
	syscall(SYS_execveat, 1000, "prog", argv, NULL,
		AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
	syscall(SYS_execveat, AT_FDCWD, "", argv, NULL, 0x1);

	/* clone with flags and a signal */
	int gate[2];
	pipe(gate);
	int ptid = 0, ctid = 0;
	pid = syscall(SYS_clone, CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID |
		      CLONE_PARENT_SETTID | SIGCHLD, NULL, &ptid, &ctid, 0);
	if (pid == 0) {
		gate_wait(gate[0]);
		syscall(SYS_exit_group, 0);
	}
	gate_open(gate[1]);
	child_gone();
	syscall(SYS_wait4, pid, &status, 0, NULL);
	close(gate[0]);
	close(gate[1]);
	syscall(SYS_clone, CLONE_THREAD, NULL, NULL, NULL, 0);
	syscall(SYS_clone, CLONE_NEWUSER | CLONE_FS | CLONE_PARENT_SETTID |
		SIGCHLD, (void *)1, (void *)2, (void *)3, 4);

	/* clone3 */
	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_PARENT_SETTID;
	ca.exit_signal = SIGCHLD;
	ca.parent_tid = (uintptr_t)&status;
	pipe(gate);
	pid = syscall(SYS_clone3, &ca, sizeof(ca));
	if (pid == 0) {
		gate_wait(gate[0]);
		syscall(SYS_exit_group, 0);
	}
	gate_open(gate[1]);
	child_gone();
	syscall(SYS_wait4, pid, &status, 0, NULL);
	syscall(SYS_clone3, NULL, sizeof(ca));
	syscall(SYS_clone3, (void *)1, sizeof(ca));
	syscall(SYS_clone3, &ca, 8);
	ca.flags = CLONE_VM | CLONE_PIDFD | CLONE_SETTLS;
	ca.pidfd = 1;
	ca.stack = 0x1000;
	ca.stack_size = 0x2000;
	ca.tls = 0x3000;
	ca.exit_signal = 1000;
	syscall(SYS_clone3, &ca, sizeof(ca));
	syscall(SYS_exit_group, 0);
	return 0;
}
