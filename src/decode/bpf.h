/* decode/bpf: the parts of a BPF opcode ("BPF_LD|BPF_W|BPF_ABS"), shared
 * by the classic (seccomp filter, in misc.c) and eBPF (bpf.c) program
 * decoders; implemented in bpf.c. */
#ifndef SIFT_DECODE_BPF_H
#define SIFT_DECODE_BPF_H

#include <stdbool.h>
#include <stdint.h>

#include "decode/common.h"

/* "|" and one part of an opcode: its name, or the bits and a BPF_???
 * comment. */
void bpfdec_op_part(struct dctx *ctx, const struct const_table *t,
		    uint32_t v);
/* "|" and the opcode bits no part explains, if any: strace comments them
 * even under -X raw. */
void bpfdec_op_rest(struct dctx *ctx, uint32_t rest);

/* n classic BPF instructions at addr as BPF_STMT/BPF_JUMP calls; a
 * seccomp filter's returns by their SECCOMP_RET_* names (misc.c). */
void bpfdec_classic_prog(struct dctx *ctx, uint64_t addr, uint64_t n,
			 bool seccomp);

#endif
