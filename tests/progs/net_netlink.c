/* rtnetlink requests and replies.  First in sift's network namespace,
 * where the kernel tells the socket's protocol: requests it rejects, so
 * the replies are the same in every run.  Then in a new namespace (only
 * a down loopback, so even dumps are the same), where the protocol stays
 * unknown to the tracer: a dump sent before the socket is bound, link
 * and address dumps, an error reply, sendmsg/recvmsg.  getpid is traced
 * so the normaliser knows the port ids. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sched.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct req {
	struct nlmsghdr h;
	struct ifaddrmsg a;
};

static void request(struct req *r, int type, int flags, int family)
{
	memset(r, 0, sizeof(*r));
	r->h.nlmsg_len = sizeof(*r);
	r->h.nlmsg_type = type;
	r->h.nlmsg_flags = flags;
	r->h.nlmsg_seq = 7;
	r->a.ifa_family = family;
}

/* Requests the kernel turns down, and their error replies. */
static void rejected(int s, char *buf, size_t size)
{
	struct sockaddr_nl sa;
	struct req r;
	struct iovec iov;
	struct msghdr m;

	request(&r, 0x7777, NLM_F_REQUEST | NLM_F_ACK, AF_INET);
	sendto(s, &r, sizeof(r), 0, NULL, 0);
	recv(s, buf, size, MSG_DONTWAIT);
	request(&r, RTM_NEWADDR,
		NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, AF_INET6);
	r.a.ifa_prefixlen = 200;
	r.a.ifa_index = 9999;
	iov.iov_base = &r;
	iov.iov_len = sizeof(r);
	memset(&m, 0, sizeof(m));
	memset(&sa, 0, sizeof(sa));
	sa.nl_family = AF_NETLINK;
	sa.nl_pad = 0x3527; /* shown only when not zero */
	m.msg_name = &sa;
	m.msg_namelen = sizeof(sa);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	sendmsg(s, &m, 0);
	sa.nl_pad = 0;
	iov.iov_base = buf;
	iov.iov_len = size;
	recvmsg(s, &m, MSG_DONTWAIT);
	/* without an address the vector shows as bytes */
	iov.iov_base = &r;
	iov.iov_len = sizeof(r);
	m.msg_name = NULL;
	m.msg_namelen = 0;
	sendmsg(s, &m, 0);
	recv(s, buf, size, MSG_DONTWAIT);
	request(&r, RTM_DELLINK, NLM_F_REQUEST | NLM_F_ACK, AF_UNSPEC);
	sendto(s, &r, 20, 0, NULL, 0);
	recv(s, buf, size, MSG_DONTWAIT);
	sendto(s, &r, 10, 0, NULL, 0);
}

/* A route message: an rtmsg, then nattr attributes of 4-byte values
 * (RTA_CACHEINFO's 32 bytes when the type says so), sent and answered. */
static void route_msg(int s, char *buf, size_t size, int type, int flags,
		      const struct rtmsg *rt, const unsigned short *types,
		      const unsigned int *vals, int nattr)
{
	struct {
		struct nlmsghdr h;
		struct rtmsg rt;
		unsigned char attrs[128];
	} r;
	size_t off = 0;

	memset(&r, 0, sizeof(r));
	r.rt = *rt;
	for (int i = 0; i < nattr; i++) {
		struct nlattr a;
		size_t vlen = types[i] == RTA_CACHEINFO ? 32 :
			      types[i] == RTA_PREF ? 1 : 4;

		a.nla_len = (unsigned short)(sizeof(a) + vlen);
		a.nla_type = types[i];
		memcpy(r.attrs + off, &a, sizeof(a));
		memcpy(r.attrs + off + sizeof(a), &vals[i],
		       vlen < 4 ? vlen : 4);
		off += NLA_ALIGN(a.nla_len);
	}
	r.h.nlmsg_len = (unsigned int)(NLMSG_LENGTH(sizeof(r.rt)) + off);
	r.h.nlmsg_type = (unsigned short)type;
	r.h.nlmsg_flags = (unsigned short)flags;
	r.h.nlmsg_seq = 11;
	sendto(s, &r, r.h.nlmsg_len, 0, NULL, 0);
	recv(s, buf, size, MSG_DONTWAIT);
}

/* Route requests the kernel turns down before looking at the host's
 * routes (so the answers are always the same, and nothing changes): a
 * lookup through an interface that does not exist, and routes of an
 * unknown type.  The socket's protocol is known by now (in a new network
 * namespace sift could not learn it). */
static void routes(int s, char *buf, size_t size)
{
	struct rtmsg rt;
	unsigned short t[8];
	unsigned int v[8];

	memset(&rt, 0, sizeof(rt));
	rt.rtm_family = AF_INET;
	rt.rtm_dst_len = 32;
	rt.rtm_tos = 0x10;
	t[0] = RTA_DST;
	v[0] = htonl(0x7f000001);
	t[1] = RTA_OIF;
	v[1] = 9999;
	t[2] = RTA_UID;
	v[2] = 0;
	route_msg(s, buf, size, RTM_GETROUTE, NLM_F_REQUEST, &rt, t, v, 3);
	rt.rtm_tos = 0xe2; /* a known bit and precedence bits */
	rt.rtm_scope = RT_SCOPE_HOST;
	route_msg(s, buf, size, RTM_GETROUTE, NLM_F_REQUEST, &rt, t, v, 3);
	rt.rtm_tos = 0xe0;
	route_msg(s, buf, size, RTM_GETROUTE, NLM_F_REQUEST, &rt, t, v, 3);
	rt.rtm_tos = 0;
	rt.rtm_table = 100;
	rt.rtm_protocol = 77;
	rt.rtm_scope = 50;
	rt.rtm_type = 99;
	rt.rtm_flags = RTM_F_NOTIFY | 0x40000;
	t[0] = RTA_PRIORITY;
	v[0] = 5;
	t[1] = RTA_GATEWAY;
	v[1] = htonl(0xc0000201);
	t[2] = RTA_CACHEINFO;
	v[2] = 3;
	t[3] = RTA_MARK;
	v[3] = 9;
	t[4] = RTA_PREF;
	v[4] = 1;
	t[5] = RTA_TABLE;
	v[5] = 1000;
	t[6] = 200;
	v[6] = 0xdeadbeef;
	route_msg(s, buf, size, RTM_NEWROUTE,
		  NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE, &rt, t, v, 7);
	memset(&rt, 0, sizeof(rt));
	rt.rtm_family = AF_INET6;
	rt.rtm_type = 77;
	route_msg(s, buf, size, RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_ACK, &rt,
		  t, v, 0);
}

/* A link request with an IFLA_EXT_MASK attribute of value v. */
static void link_ext_mask(int s, unsigned int v)
{
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
		struct nlattr a;
		unsigned int v;
	} r;

	memset(&r, 0, sizeof(r));
	r.h.nlmsg_len = sizeof(r);
	r.h.nlmsg_type = RTM_GETLINK;
	r.h.nlmsg_flags = NLM_F_REQUEST;
	r.h.nlmsg_seq = 9;
	r.i.ifi_index = 9999;
	r.a.nla_len = sizeof(r.a) + sizeof(r.v);
	r.a.nla_type = IFLA_EXT_MASK;
	r.v = v;
	sendto(s, &r, sizeof(r), 0, NULL, 0);
}

int main(void)
{
	static char buf[16384];
	struct sockaddr_nl sa;
	struct req r;
	struct iovec iov;
	struct msghdr m;
	int s;

	getpid();
	s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	memset(&sa, 0, sizeof(sa));
	sa.nl_family = AF_NETLINK;
	bind(s, (struct sockaddr *)&sa, sizeof(sa));
	{
		int one = 1;
		unsigned int groups[2];
		socklen_t len = sizeof(groups);

		setsockopt(s, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
		setsockopt(s, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one,
			   sizeof(one));
		setsockopt(s, SOL_NETLINK, 99, &one, sizeof(one));
		getsockopt(s, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, groups,
			   &len);
		/* groups 1 and 33: one bit in each of two words */
		setsockopt(s, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &one,
			   sizeof(one));
		one = 33;
		setsockopt(s, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &one,
			   sizeof(one));
		len = sizeof(groups);
		getsockopt(s, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, groups,
			   &len);
		len = 4;
		getsockopt(s, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, groups,
			   &len);
		/* an int option in a short and in a long buffer */
		setsockopt(s, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &one, 2);
		setsockopt(s, SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, groups, 8);
	}
	rejected(s, buf, sizeof(buf));
	link_ext_mask(s, RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS);
	link_ext_mask(s, 0x1000);
	link_ext_mask(s, RTEXT_FILTER_BRVLAN | 0x1000);
	routes(s, buf, sizeof(buf));
	/* a route request shorter than an rtmsg */
	request(&r, RTM_GETROUTE, NLM_F_REQUEST, AF_INET);
	r.h.nlmsg_len = 20;
	sendto(s, &r, 20, 0, NULL, 0);
	recv(s, buf, sizeof(buf), MSG_DONTWAIT);
	close(s);

	unshare(CLONE_NEWNET);
	s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);

	request(&r, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, AF_UNSPEC);
	sendto(s, &r, sizeof(r), 0, NULL, 0);
	recv(s, buf, sizeof(buf), MSG_DONTWAIT);
	recv(s, buf, sizeof(buf), MSG_DONTWAIT);

	request(&r, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, AF_INET);
	r.h.nlmsg_len = 20;
	sendto(s, &r, 20, 0, NULL, 0);
	recv(s, buf, sizeof(buf), MSG_DONTWAIT);

	request(&r, 0x7777, NLM_F_REQUEST | NLM_F_ACK, AF_INET);
	sendto(s, &r, sizeof(r), 0, NULL, 0);
	recv(s, buf, sizeof(buf), MSG_DONTWAIT);

	request(&r, RTM_NEWADDR,
		NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, AF_INET);
	sendto(s, &r, 12, 0, NULL, 0);
	memset(&sa, 0, sizeof(sa));
	sa.nl_family = AF_NETLINK;
	iov.iov_base = &r;
	iov.iov_len = sizeof(r);
	memset(&m, 0, sizeof(m));
	m.msg_name = &sa;
	m.msg_namelen = sizeof(sa);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	sendmsg(s, &m, 0);
	iov.iov_base = buf;
	iov.iov_len = sizeof(buf);
	recvmsg(s, &m, MSG_DONTWAIT);
	recvmsg(s, &m, MSG_DONTWAIT);
	close(s);
	return 0;
}
