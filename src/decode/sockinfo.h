/* decode/sockinfo: socket details for -yy (protocol and addresses of the
 * socket behind an inode), queried with NETLINK_SOCK_DIAG. */
#ifndef SIFT_SOCKINFO_H
#define SIFT_SOCKINFO_H

#include <stddef.h>
#include <sys/types.h>

/* Writes e.g. "TCP:[127.0.0.1:40000->127.0.0.1:8080]" into buf; 0 or
 * -errno when the socket is unknown (the caller keeps socket:[N]). */
int decode_sock_details(pid_t tid, unsigned long inode, char *buf,
			size_t size);

/* For the netlink message decoders: the NETLINK_* protocol of the socket
 * behind tid's descriptor fd, -1 for a netlink socket whose protocol
 * the kernel does not tell yet (not bound), -2 for anything else. */
int decode_sock_netlink(pid_t tid, int fd);

/* One request (its nlmsghdr filled in) on a fresh netlink socket of
 * protocol proto; fn sees each reply's payload until it returns nonzero
 * (that value is returned) or the dump ends (-ENOENT); -errno when no
 * socket could be had. */
int decode_nl_query(int proto, void *req, size_t len,
		    int (*fn)(void *msg, size_t len, void *arg), void *arg);

#endif
