/* Unit tests for src/bpfgen: the interpreter and cache emulation on
 * hand-written programs, the far-jump pass, and every strategy on edge
 * and random selections, checked against a reference model of what the
 * filter must do, against the kernel's cache rules, and live in the
 * kernel (install, ERRNO substitution, a ptrace seccomp stop). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <linux/audit.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bpfgen/bpfgen.h"
#include "bpfgen/ir.h"

#define ALLOW SECCOMP_RET_ALLOW
#define TRACE SECCOMP_RET_TRACE
#define X32_BIT 0x40000000u

/* Syscall numbers from the kernel's uapi headers (asm/unistd_32.h,
 * asm/unistd_x32.h), for the live tests only. */
#define I386_NR_GETPID 20
#define I386_NR_GETPPID 64
#define X32_NR_GETPPID (X32_BIT + 110)

static uint64_t rng = 0x5eed5eedcafef00dull;

static uint64_t rnd(void)
{
	/* xorshift64*: reproducible from the fixed seed above */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dull;
}

static const enum bpfgen_strategy all_strategies[] = {
	BPFGEN_AUTO, BPFGEN_LINEAR, BPFGEN_INVERTED, BPFGEN_BSEARCH,
	BPFGEN_BITMAP,
};
#define NSTRAT (sizeof(all_strategies) / sizeof(all_strategies[0]))

/* ---- reference model ----------------------------------------------- */

static bool in_set(const struct bitset *b, uint64_t v)
{
	return b && v < BITSET_BITS && bitset_test(b, v);
}

/* What the filter must return, written independently of the generator. */
static uint32_t expect(const struct bpfgen_input *in, uint32_t arch,
		       uint32_t nr, uint64_t arg0)
{
	int p = arch_personality(arch, nr);
	unsigned int mask = in->pers_mask ? in->pers_mask : BPFGEN_PERS_ALL;
	const struct arch_pers *ap;
	uint32_t n;
	bool traced;

	if (p < 0 || !(mask & (1u << p)))
		return ALLOW;
	ap = &arch_pers[p];
	n = nr - ap->nr_bias;
	if (in->trace_from[p] && n >= in->trace_from[p])
		return TRACE;
	if (n >= BITSET_BITS)
		return ALLOW;
	traced = in_set(in->traced[p], n);
	if ((long)n == ap->socketcall_nr && !traced)
		return in_set(in->socketcalls, (uint32_t)arg0) ? TRACE : ALLOW;
	if ((long)n == ap->ipc_nr && !traced)
		return in_set(in->ipccalls, arg0 & 0xffff) ? TRACE : ALLOW;
	for (unsigned int i = 0; i < in->nconds && !traced; i++) {
		const struct bpfgen_argcond *c = &in->conds[i];
		if (c->nr[p] != (long)n)
			continue;
		if (c->mask)
			return ((uint32_t)arg0 & c->mask) ? TRACE : ALLOW;
		if (bitset_empty(c->values))
			break;
		return in_set(c->values, (uint32_t)arg0) ? TRACE : ALLOW;
	}
	if (!traced)
		return ALLOW;
	if (in->fds && in_set(in->fd_syscalls[p], n) &&
	    (long)n != ap->socketcall_nr && (long)n != ap->ipc_nr)
		return in_set(in->fds, (uint32_t)arg0) ? TRACE : ALLOW;
	return TRACE;
}

/* Whether expect() looks at arg0 for this syscall. */
static bool expect_uses_arg(const struct bpfgen_input *in, uint32_t arch,
			    uint32_t nr)
{
	int p = arch_personality(arch, nr);
	unsigned int mask = in->pers_mask ? in->pers_mask : BPFGEN_PERS_ALL;
	const struct arch_pers *ap;
	uint32_t n;

	if (p < 0 || !(mask & (1u << p)))
		return false;
	ap = &arch_pers[p];
	n = nr - ap->nr_bias;
	if (n >= BITSET_BITS || (in->trace_from[p] && n >= in->trace_from[p]))
		return false;
	if ((long)n == ap->socketcall_nr || (long)n == ap->ipc_nr)
		return true;
	for (unsigned int i = 0; i < in->nconds; i++)
		if (in->conds[i].nr[p] == (long)n)
			return true;
	return in->fds && in_set(in->fd_syscalls[p], n);
}

/* ---- checks on a built program -------------------------------------- */

static uint32_t run(const struct sock_filter *insns, unsigned int len,
		    uint32_t arch, uint32_t nr, uint64_t arg0)
{
	struct seccomp_data d = { .nr = (int)nr, .arch = arch };
	uint32_t ret = 0xdead;
	unsigned int steps;

	d.args[0] = arg0;
	d.args[1] = rnd(); /* noise the filter must not look at */
	d.instruction_pointer = rnd();
	if (bpfgen_run(insns, len, &d, &ret, &steps))
		fail_msg("interpreter rejected the program at nr %#x", nr);
	return ret;
}

/*
 * Installs a program in a forked child; returns its errno or 0.  The
 * filter may trace exit and exit_group, which then fail with ENOSYS (no
 * tracer): the child ends itself with a trap (SIGILL) instead.
 *
 * The children come from a small server process that vforks them:
 * forking the test process itself a couple of thousand times is slow
 * under ASan.
 */
static int install_in_child(const struct sock_filter *insns, unsigned int len,
			    bool use_vfork)
{
	struct bpfgen_prog p = {
		.insns = (struct sock_filter *)insns,
		.len = len,
	};
	/* vfork: the child only makes syscalls and never returns */
	pid_t pid = use_vfork ? vfork() : fork();
	int st;

	if (pid < 0)
		return 254;
	if (pid == 0) {
		struct rlimit no_core = { 0, 0 };
		int err;

		/* cmocka catches SIGILL to report crashes: undo that */
		signal(SIGILL, SIG_DFL);
		setrlimit(RLIMIT_CORE, &no_core);
		err = bpfgen_install(&p);
		if (err)
			_exit(-err);
		syscall(SYS_exit_group, 0);
		__builtin_trap();
	}
	if (waitpid(pid, &st, 0) != pid)
		return 253;
	if (WIFSIGNALED(st) && WTERMSIG(st) == SIGILL)
		return 0;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 255;
}

static int srv_req = -1, srv_resp = -1;

static bool read_full(int fd, void *buf, size_t n)
{
	for (size_t got = 0; got < n;) {
		ssize_t r = read(fd, (char *)buf + got, n - got);

		if (r <= 0)
			return false;
		got += (size_t)r;
	}
	return true;
}

static void install_server_start(void)
{
	int req[2], resp[2];
	pid_t pid;

	if (pipe(req) || pipe(resp))
		return;
	pid = fork();
	if (pid < 0)
		return;
	if (pid == 0) {
		static struct sock_filter buf[BPF_MAXINSNS];
		unsigned int len;

		close(req[1]);
		close(resp[0]);
		while (read_full(req[0], &len, sizeof(len)) &&
		       len <= BPF_MAXINSNS &&
		       read_full(req[0], buf, len * sizeof(buf[0]))) {
			int r = install_in_child(buf, len, true);

			if (write(resp[1], &r, sizeof(r)) != sizeof(r))
				break;
		}
		_exit(0);
	}
	close(req[0]);
	close(resp[1]);
	srv_req = req[1];
	srv_resp = resp[0];
}

static int kernel_install(const struct sock_filter *insns, unsigned int len)
{
	int r = 255;

	if (srv_req < 0)
		return install_in_child(insns, len, false);
	if (write(srv_req, &len, sizeof(len)) != sizeof(len) ||
	    write(srv_req, insns, len * sizeof(*insns)) !=
		    (ssize_t)(len * sizeof(*insns)) ||
	    !read_full(srv_resp, &r, sizeof(r)))
		fail_msg("install server died");
	return r;
}

struct argset {
	uint64_t v[64];
	unsigned int n;
};

static void add_arg(struct argset *a, uint64_t v)
{
	if (a->n < sizeof(a->v) / sizeof(a->v[0]))
		a->v[a->n++] = v;
}

/* Arguments worth probing: members and non-members of every set. */
static void probe_args(const struct bpfgen_input *in, struct argset *a)
{
	const struct bitset *sets[] = {
		in->fds, in->socketcalls, in->ipccalls,
		in->nconds > 0 ? in->conds[0].values : NULL,
		in->nconds > 1 ? in->conds[1].values : NULL,
	};
	static const uint64_t fixed[] = {
		0, 1, 2, 3, 7, 20, 1023, 1024, 0xffffffff,
		0xffffff9c /* AT_FDCWD */, 0x100000003ull, 0x10003,
		0xffffffff00000000ull,
	};

	a->n = 0;
	for (unsigned int i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		add_arg(a, fixed[i]);
	for (unsigned int i = 0; i < in->nconds; i++) {
		uint32_t m = in->conds[i].mask;
		if (!m)
			continue;
		add_arg(a, m);
		add_arg(a, m & -m); /* its lowest bit alone */
		add_arg(a, ~m);
		add_arg(a, (uint64_t)m << 32); /* only in the high word */
	}
	for (unsigned int s = 0; s < sizeof(sets) / sizeof(sets[0]); s++) {
		unsigned int in_n = 0, out_n = 0;

		if (!sets[s])
			continue;
		for (uint64_t v = 0; v <= BITSET_BITS; v++) {
			bool m = in_set(sets[s], v);

			if (m && in_n < 3) {
				in_n++;
				add_arg(a, v);
				add_arg(a, v | 0xabcd000000000000ull);
				add_arg(a, v | 0x20000);
			} else if (!m && out_n < 2) {
				out_n++;
				add_arg(a, v);
			}
		}
	}
}

static const uint32_t extra_nrs[] = {
	1024, 1025, 2047, 4096, 0x3fffffff, 0x7fffffff, 0x80000000,
	0xbfffffff, 0xfffffffe, 0xffffffff, X32_BIT + 1024, X32_BIT + 4095,
	X32_BIT | 0x80000000, (X32_BIT | 0x80000000) + 5, 0x7fffffff,
};

static void check_nr(const struct bpfgen_input *in,
		     const struct bpfgen_prog *p, const struct argset *a,
		     uint32_t arch, uint32_t nr)
{
	uint32_t e0 = expect(in, arch, nr, a->v[0]);
	bool constant = true;

	for (unsigned int i = 1; i < a->n && expect_uses_arg(in, arch, nr); i++)
		if (expect(in, arch, nr, a->v[i]) != e0)
			constant = false;
	for (unsigned int i = 0; i < (constant ? 2 : a->n); i++) {
		uint64_t arg = constant && i ? ~0ull : a->v[i];
		uint32_t want = expect(in, arch, nr, arg);
		uint32_t got = run(p->insns, p->len, arch, nr, arg);

		if (got != want)
			fail_msg("arch %#x nr %#x arg0 %#llx: got %#x want %#x "
				 "(strategy %s)",
				 arch, nr, (unsigned long long)arg, got, want,
				 bpfgen_strategy_name(in->strategy));
	}
	/* Untraced is a cacheable constant; nothing else can be. */
	if (bpfgen_const_allow(p->insns, p->len, arch, nr) !=
	    (constant && e0 == ALLOW))
		fail_msg("arch %#x nr %#x: cacheable %d, expected %d (%s)", arch,
			 nr, !(constant && e0 == ALLOW), constant && e0 == ALLOW,
			 bpfgen_strategy_name(in->strategy));
}

static unsigned int programs_checked;

static void verify(const struct bpfgen_input *in, const struct bpfgen_prog *p)
{
	static const uint32_t archs[] = { AUDIT_ARCH_X86_64, AUDIT_ARCH_I386 };
	static const uint32_t other_archs[] = {
		0, AUDIT_ARCH_AARCH64, AUDIT_ARCH_X86_64 ^ 1, 0xffffffff,
		AUDIT_ARCH_ARM,
	};
	struct argset a;
	int err;

	programs_checked++;
	assert_true(p->len >= 1 && p->len <= BPF_MAXINSNS);
	assert_int_equal(bpfgen_check(p->insns, p->len), 0);
	probe_args(in, &a);
	for (unsigned int i = 0; i < 2; i++) {
		for (uint32_t n = 0; n < BITSET_BITS; n++) {
			check_nr(in, p, &a, archs[i], n);
			if (archs[i] == AUDIT_ARCH_X86_64)
				check_nr(in, p, &a, archs[i], X32_BIT + n);
		}
		for (unsigned int j = 0; j < sizeof(extra_nrs) / 4; j++)
			check_nr(in, p, &a, archs[i], extra_nrs[j]);
	}
	for (unsigned int i = 0; i < sizeof(other_archs) / 4; i++) {
		for (uint32_t n = 0; n < 600; n += 7) {
			assert_int_equal(run(p->insns, p->len, other_archs[i], n,
					     0),
					 ALLOW);
			assert_true(bpfgen_const_allow(p->insns, p->len,
						       other_archs[i], n));
		}
	}
	err = kernel_install(p->insns, p->len);
	if (err)
		fail_msg("kernel rejected the filter: %s (len %u)",
			 strerror(err), p->len);
}

/* Stats must agree with the reference model too. */
static void verify_stats(const struct bpfgen_input *in,
			 const struct bpfgen_prog *p)
{
	for (int q = 0; q < PERS_COUNT; q++) {
		unsigned int traced = 0, cacheable = 0;
		/* numbers from trace_from up are traced, not counted */
		unsigned int from = p->pers[q].trace_from ?
					    p->pers[q].trace_from : BITSET_BITS;

		for (uint32_t n = 0; n < BITSET_BITS; n++) {
			uint32_t nr = arch_pers[q].nr_bias + n;
			uint32_t arch = arch_pers[q].audit_arch;

			if (expect(in, arch, nr, 0) == TRACE &&
			    expect(in, arch, nr, 0xdead00000000ull) == TRACE &&
			    expect(in, arch, nr, 0xffffffff) == TRACE &&
			    expect(in, arch, nr, 1023) == TRACE)
				traced++;
			cacheable += bpfgen_const_allow(p->insns, p->len, arch,
							nr);
		}
		assert_int_equal(p->pers[q].cacheable, cacheable);
		assert_true(p->pers[q].traced <= traced);
		assert_int_equal(p->pers[q].trace_from,
				 p->pers[q].included ? in->trace_from[q] : 0);
		assert_true(p->pers[q].traced + p->pers[q].conditional +
				    cacheable ==
			    from);
	}
}

static void build_verify(const struct bpfgen_input *in)
{
	struct bpfgen_prog p;
	int err = bpfgen_build(in, &p);

	if (err)
		fail_msg("bpfgen_build: %s (strategy %s)", strerror(-err),
			 bpfgen_strategy_name(in->strategy));
	verify(in, &p);
	verify_stats(in, &p);
	bpfgen_prog_free(&p);
}

/* ---- interpreter and cache emulation ------------------------------- */

#define STMT(c, k) ((struct sock_filter)BPF_STMT(c, k))
#define JUMP(c, k, t, f) ((struct sock_filter)BPF_JUMP(c, k, t, f))

static void test_interp_alu(void **state)
{
	struct sock_filter prog[] = {
		STMT(BPF_LD | BPF_W | BPF_ABS, 16), /* args[0] low: 100 */
		STMT(BPF_ALU | BPF_ADD | BPF_K, 5),    /* 105 */
		STMT(BPF_ALU | BPF_MUL | BPF_K, 3),    /* 315 */
		STMT(BPF_ALU | BPF_SUB | BPF_K, 15),   /* 300 */
		STMT(BPF_ALU | BPF_DIV | BPF_K, 7),    /* 42 */
		STMT(BPF_ST, 3),                       /* M[3] = 42 */
		STMT(BPF_LDX | BPF_IMM, 2),            /* X = 2 */
		STMT(BPF_ALU | BPF_LSH | BPF_X, 0),    /* 168 */
		STMT(BPF_ALU | BPF_RSH | BPF_K, 1),    /* 84 */
		STMT(BPF_ALU | BPF_OR | BPF_K, 0x100), /* 0x154 */
		STMT(BPF_ALU | BPF_XOR | BPF_K, 0x4),  /* 0x150 */
		STMT(BPF_ALU | BPF_AND | BPF_K, 0xf0), /* 0x50 */
		STMT(BPF_MISC | BPF_TAX, 0),           /* X = 0x50 */
		STMT(BPF_LD | BPF_MEM, 3),             /* A = 42 */
		STMT(BPF_ALU | BPF_ADD | BPF_X, 0),    /* 42 + 0x50 = 122 */
		STMT(BPF_ALU | BPF_NEG, 0),            /* -122 */
		STMT(BPF_ALU | BPF_NEG, 0),            /* 122 */
		JUMP(BPF_JMP | BPF_JEQ | BPF_K, 122, 1, 0),
		STMT(BPF_RET | BPF_K, 1),
		STMT(BPF_LD | BPF_W | BPF_ABS, 20),  /* args[0] high: 7 */
		JUMP(BPF_JMP | BPF_JGT | BPF_X, 0, 0, 1), /* 7 > 0x50? */
		STMT(BPF_RET | BPF_K, 2),
		STMT(BPF_LD | BPF_W | BPF_LEN, 0),
		STMT(BPF_RET | BPF_A, 0),
	};
	struct seccomp_data d = { .nr = 1, .arch = AUDIT_ARCH_X86_64 };
	uint32_t ret;
	unsigned int steps;

	d.args[0] = 100 | (7ull << 32);
	assert_int_equal(bpfgen_check(prog, 24), 0);
	assert_int_equal(bpfgen_run(prog, 24, &d, &ret, &steps), 0);
	assert_int_equal(ret, sizeof(struct seccomp_data));
	assert_int_equal(steps, 22); /* everything but "ret 1" and "ret 2" */
	d.args[0] = 101;             /* 106*3-15 = 303 / 7 = 43 */
	assert_int_equal(bpfgen_run(prog, 24, &d, &ret, &steps), 0);
	assert_int_equal(ret, 1);
}

static void test_interp_jumps(void **state)
{
	struct sock_filter prog[] = {
		STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x4, 3, 0),
		JUMP(BPF_JMP | BPF_JGE | BPF_K, 10, 0, 1),
		STMT(BPF_JMP | BPF_JA, 2),
		STMT(BPF_RET | BPF_K, 100), /* nr < 10, bit 2 clear */
		STMT(BPF_RET | BPF_K, 200), /* bit 2 set */
		STMT(BPF_RET | BPF_K, 300), /* nr >= 10, bit 2 clear */
	};
	static const struct {
		uint32_t nr, ret;
	} cases[] = {
		{ 0, 100 }, { 3, 100 }, { 4, 200 }, { 12, 200 },
		{ 10, 300 }, { 0xfffffff8, 300 }, { 9, 100 },
	};
	struct seccomp_data d = { 0 };
	uint32_t ret;
	unsigned int steps;

	for (unsigned int i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		d.nr = (int)cases[i].nr;
		assert_int_equal(bpfgen_run(prog, 7, &d, &ret, &steps), 0);
		assert_int_equal(ret, cases[i].ret);
	}
	/* division by a zero X ends the program with 0, as in the kernel */
	prog[1] = STMT(BPF_LDX | BPF_IMM, 0);
	prog[2] = STMT(BPF_ALU | BPF_DIV | BPF_X, 0);
	assert_int_equal(bpfgen_run(prog, 7, &d, &ret, &steps), 0);
	assert_int_equal(ret, 0);
}

static void test_check_rejects(void **state)
{
	struct sock_filter ok[] = {
		STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		STMT(BPF_RET | BPF_K, ALLOW),
	};
	struct sock_filter bad[2];
	static struct sock_filter big[BPF_MAXINSNS + 1];
	struct seccomp_data d = { 0 };
	uint32_t ret;
	unsigned int steps;
	static const struct sock_filter firsts[] = {
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 0),     /* only words */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 2),     /* misaligned */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64),    /* past the end */
		BPF_STMT(BPF_LD | BPF_W | BPF_IND, 0),     /* no indirect */
		BPF_STMT(BPF_ALU | BPF_MOD | BPF_K, 3),    /* no mod */
		BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 0),    /* constant /0 */
		BPF_STMT(BPF_LD | BPF_MEM, 16),            /* no M[16] */
		BPF_STMT(BPF_JMP | BPF_JA, 1),             /* past the end */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),  /* past the end */
		BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 0),    /* packet only */
		BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 32),   /* shift too far */
	};

	assert_int_equal(bpfgen_check(ok, 2), 0);
	assert_int_equal(bpfgen_check(ok, 0), -EINVAL);
	assert_int_equal(bpfgen_check(ok, 1), -EINVAL); /* no final ret */
	for (unsigned int i = 0; i < sizeof(firsts) / sizeof(firsts[0]); i++) {
		bad[0] = firsts[i];
		bad[1] = ok[1];
		if (bpfgen_check(bad, 2) != -EINVAL)
			fail_msg("case %u accepted", i);
		/* the interpreter refuses to run it too, except /0 and
		 * the shift, whose results are defined */
		if (i != 5 && i != 10 &&
		    bpfgen_run(bad, 2, &d, &ret, &steps) != -EINVAL)
			fail_msg("case %u ran", i);
	}
	for (unsigned int i = 0; i < BPF_MAXINSNS + 1; i++)
		big[i] = ok[1];
	assert_int_equal(bpfgen_check(big, BPF_MAXINSNS), 0);
	assert_int_equal(bpfgen_check(big, BPF_MAXINSNS + 1), -EINVAL);
	/* a program that runs off its end */
	assert_int_equal(bpfgen_run(ok, 1, &d, &ret, &steps), -EINVAL);
}

static void test_const_allow_rules(void **state)
{
	/* nr < 100: ALLOW; nr & 0x100 (via and): ALLOW; else TRACE */
	struct sock_filter plain[] = {
		STMT(BPF_LD | BPF_W | BPF_ABS, 4),
		JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 0, 6),
		STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		JUMP(BPF_JMP | BPF_JGT | BPF_K, 99, 0, 4),
		STMT(BPF_ALU | BPF_AND | BPF_K, 0x300),
		JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x100, 2, 0),
		STMT(BPF_JMP | BPF_JA, 2),
		STMT(BPF_RET | BPF_K, ALLOW),
		STMT(BPF_RET | BPF_K, ALLOW),
		STMT(BPF_RET | BPF_K, TRACE),
	};
	struct sock_filter p[10];

	assert_int_equal(bpfgen_check(plain, 10), 0);
	assert_true(bpfgen_const_allow(plain, 10, AUDIT_ARCH_X86_64, 5));
	assert_true(bpfgen_const_allow(plain, 10, AUDIT_ARCH_X86_64, 0x100));
	assert_false(bpfgen_const_allow(plain, 10, AUDIT_ARCH_X86_64, 0x200));
	assert_true(bpfgen_const_allow(plain, 10, AUDIT_ARCH_I386, 0x200));
	/* ALLOW with data bits is not the constant ALLOW */
	memcpy(p, plain, sizeof(p));
	p[8].k = ALLOW | 1;
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 5));
	/* an argument load on the path: not constant */
	memcpy(p, plain, sizeof(p));
	p[4] = STMT(BPF_LD | BPF_W | BPF_ABS, 16);
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 0x100));
	assert_true(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 5));
	/* shifts, tax, immediate loads, jumps against X: not followed */
	p[4] = STMT(BPF_ALU | BPF_RSH | BPF_K, 1);
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 0x100));
	p[4] = STMT(BPF_MISC | BPF_TAX, 0);
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 0x100));
	p[4] = STMT(BPF_LD | BPF_IMM, 0x100);
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 0x100));
	p[4] = STMT(BPF_ALU | BPF_AND | BPF_K, 0x300);
	p[5] = JUMP(BPF_JMP | BPF_JSET | BPF_X, 0, 2, 0);
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 0x100));
	/* ret A is not constant either */
	memcpy(p, plain, sizeof(p));
	p[8] = STMT(BPF_RET | BPF_A, 0);
	assert_false(bpfgen_const_allow(p, 10, AUDIT_ARCH_X86_64, 5));
}

/* ---- the IR's final pass -------------------------------------------- */

static void test_ir_far_jumps(void **state)
{
	struct bpfgen_ir ir;
	struct sock_filter *prog = NULL;
	unsigned int len, tramps;
	int far, mid, rt, ra;
	struct seccomp_data d = { 0 };
	uint32_t ret;
	unsigned int steps;

	/* nr == 1 jumps over 600 insns to a non-ret target: needs a ja;
	 * nr == 2 jumps to a far ret: gets a copy of it. */
	bpfgen_ir_init(&ir);
	far = bpfgen_ir_label(&ir);
	mid = bpfgen_ir_label(&ir);
	rt = bpfgen_ir_label(&ir);
	ra = bpfgen_ir_label(&ir);
	bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 0);
	bpfgen_ir_jmp(&ir, BPF_JEQ, 1, far, mid);
	bpfgen_ir_bind(&ir, mid);
	bpfgen_ir_jmp(&ir, BPF_JEQ, 2, rt, bpfgen_ir_label(&ir));
	bpfgen_ir_bind(&ir, ir.nlabels - 1);
	for (int i = 0; i < 600; i++)
		bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 0);
	bpfgen_ir_ja(&ir, ra);
	bpfgen_ir_bind(&ir, far);
	bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 4);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_A, 0);
	bpfgen_ir_bind(&ir, ra);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, ALLOW);
	bpfgen_ir_bind(&ir, rt);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, TRACE);
	assert_int_equal(bpfgen_ir_finish(&ir, &prog, &len, &tramps), 0);
	assert_int_equal(tramps, 2);
	assert_int_equal(bpfgen_check(prog, len), 0);
	d.arch = 77;
	d.nr = 1;
	assert_int_equal(bpfgen_run(prog, len, &d, &ret, &steps), 0);
	assert_int_equal(ret, 77);
	assert_int_equal(steps, 5); /* ld, jeq, ja, ld, ret */
	d.nr = 2;
	assert_int_equal(bpfgen_run(prog, len, &d, &ret, &steps), 0);
	assert_int_equal(ret, TRACE);
	assert_int_equal(steps, 4); /* ld, jeq, jeq, copied ret */
	d.nr = 3;
	assert_int_equal(bpfgen_run(prog, len, &d, &ret, &steps), 0);
	assert_int_equal(ret, ALLOW);
	free(prog);
	bpfgen_ir_free(&ir);
}

static void test_ir_errors(void **state)
{
	struct bpfgen_ir ir;
	struct sock_filter *prog = NULL;
	unsigned int len, tramps;
	int l;

	/* too long */
	bpfgen_ir_init(&ir);
	for (int i = 0; i < BPF_MAXINSNS; i++)
		bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 0);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, ALLOW);
	assert_int_equal(bpfgen_ir_finish(&ir, &prog, &len, &tramps), -E2BIG);
	bpfgen_ir_free(&ir);
	/* exactly the limit is fine */
	bpfgen_ir_init(&ir);
	for (int i = 0; i < BPF_MAXINSNS - 1; i++)
		bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 0);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, ALLOW);
	assert_int_equal(bpfgen_ir_finish(&ir, &prog, &len, &tramps), 0);
	assert_int_equal(len, BPF_MAXINSNS);
	free(prog);
	bpfgen_ir_free(&ir);
	/* backward jump */
	bpfgen_ir_init(&ir);
	l = bpfgen_ir_label(&ir);
	bpfgen_ir_bind(&ir, l);
	bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 0);
	bpfgen_ir_ja(&ir, l);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, ALLOW);
	assert_int_equal(bpfgen_ir_finish(&ir, &prog, &len, &tramps), -EINVAL);
	bpfgen_ir_free(&ir);
	/* unbound label */
	bpfgen_ir_init(&ir);
	l = bpfgen_ir_label(&ir);
	bpfgen_ir_jmp(&ir, BPF_JEQ, 0, l, l);
	bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, ALLOW);
	assert_int_equal(bpfgen_ir_finish(&ir, &prog, &len, &tramps), -EINVAL);
	bpfgen_ir_free(&ir);
}

/* ---- whole filters ---------------------------------------------------- */

struct sel {
	struct bitset traced[PERS_COUNT];
	struct bitset sock, ipc, fds, fdsc[PERS_COUNT], condv;
	struct bpfgen_input in;
};

static void sel_init(struct sel *s)
{
	memset(s, 0, sizeof(*s));
	for (int p = 0; p < PERS_COUNT; p++)
		s->in.traced[p] = &s->traced[p];
}

enum edge {
	E_EMPTY, E_ALL, E_ZERO, E_TOP, E_ONE, E_EVEN, E_ODD, E_LOW_RANGE,
	E_TOP_RANGE, E_ALL_BUT_ONE, E_PAIRS, E_SPARSE, E_COUNT
};

static void edge_set(struct bitset *b, enum edge e)
{
	bitset_clear(b);
	for (unsigned int n = 0; n < BITSET_BITS; n++) {
		bool on = false;

		switch (e) {
		case E_EMPTY:
			break;
		case E_ALL:
			on = true;
			break;
		case E_ZERO:
			on = n == 0;
			break;
		case E_TOP:
			on = n == BITSET_BITS - 1;
			break;
		case E_ONE:
			on = n == 257;
			break;
		case E_EVEN:
			on = !(n & 1);
			break;
		case E_ODD:
			on = n & 1;
			break;
		case E_LOW_RANGE:
			on = n < 100;
			break;
		case E_TOP_RANGE:
			on = n >= 900;
			break;
		case E_ALL_BUT_ONE:
			on = n != 1;
			break;
		case E_PAIRS: /* two on, one off: many two-wide ranges */
			on = n % 3 != 2;
			break;
		case E_SPARSE:
			on = n % 97 == 5;
			break;
		case E_COUNT:
			break;
		}
		if (on)
			bitset_set(b, n);
	}
}

static void test_edge_sets(void **state)
{
	struct sel s;

	for (unsigned int si = 0; si < NSTRAT; si++) {
		for (int e = 0; e < E_COUNT; e++) {
			/* each personality alone, then all three together,
			 * then all three with different sets */
			for (int p = 0; p <= PERS_COUNT + 1; p++) {
				sel_init(&s);
				s.in.strategy = all_strategies[si];
				for (int q = 0; q < PERS_COUNT; q++) {
					if (p == q || p == PERS_COUNT)
						edge_set(&s.traced[q], e);
					else if (p == PERS_COUNT + 1)
						edge_set(&s.traced[q],
							 (e + 3 * q) % E_COUNT);
				}
				build_verify(&s.in);
				/* and with the numbers past each table */
				for (int q = 0; q < PERS_COUNT; q++)
					s.in.trace_from[q] =
						arch_pers[q].table->count;
				build_verify(&s.in);
			}
		}
	}
}

static void random_set(struct bitset *b)
{
	unsigned int kind = rnd() % 6;
	unsigned int dens[] = { 2, 20, 100, 500, 900, 990 };
	unsigned int d = dens[rnd() % 6];

	bitset_clear(b);
	switch (kind) {
	case 0: /* empty now and then */
		if (rnd() % 4 == 0)
			return;
		/* fallthrough */
	case 1:
	case 2: /* uniform density */
		for (unsigned int n = 0; n < BITSET_BITS; n++)
			if (rnd() % 1000 < d)
				bitset_set(b, n);
		break;
	case 3: /* a few ranges */
		for (unsigned int r = rnd() % 8 + 1; r; r--) {
			unsigned int lo = rnd() % BITSET_BITS;
			unsigned int w = rnd() % 60 + 1;

			for (unsigned int n = lo; n < lo + w; n++)
				bitset_set(b, n);
		}
		break;
	case 4: /* like a syscall table: dense below 460, holes */
		for (unsigned int n = 0; n < 460; n++)
			if (rnd() % 1000 < d)
				bitset_set(b, n);
		break;
	default: /* inverted table-like: everything but a few */
		for (unsigned int n = 0; n < 460; n++)
			bitset_set(b, n);
		for (unsigned int r = rnd() % 6; r; r--)
			bitset_unset(b, rnd() % 460);
		break;
	}
}

/* One condition on a bit mask, one on a value set, at random numbers
 * (sometimes ones that are traced anyway, or the multiplexers). */
static void random_conds(struct sel *s)
{
	s->in.nconds = 1 + (unsigned int)(rnd() % 2);
	for (unsigned int i = 0; i < s->in.nconds; i++) {
		struct bpfgen_argcond *c = &s->in.conds[i];
		for (int p = 0; p < PERS_COUNT; p++)
			c->nr[p] = rnd() % 4 ? (long)(rnd() % 460) : -1;
		if (i == 0) {
			c->mask = (uint32_t)rnd() | 1u;
			continue;
		}
		random_set(&s->condv);
		c->values = &s->condv;
	}
}

static void random_selection(struct sel *s)
{
	sel_init(s);
	for (int p = 0; p < PERS_COUNT; p++) {
		random_set(&s->traced[p]);
		/* numbers from the table's end up (sift always traces
		 * those), or a random point, or none */
		if (rnd() % 2)
			s->in.trace_from[p] = rnd() % 2 ?
				arch_pers[p].table->count :
				(unsigned int)(rnd() % BITSET_BITS) + 1;
	}
	if (rnd() % 3 == 0)
		s->in.pers_mask = (unsigned int)(rnd() % BPFGEN_PERS_ALL) + 1;
	if (rnd() % 3 == 0) {
		random_set(&s->sock);
		s->in.socketcalls = &s->sock;
		/* sometimes the multiplexer itself is selected */
		if (rnd() % 3 == 0)
			bitset_set(&s->traced[PERS_I386],
				   (unsigned long)arch_pers[PERS_I386]
					   .socketcall_nr);
		else
			bitset_unset(&s->traced[PERS_I386],
				     (unsigned long)arch_pers[PERS_I386]
					     .socketcall_nr);
	}
	if (rnd() % 3 == 0) {
		random_set(&s->ipc);
		s->in.ipccalls = &s->ipc;
		if (rnd() % 2)
			bitset_unset(&s->traced[PERS_I386],
				     (unsigned long)arch_pers[PERS_I386].ipc_nr);
	}
	if (rnd() % 3 == 0)
		random_conds(s);
	if (rnd() % 3 == 0) {
		random_set(&s->fds);
		s->in.fds = &s->fds;
		for (int p = 0; p < PERS_COUNT; p++) {
			random_set(&s->fdsc[p]);
			s->in.fd_syscalls[p] = &s->fdsc[p];
		}
	}
}

static void test_random_sets(void **state)
{
	struct sel s;

	rng = 0x5eed5eedcafef00dull;
	for (int i = 0; i < 300; i++) {
		random_selection(&s);
		for (unsigned int si = 0; si < NSTRAT; si++) {
			s.in.strategy = all_strategies[si];
			build_verify(&s.in);
		}
	}
}

/* Sets with so many ranges that jumps to TRACE/ALLOW pass 255. */
static void test_trampolines(void **state)
{
	struct sel s;
	struct bpfgen_prog p;
	static const enum edge big[] = { E_EVEN, E_ODD, E_PAIRS };
	bool seen = false;

	for (unsigned int si = 0; si < NSTRAT; si++) {
		for (unsigned int e = 0; e < 3; e++) {
			sel_init(&s);
			s.in.strategy = all_strategies[si];
			for (int q = 0; q < PERS_COUNT; q++)
				edge_set(&s.traced[q], big[(e + q) % 3]);
			assert_int_equal(bpfgen_build(&s.in, &p), 0);
			if (p.trampolines)
				seen = true;
			verify(&s.in, &p);
			bpfgen_prog_free(&p);
		}
	}
	/* the linear chain over 512 ranges must have needed them */
	sel_init(&s);
	s.in.strategy = BPFGEN_LINEAR;
	edge_set(&s.traced[PERS_X86_64], E_EVEN);
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	assert_true(p.trampolines > 0);
	assert_true(p.len > 512);
	verify(&s.in, &p);
	bpfgen_prog_free(&p);
	assert_true(seen);
}

static void test_i386_subcalls(void **state)
{
	const uint32_t i386 = AUDIT_ARCH_I386;
	uint32_t sock = (uint32_t)arch_pers[PERS_I386].socketcall_nr;
	uint32_t ipc = (uint32_t)arch_pers[PERS_I386].ipc_nr;
	struct sel s;
	struct bpfgen_prog p;

	for (unsigned int si = 0; si < NSTRAT; si++) {
		sel_init(&s);
		s.in.strategy = all_strategies[si];
		bitset_set(&s.traced[PERS_I386], 5);
		/* socketcall: socket(1), connect(3), sendmmsg(20) */
		bitset_set(&s.sock, 1);
		bitset_set(&s.sock, 3);
		bitset_set(&s.sock, 20);
		/* ipc: semop(1), shmat(21) */
		bitset_set(&s.ipc, 1);
		bitset_set(&s.ipc, 21);
		s.in.socketcalls = &s.sock;
		s.in.ipccalls = &s.ipc;
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		for (uint64_t c = 0; c < 40; c++) {
			bool st = c == 1 || c == 3 || c == 20;
			bool it = c == 1 || c == 21;

			assert_int_equal(run(p.insns, p.len, i386, sock, c),
					 st ? TRACE : ALLOW);
			/* ipc's version lives in the high 16 bits */
			assert_int_equal(run(p.insns, p.len, i386, ipc,
					     c | 0x10000),
					 it ? TRACE : ALLOW);
			assert_int_equal(run(p.insns, p.len, i386, ipc, c),
					 it ? TRACE : ALLOW);
		}
		/* socketcall(1 + 2^32) is not socket: the arg is an int */
		assert_int_equal(run(p.insns, p.len, i386, sock,
				     0x100000002ull),
				 ALLOW);
		assert_int_equal(run(p.insns, p.len, i386, sock, 0x100000001ull),
				 TRACE);
		/* the multiplexers are not cacheable (their result depends
		 * on args), everything else untraced still is */
		assert_false(bpfgen_const_allow(p.insns, p.len, i386, sock));
		assert_false(bpfgen_const_allow(p.insns, p.len, i386, ipc));
		assert_true(bpfgen_const_allow(p.insns, p.len, i386, 4));
		assert_int_equal(p.pers[PERS_I386].conditional, 2);
		assert_int_equal(p.pers[PERS_I386].traced, 1);
		assert_int_equal(p.pers[PERS_I386].cacheable, BITSET_BITS - 3);
		/* x86_64 has no multiplexer at those numbers */
		assert_int_equal(run(p.insns, p.len, AUDIT_ARCH_X86_64, sock, 1),
				 ALLOW);
		verify(&s.in, &p);
		bpfgen_prog_free(&p);

		/* selecting socketcall itself traces every sub-call */
		bitset_set(&s.traced[PERS_I386], sock);
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		assert_int_equal(run(p.insns, p.len, i386, sock, 2), TRACE);
		assert_int_equal(run(p.insns, p.len, i386, sock, 999), TRACE);
		assert_int_equal(run(p.insns, p.len, i386, ipc, 2), ALLOW);
		verify(&s.in, &p);
		bpfgen_prog_free(&p);

		/* empty sub-call sets leave the multiplexers cacheable */
		bitset_unset(&s.traced[PERS_I386], sock);
		bitset_clear(&s.sock);
		bitset_clear(&s.ipc);
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		assert_true(bpfgen_const_allow(p.insns, p.len, i386, sock));
		assert_true(bpfgen_const_allow(p.insns, p.len, i386, ipc));
		verify(&s.in, &p);
		bpfgen_prog_free(&p);
	}
}

/* The exactness guards' shape: clone traced on CLONE_UNTRACED,
 * prctl on PR_SET_SECCOMP, both cacheable-free, everything else
 * untraced still cacheable. */
static void test_arg_conds(void **state)
{
	const uint32_t x64 = AUDIT_ARCH_X86_64, i386 = AUDIT_ARCH_I386;
	struct sel s;
	struct bpfgen_prog p;

	for (unsigned int si = 0; si < NSTRAT; si++) {
		sel_init(&s);
		s.in.strategy = all_strategies[si];
		bitset_set(&s.traced[PERS_X86_64], 257);
		s.in.nconds = 2;
		s.in.conds[0] = (struct bpfgen_argcond){
			.nr = { [PERS_X86_64] = 56, [PERS_X32] = 56,
				[PERS_I386] = 120 },
			.mask = 0x00800000,
		};
		bitset_set(&s.condv, 22);
		s.in.conds[1] = (struct bpfgen_argcond){
			.nr = { [PERS_X86_64] = 157, [PERS_X32] = 157,
				[PERS_I386] = 172 },
			.values = &s.condv,
		};
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		assert_int_equal(run(p.insns, p.len, x64, 56, 0x00800011), TRACE);
		assert_int_equal(run(p.insns, p.len, x64, 56, 0x01200011), ALLOW);
		assert_int_equal(run(p.insns, p.len, x64, 56,
				     0x0080000000000000ull), ALLOW);
		assert_int_equal(run(p.insns, p.len, x64, X32_BIT + 56,
				     0x00800000), TRACE);
		assert_int_equal(run(p.insns, p.len, i386, 120, 0x00800000),
				 TRACE);
		assert_int_equal(run(p.insns, p.len, x64, 157, 22), TRACE);
		assert_int_equal(run(p.insns, p.len, x64, 157, 15), ALLOW);
		assert_int_equal(run(p.insns, p.len, i386, 172, 22), TRACE);
		assert_false(bpfgen_const_allow(p.insns, p.len, x64, 56));
		assert_false(bpfgen_const_allow(p.insns, p.len, x64, 157));
		assert_true(bpfgen_const_allow(p.insns, p.len, x64, 0));
		assert_true(bpfgen_const_allow(p.insns, p.len, i386, 3));
		assert_int_equal(p.pers[PERS_X86_64].conditional, 2);
		assert_int_equal(p.pers[PERS_X86_64].traced, 1);
		verify(&s.in, &p);
		bpfgen_prog_free(&p);
		/* a selected clone is traced whatever its flags */
		bitset_set(&s.traced[PERS_X86_64], 56);
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		assert_int_equal(run(p.insns, p.len, x64, 56, 0x11), TRACE);
		verify(&s.in, &p);
		bpfgen_prog_free(&p);
	}
	/* a condition without a test is refused */
	sel_init(&s);
	s.in.nconds = 1;
	s.in.conds[0].nr[0] = 5;
	assert_int_equal(bpfgen_build(&s.in, &p), -EINVAL);
	s.in.nconds = BPFGEN_MAX_CONDS + 1;
	assert_int_equal(bpfgen_build(&s.in, &p), -EINVAL);
}

static void test_trace_fds(void **state)
{
	const uint32_t x64 = AUDIT_ARCH_X86_64;
	struct sel s;
	struct bpfgen_prog p;

	for (unsigned int si = 0; si < NSTRAT; si++) {
		sel_init(&s);
		s.in.strategy = all_strategies[si];
		/* traced: 0 (fd), 1 (fd), 2 (not fd); 3 is fd but untraced */
		for (int n = 0; n < 3; n++)
			bitset_set(&s.traced[PERS_X86_64], n);
		bitset_set(&s.fdsc[PERS_X86_64], 0);
		bitset_set(&s.fdsc[PERS_X86_64], 1);
		bitset_set(&s.fdsc[PERS_X86_64], 3);
		bitset_set(&s.fds, 2);
		bitset_set(&s.fds, 7);
		bitset_set(&s.fds, 1000);
		s.in.fds = &s.fds;
		s.in.fd_syscalls[PERS_X86_64] = &s.fdsc[PERS_X86_64];
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		for (uint64_t fd = 0; fd < 1030; fd++) {
			bool sel = fd == 2 || fd == 7 || fd == 1000;
			uint64_t junk = fd | 0x1234567800000000ull;

			assert_int_equal(run(p.insns, p.len, x64, 0, fd),
					 sel ? TRACE : ALLOW);
			assert_int_equal(run(p.insns, p.len, x64, 1, junk),
					 sel ? TRACE : ALLOW);
			assert_int_equal(run(p.insns, p.len, x64, 2, fd), TRACE);
			assert_int_equal(run(p.insns, p.len, x64, 3, fd), ALLOW);
		}
		assert_int_equal(run(p.insns, p.len, x64, 0, 0xffffff9c), ALLOW);
		assert_false(bpfgen_const_allow(p.insns, p.len, x64, 0));
		assert_true(bpfgen_const_allow(p.insns, p.len, x64, 3));
		assert_int_equal(p.pers[PERS_X86_64].conditional, 2);
		assert_int_equal(p.pers[PERS_X86_64].traced, 1);
		verify(&s.in, &p);
		bpfgen_prog_free(&p);

		/* an empty fd set: fd syscalls never stop, and stay cached */
		bitset_clear(&s.fds);
		assert_int_equal(bpfgen_build(&s.in, &p), 0);
		assert_true(bpfgen_const_allow(p.insns, p.len, x64, 0));
		assert_int_equal(run(p.insns, p.len, x64, 2, 0), TRACE);
		verify(&s.in, &p);
		bpfgen_prog_free(&p);
	}
}

/* auto must be at least as cheap as every forced strategy. */
static void test_auto_is_cheapest(void **state)
{
	struct sel s;
	struct bpfgen_prog a, f;

	rng = 0xfeedface12345678ull;
	for (int i = 0; i < 60; i++) {
		sel_init(&s);
		for (int q = 0; q < PERS_COUNT; q++)
			random_set(&s.traced[q]);
		assert_int_equal(bpfgen_build(&s.in, &a), 0);
		for (unsigned int si = 1; si < NSTRAT; si++) {
			s.in.strategy = all_strategies[si];
			assert_int_equal(bpfgen_build(&s.in, &f), 0);
			for (int q = 0; q < PERS_COUNT; q++) {
				/* Blocks are costed alone; in the whole filter
				 * a block far from its arch or x32 test would
				 * cost a ja more, which the block order avoids
				 * for these sets. */
				if (a.pers[q].avg_cost >
				    f.pers[q].avg_cost + 1e-9) {
					bpfgen_dump(stderr, &a);
					bpfgen_dump(stderr, &f);
				}
				if (a.pers[q].avg_cost >
				    f.pers[q].avg_cost + 1e-9)
					fail_msg("set %d %s: auto %.2f > %s %.2f",
						 i, arch_pers[q].name,
						 a.pers[q].avg_cost,
						 bpfgen_strategy_name(
							 all_strategies[si]),
						 f.pers[q].avg_cost);
			}
			bpfgen_prog_free(&f);
		}
		s.in.strategy = BPFGEN_AUTO;
		bpfgen_prog_free(&a);
	}
}

static void test_empty_and_excluded(void **state)
{
	struct sel s;
	struct bpfgen_prog p;

	/* nothing traced anywhere: a lone ret ALLOW */
	sel_init(&s);
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	assert_int_equal(p.len, 1);
	assert_int_equal(p.insns[0].code, BPF_RET | BPF_K);
	assert_int_equal(p.insns[0].k, ALLOW);
	verify(&s.in, &p);
	bpfgen_prog_free(&p);
	/* NULL sets are empty sets */
	memset(&s.in, 0, sizeof(s.in));
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	assert_int_equal(p.len, 1);
	bpfgen_prog_free(&p);
	/* an excluded personality is ALLOW whatever its set */
	sel_init(&s);
	edge_set(&s.traced[PERS_I386], E_ALL);
	edge_set(&s.traced[PERS_X86_64], E_ONE);
	s.in.pers_mask = 1u << PERS_X86_64;
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	assert_false(p.pers[PERS_I386].included);
	assert_int_equal(p.pers[PERS_I386].cacheable, BITSET_BITS);
	assert_int_equal(run(p.insns, p.len, AUDIT_ARCH_I386, 257, 0), ALLOW);
	verify(&s.in, &p);
	bpfgen_prog_free(&p);
}

static void test_bad_input(void **state)
{
	struct sel s;
	struct bpfgen_prog p;

	sel_init(&s);
	assert_int_equal(bpfgen_build(NULL, &p), -EINVAL);
	assert_int_equal(bpfgen_build(&s.in, NULL), -EINVAL);
	s.in.strategy = BPFGEN_STRATEGY_COUNT;
	assert_int_equal(bpfgen_build(&s.in, &p), -EINVAL);
	s.in.strategy = BPFGEN_AUTO;
	s.in.pers_mask = 1u << PERS_COUNT;
	assert_int_equal(bpfgen_build(&s.in, &p), -EINVAL);
	for (int i = 0; i < BPFGEN_STRATEGY_COUNT; i++)
		assert_int_equal(bpfgen_strategy_from_name(
					 bpfgen_strategy_name(i)),
				 i);
	assert_int_equal(bpfgen_strategy_from_name("quantum"), -EINVAL);
	bpfgen_prog_free(NULL);
}

static void test_dump(void **state)
{
	struct sel s;
	struct bpfgen_prog p;
	char *buf = NULL;
	size_t size = 0;
	FILE *f;

	sel_init(&s);
	s.in.strategy = BPFGEN_LINEAR;
	bitset_set(&s.traced[PERS_X86_64], 257);
	bitset_set(&s.traced[PERS_X32], 257);
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	f = open_memstream(&buf, &size);
	assert_non_null(f);
	bpfgen_dump(f, &p);
	fclose(f);
	/* the shape of the filter, as the header comment of bpfgen.c draws */
	assert_non_null(strstr(buf, "    0: ld [4]\t; arch\n"));
	assert_non_null(strstr(buf, "    1: jeq #0xc000003e, 2, "));
	assert_non_null(strstr(buf, "    2: ld [0]\t; nr\n"));
	assert_non_null(strstr(buf, "    3: jset #0x40000000, "));
	assert_non_null(strstr(buf, "jeq #257, "));
	assert_non_null(strstr(buf, "jeq #0x40000101, "));
	assert_non_null(strstr(buf, ": ret TRACE\n"));
	assert_non_null(strstr(buf, ": ret ALLOW\n"));
	assert_non_null(strstr(buf, "strategy: linear"));
	assert_non_null(strstr(buf, "x86_64: linear, 1 traced"));
	assert_non_null(strstr(buf, "1023 of 1024 numbers cacheable"));
	assert_non_null(strstr(buf, "i386: nothing traced; 1024 of 1024"));
	free(buf);
	bpfgen_prog_free(&p);
}

/* ---- live, in the kernel ------------------------------------------- */

/* Copy of p with every ret TRACE turned into ret ERRNO(err). */
static struct sock_filter *errno_copy(const struct bpfgen_prog *p, int err)
{
	struct sock_filter *c = malloc(sizeof(*c) * p->len);

	assert_non_null(c);
	memcpy(c, p->insns, sizeof(*c) * p->len);
	for (unsigned int i = 0; i < p->len; i++)
		if (c[i].code == (BPF_RET | BPF_K) && c[i].k == TRACE)
			c[i].k = SECCOMP_RET_ERRNO | (uint32_t)err;
	return c;
}

/* i386 syscall through int 0x80 from this 64-bit process. */
static long int80(long nr)
{
	long ret = nr;

	/* 64-bit code may see r8-r11 clobbered by int 0x80 */
	__asm__ volatile("int $0x80"
			 : "+a"(ret)
			 :
			 : "r8", "r9", "r10", "r11", "memory");
	return ret;
}

enum live_kind { LIVE_X86_64, LIVE_X32, LIVE_I386 };

/* 0 ok, 1 wrong result, 2 arch unavailable, >2 install failed. */
static int live_child(const struct bpfgen_prog *p, enum live_kind kind)
{
	struct bpfgen_prog c = *p;
	long r;

	c.insns = errno_copy(p, ENOMSG);
	if (bpfgen_install(&c))
		_exit(3);
	switch (kind) {
	case LIVE_X86_64:
		errno = 0;
		r = syscall(SYS_getppid);
		if (r != -1 || errno != ENOMSG)
			_exit(1);
		if (syscall(SYS_getpid) != getpid() || getpid() <= 0)
			_exit(1);
		/* the x32 and i386 getppid are not selected */
		errno = 0;
		r = syscall(X32_NR_GETPPID);
		if (r == -1 && errno == ENOMSG)
			_exit(1);
		break;
	case LIVE_X32:
		/* x32 entry from a 64-bit process: seccomp sees it before
		 * the kernel checks that x32 is enabled */
		errno = 0;
		r = syscall(X32_NR_GETPPID);
		if (r != -1 || errno != ENOMSG)
			_exit(1);
		if (syscall(SYS_getppid) <= 0)
			_exit(1);
		break;
	case LIVE_I386:
		r = int80(I386_NR_GETPPID);
		if (r != -ENOMSG)
			_exit(1);
		r = int80(I386_NR_GETPID);
		if (r != getpid())
			_exit(r == -ENOSYS ? 2 : 1);
		break;
	}
	_exit(0);
}

static void test_live_errno(void **state)
{
	static const struct {
		enum live_kind kind;
		int pers;
		uint32_t nr;
	} cases[] = {
		{ LIVE_X86_64, PERS_X86_64, SYS_getppid },
		{ LIVE_X32, PERS_X32, X32_NR_GETPPID - X32_BIT },
		{ LIVE_I386, PERS_I386, I386_NR_GETPPID },
	};

	for (unsigned int si = 0; si < NSTRAT; si++) {
		for (unsigned int i = 0; i < 3; i++) {
			struct sel s;
			struct bpfgen_prog p;
			pid_t pid;
			int st;

			sel_init(&s);
			s.in.strategy = all_strategies[si];
			bitset_set(&s.traced[cases[i].pers], cases[i].nr);
			/* plus neighbours, so the matchers have work */
			bitset_set(&s.traced[cases[i].pers], cases[i].nr + 2);
			bitset_set(&s.traced[cases[i].pers], 0);
			assert_int_equal(bpfgen_build(&s.in, &p), 0);
			pid = fork();
			assert_true(pid >= 0);
			if (pid == 0)
				live_child(&p, cases[i].kind);
			assert_int_equal(waitpid(pid, &st, 0), pid);
			bpfgen_prog_free(&p);
			if (cases[i].kind == LIVE_I386 &&
			    (!WIFEXITED(st) || WEXITSTATUS(st) == 2)) {
				/* no IA32 emulation in this kernel */
				print_message("i386 live check skipped\n");
				continue;
			}
			if (!WIFEXITED(st) || WEXITSTATUS(st))
				fail_msg("live %u (%s): status %#x", i,
					 bpfgen_strategy_name(all_strategies[si]),
					 st);
		}
	}
}

/* A real tracer: the child stops at getppid only, not at getpid. */
static void test_live_ptrace(void **state)
{
	struct sel s;
	struct bpfgen_prog p;
	pid_t pid;
	int st, stops = 0;

	sel_init(&s);
	bitset_set(&s.traced[PERS_X86_64], SYS_getppid);
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, 0, 0))
			_exit(3);
		raise(SIGSTOP);
		if (bpfgen_install(&p))
			_exit(4);
		for (int i = 0; i < 5; i++)
			syscall(SYS_getpid);
		syscall(SYS_getppid);
		syscall(SYS_getppid);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSTOPPED(st));
	assert_int_equal(ptrace(PTRACE_SETOPTIONS, pid, 0,
				PTRACE_O_TRACESECCOMP | PTRACE_O_EXITKILL),
			 0);
	assert_int_equal(ptrace(PTRACE_CONT, pid, 0, 0), 0);
	for (;;) {
		assert_int_equal(waitpid(pid, &st, 0), pid);
		if (WIFEXITED(st) || WIFSIGNALED(st))
			break;
		if (WIFSTOPPED(st) &&
		    st >> 8 == (SIGTRAP | (PTRACE_EVENT_SECCOMP << 8))) {
			struct __ptrace_syscall_info info;

			memset(&info, 0, sizeof(info));
			assert_true(ptrace(PTRACE_GET_SYSCALL_INFO, pid,
					   sizeof(info), &info) > 0);
			assert_int_equal(info.op, PTRACE_SYSCALL_INFO_SECCOMP);
			assert_int_equal(info.arch, AUDIT_ARCH_X86_64);
			assert_int_equal(info.seccomp.nr, SYS_getppid);
			stops++;
		}
		assert_int_equal(ptrace(PTRACE_CONT, pid, 0, 0), 0);
	}
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	assert_int_equal(stops, 2);
	bpfgen_prog_free(&p);
}

/* no_new_privs only when needed: root keeps setuid semantics. */
static void test_install_privileges(void **state)
{
	struct sel s;
	struct bpfgen_prog p;
	int as_nobody;

	sel_init(&s);
	bitset_set(&s.traced[PERS_X86_64], SYS_getppid);
	assert_int_equal(bpfgen_build(&s.in, &p), 0);
	for (as_nobody = 0; as_nobody < 2; as_nobody++) {
		bool root = geteuid() == 0;
		pid_t pid;
		int st;

		if (as_nobody && !root)
			break; /* already unprivileged: case 0 covered it */
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			if (as_nobody && (setgid(65534) || setuid(65534)))
				_exit(10);
			if (bpfgen_install(&p))
				_exit(11);
			/* privileged: no_new_privs untouched */
			_exit(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) ==
				      (root && !as_nobody ? 0 : 1)
			      ? 0
			      : 12);
		}
		assert_int_equal(waitpid(pid, &st, 0), pid);
		assert_true(WIFEXITED(st));
		assert_int_equal(WEXITSTATUS(st), 0);
	}
	bpfgen_prog_free(&p);
}

static void test_report(void **state)
{
	print_message("%u programs verified against the model and the "
		      "kernel\n",
		      programs_checked);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_interp_alu),
		cmocka_unit_test(test_interp_jumps),
		cmocka_unit_test(test_check_rejects),
		cmocka_unit_test(test_const_allow_rules),
		cmocka_unit_test(test_ir_far_jumps),
		cmocka_unit_test(test_ir_errors),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_empty_and_excluded),
		cmocka_unit_test(test_dump),
		cmocka_unit_test(test_i386_subcalls),
		cmocka_unit_test(test_trace_fds),
		cmocka_unit_test(test_arg_conds),
		cmocka_unit_test(test_edge_sets),
		cmocka_unit_test(test_trampolines),
		cmocka_unit_test(test_random_sets),
		cmocka_unit_test(test_auto_is_cheapest),
		cmocka_unit_test(test_live_errno),
		cmocka_unit_test(test_live_ptrace),
		cmocka_unit_test(test_install_privileges),
		cmocka_unit_test(test_report),
	};

	install_server_start();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
