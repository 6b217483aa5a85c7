/* UDP over the loopback with fixed ports: sendto/recvfrom with and
 * without addresses, a connected socket, recvmsg with msg_name, truncated
 * datagrams, and socket() with unusual families, types and protocols. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in a, b, from;
	struct msghdr msg;
	struct iovec iov;
	socklen_t len;
	char buf[64];
	int one = 1;
	struct timeval tmo = { 2, 0 };
	int s, t;

	s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
	t = socket(PF_INET, SOCK_DGRAM, 0);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	/* never block for long, even when another run holds the ports */
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tmo, sizeof(tmo));
	setsockopt(t, SOL_SOCKET, SO_RCVTIMEO, &tmo, sizeof(tmo));
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons(47021);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	b = a;
	b.sin_port = htons(47022);
	bind(s, (struct sockaddr *)&a, sizeof(a));
	bind(t, (struct sockaddr *)&b, sizeof(b));

	sendto(t, "datagram", 8, 0, (struct sockaddr *)&a, sizeof(a));
	len = sizeof(from);
	recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len);
	sendto(s, "reply\n", 6, MSG_DONTWAIT, (struct sockaddr *)&from, len);
	len = 8;
	recvfrom(t, buf, 2, MSG_TRUNC, (struct sockaddr *)&from, &len);
	recvfrom(t, buf, sizeof(buf), MSG_DONTWAIT, (struct sockaddr *)&from, &len);

	connect(t, (struct sockaddr *)&a, sizeof(a));
	send(t, "again", 5, 0);
	memset(&msg, 0, sizeof(msg));
	iov.iov_base = buf;
	iov.iov_len = sizeof(buf);
	msg.msg_name = &from;
	msg.msg_namelen = sizeof(from) + 4;
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	recvmsg(s, &msg, 0);
	sendto(t, "x", 1, 0, (struct sockaddr *)1, 16);
	sendto(t, NULL, 0, 0, NULL, 0);
	sendto(t, (void *)1, 4, 0, NULL, 0);
	close(s);
	close(t);

	socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK, NETLINK_ROUTE);
	socket(AF_NETLINK, SOCK_DGRAM, 99);
	socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
	socket(AF_PACKET, SOCK_DGRAM, htons(0x1234));
	socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
	socket(AF_UNIX, SOCK_STREAM, 5);
	socket(77, SOCK_STREAM, 0);
	socket(AF_INET, 15, 0);
	socket(AF_INET, SOCK_STREAM | 0x100, 0);
	socket(AF_INET, 0x100, 0);
	socket(AF_INET6, SOCK_STREAM, 200);
	return 0;
}
