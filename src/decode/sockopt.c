/* Decoders for setsockopt and getsockopt: level and option names per
 * level, integer options as [N], struct linger, string-valued options. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

enum { L_IP = 0, L_SOCKET = 1, L_TCP = 6, L_IPV6 = 41, L_NETLINK = 270 };

static void level_name(struct dctx *ctx, uint32_t level, uint32_t name)
{
	fdec_enum_dflt(ctx, &ct_n_sol_levels, level, "SOL_??");
	switch (level) {
	case L_SOCKET:
		fdec_enum_dflt(ctx, &ct_n_so_opts, name, "SO_???");
		break;
	case L_IP:
		fdec_enum_dflt(ctx, &ct_n_ip_opts, name, "IP_???");
		break;
	case L_IPV6:
		fdec_enum_dflt(ctx, &ct_n_ipv6_opts, name, "IPV6_???");
		break;
	case L_TCP:
		fdec_enum_dflt(ctx, &ct_n_tcp_opts, name, "TCP_???");
		break;
	case L_NETLINK:
		fdec_enum_dflt(ctx, &ct_n_netlink_opts, name, "NETLINK_???");
		break;
	default:
		emit_uint(ctx->e, name);
		break;
	}
}

/* Options whose value strace shows as a string of bytes. */
static bool string_opt(uint32_t level, uint32_t name)
{
	if (level == L_SOCKET)
		return name == 20 || name == 21 || name == 66 || name == 67 ||
		       name == 25 || name == 31 || name == 28;
	if (level == L_TCP)
		return name == 13 || name == 31 || name == 11;
	return false;
}

/* SOL_SOCKET options strace knows take the first int of any buffer of
 * at least an int; elsewhere only an exact int is shown as one. */
static bool known_opt(uint32_t level, uint32_t name)
{
	if (level == L_NETLINK)
		return consts_name(&ct_n_netlink_opts, name) != NULL;
	return level == L_SOCKET && consts_name(&ct_n_so_opts, name) != NULL;
}

/* NETLINK_LIST_MEMBERSHIPS: the group bitmap's words, as many as both the
 * buffer and the returned length cover, -s of them at most */
static void memberships(struct dctx *ctx, uint64_t addr, int ulen, int rlen)
{
	uint32_t w[64];
	int n = (ulen < rlen ? ulen : rlen) / 4;
	int shown = n;

	if ((unsigned int)shown > ctx->opt->strsize)
		shown = (int)ctx->opt->strsize;
	if (shown > (int)(sizeof(w) / sizeof(w[0])))
		shown = (int)(sizeof(w) / sizeof(w[0]));
	if (n <= 0 || shown <= 0) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, w, (size_t)shown * sizeof(w[0])))
		return;
	emit_array_begin(ctx->e);
	for (int i = 0; i < shown; i++)
		emit_uint(ctx->e, w[i]);
	if (shown < n)
		emit_more(ctx->e);
	emit_array_end(ctx->e);
}

/* len bytes shown as \x escapes (strace's forced-hex string), -s bound */
static void hex_buf(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	const struct emit_style *old = ctx->e->style;
	struct emit_style st = *old;
	size_t n = len < ctx->opt->strsize ? len : ctx->opt->strsize;
	char *buf = malloc(n ? n : 1);

	if (!buf)
		abort();
	if (!addr || tmem_read(ctx->call->tid, addr, buf, n)) {
		dec_ptr(ctx, addr);
		free(buf);
		return;
	}
	st.xflag = 2;
	ctx->e->style = &st;
	emit_str(ctx->e, buf, n, len > n ? EMIT_STR_TRUNCATED : 0);
	ctx->e->style = old;
	free(buf);
}

static bool linger_val(struct dctx *ctx, uint64_t addr, int len)
{
	int32_t l[2];

	if (len < (int)sizeof(l)) {
		dec_ptr(ctx, addr);
		return true;
	}
	if (!dec_fetch(ctx, addr, l, sizeof(l)))
		return true;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "l_onoff");
	emit_int(ctx->e, l[0]);
	emit_field(ctx->e, "l_linger");
	emit_int(ctx->e, l[1]);
	emit_struct_end(ctx->e);
	return true;
}

/* struct ucred, as many whole fields as the length covers */
static void peercred(struct dctx *ctx, uint64_t addr, int len)
{
	static const char *const names[] = { "pid", "uid", "gid" };
	uint32_t v[3];
	int n = len >= 12 ? 3 : len / 4;

	if (n <= 0) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, v, (size_t)n * 4))
		return;
	emit_struct_begin(ctx->e);
	for (int i = 0; i < n; i++) {
		emit_field(ctx->e, names[i]);
		emit_uint(ctx->e, v[i]);
	}
	emit_struct_end(ctx->e);
}

/* struct ip_mreq / ip_mreqn: the group and the local address */
static void ip_mreq(struct dctx *ctx, uint64_t addr, int len)
{
	uint8_t m[8];

	if (len < (int)sizeof(m)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (!dec_fetch(ctx, addr, m, sizeof(m)))
		return;
	emit_struct_begin(ctx->e);
	ndec_inet_addr(ctx, "imr_multiaddr", m);
	ndec_inet_addr(ctx, "imr_interface", m + 4);
	emit_struct_end(ctx->e);
}

static int dec_setsockopt(struct dctx *ctx)
{
	uint32_t level = (uint32_t)dec_arg(ctx, 1);
	uint32_t name = (uint32_t)dec_arg(ctx, 2);
	uint64_t addr = dec_arg(ctx, 3);
	int len = (int)dec_arg(ctx, 4);

	dec_fd(ctx, dec_arg(ctx, 0));
	level_name(ctx, level, name);
	if (!addr)
		dec_ptr(ctx, addr);
	else if (level == L_SOCKET && name == 13)
		linger_val(ctx, addr, len);
	else if (level == L_IP && (name == 35 || name == 36))
		ip_mreq(ctx, addr, len);
	else if (string_opt(level, name))
		dec_buf(ctx, addr, (uint64_t)(int64_t)len);
	else if (known_opt(level, name))
		/* an integer option: the first int of a longer buffer */
		len < 4 ? dec_ptr(ctx, addr) : dec_int_at(ctx, addr, NULL);
	else if (len == 4)
		dec_int_at(ctx, addr, NULL);
	else /* strace takes a negative length as a huge one */
		dec_buf(ctx, addr, (uint64_t)(int64_t)len);
	dec_int(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER(setsockopt, dec_setsockopt);

static int dec_getsockopt(struct dctx *ctx)
{
	uint32_t level = (uint32_t)dec_arg(ctx, 1);
	uint32_t name = (uint32_t)dec_arg(ctx, 2);
	uint64_t addr = dec_arg(ctx, 3);
	int32_t ulen, rlen;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		level_name(ctx, level, name);
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
	if (!addr)
		dec_ptr(ctx, addr);
	else if (level == L_SOCKET && name == 13)
		linger_val(ctx, addr, rlen);
	else if (level == L_SOCKET && name == 17) /* SO_PEERCRED */
		peercred(ctx, addr, rlen);
	else if (level == L_SOCKET && name == 59 && rlen <= 0)
		dec_ptr(ctx, addr); /* SO_PEERGROUPS: none */
	else if (level == L_SOCKET && name == 4 && rlen == 4) /* SO_ERROR */
		dec_int_at(ctx, addr, &ct_errnos);
	else if (level == L_NETLINK && name == 9)
		memberships(ctx, addr, ulen, rlen);
	else if (string_opt(level, name))
		dec_buf(ctx, addr, rlen < 0 ? 0 : (uint64_t)rlen);
	else if (rlen == 4)
		dec_int_at(ctx, addr, NULL);
	else
		hex_buf(ctx, addr, rlen < 0 ? 0 : (uint64_t)rlen);
	emit_array_begin(ctx->e);
	emit_int(ctx->e, ulen);
	if (ulen != rlen) {
		emit_join(ctx->e, " => ");
		emit_int(ctx->e, rlen);
	}
	emit_array_end(ctx->e);
	return DEC_DONE;
}
DECODER(getsockopt, dec_getsockopt);
