/* The filter's overall shape, strategy choice, self-check and statistics.
 *
 *	ld [4]				arch
 *	jeq #X86_64, x86, next		unknown arch: ALLOW
 * next: jeq #I386, i386, ALLOW
 * x86:	ld [0]				nr
 *	jset #0x40000000, x32, x86_64	only when both are traced
 * x86_64: <matcher>			-> TRACE, ALLOW, fd, ...
 * x32:	<matcher over 0x40000000 + n>
 * i386: ld [0]; <matcher>		socketcall/ipc -> sock/ipc
 * fd:	ld [16]; <matcher over fds>	args[0] only once nr is selected
 * sock: ld [16]; <matcher over sub-calls>
 * ipc:	ld [16]; and #0xffff; <matcher over sub-calls>
 * condN: ld [16]; jset #mask or <matcher over values>  (bpfgen_argcond)
 *	ret ALLOW; ret TRACE
 *
 * (blocks laid out in that order unless a shorter one can go first, see
 * order_blocks).  A personality with nothing traced gets no block and no
 * test: its arch or number test sends it to ALLOW.  When one of x86_64
 * and x32 is traced alone the jset is dropped too, since the other's
 * numbers fall outside every selected range anyway.
 */
#include "bpfgen/bpfgen.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bpfgen/ir.h"

static const char *const strategy_names[BPFGEN_STRATEGY_COUNT] = {
	[BPFGEN_AUTO] = "auto",
	[BPFGEN_LINEAR] = "linear",
	[BPFGEN_INVERTED] = "inverted",
	[BPFGEN_BSEARCH] = "bsearch",
	[BPFGEN_BITMAP] = "bitmap",
};

const char *bpfgen_strategy_name(enum bpfgen_strategy s)
{
	if ((unsigned int)s >= BPFGEN_STRATEGY_COUNT)
		return "?";
	return strategy_names[s];
}

int bpfgen_strategy_from_name(const char *name)
{
	for (int s = 0; s < BPFGEN_STRATEGY_COUNT; s++)
		if (strcmp(name, strategy_names[s]) == 0)
			return s;
	return -EINVAL;
}

enum cls { C_ALLOW, C_TRACE, C_FD, C_SOCK, C_IPC, C_COND0,
	   C_COUNT = C_COND0 + BPFGEN_MAX_CONDS };

struct gen {
	const struct bpfgen_input *in;
	struct bpfgen_ir ir;
	int lab[C_COUNT];
	/* per personality: class of each number, map over raw nr */
	enum cls cls[PERS_COUNT][BITSET_BITS];
	/* when past[p], every number from from[p] up is traced */
	unsigned int from[PERS_COUNT];
	bool past[PERS_COUNT];
	bool busy[PERS_COUNT]; /* anything not ALLOW */
	struct bpfgen_vmap map[PERS_COUNT];
	struct bpfgen_vmap sub[C_COUNT]; /* value maps of fd/sock/ipc */
	bool used[C_COUNT];
	enum bpfgen_strategy strat[PERS_COUNT];
	enum bpfgen_strategy sub_strat[C_COUNT];
	unsigned int blen[PERS_COUNT]; /* block length as measured alone */
};

static bool included(const struct bpfgen_input *in, int p)
{
	unsigned int mask = in->pers_mask ? in->pers_mask : BPFGEN_PERS_ALL;

	return mask & (1u << p);
}

static bool test(const struct bitset *b, long n)
{
	return b && n >= 0 && bitset_test(b, (unsigned long)n);
}

/* The argument condition on number n of personality p, or -1.  One
 * that no argument can meet is none: the number stays a cacheable
 * constant. */
static int cond_of(const struct bpfgen_input *in, int p, long n)
{
	for (unsigned int i = 0; i < in->nconds; i++) {
		const struct bpfgen_argcond *c = &in->conds[i];
		if (c->nr[p] != n || n < 0)
			continue;
		if (!c->mask && bitset_empty(c->values))
			return -1;
		return (int)i;
	}
	return -1;
}

static void classify(struct gen *g, int p)
{
	const struct bpfgen_input *in = g->in;
	const struct arch_pers *ap = &arch_pers[p];
	bool socks = in->socketcalls && !bitset_empty(in->socketcalls);
	bool ipcs = in->ipccalls && !bitset_empty(in->ipccalls);

	g->past[p] = included(in, p) && in->trace_from[p];
	g->from[p] = g->past[p] ? in->trace_from[p] : BITSET_BITS;
	if (g->past[p])
		g->busy[p] = g->used[C_TRACE] = true;
	for (long n = 0; n < BITSET_BITS; n++) {
		enum cls c = C_ALLOW;
		bool traced = test(in->traced[p], n);

		if (!included(in, p)) {
			/* stays C_ALLOW */
		} else if (n >= g->from[p]) {
			c = C_TRACE;
		} else if (n == ap->socketcall_nr && !traced) {
			c = socks ? C_SOCK : C_ALLOW;
		} else if (n == ap->ipc_nr && !traced) {
			c = ipcs ? C_IPC : C_ALLOW;
		} else if (!traced && cond_of(in, p, n) >= 0) {
			c = (enum cls)(C_COND0 + cond_of(in, p, n));
		} else if (!traced) {
			c = C_ALLOW;
		} else if (in->fds && test(in->fd_syscalls[p], n) &&
			   n != ap->socketcall_nr && n != ap->ipc_nr) {
			/* With no fd selected these never stop: keep them
			 * constant (cacheable) rather than test args[0]. */
			c = bitset_empty(in->fds) ? C_ALLOW : C_FD;
		} else {
			c = C_TRACE;
		}
		g->cls[p][n] = c;
		if (c != C_ALLOW)
			g->busy[p] = true;
		g->used[c] = true;
	}
}

/* The bit telling p's numbers from those of a personality that shares
 * its arch but has no block (so no jset sends them elsewhere): x32's. */
static uint32_t split_bit(const struct gen *g, int p)
{
	for (int q = 0; q < PERS_COUNT; q++)
		if (q != p && !g->busy[q] &&
		    arch_pers[q].audit_arch == arch_pers[p].audit_arch)
			return arch_pers[q].nr_bias | arch_pers[p].nr_bias;
	return 0;
}

static int map_from_set(struct bpfgen_vmap *m, const struct bitset *set,
			int sel, int allow)
{
	int lab[BITSET_BITS];

	for (unsigned int i = 0; i < BITSET_BITS; i++)
		lab[i] = test(set, i) ? sel : allow;
	return bpfgen_vmap_build(m, 0, lab, allow, NULL);
}

/*
 * Cost of matching m with strategy s: the matcher alone behind "ld [0]",
 * each label a distinct ret, run for every selected value.  *sum is the
 * total of instructions executed (the average times a constant count).
 */
static int measure(const struct bpfgen_vmap *m, enum bpfgen_strategy s,
		   uint64_t *sum, unsigned int *len, unsigned int *worst)
{
	struct bpfgen_ir ir;
	struct bpfgen_vmap t = *m;
	int from[8], to[8], nl = 0, err;
	struct sock_filter *prog = NULL;
	struct seccomp_data d = { 0 };

	t.iv = malloc(sizeof(*t.iv) * m->n);
	if (!t.iv)
		return -ENOMEM;
	bpfgen_ir_init(&ir);
	for (unsigned int i = 0; i < m->n; i++) {
		int k;

		for (k = 0; k < nl && from[k] != m->iv[i].label; k++)
			;
		if (k == nl) {
			if (nl == 8) {
				err = -EINVAL;
				goto out;
			}
			from[nl] = m->iv[i].label;
			to[nl++] = bpfgen_ir_label(&ir);
		}
		t.iv[i] = m->iv[i];
		t.iv[i].label = to[k];
		if (m->iv[i].label == m->allow)
			t.allow = to[k];
	}
	bpfgen_ir_stmt(&ir, BPF_LD | BPF_W | BPF_ABS, 0);
	bpfgen_match_emit(&ir, &t, s);
	for (int k = 0; k < nl; k++) {
		bpfgen_ir_bind(&ir, to[k]);
		bpfgen_ir_stmt(&ir, BPF_RET | BPF_K, (uint32_t)k);
	}
	err = bpfgen_ir_finish(&ir, &prog, len, NULL);
	if (err)
		goto out;
	*sum = 0;
	*worst = 0;
	for (unsigned int i = 0; i < m->n; i++) {
		const struct bpfgen_iv *iv = &m->iv[i];

		for (uint64_t v = iv->lo; v < bpfgen_iv_costed_end(iv); v++) {
			uint32_t ret;
			unsigned int steps;

			d.nr = (int)(uint32_t)v;
			err = bpfgen_run(prog, *len, &d, &ret, &steps);
			if (err)
				goto out;
			if (ret >= (uint32_t)nl || from[ret] != m->iv[i].label) {
				err = -EPROTO;
				goto out;
			}
			*sum += steps;
			if (steps > *worst)
				*worst = steps;
		}
	}
out:
	free(prog);
	free(t.iv);
	bpfgen_ir_free(&ir);
	return err;
}

/*
 * Picks the strategy with the fewest instructions executed on average
 * over the selected values (every selected syscall counted once: we do
 * not know which ones a workload makes most), then the shortest code,
 * then the best worst case.
 */
static int choose(const struct bpfgen_vmap *m, enum bpfgen_strategy forced,
		  enum bpfgen_strategy *out, unsigned int *out_len)
{
	uint64_t best_sum = 0;
	unsigned int best_len = 0, best_worst = 0;
	bool have = false;

	*out = forced == BPFGEN_AUTO ? BPFGEN_LINEAR : forced;
	for (int s = BPFGEN_LINEAR; s < BPFGEN_STRATEGY_COUNT; s++) {
		uint64_t sum;
		unsigned int len, worst;
		int err;

		if (forced != BPFGEN_AUTO && s != (int)forced)
			continue;
		err = measure(m, s, &sum, &len, &worst);
		if (err)
			return err;
		if (!have || sum < best_sum ||
		    (sum == best_sum &&
		     (len < best_len ||
		      (len == best_len && worst < best_worst)))) {
			have = true;
			best_sum = sum;
			best_len = len;
			best_worst = worst;
			*out = s;
		}
	}
	*out_len = best_len; /* with the ld [0] and rets measure() adds */
	return 0;
}

/*
 * Order of blocks sharing a dispatch: the first one sits right after its
 * test, the others are reached by jumps over it, which cost a ja more
 * when longer than 255.  Short blocks go first (shortest first), so their
 * jumps stay near and the long one needs no jump; long blocks keep their
 * natural order, x86_64 before the others.
 */
#define SHORT_BLOCK 200

static void order_blocks(int *idx, const unsigned int *len, int n)
{
	for (int i = 1; i < n; i++) {
		for (int j = i; j > 0; j--) {
			unsigned int a = len[idx[j - 1]], b = len[idx[j]];
			int t = idx[j];

			if (b >= SHORT_BLOCK || (a < SHORT_BLOCK && b >= a))
				break;
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
	}
}

/* Emits the arch dispatch and the personality blocks. */
static int emit_dispatch(struct gen *g)
{
	struct bpfgen_ir *ir = &g->ir;
	/* Groups of personalities sharing an audit arch, in order of first
	 * appearance: x86_64 (with x32) is tested before i386. */
	int grp[PERS_COUNT][PERS_COUNT], gn[PERS_COUNT] = { 0 }, ng = 0;
	int glab[PERS_COUNT], busy_groups[PERS_COUNT], nb = 0;
	unsigned int glen[PERS_COUNT];

	for (int p = 0; p < PERS_COUNT; p++) {
		int k;

		for (k = 0; k < ng; k++)
			if (arch_pers[grp[k][0]].audit_arch ==
			    arch_pers[p].audit_arch)
				break;
		if (k == ng)
			ng++;
		if (g->busy[p])
			grp[k][gn[k]++] = p;
		else if (!gn[k])
			grp[k][0] = p; /* keeps the arch for the test above */
	}
	for (int k = 0; k < ng; k++)
		if (gn[k])
			busy_groups[nb++] = k;
	if (!nb) {
		bpfgen_ir_ja(ir, g->lab[C_ALLOW]);
		return 0;
	}
	bpfgen_ir_stmt(ir, BPF_LD | BPF_W | BPF_ABS,
		       offsetof(struct seccomp_data, arch));
	/* An arch we have no table for: ALLOW.  sift must never make a
	 * tracee's syscall fail, and on x86 there is no such arch. */
	for (int i = 0; i < nb; i++) {
		int k = busy_groups[i];
		int next = i + 1 < nb ? bpfgen_ir_label(ir) : g->lab[C_ALLOW];

		glab[k] = bpfgen_ir_label(ir);
		bpfgen_ir_jmp(ir, BPF_JEQ, arch_pers[grp[k][0]].audit_arch,
			      glab[k], next);
		if (i + 1 < nb)
			bpfgen_ir_bind(ir, next);
	}
	/* Arch tests stay in their order; the blocks are laid out by size. */
	for (int i = 0; i < nb; i++) {
		int k = busy_groups[i];

		glen[k] = 1 + (gn[k] == 2);
		for (int j = 0; j < gn[k]; j++)
			glen[k] += g->blen[grp[k][j]];
	}
	order_blocks(busy_groups, glen, nb);
	for (int i = 0; i < nb; i++) {
		int k = busy_groups[i];
		int plab[2], order[2] = { 0, 1 };

		bpfgen_ir_bind(ir, glab[k]);
		bpfgen_ir_stmt(ir, BPF_LD | BPF_W | BPF_ABS,
			       offsetof(struct seccomp_data, nr));
		if (gn[k] > 2)
			return -EINVAL;
		if (gn[k] == 2) {
			/* Told apart by the bias bit (x32: 0x40000000). */
			int b = arch_pers[grp[k][0]].nr_bias ? 0 : 1;
			uint32_t bias = arch_pers[grp[k][b]].nr_bias;
			unsigned int mlen[2] = { g->blen[grp[k][0]],
						 g->blen[grp[k][1]] };

			if (!bias || (bias & (bias - 1)) ||
			    arch_pers[grp[k][!b]].nr_bias)
				return -EINVAL;
			plab[b] = bpfgen_ir_label(ir);
			plab[!b] = bpfgen_ir_label(ir);
			bpfgen_ir_jmp(ir, BPF_JSET, bias, plab[b], plab[!b]);
			order_blocks(order, mlen, 2);
		}
		for (int j = 0; j < gn[k]; j++) {
			int p = grp[k][order[j]];

			if (gn[k] == 2)
				bpfgen_ir_bind(ir, plab[order[j]]);
			bpfgen_match_emit(ir, &g->map[p], g->strat[p]);
		}
	}
	return 0;
}

static void emit_sub(struct gen *g, enum cls c)
{
	struct bpfgen_ir *ir = &g->ir;

	if (!g->used[c])
		return;
	bpfgen_ir_bind(ir, g->lab[c]);
	bpfgen_ir_stmt(ir, BPF_LD | BPF_W | BPF_ABS,
		       offsetof(struct seccomp_data, args[0]));
	if (c == C_IPC) /* ipc(2): the version lives in the high 16 bits */
		bpfgen_ir_stmt(ir, BPF_ALU | BPF_AND | BPF_K, 0xffff);
	if (c >= C_COND0 && g->in->conds[c - C_COND0].mask) {
		bpfgen_ir_jmp(ir, BPF_JSET, g->in->conds[c - C_COND0].mask,
			      g->lab[C_TRACE], g->lab[C_ALLOW]);
		return;
	}
	bpfgen_match_emit(ir, &g->sub[c], g->sub_strat[c]);
}

/* The value set a conditional class matches args[0] against. */
static const struct bitset *sub_set(const struct bpfgen_input *in,
				    enum cls c)
{
	switch (c) {
	case C_FD:
		return in->fds;
	case C_SOCK:
		return in->socketcalls;
	case C_IPC:
		return in->ipccalls;
	default:
		return c >= C_COND0 ? in->conds[c - C_COND0].values : NULL;
	}
}

/* args[0] that gets a conditional class traced (sel) or not (!sel). */
static bool probe(const struct bpfgen_input *in, enum cls c, bool sel,
		  uint64_t *arg)
{
	const struct bitset *set = sub_set(in, c);

	if (c >= C_COND0 && in->conds[c - C_COND0].mask) {
		uint32_t m = in->conds[c - C_COND0].mask;
		*arg = 0xdeadbeef00000000ull | (sel ? m : ~m);
		return true;
	}
	for (uint64_t v = 0; v <= BITSET_BITS; v++) {
		if (test(set, (long)v) == sel) {
			/* junk in the bits the filter must ignore */
			*arg = c == C_FD    ? v | 0xdeadbeef00000000ull
			       : c == C_IPC ? v | 0x10000
					    : v;
			return true;
		}
	}
	return false;
}

static int run_one(const struct bpfgen_prog *out, uint32_t arch, uint32_t nr,
		   uint64_t arg0, uint32_t *ret, unsigned int *steps)
{
	struct seccomp_data d = { .nr = (int)nr, .arch = arch };

	d.args[0] = arg0;
	return bpfgen_run(out->insns, out->len, &d, ret, steps);
}

/* Checks the program against the classes and fills the statistics. */
static int self_check(const struct gen *g, struct bpfgen_prog *out)
{
	uint32_t ret;
	unsigned int steps;
	int err = run_one(out, 0, 0, 0, &ret, &steps);

	if (err || ret != SECCOMP_RET_ALLOW)
		return -EPROTO;
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct arch_pers *ap = &arch_pers[p];
		struct bpfgen_pers_stats *st = &out->pers[p];
		uint64_t total = 0;

		st->included = included(g->in, p);
		st->strategy = g->busy[p] ? g->strat[p] : BPFGEN_AUTO;
		for (uint32_t n = 0; n < BITSET_BITS; n++) {
			uint32_t nr = ap->nr_bias + n;
			enum cls c = g->cls[p][n];
			bool cached = bpfgen_const_allow(out->insns, out->len,
							 ap->audit_arch, nr);
			uint64_t arg = 0;

			st->cacheable += cached;
			if (c == C_ALLOW) {
				err = run_one(out, ap->audit_arch, nr, 0, &ret,
					      &steps);
				if (err || ret != SECCOMP_RET_ALLOW || !cached)
					return -EPROTO;
				continue;
			}
			if (c != C_TRACE && probe(g->in, c, false, &arg)) {
				err = run_one(out, ap->audit_arch, nr, arg,
					      &ret, &steps);
				if (err || ret != SECCOMP_RET_ALLOW)
					return -EPROTO;
			}
			if (c != C_TRACE && !probe(g->in, c, true, &arg))
				return -EPROTO;
			err = run_one(out, ap->audit_arch, nr, arg, &ret,
				      &steps);
			if (err || ret != SECCOMP_RET_TRACE || cached)
				return -EPROTO;
			if (n >= g->from[p])
				continue; /* checked, not counted */
			if (c == C_TRACE)
				st->traced++;
			else
				st->conditional++;
			total += steps;
			if (steps > st->worst_cost)
				st->worst_cost = steps;
		}
		if (st->traced + st->conditional)
			st->avg_cost = (double)total /
				       (st->traced + st->conditional);
		/* past 1023: the first number, and the last of p's */
		st->trace_from = g->past[p] ? g->from[p] : 0;
		for (int i = 0; i < 2; i++) {
			uint32_t nr = i ? (p == PERS_X86_64 ? 0xbfffffffu :
							      UINT32_MAX) :
					  ap->nr_bias + BITSET_BITS;

			err = run_one(out, ap->audit_arch, nr, 0, &ret, &steps);
			if (err || ret != (g->past[p] ? SECCOMP_RET_TRACE :
							SECCOMP_RET_ALLOW))
				return -EPROTO;
		}
	}
	return 0;
}

static void gen_free(struct gen *g)
{
	for (int p = 0; p < PERS_COUNT; p++)
		free(g->map[p].iv);
	for (int c = 0; c < C_COUNT; c++)
		free(g->sub[c].iv);
	bpfgen_ir_free(&g->ir);
}

int bpfgen_build(const struct bpfgen_input *in, struct bpfgen_prog *out)
{
	struct gen *g;
	unsigned int sub_len;
	int err = 0;

	if (!in || !out || (unsigned int)in->strategy >= BPFGEN_STRATEGY_COUNT ||
	    (in->pers_mask & ~BPFGEN_PERS_ALL) || in->nconds > BPFGEN_MAX_CONDS)
		return -EINVAL;
	for (unsigned int i = 0; i < in->nconds; i++)
		if (!in->conds[i].mask && !in->conds[i].values)
			return -EINVAL;
	for (int p = 0; p < PERS_COUNT; p++)
		if (in->trace_from[p] > BITSET_BITS)
			return -EINVAL;
	memset(out, 0, sizeof(*out));
	g = calloc(1, sizeof(*g));
	if (!g)
		return -ENOMEM;
	g->in = in;
	bpfgen_ir_init(&g->ir);
	for (int c = 0; c < C_COUNT; c++)
		g->lab[c] = bpfgen_ir_label(&g->ir);
	for (int p = 0; p < PERS_COUNT; p++)
		classify(g, p);
	for (int p = 0; p < PERS_COUNT && !err; p++) {
		int lab[BITSET_BITS];
		struct bpfgen_vrest rest = {
			.from = g->from[p],
			.beyond = g->lab[g->past[p] ? C_TRACE : C_ALLOW],
			.split = split_bit(g, p),
		};

		for (unsigned int n = 0; n < BITSET_BITS; n++)
			lab[n] = g->lab[g->cls[p][n]];
		err = bpfgen_vmap_build(&g->map[p], arch_pers[p].nr_bias, lab,
					g->lab[C_ALLOW], &rest);
		if (!err && g->busy[p])
			err = choose(&g->map[p], in->strategy, &g->strat[p],
				     &g->blen[p]);
	}
	for (int c = C_FD; c < C_COUNT && !err; c++) {
		if (!g->used[c] ||
		    (c >= C_COND0 && in->conds[c - C_COND0].mask))
			continue;
		err = map_from_set(&g->sub[c], sub_set(in, (enum cls)c),
				   g->lab[C_TRACE],
				   g->lab[C_ALLOW]);
		if (!err)
			err = choose(&g->sub[c], in->strategy, &g->sub_strat[c],
				     &sub_len);
	}
	if (err)
		goto out;
	err = emit_dispatch(g);
	if (err)
		goto out;
	for (int c = C_FD; c < C_COUNT; c++)
		emit_sub(g, c);
	bpfgen_ir_bind(&g->ir, g->lab[C_ALLOW]);
	bpfgen_ir_stmt(&g->ir, BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	bpfgen_ir_bind(&g->ir, g->lab[C_TRACE]);
	bpfgen_ir_stmt(&g->ir, BPF_RET | BPF_K, SECCOMP_RET_TRACE);
	err = bpfgen_ir_finish(&g->ir, &out->insns, &out->len,
			       &out->trampolines);
	if (err)
		goto out;
	out->strategy = in->strategy;
	err = bpfgen_check(out->insns, out->len);
	if (!err)
		err = self_check(g, out);
	else
		err = -EPROTO;
out:
	if (err)
		bpfgen_prog_free(out);
	gen_free(g);
	free(g);
	return err;
}

void bpfgen_prog_free(struct bpfgen_prog *p)
{
	if (!p)
		return;
	free(p->insns);
	memset(p, 0, sizeof(*p));
}

int bpfgen_install(const struct bpfgen_prog *p)
{
	struct sock_fprog fp = {
		.len = (unsigned short)p->len,
		.filter = p->insns,
	};

	if (!p->len || p->len > BPF_MAXINSNS)
		return -EINVAL;
	return bpfgen_install_fprog(&fp);
}

int bpfgen_install_fprog(const struct sock_fprog *fp)
{
	unsigned long flags = SECCOMP_FILTER_FLAG_SPEC_ALLOW;
	bool nnp = false;

	for (;;) {
		if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, fp) ==
		    0)
			return 0;
		if (errno == EACCES && !nnp) {
			/* Unprivileged: the kernel wants no_new_privs, which
			 * a privileged tracer spares its tracee (setuid
			 * programs keep working under root). */
			if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
				return -errno;
			nnp = true;
		} else if (errno == EINVAL && flags) {
			/* Linux < 4.17 does not know the flag */
			flags = 0;
		} else {
			return -errno;
		}
	}
}
