/* setsockopt/getsockopt sweep: every option number of the levels strace
 * decodes (and a few past them), at several lengths, on descriptor -1 so
 * that the kernel touches nothing: the calls fail with EBADF and, under
 * -e inject=...:retval=0, strace decodes the patterned buffers as if the
 * kernel had filled them.  Then the struct options with real contents
 * (packet_mreq, tpacket_req/req3, sock_fprog, linger, timeval, ucred,
 * ip_mreqn, group_req), NULL, unreadable and page-straddling buffers and
 * lengths. */
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SO(lvl, name, p, l) syscall(SYS_setsockopt, -1, lvl, name, p, l)
#define GO(lvl, name, p, l) syscall(SYS_getsockopt, -1, lvl, name, p, l)

static char *guard;

static const struct {
	int level, last;
} levels[] = {
	{SOL_SOCKET, 80}, {SOL_IP, 72}, {SOL_IPV6, 82}, {6 /* SOL_TCP */, 40},
	{17 /* SOL_UDP */, 104}, {263 /* SOL_PACKET */, 24}, {270 /* SOL_NETLINK */, 14},
	{279 /* SOL_ALG */, 8}, {255 /* SOL_RAW */, 3}, {58 /* SOL_ICMPV6 */, 2},
	{0x7777, 1},
};

static unsigned char pat[64];

static void fill(void)
{
	for (unsigned int i = 0; i < sizeof(pat); i++)
		pat[i] = (unsigned char)(i + 1);
}

static void every(void)
{
	static const int lens[] = {0, 1, 4, 8, 12, 16, 28, 40};
	socklen_t l;

	for (unsigned int i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		for (int n = 0; n <= levels[i].last; n++)
			for (unsigned int k = 0; k < sizeof(lens) / sizeof(int);
			     k++) {
				fill();
				SO(levels[i].level, n, pat, lens[k]);
				fill();
				l = lens[k];
				GO(levels[i].level, n, pat, &l);
			}
}

static void structs(void)
{
	struct sock_filter insns[2] = {
		{BPF_LD | BPF_W | BPF_ABS, 0, 0, 0},
		{BPF_RET | BPF_K, 0, 0, 0xffff},
	};
	struct sock_fprog fp = {2, insns};
	struct packet_mreq mr = {1, PACKET_MR_PROMISC, 6, {1, 2, 3, 4, 5, 6}};
	struct tpacket_req tr = {4096, 4, 2048, 8};
	struct tpacket_req3 tr3 = {4096, 4, 2048, 8, 60, 32, 1};
	struct ip_mreqn mn = {{htonl(0xe0000001)}, {htonl(0x7f000001)}, 1};
	struct ip_mreq m = {{htonl(0xe0000001)}, {htonl(0x7f000001)}};
	struct group_req gr;
	socklen_t l = 12;
	int one = 1;

	memset(&gr, 0, sizeof(gr));
	gr.gr_interface = 1;
	gr.gr_group.ss_family = AF_INET;
	SO(SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	SO(SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp) - 1);
	SO(SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp) + 8);
	SO(SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &fp, sizeof(fp));
	fp.filter = (void *)(guard - 8);
	SO(SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	fp.len = 0xffff;
	SO(SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	SO(263, PACKET_ADD_MEMBERSHIP, &mr, sizeof(mr));
	SO(263, PACKET_DROP_MEMBERSHIP, &mr, sizeof(mr) - 2);
	mr.mr_alen = 200;
	mr.mr_type = 77;
	SO(263, PACKET_ADD_MEMBERSHIP, &mr, sizeof(mr));
	SO(263, PACKET_RX_RING, &tr, sizeof(tr));
	SO(263, PACKET_TX_RING, &tr3, sizeof(tr3));
	SO(263, PACKET_RX_RING, &tr3, sizeof(tr3) + 4);
	SO(263, PACKET_RX_RING, &tr, sizeof(tr) - 4);
	SO(SOL_IP, IP_ADD_MEMBERSHIP, &mn, sizeof(mn));
	SO(SOL_IP, IP_ADD_MEMBERSHIP, &m, sizeof(m));
	SO(SOL_IP, IP_MULTICAST_IF, &mn, sizeof(mn));
	SO(SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
	SO(SOL_IPV6, MCAST_JOIN_GROUP, &gr, sizeof(gr));
	GO(SOL_SOCKET, SO_PEERCRED, guard - 8, &l);
	GO(SOL_SOCKET, SO_PEERCRED, NULL, &l);
	GO(SOL_SOCKET, SO_PEERCRED, pat, NULL);
	GO(SOL_SOCKET, SO_PEERCRED, pat, (void *)1);
	GO(SOL_SOCKET, SO_PEERCRED, pat, guard - 2);
	l = -1;
	GO(SOL_SOCKET, SO_LINGER, pat, &l);
	SO(SOL_SOCKET, SO_KEEPALIVE, &one, -1);
	SO(SOL_SOCKET, SO_KEEPALIVE, NULL, 4);
	SO(SOL_SOCKET, SO_KEEPALIVE, (void *)1, 4);
	SO(SOL_SOCKET, SO_LINGER, guard - 4, 8);
	SO(SOL_SOCKET, SO_RCVTIMEO_OLD, guard - 8, 16);
	SO(SOL_SOCKET, SO_BINDTODEVICE, guard - 3, 8);
	memcpy(guard - 3, "eth", 3);
	SO(SOL_SOCKET, SO_BINDTODEVICE, guard - 3, 3);
	SO(SOL_SOCKET, SO_BINDTODEVICE, guard - 3, 4);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	every();
	structs();
	return 0;
}
