/* cli/options: the strace-compatible command line, parsed into one
 * struct options.  Nothing else reads argv.  Bad input is reported as
 * "PROG: ..." (PROG being argv[0], as strace does) by opt_parse's caller
 * and exits 1. */
#ifndef SIFT_OPTIONS_H
#define SIFT_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "selection/selection.h"
#include "summary/summary.h"

enum ts_format { TS_NONE, TS_TIME, TS_UNIX };
enum seccomp_mode { SECCOMP_AUTO, SECCOMP_ALWAYS, SECCOMP_NEVER };
enum backend_kind { BACKEND_AUTO, BACKEND_PTRACE, BACKEND_EBPF };

struct options {
	/* what to run or attach to */
	char **argv;          /* command, NULL-terminated; NULL with -p only */
	pid_t *pids;
	size_t npids;
	/* following */
	int follow;           /* -f: 1, -ff: 2 (with -o: one file per pid) */
	bool detach_on_execve; /* -b execve */
	int daemonize;        /* -D count */
	bool kill_on_exit;
	long syscall_limit;   /* --syscall-limit, 0: none */
	const char *user;     /* -u */
	char **env_set;       /* -E */
	size_t nenv;
	/* output */
	const char *outfile;  /* -o */
	bool append;          /* -A */
	bool json;            /* --json / -J */
	unsigned int acolumn; /* -a, default 40 */
	unsigned int strsize; /* -s, default 32 */
	bool strsize_set;
	int xflag;            /* -x 1, -xx 2 */
	int xlat;             /* -X: 0 abbrev, 1 raw, 2 verbose */
	bool verbose;         /* -v */
	int fd_paths;         /* -y/--decode-fds: enum sel_decode_fd mask */
	int ts_format;        /* -t, --absolute-timestamps: enum ts_format */
	int ts_prec;          /* digits after the second: 0, 3, 6 or 9 */
	bool relative;        /* -r */
	int rel_prec;         /* --relative-timestamps=PREC, default 6 */
	bool syscall_times;   /* -T */
	int times_prec;       /* --syscall-times=PREC, default 6 */
	bool instr_pointer;   /* -i */
	bool syscall_number;  /* -n */
	int quiet;            /* -q count */
	bool stack_trace;     /* -k */
	/* statistics */
	int count;            /* -c 1 (summary only), -C 2 (both) */
	bool wall_clock;      /* -w */
	struct summary_opts sumopt; /* -S, -U */
	uint64_t overhead_ns; /* -O: taken off each call's time in -c */
	int interruptible;    /* -I 1..4; 0: strace's default */
	/* engine */
	enum seccomp_mode seccomp;
	bool dump_filter;
	enum backend_kind backend;
	unsigned long ebpf_buffer; /* --ebpf-buffer, bytes; 0: default */
	/* selection: -e, -P, --trace-fds, -z, -Z */
	struct selection sel;
};

/* Parse argv into o.  0 on success; on error -EINVAL with a one-line
 * message (no "PROG: " prefix) in err.  Sets *exit_now (with status) for
 * -h and -V. */
int opt_parse(struct options *o, int argc, char **argv, char *err,
	      size_t errlen, int *exit_now);
void opt_free(struct options *o);

#endif
