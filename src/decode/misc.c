/* Decoders for the remaining system calls of the time/net/creds family
 * split: syslog, reboot, seccomp, perf_event_open, add_key and keyctl,
 * each at the depth strace shows by default (bpf(2) has its own file,
 * bpf.c, and the io_uring calls uring.c). */
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
	int type = (int)dec_arg(ctx, 0);
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
			return DEC_DONE;
		case SL_CONSOLE_LEVEL:
			dec_int(ctx, dec_arg(ctx, 2));
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
DECODER(syslog, dec_syslog);

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
DECODER(reboot, dec_reboot);

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
	if ((in->code & 7) == 6)
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

/* struct sock_fprog: the program itself only under -v, as strace */
static void seccomp_fprog(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint16_t len;
		uint16_t pad[3];
		uint64_t filter;
	} p;

	if (!dec_fetch(ctx, addr, &p, sizeof(p)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "len");
	emit_uint(ctx->e, p.len);
	emit_field(ctx->e, "filter");
	if (ctx->opt->verbose)
		ndec_array(ctx, p.filter, p.len, sizeof(struct sock_insn),
			   bpf_insn, NULL);
	else
		dec_ptr(ctx, p.filter);
	emit_struct_end(ctx->e);
}

static int dec_seccomp(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 0);
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);
	uint32_t action;

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
	default:
		dec_hex(ctx, flags);
		dec_ptr(ctx, dec_arg(ctx, 2));
		break;
	}
	return DEC_DONE;
}
DECODER(seccomp, dec_seccomp);

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
	if (sample_type & (1u << 11))
		perf_u(ctx, a, "branch_sample_type", 72, 8, true);
	if (size < 96)
		return;
	perf_u(ctx, a, "sample_regs_user", 80, 8, true);
	if (sample_type & (1u << 13))
		perf_u(ctx, a, "sample_stack_user", 88, 4, false);
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
	if (size < 120)
		return;
	perf_u(ctx, a, "aux_sample_size", 112, 4, false);
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
	dec_int(ctx, dec_arg(ctx, 1));
	dec_int(ctx, dec_arg(ctx, 2));
	dec_fd(ctx, dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_c_perf_flags, dec_arg(ctx, 4),
			"PERF_FLAG_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER(perf_event_open, dec_perf_event_open);

/* ---- keys ---- */

static void key_serial(struct dctx *ctx, uint64_t v)
{
	int32_t id = (int32_t)v;

	if (consts_name(&ct_c_key_spec, (uint64_t)(int64_t)id))
		emit_enum(ctx->e, &ct_c_key_spec, (uint64_t)(int64_t)id,
			  EMIT_DEC);
	else
		emit_int(ctx->e, id);
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
DECODER(add_key, dec_add_key);

static int dec_keyctl(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 0);

	fdec_enum_dflt(ctx, &ct_c_keyctl_cmds, cmd, "KEYCTL_???");
	switch (cmd) {
	case 0: /* GET_KEYRING_ID: key, create */
		key_serial(ctx, dec_arg(ctx, 1));
		dec_int(ctx, dec_arg(ctx, 2));
		break;
	case 1: /* JOIN_SESSION_KEYRING: name */
		dec_cstr(ctx, dec_arg(ctx, 1));
		break;
	case 3: /* REVOKE */
	case 7: /* CLEAR */
	case 21: /* INVALIDATE */
		key_serial(ctx, dec_arg(ctx, 1));
		break;
	case 8: /* LINK */
	case 9: /* UNLINK */
		key_serial(ctx, dec_arg(ctx, 1));
		key_serial(ctx, dec_arg(ctx, 2));
		break;
	case 18: /* SESSION_TO_PARENT */
		break;
	default:
		for (int i = 1; i < 5; i++)
			dec_hex(ctx, dec_arg(ctx, i));
		break;
	}
	return DEC_DONE;
}
DECODER(keyctl, dec_keyctl);
