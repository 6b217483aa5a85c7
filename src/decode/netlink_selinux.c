/* NETLINK_SELINUX messages: SELNL_MSG_SETENFORCE's struct
 * selnl_msg_setenforce and SELNL_MSG_POLICYLOAD's selnl_msg_policyload. */
#include <string.h>

#include "consts/consts.h"
#include "decode/file.h"
#include "decode/net.h"

static void selinux_type(struct dctx *ctx, uint16_t type)
{
	fdec_enum_dflt(ctx, &ct_n_selnl_types, type, "SELNL_MSG_???");
}

/* {val=N} (a signed int) or {seqno=N} */
static bool selinux_payload(struct dctx *ctx, uint16_t type, uint16_t flags,
			    const unsigned char *p, size_t len)
{
	uint32_t v;

	if ((type != 0x10 && type != 0x11) || len < 4)
		return false;
	memcpy(&v, p, 4);
	emit_struct_begin(ctx->e);
	if (type == 0x10) {
		emit_field(ctx->e, "val");
		emit_int(ctx->e, (int32_t)v);
	} else {
		emit_field(ctx->e, "seqno");
		emit_uint(ctx->e, v);
	}
	emit_struct_end(ctx->e);
	return true;
}

static const struct nl_family selinux = {
	.proto = 7,
	.type = selinux_type,
	.payload = selinux_payload,
};
NL_FAMILY(selinux);
