/* NETLINK_KOBJECT_UEVENT datagrams: the kernel's "action@devpath" text,
 * or libudev's monitor header and the properties after it. */
#include <arpa/inet.h>
#include <string.h>

#include "decode/net.h"

struct udev_header {
	char prefix[8];
	uint32_t magic, header_size, properties_off, properties_len;
	uint32_t filter_subsystem_hash, filter_devtype_hash;
	uint32_t filter_tag_bloom_hi, filter_tag_bloom_lo;
};

static void str_part(struct dctx *ctx, const unsigned char *p, size_t len)
{
	size_t n = len < ctx->opt->strsize ? len : ctx->opt->strsize;

	emit_str(ctx->e, p, n, n < len ? EMIT_STR_TRUNCATED : 0);
}

/* a u32 in network order, as htonl(0x...) */
static void be32_field(struct dctx *ctx, const char *name, uint32_t v)
{
	emit_field(ctx->e, name);
	emit_call_begin(ctx->e, "htonl");
	emit_hex(ctx->e, ntohl(v));
	emit_call_end(ctx->e);
}

static void uevent(struct dctx *ctx, const unsigned char *p, size_t len)
{
	struct udev_header h;

	if (len < sizeof(h) || memcmp(p, "libudev", 8)) {
		str_part(ctx, p, len);
		return;
	}
	memcpy(&h, p, sizeof(h));
	if (len > sizeof(h))
		emit_array_begin(ctx->e);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "prefix");
	emit_str(ctx->e, h.prefix, strlen(h.prefix), 0);
	be32_field(ctx, "magic", h.magic);
	emit_field(ctx->e, "header_size");
	emit_uint(ctx->e, h.header_size);
	emit_field(ctx->e, "properties_off");
	emit_uint(ctx->e, h.properties_off);
	emit_field(ctx->e, "properties_len");
	emit_uint(ctx->e, h.properties_len);
	be32_field(ctx, "filter_subsystem_hash", h.filter_subsystem_hash);
	be32_field(ctx, "filter_devtype_hash", h.filter_devtype_hash);
	be32_field(ctx, "filter_tag_bloom_hi", h.filter_tag_bloom_hi);
	be32_field(ctx, "filter_tag_bloom_lo", h.filter_tag_bloom_lo);
	emit_struct_end(ctx->e);
	if (len > sizeof(h)) {
		str_part(ctx, p + sizeof(h), len - sizeof(h));
		emit_array_end(ctx->e);
	}
}

static const struct nl_family kobject_uevent = {
	.proto = 15,
	.raw = uevent,
};
NL_FAMILY(kobject_uevent);
