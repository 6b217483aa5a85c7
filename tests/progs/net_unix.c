/* AF_UNIX: a socketpair passing a descriptor and credentials with
 * sendmsg/recvmsg (SCM_RIGHTS, SCM_CREDENTIALS), sendmmsg/recvmmsg on a
 * datagram pair, a named socket bound in the working directory, and
 * message headers with NULL and bad pointers. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void)
{
	int sv[2], dv[2];
	struct msghdr msg;
	struct iovec iov[2];
	char buf[64], buf2[8];
	union {
		char b[CMSG_SPACE(sizeof(int) * 2)];
		struct cmsghdr align;
	} ctl;
	struct cmsghdr *cm;
	int fds[2];
	struct mmsghdr mm[2];
	struct sockaddr_un un;
	socklen_t len;
	int one = 1;

	/* the pid, for the normaliser: SCM_CREDENTIALS shows it */
	getpid();
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	fds[0] = open("/dev/null", O_RDONLY);
	fds[1] = 0;

	memset(&msg, 0, sizeof(msg));
	iov[0].iov_base = "hello";
	iov[0].iov_len = 5;
	iov[1].iov_base = " world";
	iov[1].iov_len = 6;
	msg.msg_iov = iov;
	msg.msg_iovlen = 2;
	msg.msg_control = ctl.b;
	msg.msg_controllen = CMSG_SPACE(sizeof(int) * 2);
	cm = CMSG_FIRSTHDR(&msg);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int) * 2);
	memcpy(CMSG_DATA(cm), fds, sizeof(fds));
	sendmsg(sv[0], &msg, MSG_NOSIGNAL);

	memset(&msg, 0, sizeof(msg));
	memset(&ctl, 0, sizeof(ctl));
	iov[0].iov_base = buf;
	iov[0].iov_len = 3;
	iov[1].iov_base = buf2;
	iov[1].iov_len = sizeof(buf2);
	msg.msg_iov = iov;
	msg.msg_iovlen = 2;
	msg.msg_control = ctl.b;
	msg.msg_controllen = sizeof(ctl.b);
	recvmsg(sv[1], &msg, MSG_CMSG_CLOEXEC);

	/* credentials */
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	memset(&msg, 0, sizeof(msg));
	iov[0].iov_base = "c";
	iov[0].iov_len = 1;
	msg.msg_iov = iov;
	msg.msg_iovlen = 1;
	sendmsg(sv[0], &msg, 0);
	memset(&msg, 0, sizeof(msg));
	union {
		char b[CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} cctl;
	iov[0].iov_base = buf;
	iov[0].iov_len = sizeof(buf);
	msg.msg_iov = iov;
	msg.msg_iovlen = 1;
	msg.msg_control = cctl.b;
	msg.msg_controllen = sizeof(cctl.b);
	recvmsg(sv[1], &msg, 0);

	/* failures */
	sendmsg(sv[0], NULL, 0);
	sendmsg(sv[0], (void *)1, 0);
	recvmsg(sv[1], &msg, MSG_DONTWAIT);
	memset(&msg, 0, sizeof(msg));
	msg.msg_iov = (void *)1;
	msg.msg_iovlen = 1;
	sendmsg(sv[0], &msg, 0);

	/* datagrams, several at once */
	socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, dv);
	memset(mm, 0, sizeof(mm));
	iov[0].iov_base = "one";
	iov[0].iov_len = 3;
	iov[1].iov_base = "two!";
	iov[1].iov_len = 4;
	mm[0].msg_hdr.msg_iov = &iov[0];
	mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &iov[1];
	mm[1].msg_hdr.msg_iovlen = 1;
	sendmmsg(dv[0], mm, 2, 0);
	struct iovec riov[2] = { { buf, 10 }, { buf2, 8 } };
	memset(mm, 0, sizeof(mm));
	mm[0].msg_hdr.msg_iov = &riov[0];
	mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &riov[1];
	mm[1].msg_hdr.msg_iovlen = 1;
	recvmmsg(dv[1], mm, 2, MSG_DONTWAIT, NULL);
	recvmmsg(dv[1], mm, 2, MSG_DONTWAIT, NULL);
	sendmmsg(dv[0], NULL, 2, 0);

	/* a named socket */
	int ns = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	strcpy(un.sun_path, "sock");
	bind(ns, (struct sockaddr *)&un, sizeof(un));
	listen(ns, 2);
	len = sizeof(un);
	getsockname(ns, (struct sockaddr *)&un, &len);
	len = sizeof(un);
	getsockname(sv[0], (struct sockaddr *)&un, &len);
	getsockname(sv[0], NULL, &len);
	getsockname(sv[0], (struct sockaddr *)&un, NULL);
	getsockname(sv[0], (struct sockaddr *)&un, (void *)1);
	len = 1;
	getpeername(ns, (struct sockaddr *)&un, &len);
	unlink("sock");
	return 0;
}
