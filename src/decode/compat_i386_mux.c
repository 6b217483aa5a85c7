/* compat_i386_mux: i386 socketcall(2) (ipc(2): compat_i386_ipc.c).  A sub-call whose arguments can be
 * read becomes the direct call of the same name (decode_demux); what is
 * left, a bad array or an unknown sub-call, is shown as socketcall with
 * the sub-call's SYS_* name. */
#include "consts/consts.h"
#include "decode/common.h"
#include "decode/compat_i386.h"
#include "decode/demux.h"
#include "tmem/tmem.h"

#define SOCKETCALL_MAX 21

/* The i386 table number of each socketcall sub-call, -1 for none. */
static long subcall_nr(unsigned int sub)
{
	static long nr[SOCKETCALL_MAX];
	static bool built;
	const struct sc_table *t = arch_pers[PERS_I386].table;

	if (!built) {
		for (unsigned int i = 0; i < SOCKETCALL_MAX; i++)
			nr[i] = -1;
		for (unsigned int n = 0; n < t->count; n++) {
			const struct sc_info *s = &t->calls[n];
			if (s->name && (s->classes & SC_SOCKETCALL) &&
			    s->subcall > 0 && s->subcall < SOCKETCALL_MAX)
				nr[s->subcall] = (long)n;
		}
		built = true;
	}
	return sub < SOCKETCALL_MAX ? nr[sub] : -1;
}

void decode_demux(struct sc_call *c)
{
	const struct arch_pers *ap = &arch_pers[c->pers];
	uint32_t words[SC_MAX_ARGS];
	long nr;

	if (ap->ipc_nr >= 0 && c->nr == ap->ipc_nr) {
		c32_ipc_demux(c);
		return;
	}
	if (ap->socketcall_nr < 0 || c->nr != ap->socketcall_nr)
		return;
	nr = subcall_nr((uint32_t)c->args[0]);
	if (nr < 0)
		return;
	const struct sc_info *info = sc_get(ap->table, nr);
	if (!info || tmem_read(c->tid, (uint32_t)c->args[1], words,
			       info->nargs * sizeof(words[0])))
		return;
	c->nr = nr;
	c->info = info;
	c->mux_row = sc_mux_row(ap->table, SC_MUX_SOCKETCALL,
				(uint32_t)c->args[0]);
	if (c->mux_row < 0)
		c->mux_row = 0;
	for (int i = 0; i < SC_MAX_ARGS; i++)
		c->args[i] = i < info->nargs ? words[i] : 0;
}

/* socketcall(call, args) that decode_demux left: SYS_SOCKET, or the
 * number of an unknown sub-call in decimal */
static int dec_socketcall(struct dctx *ctx)
{
	uint64_t sub = (uint32_t)dec_arg(ctx, 0);

	emit_enum(ctx->e, &ct_n_socketcalls, sub, EMIT_DEC);
	dec_ptr(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(socketcall, dec_socketcall, 1u << PERS_I386);
