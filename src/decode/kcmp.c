/* kcmp(2): two processes, a resource type and, for descriptors, the
 * descriptors of each process (-y shows their paths there) or the epoll
 * target slot. */
#include <limits.h>

#include "decode/common.h"
#include "decode/file.h"
#include "consts/consts.h"

#define KCMP_FILE 0
#define KCMP_EPOLL_TFD 7

/* Descriptor fd of process pid. */
static void pid_fd(struct dctx *ctx, int pid, uint64_t v)
{
	if (pid <= 0) {
		emit_fd(ctx->e, (int)v, NULL);
		return;
	}
	dec_emit_fd(ctx->e, pid, (int)v, ctx->opt->fd_paths);
}

/* struct kcmp_epoll_slot: the epoll descriptor and target of pid2 */
static void epoll_slot(struct dctx *ctx, int pid, uint64_t addr)
{
	uint32_t slot[3];

	if (!dec_fetch(ctx, addr, slot, sizeof(slot)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "efd");
	pid_fd(ctx, pid, slot[0]);
	emit_field(ctx->e, "tfd");
	pid_fd(ctx, pid, slot[1]);
	emit_field(ctx->e, "toff");
	emit_uint(ctx->e, slot[2]);
	emit_struct_end(ctx->e);
}

static int dec_kcmp(struct dctx *ctx)
{
	int pid1 = (int)dec_arg(ctx, 0), pid2 = (int)dec_arg(ctx, 1);
	uint32_t type = (uint32_t)dec_arg(ctx, 2);

	dec_pid(ctx, dec_arg(ctx, 0));
	dec_pid(ctx, dec_arg(ctx, 1));
	fdec_enum_dflt(ctx, &ct_p_kcmp_types, type, "KCMP_???");
	switch (type) {
	case KCMP_FILE:
		pid_fd(ctx, pid1, dec_arg(ctx, 3));
		pid_fd(ctx, pid2, dec_arg(ctx, 4));
		break;
	case KCMP_EPOLL_TFD:
		pid_fd(ctx, pid1, dec_arg(ctx, 3));
		epoll_slot(ctx, pid2, dec_arg(ctx, 4));
		break;
	default:
		if (!consts_name(&ct_p_kcmp_types, type)) {
			dec_hex(ctx, dec_arg(ctx, 3));
			dec_hex(ctx, dec_arg(ctx, 4));
		}
	}
	return DEC_DONE;
}
DECODER_PERS(kcmp, dec_kcmp, 1u << PERS_X86_64 | 1u << PERS_I386);
