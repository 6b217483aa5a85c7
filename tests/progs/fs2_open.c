/* fs2_open: openat2 with struct open_how of every size (smaller, exact,
 * larger with a zero or non-zero tail, past a page), NULL, unreadable and
 * page-straddling; memfd_create with MFD_* and MFD_HUGE_* flags,
 * memfd_secret; paths longer than PATH_MAX.  Files are made in the cwd. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/memfd.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 8U
#define MFD_EXEC 16U
#endif
#ifndef SYS_memfd_secret
#define SYS_memfd_secret 447
#endif

static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p;
}

static void openat2_calls(char *edge)
{
	static uint64_t big[1024];
	struct open_how how = {.flags = O_RDONLY | O_CLOEXEC,
			       .resolve = RESOLVE_BENEATH};
	struct open_how *tail = (void *)(edge + 4096 - sizeof(how));
	long fd;

	fd = syscall(SYS_openat2, AT_FDCWD, ".", &how, sizeof(how));
	close(fd);
	how.flags = O_CREAT | O_WRONLY | O_TRUNC;
	how.mode = 0640;
	how.resolve = RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS |
		      RESOLVE_NO_SYMLINKS | RESOLVE_IN_ROOT | RESOLVE_CACHED;
	fd = syscall(SYS_openat2, AT_FDCWD, "f", &how, sizeof(how));
	close(fd);
	how.flags = O_RDONLY;
	how.mode = 0644;
	how.resolve = 0;
	syscall(SYS_openat2, AT_FDCWD, "f", &how, sizeof(how));
	how.mode = 0;
	how.flags = O_TMPFILE | O_RDWR;
	how.resolve = 0x40 | 0x1000;
	syscall(SYS_openat2, -1, "f", &how, sizeof(how));
	how.flags = 0x80000000 | O_NOFOLLOW;
	how.resolve = 0;
	syscall(SYS_openat2, AT_FDCWD, "f", &how, sizeof(how));
	syscall(SYS_openat2, AT_FDCWD, "f", &how, 0);
	syscall(SYS_openat2, AT_FDCWD, "f", &how, 23);
	syscall(SYS_openat2, AT_FDCWD, "f", NULL, sizeof(how));
	syscall(SYS_openat2, AT_FDCWD, "f", (void *)1, sizeof(how));
	syscall(SYS_openat2, AT_FDCWD, NULL, &how, sizeof(how));
	big[0] = O_RDONLY;
	syscall(SYS_openat2, AT_FDCWD, "f", big, 32);
	big[4] = 0x11;
	syscall(SYS_openat2, AT_FDCWD, "f", big, 40);
	syscall(SYS_openat2, AT_FDCWD, "f", big, 4096);
	syscall(SYS_openat2, AT_FDCWD, "f", big, 5000);
	memcpy(tail, &how, sizeof(how));
	syscall(SYS_openat2, AT_FDCWD, "f", tail, sizeof(how));
	syscall(SYS_openat2, AT_FDCWD, "f", tail, sizeof(how) + 8);
	syscall(SYS_openat2, AT_FDCWD, "f", edge + 4096 - 16, sizeof(how));
}

static void memfd_calls(void)
{
	static char longname[300];
	long fd;

	fd = syscall(SYS_memfd_create, "m1", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	close(fd);
	syscall(SYS_memfd_create, "m2", 0);
	syscall(SYS_memfd_create, "m3", MFD_HUGETLB | MFD_HUGE_2MB);
	syscall(SYS_memfd_create, "m4",
		MFD_HUGETLB | MFD_HUGE_1GB | MFD_CLOEXEC);
	syscall(SYS_memfd_create, "m5", MFD_HUGE_64KB);
	syscall(SYS_memfd_create, "m6", MFD_NOEXEC_SEAL | MFD_CLOEXEC);
	syscall(SYS_memfd_create, "m7", MFD_EXEC);
	syscall(SYS_memfd_create, "m8", MFD_EXEC | MFD_NOEXEC_SEAL);
	syscall(SYS_memfd_create, "m9", 0x20);
	syscall(SYS_memfd_create, "m10", 0x20 | MFD_CLOEXEC);
	syscall(SYS_memfd_create, "m11", 0xfc000000u | 0x40);
	syscall(SYS_memfd_create, NULL, 0);
	syscall(SYS_memfd_create, (char *)1, 0);
	memset(longname, 'n', sizeof(longname) - 1);
	syscall(SYS_memfd_create, longname, 0);
	syscall(SYS_memfd_secret, 0);
	syscall(SYS_memfd_secret, O_CLOEXEC);
	syscall(SYS_memfd_secret, 0x1);
	syscall(SYS_memfd_secret, 0x80001);
}

static void long_paths(char *edge)
{
	static char p[5000];

	memset(p, 'a', sizeof(p) - 1);
	syscall(SYS_chdir, p);
	p[4095] = 0;
	syscall(SYS_chdir, p);
	p[4095] = 'a';
	p[4096] = 0;
	syscall(SYS_chdir, p);
	memset(edge, 'b', 4096);
	syscall(SYS_chdir, edge);
	syscall(SYS_chdir, edge + 4000);
	syscall(SYS_openat, AT_FDCWD, p, O_RDONLY);
}

int main(void)
{
	char *edge = edge_page();

	openat2_calls(edge);
	memfd_calls();
	long_paths(edge);
	return 0;
}
