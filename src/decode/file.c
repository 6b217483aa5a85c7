/* Decoders for path-based file syscalls: open family, access, links,
 * directories, permissions, ownership, times, cwd.  Also the helpers of
 * decode/file.h shared with desc.c, stat.c, fs.c and ioctl.c. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "tmem/tmem.h"

/* strace shows some byte strings in hex whatever -x says; the renderer
 * does that for EMIT_STR_HEX (asked of the emitter's owner) */

#define F_O_CREAT 0100
#define F_O_TMPFILE_BIT 020000000

/* ---- helpers shared by the family (decode/file.h) ---- */

/* Whether any table entry names a part of v (as the renderer would). */
bool fdec_flags_known(const struct const_table *t, uint64_t v)
{
	for (size_t i = 0; i < t->count; i++) {
		const struct const_entry *e = &t->entries[i];
		if (e->mask == 0) {
			if (v == 0 && e->value == 0)
				return true;
			continue;
		}
		if ((v & e->mask) == e->value)
			return true;
	}
	return v == 0;
}

void fdec_flags_dflt(struct dctx *ctx, const struct const_table *t,
		     uint64_t v, const char *dflt)
{
	if (fdec_flags_known(t, v)) {
		emit_flags(ctx->e, t, v, EMIT_HEX);
		return;
	}
	emit_hex(ctx->e, v);
	if (ctx->e->style->xlat != 1)
		emit_comment(ctx->e, dflt);
}

void fdec_enum_dflt(struct dctx *ctx, const struct const_table *t,
		    uint64_t v, const char *dflt)
{
	if (consts_name(t, v)) {
		emit_enum(ctx->e, t, v, EMIT_HEX);
		return;
	}
	emit_hex(ctx->e, v);
	if (ctx->e->style->xlat != 1)
		emit_comment(ctx->e, dflt);
}

void fdec_enum_dflt_dec(struct dctx *ctx, const struct const_table *t,
			uint64_t v, const char *dflt)
{
	if (consts_name(t, v)) {
		emit_enum(ctx->e, t, v, EMIT_DEC);
		return;
	}
	emit_uint(ctx->e, v);
	if (ctx->e->style->xlat != 1)
		emit_comment(ctx->e, dflt);
}

void fdec_mode(struct dctx *ctx, uint64_t v)
{
	emit_oct(ctx->e, v & 0177777);
}

void fdec_mode_type(struct dctx *ctx, uint64_t v)
{
	const char *type;
	char text[96];

	/* a type strace does not know makes the whole mode a number, with no
	 * comment even under -X verbose */
	if ((v & 0170000) && !consts_name(&ct_f_s_ifmt, v & 0170000)) {
		emit_oct(ctx->e, v);
		return;
	}
	if (ctx->e->style->xlat != 2) {
		emit_flags(ctx->e, &ct_f_s_ifmt, v, EMIT_OCT);
		return;
	}
	/* -X verbose: strace comments even a mode without a type, so the
	 * comment's text is spelled here: S_IFREG|S_ISUID|0755 */
	size_t len = 0;
	uint64_t rest = v;

	text[0] = '\0';
	type = consts_name(&ct_f_s_ifmt, v & 0170000);
	for (size_t i = 0; i < ct_f_s_ifmt.count; i++) {
		const struct const_entry *e = &ct_f_s_ifmt.entries[i];
		if ((v & e->mask) != e->value || (e->mask == 0170000 &&
						  e->name != type))
			continue;
		len += (size_t)snprintf(text + len, sizeof(text) - len, "%s|",
					e->name);
		rest &= ~e->mask;
		if (len >= sizeof(text))
			break;
	}
	if (len < sizeof(text))
		snprintf(text + len, sizeof(text) - len, "%#03llo",
			 (unsigned long long)rest);
	emit_oct(ctx->e, v);
	emit_comment(ctx->e, text);
}

static void dev_text(char *buf, size_t size, uint64_t major, uint64_t minor)
{
	char a[24], b[24];

	snprintf(a, sizeof(a), major ? "%#llx" : "0", (unsigned long long)major);
	snprintf(b, sizeof(b), minor ? "%#llx" : "0", (unsigned long long)minor);
	snprintf(buf, size, "makedev(%s, %s)", a, b);
}

void fdec_dev_parts(struct dctx *ctx, uint64_t major, uint64_t minor)
{
	emit_call_begin(ctx->e, "makedev");
	emit_hex(ctx->e, major);
	emit_hex(ctx->e, minor);
	emit_call_end(ctx->e);
}

void fdec_dev(struct dctx *ctx, uint64_t dev)
{
	uint64_t major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffULL);
	uint64_t minor = (dev & 0xff) | ((dev >> 12) & ~0xffULL);
	char text[64];

	major &= 0xffffffff;
	minor &= 0xffffffff;
	switch (ctx->e->style->xlat) {
	case 1:
		emit_hex(ctx->e, dev);
		break;
	case 2:
		/* the comment spells the makedev() call: its text only */
		dev_text(text, sizeof(text), major, minor);
		emit_hex(ctx->e, dev);
		emit_comment(ctx->e, text);
		break;
	default:
		fdec_dev_parts(ctx, major, minor);
		break;
	}
}

/* frac has digits decimal places: 9 for nanoseconds, 6 for microseconds */
static void time_comment(struct dctx *ctx, int64_t sec, uint64_t frac,
			 int digits)
{
	/* The comment text itself, not output formatting: strace shows
	 * the local time in ISO 8601 with the fraction when non-zero. */
	char text[96], zone[16];
	struct tm tm;
	time_t t = (time_t)sec;
	size_t n;

	/* strace leaves the epoch itself uncommented */
	if (sec == 0 && frac == 0)
		return;
	if (!localtime_r(&t, &tm))
		return;
	n = strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%S", &tm);
	if (n == 0)
		return;
	if (frac)
		snprintf(text + n, sizeof(text) - n, ".%0*llu", digits,
			 (unsigned long long)frac);
	if (strftime(zone, sizeof(zone), "%z", &tm) == 0)
		zone[0] = '\0';
	n = strlen(text);
	snprintf(text + n, sizeof(text) - n, "%s", zone);
	emit_comment(ctx->e, text);
}

void fdec_time_comment(struct dctx *ctx, int64_t sec, uint64_t nsec)
{
	time_comment(ctx, sec, nsec, 9);
}

void fdec_time_comment_us(struct dctx *ctx, int64_t sec, uint64_t usec)
{
	time_comment(ctx, sec, usec, 6);
}

void fdec_loff_ptr(struct dctx *ctx, uint64_t addr)
{
	int64_t off;

	if (!dec_fetch(ctx, addr, &off, sizeof(off)))
		return;
	emit_array_begin(ctx->e);
	emit_int(ctx->e, off);
	emit_array_end(ctx->e);
}

uint64_t fdec_array_max(const struct dctx *ctx)
{
	/* -v lifts strace's -s element limit; still bound the loop */
	if (ctx->opt->verbose)
		return 1u << 20;
	return ctx->opt->strsize;
}

/* The "..." and address comment strace prints when an array element past
 * the first cannot be read. */
void fdec_array_fault(struct dctx *ctx, uint64_t addr)
{
	char text[32];

	emit_more(ctx->e);
	snprintf(text, sizeof(text), "%#llx", (unsigned long long)addr);
	emit_comment(ctx->e, text);
}

/* One struct iovec at addr, of the call's word size; 0 or -errno. */
static int read_iov(struct dctx *ctx, uint64_t addr, uint64_t *base,
		    uint64_t *len)
{
	uint64_t w[2];
	uint32_t n[2];
	int r;

	if (arch_pers[ctx->call->pers].word_size == 8) {
		r = tmem_read(ctx->call->tid, addr, w, sizeof(w));
	} else {
		r = tmem_read(ctx->call->tid, addr, n, sizeof(n));
		w[0] = n[0], w[1] = n[1];
	}
	*base = w[0], *len = w[1];
	return r;
}

void fdec_iov(struct dctx *ctx, uint64_t addr, uint64_t cnt, bool data,
	      uint64_t datalen)
{
	uint64_t size = 2 * (uint64_t)arch_pers[ctx->call->pers].word_size;
	uint64_t max = fdec_array_max(ctx);
	uint64_t i, base, len;

	if (cnt == 0 && addr) {
		emit_array_begin(ctx->e);
		emit_array_end(ctx->e);
		return;
	}
	/* a count whose byte size overflows shows as the bare address */
	if (!addr || cnt > UINT64_MAX / size ||
	    read_iov(ctx, addr, &base, &len)) {
		emit_addr(ctx->e, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (i = 0; i < cnt; i++) {
		uint64_t a = addr + i * size;
		/* strace reads an element before it checks the -s limit */
		if (i && read_iov(ctx, a, &base, &len)) {
			fdec_array_fault(ctx, a);
			break;
		}
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "iov_base");
		if (data && datalen == UINT64_MAX) {
			dec_buf(ctx, base, len); /* no budget */
		} else if (data) {
			uint64_t n = len < datalen ? len : datalen;
			dec_buf(ctx, base, n);
			datalen -= n;
		} else {
			emit_addr(ctx->e, base);
		}
		emit_field(ctx->e, "iov_len");
		emit_uint(ctx->e, len);
		emit_struct_end(ctx->e);
	}
	emit_array_end(ctx->e);
}

/* ---- open family ---- */

static void open_flags_mode(struct dctx *ctx, uint64_t flags, uint64_t mode)
{
	fdec_flags_dflt(ctx, &ct_f_open_flags, (uint32_t)flags, "O_???");
	if (flags & (F_O_CREAT | F_O_TMPFILE_BIT))
		fdec_mode(ctx, mode);
	ctx->call->ret_fmt = RET_FD;
}

static int dec_open(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	open_flags_mode(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(open, dec_open);

static int dec_openat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	open_flags_mode(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(openat, dec_openat);

static int dec_creat(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	fdec_mode(ctx, dec_arg(ctx, 1));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(creat, dec_creat);

/* The bytes of a struct past the part the decoder knows, when any of them
 * is non-zero, as strace shows them: / * bytes 24..47 * / "\x00..." */
void fdec_extra_bytes(struct dctx *ctx, uint64_t addr, uint64_t from,
		      uint64_t size)
{
	uint8_t buf[4096];
	uint64_t n, shown, i;
	char text[64];

	/* strace looks at no more than a page of the struct */
	if (size > sizeof(buf))
		size = sizeof(buf);
	if (size <= from)
		return;
	n = size - from;
	if (tmem_read(ctx->call->tid, addr + from, buf, n)) {
		emit_sym(ctx->e, "???"); /* a tail that cannot be read */
		return;
	}
	for (i = 0; i < n && !buf[i]; i++)
		;
	if (i == n)
		return;
	shown = n < ctx->opt->strsize ? n : ctx->opt->strsize;
	/* a bare comment item, then the bytes glued to it */
	snprintf(text, sizeof(text), "/* bytes %llu..%llu */",
		 (unsigned long long)from, (unsigned long long)size - 1);
	emit_sym(ctx->e, text);
	emit_join(ctx->e, " ");
	emit_str(ctx->e, buf, shown,
		 EMIT_STR_HEX | (size - from > shown ? EMIT_STR_TRUNCATED : 0));
}

static int dec_openat2(struct dctx *ctx)
{
	struct {
		uint64_t flags;
		uint64_t mode;
		uint64_t resolve;
	} how;
	uint64_t size = dec_arg(ctx, 3);

	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	ctx->call->ret_fmt = RET_FD;
	if (size < sizeof(how)) {
		dec_ptr(ctx, dec_arg(ctx, 2));
	} else if (dec_fetch(ctx, dec_arg(ctx, 2), &how, sizeof(how))) {
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "flags");
		fdec_flags_dflt(ctx, &ct_f_open_flags, how.flags, "O_???");
		if (how.flags & (F_O_CREAT | F_O_TMPFILE_BIT) || how.mode) {
			emit_field(ctx->e, "mode");
			emit_oct(ctx->e, how.mode);
		}
		emit_field(ctx->e, "resolve");
		fdec_flags_dflt(ctx, &ct_f_resolve_flags, how.resolve,
				"RESOLVE_???");
		if (size > sizeof(how))
			fdec_extra_bytes(ctx, dec_arg(ctx, 2), sizeof(how), size);
		emit_struct_end(ctx->e);
	}
	dec_ulong(ctx, size);
	return DEC_DONE;
}
DECODER_ANY_PERS(openat2, dec_openat2);

/* ---- access ---- */

static void access_mode(struct dctx *ctx, uint64_t mode)
{
	fdec_flags_dflt(ctx, &ct_f_access_modes, (uint32_t)mode, "?_OK");
}

static int dec_access(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	access_mode(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(access, dec_access);

static int dec_faccessat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	access_mode(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(faccessat, dec_faccessat);

static int dec_faccessat2(struct dctx *ctx)
{
	dec_faccessat(ctx);
	fdec_flags_dflt(ctx, &ct_f_faccessat_flags, (uint32_t)dec_arg(ctx, 3),
			"AT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(faccessat2, dec_faccessat2);

/* ---- directories and names ---- */

static int dec_path_mode(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	fdec_mode(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(mkdir, dec_path_mode);
DECODER_ANY_PERS(chmod, dec_path_mode);

static int dec_dirfd_path_mode(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	fdec_mode(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(mkdirat, dec_dirfd_path_mode);

static int dec_fchmodat(struct dctx *ctx)
{
	dec_dirfd_path_mode(ctx);
	return DEC_DONE;
}
DECODER_ANY_PERS(fchmodat, dec_fchmodat);

static int dec_fchmodat2(struct dctx *ctx)
{
	dec_dirfd_path_mode(ctx);
	fdec_flags_dflt(ctx, &ct_f_at_flags, (uint32_t)dec_arg(ctx, 3),
			"AT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(fchmodat2, dec_fchmodat2);

static int dec_one_path(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(unlink, dec_one_path);
DECODER_ANY_PERS(rmdir, dec_one_path);
DECODER_ANY_PERS(chdir, dec_one_path);
DECODER_ANY_PERS(chroot, dec_one_path);
DECODER_ANY_PERS(acct, dec_one_path);
DECODER_ANY_PERS(swapoff, dec_one_path);

static int dec_unlinkat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_f_at_flags, (uint32_t)dec_arg(ctx, 2),
			"AT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(unlinkat, dec_unlinkat);

static int dec_two_paths(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(rename, dec_two_paths);
DECODER_ANY_PERS(link, dec_two_paths);
DECODER_ANY_PERS(symlink, dec_two_paths);

static int dec_renameat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	dec_dirfd(ctx, dec_arg(ctx, 2));
	dec_path(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(renameat, dec_renameat);

static int dec_renameat2(struct dctx *ctx)
{
	dec_renameat(ctx);
	fdec_flags_dflt(ctx, &ct_f_rename_flags, (uint32_t)dec_arg(ctx, 4),
			"RENAME_??");
	return DEC_DONE;
}
DECODER_ANY_PERS(renameat2, dec_renameat2);

static int dec_linkat(struct dctx *ctx)
{
	dec_renameat(ctx);
	fdec_flags_dflt(ctx, &ct_f_at_flags, (uint32_t)dec_arg(ctx, 4),
			"AT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(linkat, dec_linkat);

static int dec_symlinkat(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	dec_dirfd(ctx, dec_arg(ctx, 1));
	dec_path(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(symlinkat, dec_symlinkat);

/* readlink(path, buf, size) and readlinkat(dirfd, path, buf, size): the
 * buffer holds rval bytes, not NUL-terminated. */
static int readlink_common(struct dctx *ctx, int first)
{
	if (!ctx->exiting) {
		if (first)
			dec_dirfd(ctx, dec_arg(ctx, 0));
		dec_path(ctx, dec_arg(ctx, first));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, first + 1));
	else
		dec_buf(ctx, dec_arg(ctx, first + 1), (uint64_t)ctx->call->rval);
	dec_ulong(ctx, dec_arg(ctx, first + 2));
	return DEC_DONE;
}

static int dec_readlink(struct dctx *ctx)
{
	return readlink_common(ctx, 0);
}
DECODER_ANY_PERS(readlink, dec_readlink);

static int dec_readlinkat(struct dctx *ctx)
{
	return readlink_common(ctx, 1);
}
DECODER_ANY_PERS(readlinkat, dec_readlinkat);

/* ---- ownership ---- */

static void dec_id(struct dctx *ctx, uint64_t v)
{
	/* uid_t -1 means "unchanged" and strace shows it as -1 */
	if ((uint32_t)v == 0xffffffffu)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, (uint32_t)v);
}

static int dec_chown(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	dec_id(ctx, dec_arg(ctx, 1));
	dec_id(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(chown, dec_chown);
DECODER(lchown, dec_chown);

static int dec_fchown(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_id(ctx, dec_arg(ctx, 1));
	dec_id(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(fchown, dec_fchown);

static int dec_fchownat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	dec_id(ctx, dec_arg(ctx, 2));
	dec_id(ctx, dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_f_at_flags, (uint32_t)dec_arg(ctx, 4),
			"AT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(fchownat, dec_fchownat);

static int dec_fchmod(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_mode(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(fchmod, dec_fchmod);

/* ---- sizes and times ---- */

static int dec_truncate(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(truncate, dec_truncate);

/* utimensat's timespec pair; tv_nsec may be UTIME_NOW or UTIME_OMIT,
 * which strace shows instead of the whole struct */
static void utime_spec(struct dctx *ctx, int64_t sec, int64_t nsec)
{
	const char *special = NULL;
	int xlat = ctx->e->style->xlat;

	if (nsec == (1l << 30) - 1)
		special = "UTIME_NOW";
	else if (nsec == (1l << 30) - 2)
		special = "UTIME_OMIT";
	if (special && xlat == 0) {
		emit_sym(ctx->e, special);
		return;
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, sec);
	emit_field(ctx->e, "tv_nsec");
	emit_uint(ctx->e, (uint64_t)nsec); /* strace shows it unsigned */
	emit_struct_end(ctx->e);
	if (special) {
		if (xlat == 2)
			emit_comment(ctx->e, special);
	} else if (nsec >= 0 && nsec < 1000000000) {
		fdec_time_comment(ctx, sec, (uint64_t)nsec);
	}
}

/* The two time structs at addr of utimensat, utimes and futimesat: read
 * as one (the address when any part is unreadable), shown up to the -s
 * element limit as strace does. */
static void time_pair(struct dctx *ctx, uint64_t addr,
		      void (*elem)(struct dctx *ctx, int64_t a, int64_t b))
{
	int64_t v[4];
	uint64_t max = fdec_array_max(ctx);

	if (!dec_fetch_time_pairs(ctx, addr, v, 2))
		return;
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < 2; i++) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		elem(ctx, v[2 * i], v[2 * i + 1]);
	}
	emit_array_end(ctx->e);
}

static int dec_utimensat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	time_pair(ctx, dec_arg(ctx, 2), utime_spec);
	fdec_flags_dflt(ctx, &ct_f_at_flags, (uint32_t)dec_arg(ctx, 3),
			"AT_???");
	return DEC_DONE;
}
DECODER(utimensat, dec_utimensat);

/* utime(path, struct utimbuf *) */
static int dec_utime(struct dctx *ctx)
{
	struct {
		int64_t actime;
		int64_t modtime;
	} ub;

	dec_path(ctx, dec_arg(ctx, 0));
	if (!dec_fetch(ctx, dec_arg(ctx, 1), &ub, sizeof(ub)))
		return DEC_DONE;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "actime");
	emit_int(ctx->e, ub.actime);
	fdec_time_comment(ctx, ub.actime, 0);
	emit_field(ctx->e, "modtime");
	emit_int(ctx->e, ub.modtime);
	fdec_time_comment(ctx, ub.modtime, 0);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER(utime, dec_utime);

/* one struct timeval of utimes and futimesat */
static void timeval_elem(struct dctx *ctx, int64_t sec, int64_t usec)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, sec);
	emit_field(ctx->e, "tv_usec");
	emit_uint(ctx->e, (uint64_t)usec); /* as strace */
	emit_struct_end(ctx->e);
	if (usec >= 0 && usec < 1000000)
		fdec_time_comment_us(ctx, sec, (uint64_t)usec);
}

static int dec_utimes(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	time_pair(ctx, dec_arg(ctx, 1), timeval_elem);
	return DEC_DONE;
}
DECODER(utimes, dec_utimes);

static int dec_futimesat(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	time_pair(ctx, dec_arg(ctx, 2), timeval_elem);
	return DEC_DONE;
}
DECODER(futimesat, dec_futimesat);

/* ---- cwd ---- */

/* The directory getcwd stored: at most the returned length less its
 * NUL, "..." when no NUL follows them (strace's view of an injected
 * length); the address when it cannot be read. */
static void cwd_stored(struct dctx *ctx, uint64_t addr, int64_t rval)
{
	char buf[PATH_MAX + 1];
	size_t n = rval - 1 < PATH_MAX ? (size_t)(rval - 1) : PATH_MAX - 1;
	long got;

	if (rval <= 0) {
		dec_path(ctx, addr);
		return;
	}
	got = addr ? tmem_read_partial(ctx->call->tid, addr, buf, n + 1) : 0;
	size_t len = got > 0 ? strnlen(buf, (size_t)got) : 0;
	if (got <= 0 || (len == (size_t)got && (size_t)got < n + 1)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (len <= n)
		emit_str(ctx->e, buf, len, 0);
	else
		emit_str(ctx->e, buf, n, EMIT_STR_TRUNCATED);
}

static int dec_getcwd(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 0));
	else
		cwd_stored(ctx, dec_arg(ctx, 0), ctx->call->rval);
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(getcwd, dec_getcwd);

static int dec_fchdir(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(fchdir, dec_fchdir);

static int dec_umask(struct dctx *ctx)
{
	fdec_mode(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_OCT;
	return DEC_DONE;
}
DECODER_ANY_PERS(umask, dec_umask);

static int dec_mknod_common(struct dctx *ctx, int first)
{
	uint64_t mode = dec_arg(ctx, first + 1) & 0177777;
	uint64_t type = mode & 0170000;

	if (first)
		dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, first));
	/* an unknown type: the number alone, even under -X verbose */
	if (type && !consts_name(&ct_f_s_ifmt, type))
		emit_oct(ctx->e, mode);
	else
		fdec_mode_type(ctx, mode);
	if (type == 0020000 || type == 0060000)
		fdec_dev(ctx, (uint32_t)dec_arg(ctx, first + 2));
	return DEC_DONE;
}

static int dec_mknod(struct dctx *ctx)
{
	return dec_mknod_common(ctx, 0);
}
DECODER_ANY_PERS(mknod, dec_mknod);

static int dec_mknodat(struct dctx *ctx)
{
	return dec_mknod_common(ctx, 1);
}
DECODER_ANY_PERS(mknodat, dec_mknodat);

/* strace reads at most this much of a CPU mask (its own cpuset size) and
 * marks a longer one with "..." */
#define CPUSET_MAX 128u

/* A CPU mask of len bytes: the numbers of the set CPUs, space separated
 * as strace prints them. */
void fdec_cpu_mask(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	uint8_t buf[CPUSET_MAX];
	size_t size = len < CPUSET_MAX ? (size_t)len : CPUSET_MAX;
	bool any = false;

	memset(buf, 0, sizeof(buf));
	if (!addr || (size &&
		      tmem_read(ctx->call->tid, addr, buf, size) != 0)) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (size_t i = 0; i < size * 8; i++) {
		if (!(buf[i / 8] & (1u << (i % 8))))
			continue;
		if (any)
			emit_join(ctx->e, " ");
		emit_uint(ctx->e, i);
		any = true;
	}
	/* strace rounds what it reads up to whole words */
	if (((size + 7) & ~(size_t)7) < len) {
		if (any)
			emit_join(ctx->e, " ");
		emit_more(ctx->e);
	}
	emit_array_end(ctx->e);
}
