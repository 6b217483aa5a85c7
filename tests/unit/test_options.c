/* The command line: strace's letters and long options land in struct
 * options, and bad input gives strace's messages. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "cli/options.h"

static struct options o;
static char err[512];

static int parse(int argc, char **argv)
{
	int exit_now;

	opt_free(&o);
	return opt_parse(&o, argc, argv, err, sizeof(err), &exit_now);
}

/* options keep pointers into argv: it must outlive the parse */
static char *store[32];

static int parse_list(char **list)
{
	int n = 0;

	while (list[n] && n < 31) {
		store[n] = list[n];
		n++;
	}
	store[n] = NULL;
	return parse(n, store);
}

#define PARSE(...) parse_list((char *[]){ "sift", __VA_ARGS__, NULL })

static void test_output_options(void **state)
{
	assert_int_equal(PARSE("-ff", "-o", "out", "-yy", "-ttt", "-T", "-s",
			       "64", "-xx", "-X", "verbose", "-a", "50", "-v",
			       "-qq", "true"), 0);
	assert_int_equal(o.follow, 2);
	assert_string_equal(o.outfile, "out");
	assert_int_equal(o.fd_paths, SEL_DECODE_FD_ALL);
	assert_int_equal(o.ts_format, TS_UNIX);
	assert_int_equal(o.ts_prec, 6);
	assert_true(o.syscall_times);
	assert_int_equal(o.times_prec, 6);
	assert_int_equal(o.strsize, 64);
	assert_int_equal(o.xflag, 2);
	assert_int_equal(o.xlat, 2);
	assert_int_equal(o.acolumn, 50);
	assert_true(o.verbose);
	assert_int_equal(o.quiet, 2);
	assert_string_equal(o.argv[0], "true");
}

static void test_command_args_are_not_options(void **state)
{
	/* everything after the command belongs to it */
	assert_int_equal(PARSE("-f", "ls", "-la", "/"), 0);
	assert_string_equal(o.argv[0], "ls");
	assert_string_equal(o.argv[1], "-la");
	assert_int_equal(o.follow, 1);
}

static void test_pids(void **state)
{
	assert_int_equal(PARSE("-p", "12,34", "-p", "56"), 0);
	assert_int_equal(o.npids, 3);
	assert_int_equal(o.pids[2], 56);
	/* -p never uses the filter */
	assert_int_equal(o.seccomp, SECCOMP_NEVER);
	assert_int_equal(PARSE("-p", "1x"), -EINVAL);
	assert_string_equal(err, "Invalid process id: '1x'");
}

static void test_selection_and_engine(void **state)
{
	assert_int_equal(PARSE("-e", "trace=%file", "-z", "--seccomp-bpf=never",
			       "--syscall-limit=5", "-b", "execve", "-E",
			       "A=1", "--json", "true"), 0);
	assert_true(o.sel.trace_given);
	assert_int_equal(o.sel.status, SEL_STATUS_SUCCESSFUL);
	assert_int_equal(o.seccomp, SECCOMP_NEVER);
	assert_int_equal(o.syscall_limit, 5);
	assert_true(o.detach_on_execve);
	assert_int_equal(o.nenv, 1);
	assert_true(o.json);
	assert_int_equal(PARSE("-c", "-S", "calls", "--backend=ptrace", "true"), 0);
	assert_int_equal(o.count, 1);
	assert_int_equal(o.backend, BACKEND_PTRACE);
}

static void test_errors(void **state)
{
	assert_int_equal(PARSE("-e", "trace=nosuch", "true"), -EINVAL);
	assert_string_equal(err, "invalid system call 'nosuch'");
	assert_int_equal(PARSE("-s", "x", "true"), -EINVAL);
	assert_string_equal(err, "invalid -s argument: 'x'\n"
			    "Try 'sift -h' for more information.");
	assert_int_equal(PARSE("--seccomp-bpf=maybe", "true"), -EINVAL);
	assert_int_equal(PARSE("-Q", "true"), -EINVAL);
	assert_string_equal(err, "invalid option -- 'Q'\n"
			    "Try 'sift -h' for more information.");
	assert_int_equal(PARSE("-o"), -EINVAL);
	assert_string_equal(err, "option requires an argument -- 'o'\n"
			    "Try 'sift -h' for more information.");
	assert_int_equal(parse_list((char *[]){ "sift", NULL }), -EINVAL);
	assert_string_equal(err, "must have PROG [ARGS] or -p PID\n"
			    "Try 'sift -h' for more information.");
}

static int teardown(void **state)
{
	opt_free(&o);
	memset(&o, 0, sizeof(o));
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_output_options, teardown),
		cmocka_unit_test_teardown(test_command_args_are_not_options,
					  teardown),
		cmocka_unit_test_teardown(test_pids, teardown),
		cmocka_unit_test_teardown(test_selection_and_engine, teardown),
		cmocka_unit_test_teardown(test_errors, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
