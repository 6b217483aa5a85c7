/* Sweep of small families: openat2's open_how (sizes, tails, unknown
 * resolve bits, page-straddling), arch_prctl's codes (reads only, and
 * requests the kernel refuses), module calls that fail, and path calls
 * with paths longer than PATH_MAX or running into a PROT_NONE page;
 * writes of buffers running into it. */
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *guard;

static void *at_end(const void *p, size_t n)
{
	memcpy(guard - n, p, n);
	return guard - n;
}

static void openat2s(void)
{
	static unsigned char big[4096 + 64];
	struct open_how how;

	memset(&how, 0, sizeof(how));
	how.flags = O_RDONLY | O_CLOEXEC;
	how.resolve = RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS |
		      RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH |
		      RESOLVE_IN_ROOT | RESOLVE_CACHED | 0x1000;
	syscall(SYS_openat2, AT_FDCWD, "/nonexistent-sift", &how,
		sizeof(how));
	how.resolve = 0;
	how.flags = O_CREAT | O_EXCL | O_WRONLY;
	how.mode = 0644;
	syscall(SYS_openat2, -1, "x", &how, sizeof(how));
	how.flags = O_RDONLY;
	how.mode = 0755;
	syscall(SYS_openat2, -1, "x", &how, sizeof(how));
	how.flags = 0xffffffffffffffffULL;
	how.mode = 0xffffffffffffffffULL;
	how.resolve = 0xffffffffffffffffULL;
	syscall(SYS_openat2, -1, "x", &how, sizeof(how));
	memset(&how, 0, sizeof(how));
	syscall(SYS_openat2, -1, "x", &how, 8);
	syscall(SYS_openat2, -1, "x", &how, 0);
	syscall(SYS_openat2, -1, "x", &how, 23);
	memcpy(big, &how, sizeof(how));
	syscall(SYS_openat2, -1, "x", big, sizeof(how) + 8);
	big[sizeof(how) + 3] = 0x7;
	syscall(SYS_openat2, -1, "x", big, sizeof(how) + 8);
	syscall(SYS_openat2, -1, "x", big, sizeof(big));
	big[sizeof(how) + 3] = 0;
	big[sizeof(big) - 1] = 1;
	syscall(SYS_openat2, -1, "x", big, sizeof(big));
	syscall(SYS_openat2, -1, "x", at_end(&how, 16), sizeof(how));
	syscall(SYS_openat2, -1, "x", at_end(&how, sizeof(how)),
		sizeof(how) + 8);
	syscall(SYS_openat2, -1, "x", NULL, sizeof(how));
	syscall(SYS_openat2, -1, "x", (void *)1, sizeof(how));
	syscall(SYS_openat2, -1, NULL, &how, sizeof(how));
}

static void arch(void)
{
	unsigned long v = 0;

	syscall(SYS_arch_prctl, 0x1003, &v); /* ARCH_GET_FS */
	syscall(SYS_arch_prctl, 0x1004, &v); /* ARCH_GET_GS */
	syscall(SYS_arch_prctl, 0x1003, NULL);
	syscall(SYS_arch_prctl, 0x1004, (void *)1);
	syscall(SYS_arch_prctl, 0x1011, 0);  /* ARCH_GET_CPUID */
	syscall(SYS_arch_prctl, 0x1012, 1);  /* ARCH_SET_CPUID */
	syscall(SYS_arch_prctl, 0x1021, &v); /* ARCH_GET_XCOMP_SUPP */
	syscall(SYS_arch_prctl, 0x1022, &v); /* ARCH_GET_XCOMP_PERM */
	syscall(SYS_arch_prctl, 0x1023, 99); /* ARCH_REQ_XCOMP_PERM */
	syscall(SYS_arch_prctl, 0x1024, &v); /* ..._GUEST_PERM */
	syscall(SYS_arch_prctl, 0x1025, 99);
	syscall(SYS_arch_prctl, 0x2001, 0);  /* ARCH_MAP_VDSO_X32 */
	syscall(SYS_arch_prctl, 0x4001, &v); /* ARCH_GET_UNTAG_MASK */
	syscall(SYS_arch_prctl, 0x4002, 0);
	syscall(SYS_arch_prctl, 0x4003, 64);
	syscall(SYS_arch_prctl, 0x9999, 0x1234);
	syscall(SYS_arch_prctl, -1L, -1L);
}

static void modules(void)
{
	static char image[64] = "\x7f" "ELF not a module";

	syscall(SYS_init_module, NULL, 0, "");
	syscall(SYS_init_module, image, sizeof(image), "a=1 b=\"x y\"");
	syscall(SYS_init_module, (void *)1, 4, (char *)1);
	syscall(SYS_init_module, image, 8, NULL);
	syscall(SYS_finit_module, -1, "p=1", 0);
	syscall(SYS_finit_module, -1, "", 1 | 2 | 4);
	syscall(SYS_finit_module, -1, NULL, 0xfffffff8);
	syscall(SYS_delete_module, "nosuchmodule_sift", O_NONBLOCK | O_TRUNC);
	syscall(SYS_delete_module, "nosuchmodule_sift", 0xffffffff);
	syscall(SYS_delete_module, NULL, 0);
	syscall(SYS_delete_module, at_end("abc", 3), 0);
}

static void paths(void)
{
	static char p[5000];

	memset(p, 'a', sizeof(p) - 1);
	for (int i = 100; i < 4990; i += 100)
		p[i] = '/';
	syscall(SYS_chdir, p);
	p[4095] = 0;
	syscall(SYS_chdir, p);
	p[4095] = 'b';
	p[4096] = 0;
	syscall(SYS_chdir, p);
	p[4094] = 0;
	syscall(SYS_chdir, p);
	p[4094] = 'c';
	p[4096] = 'd';
	syscall(SYS_mkdir, p, 0755);
	syscall(SYS_unlink, p);
	syscall(SYS_openat, AT_FDCWD, p, O_RDONLY);
	syscall(SYS_rename, p, p);
	syscall(SYS_chdir, at_end("edge", 4));
	syscall(SYS_chdir, guard);
	syscall(SYS_chdir, (char *)1);
	syscall(SYS_chdir, "");
	/* buffers whose byte past -s is unreadable */
	memcpy(guard - 4, "abcd", 4);
	syscall(SYS_write, -1, guard - 4, 100);
	syscall(SYS_write, -1, guard - 4, 5);
	syscall(SYS_write, -1, guard - 4, 4);
	syscall(SYS_write, -1, guard - 3, 3);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	openat2s();
	arch();
	modules();
	paths();
	return 0;
}
