/* prctl(2): what each option's arguments mean, how many of them strace
 * shows, what it shows at exit (values stored through a pointer) and how
 * the return value is annotated.  Simple options are rows of a table;
 * options with structure have their own functions. */
#include <stdio.h>
#include <string.h>

#include "decode/bpf.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/proc.h"
#include "consts/consts.h"
#include "tmem/tmem.h"

/* What an argument is. */
enum pr_kind {
	K_HEX,     /* 0x... */
	K_ULONG,   /* decimal */
	K_LONG,
	K_SIG,     /* a signal when 0..64, else decimal */
	K_ENUM,    /* table names the whole value, else hex + comment */
	K_ENUM32,  /* the same for the low 32 bits */
	K_FLAGS,
	K_FLAGS32,
	K_COMM,    /* a task name */
};

/* What the call stores through argument 1, shown at exit. */
enum pr_out {
	O_NONE,
	O_INT,     /* [N], or a name from tab */
	O_SIG,     /* [SIGxxx] */
	O_PTR,     /* [0x...] of a pointer-sized value */
	O_COMM,    /* the task name */
};

/* How a successful return value is annotated. */
enum pr_ret {
	R_INT,
	R_ENUM,    /* " (NAME)" whatever -X says */
	R_FLAGS,   /* hex, " (A|B)" when a name applies (not under -X raw) */
};

struct pr_arg {
	enum pr_kind kind;
	const struct const_table *tab;
	const char *dflt;
};

struct pr_op {
	unsigned int op;
	int nargs;                 /* arguments shown after the option */
	struct pr_arg arg;         /* argument 1; the others are hex */
	enum pr_out out;
	const struct const_table *out_tab;
	const char *out_dflt;
	enum pr_ret ret;
	const struct const_table *ret_tab;
};

#define HEX { K_HEX, NULL, NULL }
#define ULONG { K_ULONG, NULL, NULL }

static const struct pr_op pr_ops[] = {
	{ 1, 1, { K_SIG, NULL, NULL }, O_NONE, NULL, NULL, R_INT, NULL },
	{ 2, 1, HEX, O_SIG, NULL, NULL, R_INT, NULL },
	{ 3, 0, HEX, O_NONE, NULL, NULL, R_ENUM, &ct_p_suid_dump },
	{ 4, 1, { K_ENUM, &ct_p_suid_dump, "SUID_DUMP_???" }, O_NONE, NULL,
	  NULL, R_INT, NULL },
	{ 5, 1, HEX, O_INT, &ct_p_pr_unalign, "PR_UNALIGN_???", R_INT, NULL },
	{ 6, 1, { K_FLAGS32, &ct_p_pr_unalign, "PR_UNALIGN_???" }, O_NONE,
	  NULL, NULL, R_INT, NULL },
	{ 7, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 8, 1, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 9, 1, HEX, O_INT, NULL, NULL, R_INT, NULL },
	{ 10, 1, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 11, 1, HEX, O_INT, NULL, NULL, R_INT, NULL },
	{ 12, 1, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 13, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 14, 1, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 15, 1, { K_COMM, NULL, NULL }, O_NONE, NULL, NULL, R_INT, NULL },
	{ 16, 1, HEX, O_COMM, NULL, NULL, R_INT, NULL },
	{ 19, 1, HEX, O_INT, NULL, NULL, R_INT, NULL },
	{ 20, 1, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 21, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 23, 1, { K_ENUM, &ct_p_caps, "CAP_???" }, O_NONE, NULL, NULL,
	  R_INT, NULL },
	{ 24, 1, { K_ENUM, &ct_p_caps, "CAP_???" }, O_NONE, NULL, NULL,
	  R_INT, NULL },
	{ 25, 1, HEX, O_INT, &ct_p_pr_tsc, "PR_TSC_???", R_INT, NULL },
	{ 26, 1, { K_ENUM32, &ct_p_pr_tsc, "PR_TSC_???" }, O_NONE, NULL,
	  NULL, R_INT, NULL },
	{ 27, 0, HEX, O_NONE, NULL, NULL, R_FLAGS, &ct_p_secbits },
	{ 28, 1, { K_FLAGS, &ct_p_secbits, "SECBIT_???" }, O_NONE, NULL,
	  NULL, R_INT, NULL },
	{ 29, 1, { K_LONG, NULL, NULL }, O_NONE, NULL, NULL, R_INT, NULL },
	{ 30, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 31, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 32, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 34, 4, HEX, O_NONE, NULL, NULL, R_ENUM, &ct_p_pr_mce_policy },
	{ 35, 4, { K_ENUM32, &ct_p_pr_set_mm, "PR_SET_MM_???" }, O_NONE,
	  NULL, NULL, R_INT, NULL },
	{ 36, 1, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 37, 1, HEX, O_INT, NULL, NULL, R_INT, NULL },
	{ 38, 4, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 40, 1, HEX, O_PTR, NULL, NULL, R_INT, NULL },
	{ 41, 4, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 45, 1, { K_FLAGS32, &ct_p_pr_fp_mode, "PR_FP_MODE_???" }, O_NONE,
	  NULL, NULL, R_INT, NULL },
	{ 46, 0, HEX, O_NONE, NULL, NULL, R_FLAGS, &ct_p_pr_fp_mode },
	{ 51, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
	{ 52, 1, { K_ENUM, &ct_p_pr_spec, "PR_SPEC_???" }, O_NONE, NULL,
	  NULL, R_FLAGS, &ct_p_pr_spec_get },
	{ 54, 4, { K_FLAGS, &ct_p_pr_pac_keys, "PR_PAC_???" }, O_NONE, NULL,
	  NULL, R_INT, NULL },
	{ 57, 4, ULONG, O_NONE, NULL, NULL, R_INT, NULL },
	{ 61, 4, HEX, O_NONE, NULL, NULL, R_FLAGS, &ct_p_pr_pac_enabled_keys },
	{ 64, 0, HEX, O_NONE, NULL, NULL, R_INT, NULL },
};

#define TASK_COMM_LEN 16

/* A task name of at most size bytes (15 for PR_SET_NAME, which takes
 * the NUL as a sixteenth, 16 for what PR_GET_NAME stored), -s applying:
 * "..." when no NUL comes within them; the address when no NUL is
 * readable before the bytes end. */
static void comm_name(struct dctx *ctx, uint64_t addr, size_t size)
{
	char buf[TASK_COMM_LEN];
	size_t max = ctx->opt->strsize < size ? ctx->opt->strsize : size;
	long n;

	if (!addr) {
		dec_ptr(ctx, addr);
		return;
	}
	n = tmem_read_partial(ctx->call->tid, addr, buf, size);
	if (n <= 0) {
		dec_ptr(ctx, addr);
		return;
	}
	size_t len = strnlen(buf, (size_t)n);
	if (len == (size_t)n && (size_t)n < size) {
		dec_ptr(ctx, addr);
		return;
	}
	if (len <= max && len < (size_t)n)
		emit_str(ctx->e, buf, len, 0);
	else
		emit_str(ctx->e, buf, len < max ? len : max,
			 EMIT_STR_TRUNCATED);
}

static void pr_signal(struct dctx *ctx, uint64_t v)
{
	if (v <= 64)
		dec_signo(ctx, v);
	else
		emit_uint(ctx->e, v);
}

static void pr_value(struct dctx *ctx, const struct pr_arg *a, uint64_t v)
{
	switch (a->kind) {
	case K_HEX: dec_hex(ctx, v); break;
	case K_ULONG: dec_ulong(ctx, v); break;
	case K_LONG: dec_long(ctx, v); break;
	case K_SIG: pr_signal(ctx, v); break;
	case K_ENUM32: v = (uint32_t)v; /* fall through */
	case K_ENUM: fdec_enum_dflt(ctx, a->tab, v, a->dflt); break;
	case K_FLAGS32: v = (uint32_t)v; /* fall through */
	case K_FLAGS: fdec_flags_dflt(ctx, a->tab, v, a->dflt); break;
	case K_COMM: comm_name(ctx, v, TASK_COMM_LEN - 1); break;
	}
}

static void hex_args(struct dctx *ctx, int from, int to)
{
	for (int i = from; i <= to; i++)
		dec_hex(ctx, dec_arg(ctx, i));
}

/* What a PR_GET_* option stored through addr, at exit. */
static void pr_stored(struct dctx *ctx, const struct pr_op *o, uint64_t addr)
{
	int32_t v;
	uint64_t p;

	if (o->out == O_COMM) {
		if (dec_failed(ctx))
			dec_ptr(ctx, addr);
		else
			comm_name(ctx, addr, TASK_COMM_LEN);
		return;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (o->out == O_PTR) {
		if (!dec_fetch(ctx, addr, &p, sizeof(p)))
			return;
		emit_array_begin(ctx->e);
		emit_addr(ctx->e, p);
		emit_array_end(ctx->e);
		return;
	}
	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (o->out == O_SIG)
		dec_signo(ctx, (uint64_t)(int64_t)v);
	else if (!o->out_tab)
		emit_uint(ctx->e, (uint32_t)v);
	else if (o->out_tab->kind == CONST_ENUM)
		fdec_enum_dflt(ctx, o->out_tab, (uint32_t)v, o->out_dflt);
	else
		fdec_flags_dflt(ctx, o->out_tab, (uint32_t)v, o->out_dflt);
	emit_array_end(ctx->e);
}

static const struct pr_op *pr_find(unsigned int op)
{
	for (size_t i = 0; i < sizeof(pr_ops) / sizeof(pr_ops[0]); i++)
		if (pr_ops[i].op == op)
			return &pr_ops[i];
	return NULL;
}

static const struct const_table *ret_tab_of(unsigned int op)
{
	const struct pr_op *o = pr_find(op);

	return o && o->ret == R_FLAGS ? o->ret_tab : NULL;
}

/* Annotations of returned bit sets: strace's abbreviated text, not under
 * -X raw, and only when some name applies. */

static void ret_flags_note(struct dctx *ctx)
{
	const struct const_table *t = ret_tab_of((unsigned int)dec_arg(ctx, 0));
	uint64_t v = (uint64_t)ctx->call->rval;
	char text[256];

	if (!t || ctx->e->style->xlat == 1)
		return;
	if (v == 0 && t == &ct_p_pr_spec_get) {
		emit_sym(ctx->e, "PR_SPEC_NOT_AFFECTED");
		return;
	}
	if (!v || !fdec_flags_known(t, v))
		return;
	proc_flags_text(text, sizeof(text), t, v);
	emit_sym(ctx->e, text);
}

/* PR_SVE_SET_VL, PR_SME_SET_VL: flags above a 16-bit length, shown as
 * "FLAGS|len" (the length alone when no flag bit is set). */
#define VL_LEN_MASK 0xffffu

static void vl_text(char *buf, size_t size, const struct const_table *t,
		    uint64_t v)
{
	size_t n;

	proc_flags_text(buf, size, t, v & ~(uint64_t)VL_LEN_MASK);
	n = strlen(buf);
	snprintf(buf + n, size - n, "|%#x", (unsigned int)(v & VL_LEN_MASK));
}

static void vl_arg(struct dctx *ctx, const struct const_table *t, uint64_t v)
{
	char text[160];

	if (!(v & ~(uint64_t)VL_LEN_MASK)) {
		emit_hex(ctx->e, v);
		return;
	}
	vl_text(text, sizeof(text), t, v);
	proc_hex_text(ctx, v, text);
}

static void vl_note(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 0);
	const struct const_table *t = op == 50 || op == 51 ?
				      &ct_p_pr_sve_vl : &ct_p_pr_sme_vl;
	uint64_t v = (uint64_t)ctx->call->rval;
	char text[160];

	if (!(v & ~(uint64_t)VL_LEN_MASK) || ctx->e->style->xlat == 1)
		return;
	vl_text(text, sizeof(text), t, v);
	emit_sym(ctx->e, text);
}

/* PR_SET_TAGGED_ADDR_CTRL: the enable bit, the tag check fault mode and
 * the tag mask, e.g. "PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0x3<<..." */
#define MTE_TAG_SHIFT 3
#define MTE_TAG_MASK (0xffffull << MTE_TAG_SHIFT)

static void tagged_text(char *buf, size_t size, uint64_t v)
{
	const char *tcf = consts_name(&ct_p_pr_mte_tcf, v & 6);
	uint64_t tag = (v & MTE_TAG_MASK) >> MTE_TAG_SHIFT;
	uint64_t rest = v & ~(MTE_TAG_MASK | 7);
	size_t n;

	n = (size_t)snprintf(buf, size, "%sPR_TAGGED_ADDR_ENABLE|%s",
			     v & 1 ? "" : "!", tcf ? tcf : "");
	if (tag && n < size)
		n += (size_t)snprintf(buf + n, size - n,
				      "|%#llx<<PR_MTE_TAG_SHIFT",
				      (unsigned long long)tag);
	if (rest && n < size)
		snprintf(buf + n, size - n, "|%#llx", (unsigned long long)rest);
}

static void tagged_note(struct dctx *ctx)
{
	char text[128];

	if (ctx->e->style->xlat == 1)
		return;
	tagged_text(text, sizeof(text), (uint64_t)ctx->call->rval);
	emit_sym(ctx->e, text);
}

/* A value shown in hex with its name in a comment even when abbreviated
 * (the PR_SCHED_CORE pid type). */
static void hex_named(struct dctx *ctx, const struct const_table *t,
		      uint64_t v, const char *dflt)
{
	const char *name = consts_name(t, v);

	emit_hex(ctx->e, v);
	if (ctx->e->style->xlat != 1)
		emit_comment(ctx->e, name ? name : dflt);
}

#define PR_SCHED_CORE_GET 0

static int pr_sched_core(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 1);

	if (ctx->exiting) {
		uint64_t addr = dec_arg(ctx, 4), cookie;
		if (dec_failed(ctx)) {
			dec_ptr(ctx, addr);
		} else if (dec_fetch(ctx, addr, &cookie, sizeof(cookie))) {
			emit_array_begin(ctx->e);
			emit_hex(ctx->e, cookie);
			emit_array_end(ctx->e);
		}
		return DEC_DONE;
	}
	fdec_enum_dflt(ctx, &ct_p_pr_sched_core, cmd, "PR_SCHED_CORE_???");
	dec_int(ctx, dec_arg(ctx, 2));
	hex_named(ctx, &ct_p_pidtypes, (uint32_t)dec_arg(ctx, 3),
		  "PIDTYPE_???");
	if (cmd == PR_SCHED_CORE_GET)
		return DEC_MORE;
	dec_ptr(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}

/* PR_SET_SECCOMP: the mode, then the filter program or the raw rest;
 * strict mode takes nothing more (the kernel ignores the rest). */
static void pr_seccomp(struct dctx *ctx)
{
	uint64_t mode = dec_arg(ctx, 1);
	struct { uint16_t len; uint8_t pad[6]; uint64_t filter; } fp;

	fdec_enum_dflt(ctx, &ct_p_seccomp_mode, mode, "SECCOMP_MODE_???");
	if (mode == 1)
		return;
	if (mode != 2) {
		hex_args(ctx, 2, 4);
		return;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 2), &fp, sizeof(fp)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "len");
	emit_uint(ctx->e, fp.len);
	emit_field(ctx->e, "filter");
	/* the program itself only under -v, as seccomp(2) shows it */
	if (ctx->opt->verbose)
		bpfdec_classic_prog(ctx, fp.filter, fp.len, true);
	else
		dec_ptr(ctx, fp.filter);
	emit_struct_end(ctx->e);
}

static void pr_ptracer(struct dctx *ctx, uint64_t v)
{
	int32_t pid = (int32_t)v;

	if (pid != -1) {
		dec_pid(ctx, v);
		return;
	}
	switch (ctx->e->style->xlat) {
	case 0:
		emit_sym(ctx->e, "PR_SET_PTRACER_ANY");
		return;
	case 2:
		emit_int(ctx->e, -1);
		emit_comment(ctx->e, "PR_SET_PTRACER_ANY");
		return;
	default:
		emit_int(ctx->e, -1);
	}
}

#define PR_MCE_KILL_SET 1
#define PR_SET_VMA_ANON_NAME 0

/* The options whose later arguments depend on the first. */
static bool pr_special(struct dctx *ctx, unsigned int op)
{
	uint64_t a1 = dec_arg(ctx, 1);

	switch (op) {
	case 22:                /* PR_SET_SECCOMP */
		pr_seccomp(ctx);
		return true;
	case 33:                /* PR_MCE_KILL */
		fdec_enum_dflt(ctx, &ct_p_pr_mce_kill, a1, "PR_MCE_KILL_???");
		if (a1 == PR_MCE_KILL_SET)
			fdec_enum_dflt(ctx, &ct_p_pr_mce_policy, dec_arg(ctx, 2),
				       "PR_MCE_KILL_???");
		else
			dec_hex(ctx, dec_arg(ctx, 2));
		hex_args(ctx, 3, 4);
		return true;
	case 47:                /* PR_CAP_AMBIENT */
		fdec_enum_dflt(ctx, &ct_p_cap_ambient, a1, "PR_CAP_AMBIENT_???");
		if (a1 >= 1 && a1 <= 3)
			fdec_enum_dflt(ctx, &ct_p_caps, dec_arg(ctx, 2), "CAP_???");
		else
			dec_hex(ctx, dec_arg(ctx, 2));
		hex_args(ctx, 3, 4);
		return true;
	case 50:                /* PR_SVE_SET_VL */
		vl_arg(ctx, &ct_p_pr_sve_vl, a1);
		return true;
	case 63:                /* PR_SME_SET_VL */
		vl_arg(ctx, &ct_p_pr_sme_vl, a1);
		return true;
	case 53:                /* PR_SET_SPECULATION_CTRL */
		fdec_enum_dflt(ctx, &ct_p_pr_spec, a1, "PR_SPEC_???");
		if (consts_name(&ct_p_pr_spec, a1))
			fdec_enum_dflt(ctx, &ct_p_pr_spec_set, dec_arg(ctx, 2),
				       "PR_SPEC_???");
		else
			dec_hex(ctx, dec_arg(ctx, 2));
		return true;
	case 55: {              /* PR_SET_TAGGED_ADDR_CTRL */
		char text[128];
		tagged_text(text, sizeof(text), a1);
		proc_hex_text(ctx, a1, text);
		hex_args(ctx, 2, 4);
		return true;
	}
	case 59:                /* PR_SET_SYSCALL_USER_DISPATCH */
		fdec_enum_dflt(ctx, &ct_p_pr_sys_dispatch, a1,
			       "PR_SYS_DISPATCH_???");
		hex_args(ctx, 2, 3);
		dec_ptr(ctx, dec_arg(ctx, 4));
		return true;
	case 60:                /* PR_PAC_SET_ENABLED_KEYS */
		fdec_flags_dflt(ctx, &ct_p_pr_pac_enabled_keys, a1, "PR_PAC_???");
		fdec_flags_dflt(ctx, &ct_p_pr_pac_enabled_keys, dec_arg(ctx, 2),
				"PR_PAC_???");
		hex_args(ctx, 3, 4);
		return true;
	case 0x59616d61:        /* PR_SET_PTRACER */
		pr_ptracer(ctx, a1);
		return true;
	case 0x53564d41:        /* PR_SET_VMA */
		fdec_enum_dflt(ctx, &ct_p_pr_set_vma, a1, "PR_SET_VMA_???");
		if (a1 != PR_SET_VMA_ANON_NAME) {
			hex_args(ctx, 2, 4);
			return true;
		}
		dec_ptr(ctx, dec_arg(ctx, 2));
		dec_ulong(ctx, dec_arg(ctx, 3));
		dec_cstr(ctx, dec_arg(ctx, 4));
		return true;
	}
	return false;
}

static void pr_set_ret(struct dctx *ctx, unsigned int op,
		       const struct pr_op *o)
{
	struct sc_call *c = ctx->call;

	switch (op) {
	case 50: case 51: case 63: case 64:     /* vector lengths */
		c->ret_fmt = RET_HEX;
		c->ret_aux = vl_note;
		return;
	case 56:                                /* PR_GET_TAGGED_ADDR_CTRL */
		c->ret_fmt = RET_HEX;
		c->ret_aux = tagged_note;
		return;
	}
	if (!o)
		return;
	if (o->ret == R_ENUM) {
		c->ret_flags = o->ret_tab;
		c->ret_label = "";
	} else if (o->ret == R_FLAGS) {
		/* strace shows the speculation state of a target it does not
		 * know in decimal; its note is then the one the task's last
		 * annotated call left (stale), which sift does not keep: the
		 * bits, right after a known target's call */
		if (op != 52 || consts_name(&ct_p_pr_spec, dec_arg(ctx, 1)))
			c->ret_fmt = RET_HEX;
		c->ret_aux = ret_flags_note;
	}
}

static int dec_prctl(struct dctx *ctx)
{
	unsigned int op = (unsigned int)dec_arg(ctx, 0);
	const struct pr_op *o = pr_find(op);

	if (ctx->exiting && op == 62)
		return pr_sched_core(ctx);
	if (ctx->exiting) {
		if (o)
			pr_stored(ctx, o, dec_arg(ctx, 1));
		return DEC_DONE;
	}
	fdec_enum_dflt(ctx, &ct_p_prctl, op, "PR_???");
	pr_set_ret(ctx, op, o);
	if (op == 62)
		return pr_sched_core(ctx);
	if (pr_special(ctx, op))
		return DEC_DONE;
	if (!o) {
		hex_args(ctx, 1, 4);
		return DEC_DONE;
	}
	if (o->out != O_NONE)
		return DEC_MORE;
	if (o->nargs >= 1)
		pr_value(ctx, &o->arg, dec_arg(ctx, 1));
	if (o->nargs == 4)
		hex_args(ctx, 2, 4);
	return DEC_DONE;
}
DECODER_ANY_PERS(prctl, dec_prctl);
