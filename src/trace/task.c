#include "trace/task.h"

#include <stdlib.h>

#define BUCKETS 256u

static struct task *buckets[BUCKETS];
static unsigned int ntasks;
static unsigned int nleaders; /* tasks with tid == tgid: processes */

static unsigned int slot(pid_t tid)
{
	return (unsigned int)tid % BUCKETS;
}

struct task *task_find(pid_t tid)
{
	for (struct task *t = buckets[slot(tid)]; t; t = t->hnext)
		if (t->tid == tid)
			return t;
	return NULL;
}

static void link_task(struct task *t)
{
	unsigned int s = slot(t->tid);

	t->hnext = buckets[s];
	buckets[s] = t;
}

static void unlink_task(struct task *t)
{
	for (struct task **pp = &buckets[slot(t->tid)]; *pp; pp = &(*pp)->hnext) {
		if (*pp == t) {
			*pp = t->hnext;
			return;
		}
	}
}

struct task *task_add(pid_t tid, pid_t tgid)
{
	struct task *t = calloc(1, sizeof(*t));

	if (!t)
		abort();
	t->tid = tid;
	t->tgid = tgid;
	sb_init(&t->args);
	sb_init(&t->note);
	sb_init(&t->stack);
	link_task(t);
	ntasks++;
	nleaders += tid == tgid;
	return t;
}

void task_del(struct task *t)
{
	unlink_task(t);
	sb_free(&t->args);
	sb_free(&t->note);
	sb_free(&t->stack);
	nleaders -= t->tid == t->tgid;
	free(t->inject_counts);
	free(t);
	ntasks--;
}

void task_rekey(struct task *t, pid_t tid)
{
	unlink_task(t);
	nleaders -= t->tid == t->tgid;
	t->tid = tid;
	nleaders += t->tid == t->tgid;
	link_task(t);
}

unsigned int task_count(void)
{
	return ntasks;
}

unsigned int task_process_count(void)
{
	return nleaders;
}

struct task *task_first(void)
{
	for (unsigned int i = 0; i < BUCKETS; i++)
		if (buckets[i])
			return buckets[i];
	return NULL;
}

struct task *task_next(struct task *t)
{
	if (t->hnext)
		return t->hnext;
	for (unsigned int i = slot(t->tid) + 1; i < BUCKETS; i++)
		if (buckets[i])
			return buckets[i];
	return NULL;
}
