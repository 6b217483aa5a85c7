/* Socket addresses: struct sockaddr of the families strace decodes
 * (AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET), the raw sa_data of
 * the others.  Under -X raw the network-order fields show as their bytes,
 * under -X verbose the bytes and the decoded form in a comment. */
#include <arpa/inet.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum { FAMILY_SIZE = 2, SOCKADDR_MAX = 128 };

static int xlat(const struct dctx *ctx)
{
	return ctx->e->style->xlat;
}

/* Bytes always shown as \x escapes, whatever -x says (strace's raw view
 * of a network-order field). */
static void hex_bytes(struct dctx *ctx, const void *p, size_t n)
{
	const struct emit_style *old = ctx->e->style;
	struct emit_style st = *old;

	st.xflag = 2;
	ctx->e->style = &st;
	emit_str(ctx->e, p, n, 0);
	ctx->e->style = old;
}

void ndec_family(struct dctx *ctx, unsigned int family)
{
	fdec_enum_dflt(ctx, &ct_n_af, family, "AF_???");
}

/* htons(80) by default, "\x00\x50" raw, both under -X verbose.  A table
 * names the value when given (htons(ETH_P_ALL)). */
static void net_u16(struct dctx *ctx, const char *field, const void *p,
		    const struct const_table *t)
{
	uint16_t v;
	char text[64];
	const char *name;

	memcpy(&v, p, sizeof(v));
	v = ntohs(v);
	name = t ? consts_name(t, v) : NULL;
	emit_field(ctx->e, field);
	if (xlat(ctx) == 0) {
		emit_call_begin(ctx->e, "htons");
		if (t)
			fdec_enum_dflt(ctx, t, v, "ETH_P_???");
		else
			emit_uint(ctx->e, v);
		emit_call_end(ctx->e);
		return;
	}
	hex_bytes(ctx, p, 2);
	if (xlat(ctx) == 2) {
		if (name)
			snprintf(text, sizeof(text), "htons(%s)", name);
		else if (t)
			snprintf(text, sizeof(text), "htons(%#x)", v);
		else
			snprintf(text, sizeof(text), "htons(%u)", v);
		emit_comment(ctx->e, text);
	}
}

void ndec_ifindex(struct dctx *ctx, unsigned int idx)
{
	char name[IF_NAMESIZE + 1], text[64];

	if (!idx || !if_indextoname(idx, name)) {
		emit_uint(ctx->e, idx);
		return;
	}
	switch (xlat(ctx)) {
	case 0:
		emit_call_begin(ctx->e, "if_nametoindex");
		emit_str(ctx->e, name, strlen(name), 0);
		emit_call_end(ctx->e);
		break;
	case 1:
		emit_uint(ctx->e, idx);
		break;
	default:
		emit_uint(ctx->e, idx);
		snprintf(text, sizeof(text), "if_nametoindex(\"%s\")", name);
		emit_comment(ctx->e, text);
		break;
	}
}

static void sa_unix(struct dctx *ctx, const unsigned char *b, size_t len)
{
	size_t ulen = len > 110 ? 110 : len;
	size_t plen = ulen - FAMILY_SIZE;
	const unsigned char *path = b + FAMILY_SIZE;

	emit_field(ctx->e, "sun_path");
	if (path[0]) {
		emit_str(ctx->e, path, strnlen((const char *)path, plen), 0);
		return;
	}
	/* abstract: every byte of the name counts, NULs included */
	emit_prefix(ctx->e, "@");
	emit_str(ctx->e, path + 1, plen - 1, 0);
}

void ndec_inet_addr(struct dctx *ctx, const char *field, const void *a)
{
	char addr[INET_ADDRSTRLEN], text[64];

	inet_ntop(AF_INET, a, addr, sizeof(addr));
	if (field)
		emit_field(ctx->e, field);
	if (xlat(ctx) == 0) {
		emit_call_begin(ctx->e, "inet_addr");
		emit_str(ctx->e, addr, strlen(addr), 0);
		emit_call_end(ctx->e);
		return;
	}
	hex_bytes(ctx, a, 4);
	if (xlat(ctx) == 2) {
		snprintf(text, sizeof(text), "inet_addr(\"%s\")", addr);
		emit_comment(ctx->e, text);
	}
}

void ndec_inet6_addr(struct dctx *ctx, const void *a)
{
	char addr[INET6_ADDRSTRLEN], text[96];

	inet_ntop(AF_INET6, a, addr, sizeof(addr));
	if (xlat(ctx) == 0) {
		emit_call_begin(ctx->e, "inet_pton");
		emit_sym(ctx->e, "AF_INET6");
		emit_str(ctx->e, addr, strlen(addr), 0);
		emit_call_end(ctx->e);
		return;
	}
	hex_bytes(ctx, a, 16);
	if (xlat(ctx) == 2) {
		snprintf(text, sizeof(text), "inet_pton(AF_INET6, \"%s\")",
			 addr);
		emit_comment(ctx->e, text);
	}
}

void ndec_hex_bytes(struct dctx *ctx, const void *p, size_t n)
{
	hex_bytes(ctx, p, n);
}

static void sa_inet(struct dctx *ctx, const unsigned char *b, size_t len)
{
	net_u16(ctx, "sin_port", b + 2, NULL);
	ndec_inet_addr(ctx, "sin_addr", b + 4);
}

static void sa_inet6(struct dctx *ctx, const unsigned char *b, size_t len)
{
	char addr[INET6_ADDRSTRLEN], text[96];
	uint32_t flow, scope;

	net_u16(ctx, "sin6_port", b + 2, NULL);
	memcpy(&flow, b + 4, 4);
	emit_field(ctx->e, "sin6_flowinfo");
	if (xlat(ctx) == 0) {
		emit_call_begin(ctx->e, "htonl");
		emit_uint(ctx->e, ntohl(flow));
		emit_call_end(ctx->e);
	} else {
		hex_bytes(ctx, b + 4, 4);
		if (xlat(ctx) == 2) {
			snprintf(text, sizeof(text), "htonl(%u)", ntohl(flow));
			emit_comment(ctx->e, text);
		}
	}
	inet_ntop(AF_INET6, b + 8, addr, sizeof(addr));
	if (xlat(ctx) == 0) {
		emit_call_begin(ctx->e, "inet_pton");
		emit_sym(ctx->e, "AF_INET6");
		emit_str(ctx->e, addr, strlen(addr), 0);
		emit_sym(ctx->e, "&sin6_addr");
		emit_call_end(ctx->e);
	} else {
		emit_field(ctx->e, "sin6_addr");
		hex_bytes(ctx, b + 8, 16);
		if (xlat(ctx) == 2) {
			snprintf(text, sizeof(text),
				 "inet_pton(AF_INET6, \"%s\")", addr);
			emit_comment(ctx->e, text);
		}
	}
	if (len <= 24)
		return;
	memcpy(&scope, b + 24, 4);
	emit_field(ctx->e, "sin6_scope_id");
	/* link-local addresses name their interface */
	if ((b[8] == 0xfe && (b[9] & 0xc0) == 0x80) ||
	    (b[8] == 0xff && (b[9] & 0x0f) == 0x02))
		ndec_ifindex(ctx, scope);
	else
		emit_uint(ctx->e, scope);
}

static void sa_netlink(struct dctx *ctx, const unsigned char *b, size_t len)
{
	uint32_t pid, groups;
	uint16_t pad;

	memcpy(&pad, b + 2, 2);
	memcpy(&pid, b + 4, 4);
	memcpy(&groups, b + 8, 4);
	if (pad) { /* strace shows the padding only when it is not zero */
		emit_field(ctx->e, "nl_pad");
		emit_hex(ctx->e, pad);
	}
	emit_field(ctx->e, "nl_pid");
	emit_int(ctx->e, (int32_t)pid);
	emit_field(ctx->e, "nl_groups");
	/* strace's fixed-width form of the group mask (%#08x) */
	emit_hex_wide(ctx->e, groups, 8);
}

static void sa_packet(struct dctx *ctx, const unsigned char *b, size_t len)
{
	int32_t idx;
	uint16_t hatype;
	unsigned int halen = b[11];
	char text[8];

	net_u16(ctx, "sll_protocol", b + 2, &ct_n_eth_p);
	memcpy(&idx, b + 4, 4);
	emit_field(ctx->e, "sll_ifindex");
	ndec_ifindex(ctx, (uint32_t)idx);
	memcpy(&hatype, b + 8, 2);
	emit_field(ctx->e, "sll_hatype");
	fdec_enum_dflt(ctx, &ct_n_arphrd, hatype, "ARPHRD_???");
	emit_field(ctx->e, "sll_pkttype");
	fdec_enum_dflt(ctx, &ct_n_packet_types, b[10], "PACKET_???");
	emit_field(ctx->e, "sll_halen");
	emit_uint(ctx->e, halen);
	if (!halen)
		return;
	emit_field(ctx->e, "sll_addr");
	emit_array_begin(ctx->e);
	for (unsigned int i = 0; i < halen && i < 8; i++) {
		/* strace's "%#02x": 0 shows as 00 */
		snprintf(text, sizeof(text), "%#02x", b[12 + i]);
		emit_sym(ctx->e, text);
	}
	if (halen > 8)
		emit_more(ctx->e);
	emit_array_end(ctx->e);
}

/* a fixed-size string field, up to its NUL */
static void fixed_str(struct dctx *ctx, const char *field,
		      const unsigned char *p, size_t size)
{
	emit_field(ctx->e, field);
	emit_str(ctx->e, p, strnlen((const char *)p, size), 0);
}

/* strace shows these flags in its verbose style even by default:
 * 0x1000 with CRYPTO_ALG_KERN_DRIVER_ONLY in a comment */
static void alg_flags(struct dctx *ctx, const char *field, uint32_t v)
{
	const struct const_table *t = &ct_n_crypto_alg_flags;
	char text[128];
	size_t o = 0;
	uint32_t rest = v;

	emit_field(ctx->e, field);
	emit_hex(ctx->e, v);
	if (!v || xlat(ctx) == 1)
		return;
	text[0] = '\0';
	for (size_t i = 0; i < t->count; i++) {
		if ((v & t->entries[i].mask) != t->entries[i].value)
			continue;
		o += (size_t)snprintf(text + o, sizeof(text) - o, "%s%s",
				      o ? "|" : "", t->entries[i].name);
		rest &= ~(uint32_t)t->entries[i].mask;
	}
	if (!o)
		snprintf(text, sizeof(text), "CRYPTO_ALG_???");
	else if (rest)
		snprintf(text + o, sizeof(text) - o, "|%#x", rest);
	emit_comment(ctx->e, text);
}

static void sa_alg(struct dctx *ctx, const unsigned char *b, size_t len)
{
	uint32_t feat, mask;

	memcpy(&feat, b + 16, 4);
	memcpy(&mask, b + 20, 4);
	fixed_str(ctx, "salg_type", b + 2, 14);
	alg_flags(ctx, "salg_feat", feat);
	alg_flags(ctx, "salg_mask", mask);
	fixed_str(ctx, "salg_name", b + 24, 64);
}

static void sa_vsock(struct dctx *ctx, const unsigned char *b, size_t len)
{
	uint16_t reserved;
	uint32_t port, cid;

	memcpy(&reserved, b + 2, 2);
	memcpy(&port, b + 4, 4);
	memcpy(&cid, b + 8, 4);
	if (reserved) {
		emit_field(ctx->e, "svm_reserved1");
		emit_hex(ctx->e, reserved);
	}
	emit_field(ctx->e, "svm_cid");
	emit_enum(ctx->e, &ct_n_vmaddr_cids, cid, EMIT_HEX);
	emit_field(ctx->e, "svm_port");
	emit_enum(ctx->e, &ct_n_vmaddr_ports, port, EMIT_HEX);
	emit_field(ctx->e, "svm_flags");
	fdec_flags_dflt(ctx, &ct_n_vmaddr_flags, b[12], "VMADDR_FLAG_???");
}

struct sa_printer {
	void (*fn)(struct dctx *ctx, const unsigned char *b, size_t len);
	size_t min_len;
};

static const struct sa_printer printers[] = {
	[1] = { sa_unix, FAMILY_SIZE + 1 },
	[2] = { sa_inet, 16 },
	[10] = { sa_inet6, 24 },
	[16] = { sa_netlink, 12 },
	[17] = { sa_packet, 20 },
	[38] = { sa_alg, 88 },
	[40] = { sa_vsock, 16 },
};

void ndec_sockaddr_buf(struct dctx *ctx, const void *buf, size_t len)
{
	unsigned char b[SOCKADDR_MAX + 1];
	uint16_t family;

	if (len > SOCKADDR_MAX)
		len = SOCKADDR_MAX;
	memset(b, 0, sizeof(b));
	memcpy(b, buf, len);
	memcpy(&family, b, sizeof(family));
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sa_family");
	ndec_family(ctx, family);
	if (len > FAMILY_SIZE) {
		if (family < sizeof(printers) / sizeof(printers[0]) &&
		    printers[family].fn && len >= printers[family].min_len) {
			printers[family].fn(ctx, b, len);
		} else {
			emit_field(ctx->e, "sa_data");
			emit_str(ctx->e, b + FAMILY_SIZE, len - FAMILY_SIZE, 0);
		}
	}
	emit_struct_end(ctx->e);
}

void ndec_sockaddr(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	unsigned char b[SOCKADDR_MAX];
	int ilen = (int)len;

	if (ilen < FAMILY_SIZE || !addr) {
		dec_ptr(ctx, addr);
		return;
	}
	if (ilen > SOCKADDR_MAX)
		ilen = SOCKADDR_MAX;
	if (tmem_read(ctx->call->tid, addr, b, (size_t)ilen)) {
		dec_ptr(ctx, addr);
		return;
	}
	ndec_sockaddr_buf(ctx, b, (size_t)ilen);
}
