/* Process calls sweep: ioprio_get/set with every class and "which" and
 * unknown ones, pidfd_open/pidfd_getfd, kcmp with each type (epoll's
 * target struct too), process_madvise, process_mrelease,
 * remap_file_pages, personality with flag bits and unknown domains,
 * sysinfo (its struct shown only under "inject", from a fixed pattern,
 * as the real figures change from run to run). */
#include <linux/kcmp.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/uio.h>
#include <unistd.h>

static char *guard;

int main(int argc, char **argv)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct kcmp_epoll_slot slot = {.efd = 0, .tfd = 1, .toff = 2};
	struct iovec iov[2] = {{page, 4096}, {NULL, 0}};
	static struct sysinfo si;
	int pid = getpid(), pfd;

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_get, 2, 0);
	syscall(SYS_ioprio_get, 3, 0);
	syscall(SYS_ioprio_get, 0, 0);
	syscall(SYS_ioprio_get, 99, -1);
	syscall(SYS_ioprio_set, 1, 0, (1 << 13) | 4);
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 7);
	syscall(SYS_ioprio_set, 1, 0, (3 << 13));
	syscall(SYS_ioprio_set, 1, 0, (0 << 13) | 0);
	syscall(SYS_ioprio_set, 1, 0, (7 << 13) | 0x1fff);
	syscall(SYS_ioprio_set, 7, 0, 0xffffffff);
	pfd = syscall(SYS_pidfd_open, pid, 0);
	syscall(SYS_pidfd_open, pid, 0x800);
	syscall(SYS_pidfd_open, -1, 0xffffffff);
	syscall(SYS_pidfd_getfd, pfd, 0, 0);
	syscall(SYS_pidfd_getfd, pfd, 1, 0xff);
	syscall(SYS_pidfd_getfd, -1, -1, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_FILE, 0, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_VM, 5, 6);
	syscall(SYS_kcmp, pid, pid, KCMP_FILES, 0, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_FS, 0, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_SIGHAND, 0, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_IO, 0, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_SYSVSEM, 0, 0);
	syscall(SYS_kcmp, pid, pid, KCMP_EPOLL_TFD, 0, &slot);
	syscall(SYS_kcmp, pid, pid, KCMP_EPOLL_TFD, 0, NULL);
	syscall(SYS_kcmp, pid, pid, KCMP_EPOLL_TFD, 0, guard - 8);
	syscall(SYS_kcmp, pid, pid, 99, 1, 2);
	syscall(SYS_kcmp, -1, 0, -1, -1, -1);
	syscall(SYS_process_madvise, pfd, iov, 1, MADV_COLD, 0);
	syscall(SYS_process_madvise, pfd, iov, 2, MADV_PAGEOUT, 0x10);
	syscall(SYS_process_madvise, pfd, iov, 1, MADV_WILLNEED, 0);
	syscall(SYS_process_madvise, pfd, iov, 1, 777, 0);
	syscall(SYS_process_madvise, pfd, NULL, 1, MADV_COLD, 0);
	syscall(SYS_process_madvise, pfd, guard - 8, 1, MADV_COLD, 0);
	memcpy(guard - sizeof(iov), iov, sizeof(iov));
	syscall(SYS_process_madvise, -1, guard - sizeof(iov), -1, -1, -1);
	syscall(SYS_process_mrelease, pfd, 0);
	syscall(SYS_process_mrelease, -1, 0xffffffff);
	syscall(SYS_remap_file_pages, page, 4096, 1, 2, 3);
	syscall(SYS_remap_file_pages, NULL, 0, 0, 0, MAP_NONBLOCK);
	syscall(SYS_remap_file_pages, page, -1, -1, -1, 0xffffffff);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, 0x0008 | 0x0400000);
	syscall(SYS_personality, 0x07ff0000);
	syscall(SYS_personality, 0x001f);
	syscall(SYS_personality, 0x0006 | 0x0040000 | 0x0020000);
	syscall(SYS_personality, 0);
	syscall(SYS_sysinfo, NULL);
	syscall(SYS_sysinfo, (void *)1);
	syscall(SYS_sysinfo, guard - 8);
	if (argc > 1) {
		memset(&si, 0, sizeof(si));
		si.uptime = 1234;
		si.loads[0] = 65536;
		si.loads[1] = 32768;
		si.loads[2] = 1;
		si.totalram = 1UL << 33;
		si.freeram = 1UL << 30;
		si.sharedram = 4096;
		si.bufferram = 8192;
		si.totalswap = 0;
		si.freeswap = 0;
		si.procs = 99;
		si.totalhigh = 0;
		si.freehigh = 0;
		si.mem_unit = 1;
		syscall(SYS_sysinfo, &si);
		syscall(SYS_sysinfo, guard - 40);
	}
	(void)argv;
	return 0;
}
