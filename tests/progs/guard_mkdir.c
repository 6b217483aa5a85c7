/* guard_mkdir: makes a directory and prints what it got. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(void)
{
	int rc = mkdir("guard-dir", 0755);
	printf("mkdir: %s\n", rc == 0 ? "ok" : strerror(errno));
	return 0;
}
