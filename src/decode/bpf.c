/* Decoder for bpf(2): the command and its attribute union, field group by
 * field group as far as the size argument reaches, for the map, object
 * pin/get, program load and attach/detach commands; others show the
 * address. */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/bpf.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* strace looks at no more than a page of the attribute */
#define ATTR_MAX 4096

/* The attribute bytes (zero past size) and the size the caller gave. */
struct battr {
	unsigned char b[ATTR_MAX];
	uint32_t size;
};

static uint32_t a_u32(const struct battr *a, unsigned int off)
{
	uint32_t v;

	memcpy(&v, a->b + off, sizeof(v));
	return v;
}

static uint64_t a_u64(const struct battr *a, unsigned int off)
{
	uint64_t v;

	memcpy(&v, a->b + off, sizeof(v));
	return v;
}

/* Whether the group of fields starting at off was passed at all. */
static bool a_has(const struct battr *a, unsigned int off)
{
	return a->size > off;
}

static void f_uint(struct dctx *ctx, const struct battr *a, const char *name,
		   unsigned int off)
{
	emit_field(ctx->e, name);
	emit_uint(ctx->e, a_u32(a, off));
}

static void f_ifindex(struct dctx *ctx, const struct battr *a,
		      const char *name, unsigned int off)
{
	emit_field(ctx->e, name);
	ndec_ifindex(ctx, a_u32(a, off));
}

static void f_fd(struct dctx *ctx, const struct battr *a, const char *name,
		 unsigned int off)
{
	emit_field(ctx->e, name);
	dec_fd(ctx, (uint64_t)(int64_t)(int32_t)a_u32(a, off));
}

static void f_ptr(struct dctx *ctx, const struct battr *a, const char *name,
		  unsigned int off)
{
	emit_field(ctx->e, name);
	emit_addr(ctx->e, a_u64(a, off));
}

static void f_flags(struct dctx *ctx, const struct battr *a, const char *name,
		    unsigned int off, const struct const_table *t)
{
	emit_field(ctx->e, name);
	fdec_flags_dflt(ctx, t, a_u32(a, off), "BPF_F_???");
}

static void f_enum(struct dctx *ctx, const struct battr *a, const char *name,
		   unsigned int off, const struct const_table *t,
		   const char *dflt)
{
	emit_field(ctx->e, name);
	fdec_enum_dflt(ctx, t, a_u32(a, off), dflt);
}

/* A char[16] name, as far as the size reaches: up to its NUL, or all but
 * the last byte passed and "..." when it has none. */
static void f_name(struct dctx *ctx, const struct battr *a, const char *name,
		   unsigned int off)
{
	const unsigned char *s = a->b + off;
	size_t room = a->size - off < 16 ? a->size - off : 16;
	size_t len = strnlen((const char *)s, room);

	emit_field(ctx->e, name);
	if (len < room)
		emit_str(ctx->e, s, len, 0);
	else
		emit_str(ctx->e, s, room - 1, EMIT_STR_TRUNCATED);
}

/* Bytes from end to size past the fields known: "..." or, under -v,
 * extra_data with all of them in hex and their range. */
static void a_extra(struct dctx *ctx, const struct battr *a, unsigned int end)
{
	char text[48];
	unsigned int i;

	for (i = end; i < a->size && !a->b[i]; i++)
		;
	if (i >= a->size)
		return;
	if (!ctx->opt->verbose) {
		emit_more(ctx->e);
		return;
	}
	emit_field(ctx->e, "extra_data");
	emit_str(ctx->e, a->b + end, a->size - end, EMIT_STR_HEX);
	snprintf(text, sizeof(text), "bytes %u..%u", end, a->size - 1);
	emit_comment(ctx->e, text);
}

/* ---- BPF_MAP_CREATE ---- */

static void map_create(struct dctx *ctx, const struct battr *a)
{
	uint32_t flags = a_u32(a, 16);

	f_enum(ctx, a, "map_type", 0, &ct_c_bpf_map_types,
	       "BPF_MAP_TYPE_???");
	f_uint(ctx, a, "key_size", 4);
	f_uint(ctx, a, "value_size", 8);
	f_uint(ctx, a, "max_entries", 12);
	if (a_has(a, 16))
		f_flags(ctx, a, "map_flags", 16, &ct_c_bpf_map_flags);
	if (a_has(a, 20)) {
		f_fd(ctx, a, "inner_map_fd", 20);
		if (flags & 0x4) /* BPF_F_NUMA_NODE */
			f_uint(ctx, a, "numa_node", 24);
	}
	if (a_has(a, 28))
		f_name(ctx, a, "map_name", 28);
	if (a_has(a, 44))
		f_ifindex(ctx, a, "map_ifindex", 44);
	if (a_has(a, 48)) {
		f_fd(ctx, a, "btf_fd", 48);
		f_uint(ctx, a, "btf_key_type_id", 52);
		f_uint(ctx, a, "btf_value_type_id", 56);
	}
	if (a_has(a, 60))
		f_uint(ctx, a, "btf_vmlinux_value_type_id", 60);
	if (a_has(a, 64)) {
		emit_field(ctx->e, "map_extra");
		emit_uint(ctx->e, a_u64(a, 64));
	}
	a_extra(ctx, a, 72);
}

/* ---- map element commands ---- */

static void map_elem_flags(struct dctx *ctx, const struct battr *a)
{
	emit_field(ctx->e, "flags");
	fdec_enum_dflt(ctx, &ct_c_bpf_elem_flags, a_u64(a, 24), "BPF_???");
}

static void map_fd_key(struct dctx *ctx, const struct battr *a)
{
	f_fd(ctx, a, "map_fd", 0);
	f_ptr(ctx, a, "key", 8);
}

/* Lookup takes only BPF_F_LOCK, shown as flags (0 is BPF_ANY). */
static void map_lookup_flags(struct dctx *ctx, const struct battr *a)
{
	uint64_t v = a_u64(a, 24);

	emit_field(ctx->e, "flags");
	if (v == 0)
		fdec_enum_dflt(ctx, &ct_c_bpf_elem_flags, v, "BPF_???");
	else
		fdec_flags_dflt(ctx, &ct_c_bpf_lookup_flags, v, "BPF_???");
}

static void map_lookup(struct dctx *ctx, const struct battr *a)
{
	map_fd_key(ctx, a);
	f_ptr(ctx, a, "value", 16);
	if (a_has(a, 24))
		map_lookup_flags(ctx, a);
	a_extra(ctx, a, 32);
}

static void map_update(struct dctx *ctx, const struct battr *a)
{
	map_fd_key(ctx, a);
	f_ptr(ctx, a, "value", 16);
	map_elem_flags(ctx, a);
	a_extra(ctx, a, 32);
}

static void map_delete(struct dctx *ctx, const struct battr *a)
{
	map_fd_key(ctx, a);
	a_extra(ctx, a, 16);
}

static void map_next_key(struct dctx *ctx, const struct battr *a)
{
	map_fd_key(ctx, a);
	f_ptr(ctx, a, "next_key", 16);
	a_extra(ctx, a, 24);
}

/* ---- BPF_OBJ_PIN, BPF_OBJ_GET ---- */

static void obj_pin_get(struct dctx *ctx, const struct battr *a)
{
	emit_field(ctx->e, "pathname");
	dec_path(ctx, a_u64(a, 0));
	f_fd(ctx, a, "bpf_fd", 8);
	if (a_has(a, 12))
		f_flags(ctx, a, "file_flags", 12, &ct_c_bpf_file_flags);
	a_extra(ctx, a, 16);
}

/* ---- BPF_PROG_LOAD ---- */

void bpfdec_op_part(struct dctx *ctx, const struct const_table *t,
		    uint32_t v)
{
	emit_join(ctx->e, "|");
	fdec_enum_dflt(ctx, t, v, "BPF_???");
}

void bpfdec_op_rest(struct dctx *ctx, uint32_t rest)
{
	if (!rest)
		return;
	emit_join(ctx->e, "|");
	emit_hex(ctx->e, rest);
	emit_comment(ctx->e, "BPF_???");
}

/* class|size|mode for loads and stores, class|src|op for ALU and jumps */
static void insn_code(struct dctx *ctx, uint8_t code)
{
	uint32_t cls = code & 7;

	fdec_enum_dflt(ctx, &ct_c_ebpf_class, cls, "BPF_???");
	switch (cls) {
	case 0: case 1: case 2: case 3: /* LD, LDX, ST, STX */
		bpfdec_op_part(ctx, &ct_c_bpf_size, code & 0x18);
		bpfdec_op_part(ctx, &ct_c_bpf_mode, code & 0xe0);
		break;
	case 4: case 7: /* ALU, ALU64 */
		bpfdec_op_part(ctx, &ct_c_bpf_src, code & 0x08);
		bpfdec_op_part(ctx, &ct_c_ebpf_alu_ops, code & 0xf0);
		break;
	case 5: /* JMP */
		bpfdec_op_part(ctx, &ct_c_bpf_src, code & 0x08);
		bpfdec_op_part(ctx, &ct_c_ebpf_jmp_ops, code & 0xf0);
		break;
	default: /* JMP32 */
		bpfdec_op_rest(ctx, code & ~7u);
		break;
	}
}

struct ebpf_insn {
	uint8_t code;
	uint8_t regs; /* dst in the low nibble, src in the high */
	int16_t off;
	int32_t imm;
};

static bool prog_insn(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	const struct ebpf_insn *in = elem;

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "code");
	insn_code(ctx, in->code);
	emit_field(ctx->e, "dst_reg");
	fdec_enum_dflt(ctx, &ct_c_ebpf_regs, in->regs & 0xf, "BPF_REG_???");
	emit_field(ctx->e, "src_reg");
	fdec_enum_dflt(ctx, &ct_c_ebpf_regs, in->regs >> 4, "BPF_REG_???");
	emit_field(ctx->e, "off");
	emit_int(ctx->e, in->off);
	emit_field(ctx->e, "imm");
	emit_hex(ctx->e, (uint32_t)in->imm);
	emit_struct_end(ctx->e);
	return true;
}

/* The instructions: their address, the array itself under -v. */
static void prog_insns(struct dctx *ctx, const struct battr *a)
{
	emit_field(ctx->e, "insns");
	if (ctx->opt->verbose)
		ndec_array(ctx, a_u64(a, 8), a_u32(a, 4),
			   sizeof(struct ebpf_insn), prog_insn, NULL);
	else
		emit_addr(ctx->e, a_u64(a, 8));
}

/* The verifier log: a string of at most log_size bytes, up to its NUL. */
static void prog_log_buf(struct dctx *ctx, uint64_t addr, uint32_t size)
{
	unsigned int max = ctx->opt->strsize;
	unsigned char buf[ATTR_MAX + 1];
	size_t want = size < (uint64_t)max + 1 ? size : (size_t)max + 1;
	const unsigned char *nul;
	long got;

	if (!addr) {
		emit_addr(ctx->e, 0);
		return;
	}
	if (want > sizeof(buf))
		want = sizeof(buf);
	got = want ? tmem_read_partial(ctx->call->tid, addr, buf, want) : 0;
	if (got < 0) {
		emit_addr(ctx->e, addr);
		return;
	}
	nul = memchr(buf, 0, (size_t)got);
	if (nul && (size_t)(nul - buf) <= max) {
		emit_str(ctx->e, buf, (size_t)(nul - buf), 0);
		return;
	}
	if ((size_t)got > max)
		got = max;
	emit_str(ctx->e, buf, (size_t)got, size ? EMIT_STR_TRUNCATED : 0);
}

static void prog_kern_version(struct dctx *ctx, uint32_t v)
{
	char text[64];

	snprintf(text, sizeof(text), "KERNEL_VERSION(%u, %u, %u)", v >> 16,
		 (v >> 8) & 0xff, v & 0xff);
	emit_field(ctx->e, "kern_version");
	if (ctx->e->style->xlat) {
		emit_hex(ctx->e, v);
		if (ctx->e->style->xlat == 2)
			emit_comment(ctx->e, text);
		return;
	}
	emit_call_begin(ctx->e, "KERNEL_VERSION");
	emit_uint(ctx->e, v >> 16);
	emit_uint(ctx->e, (v >> 8) & 0xff);
	emit_uint(ctx->e, v & 0xff);
	emit_call_end(ctx->e);
}

static void prog_btf_info(struct dctx *ctx, const struct battr *a)
{
	f_fd(ctx, a, "prog_btf_fd", 72);
	f_uint(ctx, a, "func_info_rec_size", 76);
	f_ptr(ctx, a, "func_info", 80);
	f_uint(ctx, a, "func_info_cnt", 88);
	f_uint(ctx, a, "line_info_rec_size", 92);
	f_ptr(ctx, a, "line_info", 96);
	f_uint(ctx, a, "line_info_cnt", 104);
}

static void prog_load_tail(struct dctx *ctx, const struct battr *a)
{
	if (a_has(a, 64))
		f_ifindex(ctx, a, "prog_ifindex", 64);
	if (a_has(a, 68))
		f_enum(ctx, a, "expected_attach_type", 68,
		       &ct_c_bpf_attach_types, "BPF_???");
	if (a_has(a, 72))
		prog_btf_info(ctx, a);
	if (a_has(a, 108))
		f_uint(ctx, a, "attach_btf_id", 108);
	if (a_has(a, 112))
		f_fd(ctx, a, "attach_prog_fd", 112);
	if (a_has(a, 120))
		f_ptr(ctx, a, "fd_array", 120);
	a_extra(ctx, a, 128);
}

static void prog_load(struct dctx *ctx, const struct battr *a)
{
	f_enum(ctx, a, "prog_type", 0, &ct_c_bpf_prog_types,
	       "BPF_PROG_TYPE_???");
	f_uint(ctx, a, "insn_cnt", 4);
	prog_insns(ctx, a);
	emit_field(ctx->e, "license");
	dec_cstr(ctx, a_u64(a, 16));
	if (a_has(a, 24)) {
		f_uint(ctx, a, "log_level", 24);
		f_uint(ctx, a, "log_size", 28);
		emit_field(ctx->e, "log_buf");
		prog_log_buf(ctx, a_u64(a, 32), a_u32(a, 28));
	}
	if (a_has(a, 40))
		prog_kern_version(ctx, a_u32(a, 40));
	if (a_has(a, 44))
		f_flags(ctx, a, "prog_flags", 44, &ct_c_bpf_prog_flags);
	if (a_has(a, 48))
		f_name(ctx, a, "prog_name", 48);
	prog_load_tail(ctx, a);
}

/* ---- BPF_PROG_ATTACH, BPF_PROG_DETACH ---- */

static void prog_attach(struct dctx *ctx, const struct battr *a)
{
	f_fd(ctx, a, "target_fd", 0);
	f_fd(ctx, a, "attach_bpf_fd", 4);
	f_enum(ctx, a, "attach_type", 8, &ct_c_bpf_attach_types, "BPF_???");
	f_flags(ctx, a, "attach_flags", 12, &ct_c_bpf_attach_flags);
	if (a_has(a, 16))
		f_fd(ctx, a, "replace_bpf_fd", 16);
	a_extra(ctx, a, 20);
}

static void prog_detach(struct dctx *ctx, const struct battr *a)
{
	f_fd(ctx, a, "target_fd", 0);
	f_enum(ctx, a, "attach_type", 8, &ct_c_bpf_attach_types, "BPF_???");
	a_extra(ctx, a, 12);
}

/* ---- the call ---- */

typedef void (*attr_fn)(struct dctx *ctx, const struct battr *a);

static attr_fn attr_decoder(uint64_t cmd)
{
	switch (cmd) {
	case 0: return map_create;
	case 1: return map_lookup;
	case 2: return map_update;
	case 3: return map_delete;
	case 4: return map_next_key;
	case 5: return prog_load;
	case 6: /* BPF_OBJ_PIN */
	case 7: return obj_pin_get; /* BPF_OBJ_GET */
	case 8: return prog_attach;
	case 9: return prog_detach;
	default: return NULL;
	}
}

static void bpf_attr(struct dctx *ctx, uint64_t cmd, uint64_t addr,
		     uint32_t size)
{
	static struct battr a;
	attr_fn fn = attr_decoder(cmd);

	if (!fn || size == 0 || size > ATTR_MAX) {
		dec_ptr(ctx, addr);
		return;
	}
	memset(&a, 0, sizeof(a));
	a.size = size;
	if (!dec_fetch(ctx, addr, a.b, size))
		return;
	emit_struct_begin(ctx->e);
	fn(ctx, &a);
	emit_struct_end(ctx->e);
}

static int dec_bpf(struct dctx *ctx)
{
	uint64_t cmd = (uint32_t)dec_arg(ctx, 0);

	fdec_enum_dflt(ctx, &ct_c_bpf_cmds, cmd, "BPF_???");
	/* map create, program load and object get return a descriptor */
	if (cmd == 0 || cmd == 5 || cmd == 7)
		ctx->call->ret_fmt = RET_FD;
	bpf_attr(ctx, cmd, dec_arg(ctx, 1), (uint32_t)dec_arg(ctx, 2));
	dec_uint(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(bpf, dec_bpf);
