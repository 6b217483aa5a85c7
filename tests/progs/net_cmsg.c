/* Control messages a UDP socket receives: IP_PKTINFO, IP_TTL, IP_TOS,
 * IP_ORIGDSTADDR, and a control buffer too short for what came. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in a;
	struct timeval tmo = { 2, 0 };
	int one = 1, tos = 0x10;
	char buf[16], ctl[256];
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr m;
	int s = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons(47031);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tmo, sizeof(tmo));
	bind(s, (struct sockaddr *)&a, sizeof(a));
	setsockopt(s, IPPROTO_IP, IP_PKTINFO, &one, sizeof(one));
	setsockopt(s, IPPROTO_IP, IP_RECVTTL, &one, sizeof(one));
	setsockopt(s, IPPROTO_IP, IP_RECVTOS, &one, sizeof(one));
	setsockopt(s, IPPROTO_IP, IP_RECVORIGDSTADDR, &one, sizeof(one));
	setsockopt(s, IPPROTO_IP, IP_TOS, &tos, sizeof(tos));

	sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof(a));
	memset(&m, 0, sizeof(m));
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = ctl;
	m.msg_controllen = sizeof(ctl);
	recvmsg(s, &m, 0);

	sendto(s, "y", 1, 0, (struct sockaddr *)&a, sizeof(a));
	m.msg_controllen = 20;
	recvmsg(s, &m, 0);
	close(s);
	return 0;
}
