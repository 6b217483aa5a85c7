/* selection: strace's -e language (trace=, abbrev=, verbose=, raw=,
 * signal=, status=, quiet=, read=, write=, trace-fds=, decode-fds=,
 * decode-pids=, inject=, fault=) and -P, resolved into per-personality
 * syscall bitsets and the other sets.  Parsers return 0 or -errno and put
 * strace's message (without the "sift: " prefix) into err; see
 * sel_parse_expr for warnings and the usage hint. */
#ifndef SIFT_SELECTION_H
#define SIFT_SELECTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "arch/arch.h"
#include "util/bitset.h"

/* status= elements, as bits of selection.status */
enum sel_status {
	SEL_STATUS_SUCCESSFUL = 1u << 0,
	SEL_STATUS_FAILED = 1u << 1,
	SEL_STATUS_UNFINISHED = 1u << 2,
	SEL_STATUS_UNAVAILABLE = 1u << 3,
	SEL_STATUS_DETACHED = 1u << 4,
	SEL_STATUS_ALL = (1u << 5) - 1,
};

/* quiet= elements, as bits of selection.quiet ("superseded" is an alias
 * of thread-execve, "exits" of exit) */
enum sel_quiet {
	SEL_QUIET_ATTACH = 1u << 0,
	SEL_QUIET_EXIT = 1u << 1,
	SEL_QUIET_PATH_RESOLUTION = 1u << 2,
	SEL_QUIET_PERSONALITY = 1u << 3,
	SEL_QUIET_THREAD_EXECVE = 1u << 4,
	SEL_QUIET_ALL = (1u << 5) - 1,
};

/* decode-fds= elements (-y is path, -yy all) */
enum sel_decode_fd {
	SEL_DECODE_FD_PATH = 1u << 0,
	SEL_DECODE_FD_SOCKET = 1u << 1,
	SEL_DECODE_FD_DEV = 1u << 2,
	SEL_DECODE_FD_PIDFD = 1u << 3,
	SEL_DECODE_FD_ALL = (1u << 4) - 1,
	/* not a word of --decode-fds: -Y adds it, for the name after a
	 * pidfd's pid */
	SEL_DECODE_FD_PIDFD_COMM = 1u << 4,
};

/* decode-pids= elements (--pidns-translation is pidns, -Y comm) */
enum sel_decode_pid {
	SEL_DECODE_PID_PIDNS = 1u << 0,
	SEL_DECODE_PID_COMM = 1u << 1,
	SEL_DECODE_PID_ALL = (1u << 2) - 1,
};

/* A set of file descriptors 0..INT_MAX: a bitset for the small ones and
 * an explicit list for the rest, whose membership is inverted when
 * high_inverted is set (after "all" or a leading "!"). */
struct sel_fdset {
	struct bitset low; /* descriptors below BITSET_BITS */
	int *high;         /* descriptors >= BITSET_BITS named in the set */
	size_t nhigh;
	bool high_inverted;
};

/* inject= / fault= actions, bits of sel_inject.flags */
enum sel_inject_flag {
	SEL_INJ_ERROR = 1u << 0,       /* fail with -error */
	SEL_INJ_RETVAL = 1u << 1,      /* succeed with retval */
	SEL_INJ_SIGNAL = 1u << 2,      /* deliver signo on entry */
	SEL_INJ_DELAY_ENTER = 1u << 3, /* sleep delay_enter before the call */
	SEL_INJ_DELAY_EXIT = 1u << 4,  /* sleep delay_exit after it */
	SEL_INJ_POKE_ENTER = 1u << 5,  /* write pokes with enter set */
	SEL_INJ_POKE_EXIT = 1u << 6,   /* write pokes with enter clear */
	SEL_INJ_SYSCALL = 1u << 7,     /* run scno[p] instead of -1 */
};

/* :when=FIRST[..LAST][+[STEP]]: invocation n (counted from 1 per syscall
 * and per tracee) is injected when sel_when_match() says so.  last ==
 * SEL_WHEN_INF means no upper bound; step == 0 means "first only". */
#define SEL_WHEN_INF 65535u
struct sel_when {
	uint16_t first, last, step;
};

/* :poke_enter=@argN=HEX / :poke_exit=...: bytes to write at argument N */
struct sel_poke {
	bool enter;      /* poke_enter (true) or poke_exit */
	uint8_t arg;     /* 1..7 */
	uint16_t len;    /* 1..1024 bytes */
	uint8_t *data;
};

/* One -e inject= or -e fault= expression. */
struct sel_inject {
	struct bitset set[PERS_COUNT]; /* syscalls it applies to */
	unsigned int flags;            /* enum sel_inject_flag */
	uint16_t error;                /* 1..4095 with SEL_INJ_ERROR */
	uint64_t retval;               /* with SEL_INJ_RETVAL */
	uint8_t signo;                 /* 1..64 with SEL_INJ_SIGNAL */
	long scno[PERS_COUNT];         /* with SEL_INJ_SYSCALL, -1 otherwise */
	struct timespec delay_enter, delay_exit;
	struct sel_poke *pokes;
	size_t npokes;
	struct sel_when when;
};

/* A -P path; resolved is its realpath() when that differs, else NULL
 * (strace reports 'Requested path "P" resolved into "R"' unless
 * quiet=path-resolution, once options are all parsed). */
struct sel_path {
	char *path;
	char *resolved;
};

struct selection {
	/* syscall sets, indexed by table number in each personality */
	struct bitset trace[PERS_COUNT];   /* default all */
	struct bitset abbrev[PERS_COUNT];  /* default all */
	struct bitset verbose[PERS_COUNT]; /* default all */
	struct bitset raw[PERS_COUNT];     /* default none */
	struct bitset inject[PERS_COUNT];  /* union of the inject rules' sets
					    * (only traced ones take effect) */
	struct bitset signals;             /* signal numbers, default all */
	unsigned int status;               /* enum sel_status, default all */
	unsigned int quiet;                /* enum sel_quiet, default none */
	unsigned int decode_fds;           /* enum sel_decode_fd, default none */
	unsigned int decode_pids;          /* enum sel_decode_pid, default none */
	bool kvm_vcpu;                     /* kvm=vcpu: KVM_RUN exit reasons */
	struct sel_fdset read_fds;         /* read=, default none */
	struct sel_fdset write_fds;        /* write=, default none */
	struct sel_fdset trace_fds;        /* trace-fds=, default all */
	struct sel_inject *injects;        /* in command line order */
	size_t ninjects;
	struct sel_path *paths;            /* -P, in command line order */
	size_t npaths;
	/* which qualifiers the user gave (each later one replaces the
	 * earlier value of its set, as in strace) */
	bool trace_given, abbrev_given, verbose_given, raw_given;
	bool signal_given, status_given, quiet_given;
	bool decode_fds_given, decode_pids_given;
	bool read_given, write_given, trace_fds_given;
	/* Left by the last parse call: err_usage when its error is one
	 * strace follows with "Try 'PROG -h' for more information.";
	 * warning, when not empty, is a message strace prints (before any
	 * error) without stopping, e.g. for inject retval=-1. */
	bool err_usage;
	char warning[160];
};

/* Defaults: trace, abbrev, verbose, signals, status, trace_fds all; the
 * rest empty.  Never fails. */
void sel_init(struct selection *sel);
void sel_free(struct selection *sel);

/* One -e argument: "QUALIFIER=SET" or a bare SET meaning trace=SET.
 * Qualifiers: trace t abbrev a verbose v raw x signal signals s status
 * quiet silent silence q read reads r write writes w inject fault kvm
 * decode-fd decode-fds decode-pid decode-pids secontext trace-fds
 * trace-fd fd fds.  Returns 0 or -errno (-EINVAL for bad input, -ENOMEM,
 * -ENOTSUP for secontext=) with the message in err.  Either
 * way, print sel->warning first if it is not empty; on failure print err
 * and, if sel->err_usage, the -h hint.  A failed parse leaves the set it
 * was parsing as it was. */
int sel_parse_expr(struct selection *sel, const char *expr, char *err,
		   size_t errlen);
/* A long option --NAME=VALUE, NAME being any qualifier above ("trace",
 * "signal", "quiet", "trace-fds", ...); same contract as sel_parse_expr. */
int sel_parse_qual(struct selection *sel, const char *name,
		   const char *value, char *err, size_t errlen);
/* --trace=SET: sel_parse_qual(sel, "trace", set, ...). */
int sel_parse_trace(struct selection *sel, const char *set, char *err,
		    size_t errlen);
/* -P PATH.  0 or -ENOMEM. */
int sel_add_path(struct selection *sel, const char *path);

/* The inject rule for syscall nr in personality p: the last expression
 * naming it, or NULL.  Like strace, only traced syscalls are tampered
 * with: NULL when trace= leaves nr out (so injection never widens the
 * filter); a call that -P or trace-fds= filters out must not be
 * tampered with either, which is the caller's check. */
const struct sel_inject *sel_inject_find(const struct selection *sel,
					 enum personality p, unsigned long nr);
/* Whether invocation n (from 1) is one to tamper with. */
bool sel_when_match(const struct sel_when *w, unsigned long n);
/* Whether path is one of the -P paths or their resolutions. */
bool sel_path_match(const struct selection *sel, const char *path);
bool sel_fd_in(const struct sel_fdset *set, int fd);

/* Whether syscall nr is traced.  Like strace, a number past the end of
 * its personality's table is traced whatever the selection (and printed
 * raw): a program making a syscall no table knows is worth seeing. */
static inline bool sel_traced(const struct selection *sel, enum personality p,
			      unsigned long nr)
{
	return nr >= arch_pers[p].table->count ||
	       bitset_test(&sel->trace[p], nr);
}

static inline bool sel_signal_traced(const struct selection *sel, int sig)
{
	return sig >= 0 && bitset_test(&sel->signals, (unsigned long)sig);
}

#endif
