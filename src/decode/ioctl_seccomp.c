/* ioctl_seccomp: seccomp user notification requests (type '!',
 * <linux/seccomp.h>): SECCOMP_IOCTL_NOTIF_RECV, _SEND and _ADDFD.
 * NOTIF_ID_VALID is a scalar class in ioctl.c. */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

enum {
	IO_NOTIF_RECV = 0xc0502100,
	IO_NOTIF_SEND = 0xc0182101,
	IO_NOTIF_ADDFD = 0x40182103,
};

struct notif {
	uint64_t id;
	uint32_t pid, flags;
	int32_t nr;
	uint32_t arch;
	uint64_t ip, args[6];
};

static void flags_or_zero(struct dctx *ctx, const struct const_table *t,
			  uint32_t v, const char *dflt)
{
	if (v)
		fdec_flags_dflt(ctx, t, v, dflt);
	else
		emit_uint(ctx->e, 0);
}

static void notif_show(struct dctx *ctx, const struct notif *n)
{
	struct emitter *e = ctx->e;

	emit_struct_begin(e);
	emit_field(e, "id");
	emit_hex(e, n->id);
	emit_field(e, "pid");
	dec_pid(ctx, n->pid);
	emit_field(e, "flags");
	emit_hex(e, n->flags);
	emit_field(e, "data");
	emit_struct_begin(e);
	emit_field(e, "nr");
	dec_syscall_nr(ctx, n->nr, n->arch);
	emit_field(e, "arch");
	dec_audit_arch(ctx, n->arch);
	emit_field(e, "instruction_pointer");
	emit_addr(e, n->ip);
	emit_field(e, "args");
	emit_array_begin(e);
	for (size_t i = 0; i < 6; i++)
		emit_hex(e, n->args[i]);
	emit_array_end(e);
	emit_struct_end(e);
	emit_struct_end(e);
}

/* NOTIF_RECV wants a zeroed struct: strace shows what it holds at entry
 * only when it is not, then " => " and the notification. */
static int notif_recv(struct dctx *ctx, uint64_t arg)
{
	static const struct notif zero;
	struct notif n;

	if (!ctx->exiting) {
		if (!arg || tmem_read(ctx->call->tid, arg, &n, sizeof(n)) ||
		    !memcmp(&n, &zero, sizeof(n)))
			return DEC_MORE;
		notif_show(ctx, &n);
		ctx->call->saved[0] = 1;
		ctx->call->defer_sep = true;
		return DEC_MORE;
	}
	if (ctx->call->saved[0])
		emit_join(ctx->e, " => ");
	if (dec_failed(ctx))
		dec_ptr(ctx, arg);
	else if (dec_fetch(ctx, arg, &n, sizeof(n)))
		notif_show(ctx, &n);
	return DEC_DONE;
}

/* A negated errno: -EPERM */
static void neg_errno(struct dctx *ctx, int32_t v)
{
	const char *name =
		v < 0 ? consts_name(&ct_errnos, (uint64_t) - (int64_t)v) : NULL;
	char text[40];

	if (!name || ctx->e->style->xlat == 1) {
		emit_int(ctx->e, v);
		return;
	}
	snprintf(text, sizeof(text), "-%s", name);
	if (ctx->e->style->xlat == 2) {
		emit_int(ctx->e, v);
		emit_comment(ctx->e, text);
		return;
	}
	emit_sym(ctx->e, text);
}

static void notif_resp(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint64_t id;
		int64_t val;
		int32_t error;
		uint32_t flags;
	} r;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &r, sizeof(r)))
		return;
	emit_struct_begin(e);
	emit_field(e, "id");
	emit_hex(e, r.id);
	emit_field(e, "val");
	emit_int(e, r.val);
	emit_field(e, "error");
	neg_errno(ctx, r.error);
	emit_field(e, "flags");
	flags_or_zero(ctx, &ct_f_ioctl_seccomp_resp_flags, r.flags,
		      "SECCOMP_USER_NOTIF_FLAG_???");
	emit_struct_end(e);
}

static void notif_addfd(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint64_t id;
		uint32_t flags, srcfd, newfd, newfd_flags;
	} a;
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &a, sizeof(a)))
		return;
	emit_struct_begin(e);
	emit_field(e, "id");
	emit_hex(e, a.id);
	emit_field(e, "flags");
	flags_or_zero(ctx, &ct_f_ioctl_seccomp_addfd_flags, a.flags,
		      "SECCOMP_ADDFD_FLAG_???");
	emit_field(e, "srcfd");
	dec_fd(ctx, (uint64_t)(int64_t)(int32_t)a.srcfd);
	emit_field(e, "newfd");
	emit_int(e, (int32_t)a.newfd);
	emit_field(e, "newfd_flags");
	flags_or_zero(ctx, &ct_f_ioctl_newfd_flags, a.newfd_flags, "O_???");
	emit_struct_end(e);
}

int ioc_seccomp(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_NOTIF_RECV:
		return notif_recv(ctx, arg);
	case IO_NOTIF_SEND:
		notif_resp(ctx, arg);
		return DEC_DONE;
	case IO_NOTIF_ADDFD:
		notif_addfd(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
