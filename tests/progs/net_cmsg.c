/* net_cmsg: control messages of sendmsg as strace decodes them, one
 * sendmsg(-1, ...) each: every type 0..79 of the level given in argv[1]
 * with 16 bytes of data, then the decoded types with data from 0 to 64
 * bytes (too short, exact, longer than the -s limit).  Built for i386
 * too (i386_cmsg.c): 12-byte headers and 32-bit _OLD timestamps. */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static void send_one(int level, int type, unsigned int size)
{
	union {
		char buf[CMSG_SPACE(64)];
		struct cmsghdr align;
	} u;
	struct msghdr m = { .msg_control = u.buf,
			    .msg_controllen = CMSG_SPACE(size) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);

	memset(u.buf, 0, sizeof(u.buf));
	c->cmsg_level = level;
	c->cmsg_type = type;
	c->cmsg_len = CMSG_LEN(size);
	for (unsigned int i = 0; i < size; i++)
		CMSG_DATA(c)[i] = (unsigned char)(0xf0 + i);
	sendmsg(-1, &m, 0);
}

int main(int argc, char **argv)
{
	static const int types[] = { 1, 2, 3, 6, 8, 11, 20, 23,
				     29, 35, 37, 63, 64, 65 };
	static const unsigned int sizes[] = { 0, 1, 3, 4, 8, 12, 15, 16,
					      24, 31, 32, 40, 48, 64 };
	int level = argc > 1 ? atoi(argv[1]) : 0;

	for (int t = 0; t < 80; t++)
		send_one(level, t, 16);
	for (unsigned int t = 0; t < sizeof(types) / sizeof(*types); t++)
		for (unsigned int s = 0; s < sizeof(sizes) / sizeof(*sizes); s++)
			send_one(level, types[t], sizes[s]);
	return 0;
}
