/* i386_quota: quotactl and quotactl_fd of a 32-bit process.  The special
 * file does not exist; output structs are prefilled with distinct values
 * so that cases injecting success show them: if_dqblk and if_dqinfo as on
 * x86_64, fs_quota_stat with its 64-bit fields 4-aligned. */
#include <linux/dqblk_xfs.h>
#include <linux/quota.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_quotactl_fd
#define SYS_quotactl_fd 443
#endif
#define SPECIAL "/nonexistent-dev"

static long qc(unsigned int cmd, void *addr)
{
	return syscall(SYS_quotactl, cmd, SPECIAL, 1000, addr);
}

int main(void)
{
	struct if_nextdqblk dq;
	struct if_dqinfo di = { 604800, 86400, 1, 0x3f };
	struct fs_quota_stat qs;
	struct fs_quota_statv qv;
	struct fs_disk_quota xd;
	uint32_t w[32], fmt = 2;
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = page + 4096;

	mprotect(end, 4096, PROT_NONE);
	for (int i = 0; i < 32; i++)
		w[i] = 0x01010101u * (i + 1);
	memcpy(&dq, w, sizeof(dq));
	dq.dqb_valid = 0x3f;
	memcpy(&qs, w, sizeof(qs));
	memcpy(&qv, w, sizeof(qv));
	qv.qs_version = 2;
	memcpy(&xd, w, sizeof(xd));
	qc(QCMD(Q_GETQUOTA, USRQUOTA), &dq);
	qc(QCMD(Q_GETNEXTQUOTA, GRPQUOTA), &dq);
	qc(QCMD(Q_SETQUOTA, PRJQUOTA), &dq);
	qc(QCMD(Q_SETQUOTA, USRQUOTA), end - 60);
	qc(QCMD(Q_GETINFO, USRQUOTA), &di);
	qc(QCMD(Q_SETINFO, USRQUOTA), &di);
	qc(QCMD(Q_GETFMT, USRQUOTA), &fmt);
	qc(QCMD(Q_XGETQSTAT, USRQUOTA), &qs);
	qc(QCMD(Q_XGETQSTAT, USRQUOTA), end - 64);
	qc(QCMD(Q_XGETQSTATV, USRQUOTA), &qv);
	qc(QCMD(Q_XGETQUOTA, GRPQUOTA), &xd);
	qc(QCMD(Q_XSETQLIM, USRQUOTA), &xd);
	qc(QCMD(Q_GETQUOTA, USRQUOTA), NULL);
	qc(QCMD(Q_XGETQSTAT, USRQUOTA), (void *)1);
	qc(QCMD(0x800099, 7), &dq);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_GETQUOTA, USRQUOTA), 0, &dq);
	syscall(SYS_quotactl_fd, 99, QCMD(Q_XGETQSTAT, PRJQUOTA), 0, &qs);
	return 0;
}
