/* Edge cases of the issue "Decode what strace decodes": io_setup's
 * context id, io_pgetevents with a made-up context, paths longer than
 * PATH_MAX, a clone3 struct not fully readable, arch_prctl's feature
 * masks, int-sized arguments given garbage in the upper half. */
#include <linux/aio_abi.h>
#include <linux/sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HI 0xffffffff00000000ULL
#define BAD_CTX 0xface1e55deadbeefULL

static char *guard_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p + 4096;
}

static void aio(void)
{
	aio_context_t ctx = 0;
	struct io_event ev[2];
	struct timespec ts = { 0, 0 };

	syscall(SYS_io_setup, 2, &ctx);
	syscall(SYS_io_pgetevents, BAD_CTX, 0, 1, ev, &ts, NULL);
	syscall(SYS_io_getevents, BAD_CTX, 0, 1, ev, &ts);
	syscall(SYS_io_destroy, BAD_CTX);
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_setup, 2, NULL);
	syscall(SYS_io_setup, 2, (void *)1);
}

static void paths(void)
{
	static char big[5000];

	memset(big, 'a', sizeof(big) - 1);
	syscall(SYS_chdir, big);
	syscall(SYS_open, big, 0);
	syscall(SYS_openat, -100, big, 0);
	syscall(SYS_mkdir, big, 0755);
	syscall(SYS_rename, big, big);
	syscall(SYS_linkat, -100, big, -100, big, 0);
	syscall(SYS_readlink, big, NULL, 0);
	syscall(SYS_stat, big, NULL);
	syscall(SYS_truncate, big, 0);
	syscall(SYS_execve, big, NULL, NULL);
	big[4095] = 0;
	syscall(SYS_chdir, big);
	big[4095] = 'a';
	big[4096] = 0;
	syscall(SYS_chdir, big);
}

static void clone3(char *end)
{
	struct clone_args *a = (void *)(end - 64);

	syscall(SYS_clone3, a, 96);
	syscall(SYS_clone3, end - 8, 96);
	syscall(SYS_clone3, end - 88, 96);
}

static void arch(void)
{
	unsigned long v = 0;

	syscall(SYS_arch_prctl, 0x1022, &v);
	syscall(SYS_arch_prctl, 0x1024, &v);
	syscall(SYS_arch_prctl, 0x1023, 18);
	syscall(SYS_arch_prctl, 0x1025, 18);
	syscall(SYS_arch_prctl, 0x1023, 0x20000);
}

int main(void)
{
	char *end = guard_page();

	aio();
	paths();
	clone3(end);
	arch();
	syscall(SYS_delete_module, NULL, HI);
	syscall(SYS_delete_module, "nosuch", HI | 0x800);
	return 0;
}
