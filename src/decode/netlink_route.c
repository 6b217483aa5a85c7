/* NETLINK_ROUTE messages beyond addresses and routes (net.c): links
 * (ifinfomsg), neighbours (ndmsg), rules (fib_rule_hdr), traffic control
 * (tcmsg) and nexthops (nhmsg), headers and attributes as strace shows
 * them. */
#include <arpa/inet.h>
#include <endian.h>
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/file.h"
#include "decode/net.h"

#define NFNS(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t le_bytes(const unsigned char *p, size_t n)
{
	uint64_t v = 0;

	for (size_t i = n; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

/* ---- attribute values ---- */

static bool nla_u16(struct dctx *ctx, const unsigned char *p, size_t len,
		    const void *data)
{
	if (len < 2)
		return false;
	emit_uint(ctx->e, le_bytes(p, 2));
	return true;
}

static bool nla_u64(struct dctx *ctx, const unsigned char *p, size_t len,
		    const void *data)
{
	if (len < 8)
		return false;
	emit_uint(ctx->e, le_bytes(p, 8));
	return true;
}

/* a big-endian u16 as htons(N) */
static bool nla_be16(struct dctx *ctx, const unsigned char *p, size_t len,
		     const void *data)
{
	uint16_t v;

	if (len < 2)
		return false;
	memcpy(&v, p, 2);
	emit_call_begin(ctx->e, "htons");
	emit_uint(ctx->e, ntohs(v));
	emit_call_end(ctx->e);
	return true;
}

static bool nla_be64(struct dctx *ctx, const unsigned char *p, size_t len,
		     const void *data)
{
	uint64_t v;

	if (len < 8)
		return false;
	memcpy(&v, p, 8);
	emit_call_begin(ctx->e, "htobe64");
	emit_uint(ctx->e, be64toh(v));
	emit_call_end(ctx->e);
	return true;
}

/* a descriptor (its path under -y) */
static bool nla_fd(struct dctx *ctx, const unsigned char *p, size_t len,
		   const void *data)
{
	if (len < 4)
		return false;
	dec_fd(ctx, (uint64_t)(int64_t)(int32_t)le_bytes(p, 4));
	return true;
}

/* How an attribute names its value: size is the value's width; with
 * any_len the whole attribute (up to 8 bytes) is the value, as strace
 * reads IPPROTO_* values, with max8 only attributes of size..8 bytes
 * are decoded, else any of at least size bytes. */
struct nla_named {
	const struct const_table *t;
	const char *dflt;
	unsigned char size;
	bool any_len, max8, flags;
};

static bool named_val(struct dctx *ctx, const unsigned char *p, size_t len,
		      const void *data)
{
	const struct nla_named *n = data;
	size_t size = n->any_len ? len : n->size;

	if (len < (n->any_len ? 1 : n->size) || ((n->any_len || n->max8) &&
						 len > 8))
		return false;
	if (n->flags)
		fdec_flags_dflt(ctx, n->t, le_bytes(p, size), n->dflt);
	else
		fdec_enum_dflt(ctx, n->t, le_bytes(p, size), n->dflt);
	return true;
}

/* nla_fn adapters binding a nla_named to a value decoder slot */
#define NAMED_FN(fn, ...)                                                    \
	static bool fn(struct dctx *ctx, const unsigned char *p, size_t len,  \
		       const void *data)                                      \
	{                                                                     \
		static const struct nla_named n = { __VA_ARGS__ };            \
		return named_val(ctx, p, len, &n);                            \
	}

NAMED_FN(nla_ipproto, &ct_n_ipprotos, "IPPROTO_???", 1, true, false, false)
NAMED_FN(nla_rtprot, &ct_n_rt_protos, "RTPROT_???", 1, false, false, false)
NAMED_FN(nla_nud_mask, &ct_n_nud_states, "NUD_???", 2, false, true, true)
NAMED_FN(nla_ntf_mask, &ct_n_ntf_flags, "NTF_???", 1, false, true, true)
NAMED_FN(nla_ntf_ext, &ct_n_ntf_ext_flags, "NTF_EXT_???", 4, false, true,
	 true)
NAMED_FN(nla_grp_type, &ct_n_nexthop_grp_types, "NEXTHOP_GRP_TYPE_???", 2,
	 false, true, false)
NAMED_FN(nla_encap_type, &ct_n_lwtunnel_encap, "LWTUNNEL_ENCAP_???", 2,
	 false, false, false)

/* A struct of fields of widths[i] bytes (1, 2, 4 or 8), decoded once
 * the attribute covers it; hex_mask marks fields shown in hex. */
struct nla_struct {
	const char *const *names;
	const unsigned char *widths;
	size_t n;
	unsigned int hex_mask, signed_mask;
};

static size_t struct_size(const struct nla_struct *s)
{
	size_t size = 0;

	for (size_t i = 0; i < s->n; i++)
		size += s->widths[i];
	return size;
}

static void struct_val(struct dctx *ctx, const unsigned char *p,
		       const struct nla_struct *s)
{
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < s->n; i++) {
		uint64_t v = le_bytes(p, s->widths[i]);
		emit_field(ctx->e, s->names[i]);
		if (s->hex_mask & (1u << i))
			emit_hex(ctx->e, v);
		else if (s->signed_mask & (1u << i))
			emit_int(ctx->e, (int8_t)v);
		else
			emit_uint(ctx->e, v);
		p += s->widths[i];
	}
	emit_struct_end(ctx->e);
}

static bool struct_attr(struct dctx *ctx, const unsigned char *p, size_t len,
		       const void *data)
{
	if (len < struct_size(data))
		return false;
	struct_val(ctx, p, data);
	return true;
}

#define STRUCT_FN(fn, names, widths, hex, sgn)                               \
	static bool fn(struct dctx *ctx, const unsigned char *p, size_t len,  \
		       const void *data)                                      \
	{                                                                     \
		static const struct nla_struct s = {                         \
			names, widths, NFNS(widths), hex, sgn };              \
		return struct_attr(ctx, p, len, &s);                           \
	}

static const char *const nda_ci_names[] = { "ndm_confirmed", "ndm_used",
					    "ndm_updated", "ndm_refcnt" };
static const unsigned char u32x4[] = { 4, 4, 4, 4 };
static const char *const range_names[] = { "start", "end" };
static const unsigned char u32x2[] = { 4, 4 };
static const unsigned char u16x2[] = { 2, 2 };
static const char *const tc_stats_names[] = {
	"bytes", "packets", "drops", "overlimits", "bps", "pps", "qlen",
	"backlog",
};
static const unsigned char tc_stats_widths[] = { 8, 4, 4, 4, 4, 4, 4, 4 };
static const char *const tc_est_names[] = { "interval", "ewma_log" };
static const unsigned char u8x2[] = { 1, 1 };
static const char *const nh_grp_names[] = { "id", "weight", "resvd1",
					    "resvd2" };
static const unsigned char nh_grp_widths[] = { 4, 1, 1, 2 };

STRUCT_FN(nla_nda_cacheinfo, nda_ci_names, u32x4, 0, 0)
STRUCT_FN(nla_uid_range, range_names, u32x2, 0, 0)
STRUCT_FN(nla_port_range, range_names, u16x2, 0, 0)
STRUCT_FN(nla_tc_stats, tc_stats_names, tc_stats_widths, 0, 0)
STRUCT_FN(nla_tc_estimator, tc_est_names, u8x2, 0, 1)

/* An attribute holding an array of size-byte elements, each shown by
 * elem; -s bounds it as strace does.  False when not one fits. */
static bool nla_array(struct dctx *ctx, const unsigned char *p, size_t len,
		      size_t size,
		      void (*elem)(struct dctx *ctx, const unsigned char *e))
{
	uint64_t max = fdec_array_max(ctx);
	size_t n = len / size;

	if (!n)
		return false;
	emit_array_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		elem(ctx, p + size * i);
	}
	emit_array_end(ctx->e);
	return true;
}

/* one struct nexthop_grp: the reserved fields show only when set */
static void nh_grp_elem(struct dctx *ctx, const unsigned char *e)
{
	static const struct nla_struct s = { nh_grp_names, nh_grp_widths,
					     NFNS(nh_grp_widths), 0xc, 0 };
	static const struct nla_struct s2 = { nh_grp_names, nh_grp_widths, 2,
					      0, 0 };

	struct_val(ctx, e, e[5] || e[6] || e[7] ? &s : &s2);
}

/* NHA_GROUP: an array of struct nexthop_grp */
static bool nla_nh_group(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	return nla_array(ctx, p, len, 8, nh_grp_elem);
}

/* nested attributes named by the nla_desc in data */
static bool nla_nested(struct dctx *ctx, const unsigned char *p, size_t len,
		       const void *data)
{
	nl_attrs(ctx, p, len, data);
	return true;
}

#define NESTED_FNS(fn, table, dflt, fns, nfns)                               \
	static bool fn(struct dctx *ctx, const unsigned char *p, size_t len,  \
		       const void *data)                                      \
	{                                                                     \
		static const struct nla_desc d = { table, dflt, fns, nfns,   \
						   NULL };                    \
		return nla_nested(ctx, p, len, &d);                           \
	}
#define NESTED_FN(fn, table, dflt) NESTED_FNS(fn, table, dflt, NULL, 0)

NAMED_FN(nla_fdb_notify, &ct_n_fdb_notify_flags, "FDB_NOTIFY_???", 1, false,
	 false, true)
static const nla_fn nfea_fns[] = { [1] = nla_fdb_notify };
NESTED_FNS(nla_nfea, &ct_n_nfea_attrs, "NFEA_???", nfea_fns, NFNS(nfea_fns))
/* clock_t ticks in an integer of 1, 2, 4 or 8 bytes, with the seconds
 * they make (USER_HZ is 100) */
static bool nla_clock_t(struct dctx *ctx, const unsigned char *p, size_t len,
			const void *data)
{
	char buf[48];
	uint64_t v;

	if (len != 1 && len != 2 && len != 4 && len != 8)
		return false;
	v = le_bytes(p, len);
	emit_uint(ctx->e, v);
	if (v && ctx->e->style->xlat != 1) {
		snprintf(buf, sizeof(buf), "%llu.%02llu s",
			 (unsigned long long)(v / 100),
			 (unsigned long long)(v % 100));
		emit_comment(ctx->e, buf);
	}
	return true;
}

static const nla_fn nha_res_group_fns[] = {
	[1] = nla_u16, [2] = nla_clock_t, [3] = nla_clock_t,
	[4] = nla_clock_t,
};
NESTED_FNS(nla_nha_res_group, &ct_n_nha_res_group_attrs, "NHA_RES_GROUP_???",
	   nha_res_group_fns, NFNS(nha_res_group_fns))
static const nla_fn nha_res_bucket_fns[] = {
	[1] = nla_u16, [2] = nla_clock_t, [3] = nla_u32,
};
NESTED_FNS(nla_nha_res_bucket, &ct_n_nha_res_bucket_attrs,
	   "NHA_RES_BUCKET_???", nha_res_bucket_fns, NFNS(nha_res_bucket_fns))

/* ---- links: struct ifinfomsg ---- */

static const char *const link_stats[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors",
	"tx_errors", "rx_dropped", "tx_dropped", "multicast", "collisions",
	"rx_length_errors", "rx_over_errors", "rx_crc_errors",
	"rx_frame_errors", "rx_fifo_errors", "rx_missed_errors",
	"tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed",
	"tx_compressed", "rx_nohandler", "rx_otherhost_dropped",
};

/* struct rtnl_link_stats (u32) or rtnl_link_stats64 */
static bool link_stats_val(struct dctx *ctx, const unsigned char *p,
			   size_t len, size_t width, size_t nmax)
{
	size_t n = len / width;

	if (n < 23)
		return false;
	if (n > nmax)
		n = nmax;
	emit_struct_begin(ctx->e);
	for (size_t i = 0; i < n; i++) {
		emit_field(ctx->e, link_stats[i]);
		if (width == 8) {
			uint64_t v;
			memcpy(&v, p + 8 * i, 8);
			emit_uint(ctx->e, v);
		} else {
			uint32_t v;
			memcpy(&v, p + 4 * i, 4);
			emit_uint(ctx->e, v);
		}
	}
	emit_struct_end(ctx->e);
	return true;
}

static bool nla_stats(struct dctx *ctx, const unsigned char *p, size_t len,
		      const void *data)
{
	return link_stats_val(ctx, p, len, 4, 24);
}

static bool nla_stats64(struct dctx *ctx, const unsigned char *p, size_t len,
			const void *data)
{
	return link_stats_val(ctx, p, len, 8, 25);
}

/* struct rtnl_link_ifmap */
static const char *const ifmap_names[] = { "mem_start", "mem_end",
					   "base_addr", "irq", "dma", "port" };
static const unsigned char ifmap_widths[] = { 8, 8, 8, 2, 1, 1 };
STRUCT_FN(nla_ifmap, ifmap_names, ifmap_widths, 0x7, 0)

NAMED_FN(nla_ext_mask, &ct_n_rtext_filters, "RTEXT_FILTER_???", 4, false,
	 true, true)
NAMED_FN(nla_ifla_event, &ct_n_ifla_events, "IFLA_EVENT_???", 4, false,
	 false, false)

/* a string to its first NUL ("..." when none, or past -s) */
static bool nla_cstr(struct dctx *ctx, const unsigned char *p, size_t len,
		     const void *data)
{
	size_t n = strnlen((const char *)p, len);
	size_t max = ctx->opt->strsize;

	if (n > max)
		emit_str(ctx->e, p, max, EMIT_STR_TRUNCATED);
	else
		emit_str(ctx->e, p, n, n == len ? EMIT_STR_TRUNCATED : 0);
	return true;
}

/* IFLA_LINKINFO: IFLA_INFO_DATA and IFLA_INFO_XSTATS are decoded by the
 * link kind that IFLA_INFO_KIND names ("tun", "can") */
NAMED_FN(nla_tun_type, &ct_n_tun_types, "IFF_???", 1, false, true, false)
static const nla_fn tun_fns[] = {
	[1] = nla_u32, [2] = nla_u32, [3] = nla_tun_type, [4] = nla_u8,
	[5] = nla_u8, [6] = nla_u8, [7] = nla_u8, [8] = nla_u32,
	[9] = nla_u32,
};
static const struct nla_desc tun_desc = { &ct_n_ifla_tun_attrs,
					  "IFLA_TUN_???", tun_fns,
					  NFNS(tun_fns), NULL };

static const char *link_kind(const unsigned char *hdr)
{
	return hdr ? (const char *)hdr : "";
}

static bool nla_info_data(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data)
{
	if (strcmp(link_kind(data), "tun"))
		return false;
	return nla_nested(ctx, p, len, &tun_desc);
}

static bool nla_can_stats(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data);

static bool nla_info_xstats(struct dctx *ctx, const unsigned char *p,
			    size_t len, const void *data)
{
	if (strcmp(link_kind(data), "can"))
		return false;
	return nla_can_stats(ctx, p, len, NULL);
}

static const nla_fn ifla_info_fns[] = {
	[1] = nla_cstr, [2] = nla_info_data, [3] = nla_info_xstats,
	[4] = nla_cstr,
};

/* the kind is the first IFLA_INFO_KIND's string, up to its NUL */
static bool nla_linkinfo(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	char kind[16] = "";
	struct nla_desc d = { &ct_n_ifla_info_attrs, "IFLA_INFO_???",
			      ifla_info_fns, NFNS(ifla_info_fns), kind };

	for (size_t o = 0; o + 4 <= len;) {
		uint16_t alen = (uint16_t)le_bytes(p + o, 2);
		if (alen < 4 || alen > len - o)
			break;
		if ((le_bytes(p + o + 2, 2) & 0x3fff) == 1) {
			size_t n = (size_t)alen - 4;
			if (n > sizeof(kind) - 1)
				n = sizeof(kind) - 1;
			memcpy(kind, p + o + 4, n);
			kind[n] = '\0';
			break;
		}
		o += (alen + 3u) & ~3u;
	}
	return nla_nested(ctx, p, len, &d);
}
/* A struct described field by field (struct nla_field), decoded when the
 * attribute holds at least min bytes (exactly, with exact); a newer
 * struct's added fields past min show when they are there. */
enum { NF_U, NF_S, NF_X, NF_ENUM, NF_FLAGS, NF_HWADDR, NF_BE16_ETH,
       NF_BYTES };
struct nla_field {
	const char *name;
	unsigned char off, width, kind;
	const struct const_table *t;
	const char *dflt;
};
struct nla_fields {
	const struct nla_field *f;
	size_t n, min;
	bool exact;
};

static void field_val(struct dctx *ctx, const unsigned char *p,
		      const struct nla_field *f)
{
	uint64_t v = le_bytes(p + f->off, f->width > 8 ? 0 : f->width);

	emit_field(ctx->e, f->name);
	switch (f->kind) {
	case NF_X:
		emit_hex(ctx->e, v);
		break;
	case NF_S: {
		unsigned int sh = 64 - 8 * f->width;
		emit_int(ctx->e, (int64_t)(v << sh) >> sh);
		break;
	}
	case NF_ENUM:
		fdec_enum_dflt(ctx, f->t, v, f->dflt);
		break;
	case NF_FLAGS:
		fdec_flags_dflt(ctx, f->t, v, f->dflt);
		break;
	case NF_HWADDR:
		nla_hwaddr(ctx, p + f->off, f->width, NULL);
		break;
	case NF_BYTES:
		ndec_hex_bytes(ctx, p + f->off, f->width);
		break;
	case NF_BE16_ETH:
		emit_call_begin(ctx->e, "htons");
		fdec_enum_dflt(ctx, &ct_n_eth_p, ntohs((uint16_t)v),
			       "ETH_P_???");
		emit_call_end(ctx->e);
		break;
	default:
		emit_uint(ctx->e, v);
	}
}

static bool fields_attr(struct dctx *ctx, const unsigned char *p, size_t len,
			const struct nla_fields *s)
{
	if (len < s->min || (s->exact && len != s->min))
		return false;
	emit_struct_begin(ctx->e);
	/* fields past min show when the attribute covers them */
	for (size_t i = 0; i < s->n; i++)
		if (s->f[i].off + (size_t)s->f[i].width <= len)
			field_val(ctx, p, &s->f[i]);
	emit_struct_end(ctx->e);
	return true;
}

#define FIELDS_FN(fn, min, exact, ...)                                       \
	static bool fn(struct dctx *ctx, const unsigned char *p, size_t len,  \
		       const void *data)                                      \
	{                                                                     \
		static const struct nla_field f[] = { __VA_ARGS__ };          \
		static const struct nla_fields s = { f, NFNS(f), min,        \
						     exact };                 \
		return fields_attr(ctx, p, len, &s);                          \
	}
#define VF_U32(name, off) { name, off, 4, NF_U, NULL, NULL }

/* IFLA_VF_INFO: struct ifla_vf_* values, statistics, VLAN lists */
FIELDS_FN(nla_vf_mac, 36, false, VF_U32("vf", 0),
	  { "mac", 4, 32, NF_HWADDR, NULL, NULL })
FIELDS_FN(nla_vf_vlan, 12, false, VF_U32("vf", 0), VF_U32("vlan", 4),
	  VF_U32("qos", 8))
FIELDS_FN(nla_vf_tx_rate, 8, false, VF_U32("vf", 0), VF_U32("rate", 4))
FIELDS_FN(nla_vf_setting, 8, false, VF_U32("vf", 0), VF_U32("setting", 4))
FIELDS_FN(nla_vf_link_state, 8, false, VF_U32("vf", 0),
	  { "link_state", 4, 4, NF_ENUM, &ct_n_ifla_vf_link_states,
	    "IFLA_VF_LINK_STATE_???" })
FIELDS_FN(nla_vf_rate, 12, false, VF_U32("vf", 0),
	  VF_U32("min_tx_rate", 4), VF_U32("max_tx_rate", 8))
/* (strace takes a 12-byte guid attribute as packed) */
FIELDS_FN(nla_vf_guid12, 12, true, VF_U32("vf", 0),
	  { "guid", 4, 8, NF_X, NULL, NULL })
FIELDS_FN(nla_vf_guid16, 16, true, VF_U32("vf", 0),
	  { "guid", 8, 8, NF_X, NULL, NULL })
FIELDS_FN(nla_vf_broadcast, 32, false,
	  { "broadcast", 0, 32, NF_HWADDR, NULL, NULL })
FIELDS_FN(nla_vf_vlan_info, 16, false, VF_U32("vf", 0), VF_U32("vlan", 4),
	  VF_U32("qos", 8), { "vlan_proto", 12, 2, NF_BE16_ETH, NULL, NULL })

static bool nla_vf_guid(struct dctx *ctx, const unsigned char *p, size_t len,
			const void *data)
{
	return nla_vf_guid12(ctx, p, len, data) ||
	       nla_vf_guid16(ctx, p, len, data);
}

static const nla_fn vf_stats_fns[] = {
	[0] = nla_u64, [1] = nla_u64, [2] = nla_u64, [3] = nla_u64,
	[4] = nla_u64, [5] = nla_u64, [7] = nla_u64, [8] = nla_u64,
};
NESTED_FNS(nla_vf_stats, &ct_n_ifla_vf_stats_attrs, "IFLA_VF_STATS_???",
	   vf_stats_fns, NFNS(vf_stats_fns))
static const nla_fn vf_vlan_list_fns[] = { [1] = nla_vf_vlan_info };
NESTED_FNS(nla_vf_vlan_list, &ct_n_ifla_vf_vlan_list_attrs,
	   "IFLA_VF_VLAN_INFO_???", vf_vlan_list_fns, NFNS(vf_vlan_list_fns))
static const nla_fn vf_fns[] = {
	[1] = nla_vf_mac, [2] = nla_vf_vlan, [3] = nla_vf_tx_rate,
	[4] = nla_vf_setting, [5] = nla_vf_link_state, [6] = nla_vf_rate,
	[7] = nla_vf_setting, [8] = nla_vf_stats, [9] = nla_vf_setting,
	[10] = nla_vf_guid, [11] = nla_vf_guid, [12] = nla_vf_vlan_list,
	[13] = nla_vf_broadcast,
};
NESTED_FNS(nla_vf_info, &ct_n_ifla_vf_attrs, "IFLA_VF_???", vf_fns,
	   NFNS(vf_fns))
/* TCA_STAB: struct tc_sizespec, then the table of u16 sizes */
#define TC_F(name, off, w, k) { name, off, w, k, NULL, NULL }
FIELDS_FN(nla_tc_sizespec, 24, false, TC_F("cell_log", 0, 1, NF_U),
	  TC_F("size_log", 1, 1, NF_U), TC_F("cell_align", 2, 2, NF_S),
	  TC_F("overhead", 4, 4, NF_S), TC_F("linklayer", 8, 4, NF_U),
	  TC_F("mpu", 12, 4, NF_U), TC_F("mtu", 16, 4, NF_U),
	  TC_F("tsize", 20, 4, NF_U))

static void u16_elem(struct dctx *ctx, const unsigned char *e)
{
	emit_uint(ctx->e, le_bytes(e, 2));
}

static bool nla_u16_array(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data)
{
	return nla_array(ctx, p, len, 2, u16_elem);
}

static const nla_fn tca_stab_fns[] = { [1] = nla_tc_sizespec,
				       [2] = nla_u16_array };
NESTED_FNS(nla_tca_stab, &ct_n_tca_stab_attrs, "TCA_STAB_???", tca_stab_fns,
	   NFNS(tca_stab_fns))

/* TCA_STATS2: the gnet_stats_* structs */
FIELDS_FN(nla_gnet_basic, 12, false, TC_F("bytes", 0, 8, NF_U),
	  TC_F("packets", 8, 4, NF_U))
FIELDS_FN(nla_gnet_rate_est, 8, false, TC_F("bps", 0, 4, NF_U),
	  TC_F("pps", 4, 4, NF_U))
FIELDS_FN(nla_gnet_queue, 20, false, TC_F("qlen", 0, 4, NF_U),
	  TC_F("backlog", 4, 4, NF_U), TC_F("drops", 8, 4, NF_U),
	  TC_F("requeues", 12, 4, NF_U), TC_F("overlimits", 16, 4, NF_U))
FIELDS_FN(nla_gnet_rate_est64, 16, false, TC_F("bps", 0, 8, NF_U),
	  TC_F("pps", 8, 8, NF_U))
static const nla_fn tca_stats_fns[] = {
	[1] = nla_gnet_basic, [2] = nla_gnet_rate_est, [3] = nla_gnet_queue,
	[5] = nla_gnet_rate_est64, [7] = nla_gnet_basic, [8] = nla_u64,
};
NESTED_FNS(nla_tca_stats2, &ct_n_tca_stats_attrs, "TCA_STATS_???",
	   tca_stats_fns, NFNS(tca_stats_fns))

/* struct can_device_stats */
FIELDS_FN(nla_can_stats, 24, false, VF_U32("bus_error", 0),
	  VF_U32("error_warning", 4), VF_U32("error_passive", 8),
	  VF_U32("bus_off", 12), VF_U32("arbitration_lost", 16),
	  VF_U32("restarts", 20))

static const nla_fn vfinfo_list_fns[] = { [1] = nla_vf_info };
NESTED_FNS(nla_vfinfo_list, &ct_n_ifla_vf_info_attrs, "IFLA_VF_INFO_???",
	   vfinfo_list_fns, NFNS(vfinfo_list_fns))
/* struct ifla_port_vsi */
#define PORT_U8(name, off) { name, off, 1, NF_U, NULL, NULL }
FIELDS_FN(nla_port_vsi, 8, false, PORT_U8("vsi_mgr_id", 0),
	  { "vsi_type_id", 1, 3, NF_BYTES, NULL, NULL },
	  PORT_U8("vsi_type_version", 4), { "pad", 5, 3, NF_BYTES, NULL, NULL })
/* (strace's default name for these is the IFLA_VF_PORT one) */
static const nla_fn port_fns[] = {
	[1] = nla_u32, [2] = nla_cstr, [3] = nla_port_vsi, [6] = nla_u8,
	[7] = nla_u16,
};
NESTED_FNS(nla_port_self, &ct_n_ifla_port_attrs, "IFLA_VF_PORT_???",
	   port_fns, NFNS(port_fns))
static const nla_fn vf_ports_fns[] = { [1] = nla_port_self };
NESTED_FNS(nla_vf_ports, &ct_n_ifla_vf_port_attrs, "IFLA_VF_PORT_???",
	   vf_ports_fns, NFNS(vf_ports_fns))
/* IFLA_AF_SPEC: per-family attributes, on AF_BRIDGE links the
 * IFLA_BRIDGE_* ones */
NAMED_FN(nla_bridge_flags, &ct_n_bridge_flags, "BRIDGE_FLAGS_???", 2, false,
	 true, true)
NAMED_FN(nla_bridge_mode, &ct_n_bridge_modes, "BRIDGE_MODE_???", 2, false,
	 true, false)
NAMED_FN(nla_bridge_vlan_flags, &ct_n_bridge_vlan_info_flags,
	 "BRIDGE_VLAN_INFO_???", 2, false, true, true)
FIELDS_FN(nla_bridge_vlan_struct, 4, false,
	  { "flags", 0, 2, NF_FLAGS, &ct_n_bridge_vlan_info_flags,
	    "BRIDGE_VLAN_INFO_???" },
	  { "vid", 2, 2, NF_U, NULL, NULL })

/* struct bridge_vlan_info, any bytes after it in hex */
static bool nla_bridge_vlan_info(struct dctx *ctx, const unsigned char *p,
				 size_t len, const void *data)
{
	if (!nla_bridge_vlan_struct(ctx, p, len, data))
		return false;
	if (len > 4)
		nl_hex(ctx, p + 4, len - 4);
	return true;
}

static const nla_fn bridge_tunnel_fns[] = {
	[1] = nla_u32, [2] = nla_u16, [3] = nla_bridge_vlan_flags,
};
NESTED_FNS(nla_bridge_tunnel, &ct_n_bridge_vlan_tunnel_attrs,
	   "IFLA_BRIDGE_VLAN_TUNNEL_???", bridge_tunnel_fns,
	   NFNS(bridge_tunnel_fns))
static const nla_fn bridge_spec_fns[] = {
	[0] = nla_bridge_flags, [1] = nla_bridge_mode,
	[2] = nla_bridge_vlan_info, [3] = nla_bridge_tunnel,
};

static bool nla_af_spec(struct dctx *ctx, const unsigned char *p, size_t len,
			const void *data)
{
	static const struct nla_desc bridge = {
		&ct_n_ifla_bridge_attrs, "IFLA_BRIDGE_???", bridge_spec_fns,
		NFNS(bridge_spec_fns), NULL };
	static const struct nla_desc by_af = { &ct_n_af, "AF_???", NULL, 0,
					       NULL };
	const unsigned char *hdr = data;

	return nla_nested(ctx, p, len, hdr && hdr[0] == 7 ? &bridge : &by_af);
}
NAMED_FN(nla_xdp_attached, &ct_n_xdp_attached, "XDP_ATTACHED_???", 1, false,
	 false, false)
NAMED_FN(nla_xdp_flags, &ct_n_xdp_flags, "XDP_FLAGS_???", 4, false, false,
	 true)
static const nla_fn xdp_fns[] = {
	[1] = nla_fd, [2] = nla_xdp_attached, [3] = nla_xdp_flags,
	[4] = nla_u32, [5] = nla_u32, [6] = nla_u32, [7] = nla_u32,
	[8] = nla_fd,
};
NESTED_FNS(nla_xdp, &ct_n_ifla_xdp_attrs, "IFLA_XDP_???", xdp_fns,
	   NFNS(xdp_fns))
NESTED_FN(nla_proto_down_reason, &ct_n_ifla_proto_down_reason_attrs,
	  "IFLA_PROTO_DOWN_REASON_???")

/* IFLA_PROTINFO of AF_BRIDGE links: IFLA_BRPORT_* */
static bool nla_u16_hex(struct dctx *ctx, const unsigned char *p,
			size_t len, const void *data)
{
	if (len < 2)
		return false;
	emit_hex(ctx->e, le_bytes(p, 2));
	return true;
}

/* struct ifla_bridge_id */
static bool nla_bridge_id(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data)
{
	if (len < 8)
		return false;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "prio");
	emit_array_begin(ctx->e);
	emit_uint(ctx->e, p[0]);
	emit_uint(ctx->e, p[1]);
	emit_array_end(ctx->e);
	emit_field(ctx->e, "addr");
	nla_hwaddr(ctx, p + 2, 6, NULL);
	emit_struct_end(ctx->e);
	return true;
}

static const nla_fn brport_fns[] = {
	[1] = nla_u8, [2] = nla_u16, [3] = nla_u32, [4] = nla_u8,
	[5] = nla_u8, [6] = nla_u8, [7] = nla_u8, [8] = nla_u8,
	[9] = nla_u8, [10] = nla_u8, [11] = nla_u8, [12] = nla_u8,
	[13] = nla_bridge_id, [14] = nla_bridge_id, [15] = nla_u16,
	[16] = nla_u16, [17] = nla_u16, [18] = nla_u16, [19] = nla_u8,
	[20] = nla_u8, [21] = nla_clock_t, [22] = nla_clock_t,
	[23] = nla_clock_t, [25] = nla_u8, [27] = nla_u8, [28] = nla_u8,
	[29] = nla_u8, [30] = nla_u8, [31] = nla_u16_hex, [32] = nla_u8,
	[33] = nla_u8, [34] = nla_ifindex, [35] = nla_u8, [36] = nla_u8,
	[37] = nla_u32, [38] = nla_u32, [39] = nla_u8,
};

static bool nla_protinfo(struct dctx *ctx, const unsigned char *p,
			 size_t len, const void *data)
{
	static const struct nla_desc brport = {
		&ct_n_ifla_brport_attrs, "IFLA_BRPORT_???", brport_fns,
		NFNS(brport_fns), NULL };
	const unsigned char *hdr = data;

	if (!hdr || hdr[0] != 7)
		return false;
	return nla_nested(ctx, p, len, &brport);
}

static bool nla_prop_list(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data);

static const nla_fn ifla_fns[] = {
	[1] = nla_hwaddr, [2] = nla_hwaddr, [7] = nla_stats,
	[23] = nla_stats64, [54] = nla_hwaddr,
	[3] = nla_str, [4] = nla_u32, [5] = nla_u32, [6] = nla_str,
	[10] = nla_u32, [12] = nla_protinfo, [13] = nla_u32, [14] = nla_ifmap,
	[15] = nla_u32,
	[16] = nla_u8, [17] = nla_u8, [18] = nla_linkinfo,
	[19] = nla_u32, [20] = nla_str, [21] = nla_u32, [22] = nla_vfinfo_list,
	[24] = nla_vf_ports, [25] = nla_port_self, [26] = nla_af_spec,
	[27] = nla_u32, [28] = nla_fd, [29] = nla_ext_mask,
	[30] = nla_u32, [31] = nla_u32, [32] = nla_u32, [33] = nla_u8,
	[35] = nla_u32, [37] = nla_s32, [38] = nla_str, [39] = nla_u8,
	[40] = nla_u32, [41] = nla_u32, [43] = nla_xdp, [44] = nla_ifla_event,
	[45] = nla_s32, [46] = nla_s32, [47] = nla_u32,
	[48] = nla_u32, [49] = nla_ifindex, [50] = nla_u32, [51] = nla_u32,
	[52] = nla_prop_list, [53] = nla_str, [55] = nla_proto_down_reason,
	[56] = nla_str, [57] = nla_str, [58] = nla_u32,
	[59] = nla_u32, [60] = nla_u32, [61] = nla_u32,
};

/* IFLA_PROP_LIST: link attributes again (IFLA_ALT_IFNAME) */
static bool nla_prop_list(struct dctx *ctx, const unsigned char *p,
			  size_t len, const void *data)
{
	static const struct nla_desc d = { &ct_n_ifla_attrs, "IFLA_???",
					   ifla_fns, NFNS(ifla_fns), NULL };

	return nla_nested(ctx, p, len, &d);
}

/* struct ifinfomsg (RTM_*LINK) */
static void ifinfo_fields(struct dctx *ctx, const unsigned char *p)
{
	uint16_t type;
	int32_t idx;
	uint32_t flags, change;

	memcpy(&type, p + 2, 2);
	memcpy(&idx, p + 4, 4);
	memcpy(&flags, p + 8, 4);
	memcpy(&change, p + 12, 4);
	emit_field(ctx->e, "ifi_type");
	fdec_enum_dflt(ctx, &ct_n_arphrd, type, "ARPHRD_???");
	emit_field(ctx->e, "ifi_index");
	ndec_ifindex(ctx, (uint32_t)idx);
	emit_field(ctx->e, "ifi_flags");
	fdec_flags_dflt(ctx, &ct_n_iff_flags, flags, "IFF_???");
	emit_field(ctx->e, "ifi_change");
	emit_hex(ctx->e, change);
}

const struct rtnl_kind rtnl_ifinfo = {
	"ifi_family", 16, ifinfo_fields,
	{ &ct_n_ifla_attrs, "IFLA_???", ifla_fns, NFNS(ifla_fns), NULL },
};

/* ---- neighbours: struct ndmsg ---- */

static const nla_fn nda_fns[] = {
	[1] = nla_ifa_addr, [2] = nla_hwaddr, [3] = nla_nda_cacheinfo,
	[4] = nla_u32, [5] = nla_u16, [6] = nla_be16, [7] = nla_u32,
	[8] = nla_ifindex, [9] = nla_ifindex, [10] = nla_u32, [11] = nla_u32,
	[12] = nla_ipproto, [13] = nla_u32, [14] = nla_nfea,
	[15] = nla_ntf_ext, [16] = nla_nud_mask, [17] = nla_ntf_mask,
};

static void ndmsg_fields(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "ndm_ifindex");
	ndec_ifindex(ctx, (uint32_t)le_bytes(p + 4, 4));
	emit_field(ctx->e, "ndm_state");
	fdec_flags_dflt(ctx, &ct_n_nud_states, le_bytes(p + 8, 2), "NUD_???");
	emit_field(ctx->e, "ndm_flags");
	fdec_flags_dflt(ctx, &ct_n_ntf_flags, p[10], "NTF_???");
	emit_field(ctx->e, "ndm_type");
	fdec_enum_dflt(ctx, &ct_n_rtn_types, p[11], "RTN_???");
}

static const struct rtnl_kind rtnl_neigh = {
	"ndm_family", 12, ndmsg_fields,
	{ &ct_n_nda_attrs, "NDA_???", nda_fns, NFNS(nda_fns), NULL },
};

/* ---- rules: struct fib_rule_hdr ---- */

static const nla_fn fra_fns[] = {
	[1] = nla_ifa_addr, [2] = nla_ifa_addr, [3] = nla_str,
	[4] = nla_u32, [6] = nla_u32, [10] = nla_u32, [11] = nla_u32,
	[12] = nla_be64, [13] = nla_u32, [14] = nla_u32, [15] = nla_rt_table,
	[16] = nla_u32, [17] = nla_str, [19] = nla_u8, [20] = nla_uid_range,
	[21] = nla_rtprot, [22] = nla_ipproto, [23] = nla_port_range,
	[24] = nla_port_range,
};

static void rule_fields(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "dst_len");
	emit_uint(ctx->e, p[1]);
	emit_field(ctx->e, "src_len");
	emit_uint(ctx->e, p[2]);
	emit_field(ctx->e, "tos");
	fdec_flags_dflt(ctx, &ct_n_iptos_flags, p[3], "IPTOS_TOS_???");
	emit_field(ctx->e, "table");
	fdec_enum_dflt(ctx, &ct_n_rt_tables, p[4], "RT_TABLE_???");
	emit_field(ctx->e, "action");
	fdec_enum_dflt(ctx, &ct_n_fr_actions, p[7], "FR_ACT_???");
	emit_field(ctx->e, "flags");
	fdec_flags_dflt(ctx, &ct_n_fib_rule_flags, le_bytes(p + 8, 4),
			"FIB_RULE_???");
}

static const struct rtnl_kind rtnl_rule = {
	"family", 12, rule_fields,
	{ &ct_n_fra_attrs, "FRA_???", fra_fns, NFNS(fra_fns), NULL },
};

/* ---- traffic control: struct tcmsg ---- */

static const nla_fn tca_fns[] = {
	[1] = nla_str, [3] = nla_tc_stats, [5] = nla_tc_estimator,
	[6] = nla_u32, [7] = nla_tca_stats2, [8] = nla_tca_stab,
	[11] = nla_u32, [12] = nla_u8, [13] = nla_u32, [14] = nla_u32,
	[15] = nla_u32,
};

static void tcmsg_fields(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "tcm_ifindex");
	ndec_ifindex(ctx, (uint32_t)le_bytes(p + 4, 4));
	emit_field(ctx->e, "tcm_handle");
	emit_uint(ctx->e, le_bytes(p + 8, 4));
	emit_field(ctx->e, "tcm_parent");
	emit_uint(ctx->e, le_bytes(p + 12, 4));
	emit_field(ctx->e, "tcm_info");
	emit_uint(ctx->e, le_bytes(p + 16, 4));
}

static const struct rtnl_kind rtnl_tc = {
	"tcm_family", 20, tcmsg_fields,
	{ &ct_n_tca_attrs, "TCA_???", tca_fns, NFNS(tca_fns), NULL },
};

/* ---- nexthops: struct nhmsg ---- */

static const nla_fn nha_fns[] = {
	[1] = nla_u32, [2] = nla_nh_group, [3] = nla_grp_type,
	[4] = nla_u32, [5] = nla_ifindex, [6] = nla_ifa_addr,
	[7] = nla_encap_type, [9] = nla_u32, [10] = nla_ifindex,
	[11] = nla_u32, [12] = nla_nha_res_group, [13] = nla_nha_res_bucket,
};

static void nhmsg_fields(struct dctx *ctx, const unsigned char *p)
{
	/* strace names unknown scopes by number alone */
	emit_field(ctx->e, "nh_scope");
	emit_enum(ctx->e, &ct_n_rt_scopes, p[1], EMIT_HEX);
	emit_field(ctx->e, "nh_protocol");
	fdec_enum_dflt(ctx, &ct_n_rt_protos, p[2], "RTPROT_???");
	if (p[3]) {
		emit_field(ctx->e, "resvd");
		emit_hex(ctx->e, p[3]);
	}
	emit_field(ctx->e, "nh_flags");
	fdec_flags_dflt(ctx, &ct_n_rtnh_flags, le_bytes(p + 4, 4), "RTNH_F_???");
}

static const struct rtnl_kind rtnl_nexthop = {
	"nh_family", 8, nhmsg_fields,
	{ &ct_n_nha_attrs, "NHA_???", nha_fns, NFNS(nha_fns), NULL },
};

/* ---- the smaller ones: tc actions, address labels, DCB, netconf,
 * netns ids: a family first, then attributes ---- */

NAMED_FN(nla_act_flags, &ct_n_tca_act_flags, "TCA_ACT_FLAGS_???", 4, false,
	 true, true)
NAMED_FN(nla_act_hw_stats, &ct_n_tca_act_hw_stats, "TCA_ACT_HW_STATS_???", 4,
	 false, true, true)

static const nla_fn tca_act_fns[] = {
	[1] = nla_str, [3] = nla_u32, [4] = nla_tca_stats2,
	[7] = nla_act_flags, [8] = nla_act_hw_stats, [9] = nla_act_hw_stats,
	[10] = nla_u32,
};

static void no_fields(struct dctx *ctx, const unsigned char *p)
{
}

static const struct rtnl_kind rtnl_action = {
	"tca_family", 4, no_fields,
	{ &ct_n_tca_act_attrs, "TCA_ACT_???", tca_act_fns, NFNS(tca_act_fns),
	  NULL },
};

static const nla_fn ifal_fns[] = { [1] = nla_ifa_addr, [2] = nla_u32 };

/* struct ifaddrlblmsg */
static void ifal_fields(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "ifal_prefixlen");
	emit_uint(ctx->e, p[2]);
	emit_field(ctx->e, "ifal_flags");
	emit_uint(ctx->e, p[3]);
	emit_field(ctx->e, "ifal_index");
	ndec_ifindex(ctx, (uint32_t)le_bytes(p + 4, 4));
	emit_field(ctx->e, "ifal_seq");
	emit_uint(ctx->e, le_bytes(p + 8, 4));
}

static const struct rtnl_kind rtnl_addrlabel = {
	"ifal_family", 12, ifal_fields,
	{ &ct_n_ifal_attrs, "IFAL_???", ifal_fns, NFNS(ifal_fns), NULL },
};

/* struct dcbmsg: the attributes show by name only */
static void dcb_fields(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "cmd");
	fdec_enum_dflt(ctx, &ct_n_dcb_cmds, p[1], "DCB_CMD_???");
}

static const struct rtnl_kind rtnl_dcb = {
	"dcb_family", 4, dcb_fields,
	{ &ct_n_dcb_attrs, "DCB_ATTR_???", NULL, 0, NULL },
};

static const nla_fn netconf_fns[] = {
	[1] = nla_ifindex, [2] = nla_s32, [3] = nla_s32, [4] = nla_s32,
	[5] = nla_s32, [6] = nla_s32, [7] = nla_s32, [8] = nla_s32,
};

static const struct rtnl_kind rtnl_netconf = {
	"ncm_family", 4, no_fields,
	{ &ct_n_netconfa_attrs, "NETCONFA_???", netconf_fns,
	  NFNS(netconf_fns), NULL },
};

static const nla_fn netnsa_fns[] = {
	[1] = nla_s32, [2] = nla_u32, [3] = nla_fd, [4] = nla_s32,
	[5] = nla_s32,
};

static const struct rtnl_kind rtnl_nsid = {
	"rtgen_family", 4, no_fields,
	{ &ct_n_netnsa_attrs, "NETNSA_???", netnsa_fns, NFNS(netnsa_fns),
	  NULL },
};

/* neighbour tables: struct ndtmsg */

static const nla_fn ndtpa_fns[] = {
	[1] = nla_ifindex, [2] = nla_u32, [3] = nla_u64, [4] = nla_u64,
	[5] = nla_u64, [6] = nla_u64, [7] = nla_u64, [8] = nla_u32,
	[9] = nla_u32, [10] = nla_u32, [11] = nla_u32, [12] = nla_u64,
	[13] = nla_u64, [14] = nla_u32, [15] = nla_u64, [16] = nla_u32,
	[17] = nla_u32, [19] = nla_u64,
};
NESTED_FNS(nla_ndtpa, &ct_n_ndtpa_attrs, "NDTPA_???", ndtpa_fns,
	   NFNS(ndtpa_fns))

/* struct ndt_config, struct ndt_stats (ndts_table_fulls is newer) */
#define NDT_F(name, off, w) { name, off, w, NF_U, NULL, NULL }
FIELDS_FN(nla_ndt_config, 32, false, NDT_F("ndtc_key_len", 0, 2),
	  NDT_F("ndtc_entry_size", 2, 2), NDT_F("ndtc_entries", 4, 4),
	  NDT_F("ndtc_last_flush", 8, 4), NDT_F("ndtc_last_rand", 12, 4),
	  NDT_F("ndtc_hash_rnd", 16, 4),
	  { "ndtc_hash_mask", 20, 4, NF_X, NULL, NULL },
	  NDT_F("ndtc_hash_chain_gc", 24, 4), NDT_F("ndtc_proxy_qlen", 28, 4))
FIELDS_FN(nla_ndt_stats, 80, false, NDT_F("ndts_allocs", 0, 8),
	  NDT_F("ndts_destroys", 8, 8), NDT_F("ndts_hash_grows", 16, 8),
	  NDT_F("ndts_res_failed", 24, 8), NDT_F("ndts_lookups", 32, 8),
	  NDT_F("ndts_hits", 40, 8), NDT_F("ndts_rcv_probes_mcast", 48, 8),
	  NDT_F("ndts_rcv_probes_ucast", 56, 8),
	  NDT_F("ndts_periodic_gc_runs", 64, 8),
	  NDT_F("ndts_forced_gc_runs", 72, 8),
	  NDT_F("ndts_table_fulls", 80, 8))

static const nla_fn ndta_fns[] = {
	[1] = nla_str, [2] = nla_u32, [3] = nla_u32, [4] = nla_u32,
	[5] = nla_ndt_config, [6] = nla_ndtpa, [7] = nla_ndt_stats,
	[8] = nla_u64,
};

static const struct rtnl_kind rtnl_neightbl = {
	"ndtm_family", 4, no_fields,
	{ &ct_n_ndta_attrs, "NDTA_???", ndta_fns, NFNS(ndta_fns), NULL },
};

/* bridge multicast database: struct br_port_msg */
NESTED_FN(nla_mdba_mdb, &ct_n_mdba_mdb_attrs, "MDBA_MDB_???")
/* MDBA_ROUTER_PORT: an interface index, then MDBA_ROUTER_PATTR_* */
static bool nla_mdba_router_port(struct dctx *ctx, const unsigned char *p,
				 size_t len, const void *data)
{
	static const struct nla_desc d = { &ct_n_mdba_router_pattr_attrs,
					   "MDBA_ROUTER_PATTR_???", NULL, 0,
					   NULL };

	if (!nla_ifindex(ctx, p, len, data))
		return false;
	if (len > 4)
		nl_attrs(ctx, p + 4, len - 4, &d);
	return true;
}

static const nla_fn mdba_router_fns[] = { [1] = nla_mdba_router_port };
NESTED_FNS(nla_mdba_router, &ct_n_mdba_router_attrs, "MDBA_ROUTER_???",
	   mdba_router_fns, NFNS(mdba_router_fns))

static const nla_fn mdba_fns[] = { [1] = nla_mdba_mdb,
				   [2] = nla_mdba_router };

static void mdb_fields(struct dctx *ctx, const unsigned char *p)
{
	emit_field(ctx->e, "ifindex");
	ndec_ifindex(ctx, (uint32_t)le_bytes(p + 4, 4));
}

static const struct rtnl_kind rtnl_mdb = {
	"family", 8, mdb_fields,
	{ &ct_n_mdba_attrs, "MDBA_???", mdba_fns, NFNS(mdba_fns), NULL },
};

/* interface statistics: struct if_stats_msg */
NESTED_FN(nla_stats_af_spec, &ct_n_af, "AF_???")
NESTED_FN(nla_link_xstats, &ct_n_link_xstats_types, "LINK_XSTATS_TYPE_???")
static const nla_fn offload_xstats_fns[] = { [1] = nla_stats64 };
NESTED_FNS(nla_offload_xstats, &ct_n_ifla_offload_xstats_attrs,
	   "IFLA_OFFLOAD_XSTATS_???", offload_xstats_fns,
	   NFNS(offload_xstats_fns))

static const nla_fn ifla_stats_fns[] = {
	[1] = nla_stats64, [2] = nla_link_xstats, [3] = nla_link_xstats,
	[4] = nla_offload_xstats, [5] = nla_stats_af_spec,
};

/* the pads show only when set */
static void stats_fields(struct dctx *ctx, const unsigned char *p)
{
	if (p[1]) {
		emit_field(ctx->e, "pad1");
		emit_hex(ctx->e, p[1]);
	}
	if (le_bytes(p + 2, 2)) {
		emit_field(ctx->e, "pad2");
		emit_hex(ctx->e, le_bytes(p + 2, 2));
	}
	emit_field(ctx->e, "ifindex");
	ndec_ifindex(ctx, (uint32_t)le_bytes(p + 4, 4));
	emit_field(ctx->e, "filter_mask");
	fdec_flags_dflt(ctx, &ct_n_ifla_stats_mask, le_bytes(p + 8, 4),
			"1<<IFLA_STATS_???");
}

static const struct rtnl_kind rtnl_stats = {
	"family", 12, stats_fields,
	{ &ct_n_ifla_stats_attrs, "IFLA_STATS_???", ifla_stats_fns,
	  NFNS(ifla_stats_fns), NULL },
};

/* RTM_NEWCACHEREPORT: a struct rtgenmsg, then bytes */
static void cache_report(struct dctx *ctx, const unsigned char *p,
			 size_t len)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "rtgen_family");
	ndec_family(ctx, p[0]);
	emit_struct_end(ctx->e);
	if (len > 4)
		nl_hex(ctx, p + 4, len - 4);
}

bool rtnl_more_payload(struct dctx *ctx, uint16_t type,
		       const unsigned char *p, size_t len)
{
	const struct rtnl_kind *k;

	if (type >= 28 && type <= 30)
		k = &rtnl_neigh;
	else if (type >= 32 && type <= 34)
		k = &rtnl_rule;
	else if ((type >= 36 && type <= 46 && type % 4 != 3) ||
		 (type >= 100 && type <= 102))
		k = &rtnl_tc;
	else if (type >= 104 && type <= 106)
		k = &rtnl_nexthop;
	else if (type >= 48 && type <= 50)
		k = &rtnl_action;
	else if (type >= 72 && type <= 74)
		k = &rtnl_addrlabel;
	else if (type == 78 || type == 79)
		k = &rtnl_dcb;
	else if (type >= 80 && type <= 82)
		k = &rtnl_netconf;
	else if (type >= 88 && type <= 90)
		k = &rtnl_nsid;
	else if (type == 64 || type == 66 || type == 67)
		k = &rtnl_neightbl;
	else if (type >= 84 && type <= 86)
		k = &rtnl_mdb;
	else if (type == 92 || type == 94)
		k = &rtnl_stats;
	else if (type == 96 && len >= 4) {
		cache_report(ctx, p, len);
		return true;
	}
	else
		return false;
	nl_rtnl_msg(ctx, k, p, len);
	return true;
}
