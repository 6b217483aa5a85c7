/* bpfgen internals: an instruction list with symbolic labels, resolved by
 * a final pass that fixes far jumps, and the matchers (strategies) that
 * emit into it.  Private to src/bpfgen and its unit test.  Emitters keep a
 * sticky error in the list; bpfgen_ir_finish reports it (0 or -errno). */
#ifndef SIFT_BPFGEN_IR_H
#define SIFT_BPFGEN_IR_H

#include <stdint.h>

#include "bpfgen/bpfgen.h"

struct bpfgen_ir_insn {
	uint16_t code;
	uint32_t k;
	int jt, jf; /* labels of a conditional jump; jt for ja */
};

struct bpfgen_ir {
	struct bpfgen_ir_insn *insns;
	unsigned int n, cap;
	int *label_at; /* label -> insn index, -1 while unbound */
	unsigned int nlabels, lcap;
	int err;
};

void bpfgen_ir_init(struct bpfgen_ir *ir);
void bpfgen_ir_free(struct bpfgen_ir *ir);
/* A new label, bound later with bpfgen_ir_bind. */
int bpfgen_ir_label(struct bpfgen_ir *ir);
/* Binds label to the next instruction emitted. */
void bpfgen_ir_bind(struct bpfgen_ir *ir, int label);
void bpfgen_ir_stmt(struct bpfgen_ir *ir, uint16_t code, uint32_t k);
/* Conditional jump BPF_JMP|op|BPF_K: to jt when true, jf when false. */
void bpfgen_ir_jmp(struct bpfgen_ir *ir, uint16_t op, uint32_t k, int jt,
		   int jf);
void bpfgen_ir_ja(struct bpfgen_ir *ir, int target);
/* Lays the program out.  Jumps must go forward.  A conditional jump
 * further than 255 gets a trampoline right after it: a copy of the target
 * when that is a ret, else a ja; trampolines are shared when in reach.
 * Unreachable instructions are dropped.  -E2BIG past BPF_MAXINSNS,
 * -EINVAL for backward or unbound targets. */
int bpfgen_ir_finish(struct bpfgen_ir *ir, struct sock_filter **out,
		     unsigned int *len, unsigned int *trampolines);

/* A total map from 32-bit values to labels: sorted intervals covering
 * [0, UINT32_MAX], adjacent ones with different labels.  weight is how
 * many selected (costed) values the interval holds. */
struct bpfgen_iv {
	uint32_t lo, hi;
	int label;
	uint32_t weight;
};

/* One past the last costed value of iv: its weight values from lo (all of
 * a run of selected numbers; one of the numbers past the table). */
static inline uint64_t bpfgen_iv_costed_end(const struct bpfgen_iv *iv)
{
	uint64_t end = (uint64_t)iv->lo + iv->weight;

	return end <= (uint64_t)iv->hi + 1 ? end : (uint64_t)iv->hi + 1;
}

struct bpfgen_vmap {
	struct bpfgen_iv *iv;
	unsigned int n;
	int allow; /* the label of unselected values */
};

/* How a value map treats the values from base + from up. */
struct bpfgen_vrest {
	unsigned int from; /* 0..1024 */
	int beyond;     /* their label */
	uint32_t split; /* 0, or a bit (x32's 0x40000000) telling this map's
			 * values from another personality's: values whose
			 * split bit differs from base's go to allow */
};

/* Map of base + n for n in 0..1023 to label_of[n] (n < rest->from), the
 * values from base + rest->from up as rest says (NULL: from 1024, allow),
 * everything else to allow.  Returns 0, -EINVAL or -ENOMEM; free iv with
 * free(). */
int bpfgen_vmap_build(struct bpfgen_vmap *m, uint32_t base,
		      const int label_of[BITSET_BITS], int allow,
		      const struct bpfgen_vrest *rest);
/* Label of value v. */
int bpfgen_vmap_lookup(const struct bpfgen_vmap *m, uint32_t v);

/* Emits code that, with the value in A, jumps to the label m gives it.
 * Uses only jeq/jge/jgt/jset against constants, so every path stays
 * visible to the kernel's cache emulation.  s must not be AUTO. */
void bpfgen_match_emit(struct bpfgen_ir *ir, const struct bpfgen_vmap *m,
		       enum bpfgen_strategy s);

#endif
