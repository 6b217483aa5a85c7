/* Decoders for the io_uring calls: io_uring_setup (struct io_uring_params
 * in and out), io_uring_enter and io_uring_register with the argument of
 * every opcode strace 6.1 knows.  x86_64 layouts. */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

#define SETUP_ATTACH_WQ (1u << 5)
#define PROBE_HEAD 16u	   /* struct io_uring_probe before its ops */
#define PROBE_OPS_MAX 256u /* ops looked at for a caller's input */

/* what of a probe argument was shown at entry */
enum { PROBE_SHOWN_NONE, PROBE_SHOWN_IN, PROBE_SHOWN_ALL };

/* ---- small pieces ---- */

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* name=0x.. when a reserved field is not zero */
static void resv_hex(struct dctx *ctx, const char *name, uint64_t v)
{
	if (!v)
		return;
	emit_field(ctx->e, name);
	emit_hex(ctx->e, v);
}

/* name=[0, 0x3, 0] when some of n reserved words are not zero */
static void resv_words(struct dctx *ctx, const char *name,
		       const unsigned char *p, size_t n, size_t width)
{
	size_t i;
	bool any = false;

	for (i = 0; i < n * width; i++)
		any |= p[i] != 0;
	if (!any)
		return;
	emit_field(ctx->e, name);
	emit_array_begin(ctx->e);
	for (i = 0; i < n; i++)
		emit_hex(ctx->e,
			 width == 8 ? get_u64(p + i * 8) : get_u32(p + i * 4));
	emit_array_end(ctx->e);
}

static bool fd_elem(struct dctx *ctx, const void *elem, size_t size, void *data)
{
	int32_t fd;

	memcpy(&fd, elem, sizeof(fd));
	dec_fd(ctx, (uint64_t)(int64_t)fd);
	return true;
}

static bool hex64_elem(struct dctx *ctx, const void *elem, size_t size,
		       void *data)
{
	emit_hex(ctx->e, get_u64(elem));
	return true;
}

/* ---- io_uring_setup ---- */

/* The sq_off/cq_off structs: seven offsets, then a reserved u32 and a
 * reserved u64 shown when not zero. */
static void ring_offsets(struct dctx *ctx, const char *field,
			 const uint32_t *v, const char *const *names)
{
	uint64_t resv2;

	emit_field(ctx->e, field);
	emit_struct_begin(ctx->e);
	for (int i = 0; i < 7; i++) {
		emit_field(ctx->e, names[i]);
		emit_uint(ctx->e, v[i]);
	}
	resv_hex(ctx, "resv1", v[7]);
	memcpy(&resv2, v + 8, sizeof(resv2));
	resv_hex(ctx, "resv2", resv2);
	emit_struct_end(ctx->e);
}

/* struct io_uring_params: what the caller asked for, and after a
 * success what the kernel set up */
static void uring_params(struct dctx *ctx, uint64_t addr)
{
	static const char *const sq[] = {"head",	 "tail",  "ring_mask",
					 "ring_entries", "flags", "dropped",
					 "array"};
	static const char *const cq[] = {
		"head",	    "tail", "ring_mask", "ring_entries",
		"overflow", "cqes", "flags"};
	uint32_t p[30];

	if (!dec_fetch(ctx, addr, p, sizeof(p)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_c_uring_setup_flags, p[2], "IORING_SETUP_???");
	emit_field(ctx->e, "sq_thread_cpu");
	emit_hex(ctx->e, p[3]);
	emit_field(ctx->e, "sq_thread_idle");
	emit_uint(ctx->e, p[4]);
	if (p[2] & SETUP_ATTACH_WQ) {
		emit_field(ctx->e, "wq_fd");
		dec_fd(ctx, (uint64_t)(int64_t)(int32_t)p[6]);
	}
	resv_words(ctx, "resv", (const unsigned char *)(p + 7), 3, 4);
	if (!dec_failed(ctx)) {
		emit_field(ctx->e, "sq_entries");
		emit_uint(ctx->e, p[0]);
		emit_field(ctx->e, "cq_entries");
		emit_uint(ctx->e, p[1]);
		emit_field(ctx->e, "features");
		fdec_flags_dflt(ctx, &ct_c_uring_features, p[5],
				"IORING_FEAT_???");
		ring_offsets(ctx, "sq_off", p + 10, sq);
		ring_offsets(ctx, "cq_off", p + 20, cq);
	}
	emit_struct_end(ctx->e);
}

static int dec_io_uring_setup(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_uint(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	uring_params(ctx, dec_arg(ctx, 1));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(io_uring_setup, dec_io_uring_setup, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_io_uring_enter(struct dctx *ctx)
{
	uint32_t flags = (uint32_t)dec_arg(ctx, 3);

	dec_fd(ctx, dec_arg(ctx, 0));
	dec_uint(ctx, dec_arg(ctx, 1));
	dec_uint(ctx, dec_arg(ctx, 2));
	fdec_flags_dflt(ctx, &ct_c_uring_enter_flags, flags,
			"IORING_ENTER_???");
	/* even an EXT_ARG struct shows as a sigset when its size is a
	 * sigset's: strace 6.1 does not tell them apart */
	ndec_sigset(ctx, dec_arg(ctx, 4), dec_arg(ctx, 5));
	dec_ulong(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_PERS(io_uring_enter, dec_io_uring_enter, 1u << PERS_X86_64 | 1u << PERS_I386);

/* ---- io_uring_register arguments ---- */

enum {
	REG_BUFFERS,
	UNREG_BUFFERS,
	REG_FILES,
	UNREG_FILES,
	REG_EVENTFD,
	UNREG_EVENTFD,
	REG_FILES_UPDATE,
	REG_EVENTFD_ASYNC,
	REG_PROBE,
	REG_PERSONALITY,
	UNREG_PERSONALITY,
	REG_RESTRICTIONS,
	REG_ENABLE_RINGS,
	REG_FILES2,
	REG_FILES_UPDATE2,
	REG_BUFFERS2,
	REG_BUFFERS_UPDATE,
	REG_IOWQ_AFF,
	UNREG_IOWQ_AFF,
	REG_IOWQ_MAX_WORKERS,
	REG_RING_FDS,
	UNREG_RING_FDS,
	REG_PBUF_RING,
	UNREG_PBUF_RING,
};

/* The data of a resource array: descriptors, or iovecs for buffers. */
static void rsrc_data(struct dctx *ctx, uint64_t addr, uint32_t nr, bool bufs)
{
	emit_field(ctx->e, "data");
	if (bufs)
		fdec_iov(ctx, addr, nr, false, 0);
	else
		ndec_array(ctx, addr, nr, 4, fd_elem, NULL);
	emit_field(ctx->e, "tags");
}

/* struct io_uring_files_update: offset, fds[nr] */
static void files_update(struct dctx *ctx, uint64_t addr, uint32_t nr)
{
	unsigned char b[16];

	if (!dec_fetch(ctx, addr, b, sizeof(b)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "offset");
	emit_uint(ctx->e, get_u32(b));
	resv_hex(ctx, "resv", get_u32(b + 4));
	emit_field(ctx->e, "fds");
	ndec_array(ctx, get_u64(b + 8), nr, 4, fd_elem, NULL);
	emit_struct_end(ctx->e);
}

/* struct io_uring_rsrc_register (FILES2, BUFFERS2) */
static void rsrc_register(struct dctx *ctx, uint64_t addr, uint32_t size,
			  bool bufs)
{
	unsigned char b[32];
	uint32_t nr;

	if (size < sizeof(b)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, b, sizeof(b)))
		return;
	nr = get_u32(b);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "nr");
	emit_uint(ctx->e, nr);
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_c_uring_rsrc_flags, get_u32(b + 4),
			"IORING_RSRC_REGISTER_???");
	resv_hex(ctx, "resv2", get_u64(b + 8));
	rsrc_data(ctx, get_u64(b + 16), nr, bufs);
	ndec_array(ctx, get_u64(b + 24), nr, 8, hex64_elem, NULL);
	emit_struct_end(ctx->e);
}

/* struct io_uring_rsrc_update2 (FILES_UPDATE2, BUFFERS_UPDATE) */
static void rsrc_update2(struct dctx *ctx, uint64_t addr, uint32_t size,
			 bool bufs)
{
	unsigned char b[32];
	uint32_t nr;

	if (size < sizeof(b)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, b, sizeof(b)))
		return;
	nr = get_u32(b + 24);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "offset");
	emit_uint(ctx->e, get_u32(b));
	resv_hex(ctx, "resv", get_u32(b + 4));
	rsrc_data(ctx, get_u64(b + 8), nr, bufs);
	ndec_array(ctx, get_u64(b + 16), nr, 8, hex64_elem, NULL);
	emit_field(ctx->e, "nr");
	emit_uint(ctx->e, nr);
	resv_hex(ctx, "resv2", get_u32(b + 28));
	emit_struct_end(ctx->e);
}

/* struct io_uring_probe_op: op, resv, flags, resv2 */
static bool probe_op(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	const unsigned char *p = elem;
	uint16_t flags;

	memcpy(&flags, p + 2, sizeof(flags));
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "op");
	fdec_enum_dflt_dec(ctx, &ct_c_uring_ops, p[0], "IORING_OP_???");
	resv_hex(ctx, "resv", p[1]);
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_c_uring_probe_flags, flags, "IO_URING_OP_???");
	resv_hex(ctx, "resv2", get_u32(p + 4));
	emit_struct_end(ctx->e);
	return true;
}

/* The ops of a probe the kernel filled: ops_len of them, as far as the
 * nr the caller made room for reaches ("..." past it). */
static void probe_ops_out(struct dctx *ctx, uint64_t addr, uint32_t len,
			  uint32_t nr)
{
	uint64_t n = len < nr ? len : nr, max = fdec_array_max(ctx);
	unsigned char op[8];

	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < n; i++) {
		if (i == max ||
		    tmem_read(ctx->call->tid, addr + i * 8, op, sizeof(op))) {
			emit_more(ctx->e);
			break;
		}
		probe_op(ctx, op, sizeof(op), NULL);
	}
	if (n < len && n < max)
		emit_more(ctx->e);
	emit_array_end(ctx->e);
}

/* struct io_uring_probe: the caller's ops array of nr entries, or
 * (out) the ops the kernel reported. */
static void probe_show(struct dctx *ctx, uint64_t addr, const unsigned char *b,
		       uint32_t nr, bool out)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "last_op");
	fdec_enum_dflt_dec(ctx, &ct_c_uring_ops, b[0], "IORING_OP_???");
	emit_field(ctx->e, "ops_len");
	emit_uint(ctx->e, b[1]);
	resv_hex(ctx, "resv", (uint16_t)(b[2] | b[3] << 8));
	resv_words(ctx, "resv2", b + 4, 3, 4);
	emit_field(ctx->e, "ops");
	if (out)
		probe_ops_out(ctx, addr + PROBE_HEAD, b[1], nr);
	else
		ndec_array(ctx, addr + PROBE_HEAD, nr, 8, probe_op, NULL);
	emit_struct_end(ctx->e);
}

/* Whether the probe and its nr ops hold nothing but zeros. */
static bool probe_zero(struct dctx *ctx, uint64_t addr, uint32_t nr)
{
	uint64_t len = PROBE_HEAD +
		       (uint64_t)(nr < PROBE_OPS_MAX ? nr : PROBE_OPS_MAX) * 8;
	unsigned char b[256];

	for (uint64_t off = 0; off < len; off += sizeof(b)) {
		size_t n = len - off < sizeof(b) ? len - off : sizeof(b);

		if (tmem_read(ctx->call->tid, addr + off, b, n))
			return true;
		for (size_t i = 0; i < n; i++)
			if (b[i])
				return false;
	}
	return true;
}

/* At entry a probe the caller filled in shows (what the kernel does
 * with it follows at exit); an empty one only at exit. */
static bool probe_entry(struct dctx *ctx, uint64_t addr, uint32_t nr)
{
	unsigned char b[PROBE_HEAD];

	ctx->call->saved[1] = PROBE_SHOWN_ALL;
	if (!dec_fetch(ctx, addr, b, sizeof(b)))
		return true;
	ctx->call->saved[1] = PROBE_SHOWN_NONE;
	if (probe_zero(ctx, addr, nr))
		return false;
	ctx->call->saved[1] = PROBE_SHOWN_IN;
	ctx->call->defer_sep = true;
	probe_show(ctx, addr, b, nr, false);
	return false;
}

static void probe_exit(struct dctx *ctx, uint64_t addr, uint32_t nr)
{
	unsigned char b[PROBE_HEAD];
	uint64_t shown = ctx->call->saved[1];

	if (dec_failed(ctx)) {
		if (shown == PROBE_SHOWN_NONE)
			dec_ptr(ctx, addr);
		return;
	}
	if (shown == PROBE_SHOWN_IN)
		emit_join(ctx->e, " => ");
	if (tmem_read(ctx->call->tid, addr, b, sizeof(b)))
		dec_ptr(ctx, addr);
	else
		probe_show(ctx, addr, b, nr, true);
}

/* struct io_uring_restriction: the operand named by the opcode */
static bool restriction(struct dctx *ctx, const void *elem, size_t size,
			void *data)
{
	const unsigned char *p = elem;
	uint16_t op;
	char text[32];

	memcpy(&op, p, sizeof(op));
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "opcode");
	fdec_enum_dflt(ctx, &ct_c_uring_restriction_ops, op,
		       "IORING_RESTRICTION_???");
	switch (op) {
	case 0:
		emit_field(ctx->e, "register_op");
		fdec_enum_dflt(ctx, &ct_c_uring_register_ops, p[2],
			       "IORING_REGISTER_???");
		break;
	case 1:
		emit_field(ctx->e, "sqe_op");
		fdec_enum_dflt(ctx, &ct_c_uring_ops, p[2], "IORING_OP_???");
		break;
	case 2:
	case 3:
		emit_field(ctx->e, "sqe_flags");
		fdec_flags_dflt(ctx, &ct_c_uring_sqe_flags, p[2], "IOSQE_???");
		break;
	default:
		snprintf(text, sizeof(text), "op: %#x", p[2]);
		emit_comment(ctx->e, text);
		break;
	}
	resv_hex(ctx, "resv", p[3]);
	resv_words(ctx, "resv2", p + 4, 3, 4);
	emit_struct_end(ctx->e);
	return true;
}

/* struct io_uring_rsrc_update of the ring descriptor calls: the offset
 * a descriptor goes to (any, -1) and the ring descriptor when
 * registering; the registered offset and its value when unregistering */
static bool ring_fd(struct dctx *ctx, const void *elem, size_t size, void *data)
{
	const unsigned char *p = elem;
	bool reg = data != NULL;

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "offset");
	if (reg)
		emit_int(ctx->e, (int32_t)get_u32(p));
	else
		emit_uint(ctx->e, get_u32(p));
	resv_hex(ctx, "resv", get_u32(p + 4));
	emit_field(ctx->e, "data");
	if (reg)
		dec_fd(ctx, (uint64_t)(int64_t)(int32_t)get_u64(p + 8));
	else
		emit_hex(ctx->e, get_u64(p + 8));
	emit_struct_end(ctx->e);
	return true;
}

/* struct io_uring_buf_reg */
static void pbuf_ring(struct dctx *ctx, uint64_t addr)
{
	unsigned char b[40];

	if (!dec_fetch(ctx, addr, b, sizeof(b)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "ring_addr");
	emit_hex(ctx->e, get_u64(b));
	emit_field(ctx->e, "ring_entries");
	emit_uint(ctx->e, get_u32(b + 8));
	emit_field(ctx->e, "bgid");
	emit_uint(ctx->e, (uint16_t)(b[12] | b[13] << 8));
	resv_hex(ctx, "pad", (uint16_t)(b[14] | b[15] << 8));
	resv_words(ctx, "resv", b + 16, 3, 8);
	emit_struct_end(ctx->e);
}


/* [IO_WQ_BOUND]=3: a worker limit by its index */
static bool max_worker(struct dctx *ctx, const void *elem, size_t size,
		       void *data)
{
	uint64_t *idx = data;

	emit_array_begin(ctx->e);
	fdec_enum_dflt_dec(ctx, &ct_c_uring_iowq, (*idx)++, "IO_WQ_???");
	emit_array_end(ctx->e);
	emit_join(ctx->e, "=");
	emit_uint(ctx->e, get_u32(elem));
	return true;
}

static bool max_workers(struct dctx *ctx, uint64_t addr, uint32_t nr)
{
	uint64_t idx = 0;

	return ndec_array(ctx, addr, nr, 4, max_worker, &idx);
}

/* Arguments known at entry; false when the rest waits for the exit. */
static bool register_arg(struct dctx *ctx, uint32_t op, uint64_t arg,
			 uint32_t nr)
{
	switch (op) {
	case REG_BUFFERS:
		fdec_iov(ctx, arg, nr, false, 0);
		return true;
	case REG_FILES:
	case REG_EVENTFD:
	case REG_EVENTFD_ASYNC:
		ndec_array(ctx, arg, nr, 4, fd_elem, NULL);
		return true;
	case REG_FILES_UPDATE:
		files_update(ctx, arg, nr);
		return true;
	case REG_PROBE:
		return probe_entry(ctx, arg, nr);
	case REG_RESTRICTIONS:
		ndec_array(ctx, arg, nr, 16, restriction, NULL);
		return true;
	case REG_FILES2:
	case REG_BUFFERS2:
		rsrc_register(ctx, arg, nr, op == REG_BUFFERS2);
		return true;
	case REG_FILES_UPDATE2:
	case REG_BUFFERS_UPDATE:
		rsrc_update2(ctx, arg, nr, op == REG_BUFFERS_UPDATE);
		return true;
	case REG_IOWQ_AFF:
		fdec_cpu_mask(ctx, arg, nr);
		return true;
	case REG_IOWQ_MAX_WORKERS:
		/* the old limits come back: shown at exit after " => " */
		ctx->call->saved[0] = max_workers(ctx, arg, nr);
		ctx->call->defer_sep = ctx->call->saved[0];
		return false;
	case REG_RING_FDS:
	case UNREG_RING_FDS:
		ndec_array(ctx, arg, nr, 16, ring_fd,
			   op == REG_RING_FDS ? ctx : NULL);
		return true;
	case REG_PBUF_RING:
	case UNREG_PBUF_RING:
		pbuf_ring(ctx, arg);
		return true;
	default:
		dec_ptr(ctx, arg);
		return true;
	}
}

static int dec_io_uring_register(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 1);
	uint64_t arg = dec_arg(ctx, 2);
	uint32_t nr = (uint32_t)dec_arg(ctx, 3);

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		fdec_enum_dflt(ctx, &ct_c_uring_register_ops, op,
			       "IORING_REGISTER_???");
		if (!register_arg(ctx, op, arg, nr))
			return DEC_MORE;
		dec_uint(ctx, nr);
		return DEC_DONE;
	}
	if (op == REG_PROBE) {
		if (ctx->call->saved[1] != PROBE_SHOWN_ALL)
			probe_exit(ctx, arg, nr);
	} else if (ctx->call->saved[0]) {
		emit_join(ctx->e, " => ");
		if (dec_failed(ctx))
			dec_ptr(ctx, arg);
		else
			max_workers(ctx, arg, nr);
	}
	dec_uint(ctx, nr);
	return DEC_DONE;
}
DECODER_PERS(io_uring_register, dec_io_uring_register, 1u << PERS_X86_64 | 1u << PERS_I386);
