/* NETLINK_XFRM messages: types (XFRM_MSG_*) and the request flags of the
 * new, get and delete types; payloads show as bytes, as in strace. */
#include "consts/consts.h"
#include "decode/file.h"
#include "decode/net.h"

static void xfrm_type(struct dctx *ctx, uint16_t type)
{
	fdec_enum_dflt(ctx, &ct_n_xfrm_types, type, "XFRM_MSG_???");
}

static const struct const_table *xfrm_flags(uint16_t type)
{
	switch (type) {
	case 0x10: case 0x13: case 0x1e: case 0x22: case 0x24: /* NEW* */
		return nl_new_flags();
	case 0x11: case 0x14: /* DELSA, DELPOLICY */
		return nl_del_flags();
	case 0x12: case 0x15: case 0x1f: case 0x23: case 0x25: /* GET* */
		return nl_get_flags();
	default:
		return NULL;
	}
}

static const struct nl_family xfrm = {
	.proto = 6,
	.type = xfrm_type,
	.flags = xfrm_flags,
};
NL_FAMILY(xfrm);
