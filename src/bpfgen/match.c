/* The matchers: code that sends the value in A to the label a value map
 * gives it.  Every one uses only jeq/jge/jgt/jset against constants, the
 * subset the kernel's constant-action cache emulation follows, so a value
 * whose label is a ret ALLOW is a cacheable constant. */
#include "bpfgen/ir.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define VMAX UINT32_MAX

/* ---- value maps ---------------------------------------------------- */

static int add_iv(struct bpfgen_iv **iv, unsigned int *n, unsigned int *cap,
		  uint32_t lo, uint32_t hi, int label, uint32_t weight)
{
	if (*n && (*iv)[*n - 1].label == label) {
		(*iv)[*n - 1].hi = hi;
		(*iv)[*n - 1].weight += weight;
		return 0;
	}
	if (*n == *cap) {
		unsigned int ncap = *cap ? *cap * 2 : 64;
		struct bpfgen_iv *p = realloc(*iv, ncap * sizeof(*p));

		if (!p)
			return -ENOMEM;
		*iv = p;
		*cap = ncap;
	}
	(*iv)[(*n)++] = (struct bpfgen_iv){
		.lo = lo, .hi = hi, .label = label, .weight = weight,
	};
	return 0;
}

/* [lo, hi] to label, except the values whose split bit differs from
 * base's, which go to allow.  The whole range costs as one value: these
 * are numbers past the table that no working program makes. */
static int add_rest(struct bpfgen_iv **iv, unsigned int *n, unsigned int *cap,
		    uint32_t lo, uint32_t hi, int label, int allow,
		    uint32_t base, uint32_t split)
{
	uint32_t weight = label != allow;

	while (split) {
		uint32_t block_hi = lo | (split - 1);
		bool own = (lo & split) == (base & split);
		int err;

		if (block_hi >= hi)
			return add_iv(iv, n, cap, lo, hi, own ? label : allow,
				      own ? weight : 0);
		err = add_iv(iv, n, cap, lo, block_hi, own ? label : allow,
			     own ? weight : 0);
		if (err)
			return err;
		lo = block_hi + 1;
	}
	return add_iv(iv, n, cap, lo, hi, label, weight);
}

int bpfgen_vmap_build(struct bpfgen_vmap *m, uint32_t base,
		      const int label_of[BITSET_BITS], int allow,
		      const struct bpfgen_vrest *rest)
{
	struct bpfgen_iv *iv = NULL;
	unsigned int n = 0, cap = 0;
	unsigned int from = rest ? rest->from : BITSET_BITS;
	int beyond = rest ? rest->beyond : allow;
	uint32_t split = rest ? rest->split : 0;
	int err = 0;

	if (base > VMAX - (BITSET_BITS - 1) || from > BITSET_BITS ||
	    (split & (split - 1)) || (split && split <= BITSET_BITS))
		return -EINVAL;
	if (base > 0)
		err = add_iv(&iv, &n, &cap, 0, base - 1, allow, 0);
	for (uint32_t i = 0; i < from && !err; i++)
		err = add_iv(&iv, &n, &cap, base + i, base + i, label_of[i],
			     label_of[i] != allow);
	if (!err && base + from - 1 < VMAX)
		err = add_rest(&iv, &n, &cap, base + from, VMAX, beyond,
			       allow, base, split);
	if (err) {
		free(iv);
		return err;
	}
	m->iv = iv;
	m->n = n;
	m->allow = allow;
	return 0;
}

static unsigned int find_iv(const struct bpfgen_vmap *m, uint32_t v)
{
	unsigned int lo = 0, hi = m->n - 1;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo + 1) / 2;

		if (m->iv[mid].lo <= v)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

int bpfgen_vmap_lookup(const struct bpfgen_vmap *m, uint32_t v)
{
	return m->iv[find_iv(m, v)].label;
}

/* ---- linear and inverted ------------------------------------------- */

/*
 * A chain of interval tests, each falling through to the next, the last
 * to the default label.  LINEAR defaults to the unselected label and tests
 * the selected intervals; INVERTED defaults to the heaviest selected label
 * and tests the others, which wins when the unselected set has fewer
 * intervals (trace=!read,write).
 *
 * Order matters only for the cost of selected values, which pay for every
 * test before theirs: by Smith's rule, tests are sorted by cost per
 * selected value they hold (cheapest first), weightless tests last.
 */
struct ltest {
	const struct bpfgen_iv *iv;
	unsigned int cost;
};

static unsigned int test_cost(const struct bpfgen_iv *iv)
{
	return (iv->lo == iv->hi || iv->lo == 0 || iv->hi == VMAX) ? 1 : 2;
}

static int cmp_ltest(const void *a, const void *b)
{
	const struct ltest *x = a, *y = b;
	uint64_t lx, ly;

	if (!x->iv->weight != !y->iv->weight)
		return x->iv->weight ? -1 : 1;
	/* x->cost / x->weight < y->cost / y->weight */
	lx = (uint64_t)x->cost * y->iv->weight;
	ly = (uint64_t)y->cost * x->iv->weight;
	if (lx != ly)
		return lx < ly ? -1 : 1;
	return x->iv->lo < y->iv->lo ? -1 : 1;
}

static void emit_test(struct bpfgen_ir *ir, const struct bpfgen_iv *iv,
		      int next, bool low_first)
{
	int mid;

	if (iv->lo == iv->hi) {
		bpfgen_ir_jmp(ir, BPF_JEQ, iv->lo, iv->label, next);
	} else if (iv->lo == 0) {
		bpfgen_ir_jmp(ir, BPF_JGT, iv->hi, next, iv->label);
	} else if (iv->hi == VMAX) {
		bpfgen_ir_jmp(ir, BPF_JGE, iv->lo, iv->label, next);
	} else {
		mid = bpfgen_ir_label(ir);
		if (low_first) {
			/* values below lo leave after one insn */
			bpfgen_ir_jmp(ir, BPF_JGE, iv->lo, mid, next);
			bpfgen_ir_bind(ir, mid);
			bpfgen_ir_jmp(ir, BPF_JGT, iv->hi, next, iv->label);
		} else {
			bpfgen_ir_jmp(ir, BPF_JGT, iv->hi, next, mid);
			bpfgen_ir_bind(ir, mid);
			bpfgen_ir_jmp(ir, BPF_JGE, iv->lo, iv->label, next);
		}
	}
}

static void emit_chain(struct bpfgen_ir *ir, const struct bpfgen_vmap *m,
		       int dflt)
{
	struct ltest *t = malloc(sizeof(*t) * m->n);
	uint64_t *below = malloc(sizeof(*below) * (m->n + 1));
	unsigned int nt = 0;

	if (!t || !below) {
		ir->err = -ENOMEM;
		goto out;
	}
	below[0] = 0;
	for (unsigned int i = 0; i < m->n; i++) {
		below[i + 1] = below[i] + m->iv[i].weight;
		if (m->iv[i].label != dflt)
			t[nt++] = (struct ltest){
				.iv = &m->iv[i], .cost = test_cost(&m->iv[i]),
			};
	}
	qsort(t, nt, sizeof(*t), cmp_ltest);
	if (!nt)
		bpfgen_ir_ja(ir, dflt);
	for (unsigned int i = 0; i < nt; i++) {
		unsigned int idx = (unsigned int)(t[i].iv - m->iv);
		uint64_t lo_w = below[idx];
		uint64_t hi_w = below[m->n] - below[idx + 1];
		int next = i + 1 < nt ? bpfgen_ir_label(ir) : dflt;

		emit_test(ir, t[i].iv, next, lo_w >= hi_w);
		if (i + 1 < nt)
			bpfgen_ir_bind(ir, next);
	}
out:
	free(t);
	free(below);
}

/* The selected label holding the most values: the inverted default. */
static int heaviest_label(const struct bpfgen_vmap *m)
{
	struct {
		int label;
		uint64_t w;
	} t[8];
	unsigned int nt = 0, k;
	int best = m->allow;
	uint64_t best_w = 0;

	for (unsigned int i = 0; i < m->n; i++) {
		if (m->iv[i].label == m->allow)
			continue;
		for (k = 0; k < nt && t[k].label != m->iv[i].label; k++)
			;
		if (k == nt) {
			if (nt == sizeof(t) / sizeof(t[0]))
				continue;
			t[nt].label = m->iv[i].label;
			t[nt++].w = 0;
		}
		t[k].w += (uint64_t)m->iv[i].hi - m->iv[i].lo + 1;
		if (t[k].w > best_w) {
			best_w = t[k].w;
			best = t[k].label;
		}
	}
	return best;
}

/* ---- binary search ------------------------------------------------- */

/*
 * A tree of "jge #boundary" tests over the intervals (the leaves).  Its
 * shape minimises the sum over leaves of weight x depth, weights being
 * 1024 per selected value plus 1 per leaf so unselected ones still lean
 * shallow: the optimal alphabetic tree, by dynamic programming with
 * Knuth's root bounds (O(n^2)).  A sub-range whose leaves are one label
 * plus a few single values becomes a jeq chain when that is cheaper
 * ("A 257 A 259 A": two jeq instead of four jge).  Past DP_MAX leaves the
 * tree is weight-balanced instead.
 */
#define DP_MAX 512
#define CHAIN_MAX 8
#define CHAIN_SPAN (2 * CHAIN_MAX + 2)

struct bs {
	const struct bpfgen_vmap *m;
	unsigned int n;
	uint64_t *pre;       /* prefix sums of leaf weights */
	uint64_t *cost;      /* n x n, DP only */
	uint16_t *root;      /* n x n, DP only */
	uint64_t *chain;     /* n x CHAIN_SPAN, UINT64_MAX if impossible */
	int *chain_dflt;     /* n x CHAIN_SPAN */
};

static uint64_t leaf_w(const struct bpfgen_iv *iv)
{
	return (uint64_t)iv->weight * 1024 + 1;
}

static uint64_t range_w(const struct bs *b, unsigned int i, unsigned int j)
{
	return b->pre[j + 1] - b->pre[i];
}

static int cmp_u64_desc(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

/* Cost of leaves i..j as a jeq chain defaulting to dflt, or UINT64_MAX. */
static uint64_t chain_cost(const struct bs *b, unsigned int i, unsigned int j,
			   int dflt)
{
	uint64_t w[CHAIN_SPAN], dw = 0, c = 0;
	unsigned int m = 0;

	for (unsigned int k = i; k <= j; k++) {
		const struct bpfgen_iv *iv = &b->m->iv[k];

		if (iv->label == dflt) {
			dw += leaf_w(iv);
			continue;
		}
		if (iv->lo != iv->hi || m == CHAIN_MAX)
			return UINT64_MAX;
		w[m++] = leaf_w(iv);
	}
	qsort(w, m, sizeof(w[0]), cmp_u64_desc);
	for (unsigned int k = 0; k < m; k++)
		c += w[k] * (k + 1);
	return c + dw * m;
}

static void chains_init(struct bs *b)
{
	for (unsigned int i = 0; i < b->n; i++) {
		for (unsigned int d = 0; d < CHAIN_SPAN; d++) {
			unsigned int j = i + d;
			uint64_t best = UINT64_MAX, c;
			int cand[2], best_l = -1;

			b->chain[i * CHAIN_SPAN + d] = UINT64_MAX;
			if (j >= b->n || d == 0)
				continue;
			cand[0] = b->m->iv[i].label;
			cand[1] = b->m->iv[i + 1].label;
			for (int k = 0; k < 2; k++) {
				c = chain_cost(b, i, j, cand[k]);
				if (c < best) {
					best = c;
					best_l = cand[k];
				}
			}
			b->chain[i * CHAIN_SPAN + d] = best;
			b->chain_dflt[i * CHAIN_SPAN + d] = best_l;
		}
	}
}

static uint64_t chain_of(const struct bs *b, unsigned int i, unsigned int j,
			 int *dflt)
{
	unsigned int d = j - i;

	if (d >= CHAIN_SPAN)
		return UINT64_MAX;
	if (dflt)
		*dflt = b->chain_dflt[i * CHAIN_SPAN + d];
	return b->chain[i * CHAIN_SPAN + d];
}

static void dp_solve(struct bs *b)
{
	unsigned int n = b->n;

	for (unsigned int i = 0; i < n; i++) {
		b->cost[i * n + i] = 0;
		b->root[i * n + i] = (uint16_t)i;
	}
	for (unsigned int len = 2; len <= n; len++) {
		for (unsigned int i = 0; i + len - 1 < n; i++) {
			unsigned int j = i + len - 1;
			/* root r: left leaves i..r-1, right r..j */
			unsigned int rlo = i + 1, rhi = j;
			uint64_t best = UINT64_MAX, c;
			unsigned int best_r = i + 1;

			if (len > 2) {
				rlo = b->root[i * n + j - 1];
				rhi = b->root[(i + 1) * n + j];
			}
			if (rlo < i + 1 || rlo > rhi || rhi > j) {
				/* bounds bent by the chain costs: scan all */
				rlo = i + 1;
				rhi = j;
			}
			for (unsigned int r = rlo; r <= rhi; r++) {
				c = b->cost[i * n + r - 1] + b->cost[r * n + j];
				if (c < best) {
					best = c;
					best_r = r;
				}
			}
			best += range_w(b, i, j);
			b->root[i * n + j] = (uint16_t)best_r;
			c = chain_of(b, i, j, NULL);
			b->cost[i * n + j] = c < best ? c : best;
		}
	}
}

/* Weight-balanced root for large maps. */
static unsigned int balanced_root(const struct bs *b, unsigned int i,
				  unsigned int j)
{
	uint64_t total = range_w(b, i, j), best = UINT64_MAX;
	unsigned int best_r = i + 1;

	for (unsigned int r = i + 1; r <= j; r++) {
		uint64_t left = range_w(b, i, r - 1);
		uint64_t d = left * 2 > total ? left * 2 - total
					      : total - left * 2;

		if (d < best) {
			best = d;
			best_r = r;
		}
	}
	return best_r;
}

static int tree_label(struct bpfgen_ir *ir, unsigned int i, unsigned int j,
		      const struct bs *b)
{
	return i == j ? b->m->iv[i].label : bpfgen_ir_label(ir);
}

static void emit_chain_leaves(struct bpfgen_ir *ir, const struct bs *b,
			      unsigned int i, unsigned int j, int dflt)
{
	const struct bpfgen_iv *s[CHAIN_SPAN];
	unsigned int m = 0;

	for (unsigned int k = i; k <= j; k++)
		if (b->m->iv[k].label != dflt)
			s[m++] = &b->m->iv[k];
	/* heaviest first, as chain_cost assumed */
	for (unsigned int x = 1; x < m; x++) {
		for (unsigned int y = x; y > 0; y--) {
			const struct bpfgen_iv *t = s[y];

			if (t->weight <= s[y - 1]->weight)
				break;
			s[y] = s[y - 1];
			s[y - 1] = t;
		}
	}
	for (unsigned int k = 0; k < m; k++) {
		int next = k + 1 < m ? bpfgen_ir_label(ir) : dflt;

		bpfgen_ir_jmp(ir, BPF_JEQ, s[k]->lo, s[k]->label, next);
		if (k + 1 < m)
			bpfgen_ir_bind(ir, next);
	}
}

static void emit_tree(struct bpfgen_ir *ir, const struct bs *b,
		      unsigned int i, unsigned int j, int self)
{
	unsigned int n = b->n, r;
	uint64_t tree_c, ch;
	int dflt = -1, left, right;

	if (i == j || ir->err)
		return;
	bpfgen_ir_bind(ir, self);
	ch = chain_of(b, i, j, &dflt);
	if (b->cost) {
		r = b->root[i * n + j];
		tree_c = b->cost[i * n + r - 1] + b->cost[r * n + j] +
			 range_w(b, i, j);
	} else {
		r = balanced_root(b, i, j);
		tree_c = UINT64_MAX - 1;
	}
	if (ch <= tree_c) {
		emit_chain_leaves(ir, b, i, j, dflt);
		return;
	}
	left = tree_label(ir, i, r - 1, b);
	right = tree_label(ir, r, j, b);
	bpfgen_ir_jmp(ir, BPF_JGE, b->m->iv[r].lo, right, left);
	emit_tree(ir, b, i, r - 1, left);
	emit_tree(ir, b, r, j, right);
}

static void emit_bsearch(struct bpfgen_ir *ir, const struct bpfgen_vmap *m)
{
	struct bs b = { .m = m, .n = m->n };
	int top;

	if (m->n == 1) {
		bpfgen_ir_ja(ir, m->iv[0].label);
		return;
	}
	b.pre = malloc(sizeof(*b.pre) * (m->n + 1));
	b.chain = malloc(sizeof(*b.chain) * m->n * CHAIN_SPAN);
	b.chain_dflt = malloc(sizeof(*b.chain_dflt) * m->n * CHAIN_SPAN);
	if (m->n <= DP_MAX) {
		b.cost = malloc(sizeof(*b.cost) * m->n * m->n);
		b.root = malloc(sizeof(*b.root) * m->n * m->n);
		if (!b.cost || !b.root)
			goto nomem;
	}
	if (!b.pre || !b.chain || !b.chain_dflt)
		goto nomem;
	b.pre[0] = 0;
	for (unsigned int i = 0; i < m->n; i++)
		b.pre[i + 1] = b.pre[i] + leaf_w(&m->iv[i]);
	chains_init(&b);
	if (b.cost)
		dp_solve(&b);
	top = bpfgen_ir_label(ir);
	emit_tree(ir, &b, 0, m->n - 1, top);
	goto out;
nomem:
	ir->err = -ENOMEM;
out:
	free(b.pre);
	free(b.cost);
	free(b.root);
	free(b.chain);
	free(b.chain_dflt);
}

/* ---- bitmap: jset decision diagram --------------------------------- */

/*
 * cBPF cannot index a bit array without shifts (which the cache emulation
 * rejects), and jset tests bits of the value itself.  So the bit array is
 * matched as a reduced ordered decision diagram over the value's bits,
 * most significant first: each node is "jset #(1 << bit)", identical
 * sub-diagrams are shared, a node whose branches agree disappears.  Range
 * guards (jgt/jge) first confine the value to a window inside one aligned
 * block of 2^B values; values outside the window are don't-cares, so a
 * node whose other branch holds only don't-cares collapses too.  A
 * syscall costs the guards plus at most B (10 for syscall numbers) jsets.
 */
#define BDD_DC (-2)

struct bdd_node {
	int bit;
	int hi, lo; /* NODE_REF(index) of a node, or an IR label */
};

#define NODE_REF(i) ((i) + (1 << 20))
#define IS_NODE(r) ((r) >= (1 << 20))
#define NODE_IDX(r) ((r) - (1 << 20))

struct bdd {
	const struct bpfgen_vmap *m;
	uint32_t wlo, whi;
	struct bdd_node *nodes;
	unsigned int n, cap;
	int err;
};

/* Label common to every value in [lo, hi], or -1 if they differ. */
static int const_label(const struct bpfgen_vmap *m, uint32_t lo, uint32_t hi)
{
	unsigned int i = find_iv(m, lo);

	return m->iv[i].hi >= hi ? m->iv[i].label : -1;
}

/* Labels are small non-negative ints (IR label ids < 1 << 20). */
static int bdd_mk(struct bdd *d, int bit, int hi, int lo)
{
	for (unsigned int i = 0; i < d->n; i++)
		if (d->nodes[i].bit == bit && d->nodes[i].hi == hi &&
		    d->nodes[i].lo == lo)
			return NODE_REF((int)i);
	if (d->n == d->cap) {
		unsigned int ncap = d->cap ? d->cap * 2 : 64;
		struct bdd_node *p = realloc(d->nodes, ncap * sizeof(*p));

		if (!p) {
			d->err = -ENOMEM;
			return BDD_DC;
		}
		d->nodes = p;
		d->cap = ncap;
	}
	d->nodes[d->n] = (struct bdd_node){ .bit = bit, .hi = hi, .lo = lo };
	return NODE_REF((int)d->n++);
}

/* Diagram for the cube [base, base + 2^level - 1]. */
static int bdd_build(struct bdd *d, uint64_t base, int level)
{
	uint64_t top = base + ((uint64_t)1 << level) - 1;
	uint64_t lo = base > d->wlo ? base : d->wlo;
	uint64_t hi = top < d->whi ? top : d->whi;
	int l, h, c;

	if (lo > hi)
		return BDD_DC;
	c = const_label(d->m, (uint32_t)lo, (uint32_t)hi);
	if (c >= 0 || level == 0)
		return c >= 0 ? c : bpfgen_vmap_lookup(d->m, (uint32_t)lo);
	l = bdd_build(d, base, level - 1);
	h = bdd_build(d, base + ((uint64_t)1 << (level - 1)), level - 1);
	if (d->err)
		return BDD_DC;
	if (l == BDD_DC)
		return h;
	if (h == BDD_DC || l == h)
		return l;
	return bdd_mk(d, level - 1, h, l);
}

/* jsets a value in [wlo, whi] runs through, summed over selected values. */
static uint64_t bdd_cost(const struct bdd *d, int root)
{
	uint64_t c = 0;

	for (unsigned int i = 0; i < d->m->n; i++) {
		const struct bpfgen_iv *iv = &d->m->iv[i];

		for (uint64_t v = iv->lo; v < bpfgen_iv_costed_end(iv); v++) {
			int r = root;

			if (v < d->wlo || v > d->whi)
				continue;
			while (IS_NODE(r)) {
				const struct bdd_node *nd;

				nd = &d->nodes[NODE_IDX(r)];
				c++;
				r = (v >> nd->bit) & 1 ? nd->hi : nd->lo;
			}
		}
	}
	return c;
}

static int block_bits(uint32_t lo, uint32_t hi)
{
	int b = 0;

	while (b < 32 && (lo >> b) != (hi >> b))
		b++;
	return b;
}

static void emit_bitmap(struct bpfgen_ir *ir, const struct bpfgen_vmap *m)
{
	const struct bpfgen_iv *first = &m->iv[0], *last = &m->iv[m->n - 1];
	struct bdd d = { .m = m }, alt = { .m = m };
	int out_label = last->label, root, alt_root, bits, entry;
	bool guard_lo;
	int *lab = NULL;
	uint64_t w = 0;

	if (m->n == 1) {
		bpfgen_ir_ja(ir, first->label);
		return;
	}
	d.wlo = 0;
	d.whi = last->lo - 1;
	if (first->label == out_label && m->n > 2)
		d.wlo = first->hi + 1;
	bits = block_bits(d.wlo, d.whi);
	root = bdd_build(&d, (uint64_t)d.wlo & ~(((uint64_t)1 << bits) - 1),
			 bits);
	guard_lo = d.wlo > 0;
	/* In a block starting at 0 the low guard is optional: keep it only
	 * if the don't-cares it creates save more than it costs. */
	if (guard_lo && (bits >= 32 || (d.wlo >> bits) == 0)) {
		alt.wlo = 0;
		alt.whi = d.whi;
		alt_root = bdd_build(&alt, 0, block_bits(0, d.whi));
		for (unsigned int i = 0; i < m->n; i++)
			w += m->iv[i].weight;
		if (!alt.err && !d.err &&
		    bdd_cost(&alt, alt_root) <= bdd_cost(&d, root) + w) {
			free(d.nodes);
			d = alt;
			alt.nodes = NULL;
			root = alt_root;
			guard_lo = false;
		}
	}
	if (d.err || alt.err) {
		ir->err = d.err ? d.err : alt.err;
		goto out;
	}
	entry = IS_NODE(root) ? bpfgen_ir_label(ir) : root;
	if (d.whi < VMAX) {
		int next = guard_lo ? bpfgen_ir_label(ir) : entry;

		bpfgen_ir_jmp(ir, BPF_JGT, d.whi, out_label, next);
		if (guard_lo)
			bpfgen_ir_bind(ir, next);
	}
	if (guard_lo)
		bpfgen_ir_jmp(ir, BPF_JGE, d.wlo, entry, first->label);
	if (!IS_NODE(root)) {
		if (d.whi == VMAX && !guard_lo)
			bpfgen_ir_ja(ir, root);
		goto out;
	}
	bpfgen_ir_bind(ir, entry);
	/* Nodes in order of decreasing bit: parents before children. */
	lab = malloc(sizeof(*lab) * d.n);
	if (!lab) {
		ir->err = -ENOMEM;
		goto out;
	}
	for (unsigned int i = 0; i < d.n; i++)
		lab[i] = NODE_IDX(root) == (int)i ? entry : bpfgen_ir_label(ir);
	for (int bit = 31; bit >= 0; bit--) {
		for (unsigned int i = 0; i < d.n; i++) {
			const struct bdd_node *nd = &d.nodes[i];

			if (nd->bit != bit)
				continue;
			if ((int)i != NODE_IDX(root))
				bpfgen_ir_bind(ir, lab[i]);
			bpfgen_ir_jmp(ir, BPF_JSET, (uint32_t)1 << bit,
				      IS_NODE(nd->hi) ? lab[NODE_IDX(nd->hi)]
						      : nd->hi,
				      IS_NODE(nd->lo) ? lab[NODE_IDX(nd->lo)]
						      : nd->lo);
		}
	}
out:
	free(lab);
	free(d.nodes);
	free(alt.nodes);
}

void bpfgen_match_emit(struct bpfgen_ir *ir, const struct bpfgen_vmap *m,
		       enum bpfgen_strategy s)
{
	switch (s) {
	case BPFGEN_LINEAR:
		emit_chain(ir, m, m->allow);
		break;
	case BPFGEN_INVERTED:
		emit_chain(ir, m, heaviest_label(m));
		break;
	case BPFGEN_BSEARCH:
		emit_bsearch(ir, m);
		break;
	case BPFGEN_BITMAP:
		emit_bitmap(ir, m);
		break;
	default:
		ir->err = -EINVAL;
		break;
	}
}
