/* SysV message queues, semaphores and shared memory, and POSIX message
 * queues: private objects created, used and removed, plus bad ids,
 * commands and pointers. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <sched.h>
#include <mqueue.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct {
		long mtype;
		char mtext[16];
	} m = { 7, "hello" };
	struct sembuf ops[2] = { { 0, 1, 0 }, { 0, -1, IPC_NOWAIT | SEM_UNDO } };
	struct timespec ts = { 0, 1000 };
	struct mq_attr attr = { 0, 4, 32, 0 };
	char buf[64];
	struct msqid_ds mds;
	struct seminfo sinfo;
	struct shminfo shinfo;
	int q, s, h;
	void *p;

	/* a new IPC namespace numbers the objects the same in every run */
	unshare(CLONE_NEWIPC);
	q = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	syscall(SYS_msgget, 0x1234abcd, 0);
	syscall(SYS_msgsnd, q, &m, 5, 0);
	syscall(SYS_msgrcv, q, &m, sizeof(m.mtext), 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, q, &m, sizeof(m.mtext), 3, IPC_NOWAIT | MSG_EXCEPT);
	syscall(SYS_msgsnd, q, (void *)1, 5, IPC_NOWAIT);
	memset(&mds, 0, sizeof(mds));
	mds.msg_perm.mode = 0600;
	mds.msg_qbytes = 1000;
	syscall(SYS_msgctl, q, IPC_SET, &mds);
	syscall(SYS_msgctl, q, IPC_INFO, &mds);
	syscall(SYS_msgctl, q, IPC_STAT, (void *)1);
	syscall(SYS_msgctl, q, IPC_RMID, NULL);
	syscall(SYS_msgctl, q, 99, NULL);
	syscall(SYS_msgctl, q, IPC_STAT | 0x100, NULL);

	s = syscall(SYS_semget, IPC_PRIVATE, 1, IPC_CREAT | IPC_EXCL | 0640);
	syscall(SYS_semop, s, ops, 2);
	syscall(SYS_semop, s, (void *)1, 1);
	syscall(SYS_semtimedop, s, ops, 1, &ts);
	syscall(SYS_semtimedop, s, ops + 1, 1, NULL);
	syscall(SYS_semctl, s, 0, GETVAL, 0);
	syscall(SYS_semctl, s, 0, SETVAL, 3);
	syscall(SYS_semctl, s, 0, IPC_INFO, &sinfo);
	syscall(SYS_semctl, s, 0, IPC_RMID, 0);

	h = syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	p = (void *)syscall(SYS_shmat, h, NULL, SHM_RDONLY);
	syscall(SYS_shmdt, p);
	syscall(SYS_shmdt, (void *)1);
	syscall(SYS_shmctl, h, IPC_INFO, &shinfo);
	syscall(SYS_shmctl, h, IPC_RMID, NULL);
	syscall(SYS_shmget, IPC_PRIVATE, 4096, 0x12345678);

	q = syscall(SYS_mq_open, "/sift-test-mq", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
	syscall(SYS_mq_timedsend, q, "msg", 3, 1, NULL);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), NULL, &ts);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), NULL, &ts);
	syscall(SYS_mq_getsetattr, q, NULL, &attr);
	syscall(SYS_mq_notify, q, NULL);
	syscall(SYS_mq_unlink, "/sift-test-mq");
	syscall(SYS_mq_open, "/sift-none", O_RDONLY, 0, NULL);
	close(q);
	return 0;
}
