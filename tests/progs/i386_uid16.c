/* i386_uid16: the 16-bit uid/gid calls of a 32-bit process (setuid,
 * chown, getgroups ... without the 32 suffix; 0xffff is -1) and their
 * 32-bit twins, changing nothing (-1 keeps an id). */
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	unsigned short g[4];
	unsigned int g32[4];

	syscall(SYS_getuid);
	syscall(SYS_getegid);
	syscall(SYS_setuid, -1);
	syscall(SYS_setuid, 0xffff);
	syscall(SYS_setgid, 0x1ffff);
	syscall(SYS_setreuid, -1, -1);
	syscall(SYS_setresuid, -1, 0xffff, -1);
	syscall(SYS_setresgid, 0xffff, -1, -1);
	syscall(SYS_setfsuid, -1);
	syscall(SYS_getgroups, 4, g);
	syscall(SYS_getgroups, 0, NULL);
	syscall(SYS_getgroups, -1, g);
	syscall(SYS_chown, "/nonexistent", -1, 0xffff);
	syscall(SYS_lchown, "/nonexistent", 1, 2);
	syscall(SYS_fchown, -1, 3, 4);
	syscall(SYS_getresuid, g, g + 1, g + 2);
	syscall(SYS_getresgid, g, NULL, g + 2);
	syscall(SYS_setuid32, -1);
	syscall(SYS_setresuid32, -1, -1, -1);
	syscall(SYS_getresuid32, g32, g32 + 1, g32 + 2);
	syscall(SYS_getgroups32, 4, g32);
	syscall(SYS_chown32, "/nonexistent", -1, 0xffff);
	syscall(SYS_fchown32, -1, 0, 0);
	return 0;
}
