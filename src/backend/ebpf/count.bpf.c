// SPDX-License-Identifier: (GPL-2.0-only OR BSD-2-Clause)
/*
 * count.bpf.c: sift -c in the kernel.  raw_syscalls sys_enter/sys_exit
 * (BTF-typed, no tracefs needed) count calls, errors and time per
 * personality and syscall number in per-CPU maps.
 *
 * A task is traced when it has a struct count_task in task storage: one
 * pointer walk per syscall, where a hash lookup by pid cost ~70 ns on
 * every syscall of every process on the machine.  The loader creates the
 * first ones; with -f the fork hook gives every new thread and process of
 * a traced task one, and a hash of traced thread groups (touched only at
 * fork and exit) tells the loader when the last of them is gone.
 *
 * Kernel types are declared here with only the fields used; CO-RE
 * relocates the offsets against the running kernel's BTF at load time.
 */
#include <stdbool.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "backend/ebpf/count_abi.h"

typedef struct {
	int counter;
} atomic_t;

struct pt_regs {
	unsigned long bx;
	unsigned long cx;
	unsigned long orig_ax;
} __attribute__((preserve_access_index));

struct thread_info {
	__u32 status;
} __attribute__((preserve_access_index));

struct signal_struct {
	atomic_t live;
} __attribute__((preserve_access_index));

struct task_struct {
	struct thread_info thread_info;
	int pid;
	int tgid;
	struct signal_struct *signal;
} __attribute__((preserve_access_index));

/* arch/x86/include/asm/thread_info.h: set while a 32-bit (int 0x80,
 * sysenter, 32-bit syscall) system call runs, cleared on return to user
 * mode, so it is still set at sys_exit.  raw_syscalls has no arch field. */
#define TS_COMPAT 0x0002

#define MAX_ERRNO 4095

/* Set by the loader before load. */
const volatile bool wallclock = false; /* -w: no off-CPU subtraction */
const volatile bool no_time = false;   /* counts only: no clock reads */

/* Loader-visible counters (.bss is mmapped by the skeleton). */
__u64 live;          /* traced thread groups alive (-f only) */
__u64 lost_forks;    /* children not followed: no memory, map full */
__u64 count_dropped; /* syscalls numbered past COUNT_NSLOTS */

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct count_task);
} tasks SEC(".maps");

/* -f: thread group ids of traced processes, to know when all are gone. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 32768);
	__type(key, __u32);
	__type(value, __u32);
} groups SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, COUNT_NPERS * COUNT_NSLOTS);
	__type(key, __u32);
	__type(value, struct count_stat);
} stats SEC(".maps");

/* One __u32 tgid per traced thread group that died (-f only): wakes the
 * loader up. */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} exits SEC(".maps");

static __always_inline __u32 pers_of(struct task_struct *t, long *nr)
{
	if (t->thread_info.status & TS_COMPAT) {
		*nr = (int)*nr;
		return COUNT_PERS_I386;
	}
	if (*nr >= 0 && (*nr & COUNT_X32_BIT)) {
		*nr &= ~COUNT_X32_BIT;
		return COUNT_PERS_X32;
	}
	return COUNT_PERS_X86_64;
}

/* A new task's first return to user space, from the fork/clone that
 * made it, goes through sys_exit too; a ptrace tracer sees no syscall
 * there, and neither does this counter. */
static __always_inline bool fork_like(__u32 pers, long nr)
{
	if (pers == COUNT_PERS_I386)
		return nr == 2 || nr == 120 || nr == 190 || nr == 435;
	return nr == 56 || nr == 57 || nr == 58 || nr == 435;
}

/* Whether this call is timed (see COUNT_TIME_ALL in count_abi.h). */
static __always_inline bool time_this(__u32 pers, long nr)
{
	__u32 key = pers * COUNT_NSLOTS + (__u32)nr;
	struct count_stat *s;

	if (nr < 0 || nr >= COUNT_NSLOTS)
		return true;
	s = bpf_map_lookup_elem(&stats, &key);
	if (!s || s->calls < COUNT_TIME_ALL)
		return true;
	return (bpf_get_prandom_u32() & (COUNT_TIME_EVERY - 1)) == 0;
}

/* The words socketcall's sub-calls take from the array at its second
 * argument, by sub-call number (0: none such); the ptrace backend shows
 * a sub-call as itself only when they can be read, and so counts it. */
static const __u8 socketcall_words[21] = {
	0, 3, 3, 3, 2, 3, 3, 3, 4, 4, 4, 6, 6, 2, 5, 5, 3, 3, 4, 5, 4,
};

/* The slot of an i386 socketcall/ipc call: its sub-call's, or its own
 * for a sub-call unknown (or, for socketcall, unreadable). */
static __always_inline long mux_slot(struct pt_regs *regs, long nr)
{
	__u32 sub = (__u32)regs->bx;
	__u32 words[6];

	if (nr == COUNT_I386_IPC) {
		sub &= 0xffff;
		if ((sub >= 1 && sub <= 4) || (sub >= 11 && sub <= 14) ||
		    (sub >= 21 && sub <= 24))
			return COUNT_MUX_BASE + COUNT_MUX_SUBS + sub;
		return nr;
	}
	if (sub >= sizeof(socketcall_words) || !socketcall_words[sub])
		return nr;
	__u32 size = socketcall_words[sub] * sizeof(__u32);
	if (size > sizeof(words) ||
	    bpf_probe_read_user(words, size,
				(void *)(unsigned long)(__u32)regs->cx))
		return nr;
	return COUNT_MUX_BASE + sub;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(count_enter, struct pt_regs *regs, long id)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct count_task *c = bpf_task_storage_get(&tasks, t, 0, 0);
	__u32 pers;
	long nr = id;

	if (!c || !c->state)
		return 0;
	pers = pers_of(t, &nr);
	if (c->state != COUNT_ACTIVE) {
		/* A spawned child counts from its execve on, like strace,
		 * not the pipe read and close that precede it. */
		if (pers != COUNT_PERS_X86_64 || (nr != 59 && nr != 322))
			return 0;
		c->state = COUNT_ACTIVE;
	}
	c->forked = 0;
	if (pers == COUNT_PERS_I386 &&
	    (nr == COUNT_I386_SOCKETCALL || nr == COUNT_I386_IPC))
		nr = mux_slot(regs, nr);
	c->nr = nr;
	c->pers = pers;
	c->off_ns = 0;
	c->off_since = 0;
	c->timed = !no_time && time_this(pers, nr);
	/* start doubles as "sys_enter seen" */
	c->start = c->timed ? bpf_ktime_get_ns() : 1;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(count_exit, struct pt_regs *regs, long ret)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct count_task *c = bpf_task_storage_get(&tasks, t, 0, 0);
	struct count_stat *s;
	__u64 ns = 0;
	__u32 pers, key;
	bool timed = true;
	long nr;

	if (!c || c->state != COUNT_ACTIVE)
		return 0;
	if (c->start) {
		/* The number seen at entry: rt_sigreturn leaves orig_ax at
		 * -1, and a tracer may have changed it since. */
		nr = c->nr;
		pers = c->pers;
		timed = c->timed;
		if (timed) {
			ns = bpf_ktime_get_ns() - c->start;
			if (!wallclock)
				ns = c->off_ns < ns ? ns - c->off_ns : 0;
		}
		c->start = 0;
	} else {
		/* No sys_enter: seccomp refused the call before the
		 * tracepoint, or it began before we attached, or this is a
		 * new task coming out of fork.  The first two are counted,
		 * with no time. */
		nr = regs->orig_ax;
		pers = pers_of(t, &nr);
		if (c->forked && ret == 0 && fork_like(pers, nr)) {
			c->forked = 0;
			return 0;
		}
		if (nr < 0)
			return 0;
	}
	if (pers == COUNT_PERS_I386)
		ret = (int)ret;
	if (nr < 0 || nr >= COUNT_NSLOTS) {
		__sync_fetch_and_add(&count_dropped, 1);
		return 0;
	}
	key = pers * COUNT_NSLOTS + (__u32)nr;
	s = bpf_map_lookup_elem(&stats, &key);
	if (!s)
		return 0;
	s->calls++;
	if (timed) {
		if (s->timed == 0 || ns < s->min_ns)
			s->min_ns = ns;
		if (ns > s->max_ns)
			s->max_ns = ns;
		s->timed++;
		s->total_ns += ns;
	}
	if (ret < 0 && ret >= -MAX_ERRNO)
		s->errors++;
	return 0;
}

/* System time, not wall time, unless -w: the time a thread inside a
 * traced syscall spends switched out is subtracted at exit. */
SEC("tp_btf/sched_switch")
int BPF_PROG(count_switch, bool preempt, struct task_struct *prev,
	     struct task_struct *next)
{
	__u64 now = 0;
	struct count_task *c;

	c = bpf_task_storage_get(&tasks, prev, 0, 0);
	if (c && c->start && c->timed) {
		now = bpf_ktime_get_ns();
		c->off_since = now;
	}
	c = bpf_task_storage_get(&tasks, next, 0, 0);
	if (c && c->start && c->timed && c->off_since) {
		if (!now)
			now = bpf_ktime_get_ns();
		c->off_ns += now - c->off_since;
		c->off_since = 0;
	}
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(count_fork, struct task_struct *parent, struct task_struct *child)
{
	struct count_task *c = bpf_task_storage_get(&tasks, parent, 0, 0);
	__u32 ctgid, one = 1;

	if (!c || c->state != COUNT_ACTIVE)
		return 0;
	c = bpf_task_storage_get(&tasks, child, 0,
				 BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!c) {
		__sync_fetch_and_add(&lost_forks, 1);
		return 0;
	}
	c->state = COUNT_ACTIVE;
	c->forked = 1;
	ctgid = child->tgid;
	if (ctgid == (__u32)parent->tgid) /* a thread of a traced group */
		return 0;
	if (bpf_map_update_elem(&groups, &ctgid, &one, BPF_NOEXIST) == 0)
		__sync_fetch_and_add(&live, 1);
	else
		__sync_fetch_and_add(&lost_forks, 1);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(count_task_exit, struct task_struct *p)
{
	__u32 tgid = p->tgid;

	/* do_exit() has already dropped this thread from signal->live:
	 * zero means the whole group is gone. */
	if (p->signal->live.counter != 0)
		return 0;
	if (bpf_map_delete_elem(&groups, &tgid) != 0)
		return 0;
	__sync_fetch_and_add(&live, -1);
	bpf_ringbuf_output(&exits, &tgid, sizeof(tgid), BPF_RB_FORCE_WAKEUP);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
