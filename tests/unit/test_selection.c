/* Unit tests for the -e selection language.  Expected error messages were
 * collected by running the installed strace 6.1 on each expression (its
 * "/usr/bin/strace: " prefix removed); class expectations are read from
 * the syscall tables so they follow the data, plus spot checks. */
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "selection/selection.h"

static char err[512];

static const struct sc_table *tab(enum personality p)
{
	return arch_pers[p].table;
}

static long nr_of(enum personality p, const char *name)
{
	return sc_lookup(tab(p), name);
}

static void parse_ok(struct selection *s, const char *expr)
{
	int rc = sel_parse_expr(s, expr, err, sizeof(err));

	if (rc) {
		print_error("'%s': rc %d: %s\n", expr, rc, err);
		fail();
	}
}

/* expr is refused with a message containing what. */
static void parse_fail(struct selection *s, const char *expr,
		       const char *what)
{
	int rc = sel_parse_expr(s, expr, err, sizeof(err));

	if (rc != -EINVAL || !strstr(err, what)) {
		print_error("'%s': rc %d: %s\n", expr, rc, err);
		fail();
	}
}

/* A fresh selection with one expression parsed. */
static void one(struct selection *s, const char *expr)
{
	sel_init(s);
	parse_ok(s, expr);
}

static bool has(const struct selection *s, enum personality p,
		const char *name)
{
	long nr = nr_of(p, name);

	assert_true(nr >= 0);
	return sel_traced(s, p, (unsigned long)nr);
}

static unsigned int count_set(const struct bitset *b)
{
	unsigned int n = 0;

	for (unsigned int i = 0; i < BITSET_BITS; i++)
		n += bitset_test(b, i);
	return n;
}

static bool same_set(const struct bitset *a, const struct bitset *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

/* ---- defaults, forms, replacement ------------------------------------ */

static void test_defaults(void **state)
{
	struct selection s;

	sel_init(&s);
	for (int p = 0; p < PERS_COUNT; p++) {
		assert_int_equal(count_set(&s.trace[p]), BITSET_BITS);
		assert_int_equal(count_set(&s.abbrev[p]), BITSET_BITS);
		assert_int_equal(count_set(&s.verbose[p]), BITSET_BITS);
		assert_int_equal(count_set(&s.raw[p]), 0);
		assert_int_equal(count_set(&s.inject[p]), 0);
	}
	for (int sig = 0; sig <= 64; sig++)
		assert_true(sel_signal_traced(&s, sig));
	assert_false(sel_signal_traced(&s, -1));
	assert_int_equal(s.status, SEL_STATUS_ALL);
	assert_int_equal(s.quiet, 0);
	assert_int_equal(s.decode_fds, 0);
	assert_int_equal(s.decode_pids, 0);
	assert_false(sel_fd_in(&s.read_fds, 0));
	assert_false(sel_fd_in(&s.write_fds, 1));
	assert_true(sel_fd_in(&s.trace_fds, 0));
	assert_true(sel_fd_in(&s.trace_fds, 100000));
	assert_false(sel_fd_in(&s.trace_fds, -1));
	assert_false(s.trace_given);
	assert_int_equal(s.ninjects, 0);
	assert_int_equal(s.npaths, 0);
	sel_free(&s);
}

static void check_only_open(const struct selection *s)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		assert_int_equal(count_set(&s->trace[p]), 1);
		assert_true(has(s, p, "open"));
	}
	assert_true(s->trace_given);
}

static void test_trace_forms(void **state)
{
	const char *forms[] = { "trace=open", "t=open", "open" };
	struct selection s;

	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		one(&s, forms[i]);
		check_only_open(&s);
		sel_free(&s);
	}
	sel_init(&s);
	assert_int_equal(sel_parse_trace(&s, "open", err, sizeof(err)), 0);
	check_only_open(&s);
	sel_free(&s);
	sel_init(&s);
	assert_int_equal(sel_parse_qual(&s, "t", "open", err, sizeof(err)),
			 0);
	check_only_open(&s);
	assert_int_equal(sel_parse_qual(&s, "bogus", "x", err, sizeof(err)),
			 -EINVAL);
	sel_free(&s);
	/* x86_64 open is 2, i386 open is 5: names resolve per table. */
	one(&s, "open");
	assert_true(sel_traced(&s, PERS_X86_64, 2));
	assert_true(sel_traced(&s, PERS_I386, 5));
	assert_false(sel_traced(&s, PERS_I386, 2));
	sel_free(&s);
}

static void test_syscall_set_qualifiers(void **state)
{
	struct selection s;

	one(&s, "abbrev=read");
	assert_true(s.abbrev_given);
	assert_int_equal(count_set(&s.abbrev[PERS_X86_64]), 1);
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), BITSET_BITS);
	parse_ok(&s, "a=none");
	assert_int_equal(count_set(&s.abbrev[PERS_X86_64]), 0);
	parse_ok(&s, "verbose=!write");
	assert_false(bitset_test(&s.verbose[PERS_X86_64], 1));
	assert_true(bitset_test(&s.verbose[PERS_X86_64], 0));
	parse_ok(&s, "v=all");
	assert_int_equal(count_set(&s.verbose[PERS_I386]), BITSET_BITS);
	parse_ok(&s, "raw=read");
	assert_true(bitset_test(&s.raw[PERS_X86_64], 0));
	parse_ok(&s, "x=write");
	assert_false(bitset_test(&s.raw[PERS_X86_64], 0));
	assert_true(bitset_test(&s.raw[PERS_X86_64], 1));
	assert_true(s.verbose_given && s.raw_given);
	assert_false(s.trace_given);
	sel_free(&s);
}

/* Each trace= replaces the previous one, as strace does. */
static void test_combination_order(void **state)
{
	struct selection s;

	one(&s, "trace=write");
	parse_ok(&s, "trace=read");
	assert_false(has(&s, PERS_X86_64, "write"));
	assert_true(has(&s, PERS_X86_64, "read"));
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	sel_free(&s);

	one(&s, "trace=!read");
	parse_ok(&s, "trace=write");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	assert_true(has(&s, PERS_X86_64, "write"));
	sel_free(&s);

	one(&s, "trace=write");
	parse_ok(&s, "trace=!read");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), BITSET_BITS - 1);
	assert_true(has(&s, PERS_X86_64, "write"));
	sel_free(&s);

	one(&s, "trace=none");
	parse_ok(&s, "trace=write");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	parse_ok(&s, "trace=none");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	assert_true(s.trace_given);
	sel_free(&s);
}

/* A failed expression leaves the previous value in place. */
static void test_failure_keeps_set(void **state)
{
	struct selection s;

	one(&s, "trace=write");
	assert_int_equal(sel_parse_expr(&s, "trace=write,foo", err,
					sizeof(err)),
			 -EINVAL);
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	assert_true(has(&s, PERS_X86_64, "write"));
	parse_ok(&s, "signal=hup");
	assert_int_equal(sel_parse_expr(&s, "signal=hup,bad", err,
					sizeof(err)),
			 -EINVAL);
	assert_int_equal(count_set(&s.signals), 1);
	parse_ok(&s, "read=3");
	assert_int_equal(sel_parse_expr(&s, "read=4,x", err, sizeof(err)),
			 -EINVAL);
	assert_true(sel_fd_in(&s.read_fds, 3));
	assert_false(sel_fd_in(&s.read_fds, 4));
	sel_free(&s);
}

/* ---- names, numbers, personalities ----------------------------------- */

static void test_personality_names(void **state)
{
	struct selection s;
	long g32 = nr_of(PERS_I386, "getgid32");

	/* getgid32 exists only in the i386 table. */
	assert_true(g32 > 0);
	assert_true(nr_of(PERS_X86_64, "getgid32") < 0);
	one(&s, "getgid32");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	assert_int_equal(count_set(&s.trace[PERS_X32]), 0);
	assert_int_equal(count_set(&s.trace[PERS_I386]), 1);
	assert_true(sel_traced(&s, PERS_I386, (unsigned long)g32));
	sel_free(&s);

	one(&s, "write@64");
	assert_true(has(&s, PERS_X86_64, "write"));
	assert_int_equal(count_set(&s.trace[PERS_I386]), 0);
	assert_int_equal(count_set(&s.trace[PERS_X32]), 0);
	parse_ok(&s, "write@32");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	assert_true(has(&s, PERS_I386, "write"));
	parse_ok(&s, "write@x32,read@64");
	assert_true(has(&s, PERS_X32, "write"));
	assert_false(has(&s, PERS_X32, "read"));
	assert_true(has(&s, PERS_X86_64, "read"));
	assert_int_equal(count_set(&s.trace[PERS_I386]), 0);
	/* all@32: every named i386 syscall, nothing elsewhere */
	parse_ok(&s, "all@32");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	assert_true(has(&s, PERS_I386, "getgid32"));
	assert_true(count_set(&s.trace[PERS_I386]) > 300);
	sel_free(&s);
}

static void test_numbers(void **state)
{
	struct selection s;

	one(&s, "trace=0");
	assert_true(has(&s, PERS_X86_64, "read"));
	assert_true(has(&s, PERS_I386, "restart_syscall"));
	assert_true(has(&s, PERS_X32, "read"));
	parse_ok(&s, "trace=01,1@32");
	assert_true(sel_traced(&s, PERS_X86_64, 1));
	assert_true(sel_traced(&s, PERS_I386, 1));
	assert_false(sel_traced(&s, PERS_I386, 0));
	/* 512 exists in the x32 table only */
	parse_ok(&s, "trace=512");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	assert_true(sel_traced(&s, PERS_X32, 512));
	sel_free(&s);
}

static void test_negation_all_none(void **state)
{
	struct selection s;

	one(&s, "trace=!write");
	for (int p = 0; p < PERS_COUNT; p++) {
		assert_false(has(&s, p, "write"));
		assert_int_equal(count_set(&s.trace[p]), BITSET_BITS - 1);
	}
	/* numbers without a name are traced too, as strace does */
	assert_true(sel_traced(&s, PERS_X86_64, BITSET_BITS - 1));
	parse_ok(&s, "trace=!!write");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	parse_ok(&s, "trace=!!!write");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), BITSET_BITS - 1);
	parse_ok(&s, "trace=!none");
	assert_int_equal(count_set(&s.trace[PERS_I386]), BITSET_BITS);
	parse_ok(&s, "trace=!all");
	assert_int_equal(count_set(&s.trace[PERS_I386]), 0);
	parse_ok(&s, "trace=all");
	assert_int_equal(count_set(&s.trace[PERS_X32]), BITSET_BITS);
	parse_ok(&s, "trace=!write,read");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), BITSET_BITS - 2);
	/* "?" then "!": "!foo" is a name that does not exist */
	parse_ok(&s, "trace=?!foo");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	parse_ok(&s, "trace=!?foo");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), BITSET_BITS);
	sel_free(&s);
}

/* "all" inside a list is the class of every named syscall. */
static void test_all_token(void **state)
{
	struct selection s;
	const struct sc_table *t = tab(PERS_X86_64);
	unsigned int named = 0;

	for (unsigned int i = 0; i < t->count; i++)
		named += t->calls[i].name != NULL;
	one(&s, "trace=write,all");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), named);
	assert_false(bitset_test(&s.trace[PERS_X86_64], BITSET_BITS - 1));
	sel_free(&s);
}

static void test_regex(void **state)
{
	struct selection s;

	one(&s, "trace=/^open");
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_table *t = tab(p);

		for (unsigned int i = 0; i < t->count; i++) {
			const char *n = t->calls[i].name;

			assert_int_equal(sel_traced(&s, p, i),
					 n && strncmp(n, "open", 4) == 0);
		}
	}
	assert_true(has(&s, PERS_X86_64, "openat"));
	assert_false(has(&s, PERS_X86_64, "fsopen"));
	parse_ok(&s, "trace=/^(read|write)$@64");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 2);
	assert_int_equal(count_set(&s.trace[PERS_I386]), 0);
	/* an empty regex matches every name */
	parse_ok(&s, "trace=/");
	assert_true(has(&s, PERS_I386, "getgid32"));
	assert_false(bitset_test(&s.trace[PERS_X86_64], BITSET_BITS - 1));
	sel_free(&s);
}

/* Numbers past a table are traced whatever the set, as strace does; and
 * never tampered with. */
static void test_past_table(void **state)
{
	struct selection s;

	one(&s, "trace=none");
	for (int p = 0; p < PERS_COUNT; p++) {
		unsigned long end = tab(p)->count;

		assert_false(sel_traced(&s, p, end - 1));
		assert_true(sel_traced(&s, p, end));
		assert_true(sel_traced(&s, p, 5000));
		assert_true(sel_traced(&s, p, ~0ul));
	}
	parse_ok(&s, "inject=all:error=EPERM");
	parse_ok(&s, "trace=all");
	assert_non_null(sel_inject_find(&s, PERS_X86_64, 0));
	assert_null(sel_inject_find(&s, PERS_X86_64, tab(PERS_X86_64)->count));
	assert_null(sel_inject_find(&s, PERS_X86_64, 5000));
	sel_free(&s);
}

/* Regexes glibc would blow up on: runs of '*', '+', '?' fold into one
 * (same meaning), too many repeat copies are refused, not compiled. */
static void test_regex_growth(void **state)
{
	struct selection s;
	char big[200] = "trace=/$/";

	memset(big + strlen(big), '+', 150);
	sel_init(&s);
	parse_fail(&s, big, "invalid system call");
	parse_fail(&s, "trace=/((((((((((((((a+)+)+)+)+)+)+)+)+)+)+)+)+)+)",
		   "Regular expression too big");
	parse_fail(&s, "trace=/(x{100}){100}", "Regular expression too big");
	parse_ok(&s, "trace=/^open+?*at$");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	assert_true(has(&s, PERS_X86_64, "openat"));
	parse_ok(&s, "trace=/^[+*?]*re[a]{1}d$");
	assert_true(has(&s, PERS_X86_64, "read"));
	parse_ok(&s, "trace=/^get(p|u)+id$");
	assert_true(has(&s, PERS_X86_64, "getpid"));
	assert_true(has(&s, PERS_X86_64, "getuid"));
	sel_free(&s);
}

static void test_optional(void **state)
{
	struct selection s;

	one(&s, "trace=?foo");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	parse_ok(&s, "trace=?foo,write,?/^zzz,??bar,?%nonsense,?");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 1);
	assert_true(has(&s, PERS_X86_64, "write"));
	parse_ok(&s, "trace=?foo@64,?getgid32@64");
	assert_int_equal(count_set(&s.trace[PERS_I386]), 0);
	parse_ok(&s, "trace=?none");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	sel_free(&s);
}

/* ---- classes ---------------------------------------------------------- */

/* Whatever the table says: every named syscall with all bits of cls is in
 * the class, and nothing else. */
static void check_class(const char *expr, uint32_t cls)
{
	struct selection s;

	one(&s, expr);
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_table *t = tab(p);

		for (unsigned int i = 0; i < BITSET_BITS; i++) {
			bool in = i < t->count && t->calls[i].name &&
				  (t->calls[i].classes & cls) == cls;

			if (bitset_test(&s.trace[p], i) != in) {
				print_error("%s: %s %u (%s)\n", expr,
					    t->personality, i,
					    in ? "missing" : "extra");
				fail();
			}
		}
	}
	sel_free(&s);
}

static void test_classes_follow_table(void **state)
{
	static const struct {
		const char *expr;
		uint32_t cls;
	} cases[] = {
		{ "%file", SC_FILE },        { "file", SC_FILE },
		{ "%process", SC_PROCESS },  { "process", SC_PROCESS },
		{ "%net", SC_NETWORK },      { "%network", SC_NETWORK },
		{ "network", SC_NETWORK },   { "%signal", SC_SIGNAL },
		{ "signal", SC_SIGNAL },     { "%ipc", SC_IPC },
		{ "ipc", SC_IPC },           { "%desc", SC_DESC },
		{ "desc", SC_DESC },         { "%memory", SC_MEMORY },
		{ "memory", SC_MEMORY },     { "%creds", SC_CREDS },
		{ "%clock", SC_CLOCK },      { "%pure", SC_PURE },
		{ "%stat", SC_STAT },        { "%lstat", SC_LSTAT },
		{ "%fstat", SC_FSTAT },      { "%%stat", SC_STAT_LIKE },
		{ "%statfs", SC_STATFS },    { "%fstatfs", SC_FSTATFS },
		{ "%%statfs", SC_STATFS_LIKE },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char expr[64];

		check_class(cases[i].expr, cases[i].cls);
		snprintf(expr, sizeof(expr), "trace=%s", cases[i].expr);
		check_class(expr, cases[i].cls);
	}
	/* class@pers restricts the class to one table */
	struct selection s, t;

	one(&s, "trace=%file@32");
	one(&t, "trace=%file");
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), 0);
	assert_int_equal(count_set(&s.trace[PERS_X32]), 0);
	assert_true(same_set(&s.trace[PERS_I386], &t.trace[PERS_I386]));
	sel_free(&s);
	sel_free(&t);
	/* aliases select the same */
	one(&s, "%net");
	one(&t, "network");
	for (int p = 0; p < PERS_COUNT; p++)
		assert_true(same_set(&s.trace[p], &t.trace[p]));
	sel_free(&s);
	sel_free(&t);
}

/* Memberships that hold once the CLASSES column is complete. */
static void test_class_spot_checks(void **state)
{
	static const struct {
		const char *cls, *name;
	} in[] = {
		{ "%file", "openat" },        { "%desc", "openat" },
		{ "%file", "execve" },        { "%process", "execve" },
		{ "%network", "socket" },     { "%net", "connect" },
		{ "%signal", "kill" },        { "%process", "kill" },
		{ "%ipc", "shmget" },         { "%memory", "mmap" },
		{ "%desc", "read" },          { "%creds", "setuid" },
		{ "%clock", "clock_gettime" }, { "%pure", "getpid" },
		{ "%pure", "gettid" },        { "%stat", "stat" },
		{ "%lstat", "lstat" },        { "%fstat", "fstat" },
		{ "%fstat", "newfstatat" },   { "%%stat", "statx" },
		{ "%statfs", "statfs" },      { "%fstatfs", "fstatfs" },
		{ "%%statfs", "ustat" },
	};
	struct selection s;

	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		one(&s, in[i].cls);
		if (!has(&s, PERS_X86_64, in[i].name)) {
			print_error("%s not in %s\n", in[i].name, in[i].cls);
			fail();
		}
		sel_free(&s);
	}
	one(&s, "%file");
	assert_false(has(&s, PERS_X86_64, "read"));
	assert_false(has(&s, PERS_X86_64, "getpid"));
	assert_true(has(&s, PERS_I386, "openat"));
	assert_true(has(&s, PERS_X32, "openat"));
	sel_free(&s);
	/* a known class is valid even if a table has nothing in it */
	one(&s, "%clock@x32");
	sel_free(&s);
}

/* ---- error messages, byte for byte strace 6.1's ----------------------- */

struct err_case {
	const char *expr;
	const char *msg;
	bool usage;
};

static const struct err_case err_cases[] = {
	{ "trace=foo", "invalid system call 'foo'", false },
	{ "foo", "invalid system call 'foo'", false },
	{ "foo=bar", "invalid system call 'foo=bar'", false },
	{ "trace=", "invalid system call ''", false },
	{ "", "invalid system call ''", false },
	{ "trace=1000", "invalid system call '1000'", false },
	{ "trace=-1", "invalid system call '-1'", false },
	{ "trace=0x1", "invalid system call '0x1'", false },
	{ "trace=1x", "invalid system call '1x'", false },
	{ "trace=%foo", "invalid system call '%foo'", false },
	{ "trace=%", "invalid system call '%'", false },
	{ "trace=%none", "invalid system call '%none'", false },
	{ "trace=!foo", "invalid system call 'foo'", false },
	{ "trace=!", "invalid system call '!'", false },
	{ "trace=!!", "invalid system call '!!'", false },
	{ "trace=!,", "invalid system call '!,'", false },
	{ "trace=,", "invalid system call ','", false },
	{ "trace=write,!read", "invalid system call '!read'", false },
	{ "trace=all,foo", "invalid system call 'foo'", false },
	{ "trace=none,foo", "invalid system call 'none'", false },
	{ "trace=none,", "invalid system call 'none'", false },
	{ "trace=none@32", "invalid system call 'none@32'", false },
	{ "trace=ALL", "invalid system call 'ALL'", false },
	{ "trace=Write", "invalid system call 'Write'", false },
	{ "trace=write, read", "invalid system call ' read'", false },
	{ "trace=net", "invalid system call 'net'", false },
	{ "trace=creds", "invalid system call 'creds'", false },
	{ "trace=pure", "invalid system call 'pure'", false },
	{ "trace=clock", "invalid system call 'clock'", false },
	{ "trace=foo@64", "invalid system call 'foo@64'", false },
	{ "trace=@64", "invalid system call '@64'", false },
	{ "trace=write@64@64", "invalid system call 'write@64@64'", false },
	{ "trace=/zzzz", "invalid system call '/zzzz'", false },
	{ "trace=/foo@64", "invalid system call '/foo@64'", false },
	{ "trace=write@65",
	  "incorrect personality designator '65' in qualification 'write@65'",
	  true },
	{ "trace=?write@65",
	  "incorrect personality designator '65' in qualification 'write@65'",
	  true },
	{ "trace=write@",
	  "incorrect personality designator '' in qualification 'write@'",
	  true },
	{ "verbose=write@3",
	  "incorrect personality designator '3' in qualification 'write@3'",
	  true },
	{ "trace=/[", "regcomp: [: Invalid regular expression", false },
	{ "trace=/a[@64", "regcomp: a[: Invalid regular expression", false },
	{ "trace=?/a[", "regcomp: a[: Invalid regular expression", false },
	{ "trace=/a(", "regcomp: a(: Unmatched ( or \\(", false },
	{ "trace=/*", "regcomp: *: Invalid preceding regular expression",
	  false },
	{ "trace=/a{1", "regcomp: a{1: Unmatched \\{", false },
	{ "raw=/[", "regcomp: [: Invalid regular expression", false },
	{ "abbrev=foo", "invalid system call 'foo'", false },
	{ "a=foo", "invalid system call 'foo'", false },
	{ "x=foo", "invalid system call 'foo'", false },
	{ "signal=FOO", "invalid signal 'FOO'", false },
	{ "signal=?foo", "invalid signal '?foo'", false },
	{ "signal=", "invalid signal ''", false },
	{ "signal=!", "invalid signal '!'", false },
	{ "signal=256", "invalid signal '256'", false },
	{ "signal=-1", "invalid signal '-1'", false },
	{ "signal=+1", "invalid signal '+1'", false },
	{ "signal= 1", "invalid signal ' 1'", false },
	{ "signal=1 ", "invalid signal '1 '", false },
	{ "signal=1x", "invalid signal '1x'", false },
	{ "signal=SIGRTMIN+1", "invalid signal 'SIGRTMIN+1'", false },
	{ "signal=SIGRT_33", "invalid signal 'SIGRT_33'", false },
	{ "signal=SIGRT_0", "invalid signal 'SIGRT_0'", false },
	{ "signal=SIGRTMAX", "invalid signal 'SIGRTMAX'", false },
	{ "signal=SIGIOT", "invalid signal 'SIGIOT'", false },
	{ "signal=SIGPOLL", "invalid signal 'SIGPOLL'", false },
	{ "signal=SIGCLD", "invalid signal 'SIGCLD'", false },
	{ "signal=SIGUNUSED", "invalid signal 'SIGUNUSED'", false },
	{ "signal=SIG", "invalid signal 'SIG'", false },
	{ "signal=/foo", "invalid signal '/foo'", false },
	{ "signal=io@64", "invalid signal 'io@64'", false },
	{ "signal=all,io", "invalid signal 'all'", false },
	{ "signal=io,none", "invalid signal 'none'", false },
	{ "signals=bad", "invalid signal 'bad'", false },
	{ "s=bad", "invalid signal 'bad'", false },
	{ "status=bad", "invalid status 'bad'", false },
	{ "status=?bad", "invalid status '?bad'", false },
	{ "status=", "invalid status ''", false },
	{ "status=all,failed", "invalid status 'all'", false },
	{ "status=1", "invalid status '1'", false },
	{ "quiet=bad", "invalid quiet 'bad'", false },
	{ "quiet=", "invalid quiet ''", false },
	{ "quiet=none,exit", "invalid quiet 'none'", false },
	{ "quiet=1", "invalid quiet '1'", false },
	{ "silent=bad", "invalid quiet 'bad'", false },
	{ "silence=bad", "invalid quiet 'bad'", false },
	{ "q=bad", "invalid quiet 'bad'", false },
	{ "read=abc", "invalid descriptor 'abc'", false },
	{ "read=-1", "invalid descriptor '-1'", false },
	{ "read=2147483648", "invalid descriptor '2147483648'", false },
	{ "read=", "invalid descriptor ''", false },
	{ "read=?1", "invalid descriptor '?1'", false },
	{ "read=all,1", "invalid descriptor 'all'", false },
	{ "read=0x1", "invalid descriptor '0x1'", false },
	{ "read=stdin", "invalid descriptor 'stdin'", false },
	{ "reads=x", "invalid descriptor 'x'", false },
	{ "r=x", "invalid descriptor 'x'", false },
	{ "write=abc", "invalid descriptor 'abc'", false },
	{ "writes=abc", "invalid descriptor 'abc'", false },
	{ "w=abc", "invalid descriptor 'abc'", false },
	{ "trace-fds=abc", "invalid descriptor 'abc'", false },
	{ "fd=-2", "invalid descriptor '-2'", false },
	{ "decode-fds=bad", "invalid decode-fds 'bad'", false },
	{ "decode-fds=", "invalid decode-fds ''", false },
	{ "decode-pids=bad", "invalid decode-pids 'bad'", false },
	{ "kvm=foo", "invalid -e kvm= argument: 'foo'", false },
	{ "kvm=", "invalid -e kvm= argument: ''", false },
	{ "inject=open", "invalid inject argument 'open'", false },
	{ "inject=open:", "invalid inject argument 'open:'", false },
	{ "inject=foo:error=ENOENT", "invalid system call 'foo'", false },
	{ "inject=foo", "invalid system call 'foo'", false },
	{ "inject=foo:bad", "invalid inject argument 'foo:bad'", false },
	{ "inject=", "invalid system call ''", false },
	{ "inject=:", "invalid system call ''", false },
	{ "inject=:error=EIO", "invalid system call ''", false },
	{ "inject=:bad", "invalid system call ''", false },
	{ "inject=/zz:error=EIO", "invalid system call '/zz'", false },
	{ "inject=/[:error=EIO", "regcomp: [: Invalid regular expression",
	  false },
	{ "inject=open@65:error=EIO",
	  "incorrect personality designator '65' in qualification 'open@65'",
	  true },
	{ "inject=open:error=ENOFOO",
	  "invalid inject argument 'open:error=ENOFOO'", false },
	{ "inject=open:error=0", "invalid inject argument 'open:error=0'",
	  false },
	{ "inject=open:error=4096",
	  "invalid inject argument 'open:error=4096'", false },
	{ "inject=open:error=", "invalid inject argument 'open:error='",
	  false },
	{ "inject=open:error=-1", "invalid inject argument 'open:error=-1'",
	  false },
	{ "inject=open:error=0x1", "invalid inject argument 'open:error=0x1'",
	  false },
	{ "inject=open:error= EAGAIN",
	  "invalid inject argument 'open:error= EAGAIN'", false },
	{ "inject=open:error=EWOULDBLOCK",
	  "invalid inject argument 'open:error=EWOULDBLOCK'", false },
	{ "inject=open:error=ENOTSUP",
	  "invalid inject argument 'open:error=ENOTSUP'", false },
	{ "inject=open:error=ENOPARAM",
	  "invalid inject argument 'open:error=ENOPARAM'", false },
	{ "inject=open:error=ENOENT:retval=1",
	  "invalid inject argument 'open:error=ENOENT:retval=1'", false },
	{ "inject=open:retval=1:error=ENOENT",
	  "invalid inject argument 'open:retval=1:error=ENOENT'", false },
	{ "inject=open:error=ENOENT:error=EPERM",
	  "invalid inject argument 'open:error=ENOENT:error=EPERM'", false },
	{ "inject=open:retval=", "invalid inject argument 'open:retval='",
	  false },
	{ "inject=open:retval=x", "invalid inject argument 'open:retval=x'",
	  false },
	{ "inject=open:retval=18446744073709551616",
	  "invalid inject argument 'open:retval=18446744073709551616'",
	  false },
	{ "inject=open:signal=FOO",
	  "invalid inject argument 'open:signal=FOO'", false },
	{ "inject=open:signal=0", "invalid inject argument 'open:signal=0'",
	  false },
	{ "inject=open:signal=65",
	  "invalid inject argument 'open:signal=65'", false },
	{ "inject=open:signal=+1",
	  "invalid inject argument 'open:signal=+1'", false },
	{ "inject=open:signal=SEGV:signal=INT",
	  "invalid inject argument 'open:signal=SEGV:signal=INT'", false },
	{ "inject=open:syscall=foo:error=EIO",
	  "invalid inject argument 'open:syscall=foo:error=EIO'", false },
	{ "inject=open:syscall=open:error=EIO",
	  "invalid inject argument 'open:syscall=open:error=EIO'", false },
	{ "inject=open:syscall=getgid32:error=EIO",
	  "invalid inject argument 'open:syscall=getgid32:error=EIO'", false },
	{ "inject=open:syscall=39:error=EIO",
	  "invalid inject argument 'open:syscall=39:error=EIO'", false },
	{ "inject=open:syscall=%pure:error=EIO",
	  "invalid inject argument 'open:syscall=%pure:error=EIO'", false },
	{ "inject=open:delay_enter=x",
	  "invalid inject argument 'open:delay_enter=x'", false },
	{ "inject=open:delay_enter=-1",
	  "invalid inject argument 'open:delay_enter=-1'", false },
	{ "inject=open:delay_enter=",
	  "invalid inject argument 'open:delay_enter='", false },
	{ "inject=open:delay_enter=1xs",
	  "invalid inject argument 'open:delay_enter=1xs'", false },
	{ "inject=open:delay_enter=0x10",
	  "invalid inject argument 'open:delay_enter=0x10'", false },
	{ "inject=open:delay_enter=inf",
	  "invalid inject argument 'open:delay_enter=inf'", false },
	{ "inject=open:delay_enter=1S",
	  "invalid inject argument 'open:delay_enter=1S'", false },
	{ "inject=open:delay_enter=1e400",
	  "invalid inject argument 'open:delay_enter=1e400'", false },
	{ "inject=open:delay_enter=1 s",
	  "invalid inject argument 'open:delay_enter=1 s'", false },
	{ "inject=open:delay_enter=1:delay_enter=2",
	  "invalid inject argument 'open:delay_enter=1:delay_enter=2'",
	  false },
	{ "inject=open:when=3", "invalid inject argument 'open:when=3'",
	  false },
	{ "inject=open:error=EIO:when=0",
	  "invalid inject argument 'open:error=EIO:when=0'", false },
	{ "inject=open:error=EIO:when=3..2",
	  "invalid inject argument 'open:error=EIO:when=3..2'", false },
	{ "inject=open:error=EIO:when=65536",
	  "invalid inject argument 'open:error=EIO:when=65536'", false },
	{ "inject=open:error=EIO:when=1..65535",
	  "invalid inject argument 'open:error=EIO:when=1..65535'", false },
	{ "inject=open:error=EIO:when=1+65536",
	  "invalid inject argument 'open:error=EIO:when=1+65536'", false },
	{ "inject=open:error=EIO:when=1+0",
	  "invalid inject argument 'open:error=EIO:when=1+0'", false },
	{ "inject=open:error=EIO:when=",
	  "invalid inject argument 'open:error=EIO:when='", false },
	{ "inject=open:error=EIO:when=3..",
	  "invalid inject argument 'open:error=EIO:when=3..'", false },
	{ "inject=open:error=EIO:when=..5",
	  "invalid inject argument 'open:error=EIO:when=..5'", false },
	{ "inject=open:error=EIO:when=3+2+",
	  "invalid inject argument 'open:error=EIO:when=3+2+'", false },
	{ "inject=open:error=EIO:when=3..5..6",
	  "invalid inject argument 'open:error=EIO:when=3..5..6'", false },
	{ "inject=open:error=EIO:when=3 ",
	  "invalid inject argument 'open:error=EIO:when=3 '", false },
	{ "inject=open:error=EIO:when=3+-1",
	  "invalid inject argument 'open:error=EIO:when=3+-1'", false },
	{ "inject=open:error=EIO:when=2:when=x",
	  "invalid inject argument 'open:error=EIO:when=2:when=x'", false },
	{ "inject=open:foo=bar", "invalid inject argument 'open:foo=bar'",
	  false },
	{ "inject=open:poke_enter=@arg8=00",
	  "invalid inject argument 'open:poke_enter=@arg8=00'", false },
	{ "inject=open:poke_enter=@arg1=0",
	  "invalid inject argument 'open:poke_enter=@arg1=0'", false },
	{ "inject=open:poke_enter=",
	  "invalid inject argument 'open:poke_enter='", false },
	{ "inject=open:poke_enter=@arg1=zz",
	  "invalid inject argument 'open:poke_enter=@arg1=zz'", false },
	{ "inject=open:poke_enter=arg1=00",
	  "invalid inject argument 'open:poke_enter=arg1=00'", false },
	{ "inject=open:poke_enter=@arg1=00,@arg1=11",
	  "invalid inject argument 'open:poke_enter=@arg1=00,@arg1=11'",
	  false },
	{ "inject=open:poke_enter=@arg1=00:poke_enter=@arg2=00",
	  "invalid inject argument "
	  "'open:poke_enter=@arg1=00:poke_enter=@arg2=00'",
	  false },
	{ "fault=open:retval=1", "invalid fault argument 'open:retval=1'",
	  false },
	{ "fault=open:signal=INT", "invalid fault argument 'open:signal=INT'",
	  false },
	{ "fault=open:delay_enter=1",
	  "invalid fault argument 'open:delay_enter=1'", false },
	{ "fault=open:poke_enter=@arg1=00",
	  "invalid fault argument 'open:poke_enter=@arg1=00'", false },
	{ "fault=open:bad", "invalid fault argument 'open:bad'", false },
	{ "fault=open:when=0", "invalid fault argument 'open:when=0'", false },
	{ "fault=foo", "invalid system call 'foo'", false },
	{ "fault=", "invalid system call ''", false },
};

static void test_error_messages(void **state)
{
	for (size_t i = 0; i < sizeof(err_cases) / sizeof(err_cases[0]); i++) {
		const struct err_case *c = &err_cases[i];
		struct selection s;
		int rc;

		sel_init(&s);
		rc = sel_parse_expr(&s, c->expr, err, sizeof(err));
		if (rc != -EINVAL || strcmp(err, c->msg) != 0 ||
		    s.err_usage != c->usage) {
			print_error("'%s': rc %d usage %d: '%s'\n  want '%s'\n",
				    c->expr, rc, s.err_usage, err, c->msg);
			fail();
		}
		assert_string_equal(s.warning, "");
		sel_free(&s);
	}
}

/* Expressions strace 6.1 accepts. */
static void test_accepted(void **state)
{
	static const char *const ok[] = {
		"trace=write,,read", "trace=write,", "trace=,write",
		"trace=?", "trace=??write", "trace=lstat", "trace=?%%foo",
	};
	static const char *const more[] = {
		"signal=0", "signal=255", "signal=sigio", "signal=Io",
		"signal=SIGio", "signal=RTMIN", "signal=sigrt_1", "signal=01",
		"signal=io,", "signal=SIGPWR", "signal=SIGSTKFLT",
		"status=Failed", "status=failed,", "quiet=exits",
		"quiet=Superseded", "read=-0", "read= 1", "read=+1", "read=01",
		"read=1,", "decode-fd=all", "decode-pid=pidns",
		"inject=open:error=ENOENT:", "inject=open::error=ENOENT",
		"inject=open:error=eagain", "inject=open:error=011",
		"inject=open:error=+1", "inject=open:error= 1",
		"inject=open:error=ERESTARTSYS", "inject=open:error=EHWPOISON",
		"inject=open:error=ERECALLCONFLICT", "inject=open:signal=01",
		"inject=open:signal=RTMIN", "inject=open:signal=64",
		"inject=open:retval=0x10", "inject=open:retval= 5",
		"inject=open:delay_enter= 1", "inject=open:delay_enter=+1",
		"inject=open:delay_enter=1.5S", "inject=open:delay_enter=1mS",
		"inject=open:delay_enter=1e300s",
		"inject=open:error=EIO:when= 3", "inject=open:error=EIO:when=+3",
		"inject=open:poke_enter=@arg1=00,", "inject=open:poke_enter=,@arg1=00",
		"inject=open:poke_enter=@arg1=00:poke_exit=@arg1=11",
		"inject=none:error=EIO", "inject=?foo:error=EIO",
		"fault=open:when=2", "fault=open",
	};
	struct selection s;

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		one(&s, ok[i]);
		sel_free(&s);
	}
	for (size_t i = 0; i < sizeof(more) / sizeof(more[0]); i++) {
		one(&s, more[i]);
		sel_free(&s);
	}
}

/* ---- the other sets --------------------------------------------------- */

static void test_signals(void **state)
{
	struct selection s;

	one(&s, "signal=hup,SIGINT,sigrt_1,RTMIN,64,SIGRT_32,0");
	assert_true(s.signal_given);
	assert_int_equal(count_set(&s.signals), 6);
	assert_true(sel_signal_traced(&s, 0));
	assert_true(sel_signal_traced(&s, 1));
	assert_true(sel_signal_traced(&s, 2));
	assert_true(sel_signal_traced(&s, 32));
	assert_true(sel_signal_traced(&s, 33));
	assert_true(sel_signal_traced(&s, 64));
	parse_ok(&s, "signals=!io");
	assert_false(sel_signal_traced(&s, 29));
	assert_true(sel_signal_traced(&s, 1));
	assert_true(sel_signal_traced(&s, 200));
	parse_ok(&s, "s=none");
	assert_int_equal(count_set(&s.signals), 0);
	parse_ok(&s, "signal=!none");
	assert_true(sel_signal_traced(&s, 255));
	parse_ok(&s, "signal=SIGSYS,pwr,stkflt,chld,255");
	assert_true(sel_signal_traced(&s, 31));
	assert_true(sel_signal_traced(&s, 30));
	assert_true(sel_signal_traced(&s, 16));
	assert_true(sel_signal_traced(&s, 17));
	assert_true(sel_signal_traced(&s, 255));
	assert_int_equal(count_set(&s.signals), 5);
	sel_free(&s);
}

static void test_status_quiet_decode(void **state)
{
	struct selection s;

	one(&s, "status=failed,Unfinished");
	assert_int_equal(s.status, SEL_STATUS_FAILED | SEL_STATUS_UNFINISHED);
	assert_true(s.status_given);
	parse_ok(&s, "status=!successful");
	assert_int_equal(s.status, SEL_STATUS_ALL & ~SEL_STATUS_SUCCESSFUL);
	parse_ok(&s, "status=none");
	assert_int_equal(s.status, 0);
	parse_ok(&s, "status=all");
	assert_int_equal(s.status, SEL_STATUS_ALL);
	parse_ok(&s, "status=detached,unavailable,successful");
	assert_int_equal(s.status, SEL_STATUS_DETACHED |
					   SEL_STATUS_UNAVAILABLE |
					   SEL_STATUS_SUCCESSFUL);

	assert_false(s.quiet_given);
	parse_ok(&s, "quiet=attach,exits,superseded");
	assert_int_equal(s.quiet, SEL_QUIET_ATTACH | SEL_QUIET_EXIT |
					  SEL_QUIET_THREAD_EXECVE);
	assert_true(s.quiet_given);
	parse_ok(&s, "silent=path-resolution,personality,thread-execve");
	assert_int_equal(s.quiet, SEL_QUIET_PATH_RESOLUTION |
					  SEL_QUIET_PERSONALITY |
					  SEL_QUIET_THREAD_EXECVE);
	parse_ok(&s, "silence=all");
	assert_int_equal(s.quiet, SEL_QUIET_ALL);
	parse_ok(&s, "q=!exit");
	assert_int_equal(s.quiet, SEL_QUIET_ALL & ~SEL_QUIET_EXIT);

	parse_ok(&s, "decode-fds=path,socket");
	assert_int_equal(s.decode_fds, SEL_DECODE_FD_PATH |
					       SEL_DECODE_FD_SOCKET);
	parse_ok(&s, "decode-fd=all");
	assert_int_equal(s.decode_fds, SEL_DECODE_FD_ALL);
	parse_ok(&s, "decode-fds=!dev");
	assert_int_equal(s.decode_fds, SEL_DECODE_FD_ALL & ~SEL_DECODE_FD_DEV);
	parse_ok(&s, "decode-pids=comm");
	assert_int_equal(s.decode_pids, SEL_DECODE_PID_COMM);
	parse_ok(&s, "decode-pid=all");
	assert_int_equal(s.decode_pids, SEL_DECODE_PID_ALL);
	assert_true(s.decode_fds_given && s.decode_pids_given);
	sel_free(&s);
}

static void test_fd_sets(void **state)
{
	const char *read_forms[] = { "read=3,5", "reads=3,5", "r=5,3" };
	const char *write_forms[] = { "write=3,5", "writes=3,5", "w=5,3" };
	const char *tfd_forms[] = { "trace-fds=3,5", "trace-fd=3,5",
				    "fd=5,3", "fds=3,5" };
	struct selection s;

	for (int i = 0; i < 3; i++) {
		one(&s, read_forms[i]);
		assert_true(s.read_given);
		assert_true(sel_fd_in(&s.read_fds, 3));
		assert_true(sel_fd_in(&s.read_fds, 5));
		assert_false(sel_fd_in(&s.read_fds, 4));
		assert_false(sel_fd_in(&s.write_fds, 3));
		sel_free(&s);
		one(&s, write_forms[i]);
		assert_true(s.write_given);
		assert_true(sel_fd_in(&s.write_fds, 3));
		assert_false(sel_fd_in(&s.write_fds, 0));
		assert_false(sel_fd_in(&s.read_fds, 3));
		sel_free(&s);
	}
	for (int i = 0; i < 4; i++) {
		one(&s, tfd_forms[i]);
		assert_true(s.trace_fds_given);
		assert_true(sel_fd_in(&s.trace_fds, 5));
		assert_false(sel_fd_in(&s.trace_fds, 0));
		assert_false(sel_fd_in(&s.trace_fds, 5000));
		sel_free(&s);
	}
	/* descriptors beyond the bitset */
	one(&s, "read=1,70000,2147483647");
	assert_true(sel_fd_in(&s.read_fds, 70000));
	assert_true(sel_fd_in(&s.read_fds, INT_MAX));
	assert_false(sel_fd_in(&s.read_fds, 70001));
	parse_ok(&s, "read=!1,70000");
	assert_false(sel_fd_in(&s.read_fds, 1));
	assert_false(sel_fd_in(&s.read_fds, 70000));
	assert_true(sel_fd_in(&s.read_fds, 2));
	assert_true(sel_fd_in(&s.read_fds, 70001));
	parse_ok(&s, "read=all");
	assert_true(sel_fd_in(&s.read_fds, 0));
	assert_true(sel_fd_in(&s.read_fds, 1 << 30));
	parse_ok(&s, "read=none");
	assert_false(sel_fd_in(&s.read_fds, 0));
	assert_false(sel_fd_in(&s.read_fds, 1 << 30));
	sel_free(&s);
}

/* ---- inject= and fault= ----------------------------------------------- */

static void test_inject_basic(void **state)
{
	struct selection s;
	const struct sel_inject *r;
	long open64 = nr_of(PERS_X86_64, "open");
	long open32 = nr_of(PERS_I386, "open");

	one(&s, "inject=open:error=ENOENT");
	assert_int_equal(s.ninjects, 1);
	r = &s.injects[0];
	assert_int_equal(r->flags, SEL_INJ_ERROR);
	assert_int_equal(r->error, ENOENT);
	assert_int_equal(r->when.first, 1);
	assert_int_equal(r->when.last, SEL_WHEN_INF);
	assert_int_equal(r->when.step, 1);
	assert_true(bitset_test(&r->set[PERS_X86_64], (unsigned long)open64));
	assert_true(bitset_test(&r->set[PERS_I386], (unsigned long)open32));
	assert_int_equal(count_set(&r->set[PERS_X86_64]), 1);
	assert_true(bitset_test(&s.inject[PERS_I386], (unsigned long)open32));
	assert_ptr_equal(sel_inject_find(&s, PERS_X86_64, open64), r);
	assert_null(sel_inject_find(&s, PERS_X86_64, 0));
	for (int p = 0; p < PERS_COUNT; p++)
		assert_int_equal(r->scno[p], -1);
	/* injection does not change what is traced... */
	assert_int_equal(count_set(&s.trace[PERS_X86_64]), BITSET_BITS);
	/* ...and, as in strace (checked with -e trace=read -e
	 * inject=getppid:retval=42: no injection), untraced calls are left
	 * alone, whatever the order of the options */
	parse_ok(&s, "trace=read");
	assert_null(sel_inject_find(&s, PERS_X86_64, open64));
	assert_true(bitset_test(&s.inject[PERS_X86_64], (unsigned long)open64));
	parse_ok(&s, "trace=open,read");
	assert_ptr_equal(sel_inject_find(&s, PERS_X86_64, open64), r);
	sel_free(&s);
}

static void test_inject_actions(void **state)
{
	struct selection s;
	const struct sel_inject *r;

	one(&s, "inject=read:retval=42:signal=SIGUSR1:delay_enter=1.5ms:"
		"delay_exit=2s");
	r = &s.injects[0];
	assert_int_equal(r->flags, SEL_INJ_RETVAL | SEL_INJ_SIGNAL |
					   SEL_INJ_DELAY_ENTER |
					   SEL_INJ_DELAY_EXIT);
	assert_int_equal(r->retval, 42);
	assert_int_equal(r->signo, 10);
	assert_int_equal(r->delay_enter.tv_sec, 0);
	assert_int_equal(r->delay_enter.tv_nsec, 1500000);
	assert_int_equal(r->delay_exit.tv_sec, 2);
	assert_int_equal(r->delay_exit.tv_nsec, 0);
	assert_string_equal(s.warning, "");
	sel_free(&s);

	/* retval uses C bases; delay default unit is microseconds */
	one(&s, "inject=read:retval=010:delay_enter=2500001");
	r = &s.injects[0];
	assert_int_equal(r->retval, 8);
	assert_int_equal(r->delay_enter.tv_sec, 2);
	assert_int_equal(r->delay_enter.tv_nsec, 500001000);
	parse_ok(&s, "inject=read:retval=0x10:delay_exit=7ns");
	assert_int_equal(s.injects[1].retval, 16);
	assert_int_equal(s.injects[1].delay_exit.tv_nsec, 7);
	parse_ok(&s, "inject=read:error=22:delay_exit=1e3");
	assert_int_equal(s.injects[2].error, EINVAL);
	assert_int_equal(s.injects[2].delay_exit.tv_nsec, 1000000);
	parse_ok(&s, "inject=read:error=eRESTARTsys");
	assert_int_equal(s.injects[3].error, 512);
	parse_ok(&s, "inject=read:error=EIOCBQUEUED:signal=RT_32");
	assert_int_equal(s.injects[4].error, 529);
	assert_int_equal(s.injects[4].signo, 64);
	parse_ok(&s, "inject=read:error=4095");
	assert_int_equal(s.injects[5].error, 4095);
	sel_free(&s);
}

static void test_inject_retval_warnings(void **state)
{
	static const struct {
		const char *expr, *warning;
		uint64_t value;
	} cases[] = {
		{ "inject=open:retval=-1",
		  "Inadvertent injection of error 1 is possible for "
		  "retval=18446744073709551615",
		  UINT64_MAX },
		{ "inject=open:retval=-4095",
		  "Inadvertent injection of error 4095 is possible for "
		  "retval=18446744073709547521",
		  (uint64_t)-4095 },
		{ "inject=open:retval=-4096",
		  "Injected return value 18446744073709547520 will be clipped "
		  "to 4294963200 in compat personality",
		  (uint64_t)-4096 },
		{ "inject=open:retval=4294967295",
		  "Inadvertent injection of error 1 is possible in compat "
		  "personality for retval=4294967295",
		  4294967295u },
		{ "inject=open:retval=4294963201",
		  "Inadvertent injection of error 4095 is possible in compat "
		  "personality for retval=4294963201",
		  4294963201u },
		{ "inject=open:retval=9223372036854775807",
		  "Inadvertent injection of error 1 is possible in compat "
		  "personality for retval=9223372036854775807",
		  INT64_MAX },
		{ "inject=open:retval=-9223372036854775808",
		  "Injected return value 9223372036854775808 will be clipped "
		  "to 0 in compat personality",
		  (uint64_t)INT64_MIN },
		{ "inject=open:retval=8589934591",
		  "Inadvertent injection of error 1 is possible in compat "
		  "personality for retval=8589934591",
		  8589934591u },
		{ "inject=open:retval=4294967296",
		  "Injected return value 4294967296 will be clipped to 0 in "
		  "compat personality",
		  4294967296u },
		{ "inject=open:retval=4294963200", "", 4294963200u },
		{ "inject=open:retval=0", "", 0 },
	};
	struct selection s;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		one(&s, cases[i].expr);
		assert_string_equal(s.warning, cases[i].warning);
		assert_true(s.injects[0].retval == cases[i].value);
		sel_free(&s);
	}
	/* strace prints the warning, then the error */
	sel_init(&s);
	assert_int_equal(sel_parse_expr(&s, "inject=open:retval=-1:bad", err,
					sizeof(err)),
			 -EINVAL);
	assert_string_equal(err, "invalid inject argument "
				 "'open:retval=-1:bad'");
	assert_string_equal(s.warning, "Inadvertent injection of error 1 is "
				       "possible for "
				       "retval=18446744073709551615");
	/* and the next parse starts clean */
	parse_ok(&s, "trace=read");
	assert_string_equal(s.warning, "");
	sel_free(&s);
}

static void test_inject_when(void **state)
{
	static const struct {
		const char *when;
		uint16_t first, last, step;
		const char *hits; /* invocations 1..12 injected */
	} cases[] = {
		{ "3", 3, SEL_WHEN_INF, 0, "..x........." },
		{ "3+", 3, SEL_WHEN_INF, 1, "..xxxxxxxxxx" },
		{ "3+2", 3, SEL_WHEN_INF, 2, "..x.x.x.x.x." },
		{ "3..5", 3, 5, 1, "..xxx......." },
		{ "3..5+", 3, 5, 1, "..xxx......." },
		{ "3..9+3", 3, 9, 3, "..x..x..x..." },
		{ "1..1", 1, 1, 1, "x..........." },
		{ "03", 3, SEL_WHEN_INF, 0, "..x........." },
		{ "65535", 65535, SEL_WHEN_INF, 0, "............" },
		{ "1..65534+65535", 1, 65534, 65535, "x..........." },
	};
	struct selection s;
	char expr[128];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct sel_when *w;

		snprintf(expr, sizeof(expr), "inject=open:error=EIO:when=%s",
			 cases[i].when);
		one(&s, expr);
		w = &s.injects[0].when;
		assert_int_equal(w->first, cases[i].first);
		assert_int_equal(w->last, cases[i].last);
		assert_int_equal(w->step, cases[i].step);
		for (unsigned long n = 1; n <= 12; n++)
			if (sel_when_match(w, n) !=
			    (cases[i].hits[n - 1] == 'x')) {
				print_error("when=%s: invocation %lu\n",
					    cases[i].when, n);
				fail();
			}
		sel_free(&s);
	}
	/* the last when= wins */
	one(&s, "inject=open:error=EIO:when=2:when=5+");
	assert_int_equal(s.injects[0].when.first, 5);
	assert_int_equal(s.injects[0].when.step, 1);
	assert_true(sel_when_match(&s.injects[0].when, 70000));
	assert_false(sel_when_match(&s.injects[0].when, 0));
	sel_free(&s);
}

static void test_inject_rules_order(void **state)
{
	struct selection s;
	long open64 = nr_of(PERS_X86_64, "open");
	long read64 = nr_of(PERS_X86_64, "read");
	long write64 = nr_of(PERS_X86_64, "write");

	one(&s, "inject=open,read:error=EIO");
	parse_ok(&s, "inject=read:retval=7");
	parse_ok(&s, "fault=write@64:when=2");
	assert_int_equal(s.ninjects, 3);
	/* a later rule overrides an earlier one for the syscalls it names */
	assert_int_equal(sel_inject_find(&s, PERS_X86_64, read64)->flags,
			 SEL_INJ_RETVAL);
	assert_int_equal(sel_inject_find(&s, PERS_X86_64, open64)->error, EIO);
	const struct sel_inject *f =
		sel_inject_find(&s, PERS_X86_64, write64);

	assert_non_null(f);
	assert_int_equal(f->flags, SEL_INJ_ERROR);
	assert_int_equal(f->error, ENOSYS);
	assert_int_equal(f->when.first, 2);
	assert_null(sel_inject_find(&s, PERS_I386,
				    nr_of(PERS_I386, "write")));
	assert_int_equal(count_set(&s.inject[PERS_X86_64]), 3);
	assert_int_equal(count_set(&s.inject[PERS_I386]), 2);
	/* inject=!open covers every number but open */
	parse_ok(&s, "inject=!open:signal=INT");
	assert_int_equal(count_set(&s.injects[3].set[PERS_X32]),
			 BITSET_BITS - 1);
	assert_int_equal(sel_inject_find(&s, PERS_X86_64, read64)->flags,
			 SEL_INJ_SIGNAL);
	assert_int_equal(sel_inject_find(&s, PERS_X86_64, open64)->error, EIO);
	sel_free(&s);
}

static void test_inject_pokes(void **state)
{
	struct selection s;
	const struct sel_inject *r;

	one(&s, "inject=read:poke_enter=@arg2=DEADbeef,@arg7=00:"
		"poke_exit=@arg2=01");
	r = &s.injects[0];
	assert_int_equal(r->flags, SEL_INJ_POKE_ENTER | SEL_INJ_POKE_EXIT);
	assert_int_equal(r->npokes, 3);
	assert_true(r->pokes[0].enter);
	assert_int_equal(r->pokes[0].arg, 2);
	assert_int_equal(r->pokes[0].len, 4);
	assert_memory_equal(r->pokes[0].data, "\xde\xad\xbe\xef", 4);
	assert_int_equal(r->pokes[1].arg, 7);
	assert_int_equal(r->pokes[1].data[0], 0);
	assert_false(r->pokes[2].enter);
	assert_int_equal(r->pokes[2].data[0], 1);
	sel_free(&s);
}

static bool pure_everywhere(const char *name)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_info *si = sc_get(tab(p), nr_of(p, name));

		if (!si || !(si->classes & SC_PURE))
			return false;
	}
	return true;
}

static void test_inject_syscall(void **state)
{
	struct selection s;
	int rc;

	sel_init(&s);
	rc = sel_parse_expr(&s, "inject=open:syscall=getpid:error=ENOENT",
			    err, sizeof(err));
	/* follows the table; holds once getpid is marked pure */
	assert_true(pure_everywhere("getpid"));
	assert_int_equal(rc, pure_everywhere("getpid") ? 0 : -EINVAL);
	if (!rc) {
		const struct sel_inject *r = &s.injects[0];

		assert_int_equal(r->flags, SEL_INJ_SYSCALL | SEL_INJ_ERROR);
		for (int p = 0; p < PERS_COUNT; p++)
			assert_int_equal(r->scno[p], nr_of(p, "getpid"));
		assert_int_equal(r->scno[PERS_X86_64], 39);
		assert_int_equal(r->scno[PERS_I386], 20);
	}
	sel_free(&s);
	/* syscall= is no action of its own, except under fault= */
	sel_init(&s);
	assert_int_equal(sel_parse_expr(&s, "inject=open:syscall=getpid", err,
					sizeof(err)),
			 -EINVAL);
	assert_string_equal(err, "invalid inject argument "
				 "'open:syscall=getpid'");
	sel_free(&s);
	/* set-up failures are reported as the whole argument */
	sel_init(&s);
	assert_int_equal(sel_parse_expr(&s, "inject=open:syscall=getpid:"
					"syscall=getppid:error=EIO",
					err, sizeof(err)),
			 -EINVAL);
	sel_free(&s);
}

static void test_kvm_secontext(void **state)
{
	struct selection s;

	sel_init(&s);
	assert_int_equal(sel_parse_expr(&s, "kvm=vcpu", err, sizeof(err)), 0);
	assert_true(s.kvm_vcpu);
	assert_int_equal(sel_parse_expr(&s, "secontext=full", err,
					sizeof(err)),
			 -ENOTSUP);
	assert_true(err[0] != '\0');
	assert_int_equal(sel_parse_qual(&s, "kvm", "x", err, sizeof(err)),
			 -EINVAL);
	assert_string_equal(err, "invalid -e kvm= argument: 'x'");
	/* the message buffer may be absent */
	assert_int_equal(sel_parse_expr(&s, "trace=foo", NULL, 0), -EINVAL);
	sel_free(&s);
}

/* ---- -P --------------------------------------------------------------- */

static void test_paths(void **state)
{
	char tmpl[] = "/tmp/sel_test_XXXXXX", target[PATH_MAX + 16],
	     link[PATH_MAX + 16], dotted[2 * PATH_MAX + 16];
	char *dir, *base;
	struct selection s;
	FILE *f;

	assert_non_null(mkdtemp(tmpl));
	/* work from the canonical name in case /tmp is a link */
	dir = realpath(tmpl, NULL);
	assert_non_null(dir);
	base = strrchr(dir, '/') + 1;
	snprintf(target, sizeof(target), "%s/target", dir);
	snprintf(link, sizeof(link), "%s/link", dir);
	snprintf(dotted, sizeof(dotted), "%s/../%s/target", dir, base);
	f = fopen(target, "w");
	assert_non_null(f);
	fclose(f);
	assert_int_equal(symlink(target, link), 0);

	sel_init(&s);
	assert_int_equal(sel_add_path(&s, target), 0);
	assert_int_equal(sel_add_path(&s, link), 0);
	assert_int_equal(sel_add_path(&s, "/nonexistent/x"), 0);
	assert_int_equal(sel_add_path(&s, dotted), 0);
	assert_int_equal(s.npaths, 4);
	assert_string_equal(s.paths[0].path, target);
	assert_null(s.paths[0].resolved);
	assert_string_equal(s.paths[1].path, link);
	assert_string_equal(s.paths[1].resolved, target);
	assert_null(s.paths[2].resolved);
	assert_string_equal(s.paths[3].resolved, target);
	assert_true(sel_path_match(&s, link));
	assert_true(sel_path_match(&s, target));
	assert_true(sel_path_match(&s, "/nonexistent/x"));
	assert_false(sel_path_match(&s, "/nonexistent"));
	sel_free(&s);
	assert_int_equal(s.npaths, 0);

	unlink(link);
	unlink(target);
	rmdir(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_trace_forms),
		cmocka_unit_test(test_syscall_set_qualifiers),
		cmocka_unit_test(test_combination_order),
		cmocka_unit_test(test_failure_keeps_set),
		cmocka_unit_test(test_personality_names),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_negation_all_none),
		cmocka_unit_test(test_all_token),
		cmocka_unit_test(test_regex),
		cmocka_unit_test(test_past_table),
		cmocka_unit_test(test_regex_growth),
		cmocka_unit_test(test_optional),
		cmocka_unit_test(test_classes_follow_table),
		cmocka_unit_test(test_class_spot_checks),
		cmocka_unit_test(test_error_messages),
		cmocka_unit_test(test_accepted),
		cmocka_unit_test(test_signals),
		cmocka_unit_test(test_status_quiet_decode),
		cmocka_unit_test(test_fd_sets),
		cmocka_unit_test(test_inject_basic),
		cmocka_unit_test(test_inject_actions),
		cmocka_unit_test(test_inject_retval_warnings),
		cmocka_unit_test(test_inject_when),
		cmocka_unit_test(test_inject_rules_order),
		cmocka_unit_test(test_inject_pokes),
		cmocka_unit_test(test_inject_syscall),
		cmocka_unit_test(test_kvm_secontext),
		cmocka_unit_test(test_paths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
