/* rtnetlink neighbour, rule, traffic-control and nexthop messages with
 * their attributes, hand-built and passed between two bound
 * NETLINK_ROUTE sockets (the kernel only delivers them, nothing is
 * configured): valid and unknown values, short and long attributes,
 * nested ones, truncated headers. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <linux/fib_rules.h>
#include <linux/neighbour.h>
#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/nexthop.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[2048] __attribute__((aligned(8)));
static unsigned char rbuf[2048] __attribute__((aligned(8)));
static int src, dst;
static struct sockaddr_nl to;
static size_t len;

static void start(int type, int flags, const void *hdr, size_t hlen)
{
	struct nlmsghdr *h = (struct nlmsghdr *)buf;

	memset(buf, 0, sizeof(buf));
	h->nlmsg_type = (uint16_t)type;
	h->nlmsg_flags = (uint16_t)flags;
	h->nlmsg_seq = 3;
	memcpy(buf + NLMSG_HDRLEN, hdr, hlen);
	len = NLMSG_HDRLEN + NLMSG_ALIGN(hlen);
}

static void attr(int type, const void *val, size_t vlen)
{
	struct nlattr *a = (struct nlattr *)(buf + len);

	a->nla_len = (uint16_t)(NLA_HDRLEN + vlen);
	a->nla_type = (uint16_t)type;
	memcpy(buf + len + NLA_HDRLEN, val, vlen);
	len += NLA_ALIGN(NLA_HDRLEN + vlen);
}

static void u32attr(int type, uint32_t v)
{
	attr(type, &v, 4);
}

static void send_it(void)
{
	((struct nlmsghdr *)buf)->nlmsg_len = (uint32_t)len;
	sendto(src, buf, len, 0, (struct sockaddr *)&to, sizeof(to));
	recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
}

/* every attribute type below max with the same value */
static void each_attr(int type, const void *hdr, size_t hlen, int max,
		      const void *val, size_t vlen)
{
	for (int t = 0; t <= max; t++) {
		start(type, NLM_F_REQUEST, hdr, hlen);
		attr(t, val, vlen);
		send_it();
	}
}

static const unsigned char pattern[40] = {
	0x61, 0x62, 0x00, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a,
	0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x24,
	0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e,
};
static const unsigned char one[16] = { 1 };

static void neighbours(void)
{
	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 1,
			    .ndm_state = NUD_REACHABLE | NUD_PERMANENT,
			    .ndm_flags = NTF_SELF | NTF_ROUTER,
			    .ndm_type = RTN_UNICAST };
	static const size_t lens[] = { 1, 2, 4, 8, 9, 16 };
	unsigned char mac[6] = { 0x02, 0, 0x5e, 0x10, 0x20, 0x30 };
	uint32_t ip = htonl(0x0a000001);

	start(RTM_NEWNEIGH, NLM_F_REQUEST | NLM_F_CREATE, &nd, sizeof(nd));
	attr(NDA_DST, &ip, 4);
	attr(NDA_LLADDR, mac, 6);
	u32attr(NDA_IFINDEX, 1);
	u32attr(NDA_MASTER, 99);
	send_it();
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		each_attr(RTM_GETNEIGH, &nd, sizeof(nd), 20, pattern, lens[i]);
	each_attr(RTM_DELNEIGH, &nd, sizeof(nd), 20, one, 4);
	nd.ndm_family = AF_INET6;
	nd.ndm_state = 0;
	nd.ndm_flags = 0;
	nd.ndm_type = 0xee;
	nd.ndm_ifindex = 12345;
	each_attr(RTM_NEWNEIGH, &nd, sizeof(nd), 3, pattern, 16);
	nd.ndm_state = 0x300;
	nd.ndm_flags = 0xff;
	start(RTM_NEWNEIGH, NLM_F_REQUEST, &nd, sizeof(nd));
	attr(NDA_FDB_EXT_ATTRS, "\x08\x00\x01\x00\x01\x00\x00\x00", 8);
	attr(NDA_CACHEINFO, pattern, 16);
	send_it();
	start(RTM_NEWNEIGH, NLM_F_REQUEST, &nd, 6);
	send_it();
}

static void rules(void)
{
	unsigned char r[12] = { AF_INET, 24, 8, 0x10, RT_TABLE_MAIN, 0, 0,
				1, 0x02, 0, 0, 0 };
	static const size_t lens[] = { 1, 2, 4, 8, 16 };

	start(RTM_NEWRULE, NLM_F_REQUEST | NLM_F_EXCL, r, sizeof(r));
	attr(FRA_IIFNAME, "lo", 3);
	u32attr(FRA_PRIORITY, 100);
	u32attr(FRA_TABLE, 254);
	attr(FRA_PROTOCOL, "\x04", 1);
	attr(FRA_IP_PROTO, "\x06", 1);
	send_it();
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		each_attr(RTM_GETRULE, r, sizeof(r), 26, pattern, lens[i]);
	each_attr(RTM_DELRULE, r, sizeof(r), 26, one, 8);
	r[0] = AF_INET6;
	r[4] = 77;
	r[7] = 99;
	r[8] = 0x3f;
	r[9] = 0x10;
	each_attr(RTM_NEWRULE, r, sizeof(r), 2, pattern, 16);
	start(RTM_NEWRULE, NLM_F_REQUEST, r, 11);
	send_it();
}

static void traffic_control(void)
{
	struct tcmsg tc = { .tcm_family = AF_UNSPEC, .tcm_ifindex = 1,
			    .tcm_handle = 0x10000, .tcm_parent = 0xffffffff,
			    .tcm_info = 7 };
	static const int types[] = { RTM_NEWQDISC, RTM_DELTCLASS,
				     RTM_GETTFILTER, RTM_NEWCHAIN, 39 };
	static const size_t lens[] = { 1, 2, 4, 36 };

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		start(types[i], NLM_F_REQUEST, &tc, sizeof(tc));
		attr(TCA_KIND, "pfifo_fast", 11);
		send_it();
	}
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		each_attr(RTM_GETQDISC, &tc, sizeof(tc), 17, pattern, lens[i]);
	each_attr(RTM_GETQDISC, &tc, sizeof(tc), 17, one, 16);
	start(RTM_NEWQDISC, NLM_F_REQUEST, &tc, sizeof(tc));
	attr(TCA_STATS2, "\x08\x00\x03\x00\x01\x00\x00\x00", 8);
	attr(TCA_STAB, "\x08\x00\x09\x00\x01\x00\x00\x00", 8);
	send_it();
	start(RTM_NEWQDISC, NLM_F_REQUEST, &tc, 12);
	send_it();
}

static void nexthops(void)
{
	unsigned char nh[8] = { AF_INET, RT_SCOPE_LINK, RTPROT_STATIC, 0,
				RTNH_F_ONLINK, 0, 0, 0 };
	static const size_t lens[] = { 1, 2, 4, 8, 9, 16 };
	unsigned char grp[16] = { 1, 0, 0, 0, 10, 0, 0, 0,
				  2, 0, 0, 0, 20, 1, 2, 0 };

	start(RTM_NEWNEXTHOP, NLM_F_REQUEST | NLM_F_CREATE, nh, sizeof(nh));
	u32attr(NHA_ID, 7);
	u32attr(NHA_OIF, 1);
	attr(NHA_GATEWAY, "\x0a\x00\x00\x01", 4);
	attr(NHA_GROUP, grp, 16);
	attr(NHA_ENCAP_TYPE, "\x01\x00", 2);
	send_it();
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		each_attr(RTM_GETNEXTHOP, nh, sizeof(nh), 15, pattern,
			  lens[i]);
	each_attr(RTM_DELNEXTHOP, nh, sizeof(nh), 15, one, 4);
	nh[0] = AF_INET6;
	nh[1] = 0x77;
	nh[2] = 0x99;
	nh[3] = 5;
	nh[4] = 0x80;
	each_attr(RTM_NEWNEXTHOP, nh, sizeof(nh), 6, pattern, 16);
	start(RTM_NEWNEXTHOP, NLM_F_REQUEST, nh, 4);
	send_it();
}

static void nested(int type, int inner, const void *val, size_t vlen)
{
	unsigned char n[64];
	struct nlattr *a = (struct nlattr *)n;

	a->nla_len = (uint16_t)(NLA_HDRLEN + vlen);
	a->nla_type = (uint16_t)inner;
	memcpy(n + NLA_HDRLEN, val, vlen);
	attr(type, n, NLA_ALIGN(NLA_HDRLEN + vlen));
}

static void links(void)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 1,
				 .ifi_flags = IFF_UP, .ifi_change = 1 };
	unsigned char map[32];
	static const int xdp_u32[] = { 1, 3, 4, 5, 6, 7, 8, 9 };

	memset(map, 0x21, sizeof(map));
	start(RTM_NEWLINK, NLM_F_REQUEST, &ifi, sizeof(ifi));
	attr(IFLA_MAP, map, sizeof(map));
	u32attr(IFLA_WEIGHT, 3);
	u32attr(IFLA_NET_NS_FD, 5);
	u32attr(IFLA_EXT_MASK, 9);
	u32attr(IFLA_EVENT, 2);
	u32attr(IFLA_NEW_NETNSID, (uint32_t)-1);
	u32attr(IFLA_NEW_IFINDEX, 1);
	send_it();
	start(RTM_NEWLINK, NLM_F_REQUEST, &ifi, sizeof(ifi));
	nested(IFLA_LINKINFO, IFLA_INFO_KIND, "veth", 5);
	nested(IFLA_LINKINFO, IFLA_INFO_SLAVE_KIND, "bond", 5);
	nested(IFLA_LINKINFO, IFLA_INFO_DATA, "\1\2\3\4", 4);
	nested(IFLA_PROP_LIST, IFLA_ALT_IFNAME, "altname0", 9);
	nested(IFLA_PROTO_DOWN_REASON, 9, "\1\0\0\0", 4);
	nested(IFLA_VF_PORTS, IFLA_VF_PORT, "", 0);
	nested(IFLA_PORT_SELF, IFLA_PORT_VF, "\1\0\0\0", 4);
	nested(IFLA_VFINFO_LIST, IFLA_VF_INFO, "", 0);
	nested(IFLA_AF_SPEC, AF_INET, "", 0);
	send_it();
	for (size_t i = 0; i < sizeof(xdp_u32) / sizeof(xdp_u32[0]); i++) {
		start(RTM_NEWLINK, NLM_F_REQUEST, &ifi, sizeof(ifi));
		nested(IFLA_XDP, xdp_u32[i], "\xff\xff\xff\xff", 4);
		send_it();
	}
	start(RTM_NEWLINK, NLM_F_REQUEST, &ifi, sizeof(ifi));
	nested(IFLA_XDP, IFLA_XDP_ATTACHED, "\1", 1);
	send_it();
}

/* tc actions, address labels, DCB, netconf and netns-id messages */
static void others(void)
{
	static const struct { int type; size_t hlen; int max; } k[] = {
		{ RTM_NEWACTION, 4, 11 }, { RTM_GETADDRLABEL, 12, 3 },
		{ RTM_GETDCB, 4, 3 }, { RTM_GETNETCONF, 4, 10 },
		{ RTM_NEWNSID, 4, 6 }, { RTM_GETNEIGHTBL, 4, 10 },
		{ RTM_NEWMDB, 8, 3 }, { RTM_NEWCACHEREPORT, 4, 1 },
		{ RTM_GETSTATS, 12, 6 },
	};
	static const uint32_t masks[] = { 0, 2, 0x3e, 0x40, 0xffffffff };
	unsigned char hdr[12] = { AF_INET6, 64, 2, 0, 1, 0, 0, 0, 9, 0, 0, 0 };
	static const size_t lens[] = { 1, 4, 8, 16 };

	for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++) {
		for (size_t l = 0; l < sizeof(lens) / sizeof(lens[0]); l++)
			each_attr(k[i].type, hdr, k[i].hlen, k[i].max, pattern,
				  lens[l]);
		each_attr(k[i].type, hdr, k[i].hlen, k[i].max, one, 4);
		start(k[i].type, NLM_F_REQUEST, hdr, k[i].hlen - 1);
		send_it();
	}
	hdr[1] = 0x99;
	start(RTM_SETDCB, NLM_F_REQUEST, hdr, 4);
	send_it();
	for (size_t i = 0; i < sizeof(masks) / sizeof(masks[0]); i++) {
		unsigned char st[12] = { AF_UNSPEC, (unsigned char)i, 0, 0,
					 1, 0, 0, 0 };
		memcpy(st + 8, &masks[i], 4);
		st[2] = i == 2 ? 7 : 0;
		start(RTM_NEWSTATS, NLM_F_REQUEST, st, sizeof(st));
		send_it();
	}
}

int main(void)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	src = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	dst = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	sa.nl_pid = 0x7e520010;
	bind(src, (struct sockaddr *)&sa, sizeof(sa));
	sa.nl_pid = 0x7e520011;
	bind(dst, (struct sockaddr *)&sa, sizeof(sa));
	to = sa;
	neighbours();
	rules();
	traffic_control();
	nexthops();
	links();
	others();
	return 0;
}
