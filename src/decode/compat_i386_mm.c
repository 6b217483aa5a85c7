/* compat_i386_mm: i386 memory calls whose arguments differ from x86_64's.
 * old mmap takes one pointer to its six arguments (32-bit words); the
 * rest (mempolicy, iovec calls, robust list) are x86_64 decoders that
 * read longs and pointers at the call's word size. */
#include <string.h>

#include "decode/compat_i386.h"
#include "tmem/tmem.h"

/* mmap(struct mmap_arg_struct *): the six words shown as mmap2's
 * arguments, the offset in bytes; the address when it cannot be read */
static int dec_old_mmap(struct dctx *ctx)
{
	uint32_t w[6];
	uint64_t a[SC_MAX_ARGS];

	if (tmem_read(ctx->call->tid, dec_arg(ctx, 0), w, sizeof(w))) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		ctx->call->ret_fmt = RET_HEX;
		return DEC_DONE;
	}
	for (int i = 0; i < SC_MAX_ARGS; i++)
		a[i] = w[i];
	return c32_forward(ctx, "mmap", a);
}
DECODER_PERS(mmap, dec_old_mmap, C32_I386);
