/* rtnetlink nested attributes (links' VF info, link info data, bridge
 * port attributes, per-family specs; tc statistics; neighbour table
 * parameters; MDB entries; nexthop resilient groups), hand-built with
 * every inner type and several value sizes, passed between two bound
 * NETLINK_ROUTE sockets (nothing is configured). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/if_bridge.h>
#include <linux/netlink.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[4096] __attribute__((aligned(8)));
static int src;
static struct sockaddr_nl to;
static size_t len;
static size_t stack[8];
static int depth;

static void start(int type, const void *hdr, size_t hlen)
{
	struct nlmsghdr *h = (struct nlmsghdr *)buf;

	memset(buf, 0, sizeof(buf));
	h->nlmsg_type = (uint16_t)type;
	h->nlmsg_flags = NLM_F_REQUEST;
	h->nlmsg_seq = 3;
	memcpy(buf + NLMSG_HDRLEN, hdr, hlen);
	len = NLMSG_HDRLEN + NLMSG_ALIGN(hlen);
	depth = 0;
}

static void attr(int type, const void *val, size_t vlen)
{
	struct nlattr *a = (struct nlattr *)(buf + len);

	a->nla_len = (uint16_t)(NLA_HDRLEN + vlen);
	a->nla_type = (uint16_t)type;
	memcpy(buf + len + NLA_HDRLEN, val, vlen);
	len += NLA_ALIGN(NLA_HDRLEN + vlen);
}

static void begin(int type)
{
	stack[depth++] = len;
	attr(type, "", 0);
}

static void end(void)
{
	size_t at = stack[--depth];

	((struct nlattr *)(buf + at))->nla_len = (uint16_t)(len - at);
}

static void send_it(void)
{
	while (depth)
		end();
	((struct nlmsghdr *)buf)->nlmsg_len = (uint32_t)len;
	sendto(src, buf, len, 0, (struct sockaddr *)&to, sizeof(to));
}

static unsigned char pattern[200];
static const size_t lens[] = { 1, 2, 4, 8, 12, 16, 24, 36, 48, 80, 100,
			       200 };
#define NLENS (sizeof(lens) / sizeof(lens[0]))

/* A path of nested attribute types (kind: an IFLA_INFO_KIND first) */
struct path {
	int msg;
	size_t hlen;
	int n;
	int types[4];
	int max;
	const char *kind;
};

static const struct path paths[] = {
	{ RTM_NEWLINK, 16, 1, { IFLA_VFINFO_LIST }, 3 },
	{ RTM_NEWLINK, 16, 2, { IFLA_VFINFO_LIST, IFLA_VF_INFO }, 22 },
	{ RTM_NEWLINK, 16, 3, { IFLA_VFINFO_LIST, IFLA_VF_INFO,
				IFLA_VF_VLAN_LIST }, 3 },
	{ RTM_NEWLINK, 16, 3, { IFLA_VFINFO_LIST, IFLA_VF_INFO,
				IFLA_VF_STATS }, 11 },
	{ RTM_NEWLINK, 16, 1, { IFLA_LINKINFO }, 7 },
	{ RTM_NEWLINK, 16, 2, { IFLA_LINKINFO, IFLA_INFO_DATA }, 10 },
	{ RTM_NEWLINK, 16, 2, { IFLA_LINKINFO, IFLA_INFO_DATA }, 50,
	  "bridge" },
	{ RTM_NEWLINK, 16, 2, { IFLA_LINKINFO, IFLA_INFO_DATA }, 12, "tun" },
	{ RTM_NEWLINK, 16, 2, { IFLA_LINKINFO, IFLA_INFO_XSTATS }, 3,
	  "can" },
	{ RTM_NEWLINK, 16, 1, { IFLA_PROTINFO }, 42 },
	{ RTM_NEWLINK, 16, 1, { IFLA_AF_SPEC }, 12 },
	{ RTM_NEWLINK, 16, 2, { IFLA_AF_SPEC, 2 }, 3 },
	{ RTM_NEWLINK, 16, 2, { IFLA_AF_SPEC, 10 }, 10 },
	{ RTM_NEWLINK, 16, 2, { IFLA_AF_SPEC, 7 }, 10 },
	{ RTM_NEWLINK, 16, 1, { IFLA_VF_PORTS }, 3 },
	{ RTM_NEWLINK, 16, 2, { IFLA_VF_PORTS, IFLA_VF_PORT }, 9 },
	{ RTM_NEWLINK, 16, 1, { IFLA_PORT_SELF }, 9 },
	{ RTM_NEWQDISC, 20, 1, { TCA_STATS2 }, 8 },
	{ RTM_NEWQDISC, 20, 1, { TCA_OPTIONS }, 8 },
	{ RTM_NEWTCLASS, 20, 1, { TCA_STATS2 }, 8 },
	{ RTM_NEWTFILTER, 20, 1, { TCA_OPTIONS }, 8 },
	{ RTM_NEWTFILTER, 20, 1, { TCA_STAB }, 3 },
	{ RTM_NEWNEIGHTBL, 4, 0, { 0 }, 10 },
	{ RTM_NEWNEIGHTBL, 4, 1, { NDTA_PARMS }, 20 },
	{ RTM_NEWMDB, 8, 1, { MDBA_MDB }, 3 },
	{ RTM_NEWMDB, 8, 2, { MDBA_MDB, 1 }, 3 },
	{ RTM_NEWMDB, 8, 3, { MDBA_MDB, 1, 2 }, 8 },
	{ RTM_NEWMDB, 8, 1, { MDBA_ROUTER }, 3 },
	{ RTM_NEWMDB, 8, 2, { MDBA_ROUTER, 1 }, 8 },
	{ RTM_NEWMDB, 8, 1, { MDBA_SET_ENTRY }, 3 },
	{ RTM_NEWNEXTHOP, 8, 1, { 12 }, 6 },
	{ RTM_NEWNEXTHOP, 8, 1, { 13 }, 6 },
	{ RTM_NEWSTATS, 12, 1, { IFLA_STATS_LINK_XSTATS }, 4 },
	{ RTM_NEWSTATS, 12, 2, { IFLA_STATS_LINK_XSTATS, 1 }, 4 },
	{ RTM_NEWSTATS, 12, 1, { IFLA_STATS_LINK_OFFLOAD_XSTATS }, 4 },
	{ RTM_NEWSTATS, 12, 1, { IFLA_STATS_AF_SPEC }, 4 },
	{ RTM_NEWSTATS, 12, 2, { IFLA_STATS_AF_SPEC, 28 }, 4 },
	{ RTM_NEWACTION, 4, 1, { 1 }, 10 },
	{ RTM_NEWACTION, 4, 2, { 1, 1 }, 10 },
	{ RTM_NEWCHAIN, 20, 0, { 0 }, 17 },
	{ RTM_NEWRULE, 12, 0, { 0 }, 26 },
	{ RTM_NEWADDRLABEL, 12, 0, { 0 }, 3 },
	{ RTM_NEWNETCONF, 4, 0, { 0 }, 10 },
	{ RTM_NEWNSID, 4, 0, { 0 }, 6 },
	{ RTM_NEWCACHEREPORT, 4, 0, { 0 }, 3 },
};

static void one_path(const struct path *p)
{
	unsigned char hdr[20] = { 7, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0 };

	for (int t = 0; t <= p->max; t++)
		for (size_t l = 0; l < NLENS; l++) {
			start(p->msg, hdr, p->hlen);
			if (p->kind)
				{
					begin(p->types[0]);
					attr(IFLA_INFO_KIND, p->kind,
					     strlen(p->kind) + 1);
				}
			for (int i = p->kind ? 1 : 0; i < p->n; i++)
				begin(p->types[i]);
			attr(t, pattern, lens[l]);
			send_it();
		}
}

int main(int argc, char **argv)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	size_t from = 0, to_i = sizeof(paths) / sizeof(paths[0]);

	for (size_t i = 0; i < sizeof(pattern); i++)
		pattern[i] = (unsigned char)(i * 7 + 1);
	if (argc > 2) {
		from = (size_t)atoi(argv[1]);
		to_i = (size_t)atoi(argv[2]);
	}
	src = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	sa.nl_pid = 0x7e530010;
	bind(src, (struct sockaddr *)&sa, sizeof(sa));
	to = sa;
	to.nl_pid = 0x7e530011;
	for (size_t i = from; i < to_i; i++)
		one_path(&paths[i]);
	return 0;
}
