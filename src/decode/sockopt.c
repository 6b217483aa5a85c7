/* Decoders for setsockopt and getsockopt: level and option names per
 * level, and the option values strace decodes: integers, linger, ucred,
 * classic BPF programs, multicast and packet-socket requests, ICMP
 * filters, netlink group lists. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/bpf.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum {
	L_IP = 0, L_SOCKET = 1, L_IPV6 = 41, L_RAW = 255, L_PACKET = 263,
	L_NETLINK = 270,
};

/* Option names of one level; get names those that getsockopt calls
 * otherwise (SO_GET_FILTER, IPT_SO_GET_INFO ...). */
struct level_names {
	uint32_t level;
	const struct const_table *set, *get;
	const char *dflt;
};

static const struct level_names level_names[] = {
	{ 0, &ct_n_sockopt_ip, &ct_n_sockopt_ip_get, "IP_???" },
	{ 1, &ct_n_sockopt_socket, &ct_n_sockopt_socket_get, "SO_???" },
	{ 6, &ct_n_sockopt_tcp, NULL, "TCP_???" },
	{ 17, &ct_n_sockopt_udp, NULL, "UDP_???" },
	{ 40, &ct_n_sockopt_vsock, NULL, "SO_VM_???" },
	{ 41, &ct_n_sockopt_ipv6, &ct_n_sockopt_ipv6_get, "IPV6_???" },
	{ 101, &ct_n_sockopt_can_raw, NULL, "CAN_RAW_???" },
	{ 132, &ct_n_sockopt_sctp, NULL, "SCTP_???" },
	{ 255, &ct_n_sockopt_raw, NULL, "RAW_???" },
	{ 256, &ct_n_sockopt_ipx, NULL, "IPX_???" },
	{ 257, &ct_n_sockopt_ax25, NULL, "AX25_???" },
	{ 263, &ct_n_sockopt_packet, NULL, "PACKET_???" },
	{ 266, &ct_n_sockopt_irda, NULL, "IRLMP_???" },
	{ 268, &ct_n_sockopt_llc, NULL, "LLC_OPT_???" },
	{ 269, &ct_n_sockopt_dccp, NULL, "DCCP_SOCKOPT_???" },
	{ 270, &ct_n_sockopt_netlink, NULL, "NETLINK_???" },
	{ 271, &ct_n_sockopt_tipc, NULL, "TIPC_???" },
	{ 272, &ct_n_sockopt_rxrpc, NULL, "RXRPC_???" },
	{ 273, &ct_n_sockopt_pppol2tp, NULL, "PPPOL2TP_SO_???" },
	{ 274, &ct_n_sockopt_bluetooth, NULL, "BT_???" },
	{ 275, &ct_n_sockopt_pnpipe, NULL, "PNPIPE_???" },
	{ 276, &ct_n_sockopt_rds, NULL, "RDS_???" },
	{ 277, &ct_n_sockopt_iucv, NULL, "SO_???" },
	{ 278, &ct_n_sockopt_caif, NULL, "CAIFSO_???" },
	{ 279, &ct_n_sockopt_alg, NULL, "ALG_???" },
	{ 280, &ct_n_sockopt_nfc, NULL, "NFC_LLCP_???" },
	{ 281, &ct_n_sockopt_kcm, NULL, "KCM_???" },
	{ 282, &ct_n_sockopt_tls, NULL, "TLS_???" },
	{ 283, &ct_n_sockopt_xdp, NULL, "XDP_???" },
};

static void level_name(struct dctx *ctx, uint32_t level, uint32_t name,
		       bool get)
{
	fdec_enum_dflt(ctx, &ct_n_sol_levels, level, "SOL_??");
	for (size_t i = 0; i < sizeof(level_names) / sizeof(level_names[0]);
	     i++) {
		const struct level_names *l = &level_names[i];
		if (l->level != level)
			continue;
		if (get && l->get && consts_name(l->get, name))
			emit_enum(ctx->e, l->get, name, EMIT_HEX);
		else
			fdec_enum_dflt(ctx, l->set, name, l->dflt);
		return;
	}
	/* levels without names of their own (SOL_ICMPV6, unknown ones) */
	emit_uint(ctx->e, name);
}

/* How a value shows. */
enum kind {
	K_DEFAULT,	/* an exact int as [N], else the bytes */
	K_INT,		/* an int in the first 4 bytes (SOL_SOCKET's ints) */
	K_TXREHASH,	/* K_INT named SOCK_TXREHASH_* */
	K_ERROR,	/* K_INT named as an errno */
	K_NETLINK,	/* an int, even from a shorter reply */
	K_MEMBERSHIPS,	/* NETLINK_LIST_MEMBERSHIPS: an array of u32 */
	K_LINGER,
	K_PEERCRED,
	K_FPROG,	/* struct sock_fprog */
	K_FILTER,	/* SO_GET_FILTER: the instructions themselves */
	K_IP_MREQ,
	K_GROUP_REQ,
	K_IPV6_MREQ,
	K_PACKET_MREQ,
	K_TPACKET_REQ,
	K_PACKET_STATS,
	K_ICMP_FILTER,
};

struct opt_kind {
	uint16_t level, name;
	uint8_t set, get;
};

#define SOCK_INT(n) { L_SOCKET, n, K_INT, K_INT }

static const struct opt_kind opt_kinds[] = {
	SOCK_INT(1), SOCK_INT(2), SOCK_INT(5), SOCK_INT(6), SOCK_INT(7),
	SOCK_INT(8), SOCK_INT(9), SOCK_INT(10), SOCK_INT(11), SOCK_INT(12),
	SOCK_INT(14), SOCK_INT(15), SOCK_INT(16), SOCK_INT(18),
	SOCK_INT(19), SOCK_INT(27), SOCK_INT(29), SOCK_INT(30),
	SOCK_INT(32), SOCK_INT(33), SOCK_INT(34), SOCK_INT(35),
	SOCK_INT(36), SOCK_INT(37), SOCK_INT(40), SOCK_INT(41),
	SOCK_INT(42), SOCK_INT(43), SOCK_INT(44), SOCK_INT(45),
	SOCK_INT(46), SOCK_INT(49), SOCK_INT(53), SOCK_INT(56),
	SOCK_INT(60), SOCK_INT(63), SOCK_INT(64), SOCK_INT(65),
	SOCK_INT(68), SOCK_INT(69), SOCK_INT(70), SOCK_INT(73),
	SOCK_INT(75),
	{ L_SOCKET, 4, K_DEFAULT, K_ERROR },		/* SO_ERROR */
	{ L_SOCKET, 13, K_LINGER, K_LINGER },
	{ L_SOCKET, 17, K_DEFAULT, K_PEERCRED },
	{ L_SOCKET, 26, K_FPROG, K_FILTER },		/* SO_GET_FILTER */
	{ L_SOCKET, 51, K_FPROG, K_DEFAULT },	/* REUSEPORT_CBPF */
	{ L_SOCKET, 74, K_TXREHASH, K_TXREHASH },
	{ L_IP, 35, K_IP_MREQ, K_DEFAULT },		/* IP_ADD_MEMBERSHIP */
	{ L_IP, 36, K_IP_MREQ, K_DEFAULT },
	{ L_IP, 42, K_GROUP_REQ, K_DEFAULT },	/* MCAST_JOIN_GROUP */
	{ L_IP, 45, K_GROUP_REQ, K_DEFAULT },
	{ L_IPV6, 20, K_IPV6_MREQ, K_DEFAULT },	/* IPV6_ADD_MEMBERSHIP */
	{ L_IPV6, 21, K_IPV6_MREQ, K_DEFAULT },
	{ L_IPV6, 27, K_IPV6_MREQ, K_DEFAULT },	/* IPV6_JOIN_ANYCAST */
	{ L_IPV6, 28, K_IPV6_MREQ, K_DEFAULT },
	{ L_IPV6, 42, K_GROUP_REQ, K_DEFAULT },
	{ L_IPV6, 45, K_GROUP_REQ, K_DEFAULT },
	{ L_PACKET, 1, K_PACKET_MREQ, K_DEFAULT },	/* ADD_MEMBERSHIP */
	{ L_PACKET, 2, K_PACKET_MREQ, K_DEFAULT },
	{ L_PACKET, 5, K_TPACKET_REQ, K_DEFAULT },	/* PACKET_RX_RING */
	{ L_PACKET, 6, K_DEFAULT, K_PACKET_STATS },
	{ L_PACKET, 13, K_TPACKET_REQ, K_DEFAULT },	/* PACKET_TX_RING */
	{ L_RAW, 1, K_ICMP_FILTER, K_ICMP_FILTER },
	{ L_NETLINK, 9, K_NETLINK, K_MEMBERSHIPS },
};

static enum kind opt_kind(uint32_t level, uint32_t name, bool get)
{
	for (size_t i = 0; i < sizeof(opt_kinds) / sizeof(opt_kinds[0]); i++)
		if (opt_kinds[i].level == level && opt_kinds[i].name == name)
			return get ? opt_kinds[i].get : opt_kinds[i].set;
	/* every netlink option is an int */
	return level == L_NETLINK ? K_NETLINK : K_DEFAULT;
}

/* len bytes shown as \x escapes (strace's forced-hex string), -s bound */
static void hex_buf(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	unsigned char buf[64];
	size_t n = len < sizeof(buf) ? len : sizeof(buf);

	if (!dec_fetch(ctx, addr, buf, n))
		return;
	nl_hex(ctx, buf, n);
}

/* An int; named from t, or as a number with an "X_???" comment */
static void int_named(struct dctx *ctx, uint64_t addr,
		      const struct const_table *t, const char *dflt)
{
	int32_t v;

	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (consts_name(t, (uint32_t)v)) {
		emit_enum(ctx->e, t, (uint32_t)v, EMIT_DEC);
	} else {
		emit_int(ctx->e, v);
		if (ctx->e->style->xlat != 1)
			emit_comment(ctx->e, dflt);
	}
	emit_array_end(ctx->e);
}

/* A struct of u32 fields, one kind letter each ('u' unsigned, 's'
 * signed, 'p' a pid), as much of it as len covers: a last partial field
 * shows as hex bytes. */
static void u32_fields(struct dctx *ctx, uint64_t addr, int len,
		       const char *const *names, const char *kinds)
{
	size_t n = strlen(kinds);
	unsigned char b[16];
	size_t size = len < (int)(4 * n) ? (size_t)len : 4 * n;

	if (len <= 0) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, b, size))
		return;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < n && 4 * i < size; i++) {
		uint32_t v;
		emit_field(ctx->e, names[i]);
		if (size - 4 * i < 4) {
			nl_hex(ctx, b + 4 * i, size - 4 * i);
			break;
		}
		memcpy(&v, b + 4 * i, 4);
		if (kinds[i] == 'p')
			dec_pid(ctx, v);
		else if (kinds[i] == 's')
			emit_int(ctx->e, (int32_t)v);
		else
			emit_uint(ctx->e, v);
	}
	emit_struct_end(ctx->e);
}

static const char *const linger_names[] = { "l_onoff", "l_linger" };
static const char *const ucred_names[] = { "pid", "uid", "gid" };
static const char *const tpstats_names[] = { "tp_packets", "tp_drops",
					     "tp_freeze_q_cnt" };
static const char *const tpreq_names[] = { "tp_block_size", "tp_block_nr",
					   "tp_frame_size", "tp_frame_nr" };

/* NETLINK_LIST_MEMBERSHIPS: the group bitmap's words, as many as both the
 * buffer and the returned length cover, -s of them at most */
static void memberships(struct dctx *ctx, uint64_t addr, int ulen, int rlen)
{
	uint32_t w[64];
	int n = (ulen < rlen ? ulen : rlen) / 4;
	int shown = n;

	if (rlen <= 0 || ulen <= 0) {
		dec_ptr(ctx, addr);
		return;
	}
	if ((unsigned int)shown > ctx->opt->strsize)
		shown = (int)ctx->opt->strsize;
	if (shown > (int)(sizeof(w) / sizeof(w[0])))
		shown = (int)(sizeof(w) / sizeof(w[0]));
	if (shown && !dec_fetch(ctx, addr, w, (size_t)shown * sizeof(w[0])))
		return;
	emit_array_begin(ctx->e);
	for (int i = 0; i < shown; i++)
		emit_uint(ctx->e, w[i]);
	if (shown < n)
		emit_more(ctx->e);
	emit_array_end(ctx->e);
}

/* struct sock_fprog: the program itself only under -v */
static void sock_fprog(struct dctx *ctx, uint64_t addr)
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
		bpfdec_classic_prog(ctx, p.filter, p.len, false);
	else
		dec_ptr(ctx, p.filter);
	emit_struct_end(ctx->e);
}

/* struct ip_mreq (the group and local address of an ip_mreqn too) */
static void ip_mreq(struct dctx *ctx, uint64_t addr)
{
	uint8_t m[8];

	if (!dec_fetch(ctx, addr, m, sizeof(m)))
		return;
	emit_struct_begin(ctx->e);
	ndec_inet_addr(ctx, "imr_multiaddr", m);
	ndec_inet_addr(ctx, "imr_interface", m + 4);
	emit_struct_end(ctx->e);
}

/* struct group_req: an interface and a sockaddr_storage */
static void group_req(struct dctx *ctx, uint64_t addr)
{
	unsigned char g[136];
	uint32_t ifindex;

	if (!dec_fetch(ctx, addr, g, sizeof(g)))
		return;
	memcpy(&ifindex, g, 4);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "gr_interface");
	ndec_ifindex(ctx, ifindex);
	emit_field(ctx->e, "gr_group");
	ndec_sockaddr_buf(ctx, g + 8, 128);
	emit_struct_end(ctx->e);
}

/* inet_pton(AF_INET6, "::1", &field), as strace names an address field
 * of a struct; under -X the field and its bytes */
static void inet6_field(struct dctx *ctx, const char *field, const void *a)
{
	char addr[INET6_ADDRSTRLEN], ref[64];

	if (ctx->e->style->xlat != 0) {
		emit_field(ctx->e, field);
		ndec_inet6_addr(ctx, a);
		return;
	}
	inet_ntop(AF_INET6, a, addr, sizeof(addr));
	snprintf(ref, sizeof(ref), "&%s", field);
	emit_call_begin(ctx->e, "inet_pton");
	emit_sym(ctx->e, "AF_INET6");
	emit_str(ctx->e, addr, strlen(addr), 0);
	emit_sym(ctx->e, ref);
	emit_call_end(ctx->e);
}

/* struct ipv6_mreq */
static void ipv6_mreq(struct dctx *ctx, uint64_t addr)
{
	unsigned char m[20];
	uint32_t ifindex;

	if (!dec_fetch(ctx, addr, m, sizeof(m)))
		return;
	memcpy(&ifindex, m + 16, 4);
	emit_struct_begin(ctx->e);
	inet6_field(ctx, "ipv6mr_multiaddr", m);
	emit_field(ctx->e, "ipv6mr_interface");
	ndec_ifindex(ctx, ifindex);
	emit_struct_end(ctx->e);
}

/* struct packet_mreq: the address as mr_alen bytes of hex pairs */
static void packet_mreq(struct dctx *ctx, uint64_t addr)
{
	struct {
		int32_t ifindex;
		uint16_t type, alen;
		unsigned char address[8];
	} m;
	char text[3 * 8 + 1];
	size_t o = 0, n;
	int xlat = ctx->e->style->xlat;

	if (!dec_fetch(ctx, addr, &m, sizeof(m)))
		return;
	n = m.alen < sizeof(m.address) ? m.alen : sizeof(m.address);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "mr_ifindex");
	ndec_ifindex(ctx, (uint32_t)m.ifindex);
	emit_field(ctx->e, "mr_type");
	fdec_enum_dflt(ctx, &ct_n_packet_mr_types, m.type, "PACKET_MR_???");
	emit_field(ctx->e, "mr_alen");
	emit_uint(ctx->e, m.alen);
	emit_field(ctx->e, "mr_address");
	for (size_t i = 0; i < n; i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o, "%s%02x",
				      i ? ":" : "", m.address[i]);
	text[o] = '\0';
	/* under -X the bytes, the colon form only in a comment */
	if (xlat == 0) {
		emit_sym(ctx->e, text);
	} else {
		ndec_hex_bytes(ctx, m.address, n);
		if (xlat == 2)
			emit_comment(ctx->e, text);
	}
	emit_struct_end(ctx->e);
}

/* struct icmp_filter: the bits of min(len, 4) bytes over all-ones, as a
 * set of ICMP types ("~[...]" when more than half are set) */
static void icmp_filter(struct dctx *ctx, uint64_t addr, int len)
{
	uint32_t mask = ~0u;
	int xlat = ctx->e->style->xlat;
	unsigned int count = 0;

	if (len <= 0) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, &mask, len < 4 ? (size_t)len : 4))
		return;
	for (int i = 0; i < 32; i++)
		count += (mask >> i) & 1;
	bool invert = count > 16;
	if (invert)
		emit_prefix(ctx->e, "~");
	emit_array_begin(ctx->e);
	bool first = true;
	for (unsigned int i = 0; i < 32; i++) {
		if (((mask >> i) & 1) == invert)
			continue;
		if (!first)
			emit_join(ctx->e, " ");
		first = false;
		const char *name = consts_name(&ct_n_icmp_types, i);
		if (name && xlat == 0) {
			emit_sym(ctx->e, name);
			continue;
		}
		emit_hex(ctx->e, i);
		if (!name && xlat != 1)
			emit_comment(ctx->e, "ICMP_???");
		else if (name && xlat == 2)
			emit_comment(ctx->e, name);
	}
	emit_array_end(ctx->e);
}

/* The value of setsockopt, len as passed. */
static void set_value(struct dctx *ctx, enum kind k, uint64_t addr, int len)
{
	if (!addr) {
		dec_ptr(ctx, addr);
		return;
	}
	switch (k) {
	case K_INT:
	case K_NETLINK:
	case K_TXREHASH:
		if (len < 4)
			dec_ptr(ctx, addr);
		else if (k == K_TXREHASH)
			int_named(ctx, addr, &ct_n_sock_txrehash,
				  "SOCK_TXREHASH_???");
		else
			dec_int_at(ctx, addr, NULL);
		return;
	case K_LINGER:
		if (len < 8)
			dec_ptr(ctx, addr);
		else
			u32_fields(ctx, addr, 8, linger_names, "ss");
		return;
	case K_FPROG:
		if (len != 16)
			dec_ptr(ctx, addr);
		else
			sock_fprog(ctx, addr);
		return;
	case K_IP_MREQ:
		len < 8 ? dec_ptr(ctx, addr) : ip_mreq(ctx, addr);
		return;
	case K_GROUP_REQ:
		len < 136 ? dec_ptr(ctx, addr) : group_req(ctx, addr);
		return;
	case K_IPV6_MREQ:
		len < 20 ? dec_ptr(ctx, addr) : ipv6_mreq(ctx, addr);
		return;
	case K_PACKET_MREQ:
		len != 16 ? dec_ptr(ctx, addr) : packet_mreq(ctx, addr);
		return;
	case K_TPACKET_REQ:
		if (len != 16)
			dec_ptr(ctx, addr);
		else
			u32_fields(ctx, addr, 16, tpreq_names, "uuuu");
		return;
	case K_ICMP_FILTER:
		icmp_filter(ctx, addr, len);
		return;
	default:
		if (len == 4)
			dec_int_at(ctx, addr, NULL);
		else /* strace takes a negative length as a huge one */
			dec_buf(ctx, addr, (uint64_t)(int64_t)len);
		return;
	}
}

static int dec_setsockopt(struct dctx *ctx)
{
	uint32_t level = (uint32_t)dec_arg(ctx, 1);
	uint32_t name = (uint32_t)dec_arg(ctx, 2);

	dec_fd(ctx, dec_arg(ctx, 0));
	level_name(ctx, level, name, false);
	set_value(ctx, opt_kind(level, name, false), dec_arg(ctx, 3),
		  (int)dec_arg(ctx, 4));
	dec_int(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_ANY_PERS(setsockopt, dec_setsockopt);

/* The value getsockopt returned: rlen bytes of a buffer of ulen. */
static void get_value(struct dctx *ctx, enum kind k, uint64_t addr,
		      int ulen, int rlen)
{
	if (!addr) {
		dec_ptr(ctx, addr);
		return;
	}
	switch (k) {
	case K_INT:
	case K_TXREHASH:
	case K_ERROR:
		if (rlen <= 0)
			dec_ptr(ctx, addr);
		else if (rlen < 4)
			hex_buf(ctx, addr, (uint64_t)rlen);
		else if (k == K_TXREHASH)
			int_named(ctx, addr, &ct_n_sock_txrehash,
				  "SOCK_TXREHASH_???");
		else
			dec_int_at(ctx, addr, k == K_ERROR ? &ct_errnos : NULL);
		return;
	case K_NETLINK:
		rlen <= 0 ? dec_ptr(ctx, addr) : dec_int_at(ctx, addr, NULL);
		return;
	case K_MEMBERSHIPS:
		memberships(ctx, addr, ulen, rlen);
		return;
	case K_LINGER:
		u32_fields(ctx, addr, rlen, linger_names, "ss");
		return;
	case K_PEERCRED:
		u32_fields(ctx, addr, rlen, ucred_names, "puu");
		return;
	case K_PACKET_STATS:
		u32_fields(ctx, addr, rlen, tpstats_names, "uuu");
		return;
	case K_FILTER: /* lengths count instructions; a 0 asks how many */
		if (rlen <= 0 || ulen <= 0 || !ctx->opt->verbose)
			dec_ptr(ctx, addr);
		else
			bpfdec_classic_prog(ctx, addr, (uint64_t)(ulen < rlen ?
						ulen : rlen), false);
		return;
	case K_ICMP_FILTER:
		icmp_filter(ctx, addr, rlen);
		return;
	default:
		if (rlen <= 0)
			dec_ptr(ctx, addr);
		else if (rlen == 4)
			dec_int_at(ctx, addr, NULL);
		else
			dec_buf(ctx, addr, (uint64_t)rlen);
		return;
	}
}

static int dec_getsockopt(struct dctx *ctx)
{
	uint32_t level = (uint32_t)dec_arg(ctx, 1);
	uint32_t name = (uint32_t)dec_arg(ctx, 2);
	uint64_t addr = dec_arg(ctx, 3);
	int32_t ulen, rlen;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		level_name(ctx, level, name, true);
		if (dec_arg(ctx, 4) &&
		    tmem_read(ctx->call->tid, dec_arg(ctx, 4), &ulen,
			      sizeof(ulen)) == 0) {
			ctx->call->saved[0] = (uint32_t)ulen;
			return DEC_MORE;
		}
		dec_ptr(ctx, addr);
		dec_ptr(ctx, dec_arg(ctx, 4));
		return DEC_DONE;
	}
	ulen = (int32_t)ctx->call->saved[0];
	if (dec_failed(ctx) ||
	    tmem_read(ctx->call->tid, dec_arg(ctx, 4), &rlen, sizeof(rlen))) {
		dec_ptr(ctx, addr);
		emit_array_begin(ctx->e);
		emit_int(ctx->e, ulen);
		emit_array_end(ctx->e);
		return DEC_DONE;
	}
	get_value(ctx, opt_kind(level, name, true), addr, ulen, rlen);
	emit_array_begin(ctx->e);
	emit_int(ctx->e, ulen);
	if (ulen != rlen) {
		emit_join(ctx->e, " => ");
		emit_int(ctx->e, rlen);
	}
	emit_array_end(ctx->e);
	return DEC_DONE;
}
DECODER_ANY_PERS(getsockopt, dec_getsockopt);
