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

/* ---- 64-bit arguments in two 32-bit halves ---- */

/* One of them: the i386 name, the x86_64 decoder, the i386 argument that
 * goes into each x86_64 one (-1: none; for a pair its low half, the high
 * half being the next). */
struct split {
	const char *name, *native;
	signed char from[SC_MAX_ARGS];
	unsigned char pairs; /* bit i: x86_64 argument i is a pair */
	bool wide;	     /* decoded as x86_64 (scalars only) */
};

static const struct split splits[] = {
	{ "readahead", "readahead", { 0, 1, 3, -1, -1, -1 }, 1u << 1, true },
	{ "fadvise64", "fadvise64", { 0, 1, 3, 4, -1, -1 }, 1u << 1, true },
	{ "fadvise64_64", "fadvise64", { 0, 1, 3, 5, -1, -1 },
	  1u << 1 | 1u << 2, true },
	{ "sync_file_range", "sync_file_range", { 0, 1, 3, 5, -1, -1 },
	  1u << 1 | 1u << 2, true },
	{ "fallocate", "fallocate", { 0, 1, 2, 4, -1, -1 },
	  1u << 2 | 1u << 3, true },
	{ "fanotify_mark", "fanotify_mark", { 0, 1, 2, 4, 5, -1 }, 1u << 2,
	  true },
	/* the iovec arrays are of 32-bit words: decoded as i386 */
	{ "preadv", "preadv", { 0, 1, 2, 3, -1, -1 }, 1u << 3, false },
	{ "pwritev", "pwritev", { 0, 1, 2, 3, -1, -1 }, 1u << 3, false },
	{ "preadv2", "preadv2", { 0, 1, 2, 3, -1, 5 }, 1u << 3, false },
	{ "pwritev2", "pwritev2", { 0, 1, 2, 3, -1, 5 }, 1u << 3, false },
};

static int dec_split(struct dctx *ctx)
{
	const uint64_t *in = ctx->call->args;
	uint64_t a[SC_MAX_ARGS] = { 0 };
	const struct split *s = NULL;

	for (size_t i = 0; i < sizeof(splits) / sizeof(splits[0]); i++)
		if (strcmp(splits[i].name, ctx->call->info->name) == 0)
			s = &splits[i];
	if (!s)
		return ctx->exiting ? DEC_DONE : dec_generic(ctx);
	for (int i = 0; i < SC_MAX_ARGS; i++) {
		int f = s->from[i];
		if (f < 0)
			continue;
		a[i] = s->pairs & 1u << i ? c32_pair(in[f], in[f + 1]) : in[f];
	}
	return s->wide ? c32_forward_wide(ctx, s->native, a)
		       : c32_forward(ctx, s->native, a);
}
DECODER_PERS(readahead, dec_split, C32_I386);
DECODER_PERS(fadvise64, dec_split, C32_I386);
DECODER_PERS(fadvise64_64, dec_split, C32_I386);
DECODER_PERS(sync_file_range, dec_split, C32_I386);
DECODER_PERS(fallocate, dec_split, C32_I386);
DECODER_PERS(fanotify_mark, dec_split, C32_I386);
DECODER_PERS(preadv, dec_split, C32_I386);
DECODER_PERS(pwritev, dec_split, C32_I386);
DECODER_PERS(preadv2, dec_split, C32_I386);
DECODER_PERS(pwritev2, dec_split, C32_I386);
