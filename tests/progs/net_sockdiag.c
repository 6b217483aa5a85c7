/* sock_diag (NETLINK_SOCK_DIAG) requests and replies for inet and unix
 * sockets.  Real requests name sockets that do not exist, so the kernel's
 * error replies (which echo the request) are the same in every run; reply
 * messages, whose cookies and inodes would differ, are crafted here and
 * sent without NLM_F_REQUEST, which the kernel ignores.  getpid is traced
 * so the normaliser knows the port ids. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[8192];

static void send_buf(int s, const void *p, size_t len)
{
	struct sockaddr_nl sa;
	struct iovec iov = { (void *)p, len };
	struct msghdr m;

	memset(&sa, 0, sizeof(sa));
	sa.nl_family = AF_NETLINK;
	memset(&m, 0, sizeof(m));
	m.msg_name = &sa;
	m.msg_namelen = sizeof(sa);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	sendmsg(s, &m, 0);
}

static void recv_reply(int s)
{
	struct sockaddr_nl sa;
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr m;

	memset(&m, 0, sizeof(m));
	m.msg_name = &sa;
	m.msg_namelen = sizeof(sa);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	recvmsg(s, &m, MSG_DONTWAIT);
}

static size_t hdr(void *p, size_t len, int flags)
{
	struct nlmsghdr *h = p;

	memset(h, 0, sizeof(*h));
	h->nlmsg_len = (uint32_t)len;
	h->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	h->nlmsg_flags = (uint16_t)flags;
	h->nlmsg_seq = 9;
	return NLMSG_HDRLEN;
}

/* A request for one socket that does not exist: the kernel says ENOENT. */
static void inet_req(int s, int family, int proto, uint32_t states)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} q;

	memset(&q, 0, sizeof(q));
	hdr(&q, sizeof(q), NLM_F_REQUEST);
	q.r.sdiag_family = (uint8_t)family;
	q.r.sdiag_protocol = (uint8_t)proto;
	q.r.idiag_ext = (1 << (INET_DIAG_INFO - 1)) | (1 << (INET_DIAG_CONG - 1));
	q.r.idiag_states = states;
	q.r.id.idiag_sport = htons(1);
	q.r.id.idiag_dport = htons(2);
	if (family == AF_INET) {
		inet_pton(AF_INET, "127.0.0.1", q.r.id.idiag_src);
		inet_pton(AF_INET, "127.0.0.2", q.r.id.idiag_dst);
	} else {
		inet_pton(AF_INET6, "::1", q.r.id.idiag_src);
		inet_pton(AF_INET6, "fe80::1", q.r.id.idiag_dst);
	}
	q.r.id.idiag_cookie[0] = 0x12345;
	q.r.id.idiag_cookie[1] = 7;
	send_buf(s, &q, sizeof(q));
	recv_reply(s);
}

static void unix_req(int s)
{
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} q;

	memset(&q, 0, sizeof(q));
	hdr(&q, sizeof(q), NLM_F_REQUEST);
	q.r.sdiag_family = AF_UNIX;
	q.r.udiag_states = (1 << 1) | (1 << 10);
	q.r.udiag_ino = 0xfffffff0u;
	q.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_VFS | UDIAG_SHOW_PEER |
			 UDIAG_SHOW_ICONS | UDIAG_SHOW_RQLEN |
			 UDIAG_SHOW_MEMINFO | UDIAG_SHOW_UID | 0x100;
	q.r.udiag_cookie[0] = 5;
	send_buf(s, &q, sizeof(q));
	recv_reply(s);
}

static size_t attr(unsigned char *p, int type, const void *v, size_t n)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + n), (uint16_t)type };

	memcpy(p, &a, sizeof(a));
	memcpy(p + NLA_HDRLEN, v, n);
	memset(p + NLA_HDRLEN + n, 0, NLA_ALIGN(n) - n);
	return NLA_HDRLEN + NLA_ALIGN(n);
}

static size_t inet_attrs(unsigned char *p)
{
	uint8_t u8 = 3, sockopt[2] = { 0x52, 0x01 };
	uint32_t mark = 77, mem[4] = { 1, 2, 3, 4 }, skmem[9];
	uint64_t cg = 12345;
	struct tcpvegas_info vegas = { 1, 2, 3, 4 };
	size_t o = 0;

	for (int i = 0; i < 9; i++)
		skmem[i] = (uint32_t)(i * 100);
	o += attr(p + o, INET_DIAG_SHUTDOWN, &u8, 1);
	o += attr(p + o, INET_DIAG_MARK, &mark, 4);
	o += attr(p + o, INET_DIAG_CGROUP_ID, &cg, 8);
	o += attr(p + o, INET_DIAG_SOCKOPT, sockopt, 2);
	o += attr(p + o, INET_DIAG_MEMINFO, mem, sizeof(mem));
	o += attr(p + o, INET_DIAG_SKMEMINFO, skmem, sizeof(skmem));
	o += attr(p + o, INET_DIAG_CONG, "cubic", 6);
	o += attr(p + o, INET_DIAG_TOS, &u8, 1);
	o += attr(p + o, INET_DIAG_TCLASS, &u8, 1);
	o += attr(p + o, INET_DIAG_VEGASINFO, &vegas, sizeof(vegas));
	o += attr(p + o, INET_DIAG_INFO, "\x0a\x00\x01\x41", 4);
	o += attr(p + o, INET_DIAG_SKV6ONLY, &u8, 1);
	o += attr(p + o, INET_DIAG_PROTOCOL, &u8, 1);
	o += attr(p + o, INET_DIAG_CLASS_ID, &mark, 4);
	o += attr(p + o, 99, &mark, 4);
	return o;
}

/* inet_diag_msg replies, as the kernel would send them. */
static void inet_reply(int s, int family, int state)
{
	struct inet_diag_msg *d;
	size_t o = NLMSG_HDRLEN;

	memset(buf, 0, sizeof(buf));
	d = (struct inet_diag_msg *)(buf + o);
	d->idiag_family = (uint8_t)family;
	d->idiag_state = (uint8_t)state;
	d->idiag_timer = 1;
	d->idiag_retrans = 2;
	d->id.idiag_sport = htons(2024);
	d->id.idiag_dport = htons(443);
	if (family == AF_INET6) {
		inet_pton(AF_INET6, "2001:db8::5", d->id.idiag_src);
		inet_pton(AF_INET6, "::ffff:10.0.0.1", d->id.idiag_dst);
	} else {
		inet_pton(AF_INET, "10.1.2.3", d->id.idiag_src);
	}
	d->id.idiag_if = 1;
	d->id.idiag_cookie[0] = 3;
	d->idiag_expires = 100;
	d->idiag_rqueue = 5;
	d->idiag_wqueue = 128;
	d->idiag_uid = 1000;
	d->idiag_inode = 4242;
	o += sizeof(*d);
	o += inet_attrs(buf + o);
	hdr(buf, o, NLM_F_MULTI);
	send_buf(s, buf, o);
}

static void unix_reply(int s)
{
	struct unix_diag_msg *d;
	struct unix_diag_vfs vfs = { 99, 0xfe01 };
	struct unix_diag_rqlen rq = { 1, 128 };
	uint32_t peer = 4243, icons[2] = { 7, 8 }, mem[9] = { 0 }, uid = 0;
	uint8_t sh = 2;
	size_t o = NLMSG_HDRLEN;

	memset(buf, 0, sizeof(buf));
	d = (struct unix_diag_msg *)(buf + o);
	d->udiag_family = AF_UNIX;
	d->udiag_type = SOCK_STREAM;
	d->udiag_state = 10;
	d->udiag_ino = 4242;
	d->udiag_cookie[0] = 3794;
	o += sizeof(*d);
	o += attr(buf + o, UNIX_DIAG_NAME, "/tmp/sock", 9);
	o += attr(buf + o, UNIX_DIAG_VFS, &vfs, sizeof(vfs));
	o += attr(buf + o, UNIX_DIAG_PEER, &peer, 4);
	o += attr(buf + o, UNIX_DIAG_ICONS, icons, sizeof(icons));
	o += attr(buf + o, UNIX_DIAG_RQLEN, &rq, sizeof(rq));
	o += attr(buf + o, UNIX_DIAG_MEMINFO, mem, sizeof(mem));
	o += attr(buf + o, UNIX_DIAG_SHUTDOWN, &sh, 1);
	o += attr(buf + o, UNIX_DIAG_UID, &uid, 4);
	o += attr(buf + o, UNIX_DIAG_NAME, "\0abs", 4);
	hdr(buf, o, NLM_F_MULTI);
	send_buf(s, buf, o);
}

/* Values at the edges: unknown states and bits, odd names. */
static void edges(int s)
{
	struct inet_diag_msg *d;
	uint8_t sockopt[2] = { 0, 0xe0 }, zero[2] = { 0, 0 }, proto = 6;
	size_t o = NLMSG_HDRLEN;

	memset(buf, 0, sizeof(buf));
	d = (struct inet_diag_msg *)(buf + o);
	d->idiag_family = AF_INET;
	d->idiag_state = 12;
	d->idiag_timer = 200;
	o += sizeof(*d);
	o += attr(buf + o, INET_DIAG_SOCKOPT, sockopt, 2);
	o += attr(buf + o, INET_DIAG_SOCKOPT, zero, 2);
	o += attr(buf + o, INET_DIAG_PROTOCOL, &proto, 1);
	o += attr(buf + o, INET_DIAG_SHUTDOWN, zero, 1);
	o += attr(buf + o, INET_DIAG_SHUTDOWN, "\x07", 1);
	o += attr(buf + o, INET_DIAG_CONG, "ab\0cd\0", 6);
	hdr(buf, o, NLM_F_MULTI);
	send_buf(s, buf, o);
	d->idiag_state = 13;
	hdr(buf, NLMSG_HDRLEN + sizeof(*d), NLM_F_MULTI);
	send_buf(s, buf, NLMSG_HDRLEN + sizeof(*d));
	d->idiag_state = 99;
	send_buf(s, buf, NLMSG_HDRLEN + sizeof(*d));
	d->idiag_family = AF_UNIX;
	d->idiag_state = 7;
	o = NLMSG_HDRLEN + 16;
	o += attr(buf + o, UNIX_DIAG_NAME, "ab\0cd\0", 6);
	o += attr(buf + o, UNIX_DIAG_NAME, "ab\0cd", 5);
	o += attr(buf + o, UNIX_DIAG_NAME, "abc\0", 4);
	o += attr(buf + o, 99, "abc\0", 4);
	hdr(buf, o, NLM_F_MULTI);
	send_buf(s, buf, o);
}

int main(void)
{
	int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);

	if (s < 0)
		return 1;
	getpid(); /* the kernel's port id, for the normaliser */
	inet_req(s, AF_INET, IPPROTO_TCP, 0xfff);
	inet_req(s, AF_INET6, IPPROTO_UDP, 0x103001);
	inet_req(s, AF_INET, 200, 0);
	unix_req(s);
	inet_reply(s, AF_INET, 10);
	inet_reply(s, AF_INET6, 1);
	unix_reply(s);
	edges(s);
	close(s);
	return 0;
}
