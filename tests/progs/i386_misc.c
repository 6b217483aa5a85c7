/* i386_misc: calls of a 32-bit process whose structs have fixed-width
 * fields (bpf_attr, io_uring_params, clone_args, landlock attrs, kcmp's
 * epoll slot, futex_waitv) or whose pointers are 32 bits (sock_fprog,
 * the io_uring buffer iovecs): modules, seccomp, bpf, io_uring, clone3,
 * landlock, kcmp, futex_waitv, arch_prctl.  Nothing here succeeds in
 * changing the process but io_uring's ring. */
#include <fcntl.h>
#include <linux/filter.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449
#endif
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif

static void modules(void)
{
	syscall(SYS_init_module, NULL, 0, "");
	syscall(SYS_init_module, (void *)1, 16, "x=1");
	syscall(SYS_delete_module, "nosuchmod", O_NONBLOCK | O_TRUNC);
	syscall(SYS_delete_module, NULL, 0);
	syscall(SYS_finit_module, -1, "", 3);
	syscall(SYS_finit_module, 99, NULL, 0x10);
}

static void seccomp(char *end)
{
	struct sock_filter f[2] = { BPF_STMT(BPF_RET | BPF_K, 0x7fff0000),
				    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4) };
	struct sock_fprog p = { 2, f };
	uint32_t action = 0x7fff0000, bad = 0x12345;

	syscall(SYS_seccomp, 1, 0x80, &p);
	syscall(SYS_seccomp, 1, 0x80, NULL);
	syscall(SYS_seccomp, 1, 0x80, end - 4);
	syscall(SYS_seccomp, 2, 0, &action);
	syscall(SYS_seccomp, 2, 0, &bad);
	syscall(SYS_seccomp, 99, 1, (void *)1);
}

static void bpf(void)
{
	uint64_t attr[16] = { 0 };

	attr[0] = 2 | (uint64_t)4 << 32;	/* BPF_MAP_TYPE_ARRAY, key 4 */
	attr[1] = 8 | (uint64_t)0 << 32;	/* value 8, max 0 entries */
	syscall(SYS_bpf, 0, attr, 48);
	syscall(SYS_bpf, 0, NULL, 48);
	syscall(SYS_bpf, 999, attr, 8);
}

static void uring(void)
{
	uint32_t params[30] = { 0 };
	char buf[16];
	struct iovec iov = { buf, sizeof(buf) };
	int fd = syscall(SYS_io_uring_setup, 1, params);

	syscall(SYS_io_uring_setup, 1, NULL);
	syscall(SYS_io_uring_enter, fd, 0, 0, 0, NULL, 8);
	syscall(SYS_io_uring_register, fd, 0, &iov, 1);
	syscall(SYS_io_uring_register, fd, 0, (void *)1, 1);
	syscall(SYS_io_uring_register, fd, 1, NULL, 0);
	syscall(SYS_io_uring_register, -1, 99, NULL, 0);
	close(fd);
}

static void misc(char *end)
{
	uint64_t ca[11] = { 0 };
	uint64_t rs[3] = { 1, 0, 0 };
	struct { uint64_t access; int32_t fd; } __attribute__((packed)) pb =
		{ 1, -1 };
	uint32_t slot[3] = { 3, 4, 5 };
	struct { uint64_t val, uaddr; uint32_t flags, pad; } w = { 1, 0, 2, 0 };
	struct { int64_t sec, nsec; } ts = { 0, 1000 };
	uint32_t futex = 0;
	uint64_t mask = 0;
	pid_t pid = syscall(SYS_getpid);

	ca[0] = 0x100;
	syscall(SYS_clone3, ca, 8);
	syscall(SYS_clone3, NULL, 88);
	syscall(SYS_landlock_create_ruleset, NULL, 0, 1);
	syscall(SYS_landlock_create_ruleset, rs, 24, 0);
	syscall(SYS_landlock_create_ruleset, (void *)1, 8, 0);
	syscall(SYS_landlock_add_rule, -1, 1, &pb, 0);
	syscall(SYS_landlock_add_rule, -1, 9, NULL, 0);
	syscall(SYS_landlock_restrict_self, -1, 0);
	syscall(SYS_kcmp, pid, pid, 0, 1, 1);
	syscall(SYS_kcmp, pid, pid, 7, 1, slot);
	syscall(SYS_kcmp, pid, pid, 99, 1, 2);
	w.uaddr = (uintptr_t)&futex;
	syscall(SYS_futex_waitv, &w, 1, 0, &ts, 1);
	syscall(SYS_futex_waitv, NULL, 0, 0, NULL, 0);
	syscall(SYS_futex_waitv, end - 8, 2, 0, (void *)1, 1);
	syscall(SYS_arch_prctl, 0x1021, &mask);
	syscall(SYS_arch_prctl, 0x1003, &mask);
	syscall(SYS_arch_prctl, 0x9999, 5);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = page + 4096;

	mprotect(end, 4096, PROT_NONE);
	modules();
	seccomp(end);
	bpf();
	uring();
	misc(end);
	return 0;
}
