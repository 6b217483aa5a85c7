/* selection/internal: helpers shared by the selection sources only. */
#ifndef SIFT_SELECTION_INTERNAL_H
#define SIFT_SELECTION_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "selection/selection.h"

/* Decimal number in 0..max with strtoll's leniency (leading blanks and
 * sign); the character after it must be NUL or one of accept (may be
 * NULL).  The number, or -1.  *endp is set on success when not NULL. */
long long sel_parse_uint(const char *s, char **endp, unsigned long long max,
			 const char *accept);

/* Signal number of a name (any case, "SIG" optional) or of a decimal
 * number up to 255; -1 if neither. */
int sel_signal_number(const char *s);
/* Errno value of a name such as "ENOENT" (any case), or -1. */
int sel_errno_number(const char *s);

/* Replace out[] with the syscall SET str (strace's -e trace= syntax). */
int sel_syscall_set(struct bitset out[PERS_COUNT], const char *str,
		    bool *usage, char *err, size_t errlen);

/* -e inject= (fault false) or -e fault= (fault true). */
int sel_parse_inject(struct selection *sel, const char *str, bool fault,
		     char *err, size_t errlen);
void sel_inject_release(struct sel_inject *r);

/* snprintf into err unless errlen is 0. */
void sel_seterr(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
