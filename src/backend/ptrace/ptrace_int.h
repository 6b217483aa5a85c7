/* backend/ptrace internals: starting the command (with the seccomp
 * filter installed before execve), attaching with -p, and the filter
 * built from the selection.  Prefix ptr_. */
#ifndef SIFT_PTRACE_INT_H
#define SIFT_PTRACE_INT_H

#include <linux/filter.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct options;

/* The ptrace options of a tracee, with or without exec events. */
unsigned long ptr_trace_options(const struct options *o, bool seccomp,
				bool exec);

/* Fork the command; it waits until released, then (filter != NULL)
 * installs the filter and execs.  *status_fd reads one byte 'F' and an
 * int errno if the filter could not be installed, EOF if it was.
 * Returns the child pid or -errno. */
pid_t ptr_spawn(const struct options *o, const struct sock_fprog *filter,
		int *release_fd, int *status_fd);

/* The pieces of ptr_spawn, for -D where the tracer is the grandchild:
 * resolve the command and make the release and status pipes; and the
 * command's side, which never returns. */
int ptr_spawn_pipes(const struct options *o, char *path, size_t size,
		    int rel[2], int st[2]);
void ptr_child_exec(const struct options *o, const struct sock_fprog *filter,
		    const char *path, int release_fd, int status_fd)
	__attribute__((noreturn));

/* Gives back the dispositions sift found at start for the signals it
 * catches or ignores itself: an ignored SIGTTOU would outlive execve.
 * Async-signal-safe, for the command's side before execve. */
void ptr_restore_inherited_signals(void);

/* Resolve the command like execvp does; 0 or -errno with the resolved
 * path in buf. */
int ptr_resolve_cmd(const char *cmd, char *buf, size_t size);

/* The selection compiled into a filter; 0 or -errno (then plain ptrace).
 * With dump set, prints the program to stdout. */
int ptr_filter_build(const struct options *o, struct sock_fprog *prog,
		     bool dump);
void ptr_filter_free(struct sock_fprog *prog);
/* Whether the filter may be used (--seccomp-bpf, -p, -f, a seccomp
 * filter sift inherited); if not, why, in words for a message. */
bool ptr_filter_wanted(const struct options *o, char *why, size_t len);

/* -e inject=: at a selected call's entry stop (after the call record is
 * filled), and at its exit stop before it is reported; the exit returns
 * the signal to deliver with the restart, or 0. */
struct task;
struct selection;
void ptr_inject_entry(struct task *t, const struct selection *sel);
int ptr_inject_exit(struct task *t);

/* The exactness guards (guard.c), for tasks under sift's filter: at a
 * syscall entry (after the call record is filled), what the call needs:
 * nothing, its exit stop, or the end of the task (a call strict mode
 * forbids); and at that exit, before the call is reported. */
enum ptr_guard { PTR_GUARD_NONE, PTR_GUARD_DONE, PTR_GUARD_EXIT,
		 PTR_GUARD_KILL };
enum ptr_guard ptr_guard_entry(struct task *t);
void ptr_guard_exit(struct task *t);
void ptr_guard_kill(struct task *t);

#endif
