/* i386_msg: sendmsg, recvmsg, sendmmsg, recvmmsg and recvmmsg_time64 of
 * a 32-bit process (32-bit msghdr, iovec and cmsghdr): iovecs, SCM_RIGHTS
 * both ways, a netlink request, NULL, unreadable and cut-short headers,
 * through the direct calls and through socketcall(2). */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

struct ts64 {
	int64_t sec, nsec;
};

static void rights(int s, int fd)
{
	char text[] = "fd";
	struct iovec iov = { text, 2 };
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf,
			    .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);

	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	syscall(SYS_sendmsg, s, &m, 0);
}

static void receive_rights(int s)
{
	char buf[8];
	struct iovec iov = { buf, sizeof(buf) };
	union {
		char buf[CMSG_SPACE(2 * sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf,
			    .msg_controllen = sizeof(u.buf) };

	int r = syscall(SYS_recvmsg, s, &m, MSG_CMSG_CLOEXEC);
	if (r >= 0 && m.msg_controllen) {
		int fd;
		memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(int));
		close(fd);
	}
}

static void netlink_request(void)
{
	struct {
		struct nlmsghdr h;
		struct rtgenmsg g;
	} req;
	struct sockaddr_nl to = { .nl_family = AF_NETLINK };
	struct iovec iov = { &req, sizeof(req) };
	struct msghdr m = { .msg_name = &to, .msg_namelen = sizeof(to),
			    .msg_iov = &iov, .msg_iovlen = 1 };
	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = RTM_GETLINK;
	req.h.nlmsg_flags = NLM_F_REQUEST;
	req.h.nlmsg_seq = 1;

	/* not sent: only the request as decoded at entry matters */
	syscall(SYS_sendmsg, n, &m, MSG_DONTWAIT);
	close(n);
	syscall(SYS_sendmsg, -1, &m, 0);
}

static void mmsg(int a, int b)
{
	char one[] = "one", two[] = "two!", in1[8], in2[8];
	struct iovec out[2] = { { one, 3 }, { two, 4 } };
	struct iovec in[2] = { { in1, sizeof(in1) }, { in2, sizeof(in2) } };
	struct mmsghdr ms[2], mr[2];
	struct timespec t = { 1, 500 };
	struct ts64 t64 = { 2, 600 };

	memset(ms, 0, sizeof(ms));
	memset(mr, 0, sizeof(mr));
	for (int i = 0; i < 2; i++) {
		ms[i].msg_hdr.msg_iov = &out[i];
		ms[i].msg_hdr.msg_iovlen = 1;
		mr[i].msg_hdr.msg_iov = &in[i];
		mr[i].msg_hdr.msg_iovlen = 1;
	}
	syscall(SYS_sendmmsg, a, ms, 2, 0);
	/* the time left after a success varies: timeouts only on failures */
	syscall(SYS_recvmmsg, b, mr, 1, MSG_DONTWAIT, NULL);
	syscall(SYS_recvmmsg, b, mr, 2, MSG_DONTWAIT, NULL);
	syscall(SYS_recvmmsg, b, mr, 1, MSG_DONTWAIT, &t);
	syscall(417 /* recvmmsg_time64 */, b, mr, 1, MSG_DONTWAIT, &t64);
	syscall(417, -1, mr, 1, MSG_DONTWAIT, &t64);
	syscall(SYS_sendmmsg, a, NULL, 2, 0);
	syscall(SYS_sendmmsg, -1, ms, 2, 0);
	syscall(SYS_recvmmsg, -1, mr, 2, 0, (void *)1);
}

int main(void)
{
	int sv[2], pv[2];
	char text[] = "hello, world";
	struct iovec iov[2] = { { text, 5 }, { text + 5, 7 } };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2 };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	syscall(SYS_sendmsg, sv[0], &m, MSG_DONTWAIT);
	sendmsg(sv[0], &m, 0); /* glibc's wrapper: direct or socketcall */
	char buf[16];
	struct iovec rio = { buf, sizeof(buf) };
	struct msghdr r = { .msg_iov = &rio, .msg_iovlen = 1 };
	syscall(SYS_recvmsg, sv[1], &r, 0);
	recvmsg(sv[1], &r, MSG_DONTWAIT);
	syscall(SYS_recvmsg, sv[1], &r, MSG_DONTWAIT);
	pipe(pv);
	rights(sv[0], pv[0]);
	receive_rights(sv[1]);
	netlink_request();
	syscall(SYS_sendmsg, sv[0], NULL, 0);
	syscall(SYS_sendmsg, sv[0], (void *)1, 0);
	/* a header cut short by the end of a mapping */
	munmap(page + 4096, 4096);
	memcpy(page + 4096 - 16, &m, 16);
	syscall(SYS_sendmsg, sv[0], page + 4096 - 16, 0);
	syscall(SYS_recvmsg, sv[1], page + 4096 - 16, MSG_DONTWAIT);
	/* a control buffer too short for a header, and an unknown flag */
	m.msg_control = buf;
	m.msg_controllen = 4;
	syscall(SYS_sendmsg, -1, &m, 0x40000000);
	mmsg(sv[0], sv[1]);
	return 0;
}
