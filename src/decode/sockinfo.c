/* Socket details for -yy: see sockinfo.h.  The protocol comes from the
 * socket's "system.sockprotoname" attribute (found through the tracee's
 * descriptor table), the addresses from NETLINK_SOCK_DIAG: inet_diag for
 * TCP/UDP over IPv4 and IPv6, unix_diag for AF_UNIX.  When the kernel
 * does not know the socket (not bound yet) the result is PROTO:[inode],
 * as strace shows it. */
#include "decode/sockinfo.h"

#include "consts/consts.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/xattr.h>
#include <unistd.h>

/* The protocol names strace 6.1 shows under -yy; others show as
 * socket:[inode] (the kernel names IPv4 UDP-Lite "UDP-Lite", so only
 * its IPv6 twin matches). */
static bool known_proto(const char *name)
{
	static const char *const known[] = {
		"UNIX", "TCP", "UDP", "UDPLITE", "DCCP", "SCTP", "L2TP/IP",
		"PING", "RAW", "TCPv6", "UDPv6", "UDPLITEv6", "DCCPv6",
		"SCTPv6", "L2TP/IPv6", "PINGv6", "RAWv6", "NETLINK",
	};

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strcmp(name, known[i]))
			return true;
	/* UNIX-STREAM and the like */
	return !strncmp(name, "UNIX", 4);
}

/* The protocol name of the socket with this inode in tid's fd table. */
static int proto_name(pid_t tid, unsigned long inode, char *buf, size_t size)
{
	char dir[64], path[384], link[64], want[48];
	struct dirent *d;
	DIR *dp;
	int rc = -ENOENT;

	snprintf(dir, sizeof(dir), "/proc/%d/fd", tid);
	snprintf(want, sizeof(want), "socket:[%lu]", inode);
	dp = opendir(dir);
	if (!dp)
		return -errno;
	while ((d = readdir(dp))) {
		if (d->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		ssize_t n = readlink(path, link, sizeof(link) - 1);
		if (n < 0)
			continue;
		link[n] = '\0';
		if (strcmp(link, want))
			continue;
		n = getxattr(path, "system.sockprotoname", buf, size - 1);
		if (n <= 0)
			break;
		buf[n] = '\0';
		rc = known_proto(buf) ? 0 : -ENOENT;
		break;
	}
	closedir(dp);
	return rc;
}

static int diag_socket(int proto)
{
	struct timeval tv = { 1, 0 };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);

	if (fd >= 0)
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

static int diag_send(int fd, void *req, size_t len)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	if (sendto(fd, req, len, 0, (struct sockaddr *)&sa, sizeof(sa)) < 0)
		return -errno;
	return 0;
}

/* Calls fn for each response message until it returns nonzero (its
 * value is returned) or the dump ends (-ENOENT). */
static int diag_recv(int fd, int (*fn)(void *msg, size_t len, void *arg),
		     void *arg)
{
	static char buf[32768] __attribute__((aligned(8)));

	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		if (n <= 0)
			return n < 0 ? -errno : -ENOENT;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf;
		     NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE ||
			    h->nlmsg_type == NLMSG_ERROR)
				return -ENOENT;
			int rc = fn(NLMSG_DATA(h), h->nlmsg_len - NLMSG_HDRLEN,
				    arg);
			if (rc)
				return rc;
		}
	}
}

/* One request on a fresh sock_diag socket, its replies through fn:
 * diag_recv's result, or -errno when no socket could be had. */
int decode_nl_query(int proto, void *req, size_t len,
		    int (*fn)(void *msg, size_t len, void *arg), void *arg)
{
	int fd = diag_socket(proto), rc;

	if (fd < 0)
		return -errno;
	rc = diag_send(fd, req, len);
	if (rc == 0)
		rc = diag_recv(fd, fn, arg);
	close(fd);
	return rc;
}

static int diag_query(void *req, size_t len, uint16_t flags,
		      int (*fn)(void *msg, size_t len, void *arg), void *arg)
{
	struct nlmsghdr *nh = req;

	nh->nlmsg_len = (uint32_t)len;
	nh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nh->nlmsg_flags = NLM_F_REQUEST | flags;
	nh->nlmsg_seq = 1;
	return decode_nl_query(NETLINK_SOCK_DIAG, req, len, fn, arg);
}

/* diag_query's result for a lookup whose match returns 1: 0 or -errno */
static int found(int rc)
{
	return rc == 1 ? 0 : (rc ? rc : -ENOENT);
}

/* A dump request for the netlink socket with this inode. */
struct netlink_req {
	struct nlmsghdr nh;
	struct netlink_diag_req r;
};

static void netlink_req_init(struct netlink_req *req, unsigned long inode)
{
	memset(req, 0, sizeof(*req));
	req->r.sdiag_family = AF_NETLINK;
	req->r.sdiag_protocol = NDIAG_PROTO_ALL;
	req->r.ndiag_ino = (uint32_t)inode;
	req->r.ndiag_cookie[0] = INET_DIAG_NOCOOKIE;
	req->r.ndiag_cookie[1] = INET_DIAG_NOCOOKIE;
}

struct inet_find {
	unsigned long inode;
	const char *proto;
	char *buf;
	size_t size;
};

static int inet_match(void *msg, size_t len, void *arg)
{
	struct inet_find *f = arg;
	struct inet_diag_msg *m = msg;
	char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN];
	const char *lb = "", *rb = "";
	bool connected;

	if (len < sizeof(*m) || m->idiag_inode != f->inode)
		return 0;
	if (m->idiag_family == AF_INET6) {
		lb = "[";
		rb = "]";
	}
	if (!inet_ntop(m->idiag_family, m->id.idiag_src, src, sizeof(src)) ||
	    !inet_ntop(m->idiag_family, m->id.idiag_dst, dst, sizeof(dst)))
		return -EINVAL;
	connected = m->id.idiag_dport || m->id.idiag_dst[0] ||
		    m->id.idiag_dst[1] || m->id.idiag_dst[2] ||
		    m->id.idiag_dst[3];
	if (connected)
		snprintf(f->buf, f->size, "%s:[%s%s%s:%u->%s%s%s:%u]",
			 f->proto, lb, src, rb, ntohs(m->id.idiag_sport), lb,
			 dst, rb, ntohs(m->id.idiag_dport));
	else
		snprintf(f->buf, f->size, "%s:[%s%s%s:%u]", f->proto, lb, src,
			 rb, ntohs(m->id.idiag_sport));
	return 1;
}

static int inet_details(unsigned long inode, int family, int proto,
			const char *name, char *buf, size_t size)
{
	struct {
		struct nlmsghdr nh;
		struct inet_diag_req_v2 r;
	} req;
	struct inet_find f = { inode, name, buf, size };

	memset(&req, 0, sizeof(req));
	req.r.sdiag_family = (uint8_t)family;
	req.r.sdiag_protocol = (uint8_t)proto;
	req.r.idiag_states = ~0u;
	req.r.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
	req.r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
	return found(diag_query(&req, sizeof(req), NLM_F_DUMP, inet_match, &f));
}

static int unix_match(void *msg, size_t len, void *arg)
{
	struct inet_find *f = arg;
	struct unix_diag_msg *m = msg;
	uint32_t peer = 0;
	const char *path = NULL;
	size_t path_len = 0;
	char quoted[512];
	size_t q = 0;

	if (len < sizeof(*m) || m->udiag_ino != f->inode)
		return 0;
	for (struct rtattr *a = (struct rtattr *)(m + 1);
	     RTA_OK(a, len - sizeof(*m));
	     a = RTA_NEXT(a, len)) {
		if (a->rta_type == UNIX_DIAG_NAME) {
			path = RTA_DATA(a);
			path_len = RTA_PAYLOAD(a);
		} else if (a->rta_type == UNIX_DIAG_PEER &&
			   RTA_PAYLOAD(a) >= 4) {
			memcpy(&peer, RTA_DATA(a), 4);
		}
	}
	/* the path as strace quotes it; abstract names start with '@' */
	if (path && path_len) {
		size_t i = 0;
		if (path[0] == '\0') {
			quoted[q++] = '@';
			i = 1;
		} else {
			/* a file name ends at its NUL */
			path_len = strnlen(path, path_len);
		}
		quoted[q++] = '"';
		for (; i < path_len && q + 6 < sizeof(quoted); i++) {
			unsigned char c = (unsigned char)path[i];
			if (c == '"' || c == '\\') {
				quoted[q++] = '\\';
				quoted[q++] = (char)c;
			} else if (c == '\n' || c == '\t' || c == '\r' ||
				   c == '\f' || c == '\v') {
				quoted[q++] = '\\';
				quoted[q++] = c == '\n' ? 'n' : c == '\t' ? 't' :
					      c == '\r' ? 'r' : c == '\f' ? 'f' :
					      'v';
			} else if (c >= 0x20 && c < 0x7f) {
				quoted[q++] = (char)c;
			} else {
				/* shortest octal escape unless a digit follows */
				bool digit = i + 1 < path_len &&
					     path[i + 1] >= '0' &&
					     path[i + 1] <= '7';
				q += (size_t)snprintf(quoted + q,
						      sizeof(quoted) - q,
						      digit ? "\\%03o" : "\\%o", c);
			}
		}
		quoted[q++] = '"';
	}
	quoted[q] = '\0';
	int n = snprintf(f->buf, f->size, "%s:[%lu", f->proto, f->inode);
	if (n < 0 || (size_t)n >= f->size)
		return -ENOSPC;
	if (peer)
		n += snprintf(f->buf + n, f->size - (size_t)n, "->%u", peer);
	if (q && (size_t)n < f->size)
		n += snprintf(f->buf + n, f->size - (size_t)n, ",%s", quoted);
	if ((size_t)n < f->size)
		snprintf(f->buf + n, f->size - (size_t)n, "]");
	return 1;
}

static int unix_details(unsigned long inode, const char *name, char *buf,
			size_t size)
{
	struct {
		struct nlmsghdr nh;
		struct unix_diag_req r;
	} req;
	struct inet_find f = { inode, name, buf, size };

	memset(&req, 0, sizeof(req));
	req.r.sdiag_family = AF_UNIX;
	req.r.udiag_states = ~0u;
	req.r.udiag_ino = (uint32_t)inode;
	req.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
	req.r.udiag_cookie[0] = INET_DIAG_NOCOOKIE;
	req.r.udiag_cookie[1] = INET_DIAG_NOCOOKIE;
	return found(diag_query(&req, sizeof(req), 0, unix_match, &f));
}

/* Details found through sock_diag, kept per inode as strace keeps them:
 * a socket shows what it showed the first time it was looked up. */
#define CACHE_SIZE 256
static struct {
	unsigned long inode;
	char text[160];
} cache[CACHE_SIZE];

static int netlink_match(void *msg, size_t len, void *arg)
{
	struct inet_find *f = arg;
	struct netlink_diag_msg *m = msg;
	const char *name;

	if (len < sizeof(*m) || m->ndiag_ino != f->inode)
		return 0;
	name = consts_name(&ct_n_netlink_protos, m->ndiag_protocol);
	if (name && !strncmp(name, "NETLINK_", 8))
		snprintf(f->buf, f->size, "%s:[%s:%u]", f->proto, name + 8,
			 m->ndiag_portid);
	else
		snprintf(f->buf, f->size, "%s:[%u:%u]", f->proto,
			 m->ndiag_protocol, m->ndiag_portid);
	return 1;
}

static int netlink_details(unsigned long inode, const char *name, char *buf,
			   size_t size)
{
	struct netlink_req req;
	struct inet_find f = { inode, name, buf, size };

	netlink_req_init(&req, inode);
	return found(diag_query(&req, sizeof(req), NLM_F_DUMP, netlink_match,
				&f));
}

int decode_sock_details(pid_t tid, unsigned long inode, char *buf,
			size_t size)
{
	static const struct {
		const char *name;
		int family;
		int proto;
	} inet[] = {
		{ "TCP", AF_INET, IPPROTO_TCP },
		{ "UDP", AF_INET, IPPROTO_UDP },
		{ "TCPv6", AF_INET6, IPPROTO_TCP },
		{ "UDPv6", AF_INET6, IPPROTO_UDP },
	};
	char proto[64];
	int rc;

	if (size == 0)
		return -ENOSPC;
	if (inode && cache[inode % CACHE_SIZE].inode == inode) {
		snprintf(buf, size, "%s", cache[inode % CACHE_SIZE].text);
		return 0;
	}
	rc = proto_name(tid, inode, proto, sizeof(proto));
	if (rc)
		return rc;
	rc = -ENOENT;
	for (size_t i = 0; i < sizeof(inet) / sizeof(inet[0]); i++)
		if (!strcmp(proto, inet[i].name))
			rc = inet_details(inode, inet[i].family, inet[i].proto,
					  proto, buf, size);
	if (!strncmp(proto, "UNIX", 4))
		rc = unix_details(inode, proto, buf, size);
	if (!strcmp(proto, "NETLINK"))
		rc = netlink_details(inode, proto, buf, size);
	if (rc) {
		snprintf(buf, size, "%s:[%lu]", proto, inode);
		return 0;
	}
	if (strlen(buf) < sizeof(cache[0].text)) {
		cache[inode % CACHE_SIZE].inode = inode;
		snprintf(cache[inode % CACHE_SIZE].text,
			 sizeof(cache[0].text), "%s", buf);
	}
	return 0;
}

static int netlink_proto_match(void *msg, size_t len, void *arg)
{
	struct inet_find *f = arg;
	struct netlink_diag_msg *m = msg;

	if (len < sizeof(*m) || m->ndiag_ino != f->inode)
		return 0;
	return 1000 + m->ndiag_protocol;
}

int decode_sock_netlink(pid_t tid, int fd)
{
	static struct {
		unsigned long inode;
		int proto;
	} known[64];
	char path[64], link[64], name[32];
	unsigned long inode;
	struct netlink_req req;
	struct inet_find f = { 0, NULL, NULL, 0 };
	ssize_t n;
	int rc;

	if (fd < 0)
		return -2;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", tid, fd);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return -2;
	link[n] = '\0';
	if (sscanf(link, "socket:[%lu]", &inode) != 1)
		return -2;
	n = getxattr(path, "system.sockprotoname", name, sizeof(name) - 1);
	if (n <= 0)
		return -2;
	name[n] = '\0';
	if (strcmp(name, "NETLINK"))
		return -2;
	if (known[inode % 64].inode == inode)
		return known[inode % 64].proto;
	netlink_req_init(&req, inode);
	f.inode = inode;
	rc = diag_query(&req, sizeof(req), NLM_F_DUMP, netlink_proto_match, &f);
	if (rc < 1000)
		return -1;
	known[inode % 64].inode = inode;
	known[inode % 64].proto = rc - 1000;
	return rc - 1000;
}
