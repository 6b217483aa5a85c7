/* ioctl_block: block device requests (type 0x12, <linux/fs.h>,
 * <linux/blkpg.h>, <linux/blktrace_api.h>): discard ranges, BLKPG and its
 * partition, BLKTRACESETUP.  The plain numbers (BLKGETSIZE64, BLKSSZGET
 * ...) are scalar classes in ioctl.c. */
#include <stdint.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

enum {
	IO_BLKPG = 0x1269,
	IO_BLKDISCARD = 0x1277,
	IO_BLKSECDISCARD = 0x127d,
	IO_BLKZEROOUT = 0x127f,
	IO_BLKTRACESETUP = 0xc0481273,
};

#define BLKPG_DEVNAMELTH 64
#define BLKPG_VOLNAMELTH 64
#define BDEVNAME_SIZE 32

/* [start, length] */
static void range(struct dctx *ctx, uint64_t arg)
{
	uint64_t r[2];

	if (!dec_fetch(ctx, arg, r, sizeof(r)))
		return;
	emit_array_begin(ctx->e);
	emit_uint(ctx->e, r[0]);
	emit_uint(ctx->e, r[1]);
	emit_array_end(ctx->e);
}

static void partition(struct dctx *ctx, uint64_t addr)
{
	struct {
		int64_t start, length;
		int32_t pno;
		char devname[BLKPG_DEVNAMELTH], volname[BLKPG_VOLNAMELTH];
	} p;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, addr, &p, sizeof(p)))
		return;
	emit_struct_begin(e);
	emit_field(e, "start");
	emit_int(e, p.start);
	emit_field(e, "length");
	emit_int(e, p.length);
	emit_field(e, "pno");
	emit_int(e, p.pno);
	emit_field(e, "devname");
	ioc_cstr(ctx, p.devname, sizeof(p.devname));
	emit_field(e, "volname");
	ioc_cstr(ctx, p.volname, sizeof(p.volname));
	emit_struct_end(e);
}

static void blkpg(struct dctx *ctx, uint64_t arg)
{
	struct {
		int32_t op, flags, datalen, pad;
		uint64_t data;
	} a;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &a, sizeof(a)))
		return;
	emit_struct_begin(e);
	emit_field(e, "op");
	fdec_enum_dflt(ctx, &ct_f_ioctl_blkpg_ops, (uint32_t)a.op, "BLKPG_???");
	emit_field(e, "flags");
	emit_int(e, a.flags);
	emit_field(e, "datalen");
	emit_int(e, a.datalen);
	emit_field(e, "data");
	partition(ctx, a.data);
	emit_struct_end(e);
}

/* struct blk_user_trace_setup, shown whole at exit: the kernel's name
 * for the trace only once the call succeeded */
static int trace_setup(struct dctx *ctx, uint64_t arg)
{
	struct {
		char name[BDEVNAME_SIZE];
		uint16_t act_mask;
		uint32_t buf_size, buf_nr;
		uint64_t start_lba, end_lba;
		uint32_t pid;
	} t;
	struct emitter *e = ctx->e;

	if (!ctx->exiting)
		return DEC_MORE;
	if (!dec_fetch(ctx, arg, &t, sizeof(t)))
		return DEC_DONE;
	emit_struct_begin(e);
	emit_field(e, "act_mask");
	emit_uint(e, t.act_mask);
	emit_field(e, "buf_size");
	emit_uint(e, t.buf_size);
	emit_field(e, "buf_nr");
	emit_uint(e, t.buf_nr);
	emit_field(e, "start_lba");
	emit_uint(e, t.start_lba);
	emit_field(e, "end_lba");
	emit_uint(e, t.end_lba);
	emit_field(e, "pid");
	dec_pid(ctx, t.pid);
	if (!dec_failed(ctx)) {
		emit_field(e, "name");
		ioc_cstr(ctx, t.name, sizeof(t.name));
	}
	emit_struct_end(e);
	return DEC_DONE;
}

int ioc_block(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_BLKDISCARD:
	case IO_BLKSECDISCARD:
	case IO_BLKZEROOUT:
		range(ctx, arg);
		return DEC_DONE;
	case IO_BLKPG:
		blkpg(ctx, arg);
		return DEC_DONE;
	case IO_BLKTRACESETUP:
		return trace_setup(ctx, arg);
	}
	return IOC_GENERIC;
}
