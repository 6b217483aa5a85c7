/* strace's command line, in one getopt_long table. */
#include "cli/options.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfgen/bpfgen.h"

enum {
	OPT_SECCOMP = 0x100,
	OPT_DUMP_FILTER,
	OPT_KILL_ON_EXIT,
	OPT_SYSCALL_LIMIT,
	OPT_JSON,
	OPT_BACKEND,
	OPT_QUAL,  /* --trace= --signal= ...: qualifier named by the option */
	OPT_DETACH_ON,
	OPT_SUMMARY_WALL,
	OPT_ABS_TS,
	OPT_DECODE_FDS,
	OPT_SUCCESS_ONLY,
	OPT_FAILED_ONLY,
	OPT_CONST_STYLE,
	OPT_HEX_STRINGS,
	OPT_NO_ABBREV,
	OPT_SEP_OUTPUT,
};

static const struct option long_opts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "output", required_argument, NULL, 'o' },
	{ "output-append-mode", no_argument, NULL, 'A' },
	{ "output-separately", no_argument, NULL, OPT_SEP_OUTPUT },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "attach", required_argument, NULL, 'p' },
	{ "user", required_argument, NULL, 'u' },
	{ "env", required_argument, NULL, 'E' },
	{ "daemonize", optional_argument, NULL, 'D' },
	{ "detach-on", required_argument, NULL, OPT_DETACH_ON },
	{ "string-limit", required_argument, NULL, 's' },
	{ "columns", required_argument, NULL, 'a' },
	{ "no-abbrev", no_argument, NULL, OPT_NO_ABBREV },
	{ "timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "absolute-timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "relative-timestamps", optional_argument, NULL, 'r' },
	{ "syscall-times", optional_argument, NULL, 'T' },
	{ "instruction-pointer", no_argument, NULL, 'i' },
	{ "syscall-number", no_argument, NULL, 'n' },
	{ "decode-fds", optional_argument, NULL, OPT_DECODE_FDS },
	{ "stack-trace", no_argument, NULL, 'k' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "summary-columns", required_argument, NULL, 'U' },
	{ "successful-only", no_argument, NULL, OPT_SUCCESS_ONLY },
	{ "failed-only", no_argument, NULL, OPT_FAILED_ONLY },
	{ "const-print-style", required_argument, NULL, OPT_CONST_STYLE },
	{ "strings-in-hex", optional_argument, NULL, OPT_HEX_STRINGS },
	{ "trace", required_argument, NULL, OPT_QUAL },
	{ "trace-fds", required_argument, NULL, OPT_QUAL },
	{ "signal", required_argument, NULL, OPT_QUAL },
	{ "status", required_argument, NULL, OPT_QUAL },
	{ "quiet", optional_argument, NULL, OPT_QUAL },
	{ "silent", optional_argument, NULL, OPT_QUAL },
	{ "silence", optional_argument, NULL, OPT_QUAL },
	{ "abbrev", required_argument, NULL, OPT_QUAL },
	{ "verbose", required_argument, NULL, OPT_QUAL },
	{ "raw", required_argument, NULL, OPT_QUAL },
	{ "read", required_argument, NULL, OPT_QUAL },
	{ "write", required_argument, NULL, OPT_QUAL },
	{ "inject", required_argument, NULL, OPT_QUAL },
	{ "fault", required_argument, NULL, OPT_QUAL },
	{ "seccomp-bpf", optional_argument, NULL, OPT_SECCOMP },
	{ "dump-filter", no_argument, NULL, OPT_DUMP_FILTER },
	{ "kill-on-exit", no_argument, NULL, OPT_KILL_ON_EXIT },
	{ "syscall-limit", required_argument, NULL, OPT_SYSCALL_LIMIT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "backend", required_argument, NULL, OPT_BACKEND },
	{ NULL, 0, NULL, 0 },
};

static const char short_opts[] = "+:a:Ab:cCdDe:E:fFhiI:JknNo:O:p:P:qrs:S:tTu:U:vVwxX:yzZ";

static int fail(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static int parse_uint(const char *s, long max, long *out)
{
	char *end;

	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || v > max)
		return -EINVAL;
	*out = v;
	return 0;
}

static int add_pids(struct options *o, const char *arg, char *err,
		    size_t errlen)
{
	char *copy = strdup(arg);
	char *save = NULL;

	if (!copy)
		return -ENOMEM;
	for (char *tok = strtok_r(copy, ", \t", &save); tok;
	     tok = strtok_r(NULL, ", \t", &save)) {
		long pid;
		if (parse_uint(tok, INT_MAX, &pid) || pid <= 0) {
			int rc = fail(err, errlen, "Invalid process id: '%s'", tok);
			free(copy);
			return rc;
		}
		pid_t *p = realloc(o->pids, (o->npids + 1) * sizeof(*p));
		if (!p) {
			free(copy);
			return -ENOMEM;
		}
		o->pids = p;
		o->pids[o->npids++] = (pid_t)pid;
	}
	free(copy);
	return 0;
}

static int add_env(struct options *o, const char *arg)
{
	char **e = realloc(o->env_set, (o->nenv + 1) * sizeof(*e));

	if (!e)
		return -ENOMEM;
	o->env_set = e;
	o->env_set[o->nenv++] = (char *)arg;
	return 0;
}

static void usage(void)
{
	printf("Usage: sift [-ACdffhikqqrtttTvVwxxyyzZ] [-I N] [-b execve] "
	       "[-e EXPR]... [-a COLUMN]\n"
	       "            [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD] "
	       "[-S SORTBY]\n"
	       "            [-U COLUMNS] [-P PATH]... [-p PID]... "
	       "[--seccomp-bpf[=MODE]] [--json]\n"
	       "            { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] "
	       "PROG [ARGS] }\n"
	       "   or: sift -c[dfwzZ] [-I N] [-b execve] [-e EXPR]... "
	       "[-O OVERHEAD]\n"
	       "            [-S SORTBY] [-U COLUMNS] [-P PATH]... [-p PID]... "
	       "[--backend=ptrace|ebpf]\n"
	       "            { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] "
	       "PROG [ARGS] }\n\n"
	       "sift traces system calls like strace, stopping only at the "
	       "selected ones\n"
	       "(seccomp-bpf), and counts them in the kernel for -c (eBPF).\n"
	       "Options and output follow strace(1); see sift(1).\n\n"
	       "Beyond strace:\n"
	       "  --seccomp-bpf[=auto|always|never]  filter in the kernel "
	       "(default auto)\n"
	       "  --dump-filter       print the generated cBPF program and "
	       "exit\n"
	       "  -J, --json          JSON Lines output (doc/json.md)\n"
	       "  --backend=ptrace|ebpf  backend for -c (default: ebpf when "
	       "possible)\n");
}

static int parse_xlat(struct options *o, const char *arg, char *err,
		      size_t errlen)
{
	if (!strcmp(arg, "raw"))
		o->xlat = 1;
	else if (!strcmp(arg, "abbrev"))
		o->xlat = 0;
	else if (!strcmp(arg, "verbose"))
		o->xlat = 2;
	else
		return fail(err, errlen, "invalid xlat style '%s'", arg);
	return 0;
}

static int parse_one(struct options *o, int c, const char *arg,
		     const char *longname, char *err, size_t errlen,
		     int *exit_now)
{
	long v;
	int rc;

	switch (c) {
	case 'a':
		if (parse_uint(arg, INT_MAX, &v))
			return fail(err, errlen, "invalid -a argument: '%s'", arg);
		o->acolumn = (unsigned int)v;
		return 0;
	case 'A': o->append = true; return 0;
	case 'b':
	case OPT_DETACH_ON:
		if (strcmp(arg, "execve") != 0)
			return fail(err, errlen, "invalid -b argument: '%s'", arg);
		o->detach_on_execve = true;
		return 0;
	case 'c': o->count = 1; return 0;
	case 'C': o->count = 2; return 0;
	case 'd': return 0;
	case 'D': o->daemonize++; return 0;
	case 'e':
		return sel_parse_expr(&o->sel, arg, err, errlen);
	case 'E': return add_env(o, arg);
	case 'f':
	case 'F': o->follow = o->follow ? 2 : 1; return 0;
	case 'h': usage(); *exit_now = 1; return 0;
	case 'i': o->instr_pointer = true; return 0;
	case 'I': return 0;
	case 'J':
	case OPT_JSON: o->json = true; return 0;
	case 'k': o->stack_trace = true; return 0;
	case 'n': o->syscall_number = true; return 0;
	case 'N': return 0;
	case 'o': o->outfile = arg; return 0;
	case OPT_SEP_OUTPUT: o->follow = 2; return 0;
	case 'O': return 0;
	case 'p': return add_pids(o, arg, err, errlen);
	case 'P': return sel_add_path(&o->sel, arg);
	case 'q': o->quiet++; return 0;
	case 'r': o->relative = true; return 0;
	case 's':
		if (parse_uint(arg, INT_MAX, &v))
			return fail(err, errlen, "invalid -s argument: '%s'", arg);
		o->strsize = (unsigned int)v;
		o->strsize_set = true;
		return 0;
	case 'S':
		return summary_parse_sort(arg, &o->sumopt, err, errlen);
	case 't': o->timestamps++; return 0;
	case OPT_ABS_TS: o->timestamps = o->timestamps ? o->timestamps : 1; return 0;
	case 'T': o->syscall_times = true; return 0;
	case 'u': o->user = arg; return 0;
	case 'U':
		return summary_parse_columns(arg, &o->sumopt, err, errlen);
	case 'v':
	case OPT_NO_ABBREV: o->verbose = true; return 0;
	case 'V':
		printf("sift -- version 0.1\n");
		*exit_now = 1;
		return 0;
	case 'w': o->wall_clock = true; return 0;
	case 'x': o->xflag++; return 0;
	case OPT_HEX_STRINGS:
		o->xflag = arg && !strcmp(arg, "all") ? 2 : 1;
		return 0;
	case 'X':
	case OPT_CONST_STYLE: return parse_xlat(o, arg, err, errlen);
	case 'y': o->fd_paths++; return 0;
	case OPT_DECODE_FDS:
		o->fd_paths = arg && strstr(arg, "socket") ? 2 : 1;
		return 0;
	case 'z':
	case OPT_SUCCESS_ONLY:
		return sel_parse_expr(&o->sel, "status=successful", err, errlen);
	case 'Z':
	case OPT_FAILED_ONLY:
		return sel_parse_expr(&o->sel, "status=failed", err, errlen);
	case OPT_QUAL:
		rc = sel_parse_qual(&o->sel, longname, arg ? arg : "all", err,
				    errlen);
		return rc;
	case OPT_SECCOMP:
		if (!arg || !strcmp(arg, "always"))
			o->seccomp = SECCOMP_ALWAYS;
		else if (!strcmp(arg, "never"))
			o->seccomp = SECCOMP_NEVER;
		else if (!strcmp(arg, "auto"))
			o->seccomp = SECCOMP_AUTO;
		else
			return fail(err, errlen, "invalid --seccomp-bpf argument: "
				    "'%s'", arg);
		return 0;
	case OPT_DUMP_FILTER: o->dump_filter = true; return 0;
	case OPT_KILL_ON_EXIT: o->kill_on_exit = true; return 0;
	case OPT_SYSCALL_LIMIT:
		if (parse_uint(arg, LONG_MAX, &v) || v == 0)
			return fail(err, errlen, "invalid --syscall-limit argument: "
				    "'%s'", arg);
		o->syscall_limit = v;
		return 0;
	case OPT_BACKEND:
		if (!strcmp(arg, "ptrace"))
			o->backend = BACKEND_PTRACE;
		else if (!strcmp(arg, "ebpf"))
			o->backend = BACKEND_EBPF;
		else
			return fail(err, errlen, "invalid --backend argument: "
				    "'%s'", arg);
		return 0;
	default:
		return fail(err, errlen, "Try 'sift -h' for more information.");
	}
}

/* Combinations strace refuses, with its words. */
static int check_combinations(struct options *o, char *err, size_t errlen)
{
	if (!o->argv && !o->npids && !o->dump_filter)
		return fail(err, errlen, "must have PROG [ARGS] or -p PID\n"
			    "Try 'sift -h' for more information.");
	if (o->npids && o->daemonize)
		return fail(err, errlen, "-D and -p are mutually exclusive");
	if (o->follow == 2 && !o->outfile)
		o->follow = 1;
	if (o->npids && o->seccomp == SECCOMP_ALWAYS) {
		fprintf(stderr, "sift: --seccomp-bpf cannot be used with -p: "
			"tracing with plain ptrace\n");
		o->seccomp = SECCOMP_NEVER;
	}
	if (o->npids)
		o->seccomp = SECCOMP_NEVER;
	if (o->user && !getpwnam(o->user))
		return fail(err, errlen, "Cannot find user '%s'", o->user);
	if (o->stack_trace && o->count == 1)
		fprintf(stderr, "sift: -k/--stack-traces has no effect with "
			"-c/--summary-only\n");
	return 0;
}

int opt_parse(struct options *o, int argc, char **argv, char *err,
	      size_t errlen, int *exit_now)
{
	int c, idx;

	memset(o, 0, sizeof(*o));
	o->acolumn = 40;
	o->strsize = 32;
	sel_init(&o->sel);
	summary_opts_init(&o->sumopt);
	*exit_now = 0;
	err[0] = '\0';
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, short_opts, long_opts, &idx)) != -1) {
		if (c == '?') {
			if (optopt && optopt < 0x100)
				return fail(err, errlen, "invalid option -- '%c'\n"
					    "Try 'sift -h' for more information.",
					    optopt);
			return fail(err, errlen, "unrecognized option '%s'\n"
				    "Try 'sift -h' for more information.",
				    argv[optind - 1]);
		}
		if (c == ':') {
			if (optopt && optopt < 0x100)
				return fail(err, errlen, "option requires an "
					    "argument -- '%c'\nTry 'sift -h' for "
					    "more information.", optopt);
			return fail(err, errlen, "option '%s' requires an "
				    "argument\nTry 'sift -h' for more "
				    "information.", argv[optind - 1]);
		}
		const char *longname = c >= 0x100 ? long_opts[idx].name : NULL;
		o->sel.warning[0] = '\0';
		o->sel.err_usage = false;
		int rc = parse_one(o, c, optarg, longname, err, errlen, exit_now);
		if (o->sel.warning[0])
			fprintf(stderr, "sift: %s\n", o->sel.warning);
		if (rc < 0) {
			if (!err[0])
				snprintf(err, errlen, "%s", strerror(-rc));
			if (o->sel.err_usage) {
				size_t n = strlen(err);
				snprintf(err + n, errlen - n, "\nTry 'sift -h' for "
					 "more information.");
			}
			return rc;
		}
		if (*exit_now)
			return 0;
	}
	if (optind < argc)
		o->argv = argv + optind;
	for (size_t i = 0; i < o->sel.npaths; i++)
		if (o->sel.paths[i].resolved &&
		    !(o->sel.quiet & SEL_QUIET_PATH_RESOLUTION))
			fprintf(stderr, "sift: Requested path \"%s\" resolved into "
				"\"%s\"\n", o->sel.paths[i].path,
				o->sel.paths[i].resolved);
	return check_combinations(o, err, errlen);
}

void opt_free(struct options *o)
{
	free(o->pids);
	free(o->env_set);
	sel_free(&o->sel);
}
