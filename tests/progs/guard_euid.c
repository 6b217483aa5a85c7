/* guard_euid: prints its real and effective ids, then opens a file.
 * Installed set-user-ID root (or with a file capability) by
 * tests/integration/exactness.sh: sift's filter must not make execve
 * ignore that (no_new_privs) when plain ptrace would not. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The effective capability set, as /proc shows it. */
static void cap_eff(char *out, size_t len)
{
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");

	snprintf(out, len, "?");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "CapEff: %63s", out) == 1)
			break;
	if (f)
		fclose(f);
}

int main(void)
{
	char caps[64];
	int fd = open("/etc/hostname", O_RDONLY);

	cap_eff(caps, sizeof(caps));
	printf("uid=%d euid=%d capeff=%s open=%s\n", (int)getuid(),
	       (int)geteuid(), caps, fd >= 0 ? "ok" : "fail");
	return 0;
}
