/* backend: how sift observes its tracees.  Each backend runs a whole
 * session for the parsed options and returns the exit status sift should
 * have (the traced command's); ptrace traces and decodes, ebpf counts
 * syscalls in the kernel for -c. */
#ifndef SIFT_BACKEND_H
#define SIFT_BACKEND_H

#include <stdbool.h>

struct options;

struct backend {
	const char *name;
	/* Whether this backend can serve the options; when not, why (one
	 * line) in why. */
	bool (*usable)(const struct options *o, char *why, unsigned long len);
	/* Run the session: 0..255 exit status, or 256 + signal number when
	 * the command was killed by a signal. */
	int (*run)(struct options *o);
};

extern const struct backend backend_ptrace;
extern const struct backend backend_ebpf;

#endif
