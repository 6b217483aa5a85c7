/* -k across execve: a getppid in stack_exec_before, then the process
 * becomes stack_demo (same directory), whose stacks must name stack_demo's
 * functions, not stale ones from this image. */
#include <limits.h>
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) static void stack_exec_before(void)
{
	getppid();
}

int main(void)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 32);
	char *slash;

	if (n <= 0)
		return 1;
	path[n] = '\0';
	slash = strrchr(path, '/');
	if (!slash)
		return 1;
	strcpy(slash + 1, "stack_demo");
	stack_exec_before();
	execl(path, "stack_demo", (char *)NULL);
	return 1;
}
