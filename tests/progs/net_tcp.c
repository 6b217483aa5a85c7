/* TCP over the loopback, IPv4 and IPv6, in one process: fixed ports so
 * every run shows the same addresses, SO_LINGER {1, 0} on close so no
 * TIME_WAIT keeps the next run from binding them. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

/* Never block for long, even when another run holds the ports. */
static void bound_wait(int fd)
{
	struct timeval tv = { 2, 0 };

	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

static void reset_close(int fd)
{
	struct linger l = { 1, 0 };

	setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
	close(fd);
}

static void run4(void)
{
	struct sockaddr_in srv, cli, peer;
	socklen_t len;
	int one = 1;
	char buf[64];
	int ls, cs, as;

	ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
	bound_wait(ls);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&srv, 0, sizeof(srv));
	srv.sin_family = AF_INET;
	srv.sin_port = htons(47011);
	srv.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(ls, (struct sockaddr *)&srv, sizeof(srv));
	listen(ls, 5);
	len = sizeof(peer);
	getsockname(ls, (struct sockaddr *)&peer, &len);

	cs = socket(AF_INET, SOCK_STREAM, 0);
	bound_wait(cs);
	setsockopt(cs, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	cli = srv;
	cli.sin_port = htons(47012);
	bind(cs, (struct sockaddr *)&cli, sizeof(cli));
	connect(cs, (struct sockaddr *)&srv, sizeof(srv));
	len = sizeof(peer);
	as = accept(ls, (struct sockaddr *)&peer, &len);
	bound_wait(as);
	len = sizeof(peer);
	getpeername(cs, (struct sockaddr *)&peer, &len);
	len = 4;
	getpeername(as, (struct sockaddr *)&peer, &len);

	send(cs, "ping", 4, 0);
	recv(as, buf, sizeof(buf), 0);
	sendto(as, "pong\n", 5, MSG_NOSIGNAL, NULL, 0);
	recvfrom(cs, buf, sizeof(buf), MSG_WAITALL | MSG_DONTWAIT, NULL, NULL);
	recvfrom(cs, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL);
	shutdown(cs, SHUT_WR);
	recv(as, buf, sizeof(buf), 0);
	shutdown(as, SHUT_RDWR);
	shutdown(as, 7);
	reset_close(as);
	reset_close(cs);
	reset_close(ls);
}

static void run6(void)
{
	struct sockaddr_in6 srv, peer;
	socklen_t len;
	int one = 1;
	char buf[16];
	int ls, cs, as;

	ls = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(ls, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
	memset(&srv, 0, sizeof(srv));
	srv.sin6_family = AF_INET6;
	srv.sin6_port = htons(47013);
	srv.sin6_addr = in6addr_loopback;
	bind(ls, (struct sockaddr *)&srv, sizeof(srv));
	listen(ls, 1);
	len = sizeof(peer);
	accept4(ls, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);

	cs = socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP);
	bound_wait(cs);
	setsockopt(cs, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	peer = srv;
	peer.sin6_port = htons(47014);
	bind(cs, (struct sockaddr *)&peer, sizeof(peer));
	connect(cs, (struct sockaddr *)&srv, sizeof(srv));
	len = sizeof(peer);
	as = accept4(ls, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
	write(cs, "x", 1);
	recvfrom(as, buf, sizeof(buf), 0, NULL, NULL);
	reset_close(as);
	reset_close(cs);
	reset_close(ls);
}

int main(void)
{
	run4();
	run6();
	return 0;
}
