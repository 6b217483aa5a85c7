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
#include "output/output.h"

/* strace follows most argument errors with this hint */
#define TRY "\nTry '%s -h' for more information."

enum {
	OPT_SECCOMP = 0x100,
	OPT_DUMP_FILTER,
	OPT_KILL_ON_EXIT,
	OPT_SYSCALL_LIMIT,
	OPT_JSON,
	OPT_BACKEND,
	OPT_EBPF_BUFFER,
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
	OPT_DECODE_PIDS,
	OPT_PIDNS,
	OPT_TIPS,
	OPT_SECONTEXT,
	OPT_DAEMONIZE,
	OPT_INTERRUPTIBLE,
	OPT_OVERHEAD,
};

/* strace's long options in the order of its own table, which getopt's
 * "is ambiguous; possibilities: ..." follows; sift's own ones last.
 * Prefixes of a name work too (--signal for --signals). */
static const struct option long_opts[] = {
	{ "attach", required_argument, NULL, 'p' },
	{ "absolute-timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "abbrev", required_argument, NULL, OPT_QUAL },
	{ "columns", required_argument, NULL, 'a' },
	{ "const-print-style", required_argument, NULL, OPT_CONST_STYLE },
	{ "detach-on", required_argument, NULL, OPT_DETACH_ON },
	{ "debug", no_argument, NULL, 'd' },
	{ "daemonize", optional_argument, NULL, OPT_DAEMONIZE },
	{ "daemonised", optional_argument, NULL, OPT_DAEMONIZE },
	{ "daemonized", optional_argument, NULL, OPT_DAEMONIZE },
	{ "decode-fds", optional_argument, NULL, OPT_DECODE_FDS },
	{ "decode-pids", required_argument, NULL, OPT_DECODE_PIDS },
	{ "env", required_argument, NULL, 'E' },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "failed-only", no_argument, NULL, OPT_FAILED_ONLY },
	{ "failing-only", no_argument, NULL, OPT_FAILED_ONLY },
	{ "fault", required_argument, NULL, OPT_QUAL },
	{ "help", no_argument, NULL, 'h' },
	{ "instruction-pointer", no_argument, NULL, 'i' },
	{ "interruptible", required_argument, NULL, OPT_INTERRUPTIBLE },
	{ "inject", required_argument, NULL, OPT_QUAL },
	{ "kvm", required_argument, NULL, OPT_QUAL },
	{ "no-abbrev", no_argument, NULL, OPT_NO_ABBREV },
	{ "output-append-mode", no_argument, NULL, 'A' },
	{ "output-separately", no_argument, NULL, OPT_SEP_OUTPUT },
	{ "output", required_argument, NULL, 'o' },
	{ "pidns-translation", no_argument, NULL, OPT_PIDNS },
	{ "quiet", optional_argument, NULL, OPT_QUAL },
	{ "relative-timestamps", optional_argument, NULL, 'r' },
	{ "raw", required_argument, NULL, OPT_QUAL },
	{ "read", required_argument, NULL, OPT_QUAL },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "stack-traces", no_argument, NULL, 'k' },
	{ "syscall-number", no_argument, NULL, 'n' },
	{ "summary-syscall-overhead", required_argument, NULL, OPT_OVERHEAD },
	{ "string-limit", required_argument, NULL, 's' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "syscall-times", optional_argument, NULL, 'T' },
	{ "summary-columns", required_argument, NULL, 'U' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "strings-in-hex", optional_argument, NULL, OPT_HEX_STRINGS },
	{ "successful-only", no_argument, NULL, OPT_SUCCESS_ONLY },
	{ "seccomp-bpf", optional_argument, NULL, OPT_SECCOMP },
	{ "signals", required_argument, NULL, OPT_QUAL },
	{ "status", required_argument, NULL, OPT_QUAL },
	{ "silent", optional_argument, NULL, OPT_QUAL },
	{ "silence", optional_argument, NULL, OPT_QUAL },
	{ "secontext", optional_argument, NULL, OPT_SECONTEXT },
	{ "trace-path", required_argument, NULL, 'P' },
	{ "timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "tips", optional_argument, NULL, OPT_TIPS },
	{ "trace", required_argument, NULL, OPT_QUAL },
	{ "user", required_argument, NULL, 'u' },
	{ "version", no_argument, NULL, 'V' },
	{ "verbose", required_argument, NULL, OPT_QUAL },
	{ "write", required_argument, NULL, OPT_QUAL },
	/* sift's own */
	{ "trace-fds", required_argument, NULL, OPT_QUAL },
	{ "syscall-limit", required_argument, NULL, OPT_SYSCALL_LIMIT },
	{ "kill-on-exit", no_argument, NULL, OPT_KILL_ON_EXIT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "backend", required_argument, NULL, OPT_BACKEND },
	{ "dump-filter", no_argument, NULL, OPT_DUMP_FILTER },
	{ "ebpf-buffer", required_argument, NULL, OPT_EBPF_BUFFER },
	{ NULL, 0, NULL, 0 },
};

static const char short_opts[] = "+:a:Ab:cCdDe:E:fFhiI:Jkno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ";

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

/* What the checks after parsing need to know about how options were
 * given (getopt_long is not reentrant, so neither is opt_parse). */
static struct {
	int fflags;         /* -F count */
	int tflags;         /* -t count */
	bool abs_ts_long;   /* --absolute-timestamps / --timestamps */
	bool sort_given, columns_given;
	bool count_c, count_C;
	int yflags;
	int zflags;         /* -z and -Z */
} pst;

/* s ms us ns: digits shown after the second */
static int parse_prec(const char *s)
{
	static const char *const names[] = { "s", "ms", "us", "ns" };

	for (int i = 0; i < 4; i++)
		if (!strcmp(s, names[i]))
			return 3 * i;
	return -1;
}

/* --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION]...:
 * each item sets the format or the precision, the last one winning, also
 * over an earlier --absolute-timestamps (strace's behaviour). */
static int parse_abs_ts(struct options *o, const char *arg)
{
	char *copy = strdup(arg ? arg : "");
	char *save = NULL;
	int rc = 0;

	if (!copy)
		return -ENOMEM;
	/* with no argument: the defaults again */
	if (!pst.abs_ts_long || !arg) {
		o->ts_format = TS_TIME;
		o->ts_prec = 0;
	}
	for (char *tok = strtok_r(copy, ",", &save); tok && !rc;
	     tok = strtok_r(NULL, ",", &save)) {
		bool fmt = true, prec = true;
		if (!strncmp(tok, "format:", 7)) {
			tok += 7;
			prec = false;
		} else if (!strncmp(tok, "precision:", 10)) {
			tok += 10;
			fmt = false;
		}
		int p = parse_prec(tok);
		if (fmt && !strcmp(tok, "none"))
			o->ts_format = TS_NONE;
		else if (fmt && !strcmp(tok, "time"))
			o->ts_format = TS_TIME;
		else if (fmt && !strcmp(tok, "unix"))
			o->ts_format = TS_UNIX;
		else if (prec && p >= 0)
			o->ts_prec = p;
		else
			rc = -EINVAL;
	}
	free(copy);
	return rc;
}

/* -O OVERHEAD[s|ms|us|ns], microseconds without a unit */
static int parse_overhead(const char *s, uint64_t *ns)
{
	static const struct { const char *unit; double mult; } units[] = {
		{ "", 1e3 }, { "s", 1e9 }, { "ms", 1e6 }, { "us", 1e3 },
		{ "ns", 1 },
	};
	char *end;

	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || v < 0 || v != v)
		return -EINVAL;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(end, units[i].unit))
			continue;
		double n = v * units[i].mult;
		if (n > 9.2e18)
			return -EINVAL;
		*ns = (uint64_t)n;
		return 0;
	}
	return -EINVAL;
}

/* -I 1..4 or anywhere, waiting, never, never_tstp */
static int parse_interruptible(const char *s)
{
	static const char *const names[] = {
		"anywhere", "waiting", "never", "never_tstp",
	};

	for (int i = 0; i < 4; i++)
		if (!strcmp(s, names[i]) || (s[0] == '1' + i && !s[1]))
			return i + 1;
	return -1;
}

/* --daemonize[=grandchild|pgroup|session] */
static int parse_daemonize(const char *s)
{
	static const char *const names[] = { "grandchild", "pgroup", "session" };

	if (!s)
		return 1;
	for (int i = 0; i < 3; i++)
		if (!strcmp(s, names[i]))
			return i + 1;
	return -1;
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
	fputs(
"Usage: sift [-ACdffhikqqrtttTvVwxxyyzZ] [-I N] [-b execve] [-e EXPR]...\n"
"            [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]\n"
"            [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS]\n"
"            [--seccomp-bpf[=MODE]] [--json]\n"
"            { -p PID | [-DDD] [-E VAR[=VAL]]... [-u USERNAME] PROG [ARGS] }\n"
"   or: sift -c[dfwzZ] [-I N] [-b execve] [-e EXPR]... [-O OVERHEAD]\n"
"            [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS]\n"
"            [--backend=ptrace|ebpf]\n"
"            { -p PID | [-DDD] [-E VAR[=VAL]]... [-u USERNAME] PROG [ARGS] }\n"
"\n"
"sift traces system calls like strace, stopping only at the selected ones\n"
"(seccomp-bpf), and counts them in the kernel for -c (eBPF).  Options and\n"
"output follow strace(1); see sift(1).\n"
"\n"
"Selecting:\n"
"  -e [trace=]SET, --trace=SET    calls to show: names, %classes, /regex,\n"
"                                 ?optional, all, none, !negated\n"
"  -e signal=SET, --signal=SET    signals to show\n"
"  -e status=SET, --status=SET    successful failed unfinished unavailable\n"
"                                 detached\n"
"  -z, --successful-only          -Z, --failed-only\n"
"  -P PATH, --trace-path=PATH     calls touching PATH\n"
"  --trace-fds=SET                calls on these descriptors\n"
"  --syscall-limit=N              stop showing after N calls\n"
"Starting and following:\n"
"  -p PID, --attach=PID           -u USER, --user=USER\n"
"  -E VAR[=VAL], --env=VAR[=VAL]  -b execve, --detach-on=execve\n"
"  -f, --follow-forks             -ff, --output-separately (with -o)\n"
"  -D, --daemonize[=grandchild|pgroup|session]   -DD, -DDD\n"
"  -I N, --interruptible=1|2|3|4|anywhere|waiting|never|never_tstp\n"
"  --kill-on-exit                 kill the tracees when sift exits\n"
"Output:\n"
"  -o FILE, --output=FILE         -A, --output-append-mode\n"
"  -a COLUMN, --columns=COLUMN    -s N, --string-limit=N\n"
"  -e abbrev=SET, -e verbose=SET, -e raw=SET (--abbrev= ...), -v, --no-abbrev\n"
"  -e read=FDS, -e write=FDS      hex dumps of the data (--read= --write=)\n"
"  -e quiet=SET, -q -qq -qqq, --quiet[=SET], --silent=, --silence=\n"
"  -x, -xx, --strings-in-hex[=non-ascii|non-ascii-chars|all]\n"
"  -X raw|abbrev|verbose, --const-print-style=...\n"
"  -y, -yy, --decode-fds[=path,socket,dev,pidfd|all|none], -e decode-fds=\n"
"  -Y, --decode-pids=comm         command names after pids (1234<cat>)\n"
"  --decode-pids=pidns[,comm]|all, --pidns-translation  pids of another\n"
"                                 pid namespace also in sift's\n"
"  -t -tt -ttt, --absolute-timestamps[=[format:]time|unix|none\n"
"                                 [,[precision:]s|ms|us|ns]], --timestamps=\n"
"  -r, --relative-timestamps[=s|ms|us|ns]\n"
"  -T, --syscall-times[=s|ms|us|ns]\n"
"  -i, --instruction-pointer      -n, --syscall-number\n"
"  -k, --stack-traces             -J, --json (JSON Lines)\n"
"  -e kvm=vcpu, --kvm=vcpu        KVM_RUN exit reasons\n"
"Statistics:\n"
"  -c, --summary-only             -C, --summary\n"
"  -O OVERHEAD[s|ms|us|ns], --summary-syscall-overhead=...\n"
"  -S SORTBY, --summary-sort-by=  -U COLUMNS, --summary-columns=\n"
"  -w, --summary-wall-clock       --backend=ptrace|ebpf\n"
"  --ebpf-buffer=SIZE             ring buffer of --backend=ebpf (16M)\n"
"Tampering:\n"
"  -e inject=SET[:error=E|:retval=V][:signal=S][:syscall=NAME]\n"
"     [:delay_enter=D][:delay_exit=D][:poke_enter=@argN=HEX,...]\n"
"     [:poke_exit=...][:when=FIRST[..LAST][+[STEP]]], --inject=...\n"
"  -e fault=SET[:error=E][:when=W], --fault=...\n"
"Engine:\n"
"  --seccomp-bpf[=auto|always|never]  filter in the kernel (default auto)\n"
"  --dump-filter                  print the cBPF program and exit\n"
"Other:\n"
"  -d, --debug (sift's own events on stderr)  -h, --help  -V, --version\n"
"Not supported: --tips, --secontext.\n",
	      stdout);
}

static int parse_xlat(struct options *o, const char *arg, const char *longname,
		      char *err, size_t errlen)
{
	if (!strcmp(arg, "raw"))
		o->xlat = 1;
	else if (!strcmp(arg, "abbrev"))
		o->xlat = 0;
	else if (!strcmp(arg, "verbose"))
		o->xlat = 2;
	else
		return fail(err, errlen, "invalid %s%s argument: '%s'" TRY,
			    longname ? "--" : "-", longname ? longname : "X",
			    arg, out_progname);
	return 0;
}

/* rc, with strace's -h hint after a failure's message */
static int with_try(int rc, char *err, size_t errlen)
{
	size_t n = strlen(err);

	if (rc < 0 && n)
		snprintf(err + n, errlen - n, TRY, out_progname);
	return rc;
}

static int parse_decode_fds(struct options *o, const char *arg, char *err,
			    size_t errlen)
{
	return sel_parse_qual(&o->sel, "decode-fds", arg ? arg : "path", err,
			      errlen);
}

static int parse_one(struct options *o, int c, const char *arg,
		     const char *longname, char *err, size_t errlen,
		     int *exit_now)
{
	const char *pn = out_progname;
	long v;
	int n;

	switch (c) {
	case 'a':
		if (parse_uint(arg, INT_MAX, &v))
			return fail(err, errlen, "invalid %s%s argument: '%s'" TRY,
				    longname ? "--" : "-", longname ? longname : "a",
				    arg, pn);
		o->acolumn = (unsigned int)v;
		return 0;
	case 'A': o->append = true; return 0;
	case 'b':
	case OPT_DETACH_ON:
		if (strcmp(arg, "execve") != 0)
			return fail(err, errlen, "Syscall '%s' for -b isn't "
				    "supported", arg);
		o->detach_on_execve = true;
		return 0;
	case 'c': o->count = 1; pst.count_c = true; return 0;
	case 'C': o->count = 2; pst.count_C = true; return 0;
	case 'd': out_debug_on = true; return 0;
	case 'D':
		if (++o->daemonize > 3)
			return fail(err, errlen, "Too many -D's (%d), maximum "
				    "supported -D count is 3" TRY, o->daemonize,
				    pn);
		return 0;
	case OPT_DAEMONIZE:
		n = parse_daemonize(arg);
		if (n < 0)
			return fail(err, errlen, "invalid --%s argument: '%s'" TRY,
				    longname, arg, pn);
		o->daemonize = n;
		return 0;
	case 'e':
		return sel_parse_expr(&o->sel, arg, err, errlen);
	case 'E': return add_env(o, arg);
	case 'f': o->follow = o->follow ? 2 : 1; return 0;
	case 'F': pst.fflags++; return 0;
	case 'h': usage(); *exit_now = 1; return 0;
	case 'i': o->instr_pointer = true; return 0;
	case 'I':
	case OPT_INTERRUPTIBLE:
		n = parse_interruptible(arg);
		if (n < 0)
			return fail(err, errlen, "invalid %s%s argument: '%s'" TRY,
				    longname ? "--" : "-",
				    longname ? longname : "I", arg, pn);
		o->interruptible = n;
		return 0;
	case 'J':
	case OPT_JSON: o->json = true; return 0;
	case 'k': o->stack_trace = true; return 0;
	case 'n': o->syscall_number = true; return 0;
	case 'o': o->outfile = arg; return 0;
	case OPT_SEP_OUTPUT: o->follow = 2; return 0;
	case 'O':
	case OPT_OVERHEAD:
		if (parse_overhead(arg, &o->overhead_ns))
			return fail(err, errlen, "invalid %s%s argument: '%s'" TRY,
				    longname ? "--" : "-",
				    longname ? longname : "O", arg, pn);
		return 0;
	case 'p': return add_pids(o, arg, err, errlen);
	case 'P': return sel_add_path(&o->sel, arg);
	case 'q': o->quiet++; return 0;
	case 'r':
		n = arg ? parse_prec(arg) : 6;
		if (n < 0)
			return fail(err, errlen, "invalid --relative-timestamps "
				    "argument: '%s'" TRY, arg, pn);
		o->relative = true;
		o->rel_prec = n;
		return 0;
	case 's':
		if (parse_uint(arg, INT_MAX, &v))
			return fail(err, errlen, "invalid %s%s argument: '%s'" TRY,
				    longname ? "--" : "-", longname ? longname : "s",
				    arg, pn);
		o->strsize = (unsigned int)v;
		o->strsize_set = true;
		return 0;
	case 'S':
		pst.sort_given = true;
		return with_try(summary_parse_sort(arg, &o->sumopt, err, errlen),
				err, errlen);
	case 't':
		if (pst.abs_ts_long)
			return fail(err, errlen, "-t and --absolute-timestamps "
				    "cannot be provided simultaneously");
		pst.tflags++;
		o->ts_format = pst.tflags >= 3 ? TS_UNIX : TS_TIME;
		o->ts_prec = pst.tflags >= 2 ? 6 : 0;
		return 0;
	case OPT_ABS_TS:
		if (pst.tflags)
			return fail(err, errlen, "-t and --absolute-timestamps "
				    "cannot be provided simultaneously");
		if (parse_abs_ts(o, arg))
			return fail(err, errlen, "invalid --%s argument: '%s'" TRY,
				    longname, arg, pn);
		pst.abs_ts_long = true;
		return 0;
	case 'T':
		n = arg ? parse_prec(arg) : 6;
		if (n < 0)
			return fail(err, errlen, "invalid --syscall-times "
				    "argument: '%s'" TRY, arg, pn);
		o->syscall_times = true;
		o->times_prec = n;
		return 0;
	case 'u': o->user = arg; return 0;
	case 'U':
		pst.columns_given = true;
		return with_try(summary_parse_columns(arg, &o->sumopt, err,
						      errlen), err, errlen);
	case 'v':
	case OPT_NO_ABBREV: o->verbose = true; return 0;
	case 'V':
		printf("sift -- version 0.1\n");
		*exit_now = 1;
		return 0;
	case 'w': o->wall_clock = true; return 0;
	case 'x': o->xflag = o->xflag == 1 ? 2 : o->xflag ? o->xflag : 1;
		return 0;
	case OPT_HEX_STRINGS:
		if (!arg || !strcmp(arg, "all"))
			o->xflag = 2;
		else if (!strcmp(arg, "non-ascii"))
			o->xflag = 1;
		else if (!strcmp(arg, "non-ascii-chars"))
			o->xflag = 3;
		else
			return fail(err, errlen, "invalid --strings-in-hex "
				    "argument: '%s'" TRY, arg, pn);
		return 0;
	case 'X':
	case OPT_CONST_STYLE: return parse_xlat(o, arg, longname, err, errlen);
	case 'y':
		pst.yflags++;
		return parse_decode_fds(o, pst.yflags > 1 ? "all" : "path", err,
					errlen);
	case OPT_DECODE_FDS: return parse_decode_fds(o, arg, err, errlen);
	case 'Y':
		return sel_parse_qual(&o->sel, "decode-pids", "comm", err,
				      errlen);
	case OPT_DECODE_PIDS:
		return sel_parse_qual(&o->sel, "decode-pids", arg, err, errlen);
	case OPT_PIDNS:
		return sel_parse_qual(&o->sel, "decode-pids", "pidns", err,
				      errlen);
	case OPT_TIPS:
		return fail(err, errlen, "--tips (strace's tips of the day on exit) "
			    "is not supported by sift");
	case OPT_SECONTEXT:
		return sel_parse_qual(&o->sel, "secontext", arg ? arg : "full",
				      err, errlen);
	case 'z':
	case OPT_SUCCESS_ONLY:
		pst.zflags++;
		return sel_parse_expr(&o->sel, "status=successful", err, errlen);
	case 'Z':
	case OPT_FAILED_ONLY:
		pst.zflags++;
		return sel_parse_expr(&o->sel, "status=failed", err, errlen);
	case OPT_QUAL:
		/* a bare --quiet is -q */
		if (!arg && (!strcmp(longname, "quiet") ||
			     !strcmp(longname, "silent") ||
			     !strcmp(longname, "silence")))
			arg = "attach,personality";
		return sel_parse_qual(&o->sel, longname, arg ? arg : "all", err,
				      errlen);
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
	case OPT_EBPF_BUFFER: {
		/* SIZE[k|K|m|M]: the eBPF ring buffer, rounded up to a power
		 * of two pages by the backend */
		char *end;
		unsigned long long n = strtoull(arg, &end, 10);
		if (*end == 'k' || *end == 'K')
			n <<= 10, end++;
		else if (*end == 'm' || *end == 'M')
			n <<= 20, end++;
		if (end == arg || *end || n == 0 || n > (1ull << 30))
			return fail(err, errlen, "invalid --ebpf-buffer "
				    "argument: '%s'", arg);
		o->ebpf_buffer = (unsigned long)n;
		return 0;
	}
	default:
		return fail(err, errlen, "Try '%s -h' for more information.",
			    pn);
	}
}

/* strace's notes on options that do nothing with -c, in its order */
static void warn_no_effect(const struct options *o)
{
	const struct {
		bool given;
		const char *what;
	} opts[] = {
		{ o->instr_pointer, "-i/--instruction-pointer" },
		{ o->stack_trace, "-k/--stack-traces" },
		{ o->syscall_number, "-n/--syscall-number" },
		{ o->relative, "-r/--relative-timestamps" },
		{ o->ts_format != TS_NONE && (pst.tflags || pst.abs_ts_long),
		  "-t/--absolute-timestamps" },
		{ o->syscall_times, "-T/--syscall-times" },
		{ o->sel.decode_fds != 0, "-y/--decode-fds" },
	};

	if (o->count != 1)
		return;
	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		if (opts[i].given)
			out_diag("%s has no effect with -c/--summary-only",
				 opts[i].what);
}

/* Combinations strace refuses, with its words. */
static int check_combinations(struct options *o, char *err, size_t errlen)
{
	const char *pn = out_progname;

	if (pst.count_c && pst.count_C)
		return fail(err, errlen, "-c/--summary-only and -C/--summary "
			    "are mutually exclusive" TRY, pn);
	if (!o->count && pst.columns_given)
		return fail(err, errlen, "-U/--summary-columns must be given "
			    "with (-c/--summary-only or -C/--summary)" TRY, pn);
	if (!o->count && o->wall_clock)
		return fail(err, errlen, "-w/--summary-wall-clock must be given "
			    "with (-c/--summary-only or -C/--summary)" TRY, pn);
	if (!o->count && pst.sort_given)
		out_diag("-S/--summary-sort-by has no effect without "
			 "(-c/--summary-only or -C/--summary)");
	if (o->count && o->follow == 2)
		return fail(err, errlen, "(-c/--summary-only or -C/--summary) "
			    "and -ff/--output-separately are mutually exclusive"
			    TRY, pn);
	if (o->append && !o->outfile)
		out_diag("-A/--output-append-mode has no effect without "
			 "-o/--output");
	if (pst.zflags > 1)
		out_diag("Only the last of -z/--successful-only/-Z/--failed-only "
			 "options will take effect. See status qualifier for "
			 "more complex filters.");
	if (pst.fflags && o->follow)
		out_diag("deprecated option -F ignored");
	else if (pst.fflags) {
		out_diag("option -F is deprecated, please use "
			 "-f/--follow-forks instead");
		o->follow = 1;
	}
	if (!o->argv && !o->npids && !o->dump_filter)
		return fail(err, errlen, "must have PROG [ARGS] or -p PID" TRY,
			    pn);
	if (o->daemonize && !o->argv && !o->dump_filter)
		return fail(err, errlen, "PROG [ARGS] must be specified with "
			    "-D/--daemonize" TRY, pn);
	if (o->follow == 2 && !o->outfile)
		o->follow = 1;
	if (o->npids && o->seccomp == SECCOMP_ALWAYS) {
		out_diag("--seccomp-bpf cannot be used with -p: tracing with "
			 "plain ptrace");
		o->seccomp = SECCOMP_NEVER;
	}
	if (o->npids)
		o->seccomp = SECCOMP_NEVER;
	if (o->user && !getpwnam(o->user))
		return fail(err, errlen, "Cannot find user '%s'", o->user);
	warn_no_effect(o);
	o->fd_paths = (int)o->sel.decode_fds;
	if (o->sel.decode_pids & SEL_DECODE_PID_COMM)
		o->fd_paths |= SEL_DECODE_FD_PIDFD_COMM;
	return 0;
}

/* getopt_long's complaint in its own words (as strace shows them; opterr
 * is off so that they carry sift's name): arg is the word at fault. */
static int getopt_error(int c, const char *arg, char *err, size_t errlen)
{
	const char *pn = out_progname;
	const struct option *found = NULL;
	char list[512] = "";
	size_t used = 0;
	int n = 0;

	if (strncmp(arg, "--", 2)) {
		if (c == ':')
			return fail(err, errlen, "option requires an argument -- "
				    "'%c'" TRY, optopt, pn);
		return fail(err, errlen, "invalid option -- '%c'" TRY, optopt,
			    pn);
	}
	size_t len = strcspn(arg + 2, "=");
	for (const struct option *lo = long_opts; lo->name; lo++) {
		if (strncmp(lo->name, arg + 2, len))
			continue;
		if (strlen(lo->name) == len) {
			found = lo;
			n = 1;
			break;
		}
		found = found ? found : lo;
		n++;
		used += (size_t)snprintf(list + used, used < sizeof(list) ?
					 sizeof(list) - used : 0, " '--%s'",
					 lo->name);
	}
	if (!found)
		return fail(err, errlen, "unrecognized option '%s'" TRY, arg, pn);
	if (n > 1)
		return fail(err, errlen, "option '%s' is ambiguous; "
			    "possibilities:%s" TRY, arg, list, pn);
	if (c == ':')
		return fail(err, errlen, "option '--%s' requires an argument" TRY,
			    found->name, pn);
	return fail(err, errlen, "option '--%s' doesn't allow an argument" TRY,
		    found->name, pn);
}

int opt_parse(struct options *o, int argc, char **argv, char *err,
	      size_t errlen, int *exit_now)
{
	int c, idx;

	memset(o, 0, sizeof(*o));
	memset(&pst, 0, sizeof(pst));
	o->acolumn = 40;
	o->rel_prec = 6;
	o->times_prec = 6;
	o->strsize = 32;
	sel_init(&o->sel);
	summary_opts_init(&o->sumopt);
	*exit_now = 0;
	err[0] = '\0';
	optind = 1;
	opterr = 0;
	/* idx tells a long spelling of a short option (--string-limit for
	 * -s), which strace's messages name as given */
	while ((idx = -1, c = getopt_long(argc, argv, short_opts, long_opts,
					  &idx)) != -1) {
		if (c == '?' || c == ':')
			return getopt_error(c, argv[optind - 1], err, errlen);
		const char *longname = idx >= 0 ? long_opts[idx].name : NULL;
		o->sel.warning[0] = '\0';
		o->sel.err_usage = false;
		int rc = parse_one(o, c, optarg, longname, err, errlen, exit_now);
		if (o->sel.warning[0])
			out_diag("%s", o->sel.warning);
		if (rc < 0) {
			if (!err[0])
				snprintf(err, errlen, "%s", strerror(-rc));
			if (o->sel.err_usage) {
				size_t n = strlen(err);
				snprintf(err + n, errlen - n, TRY, out_progname);
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
			out_diag("Requested path \"%s\" resolved into \"%s\"",
				 o->sel.paths[i].path, o->sel.paths[i].resolved);
	return check_combinations(o, err, errlen);
}

void opt_free(struct options *o)
{
	free(o->pids);
	free(o->env_set);
	sel_free(&o->sel);
}
