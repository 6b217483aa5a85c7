/* NETLINK_ROUTE messages beyond links, addresses and routes (net.c):
 * neighbours, rules, traffic control, nexthops. */
#include "decode/net.h"

bool rtnl_more_payload(struct dctx *ctx, uint16_t type,
		       const unsigned char *p, size_t len)
{
	return false;
}
