/* trace/task: what sift knows about one traced thread, shared by the
 * backends (which fill the call record) and the report module (which
 * renders it).  Tasks live in a table keyed by tid. */
#ifndef SIFT_TASK_H
#define SIFT_TASK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "decode/decode.h"
#include "emit/render.h"
#include "output/output.h"
#include "selection/selection.h"
#include "util/strbuf.h"

struct task {
	pid_t tid;
	pid_t tgid;
	char comm[16];           /* -Y: its name when last seen */
	struct output *out;      /* where its lines go (-ff: its own file) */
	struct sc_call call;     /* the syscall in progress */
	struct strbuf args;      /* rendered arguments not yet written */
	struct strbuf stack;     /* -k: frames captured at entry */
	struct render render;
	struct strbuf note;      /* the return value's annotation */
	struct render note_render;
	struct emit_style style; /* per call: -e verbose=/abbrev=/raw= */
	struct decode_opts dopt;
	struct timespec t_entry; /* -T, -r */
	uint64_t stime_ns;       /* tracee's system time at this stop (-c) */
	uint64_t stime_entry_ns; /* ... and at the current syscall's entry */
	bool in_syscall;         /* entry seen, exit pending */
	bool printing;           /* this call is shown */
	bool held;               /* text held until exit (status filter) */
	bool entry_written;      /* entry part is in the output */
	bool dec_more;           /* decoder asked for the exit phase */
	bool quiet;              /* attached only to keep the filter served */
	bool filtered;           /* runs under sift's filter */
	bool seccomp;            /* resumed to its next seccomp stop */
	bool own_filter;         /* has a seccomp filter of its own */
	bool strict;             /* in (emulated) strict mode */
	bool untraced_child;     /* its clone asked for CLONE_UNTRACED */
	bool guard_strict;       /* current call enters strict mode */
	bool fresh;              /* auto-attached, first stop not seen */
	bool start_held;         /* ... and held until its parent's event */
	bool exec_events;        /* has PTRACE_O_TRACEEXEC */
	uint8_t guard_pending;   /* guard.c: what the exit stop must undo */
	unsigned int sync_pending; /* TSYNC: threads still to stop first */
	bool sync_hold;          /* ... and this task waits for them */
	pid_t sync_waiter;       /* the task waiting for this one to stop */
	bool delayed;            /* -e inject=...:delay_*: kept stopped */
	int delay_sig;           /* ... and the signal to resume it with */
	struct timespec delay_until;
	uint64_t guard_restore;  /* ... and the value it restores */
	bool attached;           /* -p: seized, not spawned */
	bool startup;            /* spawned child before its first execve */
	bool first_exec;         /* in the spawned child's first execve */
	bool exec_pending;       /* execve in progress (entry seen) */
	bool gone;
	int stop_sig;            /* group-stop signal, for PTRACE_LISTEN */
	enum personality pers_seen; /* personality of its last syscall */
	const struct sc_info *last_shown; /* its last call printed */
	/* -e inject=: the rule applied to the current call, invocation
	 * counts per syscall number, and the " (INJECTED)" note */
	const struct sel_inject *inject;
	uint16_t *inject_counts;
	const char *tamper;
	bool tamper_rval;  /* the return value is an injected retval= */
	struct task *hnext;
};

struct task *task_find(pid_t tid);
struct task *task_add(pid_t tid, pid_t tgid);
void task_del(struct task *t);
/* Number of tasks, and of distinct processes among them. */
unsigned int task_count(void);
unsigned int task_process_count(void);
/* Iterate: for (t = task_first(); t; t = task_next(t)) */
struct task *task_first(void);
struct task *task_next(struct task *t);
/* Move the record of old_tid to tid (a thread's execve takes the leader's
 * tid). */
void task_rekey(struct task *t, pid_t tid);

#endif
