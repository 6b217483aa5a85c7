/* restart_syscall(2): no arguments of its own; strace shows which call
 * it resumes as the task's last call it showed (sc_call.prev_info), or
 * "system call" when none was. */
#include "decode/common.h"

static int dec_restart_syscall(struct dctx *ctx)
{
	const struct sc_info *prev = ctx->call->prev_info;
	char text[96];

	if (ctx->exiting)
		return DEC_DONE;
	snprintf(text, sizeof(text), "<... resuming interrupted %s ...>",
		 prev && prev->name ? prev->name : "system call");
	emit_sym(ctx->e, text);
	return DEC_DONE;
}
DECODER_ANY_PERS(restart_syscall, dec_restart_syscall);
