/* Netlink protocols besides route and sock_diag: audit, xfrm, selinux,
 * netfilter, generic and kobject_uevent messages, hand-built and sent
 * from one bound socket to another of the same protocol (the kernel
 * only passes them on, so nothing changes), received on the other, and
 * a generic-netlink request the kernel answers (nlctrl, by name).
 * Also NLMSG_ERROR payloads of every length and NLMSG_DONE. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[4096] __attribute__((aligned(8)));
static unsigned char rbuf[4096] __attribute__((aligned(8)));
static int src, dst;
static struct sockaddr_nl to;

/* two sockets of proto bound to fixed port ids; to names the second */
static void open_pair(int proto, unsigned int port)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	if (src >= 0)
		close(src);
	if (dst >= 0)
		close(dst);
	src = socket(AF_NETLINK, SOCK_RAW, proto);
	dst = socket(AF_NETLINK, SOCK_RAW, proto);
	sa.nl_pid = port;
	bind(src, (struct sockaddr *)&sa, sizeof(sa));
	sa.nl_pid = port + 1;
	bind(dst, (struct sockaddr *)&sa, sizeof(sa));
	to = sa;
}

/* a message of type and flags with plen bytes of payload from pl */
static size_t build(int type, int flags, const void *pl, size_t plen)
{
	struct nlmsghdr *h = (struct nlmsghdr *)buf;

	memset(buf, 0, 64);
	h->nlmsg_len = (uint32_t)(NLMSG_HDRLEN + plen);
	h->nlmsg_type = (uint16_t)type;
	h->nlmsg_flags = (uint16_t)flags;
	h->nlmsg_seq = 7;
	memcpy(buf + NLMSG_HDRLEN, pl, plen);
	return NLMSG_HDRLEN + plen;
}

static void pass(size_t len)
{
	sendto(src, buf, len, 0, (struct sockaddr *)&to, sizeof(to));
	recvfrom(dst, rbuf, sizeof(rbuf), MSG_DONTWAIT, NULL, NULL);
}

static void each_type(const int *types, size_t n, int flags,
		      const void *pl, size_t plen)
{
	for (size_t i = 0; i < n; i++)
		pass(build(types[i], flags, pl, plen));
}

#define EACH(t, f, pl, n) each_type(t, sizeof(t) / sizeof(t[0]), f, pl, n)

int main(void)
{
	static const unsigned char bytes[48] = {
		2, 0, 0, 7, 8, 0, 1, 0, 1, 2, 3, 4, 6, 0, 0x85, 0,
		9, 9, 0, 0, 5, 0, 2, 0, 'x', 0, 0, 0, 0xaa, 0xbb, 0xcc, 0xdd,
		0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
		0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
	};
	static const int audit[] = { 1000, 1001, 1100, 1300, 1327, 2000,
				     999, 0x10, 0xffff };
	static const int xfrm[] = { 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
				    0x1e, 0x1f, 0x22, 0x23, 0x24, 0x25, 0x26,
				    0x27, 0x40 };
	static const int selnl[] = { 0x10, 0x11, 0x12 };
	static const int nf[] = { 0x10, 0x11, 0x12, 0x100, 0x101, 0x102,
				  0x103, 0x1ff, 0x201, 0x300, 0x3ee, 0x600,
				  0x60b, 0xa00, 0xa01, 0xa02, 0xa0a, 0xa19,
				  0xb00, 0xc00, 0xc05, 0xd00, 0xd07, 0xff33 };
	static const int genl[] = { 0x10, 0x3ff, 0xfff0 };
	static const int flags[] = { 0x1, 0x301, 0x701, 0xf05, 0x20 };
	unsigned char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *end = page + 4096;
	struct iovec iov[2];
	struct msghdr mh;

	munmap(end, 4096);
	src = dst = -1;

	open_pair(NETLINK_AUDIT, 0x7e510010);
	for (size_t f = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
		EACH(audit, flags[f], bytes, 20);
	pass(build(1100, 1, "user message\0", 13));
	open_pair(NETLINK_XFRM, 0x7e510020);
	for (size_t f = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
		EACH(xfrm, flags[f], bytes, 8);
	EACH(xfrm, 1, bytes, 48);
	open_pair(NETLINK_SELINUX, 0x7e510030);
	EACH(selnl, 1, bytes + 12, 4);
	EACH(selnl, 1, bytes + 12, 8);
	EACH(selnl, 1, bytes + 12, 3);
	EACH(selnl, 0, bytes, 0);
	open_pair(NETLINK_NETFILTER, 0x7e510040);
	for (size_t f = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
		EACH(nf, flags[f], bytes, 12);
	EACH(nf, 1, bytes, 2);
	EACH(nf, 1, bytes, 4);
	EACH(nf, 1, bytes, 28);
	{
		/* version 1, a resource id, nested and byte-order flags */
		unsigned char pl[16] = { 10, 1, 0x12, 0x34, 8, 0, 1, 0x80,
					 1, 0, 0, 0, 8, 0, 2, 0x40 };
		pass(build(0xa03, 1, pl, 16));
	}
	open_pair(NETLINK_GENERIC, 0x7e510050);
	for (size_t f = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
		EACH(genl, flags[f], bytes, 12);
	{
		/* CTRL_CMD_GETFAMILY "nlctrl", answered by the kernel */
		struct {
			struct genlmsghdr g;
			struct nlattr a;
			char name[8];
		} q = { { CTRL_CMD_GETFAMILY, 1, 0 },
			{ 4 + 7, CTRL_ATTR_FAMILY_NAME }, "nlctrl" };
		struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
		size_t n = build(GENL_ID_CTRL, NLM_F_REQUEST, &q, sizeof(q));
		sendto(src, buf, n, 0, (struct sockaddr *)&kernel,
		       sizeof(kernel));
		recv(src, rbuf, sizeof(rbuf), 0);
	}
	open_pair(NETLINK_KOBJECT_UEVENT, 0x7e510060);
	{
		static const char ev[] =
			"change@/devices/virtual/misc/sift\0ACTION=change\0"
			"DEVPATH=/devices/virtual/misc/sift\0SUBSYSTEM=misc";
		struct {
			char prefix[8];
			uint32_t magic, header_size, off, len, sub, devtype,
				hi, lo;
			char props[16];
		} u = { "libudev", htonl(0xfeedcafe), 40, 40, 16,
			htonl(0x1234abcd), 0, htonl(1), 0,
			"ACTION=add\0SEQ=" };

		sendto(src, ev, sizeof(ev), 0, (struct sockaddr *)&to,
		       sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
		sendto(src, &u, sizeof(u), 0, (struct sockaddr *)&to,
		       sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
		sendto(src, &u, 40, 0, (struct sockaddr *)&to, sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
		sendto(src, &u, 39, 0, (struct sockaddr *)&to, sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
		u.magic = 0;
		sendto(src, &u, sizeof(u), 0, (struct sockaddr *)&to,
		       sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
		sendto(src, "x", 0, 0, (struct sockaddr *)&to, sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), MSG_DONTWAIT, NULL, NULL);
	}

	/* NLMSG_ERROR of each length, NLMSG_DONE, on the audit protocol */
	open_pair(NETLINK_AUDIT, 0x7e510070);
	{
		static const size_t lens[] = { 0, 2, 4, 8, 16, 19, 20, 24,
					       28, 36 };
		unsigned char e[40];
		struct nlmsghdr *echo = (struct nlmsghdr *)(e + 4);
		int32_t err = -13;

		memset(e, 0, sizeof(e));
		memcpy(e, &err, 4);
		echo->nlmsg_len = 20;
		echo->nlmsg_type = 1000;
		echo->nlmsg_flags = 1;
		e[24] = 8;
		e[26] = 2;
		for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
			pass(build(NLMSG_ERROR, 0, e, lens[i]));
		pass(build(NLMSG_ERROR, 0x100, e, 36));
		pass(build(NLMSG_DONE, 2, e, 4));
		pass(build(NLMSG_DONE, 2, e, 8));
	}

	/* two messages in one datagram, a vector, bad buffers */
	open_pair(NETLINK_XFRM, 0x7e510080);
	{
		size_t n = build(0x12, 0x301, bytes, 4);
		memcpy(buf + n, buf, n);
		sendto(src, buf, 2 * n, 0, (struct sockaddr *)&to, sizeof(to));
		recvfrom(dst, rbuf, sizeof(rbuf), 0, NULL, NULL);
		iov[0].iov_base = buf;
		iov[0].iov_len = n;
		iov[1].iov_base = buf;
		iov[1].iov_len = n;
		memset(&mh, 0, sizeof(mh));
		mh.msg_name = &to;
		mh.msg_namelen = sizeof(to);
		mh.msg_iov = iov;
		mh.msg_iovlen = 2;
		sendmsg(src, &mh, 0);
		iov[0].iov_base = rbuf;
		iov[0].iov_len = sizeof(rbuf);
		mh.msg_iovlen = 1;
		recvmsg(dst, &mh, 0);
		memcpy(end - n, buf, n);
		sendto(src, end - n, n + 8, 0, (struct sockaddr *)&to,
		       sizeof(to));
		sendto(src, end - 8, 16, 0, (struct sockaddr *)&to,
		       sizeof(to));
		sendto(src, (void *)1, 16, 0, (struct sockaddr *)&to,
		       sizeof(to));
		sendto(src, NULL, 16, 0, (struct sockaddr *)&to, sizeof(to));
	}
	close(src);
	close(dst);
	return 0;
}
