/* summary: the -c/-C statistics table, shared by every backend.  Counts
 * calls, errors and time per personality and syscall number, and prints
 * strace 6.1's table byte for byte (sort order, -U columns, widths that
 * grow with their content, one table per personality seen).  Functions
 * return 0 or -errno; the parsers also leave strace's message in msg. */
#ifndef SIFT_SUMMARY_H
#define SIFT_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arch/arch.h"

/* Counters of one syscall of one personality. */
struct summary_stat {
	uint64_t calls;
	uint64_t errors;
	uint64_t total_ns;
	uint64_t min_ns; /* meaningful only when calls > 0 */
	uint64_t max_ns;
};

struct summary {
	/* stat[p][nr]: p is the personality, nr the number in its table
	 * (x32: without the 0x40000000 bit); grown on demand. */
	struct summary_stat *stat[PERS_COUNT];
	size_t len[PERS_COUNT];
};

enum summary_col {
	SUMMARY_COL_NONE = 0,
	SUMMARY_COL_PERCENT, /* "% time" */
	SUMMARY_COL_TOTAL,   /* "seconds" */
	SUMMARY_COL_MIN,     /* "shortest" */
	SUMMARY_COL_MAX,     /* "longest" */
	SUMMARY_COL_AVG,     /* "usecs/call" */
	SUMMARY_COL_CALLS,
	SUMMARY_COL_ERRORS,
	SUMMARY_COL_NAME,    /* "syscall" */
	SUMMARY_COL_COUNT
};

/* -S keys.  Ties keep syscall number order, as strace's stable sort does. */
enum summary_sort {
	SUMMARY_SORT_NOTHING, /* by syscall number */
	SUMMARY_SORT_TIME,    /* total time, descending (the default) */
	SUMMARY_SORT_MIN,
	SUMMARY_SORT_MAX,
	SUMMARY_SORT_AVG,
	SUMMARY_SORT_CALLS,
	SUMMARY_SORT_ERRORS,
	SUMMARY_SORT_NAME, /* ascending */
};

struct summary_opts {
	enum summary_sort sort;
	/* Columns in print order, ended by SUMMARY_COL_NONE. */
	uint8_t columns[SUMMARY_COL_COUNT];
};

/* Defaults: -S time, columns "% time, seconds, usecs/call, calls, errors,
 * syscall". */
void summary_opts_init(struct summary_opts *o);

/* -S/--summary-sort-by ARG.  -EINVAL with "invalid sortby: 'ARG'" in msg
 * when ARG is not a column name (strace's aliases) or "none"/"nothing". */
int summary_parse_sort(const char *arg, struct summary_opts *o, char *msg,
		       size_t msglen);

/* -U/--summary-columns LIST (comma separated, strace's aliases).  The
 * syscall name column is appended when missing.  -EINVAL with strace's
 * message ("unknown column name: 'x'" or "call summary column has been
 * provided more than once: ...") in msg. */
int summary_parse_columns(const char *arg, struct summary_opts *o, char *msg,
			  size_t msglen);

/* Whether the table shows or sorts by a time; when not, a backend may
 * skip timing calls altogether. */
bool summary_needs_time(const struct summary_opts *o);

void summary_init(struct summary *s);
void summary_free(struct summary *s);

/* One finished call: error is true when the kernel returned -4095..-1,
 * ns is its duration (wall clock for -w, system time otherwise).
 * 0, -EINVAL (bad personality or negative nr) or -ENOMEM. */
int summary_add(struct summary *s, enum personality pers, long nr, bool error,
		uint64_t ns);

/* Fold counters aggregated elsewhere (e.g. in kernel maps) into s.
 * Nothing happens when st->calls is 0. */
int summary_add_stat(struct summary *s, enum personality pers, long nr,
		     const struct summary_stat *st);

/* dst += src (calls, errors, totals; min of mins, max of maxes). */
int summary_merge(struct summary *dst, const struct summary *src);

/* Total calls counted over every personality. */
uint64_t summary_total_calls(const struct summary *s);

/* The table(s), one per personality that has calls; a personality other
 * than x86_64 is announced by "System call usage summary for 32 bit
 * mode:" (or "x32").  Prints nothing when no call was counted.  0 or
 * -ENOMEM / -EIO. */
int summary_print(FILE *f, const struct summary *s,
		  const struct summary_opts *o);

#endif
