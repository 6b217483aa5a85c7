/* fs2_quota: quotactl with every generic and XFS command (QCMD of each
 * quota type, unknown commands and types), input structs, NULL and
 * unreadable ones; quotactl_fd with bad descriptors.  The special file
 * does not exist, so nothing reaches a file system; output structs are
 * prefilled so that cases injecting success show them. */
#define _GNU_SOURCE
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

static long qc(unsigned int cmd, const char *special, long id, void *addr)
{
	return syscall(SYS_quotactl, cmd, special, id, addr);
}

static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p;
}

static void generic_cmds(char *edge)
{
	struct if_nextdqblk dq = {
		.dqb_bhardlimit = 1000,
		.dqb_bsoftlimit = 800,
		.dqb_curspace = 12345,
		.dqb_ihardlimit = 100,
		.dqb_isoftlimit = 80,
		.dqb_curinodes = 7,
		.dqb_btime = 1700000000,
		.dqb_itime = 0,
		.dqb_valid = QIF_ALL,
		.dqb_id = 1001,
	};
	struct if_dqinfo di = {.dqi_bgrace = 604800,
			       .dqi_igrace = 3600,
			       .dqi_flags = 1,
			       .dqi_valid = IIF_ALL};
	uint32_t fmt = QFMT_VFS_V1;

	qc(QCMD(Q_SYNC, USRQUOTA), SPECIAL, 0, NULL);
	qc(QCMD(Q_SYNC, GRPQUOTA), SPECIAL, 0, (void *)1);
	qc(QCMD(Q_QUOTAON, USRQUOTA), SPECIAL, QFMT_VFS_V0, "/nonexistent-q");
	qc(QCMD(Q_QUOTAON, PRJQUOTA), SPECIAL, QFMT_VFS_OLD, NULL);
	qc(QCMD(Q_QUOTAON, USRQUOTA), SPECIAL, 0x1234, "/nonexistent-q");
	qc(QCMD(Q_QUOTAOFF, GRPQUOTA), SPECIAL, 5, (void *)1);
	qc(QCMD(Q_GETFMT, USRQUOTA), SPECIAL, 0, &fmt);
	qc(QCMD(Q_GETFMT, USRQUOTA), SPECIAL, 0, NULL);
	qc(QCMD(Q_GETINFO, GRPQUOTA), SPECIAL, 0, &di);
	qc(QCMD(Q_SETINFO, USRQUOTA), SPECIAL, 0, &di);
	di.dqi_flags = 0x7f;
	di.dqi_valid = 0xf8;
	qc(QCMD(Q_SETINFO, USRQUOTA), SPECIAL, 0, &di);
	qc(QCMD(Q_SETINFO, USRQUOTA), SPECIAL, 0, NULL);
	qc(QCMD(Q_SETINFO, USRQUOTA), SPECIAL, 0, edge + 4096 - sizeof(di) + 4);
	qc(QCMD(Q_GETQUOTA, USRQUOTA), SPECIAL, 1000, &dq);
	qc(QCMD(Q_GETQUOTA, USRQUOTA), NULL, -1, &dq);
	qc(QCMD(Q_SETQUOTA, GRPQUOTA), SPECIAL, 1000, &dq);
	dq.dqb_valid = QIF_BLIMITS | QIF_ITIME | 0x100;
	qc(QCMD(Q_SETQUOTA, PRJQUOTA), SPECIAL, 1000, &dq);
	dq.dqb_valid = 0;
	qc(QCMD(Q_SETQUOTA, PRJQUOTA), SPECIAL, 1000, &dq);
	qc(QCMD(Q_SETQUOTA, PRJQUOTA), SPECIAL, 1000, (void *)1);
	qc(QCMD(Q_GETNEXTQUOTA, USRQUOTA), SPECIAL, 0, &dq);
	qc(QCMD(Q_GETNEXTQUOTA, USRQUOTA), (char *)1, 0, NULL);
	qc(QCMD(0x800010, USRQUOTA), SPECIAL, 0, NULL);
	qc(QCMD(Q_SYNC, 3), SPECIAL, 0, NULL);
	qc(QCMD(Q_SYNC, 0x7f), SPECIAL, 0, NULL);
	qc(0x100, SPECIAL, 0, NULL);
	qc(0x0300, SPECIAL, 7, NULL);
	qc(0xffffffff, SPECIAL, 0, NULL);
	qc(QCMD(Q_GETQUOTA, USRQUOTA), SPECIAL, 1, edge + 4096 - 16);
}

static void xfs_cmds(void)
{
	struct fs_disk_quota d;
	struct fs_quota_stat qs;
	struct fs_quota_statv qv;
	uint32_t flags = FS_QUOTA_UDQ_ACCT | FS_QUOTA_GDQ_ENFD;

	memset(&d, 0, sizeof(d));
	d.d_version = FS_DQUOT_VERSION;
	d.d_flags = FS_USER_QUOTA;
	d.d_fieldmask = FS_DQ_ISOFT | FS_DQ_BHARD | FS_DQ_BTIMER;
	d.d_id = 1000;
	d.d_blk_hardlimit = 4096;
	d.d_ino_softlimit = 10;
	d.d_btimer = 100;
	d.d_rtb_hardlimit = 5;
	d.d_rtbwarns = 3;
	memset(&qs, 0, sizeof(qs));
	qs.qs_version = FS_QSTAT_VERSION;
	qs.qs_flags = FS_QUOTA_UDQ_ACCT | FS_QUOTA_PDQ_ENFD;
	qs.qs_uquota.qfs_ino = 131;
	qs.qs_uquota.qfs_nblks = 8;
	qs.qs_incoredqs = 2;
	qs.qs_btimelimit = 604800;
	qs.qs_iwarnlimit = 5;
	memset(&qv, 0, sizeof(qv));
	qv.qs_version = FS_QSTATV_VERSION1;
	qv.qs_flags = FS_QUOTA_GDQ_ACCT;
	qv.qs_pquota.qfs_ino = 9;
	qv.qs_rtbtimelimit = 1;
	qv.qs_rtbwarnlimit = 2;

	qc(QCMD(Q_XQUOTAON, XQM_USRQUOTA), SPECIAL, 0, &flags);
	qc(QCMD(Q_XQUOTAOFF, XQM_GRPQUOTA), SPECIAL, 0, &flags);
	flags = 0xffff;
	qc(QCMD(Q_XQUOTAON, XQM_PRJQUOTA), SPECIAL, 0, &flags);
	flags = 0x40;
	qc(QCMD(Q_XQUOTAOFF, XQM_USRQUOTA), SPECIAL, 0, &flags);
	qc(QCMD(Q_XQUOTAON, XQM_USRQUOTA), SPECIAL, 0, NULL);
	qc(QCMD(Q_XQUOTARM, XQM_USRQUOTA), SPECIAL, 0, &flags);
	flags = FS_USER_QUOTA | FS_GROUP_QUOTA;
	qc(QCMD(Q_XQUOTARM, XQM_USRQUOTA), SPECIAL, 0, &flags);
	qc(QCMD(Q_XGETQUOTA, XQM_USRQUOTA), SPECIAL, 1000, &d);
	qc(QCMD(Q_XGETNEXTQUOTA, XQM_GRPQUOTA), SPECIAL, 1000, &d);
	qc(QCMD(Q_XSETQLIM, XQM_PRJQUOTA), SPECIAL, 1000, &d);
	d.d_version = 7;
	d.d_flags = 0x78;
	d.d_fieldmask = 0xffff;
	qc(QCMD(Q_XSETQLIM, XQM_PRJQUOTA), SPECIAL, 1000, &d);
	d.d_fieldmask = 0;
	qc(QCMD(Q_XSETQLIM, XQM_PRJQUOTA), SPECIAL, 1000, &d);
	qc(QCMD(Q_XSETQLIM, XQM_PRJQUOTA), SPECIAL, 1000, NULL);
	qc(QCMD(Q_XGETQSTAT, XQM_USRQUOTA), SPECIAL, 0, &qs);
	qc(QCMD(Q_XGETQSTATV, XQM_USRQUOTA), SPECIAL, 0, &qv);
	qc(QCMD(Q_XQUOTASYNC, XQM_USRQUOTA), SPECIAL, 0, NULL);
	qc(QCMD(XQM_CMD(0x10), XQM_USRQUOTA), SPECIAL, 0, NULL);
}

static void fd_cmds(void)
{
	uint32_t fmt = 0;
	int null = open("/dev/null", O_RDONLY);

	syscall(SYS_quotactl_fd, -1, QCMD(Q_GETFMT, USRQUOTA), 0, &fmt);
	syscall(SYS_quotactl_fd, null, QCMD(Q_GETFMT, GRPQUOTA), 0, &fmt);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_QUOTAON, USRQUOTA), QFMT_VFS_V1,
		NULL);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_XGETQSTAT, XQM_USRQUOTA), 0, NULL);
	syscall(SYS_quotactl_fd, -1, 0x12345678, -1, (void *)1);
	close(null);
}

int main(void)
{
	char *edge = edge_page();

	generic_cmds(edge);
	xfs_cmds();
	fd_cmds();
	return 0;
}
