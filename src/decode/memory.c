/* Memory decoders: brk, the mmap family, protections, locking, advice,
 * mincore, protection keys and
 * process_vm_readv/writev.  x86_64 layouts only. */
#include <stdio.h>
#include <string.h>

#include "decode/common.h"
#include "decode/file.h"
#include "consts/consts.h"
#include "tmem/tmem.h"

#define PAGE_SIZE 4096u
#define MAP_TYPE_MASK 0xfu
#define MAP_HUGE_SHIFT 26
#define MAP_HUGE_MASK 0x3fu

static bool read_ok(struct dctx *ctx, uint64_t addr, void *buf, size_t n)
{
	return tmem_read(ctx->call->tid, addr, buf, n) == 0;
}

/* Names of v over a flags table into buf, '|'-joined, unknown rest in
 * hex; only for the text of -X verbose comments that nest a whole
 * abbreviated form. */
static size_t flags_text(char *buf, size_t size, size_t len,
			 const struct const_table *t, uint64_t v)
{
	uint64_t rest = v;
	int n = 0;

	for (size_t i = 0; i < t->count && len < size; i++) {
		const struct const_entry *e = &t->entries[i];
		if (!e->mask || (v & e->mask) != e->value)
			continue;
		len += snprintf(buf + len, size - len, "%s%s", n++ ? "|" : "",
				e->name);
		rest &= ~e->mask;
	}
	if (rest && len < size)
		len += snprintf(buf + len, size - len, "%s%#llx", n ? "|" : "",
				(unsigned long long)rest);
	return len < size ? len : size - 1;
}

/* mmap flags: the mapping type, other flags, then the huge page size as
 * "21<<MAP_HUGE_SHIFT". */
static void mmap_flags(struct dctx *ctx, uint64_t raw)
{
	uint32_t v = (uint32_t)raw;
	uint32_t type = v & MAP_TYPE_MASK;
	uint32_t huge = (v >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK;
	uint32_t rest = v & ~MAP_TYPE_MASK & ~(MAP_HUGE_MASK << MAP_HUGE_SHIFT);
	const char *tname = consts_name(&ct_p_mmap_type, type);

	if (ctx->e->style->xlat == 1) {
		emit_hex(ctx->e, raw);
		return;
	}
	if (ctx->e->style->xlat == 2) {
		char text[512];
		size_t len;
		if (tname)
			len = snprintf(text, sizeof(text), "%s", tname);
		else
			len = snprintf(text, sizeof(text),
				       "%#x /* MAP_??? */", type);
		if (rest) {
			len += snprintf(text + len, sizeof(text) - len, "|");
			len = flags_text(text, sizeof(text), len,
					 &ct_p_mmap_flags, rest);
		}
		if (huge)
			snprintf(text + len, sizeof(text) - len,
				 "|%u<<MAP_HUGE_SHIFT", huge);
		emit_hex(ctx->e, raw);
		emit_comment(ctx->e, text);
		return;
	}
	if (tname) {
		emit_enum(ctx->e, &ct_p_mmap_type, type, EMIT_HEX);
	} else {
		emit_hex(ctx->e, type);
		emit_comment(ctx->e, "MAP_???");
	}
	if (rest) {
		emit_join(ctx->e, "|");
		emit_flags(ctx->e, &ct_p_mmap_flags, rest, EMIT_HEX);
	}
	if (huge) {
		emit_join(ctx->e, "|");
		emit_uint(ctx->e, huge);
		emit_join(ctx->e, "<<");
		emit_sym(ctx->e, "MAP_HUGE_SHIFT");
	}
}

static void prot(struct dctx *ctx, uint64_t v)
{
	/* an unsigned long: garbage in the upper half shows */
	fdec_flags_dflt(ctx, &ct_p_mmap_prot, v, "PROT_???");
}

static int dec_brk(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_HEX;
	return DEC_DONE;
}
DECODER_ANY_PERS(brk, dec_brk);

static int dec_mmap(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	prot(ctx, dec_arg(ctx, 2));
	mmap_flags(ctx, dec_arg(ctx, 3));
	dec_fd(ctx, dec_arg(ctx, 4));
	dec_hex(ctx, dec_arg(ctx, 5));
	ctx->call->ret_fmt = RET_HEX;
	return DEC_DONE;
}
DECODER(mmap, dec_mmap);

/* addr, len: munmap, mlock, munlock */
static int dec_addr_len(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(munmap, dec_addr_len);
DECODER_ANY_PERS(mlock, dec_addr_len);
DECODER_ANY_PERS(munlock, dec_addr_len);

static int dec_mprotect(struct dctx *ctx)
{
	dec_addr_len(ctx);
	prot(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(mprotect, dec_mprotect);

static int dec_pkey_mprotect(struct dctx *ctx)
{
	dec_mprotect(ctx);
	dec_int(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(pkey_mprotect, dec_pkey_mprotect);

static int dec_mremap(struct dctx *ctx)
{
	uint64_t flags = dec_arg(ctx, 3);

	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	fdec_flags_dflt(ctx, &ct_p_mremap_flags, flags, "MREMAP_???");
	/* the new address means something only with MAYMOVE|FIXED */
	if ((flags & 3) == 3)
		dec_ptr(ctx, dec_arg(ctx, 4));
	ctx->call->ret_fmt = RET_HEX;
	return DEC_DONE;
}
DECODER_ANY_PERS(mremap, dec_mremap);

static int dec_madvise(struct dctx *ctx)
{
	dec_addr_len(ctx);
	fdec_enum_dflt(ctx, &ct_p_madvise, (uint32_t)dec_arg(ctx, 2), "MADV_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(madvise, dec_madvise);

static int dec_msync(struct dctx *ctx)
{
	dec_addr_len(ctx);
	fdec_flags_dflt(ctx, &ct_p_msync_flags, (uint32_t)dec_arg(ctx, 2),
		   "MS_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(msync, dec_msync);

static int dec_mlock2(struct dctx *ctx)
{
	dec_addr_len(ctx);
	fdec_flags_dflt(ctx, &ct_p_mlock_flags, (uint32_t)dec_arg(ctx, 2),
		   "MLOCK_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(mlock2, dec_mlock2);

static int dec_mlockall(struct dctx *ctx)
{
	fdec_flags_dflt(ctx, &ct_p_mlockall_flags, (uint32_t)dec_arg(ctx, 0),
		   "MCL_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(mlockall, dec_mlockall);

/* The residency vector is known at exit: one 0/1 per page. */
static int dec_mincore(struct dctx *ctx)
{
	uint64_t len = dec_arg(ctx, 1);
	uint64_t vec = dec_arg(ctx, 2);

	if (!ctx->exiting) {
		dec_addr_len(ctx);
		return DEC_MORE;
	}
	uint64_t pages = len / PAGE_SIZE + (len % PAGE_SIZE ? 1 : 0);
	uint64_t max = ctx->opt->strsize;
	if (dec_failed(ctx) || !vec) {
		dec_ptr(ctx, vec);
		return DEC_DONE;
	}
	/* read only what is shown, in chunks */
	uint64_t shown = pages;
	if (!ctx->opt->verbose && shown > max)
		shown = max;
	if (shown > (1u << 20))
		shown = 1u << 20;
	unsigned char chunk[256];
	if (shown && !read_ok(ctx, vec, chunk, 1)) {
		dec_ptr(ctx, vec);
		return DEC_DONE;
	}
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < shown; i += sizeof(chunk)) {
		size_t n = shown - i < sizeof(chunk) ? shown - i :
			   sizeof(chunk);
		if (!read_ok(ctx, vec + i, chunk, n))
			break;
		for (size_t j = 0; j < n; j++)
			emit_uint(ctx->e, chunk[j] & 1);
	}
	if (shown < pages)
		emit_more(ctx->e);
	emit_array_end(ctx->e);
	return DEC_DONE;
}
DECODER_ANY_PERS(mincore, dec_mincore);

static int dec_pkey_alloc(struct dctx *ctx)
{
	dec_hex(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_p_pkey_access, dec_arg(ctx, 1), "PKEY_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(pkey_alloc, dec_pkey_alloc);

static int dec_pkey_free(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(pkey_free, dec_pkey_free);

static int dec_munlockall(struct dctx *ctx)
{
	return DEC_DONE;
}
DECODER_ANY_PERS(munlockall, dec_munlockall);

/* remap_file_pages: prot is read whole, flags like mmap's */
static int dec_remap_file_pages(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_p_mmap_prot, dec_arg(ctx, 2), "PROT_???");
	dec_ulong(ctx, dec_arg(ctx, 3));
	mmap_flags(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_ANY_PERS(remap_file_pages, dec_remap_file_pages);

/* process_vm_readv/writev(pid, local, liovcnt, remote, riovcnt, flags):
 * the local iovecs hold the data, known at exit for a read (as much as
 * was transferred); the remote ones are addresses in the other task. */
static void vm_rw_rest(struct dctx *ctx, bool data, uint64_t datalen)
{
	fdec_iov(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), data, datalen);
	dec_ulong(ctx, dec_arg(ctx, 2));
	fdec_iov(ctx, dec_arg(ctx, 3), dec_arg(ctx, 4), false, 0);
	dec_ulong(ctx, dec_arg(ctx, 4));
	dec_ulong(ctx, dec_arg(ctx, 5));
}

static int dec_process_vm_readv(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	vm_rw_rest(ctx, !dec_failed(ctx), (uint64_t)ctx->call->rval);
	return DEC_DONE;
}
DECODER_PERS(process_vm_readv, dec_process_vm_readv, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_process_vm_writev(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	vm_rw_rest(ctx, true, UINT64_MAX);
	return DEC_DONE;
}
DECODER_PERS(process_vm_writev, dec_process_vm_writev, 1u << PERS_X86_64 | 1u << PERS_I386);
