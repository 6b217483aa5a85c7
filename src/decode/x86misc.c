/* Decoders for small x86 and system calls that had only argument roles:
 * sysfs, modify_ldt, set/get_thread_area, iopl, ioperm,
 * kexec_load, kexec_file_load, unshare, setns, getcpu, userfaultfd,
 * membarrier and lookup_dcookie, as strace 6.1 shows them
 * (get/setpriority: pids.c, whose target may be a pid). */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* strace leaves sysfs undecoded: every argument raw */
DECODER_ANY_PERS(sysfs, dec_raw);

/* ---- struct user_desc (modify_ldt, set/get_thread_area) ---- */

struct k_user_desc {
	uint32_t entry_number;
	uint32_t base_addr;
	uint32_t limit;
	uint32_t bits;
};

static void udesc_bit(struct dctx *ctx, const char *name, uint32_t bits,
		      int shift, uint32_t mask)
{
	emit_field(ctx->e, name);
	emit_uint(ctx->e, (bits >> shift) & mask);
}

static void udesc_entry(struct dctx *ctx, uint32_t n)
{
	emit_field(ctx->e, "entry_number");
	if (n == UINT32_MAX)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, n);
}

static void udesc_show(struct dctx *ctx, const struct k_user_desc *d)
{
	emit_struct_begin(ctx->e);
	udesc_entry(ctx, d->entry_number);
	emit_field(ctx->e, "base_addr");
	emit_hex_wide(ctx->e, d->base_addr, 8);
	emit_field(ctx->e, "limit");
	emit_hex_wide(ctx->e, d->limit, 8);
	udesc_bit(ctx, "seg_32bit", d->bits, 0, 1);
	udesc_bit(ctx, "contents", d->bits, 1, 3);
	udesc_bit(ctx, "read_exec_only", d->bits, 3, 1);
	udesc_bit(ctx, "limit_in_pages", d->bits, 4, 1);
	udesc_bit(ctx, "seg_not_present", d->bits, 5, 1);
	udesc_bit(ctx, "useable", d->bits, 6, 1);
	if (ctx->call->pers == PERS_X86_64)
		udesc_bit(ctx, "lm", d->bits, 7, 1);
	emit_struct_end(ctx->e);
}

static void udesc_at(struct dctx *ctx, uint64_t addr)
{
	struct k_user_desc d;

	if (dec_fetch(ctx, addr, &d, sizeof(d)))
		udesc_show(ctx, &d);
}

static int dec_modify_ldt(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	if (dec_arg(ctx, 2) == sizeof(struct k_user_desc))
		udesc_at(ctx, dec_arg(ctx, 1));
	else
		dec_ptr(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	/* the kernel returns an int as unsigned: strace names the errno */
	ctx->call->ret_fmt = RET_U32_ERR;
	return DEC_DONE;
}
DECODER_ANY_PERS(modify_ldt, dec_modify_ldt);

static void tls_entry_note(struct dctx *ctx)
{
	uint32_t n;

	if (tmem_read(ctx->call->tid, dec_arg(ctx, 0), &n, sizeof(n)) != 0)
		return;
	emit_field(ctx->e, "entry_number");
	emit_uint(ctx->e, n);
}

static int dec_set_thread_area(struct dctx *ctx)
{
	struct k_user_desc d;

	if (!dec_fetch(ctx, dec_arg(ctx, 0), &d, sizeof(d)))
		return DEC_DONE;
	udesc_show(ctx, &d);
	/* after a success strace shows the entry number stored back,
	 * whatever number was asked for */
	ndec_ret_aux(ctx, tls_entry_note);
	return DEC_DONE;
}
DECODER_ANY_PERS(set_thread_area, dec_set_thread_area);

static int dec_get_thread_area(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 0);
	uint32_t n;

	if (ctx->exiting) {
		struct k_user_desc d;
		if (!dec_failed(ctx) &&
		    !tmem_read(ctx->call->tid, addr, &d, sizeof(d)))
			udesc_show(ctx, &d);
		else if (ctx->call->saved[0])
			dec_ptr(ctx, addr);
		else {
			emit_struct_begin(ctx->e);
			udesc_entry(ctx, (uint32_t)ctx->call->saved[1]);
			emit_more(ctx->e);
			emit_struct_end(ctx->e);
		}
		return DEC_DONE;
	}
	if (!addr) {
		dec_ptr(ctx, addr);
		return DEC_DONE;
	}
	ctx->call->saved[0] =
		tmem_read(ctx->call->tid, addr, &n, sizeof(n)) != 0;
	ctx->call->saved[1] = n;
	return DEC_MORE;
}
DECODER_ANY_PERS(get_thread_area, dec_get_thread_area);

/* ---- port I/O ---- */

static int dec_ioperm(struct dctx *ctx)
{
	dec_hex(ctx, (unsigned long)dec_arg(ctx, 0));
	dec_hex(ctx, dec_arg(ctx, 1));
	dec_int(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(ioperm, dec_ioperm);

static int dec_iopl(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(iopl, dec_iopl);

/* ---- kexec ---- */

#define KEXEC_SEGMENT_MAX 16

/* One struct kexec_segment (four longs of the call's personality). */
static int seg_read(const struct dctx *ctx, uint64_t addr, uint64_t seg[4])
{
	size_t wsz = arch_pers[ctx->call->pers].word_size;
	uint32_t narrow[4];

	if (wsz == 8)
		return tmem_read(ctx->call->tid, addr, seg, 4 * 8);
	if (tmem_read(ctx->call->tid, addr, narrow, sizeof(narrow)))
		return -1;
	for (int i = 0; i < 4; i++)
		seg[i] = narrow[i];
	return 0;
}

static void seg_show(struct dctx *ctx, const uint64_t seg[4])
{
	static const char *const names[] = { "buf", "bufsz", "mem", "memsz" };

	emit_struct_begin(ctx->e);
	for (int f = 0; f < 4; f++) {
		emit_field(ctx->e, names[f]);
		if (f % 2 == 0)
			emit_addr(ctx->e, seg[f]);
		else
			emit_uint(ctx->e, seg[f]);
	}
	emit_struct_end(ctx->e);
}

static void kexec_segments(struct dctx *ctx, uint64_t addr, uint64_t n)
{
	uint64_t max = fdec_array_max(ctx);
	uint64_t esz = 4 * arch_pers[ctx->call->pers].word_size;
	uint64_t seg[4];

	if (!addr || n > KEXEC_SEGMENT_MAX) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!n) {
		emit_array_begin(ctx->e);
		emit_array_end(ctx->e);
		return;
	}
	if (seg_read(ctx, addr, seg)) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < n; i++) {
		if (i && seg_read(ctx, addr + i * esz, seg)) {
			fdec_array_fault(ctx, addr + i * esz);
			break;
		}
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		seg_show(ctx, seg);
	}
	emit_array_end(ctx->e);
}

static void kexec_flags(struct dctx *ctx, uint64_t v)
{
	uint64_t arch = v & 0xffff0000u, low = v & ~(uint64_t)0xffff0000u;

	fdec_enum_dflt(ctx, &ct_p_kexec_arch, arch, "KEXEC_ARCH_???");
	if (!low)
		return;
	emit_join(ctx->e, "|");
	fdec_flags_dflt(ctx, &ct_p_kexec_flags, low, "KEXEC_???");
}

static int dec_kexec_load(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	kexec_segments(ctx, dec_arg(ctx, 2), dec_arg(ctx, 1));
	kexec_flags(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(kexec_load, dec_kexec_load);

static int dec_kexec_file_load(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_fd(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	dec_buf(ctx, dec_arg(ctx, 3), dec_arg(ctx, 2));
	fdec_flags_dflt(ctx, &ct_p_kexec_file_flags, dec_arg(ctx, 4),
			"KEXEC_FILE_???");
	return DEC_DONE;
}
DECODER(kexec_file_load, dec_kexec_file_load);

/* ---- namespaces ---- */

static int dec_unshare(struct dctx *ctx)
{
	fdec_flags_dflt(ctx, &ct_p_unshare_flags, dec_arg(ctx, 0),
			"CLONE_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(unshare, dec_unshare);

static int dec_setns(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_p_setns_types, (uint32_t)dec_arg(ctx, 1),
			"CLONE_NEW???");
	return DEC_DONE;
}
DECODER_ANY_PERS(setns, dec_setns);

/* ---- getcpu, userfaultfd, membarrier, lookup_dcookie ---- */

/* An unsigned int the call stored: [N], the address when unreadable or
 * after a failure. */
static void out_uint(struct dctx *ctx, uint64_t addr)
{
	uint32_t v;

	if (dec_failed(ctx) || !addr) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	emit_uint(ctx->e, v);
	emit_array_end(ctx->e);
}

static int dec_getcpu(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	out_uint(ctx, dec_arg(ctx, 0));
	out_uint(ctx, dec_arg(ctx, 1));
	dec_ptr(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(getcpu, dec_getcpu);

static int dec_userfaultfd(struct dctx *ctx)
{
	fdec_flags_dflt(ctx, &ct_p_uffd_flags, (uint32_t)dec_arg(ctx, 0),
			"UFFD_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(userfaultfd, dec_userfaultfd);

#define MEMBARRIER_CMD_FLAG_CPU 1

static int dec_membarrier(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 0);
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);

	fdec_enum_dflt(ctx, &ct_p_membarrier_cmds, cmd, "MEMBARRIER_CMD_???");
	fdec_flags_dflt(ctx, &ct_p_membarrier_flags, flags,
			"MEMBARRIER_CMD_FLAG_???");
	if (flags & MEMBARRIER_CMD_FLAG_CPU)
		dec_int(ctx, dec_arg(ctx, 2));
	if (cmd == 0) {
		ctx->call->ret_fmt = RET_HEX;
		ctx->call->ret_flags = &ct_p_membarrier_cmd_bits;
		ctx->call->ret_follow_xlat = true;
	}
	return DEC_DONE;
}
DECODER_ANY_PERS(membarrier, dec_membarrier);

static int dec_lookup_dcookie(struct dctx *ctx)
{
	/* i386 passes the 64-bit cookie in two registers */
	int a = ctx->call->pers == PERS_X86_64 ? 1 : 2;
	uint64_t cookie = a == 1 ? dec_arg(ctx, 0) :
		(uint32_t)dec_arg(ctx, 0) | dec_arg(ctx, 1) << 32;

	if (!ctx->exiting) {
		emit_uint(ctx->e, cookie);
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, a));
	else
		dec_buf(ctx, dec_arg(ctx, a), (uint64_t)ctx->call->rval);
	dec_ulong(ctx, dec_arg(ctx, a + 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(lookup_dcookie, dec_lookup_dcookie);

/* ---- sethostname, setdomainname ---- */

#define NEW_UTS_LEN 64

static int dec_uts_name(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 0);
	uint32_t len = (uint32_t)dec_arg(ctx, 1);

	/* a name longer than the kernel takes is shown as its address */
	if (!addr || len > NEW_UTS_LEN)
		dec_ptr(ctx, addr);
	else if (!len)
		emit_str(ctx->e, "", 0, 0);
	else
		dec_buf(ctx, addr, len);
	emit_uint(ctx->e, len);
	return DEC_DONE;
}
DECODER(sethostname, dec_uts_name);
DECODER(setdomainname, dec_uts_name);

/* calls the kernel never had or no longer has: strace shows them raw */
DECODER(create_module, dec_raw);
DECODER(query_module, dec_raw);
DECODER(nfsservctl, dec_raw);
DECODER(getpmsg, dec_raw);
DECODER(putpmsg, dec_raw);
DECODER(afs_syscall, dec_raw);
DECODER(tuxcall, dec_raw);
DECODER(security, dec_raw);
DECODER(vserver, dec_raw);
DECODER(epoll_ctl_old, dec_raw);
DECODER(epoll_wait_old, dec_raw);

/* ---- _sysctl: struct __sysctl_args, its pointers as addresses ---- */

/* name, nlen (an int padded to a word), oldval, oldlenp, newval, newlen:
 * six words of the call's size */
static int dec_sysctl(struct dctx *ctx)
{
	static const char *const names[] = { "name", "nlen", "oldval",
		"oldlenp", "newval", "newlen" };
	uint64_t w[6];

	if (!dec_fetch_words(ctx, dec_arg(ctx, 0), w, 6))
		return DEC_DONE;
	emit_struct_begin(ctx->e);
	for (int i = 0; i < 6; i++) {
		emit_field(ctx->e, names[i]);
		if (i == 1)
			emit_int(ctx->e, (int32_t)w[i]);
		else if (i == 5)
			emit_uint(ctx->e, w[i]);
		else
			emit_addr(ctx->e, w[i]);
	}
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER_PERS(_sysctl, dec_sysctl, (1u << PERS_X86_64) | (1u << PERS_I386));
