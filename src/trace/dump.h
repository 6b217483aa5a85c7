/* trace/dump: -e read= / -e write=, strace's hex and ASCII dumps of the
 * data a call read from or wrote to a selected descriptor, printed after
 * the call's line. */
#ifndef SIFT_DUMP_H
#define SIFT_DUMP_H

#include "selection/selection.h"
#include "trace/task.h"
#include "util/strbuf.h"

/* Append the dump lines for the finished call of t, if any. */
void dump_io(const struct task *t, const struct selection *sel,
	     struct strbuf *sb);

#endif
