/* Unit tests for src/summary: the printed -c table is compared byte for
 * byte with what strace 6.1 prints for the same counters (layouts checked
 * against the installed strace; numbers worked out by hand). */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "summary/summary.h"

/* x86_64 numbers used below */
enum {
	NR_READ = 0,
	NR_WRITE = 1,
	NR_CLOSE = 3,
	NR_MMAP = 9,
	NR_EXECVE = 59,
	NR_GETPPID = 110,
	NR_OPENAT = 257,
	NR_SCHED_GET_PRIORITY_MAX = 146,
};

static char *print(const struct summary *s, const struct summary_opts *o)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(summary_print(f, s, o), 0);
	fclose(f);
	return buf;
}

static void check(const struct summary *s, const struct summary_opts *o,
		  const char *want)
{
	char *got = print(s, o);

	if (strcmp(got, want) != 0)
		print_error("got:\n%s\nwant:\n%s\n", got, want);
	assert_string_equal(got, want);
	free(got);
}

static void add_n(struct summary *s, enum personality p, long nr,
		  uint64_t calls, uint64_t errors, uint64_t total, uint64_t min,
		  uint64_t max)
{
	struct summary_stat st = {
		.calls = calls,
		.errors = errors,
		.total_ns = total,
		.min_ns = min,
		.max_ns = max,
	};

	assert_int_equal(summary_add_stat(s, p, nr, &st), 0);
}

/* read 7 calls 260us, openat 34 calls 13 errors 1338us, execve 261us */
static void basic(struct summary *s)
{
	summary_init(s);
	add_n(s, PERS_X86_64, NR_READ, 7, 0, 260000, 20000, 100000);
	add_n(s, PERS_X86_64, NR_OPENAT, 34, 13, 1338000, 10000, 200000);
	add_n(s, PERS_X86_64, NR_EXECVE, 1, 0, 261000, 261000, 261000);
}

static void test_default_table(void **state)
{
	struct summary s;
	struct summary_opts o;

	basic(&s);
	summary_opts_init(&o);
	check(&s, &o,
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      " 71.97    0.001338          39        34        13 openat\n"
	      " 14.04    0.000261         261         1           execve\n"
	      " 13.99    0.000260          37         7           read\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.001859          44        42        13 total\n");
	summary_free(&s);
}

static void test_add_one_by_one(void **state)
{
	struct summary s;
	struct summary_opts o;

	summary_init(&s);
	summary_opts_init(&o);
	/* avg 1500.5ns rounds half up to 1501ns: still 1 usec */
	assert_int_equal(summary_add(&s, PERS_X86_64, NR_CLOSE, true, 1000), 0);
	assert_int_equal(summary_add(&s, PERS_X86_64, NR_CLOSE, true, 2001), 0);
	assert_int_equal(summary_add(&s, PERS_X86_64, NR_WRITE, false, 9000),
			 0);
	assert_int_equal(summary_add(&s, PERS_X86_64, -1, false, 1), -EINVAL);
	assert_int_equal(summary_add(&s, PERS_COUNT, 1, false, 1), -EINVAL);
	assert_int_equal(summary_total_calls(&s), 3);
	assert_int_equal(s.stat[PERS_X86_64][NR_CLOSE].min_ns, 1000);
	assert_int_equal(s.stat[PERS_X86_64][NR_CLOSE].max_ns, 2001);
	assert_int_equal(s.stat[PERS_X86_64][NR_CLOSE].errors, 2);
	o.columns[0] = SUMMARY_COL_MIN;
	o.columns[1] = SUMMARY_COL_MAX;
	o.columns[2] = SUMMARY_COL_AVG;
	o.columns[3] = SUMMARY_COL_ERRORS;
	o.columns[4] = SUMMARY_COL_NAME;
	o.columns[5] = SUMMARY_COL_NONE;
	check(&s, &o,
	      "shortest  longest  usecs/call    errors syscall\n"
	      "-------- -------- ----------- --------- ----------------\n"
	      "0.000009 0.000009           9           write\n"
	      "0.000001 0.000002           1         2 close\n"
	      "-------- -------- ----------- --------- ----------------\n"
	      "0.000001 0.000009           4         2 total\n");
	summary_free(&s);
}

static void test_zero_time(void **state)
{
	struct summary s;
	struct summary_opts o;

	/* No time at all: percentages are 0.00 (not nan), rows in number
	 * order, totals still say 100.00. */
	summary_init(&s);
	summary_opts_init(&o);
	add_n(&s, PERS_X86_64, NR_MMAP, 30, 0, 0, 0, 0);
	add_n(&s, PERS_X86_64, NR_READ, 7, 0, 0, 0, 0);
	add_n(&s, PERS_X86_64, NR_OPENAT, 34, 13, 0, 0, 0);
	check(&s, &o,
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "  0.00    0.000000           0         7           read\n"
	      "  0.00    0.000000           0        30           mmap\n"
	      "  0.00    0.000000           0        34        13 openat\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000000           0        71        13 total\n");
	summary_free(&s);
}

static void test_sort_calls_ties(void **state)
{
	struct summary s;
	struct summary_opts o;

	summary_init(&s);
	summary_opts_init(&o);
	/* equal call counts keep syscall number order */
	add_n(&s, PERS_X86_64, NR_OPENAT, 2, 0, 5000, 2000, 3000);
	add_n(&s, PERS_X86_64, NR_WRITE, 2, 0, 1200, 600, 600);
	add_n(&s, PERS_X86_64, NR_READ, 5, 1, 1000, 100, 300);
	add_n(&s, PERS_X86_64, NR_MMAP, 2, 0, 9000, 4000, 5000);
	assert_int_equal(summary_parse_sort("count", &o, NULL, 0), 0);
	check(&s, &o,
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "  6.17    0.000001           0         5         1 read\n"
	      "  7.41    0.000001           0         2           write\n"
	      " 55.56    0.000009           4         2           mmap\n"
	      " 30.86    0.000005           2         2           openat\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000016           1        11         1 total\n");

	assert_int_equal(summary_parse_sort("name", &o, NULL, 0), 0);
	assert_int_equal(summary_parse_columns("calls,name", &o, NULL, 0), 0);
	check(&s, &o,
	      "    calls syscall\n"
	      "--------- ----------------\n"
	      "        2 mmap\n"
	      "        2 openat\n"
	      "        5 read\n"
	      "        2 write\n"
	      "--------- ----------------\n"
	      "       11 total\n");

	assert_int_equal(summary_parse_sort("nothing", &o, NULL, 0), 0);
	check(&s, &o,
	      "    calls syscall\n"
	      "--------- ----------------\n"
	      "        5 read\n"
	      "        2 write\n"
	      "        2 mmap\n"
	      "        2 openat\n"
	      "--------- ----------------\n"
	      "       11 total\n");

	assert_int_equal(summary_parse_sort("shortest", &o, NULL, 0), 0);
	assert_int_equal(summary_parse_columns("min-time", &o, NULL, 0), 0);
	check(&s, &o,
	      "shortest syscall\n"
	      "-------- ----------------\n"
	      "0.000004 mmap\n"
	      "0.000002 openat\n"
	      "0.000001 write\n"
	      "0.000000 read\n"
	      "-------- ----------------\n"
	      "0.000000 total\n");

	assert_int_equal(summary_parse_sort("errors", &o, NULL, 0), 0);
	assert_int_equal(summary_parse_columns("errors", &o, NULL, 0), 0);
	check(&s, &o,
	      "   errors syscall\n"
	      "--------- ----------------\n"
	      "        1 read\n"
	      "          write\n"
	      "          mmap\n"
	      "          openat\n"
	      "--------- ----------------\n"
	      "        1 total\n");

	/* avg: mmap 4500, openat 2500, write 600, read 200 */
	assert_int_equal(summary_parse_sort("avg_time", &o, NULL, 0), 0);
	assert_int_equal(summary_parse_columns("longest", &o, NULL, 0), 0);
	check(&s, &o,
	      " longest syscall\n"
	      "-------- ----------------\n"
	      "0.000005 mmap\n"
	      "0.000003 openat\n"
	      "0.000001 write\n"
	      "0.000000 read\n"
	      "-------- ----------------\n"
	      "0.000005 total\n");

	assert_int_equal(summary_parse_sort("max-time", &o, NULL, 0), 0);
	assert_int_equal(summary_parse_columns("syscall,time", &o, NULL, 0),
			 0);
	check(&s, &o,
	      "syscall          % time\n"
	      "---------------- ------\n"
	      "mmap              55.56\n"
	      "openat            30.86\n"
	      "write              7.41\n"
	      "read               6.17\n"
	      "---------------- ------\n"
	      "total            100.00\n");
	summary_free(&s);
}

static void test_name_first_columns(void **state)
{
	struct summary s;
	struct summary_opts o;

	basic(&s);
	summary_opts_init(&o);
	assert_int_equal(
		summary_parse_columns("name,calls,errors,max-time", &o, NULL, 0),
		0);
	check(&s, &o,
	      "syscall              calls    errors  longest\n"
	      "---------------- --------- --------- --------\n"
	      "openat                  34        13 0.000200\n"
	      "execve                   1           0.000261\n"
	      "read                     7           0.000100\n"
	      "---------------- --------- --------- --------\n"
	      "total                   42        13 0.000261\n");
	summary_free(&s);
}

static void test_widths_grow(void **state)
{
	struct summary s;
	struct summary_opts o;

	summary_init(&s);
	summary_opts_init(&o);
	assert_int_equal(summary_parse_columns(
				 "time,seconds,usecs/call,calls,errors,"
				 "shortest,longest,name",
				 &o, NULL, 0),
			 -EINVAL);
	assert_int_equal(
		summary_parse_columns("time,total-time,avg-time,calls,errors,"
				      "shortest,longest,name",
				      &o, NULL, 0),
		0);
	/* 123456.5 s over 1e10 calls; a 22-character name; a call that
	 * took 12 s; 1234567890 errors. */
	add_n(&s, PERS_X86_64, NR_SCHED_GET_PRIORITY_MAX, 10000000000ull,
	      1234567890, 123456500000000ull, 11000000000ull, 12000000000ull);
	add_n(&s, PERS_X86_64, NR_GETPPID, 3, 0, 3000, 1000, 1000);
	check(&s, &o,
	      "% time       seconds  usecs/call       calls     errors  "
	      "shortest   longest syscall\n"
	      "------ ------------- ----------- ----------- ---------- "
	      "--------- --------- -----------------------\n"
	      "100.00 123456.500000          12 10000000000 1234567890 "
	      "11.000000 12.000000 sched_get_priority_max\n"
	      "  0.00      0.000003           1           3             "
	      "0.000001  0.000001 getppid\n"
	      "------ ------------- ----------- ----------- ---------- "
	      "--------- --------- -----------------------\n"
	      "100.00 123456.500003          12 10000000003 1234567890  "
	      "0.000001 12.000000 total\n");
	summary_free(&s);
}

static void test_avg_width_grows(void **state)
{
	struct summary s;
	struct summary_opts o;

	summary_init(&s);
	summary_opts_init(&o);
	/* 123456.5 s in one call: 123456500000 usecs/call, 12 digits, so
	 * usecs/call grows past its 11 columns (and seconds to 13). */
	add_n(&s, PERS_X86_64, NR_READ, 1, 0, 123456500000000ull,
	      123456500000000ull, 123456500000000ull);
	check(&s, &o,
	      "% time       seconds   usecs/call     calls    errors syscall\n"
	      "------ ------------- ------------ --------- --------- "
	      "----------------\n"
	      "100.00 123456.500000 123456500000         1           read\n"
	      "------ ------------- ------------ --------- --------- "
	      "----------------\n"
	      "100.00 123456.500000 123456500000         1           total\n");
	summary_free(&s);
}

static void test_personalities(void **state)
{
	struct summary s;
	struct summary_opts o;

	summary_init(&s);
	summary_opts_init(&o);
	/* i386: 64 getppid, 6 close */
	add_n(&s, PERS_I386, 64, 3, 0, 121000, 30000, 50000);
	add_n(&s, PERS_I386, 6, 1, 1, 61000, 61000, 61000);
	check(&s, &o,
	      "System call usage summary for 32 bit mode:\n"
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      " 66.48    0.000121          40         3           getppid\n"
	      " 33.52    0.000061          61         1         1 close\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000182          45         4         1 total\n");

	add_n(&s, PERS_X86_64, NR_EXECVE, 1, 0, 261000, 261000, 261000);
	add_n(&s, PERS_X32, 0x40000000 | 39, 2, 0, 0, 0, 0);
	check(&s, &o,
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000261         261         1           execve\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000261         261         1           total\n"
	      "System call usage summary for 32 bit mode:\n"
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      " 66.48    0.000121          40         3           getppid\n"
	      " 33.52    0.000061          61         1         1 close\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000182          45         4         1 total\n"
	      "System call usage summary for x32 mode:\n"
	      "% time     seconds  usecs/call     calls    errors syscall\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "  0.00    0.000000           0         2           getpid\n"
	      "------ ----------- ----------- --------- --------- ----------------\n"
	      "100.00    0.000000           0         2           total\n");
	summary_free(&s);
}

static void test_empty_and_unknown(void **state)
{
	struct summary s;
	struct summary_opts o;
	char *out;

	summary_init(&s);
	summary_opts_init(&o);
	out = print(&s, &o);
	assert_string_equal(out, "");
	free(out);

	/* 400 has no name in the x86_64 table */
	add_n(&s, PERS_X86_64, 400, 2, 2, 0, 0, 0);
	assert_int_equal(summary_parse_columns("calls,errors", &o, NULL, 0),
			 0);
	check(&s, &o,
	      "    calls    errors syscall\n"
	      "--------- --------- ----------------\n"
	      "        2         2 syscall_0x190\n"
	      "--------- --------- ----------------\n"
	      "        2         2 total\n");
	summary_free(&s);
}

static void test_merge(void **state)
{
	struct summary a, b;
	struct summary_opts o;

	summary_init(&a);
	summary_init(&b);
	summary_opts_init(&o);
	add_n(&a, PERS_X86_64, NR_READ, 2, 1, 3000, 1000, 2000);
	add_n(&b, PERS_X86_64, NR_READ, 3, 0, 3000, 500, 1500);
	add_n(&b, PERS_I386, 3, 1, 0, 10, 10, 10);
	add_n(&b, PERS_X86_64, 1000, 1, 0, 10, 10, 10);
	assert_int_equal(summary_merge(&a, &b), 0);
	assert_int_equal(a.stat[PERS_X86_64][NR_READ].calls, 5);
	assert_int_equal(a.stat[PERS_X86_64][NR_READ].errors, 1);
	assert_int_equal(a.stat[PERS_X86_64][NR_READ].total_ns, 6000);
	assert_int_equal(a.stat[PERS_X86_64][NR_READ].min_ns, 500);
	assert_int_equal(a.stat[PERS_X86_64][NR_READ].max_ns, 2000);
	assert_int_equal(a.stat[PERS_X86_64][1000].calls, 1);
	assert_int_equal(a.stat[PERS_I386][3].calls, 1);
	assert_int_equal(summary_total_calls(&a), 7);
	/* an empty stat changes nothing, not even min */
	add_n(&a, PERS_X86_64, NR_READ, 0, 0, 0, 0, 0);
	assert_int_equal(a.stat[PERS_X86_64][NR_READ].min_ns, 500);
	summary_free(&a);
	summary_free(&b);
}

static void test_parse_errors(void **state)
{
	struct summary_opts o;
	char msg[256];

	summary_opts_init(&o);
	assert_int_equal(summary_parse_sort("foo", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "invalid sortby: 'foo'");
	assert_int_equal(summary_parse_sort("", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "invalid sortby: ''");
	assert_int_equal(summary_parse_sort("Calls", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_int_equal(o.sort, SUMMARY_SORT_TIME);
	assert_int_equal(summary_parse_sort("none", &o, msg, sizeof(msg)), 0);
	assert_int_equal(o.sort, SUMMARY_SORT_NOTHING);

	assert_int_equal(summary_parse_columns("foo", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "unknown column name: 'foo'");
	assert_int_equal(summary_parse_columns("calls,", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "unknown column name: ''");
	assert_int_equal(summary_parse_columns("", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "unknown column name: ''");
	assert_int_equal(summary_parse_columns("none", &o, msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "unknown column name: 'none'");
	assert_int_equal(summary_parse_columns("calls,errors,count,name", &o,
					       msg, sizeof(msg)),
			 -EINVAL);
	assert_string_equal(msg, "call summary column has been provided more "
				 "than once: 'count' (-U option residual: "
				 "'count,name')");
	/* a failed parse leaves the columns alone */
	assert_int_equal(o.columns[0], SUMMARY_COL_PERCENT);
	assert_int_equal(o.columns[5], SUMMARY_COL_NAME);
	assert_int_equal(o.columns[6], SUMMARY_COL_NONE);
}

static void test_parse_aliases(void **state)
{
	static const struct {
		const char *name;
		enum summary_col col;
		enum summary_sort sort;
	} cases[] = {
		{ "time", SUMMARY_COL_PERCENT, SUMMARY_SORT_TIME },
		{ "time_percent", SUMMARY_COL_PERCENT, SUMMARY_SORT_TIME },
		{ "time-percent", SUMMARY_COL_PERCENT, SUMMARY_SORT_TIME },
		{ "time_total", SUMMARY_COL_TOTAL, SUMMARY_SORT_TIME },
		{ "total-time", SUMMARY_COL_TOTAL, SUMMARY_SORT_TIME },
		{ "shortest", SUMMARY_COL_MIN, SUMMARY_SORT_MIN },
		{ "time-min", SUMMARY_COL_MIN, SUMMARY_SORT_MIN },
		{ "longest", SUMMARY_COL_MAX, SUMMARY_SORT_MAX },
		{ "max_time", SUMMARY_COL_MAX, SUMMARY_SORT_MAX },
		{ "avg-time", SUMMARY_COL_AVG, SUMMARY_SORT_AVG },
		{ "time_avg", SUMMARY_COL_AVG, SUMMARY_SORT_AVG },
		{ "count", SUMMARY_COL_CALLS, SUMMARY_SORT_CALLS },
		{ "error", SUMMARY_COL_ERRORS, SUMMARY_SORT_ERRORS },
		{ "syscall_name", SUMMARY_COL_NAME, SUMMARY_SORT_NAME },
		{ "syscall-name", SUMMARY_COL_NAME, SUMMARY_SORT_NAME },
	};
	struct summary_opts o;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		summary_opts_init(&o);
		o.sort = SUMMARY_SORT_NOTHING;
		assert_int_equal(summary_parse_sort(cases[i].name, &o, NULL, 0),
				 0);
		assert_int_equal(o.sort, cases[i].sort);
		assert_int_equal(
			summary_parse_columns(cases[i].name, &o, NULL, 0), 0);
		assert_int_equal(o.columns[0], cases[i].col);
		if (cases[i].col == SUMMARY_COL_NAME) {
			assert_int_equal(o.columns[1], SUMMARY_COL_NONE);
		} else {
			assert_int_equal(o.columns[1], SUMMARY_COL_NAME);
			assert_int_equal(o.columns[2], SUMMARY_COL_NONE);
		}
	}
}

static void test_needs_time(void **state)
{
	struct summary_opts o;

	summary_opts_init(&o);
	assert_true(summary_needs_time(&o));
	assert_int_equal(summary_parse_columns("calls,errors", &o, NULL, 0),
			 0);
	assert_true(summary_needs_time(&o)); /* sorted by time */
	assert_int_equal(summary_parse_sort("calls", &o, NULL, 0), 0);
	assert_false(summary_needs_time(&o));
	assert_int_equal(summary_parse_sort("name", &o, NULL, 0), 0);
	assert_false(summary_needs_time(&o));
	assert_int_equal(summary_parse_sort("avg-time", &o, NULL, 0), 0);
	assert_true(summary_needs_time(&o));
	assert_int_equal(summary_parse_sort("nothing", &o, NULL, 0), 0);
	assert_int_equal(summary_parse_columns("name,max-time", &o, NULL, 0),
			 0);
	assert_true(summary_needs_time(&o));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_table),
		cmocka_unit_test(test_add_one_by_one),
		cmocka_unit_test(test_zero_time),
		cmocka_unit_test(test_sort_calls_ties),
		cmocka_unit_test(test_name_first_columns),
		cmocka_unit_test(test_widths_grow),
		cmocka_unit_test(test_avg_width_grows),
		cmocka_unit_test(test_personalities),
		cmocka_unit_test(test_empty_and_unknown),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_parse_aliases),
		cmocka_unit_test(test_needs_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
