/* Data moved by calls whose buffers -e read= / -e write= dump: sendmmsg
 * and recvmmsg (one dump per vector), send/recv, mq_timedsend and
 * mq_timedreceive, vmsplice, read. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char out[] = "abcdefgh", in[32], name[64];
	struct iovec ov = { out, 8 }, iv = { in, sizeof(in) };
	struct mmsghdr sm[2], rm[2];
	struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 16 };
	unsigned int prio;
	int sv[2], p[2];

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv))
		return 1;
	memset(sm, 0, sizeof(sm));
	sm[0].msg_hdr.msg_iov = &ov;
	sm[0].msg_hdr.msg_iovlen = 1;
	sm[1] = sm[0];
	sendmmsg(sv[0], sm, 2, 0);
	memset(rm, 0, sizeof(rm));
	rm[0].msg_hdr.msg_iov = &iv;
	rm[0].msg_hdr.msg_iovlen = 1;
	rm[1] = rm[0];
	recvmmsg(sv[1], rm, 2, 0, NULL);
	send(sv[0], "zz", 2, 0);
	recv(sv[1], in, sizeof(in), 0);
	/* a queue of our own, gone from the system as soon as it is open */
	snprintf(name, sizeof(name), "/sift-cli-io-%d", (int)getpid());
	mqd_t q = mq_open(name, O_CREAT | O_RDWR, 0600, &attr);
	mq_unlink(name);
	if (q != (mqd_t)-1) {
		mq_send(q, "qq", 2, 0);
		mq_receive(q, in, 16, &prio);
	}
	if (pipe(p) == 0) {
		vmsplice(p[1], &ov, 1, 0);
		read(p[0], in, 8);
	}
	return 0;
}
