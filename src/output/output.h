/* output: buffered writers, one per destination (stderr, -o FILE,
 * -o '|cmd', -ff FILE.PID).  Writes are batched and flushed before sift
 * blocks for the next event and at exit. */
#ifndef SIFT_OUTPUT_H
#define SIFT_OUTPUT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "util/strbuf.h"

struct output {
	int fd;
	FILE *pipe;         /* -o '|cmd' */
	struct strbuf buf;
	pid_t open_tid;     /* tid whose line is open (text), 0 if none */
	size_t col;         /* column of the open line */
	struct output *next; /* all outputs, for flushing */
};

/* Open a destination: NULL or "" means stderr; "|cmd" and "!cmd" pipe to a
 * shell command.  0 or -errno. */
int out_open(struct output **out, const char *path, bool append);
void out_write(struct output *o, const char *s, size_t n);
void out_puts(struct output *o, const char *s);
int out_flush(struct output *o);
/* Flush every open output (before blocking, at exit). */
void out_flush_all(void);
/* Whether any output holds bytes not yet written. */
bool out_pending(void);
void out_close(struct output *o);
void out_close_all(void);

/* The name diagnostics start with: argv[0] as sift was invoked, like
 * strace ("sift" until main sets it). */
extern const char *out_progname;
/* "PROG: message\n" on stderr, after flushing the trace outputs. */
void out_diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void out_vdiag(const char *fmt, va_list ap);
/* -d: "PROG: message" about sift's own doings (stops, options), on
 * stderr like the diagnostics; nothing unless out_debug_on. */
extern bool out_debug_on;
void out_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
