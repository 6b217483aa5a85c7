/* guard_traceme: a child asks to be traced by its parent, as a
 * debugger's inferior does, and both print what they see: the child's
 * TracerPid and whether PTRACE_TRACEME worked. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

static int tracer_pid(void)
{
	char line[256];
	int pid = -1;
	FILE *f = fopen("/proc/self/status", "r");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "TracerPid: %d", &pid) == 1)
			break;
	if (f)
		fclose(f);
	return pid;
}

int main(void)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		int traced_by_other = tracer_pid() != 0;
		long rc = ptrace(PTRACE_TRACEME, 0, 0, 0);
		printf("child: traced before: %s, TRACEME: %s\n",
		       traced_by_other ? "yes" : "no",
		       rc == 0 ? "ok" : strerror(errno));
		fflush(stdout);
		_exit(0);
	}
	int st;
	waitpid(pid, &st, 0);
	printf("child exited %d\n", WEXITSTATUS(st));
	return 0;
}
