/* cli/options: the strace-compatible command line, parsed into one
 * struct options.  Nothing else reads argv.  Bad input is reported as
 * "sift: ..." by opt_parse's caller and exits 1. */
#ifndef SIFT_OPTIONS_H
#define SIFT_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "selection/selection.h"
#include "summary/summary.h"

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
	int fd_paths;         /* -y 1, -yy 2 */
	int timestamps;       /* -t 1, -tt 2, -ttt 3 */
	bool relative;        /* -r */
	bool syscall_times;   /* -T */
	bool instr_pointer;   /* -i */
	bool syscall_number;  /* -n */
	int quiet;            /* -q count */
	bool stack_trace;     /* -k */
	/* statistics */
	int count;            /* -c 1 (summary only), -C 2 (both) */
	bool wall_clock;      /* -w */
	struct summary_opts sumopt; /* -S, -U */
	/* engine */
	enum seccomp_mode seccomp;
	bool dump_filter;
	enum backend_kind backend;
	/* selection: -e, -P, --trace-fds, -z, -Z */
	struct selection sel;
};

/* Parse argv into o.  0 on success; on error -EINVAL with a one-line
 * message (no "sift: " prefix) in err.  Sets *exit_now (with status) for
 * -h and -V. */
int opt_parse(struct options *o, int argc, char **argv, char *err,
	      size_t errlen, int *exit_now);
void opt_free(struct options *o);

#endif
