/* decode/sockdiag: NETLINK_SOCK_DIAG payloads of SOCK_DIAG_BY_FAMILY for
 * AF_INET/AF_INET6 (inet_diag) and AF_UNIX (unix_diag), requests and
 * replies with their attributes, as strace shows them (ss's messages). */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"

enum {
	NLM_F_REQUEST_BIT = 1,
	INET_REQ_LEN = 56,  /* struct inet_diag_req_v2 */
	INET_MSG_LEN = 72,  /* struct inet_diag_msg */
	UNIX_REQ_LEN = 24,  /* struct unix_diag_req */
	UNIX_MSG_LEN = 16,  /* struct unix_diag_msg */
	SOCKID_LEN = 48,    /* struct inet_diag_sockid */
	FAM_INET = 2, FAM_INET6 = 10, FAM_UNIX = 1,
};

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static void field_uint(struct dctx *ctx, const char *name, uint64_t v)
{
	emit_field(ctx->e, name);
	emit_uint(ctx->e, v);
}

/* u32 fields in a row, named by names */
static void u32_fields(struct dctx *ctx, const unsigned char *p,
		       const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		field_uint(ctx, names[i], get_u32(p + 4 * i));
}

/* a cookie: two u32 halves, [lo, hi] */
static void cookie(struct dctx *ctx, const char *name, const unsigned char *p)
{
	emit_field(ctx->e, name);
	emit_array_begin(ctx->e);
	emit_uint(ctx->e, get_u32(p));
	emit_uint(ctx->e, get_u32(p + 4));
	emit_array_end(ctx->e);
}

/* a port in network order: htons(80), raw bytes under -X raw, both
 * under -X verbose */
static void port(struct dctx *ctx, const char *name, const unsigned char *p)
{
	uint16_t v = (uint16_t)(p[0] << 8 | p[1]);
	char text[32];

	emit_field(ctx->e, name);
	if (ctx->e->style->xlat == 0) {
		emit_call_begin(ctx->e, "htons");
		emit_uint(ctx->e, v);
		emit_call_end(ctx->e);
		return;
	}
	ndec_hex_bytes(ctx, p, 2);
	if (ctx->e->style->xlat == 2) {
		snprintf(text, sizeof(text), "htons(%u)", v);
		emit_comment(ctx->e, text);
	}
}

/* An address field of 16 bytes: inet_addr("1.2.3.4") for IPv4,
 * inet_pton(AF_INET6, "::1", &name) for IPv6; under -X raw all 16 bytes,
 * under -X verbose with the call (no &name) in a comment. */
static void inet_address(struct dctx *ctx, uint8_t family, const char *name,
			 const unsigned char *p)
{
	char addr[INET6_ADDRSTRLEN], ref[32], text[128];
	bool v6 = family == FAM_INET6;

	inet_ntop(v6 ? AF_INET6 : AF_INET, p, addr, sizeof(addr));
	if (ctx->e->style->xlat == 0 && !v6) {
		ndec_inet_addr(ctx, name, p);
		return;
	}
	if (ctx->e->style->xlat == 0) {
		snprintf(ref, sizeof(ref), "&%s", name);
		emit_call_begin(ctx->e, "inet_pton");
		emit_sym(ctx->e, "AF_INET6");
		emit_str(ctx->e, addr, strlen(addr), 0);
		emit_sym(ctx->e, ref);
		emit_call_end(ctx->e);
		return;
	}
	emit_field(ctx->e, name);
	ndec_hex_bytes(ctx, p, 16);
	if (ctx->e->style->xlat == 2) {
		if (v6)
			snprintf(text, sizeof(text),
				 "inet_pton(AF_INET6, \"%s\")", addr);
		else
			snprintf(text, sizeof(text), "inet_addr(\"%s\")", addr);
		emit_comment(ctx->e, text);
	}
}

/* struct inet_diag_sockid, addresses by the message's family */
static void sockid(struct dctx *ctx, uint8_t family, const unsigned char *p)
{
	emit_field(ctx->e, "id");
	emit_struct_begin(ctx->e);
	port(ctx, "idiag_sport", p);
	port(ctx, "idiag_dport", p + 2);
	inet_address(ctx, family, "idiag_src", p + 4);
	inet_address(ctx, family, "idiag_dst", p + 20);
	emit_field(ctx->e, "idiag_if");
	ndec_ifindex(ctx, get_u32(p + 36));
	cookie(ctx, "idiag_cookie", p + 40);
	emit_struct_end(ctx->e);
}

/* a mask of TCP states, 1<<TCP_LISTEN|... with unnamed bits in hex */
static void states(struct dctx *ctx, const char *name, uint32_t v)
{
	emit_field(ctx->e, name);
	emit_flags(ctx->e, &ct_n_tcp_state_bits, v, EMIT_HEX);
}

/* --- values of attributes --- */

/* A string that counts all its bytes, NULs included: a final NUL ends
 * it, without one it shows as cut short.  Under -x strace shows the NUL
 * too, and always the "..." after. */
static bool nla_cstr(struct dctx *ctx, const unsigned char *p, size_t len,
		     const void *data)
{
	size_t n = len, max = ctx->opt->strsize;
	bool more = true;

	if (n && p[n - 1] == '\0' && !ctx->e->style->xflag) {
		n--;
		more = false;
	}
	if (n > max) {
		n = max;
		more = true;
	}
	emit_str(ctx->e, p, n, more ? EMIT_STR_TRUNCATED : 0);
	return true;
}

static bool nla_u64(struct dctx *ctx, const unsigned char *p, size_t len,
		    const void *data)
{
	uint64_t v;

	if (len < 8)
		return false;
	memcpy(&v, p, 8);
	emit_uint(ctx->e, v);
	return true;
}

/* a struct of n u32 fields, when the value is exactly that long */
static bool u32_struct(struct dctx *ctx, const unsigned char *p, size_t len,
		       const char *const *names, size_t n)
{
	if (len != 4 * n)
		return false;
	emit_struct_begin(ctx->e);
	u32_fields(ctx, p, names, n);
	emit_struct_end(ctx->e);
	return true;
}

static bool nla_meminfo(struct dctx *ctx, const unsigned char *p, size_t len,
			const void *data)
{
	static const char *const f[] = { "idiag_rmem", "idiag_wmem",
					 "idiag_fmem", "idiag_tmem" };

	return u32_struct(ctx, p, len, f, 4);
}

static bool nla_vegas(struct dctx *ctx, const unsigned char *p, size_t len,
		      const void *data)
{
	static const char *const f[] = { "tcpv_enabled", "tcpv_rttcnt",
					 "tcpv_rtt", "tcpv_minrtt" };

	return u32_struct(ctx, p, len, f, 4);
}

static bool nla_rqlen(struct dctx *ctx, const unsigned char *p, size_t len,
		      const void *data)
{
	static const char *const f[] = { "udiag_rqueue", "udiag_wqueue" };

	return u32_struct(ctx, p, len, f, 2);
}

/* [SK_MEMINFO_RCVBUF]; [1] under -X raw, the name in a comment under
 * -X verbose */
static void meminfo_label(struct dctx *ctx, char *label, size_t size,
			  size_t i)
{
	const char *name = consts_name(&ct_n_sk_meminfo, i);
	int x = ctx->e->style->xlat;

	if (name && x == 0)
		snprintf(label, size, "[%s]", name);
	else if (name && x == 2)
		snprintf(label, size, "[%zu /* %s */]", i, name);
	else
		snprintf(label, size, "[%zu]", i);
}

/* n u32s, -s of them unless -v; labelled with their SK_MEMINFO_* index
 * when meminfo */
static void u32_array(struct dctx *ctx, const unsigned char *p, size_t n,
		      bool meminfo)
{
	uint64_t max = fdec_array_max(ctx);
	char label[48];

	emit_array_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		if (meminfo) {
			meminfo_label(ctx, label, sizeof(label), i);
			emit_field(ctx->e, label);
		}
		emit_uint(ctx->e, get_u32(p + 4 * i));
	}
	emit_array_end(ctx->e);
}

/* An array of u32 socket memory counters, each labelled with its
 * SK_MEMINFO_* index: [[SK_MEMINFO_RCVBUF]=212992, ...]. */
static bool nla_skmeminfo(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data)
{
	if (len < 4 || len % 4)
		return false;
	u32_array(ctx, p, len / 4, true);
	return true;
}

/* RCV_SHUTDOWN|SEND_SHUTDOWN: strace always shows the number with the
 * names in a comment, 0 alone. */
static bool nla_shutdown(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	const struct emit_style *old = ctx->e->style;
	struct emit_style st = *old;

	if (len != 1)
		return false;
	if (p[0] && st.xlat == 0)
		st.xlat = 2;
	ctx->e->style = &st;
	emit_flags(ctx->e, &ct_n_sk_shutdown, p[0], EMIT_HEX);
	ctx->e->style = old;
	return true;
}

static bool nla_protocol(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	if (len != 1)
		return false;
	fdec_enum_dflt(ctx, &ct_n_ipprotos, p[0], "IPPROTO_???");
	return true;
}

/* struct inet_diag_sockopt: only the one-bit fields that are set, then
 * the unused rest when not zero; every field under -v. */
static bool nla_sockopt(struct dctx *ctx, const unsigned char *p,
			size_t len, const void *data)
{
	uint16_t v;

	if (len < 2)
		return false;
	v = (uint16_t)(p[0] | p[1] << 8);
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < ct_n_inet_diag_sockopt.count; i++) {
		const struct const_entry *c = &ct_n_inet_diag_sockopt.entries[i];
		unsigned int bit = (v >> c->value) & 1;
		if (bit || ctx->opt->verbose)
			field_uint(ctx, c->name, bit);
	}
	if (v >> 11 || ctx->opt->verbose) {
		emit_field(ctx->e, "unused");
		emit_hex(ctx->e, v >> 11);
		emit_comment(ctx->e, "bits 3..8");
	}
	emit_struct_end(ctx->e);
	return true;
}

static bool nla_vfs(struct dctx *ctx, const unsigned char *p, size_t len,
		    const void *data)
{
	if (len != 8)
		return false;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "udiag_vfs_dev");
	fdec_dev(ctx, get_u32(p + 4));
	field_uint(ctx, "udiag_vfs_ino", get_u32(p));
	emit_struct_end(ctx->e);
	return true;
}

/* pending connections: an array of inode numbers */
static bool nla_icons(struct dctx *ctx, const unsigned char *p, size_t len,
		      const void *data)
{
	if (len % 4)
		return false;
	u32_array(ctx, p, len / 4, false);
	return true;
}

/* INET_DIAG_INFO (tcp_info) and the others left out show as hex */
static const nla_fn inet_fns[] = {
	[1] = nla_meminfo, [3] = nla_vegas, [4] = nla_cstr, [5] = nla_u8,
	[6] = nla_u8, [7] = nla_skmeminfo, [8] = nla_shutdown,
	[10] = nla_protocol, [11] = nla_u8, [15] = nla_u32, [17] = nla_u32,
	[21] = nla_u64, [22] = nla_sockopt,
};

static const nla_fn unix_fns[] = {
	[0] = nla_cstr, [1] = nla_vfs, [2] = nla_u32, [3] = nla_icons,
	[4] = nla_rqlen, [5] = nla_skmeminfo, [6] = nla_u8, [7] = nla_u32,
};

/* --- messages --- */

static void inet_request(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "sdiag_protocol");
	fdec_enum_dflt(ctx, &ct_n_ipprotos, p[1], "IPPROTO_???");
	emit_field(ctx->e, "idiag_ext");
	emit_flags(ctx->e, &ct_n_inet_diag_ext_bits, p[2], EMIT_HEX);
	states(ctx, "idiag_states", get_u32(p + 4));
	sockid(ctx, p[0], p + 8);
}

static void unix_request(struct dctx *ctx, const unsigned char *p)
{
	field_uint(ctx, "sdiag_protocol", p[1]);
	states(ctx, "udiag_states", get_u32(p + 4));
	field_uint(ctx, "udiag_ino", get_u32(p + 8));
	emit_field(ctx->e, "udiag_show");
	emit_flags(ctx->e, &ct_n_udiag_show, get_u32(p + 12), EMIT_HEX);
	cookie(ctx, "udiag_cookie", p + 16);
}

static void inet_reply(struct dctx *ctx, const unsigned char *p)
{
	static const char *const f[] = { "idiag_expires", "idiag_rqueue",
					 "idiag_wqueue", "idiag_uid",
					 "idiag_inode" };

	emit_field(ctx->e, "idiag_state");
	fdec_enum_dflt(ctx, &ct_n_tcp_states, p[1], "TCP_???");
	field_uint(ctx, "idiag_timer", p[2]);
	field_uint(ctx, "idiag_retrans", p[3]);
	sockid(ctx, p[0], p + 4);
	u32_fields(ctx, p + 4 + SOCKID_LEN, f, 5);
}

static void unix_reply(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "udiag_type");
	fdec_enum_dflt(ctx, &ct_n_sock_types, p[1], "SOCK_???");
	emit_field(ctx->e, "udiag_state");
	fdec_enum_dflt(ctx, &ct_n_tcp_states, p[2], "TCP_???");
	field_uint(ctx, "udiag_ino", get_u32(p + 4));
	cookie(ctx, "udiag_cookie", p + 8);
}

/* How one kind of message shows: its fixed part, then attributes. */
struct diag_kind {
	size_t len;
	const char *family_field;
	void (*body)(struct dctx *ctx, const unsigned char *p);
	struct nla_desc attrs;
};

static const struct diag_kind *diag_kind(uint8_t family, bool request)
{
	static const struct diag_kind inet_req = {
		INET_REQ_LEN, "sdiag_family", inet_request,
		{ &ct_n_inet_diag_req_attrs, "INET_DIAG_REQ_???", NULL, 0,
		  NULL } };
	static const struct diag_kind inet_msg = {
		INET_MSG_LEN, "idiag_family", inet_reply,
		{ &ct_n_inet_diag_attrs, "INET_DIAG_???", inet_fns,
		  sizeof(inet_fns) / sizeof(inet_fns[0]), NULL } };
	static const struct diag_kind unix_req = {
		UNIX_REQ_LEN, "sdiag_family", unix_request,
		{ &ct_n_unix_diag_attrs, "UNIX_DIAG_???", NULL, 0, NULL } };
	static const struct diag_kind unix_msg = {
		UNIX_MSG_LEN, "udiag_family", unix_reply,
		{ &ct_n_unix_diag_attrs, "UNIX_DIAG_???", unix_fns,
		  sizeof(unix_fns) / sizeof(unix_fns[0]), NULL } };

	if (family == FAM_INET || family == FAM_INET6)
		return request ? &inet_req : &inet_msg;
	if (family == FAM_UNIX)
		return request ? &unix_req : &unix_msg;
	return NULL;
}

bool sockdiag_payload(struct dctx *ctx, uint16_t flags,
		      const unsigned char *p, size_t len)
{
	const struct diag_kind *k;

	if (len < 1)
		return false;
	k = diag_kind(p[0], flags & NLM_F_REQUEST_BIT);
	/* a short message: left to the caller's hex, untested in strace */
	if (!k || len < k->len)
		return false;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, k->family_field);
	ndec_family(ctx, p[0]);
	k->body(ctx, p);
	emit_struct_end(ctx->e);
	if (len > k->len)
		nl_attrs(ctx, p + k->len, len - k->len, &k->attrs);
	return true;
}
