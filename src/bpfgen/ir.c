/* The instruction list and its final pass: label resolution and far-jump
 * fixing.  See ir.h. */
#include "bpfgen/ir.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void bpfgen_ir_init(struct bpfgen_ir *ir)
{
	memset(ir, 0, sizeof(*ir));
}

void bpfgen_ir_free(struct bpfgen_ir *ir)
{
	free(ir->insns);
	free(ir->label_at);
	memset(ir, 0, sizeof(*ir));
}

static bool grow(void **p, unsigned int *cap, unsigned int need, size_t size)
{
	unsigned int ncap;
	void *np;

	if (need <= *cap)
		return true;
	ncap = *cap ? *cap * 2 : 64;
	while (ncap < need)
		ncap *= 2;
	np = realloc(*p, (size_t)ncap * size);
	if (!np)
		return false;
	*p = np;
	*cap = ncap;
	return true;
}

int bpfgen_ir_label(struct bpfgen_ir *ir)
{
	if (!grow((void **)&ir->label_at, &ir->lcap, ir->nlabels + 1,
		  sizeof(int))) {
		ir->err = -ENOMEM;
		return -1;
	}
	ir->label_at[ir->nlabels] = -1;
	return (int)ir->nlabels++;
}

void bpfgen_ir_bind(struct bpfgen_ir *ir, int label)
{
	if (label < 0 || (unsigned int)label >= ir->nlabels) {
		if (!ir->err)
			ir->err = -EINVAL;
		return;
	}
	ir->label_at[label] = (int)ir->n;
}

static void emit(struct bpfgen_ir *ir, uint16_t code, uint32_t k, int jt,
		 int jf)
{
	if (!grow((void **)&ir->insns, &ir->cap, ir->n + 1,
		  sizeof(*ir->insns))) {
		ir->err = -ENOMEM;
		return;
	}
	ir->insns[ir->n++] = (struct bpfgen_ir_insn){
		.code = code, .k = k, .jt = jt, .jf = jf,
	};
}

void bpfgen_ir_stmt(struct bpfgen_ir *ir, uint16_t code, uint32_t k)
{
	emit(ir, code, k, -1, -1);
}

void bpfgen_ir_jmp(struct bpfgen_ir *ir, uint16_t op, uint32_t k, int jt,
		   int jf)
{
	emit(ir, BPF_JMP | op | BPF_K, k, jt, jf);
}

void bpfgen_ir_ja(struct bpfgen_ir *ir, int target)
{
	emit(ir, BPF_JMP | BPF_JA, 0, target, -1);
}

/*
 * The final pass walks the list backwards and builds the program from its
 * end.  When a jump is placed, everything after it is final, so its
 * offsets are exact and a single pass fixes every far jump; trampolines
 * inserted later (before it) cannot stretch them.  For every label it
 * remembers the nearest instruction ahead that is equivalent to jumping
 * there: the labelled instruction, a ja trampoline to it, or for a ret any
 * identical ret.  Jumps use the nearest one, so trampolines are shared.
 */
struct rets {
	struct {
		uint16_t code;
		uint32_t k;
		int r;
	} e[16];
	unsigned int n;
};

struct fin {
	struct bpfgen_ir *ir;
	struct sock_filter *rev; /* output, last instruction first */
	bool *tramp;             /* rev[i] is a trampoline */
	unsigned int len, cap, tcap;
	int *near;               /* label -> reversed index, -1 if none */
	struct rets rets;
	unsigned int tramps;
	int err;
};

static bool is_ret(const struct bpfgen_ir_insn *in)
{
	return BPF_CLASS(in->code) == BPF_RET;
}

static int *ret_slot(struct fin *f, uint16_t code, uint32_t k)
{
	for (unsigned int i = 0; i < f->rets.n; i++)
		if (f->rets.e[i].code == code && f->rets.e[i].k == k)
			return &f->rets.e[i].r;
	if (f->rets.n == sizeof(f->rets.e) / sizeof(f->rets.e[0]))
		return NULL;
	f->rets.e[f->rets.n].code = code;
	f->rets.e[f->rets.n].k = k;
	f->rets.e[f->rets.n].r = -1;
	return &f->rets.e[f->rets.n++].r;
}

/* Appends (at the front of the program) and returns its reversed index. */
static int push(struct fin *f, uint16_t code, uint32_t k, uint8_t jt,
		uint8_t jf)
{
	if (f->len >= BPF_MAXINSNS) {
		f->err = -E2BIG;
		return -1;
	}
	if (!grow((void **)&f->rev, &f->cap, f->len + 1, sizeof(*f->rev)) ||
	    !grow((void **)&f->tramp, &f->tcap, f->len + 1,
		  sizeof(*f->tramp))) {
		f->err = -ENOMEM;
		return -1;
	}
	f->tramp[f->len] = false;
	f->rev[f->len] = (struct sock_filter){
		.code = code, .jt = jt, .jf = jf, .k = k,
	};
	if (BPF_CLASS(code) == BPF_RET) {
		int *slot = ret_slot(f, code, k);

		if (slot)
			*slot = (int)f->len;
	}
	return (int)f->len++;
}

static const struct bpfgen_ir_insn *target_insn(struct fin *f, int label)
{
	return &f->ir->insns[f->ir->label_at[label]];
}

/* Reversed index of the nearest instruction equivalent to label. */
static int nearest(struct fin *f, int label)
{
	const struct bpfgen_ir_insn *t = target_insn(f, label);

	if (is_ret(t)) {
		int *slot = ret_slot(f, t->code, t->k);

		if (slot && *slot >= 0)
			return *slot;
	}
	return f->near[label];
}

/* A trampoline for label, placed next; returns its reversed index. */
static int trampoline(struct fin *f, int label)
{
	const struct bpfgen_ir_insn *t = target_insn(f, label);
	int r;

	if (is_ret(t))
		r = push(f, t->code, t->k, 0, 0);
	else
		r = push(f, BPF_JMP | BPF_JA, f->len - f->near[label] - 1, 0,
			 0);
	if (r < 0)
		return r;
	f->tramp[r] = true;
	if (!is_ret(t))
		f->near[label] = r;
	return r;
}

static void place_jump(struct fin *f, const struct bpfgen_ir_insn *in)
{
	int lab[2] = { in->jt, in->jf };
	int r[2];
	bool far[2] = { false, false };
	unsigned int nfar = 0;
	bool changed = true;

	for (int i = 0; i < 2; i++) {
		r[i] = nearest(f, lab[i]);
		if (r[i] < 0) {
			f->err = -EINVAL; /* backward jump: a generator bug */
			return;
		}
	}
	/* Each trampoline moves the jump one further from its targets. */
	while (changed) {
		changed = false;
		for (int i = 0; i < 2; i++) {
			if (far[i])
				continue;
			if (f->len + nfar - (unsigned int)r[i] - 1 > 255) {
				far[i] = true;
				nfar++;
				changed = true;
			}
		}
	}
	for (int i = 1; i >= 0; i--) {
		if (!far[i])
			continue;
		if (i == 0 && far[1] && lab[0] == lab[1]) {
			r[0] = r[1];
			continue;
		}
		r[i] = trampoline(f, lab[i]);
		if (r[i] < 0)
			return;
	}
	push(f, in->code, in->k, (uint8_t)(f->len - r[0] - 1),
	     (uint8_t)(f->len - r[1] - 1));
}

static void place(struct fin *f, const struct bpfgen_ir_insn *in)
{
	const struct bpfgen_ir_insn *t;
	int r;

	if (in->code == (BPF_JMP | BPF_JA)) {
		t = target_insn(f, in->jt);
		if (is_ret(t)) {
			/* Jump threading: a ja to a ret is that ret. */
			push(f, t->code, t->k, 0, 0);
			return;
		}
		r = nearest(f, in->jt);
		if (r < 0) {
			f->err = -EINVAL;
			return;
		}
		push(f, in->code, f->len - (unsigned int)r - 1, 0, 0);
		return;
	}
	if (BPF_CLASS(in->code) == BPF_JMP) {
		place_jump(f, in);
		return;
	}
	push(f, in->code, in->k, 0, 0);
}

/*
 * Removes instructions nothing reaches (a ret every jump found a nearer
 * copy of, the final ret TRACE of a filter that traces nothing).  Offsets
 * only shrink, so no jump becomes far.
 */
static int drop_dead(struct sock_filter *p, bool *tramp, unsigned int *len,
		     unsigned int *ntramp)
{
	unsigned int n = *len, m = 0;
	bool *live = calloc(n, sizeof(*live));
	unsigned int *idx = malloc(sizeof(*idx) * n);
	int err = 0;

	if (!live || !idx) {
		err = -ENOMEM;
		goto out;
	}
	live[0] = true;
	/* All jumps go forward: one sweep propagates reachability. */
	for (unsigned int i = 0; i < n; i++) {
		uint16_t code = p[i].code;

		if (!live[i])
			continue;
		if (code == (BPF_JMP | BPF_JA))
			live[i + 1 + p[i].k] = true;
		else if (BPF_CLASS(code) == BPF_JMP) {
			live[i + 1 + p[i].jt] = true;
			live[i + 1 + p[i].jf] = true;
		} else if (BPF_CLASS(code) != BPF_RET)
			live[i + 1] = true;
	}
	*ntramp = 0;
	for (unsigned int i = 0; i < n; i++) {
		idx[i] = m;
		m += live[i];
		*ntramp += live[i] && tramp[i];
	}
	for (unsigned int i = 0; i < n; i++) {
		struct sock_filter in = p[i];

		if (!live[i])
			continue;
		if (in.code == (BPF_JMP | BPF_JA))
			in.k = idx[i + 1 + in.k] - idx[i] - 1;
		else if (BPF_CLASS(in.code) == BPF_JMP) {
			in.jt = (uint8_t)(idx[i + 1 + in.jt] - idx[i] - 1);
			in.jf = (uint8_t)(idx[i + 1 + in.jf] - idx[i] - 1);
		}
		p[idx[i]] = in;
	}
	*len = m;
out:
	free(live);
	free(idx);
	return err;
}

static int check_labels(const struct bpfgen_ir *ir)
{
	for (unsigned int i = 0; i < ir->n; i++) {
		const struct bpfgen_ir_insn *in = &ir->insns[i];
		int lab[2] = { in->jt, in->jf };
		int nl;

		if (BPF_CLASS(in->code) != BPF_JMP)
			continue;
		nl = in->code == (BPF_JMP | BPF_JA) ? 1 : 2;
		for (int j = 0; j < nl; j++) {
			if (lab[j] < 0 || (unsigned int)lab[j] >= ir->nlabels)
				return -EINVAL;
			if (ir->label_at[lab[j]] <= (int)i ||
			    ir->label_at[lab[j]] >= (int)ir->n)
				return -EINVAL;
		}
	}
	if (!ir->n || !is_ret(&ir->insns[ir->n - 1]))
		return -EINVAL;
	return 0;
}

int bpfgen_ir_finish(struct bpfgen_ir *ir, struct sock_filter **out,
		     unsigned int *len, unsigned int *trampolines)
{
	struct fin f = { .ir = ir };
	int *first = NULL, *next = NULL;
	int err;

	if (ir->err)
		return ir->err;
	err = check_labels(ir);
	if (err)
		return err;
	f.near = malloc(sizeof(int) * (ir->nlabels + 1));
	first = malloc(sizeof(int) * ir->n);
	next = malloc(sizeof(int) * (ir->nlabels + 1));
	if (!f.near || !first || !next) {
		err = -ENOMEM;
		goto out;
	}
	for (unsigned int i = 0; i < ir->n; i++)
		first[i] = -1;
	for (unsigned int l = 0; l < ir->nlabels; l++) {
		f.near[l] = -1;
		next[l] = -1;
		if (ir->label_at[l] >= 0 && ir->label_at[l] < (int)ir->n) {
			next[l] = first[ir->label_at[l]];
			first[ir->label_at[l]] = (int)l;
		}
	}
	for (unsigned int i = ir->n; i-- > 0 && !f.err;) {
		place(&f, &ir->insns[i]);
		for (int l = first[i]; l >= 0; l = next[l])
			f.near[l] = (int)f.len - 1;
	}
	err = f.err;
	if (err)
		goto out;
	/* Reverse in place into program order. */
	for (unsigned int i = 0; i < f.len / 2; i++) {
		struct sock_filter tmp = f.rev[i];
		bool t = f.tramp[i];

		f.rev[i] = f.rev[f.len - 1 - i];
		f.rev[f.len - 1 - i] = tmp;
		f.tramp[i] = f.tramp[f.len - 1 - i];
		f.tramp[f.len - 1 - i] = t;
	}
	err = drop_dead(f.rev, f.tramp, &f.len, &f.tramps);
	if (err)
		goto out;
	*out = f.rev;
	*len = f.len;
	if (trampolines)
		*trampolines = f.tramps;
	f.rev = NULL;
out:
	free(f.rev);
	free(f.tramp);
	free(f.near);
	free(first);
	free(next);
	return err;
}
