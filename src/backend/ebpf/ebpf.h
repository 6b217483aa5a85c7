/* ebpf: the eBPF backend.  For -c it counts syscalls in the kernel
 * (raw_syscalls tracepoints, per-CPU maps; Linux 5.11+ with BTF), so the
 * traced processes never stop; the counters land in a struct summary.  Functions return 0 (or a
 * wait status) on success and -errno on failure; nothing here prints
 * (libbpf's own messages go to stderr only when SIFT_DEBUG_BPF is set). */
#ifndef SIFT_EBPF_H
#define SIFT_EBPF_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "summary/summary.h"

/* Things the user may want a warning about, filled at the end. */
struct ebpf_count_stats {
	uint64_t lost_forks; /* -f children not followed (no memory, or
			      * more than 32768 live traced processes) */
	uint64_t dropped;    /* calls numbered past the stats map */
};

struct ebpf_count_opts {
	bool follow;    /* -f: every thread and descendant process */
	bool wallclock; /* -w: wall time; else time on CPU (system time) */
	/* Count calls and errors only, all times 0: no clock reads, about
	 * a fifth less overhead.  For tables that show no time column and
	 * are not sorted by time: !summary_needs_time(). */
	bool no_time;
	/* Set to nonzero (e.g. by a SIGINT/SIGTERM handler) to stop
	 * counting and return; may be NULL.  Checked at least every 200 ms
	 * and whenever a signal interrupts the wait. */
	volatile sig_atomic_t *stop;
	struct ebpf_count_stats *stats; /* may be NULL */
	/* Called once counting of pid has begun (-p: strace's "Process N
	 * attached"; spawn: before the child is released); may be NULL. */
	void (*attached)(pid_t pid, void *arg);
	void *attached_arg;
};

/* 0 when this process can load and attach the counter, else -errno and
 * one line in why saying what is missing (permission, BTF, ...). */
int ebpf_available(char *why, size_t len);

/*
 * Count the syscalls of a child the caller forked, which waits for one
 * byte on a pipe before it calls execve.  Loads and attaches the counter,
 * registers child, writes one byte to release_fd (it does not close it)
 * and counts from the child's first execve on, as strace does.
 *
 * Without -f only the thread child is counted (strace traces no new
 * threads without -f); returns when it has exited.  With -f every thread
 * of child and every process forked from them are counted, and this
 * returns once all of them have exited (strace -f waits for the whole
 * tree too), not just child.
 *
 * Returns child's wait status (>= 0, as from waitpid: child is reaped).
 * On a setup failure returns -errno before releasing the child, which is
 * still blocked on its pipe: kill it or fall back to ptrace.  When *stop
 * is set before child has exited, returns -EINTR with out filled and child
 * not reaped (with -f, once child is reaped, *stop ends the wait for the
 * rest of the tree and the status is returned).  out gets what was
 * counted in every case but setup failure.
 */
int ebpf_count_spawn(const struct ebpf_count_opts *o, pid_t child,
		     int release_fd, struct summary *out);

/*
 * -p: count the syscalls of running processes pids[0..n-1] until each of
 * them has exited (with -f: until they and all their descendants forked
 * after the attach have exited) or *o->stop is set.  With -f every thread
 * of the process a pid belongs to is counted; without -f only the thread
 * whose id is given, as strace -p does.  o->attached is called per pid.
 * 0 or -errno; out is filled on 0.
 */
int ebpf_count_attach(const struct ebpf_count_opts *o, const pid_t *pids,
		      int n, struct summary *out);

#endif
