/* decode/net: helpers shared by the time, poll, futex, network, sockaddr,
 * sockopt, creds, ipc and misc decoder families.  Like the common toolkit
 * they emit through the emitter and read tracee memory through tmem; the
 * implementations live in net.c (arrays, sigsets, return annotations) and
 * sockaddr.c (socket addresses). */
#ifndef SIFT_DECODE_NET_H
#define SIFT_DECODE_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode/common.h"

/* Prints one element of an array; elem holds size bytes already read.
 * Returns false to stop the array there. */
typedef bool (*ndec_elem_fn)(struct dctx *ctx, const void *elem,
			     size_t size, void *data);

/* An array of nmemb elements of size bytes at addr, the way strace shows
 * one: NULL, [] when empty, the address when the first element cannot
 * be read, "..." past -s elements (unless -v) and "..." plus the address
 * in a comment when a later element faults.  Returns true when every
 * element was shown. */
bool ndec_array(struct dctx *ctx, uint64_t addr, uint64_t nmemb, size_t size,
		ndec_elem_fn fn, void *data);

/* A kernel sigset_t * of len bytes: strace shows it only when len is the
 * kernel's sigset size, else the address. */
void ndec_sigset(struct dctx *ctx, uint64_t addr, uint64_t len);

/* The return value's annotation, strace's " (...)" after "= N": fn is
 * run at exit with a fresh argument list when the call succeeded.  Needs
 * support in the call record (see net.c); without it nothing shows. */
void ndec_ret_aux(struct dctx *ctx, void (*fn)(struct dctx *ctx));

/* A struct __aio_sigset * (io_pgetevents) of the call's longs; lives in
 * aio.c. */
void ndec_aio_sigset(struct dctx *ctx, uint64_t addr);

/* A struct sigevent * (timer_create, mq_notify) of the call's word size;
 * lives in time.c. */
void ndec_sigevent(struct dctx *ctx, uint64_t addr);

/* A struct sockaddr of len bytes at addr (len as the kernel sees it). */
void ndec_sockaddr(struct dctx *ctx, uint64_t addr, uint64_t len);
/* The same from a copy in sift's memory. */
void ndec_sockaddr_buf(struct dctx *ctx, const void *buf, size_t len);
/* field=inet_addr("1.2.3.4") of a struct in_addr (raw bytes under -X);
 * no field name when field is NULL */
void ndec_inet_addr(struct dctx *ctx, const char *field, const void *a);
/* inet_pton(AF_INET6, "::1") of a struct in6_addr (raw bytes under -X) */
void ndec_inet6_addr(struct dctx *ctx, const void *a);
/* n bytes as a string of \x escapes, whatever -x says */
void ndec_hex_bytes(struct dctx *ctx, const void *p, size_t n);
/* An interface index: if_nametoindex("lo") when the name is known. */
void ndec_ifindex(struct dctx *ctx, unsigned int idx);
/* Socket address families (AF_*), for the -yy and msghdr decoders. */
void ndec_family(struct dctx *ctx, unsigned int family);

/* Netlink attributes (net.c): an attribute's value decoder returns false
 * to have the value shown as hex bytes instead. */
typedef bool (*nla_fn)(struct dctx *ctx, const unsigned char *p,
		       size_t len, const void *data);

/* How one family of attributes shows: type names, the "X_???" default,
 * value decoders by type, and data passed to them. */
struct nla_desc {
	const struct const_table *names;
	const char *dflt;
	const nla_fn *fns;
	size_t nfns;
	const void *data;
};

/* The attributes in len bytes at p, as strace's [[{nla_len=..}, v], ..] */
void nl_attrs(struct dctx *ctx, const unsigned char *p, size_t len,
	      const struct nla_desc *d);
/* bytes as strace's hex-forced string, -s bound */
void nl_hex(struct dctx *ctx, const unsigned char *p, size_t len);
/* value decoders: a u32, a u8 */
bool nla_u32(struct dctx *ctx, const unsigned char *p, size_t len,
	     const void *data);
bool nla_u8(struct dctx *ctx, const unsigned char *p, size_t len,
	    const void *data);
bool nla_s32(struct dctx *ctx, const unsigned char *p, size_t len,
	     const void *data);
bool nla_str(struct dctx *ctx, const unsigned char *p, size_t len,
	     const void *data);
/* an address by the family in the first byte of data (the header) */
bool nla_ifa_addr(struct dctx *ctx, const unsigned char *p, size_t len,
		  const void *data);
/* a hardware address: 00:11:22 */
bool nla_hwaddr(struct dctx *ctx, const unsigned char *p, size_t len,
		const void *data);
bool nla_ifindex(struct dctx *ctx, const unsigned char *p, size_t len,
		 const void *data);
/* an RT_TABLE_* (unknown ones in hex, no comment) */
bool nla_rt_table(struct dctx *ctx, const unsigned char *p, size_t len,
		  const void *data);

/* A netlink protocol decoded in its own file (netlink_*.c): how its
 * message types and flags are named and its payloads shown.  Any hook
 * may be NULL (then the message shows as for an unknown protocol). */
struct nl_family {
	int proto;		/* NETLINK_* */
	/* the whole datagram, for protocols without nlmsghdr framing */
	void (*raw)(struct dctx *ctx, const unsigned char *p, size_t len);
	/* the name of a type >= NLMSG_MIN_TYPE */
	void (*type)(struct dctx *ctx, uint16_t type);
	/* the table naming nlmsg_flags of such a type; NULL: NLM_F_* */
	const struct const_table *(*flags)(uint16_t type);
	/* the payload of such a type; false to show it as bytes */
	bool (*payload)(struct dctx *ctx, uint16_t type, uint16_t flags,
			const unsigned char *p, size_t len);
};

#define NL_FAMILY(var)                                                       \
	static const struct nl_family *const nlfam_##var                      \
		__attribute__((used, section("sift_nl_families"),             \
			       aligned(sizeof(void *)))) = &var

/* Flag tables by the kind of request a type is (net.c) */
const struct const_table *nl_get_flags(void);
const struct const_table *nl_new_flags(void);
const struct const_table *nl_del_flags(void);

/* An rtnetlink-style fixed header: its family first, the fields after
 * it when the payload covers them all ("..." otherwise), then the
 * attributes that follow, decoded by attrs (data: the header). */
struct rtnl_kind {
	const char *family_field;
	size_t len;
	void (*fields)(struct dctx *ctx, const unsigned char *p);
	struct nla_desc attrs;
};
void nl_rtnl_msg(struct dctx *ctx, const struct rtnl_kind *k,
		 const unsigned char *p, size_t len);

/* RTM_*LINK messages (netlink_route.c) */
extern const struct rtnl_kind rtnl_ifinfo;

/* RTM_* payloads of the message types netlink_route.c decodes (false
 * for the others) */
bool rtnl_more_payload(struct dctx *ctx, uint16_t type,
		       const unsigned char *p, size_t len);

/* A NETLINK_SOCK_DIAG SOCK_DIAG_BY_FAMILY payload (sockdiag.c): a request
 * when flags has NLM_F_REQUEST, else a reply.  False when the family is
 * not one it knows, for the caller to show the bytes. */
bool sockdiag_payload(struct dctx *ctx, uint16_t flags,
		      const unsigned char *p, size_t len);

#endif
