/* NETLINK_GENERIC messages: the type is a family id the kernel assigns,
 * named as strace does by asking the kernel's nlctrl for the families
 * (once); payloads show as bytes, as strace 6.1 shows them. */
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/file.h"
#include "decode/net.h"
#include "decode/sockinfo.h"

enum { MAX_FAMILIES = 256, NAME_MAX_LEN = 32 };

static struct const_entry entries[MAX_FAMILIES];
static char names[MAX_FAMILIES][NAME_MAX_LEN];
static struct const_table families = {
	.name = "genl_families",
	.kind = CONST_ENUM,
	.entries = entries,
};

/* One CTRL_CMD_NEWFAMILY reply: its id and name attributes. */
static int add_family(void *msg, size_t len, void *arg)
{
	const unsigned char *p = (const unsigned char *)msg + GENL_HDRLEN;
	uint16_t id = 0;
	const char *name = NULL;
	size_t name_len = 0;

	if (len < GENL_HDRLEN || families.count == MAX_FAMILIES)
		return 0;
	len -= GENL_HDRLEN;
	while (len >= NLA_HDRLEN) {
		const struct nlattr *a = (const struct nlattr *)p;
		size_t alen = NLA_ALIGN(a->nla_len);
		if (a->nla_len < NLA_HDRLEN || a->nla_len > len)
			break;
		if (a->nla_type == CTRL_ATTR_FAMILY_ID &&
		    a->nla_len >= NLA_HDRLEN + 2)
			memcpy(&id, p + NLA_HDRLEN, 2);
		if (a->nla_type == CTRL_ATTR_FAMILY_NAME) {
			name = (const char *)p + NLA_HDRLEN;
			name_len = strnlen(name, a->nla_len - NLA_HDRLEN);
		}
		if (alen >= len)
			break;
		p += alen;
		len -= alen;
	}
	if (!name || !id || name_len >= NAME_MAX_LEN)
		return 0;
	memcpy(names[families.count], name, name_len);
	names[families.count][name_len] = '\0';
	entries[families.count].name = names[families.count];
	entries[families.count].value = id;
	entries[families.count].mask = id;
	families.count++;
	return 0;
}

static const struct const_table *family_names(void)
{
	static bool asked;
	struct {
		struct nlmsghdr h;
		struct genlmsghdr g;
	} req = {
		.h = { .nlmsg_len = sizeof(req), .nlmsg_type = GENL_ID_CTRL,
		       .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP,
		       .nlmsg_seq = 1 },
		.g = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 },
	};

	if (!asked) {
		asked = true;
		decode_nl_query(NETLINK_GENERIC, &req, sizeof(req), add_family,
				NULL);
	}
	return &families;
}

static void genl_type(struct dctx *ctx, uint16_t type)
{
	fdec_enum_dflt(ctx, family_names(), type, "GENERIC_FAMILY_???");
}

static const struct nl_family generic = {
	.proto = NETLINK_GENERIC,
	.type = genl_type,
};
NL_FAMILY(generic);
