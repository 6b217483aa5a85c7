/* Decoders for the native AIO calls: io_setup, io_destroy, io_submit (the
 * iocb array, each request by its opcode), io_cancel, io_getevents and
 * io_pgetevents (the io_event array the kernel filled).  struct iocb and
 * io_event are the same for i386; the context id, the iocb pointers and
 * the sigset struct are read at the call's word size. */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"

#define IOCB_SIZE 64
#define IO_EVENT_SIZE 32
#define IOCB_FLAG_RESFD 1u
#define IOCB_FLAG_IOPRIO 2u
#define IOPRIO_CLASS_SHIFT 13

enum {
	CMD_PREAD,
	CMD_PWRITE,
	CMD_FSYNC,
	CMD_FDSYNC,
	CMD_POLL = 5,
	CMD_NOOP,
	CMD_PREADV,
	CMD_PWRITEV
};

/* struct iocb, <linux/aio_abi.h> (little endian) */
struct iocb_raw {
	uint64_t data;
	uint32_t key;
	uint32_t rw_flags;
	uint16_t opcode;
	int16_t reqprio;
	uint32_t fildes;
	uint64_t buf;
	uint64_t nbytes;
	int64_t offset;
	uint64_t reserved2;
	uint32_t flags;
	uint32_t resfd;
};

struct io_event_raw {
	uint64_t data;
	uint64_t obj;
	int64_t res;
	int64_t res2;
};

/* An I/O priority: IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), the raw value
 * under -X raw and with the whole form in a comment under -X verbose. */
static void ioprio(struct dctx *ctx, uint32_t v)
{
	uint32_t cls = v >> IOPRIO_CLASS_SHIFT;
	uint32_t data = v & ((1u << IOPRIO_CLASS_SHIFT) - 1);
	const char *name = consts_name(&ct_c_ioprio_class, cls);
	char text[128];

	if (ctx->e->style->xlat == 0) {
		emit_call_begin(ctx->e, "IOPRIO_PRIO_VALUE");
		fdec_enum_dflt(ctx, &ct_c_ioprio_class, cls,
			       "IOPRIO_CLASS_???");
		emit_uint(ctx->e, data);
		emit_call_end(ctx->e);
		return;
	}
	emit_hex(ctx->e, v);
	if (ctx->e->style->xlat == 1)
		return;
	snprintf(text, sizeof(text), "IOPRIO_PRIO_VALUE(%#x /* %s */, %u)", cls,
		 name ? name : "IOPRIO_CLASS_???", data);
	emit_comment(ctx->e, text);
}

/* The fields every request has, all io_cancel shows. */
static void iocb_head(struct dctx *ctx, const struct iocb_raw *cb)
{
	emit_field(ctx->e, "aio_data");
	emit_hex(ctx->e, cb->data);
	if (cb->key) {
		emit_field(ctx->e, "aio_key");
		emit_uint(ctx->e, cb->key);
	}
	if (cb->rw_flags) {
		emit_field(ctx->e, "aio_rw_flags");
		fdec_flags_dflt(ctx, &ct_f_rwf_flags, cb->rw_flags, "RWF_???");
	}
	emit_field(ctx->e, "aio_lio_opcode");
	fdec_enum_dflt_dec(ctx, &ct_c_aio_cmds, cb->opcode, "IOCB_CMD_???");
	if (cb->flags & IOCB_FLAG_IOPRIO) {
		emit_field(ctx->e, "aio_reqprio");
		ioprio(ctx, (uint16_t)cb->reqprio);
	} else if (cb->reqprio) {
		emit_field(ctx->e, "aio_reqprio");
		emit_int(ctx->e, cb->reqprio);
	}
	emit_field(ctx->e, "aio_fildes");
	dec_fd(ctx, (uint64_t)(int64_t)(int32_t)cb->fildes);
}

/* The buffer of a read or write request, by opcode. */
static void iocb_buf(struct dctx *ctx, const struct iocb_raw *cb)
{
	emit_field(ctx->e, "aio_buf");
	switch (cb->opcode) {
	case CMD_PWRITE:
		dec_buf(ctx, cb->buf, cb->nbytes);
		break;
	case CMD_PREADV:
	case CMD_PWRITEV:
		fdec_iov(ctx, cb->buf, cb->nbytes, cb->opcode == CMD_PWRITEV,
			 UINT64_MAX);
		return;
	default:
		emit_hex(ctx->e, cb->buf);
		break;
	}
	emit_field(ctx->e, "aio_nbytes");
	emit_uint(ctx->e, cb->nbytes);
}

static void iocb_rw(struct dctx *ctx, const struct iocb_raw *cb)
{
	iocb_buf(ctx, cb);
	emit_field(ctx->e, "aio_offset");
	emit_int(ctx->e, cb->offset);
	if (cb->flags) {
		emit_field(ctx->e, "aio_flags");
		fdec_flags_dflt(ctx, &ct_c_aio_flags, cb->flags,
				"IOCB_FLAG_???");
	}
	if (cb->flags & IOCB_FLAG_RESFD) {
		emit_field(ctx->e, "aio_resfd");
		dec_fd(ctx, (uint64_t)(int64_t)(int32_t)cb->resfd);
	} else if (cb->resfd) {
		emit_field(ctx->e, "aio_resfd");
		emit_hex(ctx->e, cb->resfd);
	}
}

/* A struct iocb at addr; with head_only just the common fields. */
static void iocb(struct dctx *ctx, uint64_t addr, bool head_only)
{
	struct iocb_raw cb;

	if (!dec_fetch(ctx, addr, &cb, sizeof(cb)))
		return;
	emit_struct_begin(ctx->e);
	iocb_head(ctx, &cb);
	if (!head_only) {
		switch (cb.opcode) {
		case CMD_PREAD:
		case CMD_PWRITE:
		case CMD_PREADV:
		case CMD_PWRITEV:
			iocb_rw(ctx, &cb);
			break;
		case CMD_POLL:
			emit_field(ctx->e, "aio_buf");
			fdec_flags_dflt(ctx, &ct_t_poll_events, cb.buf,
					"POLL???");
			break;
		default:
			break;
		}
	}
	emit_struct_end(ctx->e);
}

static bool iocb_elem(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	uint64_t addr = 0;

	memcpy(&addr, elem, size);
	iocb(ctx, addr, false);
	return true;
}

static bool event_elem(struct dctx *ctx, const void *elem, size_t size,
		       void *data)
{
	struct io_event_raw ev;

	memcpy(&ev, elem, sizeof(ev));
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "data");
	emit_hex(ctx->e, ev.data);
	emit_field(ctx->e, "obj");
	emit_hex(ctx->e, ev.obj);
	emit_field(ctx->e, "res");
	emit_int(ctx->e, ev.res);
	emit_field(ctx->e, "res2");
	emit_int(ctx->e, ev.res2);
	emit_struct_end(ctx->e);
	return true;
}

/* The events the kernel stored: as many as the call returned. */
static void events(struct dctx *ctx, uint64_t addr)
{
	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	ndec_array(ctx, addr, (uint64_t)ctx->call->rval, IO_EVENT_SIZE,
		   event_elem, NULL);
}

static int dec_io_setup(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_uint(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 1));
		return DEC_DONE;
	}
	int64_t id;
	if (!dec_fetch_longs(ctx, dec_arg(ctx, 1), &id, 1))
		return DEC_DONE;
	emit_array_begin(ctx->e);
	dec_ptr(ctx, arch_pers[ctx->call->pers].word_size == 4 ? (uint32_t)id
							       : (uint64_t)id);
	emit_array_end(ctx->e);
	return DEC_DONE;
}
DECODER_PERS(io_setup, dec_io_setup, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_io_destroy(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_PERS(io_destroy, dec_io_destroy, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_io_submit(struct dctx *ctx)
{
	int64_t nr = (int64_t)dec_arg(ctx, 1);

	if (arch_pers[ctx->call->pers].word_size == 4)
		nr = (int32_t)nr; /* a long */

	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_long(ctx, dec_arg(ctx, 1));
	if (nr < 0)
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		ndec_array(ctx, dec_arg(ctx, 2), (uint64_t)nr,
			   arch_pers[ctx->call->pers].word_size, iocb_elem,
			   NULL);
	return DEC_DONE;
}
DECODER_PERS(io_submit, dec_io_submit, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_io_cancel(struct dctx *ctx)
{
	struct io_event_raw ev;

	if (!ctx->exiting) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		iocb(ctx, dec_arg(ctx, 1), true);
		return DEC_MORE;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 2));
		return DEC_DONE;
	}
	if (dec_fetch(ctx, dec_arg(ctx, 2), &ev, sizeof(ev)))
		event_elem(ctx, &ev, sizeof(ev), NULL);
	return DEC_DONE;
}
DECODER_PERS(io_cancel, dec_io_cancel, 1u << PERS_X86_64 | 1u << PERS_I386);

/* ctx, min_nr, nr at entry; the events and the timeout at exit */
static int getevents_head(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_long(ctx, dec_arg(ctx, 1));
	dec_long(ctx, dec_arg(ctx, 2));
	return DEC_MORE;
}

static int dec_io_getevents(struct dctx *ctx)
{
	if (!ctx->exiting)
		return getevents_head(ctx);
	events(ctx, dec_arg(ctx, 3));
	dec_timespec(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(io_getevents, dec_io_getevents, 1u << PERS_X86_64 | 1u << PERS_I386);

/* struct __aio_sigset: the mask and its size, two longs */
void ndec_aio_sigset(struct dctx *ctx, uint64_t addr)
{
	int64_t s[2];
	uint64_t mask = 0, size = 0;

	if (!dec_fetch_longs(ctx, addr, s, 2))
		return;
	mask = (uint64_t)s[0], size = (uint64_t)s[1];
	if (arch_pers[ctx->call->pers].word_size == 4)
		mask = (uint32_t)mask, size = (uint32_t)size;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sigmask");
	ndec_sigset(ctx, mask, size);
	emit_field(ctx->e, "sigsetsize");
	emit_uint(ctx->e, size);
	emit_struct_end(ctx->e);
}

static int dec_io_pgetevents(struct dctx *ctx)
{
	if (!ctx->exiting)
		return getevents_head(ctx);
	events(ctx, dec_arg(ctx, 3));
	dec_timespec(ctx, dec_arg(ctx, 4));
	ndec_aio_sigset(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_PERS(io_pgetevents, dec_io_pgetevents, 1u << PERS_X86_64 | 1u << PERS_I386);
