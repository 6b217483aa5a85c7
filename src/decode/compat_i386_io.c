/* compat_i386_io: i386 I/O calls the x86_64 decoders serve once their
 * arguments are rearranged: io_pgetevents_time64 (a 64-bit timespec next
 * to a sigset struct of 32-bit words) and the calls taking 64-bit
 * offsets and lengths as two 32-bit halves. */
#include <string.h>

#include "decode/compat_i386.h"
#include "decode/net.h"

/* io_pgetevents_time64(ctx, min_nr, nr, events, timeout, sigset) */
static int dec_io_pgetevents_time64(struct dctx *ctx)
{
	if (!ctx->exiting)
		return c32_forward(ctx, "io_pgetevents", NULL);
	/* the events and the timespec, of the same layout as x86_64's */
	c32_forward_wide(ctx, "io_getevents", NULL);
	ndec_aio_sigset(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_PERS(io_pgetevents_time64, dec_io_pgetevents_time64, C32_I386);

/* mq_timedsend_time64, mq_timedreceive_time64: a byte buffer, an int
 * priority and the x86_64 struct timespec */
static int dec_mq_time64(struct dctx *ctx)
{
	const char *name = strcmp(ctx->call->info->name,
				  "mq_timedsend_time64") == 0
			   ? "mq_timedsend"
			   : "mq_timedreceive";

	return c32_forward_wide(ctx, name, NULL);
}
DECODER_PERS(mq_timedsend_time64, dec_mq_time64, C32_I386);
DECODER_PERS(mq_timedreceive_time64, dec_mq_time64, C32_I386);
