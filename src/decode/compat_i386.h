/* decode/compat_i386: what the i386 decoders share.  An i386 call whose
 * arguments the x86_64 decoder of some name understands is forwarded to
 * it, the arguments rearranged for the time of the call (64-bit values
 * joined from their two halves). */
#ifndef SIFT_DECODE_COMPAT_I386_H
#define SIFT_DECODE_COMPAT_I386_H

#include "decode/common.h"

#define C32_I386 (1u << PERS_I386)

/* The x86_64 decoder of name run on the current call as i386 (longs and
 * pointers of 32 bits), with args (NULL: unchanged) for the time of it;
 * the roles when there is none. */
int c32_forward(struct dctx *ctx, const char *name, const uint64_t *args);
/* c32_forward with the call shown as x86_64: for arguments joined into
 * 64-bit values and the x86_64 layouts of the time64 calls. */
int c32_forward_wide(struct dctx *ctx, const char *name,
		     const uint64_t *args);

/* decode_demux for ipc(2): the sub-call as its direct call
 * (compat_i386_ipc.c). */
void c32_ipc_demux(struct sc_call *c);

/* The 64-bit value of two 32-bit halves. */
static inline uint64_t c32_pair(uint64_t lo, uint64_t hi)
{
	return (uint32_t)lo | (uint64_t)(uint32_t)hi << 32;
}

#endif
