/* ioctl_perf: perf event requests (type '$', <linux/perf_event.h>): the
 * filter string and PERF_EVENT_IOC_QUERY_BPF.  Flags, fds and numbers are
 * value and scalar classes in ioctl_misc.c and ioctl.c. */
#include <stdint.h>
#include <string.h>

#include "decode/common.h"
#include "decode/ioctl.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum {
	IO_PERF_EVENT_IOC_SET_FILTER = 0x40082406,
	IO_PERF_EVENT_IOC_QUERY_BPF = 0xc008240a,
};

static bool u32_elem(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	uint32_t v;

	(void)data;
	memcpy(&v, elem, size);
	emit_uint(ctx->e, v);
	return true;
}

/* {ids_len, prog_cnt, ids}: the kernel's answer only after success */
static int query_bpf(struct dctx *ctx, uint64_t arg)
{
	uint32_t q[2];
	struct emitter *e = ctx->e;

	if (!ctx->exiting)
		return DEC_MORE;
	if (!dec_fetch(ctx, arg, q, sizeof(q[0])))
		return DEC_DONE;
	emit_struct_begin(e);
	emit_field(e, "ids_len");
	emit_uint(e, q[0]);
	if (dec_failed(ctx) ||
	    tmem_read(ctx->call->tid, arg + 4, &q[1], sizeof(q[1]))) {
		emit_more(e);
	} else {
		emit_field(e, "prog_cnt");
		emit_uint(e, q[1]);
		emit_field(e, "ids");
		ndec_array(ctx, arg + sizeof(q), q[1], 4, u32_elem, NULL);
	}
	emit_struct_end(e);
	return DEC_DONE;
}

int ioc_perf(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_PERF_EVENT_IOC_SET_FILTER:
		dec_cstr(ctx, arg);
		return DEC_DONE;
	case IO_PERF_EVENT_IOC_QUERY_BPF:
		return query_bpf(ctx, arg);
	}
	return IOC_GENERIC;
}
