/* i386_ipc: SysV IPC of a 32-bit process, by the direct calls and by the
 * ipc(2) multiplexer: the *64_ds structs of 32-bit words, msgbuf's
 * 32-bit mtype, msgrcv's kludge struct, semctl's union by pointer,
 * shmat's address stored through a pointer; bad and cut-short buffers,
 * unknown commands and sub-calls.  In a new IPC namespace, so the ids
 * are the same each run.  The STAT and SET commands are given a struct
 * of distinct words ("fake": run with -e inject=...:retval=0 so the
 * kernel leaves it alone), else a bad pointer: the times they hold
 * would differ between runs. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_semtimedop_time64
#define SYS_semtimedop_time64 420
#endif
#define V64 0x100
/* the ipc(2) sub-call numbers */
enum { SEMOP = 1, SEMGET, SEMCTL, SEMTIMEDOP, MSGSND = 11, MSGRCV, MSGGET,
       MSGCTL, SHMAT = 21, SHMDT, SHMGET, SHMCTL };

static char ds[256];
static char *end;
static int fake;

/* the buffer for a STAT or SET command */
static void *stat_buf(void)
{
	uint32_t *w = (uint32_t *)ds;

	if (!fake)
		return (void *)1;
	for (int i = 0; i < 64; i++)
		w[i] = 0x100 + i;
	w[5] = 0640; /* mode */
	w[16] = w[17] = 1; /* shm_cpid, shm_lpid: pid 1, named by -Y */
	return ds;
}

static void msg_direct(void)
{
	struct { int32_t type; char text[8]; } m = { 5, "hello" };
	int q = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);

	syscall(SYS_msgsnd, q, &m, 5, 0);
	syscall(SYS_msgsnd, q, (void *)1, 5, 0);
	syscall(SYS_msgrcv, q, &m, 8, 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, q, &m, 8, -3, IPC_NOWAIT | 0x4000);
	memset(ds, 0, sizeof(ds));
	syscall(SYS_msgctl, q, IPC_STAT, stat_buf());
	syscall(SYS_msgctl, q, IPC_INFO, ds);
	syscall(SYS_msgctl, q, MSG_INFO, ds);
	syscall(SYS_msgctl, q, IPC_SET, stat_buf());
	syscall(SYS_msgctl, q, IPC_STAT | V64, stat_buf());
	syscall(SYS_msgctl, q, IPC_STAT, end - 60);
	syscall(SYS_msgctl, q, IPC_SET, end - 60);
	syscall(SYS_msgctl, q, 99, ds);
	syscall(SYS_msgctl, q, IPC_RMID, NULL);
	syscall(SYS_msgget, 0x1234, 0x4000 | 0644);
}

static void msg_ipc(void)
{
	struct { int32_t type; char text[8]; } m = { 7, "ipc" };
	struct { uint32_t msgp; int32_t type; } k = { (uintptr_t)&m, 7 };
	int q = syscall(SYS_ipc, MSGGET, IPC_PRIVATE, IPC_CREAT | 0600);

	syscall(SYS_ipc, MSGSND, q, 3, 0, &m);
	syscall(SYS_ipc, MSGSND, q, 3, 0, &m);
	syscall(SYS_ipc, MSGRCV, q, 8, IPC_NOWAIT, &k);
	syscall(SYS_ipc, MSGRCV | 0x10000, q, 8, IPC_NOWAIT, &m, 7);
	syscall(SYS_ipc, MSGRCV, q, 8, IPC_NOWAIT, (void *)1);
	syscall(SYS_ipc, MSGCTL, q, IPC_STAT | V64, 0, stat_buf());
	syscall(SYS_ipc, MSGCTL, q, IPC_RMID | V64, 0, NULL);
}

static void sem_all(void)
{
	struct sembuf sb[2] = { { 0, 1, 0 }, { 1, -1, IPC_NOWAIT | SEM_UNDO } };
	struct { int32_t sec, nsec; } ts32 = { 0, 100 };
	struct { int64_t sec, nsec; } ts64 = { 0, 200 };
	union { int val; void *p; } arg = { .p = stat_buf() };
	uint32_t val = 5;
	int s = syscall(SYS_semget, IPC_PRIVATE, 2, IPC_CREAT | 0600);
	int t = syscall(SYS_ipc, SEMGET, IPC_PRIVATE, 1, IPC_CREAT | 0600);

	syscall(SYS_ipc, SEMOP, s, 1, 0, sb);
	syscall(SYS_ipc, SEMOP, s, 2, 0, sb);
	syscall(SYS_ipc, SEMTIMEDOP, s, 1, 0, sb, &ts32);
	syscall(SYS_ipc, SEMTIMEDOP, s, 1, 0, sb, NULL);
	syscall(SYS_semtimedop_time64, s, sb, 1, &ts64);
	syscall(SYS_semtimedop_time64, s, sb, 1, (void *)1);
	memset(end - 6, 0, 6);
	syscall(SYS_semtimedop_time64, s, end - 6, 2, NULL);
	syscall(SYS_ipc, SEMOP, s, 1, 0, (void *)1);
	syscall(SYS_semctl, s, 0, GETVAL, 0);
	syscall(SYS_semctl, s, 0, SETVAL, 3);
	syscall(SYS_semctl, s, 0, IPC_STAT, stat_buf());
	syscall(SYS_semctl, s, 0, SEM_INFO, ds);
	syscall(SYS_semctl, s, 0, IPC_INFO, ds);
	syscall(SYS_semctl, s, 0, IPC_STAT, end - 40);
	syscall(SYS_ipc, SEMCTL, s, 0, GETVAL, &arg);
	syscall(SYS_ipc, SEMCTL, s, 0, SETVAL, &val);
	syscall(SYS_ipc, SEMCTL, s, 0, IPC_STAT | V64, &arg);
	syscall(SYS_ipc, SEMCTL, s, 0, IPC_STAT | V64, (void *)1);
	syscall(SYS_ipc, SEMCTL, s, 0, GETVAL, NULL);
	syscall(SYS_semctl, s, 0, IPC_RMID, 0);
	syscall(SYS_ipc, SEMCTL, t, 0, IPC_RMID, &arg);
}

static void shm_all(void)
{
	uint32_t raddr = 0;
	int sh = syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	int si = syscall(SYS_ipc, SHMGET, IPC_PRIVATE, 4096,
			 IPC_CREAT | 0600 | (21 << 26));
	long a;

	a = syscall(SYS_shmat, sh, NULL, SHM_RDONLY);
	syscall(SYS_shmctl, sh, IPC_STAT, stat_buf());
	syscall(SYS_shmctl, sh, IPC_INFO, ds);
	syscall(SYS_shmctl, sh, SHM_INFO, ds);
	syscall(SYS_shmctl, sh, IPC_STAT, end - 60);
	syscall(SYS_shmctl, sh, IPC_SET, stat_buf());
	syscall(SYS_shmdt, a);
	syscall(SYS_shmdt, 1);
	syscall(SYS_ipc, SHMAT, sh, 0, &raddr, NULL);
	syscall(SYS_ipc, SHMDT, 0, 0, 0, (void *)(uintptr_t)raddr);
	syscall(SYS_ipc, SHMAT, sh, 0, &raddr, (void *)1);
	syscall(SYS_ipc, SHMCTL, sh, IPC_STAT | V64, 0, stat_buf());
	syscall(SYS_ipc, SHMCTL, sh, IPC_RMID, 0, NULL);
	syscall(SYS_shmctl, si, IPC_RMID, NULL);
}

int main(int argc, char **argv)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	fake = argc > 1 && strcmp(argv[1], "fake") == 0;
	mprotect(page + 4096, 4096, PROT_NONE);
	end = page + 4096;
	unshare(CLONE_NEWIPC);
	msg_direct();
	msg_ipc();
	sem_all();
	shm_all();
	syscall(SYS_ipc, 99, 1, 2, 3, 4, 5);
	syscall(SYS_ipc, 0x70001, 1, 2, 3, 4, 5);
	return 0;
}
