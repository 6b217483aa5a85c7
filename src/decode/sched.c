/* Scheduler decoders: CPU affinity masks, policies and parameters,
 * priority ranges, round-robin intervals, sched_attr and I/O priorities.
 * x86_64 layouts only. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/common.h"
#include "decode/file.h"
#include "consts/consts.h"
#include "tmem/tmem.h"

static void policy(struct dctx *ctx, uint64_t v)
{
	fdec_enum_dflt(ctx, &ct_p_sched_policies, (uint32_t)v, "SCHED_???");
}


static int dec_sched_setaffinity(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	dec_uint(ctx, dec_arg(ctx, 1));
	fdec_cpu_mask(ctx, dec_arg(ctx, 2), (uint32_t)dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_setaffinity, dec_sched_setaffinity);

static int dec_sched_getaffinity(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		dec_uint(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		fdec_cpu_mask(ctx, dec_arg(ctx, 2), (uint64_t)ctx->call->rval);
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_getaffinity, dec_sched_getaffinity);

/* struct sched_param: [priority], its only field */
static void sched_param(struct dctx *ctx, uint64_t addr)
{
	dec_int_at(ctx, addr, NULL);
}

static int dec_sched_getparam(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		sched_param(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_getparam, dec_sched_getparam);

static int dec_sched_setparam(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	sched_param(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_setparam, dec_sched_setparam);

static int dec_sched_setscheduler(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	policy(ctx, dec_arg(ctx, 1));
	sched_param(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_setscheduler, dec_sched_setscheduler);

static int dec_sched_getscheduler(struct dctx *ctx)
{
	dec_pid(ctx, dec_arg(ctx, 0));
	ctx->call->ret_flags = &ct_p_sched_policies;
	ctx->call->ret_label = "";
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_getscheduler, dec_sched_getscheduler);

static int dec_sched_priority(struct dctx *ctx)
{
	policy(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_get_priority_max, dec_sched_priority);
DECODER_ANY_PERS(sched_get_priority_min, dec_sched_priority);

static int dec_sched_yield(struct dctx *ctx)
{
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_yield, dec_sched_yield);

static int dec_sched_rr_get_interval(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		dec_timespec(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER(sched_rr_get_interval, dec_sched_rr_get_interval);

struct sched_attr_k {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

#define SCHED_ATTR_SIZE_VER0 48
#define SCHED_FLAG_KEEP_POLICY 0x08
#define SCHED_FLAG_KEEP_PARAMS 0x10

/* The fields of a sched_attr; size is what the struct's own size field
 * says (0 meaning the first version).  sched_setattr leaves out what the
 * KEEP flags tell the kernel to ignore, as strace does. */
static void sched_attr_val(struct dctx *ctx, const struct sched_attr_k *a,
			   uint32_t size, bool keep)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "size");
	emit_uint(ctx->e, a->size);
	if (size < SCHED_ATTR_SIZE_VER0) {
		emit_struct_end(ctx->e);
		return;
	}
	/* keeping the parameters keeps the policy too; strace still shows
	 * a policy of -1 (the kernel's "unchanged") */
	if (!keep || a->policy == UINT32_MAX ||
	    !(a->flags & (SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS))) {
		emit_field(ctx->e, "sched_policy");
		policy(ctx, a->policy);
	}
	emit_field(ctx->e, "sched_flags");
	fdec_flags_dflt(ctx, &ct_p_sched_flags, a->flags, "SCHED_FLAG_???");
	if (!keep || !(a->flags & SCHED_FLAG_KEEP_PARAMS)) {
		emit_field(ctx->e, "sched_nice");
		emit_int(ctx->e, a->nice);
		emit_field(ctx->e, "sched_priority");
		emit_uint(ctx->e, a->priority);
		emit_field(ctx->e, "sched_runtime");
		emit_uint(ctx->e, a->runtime);
		emit_field(ctx->e, "sched_deadline");
		emit_uint(ctx->e, a->deadline);
		emit_field(ctx->e, "sched_period");
		emit_uint(ctx->e, a->period);
	}
	if (size >= sizeof(*a)) {
		emit_field(ctx->e, "sched_util_min");
		emit_uint(ctx->e, a->util_min);
		emit_field(ctx->e, "sched_util_max");
		emit_uint(ctx->e, a->util_max);
	}
	/* a longer struct than this kernel ABI knows (setattr only) */
	if (keep && size > sizeof(*a))
		emit_more(ctx->e);
	emit_struct_end(ctx->e);
}

/* sched_setattr: as much of the struct as its size field says */
static void sched_attr_in(struct dctx *ctx, uint64_t addr)
{
	struct sched_attr_k a;
	uint32_t size;

	memset(&a, 0, sizeof(a));
	if (!addr || tmem_read(ctx->call->tid, addr, &a.size,
			       sizeof(a.size))) {
		dec_ptr(ctx, addr);
		return;
	}
	size = a.size ? a.size : SCHED_ATTR_SIZE_VER0;
	if (size >= SCHED_ATTR_SIZE_VER0 &&
	    tmem_read(ctx->call->tid, addr, &a,
		      size < sizeof(a) ? size : sizeof(a))) {
		dec_ptr(ctx, addr);
		return;
	}
	sched_attr_val(ctx, &a, size, true);
}

/* sched_getattr: the usize bytes the kernel may have written */
static void sched_attr_out(struct dctx *ctx, uint64_t addr, uint32_t usize)
{
	struct sched_attr_k a;
	size_t n = usize < sizeof(a) ? usize : sizeof(a);

	memset(&a, 0, sizeof(a));
	if (!addr || !n ||
	    tmem_read(ctx->call->tid, addr, &a, n)) {
		dec_ptr(ctx, addr);
		return;
	}
	sched_attr_val(ctx, &a, a.size, false);
}

static int dec_sched_getattr(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		sched_attr_out(ctx, dec_arg(ctx, 1), (uint32_t)dec_arg(ctx, 2));
	dec_uint(ctx, dec_arg(ctx, 2));
	dec_uint(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_getattr, dec_sched_getattr);

/* On E2BIG the kernel stores the size it knows: " => {size=N}". */
static int dec_sched_setattr(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 1);
	uint32_t size;

	if (!ctx->exiting) {
		dec_pid(ctx, dec_arg(ctx, 0));
		sched_attr_in(ctx, addr);
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (dec_failed(ctx) && ctx->call->rval == -E2BIG && addr &&
	    tmem_read(ctx->call->tid, addr, &size, sizeof(size)) == 0) {
		emit_join(ctx->e, " => ");
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "size");
		emit_uint(ctx->e, size);
		emit_struct_end(ctx->e);
	}
	dec_uint(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(sched_setattr, dec_sched_setattr);

/* I/O priorities: IOPRIO_PRIO_VALUE(class, data), the class in the top
 * bits of an int, the data in the low 13. */
#define IOPRIO_CLASS_SHIFT 13
#define IOPRIO_PRIO_MASK ((1u << IOPRIO_CLASS_SHIFT) - 1)

static void ioprio_value(struct dctx *ctx, int32_t v)
{
	uint32_t class = (uint32_t)v >> IOPRIO_CLASS_SHIFT;

	emit_call_begin(ctx->e, "IOPRIO_PRIO_VALUE");
	fdec_enum_dflt(ctx, &ct_p_ioprio_class, class, "IOPRIO_CLASS_???");
	emit_uint(ctx->e, (uint32_t)v & IOPRIO_PRIO_MASK);
	emit_call_end(ctx->e);
}

/* -X verbose: the number, and the macro form in a comment */
static void ioprio_arg(struct dctx *ctx, int32_t v)
{
	uint32_t class = (uint32_t)v >> IOPRIO_CLASS_SHIFT;
	const char *name = consts_name(&ct_p_ioprio_class, class);
	char text[128];

	switch (ctx->e->style->xlat) {
	case 0:
		ioprio_value(ctx, v);
		return;
	case 1:
		emit_int(ctx->e, v);
		return;
	}
	emit_int(ctx->e, v);
	snprintf(text, sizeof(text),
		 class ? "IOPRIO_PRIO_VALUE(%#x /* %s */, %u)" :
			 "IOPRIO_PRIO_VALUE(%u /* %s */, %u)",
		 class, name ? name : "IOPRIO_CLASS_???",
		 (uint32_t)v & IOPRIO_PRIO_MASK);
	emit_comment(ctx->e, text);
}

static void ioprio_note(struct dctx *ctx)
{
	if (ctx->e->style->xlat != 1)
		ioprio_value(ctx, (int32_t)ctx->call->rval);
}

#define IOPRIO_WHO_PROCESS_VAL 1
#define IOPRIO_WHO_PGRP_VAL 2

static void ioprio_who(struct dctx *ctx)
{
	uint32_t which = (uint32_t)dec_arg(ctx, 0);

	fdec_enum_dflt(ctx, &ct_p_ioprio_who, which, "IOPRIO_WHO_???");
	if (which == IOPRIO_WHO_PROCESS_VAL)
		dec_pid(ctx, dec_arg(ctx, 1));
	else if (which == IOPRIO_WHO_PGRP_VAL)
		dec_pgid(ctx, dec_arg(ctx, 1));
	else
		dec_int(ctx, dec_arg(ctx, 1));
}

static int dec_ioprio_get(struct dctx *ctx)
{
	ioprio_who(ctx);
	ctx->call->ret_aux = ioprio_note;
	return DEC_DONE;
}
DECODER_ANY_PERS(ioprio_get, dec_ioprio_get);

static int dec_ioprio_set(struct dctx *ctx)
{
	ioprio_who(ctx);
	ioprio_arg(ctx, (int32_t)dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(ioprio_set, dec_ioprio_set);
