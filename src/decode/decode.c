/* Decoder registry: binds the DECODER() records of the sift_decoders
 * section to syscall numbers, per personality, once at start. */
#include <stdio.h>
#include <stdlib.h>

#include "util/bitset.h"

#include "decode/common.h"

extern const struct decoder_reg __start_sift_decoders[];
extern const struct decoder_reg __stop_sift_decoders[];

/* Keeps the section present even when no family registers a decoder. */
static const struct decoder_reg anchor
	__attribute__((used, section("sift_decoders"), aligned(sizeof(void *)))) = {
	NULL, NULL, 0
};

static decode_fn *bound[PERS_COUNT];

void decode_init(void)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_table *t = arch_pers[p].table;
		if (bound[p])
			continue;
		bound[p] = calloc(t->count ? t->count : 1, sizeof(decode_fn));
		if (!bound[p])
			abort();
		for (const struct decoder_reg *r = __start_sift_decoders;
		     r < __stop_sift_decoders; r++) {
			if (!r->name || !(r->pers_mask & (1u << p)))
				continue;
			long nr = sc_lookup(t, r->name);
			if (nr < 0)
				continue;
			/* two families claiming one call: which one wins
			 * would depend on the link order */
			if (bound[p][nr] && bound[p][nr] != r->fn) {
				fprintf(stderr, "sift: internal error: two "
					"decoders for %s (%s)\n", r->name,
					arch_pers[p].name);
				abort();
			}
			bound[p][nr] = r->fn;
		}
	}
	(void)anchor;
}

decode_fn decode_lookup(enum personality pers, long nr)
{
	if (!bound[pers] || nr < 0 ||
	    (unsigned long)nr >= arch_pers[pers].table->count)
		return NULL;
	return bound[pers][nr];
}

static bool has_roles(const struct sc_info *info)
{
	for (int i = 0; i < info->nargs; i++)
		if (info->roles[i] != ROLE_NONE)
			return true;
	return info->nargs == 0;
}

/* Some argument would be printed raw, in hex, for lack of a role. */
static bool has_raw_arg(const struct sc_info *info)
{
	for (int i = 0; i < info->nargs; i++)
		if (info->roles[i] == ROLE_NONE)
			return true;
	return false;
}

/* Syscalls shown with some argument raw for lack of a decoder, for
 * decode_report_undecoded(): tests use it to find decoding gaps. */
static struct bitset undecoded[PERS_COUNT];

int decode_call(struct dctx *ctx)
{
	const struct sc_info *info = ctx->call->info;

	if (ctx->opt->raw || !info)
		return ctx->exiting ? DEC_DONE : dec_raw(ctx);
	decode_fn fn = decode_lookup(ctx->call->pers, ctx->call->nr);
	if (fn)
		return fn(ctx);
	if (ctx->exiting)
		return DEC_DONE;
	if (has_raw_arg(info))
		bitset_set(&undecoded[ctx->call->pers],
			   (unsigned long)ctx->call->nr);
	if (has_roles(info))
		return dec_generic(ctx);
	return dec_raw(ctx);
}

/* With every_entry, the whole table is checked, not only the calls seen:
 * SIFT_LIST_UNDECODED=all lists every call without a decoder of its own
 * (printed from its argument roles), whether it was made or not. */
void decode_report_undecoded(FILE *f, bool every_entry)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_table *t = arch_pers[p].table;
		for (unsigned int nr = 0; nr < t->count; nr++) {
			const struct sc_info *info = &t->calls[nr];
			bool gap = every_entry ? !bound[p][nr]
					       : bitset_test(&undecoded[p], nr);
			if (gap && info->name)
				fprintf(f, "sift: undecoded %s %s\n",
					arch_pers[p].name, info->name);
		}
	}
}
