/* Unit tests for the syscall tables: numbers and names against the
 * kernel's own uapi headers, lookups, classes against what strace 6.1
 * selects (tests/data/strace-classes-6.1.txt), argument roles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syscalls/syscalls.h"

#define ASM_DIR "/usr/include/x86_64-linux-gnu/asm/"
#define X32_BIT 0x40000000L

/* Every "#define __NR_name number" of a uapi unistd header must be in t
 * under the same name.  The x32 header writes (__X32_SYSCALL_BIT + n). */
static void check_header(const struct sc_table *t, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[256], name[128];
	long nr;
	int seen = 0;

	if (!f) {
		print_message("%s: not installed, skipped\n", path);
		skip();
	}
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "#define __NR_%127s (__X32_SYSCALL_BIT + %ld)",
			   name, &nr) != 2 &&
		    sscanf(line, "#define __NR_%127s %ld", name, &nr) != 2)
			continue;
		const struct sc_info *si = sc_get(t, nr);
		if (!si || strcmp(si->name, name) != 0) {
			print_error("%s: %s %ld: table has %s\n", t->personality,
				    name, nr, si ? si->name : "nothing");
			fail();
		}
		seen++;
	}
	fclose(f);
	assert_true(seen > 300);
}

static void test_x86_64_header(void **state)
{
	check_header(&sc_table_x86_64, ASM_DIR "unistd_64.h");
}

static void test_i386_header(void **state)
{
	check_header(&sc_table_i386, ASM_DIR "unistd_32.h");
}

static void test_x32_header(void **state)
{
	check_header(&sc_table_x32, ASM_DIR "unistd_x32.h");
}

static void expect_nr(const struct sc_table *t, const char *name, long nr,
		      int nargs)
{
	const struct sc_info *si = sc_get(t, nr);

	assert_non_null(si);
	assert_string_equal(si->name, name);
	assert_int_equal(sc_lookup(t, name), nr);
	assert_int_equal(si->nargs, nargs);
}

/* Calls newer than the installed headers (Linux 6.1), from the kernel's
 * syscall_64.tbl / syscall_32.tbl of 6.18. */
static void test_newer_calls(void **state)
{
	static const struct {
		const char *name;
		long nr;
		int nargs;
	} common[] = {
		{ "cachestat", 451, 4 },	 { "fchmodat2", 452, 4 },
		{ "futex_wake", 454, 4 },	 { "futex_wait", 455, 6 },
		{ "futex_requeue", 456, 4 },	 { "statmount", 457, 4 },
		{ "listmount", 458, 4 },	 { "lsm_get_self_attr", 459, 4 },
		{ "lsm_set_self_attr", 460, 4 }, { "lsm_list_modules", 461, 3 },
		{ "mseal", 462, 3 },		 { "setxattrat", 463, 6 },
		{ "getxattrat", 464, 6 },	 { "listxattrat", 465, 5 },
		{ "removexattrat", 466, 4 },	 { "open_tree_attr", 467, 5 },
		{ "file_getattr", 468, 5 },	 { "file_setattr", 469, 5 },
	};
	for (size_t i = 0; i < sizeof(common) / sizeof(common[0]); i++) {
		expect_nr(&sc_table_x86_64, common[i].name, common[i].nr,
			  common[i].nargs);
		expect_nr(&sc_table_i386, common[i].name, common[i].nr,
			  common[i].nargs);
		expect_nr(&sc_table_x32, common[i].name, common[i].nr,
			  common[i].nargs);
	}
	expect_nr(&sc_table_x86_64, "map_shadow_stack", 453, 3);
	expect_nr(&sc_table_i386, "map_shadow_stack", 453, 3);
	/* 64-only in syscall_64.tbl: not an x32 call */
	assert_null(sc_get(&sc_table_x32, 453));
	expect_nr(&sc_table_x86_64, "uretprobe", 335, 0);
	expect_nr(&sc_table_x86_64, "uprobe", 336, 0);
	assert_int_equal(sc_lookup(&sc_table_i386, "uprobe"), -1);
	/* 470 (listns) is not in 6.18 */
	assert_int_equal(sc_table_x86_64.count, 470);
	assert_int_equal(sc_table_i386.count, 470);
	assert_int_equal(sc_table_x32.count, 548);
}

static void test_x32_specific(void **state)
{
	/* x32 numbers 512..547 carry the compat variants; the 64-bit
	 * numbers of those calls are not x32 calls. */
	expect_nr(&sc_table_x32, "rt_sigaction", 512, 4);
	expect_nr(&sc_table_x32, "pwritev2", 547, 5);
	assert_null(sc_get(&sc_table_x32, 13));	 /* 64-bit rt_sigaction */
	assert_null(sc_get(&sc_table_x32, 511)); /* gap */
	expect_nr(&sc_table_x32, "read", 0, 3);
	assert_null(sc_get(&sc_table_x32, X32_BIT)); /* bit is excluded */
}

/* sc_get and sc_lookup agree for every entry: names are unique. */
static void test_round_trip(void **state)
{
	const struct sc_table *tabs[] = { &sc_table_x86_64, &sc_table_i386,
					  &sc_table_x32 };
	for (size_t k = 0; k < 3; k++) {
		const struct sc_table *t = tabs[k];
		unsigned int n = 0;
		for (unsigned int nr = 0; nr < t->count; nr++) {
			const struct sc_info *si = sc_get(t, nr);
			if (!si)
				continue;
			assert_int_equal(sc_lookup(t, si->name), nr);
			assert_true(si->nargs <= SC_MAX_ARGS);
			n++;
		}
		assert_true(n > 330);
		assert_null(sc_get(t, -1));
		assert_null(sc_get(t, t->count));
	}
	assert_int_equal(sc_lookup(&sc_table_x86_64, "no_such_call"), -1);
	assert_int_equal(sc_lookup(&sc_table_x86_64, "socketcall"), -1);
}

static uint32_t cls(const struct sc_table *t, const char *name)
{
	long nr = sc_lookup(t, name);
	if (nr < 0)
		fail_msg("%s: no %s", t->personality, name);
	return sc_get(t, nr)->classes;
}

#define SPOT(t, name, want) assert_int_equal(cls(t, name), want)

static void test_class_spots(void **state)
{
	const struct sc_table *x = &sc_table_x86_64, *i = &sc_table_i386,
			      *z = &sc_table_x32;

	SPOT(x, "openat", SC_FILE | SC_DESC);
	/* strace 6.1 puts newfstatat and statx in %fstat, not %stat */
	SPOT(x, "newfstatat", SC_FILE | SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	SPOT(x, "statx", SC_FILE | SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	SPOT(x, "stat", SC_FILE | SC_STAT | SC_STAT_LIKE);
	SPOT(x, "lstat", SC_FILE | SC_LSTAT | SC_STAT_LIKE);
	SPOT(x, "fstat", SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	SPOT(x, "statfs", SC_FILE | SC_STATFS | SC_STATFS_LIKE);
	SPOT(x, "fstatfs", SC_DESC | SC_FSTATFS | SC_STATFS_LIKE);
	SPOT(x, "ustat", SC_STATFS_LIKE);
	SPOT(x, "getpid", SC_PURE);
	SPOT(x, "kill", SC_PROCESS | SC_SIGNAL);
	SPOT(x, "execve", SC_FILE | SC_PROCESS);
	SPOT(x, "mmap", SC_DESC | SC_MEMORY);
	SPOT(x, "socket", SC_NETWORK);
	SPOT(x, "shmat", SC_IPC | SC_MEMORY);
	SPOT(x, "clock_gettime", SC_CLOCK);
	SPOT(x, "setuid", SC_CREDS);
	SPOT(x, "umask", 0);
	SPOT(x, "fchmodat2", SC_FILE | SC_DESC);
	SPOT(x, "mseal", SC_MEMORY);
	SPOT(x, "futex_wait", 0);

	SPOT(i, "mmap2", SC_DESC | SC_MEMORY);
	SPOT(i, "stat64", SC_FILE | SC_STAT | SC_STAT_LIKE);
	SPOT(i, "fstatat64", SC_FILE | SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	SPOT(i, "oldstat", SC_FILE | SC_STAT | SC_STAT_LIKE);
	SPOT(i, "_llseek", SC_DESC);
	SPOT(i, "sigaction", SC_SIGNAL);
	SPOT(i, "ipc", SC_IPC);
	/* strace classes socketcall itself %desc; sub-calls are decoded */
	SPOT(i, "socketcall", SC_DESC);
	SPOT(i, "socket", SC_NETWORK | SC_SOCKETCALL);
	SPOT(i, "semget", SC_IPC | SC_IPCCALL);
	SPOT(i, "getuid32", SC_CREDS | SC_PURE);

	SPOT(z, "openat", SC_FILE | SC_DESC);
	SPOT(z, "rt_sigaction", SC_SIGNAL);
	SPOT(z, "preadv2", SC_DESC);
}

static void test_i386_mux(void **state)
{
	static const struct {
		const char *name;
		int sub;
		uint32_t bit;
	} mux[] = {
		{ "socket", 1, SC_SOCKETCALL },	     { "bind", 2, SC_SOCKETCALL },
		{ "connect", 3, SC_SOCKETCALL },     { "listen", 4, SC_SOCKETCALL },
		{ "getsockname", 6, SC_SOCKETCALL }, { "accept4", 18, SC_SOCKETCALL },
		{ "recvmmsg", 19, SC_SOCKETCALL },   { "sendmmsg", 20, SC_SOCKETCALL },
		{ "semget", 2, SC_IPCCALL },	     { "semctl", 3, SC_IPCCALL },
		{ "msgsnd", 11, SC_IPCCALL },	     { "shmat", 21, SC_IPCCALL },
		{ "shmctl", 24, SC_IPCCALL },
	};
	const struct sc_table *t = &sc_table_i386;
	unsigned int n = 0;

	for (size_t k = 0; k < sizeof(mux) / sizeof(mux[0]); k++) {
		const struct sc_info *si = sc_get(t, sc_lookup(t, mux[k].name));
		assert_non_null(si);
		assert_int_equal(si->subcall, mux[k].sub);
		assert_true(si->classes & mux[k].bit);
	}
	for (unsigned int nr = 0; nr < t->count; nr++) {
		const struct sc_info *si = sc_get(t, nr);
		if (!si)
			continue;
		if (si->classes & (SC_SOCKETCALL | SC_IPCCALL)) {
			assert_true(si->subcall > 0);
			n++;
		} else {
			assert_int_equal(si->subcall, -1);
		}
	}
	/* 17 socket calls with their own number (not accept, send, recv),
	 * 10 SysV IPC calls (not semop, semtimedop) */
	assert_int_equal(n, 27);
	/* only i386 has multiplexers */
	const struct sc_info *so = sc_get(&sc_table_x86_64, 41);
	assert_int_equal(so->subcall, -1);
	assert_false(so->classes & SC_SOCKETCALL);
}

/* Roles: known for every argument of every call, none beyond nargs. */
static void test_roles(void **state)
{
	const struct sc_table *tabs[] = { &sc_table_x86_64, &sc_table_i386,
					  &sc_table_x32 };
	for (size_t k = 0; k < 3; k++) {
		const struct sc_table *t = tabs[k];
		for (unsigned int nr = 0; nr < t->count; nr++) {
			const struct sc_info *si = sc_get(t, nr);
			if (!si)
				continue;
			for (int a = 0; a < SC_MAX_ARGS; a++) {
				if ((a < si->nargs) != (si->roles[a] != ROLE_NONE))
					fail_msg("%s %s: role %d", t->personality,
						 si->name, a);
			}
		}
	}
}

static void expect_roles(const struct sc_table *t, const char *name, int n,
			 ...)
{
	const struct sc_info *si = sc_get(t, sc_lookup(t, name));
	va_list ap;

	assert_non_null(si);
	assert_int_equal(si->nargs, n);
	va_start(ap, n);
	for (int a = 0; a < n; a++)
		assert_int_equal(si->roles[a], va_arg(ap, int));
	va_end(ap);
}

static void test_role_spots(void **state)
{
	const struct sc_table *x = &sc_table_x86_64;

	expect_roles(x, "close", 1, ROLE_FD);
	expect_roles(x, "dup2", 2, ROLE_FD, ROLE_FD);
	expect_roles(x, "chdir", 1, ROLE_PATH);
	expect_roles(x, "fchdir", 1, ROLE_FD);
	expect_roles(x, "getpid", 0);
	expect_roles(x, "kill", 2, ROLE_PID, ROLE_SIG);
	expect_roles(x, "umask", 1, ROLE_OCT);
	expect_roles(x, "setuid", 1, ROLE_UINT);
	expect_roles(x, "unlinkat", 3, ROLE_DIRFD, ROLE_PATH, ROLE_HEX);
	expect_roles(x, "openat", 4, ROLE_DIRFD, ROLE_PATH, ROLE_HEX, ROLE_OCT);
	expect_roles(x, "renameat2", 5, ROLE_DIRFD, ROLE_PATH, ROLE_DIRFD,
		     ROLE_PATH, ROLE_HEX);
	expect_roles(x, "read", 3, ROLE_FD, ROLE_PTR, ROLE_ULONG);
	expect_roles(x, "symlinkat", 3, ROLE_STR, ROLE_DIRFD, ROLE_PATH);
	/* i386 splits 64-bit offsets over two registers */
	expect_roles(&sc_table_i386, "pread64", 5, ROLE_FD, ROLE_PTR,
		     ROLE_ULONG, ROLE_ULONG, ROLE_ULONG);
	expect_roles(&sc_table_i386, "mmap", 1, ROLE_PTR);
	expect_roles(&sc_table_x32, "pread64", 4, ROLE_FD, ROLE_PTR,
		     ROLE_ULONG, ROLE_LONG);
}

/* Same name, same classes, in every personality (the tables are built
 * that way from strace's per-personality behaviour; a drift means one
 * table was edited alone). */
static void test_classes_agree(void **state)
{
	const struct sc_table *others[] = { &sc_table_i386, &sc_table_x32 };
	const uint32_t mask = ~(uint32_t)(SC_SOCKETCALL | SC_IPCCALL);

	for (size_t k = 0; k < 2; k++) {
		const struct sc_table *t = others[k];
		for (unsigned int nr = 0; nr < t->count; nr++) {
			const struct sc_info *si = sc_get(t, nr);
			if (!si)
				continue;
			long x = sc_lookup(&sc_table_x86_64, si->name);
			if (x < 0)
				continue;
			uint32_t a = sc_get(&sc_table_x86_64, x)->classes & mask;
			if ((si->classes & mask) != a)
				fail_msg("%s %s: classes %#x, x86_64 %#x",
					 t->personality, si->name,
					 si->classes & mask, a);
		}
	}
}

static FILE *open_data(const char *rel)
{
	const char *dir = getenv("SIFT_SRCDIR");
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir ? dir : ".", rel);
	f = fopen(path, "r");
	if (!f)
		fail_msg("%s: cannot open (run from the top of the tree or "
			 "set SIFT_SRCDIR)",
			 path);
	return f;
}

/* x86_64 classes equal strace 6.1's, both ways, for every call strace 6.1
 * knows (it stops at 450 and has no 335/336). */
static void test_strace_classes(void **state)
{
	const struct sc_table *t = &sc_table_x86_64;
	static uint32_t want[512];
	char cname[32], name[64], key[40];
	FILE *f = open_data("tests/data/strace-classes-6.1.txt");
	int lines = 0;

	while (fscanf(f, "%31s %63s", cname, name) == 2) {
		long nr = sc_lookup(t, name);
		snprintf(key, sizeof(key), "%s", cname);
		uint32_t bit = sc_class_from_name(key);
		if (nr < 0 || !bit)
			fail_msg("bad line: %s %s", cname, name);
		want[nr] |= bit;
		lines++;
	}
	fclose(f);
	assert_true(lines > 300);
	for (unsigned int nr = 0; nr <= 450; nr++) {
		const struct sc_info *si = sc_get(t, nr);
		if (!si || nr == 335 || nr == 336)
			continue;
		if (si->classes != want[nr])
			fail_msg("%s: classes %#x, strace %#x", si->name,
				 si->classes, want[nr]);
	}
}

static void test_class_names(void **state)
{
	assert_int_equal(sc_class_from_name("file"), SC_FILE);
	assert_int_equal(sc_class_from_name("%stat"), SC_STAT_LIKE);
	assert_int_equal(sc_class_from_name("stat"), SC_STAT);
	assert_int_equal(sc_class_from_name("%statfs"), SC_STATFS_LIKE);
	assert_int_equal(sc_class_from_name("bogus"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_x86_64_header),
		cmocka_unit_test(test_i386_header),
		cmocka_unit_test(test_x32_header),
		cmocka_unit_test(test_newer_calls),
		cmocka_unit_test(test_x32_specific),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_class_spots),
		cmocka_unit_test(test_i386_mux),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_role_spots),
		cmocka_unit_test(test_classes_agree),
		cmocka_unit_test(test_strace_classes),
		cmocka_unit_test(test_class_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
