/* Decoders for the remaining system calls of the time/net/creds family
 * split: syslog, reboot, seccomp, perf_event_open, add_key, request_key
 * and keyctl (every command strace 6.1 decodes), each at the depth
 * strace shows by default (bpf(2) has its own file, bpf.c, and the
 * io_uring calls uring.c). */
#include <string.h>

#include "consts/consts.h"
#include "decode/bpf.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* ---- syslog ---- */

enum {
	SL_CLOSE = 0, SL_OPEN = 1, SL_READ = 2, SL_READ_ALL = 3,
	SL_READ_CLEAR = 4, SL_CLEAR = 5, SL_CONSOLE_OFF = 6,
	SL_CONSOLE_ON = 7, SL_CONSOLE_LEVEL = 8, SL_SIZE_UNREAD = 9,
	SL_SIZE_BUFFER = 10,
};

static int dec_syslog(struct dctx *ctx)
{
	int type = (int)dec_arg(ctx, 0), level;
	const char *name = consts_name(&ct_c_syslog_actions, (uint32_t)type);

	if (!ctx->exiting) {
		/* strace always shows the number with the name beside it */
		emit_int(ctx->e, type);
		emit_comment(ctx->e, name ? name : "SYSLOG_ACTION_???");
		switch (type) {
		case SL_READ:
		case SL_READ_ALL:
		case SL_READ_CLEAR:
			return DEC_MORE;
		case SL_CLOSE:
		case SL_OPEN:
		case SL_CONSOLE_OFF:
		case SL_CONSOLE_ON:
		case SL_SIZE_UNREAD:
		case SL_SIZE_BUFFER:
		case SL_CLEAR:
			return DEC_DONE;
		case SL_CONSOLE_LEVEL:
			/* the level as the action: its number, its name beside */
			dec_ptr(ctx, dec_arg(ctx, 1));
			level = (int)dec_arg(ctx, 2);
			name = consts_name(&ct_c_loglevels, (uint32_t)level);
			emit_int(ctx->e, level);
			emit_comment(ctx->e, name ? name : "LOGLEVEL_???");
			return DEC_DONE;
		default:
			dec_ptr(ctx, dec_arg(ctx, 1));
			dec_int(ctx, dec_arg(ctx, 2));
			return DEC_DONE;
		}
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		dec_buf(ctx, dec_arg(ctx, 1), (uint64_t)ctx->call->rval);
	dec_int(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(syslog, dec_syslog);

/* ---- reboot ---- */

static int dec_reboot(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 2);

	fdec_enum_dflt(ctx, &ct_c_reboot_magic, (uint32_t)dec_arg(ctx, 0),
		       "LINUX_REBOOT_MAGIC_???");
	fdec_enum_dflt(ctx, &ct_c_reboot_magic, (uint32_t)dec_arg(ctx, 1),
		       "LINUX_REBOOT_MAGIC_???");
	fdec_enum_dflt(ctx, &ct_c_reboot_cmds, cmd, "LINUX_REBOOT_CMD_???");
	if (cmd == 0xA1B2C3D4) /* RESTART2 takes a command string */
		dec_cstr(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(reboot, dec_reboot);

/* ---- seccomp ---- */

/* class|size|mode, class|src|op, ... as strace splits an opcode; loads,
 * ALU and jumps show no leftover bits */
static void bpf_code(struct dctx *ctx, uint16_t code)
{
	uint32_t cls = code & 7;
	uint32_t rest = code & ~7u;

	fdec_enum_dflt(ctx, &ct_c_bpf_class, cls, "BPF_???");
	switch (cls) {
	case 0: /* LD */
	case 1: /* LDX */
		bpfdec_op_part(ctx, &ct_c_bpf_size, code & 0x18);
		bpfdec_op_part(ctx, &ct_c_bpf_mode, code & 0xe0);
		break;
	case 2: /* ST */
	case 3: /* STX */
		bpfdec_op_rest(ctx, rest);
		break;
	case 4: /* ALU */
	case 5: /* JMP */
		bpfdec_op_part(ctx, &ct_c_bpf_src, code & 0x08);
		bpfdec_op_part(ctx,
			       cls == 5 ? &ct_c_bpf_jmp_ops : &ct_c_bpf_alu_ops,
			       code & 0xf0);
		break;
	case 6: /* RET */
		bpfdec_op_part(ctx, &ct_c_bpf_rval, code & 0x18);
		bpfdec_op_rest(ctx, rest & ~0x18u);
		break;
	default: /* MISC */
		bpfdec_op_part(ctx, &ct_c_bpf_miscop, code & 0xf8);
		bpfdec_op_rest(ctx, rest & ~0xf8u);
		break;
	}
}

/* A seccomp filter's return value: SECCOMP_RET_ERRNO|0x26 */
static void seccomp_ret(struct dctx *ctx, uint32_t k)
{
	if (!consts_name(&ct_c_seccomp_ret, k & 0xffff0000u)) {
		emit_hex(ctx->e, k);
		return;
	}
	emit_enum(ctx->e, &ct_c_seccomp_ret, k & 0xffff0000u, EMIT_HEX);
	if (k & 0xffff) {
		emit_join(ctx->e, "|");
		emit_hex(ctx->e, k & 0xffff);
	}
}

struct sock_insn {
	uint16_t code;
	uint8_t jt;
	uint8_t jf;
	uint32_t k;
};

static bool bpf_insn(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	const struct sock_insn *in = elem;
	/* strace writes BPF_JUMP whenever a jump offset is set */
	bool jump = in->jt || in->jf;

	emit_call_begin(ctx->e, jump ? "BPF_JUMP" : "BPF_STMT");
	bpf_code(ctx, in->code);
	if ((in->code & 7) == 6 && *(const bool *)data)
		seccomp_ret(ctx, in->k);
	else
		emit_hex(ctx->e, in->k);
	if (jump) {
		emit_hex(ctx->e, in->jt);
		emit_hex(ctx->e, in->jf);
	}
	emit_call_end(ctx->e);
	return true;
}

void bpfdec_classic_prog(struct dctx *ctx, uint64_t addr, uint64_t n,
			 bool seccomp)
{
	ndec_array(ctx, addr, n, sizeof(struct sock_insn), bpf_insn, &seccomp);
}

/* struct sock_fprog: the program itself only under -v, as strace; the
 * filter pointer is a long (at offset 4 for i386) */
static void seccomp_fprog(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint16_t len;
		uint16_t pad[3];
		uint64_t filter;
	} p;
	int64_t w[2];

	if (!dec_fetch_longs(ctx, addr, w, 2))
		return;
	p.len = (uint16_t)w[0];
	p.filter = arch_pers[ctx->call->pers].word_size == 4 ? (uint32_t)w[1]
							     : (uint64_t)w[1];
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "len");
	emit_uint(ctx->e, p.len);
	emit_field(ctx->e, "filter");
	if (ctx->opt->verbose)
		bpfdec_classic_prog(ctx, p.filter, p.len, true);
	else
		dec_ptr(ctx, p.filter);
	emit_struct_end(ctx->e);
}

/* SECCOMP_GET_NOTIF_SIZES, at exit: the three sizes the kernel stored */
static void seccomp_notif_sizes(struct dctx *ctx, uint64_t addr)
{
	static const char *const names[] = {
		"seccomp_notif", "seccomp_notif_resp", "seccomp_data"};
	uint16_t sz[3];

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, sz, sizeof(sz)))
		return;
	emit_struct_begin(ctx->e);
	for (int i = 0; i < 3; i++) {
		emit_field(ctx->e, names[i]);
		emit_uint(ctx->e, sz[i]);
	}
	emit_struct_end(ctx->e);
}

static int dec_seccomp(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 0);
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);
	uint32_t action;

	if (ctx->exiting) {
		seccomp_notif_sizes(ctx, dec_arg(ctx, 2));
		return DEC_DONE;
	}

	fdec_enum_dflt(ctx, &ct_c_seccomp_ops, op, "SECCOMP_SET_MODE_???");
	switch (op) {
	case 1: /* SECCOMP_SET_MODE_FILTER */
		fdec_flags_dflt(ctx, &ct_c_seccomp_filter_flags, flags,
				"SECCOMP_FILTER_FLAG_???");
		seccomp_fprog(ctx, dec_arg(ctx, 2));
		break;
	case 2: /* SECCOMP_GET_ACTION_AVAIL */
		dec_hex(ctx, flags);
		if (!dec_fetch(ctx, dec_arg(ctx, 2), &action, sizeof(action)))
			break;
		emit_array_begin(ctx->e);
		fdec_enum_dflt(ctx, &ct_c_seccomp_ret, action,
			       "SECCOMP_RET_???");
		emit_array_end(ctx->e);
		break;
	case 3: /* SECCOMP_GET_NOTIF_SIZES */
		dec_hex(ctx, flags);
		return DEC_MORE;
	default:
		dec_hex(ctx, flags);
		dec_ptr(ctx, dec_arg(ctx, 2));
		break;
	}
	return DEC_DONE;
}
DECODER_PERS(seccomp, dec_seccomp, 1u << PERS_X86_64 | 1u << PERS_I386);

/* ---- perf_event_open ---- */

/* perf_event_attr's one-bit flags from bit 0 of the flags word on
 * (precise_ip, two bits at 15, is shown apart). */
static const char *const perf_bits[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user",
	"exclude_kernel", "exclude_hv", "exclude_idle", "mmap", "comm",
	"freq", "inherit_stat", "enable_on_exec", "task", "watermark",
	NULL, NULL, "mmap_data", "sample_id_all", "exclude_host",
	"exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user",
	"mmap2", "comm_exec", "use_clockid", "context_switch",
	"write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output",
	"cgroup", "text_poke", "build_id", "inherit_thread",
	"remove_on_exec", "sigtrap",
};

static void perf_config(struct dctx *ctx, uint32_t type, uint64_t config)
{
	switch (type) {
	case 0:
		fdec_enum_dflt(ctx, &ct_c_perf_hw_ids, config,
			       "PERF_COUNT_HW_???");
		break;
	case 1:
		fdec_enum_dflt(ctx, &ct_c_perf_sw_ids, config,
			       "PERF_COUNT_SW_???");
		break;
	case 2:
		emit_uint(ctx->e, config);
		break;
	case 3: /* RESULT<<16|OP<<8|ID */
		fdec_enum_dflt(ctx, &ct_c_perf_cache_results,
			       (config >> 16) & 0xff,
			       "PERF_COUNT_HW_CACHE_RESULT_???");
		emit_join(ctx->e, "<<");
		emit_uint(ctx->e, 16);
		emit_join(ctx->e, "|");
		fdec_enum_dflt(ctx, &ct_c_perf_cache_ops, (config >> 8) & 0xff,
			       "PERF_COUNT_HW_CACHE_OP_???");
		emit_join(ctx->e, "<<");
		emit_uint(ctx->e, 8);
		emit_join(ctx->e, "|");
		fdec_enum_dflt(ctx, &ct_c_perf_cache_ids, config & 0xff,
			       "PERF_COUNT_HW_CACHE_???");
		break;
	default:
		emit_hex(ctx->e, config);
		break;
	}
}

static const char *const skid[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid",
	"must have 0 skid",
};

static void perf_u(struct dctx *ctx, const unsigned char *a,
		   const char *name, unsigned int off, unsigned int width,
		   bool hex)
{
	uint64_t v = 0;

	memcpy(&v, a + off, width);
	emit_field(ctx->e, name);
	if (hex)
		emit_hex(ctx->e, v);
	else
		emit_uint(ctx->e, v);
}

/* Reserved bytes that are not zero, in a comment after the field before
 * them: "bytes 110..111: 0xffff" */
static void perf_reserved(struct dctx *ctx, const unsigned char *a,
			  unsigned int off, unsigned int width)
{
	uint64_t v = 0;
	char text[64];

	memcpy(&v, a + off, width);
	if (!v)
		return;
	snprintf(text, sizeof(text), "bytes %u..%u: %#llx", off,
		 off + width - 1, (unsigned long long)v);
	emit_comment(ctx->e, text);
}

/* The fields after the flags, as far as the attribute's size reaches
 * (-v only: strace abbreviates them otherwise). */
static void perf_attr_rest(struct dctx *ctx, const unsigned char *a,
			   uint32_t size, uint32_t type, uint64_t flags,
			   uint64_t sample_type)
{
	bool bp = type == 5;
	int32_t clk;

	if (size == 0)
		size = 64;
	perf_u(ctx, a, flags & (1u << 14) ? "wakeup_watermark" :
		"wakeup_events", 48, 4, false);
	if (bp) {
		uint32_t bt;
		memcpy(&bt, a + 52, 4);
		emit_field(ctx->e, "bp_type");
		fdec_enum_dflt(ctx, &ct_c_hw_breakpoint, bt,
			       "HW_BREAKPOINT_???");
		perf_u(ctx, a, "bp_addr", 56, 8, true);
	} else {
		perf_u(ctx, a, "config1", 56, 8, true);
	}
	if (size < 72)
		return;
	perf_u(ctx, a, bp ? "bp_len" : "config2", 64, 8, !bp);
	if (size < 80)
		return;
	if (sample_type & (1u << 11)) {
		uint64_t bst;
		memcpy(&bst, a + 72, 8);
		emit_field(ctx->e, "branch_sample_type");
		fdec_flags_dflt(ctx, &ct_c_perf_branch_types, bst,
				"PERF_SAMPLE_BRANCH_???");
	}
	if (size < 96)
		return;
	perf_u(ctx, a, "sample_regs_user", 80, 8, true);
	if (sample_type & (1u << 13))
		perf_u(ctx, a, "sample_stack_user", 88, 4, true);
	if (flags & (1u << 25)) {
		memcpy(&clk, a + 92, 4);
		emit_field(ctx->e, "clockid");
		fdec_enum_dflt(ctx, &ct_t_clocks, (uint32_t)clk, "CLOCK_???");
	}
	if (size < 104)
		return;
	perf_u(ctx, a, "sample_regs_intr", 96, 8, true);
	if (size < 112)
		return;
	perf_u(ctx, a, "aux_watermark", 104, 4, false);
	perf_u(ctx, a, "sample_max_stack", 108, 2, false);
	perf_reserved(ctx, a, 110, 2);
	if (size < 120)
		return;
	perf_u(ctx, a, "aux_sample_size", 112, 4, false);
	perf_reserved(ctx, a, 116, 4);
	if (size < 128)
		return;
	perf_u(ctx, a, "sig_data", 120, 8, true);
	if (size > 128)
		emit_more(ctx->e);
}

/* The attribute as strace shows it: the fields up to the flags, then
 * "..." unless -v. */
static void perf_attr(struct dctx *ctx, const unsigned char *a,
		      uint32_t size_in, uint32_t size_out)
{
	bool v = ctx->opt->verbose;
	uint32_t type, size;
	uint64_t config, period, sample_type, read_format, flags;

	memcpy(&type, a, 4);
	memcpy(&size, a + 4, 4);
	memcpy(&config, a + 8, 8);
	memcpy(&period, a + 16, 8);
	memcpy(&sample_type, a + 24, 8);
	memcpy(&read_format, a + 32, 8);
	memcpy(&flags, a + 40, 8);
	(void)size;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "type");
	fdec_enum_dflt(ctx, &ct_c_perf_types, type, "PERF_TYPE_???");
	emit_field(ctx->e, "size");
	fdec_enum_dflt(ctx, &ct_c_perf_attr_sizes, size_in,
		       "PERF_ATTR_SIZE_???");
	if (size_out != size_in) {
		emit_join(ctx->e, " => ");
		fdec_enum_dflt(ctx, &ct_c_perf_attr_sizes, size_out,
			       "PERF_ATTR_SIZE_???");
	}
	emit_field(ctx->e, "config");
	perf_config(ctx, type, config);
	emit_field(ctx->e, flags & (1u << 10) ? "sample_freq" : "sample_period");
	emit_uint(ctx->e, period);
	emit_field(ctx->e, "sample_type");
	fdec_flags_dflt(ctx, &ct_c_perf_sample_types, sample_type,
			"PERF_SAMPLE_???");
	emit_field(ctx->e, "read_format");
	fdec_flags_dflt(ctx, &ct_c_perf_read_formats, read_format,
			"PERF_FORMAT_???");
	for (unsigned int bit = 0; bit < 38; bit++) {
		if (bit == 15) {
			unsigned int p = (unsigned int)(flags >> 15) & 3;
			emit_field(ctx->e, "precise_ip");
			emit_uint(ctx->e, p);
			emit_comment(ctx->e, skid[p]);
			continue;
		}
		if (!perf_bits[bit] || (!v && !((flags >> bit) & 1)))
			continue;
		emit_field(ctx->e, perf_bits[bit]);
		emit_uint(ctx->e, (flags >> bit) & 1);
	}
	if (flags >> 38) {
		emit_field(ctx->e, "__reserved_1");
		emit_hex(ctx->e, flags >> 38);
		emit_comment(ctx->e, "Bits 63..38");
	}
	if (v)
		perf_attr_rest(ctx, a, size_in, type, flags, sample_type);
	else
		emit_more(ctx->e);
	emit_struct_end(ctx->e);
}

/* The attribute's first 48 bytes must be readable, the rest is read as
 * far as it can be (zeroes beyond). */
static bool perf_fetch(struct dctx *ctx, unsigned char *a, size_t size)
{
	memset(a, 0, size);
	return dec_arg(ctx, 0) &&
	       tmem_read_partial(ctx->call->tid, dec_arg(ctx, 0), a, size) >=
		       48;
}

static int dec_perf_event_open(struct dctx *ctx)
{
	unsigned char a[128];
	uint32_t size_out;

	/* the attribute shows at exit, where a too small size comes back
	 * rewritten by the kernel ("size=... => 0x88") */
	if (!ctx->exiting) {
		ctx->call->saved[0] = 0;
		if (perf_fetch(ctx, a, sizeof(a))) {
			uint32_t size;
			memcpy(&size, a + 4, 4);
			ctx->call->saved[0] = 1;
			ctx->call->saved[1] = size;
		}
		return DEC_MORE;
	}
	if (!ctx->call->saved[0] || !perf_fetch(ctx, a, sizeof(a))) {
		dec_ptr(ctx, dec_arg(ctx, 0));
	} else {
		memcpy(&size_out, a + 4, 4);
		perf_attr(ctx, a, (uint32_t)ctx->call->saved[1], size_out);
	}
	/* strace prints it without -Y's name */
	dec_int(ctx, dec_arg(ctx, 1));
	dec_int(ctx, dec_arg(ctx, 2));
	dec_fd(ctx, dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_c_perf_flags, dec_arg(ctx, 4),
			"PERF_FLAG_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(perf_event_open, dec_perf_event_open);

/* ---- keys ---- */

enum {
	KC_GET_KEYRING_ID = 0, KC_JOIN_SESSION_KEYRING = 1, KC_UPDATE = 2,
	KC_REVOKE = 3, KC_CHOWN = 4, KC_SETPERM = 5, KC_DESCRIBE = 6,
	KC_CLEAR = 7, KC_LINK = 8, KC_UNLINK = 9, KC_SEARCH = 10,
	KC_READ = 11, KC_INSTANTIATE = 12, KC_NEGATE = 13,
	KC_SET_REQKEY_KEYRING = 14, KC_SET_TIMEOUT = 15,
	KC_ASSUME_AUTHORITY = 16, KC_GET_SECURITY = 17,
	KC_SESSION_TO_PARENT = 18, KC_REJECT = 19, KC_INSTANTIATE_IOV = 20,
	KC_INVALIDATE = 21, KC_GET_PERSISTENT = 22, KC_DH_COMPUTE = 23,
	KC_PKEY_QUERY = 24, KC_PKEY_ENCRYPT = 25, KC_PKEY_DECRYPT = 26,
	KC_PKEY_SIGN = 27, KC_PKEY_VERIFY = 28, KC_RESTRICT_KEYRING = 29,
	KC_MOVE = 30, KC_CAPABILITIES = 31,
};

static void key_serial(struct dctx *ctx, uint64_t v)
{
	int32_t id = (int32_t)v;

	if (consts_name(&ct_c_key_spec, (uint64_t)(int64_t)id))
		emit_enum(ctx->e, &ct_c_key_spec, (uint64_t)(int64_t)id,
			  EMIT_DEC);
	else
		emit_int(ctx->e, id);
}

/* uid/gid: -1 means "unchanged", anything else is unsigned */
static void key_id(struct dctx *ctx, uint64_t v)
{
	if ((uint32_t)v == UINT32_MAX)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, (uint32_t)v);
}

static int dec_add_key(struct dctx *ctx)
{
	dec_cstr(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	dec_buf(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	dec_ulong(ctx, dec_arg(ctx, 3));
	key_serial(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_ANY_PERS(add_key, dec_add_key);

static int dec_request_key(struct dctx *ctx)
{
	dec_cstr(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	dec_cstr(ctx, dec_arg(ctx, 2));
	key_serial(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(request_key, dec_request_key);

/* An output buffer: the address on failure, else min(rval, len) bytes. */
static void key_out_buf(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	uint64_t n = (uint64_t)ctx->call->rval;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	dec_buf(ctx, addr, n < len ? n : len);
}

/* An array of u32 shown only when some element is not zero. */
static void key_spare(struct dctx *ctx, const uint32_t *v, size_t n)
{
	size_t i;

	for (i = 0; i < n && !v[i]; i++)
		;
	if (i == n)
		return;
	emit_field(ctx->e, "__spare");
	emit_array_begin(ctx->e);
	for (i = 0; i < n; i++) {
		if (i == fdec_array_max(ctx)) {
			emit_more(ctx->e);
			break;
		}
		emit_hex(ctx->e, v[i]);
	}
	emit_array_end(ctx->e);
}

static void key_dh_params(struct dctx *ctx, uint64_t addr)
{
	int32_t p[3];

	if (!dec_fetch(ctx, addr, p, sizeof(p)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "private");
	key_serial(ctx, (uint64_t)(int64_t)p[0]);
	emit_field(ctx->e, "prime");
	key_serial(ctx, (uint64_t)(int64_t)p[1]);
	emit_field(ctx->e, "base");
	key_serial(ctx, (uint64_t)(int64_t)p[2]);
	emit_struct_end(ctx->e);
}

static void key_kdf_params(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint64_t hashname;
		uint64_t otherinfo;
		uint32_t otherinfolen;
		uint32_t spare[8];
	} k;

	if (!dec_fetch(ctx, addr, &k, sizeof(k)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "hashname");
	dec_cstr(ctx, k.hashname);
	emit_field(ctx->e, "otherinfo");
	dec_buf(ctx, k.otherinfo, k.otherinfolen);
	emit_field(ctx->e, "otherinfolen");
	emit_uint(ctx->e, k.otherinfolen);
	key_spare(ctx, k.spare, 8);
	emit_struct_end(ctx->e);
}

/* KEYCTL_DH_COMPUTE(params, buf, buflen, kdf): buf at exit */
static int key_dh_compute(struct dctx *ctx)
{
	if (!ctx->exiting) {
		key_dh_params(ctx, dec_arg(ctx, 1));
		return DEC_MORE;
	}
	key_out_buf(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	dec_ulong(ctx, dec_arg(ctx, 3));
	if (dec_arg(ctx, 4))
		key_kdf_params(ctx, dec_arg(ctx, 4));
	else
		dec_ptr(ctx, 0);
	return DEC_DONE;
}

static void key_pkey_query(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint32_t supported_ops, key_size;
		uint16_t max_data_size, max_sig_size, max_enc_size;
		uint16_t max_dec_size;
		uint32_t spare[10];
	} q;
	static const char *const sizes[] = {
		"max_data_size", "max_sig_size", "max_enc_size", "max_dec_size",
	};
	const uint16_t *sz = &q.max_data_size;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &q, sizeof(q)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "supported_ops");
	fdec_flags_dflt(ctx, &ct_c_keyctl_supports, q.supported_ops,
			"KEYCTL_SUPPORTS_???");
	emit_field(ctx->e, "key_size");
	emit_uint(ctx->e, q.key_size);
	for (int i = 0; i < 4; i++) {
		emit_field(ctx->e, sizes[i]);
		emit_uint(ctx->e, sz[i]);
	}
	key_spare(ctx, q.spare, 10);
	emit_struct_end(ctx->e);
}

/* KEYCTL_PKEY_QUERY(key, reserved, info, query): query at exit */
static int key_pkey_query_cmd(struct dctx *ctx)
{
	if (!ctx->exiting) {
		key_serial(ctx, dec_arg(ctx, 1));
		dec_hex(ctx, dec_arg(ctx, 2));
		dec_cstr(ctx, dec_arg(ctx, 3));
		return DEC_MORE;
	}
	key_pkey_query(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}

/* KEYCTL_PKEY_{ENCRYPT,DECRYPT,SIGN,VERIFY}(params, info, in, out or in2):
 * the lengths come from the params struct; without it the buffers show
 * as addresses.  The output buffer is shown at exit. */
static int key_pkey_op(struct dctx *ctx, uint32_t cmd)
{
	struct {
		int32_t key_id;
		uint32_t in_len;
		uint32_t out_len;
		uint32_t spare[7];
	} p;
	struct sc_call *c = ctx->call;
	bool verify = cmd == KC_PKEY_VERIFY;

	if (ctx->exiting) {
		if (!c->saved[0] || dec_failed(ctx))
			dec_ptr(ctx, dec_arg(ctx, 4));
		else
			dec_buf(ctx, dec_arg(ctx, 4), c->saved[1]);
		return DEC_DONE;
	}
	c->saved[0] = dec_fetch(ctx, dec_arg(ctx, 1), &p, sizeof(p));
	if (c->saved[0]) {
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "key_id");
		key_serial(ctx, (uint64_t)(int64_t)p.key_id);
		emit_field(ctx->e, "in_len");
		emit_uint(ctx->e, p.in_len);
		emit_field(ctx->e, verify ? "in2_len" : "out_len");
		emit_uint(ctx->e, p.out_len);
		key_spare(ctx, p.spare, 7);
		emit_struct_end(ctx->e);
		c->saved[1] = p.out_len;
	}
	dec_cstr(ctx, dec_arg(ctx, 2));
	if (c->saved[0])
		dec_buf(ctx, dec_arg(ctx, 3), p.in_len);
	else
		dec_ptr(ctx, dec_arg(ctx, 3));
	if (!verify)
		return DEC_MORE;
	if (c->saved[0])
		dec_buf(ctx, dec_arg(ctx, 4), p.out_len);
	else
		dec_ptr(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}

/* KEYCTL_CAPABILITIES(buf, buflen): min(rval, buflen) bytes, the first
 * two as flags */
static void key_caps(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	uint64_t n = (uint64_t)ctx->call->rval;
	uint64_t max = fdec_array_max(ctx);
	uint8_t b;

	if (n > len)
		n = len;
	if (dec_failed(ctx) || !addr ||
	    (n && tmem_read(ctx->call->tid, addr, &b, 1))) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < n; i++) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		if (i && tmem_read(ctx->call->tid, addr + i, &b, 1)) {
			fdec_array_fault(ctx, addr + i);
			break;
		}
		if (i == 0)
			fdec_flags_dflt(ctx, &ct_c_keyctl_caps0, b,
					"KEYCTL_CAPS0_???");
		else if (i == 1)
			fdec_flags_dflt(ctx, &ct_c_keyctl_caps1, b,
					"KEYCTL_CAPS1_???");
		else
			emit_hex(ctx->e, b);
	}
	emit_array_end(ctx->e);
}

/* A value with decimal unknowns and a NAME_??? comment. */
static void key_enum_dec(struct dctx *ctx, const struct const_table *t,
			 int32_t v, const char *dflt)
{
	uint64_t x = (uint64_t)(int64_t)v;

	if (consts_name(t, x)) {
		emit_enum(ctx->e, t, x, EMIT_DEC);
		return;
	}
	emit_int(ctx->e, v);
	if (ctx->e->style->xlat != 1)
		emit_comment(ctx->e, dflt);
}

/* Commands whose arguments are all known at entry. */
static void key_entry_args(struct dctx *ctx, uint32_t cmd)
{
	uint64_t a2 = dec_arg(ctx, 1), a3 = dec_arg(ctx, 2);
	uint64_t a4 = dec_arg(ctx, 3), a5 = dec_arg(ctx, 4);

	switch (cmd) {
	case KC_GET_KEYRING_ID:
		key_serial(ctx, a2);
		dec_int(ctx, a3);
		break;
	case KC_JOIN_SESSION_KEYRING:
		dec_cstr(ctx, a2);
		break;
	case KC_UPDATE:
		key_serial(ctx, a2);
		dec_buf(ctx, a3, a4);
		dec_ulong(ctx, a4);
		break;
	case KC_REVOKE:
	case KC_CLEAR:
	case KC_ASSUME_AUTHORITY:
	case KC_INVALIDATE:
		key_serial(ctx, a2);
		break;
	case KC_CHOWN:
		key_serial(ctx, a2);
		key_id(ctx, a3);
		key_id(ctx, a4);
		break;
	case KC_SETPERM:
		key_serial(ctx, a2);
		fdec_flags_dflt(ctx, &ct_c_key_perms, (uint32_t)a3, "KEY_???");
		break;
	case KC_LINK:
	case KC_UNLINK:
		key_serial(ctx, a2);
		key_serial(ctx, a3);
		break;
	case KC_SEARCH:
		key_serial(ctx, a2);
		dec_cstr(ctx, a3);
		dec_cstr(ctx, a4);
		key_serial(ctx, a5);
		break;
	case KC_INSTANTIATE:
		key_serial(ctx, a2);
		dec_buf(ctx, a3, a4);
		dec_ulong(ctx, a4);
		key_serial(ctx, a5);
		break;
	case KC_INSTANTIATE_IOV:
		key_serial(ctx, a2);
		fdec_iov(ctx, a3, a4, true, UINT64_MAX);
		dec_ulong(ctx, a4);
		key_serial(ctx, a5);
		break;
	case KC_NEGATE:
		key_serial(ctx, a2);
		dec_uint(ctx, a3);
		key_serial(ctx, a4);
		break;
	case KC_REJECT:
		key_serial(ctx, a2);
		dec_uint(ctx, a3);
		emit_enum(ctx->e, &ct_errnos, (uint32_t)a4, EMIT_DEC);
		key_serial(ctx, a5);
		break;
	case KC_SET_REQKEY_KEYRING:
		key_enum_dec(ctx, &ct_c_key_reqkey_defl, (int32_t)a2,
			     "KEY_REQKEY_DEFL_???");
		break;
	case KC_SET_TIMEOUT:
		key_serial(ctx, a2);
		dec_uint(ctx, a3);
		break;
	case KC_GET_PERSISTENT:
		key_id(ctx, a2);
		key_serial(ctx, a3);
		break;
	case KC_RESTRICT_KEYRING:
		key_serial(ctx, a2);
		dec_cstr(ctx, a3);
		dec_cstr(ctx, a4);
		break;
	case KC_MOVE:
		key_serial(ctx, a2);
		key_serial(ctx, a3);
		key_serial(ctx, a4);
		fdec_flags_dflt(ctx, &ct_c_keyctl_move_flags, (uint32_t)a5,
				"KEYCTL_MOVE_???");
		break;
	case KC_SESSION_TO_PARENT:
		break;
	default:
		for (int i = 1; i < 5; i++)
			dec_hex(ctx, dec_arg(ctx, i));
		break;
	}
}

static int dec_keyctl(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 0);

	if (!ctx->exiting)
		fdec_enum_dflt(ctx, &ct_c_keyctl_cmds, cmd, "KEYCTL_???");
	switch (cmd) {
	case KC_DESCRIBE:
	case KC_READ:
	case KC_GET_SECURITY:
		/* (key, buf, buflen): buf at exit */
		if (!ctx->exiting) {
			key_serial(ctx, dec_arg(ctx, 1));
			return DEC_MORE;
		}
		key_out_buf(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
		dec_ulong(ctx, dec_arg(ctx, 3));
		return DEC_DONE;
	case KC_DH_COMPUTE:
		return key_dh_compute(ctx);
	case KC_PKEY_QUERY:
		return key_pkey_query_cmd(ctx);
	case KC_PKEY_ENCRYPT:
	case KC_PKEY_DECRYPT:
	case KC_PKEY_SIGN:
	case KC_PKEY_VERIFY:
		return key_pkey_op(ctx, cmd);
	case KC_CAPABILITIES:
		if (!ctx->exiting)
			return DEC_MORE;
		key_caps(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
		dec_ulong(ctx, dec_arg(ctx, 2));
		return DEC_DONE;
	}
	key_entry_args(ctx, cmd);
	return DEC_DONE;
}
DECODER_ANY_PERS(keyctl, dec_keyctl);
