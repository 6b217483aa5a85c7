/* Patterned structs behind the struct-taking calls of the sweep's
 * families, for runs that inject every call's result (none of them runs:
 * clone3 creates no process, mount_setattr changes nothing): the buffer
 * lives at a fixed address so that every pointer and pointer-derived
 * number prints the same, and each call is made at several sizes and
 * with its struct running into a PROT_NONE page. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BASE 0x50000000UL

static unsigned long a = BASE, g = BASE + 4096;

static void quotas(void)
{
	static const unsigned int cmds[] = {
		0x800001, 0x800002, 0x800003, 0x800004, 0x800005, 0x800006,
		0x800007, 0x800008, 0x800009, 0x5801, 0x5802, 0x5803, 0x5804,
		0x5805, 0x5806, 0x5807, 0x5808, 0x5809, 0x580a, 0x580b,
		0x580c, 0x7777,
	};

	for (unsigned int i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		for (unsigned int type = 0; type <= 3; type++) {
			syscall(SYS_quotactl, (cmds[i] << 8) | type, a + 2000,
				1000, a);
			syscall(SYS_quotactl, (cmds[i] << 8) | type, a + 2000,
				1000, g - 16);
			syscall(SYS_quotactl_fd, 0, (cmds[i] << 8) | type,
				1000, a + 64);
		}
}

static void sized(void)
{
	for (unsigned long sz = 0; sz <= 104; sz += 8) {
		syscall(SYS_clone3, a + 8, sz);
		syscall(SYS_clone3, g - sz / 2, sz);
		syscall(SYS_openat2, -1, a + 2000, a + 16, sz);
		syscall(SYS_openat2, -1, a + 2000, g - sz / 2, sz);
		syscall(SYS_mount_setattr, -1, a + 2000, 0x8000, a + 24, sz);
		syscall(SYS_mount_setattr, -1, a + 2000, 0, g - sz / 2, sz);
		syscall(SYS_landlock_create_ruleset, a + 32, sz, 0);
		syscall(SYS_landlock_create_ruleset, g - sz / 2, sz, 0);
		syscall(SYS_io_uring_enter, -1, 1, 1, 0x8 | 0x1, a + 40, sz);
		syscall(SYS_io_uring_enter, -1, 1, 1, 0x8, g - sz / 2, sz);
	}
	for (int type = 0; type <= 3; type++) {
		syscall(SYS_landlock_add_rule, -1, type, a + 48, 0);
		syscall(SYS_landlock_add_rule, -1, type, g - 8, 0);
	}
	syscall(SYS_io_uring_setup, 1, a + 56);
	syscall(SYS_io_uring_setup, 1, g - 60);
	syscall(SYS_sysinfo, a + 64);
	syscall(SYS_sysinfo, g - 60);
	syscall(SYS_kcmp, 1, 1, 7, 0, a + 72);
	syscall(SYS_kcmp, 1, 1, 7, 0, g - 8);
	syscall(SYS_process_madvise, -1, a + 80, 2, 21, 0);
	syscall(SYS_move_pages, 0, 3, a + 96, a + 128, a + 160, 2);
	syscall(SYS_get_mempolicy, a + 192, a + 200, 130, a + 224, 3);
	syscall(SYS_get_mempolicy, g - 4, g - 8, 129, 0, 0);
}

int main(void)
{
	unsigned char *p = mmap((void *)BASE, 8192, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS |
				MAP_FIXED_NOREPLACE, -1, 0);

	if (p != (void *)BASE)
		return 1;
	for (int i = 0; i < 4096; i++)
		p[i] = (unsigned char)(i * 7 + 1);
	memcpy(p + 2000, "/nonexistent-sift", 18);
	mprotect(p + 4096, 4096, PROT_NONE);
	quotas();
	sized();
	return 0;
}
