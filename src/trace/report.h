/* trace/report: turns events of traced tasks into output lines.  Owns
 * strace's line layout (pid prefix, timestamps, column alignment, return
 * values, <unfinished ...>/<... resumed>, signal and exit lines) and the
 * JSON record layout; the arguments come from the decoders via the
 * emitter. */
#ifndef SIFT_REPORT_H
#define SIFT_REPORT_H

#include <signal.h>
#include <stdbool.h>

#include "trace/task.h"

struct options;

void report_init(const struct options *o);
/* Whether the call just filled in t->call is to be shown (selection,
 * -P, --trace-fds); decides t->printing. */
bool report_selected(struct task *t);
void report_syscall_entry(struct task *t);
void report_syscall_exit(struct task *t);
/* The task vanished or detached inside a shown syscall: "= ?" or
 * " <detached ...>". */
void report_syscall_abandon(struct task *t, bool detached);
void report_signal(struct task *t, const siginfo_t *si);
void report_group_stop(struct task *t, int sig);
void report_exited(struct task *t, int status);
void report_killed(struct task *t, int sig, bool core);
void report_superseded(struct task *t, pid_t by);
/* The task entered the kernel in another personality than before:
 * "[ Process PID=N runs in 32 bit mode. ]". */
void report_personality(struct task *t, enum personality p);
/* One processed syscall more; true when --syscall-limit is reached. */
bool report_limit_reached(void);
/* "sift: Process N attached" style messages (stderr, -q hides). */
void report_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* -c/-C: the summary accumulated by the ptrace path. */
struct summary;
struct summary *report_summary(void);

#endif
