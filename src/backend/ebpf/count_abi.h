/* count_abi: what the in-kernel counter (count.bpf.c) and its loader
 * (ebpf.c) agree on: map layout, value structs and the states of a traced
 * id.  Plain C with <linux/types.h> only, for both compilers. */
#ifndef SIFT_EBPF_COUNT_ABI_H
#define SIFT_EBPF_COUNT_ABI_H

#include <linux/types.h>

/* Personalities in the stats map, same order as enum personality. */
#define COUNT_PERS_X86_64 0
#define COUNT_PERS_I386 1
#define COUNT_PERS_X32 2
#define COUNT_NPERS 3

/* Syscall numbers per personality; x32 goes up to 547 (without its bit).
 * Numbers past this are counted in count_dropped instead. */
#define COUNT_NSLOTS 1024

#define COUNT_X32_BIT 0x40000000L

/* i386 socketcall(2) and ipc(2) sub-calls, which -c counts apart (as
 * strace does): slot COUNT_MUX_BASE + sub for socketcall's,
 * COUNT_MUX_BASE + COUNT_MUX_SUBS + sub for ipc's; past every i386
 * number.  The loader turns them into summary rows (sc_mux_row). */
#define COUNT_MUX_BASE 512
#define COUNT_MUX_SUBS 32
#define COUNT_I386_SOCKETCALL 102
#define COUNT_I386_IPC 117

/* struct count_task.state: a task is traced when it has a count_task in
 * the per-task storage map with a nonzero state. */
#define COUNT_ARMED 1  /* spawned child: start at its first execve */
#define COUNT_ACTIVE 2 /* counting */

/* Per-task storage (BPF_MAP_TYPE_TASK_STORAGE): membership, and the
 * syscall the thread is in.  The loader creates it for the first tasks
 * (keyed by pidfd), the fork hook for their children with -f. */
struct count_task {
	__u32 state;
	__u32 forked;    /* created by the fork hook, no syscall seen yet */
	__u32 pers;      /* of the current syscall */
	__u32 timed;     /* the current syscall's time is measured */
	__s64 nr;        /* current syscall, as seen at sys_enter */
	__u64 start;     /* its sys_enter time; 0: none seen */
	__u64 off_since; /* switched out at, 0 when running */
	__u64 off_ns;    /* time switched out during the current syscall */
};

/* Value of stats[pers * COUNT_NSLOTS + nr], one per CPU. */
struct count_stat {
	__u64 calls;
	__u64 errors;
	__u64 total_ns;
	__u64 min_ns; /* of the timed calls, valid when timed > 0 */
	__u64 max_ns;
	__u64 timed;  /* calls whose time is in total_ns */
};

/* Two clock reads cost a getppid call here half again (the TSC read is
 * slow in a VM): each CPU times the first COUNT_TIME_ALL calls of each
 * syscall, then one call in COUNT_TIME_EVERY chosen at random, and the
 * loader scales total_ns by calls / timed. */
#define COUNT_TIME_ALL 64
#define COUNT_TIME_EVERY 8

#endif
