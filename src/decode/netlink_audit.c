/* NETLINK_AUDIT messages: strace names their types (AUDIT_*) and shows
 * the payloads as bytes. */
#include "consts/consts.h"
#include "decode/file.h"
#include "decode/net.h"

static void audit_type(struct dctx *ctx, uint16_t type)
{
	fdec_enum_dflt(ctx, &ct_n_audit_types, type, "AUDIT_???");
}

static const struct nl_family audit = {
	.proto = 9,
	.type = audit_type,
};
NL_FAMILY(audit);
