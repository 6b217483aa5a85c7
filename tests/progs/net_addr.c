/* Socket addresses of every family sift decodes, passed to bind and
 * connect on a bad descriptor (the call fails, the address still shows):
 * short and long lengths, abstract and unnamed AF_UNIX paths, IPv6 scope
 * ids, netlink, packet, AF_ALG and vsock addresses, NULL and bad
 * pointers. */
#include <arpa/inet.h>
#include <linux/if_alg.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <linux/vm_sockets.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_un un;
	struct sockaddr_in in;
	struct sockaddr_in6 in6;
	struct sockaddr_nl nl;
	struct sockaddr_ll ll;
	struct sockaddr_storage ss;
	unsigned char raw[130];

	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	strcpy(un.sun_path, "/tmp/x");
	bind(-1, (struct sockaddr *)&un, sizeof(un));
	bind(-1, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 6);
	bind(-1, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 3);
	bind(-1, (struct sockaddr *)&un, 2);
	bind(-1, (struct sockaddr *)&un, 1);
	bind(-1, (struct sockaddr *)&un, 0);
	memset(un.sun_path, 'a', sizeof(un.sun_path));
	bind(-1, (struct sockaddr *)&un, sizeof(un));
	memset(&ss, 'b', sizeof(ss));
	ss.ss_family = AF_UNIX;
	bind(-1, (struct sockaddr *)&ss, sizeof(ss));
	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	memcpy(un.sun_path, "\0abstract\0x", 11);
	connect(-1, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 11);
	connect(-1, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 9);
	memcpy(un.sun_path, "\"q\\\n\001", 6);
	connect(-1, (struct sockaddr *)&un, sizeof(un));

	memset(&in, 0, sizeof(in));
	in.sin_family = AF_INET;
	in.sin_port = htons(80);
	in.sin_addr.s_addr = inet_addr("10.1.2.3");
	connect(-1, (struct sockaddr *)&in, sizeof(in));
	connect(-1, (struct sockaddr *)&in, 8);
	connect(-1, (struct sockaddr *)&in, 32);
	in.sin_addr.s_addr = htonl(INADDR_ANY);
	in.sin_port = 0;
	bind(-1, (struct sockaddr *)&in, sizeof(in));

	memset(&in6, 0, sizeof(in6));
	in6.sin6_family = AF_INET6;
	in6.sin6_port = htons(443);
	in6.sin6_flowinfo = htonl(7);
	inet_pton(AF_INET6, "2001:db8::1", &in6.sin6_addr);
	in6.sin6_scope_id = 5;
	connect(-1, (struct sockaddr *)&in6, sizeof(in6));
	connect(-1, (struct sockaddr *)&in6, 24);
	connect(-1, (struct sockaddr *)&in6, 20);
	inet_pton(AF_INET6, "fe80::1", &in6.sin6_addr);
	in6.sin6_scope_id = 1;
	connect(-1, (struct sockaddr *)&in6, sizeof(in6));
	in6.sin6_scope_id = 12345;
	connect(-1, (struct sockaddr *)&in6, sizeof(in6));
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &in6.sin6_addr);
	connect(-1, (struct sockaddr *)&in6, sizeof(in6));

	memset(&nl, 0, sizeof(nl));
	nl.nl_family = AF_NETLINK;
	nl.nl_pid = 1234;
	nl.nl_groups = 0x10;
	bind(-1, (struct sockaddr *)&nl, sizeof(nl));
	bind(-1, (struct sockaddr *)&nl, 8);

	memset(&ll, 0, sizeof(ll));
	ll.sll_family = AF_PACKET;
	ll.sll_protocol = htons(ETH_P_ALL);
	ll.sll_ifindex = 1;
	ll.sll_hatype = 772;
	ll.sll_pkttype = PACKET_BROADCAST;
	ll.sll_halen = 6;
	memcpy(ll.sll_addr, "\x01\x02\x03\x04\x05\x06", 6);
	bind(-1, (struct sockaddr *)&ll, sizeof(ll));
	ll.sll_protocol = htons(ETH_P_IP);
	ll.sll_ifindex = 9999;
	ll.sll_halen = 10;
	bind(-1, (struct sockaddr *)&ll, sizeof(ll));
	bind(-1, (struct sockaddr *)&ll, 12);

	memset(raw, 0, sizeof(raw));
	raw[0] = 200;
	raw[2] = 'z';
	bind(-1, (struct sockaddr *)raw, 6);
	raw[0] = AF_UNSPEC;
	bind(-1, (struct sockaddr *)raw, 4);
	raw[0] = AF_INET;
	bind(-1, (struct sockaddr *)raw, sizeof(raw));

	struct sockaddr_alg alg;
	struct sockaddr_vm vm;
	memset(&alg, 0, sizeof(alg));
	alg.salg_family = AF_ALG;
	strcpy((char *)alg.salg_type, "hash");
	strcpy((char *)alg.salg_name, "sha1");
	alg.salg_feat = 1;
	alg.salg_mask = 0x80;
	bind(-1, (struct sockaddr *)&alg, sizeof(alg));
	bind(-1, (struct sockaddr *)&alg, 20);
	memset(&vm, 0, sizeof(vm));
	vm.svm_family = AF_VSOCK;
	vm.svm_port = 1234;
	vm.svm_cid = VMADDR_CID_HOST;
	vm.svm_flags = VMADDR_FLAG_TO_HOST;
	connect(-1, (struct sockaddr *)&vm, sizeof(vm));
	vm.svm_cid = 77;
	vm.svm_port = VMADDR_PORT_ANY;
	vm.svm_flags = 0;
	vm.svm_reserved1 = 5;
	connect(-1, (struct sockaddr *)&vm, sizeof(vm));
	connect(-1, (struct sockaddr *)&vm, 8);

	bind(-1, NULL, 16);
	bind(-1, (struct sockaddr *)1, 16);
	connect(-1, NULL, 0);
	connect(-1, (struct sockaddr *)&in, -1);
	return 0;
}
