/* The -e qualifiers other than inject=/fault=, -P, and the queries. */
#include "selection/internal.h"

#include <errno.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void sel_seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* ---- syscall sets ---------------------------------------------------- */

/* SET@64, SET@32, SET@x32 restrict a token to one personality. */
static const char *const pers_designator[PERS_COUNT] = {
	[PERS_X86_64] = "64",
	[PERS_I386] = "32",
	[PERS_X32] = "x32",
};

/* The class names strace still accepts without the '%'; "all" is the
 * class every named syscall belongs to. */
static const struct {
	const char *name;
	uint32_t bits;
} legacy_classes[] = {
	{ "all", 0 },         { "desc", SC_DESC },     { "file", SC_FILE },
	{ "memory", SC_MEMORY }, { "process", SC_PROCESS },
	{ "signal", SC_SIGNAL }, { "ipc", SC_IPC },    { "network", SC_NETWORK },
};

static bool lookup_class(const char *s, uint32_t *bits)
{
	if (s[0] == '%') {
		*bits = sc_class_from_name(s + 1);
		return *bits != 0;
	}
	for (size_t i = 0; i < sizeof(legacy_classes) / sizeof(legacy_classes[0]);
	     i++) {
		if (strcmp(s, legacy_classes[i].name) == 0) {
			*bits = legacy_classes[i].bits;
			return true;
		}
	}
	return false;
}

/* Add what name (no '?', no '@') selects in personalities lo..hi; *found
 * says whether it named anything. */
/* End of the bracket expression opening at p[0] == '[', or NULL. */
static const char *bracket_end(const char *p)
{
	p++;
	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	for (; *p && *p != ']'; p++)
		if (*p == '[' && (p[1] == ':' || p[1] == '=' || p[1] == '.')) {
			const char *close = strchr(p + 2, p[1]);

			while (close && close[1] != ']')
				close = strchr(close + 1, p[1]);
			if (!close)
				return NULL;
			p = close + 1;
		}
	return *p ? p : NULL;
}

/* An interval {n}, {n,} or {n,m} at p: its largest repeat count (n + 1
 * for {n,}) and its length, or 0. */
static size_t interval_at(const char *p, unsigned long *times)
{
	char *end;
	unsigned long n, m;

	if (*p != '{' || p[1] < '0' || p[1] > '9')
		return 0;
	n = strtoul(p + 1, &end, 10);
	m = n;
	if (*end == ',') {
		end++;
		/* {n,} repeats without bound: count it as one more copy */
		m = *end >= '0' && *end <= '9' ? strtoul(end, &end, 10) : n + 1;
		if (m < n)
			m = n;
	}
	if (*end != '}')
		return 0;
	*times = m ? m : 1;
	return (size_t)(end + 1 - p);
}

/*
 * glibc's regcomp copies the operand of '+' and of an interval once per
 * repeat, so "a++++..." or nested "((a{9}){9}){9}" grow it exponentially
 * (the fuzzer ran it out of memory).  Runs of '*', '+' and '?' mean what a
 * single one does (all alike: that one; mixed: '*'), so they are folded
 * into one; then the copies all repeats can make are bounded.  Returns
 * the folded pattern (malloc'd), or NULL with errno ENOMEM, or E2BIG.
 */
#define REGEX_MAX_COPIES 4096
static char *tame_regex(const char *re)
{
	char *out = malloc(strlen(re) + 1), *o = out;
	unsigned long copies = 1;

	if (!out)
		return NULL;
	for (const char *p = re; *p;) {
		unsigned long times = 1;
		size_t len;

		if (*p == '\\' && p[1]) {
			*o++ = *p++;
			*o++ = *p++;
		} else if (*p == '[' && bracket_end(p)) {
			const char *e = bracket_end(p);

			memcpy(o, p, (size_t)(e + 1 - p));
			o += e + 1 - p;
			p = e + 1;
		} else if (*p == '*' || *p == '+' || *p == '?') {
			char q = *p;

			for (p++; *p == '*' || *p == '+' || *p == '?'; p++)
				if (*p != q)
					q = '*';
			*o++ = q;
			times = q == '+' ? 2 : 1;
		} else if ((len = interval_at(p, &times)) != 0) {
			memcpy(o, p, len);
			o += len;
			p += len;
		} else {
			*o++ = *p++;
		}
		if (times > REGEX_MAX_COPIES ||
		    (copies *= times) > REGEX_MAX_COPIES) {
			free(out);
			errno = E2BIG;
			return NULL;
		}
	}
	*o = '\0';
	return out;
}

static int select_syscalls(struct bitset out[PERS_COUNT], const char *name,
			   int lo, int hi, bool *found, char *err,
			   size_t errlen)
{
	uint32_t bits;

	*found = false;
	if (name[0] >= '0' && name[0] <= '9') {
		long long nr = sel_parse_uint(name, NULL, 0x7fffffff, NULL);

		/* Valid where the number is a known syscall. */
		for (int p = lo; nr >= 0 && p <= hi; p++) {
			if (sc_get(arch_pers[p].table, (long)nr)) {
				bitset_set(&out[p], (unsigned long)nr);
				*found = true;
			}
		}
		return 0;
	}
	if (name[0] == '/') {
		regex_t re;
		char *pattern = tame_regex(name + 1);
		int rc;

		if (!pattern && errno == ENOMEM)
			return -ENOMEM;
		rc = pattern ? regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) :
			       REG_ESIZE;
		free(pattern);
		if (rc) {
			char msg[256];

			regerror(rc, &re, msg, sizeof(msg));
			sel_seterr(err, errlen, "regcomp: %s: %s", name + 1, msg);
			return -EINVAL;
		}
		for (int p = lo; p <= hi; p++) {
			const struct sc_table *t = arch_pers[p].table;

			for (unsigned int i = 0; i < t->count; i++) {
				if (!t->calls[i].name ||
				    regexec(&re, t->calls[i].name, 0, NULL, 0))
					continue;
				bitset_set(&out[p], i);
				*found = true;
			}
		}
		regfree(&re);
		return 0;
	}
	if (lookup_class(name, &bits)) {
		/* A known class is valid even where it selects nothing. */
		*found = true;
		for (int p = lo; p <= hi; p++) {
			const struct sc_table *t = arch_pers[p].table;

			for (unsigned int i = 0; i < t->count; i++)
				if (t->calls[i].name &&
				    (t->calls[i].classes & bits) == bits)
					bitset_set(&out[p], i);
		}
		return 0;
	}
	for (int p = lo; p <= hi; p++) {
		const struct sc_table *t = arch_pers[p].table;

		for (unsigned int i = 0; i < t->count; i++) {
			if (t->calls[i].name &&
			    strcmp(t->calls[i].name, name) == 0) {
				bitset_set(&out[p], i);
				*found = true;
			}
		}
	}
	return 0;
}

static int add_syscall_token(struct bitset out[PERS_COUNT], const char *tok,
			     bool *usage, char *err, size_t errlen)
{
	bool optional = false, found;
	int lo = 0, hi = PERS_COUNT - 1, rc;
	char *copy = NULL;
	const char *name, *at;

	while (*tok == '?') {
		tok++;
		optional = true;
	}
	name = tok;
	at = strrchr(tok, '@');
	if (at) {
		int p;

		for (p = 0; p < PERS_COUNT; p++)
			if (strcmp(at + 1, pers_designator[p]) == 0)
				break;
		if (p == PERS_COUNT) {
			sel_seterr(err, errlen,
				   "incorrect personality designator '%s' in "
				   "qualification '%s'",
				   at + 1, tok);
			*usage = true;
			return -EINVAL;
		}
		lo = hi = p;
		copy = strndup(tok, (size_t)(at - tok));
		if (!copy)
			return -ENOMEM;
		name = copy;
	}
	rc = select_syscalls(out, name, lo, hi, &found, err, errlen);
	free(copy);
	if (rc)
		return rc;
	if (!found && !optional) {
		sel_seterr(err, errlen, "invalid system call '%s'", tok);
		return -EINVAL;
	}
	return 0;
}

int sel_syscall_set(struct bitset out[PERS_COUNT], const char *str,
		    bool *usage, char *err, size_t errlen)
{
	const char *s = str;
	bool invert = false, any = false;
	char *copy, *save = NULL;
	int rc = 0;

	for (int p = 0; p < PERS_COUNT; p++)
		bitset_clear(&out[p]);
	/* Each leading '!' inverts what follows. */
	for (; *s == '!'; s++)
		invert = !invert;
	if (strcmp(s, "none") == 0)
		goto done;
	if (strcmp(s, "all") == 0) {
		invert = !invert;
		goto done;
	}
	copy = strdup(s);
	if (!copy)
		return -ENOMEM;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		rc = add_syscall_token(out, tok, usage, err, errlen);
		if (rc)
			break;
		any = true;
	}
	free(copy);
	if (rc)
		return rc;
	if (!any) {
		sel_seterr(err, errlen, "invalid system call '%s'", str);
		return -EINVAL;
	}
done:
	if (invert)
		for (int p = 0; p < PERS_COUNT; p++)
			bitset_invert(&out[p]);
	return 0;
}

/* ---- sets of small numbers: signals, status, quiet, fds, decode-* ---- */

struct name_bit {
	const char *name;
	unsigned int bit;
};

static const struct name_bit status_names[] = {
	{ "successful", SEL_STATUS_SUCCESSFUL },
	{ "failed", SEL_STATUS_FAILED },
	{ "unfinished", SEL_STATUS_UNFINISHED },
	{ "unavailable", SEL_STATUS_UNAVAILABLE },
	{ "detached", SEL_STATUS_DETACHED },
	{ NULL, 0 },
};

static const struct name_bit quiet_names[] = {
	{ "attach", SEL_QUIET_ATTACH },
	{ "exit", SEL_QUIET_EXIT },
	{ "exits", SEL_QUIET_EXIT },
	{ "path-resolution", SEL_QUIET_PATH_RESOLUTION },
	{ "personality", SEL_QUIET_PERSONALITY },
	{ "superseded", SEL_QUIET_THREAD_EXECVE },
	{ "thread-execve", SEL_QUIET_THREAD_EXECVE },
	{ NULL, 0 },
};

static const struct name_bit decode_fd_names[] = {
	{ "path", SEL_DECODE_FD_PATH },
	{ "socket", SEL_DECODE_FD_SOCKET },
	{ "dev", SEL_DECODE_FD_DEV },
	{ "pidfd", SEL_DECODE_FD_PIDFD },
	{ NULL, 0 },
};

static const struct name_bit decode_pid_names[] = {
	{ "pidns", SEL_DECODE_PID_PIDNS },
	{ "comm", SEL_DECODE_PID_COMM },
	{ NULL, 0 },
};

/* What a generic set is being parsed into. */
struct numset {
	const char *what;             /* for "invalid WHAT 'token'" */
	const struct name_bit *names; /* bit mask set, or NULL */
	unsigned int *mask;
	unsigned int all;
	struct bitset *bits;          /* signal set */
	struct sel_fdset *fds;        /* descriptor set */
};

static int fdset_add(struct sel_fdset *s, long long fd)
{
	int *n;

	if (fd < BITSET_BITS) {
		bitset_set(&s->low, (unsigned long)fd);
		return 0;
	}
	n = realloc(s->high, (s->nhigh + 1) * sizeof(*n));
	if (!n)
		return -ENOMEM;
	s->high = n;
	s->high[s->nhigh++] = (int)fd;
	return 0;
}

static void fdset_reset(struct sel_fdset *s, bool all)
{
	free(s->high);
	s->high = NULL;
	s->nhigh = 0;
	bitset_clear(&s->low);
	s->high_inverted = false;
	if (all) {
		bitset_invert(&s->low);
		s->high_inverted = true;
	}
}

static long long numset_lookup(const struct numset *ns, const char *tok)
{
	if (ns->names) {
		for (const struct name_bit *nb = ns->names; nb->name; nb++)
			if (strcasecmp(tok, nb->name) == 0)
				return nb->bit;
		return -1;
	}
	if (ns->bits)
		return sel_signal_number(tok);
	return sel_parse_uint(tok, NULL, 0x7fffffff, NULL);
}

static int numset_add(struct numset *ns, long long v)
{
	if (ns->names)
		*ns->mask |= (unsigned int)v;
	else if (ns->bits)
		bitset_set(ns->bits, (unsigned long)v);
	else
		return fdset_add(ns->fds, v);
	return 0;
}

static void numset_invert(struct numset *ns)
{
	if (ns->names) {
		*ns->mask ^= ns->all;
	} else if (ns->bits) {
		bitset_invert(ns->bits);
	} else {
		bitset_invert(&ns->fds->low);
		ns->fds->high_inverted = !ns->fds->high_inverted;
	}
}

/* strace's generic set: [!]...(all | none | TOKEN[,TOKEN]...); the
 * target starts empty. */
static int numset_parse(struct numset *ns, const char *str, char *err,
			size_t errlen)
{
	const char *s = str;
	bool invert = false, any = false;
	char *copy, *save = NULL;
	int rc = 0;

	for (; *s == '!'; s++)
		invert = !invert;
	if (strcmp(s, "none") == 0)
		goto done;
	if (strcmp(s, "all") == 0) {
		invert = !invert;
		goto done;
	}
	copy = strdup(s);
	if (!copy)
		return -ENOMEM;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		long long v = numset_lookup(ns, tok);

		if (v < 0) {
			sel_seterr(err, errlen, "invalid %s '%s'", ns->what,
				   tok);
			rc = -EINVAL;
			break;
		}
		rc = numset_add(ns, v);
		if (rc)
			break;
		any = true;
	}
	free(copy);
	if (rc)
		return rc;
	if (!any) {
		sel_seterr(err, errlen, "invalid %s '%s'", ns->what, str);
		return -EINVAL;
	}
done:
	if (invert)
		numset_invert(ns);
	return 0;
}

static int parse_mask(unsigned int *mask, const struct name_bit *names,
		      unsigned int all, const char *what, const char *str,
		      char *err, size_t errlen)
{
	unsigned int m = 0;
	struct numset ns = {
		.what = what, .names = names, .mask = &m, .all = all,
	};
	int rc = numset_parse(&ns, str, err, errlen);

	if (!rc)
		*mask = m;
	return rc;
}

static int parse_fds(struct sel_fdset *fds, const char *str, char *err,
		     size_t errlen)
{
	struct sel_fdset n = { .high = NULL };
	struct numset ns = { .what = "descriptor", .fds = &n };
	int rc = numset_parse(&ns, str, err, errlen);

	if (rc) {
		free(n.high);
		return rc;
	}
	free(fds->high);
	*fds = n;
	return 0;
}

/* ---- -e dispatch ----------------------------------------------------- */

enum qual {
	Q_TRACE, Q_ABBREV, Q_VERBOSE, Q_RAW, Q_SIGNAL, Q_STATUS, Q_QUIET,
	Q_READ, Q_WRITE, Q_FAULT, Q_INJECT, Q_KVM, Q_DECODE_FD, Q_DECODE_PID,
	Q_SECONTEXT, Q_TRACE_FDS,
};

static const struct {
	const char *name;
	enum qual q;
} quals[] = {
	{ "trace", Q_TRACE },         { "t", Q_TRACE },
	{ "abbrev", Q_ABBREV },       { "a", Q_ABBREV },
	{ "verbose", Q_VERBOSE },     { "v", Q_VERBOSE },
	{ "raw", Q_RAW },             { "x", Q_RAW },
	{ "signal", Q_SIGNAL },       { "signals", Q_SIGNAL },
	{ "s", Q_SIGNAL },            { "status", Q_STATUS },
	{ "quiet", Q_QUIET },         { "silent", Q_QUIET },
	{ "silence", Q_QUIET },       { "q", Q_QUIET },
	{ "read", Q_READ },           { "reads", Q_READ },
	{ "r", Q_READ },              { "write", Q_WRITE },
	{ "writes", Q_WRITE },        { "w", Q_WRITE },
	{ "fault", Q_FAULT },         { "inject", Q_INJECT },
	{ "kvm", Q_KVM },             { "decode-fd", Q_DECODE_FD },
	{ "decode-fds", Q_DECODE_FD }, { "decode-pid", Q_DECODE_PID },
	{ "decode-pids", Q_DECODE_PID }, { "secontext", Q_SECONTEXT },
	{ "trace-fds", Q_TRACE_FDS }, { "trace-fd", Q_TRACE_FDS },
	{ "fd", Q_TRACE_FDS },        { "fds", Q_TRACE_FDS },
};

#define NQUALS (sizeof(quals) / sizeof(quals[0]))

static int parse_sysset(struct bitset dst[PERS_COUNT], bool *given,
			struct selection *sel, const char *value, char *err,
			size_t errlen)
{
	struct bitset tmp[PERS_COUNT];
	int rc = sel_syscall_set(tmp, value, &sel->err_usage, err, errlen);

	if (rc)
		return rc;
	memcpy(dst, tmp, sizeof(tmp));
	*given = true;
	return 0;
}

static int parse_qual(struct selection *sel, enum qual q, const char *value,
		      char *err, size_t errlen)
{
	int rc;

	switch (q) {
	case Q_TRACE:
		return parse_sysset(sel->trace, &sel->trace_given, sel, value,
				    err, errlen);
	case Q_ABBREV:
		return parse_sysset(sel->abbrev, &sel->abbrev_given, sel,
				    value, err, errlen);
	case Q_VERBOSE:
		return parse_sysset(sel->verbose, &sel->verbose_given, sel,
				    value, err, errlen);
	case Q_RAW:
		return parse_sysset(sel->raw, &sel->raw_given, sel, value, err,
				    errlen);
	case Q_SIGNAL: {
		struct bitset b;
		struct numset ns = { .what = "signal", .bits = &b };

		bitset_clear(&b);
		rc = numset_parse(&ns, value, err, errlen);
		if (!rc) {
			sel->signals = b;
			sel->signal_given = true;
		}
		return rc;
	}
	case Q_STATUS:
		rc = parse_mask(&sel->status, status_names, SEL_STATUS_ALL,
				"status", value, err, errlen);
		sel->status_given |= !rc;
		return rc;
	case Q_QUIET:
		rc = parse_mask(&sel->quiet, quiet_names, SEL_QUIET_ALL,
				"quiet", value, err, errlen);
		sel->quiet_given |= !rc;
		return rc;
	case Q_DECODE_FD:
		rc = parse_mask(&sel->decode_fds, decode_fd_names,
				SEL_DECODE_FD_ALL, "decode-fds", value, err,
				errlen);
		sel->decode_fds_given |= !rc;
		return rc;
	case Q_DECODE_PID:
		rc = parse_mask(&sel->decode_pids, decode_pid_names,
				SEL_DECODE_PID_ALL, "decode-pids", value, err,
				errlen);
		sel->decode_pids_given |= !rc;
		return rc;
	case Q_READ:
		rc = parse_fds(&sel->read_fds, value, err, errlen);
		sel->read_given |= !rc;
		return rc;
	case Q_WRITE:
		rc = parse_fds(&sel->write_fds, value, err, errlen);
		sel->write_given |= !rc;
		return rc;
	case Q_TRACE_FDS:
		rc = parse_fds(&sel->trace_fds, value, err, errlen);
		sel->trace_fds_given |= !rc;
		return rc;
	case Q_FAULT:
	case Q_INJECT:
		return sel_parse_inject(sel, value, q == Q_FAULT, err, errlen);
	case Q_KVM:
		if (strcmp(value, "vcpu") == 0) {
			sel->kvm_vcpu = true;
			return 0;
		}
		sel_seterr(err, errlen, "invalid -e kvm= argument: '%s'",
			   value);
		return -EINVAL;
	case Q_SECONTEXT:
		sel_seterr(err, errlen,
			   "SELinux context printing (--secontext option) is "
			   "not supported by this build of sift");
		return -ENOTSUP;
	}
	return -EINVAL;
}

static void reset_err(struct selection *sel, char *err, size_t errlen)
{
	if (errlen)
		err[0] = '\0';
	sel->err_usage = false;
	sel->warning[0] = '\0';
}

int sel_parse_expr(struct selection *sel, const char *expr, char *err,
		   size_t errlen)
{
	reset_err(sel, err, errlen);
	for (size_t i = 0; i < NQUALS; i++) {
		size_t len = strlen(quals[i].name);

		if (strncmp(expr, quals[i].name, len) == 0 && expr[len] == '=')
			return parse_qual(sel, quals[i].q, expr + len + 1, err,
					  errlen);
	}
	return parse_qual(sel, Q_TRACE, expr, err, errlen);
}

int sel_parse_qual(struct selection *sel, const char *name,
		   const char *value, char *err, size_t errlen)
{
	reset_err(sel, err, errlen);
	for (size_t i = 0; i < NQUALS; i++)
		if (strcmp(name, quals[i].name) == 0)
			return parse_qual(sel, quals[i].q, value, err, errlen);
	sel_seterr(err, errlen, "invalid qualifier '%s'", name);
	return -EINVAL;
}

int sel_parse_trace(struct selection *sel, const char *set, char *err,
		    size_t errlen)
{
	return sel_parse_qual(sel, "trace", set, err, errlen);
}

/* ---- lifetime, -P, queries ------------------------------------------- */

void sel_init(struct selection *sel)
{
	memset(sel, 0, sizeof(*sel));
	for (int p = 0; p < PERS_COUNT; p++) {
		bitset_fill(&sel->trace[p]);
		bitset_fill(&sel->abbrev[p]);
		bitset_fill(&sel->verbose[p]);
	}
	bitset_fill(&sel->signals);
	sel->status = SEL_STATUS_ALL;
	fdset_reset(&sel->trace_fds, true);
}

void sel_free(struct selection *sel)
{
	for (size_t i = 0; i < sel->ninjects; i++)
		sel_inject_release(&sel->injects[i]);
	free(sel->injects);
	for (size_t i = 0; i < sel->npaths; i++) {
		free(sel->paths[i].path);
		free(sel->paths[i].resolved);
	}
	free(sel->paths);
	free(sel->read_fds.high);
	free(sel->write_fds.high);
	free(sel->trace_fds.high);
	sel->injects = NULL;
	sel->ninjects = 0;
	sel->paths = NULL;
	sel->npaths = 0;
	sel->read_fds.high = sel->write_fds.high = sel->trace_fds.high = NULL;
	sel->read_fds.nhigh = sel->write_fds.nhigh = sel->trace_fds.nhigh = 0;
}

int sel_add_path(struct selection *sel, const char *path)
{
	struct sel_path *n;
	char *copy, *res;

	copy = strdup(path);
	if (!copy)
		return -ENOMEM;
	n = realloc(sel->paths, (sel->npaths + 1) * sizeof(*n));
	if (!n) {
		free(copy);
		return -ENOMEM;
	}
	sel->paths = n;
	/* strace also matches the canonical name, and says so. */
	res = realpath(path, NULL);
	if (res && strcmp(res, path) == 0) {
		free(res);
		res = NULL;
	}
	sel->paths[sel->npaths].path = copy;
	sel->paths[sel->npaths].resolved = res;
	sel->npaths++;
	return 0;
}

bool sel_path_match(const struct selection *sel, const char *path)
{
	for (size_t i = 0; i < sel->npaths; i++) {
		if (strcmp(sel->paths[i].path, path) == 0)
			return true;
		if (sel->paths[i].resolved &&
		    strcmp(sel->paths[i].resolved, path) == 0)
			return true;
	}
	return false;
}

bool sel_fd_in(const struct sel_fdset *set, int fd)
{
	if (fd < 0)
		return false;
	if (fd < (int)BITSET_BITS)
		return bitset_test(&set->low, (unsigned long)fd);
	for (size_t i = 0; i < set->nhigh; i++)
		if (set->high[i] == fd)
			return !set->high_inverted;
	return set->high_inverted;
}

const struct sel_inject *sel_inject_find(const struct selection *sel,
					 enum personality p, unsigned long nr)
{
	/* strace tampers only with what it traces, and never with a
	 * number past its table */
	if (!sel_traced(sel, p, nr) || nr >= arch_pers[p].table->count)
		return NULL;
	for (size_t i = sel->ninjects; i-- > 0;)
		if (bitset_test(&sel->injects[i].set[p], nr))
			return &sel->injects[i];
	return NULL;
}

bool sel_when_match(const struct sel_when *w, unsigned long n)
{
	if (n < w->first)
		return false;
	if (w->step == 0)
		return n == w->first;
	if (w->last != SEL_WHEN_INF && n > w->last)
		return false;
	return (n - w->first) % w->step == 0;
}
