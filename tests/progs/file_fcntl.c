/* file_fcntl: fcntl commands (flags, locks, owners, leases, pipe size,
 * seals), dup/dup2/dup3, flock, fsync/fdatasync, sync_file_range,
 * fallocate and ftruncate on a memfd and /dev/null, whose -y paths are
 * the same on every run. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <stdint.h>
#include <string.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	struct flock fl;
	struct f_owner_ex owner;
	uint64_t hint;
	int dn, mfd;

	dn = open("/dev/null", O_RDWR);
	mfd = syscall(SYS_memfd_create, "sift", MFD_ALLOW_SEALING);

	syscall(SYS_fcntl, dn, F_GETFD);
	syscall(SYS_fcntl, dn, F_SETFD, FD_CLOEXEC);
	syscall(SYS_fcntl, dn, F_GETFD);
	syscall(SYS_fcntl, dn, F_GETFL);
	syscall(SYS_fcntl, dn, F_SETFL, O_NONBLOCK | O_APPEND);
	syscall(SYS_fcntl, dn, F_GETFL);
	syscall(SYS_fcntl, mfd, F_GETFL);
	syscall(SYS_fcntl, dn, F_DUPFD, 10);
	syscall(SYS_fcntl, dn, F_DUPFD_CLOEXEC, 20);
	syscall(SYS_fcntl, -1, F_GETFD);
	syscall(SYS_fcntl, dn, 9999, 1);

	memset(&fl, 0, sizeof fl);
	fl.l_type = F_RDLCK;
	fl.l_whence = SEEK_SET;
	syscall(SYS_fcntl, mfd, F_SETLK, &fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_CUR;
	fl.l_start = 10;
	fl.l_len = 100;
	syscall(SYS_fcntl, mfd, F_SETLKW, &fl);
	syscall(SYS_fcntl, mfd, F_GETLK, &fl);
	fl.l_type = F_UNLCK;
	fl.l_whence = SEEK_END;
	fl.l_start = -5;
	syscall(SYS_fcntl, mfd, F_OFD_SETLK, &fl);
	/* a range nobody locked: the answer carries no pid */
	fl.l_type = F_RDLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 1000;
	fl.l_len = 10;
	fl.l_pid = 0;
	syscall(SYS_fcntl, mfd, F_OFD_GETLK, &fl);
	fl.l_type = 7;
	fl.l_whence = 9;
	syscall(SYS_fcntl, mfd, F_SETLK, &fl);
	syscall(SYS_fcntl, mfd, F_SETLK, NULL);
	syscall(SYS_fcntl, mfd, F_GETLK, (void *)1);

	syscall(SYS_fcntl, dn, F_GETOWN);
	syscall(SYS_fcntl, dn, F_SETOWN, 0);
	owner.type = F_OWNER_PGRP;
	owner.pid = 0;
	syscall(SYS_fcntl, dn, F_SETOWN_EX, &owner);
	syscall(SYS_fcntl, dn, F_GETOWN_EX, &owner);
	syscall(SYS_fcntl, dn, F_GETSIG);
	syscall(SYS_fcntl, dn, F_SETSIG, SIGIO);
	syscall(SYS_fcntl, dn, F_GETSIG);
	syscall(SYS_fcntl, dn, F_SETSIG, 99);
	syscall(SYS_fcntl, dn, F_SETSIG, 0);
	syscall(SYS_fcntl, mfd, F_GETLEASE);
	syscall(SYS_fcntl, mfd, F_SETLEASE, F_UNLCK);
	syscall(SYS_fcntl, dn, F_NOTIFY, DN_ACCESS | DN_MODIFY | DN_MULTISHOT);
	syscall(SYS_fcntl, dn, F_GETPIPE_SZ);
	syscall(SYS_fcntl, dn, F_SETPIPE_SZ, 4096);
	syscall(SYS_fcntl, mfd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW);
	syscall(SYS_fcntl, mfd, F_GET_SEALS);
	hint = RWH_WRITE_LIFE_SHORT;
	syscall(SYS_fcntl, mfd, F_SET_RW_HINT, &hint);
	syscall(SYS_fcntl, mfd, F_GET_RW_HINT, &hint);

	syscall(SYS_dup, dn);
	syscall(SYS_dup, -1);
	syscall(SYS_dup2, dn, 30);
	syscall(SYS_dup2, dn, -1);
	syscall(SYS_dup3, dn, 31, O_CLOEXEC);
	syscall(SYS_dup3, dn, 32, 0);
	syscall(SYS_dup3, dn, dn, 0);
	syscall(SYS_dup3, dn, 33, 0x1);

	syscall(SYS_flock, mfd, LOCK_SH);
	syscall(SYS_flock, mfd, LOCK_EX | LOCK_NB);
	syscall(SYS_flock, mfd, LOCK_UN);
	syscall(SYS_flock, -1, LOCK_EX);
	syscall(SYS_flock, mfd, 0x40);

	syscall(SYS_fsync, mfd);
	syscall(SYS_fdatasync, dn);
	syscall(SYS_fsync, -1);
	syscall(SYS_sync_file_range, mfd, 0, 4096,
		SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE);
	syscall(SYS_sync_file_range, mfd, (long)-1, 0, 0x10);
	syscall(SYS_ftruncate, mfd, 8192);
	syscall(SYS_ftruncate, mfd, (long)-1);
	syscall(SYS_fallocate, mfd, 0, 0, 4096);
	syscall(SYS_fallocate, mfd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE,
		100, 200);
	syscall(SYS_fallocate, mfd, 0x1000, 0, 1);
	syscall(SYS_fallocate, dn, FALLOC_FL_ZERO_RANGE, (long)-1, 1);
	return 0;
}
