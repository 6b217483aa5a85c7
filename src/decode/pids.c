/* decode/pids: process ids under --decode-pids (see common.h).  A pid
 * from a tracee in another pid namespace is looked up in /proc by the
 * NSpid lines (the task's id in each namespace, sift's first), through a
 * small cache checked on each use.  Lookups fail quietly: the number is
 * then shown alone. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

#define MAX_LEVELS 32

#define TASK_NAME_MAX 15

static int read_comm(pid_t tid, char *buf, size_t size)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/comm", tid);
	FILE *f = fopen(path, "re");
	if (!f)
		return -errno;
	if (!fgets(buf, (int)size, f)) {
		fclose(f);
		return -EIO;
	}
	fclose(f);
	buf[strcspn(buf, "\n")] = '\0';
	/* a kworker's comm file adds its workqueue's name past the 15
	 * characters of the task's own: strace shows those 15 */
	if (size > TASK_NAME_MAX)
		buf[TASK_NAME_MAX] = '\0';
	return 0;
}

int dec_task_comm(pid_t tid, char *buf, size_t size)
{
	return read_comm(tid, buf, size);
}

/* The inode of the pid namespace of a task (path names it), 0 if gone. */
static ino_t ns_of(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? st.st_ino : 0;
}

static ino_t task_ns(pid_t tid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/ns/pid", tid);
	return ns_of(path);
}

/* The ids of the NSpid line of a status file; how many, 0 if none. */
static int nspid(const char *status, pid_t *ids)
{
	char line[512];
	int n = 0;
	FILE *f = fopen(status, "re");

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "NSpid:", 6))
			continue;
		char *p = line + 6, *end;
		while (n < MAX_LEVELS) {
			long v = strtol(p, &end, 10);
			if (end == p)
				break;
			ids[n++] = (pid_t)v;
			p = end;
		}
		break;
	}
	fclose(f);
	return n;
}

static int task_nspid(pid_t tid, pid_t *ids)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/status", tid);
	return nspid(path, ids);
}

/* Whether task own (sift's number) has id n at level lvl of namespace
 * ns, depth levels deep. */
static bool has_id(pid_t own, int lvl, int depth, pid_t n, ino_t ns)
{
	pid_t ids[MAX_LEVELS];
	int k = task_nspid(own, ids);

	if (k <= lvl || ids[lvl] != n || ids[0] != own)
		return false;
	return k > depth || task_ns(own) == ns;
}

static struct {
	ino_t ns;
	pid_t n, own;
} cache[32];
static unsigned int cache_next;

/* Scans every task for the one with id n at level lvl; 0 if none. */
static pid_t scan(int lvl, int depth, pid_t n, ino_t ns)
{
	DIR *d = opendir("/proc");
	struct dirent *de;
	pid_t found = 0;

	while (d && !found && (de = readdir(d))) {
		char dir[64];
		pid_t pid = (pid_t)atoi(de->d_name);
		if (pid <= 0)
			continue;
		snprintf(dir, sizeof(dir), "/proc/%d/task", pid);
		DIR *td = opendir(dir);
		struct dirent *te;
		while (td && !found && (te = readdir(td))) {
			pid_t tid = (pid_t)atoi(te->d_name);
			if (tid > 0 && has_id(tid, lvl, depth, n, ns))
				found = tid;
		}
		if (td)
			closedir(td);
	}
	if (d)
		closedir(d);
	return found;
}

/* The number in sift's namespace of id n in tid's; *same when tid's
 * namespace is sift's.  0 if not found. */
static pid_t to_own(pid_t tid, pid_t n, bool *same)
{
	static ino_t self_ns;
	pid_t ids[MAX_LEVELS];

	if (!self_ns)
		self_ns = ns_of("/proc/self/ns/pid");
	ino_t ns = task_ns(tid);
	*same = !ns || ns == self_ns;
	if (*same)
		return n;
	int depth = task_nspid(tid, ids);
	if (depth < 2)
		return 0;
	int lvl = depth - 1;
	if (ids[lvl] == n)
		return tid;
	for (unsigned int i = 0; i < sizeof(cache) / sizeof(cache[0]); i++)
		if (cache[i].ns == ns && cache[i].n == n &&
		    has_id(cache[i].own, lvl, depth, n, ns))
			return cache[i].own;
	pid_t own = scan(lvl, depth, n, ns);
	if (own) {
		unsigned int i =
			cache_next++ % (sizeof(cache) / sizeof(cache[0]));
		cache[i].ns = ns;
		cache[i].n = n;
		cache[i].own = own;
	}
	return own;
}

void dec_emit_pid(struct emitter *e, pid_t tid, int64_t pid, unsigned int mask)
{
	char comm[64];
	bool same = true;
	pid_t own = 0;

	if (mask && pid > 0 && pid <= INT32_MAX)
		own = to_own(tid, (pid_t)pid, &same);
	if (!own) {
		emit_pid(e, pid, NULL);
		return;
	}
	bool named = (mask & DEC_PID_COMM) &&
		     read_comm(own, comm, sizeof(comm)) == 0;
	emit_pid_ns(e, pid, named ? comm : NULL,
		    (mask & DEC_PID_NS) && !same ? own : 0);
}

void dec_pid(struct dctx *ctx, uint64_t v)
{
	dec_emit_pid(ctx->e, ctx->call->tid, (int32_t)v, ctx->opt->pids);
}

void dec_pgid(struct dctx *ctx, uint64_t v)
{
	dec_emit_pid(ctx->e, ctx->call->tid, (int32_t)v,
		     ctx->opt->pids & ~DEC_PID_COMM);
}

void dec_out_pid(struct dctx *ctx, uint64_t addr)
{
	int32_t v;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	dec_pid(ctx, (uint32_t)v);
	emit_array_end(ctx->e);
}

/* Calls that return a process id and take no arguments. */
static int dec_ret_pid(struct dctx *ctx)
{
	ctx->call->ret_fmt = RET_PID;
	return DEC_DONE;
}

DECODER_ANY_PERS(getpid, dec_ret_pid);
DECODER_ANY_PERS(gettid, dec_ret_pid);
DECODER_ANY_PERS(getppid, dec_ret_pid);
DECODER_ANY_PERS(fork, dec_ret_pid);
DECODER_ANY_PERS(vfork, dec_ret_pid);

/* getpriority/setpriority: the target is a process id only for
 * PRIO_PROCESS (a group or a user otherwise) */
#define PRIO_PROCESS_WHICH 0

static void prio_target(struct dctx *ctx)
{
	uint32_t which = (uint32_t)dec_arg(ctx, 0);

	fdec_enum_dflt(ctx, &ct_p_prio_which, which, "PRIO_???");
	if (which == PRIO_PROCESS_WHICH)
		dec_pid(ctx, dec_arg(ctx, 1));
	else
		dec_int(ctx, dec_arg(ctx, 1));
}

static int dec_getpriority(struct dctx *ctx)
{
	prio_target(ctx);
	return DEC_DONE;
}

static int dec_setpriority(struct dctx *ctx)
{
	prio_target(ctx);
	dec_int(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}

DECODER_ANY_PERS(getpriority, dec_getpriority);
DECODER_ANY_PERS(setpriority, dec_setpriority);
