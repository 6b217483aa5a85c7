/* i386_oldfs: the old i386 file-system calls of a 32-bit process: oldstat,
 * oldlstat, oldfstat, stat, lstat, fstat (the 32-bit struct stat), readdir,
 * getdents, the old select, olduname, oldolduname, ustat, sethostname,
 * setdomainname (set to what they are: nothing changes), _sysctl, and the
 * calls strace prints raw or without arguments.  Buffers are filled with a
 * pattern first, so a call whose success is injected shows fixed data.
 * Fixtures (a file and a directory in /tmp) are made once and never
 * changed, so repeated runs see the same inodes and times. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "i386_fixture.h"

#define DIR "/tmp/sift-i386-oldfs-dir"

static char buf[4096];

static void fixture(void)
{
	fixture_file();
	if (mkdir(DIR, 0755) == 0)
		close(open(DIR "/entry", O_WRONLY | O_CREAT, 0600));
}

static char *fill(int c)
{
	memset(buf, c, sizeof(buf));
	return buf;
}

/* the struct __old_kernel_stat an injected call shows: a char device */
static char *old_chr(void)
{
	unsigned short *s = (unsigned short *)fill(0);

	s[0] = 0x0803, s[1] = 77, s[2] = 020620, s[3] = 1, s[6] = 0x0105;
	((unsigned int *)buf)[4] = 1234;
	((unsigned int *)buf)[5] = 1700000000;
	return buf;
}

static void stats(int dn, char *end, char *none)
{
	static const long paths[] = { SYS_oldstat, SYS_oldlstat, SYS_stat,
				      SYS_lstat };

	for (int i = 0; i < 4; i++) {
		syscall(paths[i], FIX, fill(0xff));
		syscall(paths[i], "/dev/null", fill(0x80));
		syscall(paths[i], "/nonexistent/x", fill(0));
		syscall(paths[i], NULL, fill(0));
		syscall(paths[i], FIX, NULL);
		syscall(paths[i], FIX, (void *)1);
		syscall(paths[i], FIX, none);
		/* the struct straddles the end of the page */
		syscall(paths[i], "/dev/null", end - 24);
		syscall(paths[i], "/dev/null", old_chr());
	}
	syscall(SYS_oldfstat, dn, fill(0x80));
	syscall(SYS_oldfstat, -1, fill(0));
	syscall(SYS_oldfstat, dn, NULL);
	syscall(SYS_oldfstat, dn, end - 16);
	syscall(SYS_fstat, dn, fill(0xff));
	syscall(SYS_fstat, 99, fill(0));
	syscall(SYS_fstat, dn, (void *)1);
	syscall(SYS_fstat, dn, end - 40);
}

static void dirs(char *end)
{
	int d = open(DIR, O_RDONLY | O_DIRECTORY);

	syscall(SYS_readdir, d, fill(0), 1);
	syscall(SYS_readdir, d, fill(0), 7);
	syscall(SYS_readdir, d, NULL, 1);
	syscall(SYS_readdir, d, (void *)1, -1);
	syscall(SYS_readdir, 99, fill(0), 1);
	syscall(SYS_readdir, d, end - 4, 1);
	lseek(d, 0, SEEK_SET);
	syscall(SYS_getdents, d, fill(0), sizeof(buf));
	lseek(d, 0, SEEK_SET);
	syscall(SYS_getdents, d, fill(0), 20);
	syscall(SYS_getdents, d, fill(0), sizeof(buf));
	syscall(SYS_getdents, d, NULL, sizeof(buf));
	syscall(SYS_getdents, -1, fill(0), 0);
	close(d);
}

static void old_select(char *end)
{
	static long tv[2];
	static unsigned long rd = 1;
	long a[5] = { 1, 0, 0, 0, (long)tv };
	long b[5] = { 2, (long)&rd, 0, 0, (long)tv };
	long c[5] = { -1, 0, 0, 0, (long)tv };
	long *p = (long *)(end - 8);

	syscall(SYS_select, a);
	syscall(SYS_select, b);
	syscall(SYS_select, c);
	syscall(SYS_select, NULL);
	syscall(SYS_select, (void *)1);
	p[0] = 1, p[1] = 0;
	syscall(SYS_select, p);
}

static void names(void)
{
	struct utsname u;
	static long sysctl_args[6] = { 0x10, 2, 0, 0x30, 0, 6 };

	uname(&u);
	syscall(SYS_olduname, fill(0));
	syscall(SYS_olduname, NULL);
	syscall(SYS_oldolduname, fill(0));
	syscall(SYS_oldolduname, (void *)1);
	syscall(SYS_ustat, 0x803, fill(0));
	syscall(SYS_ustat, -1, NULL);
	syscall(SYS_ustat, 0, (void *)1);
	/* the names they already have */
	syscall(SYS_sethostname, u.nodename, strlen(u.nodename));
	syscall(SYS_setdomainname, u.domainname, strlen(u.domainname));
	syscall(SYS_sethostname, "x", 65);
	syscall(SYS_sethostname, NULL, 3);
	syscall(SYS_setdomainname, "x", -1);
	syscall(SYS_setdomainname, (void *)1, 4);
	syscall(SYS__sysctl, sysctl_args);
	syscall(SYS__sysctl, NULL);
	syscall(SYS__sysctl, (void *)1);
}

static void raw_calls(void)
{
	static const long nrs[] = {
		SYS_break, SYS_stty, SYS_gtty, SYS_prof, SYS_lock, SYS_mpx,
		SYS_ulimit, SYS_profil, SYS_idle, SYS_vm86old, SYS_vm86,
		SYS_create_module, SYS_get_kernel_syms, SYS_bdflush,
		SYS_afs_syscall, SYS_query_module, SYS_nfsservctl,
		SYS_getpmsg, SYS_putpmsg, SYS_vserver,
	};

	for (size_t i = 0; i < sizeof(nrs) / sizeof(nrs[0]); i++) {
		syscall(nrs[i], 1, 2, 3, 4, 5, 6);
		syscall(nrs[i], buf, -1, 0x80000000, 0, -5, 6);
	}
	syscall(SYS_uselib, NULL);
	syscall(SYS_uselib, "/nonexistent/lib.so");
	syscall(SYS_getuid);
	syscall(SYS_getgid);
	syscall(SYS_geteuid);
	syscall(SYS_getegid);
	syscall(SYS_getpgrp);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
			  -1, 0);
	int dn;

	munmap(page + 4096, 4096);
	fixture();
	dn = open("/dev/null", O_RDONLY);
	stats(dn, page + 4096, none);
	dirs(page + 4096);
	old_select(page + 4096);
	names();
	raw_calls();
	return 0;
}
