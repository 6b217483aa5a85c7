/* Decoders for the socket syscalls (socket, bind, connect, accept, send*,
 * recv*, *msg, listen, shutdown), and the helpers of decode/net.h that
 * the time, poll, futex, creds, ipc and misc families share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "decode/sockinfo.h"
#include "tmem/tmem.h"

static void ndec_netlink(struct dctx *ctx, int proto, uint64_t addr,
			 uint64_t len);

/* NETLINK_* of a descriptor, -1 unknown yet, -2 not a netlink socket */
static int netlink_proto(struct dctx *ctx, uint64_t fd)
{
	return decode_sock_netlink(ctx->call->tid, (int)fd);
}

/* Data a socket call moved: netlink messages on a netlink socket, else
 * a string. */
static void sock_data(struct dctx *ctx, int proto, uint64_t addr,
		      uint64_t len)
{
	if (proto >= -1)
		ndec_netlink(ctx, proto, addr, len);
	else
		dec_buf(ctx, addr, len);
}

/* ---- shared helpers ---- */

bool ndec_array(struct dctx *ctx, uint64_t addr, uint64_t nmemb, size_t size,
		ndec_elem_fn fn, void *data)
{
	unsigned char elem[256];
	uint64_t max = fdec_array_max(ctx);
	uint64_t i;

	if (!addr) {
		emit_addr(ctx->e, 0);
		return false;
	}
	if (!nmemb) {
		emit_array_begin(ctx->e);
		emit_array_end(ctx->e);
		return false;
	}
	if (size > sizeof(elem) || nmemb > UINT64_MAX / size ||
	    addr + nmemb * size <= addr) {
		emit_addr(ctx->e, addr);
		return false;
	}
	for (i = 0; i < nmemb; i++) {
		uint64_t cur = addr + i * size;
		/* strace reads an element before it checks the -s limit */
		if (tmem_read(ctx->call->tid, cur, elem, size)) {
			char text[32];
			if (i == 0) {
				emit_addr(ctx->e, addr);
				return false;
			}
			emit_more(ctx->e);
			snprintf(text, sizeof(text), "%#llx",
				 (unsigned long long)cur);
			emit_comment(ctx->e, text);
			break;
		}
		if (i == 0)
			emit_array_begin(ctx->e);
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		if (!fn(ctx, elem, size, data)) {
			i = nmemb;
			break;
		}
	}
	emit_array_end(ctx->e);
	return i >= nmemb;
}

void ndec_sigset(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	/* strace accepts exactly the kernel's sigset size (8 on x86_64) */
	if (len != 8 || !addr) {
		dec_ptr(ctx, addr);
		return;
	}
	dec_sigset(ctx, addr, len);
}

void ndec_ret_aux(struct dctx *ctx, void (*fn)(struct dctx *ctx))
{
#ifdef SC_CALL_RET_AUX
	ctx->call->ret_aux = fn;
#else
	(void)ctx;
	(void)fn;
#endif
}

/* ---- socket, socketpair ---- */

static void sock_type(struct dctx *ctx, uint32_t type)
{
	uint32_t rest = type & ~0xfu;

	if (!consts_name(&ct_n_sock_types, type & 0xf)) {
		fdec_flags_dflt(ctx, &ct_n_sock_flags, type, "SOCK_???");
		return;
	}
	emit_enum(ctx->e, &ct_n_sock_types, type & 0xf, EMIT_HEX);
	if (!rest)
		return;
	emit_join(ctx->e, "|");
	fdec_flags_dflt(ctx, &ct_n_sock_flags, rest, "SOCK_???");
}

static void sock_proto(struct dctx *ctx, uint32_t family, uint64_t proto)
{
	switch (family) {
	case 2:
	case 10:
		fdec_enum_dflt(ctx, &ct_n_ipprotos, (uint32_t)proto,
			       "IPPROTO_???");
		break;
	case 16:
		fdec_enum_dflt(ctx, &ct_n_netlink_protos, (uint32_t)proto,
			       "NETLINK_???");
		break;
	case 17:
		emit_call_begin(ctx->e, "htons");
		fdec_enum_dflt(ctx, &ct_n_eth_p,
			       (uint16_t)(((proto & 0xff) << 8) |
					  ((proto >> 8) & 0xff)),
			       "ETH_P_???");
		emit_call_end(ctx->e);
		break;
	default:
		emit_uint(ctx->e, proto);
		break;
	}
}

static int dec_socket(struct dctx *ctx)
{
	ndec_family(ctx, (uint32_t)dec_arg(ctx, 0));
	sock_type(ctx, (uint32_t)dec_arg(ctx, 1));
	sock_proto(ctx, (uint32_t)dec_arg(ctx, 0), dec_arg(ctx, 2));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(socket, dec_socket);

static int dec_socketpair(struct dctx *ctx)
{
	int32_t sv[2];

	if (!ctx->exiting) {
		/* the protocol in plain numbers, whatever the family */
		ndec_family(ctx, (uint32_t)dec_arg(ctx, 0));
		sock_type(ctx, (uint32_t)dec_arg(ctx, 1));
		dec_ulong(ctx, dec_arg(ctx, 2));
		return DEC_MORE;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 3));
		return DEC_DONE;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 3), sv, sizeof(sv)))
		return DEC_DONE;
	emit_array_begin(ctx->e);
	dec_fd(ctx, (uint64_t)(int64_t)sv[0]);
	dec_fd(ctx, (uint64_t)(int64_t)sv[1]);
	emit_array_end(ctx->e);
	return DEC_DONE;
}
DECODER_ANY_PERS(socketpair, dec_socketpair);

/* ---- bind, connect, listen, shutdown ---- */

static int dec_bind(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	ndec_sockaddr(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	dec_int(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_ANY_PERS(bind, dec_bind);
DECODER_ANY_PERS(connect, dec_bind);

static int dec_listen(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_int(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_ANY_PERS(listen, dec_listen);

static int dec_shutdown(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_n_shut_how, (uint32_t)dec_arg(ctx, 1),
		       "SHUT_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(shutdown, dec_shutdown);

/* ---- accept, getsockname, getpeername ---- */

/* [16] or [128 => 16]: a socklen_t that the kernel rewrote */
static void socklen_changed(struct dctx *ctx, int32_t before, int32_t after)
{
	emit_array_begin(ctx->e);
	emit_int(ctx->e, before);
	if (before != after) {
		emit_join(ctx->e, " => ");
		emit_int(ctx->e, after);
	}
	emit_array_end(ctx->e);
}

static bool fetch_socklen(struct dctx *ctx, uint64_t addr, uint64_t lenp,
			  int32_t *len)
{
	return addr && lenp &&
	       tmem_read(ctx->call->tid, lenp, len, sizeof(*len)) == 0;
}

/* Returns true when done at entry (no usable length to read back). */
static bool sockname_entry(struct dctx *ctx)
{
	int32_t len;

	dec_fd(ctx, dec_arg(ctx, 0));
	if (fetch_socklen(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2), &len)) {
		ctx->call->saved[0] = (uint32_t)len;
		return false;
	}
	dec_ptr(ctx, dec_arg(ctx, 1));
	dec_ptr(ctx, dec_arg(ctx, 2));
	return true;
}

static void sockname_exit(struct dctx *ctx)
{
	int32_t ulen = (int32_t)ctx->call->saved[0], rlen;

	if (dec_failed(ctx) ||
	    tmem_read(ctx->call->tid, dec_arg(ctx, 2), &rlen, sizeof(rlen))) {
		dec_ptr(ctx, dec_arg(ctx, 1));
		emit_array_begin(ctx->e);
		emit_int(ctx->e, ulen);
		emit_array_end(ctx->e);
		return;
	}
	ndec_sockaddr(ctx, dec_arg(ctx, 1), (uint32_t)(ulen > rlen ? rlen : ulen));
	socklen_changed(ctx, ulen, rlen);
}

static int dec_sockname(struct dctx *ctx)
{
	if (!ctx->exiting)
		return sockname_entry(ctx) ? DEC_DONE : DEC_MORE;
	sockname_exit(ctx);
	return DEC_DONE;
}
DECODER_ANY_PERS(getsockname, dec_sockname);
DECODER_ANY_PERS(getpeername, dec_sockname);

static int dec_accept(struct dctx *ctx)
{
	ctx->call->ret_fmt = RET_FD;
	return dec_sockname(ctx);
}
DECODER_ANY_PERS(accept, dec_accept);

static int dec_accept4(struct dctx *ctx)
{
	ctx->call->ret_fmt = RET_FD;
	if (!ctx->exiting) {
		if (!sockname_entry(ctx))
			return DEC_MORE;
	} else {
		sockname_exit(ctx);
	}
	fdec_flags_dflt(ctx, &ct_n_sock_flags, (uint32_t)dec_arg(ctx, 3),
			"SOCK_???");
	return DEC_DONE;
}
DECODER_ANY_PERS(accept4, dec_accept4);

/* ---- sendto, recvfrom ---- */

static void msg_flags(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_n_msg_flags, (uint32_t)v, "MSG_???");
}

static int dec_sendto(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	sock_data(ctx, netlink_proto(ctx, dec_arg(ctx, 0)), dec_arg(ctx, 1),
		  dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	msg_flags(ctx, dec_arg(ctx, 3));
	ndec_sockaddr(ctx, dec_arg(ctx, 4), dec_arg(ctx, 5));
	dec_int(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_ANY_PERS(sendto, dec_sendto);

static int dec_recvfrom(struct dctx *ctx)
{
	int32_t ulen, rlen;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		if (fetch_socklen(ctx, dec_arg(ctx, 4), dec_arg(ctx, 5), &ulen))
			ctx->call->saved[0] = (uint32_t)ulen;
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else /* MSG_TRUNC returns the datagram's full length */
		sock_data(ctx, netlink_proto(ctx, dec_arg(ctx, 0)),
			  dec_arg(ctx, 1),
			  (uint64_t)ctx->call->rval < dec_arg(ctx, 2) ?
				  (uint64_t)ctx->call->rval : dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	msg_flags(ctx, dec_arg(ctx, 3));
	ulen = (int32_t)ctx->call->saved[0];
	if (!fetch_socklen(ctx, dec_arg(ctx, 4), dec_arg(ctx, 5), &rlen)) {
		dec_ptr(ctx, dec_arg(ctx, 4));
		dec_ptr(ctx, dec_arg(ctx, 5));
		return DEC_DONE;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 4));
		emit_array_begin(ctx->e);
		emit_int(ctx->e, ulen);
		emit_array_end(ctx->e);
		return DEC_DONE;
	}
	ndec_sockaddr(ctx, dec_arg(ctx, 4), (uint32_t)(ulen > rlen ? rlen : ulen));
	socklen_changed(ctx, ulen, rlen);
	return DEC_DONE;
}
DECODER_ANY_PERS(recvfrom, dec_recvfrom);

/* ---- sendmsg, recvmsg, sendmmsg, recvmmsg ---- */

/* struct msghdr as seven words of the call's personality (its ints sit
 * in word-sized slots on both), struct mmsghdr as eight. */
enum { MSGHDR_WORDS = 7, MMSGHDR_WORDS = 8 };
/* the personalities these decoders serve: x86_64 and i386 */
#define NET_MSG_PERS ((1u << PERS_X86_64) | (1u << PERS_I386))

struct k_msghdr {
	uint64_t name;
	int32_t namelen;
	uint64_t iov;
	uint64_t iovlen;
	uint64_t control;
	uint64_t controllen;
	int32_t flags;
};

static void msghdr_of_words(const uint64_t *w, struct k_msghdr *m)
{
	m->name = w[0];
	m->namelen = (int32_t)w[1];
	m->iov = w[2];
	m->iovlen = w[3];
	m->control = w[4];
	m->controllen = w[5];
	m->flags = (int32_t)w[6];
}

/* A struct msghdr at addr: 0 or -errno, nothing emitted. */
static int read_msghdr(struct dctx *ctx, uint64_t addr, struct k_msghdr *m)
{
	uint64_t w[MSGHDR_WORDS];
	int r = dec_read_words(ctx, addr, w, MSGHDR_WORDS);

	if (!r)
		msghdr_of_words(w, m);
	return r;
}

static size_t word_size(const struct dctx *ctx)
{
	return arch_pers[ctx->call->pers].word_size;
}

static bool scm_fd(struct dctx *ctx, const void *elem, size_t size,
		   void *data)
{
	int32_t fd;

	memcpy(&fd, elem, sizeof(fd));
	dec_fd(ctx, (uint64_t)(int64_t)fd);
	return true;
}

/* A time of a control message: {tv_sec=..., tv_usec=...} or tv_nsec, of
 * two longs of width bytes each */
static void cmsg_time(struct dctx *ctx, const unsigned char *p, bool ns,
		      size_t width)
{
	int64_t v[2];

	if (width == 4) {
		int32_t n[2];
		memcpy(n, p, sizeof(n));
		v[0] = n[0], v[1] = (uint32_t)n[1];
	} else {
		memcpy(v, p, sizeof(v));
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, v[0]);
	emit_field(ctx->e, ns ? "tv_nsec" : "tv_usec");
	emit_uint(ctx->e, (uint64_t)v[1]);
	emit_struct_end(ctx->e);
}

/* The data of a SOL_IP message as an array: its bytes in hex, or its
 * unsigned ints (a trailing part of one left out), up to the -s limit. */
static void cmsg_ip_array(struct dctx *ctx, const unsigned char *p,
			  size_t len, bool bytes)
{
	size_t size = bytes ? 1 : 4, n = len / size;
	uint64_t max = fdec_array_max(ctx);

	emit_array_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		uint32_t v;
		if (bytes) {
			emit_hex(ctx->e, p[i]);
			continue;
		}
		memcpy(&v, p + 4 * i, sizeof(v));
		emit_uint(ctx->e, v);
	}
	emit_array_end(ctx->e);
}

/* IP_RECVERR's struct sock_extended_err and its offender's address */
static void cmsg_ip_recverr(struct dctx *ctx, const unsigned char *p)
{
	static const char *const u8_fields[] = { "ee_origin", "ee_type",
						 "ee_code" };
	uint32_t errno_, info, data;

	memcpy(&errno_, p, 4);
	memcpy(&info, p + 8, 4);
	memcpy(&data, p + 12, 4);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "ee_errno");
	emit_uint(ctx->e, errno_);
	for (int i = 0; i < 3; i++) {
		emit_field(ctx->e, u8_fields[i]);
		emit_uint(ctx->e, p[4 + i]);
	}
	emit_field(ctx->e, "ee_info");
	emit_uint(ctx->e, info);
	emit_field(ctx->e, "ee_data");
	emit_uint(ctx->e, data);
	emit_field(ctx->e, "offender");
	ndec_sockaddr_buf(ctx, p + 16, 16);
	emit_struct_end(ctx->e);
}

/* The width of a long in the times of control message type: the _OLD
 * ones (29, 35, 37) have the kernel's long, the _NEW ones 64 bits. */
static size_t cmsg_time_width(const struct dctx *ctx, int type)
{
	return type == 29 || type == 35 || type == 37 ? word_size(ctx) : 8;
}

/* The minimum data size of the control messages strace decodes, 0 for
 * those it does not. */
static size_t cmsg_min(const struct dctx *ctx, int level, int type)
{
	if (level == 1) {
		size_t pair = 2 * cmsg_time_width(ctx, type);
		switch (type) {
		case 1: return 4;          /* SCM_RIGHTS */
		case 2: return 12;         /* SCM_CREDENTIALS */
		case 3: return 1;          /* SCM_SECURITY */
		case 29: case 63: return pair; /* SO_TIMESTAMP */
		case 35: case 64: return pair; /* SO_TIMESTAMPNS */
		case 37: case 65: return 3 * pair; /* SO_TIMESTAMPING */
		}
	} else if (level == 0) {
		switch (type) {
		case 1: return 1;          /* IP_TOS */
		case 2: return 4;          /* IP_TTL */
		case 3: return 1;          /* SCM_SECURITY */
		case 6: case 7: return 1;  /* IP_RECVOPTS, IP_RETOPTS */
		case 8: return 12;         /* IP_PKTINFO */
		case 11: return 32;        /* IP_RECVERR: with its offender */
		case 20: return 16;        /* IP_ORIGDSTADDR */
		case 23: return 4;         /* IP_CHECKSUM */
		}
	}
	return 0;
}

static void cmsg_data(struct dctx *ctx, int level, int type,
		      const unsigned char *data, size_t len)
{
	uint64_t max = fdec_array_max(ctx);
	size_t min = cmsg_min(ctx, level, type);
	size_t width = cmsg_time_width(ctx, type);

	switch (level) {
	case 1:
		fdec_enum_dflt(ctx, &ct_n_scm_types, (uint32_t)type,
			       "SCM_???");
		break;
	case 0:
		fdec_enum_dflt(ctx, &ct_n_ip_cmsg_types, (uint32_t)type,
			       "IP_???");
		break;
	default:
		emit_hex(ctx->e, (uint32_t)type);
		break;
	}
	if (!min)
		return;
	if (len < min) {
		/* strace's timestamp printers mark a short one (not an
		 * empty one); the others leave the data out */
		if (level == 1 && type > 3 && len) {
			emit_field(ctx->e, "cmsg_data");
			emit_sym(ctx->e, "???");
		}
		return;
	}
	emit_field(ctx->e, "cmsg_data");
	if (level == 1) {
		switch (type) {
		case 1:
			emit_array_begin(ctx->e);
			for (size_t i = 0; i + 4 <= len; i += 4) {
				if (i / 4 == max) {
					emit_more(ctx->e);
					break;
				}
				scm_fd(ctx, data + i, 4, NULL);
			}
			emit_array_end(ctx->e);
			return;
		case 2: {
			static const char *const f[] = { "pid", "uid", "gid" };
			uint32_t cred[3];
			memcpy(cred, data, sizeof(cred));
			emit_struct_begin(ctx->e);
			for (int i = 0; i < 3; i++) {
				emit_field(ctx->e, f[i]);
				if (i == 0)
					dec_pid(ctx, cred[i]);
				else
					emit_uint(ctx->e, cred[i]);
			}
			emit_struct_end(ctx->e);
			return;
		}
		case 3:
			emit_str(ctx->e, data, len, 0);
			return;
		case 29: case 63:
			cmsg_time(ctx, data, false, width);
			return;
		case 35: case 64:
			cmsg_time(ctx, data, true, width);
			return;
		default: /* SO_TIMESTAMPING: three times */
			emit_array_begin(ctx->e);
			for (int i = 0; i < 3; i++)
				cmsg_time(ctx, data + 2 * width * i, true,
					  width);
			emit_array_end(ctx->e);
			return;
		}
	}
	switch (type) { /* SOL_IP */
	case 1: case 6: case 7: /* IP_TOS, IP_RECVOPTS, IP_RETOPTS */
		cmsg_ip_array(ctx, data, len, true);
		break;
	case 2: case 23: /* IP_TTL, IP_CHECKSUM */
		cmsg_ip_array(ctx, data, len, false);
		break;
	case 3:
		emit_str(ctx->e, data, len, 0);
		break;
	case 11:
		cmsg_ip_recverr(ctx, data);
		break;
	case 8: {
		int32_t idx;
		memcpy(&idx, data, 4);
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "ipi_ifindex");
		ndec_ifindex(ctx, (uint32_t)idx);
		ndec_inet_addr(ctx, "ipi_spec_dst", data + 4);
		ndec_inet_addr(ctx, "ipi_addr", data + 8);
		emit_struct_end(ctx->e);
		break;
	}
	default: /* IP_ORIGDSTADDR */
		ndec_sockaddr_buf(ctx, data, len);
		break;
	}
}

static void msg_control(struct dctx *ctx, uint64_t addr, uint64_t in_len)
{
	enum { CONTROL_MAX = 1 << 16 };
	/* cmsg_len is a size_t, then two ints; headers align to a size_t */
	const size_t ws = word_size(ctx), CMSG_HDR = ws + 8;
	uint64_t clen = in_len > CONTROL_MAX ? CONTROL_MAX : in_len;
	uint64_t left = clen;
	unsigned char *buf, *p;
	char text[32];

	if (!in_len)
		return;
	emit_field(ctx->e, "msg_control");
	buf = clen < CMSG_HDR ? NULL : malloc(clen);
	if (!buf || tmem_read(ctx->call->tid, addr, buf, clen)) {
		dec_ptr(ctx, addr);
		free(buf);
		return;
	}
	p = buf;
	emit_array_begin(ctx->e);
	while (left >= CMSG_HDR) {
		uint64_t cmsg_len;
		int32_t level, type;
		dec_words_of_bytes(ctx, p, &cmsg_len, 1);
		memcpy(&level, p + ws, 4);
		memcpy(&type, p + ws + 4, 4);
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "cmsg_len");
		emit_uint(ctx->e, cmsg_len);
		emit_field(ctx->e, "cmsg_level");
		fdec_enum_dflt(ctx, &ct_n_sol_levels, (uint32_t)level,
			       "SOL_???");
		emit_field(ctx->e, "cmsg_type");
		uint64_t len = cmsg_len > left ? left : cmsg_len;
		cmsg_data(ctx, level, type, p + CMSG_HDR,
			  len > CMSG_HDR ? len - CMSG_HDR : 0);
		emit_struct_end(ctx->e);
		if (len < CMSG_HDR) {
			left -= CMSG_HDR;
			break;
		}
		len = (cmsg_len + ws - 1) & ~(uint64_t)(ws - 1);
		if (len >= left) {
			left = 0;
			break;
		}
		p += len;
		left -= len;
	}
	if (left) {
		emit_more(ctx->e);
		snprintf(text, sizeof(text), "%#llx",
			 (unsigned long long)(addr + (clen - left)));
		emit_comment(ctx->e, text);
	} else if (clen < in_len) {
		emit_more(ctx->e);
	}
	emit_array_end(ctx->e);
	free(buf);
}

/* A struct msghdr; data_size bounds the iovec data shown (UINT64_MAX for
 * all of it), user_namelen is the msg_namelen the caller passed in (or
 * negative when unknown). */
/* An iovec array whose data are netlink messages (fdec_iov's layout). */
static void netlink_iov(struct dctx *ctx, int proto, uint64_t addr,
			uint64_t cnt, uint64_t datalen)
{
	struct {
		uint64_t base;
		uint64_t len;
	} iov;
	const uint64_t size = 2 * word_size(ctx);
	uint64_t max = fdec_array_max(ctx);
	char text[32];

	if (cnt == 0 && addr) {
		emit_array_begin(ctx->e);
		emit_array_end(ctx->e);
		return;
	}
	if (!addr || dec_read_words(ctx, addr, &iov.base, 2)) {
		dec_ptr(ctx, addr);
		return;
	}
	emit_array_begin(ctx->e);
	for (uint64_t i = 0; i < cnt; i++) {
		uint64_t a = addr + i * size;
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		if (i && dec_read_words(ctx, a, &iov.base, 2)) {
			emit_more(ctx->e);
			snprintf(text, sizeof(text), "%#llx",
				 (unsigned long long)a);
			emit_comment(ctx->e, text);
			break;
		}
		uint64_t n = iov.len < datalen ? iov.len : datalen;
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "iov_base");
		ndec_netlink(ctx, proto, iov.base, n);
		datalen -= n;
		emit_field(ctx->e, "iov_len");
		emit_uint(ctx->e, iov.len);
		emit_struct_end(ctx->e);
	}
	emit_array_end(ctx->e);
}

static void msghdr_val(struct dctx *ctx, const struct k_msghdr *m,
		       uint64_t data_size, const int32_t *user_namelen,
		       int proto)
{
	int32_t namelen = m->namelen;

	if (user_namelen && namelen > *user_namelen)
		namelen = *user_namelen;
	emit_struct_begin(ctx->e);
	uint16_t name_family = 0;

	emit_field(ctx->e, "msg_name");
	if (!m->name || namelen <= 0) {
		dec_ptr(ctx, m->name);
	} else {
		if (namelen >= 2 &&
		    tmem_read(ctx->call->tid, m->name, &name_family, 2))
			name_family = 0;
		ndec_sockaddr(ctx, m->name, (uint32_t)namelen);
	}
	if (proto < -1)
		proto = -1;
	emit_field(ctx->e, "msg_namelen");
	if (user_namelen && *user_namelen != m->namelen) {
		emit_int(ctx->e, *user_namelen);
		emit_join(ctx->e, " => ");
	}
	emit_int(ctx->e, m->namelen);
	emit_field(ctx->e, "msg_iov");
	/* strace decodes the vector as netlink messages when the message
	 * names a netlink address (unlike sendto's buffer, where the
	 * socket decides) */
	if (name_family == 16)
		netlink_iov(ctx, proto, m->iov, m->iovlen, data_size);
	else
		fdec_iov(ctx, m->iov, m->iovlen, true, data_size);
	emit_field(ctx->e, "msg_iovlen");
	emit_uint(ctx->e, m->iovlen);
	msg_control(ctx, m->control, m->controllen);
	emit_field(ctx->e, "msg_controllen");
	emit_uint(ctx->e, m->controllen);
	emit_field(ctx->e, "msg_flags");
	msg_flags(ctx, (uint32_t)m->flags);
	emit_struct_end(ctx->e);
}

static int dec_sendmsg(struct dctx *ctx)
{
	struct k_msghdr m;
	uint64_t w[MSGHDR_WORDS];

	dec_fd(ctx, dec_arg(ctx, 0));
	if (dec_fetch_words(ctx, dec_arg(ctx, 1), w, MSGHDR_WORDS)) {
		msghdr_of_words(w, &m);
		msghdr_val(ctx, &m, UINT64_MAX, NULL,
			   netlink_proto(ctx, dec_arg(ctx, 0)));
	}
	msg_flags(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(sendmsg, dec_sendmsg, NET_MSG_PERS);

static int dec_recvmsg(struct dctx *ctx)
{
	struct k_msghdr m;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		if (!dec_arg(ctx, 1) || read_msghdr(ctx, dec_arg(ctx, 1), &m)) {
			dec_ptr(ctx, dec_arg(ctx, 1));
			msg_flags(ctx, dec_arg(ctx, 2));
			return DEC_DONE;
		}
		ctx->call->saved[0] = (uint32_t)m.namelen;
		return DEC_MORE;
	}
	int32_t user_namelen = (int32_t)ctx->call->saved[0];
	if (read_msghdr(ctx, dec_arg(ctx, 1), &m)) {
		dec_ptr(ctx, dec_arg(ctx, 1));
	} else if (dec_failed(ctx)) {
		/* nothing was received: only the length passed in */
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "msg_namelen");
		emit_int(ctx->e, user_namelen);
		emit_struct_end(ctx->e);
	} else {
		msghdr_val(ctx, &m, (uint64_t)ctx->call->rval, &user_namelen,
			   netlink_proto(ctx, dec_arg(ctx, 0)));
	}
	msg_flags(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(recvmsg, dec_recvmsg, NET_MSG_PERS);

struct mmsg_state {
	uint64_t with_len; /* elements whose msg_len is shown */
	bool use_len;      /* msg_len bounds the data shown */
	int proto;         /* netlink protocol, -2 for other sockets */
};

static bool mmsg_elem(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	struct mmsg_state *st = data;
	uint64_t w[MMSGHDR_WORDS];
	struct k_msghdr hdr;

	dec_words_of_bytes(ctx, elem, w, MMSGHDR_WORDS);
	msghdr_of_words(w, &hdr);
	uint32_t len = (uint32_t)w[MSGHDR_WORDS];
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "msg_hdr");
	msghdr_val(ctx, &hdr, st->use_len ? len : UINT64_MAX, NULL,
		   st->proto);
	if (st->with_len) {
		emit_field(ctx->e, "msg_len");
		emit_uint(ctx->e, len);
		st->with_len--;
	}
	emit_struct_end(ctx->e);
	return true;
}

static int dec_sendmmsg(struct dctx *ctx)
{
	struct mmsg_state st;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	st.with_len = dec_failed(ctx) ? 0 : (uint64_t)ctx->call->rval;
	st.use_len = false;
	st.proto = netlink_proto(ctx, dec_arg(ctx, 0));
	ndec_array(ctx, dec_arg(ctx, 1), (uint32_t)dec_arg(ctx, 2),
		   MMSGHDR_WORDS * word_size(ctx), mmsg_elem, &st);
	dec_uint(ctx, dec_arg(ctx, 2));
	msg_flags(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(sendmmsg, dec_sendmmsg, NET_MSG_PERS);

/* recvmmsg's timeout: a struct timespec of the kernel's longs, or of
 * 64-bit ones for i386's recvmmsg_time64; 0 or -errno. */
static int read_timeout(struct dctx *ctx, uint64_t addr, bool time64,
			int64_t ts[2])
{
	if (time64)
		return tmem_read(ctx->call->tid, addr, ts, 2 * sizeof(*ts));
	return dec_read_time_pairs(ctx, addr, ts, 1);
}

static void recvmmsg_left(struct dctx *ctx, bool time64)
{
	int64_t ts[2];

	if (ctx->call->rval == 0) {
		emit_sym(ctx->e, "Timeout");
		return;
	}
	if (!dec_arg(ctx, 4))
		return;
	emit_prefix(ctx->e, "left ");
	if (read_timeout(ctx, dec_arg(ctx, 4), time64, ts))
		emit_addr(ctx->e, dec_arg(ctx, 4));
	else
		dec_timespec_val(ctx, ts[0], ts[1]);
}

static void recvmmsg_ret(struct dctx *ctx)
{
	recvmmsg_left(ctx, false);
}

static void recvmmsg64_ret(struct dctx *ctx)
{
	recvmmsg_left(ctx, true);
}

static int recvmmsg_common(struct dctx *ctx, bool time64)
{
	struct mmsg_state st;
	int64_t ts[2] = { 0, 0 };

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		/* the timeout as it was at entry */
		ctx->call->saved[0] = dec_arg(ctx, 4) &&
			read_timeout(ctx, dec_arg(ctx, 4), time64, ts) == 0;
		ctx->call->saved[1] = (uint64_t)ts[0];
		ctx->call->saved[2] = (uint64_t)ts[1];
		return DEC_MORE;
	}
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 1));
	} else {
		st.with_len = (uint64_t)ctx->call->rval;
		st.use_len = true;
		st.proto = netlink_proto(ctx, dec_arg(ctx, 0));
		ndec_array(ctx, dec_arg(ctx, 1), (uint64_t)ctx->call->rval,
			   MMSGHDR_WORDS * word_size(ctx), mmsg_elem, &st);
	}
	dec_uint(ctx, dec_arg(ctx, 2));
	msg_flags(ctx, dec_arg(ctx, 3));
	if (ctx->call->saved[0])
		dec_timespec_val(ctx, (int64_t)ctx->call->saved[1],
				 (int64_t)ctx->call->saved[2]);
	else
		dec_ptr(ctx, dec_arg(ctx, 4));
	ndec_ret_aux(ctx, time64 ? recvmmsg64_ret : recvmmsg_ret);
	return DEC_DONE;
}

static int dec_recvmmsg(struct dctx *ctx)
{
	return recvmmsg_common(ctx, false);
}
DECODER_PERS(recvmmsg, dec_recvmmsg, NET_MSG_PERS);

static int dec_recvmmsg_time64(struct dctx *ctx)
{
	return recvmmsg_common(ctx, true);
}
DECODER_PERS(recvmmsg_time64, dec_recvmmsg_time64, 1u << PERS_I386);

/* ---- netlink messages ---- */

/* Messages on a netlink socket show as strace decodes them: headers,
 * the payloads of NETLINK_ROUTE's link and address messages with their
 * attributes, errors and ends of dumps; anything else as hex bytes. */

enum { NLH_LEN = 16, NLA_HDR = 4, NL_MAX = 1 << 20 };

static uint32_t nl_align(uint32_t v)
{
	return (v + 3) & ~3u;
}

/* strace's hex-forced string, -s bound */
void nl_hex(struct dctx *ctx, const unsigned char *p, size_t len)
{
	const struct emit_style *old = ctx->e->style;
	struct emit_style st = *old;
	size_t n = len < ctx->opt->strsize ? len : ctx->opt->strsize;

	st.xflag = 2;
	ctx->e->style = &st;
	emit_str(ctx->e, p, n, len > n ? EMIT_STR_TRUNCATED : 0);
	ctx->e->style = old;
}

/* The u32 an attribute of at least 4 bytes holds. */
static bool nla_get_u32(const unsigned char *p, size_t len, uint32_t *v)
{
	if (len < 4)
		return false;
	memcpy(v, p, 4);
	return true;
}

bool nla_u32(struct dctx *ctx, const unsigned char *p, size_t len,
		    const void *data)
{
	uint32_t v;

	if (!nla_get_u32(p, len, &v))
		return false;
	emit_uint(ctx->e, v);
	return true;
}

bool nla_s32(struct dctx *ctx, const unsigned char *p, size_t len,
		    const void *data)
{
	uint32_t v;

	if (!nla_get_u32(p, len, &v))
		return false;
	emit_int(ctx->e, (int32_t)v);
	return true;
}

bool nla_u8(struct dctx *ctx, const unsigned char *p, size_t len,
		   const void *data)
{
	if (len < 1)
		return false;
	emit_uint(ctx->e, p[0]);
	return true;
}

/* a string attribute: strace shows up to -s bytes, embedded NULs too,
 * and takes a NUL in the last byte it shows as the end ("..." else) */
bool nla_str(struct dctx *ctx, const unsigned char *p, size_t len,
	     const void *data)
{
	size_t n = len < ctx->opt->strsize ? len : ctx->opt->strsize;

	/* (under -x and -xx no byte ends a string) */
	if (n && !p[n - 1] && !ctx->e->style->xflag)
		emit_str(ctx->e, p, n - 1, 0);
	else
		emit_str(ctx->e, p, n, EMIT_STR_TRUNCATED);
	return true;
}

/* An address attribute of an ifaddrmsg, by the message's family. */
bool nla_ifa_addr(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	uint8_t family = *(const uint8_t *)data;

	if (family == 2 && len >= 4) {
		ndec_inet_addr(ctx, NULL, p);
		return true;
	}
	if (family == 10 && len >= 16) {
		ndec_inet6_addr(ctx, p);
		return true;
	}
	return false;
}

/* a u32 of flags from t */
static bool nla_u32_flags(struct dctx *ctx, const unsigned char *p,
			  size_t len, const struct const_table *t,
			  const char *dflt)
{
	uint32_t v;

	if (!nla_get_u32(p, len, &v))
		return false;
	fdec_flags_dflt(ctx, t, v, dflt);
	return true;
}

static bool nla_ifa_flags(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data)
{
	return nla_u32_flags(ctx, p, len, &ct_n_ifa_flags, "IFA_F_???");
}

/* A struct of n u32 fields named by names; signed_mask marks the
 * signed ones. */
static bool nla_u32_struct(struct dctx *ctx, const unsigned char *p,
			   size_t len, const char *const *names, size_t n,
			   unsigned int signed_mask)
{
	uint32_t v;

	if (len < 4 * n)
		return false;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		memcpy(&v, p + 4 * i, 4);
		emit_field(ctx->e, names[i]);
		if (signed_mask & (1u << i))
			emit_int(ctx->e, (int32_t)v);
		else
			emit_uint(ctx->e, v);
	}
	emit_struct_end(ctx->e);
	return true;
}

static bool nla_ifa_cacheinfo(struct dctx *ctx, const unsigned char *p,
			      size_t len, const void *data)
{
	static const char *const f[] = { "ifa_prefered", "ifa_valid",
					 "cstamp", "tstamp" };

	return nla_u32_struct(ctx, p, len, f, 4, 0);
}

/* struct rta_cacheinfo; rta_expires is signed */
static bool nla_rta_cacheinfo(struct dctx *ctx, const unsigned char *p,
			      size_t len, const void *data)
{
	static const char *const f[] = {
		"rta_clntref", "rta_lastuse", "rta_expires", "rta_error",
		"rta_used", "rta_id", "rta_ts", "rta_tsage",
	};

	return nla_u32_struct(ctx, p, len, f, 8, 1u << 2);
}

static const nla_fn ifa_fns[] = {
	[1] = nla_ifa_addr, [2] = nla_ifa_addr, [3] = nla_str,
	[4] = nla_ifa_addr, [5] = nla_ifa_addr, [6] = nla_ifa_cacheinfo,
	[7] = nla_ifa_addr, [8] = nla_ifa_flags, [9] = nla_u32,
	[10] = nla_s32,
};

/* a hardware address: d2:11:0d:b5:51:4c */
bool nla_hwaddr(struct dctx *ctx, const unsigned char *p, size_t len,
		       const void *data)
{
	char text[3 * 32 + 1];
	size_t n = len, o = 0;

	if (len > 32) /* MAX_ADDR_LEN */
		return false;
	for (size_t i = 0; i < n; i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o, "%s%02x",
				      i ? ":" : "", p[i]);
	text[o] = '\0';
	/* under -X the bytes, the colon form only in a comment */
	if (ctx->e->style->xlat == 0) {
		emit_sym(ctx->e, text);
	} else {
		ndec_hex_bytes(ctx, p, n);
		if (ctx->e->style->xlat == 2)
			emit_comment(ctx->e, text);
	}
	return true;
}


static void nla_type(struct dctx *ctx, const struct nla_desc *d,
		     uint16_t type)
{
	static const char *const flag_names[] = { "NLA_F_NESTED",
						  "NLA_F_NET_BYTEORDER" };
	int xlat = ctx->e->style->xlat;

	/* NLA_F_NESTED and NLA_F_NET_BYTEORDER ride on the type */
	for (int i = 0; i < 2; i++) {
		uint16_t bit = (uint16_t)(0x8000 >> i);
		if (!(type & bit))
			continue;
		if (xlat == 0) {
			emit_sym(ctx->e, flag_names[i]);
		} else {
			emit_hex(ctx->e, bit);
			if (xlat == 2)
				emit_comment(ctx->e, flag_names[i]);
		}
		emit_join(ctx->e, "|");
	}
	if (d->names)
		fdec_enum_dflt(ctx, d->names, type & 0x3fff, d->dflt);
	else
		emit_hex(ctx->e, type & 0x3fff);
}

void nl_attrs(struct dctx *ctx, const unsigned char *p, size_t len,
	      const struct nla_desc *d)
{
	uint64_t max = fdec_array_max(ctx);
	bool is_array = false;

	for (uint64_t elt = 0;; elt++) {
		uint16_t nla_len, type;
		if (len < NLA_HDR) {
			nl_hex(ctx, p, len);
			break;
		}
		if (elt == max) {
			emit_more(ctx->e);
			break;
		}
		memcpy(&nla_len, p, 2);
		memcpy(&type, p + 2, 2);
		size_t alen = nl_align(nla_len), next_len = 0;
		if (nla_len >= NLA_HDR)
			next_len = len >= alen ? len - alen : 0;
		if (!is_array && next_len) {
			emit_array_begin(ctx->e);
			is_array = true;
		}
		size_t l = nla_len < len ? nla_len : len;
		if (l > NLA_HDR)
			emit_array_begin(ctx->e);
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "nla_len");
		emit_uint(ctx->e, nla_len);
		emit_field(ctx->e, "nla_type");
		nla_type(ctx, d, type);
		emit_struct_end(ctx->e);
		if (l > NLA_HDR) {
			size_t idx = type & 0x3fff;
			nla_fn fn = idx < d->nfns ? d->fns[idx] : NULL;
			if (!fn || !fn(ctx, p + NLA_HDR, l - NLA_HDR, d->data))
				nl_hex(ctx, p + NLA_HDR, l - NLA_HDR);
			emit_array_end(ctx->e);
		}
		if (!next_len)
			break;
		p += alen;
		len = next_len;
	}
	if (is_array)
		emit_array_end(ctx->e);
}

void nl_rtnl_msg(struct dctx *ctx, const struct rtnl_kind *k,
		 const unsigned char *p, size_t len)
{
	struct nla_desc d = k->attrs;

	d.data = p;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, k->family_field);
	ndec_family(ctx, p[0]);
	if (len < k->len) {
		emit_more(ctx->e);
		emit_struct_end(ctx->e);
		return;
	}
	k->fields(ctx, p);
	emit_struct_end(ctx->e);
	if (len > k->len)
		nl_attrs(ctx, p + k->len, len - k->len, &d);
}

/* struct ifaddrmsg (RTM_*ADDR) */
static void ifaddr_fields(struct dctx *ctx, const unsigned char *p)
{
	uint32_t idx;

	memcpy(&idx, p + 4, 4);
	emit_field(ctx->e, "ifa_prefixlen");
	emit_uint(ctx->e, p[1]);
	emit_field(ctx->e, "ifa_flags");
	fdec_flags_dflt(ctx, &ct_n_ifa_flags, p[2], "IFA_F_???");
	/* strace names unknown scopes by number alone */
	emit_field(ctx->e, "ifa_scope");
	emit_enum(ctx->e, &ct_n_rt_scopes, p[3], EMIT_HEX);
	emit_field(ctx->e, "ifa_index");
	ndec_ifindex(ctx, idx);
}

static const struct rtnl_kind rtnl_ifaddr = {
	"ifa_family", 8, ifaddr_fields,
	{ &ct_n_ifa_attrs, "IFA_???", ifa_fns,
	  sizeof(ifa_fns) / sizeof(ifa_fns[0]), NULL },
};

bool nla_ifindex(struct dctx *ctx, const unsigned char *p, size_t len,
			const void *data)
{
	uint32_t v;

	if (!nla_get_u32(p, len, &v))
		return false;
	ndec_ifindex(ctx, v);
	return true;
}

bool nla_rt_table(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	uint32_t v;

	if (!nla_get_u32(p, len, &v))
		return false;
	emit_enum(ctx->e, &ct_n_rt_tables, v, EMIT_HEX); /* strace: no "???" */
	return true;
}

/* route attributes; addresses by the rtmsg's family, like ifaddr's */
static const nla_fn rta_fns[] = {
	[1] = nla_ifa_addr, [2] = nla_ifa_addr, [3] = nla_ifindex,
	[4] = nla_ifindex, [5] = nla_ifa_addr, [6] = nla_u32,
	[7] = nla_ifa_addr, [12] = nla_rta_cacheinfo, [15] = nla_rt_table,
	[16] = nla_u32,
	[19] = nla_ifa_addr, [20] = nla_u8, [25] = nla_u32, [26] = nla_u8,
	[30] = nla_u32,
};

/* struct rtmsg (RTM_*ROUTE) */
static void route_fields(struct dctx *ctx, const unsigned char *p)
{
	uint32_t flags;

	memcpy(&flags, p + 8, 4);
	emit_field(ctx->e, "rtm_dst_len");
	emit_uint(ctx->e, p[1]);
	emit_field(ctx->e, "rtm_src_len");
	emit_uint(ctx->e, p[2]);
	emit_field(ctx->e, "rtm_tos");
	fdec_flags_dflt(ctx, &ct_n_iptos_flags, p[3], "IPTOS_TOS_???");
	/* strace names unknown tables and scopes by number alone */
	emit_field(ctx->e, "rtm_table");
	emit_enum(ctx->e, &ct_n_rt_tables, p[4], EMIT_HEX);
	emit_field(ctx->e, "rtm_protocol");
	fdec_enum_dflt(ctx, &ct_n_rt_protos, p[5], "RTPROT_???");
	emit_field(ctx->e, "rtm_scope");
	emit_enum(ctx->e, &ct_n_rt_scopes, p[6], EMIT_HEX);
	emit_field(ctx->e, "rtm_type");
	fdec_enum_dflt(ctx, &ct_n_rtn_types, p[7], "RTN_???");
	emit_field(ctx->e, "rtm_flags");
	fdec_flags_dflt(ctx, &ct_n_rtm_flags, flags, "RTM_F_???");
}

static const struct rtnl_kind rtnl_route = {
	"rtm_family", 12, route_fields,
	{ &ct_n_rta_attrs, "RTA_???", rta_fns,
	  sizeof(rta_fns) / sizeof(rta_fns[0]), NULL },
};


static void nl_message(struct dctx *ctx, int proto, const unsigned char *p,
		       size_t len, uint64_t fault);

/* struct nlmsgerr: the error and the message it answers */
static void nl_error_body(struct dctx *ctx, int proto, const unsigned char *p,
			  size_t len)
{
	int32_t err;
	const char *name;
	char text[48];

	/* strace wants a whole struct nlmsgerr (the error and a header) */
	if (len < 4 + NLH_LEN) {
		nl_hex(ctx, p, len);
		return;
	}
	memcpy(&err, p, 4);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "error");
	name = err < 0 ? consts_name(&ct_errnos, (uint64_t)-(int64_t)err) :
			 NULL;
	if (!name || ctx->e->style->xlat == 1) {
		emit_int(ctx->e, err);
	} else if (ctx->e->style->xlat == 2) {
		emit_int(ctx->e, err);
		snprintf(text, sizeof(text), "-%s", name);
		emit_comment(ctx->e, text);
	} else {
		snprintf(text, sizeof(text), "-%s", name);
		emit_sym(ctx->e, text);
	}
	if (len > 4) {
		emit_field(ctx->e, "msg");
		if (len - 4 < NLH_LEN)
			nl_hex(ctx, p + 4, len - 4);
		else
			nl_message(ctx, proto, p + 4, len - 4, 0);
	}
	emit_struct_end(ctx->e);
}

static const nla_fn nlmsgerr_fns[] = {
	[1] = nla_str, [2] = nla_u32, [5] = nla_u32, [6] = nla_u32,
};

/* Where an error's echoed message ends: its header alone when capped
 * (NLM_F_CAPPED), else its whole length, aligned. */
static size_t echoed_len(uint16_t flags, const unsigned char *p, size_t len)
{
	uint32_t mlen;

	if (len < 4 + NLH_LEN)
		return len;
	memcpy(&mlen, p + 4, 4);
	if (flags & 0x100)
		mlen = NLH_LEN;
	if (mlen < NLH_LEN || nl_align(mlen) > len - 4)
		return len;
	return 4 + nl_align(mlen);
}

/* An NLMSG_ERROR payload; with NLM_F_ACK_TLVS and attributes after the
 * echoed message, [{error, msg}, attributes]. */
static void nl_error(struct dctx *ctx, int proto, uint16_t flags,
		     const unsigned char *p, size_t len)
{
	struct nla_desc d = { &ct_n_nlmsgerr_attrs, "NLMSGERR_ATTR_???",
			      nlmsgerr_fns,
			      sizeof(nlmsgerr_fns) / sizeof(nlmsgerr_fns[0]),
			      NULL };
	size_t body = echoed_len(flags, p, len);

	if (body >= len) {
		nl_error_body(ctx, proto, p, len);
		return;
	}
	emit_array_begin(ctx->e);
	nl_error_body(ctx, proto, p, body);
	nl_attrs(ctx, p + body, len - body, &d);
	emit_array_end(ctx->e);
}


extern const struct nl_family *const __start_sift_nl_families[];
extern const struct nl_family *const __stop_sift_nl_families[];

/* Keeps the section present even when no file registers a family. */
static const struct nl_family *const nlfam_anchor
	__attribute__((used, section("sift_nl_families"),
		       aligned(sizeof(void *)))) = NULL;

static const struct nl_family *nl_family_of(int proto)
{
	for (const struct nl_family *const *f = __start_sift_nl_families;
	     f < __stop_sift_nl_families; f++)
		if (*f && (*f)->proto == proto)
			return *f;
	return NULL;
}

const struct const_table *nl_get_flags(void)
{
	return &ct_n_nlm_get_flags;
}

const struct const_table *nl_new_flags(void)
{
	return &ct_n_nlm_new_flags;
}

const struct const_table *nl_del_flags(void)
{
	return &ct_n_nlm_del_flags;
}

static const struct const_table *nl_flags_table(int proto, uint16_t type)
{
	const struct nl_family *fam = nl_family_of(proto);

	if (type == 2)
		return &ct_n_nlm_ack_flags;
	if (type < 16)
		return &ct_n_nlm_flags;
	if (fam && fam->flags) {
		const struct const_table *t = fam->flags(type);
		return t ? t : &ct_n_nlm_flags;
	}
	if (proto == 0) {
		switch ((type - 16) & 3) {
		case 0: return &ct_n_nlm_new_flags;
		case 1: return &ct_n_nlm_del_flags;
		case 2: return &ct_n_nlm_get_flags;
		default: return &ct_n_nlm_flags;
		}
	}
	if (proto == 4)
		return &ct_n_nlm_get_flags;
	return &ct_n_nlm_flags;
}

static void nl_payload(struct dctx *ctx, int proto, uint16_t type,
		       uint16_t flags, const unsigned char *p, size_t len)
{
	if (type == 2) {
		nl_error(ctx, proto, flags, p, len);
		return;
	}
	if (type == 3 && len == 4) {
		int32_t v;
		memcpy(&v, p, 4);
		emit_int(ctx->e, v);
		return;
	}
	if (proto == 4 && type == 20 && sockdiag_payload(ctx, flags, p, len))
		return;
	if (type >= 16) {
		const struct nl_family *fam = nl_family_of(proto);
		if (fam && fam->payload &&
		    fam->payload(ctx, type, flags, p, len))
			return;
	}
	if (proto != 0 || type < 16) {
		nl_hex(ctx, p, len);
		return;
	}
	if (type >= 16 && type <= 19) {
		nl_rtnl_msg(ctx, &rtnl_ifinfo, p, len);
	} else if ((type >= 20 && type <= 22) || type == 58 || type == 62) {
		nl_rtnl_msg(ctx, &rtnl_ifaddr, p, len);
	} else if (type >= 24 && type <= 26) {
		nl_rtnl_msg(ctx, &rtnl_route, p, len);
	} else if (!rtnl_more_payload(ctx, type, p, len)) {
		/* types strace decodes and sift not yet: family and bytes */
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "family");
		ndec_family(ctx, p[0]);
		if (len > 1) {
			emit_field(ctx->e, "data");
			nl_hex(ctx, p + 1, len - 1);
		}
		emit_struct_end(ctx->e);
	}
}

/* One message: its header, then [header, payload] when it has one; a
 * payload that could not be read shows as its address, fault. */
static void nl_message(struct dctx *ctx, int proto, const unsigned char *p,
		       size_t len, uint64_t fault)
{
	uint32_t mlen, seq, pid;
	uint16_t type, flags;

	memcpy(&mlen, p, 4);
	memcpy(&type, p + 4, 2);
	memcpy(&flags, p + 6, 2);
	memcpy(&seq, p + 8, 4);
	memcpy(&pid, p + 12, 4);
	size_t l = mlen < len ? mlen : len;
	if (l > NLH_LEN)
		emit_array_begin(ctx->e);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "nlmsg_len");
	emit_uint(ctx->e, mlen);
	emit_field(ctx->e, "nlmsg_type");
	if (type < 16)
		fdec_enum_dflt(ctx, &ct_n_nlmsg_types, type, "NLMSG_???");
	else if (proto == 0)
		fdec_enum_dflt(ctx, &ct_n_rtm_types, type, "RTM_???");
	else if (proto == 4)
		fdec_enum_dflt(ctx, &ct_n_sock_diag_types, type,
			       "SOCK_DIAG_???");
	else if (nl_family_of(proto) && nl_family_of(proto)->type)
		nl_family_of(proto)->type(ctx, type);
	else
		fdec_enum_dflt(ctx, &ct_n_nlmsg_types, type, "NLMSG_???");
	emit_field(ctx->e, "nlmsg_flags");
	fdec_flags_dflt(ctx, nl_flags_table(proto, type), flags, "NLM_F_???");
	emit_field(ctx->e, "nlmsg_seq");
	emit_uint(ctx->e, seq);
	emit_field(ctx->e, "nlmsg_pid");
	dec_pid(ctx, pid);
	emit_struct_end(ctx->e);
	if (l > NLH_LEN) {
		if (fault)
			emit_addr(ctx->e, fault);
		else
			nl_payload(ctx, proto, type, flags, p + NLH_LEN,
				   l - NLH_LEN);
		emit_array_end(ctx->e);
	}
}

/* The messages in len bytes at p, copied from addr where only the first
 * avail bytes could be read: strace reads message by message, so what
 * lies past a fault shows as an address. */
static void nl_messages(struct dctx *ctx, int proto, const unsigned char *p,
			size_t len, uint64_t addr, size_t avail)
{
	uint64_t max = fdec_array_max(ctx);
	bool is_array = false;
	size_t off = 0;

	for (uint64_t elt = 0;; elt++) {
		uint32_t mlen;
		if (len < NLH_LEN) {
			if (off + len <= avail)
				nl_hex(ctx, p, len);
			else
				emit_addr(ctx->e, addr + off);
			break;
		}
		if (elt == max) {
			emit_more(ctx->e);
			break;
		}
		if (off + NLH_LEN > avail) {
			char text[32];
			if (!elt) {
				emit_addr(ctx->e, addr);
				break;
			}
			emit_more(ctx->e);
			snprintf(text, sizeof(text), "%#llx",
				 (unsigned long long)(addr + off));
			emit_comment(ctx->e, text);
			break;
		}
		memcpy(&mlen, p, 4);
		size_t alen = nl_align(mlen), next_len = 0;
		size_t l = mlen < len ? mlen : len;
		if (mlen >= NLH_LEN)
			next_len = len >= alen ? len - alen : 0;
		if (!is_array && next_len) {
			emit_array_begin(ctx->e);
			is_array = true;
		}
		nl_message(ctx, proto, p, len,
			   off + l > avail ? addr + off + NLH_LEN : 0);
		if (!next_len)
			break;
		p += alen;
		off += alen;
		len = next_len;
	}
	if (is_array)
		emit_array_end(ctx->e);
}

/* len bytes at addr sent or received on a netlink socket of protocol
 * proto (-1 when unknown). */
static void ndec_netlink(struct dctx *ctx, int proto, uint64_t addr,
			 uint64_t len)
{
	unsigned char *buf;
	size_t n = len > NL_MAX ? NL_MAX : len, avail = 0;
	const struct nl_family *fam = nl_family_of(proto);

	if (!addr) {
		dec_ptr(ctx, addr);
		return;
	}
	buf = malloc(n ? n : 1);
	if (!buf)
		abort();
	if (tmem_read(ctx->call->tid, addr, buf, n) == 0) {
		avail = n;
	} else {
		/* the readable part, a page at a time */
		while (avail < n) {
			size_t chunk = 4096 - ((addr + avail) & 4095);
			if (chunk > n - avail)
				chunk = n - avail;
			if (tmem_read(ctx->call->tid, addr + avail,
				      buf + avail, chunk))
				break;
			avail += chunk;
		}
	}
	if (!fam || !fam->raw)
		nl_messages(ctx, proto, buf, n, addr, avail);
	else if (avail < n)
		dec_ptr(ctx, addr);
	else
		fam->raw(ctx, buf, n);
	free(buf);
}
