/* compat_i386_ipc: i386 SysV IPC.  ipc(2) sub-calls become the direct
 * calls with their arguments in the direct calls' order (decode_demux);
 * semop and semtimedop, which have no i386 number of their own, stay
 * ipc calls under their own name (selected by the x86_64 calls' names:
 * decode_sel_key); shmat's address comes back through a
 * pointer.  The structs are read by word size in ipc.c. */
#include <string.h>

#include "consts/consts.h"
#include "decode/compat_i386.h"
#include "decode/demux.h"
#include "decode/file.h"
#include "tmem/tmem.h"

enum {
	IPC_SEMOP = 1, IPC_SEMGET, IPC_SEMCTL, IPC_SEMTIMEDOP,
	IPC_MSGSND = 11, IPC_MSGRCV, IPC_MSGGET, IPC_MSGCTL,
	IPC_SHMAT = 21, IPC_SHMDT, IPC_SHMGET, IPC_SHMCTL,
};

/* the names ipc(2) gives semop and semtimedop (old timespec) */
static const struct sc_info semop_info = {
	.name = "semop", .nargs = 3, .classes = SC_IPC,
	.roles = { ROLE_INT, ROLE_PTR, ROLE_UINT },
};
static const struct sc_info semtimedop_info = {
	.name = "semtimedop", .nargs = 4, .classes = SC_IPC,
	.roles = { ROLE_INT, ROLE_PTR, ROLE_UINT, ROLE_PTR },
};
/* msgrcv whose struct of buffer and type cannot be read: strace shows
 * it without the type */
static const struct sc_info msgrcv_bad_info = {
	.name = "msgrcv", .nargs = 4, .classes = SC_IPC,
	.roles = { ROLE_INT, ROLE_PTR, ROLE_ULONG, ROLE_HEX },
};

/* The i386 table number of the direct call of an ipc sub-call, -1. */
static long direct_nr(unsigned int sub)
{
	const struct sc_table *t = arch_pers[PERS_I386].table;

	for (unsigned int n = 0; n < t->count; n++) {
		const struct sc_info *s = &t->calls[n];
		if (s->name && (s->classes & SC_IPCCALL) && s->subcall == (int)sub)
			return (long)n;
	}
	return -1;
}

enum { SUB_UNKNOWN, SUB_OK, SUB_BAD_MSGRCV };

/* The direct call's arguments from ipc(call, first, second, third, ptr,
 * fifth) in a[0..5]: SUB_OK, SUB_UNKNOWN for an unknown sub-call,
 * SUB_BAD_MSGRCV when msgrcv's struct of buffer and type cannot be read
 * (n is then msgrcv's without the type). */
static int direct_args(const struct sc_call *c, unsigned int sub,
		       unsigned int version, uint64_t *n)
{
	const uint64_t *a = c->args;
	uint32_t kludge[2];

	switch (sub) {
	case IPC_SEMOP: case IPC_SEMTIMEDOP:
		n[0] = a[1], n[1] = a[4], n[2] = a[2], n[3] = a[5];
		return SUB_OK;
	case IPC_SEMGET: case IPC_SHMGET:
		n[0] = a[1], n[1] = a[2], n[2] = a[3];
		return SUB_OK;
	case IPC_SEMCTL:
		n[0] = a[1], n[1] = a[2], n[2] = a[3], n[3] = a[4];
		return SUB_OK;
	case IPC_MSGSND:
		n[0] = a[1], n[1] = a[4], n[2] = a[2], n[3] = a[3];
		return SUB_OK;
	case IPC_MSGRCV:
		n[0] = a[1], n[1] = a[4], n[2] = a[2], n[3] = a[5], n[4] = a[3];
		if (version != 0)
			return SUB_OK;
		if (tmem_read(c->tid, (uint32_t)a[4], kludge, sizeof(kludge))) {
			n[3] = a[3], n[4] = 0;
			return SUB_BAD_MSGRCV;
		}
		n[1] = kludge[0], n[3] = (uint64_t)(int64_t)(int32_t)kludge[1];
		return SUB_OK;
	case IPC_MSGGET:
		n[0] = a[1], n[1] = a[2];
		return SUB_OK;
	case IPC_MSGCTL: case IPC_SHMCTL:
		n[0] = a[1], n[1] = a[2], n[2] = a[4];
		return SUB_OK;
	case IPC_SHMAT: /* the address is stored at third */
		n[0] = a[1], n[1] = a[4], n[2] = a[2], n[3] = a[3];
		return SUB_OK;
	case IPC_SHMDT:
		n[0] = a[4];
		return SUB_OK;
	default:
		return SUB_UNKNOWN;
	}
}

/* How many of ipc's arguments after the sub-call number the sub-call
 * uses (up to the last it reads: ptr is the fourth, fifth the fifth);
 * raw= shows that many, as strace. */
static int ipc_used_args(unsigned int sub)
{
	switch (sub) {
	case IPC_MSGGET: return 2;
	case IPC_SEMGET: case IPC_SHMGET: return 3;
	case IPC_SEMTIMEDOP: case IPC_MSGRCV: return 5;
	default: return 4;
	}
}

void c32_ipc_demux(struct sc_call *c)
{
	unsigned int sub = (uint32_t)c->args[0] & 0xffff;
	unsigned int version = (uint32_t)c->args[0] >> 16;
	uint64_t n[SC_MAX_ARGS] = { 0 };
	int how = direct_args(c, sub, version, n);
	long nr = -1;

	if (how == SUB_UNKNOWN)
		return;
	if (how == SUB_OK && sub != IPC_SEMOP && sub != IPC_SEMTIMEDOP &&
	    (nr = direct_nr(sub)) < 0)
		return;
	for (int i = 0; i < SC_MAX_ARGS; i++)
		c->ipc_args[i] = i + 1 < SC_MAX_ARGS ? c->args[i + 1] : 0;
	c->ipc_nargs = ipc_used_args(sub);
	memcpy(c->args, n, sizeof(n));
	c->via_ipc = true;
	c->mux_row = sc_mux_row(arch_pers[PERS_I386].table, SC_MUX_IPC, sub);
	if (c->mux_row < 0)
		c->mux_row = 0;
	if (nr < 0) { /* shown as the sub-call, decoded as ipc */
		c->info = how == SUB_BAD_MSGRCV ? &msgrcv_bad_info
			  : sub == IPC_SEMOP	? &semop_info
						: &semtimedop_info;
		return;
	}
	c->nr = nr;
	c->info = sc_get(arch_pers[PERS_I386].table, nr);
}

void decode_sel_key(const struct sc_call *c, enum personality *p,
		    unsigned long *nr)
{
	long like;

	*p = c->pers;
	*nr = (unsigned long)c->nr;
	/* a msgrcv whose kludge struct is unreadable: msgrcv all the same */
	if (c->info == &msgrcv_bad_info && (like = direct_nr(IPC_MSGRCV)) >= 0) {
		*nr = (unsigned long)like;
		return;
	}
	if (c->info != &semop_info && c->info != &semtimedop_info)
		return;
	like = sc_lookup(arch_pers[PERS_X86_64].table, c->info->name);
	if (like < 0)
		return;
	*p = PERS_X86_64;
	*nr = (unsigned long)like;
}

/* ipc(2) left as it is: an unknown sub-call in decimal, the rest in hex;
 * semop and semtimedop by the x86_64 decoders */
static int dec_ipc(struct dctx *ctx)
{
	if (ctx->call->info == &msgrcv_bad_info) {
		dec_int(ctx, dec_arg(ctx, 0));
		dec_ptr(ctx, dec_arg(ctx, 1));
		dec_ulong(ctx, dec_arg(ctx, 2));
		fdec_flags_dflt(ctx, &ct_c_msg_flags, (uint32_t)dec_arg(ctx, 3),
				"MSG_???");
		return DEC_DONE;
	}
	if (ctx->call->via_ipc)
		return c32_forward(ctx, ctx->call->info->name, NULL);
	dec_uint(ctx, dec_arg(ctx, 0));
	for (int i = 1; i < SC_MAX_ARGS; i++)
		dec_hex(ctx, (uint32_t)dec_arg(ctx, i));
	return DEC_DONE;
}
DECODER_PERS(ipc, dec_ipc, C32_I386);

/* shmat: through ipc(2) the kernel returns 0 and stores the address at
 * the fourth argument; shown as the return value, as strace does (the
 * flags wait for the exit, which sets it) */
static int dec_shmat32(struct dctx *ctx)
{
	uint32_t addr;

	if (!ctx->call->via_ipc)
		return c32_forward(ctx, "shmat", NULL);
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		dec_ptr(ctx, dec_arg(ctx, 1));
		ctx->call->ret_fmt = RET_HEX;
		return DEC_MORE;
	}
	fdec_flags_dflt(ctx, &ct_c_shmat_flags, (uint32_t)dec_arg(ctx, 2),
			"SHM_???");
	if (!dec_failed(ctx) &&
	    tmem_read(ctx->call->tid, dec_arg(ctx, 3), &addr, sizeof(addr)) == 0)
		ctx->call->rval = addr;
	return DEC_DONE;
}
DECODER_PERS(shmat, dec_shmat32, C32_I386);

/* semtimedop_time64: the x86_64 struct timespec */
static int dec_semtimedop_time64(struct dctx *ctx)
{
	return c32_forward_wide(ctx, "semtimedop", NULL);
}
DECODER_PERS(semtimedop_time64, dec_semtimedop_time64, C32_I386);
