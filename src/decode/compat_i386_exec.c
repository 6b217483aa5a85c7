/* compat_i386_exec: execve and execveat of an i386 process, whose argv
 * and envp are arrays of 32-bit pointers. */
#include <inttypes.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "tmem/tmem.h"

#define I386 (1u << PERS_I386)

static bool ptr32_at(struct dctx *ctx, uint64_t addr, uint32_t *p)
{
	return tmem_read(ctx->call->tid, addr, p, sizeof(*p)) == 0;
}

/* NULL-terminated array of strings, at most -s of them (-v: all) */
static void str_array32(struct dctx *ctx, uint64_t addr)
{
	uint64_t max = ctx->opt->verbose ? (1u << 20) : ctx->opt->strsize;
	uint32_t p;

	if (!addr || !ptr32_at(ctx, addr, &p)) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t n = 0;; n++, addr += sizeof(p)) {
		if (n && !ptr32_at(ctx, addr, &p)) {
			fdec_array_fault(ctx, addr);
			break;
		}
		if (!p)
			break;
		if (n >= max) {
			emit_more(ctx->e);
			break;
		}
		dec_cstr(ctx, p);
	}
	emit_array_end(ctx->e);
}

/* the environment abbreviated: its address and "N vars" */
static void str_array_count32(struct dctx *ctx, uint64_t addr)
{
	uint64_t count = 0;
	bool unterminated = false;
	char text[64];
	uint32_t p;

	if (!addr || !ptr32_at(ctx, addr, &p)) {
		dec_ptr(ctx, addr);
		return;
	}
	for (uint64_t a = addr; count < (1u << 24); a += sizeof(p)) {
		if (!ptr32_at(ctx, a, &p)) {
			unterminated = true;
			break;
		}
		if (!p)
			break;
		count++;
	}
	dec_ptr(ctx, addr);
	snprintf(text, sizeof(text), "%" PRIu64 " var%s%s", count,
		 count == 1 ? "" : "s", unterminated ? ", unterminated" : "");
	emit_comment(ctx->e, text);
}

static void exec_args32(struct dctx *ctx, uint64_t argv, uint64_t envp)
{
	str_array32(ctx, argv);
	if (ctx->opt->verbose)
		str_array32(ctx, envp);
	else
		str_array_count32(ctx, envp);
}

static int dec_execve32(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	exec_args32(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(execve, dec_execve32, I386);

static int dec_execveat32(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	exec_args32(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_p_execveat_flags, (uint32_t)dec_arg(ctx, 4),
			"AT_???");
	return DEC_DONE;
}
DECODER_PERS(execveat, dec_execveat32, I386);
