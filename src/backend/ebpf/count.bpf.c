// SPDX-License-Identifier: (GPL-2.0-only OR BSD-2-Clause)
/*
 * count.bpf.c: sift -c in the kernel.  raw_syscalls sys_enter/sys_exit
 * (BTF-typed, no tracefs needed) count calls, errors and time per
 * personality and syscall number in per-CPU maps, for the traced ids only:
 * thread ids without -f (strace follows no threads then either), thread
 * group ids with -f, where sched_process_fork adds new processes and
 * sched_process_exit removes dead ones and wakes the loader.
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
const volatile bool follow = false;    /* key by tgid, follow forks */
const volatile bool wallclock = false; /* -w: no off-CPU subtraction */

/* Loader-visible counters (.bss is mmapped by the skeleton). */
__u64 live;          /* traced thread groups alive (follow only) */
__u64 lost_forks;    /* children we failed to add: traced map full */
__u64 count_dropped; /* syscalls numbered past COUNT_NSLOTS */

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 32768);
	__type(key, __u32);
	__type(value, __u32);
} traced SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, COUNT_NPERS * COUNT_NSLOTS);
	__type(key, __u32);
	__type(value, struct count_stat);
} stats SEC(".maps");

/* The syscall a thread is in, and how long it spent off CPU meanwhile. */
struct inflight {
	__u64 start;    /* 0: no sys_enter seen for the current syscall */
	__u64 off_since; /* switched out at, 0 when running */
	__u64 off_ns;
	long nr;
	__u32 pers;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct inflight);
} inflight SEC(".maps");

/* One __u32 tgid per traced thread group that died (follow only). */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} exits SEC(".maps");

static __always_inline __u32 *traced_state(void)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u32 key = follow ? (__u32)(id >> 32) : (__u32)id;

	return bpf_map_lookup_elem(&traced, &key);
}

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

SEC("tp_btf/sys_enter")
int BPF_PROG(count_enter, struct pt_regs *regs, long id)
{
	struct task_struct *t;
	struct inflight *f;
	__u32 *state = traced_state();
	__u32 pers;
	long nr = id;

	if (!state)
		return 0;
	t = bpf_get_current_task_btf();
	pers = pers_of(t, &nr);
	if (*state != COUNT_ACTIVE) {
		/* A spawned child counts from its execve on, like strace,
		 * not the pipe read and close that precede it. */
		if (pers != COUNT_PERS_X86_64 || (nr != 59 && nr != 322))
			return 0;
		*state = COUNT_ACTIVE;
	}
	f = bpf_task_storage_get(&inflight, t, 0,
				 BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!f)
		return 0;
	f->nr = nr;
	f->pers = pers;
	f->off_ns = 0;
	f->off_since = 0;
	f->start = bpf_ktime_get_ns();
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(count_exit, struct pt_regs *regs, long ret)
{
	__u64 now = bpf_ktime_get_ns();
	struct count_stat *s;
	struct task_struct *t;
	struct inflight *f;
	__u32 *state = traced_state();
	__u64 ns = 0;
	__u32 pers, key;
	long nr;

	if (!state || *state != COUNT_ACTIVE)
		return 0;
	t = bpf_get_current_task_btf();
	f = bpf_task_storage_get(&inflight, t, 0, 0);
	if (f && f->start) {
		/* The number seen at entry: rt_sigreturn leaves orig_ax at
		 * -1, and a tracer may have changed it since. */
		nr = f->nr;
		pers = f->pers;
		ns = now - f->start;
		if (!wallclock) {
			__u64 off = f->off_ns;

			ns = off < ns ? ns - off : 0;
		}
		f->start = 0;
	} else {
		/* No sys_enter: seccomp refused the call before the
		 * tracepoint, or it began before we attached.  Counted,
		 * with no time. */
		nr = regs->orig_ax;
		pers = pers_of(t, &nr);
		if (nr < 0)
			return 0;
		if (!f && ret == 0 && fork_like(pers, nr))
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
	if (s->calls == 0 || ns < s->min_ns)
		s->min_ns = ns;
	if (ns > s->max_ns)
		s->max_ns = ns;
	s->calls++;
	s->total_ns += ns;
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
	struct inflight *f;

	f = bpf_task_storage_get(&inflight, prev, 0, 0);
	if (f && f->start) {
		now = bpf_ktime_get_ns();
		f->off_since = now;
	}
	f = bpf_task_storage_get(&inflight, next, 0, 0);
	if (f && f->start && f->off_since) {
		if (!now)
			now = bpf_ktime_get_ns();
		f->off_ns += now - f->off_since;
		f->off_since = 0;
	}
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(count_fork, struct task_struct *parent, struct task_struct *child)
{
	__u32 ptgid = parent->tgid;
	__u32 ctgid = child->tgid;
	__u32 v = COUNT_ACTIVE;
	__u32 *state;

	if (ptgid == ctgid) /* a new thread: its group is traced already */
		return 0;
	state = bpf_map_lookup_elem(&traced, &ptgid);
	if (!state || *state != COUNT_ACTIVE)
		return 0;
	if (bpf_map_update_elem(&traced, &ctgid, &v, BPF_NOEXIST) == 0)
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
	if (bpf_map_delete_elem(&traced, &tgid) != 0)
		return 0;
	__sync_fetch_and_add(&live, -1);
	bpf_ringbuf_output(&exits, &tgid, sizeof(tgid), BPF_RB_FORCE_WAKEUP);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
