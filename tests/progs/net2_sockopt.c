/* setsockopt/getsockopt at every level sift names: integer options of
 * each width, the structured ones (linger, ucred, sock_fprog, ip_mreq,
 * group_req, ipv6_mreq, packet_mreq, tpacket_req, icmp_filter, netlink
 * groups), short, negative and unknown lengths, NULL, unreadable and
 * partly readable buffers.  getpid is traced for the pid normaliser.
 * Nothing here changes the host: group requests go to fd -1. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#ifndef SOL_ALG
#define SOL_ALG 279
#endif
#ifndef SO_TXREHASH
#define SO_TXREHASH 74
#endif

static unsigned char buf[512];

static void fill(void)
{
	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (unsigned char)(0x41 + i % 26);
}

/* setsockopt of buf at lengths around an option's size */
static void set_lens(int fd, int level, int name)
{
	static const int lens[] = { 0, 1, 2, 4, 5, 8, 15, 16, 17, 20, 136, -1 };

	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		setsockopt(fd, level, name, buf, lens[i]);
}

static void get_lens(int fd, int level, int name)
{
	static const int lens[] = { 0, 2, 4, 6, 8, 12, 16, 40, -1 };

	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		socklen_t l = (socklen_t)lens[i];
		getsockopt(fd, level, name, buf, &l);
	}
}

int main(void)
{
	unsigned char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *end = page + 4096;
	struct sock_filter prog[4] = {
		{ 0x28, 0, 0, 12 }, { 0x15, 0, 1, 0x800 },
		{ 0x06, 0, 0, 0xffff }, { 0x06, 0, 0, 0 },
	};
	struct sock_fprog fp = { 4, prog };
	struct linger lg = { 1, 30 };
	struct timeval tv = { 5, 250000 };
	socklen_t len;
	int v = 1, sv[2];

	munmap(end, 4096);
	memset(page, 0x5a, 4096);
	fill();
	getpid();
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	int r = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	int p = socket(AF_PACKET, SOCK_DGRAM, 0);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);

	/* real sockets: set, then read back */
	setsockopt(u, SOL_SOCKET, SO_RCVBUF, &v, sizeof(v));
	setsockopt(t, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	setsockopt(t, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(u, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	setsockopt(u, SOL_SOCKET, SO_TXREHASH, &v, sizeof(v));
	setsockopt(n, SOL_NETLINK, NETLINK_EXT_ACK, &v, sizeof(v));
	setsockopt(n, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &v, 2);
	v = ~(1 << 8);
	setsockopt(r, SOL_RAW, 1, &v, sizeof(v));	/* ICMP_FILTER */
	v = 2;
	setsockopt(p, SOL_PACKET, PACKET_VERSION, &v, sizeof(v));
	len = sizeof(lg);
	getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
	len = 4;
	getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
	len = sizeof(tv);
	getsockopt(t, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	len = 16;
	getsockopt(u, SOL_SOCKET, SO_RCVBUF, buf, &len);
	len = 2;
	getsockopt(u, SOL_SOCKET, SO_RCVBUF, buf, &len);
	len = 4;
	getsockopt(u, SOL_SOCKET, SO_TXREHASH, &v, &len);
	len = 4;
	getsockopt(u, SOL_SOCKET, SO_ERROR, &v, &len);
	len = 0;
	getsockopt(u, SOL_SOCKET, SO_GET_FILTER, prog, &len);
	len = 4;
	getsockopt(u, SOL_SOCKET, SO_GET_FILTER, prog, &len);
	len = 12;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, buf, &len);
	len = 6;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, buf, &len);
	len = 4;
	getsockopt(r, SOL_RAW, 1, &v, &len);
	len = 12;
	getsockopt(p, SOL_PACKET, PACKET_STATISTICS, buf, &len);
	len = 4;
	getsockopt(p, SOL_PACKET, PACKET_VERSION, &v, &len);
	len = 4;
	getsockopt(n, SOL_NETLINK, NETLINK_EXT_ACK, &v, &len);
	len = 8;
	getsockopt(n, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, buf, &len);
	len = 4;
	getsockopt(u, SOL_IP, IP_TTL, &v, &len);
	len = 1;
	getsockopt(u, SOL_IP, IP_TTL, &v, &len);
	len = 4;
	getsockopt(u, 9999, 1, &v, &len);
	fill();

	/* lengths around each kind of value */
	set_lens(-1, SOL_SOCKET, SO_KEEPALIVE);
	set_lens(-1, SOL_SOCKET, SO_LINGER);
	set_lens(-1, SOL_SOCKET, SO_BINDTODEVICE);
	set_lens(-1, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF);
	set_lens(-1, SOL_SOCKET, SO_TXREHASH);
	set_lens(-1, SOL_SOCKET, 99);
	set_lens(-1, SOL_IP, IP_ADD_MEMBERSHIP);
	set_lens(-1, SOL_IP, MCAST_JOIN_GROUP);
	set_lens(-1, SOL_IP, IP_TOS);
	set_lens(-1, SOL_IPV6, IPV6_ADD_MEMBERSHIP);
	set_lens(-1, SOL_IPV6, MCAST_LEAVE_GROUP);
	set_lens(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP);
	set_lens(-1, SOL_PACKET, PACKET_RX_RING);
	set_lens(-1, SOL_RAW, 1);
	set_lens(-1, SOL_NETLINK, NETLINK_PKTINFO);
	set_lens(-1, SOL_ALG, 1);
	set_lens(-1, SOL_TCP, 99);
	set_lens(-1, SOL_ICMPV6, 1);
	set_lens(-1, 9999, 1);

	/* decoded structs with real values */
	{
		struct ip_mreqn mr;
		struct group_req gr;
		struct ipv6_mreq m6;
		struct packet_mreq pm;
		struct tpacket_req tr = { 4096, 4, 2048, 8 };
		struct sockaddr_in *sin = (struct sockaddr_in *)&gr.gr_group;
		struct sockaddr_in6 *sin6 =
			(struct sockaddr_in6 *)&gr.gr_group;

		memset(&mr, 0, sizeof(mr));
		mr.imr_multiaddr.s_addr = htonl(0xe0000001);
		mr.imr_ifindex = 1;
		setsockopt(-1, SOL_IP, IP_ADD_MEMBERSHIP, &mr, sizeof(mr));
		memset(&gr, 0, sizeof(gr));
		gr.gr_interface = 1;
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = htonl(0xe0000002);
		setsockopt(-1, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
		memset(&gr, 0, sizeof(gr));
		sin6->sin6_family = AF_INET6;
		sin6->sin6_addr.s6_addr[0] = 0xff;
		sin6->sin6_addr.s6_addr[1] = 0x02;
		sin6->sin6_addr.s6_addr[15] = 1;
		setsockopt(-1, SOL_IPV6, MCAST_JOIN_GROUP, &gr, sizeof(gr));
		memset(&m6, 0, sizeof(m6));
		m6.ipv6mr_multiaddr.s6_addr[0] = 0xff;
		m6.ipv6mr_multiaddr.s6_addr[1] = 0x02;
		m6.ipv6mr_multiaddr.s6_addr[15] = 0xfb;
		m6.ipv6mr_interface = 1;
		setsockopt(-1, SOL_IPV6, IPV6_JOIN_ANYCAST, &m6, sizeof(m6));
		memset(&pm, 0, sizeof(pm));
		pm.mr_ifindex = 1;
		pm.mr_type = PACKET_MR_MULTICAST;
		pm.mr_alen = 6;
		memcpy(pm.mr_address, "\x01\x00\x5e\x00\x00\x01", 6);
		setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &pm,
			   sizeof(pm));
		/* (strace shows a stale address for a zero mr_alen) */
		pm.mr_type = 7;
		pm.mr_alen = 12;
		setsockopt(-1, SOL_PACKET, PACKET_DROP_MEMBERSHIP, &pm,
			   sizeof(pm));
		setsockopt(-1, SOL_PACKET, PACKET_TX_RING, &tr, sizeof(tr));
		v = 0xffff;
		setsockopt(-1, SOL_RAW, 1, &v, 4);
		v = 0x1ffff;
		setsockopt(-1, SOL_RAW, 1, &v, 4);
		v = 0;
		setsockopt(-1, SOL_RAW, 1, &v, 4);
		setsockopt(-1, SOL_RAW, 1, &v, 1);
		v = 255;
		setsockopt(-1, SOL_SOCKET, SO_TXREHASH, &v, 4);
	}

	/* NULL, unreadable and partly readable buffers */
	setsockopt(-1, SOL_SOCKET, SO_KEEPALIVE, NULL, 4);
	setsockopt(-1, SOL_SOCKET, SO_KEEPALIVE, (void *)1, 4);
	setsockopt(-1, SOL_SOCKET, SO_LINGER, end - 4, 8);
	setsockopt(-1, SOL_SOCKET, SO_ATTACH_FILTER, end - 8, 16);
	setsockopt(-1, SOL_SOCKET, SO_BINDTODEVICE, end - 2, 4);
	setsockopt(-1, SOL_IP, IP_ADD_MEMBERSHIP, end - 4, 8);
	setsockopt(-1, SOL_IP, MCAST_JOIN_GROUP, end - 100, 136);
	setsockopt(-1, SOL_IPV6, IPV6_ADD_MEMBERSHIP, end - 16, 20);
	setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, end - 8, 16);
	setsockopt(-1, SOL_RAW, 1, end - 2, 4);
	setsockopt(-1, SOL_TCP, TCP_CONGESTION, end - 3, 6);
	fp.filter = (void *)1;
	setsockopt(-1, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	fp.filter = (struct sock_filter *)(end - 12);
	setsockopt(-1, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	fp.len = 0;
	setsockopt(-1, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	len = 4;
	getsockopt(u, SOL_SOCKET, SO_RCVBUF, NULL, &len);
	getsockopt(u, SOL_SOCKET, SO_RCVBUF, &v, NULL);
	getsockopt(u, SOL_SOCKET, SO_RCVBUF, &v, (void *)1);
	len = 4;
	getsockopt(u, SOL_SOCKET, SO_RCVBUF, (void *)1, &len);
	len = 4;
	getsockopt(-1, SOL_SOCKET, SO_RCVBUF, &v, &len);

	/* getsockopt lengths (interesting with -e inject=...:retval=0) */
	get_lens(-1, SOL_SOCKET, SO_KEEPALIVE);
	get_lens(-1, SOL_SOCKET, SO_ERROR);
	get_lens(-1, SOL_SOCKET, SO_LINGER);
	get_lens(-1, SOL_SOCKET, SO_PEERCRED);
	get_lens(-1, SOL_SOCKET, SO_RCVTIMEO);
	get_lens(-1, SOL_SOCKET, SO_TXREHASH);
	get_lens(-1, SOL_IP, IP_TTL);
	get_lens(-1, SOL_IP, 64);
	get_lens(-1, SOL_IPV6, 68);
	get_lens(-1, SOL_PACKET, PACKET_STATISTICS);
	get_lens(-1, SOL_RAW, 1);
	get_lens(-1, SOL_NETLINK, NETLINK_PKTINFO);
	get_lens(-1, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS);
	get_lens(-1, SOL_NETLINK, 99);
	get_lens(-1, SOL_TCP, TCP_INFO);
	get_lens(-1, SOL_UDP, 99);
	memcpy(buf, prog, sizeof(prog));
	len = 3;
	getsockopt(-1, SOL_SOCKET, SO_GET_FILTER, buf, &len);
	return 0;
}
