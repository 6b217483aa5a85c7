/* Decoder for bpf(2): the command and its attribute union, field group by
 * field group as far as the size argument reaches, for every command
 * strace 6.1 decodes (maps, programs, objects, attach/detach, test runs,
 * ids, object info, queries, BTF, batches, links); others show the
 * address. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* ---- commands described by field tables ---- */

enum bf_kind {
	BF_U32, BF_FD, BF_PTR, BF_HEX32, BF_HEX64, BF_FLAGS, BF_ENUM,
	BF_CSTR, BF_ELEM_FLAGS,
	BF_GROUP, /* the fields from here on exist only past this offset */
};

struct bfield {
	const char *name;
	unsigned short off;
	unsigned char kind;
	const struct const_table *t;
	const char *dflt;
};

#define F(n, o, k) { n, o, k, NULL, NULL }
#define FT(n, o, k, t, d) { n, o, k, t, d }
#define GROUP(o) { NULL, o, BF_GROUP, NULL, NULL }

/* A command's attribute: its fields, optionally inside a named union
 * member ("test={...}"), and where the known fields end. */
struct bcmd {
	const char *wrap;
	const struct bfield *f;
	unsigned int n;
	unsigned int end;
};

#define CMD(w, f, e) { w, f, sizeof(f) / sizeof(f[0]), e }

static void elem_flags64(struct dctx *ctx, uint64_t v)
{
	if (v == 0)
		fdec_enum_dflt(ctx, &ct_c_bpf_elem_flags, v, "BPF_???");
	else
		fdec_flags_dflt(ctx, &ct_c_bpf_lookup_flags, v, "BPF_???");
}

static void bfield_show(struct dctx *ctx, const struct battr *a,
			const struct bfield *f)
{
	uint32_t v = a_u32(a, f->off);

	emit_field(ctx->e, f->name);
	switch (f->kind) {
	case BF_U32:
		emit_uint(ctx->e, v);
		break;
	case BF_FD:
		dec_fd(ctx, (uint64_t)(int64_t)(int32_t)v);
		break;
	case BF_PTR:
		emit_addr(ctx->e, a_u64(a, f->off));
		break;
	case BF_HEX32:
		emit_hex(ctx->e, v);
		break;
	case BF_HEX64:
		emit_hex(ctx->e, a_u64(a, f->off));
		break;
	case BF_FLAGS:
		fdec_flags_dflt(ctx, f->t, v, f->dflt);
		break;
	case BF_ENUM:
		fdec_enum_dflt(ctx, f->t, v, f->dflt);
		break;
	case BF_CSTR:
		dec_cstr(ctx, a_u64(a, f->off));
		break;
	case BF_ELEM_FLAGS:
		elem_flags64(ctx, a_u64(a, f->off));
		break;
	}
}

/* The fields of n, group by group as far as the size reaches; false
 * when a group was cut off. */
static bool bfields(struct dctx *ctx, const struct battr *a,
		    const struct bfield *f, unsigned int n)
{
	for (unsigned int i = 0; i < n; i++) {
		if (f[i].kind == BF_GROUP) {
			if (!a_has(a, f[i].off))
				return false;
			continue;
		}
		bfield_show(ctx, a, &f[i]);
	}
	return true;
}

static void wrap_begin(struct dctx *ctx, const char *wrap)
{
	if (!wrap)
		return;
	emit_field(ctx->e, wrap);
	emit_struct_begin(ctx->e);
}

static void wrap_end(struct dctx *ctx, const char *wrap)
{
	if (wrap)
		emit_struct_end(ctx->e);
}

static void bcmd_show(struct dctx *ctx, const struct battr *a,
		      const struct bcmd *c)
{
	wrap_begin(ctx, c->wrap);
	bfields(ctx, a, c->f, c->n);
	wrap_end(ctx, c->wrap);
	a_extra(ctx, a, c->end);
}

static const struct bfield test_run_f[] = {
	F("prog_fd", 0, BF_FD), F("retval", 4, BF_U32),
	F("data_size_in", 8, BF_U32), F("data_size_out", 12, BF_U32),
	F("data_in", 16, BF_PTR), F("data_out", 24, BF_PTR),
	F("repeat", 32, BF_U32), F("duration", 36, BF_U32),
	GROUP(40),
	F("ctx_size_in", 40, BF_U32), F("ctx_size_out", 44, BF_U32),
	F("ctx_in", 48, BF_PTR), F("ctx_out", 56, BF_PTR),
	GROUP(64),
	FT("flags", 64, BF_FLAGS, &ct_c_bpf_test_run_flags, "BPF_F_???"),
	F("cpu", 68, BF_U32),
	GROUP(72),
	F("batch_size", 72, BF_U32),
};

#define NEXT_ID_F(first) {                                              \
	F(first, 0, BF_U32), F("next_id", 4, BF_U32), GROUP(8),         \
	FT("open_flags", 8, BF_FLAGS, &ct_c_bpf_file_flags, "BPF_F_???"), \
}
static const struct bfield next_id_f[] = NEXT_ID_F("start_id");
static const struct bfield prog_id_f[] = NEXT_ID_F("prog_id");
static const struct bfield map_id_f[] = NEXT_ID_F("map_id");
static const struct bfield btf_id_f[] = { F("btf_id", 0, BF_U32) };
static const struct bfield link_id_f[] = { F("link_id", 0, BF_U32) };
static const struct bfield map_fd_f[] = { F("map_fd", 0, BF_FD) };

static const struct bfield raw_tp_f[] = {
	F("name", 0, BF_CSTR), F("prog_fd", 8, BF_FD),
};

static const struct bfield lookup_del_f[] = {
	F("map_fd", 0, BF_FD), F("key", 8, BF_PTR), F("value", 16, BF_PTR),
	GROUP(24), F("flags", 24, BF_ELEM_FLAGS),
};

#define BATCH_TAIL                                                       \
	F("count", 32, BF_U32), F("map_fd", 36, BF_FD),                  \
	F("elem_flags", 40, BF_ELEM_FLAGS), F("flags", 48, BF_HEX64)
static const struct bfield lookup_batch_f[] = {
	F("in_batch", 0, BF_PTR), F("out_batch", 8, BF_PTR),
	F("keys", 16, BF_PTR), F("values", 24, BF_PTR), BATCH_TAIL,
};
static const struct bfield update_batch_f[] = {
	F("keys", 16, BF_PTR), F("values", 24, BF_PTR), BATCH_TAIL,
};
static const struct bfield delete_batch_f[] = {
	F("keys", 16, BF_PTR), BATCH_TAIL,
};

static const struct bcmd cmd_test_run = CMD("test", test_run_f, 76);
static const struct bcmd cmd_next_id = CMD(NULL, next_id_f, 12);
static const struct bcmd cmd_prog_id = CMD(NULL, prog_id_f, 12);
static const struct bcmd cmd_map_id = CMD(NULL, map_id_f, 12);
static const struct bcmd cmd_btf_id = CMD(NULL, btf_id_f, 4);
static const struct bcmd cmd_link_id = CMD(NULL, link_id_f, 4);
static const struct bcmd cmd_freeze = CMD(NULL, map_fd_f, 4);
static const struct bcmd cmd_raw_tp = CMD("raw_tracepoint", raw_tp_f, 12);
static const struct bcmd cmd_lookup_del = CMD(NULL, lookup_del_f, 32);
static const struct bcmd cmd_lookup_batch = CMD("batch", lookup_batch_f, 56);
static const struct bcmd cmd_update_batch = CMD("batch", update_batch_f, 56);
static const struct bcmd cmd_delete_batch = CMD("batch", delete_batch_f, 56);

/* ---- BPF_BTF_LOAD ---- */

static void btf_load(struct dctx *ctx, const struct battr *a)
{
	uint32_t size = a_u32(a, 16);

	emit_field(ctx->e, "btf");
	if (size)
		dec_buf(ctx, a_u64(a, 0), size);
	else
		emit_str(ctx->e, "", 0, 0);
	f_ptr(ctx, a, "btf_log_buf", 8);
	f_uint(ctx, a, "btf_size", 16);
	f_uint(ctx, a, "btf_log_size", 20);
	f_uint(ctx, a, "btf_log_level", 24);
	a_extra(ctx, a, 28);
}

/* ---- BPF_TASK_FD_QUERY ---- */

static void task_fd_query(struct dctx *ctx, const struct battr *a)
{
	wrap_begin(ctx, "task_fd_query");
	emit_field(ctx->e, "pid");
	dec_pid(ctx, a_u32(a, 0));
	f_fd(ctx, a, "fd", 4);
	f_uint(ctx, a, "flags", 8);
	f_uint(ctx, a, "buf_len", 12);
	emit_field(ctx->e, "buf");
	prog_log_buf(ctx, a_u64(a, 16), a_u32(a, 12));
	f_uint(ctx, a, "prog_id", 24);
	f_enum(ctx, a, "fd_type", 28, &ct_c_bpf_fd_types,
	       "BPF_FD_TYPE_???");
	emit_field(ctx->e, "probe_offset");
	emit_hex(ctx->e, a_u64(a, 32));
	emit_field(ctx->e, "probe_addr");
	emit_hex(ctx->e, a_u64(a, 40));
	wrap_end(ctx, "task_fd_query");
	a_extra(ctx, a, 48);
}

/* ---- BPF_LINK_CREATE, BPF_LINK_UPDATE ---- */

enum {
	ATTACH_CGROUP_INET_INGRESS = 0, ATTACH_TRACE_ITER = 28,
	ATTACH_PERF_EVENT = 41, ATTACH_TRACE_KPROBE_MULTI = 42,
};

/* The union after the common fields, for the attach types strace
 * decodes it for; returns where the known fields end. */
static unsigned int link_create_tail(struct dctx *ctx, const struct battr *a)
{
	switch (a_u32(a, 8)) {
	case ATTACH_CGROUP_INET_INGRESS:
		if (a_u32(a, 16))
			f_uint(ctx, a, "target_btf_id", 16);
		return 20;
	case ATTACH_TRACE_ITER:
		f_ptr(ctx, a, "iter_info", 16);
		f_uint(ctx, a, "iter_info_len", 24);
		return 28;
	case ATTACH_PERF_EVENT:
		emit_field(ctx->e, "perf_event");
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "bpf_cookie");
		emit_hex(ctx->e, a_u64(a, 16));
		emit_struct_end(ctx->e);
		return 24;
	case ATTACH_TRACE_KPROBE_MULTI:
		emit_field(ctx->e, "kprobe_multi");
		emit_struct_begin(ctx->e);
		f_flags(ctx, a, "flags", 16, &ct_c_bpf_kprobe_multi_flags);
		f_uint(ctx, a, "cnt", 20);
		f_ptr(ctx, a, "syms", 24);
		f_ptr(ctx, a, "addrs", 32);
		f_ptr(ctx, a, "cookies", 40);
		emit_struct_end(ctx->e);
		return 48;
	default:
		return 16;
	}
}

static void link_create(struct dctx *ctx, const struct battr *a)
{
	unsigned int end;

	wrap_begin(ctx, "link_create");
	f_fd(ctx, a, "prog_fd", 0);
	f_fd(ctx, a, "target_fd", 4);
	f_enum(ctx, a, "attach_type", 8, &ct_c_bpf_attach_types, "BPF_???");
	emit_field(ctx->e, "flags");
	emit_hex(ctx->e, a_u32(a, 12));
	end = link_create_tail(ctx, a);
	wrap_end(ctx, "link_create");
	a_extra(ctx, a, end);
}

static void link_update(struct dctx *ctx, const struct battr *a)
{
	bool replace = a_u32(a, 8) & 0x4; /* BPF_F_REPLACE */

	wrap_begin(ctx, "link_update");
	f_fd(ctx, a, "link_fd", 0);
	f_fd(ctx, a, "new_prog_fd", 4);
	f_flags(ctx, a, "flags", 8, &ct_c_bpf_attach_flags);
	if (replace)
		f_fd(ctx, a, "old_prog_fd", 12);
	wrap_end(ctx, "link_update");
	a_extra(ctx, a, 16);
}

/* ---- BPF_PROG_QUERY: shown at exit, with the ids the kernel stored ---- */

static bool u32_elem(struct dctx *ctx, const void *elem, size_t size,
		     void *data)
{
	uint32_t v;

	memcpy(&v, elem, sizeof(v));
	emit_uint(ctx->e, v);
	return true;
}

static void prog_query(struct dctx *ctx, const struct battr *a)
{
	uint32_t cnt = a_u32(a, 24);

	wrap_begin(ctx, "query");
	f_fd(ctx, a, "target_fd", 0);
	f_enum(ctx, a, "attach_type", 4, &ct_c_bpf_attach_types, "BPF_???");
	emit_field(ctx->e, "query_flags");
	fdec_flags_dflt(ctx, &ct_c_bpf_query_flags, a_u32(a, 8),
			"BPF_F_QUERY_???");
	f_flags(ctx, a, "attach_flags", 12, &ct_c_bpf_attach_flags);
	emit_field(ctx->e, "prog_ids");
	if (dec_failed(ctx) && cnt)
		dec_ptr(ctx, a_u64(a, 16));
	else
		ndec_array(ctx, a_u64(a, 16), cnt, 4, u32_elem, NULL);
	f_uint(ctx, a, "prog_cnt", 24);
	wrap_end(ctx, "query");
	a_extra(ctx, a, 28);
}

/* ---- BPF_OBJ_GET_INFO_BY_FD ---- */

#define MAP_INFO_SIZE 80 /* struct bpf_map_info as far as strace knows it */
#define MAP_INFO_END 88	 /* where its extra_data starts (map_extra unshown) */

static uint32_t min_u32(uint32_t a, uint32_t b)
{
	return a < b ? a : b;
}

/* An information struct of len bytes, all read (strace shows the
 * address when any is unreadable); size as the fields need it. */
static bool info_fetch(struct dctx *ctx, struct battr *m, uint64_t addr,
		       uint32_t len, uint32_t size)
{
	memset(m, 0, sizeof(*m));
	m->size = size;
	return dec_fetch(ctx, addr, m->b, min_u32(len, ATTR_MAX));
}

/* Bytes of it past those strace knows, as extra_data when any is not
 * zero (shown only under -v, as the struct is). */
static void info_extra(struct dctx *ctx, struct battr *m, uint32_t len,
		       unsigned int known)
{
	m->size = min_u32(len, ATTR_MAX);
	a_extra(ctx, m, known);
}

/* struct bpf_map_info the kernel filled, group by group as far as
 * info_len reaches. */
static void map_info(struct dctx *ctx, uint64_t addr, uint32_t len)
{
	static const struct bfield head[] = {
		FT("type", 0, BF_ENUM, &ct_c_bpf_map_types,
		   "BPF_MAP_TYPE_???"),
		F("id", 4, BF_U32), F("key_size", 8, BF_U32),
		F("value_size", 12, BF_U32), F("max_entries", 16, BF_U32),
		FT("map_flags", 20, BF_FLAGS, &ct_c_bpf_map_flags,
		   "BPF_F_???"),
	};
	static const struct bfield btf[] = {
		F("btf_id", 64, BF_U32), F("btf_key_type_id", 68, BF_U32),
		F("btf_value_type_id", 72, BF_U32),
	};
	static struct battr m;

	if (!info_fetch(ctx, &m, addr, len, MAP_INFO_SIZE))
		return;
	emit_struct_begin(ctx->e);
	bfields(ctx, &m, head, sizeof(head) / sizeof(head[0]));
	if (len > 24)
		f_name(ctx, &m, "name", 24);
	if (len > 40) {
		f_ifindex(ctx, &m, "ifindex", 40);
		f_uint(ctx, &m, "btf_vmlinux_value_type_id", 44);
		emit_field(ctx->e, "netns_dev");
		fdec_dev(ctx, a_u64(&m, 48));
		emit_field(ctx->e, "netns_ino");
		emit_uint(ctx->e, a_u64(&m, 56));
	}
	if (len > 64)
		bfields(ctx, &m, btf, sizeof(btf) / sizeof(btf[0]));
	info_extra(ctx, &m, len, MAP_INFO_END);
	emit_struct_end(ctx->e);
}

/* struct bpf_prog_info as far as strace 6.1 knows it */
#define PROG_INFO_SIZE 224
#define PROG_INFO_END 220 /* where its extra_data starts */

/* The caller's bpf_prog_info, kept from entry to exit for the counts
 * and lengths the kernel rewrites ("jited_prog_len=0 => 20"). */
struct prog_info_in {
	struct battr a;
};

/* A u32 the caller gave and the kernel rewrote: "4 => 1" */
static void f_inout(struct dctx *ctx, const struct battr *out,
		    const struct battr *in, const char *name,
		    unsigned int off)
{
	uint32_t before = a_u32(in, off), after = a_u32(out, off);

	emit_field(ctx->e, name);
	emit_uint(ctx->e, before);
	if (before != after) {
		emit_join(ctx->e, " => ");
		emit_uint(ctx->e, after);
	}
}

/* The translated instructions the kernel copied out. */
static void prog_xlated(struct dctx *ctx, const struct battr *out,
			const struct battr *in)
{
	uint64_t addr = a_u64(out, 32);
	uint32_t len = min_u32(a_u32(in, 20), a_u32(out, 20));

	emit_field(ctx->e, "xlated_prog_insns");
	if (!addr || !len || dec_failed(ctx))
		emit_addr(ctx->e, addr);
	else
		ndec_array(ctx, addr, len / sizeof(struct ebpf_insn),
			   sizeof(struct ebpf_insn), prog_insn, NULL);
}

/* The JITed code, as bytes. */
static void prog_jited(struct dctx *ctx, const struct battr *out,
		       const struct battr *in)
{
	uint64_t addr = a_u64(out, 24);
	uint32_t len = min_u32(a_u32(in, 16), a_u32(out, 16));
	unsigned char buf[ATTR_MAX];
	size_t n = len < ctx->opt->strsize ? len : ctx->opt->strsize;

	emit_field(ctx->e, "jited_prog_insns");
	if (n > sizeof(buf))
		n = sizeof(buf);
	if (!addr || !len || dec_failed(ctx) ||
	    tmem_read(ctx->call->tid, addr, buf, n))
		emit_addr(ctx->e, addr);
	else
		nl_hex(ctx, buf, len < n ? len : n);
}

/* load_time (nanoseconds since boot) with its wall-clock time */
static void prog_load_time(struct dctx *ctx, uint64_t ns)
{
	struct timespec real, boot;
	int64_t base;

	emit_field(ctx->e, "load_time");
	emit_uint(ctx->e, ns);
	if (ctx->e->style->xlat == 1 ||
	    clock_gettime(CLOCK_REALTIME, &real) ||
	    clock_gettime(CLOCK_BOOTTIME, &boot))
		return;
	base = (int64_t)real.tv_sec - boot.tv_sec;
	if (real.tv_nsec < boot.tv_nsec)
		base--;
	fdec_time_comment(ctx, base + (int64_t)(ns / 1000000000u), 0);
}

static void prog_map_ids(struct dctx *ctx, const struct battr *out,
			 const struct battr *in)
{
	uint64_t addr = a_u64(out, 56);

	emit_field(ctx->e, "map_ids");
	if (!addr || dec_failed(ctx))
		emit_addr(ctx->e, addr);
	else
		ndec_array(ctx, addr, min_u32(a_u32(in, 52), a_u32(out, 52)),
			   4, u32_elem, NULL);
}

static void prog_info_funcs(struct dctx *ctx, const struct battr *out,
			    const struct battr *in)
{
	f_uint(ctx, out, "btf_id", 128);
	f_inout(ctx, out, in, "func_info_rec_size", 132);
	f_ptr(ctx, out, "func_info", 136);
	f_inout(ctx, out, in, "nr_func_info", 144);
	f_inout(ctx, out, in, "nr_line_info", 148);
	f_ptr(ctx, out, "line_info", 152);
	f_ptr(ctx, out, "jited_line_info", 160);
	f_inout(ctx, out, in, "nr_jited_line_info", 168);
	f_inout(ctx, out, in, "line_info_rec_size", 172);
	f_inout(ctx, out, in, "jited_line_info_rec_size", 176);
	f_inout(ctx, out, in, "nr_prog_tags", 180);
	f_ptr(ctx, out, "prog_tags", 184);
}

static void prog_info_stats(struct dctx *ctx, const struct battr *out,
			    uint32_t len)
{
	if (len > 192) {
		emit_field(ctx->e, "run_time_ns");
		emit_uint(ctx->e, a_u64(out, 192));
		emit_field(ctx->e, "run_cnt");
		emit_uint(ctx->e, a_u64(out, 200));
	}
	if (len > 208) {
		emit_field(ctx->e, "recursion_misses");
		emit_uint(ctx->e, a_u64(out, 208));
	}
	if (len > 216)
		f_uint(ctx, out, "verified_insns", 216);
}

/* struct bpf_prog_info the kernel filled, group by group as far as
 * info_len reaches; in holds what the caller passed. */
static void prog_info(struct dctx *ctx, uint64_t addr, uint32_t len,
		      const struct battr *in)
{
	static struct battr m;
	const struct battr *out = &m;

	if (!info_fetch(ctx, &m, addr, len, PROG_INFO_SIZE))
		return;
	emit_struct_begin(ctx->e);
	f_enum(ctx, out, "type", 0, &ct_c_bpf_prog_types,
	       "BPF_PROG_TYPE_???");
	f_uint(ctx, out, "id", 4);
	emit_field(ctx->e, "tag");
	ndec_hex_bytes(ctx, m.b + 8, 8);
	f_inout(ctx, out, in, "jited_prog_len", 16);
	prog_jited(ctx, out, in);
	f_inout(ctx, out, in, "xlated_prog_len", 20);
	prog_xlated(ctx, out, in);
	if (len > 40) {
		prog_load_time(ctx, a_u64(out, 40));
		f_uint(ctx, out, "created_by_uid", 48);
		f_inout(ctx, out, in, "nr_map_ids", 52);
		prog_map_ids(ctx, out, in);
		f_name(ctx, out, "name", 64);
	}
	if (len > 80) {
		f_ifindex(ctx, out, "ifindex", 80);
		emit_field(ctx->e, "gpl_compatible");
		emit_uint(ctx->e, a_u32(out, 84) & 1);
		emit_field(ctx->e, "netns_dev");
		fdec_dev(ctx, a_u64(out, 88));
		emit_field(ctx->e, "netns_ino");
		emit_uint(ctx->e, a_u64(out, 96));
	}
	if (len > 104) {
		f_inout(ctx, out, in, "nr_jited_ksyms", 104);
		f_inout(ctx, out, in, "nr_jited_func_lens", 108);
		f_ptr(ctx, out, "jited_ksyms", 112);
		f_ptr(ctx, out, "jited_func_lens", 120);
	}
	if (len > 128)
		prog_info_funcs(ctx, out, in);
	prog_info_stats(ctx, out, len);
	info_extra(ctx, &m, len, PROG_INFO_END);
	emit_struct_end(ctx->e);
}

/* Whether fd in the tracee is the BPF object named by kind ("map"). */
static bool is_bpf_obj(struct dctx *ctx, int fd, const char *kind)
{
	char path[64], want[32];

	snprintf(want, sizeof(want), "anon_inode:bpf-%s", kind);
	return dec_fd_path(ctx->call->tid, fd, path, sizeof(path)) == 0 &&
	       !strcmp(path, want);
}

/* Shown at exit: the length the kernel wrote back ("88 => 80") and,
 * under -v, the information itself. */
static void obj_info(struct dctx *ctx, const struct battr *a)
{
	const struct prog_info_in *in =
		(const struct prog_info_in *)(uintptr_t)ctx->call->saved[1];
	uint32_t len_in = (uint32_t)ctx->call->saved[0];
	uint32_t len_out = a_u32(a, 4);
	int fd = (int32_t)a_u32(a, 0);

	wrap_begin(ctx, "info");
	f_fd(ctx, a, "bpf_fd", 0);
	emit_field(ctx->e, "info_len");
	emit_uint(ctx->e, len_in);
	if (!dec_failed(ctx) && len_out != len_in) {
		emit_join(ctx->e, " => ");
		emit_uint(ctx->e, len_out);
	}
	emit_field(ctx->e, "info");
	/* a failed call leaves the caller's input, shown as it is */
	if (dec_failed(ctx))
		len_out = len_in;
	if (!ctx->opt->verbose || !a_u64(a, 8) || !len_out)
		emit_addr(ctx->e, a_u64(a, 8));
	else if (in)
		prog_info(ctx, a_u64(a, 8), len_out, &in->a);
	else if (is_bpf_obj(ctx, fd, "map"))
		map_info(ctx, a_u64(a, 8), len_out);
	else
		emit_addr(ctx->e, a_u64(a, 8));
	wrap_end(ctx, "info");
	a_extra(ctx, a, 16);
}

/* At entry: under -v, what the caller put in a program's information,
 * for the exit to compare with; freed there. */
static void obj_info_entry(struct dctx *ctx, const struct battr *a)
{
	struct prog_info_in *in;
	uint32_t len = a_u32(a, 4);

	ctx->call->saved[1] = 0;
	if (!ctx->opt->verbose || !a_u64(a, 8) ||
	    !is_bpf_obj(ctx, (int32_t)a_u32(a, 0), "prog"))
		return;
	in = calloc(1, sizeof(*in));
	if (!in)
		return;
	in->a.size = PROG_INFO_SIZE;
	if (len > PROG_INFO_SIZE)
		len = PROG_INFO_SIZE;
	tmem_read(ctx->call->tid, a_u64(a, 8), in->a.b, len);
	ctx->call->saved[1] = (uint64_t)(uintptr_t)in;
}

/* ---- the call ---- */

typedef void (*attr_fn)(struct dctx *ctx, const struct battr *a);

/* How a command's attribute shows: a function or a field table, at
 * entry or (when the kernel fills it in) at exit. */
struct bpf_cmd_dec {
	attr_fn fn;
	const struct bcmd *tab;
	bool at_exit;
};

static struct bpf_cmd_dec cmd_decoder(uint64_t cmd)
{
	struct bpf_cmd_dec d = { NULL, NULL, false };

	switch (cmd) {
	case 0: d.fn = map_create; break;
	case 1: d.fn = map_lookup; break;
	case 2: d.fn = map_update; break;
	case 3: d.fn = map_delete; break;
	case 4: d.fn = map_next_key; break;
	case 5: d.fn = prog_load; break;
	case 6: /* BPF_OBJ_PIN */
	case 7: d.fn = obj_pin_get; break; /* BPF_OBJ_GET */
	case 8: d.fn = prog_attach; break;
	case 9: d.fn = prog_detach; break;
	case 10: d.tab = &cmd_test_run; break;
	case 11: /* BPF_PROG_GET_NEXT_ID */
	case 12: /* BPF_MAP_GET_NEXT_ID */
	case 23: /* BPF_BTF_GET_NEXT_ID */
	case 31: d.tab = &cmd_next_id; break; /* BPF_LINK_GET_NEXT_ID */
	case 13: d.tab = &cmd_prog_id; break;
	case 14: d.tab = &cmd_map_id; break;
	case 15: d.fn = obj_info; d.at_exit = true; break;
	case 16: d.fn = prog_query; d.at_exit = true; break;
	case 17: d.tab = &cmd_raw_tp; break;
	case 18: d.fn = btf_load; break;
	case 19: d.tab = &cmd_btf_id; break;
	case 20: d.fn = task_fd_query; break;
	case 21: d.tab = &cmd_lookup_del; break;
	case 22: d.tab = &cmd_freeze; break;
	case 24: /* BPF_MAP_LOOKUP_BATCH */
	case 25: d.tab = &cmd_lookup_batch; break; /* ..._AND_DELETE_BATCH */
	case 26: d.tab = &cmd_update_batch; break;
	case 27: d.tab = &cmd_delete_batch; break;
	case 28: d.fn = link_create; break;
	case 29: d.fn = link_update; break;
	case 30: d.tab = &cmd_link_id; break;
	default: break;
	}
	return d;
}

static void bpf_attr_show(struct dctx *ctx, const struct bpf_cmd_dec *d,
			  const struct battr *a)
{
	emit_struct_begin(ctx->e);
	if (d->fn)
		d->fn(ctx, a);
	else
		bcmd_show(ctx, a, d->tab);
	emit_struct_end(ctx->e);
}

/* Fetches the attribute; false (the address shown) when it cannot. */
static bool bpf_attr_fetch(struct dctx *ctx, struct battr *a, uint64_t addr,
			   uint32_t size)
{
	memset(a, 0, sizeof(*a));
	a->size = size;
	return dec_fetch(ctx, addr, a->b, size);
}

/* Whether strace shows the return value as a descriptor: for map
 * create, program load, object pin and get, the *_GET_FD_BY_ID commands,
 * BTF load and link create, and only when it decoded the attribute (not
 * for raw tracepoint open, whose value is a descriptor too). */
static bool returns_fd(uint64_t cmd)
{
	switch (cmd) {
	case 0: case 5: case 6: case 7: case 13: case 14: case 18: case 19:
	case 28: case 30:
		return true;
	default:
		return false;
	}
}

static int dec_bpf(struct dctx *ctx)
{
	static struct battr a;
	uint64_t cmd = (uint32_t)dec_arg(ctx, 0);
	uint64_t addr = dec_arg(ctx, 1);
	uint32_t size = (uint32_t)dec_arg(ctx, 2);
	struct bpf_cmd_dec d = cmd_decoder(cmd);
	bool known = (d.fn || d.tab) && size && size <= ATTR_MAX;

	if (ctx->exiting) {
		if (bpf_attr_fetch(ctx, &a, addr, size))
			bpf_attr_show(ctx, &d, &a);
		dec_uint(ctx, size);
		free((void *)(uintptr_t)ctx->call->saved[1]);
		ctx->call->saved[1] = 0;
		return DEC_DONE;
	}
	fdec_enum_dflt(ctx, &ct_c_bpf_cmds, cmd, "BPF_???");
	if (!known) {
		dec_ptr(ctx, addr);
	} else if (d.at_exit) {
		/* the input as it was, for what the kernel changes */
		if (bpf_attr_fetch(ctx, &a, addr, size)) {
			ctx->call->saved[0] = a_u32(&a, 4);
			ctx->call->saved[1] = 0;
			if (cmd == 15)
				obj_info_entry(ctx, &a);
			return DEC_MORE;
		}
	} else if (bpf_attr_fetch(ctx, &a, addr, size)) {
		bpf_attr_show(ctx, &d, &a);
		if (returns_fd(cmd))
			ctx->call->ret_fmt = RET_FD;
	}
	dec_uint(ctx, size);
	return DEC_DONE;
}
DECODER_PERS(bpf, dec_bpf, 1u << PERS_X86_64 | 1u << PERS_I386);
