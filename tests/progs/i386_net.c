/* i386_net: sockets of a 32-bit process, on AF_UNIX and AF_INET loopback
 * only: socket/bind/connect/listen/getsockname/sendto/recvfrom/
 * getsockopt/setsockopt/shutdown, as glibc issues them (socketcall or
 * the direct calls) and through socketcall(2) itself. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in in = { .sin_family = AF_INET,
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	socklen_t len = sizeof(in);
	char buf[64];
	int one = 1, v = 0;
	unsigned long a[6];

	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	bind(s, (struct sockaddr *)&in, sizeof(in));
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, (void *)1, sizeof(one));
	len = sizeof(v);
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	getsockopt(-1, SOL_SOCKET, SO_TYPE, &v, &len);
	/* a UDP connect sends nothing */
	in.sin_port = htons(9);
	connect(s, (struct sockaddr *)&in, sizeof(in));
	shutdown(s, SHUT_RDWR);
	close(s);
	/* a datagram to itself on a named AF_UNIX socket in the cwd */
	int d = socket(AF_UNIX, SOCK_DGRAM, 0);
	strcpy(un.sun_path, "s1");
	bind(d, (struct sockaddr *)&un, sizeof(un));
	len = sizeof(un);
	getsockname(d, (struct sockaddr *)&un, &len);
	sendto(d, "ping", 4, 0, (struct sockaddr *)&un, len);
	len = sizeof(un);
	recvfrom(d, buf, sizeof(buf), 0, (struct sockaddr *)&un, &len);
	sendto(-1, "x", 1, MSG_DONTWAIT, NULL, 0);
	close(d);
	unlink("s1");
	int u = socket(AF_UNIX, SOCK_STREAM, 0);
	strcpy(un.sun_path, "nonexistent.sock");
	connect(u, (struct sockaddr *)&un, sizeof(un));
	listen(-1, 5);
	close(u);
	socket(AF_INET, 12345, 0);
	/* socketcall(SYS_SOCKET, ...) by hand */
	a[0] = AF_UNIX;
	a[1] = SOCK_DGRAM;
	a[2] = 0;
	int w = syscall(SYS_socketcall, 1, a);
	close(w);
	syscall(SYS_socketcall, 1, (void *)1);
	syscall(SYS_socketcall, 99, a);
	return 0;
}
