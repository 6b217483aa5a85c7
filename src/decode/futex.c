/* Decoders for futex and futex_waitv: each futex operation shows the
 * arguments it uses, as strace does. */
#include <stdio.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"

enum {
	FX_WAIT = 0, FX_WAKE = 1, FX_FD = 2, FX_REQUEUE = 3,
	FX_CMP_REQUEUE = 4, FX_WAKE_OP = 5, FX_LOCK_PI = 6,
	FX_UNLOCK_PI = 7, FX_TRYLOCK_PI = 8, FX_WAIT_BITSET = 9,
	FX_WAKE_BITSET = 10, FX_WAIT_REQUEUE_PI = 11,
	FX_CMP_REQUEUE_PI = 12, FX_LOCK_PI2 = 13,
};

/* One field of FUTEX_WAKE_OP's val3: NAME<<SHIFT, with strace's comment
 * when the value has no name.  Under -X raw strace finds no name at all,
 * so the comment shows there too. */
static void wake_op_part(struct dctx *ctx, const struct const_table *t,
			 uint32_t v, unsigned int shift, const char *dflt)
{
	bool known = consts_name(t, v) && ctx->e->style->xlat != 1;

	emit_enum(ctx->e, t, v, EMIT_HEX);
	emit_join(ctx->e, "<<");
	emit_uint(ctx->e, shift);
	if (!known)
		emit_comment(ctx->e, dflt);
}

/* FUTEX_WAKE_OP's val3: FUTEX_OP_SET<<28|0x1<<12|FUTEX_OP_CMP_EQ<<24|0,
 * every operator between two values so that JSON keeps the structure */
static void wake_op(struct dctx *ctx, uint32_t v)
{
	if ((v >> 28) & 8) {
		emit_enum(ctx->e, &ct_t_futex_oparg, 8, EMIT_HEX);
		emit_join(ctx->e, "<<");
		emit_uint(ctx->e, 28);
		emit_join(ctx->e, "|");
	}
	wake_op_part(ctx, &ct_t_futex_wake_ops, (v >> 28) & 7, 28,
		     "FUTEX_OP_???");
	emit_join(ctx->e, "|");
	emit_hex(ctx->e, (v >> 12) & 0xfff);
	emit_join(ctx->e, "<<");
	emit_uint(ctx->e, 12);
	emit_join(ctx->e, "|");
	wake_op_part(ctx, &ct_t_futex_wake_cmps, (v >> 24) & 0xf, 24,
		     "FUTEX_OP_CMP_???");
	emit_join(ctx->e, "|");
	emit_hex(ctx->e, v & 0xfff);
}

static int dec_futex(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 1);
	uint32_t val = (uint32_t)dec_arg(ctx, 2);
	uint32_t val2 = (uint32_t)dec_arg(ctx, 3);
	uint32_t val3 = (uint32_t)dec_arg(ctx, 5);
	uint64_t timeout = dec_arg(ctx, 3);
	uint64_t uaddr2 = dec_arg(ctx, 4);

	dec_ptr(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_t_futex_ops, op, "FUTEX_???");
	switch (op & 127) {
	case FX_WAIT:
		emit_uint(ctx->e, val);
		dec_timespec(ctx, timeout);
		break;
	case FX_LOCK_PI:
	case FX_LOCK_PI2:
		dec_timespec(ctx, timeout);
		break;
	case FX_WAIT_BITSET:
		emit_uint(ctx->e, val);
		dec_timespec(ctx, timeout);
		dec_enum(ctx, &ct_t_futex_bitset, val3);
		break;
	case FX_WAKE_BITSET:
		emit_uint(ctx->e, val);
		dec_enum(ctx, &ct_t_futex_bitset, val3);
		break;
	case FX_REQUEUE:
		emit_uint(ctx->e, val);
		emit_uint(ctx->e, val2);
		dec_ptr(ctx, uaddr2);
		break;
	case FX_CMP_REQUEUE:
	case FX_CMP_REQUEUE_PI:
		emit_uint(ctx->e, val);
		emit_uint(ctx->e, val2);
		dec_ptr(ctx, uaddr2);
		emit_uint(ctx->e, val3);
		break;
	case FX_WAKE_OP:
		emit_uint(ctx->e, val);
		emit_uint(ctx->e, val2);
		dec_ptr(ctx, uaddr2);
		wake_op(ctx, val3);
		break;
	case FX_WAIT_REQUEUE_PI:
		emit_uint(ctx->e, val);
		dec_timespec(ctx, timeout);
		dec_ptr(ctx, uaddr2);
		break;
	case FX_FD:
	case FX_WAKE:
		emit_uint(ctx->e, val);
		break;
	case FX_UNLOCK_PI:
	case FX_TRYLOCK_PI:
		break;
	default:
		emit_uint(ctx->e, val);
		dec_ptr(ctx, timeout);
		dec_ptr(ctx, uaddr2);
		emit_hex(ctx->e, val3);
		break;
	}
	return DEC_DONE;
}
DECODER(futex, dec_futex);

/* struct futex_waitv: val, uaddr, flags, reserved */
struct k_futex_waitv {
	uint64_t val;
	uint64_t uaddr;
	uint32_t flags;
	uint32_t reserved;
};

static bool waitv_elem(struct dctx *ctx, const void *elem, size_t size,
		       void *data)
{
	const struct k_futex_waitv *w = elem;
	unsigned int *shown = data;

	/* strace shows at most FUTEX_WAITV_MAX (128) waiters, even with -v */
	if ((*shown)++ == 128) {
		emit_more(ctx->e);
		return false;
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "val");
	emit_hex(ctx->e, w->val);
	emit_field(ctx->e, "uaddr");
	emit_addr(ctx->e, w->uaddr);
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_t_futex2_flags, w->flags, "FUTEX_???");
	if (w->reserved) {
		emit_field(ctx->e, "__reserved");
		emit_hex(ctx->e, w->reserved);
	}
	emit_struct_end(ctx->e);
	return true;
}

/* Newer than strace 6.1: the format of current strace. */
static int dec_futex_waitv(struct dctx *ctx)
{
	unsigned int shown = 0;

	ndec_array(ctx, dec_arg(ctx, 0), (uint32_t)dec_arg(ctx, 1),
		   sizeof(struct k_futex_waitv), waitv_elem, &shown);
	dec_uint(ctx, dec_arg(ctx, 1));
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 2));
	dec_timespec(ctx, dec_arg(ctx, 3));
	fdec_enum_dflt(ctx, &ct_t_clocks, (uint32_t)dec_arg(ctx, 4),
		       "CLOCK_???");
	return DEC_DONE;
}
DECODER(futex_waitv, dec_futex_waitv);
