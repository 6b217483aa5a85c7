/* bpfgen: compiles per-personality syscall selections into a seccomp cBPF
 * filter: SECCOMP_RET_TRACE for selected syscalls, a constant, cacheable
 * SECCOMP_RET_ALLOW for all others; plus a cBPF interpreter, the kernel's
 * constant-action cache emulation and a disassembler (--dump-filter).
 * Functions return 0 or -errno and print only when asked to. */
#ifndef SIFT_BPFGEN_H
#define SIFT_BPFGEN_H

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arch/arch.h"
#include "util/bitset.h"

/* How a value set (syscall numbers, fds, sub-calls) is matched. */
enum bpfgen_strategy {
	BPFGEN_AUTO = 0,  /* cheapest of the others, chosen per matcher */
	BPFGEN_LINEAR,    /* chain of range tests over the selected set */
	BPFGEN_INVERTED,  /* chain over the unselected set, rest selected */
	BPFGEN_BSEARCH,   /* binary search over range boundaries */
	BPFGEN_BITMAP,    /* jset decision diagram over the number's bits */
	BPFGEN_STRATEGY_COUNT
};

#define BPFGEN_PERS_ALL ((1u << PERS_COUNT) - 1)

/* A syscall that is not in traced[] but traced when the low 32 bits of
 * its args[0] have any bit of mask set (mask != 0), or else are in
 * values.  sift uses these to see the calls that would let the filter
 * change what a program does (clone with CLONE_UNTRACED,
 * prctl(PR_SET_SECCOMP)) without tracing every clone or prctl. */
struct bpfgen_argcond {
	long nr[PERS_COUNT];          /* table number; -1: none there */
	uint32_t mask;
	const struct bitset *values;
};
#define BPFGEN_MAX_CONDS 2

struct bpfgen_input {
	/* Traced syscall table numbers (no x32 bias); NULL: none. */
	const struct bitset *traced[PERS_COUNT];
	/* 1..1024: every number from this one up (past the table, say) is
	 * traced too, whatever args[0]; 0: none.  Matched as one range
	 * that costs as one number, so it never slows the others down. */
	unsigned int trace_from[PERS_COUNT];
	/* Personalities with a filter block, 1u << PERS_*; 0 means all.
	 * Every other personality gets a constant ALLOW. */
	unsigned int pers_mask;
	/* Sub-calls of the socketcall/ipc multiplexers (i386) to trace,
	 * matched on args[0] (ipc: its low 16 bits).  A multiplexer whose
	 * own number is in traced[] is traced whatever its argument. */
	const struct bitset *socketcalls;
	const struct bitset *ipccalls;
	/* --trace-fds: when fds is set, a traced syscall in fd_syscalls[p]
	 * is traced only if the low 32 bits of args[0] are in fds.  Other
	 * traced syscalls (fds elsewhere or in memory) stay traced. */
	const struct bitset *fds;
	const struct bitset *fd_syscalls[PERS_COUNT];
	/* Untraced syscalls traced on a test of args[0] (below). */
	struct bpfgen_argcond conds[BPFGEN_MAX_CONDS];
	unsigned int nconds;
	enum bpfgen_strategy strategy; /* forced strategy for tests */
};

struct bpfgen_pers_stats {
	bool included;           /* has a filter block */
	enum bpfgen_strategy strategy; /* used for its syscall matcher */
	unsigned int traced;     /* numbers below trace_from always traced */
	unsigned int conditional; /* traced depending on args[0] */
	unsigned int cacheable;  /* numbers 0..1023 with a constant ALLOW */
	unsigned int trace_from; /* as in the input, 0 when not included */
	double avg_cost;         /* insns executed, mean over traced */
	unsigned int worst_cost; /* insns executed, worst traced */
};

struct bpfgen_prog {
	struct sock_filter *insns;
	unsigned int len;
	enum bpfgen_strategy strategy; /* as requested (AUTO or forced) */
	unsigned int trampolines; /* insns added to fix far jumps */
	struct bpfgen_pers_stats pers[PERS_COUNT];
};

/* Builds the filter.  -EINVAL: bad input; -E2BIG: more than
 * BPF_MAXINSNS instructions; -ENOMEM; -EPROTO: the built program failed
 * its own interpreter self-check (a generator bug: trace without it). */
int bpfgen_build(const struct bpfgen_input *in, struct bpfgen_prog *out);
void bpfgen_prog_free(struct bpfgen_prog *p);

/* Installs p in the calling task with seccomp() and
 * SECCOMP_FILTER_FLAG_SPEC_ALLOW (dropped on kernels that predate it),
 * setting PR_SET_NO_NEW_PRIVS first only when the task lacks the
 * privilege to go without.  Only async-signal-safe calls: usable between
 * fork and execve. */
int bpfgen_install(const struct bpfgen_prog *p);
int bpfgen_install_fprog(const struct sock_fprog *fp);

const char *bpfgen_strategy_name(enum bpfgen_strategy s);
/* Strategy called name ("auto", "linear", ...), or -EINVAL. */
int bpfgen_strategy_from_name(const char *name);

/* Prints the program as cBPF assembly, one insn per line, then its
 * length, strategy and per-personality counts. */
void bpfgen_dump(FILE *f, const struct bpfgen_prog *p);
void bpfgen_disasm(FILE *f, const struct sock_filter *insns, unsigned int len);

/* cBPF interpreter over struct seccomp_data (bpf_interp.c).  Stores the
 * program's return value and the number of insns executed; -EINVAL for
 * an instruction seccomp rejects or a jump/load out of bounds. */
int bpfgen_run(const struct sock_filter *insns, unsigned int len,
	       const struct seccomp_data *d, uint32_t *ret,
	       unsigned int *steps);
/* The checks the kernel applies when a seccomp filter is installed:
 * length, allowed opcodes, aligned in-bounds loads, jumps in range,
 * final ret.  0 or -EINVAL. */
int bpfgen_check(const struct sock_filter *insns, unsigned int len);
/* The kernel's constant-action cache emulation: true when the filter's
 * result for (arch, nr) is SECCOMP_RET_ALLOW whatever the arguments,
 * following only the opcodes the kernel's emulator accepts. */
bool bpfgen_const_allow(const struct sock_filter *insns, unsigned int len,
			uint32_t arch, uint32_t nr);

#endif
