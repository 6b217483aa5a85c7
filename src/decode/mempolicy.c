/* NUMA memory policy decoders: get_mempolicy, set_mempolicy, mbind,
 * migrate_pages, move_pages and set_mempolicy_home_node, with the policy
 * mode (plus its flags) and node masks as strace shows them.  Masks and
 * page arrays are of the call's longs (x86_64 and i386). */
#include <stdio.h>
#include <inttypes.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

#define MODE_FLAG_BITS 0xe000u /* MPOL_F_STATIC_NODES and friends */

/* "MPOL_BIND|MPOL_F_STATIC_NODES", "MPOL_F_STATIC_NODES|0x4d", or NULL
 * when neither the mode nor any flag has a name. */
static const char *mode_text(uint64_t v, char *buf, size_t size)
{
	uint64_t flags = v & MODE_FLAG_BITS;
	uint64_t rest = v & ~(uint64_t)MODE_FLAG_BITS;
	const char *mode = consts_name(&ct_p_mpol_modes, rest);
	size_t len = 0;

	if (!mode && !flags)
		return NULL;
	buf[0] = '\0';
	if (mode)
		len = (size_t)snprintf(buf, size, "%s", mode);
	for (uint32_t bit = 0x8000; bit & MODE_FLAG_BITS; bit >>= 1) {
		if (!(flags & bit) || len >= size)
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					len ? "|" : "",
					consts_name(&ct_p_mpol_mode_flags, bit));
	}
	if (!mode && len < size)
		snprintf(buf + len, size - len, "|%#" PRIx64, rest);
	return buf;
}

/* A policy mode: the mode's name, then its flags' ("MPOL_BIND|
 * MPOL_F_STATIC_NODES"); an unknown mode after its flags, in hex. */
static void mode_val(struct dctx *ctx, uint64_t v)
{
	uint64_t flags = v & MODE_FLAG_BITS;
	uint64_t rest = v & ~(uint64_t)MODE_FLAG_BITS;
	char buf[96];
	const char *text = mode_text(v, buf, sizeof(buf));

	if (ctx->e->style->xlat != 0 || !text) {
		emit_hex(ctx->e, v);
		if (ctx->e->style->xlat != 1)
			emit_comment(ctx->e, text ? text : "MPOL_???");
		return;
	}
	if (consts_name(&ct_p_mpol_modes, rest)) {
		emit_enum(ctx->e, &ct_p_mpol_modes, rest, EMIT_HEX);
		if (flags)
			emit_join(ctx->e, "|");
	}
	if (flags)
		emit_flags(ctx->e, &ct_p_mpol_mode_flags, flags, EMIT_HEX);
	if (!consts_name(&ct_p_mpol_modes, rest)) {
		emit_join(ctx->e, "|");
		emit_hex(ctx->e, rest);
	}
}

/*
 * A node mask of maxnode bits, as the kernel reads it (maxnode - 1 bits
 * in whole longs): its words in padded hex, -s of them unless -v.  An
 * empty "[]" for maxnode 0, the address when no word is covered, when the
 * call failed (out masks) or when the first word cannot be read; a word
 * that cannot be read later ends the list with its address (strace
 * tries that word before the -s limit).
 */
static void node_mask(struct dctx *ctx, uint64_t addr, uint64_t maxnode,
		      bool failed)
{
	unsigned int ws = arch_pers[ctx->call->pers].word_size;
	uint64_t bits = 8 * ws;
	uint64_t words = maxnode ? (maxnode - 1 + bits - 1) / bits : 0;
	uint64_t max = fdec_array_max(ctx), word = 0;
	char text[32];

	if (!addr || (maxnode && (!words || failed))) {
		dec_ptr(ctx, addr);
		return;
	}
	if (words && tmem_read(ctx->call->tid, addr, &word, ws)) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < words; i++) {
		uint64_t at = addr + i * ws;

		if (tmem_read(ctx->call->tid, at, &word, ws)) {
			emit_more(ctx->e);
			snprintf(text, sizeof(text), "%#llx",
				 (unsigned long long)at);
			emit_comment(ctx->e, text);
			break;
		}
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		/* padded to the word's hex digits */
		emit_hex_wide(ctx->e, word, 2 * ws);
	}
	emit_array_end(ctx->e);
}

/* get_mempolicy(int *mode, unsigned long *nodemask, unsigned long
 * maxnode, void *addr, unsigned long flags): all of it at exit. */
static int dec_get_mempolicy(struct dctx *ctx)
{
	uint64_t mode = dec_arg(ctx, 0);
	uint32_t v;

	if (!ctx->exiting)
		return DEC_MORE;
	if (!mode || dec_failed(ctx) ||
	    tmem_read(ctx->call->tid, mode, &v, sizeof(v))) {
		dec_ptr(ctx, mode);
	} else {
		/* the policy in effect: a mode, its flags not told apart */
		emit_array_begin(ctx->e);
		fdec_enum_dflt(ctx, &ct_p_mpol_modes, v, "MPOL_???");
		emit_array_end(ctx->e);
	}
	node_mask(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), dec_failed(ctx));
	dec_ulong(ctx, dec_arg(ctx, 2));
	dec_ptr(ctx, dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_p_mpol_get_flags, dec_arg(ctx, 4), "MPOL_???");
	return DEC_DONE;
}
DECODER_PERS(get_mempolicy, dec_get_mempolicy, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_set_mempolicy(struct dctx *ctx)
{
	mode_val(ctx, (uint32_t)dec_arg(ctx, 0));
	node_mask(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), false);
	dec_ulong(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(set_mempolicy, dec_set_mempolicy, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mbind(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	mode_val(ctx, dec_arg(ctx, 2)); /* an unsigned long */
	node_mask(ctx, dec_arg(ctx, 3), dec_arg(ctx, 4), false);
	dec_ulong(ctx, dec_arg(ctx, 4));
	fdec_flags_dflt(ctx, &ct_p_mpol_mbind_flags,
			(uint32_t)dec_arg(ctx, 5), "MPOL_???");
	return DEC_DONE;
}
DECODER_PERS(mbind, dec_mbind, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_migrate_pages(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	node_mask(ctx, dec_arg(ctx, 2), dec_arg(ctx, 1), false);
	node_mask(ctx, dec_arg(ctx, 3), dec_arg(ctx, 1), false);
	return DEC_DONE;
}
DECODER_PERS(migrate_pages, dec_migrate_pages, 1u << PERS_X86_64 | 1u << PERS_I386);

/* ---- move_pages, set_mempolicy_home_node ---- */

static bool page_elem(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	uint64_t p = 0;

	memcpy(&p, elem, size);
	dec_ptr(ctx, p);
	return true;
}

static bool node_elem(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	int32_t n;

	memcpy(&n, elem, sizeof(n));
	emit_int(ctx->e, n);
	return true;
}

/* A page's status: its node, or a negated errno ("-ENOENT"). */
static bool status_elem(struct dctx *ctx, const void *elem, size_t size,
			void *data)
{
	int32_t v;
	const char *name;
	char text[64];

	memcpy(&v, elem, sizeof(v));
	name = v < 0 ? consts_name(&ct_errnos, (uint64_t)-(int64_t)v) : NULL;
	if (!name || ctx->e->style->xlat == 1) {
		emit_int(ctx->e, v);
		return true;
	}
	snprintf(text, sizeof(text), "-%s", name);
	if (ctx->e->style->xlat == 0) {
		emit_sym(ctx->e, text);
		return true;
	}
	emit_int(ctx->e, v);
	emit_comment(ctx->e, text);
	return true;
}

/* move_pages(pid, count, pages, nodes, status, flags): the status array
 * is the kernel's answer, shown at exit. */
static int dec_move_pages(struct dctx *ctx)
{
	uint64_t count = dec_arg(ctx, 1);

	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		dec_ulong(ctx, count);
		ndec_array(ctx, dec_arg(ctx, 2), count,
			   arch_pers[ctx->call->pers].word_size, page_elem,
			   NULL);
		ndec_array(ctx, dec_arg(ctx, 3), count, 4, node_elem, NULL);
		return DEC_MORE;
	}
	if (dec_failed(ctx) && count)
		dec_ptr(ctx, dec_arg(ctx, 4));
	else
		ndec_array(ctx, dec_arg(ctx, 4), count, 4, status_elem, NULL);
	fdec_flags_dflt(ctx, &ct_p_move_pages_flags,
			(uint32_t)dec_arg(ctx, 5), "MPOL_???");
	return DEC_DONE;
}
DECODER_PERS(move_pages, dec_move_pages, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_set_mempolicy_home_node(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	dec_hex(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(set_mempolicy_home_node, dec_set_mempolicy_home_node,
	     1u << PERS_X86_64 | 1u << PERS_I386);
