/* setsockopt/getsockopt on TCP, UDP, IPv6 and AF_UNIX sockets: integer,
 * linger, timeval and string options at each common level, short and
 * bad buffers, unknown levels and names. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

int main(void)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	int u = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
	int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
	int v = 1, big[4] = { 0 };
	socklen_t len;
	struct linger l = { 1, 5 };
	struct timeval tv = { 3, 500 };
	char name[32];

	setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v));
	setsockopt(s, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, sizeof(v));
	v = 60;
	setsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, &v, sizeof(v));
	setsockopt(s, IPPROTO_TCP, TCP_CONGESTION, "cubic", 5);
	v = 0x10;
	setsockopt(u, IPPROTO_IP, IP_TOS, &v, sizeof(v));
	v = 64;
	setsockopt(u, SOL_IP, IP_TTL, &v, sizeof(v));
	v = 1;
	setsockopt(s6, IPPROTO_IPV6, IPV6_V6ONLY, &v, sizeof(v));
	setsockopt(s6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &v, sizeof(v));
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, 2);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, big, sizeof(big));
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, NULL, 0);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, (void *)1, 4);
	setsockopt(s, SOL_SOCKET, 9999, &v, sizeof(v));
	setsockopt(s, 9999, 1, &v, sizeof(v));
	setsockopt(-1, SOL_SOCKET, SO_SNDBUF, &v, sizeof(v));

	len = sizeof(v);
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	len = sizeof(v);
	getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &len);
	{
		/* a refused connection leaves its error pending: SO_ERROR
		 * shows it by name (nothing listens on 127.0.0.1:1) */
		struct sockaddr_in sin;
		int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
		struct pollfd pfd = { .fd = c, .events = POLLOUT };

		memset(&sin, 0, sizeof(sin));
		sin.sin_family = AF_INET;
		sin.sin_port = htons(1);
		sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		connect(c, (struct sockaddr *)&sin, sizeof(sin));
		poll(&pfd, 1, 2000);
		len = sizeof(v);
		getsockopt(c, SOL_SOCKET, SO_ERROR, &v, &len);
		close(c);
	}
	len = sizeof(l);
	getsockopt(s, SOL_SOCKET, SO_LINGER, &l, &len);
	len = sizeof(tv);
	getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	len = sizeof(v);
	getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &len);
	len = sizeof(name);
	getsockopt(s, IPPROTO_TCP, TCP_CONGESTION, name, &len);
	len = sizeof(big);
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, big, &len);
	len = 2;
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &v, &len);
	len = sizeof(v);
	getsockopt(u, IPPROTO_IP, IP_TTL, &v, &len);
	len = sizeof(v);
	getsockopt(s6, SOL_IPV6, IPV6_V6ONLY, &v, &len);
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, NULL);
	getsockopt(s, SOL_SOCKET, SO_TYPE, NULL, &len);
	len = sizeof(v);
	getsockopt(s, SOL_SOCKET, SO_TYPE, (void *)1, &len);
	getsockopt(-1, SOL_SOCKET, SO_TYPE, &v, &len);

	/* structured options: peer credentials (the pid shows: getpid is
	 * traced for the normaliser), multicast groups, a device name */
	int sv[2];
	struct ucred uc;
	struct ip_mreqn mr;
	struct ip_mreq m2;
	getpid();
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	len = sizeof(uc);
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &uc, &len);
	len = 4;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &uc, &len);
	len = 4;
	getsockopt(sv[0], SOL_SOCKET, SO_DOMAIN, &v, &len);
	len = sizeof(name);
	getsockopt(sv[0], SOL_SOCKET, SO_PEERGROUPS, name, &len);
	memset(&mr, 0, sizeof(mr));
	mr.imr_multiaddr.s_addr = htonl(0xe0000001);
	mr.imr_ifindex = 1;
	setsockopt(u, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof(mr));
	memset(&m2, 0, sizeof(m2));
	m2.imr_multiaddr.s_addr = htonl(0xe0000002);
	setsockopt(u, IPPROTO_IP, IP_ADD_MEMBERSHIP, &m2, sizeof(m2));
	setsockopt(u, IPPROTO_IP, IP_DROP_MEMBERSHIP, &m2, 4);
	setsockopt(u, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	return 0;
}
