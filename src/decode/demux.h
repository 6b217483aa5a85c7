/* decode/demux: multiplexed calls shown as their sub-call, as strace
 * does: an i386 socketcall(SYS_SOCKET, args) becomes socket(...) with the
 * arguments read from the tracee's array.  Called once a call's entry is
 * filled, before it is selected or decoded. */
#ifndef SIFT_DECODE_DEMUX_H
#define SIFT_DECODE_DEMUX_H

#include "decode/decode.h"

/* Rewrites c into its sub-call when it is one and its arguments can be
 * read; leaves it as it is otherwise. */
void decode_demux(struct sc_call *c);

/* The personality and number whose selection (trace=, abbrev=, verbose=,
 * raw=) the call follows: its own, but for the i386 ipc(2) sub-calls with
 * no number of their own (semop, semtimedop), which follow the x86_64
 * call of their name, as the filter does (backend/ptrace/filter.c), and
 * a msgrcv with an unreadable kludge struct, which follows msgrcv. */
void decode_sel_key(const struct sc_call *c, enum personality *p,
		    unsigned long *nr);

#endif
