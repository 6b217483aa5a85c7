/* Starting the traced command. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/seccomp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "backend/ptrace/ptrace_int.h"
#include "bpfgen/bpfgen.h"
#include "cli/options.h"
#include "output/output.h"

unsigned long ptr_trace_options(const struct options *o, bool seccomp,
				bool exec)
{
	unsigned long opts = PTRACE_O_TRACESYSGOOD;

	if (exec)
		opts |= PTRACE_O_TRACEEXEC;
	if (o->follow || seccomp)
		opts |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
			PTRACE_O_TRACECLONE;
	if (seccomp)
		opts |= PTRACE_O_TRACESECCOMP;
	/* a filtered tracee without its tracer would get ENOSYS: better it
	 * dies with sift (DESIGN.md) */
	if (seccomp || o->kill_on_exit)
		opts |= PTRACE_O_EXITKILL;
	return opts;
}

int ptr_resolve_cmd(const char *cmd, char *buf, size_t size)
{
	struct stat st;

	if (strchr(cmd, '/')) {
		if (stat(cmd, &st) < 0)
			return -errno;
		snprintf(buf, size, "%s", cmd);
		return 0;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	int err = -ENOENT;
	while (*path) {
		const char *end = strchr(path, ':');
		size_t len = end ? (size_t)(end - path) : strlen(path);
		snprintf(buf, size, "%.*s%s%s", (int)len, path, len ? "/" : "",
			 cmd);
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode)) {
			if (access(buf, X_OK) == 0)
				return 0;
			err = -EACCES;
		}
		path = end ? end + 1 : path + len;
	}
	return err;
}

static __attribute__((noreturn)) void child_fail(int fd, const char *what)
{
	int err = errno;
	char msg[256];

	snprintf(msg, sizeof(msg), "%s: %s: %s\n", out_progname, what,
		 strerror(err));
	if (write(STDERR_FILENO, msg, strlen(msg)) < 0)
		(void)fd;
	_exit(1);
}

static void child_set_user(const struct options *o)
{
	struct passwd *pw;

	if (!o->user)
		return;
	pw = getpwnam(o->user);
	if (!pw)
		child_fail(2, "cannot find user");
	if (initgroups(pw->pw_name, pw->pw_gid) < 0 || setgid(pw->pw_gid) < 0 ||
	    setuid(pw->pw_uid) < 0)
		child_fail(2, "cannot change user");
}

static void child_set_env(const struct options *o)
{
	for (size_t i = 0; i < o->nenv; i++) {
		char *eq = strchr(o->env_set[i], '=');
		if (eq) {
			*eq = '\0';
			setenv(o->env_set[i], eq + 1, 1);
			*eq = '=';
		} else {
			unsetenv(o->env_set[i]);
		}
	}
}

/* no_new_privs only when the kernel asks for it (no CAP_SYS_ADMIN):
 * with it, execve ignores set-user-ID bits and file capabilities, which
 * plain ptrace under a privileged tracer honours. */
static void child_install(const struct sock_fprog *filter, int status_fd)
{
	if (!filter)
		return;
	int err = bpfgen_install_fprog(filter);
	if (!err)
		return;
	char msg[1 + sizeof(int)];
	err = -err;
	msg[0] = 'F';
	memcpy(msg + 1, &err, sizeof(err));
	if (write(status_fd, msg, sizeof(msg)) < 0)
		_exit(1);
}

void ptr_child_exec(const struct options *o, const struct sock_fprog *filter,
		    const char *path, int release_fd, int status_fd)
{
	char c;

	/* wait until the tracer has seized us */
	while (read(release_fd, &c, 1) < 0 && errno == EINTR)
		;
	close(release_fd);
	/* before -u drops the privilege to go without no_new_privs */
	child_install(filter, status_fd);
	child_set_user(o);
	child_set_env(o);
	ptr_restore_inherited_signals();
	execv(path, o->argv);
	child_fail(status_fd, "exec");
}

int ptr_spawn_pipes(const struct options *o, char *path, size_t size,
		    int rel[2], int st[2])
{
	int err = ptr_resolve_cmd(o->argv[0], path, size);

	if (err)
		return err;
	if (pipe2(rel, O_CLOEXEC) < 0)
		return -errno;
	if (pipe2(st, O_CLOEXEC) < 0) {
		err = -errno;
		close(rel[0]);
		close(rel[1]);
		return err;
	}
	return 0;
}

pid_t ptr_spawn(const struct options *o, const struct sock_fprog *filter,
		int *release_fd, int *status_fd)
{
	char path[4096];
	int rel[2], st[2];
	int err = ptr_spawn_pipes(o, path, sizeof(path), rel, st);

	if (err)
		return err;
	pid_t pid = fork();
	if (pid < 0) {
		err = -errno;
		close(rel[0]);
		close(rel[1]);
		close(st[0]);
		close(st[1]);
		return err;
	}
	if (pid == 0) {
		close(rel[1]);
		close(st[0]);
		ptr_child_exec(o, filter, path, rel[0], st[1]);
	}
	close(rel[0]);
	close(st[1]);
	*release_fd = rel[1];
	*status_fd = st[0];
	return pid;
}
