/* NETLINK_NETFILTER messages: types as subsystem<<8|message, the request
 * flags of new/get/delete messages, struct nfgenmsg and the attributes
 * after it (by number: strace names none of them). */
#include <arpa/inet.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/file.h"
#include "decode/net.h"

/* The messages of each subsystem, indexed by NFNL_SUBSYS_*. */
static const struct {
	const struct const_table *msgs;
	const char *dflt;
} subsys[] = {
	[0] = { &ct_n_nfnl_none_msgs, NULL },
	[1] = { &ct_n_nfnl_ctnetlink_msgs, "IPCTNL_MSG_CT_???" },
	[2] = { &ct_n_nfnl_ctnetlink_exp_msgs, "IPCTNL_MSG_EXP_???" },
	[3] = { &ct_n_nfnl_queue_msgs, "NFQNL_MSG_???" },
	[4] = { &ct_n_nfnl_ulog_msgs, "NFULNL_MSG_???" },
	[5] = { &ct_n_nfnl_osf_msgs, "OSF_MSG_???" },
	[6] = { &ct_n_nfnl_ipset_msgs, "IPSET_CMD_???" },
	[7] = { &ct_n_nfnl_acct_msgs, "NFNL_MSG_ACCT_???" },
	[8] = { &ct_n_nfnl_cttimeout_msgs, "IPCTNL_MSG_TIMEOUT_???" },
	[9] = { &ct_n_nfnl_cthelper_msgs, "NFNL_MSG_CTHELPER_???" },
	[10] = { &ct_n_nfnl_nftables_msgs, "NFT_MSG_???" },
	[11] = { &ct_n_nfnl_nft_compat_msgs, "NFNL_MSG_COMPAT_???" },
	[12] = { &ct_n_nfnl_hook_msgs, "NFT_MSG_HOOK_???" },
};

enum { NSUBSYS = sizeof(subsys) / sizeof(subsys[0]) };

static void nf_type(struct dctx *ctx, uint16_t type)
{
	unsigned int sub = type >> 8, msg = type & 0xff;

	/* the batch markers are named whole */
	if (sub == 0 && consts_name(subsys[0].msgs, msg)) {
		emit_enum(ctx->e, subsys[0].msgs, msg, EMIT_HEX);
		return;
	}
	fdec_enum_dflt(ctx, &ct_n_nfnl_subsys, sub, "NFNL_SUBSYS_???");
	emit_join(ctx->e, "<<8|");
	if (sub < NSUBSYS && subsys[sub].dflt)
		fdec_enum_dflt(ctx, subsys[sub].msgs, msg, subsys[sub].dflt);
	else
		emit_hex(ctx->e, msg);
}

static const struct const_table *nf_flags(uint16_t type)
{
	if (consts_name(&ct_n_nfnl_new_types, type))
		return nl_new_flags();
	if (consts_name(&ct_n_nfnl_get_types, type))
		return nl_get_flags();
	if (consts_name(&ct_n_nfnl_del_types, type))
		return nl_del_flags();
	return NULL;
}

static const struct nla_desc nf_attrs = { NULL, NULL, NULL, 0, NULL };

/* struct nfgenmsg, then attributes (bytes after a batch marker) */
static bool nf_payload(struct dctx *ctx, uint16_t type, uint16_t flags,
		       const unsigned char *p, size_t len)
{
	uint16_t res_id;

	if (len < 4)
		return false;
	memcpy(&res_id, p + 2, 2);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "nfgen_family");
	ndec_family(ctx, p[0]);
	emit_field(ctx->e, "version");
	fdec_enum_dflt(ctx, &ct_n_nfnl_versions, p[1], "NFNETLINK_???");
	emit_field(ctx->e, "res_id");
	emit_call_begin(ctx->e, "htons");
	emit_uint(ctx->e, ntohs(res_id));
	emit_call_end(ctx->e);
	emit_struct_end(ctx->e);
	if (len == 4)
		return true;
	if (type == 0x10 || type == 0x11)
		nl_hex(ctx, p + 4, len - 4);
	else
		nl_attrs(ctx, p + 4, len - 4, &nf_attrs);
	return true;
}

static const struct nl_family netfilter = {
	.proto = 12,
	.type = nf_type,
	.flags = nf_flags,
	.payload = nf_payload,
};
NL_FAMILY(netfilter);
