/* Decoders for descriptor syscalls: read/write and their positioned and
 * vectored forms, lseek, close, dup, fcntl, pipe, splice, sendfile,
 * copy_file_range, sync and allocation calls, flock, getdents64. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "tmem/tmem.h"

/* ---- read / write ---- */

/* Output buffer arg i holding rval bytes at exit, its address on failure */
static void out_buf(struct dctx *ctx, int i)
{
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, i));
	else
		dec_buf(ctx, dec_arg(ctx, i), (uint64_t)ctx->call->rval);
}

static int dec_read(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	out_buf(ctx, 1);
	dec_ulong(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(read, dec_read);

static int dec_write(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_buf(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(write, dec_write);

static int dec_pread64(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	out_buf(ctx, 1);
	dec_ulong(ctx, dec_arg(ctx, 2));
	dec_long(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(pread64, dec_pread64);

static int dec_pwrite64(struct dctx *ctx)
{
	dec_write(ctx);
	dec_long(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(pwrite64, dec_pwrite64);

/* ---- vectored I/O ---- */

/* readv-like: the vector is shown at exit with only the bytes read */
static void readv_iov(struct dctx *ctx)
{
	if (dec_failed(ctx))
		fdec_iov(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), false, 0);
	else
		fdec_iov(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), true,
			 (uint64_t)ctx->call->rval);
	dec_ulong(ctx, dec_arg(ctx, 2));
}

static void writev_iov(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_iov(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), true, UINT64_MAX);
	dec_ulong(ctx, dec_arg(ctx, 2));
}

static void rwf_flags(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_f_rwf_flags, (uint32_t)v, "RWF_???");
}

/* readv, preadv, preadv2: nargs extra arguments after the count */
static int readv_common(struct dctx *ctx, int extra)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	readv_iov(ctx);
	if (extra >= 1) /* a loff_t (joined from two halves for i386) */
		emit_int(ctx->e, (int64_t)dec_arg(ctx, 3));
	if (extra >= 2)
		rwf_flags(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}

static int writev_common(struct dctx *ctx, int extra)
{
	writev_iov(ctx);
	if (extra >= 1) /* a loff_t */
		emit_int(ctx->e, (int64_t)dec_arg(ctx, 3));
	if (extra >= 2)
		rwf_flags(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}

static int dec_readv(struct dctx *ctx) { return readv_common(ctx, 0); }
DECODER_PERS(readv, dec_readv, 1u << PERS_X86_64 | 1u << PERS_I386);
static int dec_preadv(struct dctx *ctx) { return readv_common(ctx, 1); }
DECODER(preadv, dec_preadv);
static int dec_preadv2(struct dctx *ctx) { return readv_common(ctx, 2); }
DECODER(preadv2, dec_preadv2);
static int dec_writev(struct dctx *ctx) { return writev_common(ctx, 0); }
DECODER_PERS(writev, dec_writev, 1u << PERS_X86_64 | 1u << PERS_I386);
static int dec_pwritev(struct dctx *ctx) { return writev_common(ctx, 1); }
DECODER(pwritev, dec_pwritev);
static int dec_pwritev2(struct dctx *ctx) { return writev_common(ctx, 2); }
DECODER(pwritev2, dec_pwritev2);

/* ---- positions ---- */

static int dec_lseek(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_long(ctx, dec_arg(ctx, 1));
	fdec_enum_dflt(ctx, &ct_f_seek_whence, (uint32_t)dec_arg(ctx, 2),
		       "SEEK_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(lseek, dec_lseek);

/* ---- close, dup ---- */

static int dec_one_fd(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(close, dec_one_fd);
DECODER_ANY_PERS(fsync, dec_one_fd);
DECODER_ANY_PERS(fdatasync, dec_one_fd);
DECODER_ANY_PERS(syncfs, dec_one_fd);

static int dec_dup(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(dup, dec_dup);

static int dec_dup2(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_fd(ctx, dec_arg(ctx, 1));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(dup2, dec_dup2);

static int dec_dup3(struct dctx *ctx)
{
	dec_dup2(ctx);
	fdec_flags_dflt(ctx, &ct_f_pipe_flags, (uint32_t)dec_arg(ctx, 2),
			"O_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(dup3, dec_dup3);

static int dec_close_range(struct dctx *ctx)
{
	/* strace shows the bounds as plain numbers, even with -y */
	dec_uint(ctx, dec_arg(ctx, 0));
	dec_uint(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_f_close_range_flags,
			(uint32_t)dec_arg(ctx, 2), "CLOSE_RANGE_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(close_range, dec_close_range);

/* ---- pipes ---- */

static void pipe_fds(struct dctx *ctx)
{
	int32_t fds[2];

	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		return;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 0), fds, sizeof(fds)))
		return;
	emit_array_begin(ctx->e);
	dec_fd(ctx, (uint64_t)(int64_t)fds[0]);
	dec_fd(ctx, (uint64_t)(int64_t)fds[1]);
	emit_array_end(ctx->e);
}

static int dec_pipe(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	pipe_fds(ctx);
	return DEC_DONE;
}
DECODER_ANY_PERS(pipe, dec_pipe);

static int dec_pipe2(struct dctx *ctx)
{
	if (!ctx->exiting)
		return DEC_MORE;
	pipe_fds(ctx);
	fdec_flags_dflt(ctx, &ct_f_pipe_flags, (uint32_t)dec_arg(ctx, 1),
			"O_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(pipe2, dec_pipe2);

static void splice_flags(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_f_splice_flags, (uint32_t)v, "SPLICE_F_???");
}

static int dec_splice(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_loff_ptr(ctx, dec_arg(ctx, 1));
	dec_fd(ctx, dec_arg(ctx, 2));
	fdec_loff_ptr(ctx, dec_arg(ctx, 3));
	dec_ulong(ctx, dec_arg(ctx, 4));
	splice_flags(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_ANY_PERS(splice, dec_splice);

static int dec_tee(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_fd(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	splice_flags(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(tee, dec_tee);

/* sendfile(out, in, off_t *offset, count): the offset as it was at entry
 * and, when the call succeeds, its new value: [2] => [12].  Both are shown
 * at exit, the entry value kept in saved[].  off_t is a long (32 bits for
 * i386, whose sendfile64 is decoded as x86_64). */
static int dec_sendfile(struct dctx *ctx)
{
	struct sc_call *c = ctx->call;
	uint64_t addr = dec_arg(ctx, 2);
	size_t size = arch_pers[c->pers].word_size;
	int64_t off = 0;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		dec_fd(ctx, dec_arg(ctx, 1));
		c->saved[1] = addr &&
			tmem_read(c->tid, addr, &off, size) == 0;
		c->saved[0] = (uint64_t)off;
		return DEC_MORE;
	}
	if (!c->saved[1]) {
		dec_ptr(ctx, addr);
	} else {
		emit_array_begin(ctx->e);
		emit_uint(ctx->e, c->saved[0]);
		emit_array_end(ctx->e);
		if (!dec_failed(ctx) &&
		    tmem_read(c->tid, addr, &off, size) == 0) {
			emit_join(ctx->e, " => ");
			emit_array_begin(ctx->e);
			emit_uint(ctx->e, (uint64_t)off);
			emit_array_end(ctx->e);
		}
	}
	dec_ulong(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(sendfile, dec_sendfile, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_copy_file_range(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_loff_ptr(ctx, dec_arg(ctx, 1));
	dec_fd(ctx, dec_arg(ctx, 2));
	fdec_loff_ptr(ctx, dec_arg(ctx, 3));
	dec_ulong(ctx, dec_arg(ctx, 4));
	dec_uint(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_ANY_PERS(copy_file_range, dec_copy_file_range);

/* ---- sync, allocation, locks ---- */

static int dec_sync_file_range(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_long(ctx, dec_arg(ctx, 1));
	dec_long(ctx, dec_arg(ctx, 2));
	fdec_flags_dflt(ctx, &ct_f_sync_file_range_flags,
			(uint32_t)dec_arg(ctx, 3), "SYNC_FILE_RANGE_???");
	return DEC_DONE;
}
DECODER(sync_file_range, dec_sync_file_range);

static int dec_fallocate(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_falloc_flags, (uint32_t)dec_arg(ctx, 1),
			"FALLOC_FL_???");
	dec_long(ctx, dec_arg(ctx, 2));
	dec_long(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(fallocate, dec_fallocate);

static int dec_ftruncate(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(ftruncate, dec_ftruncate);

static int dec_flock(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_flock_ops, (uint32_t)dec_arg(ctx, 1),
			"LOCK_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(flock, dec_flock);

/* ---- fcntl ---- */

enum {
	FC_DUPFD = 0, FC_GETFD = 1, FC_SETFD = 2, FC_GETFL = 3, FC_SETFL = 4,
	FC_GETLK = 5, FC_SETLK = 6, FC_SETLKW = 7, FC_SETOWN = 8,
	FC_GETOWN = 9, FC_SETSIG = 10, FC_GETSIG = 11, FC_SETOWN_EX = 15,
	FC_GETOWN_EX = 16, FC_OFD_GETLK = 36, FC_OFD_SETLK = 37,
	FC_OFD_SETLKW = 38, FC_SETLEASE = 1024, FC_GETLEASE = 1025,
	FC_NOTIFY = 1026, FC_DUPFD_CLOEXEC = 1030, FC_SETPIPE_SZ = 1031,
	FC_GETPIPE_SZ = 1032, FC_ADD_SEALS = 1033, FC_GET_SEALS = 1034,
};

/* struct flock (x86_64): l_pid only for the GETLK forms, at exit */
static void flock_struct(struct dctx *ctx, uint64_t addr, bool getlk)
{
	struct {
		int16_t type;
		int16_t whence;
		int32_t pad;
		int64_t start;
		int64_t len;
		int32_t pid;
		int32_t pad2;
	} fl;

	if (!dec_fetch(ctx, addr, &fl, sizeof(fl)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "l_type");
	fdec_enum_dflt(ctx, &ct_f_lock_types, (uint16_t)fl.type, "F_???");
	emit_field(ctx->e, "l_whence");
	fdec_enum_dflt(ctx, &ct_f_seek_whence, (uint16_t)fl.whence,
		       "SEEK_???");
	emit_field(ctx->e, "l_start");
	emit_int(ctx->e, fl.start);
	emit_field(ctx->e, "l_len");
	emit_int(ctx->e, fl.len);
	if (getlk) {
		emit_field(ctx->e, "l_pid");
		dec_pid(ctx, (uint32_t)fl.pid);
	}
	emit_struct_end(ctx->e);
}

#define F_OWNER_PGRP_VAL 2

static void owner_ex(struct dctx *ctx, uint64_t addr)
{
	struct {
		int32_t type;
		int32_t pid;
	} o;

	if (!dec_fetch(ctx, addr, &o, sizeof(o)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "type");
	fdec_enum_dflt(ctx, &ct_f_owner_types, (uint32_t)o.type,
		       "F_OWNER_???");
	emit_field(ctx->e, "pid");
	if (o.type == F_OWNER_PGRP_VAL)
		dec_pgid(ctx, (uint32_t)o.pid);
	else
		dec_pid(ctx, (uint32_t)o.pid);
	emit_struct_end(ctx->e);
}

/* The " (flags O_RDWR)" strace appends to some fcntl return values: the
 * value in hex with its names, or a plain number with a signal name.  An
 * empty label means the names alone: " (F_UNLCK)".  The report leaves the
 * label out when the value is 0 and the table has no name for 0. */
static void fcntl_ret(struct dctx *ctx, uint32_t cmd)
{
	struct sc_call *c = ctx->call;

	switch (cmd) {
	case FC_GETFL:
		c->ret_fmt = RET_HEX;
		c->ret_flags = &ct_f_open_flags;
		c->ret_label = "flags";
		c->ret_symbolic = true;
		break;
	case FC_GETFD:
		c->ret_fmt = RET_HEX;
		c->ret_flags = &ct_f_fd_flags;
		c->ret_label = "flags";
		break;
	case FC_GET_SEALS:
		c->ret_fmt = RET_HEX;
		c->ret_flags = &ct_f_seals;
		c->ret_label = "seals";
		break;
	case FC_GETLEASE:
		c->ret_fmt = RET_HEX;
		c->ret_flags = &ct_f_lock_types;
		c->ret_label = "";
		break;
	case FC_GETSIG:
		c->ret_flags = &ct_signals;
		c->ret_label = "";
		break;
	}
}

static int dec_fcntl(struct dctx *ctx)
{
	struct sc_call *c = ctx->call;
	uint32_t cmd = (uint32_t)dec_arg(ctx, 1);
	uint64_t arg = dec_arg(ctx, 2);

	if (ctx->exiting) {
		if (dec_failed(ctx))
			dec_ptr(ctx, arg);
		else if (cmd == FC_GETOWN_EX)
			owner_ex(ctx, arg);
		else
			flock_struct(ctx, arg, true);
		return DEC_DONE;
	}
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_f_fcntl_cmds, cmd, "F_???");
	switch (cmd) {
	case FC_DUPFD:
	case FC_DUPFD_CLOEXEC:
		dec_long(ctx, arg);
		c->ret_fmt = RET_FD;
		break;
	case FC_SETFD:
		fdec_flags_dflt(ctx, &ct_f_fd_flags, (uint32_t)arg, "FD_???");
		break;
	case FC_SETFL:
		fdec_flags_dflt(ctx, &ct_f_open_flags, (uint32_t)arg, "O_???");
		break;
	case FC_SETOWN: /* a group as a negative number */
		dec_pid(ctx, arg);
		break;
	case FC_SETPIPE_SZ:
		dec_int(ctx, arg);
		break;
	case FC_SETSIG:
		dec_signo(ctx, arg);
		break;
	case FC_SETLEASE:
		fdec_enum_dflt(ctx, &ct_f_lock_types, (uint32_t)arg, "F_???");
		break;
	case FC_NOTIFY:
		fdec_flags_dflt(ctx, &ct_f_dn_flags, (uint32_t)arg, "DN_???");
		break;
	case FC_ADD_SEALS:
		fdec_flags_dflt(ctx, &ct_f_seals, (uint32_t)arg, "F_SEAL_???");
		break;
	case FC_SETLK:
	case FC_SETLKW:
	case FC_OFD_SETLK:
	case FC_OFD_SETLKW:
		flock_struct(ctx, arg, false);
		break;
	case FC_SETOWN_EX:
		owner_ex(ctx, arg);
		break;
	case FC_GETLK:
	case FC_OFD_GETLK:
	case FC_GETOWN_EX:
		return DEC_MORE;
	case FC_GETFD:
	case FC_GETFL:
	case FC_GET_SEALS:
	case FC_GETLEASE:
	case FC_GETSIG:
		fcntl_ret(ctx, cmd);
		break;
	case FC_GETOWN:
	case FC_GETPIPE_SZ:
		break;
	default:
		dec_hex(ctx, arg);
		break;
	}
	return DEC_DONE;
}
DECODER(fcntl, dec_fcntl);

/* ---- directories ---- */

/* getdents and getdents64: strace shows only the entry count unless -v.
 * The old struct linux_dirent has d_ino and d_off of the call's word size
 * and keeps d_type in the record's last byte; strace prints it after
 * d_name. */
static int getdents_common(struct dctx *ctx, bool old)
{
	const size_t ws = old ? arch_pers[ctx->call->pers].word_size : 8;
	const size_t hdr = old ? 2 * ws + 2 : 19; /* offset of d_name */
	uint8_t *buf;
	uint64_t addr = dec_arg(ctx, 1);
	uint64_t len;
	uint64_t off, n = 0, max = fdec_array_max(ctx);
	char text[48];

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		goto count;
	}
	len = (uint64_t)ctx->call->rval;
	if (len > (1u << 24))
		len = 1u << 24; /* the kernel never returns more */
	buf = malloc(len ? len : 1);
	if (!buf || (len && tmem_read(ctx->call->tid, addr, buf, len))) {
		free(buf);
		dec_ptr(ctx, addr);
		goto count;
	}
	if (!ctx->opt->verbose) {
		for (off = 0; off + hdr <= len; n++) {
			uint16_t reclen;
			memcpy(&reclen, buf + off + 2 * ws, sizeof(reclen));
			if (reclen < hdr)
				break;
			off += reclen;
		}
		dec_ptr(ctx, addr);
		snprintf(text, sizeof(text), "%llu entries",
			 (unsigned long long)n);
		emit_comment(ctx->e, text);
		free(buf);
		goto count;
	}
	emit_array_begin(ctx->e);
	for (off = 0; off + hdr <= len; n++) {
		uint64_t w[2];
		uint16_t reclen;
		uint8_t type = 0;
		size_t namelen;
		bool whole;

		if (n == max) {
			emit_more(ctx->e);
			break;
		}
		if (old) {
			dec_words_of_bytes(ctx, buf + off, w, 2);
		} else {
			memcpy(&w[0], buf + off, 8);
			memcpy(&w[1], buf + off + 8, 8);
		}
		memcpy(&reclen, buf + off + 2 * ws, 2);
		whole = reclen >= hdr && off + reclen <= len;
		if (!old)
			type = buf[off + 18];
		else if (whole)
			type = buf[off + reclen - 1];
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "d_ino");
		emit_uint(ctx->e, w[0]);
		emit_field(ctx->e, "d_off");
		emit_uint(ctx->e, w[1]);
		emit_field(ctx->e, "d_reclen");
		emit_uint(ctx->e, reclen);
		if (!old) {
			emit_field(ctx->e, "d_type");
			emit_enum(ctx->e, &ct_f_dirent_types, type, EMIT_DEC);
		}
		if (!whole) {
			emit_struct_end(ctx->e);
			break;
		}
		emit_field(ctx->e, "d_name");
		namelen = strnlen((const char *)buf + off + hdr, reclen - hdr);
		emit_str(ctx->e, buf + off + hdr, namelen, 0);
		if (old) {
			emit_field(ctx->e, "d_type");
			emit_enum(ctx->e, &ct_f_dirent_types, type, EMIT_DEC);
		}
		emit_struct_end(ctx->e);
		off += reclen;
	}
	emit_array_end(ctx->e);
	free(buf);
count:
	dec_uint(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}

static int dec_getdents64(struct dctx *ctx)
{
	return getdents_common(ctx, false);
}
DECODER_ANY_PERS(getdents64, dec_getdents64);

static int dec_getdents(struct dctx *ctx)
{
	return getdents_common(ctx, true);
}
DECODER_PERS(getdents, dec_getdents,
	     (1u << PERS_X86_64) | (1u << PERS_I386));

/* ---- advice and readahead ---- */

static int dec_fadvise64(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_long(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	fdec_enum_dflt(ctx, &ct_f_fadvise_advice, (uint32_t)dec_arg(ctx, 3),
		       "POSIX_FADV_???");
	return DEC_DONE;
}
DECODER(fadvise64, dec_fadvise64);

static int dec_readahead(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_long(ctx, dec_arg(ctx, 1));
	dec_ulong(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(readahead, dec_readahead);

static int dec_vmsplice(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_iov(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), true, UINT64_MAX);
	dec_ulong(ctx, dec_arg(ctx, 2));
	splice_flags(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(vmsplice, dec_vmsplice, 1u << PERS_X86_64 | 1u << PERS_I386);
