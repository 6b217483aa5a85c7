/* Every argument and struct field strace prints as a process id, for -Y
 * (the process's name after it) and --pidns-translation: pid 1 and this
 * process, next to the group ids and "all" ids strace prints as plain
 * numbers (waitid's P_PGID/P_ALL id, setpgid's group, perf_event_open's
 * pid, F_OWNER_PGRP).  Every call fails or changes nothing. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/capability.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define PTRACE_PEEKDATA_ 2

static void wait_ids(void)
{
	siginfo_t si;

	syscall(SYS_waitid, P_PGID, 1, &si, WEXITED | WNOHANG, 0);
	syscall(SYS_waitid, P_PID, 1, &si, WEXITED | WNOHANG, 0);
	syscall(SYS_waitid, P_ALL, 1, &si, WEXITED | WNOHANG, 0);
	syscall(SYS_wait4, 1, 0, WNOHANG, 0);
	syscall(SYS_setpgid, 1, 1);
}

static void process_calls(void)
{
	syscall(SYS_ioprio_get, 1, 1);  /* IOPRIO_WHO_PROCESS */
	syscall(SYS_ioprio_get, 2, 1);  /* IOPRIO_WHO_PGRP */
	syscall(SYS_ioprio_get, 3, 0);  /* IOPRIO_WHO_USER */
	syscall(SYS_prctl, PR_SET_PTRACER, 1, 0, 0, 0);
	syscall(SYS_migrate_pages, 1, 0, 0, 0);
	syscall(SYS_move_pages, 1, 0, 0, 0, 0, 0);
	syscall(SYS_ptrace, PTRACE_PEEKDATA_, 1, 0, 0);
	syscall(SYS_perf_event_open, 0, 1, 0, -1, 0);
}

static void struct_fields(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 1 };
	struct __user_cap_data_struct d[2];
	struct f_owner_ex o = { F_OWNER_PID, 1 };
	union bpf_attr a;

	syscall(SYS_capget, &h, d);
	fcntl(0, F_SETOWN_EX, &o);
	o.type = F_OWNER_PGRP;
	fcntl(0, F_SETOWN_EX, &o);
	o.type = F_OWNER_TID;
	fcntl(0, F_SETOWN_EX, &o);
	fcntl(0, F_SETOWN, 1);
	fcntl(0, F_GETOWN_EX, &o);
	fcntl(0, F_SETOWN, -1);
	memset(&a, 0, sizeof(a));
	a.task_fd_query.pid = 1;
	syscall(SYS_bpf, BPF_TASK_FD_QUERY, &a, sizeof(a));
}

/* F_GETLK names the holder of a lock: this process, seen by a child */
static void lock_holder(void)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_len = 1 };
	int fd = open("lockfile", O_RDWR | O_CREAT | O_TRUNC, 0600);

	if (fd < 0)
		return;
	unlink("lockfile");
	fcntl(fd, F_SETLK, &fl);
	pid_t pid = fork();
	if (pid == 0) {
		fcntl(fd, F_GETLK, &fl);
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	close(fd);
}

int main(void)
{
	wait_ids();
	process_calls();
	struct_fields();
	lock_holder();
	return 0;
}
