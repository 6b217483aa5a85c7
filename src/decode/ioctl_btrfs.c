/* ioctl_btrfs: btrfs requests (type 0x94, <linux/btrfs.h>): the argument
 * structs strace 6.1 decodes (balance, ino_lookup, tree search, dev_info,
 * qgroup, quota, send, features, logical_ino, scrub, defrag, vol_args,
 * dev_replace, dev_stats, received_subvol), as field tables. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <linux/btrfs.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

#define F(type, field, kind_, ...)                                        \
	{                                                                 \
		.name = #field, .off = offsetof(type, field),             \
		.size = sizeof(((type *)0)->field), .kind = kind_,        \
		__VA_ARGS__                                               \
	}
#define END {.name = NULL}

/* <linux/btrfs_tree.h> */
#define FIRST_FREE_OBJECTID 256ULL
#define LAST_FREE_OBJECTID (-256ULL)
#define OBJID .t = &ct_f_ioctl_btrfs_objectids
#define U64MAX .t = &ct_f_ioctl_btrfs_u64max
#define KEYTYPE .t = &ct_f_ioctl_btrfs_key_types

/* ---- balance ---- */

#define BA struct btrfs_balance_args
static const struct ioc_field balance_args[] = {
	F(BA, profiles, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_profiles,
	  .dflt = "BTRFS_BLOCK_GROUP_???"),
	F(BA, usage, IOCF_NAMED, U64MAX),
	F(BA, devid, IOCF_DEV),
	F(BA, pstart, IOCF_NAMED, U64MAX),
	F(BA, pend, IOCF_NAMED, U64MAX),
	F(BA, vstart, IOCF_NAMED, U64MAX),
	F(BA, vend, IOCF_NAMED, U64MAX),
	F(BA, target, IOCF_NAMED, U64MAX),
	F(BA, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_balance_args_flags,
	  .dflt = "BTRFS_BALANCE_ARGS_???"),
	END,
};
#undef BA

#define BAL struct btrfs_ioctl_balance_args
static bool bal_data(const struct dctx *ctx, const void *b)
{
	return ((const BAL *)b)->flags & BTRFS_BALANCE_DATA;
}
static bool bal_meta(const struct dctx *ctx, const void *b)
{
	return ((const BAL *)b)->flags & BTRFS_BALANCE_METADATA;
}
static bool bal_sys(const struct dctx *ctx, const void *b)
{
	return ((const BAL *)b)->flags & BTRFS_BALANCE_SYSTEM;
}
static const struct ioc_field balance[] = {
	F(BAL, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_balance_flags,
	  .dflt = "BTRFS_BALANCE_???"),
	F(BAL, data, IOCF_STRUCT, .sub = balance_args, .shown = bal_data),
	F(BAL, meta, IOCF_STRUCT, .sub = balance_args, .shown = bal_meta),
	F(BAL, sys, IOCF_STRUCT, .sub = balance_args, .shown = bal_sys),
	END,
};
#undef BAL

/* ---- lookups and searches ---- */

#define IL struct btrfs_ioctl_ino_lookup_args
static const struct ioc_field ino_lookup[] = {
	F(IL, treeid, IOCF_NAMED, OBJID),
	F(IL, objectid, IOCF_NAMED, OBJID),
	END,
};
#undef IL

#define SK struct btrfs_ioctl_search_key
/* strace leaves out a min_objectid of BTRFS_FIRST_FREE_OBJECTID and a
 * max_objectid of BTRFS_LAST_FREE_OBJECTID unless -v */
static bool min_objectid_shown(const struct dctx *ctx, const void *b)
{
	return ctx->e->style->verbose ||
	       ((const SK *)b)->min_objectid != FIRST_FREE_OBJECTID;
}
static bool max_objectid_shown(const struct dctx *ctx, const void *b)
{
	return ctx->e->style->verbose ||
	       ((const SK *)b)->max_objectid != LAST_FREE_OBJECTID;
}
static const struct ioc_field search_key[] = {
	F(SK, tree_id, IOCF_NAMED, OBJID),
	F(SK, min_objectid, IOCF_NAMED, OBJID, .shown = min_objectid_shown),
	F(SK, max_objectid, IOCF_NAMED, OBJID, .shown = max_objectid_shown),
	F(SK, min_offset, IOCF_NAMED, U64MAX),
	F(SK, max_offset, IOCF_NAMED, U64MAX),
	F(SK, min_transid, IOCF_NAMED, U64MAX),
	F(SK, max_transid, IOCF_NAMED, U64MAX),
	F(SK, min_type, IOCF_NAMED, KEYTYPE),
	F(SK, max_type, IOCF_NAMED, KEYTYPE),
	F(SK, nr_items, IOCF_UDEC),
	END,
};
#undef SK

#define S2 struct btrfs_ioctl_search_args_v2
static const struct ioc_field search[] = {
	F(S2, key, IOCF_STRUCT, .sub = search_key),
	END,
};
static const struct ioc_field search_v2[] = {
	F(S2, key, IOCF_STRUCT, .sub = search_key),
	F(S2, buf_size, IOCF_UDEC),
	END,
};
#undef S2

#define DI struct btrfs_ioctl_dev_info_args
static const struct ioc_field dev_info[] = {
	F(DI, devid, IOCF_DEV),
	F(DI, uuid, IOCF_UUID),
	END,
};
#undef DI

#define LI struct btrfs_ioctl_logical_ino_args
static bool li_reserved(const struct dctx *ctx, const void *b)
{
	const LI *a = b;

	return a->reserved[0] || a->reserved[1] || a->reserved[2];
}
static const struct ioc_field li_words[] = {
	{.name = "", .off = 0, .size = 8, .kind = IOCF_HEX},
	END,
};
static const struct ioc_field logical_ino[] = {
	F(LI, logical, IOCF_UDEC),
	F(LI, size, IOCF_UDEC),
	{.name = "reserved", .off = offsetof(LI, reserved), .kind = IOCF_ARRAY,
	 .len = 3, .size = 8, .sub = li_words, .shown = li_reserved},
	F(LI, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_logical_ino_flags,
	  .dflt = "BTRFS_LOGICAL_INO_ARGS_???"),
	F(LI, inodes, IOCF_PTR),
	END,
};
#undef LI

#define IP struct btrfs_ioctl_ino_path_args
static const struct ioc_field ino_paths[] = {
	F(IP, inum, IOCF_UDEC),
	F(IP, size, IOCF_UDEC),
	F(IP, fspath, IOCF_PTR),
	END,
};
#undef IP

/* ---- quota and qgroups ---- */

#define QA struct btrfs_ioctl_qgroup_assign_args
static const struct ioc_field qgroup_assign[] = {
	F(QA, assign, IOCF_UDEC),
	F(QA, src, IOCF_UDEC),
	F(QA, dst, IOCF_UDEC),
	END,
};
#undef QA
#define QC struct btrfs_ioctl_qgroup_create_args
static const struct ioc_field qgroup_create[] = {
	F(QC, create, IOCF_UDEC),
	F(QC, qgroupid, IOCF_UDEC),
	END,
};
#undef QC
#define QQ struct btrfs_ioctl_quota_ctl_args
static const struct ioc_field quota_ctl[] = {
	F(QQ, cmd, IOCF_ENUM, .t = &ct_f_ioctl_btrfs_quota_ctl,
	  .dflt = "BTRFS_QUOTA_CTL_???"),
	END,
};
#undef QQ
#define QR struct btrfs_ioctl_quota_rescan_args
static const struct ioc_field quota_rescan[] = {
	F(QR, flags, IOCF_UDEC),
	END,
};
#undef QR

/* ---- send, features ---- */

#define SD struct btrfs_ioctl_send_args
static const struct ioc_field send[] = {
	F(SD, send_fd, IOCF_FD),
	F(SD, clone_sources_count, IOCF_UDEC),
	F(SD, clone_sources, IOCF_PTR),
	F(SD, parent_root, IOCF_NAMED, OBJID),
	F(SD, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_send_flags,
	  .dflt = "BTRFS_SEND_FLAG_???"),
	END,
};
#undef SD

#define FF struct btrfs_ioctl_feature_flags
static const struct ioc_field features[] = {
	F(FF, compat_flags, IOCF_HEXD, .dflt = "BTRFS_FEATURE_COMPAT_???"),
	F(FF, compat_ro_flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_compat_ro,
	  .dflt = "BTRFS_FEATURE_COMPAT_RO_???"),
	F(FF, incompat_flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_incompat,
	  .dflt = "BTRFS_FEATURE_INCOMPAT_???"),
	END,
};
#undef FF

/* ---- scrub, space, defrag ---- */

#define SC struct btrfs_ioctl_scrub_args
static const struct ioc_field scrub[] = {
	F(SC, devid, IOCF_DEV),
	F(SC, start, IOCF_NAMED, U64MAX),
	F(SC, end, IOCF_NAMED, U64MAX),
	F(SC, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_scrub_flags,
	  .dflt = "BTRFS_SCRUB_???"),
	END,
};
static const struct ioc_field scrub_progress[] = {
	F(SC, devid, IOCF_DEV),
	END,
};
#undef SC

#define SP struct btrfs_ioctl_space_args
static const struct ioc_field space_info[] = {
	F(SP, space_slots, IOCF_UDEC),
	END,
};
#undef SP

#define DR struct btrfs_ioctl_defrag_range_args
static const struct ioc_field defrag_range[] = {
	F(DR, start, IOCF_NAMED, U64MAX),
	F(DR, len, IOCF_NAMED, U64MAX),
	F(DR, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_defrag_flags,
	  .dflt = "BTRFS_DEFRAG_RANGE_???"),
	F(DR, extent_thresh, IOCF_UDEC),
	F(DR, compress_type, IOCF_ENUM, .t = &ct_f_ioctl_btrfs_compress,
	  .dflt = "BTRFS_COMPRESS_???"),
	END,
};
#undef DR

/* ---- volumes and devices ---- */

#define VA struct btrfs_ioctl_vol_args
static const struct ioc_field vol_args[] = {
	F(VA, fd, IOCF_FD),
	F(VA, name, IOCF_CSTR, .len = sizeof(((VA *)0)->name)),
	END,
};
#undef VA

#define V2 struct btrfs_ioctl_vol_args_v2
static bool v2_inherit(const struct dctx *ctx, const void *b)
{
	return ((const V2 *)b)->flags & BTRFS_SUBVOL_QGROUP_INHERIT;
}
static const struct ioc_field vol_args_v2[] = {
	F(V2, fd, IOCF_FD),
	F(V2, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_subvol_flags,
	  .dflt = "BTRFS_SUBVOL_???"),
	F(V2, size, IOCF_UDEC, .shown = v2_inherit),
	F(V2, qgroup_inherit, IOCF_PTR, .shown = v2_inherit),
	F(V2, name, IOCF_CSTR, .len = sizeof(((V2 *)0)->name)),
	END,
};
#undef V2

#define RS struct btrfs_ioctl_dev_replace_start_params
static const struct ioc_field replace_start[] = {
	F(RS, srcdevid, IOCF_DEV),
	F(RS, cont_reading_from_srcdev_mode, IOCF_ENUM,
	  .t = &ct_f_ioctl_btrfs_replace_modes,
	  .dflt = "BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_???"),
	F(RS, srcdev_name, IOCF_CSTR, .len = sizeof(((RS *)0)->srcdev_name)),
	F(RS, tgtdev_name, IOCF_CSTR, .len = sizeof(((RS *)0)->tgtdev_name)),
	END,
};
#undef RS

#define RP struct btrfs_ioctl_dev_replace_args
static bool replace_starting(const struct dctx *ctx, const void *b)
{
	return ((const RP *)b)->cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_START;
}
static const struct ioc_field dev_replace[] = {
	F(RP, cmd, IOCF_ENUM, .t = &ct_f_ioctl_btrfs_replace_cmds,
	  .dflt = "BTRFS_IOCTL_DEV_REPLACE_CMD_???"),
	F(RP, start, IOCF_STRUCT, .sub = replace_start,
	  .shown = replace_starting),
	END,
};
#undef RP

#define GS struct btrfs_ioctl_get_dev_stats
static const struct ioc_field dev_stats[] = {
	F(GS, devid, IOCF_DEV),
	F(GS, nr_items, IOCF_UDEC),
	F(GS, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_dev_stats_flags,
	  .dflt = "BTRFS_DEV_STATS_???"),
	END,
};
#undef GS

#define BT struct btrfs_ioctl_timespec
static const struct ioc_field btime[] = {
	F(BT, sec, IOCF_UDEC),
	F(BT, nsec, IOCF_UDEC),
	END,
};
#undef BT

#define RV struct btrfs_ioctl_received_subvol_args
static const struct ioc_field received_subvol[] = {
	F(RV, uuid, IOCF_UUID),
	F(RV, stransid, IOCF_UDEC),
	F(RV, stime, IOCF_TIME, .sub = btime),
	F(RV, flags, IOCF_UDEC),
	END,
};
#undef RV

/* ---- the requests ---- */

/* Each request whose struct is read at entry: how much of it strace
 * reads (a partly readable struct shows when that much is), its fields. */
static const struct {
	uint32_t code;
	uint16_t size;
	const struct ioc_field *fields;
} inputs[] = {
	{BTRFS_IOC_BALANCE_V2, sizeof(struct btrfs_ioctl_balance_args),
	 balance},
	{BTRFS_IOC_INO_LOOKUP, sizeof(struct btrfs_ioctl_ino_lookup_args),
	 ino_lookup},
	{BTRFS_IOC_TREE_SEARCH, sizeof(struct btrfs_ioctl_search_key), search},
	{BTRFS_IOC_TREE_SEARCH_V2, sizeof(struct btrfs_ioctl_search_args_v2),
	 search_v2},
	{BTRFS_IOC_DEV_INFO, sizeof(struct btrfs_ioctl_dev_info_args),
	 dev_info},
	{BTRFS_IOC_QGROUP_ASSIGN, sizeof(struct btrfs_ioctl_qgroup_assign_args),
	 qgroup_assign},
	{BTRFS_IOC_QGROUP_CREATE, sizeof(struct btrfs_ioctl_qgroup_create_args),
	 qgroup_create},
	{BTRFS_IOC_QUOTA_CTL, sizeof(struct btrfs_ioctl_quota_ctl_args),
	 quota_ctl},
	{BTRFS_IOC_QUOTA_RESCAN, sizeof(struct btrfs_ioctl_quota_rescan_args),
	 quota_rescan},
	{BTRFS_IOC_SEND, sizeof(struct btrfs_ioctl_send_args), send},
	{BTRFS_IOC_LOGICAL_INO, sizeof(struct btrfs_ioctl_logical_ino_args),
	 logical_ino},
	{BTRFS_IOC_INO_PATHS, sizeof(struct btrfs_ioctl_ino_path_args),
	 ino_paths},
	{BTRFS_IOC_SCRUB, sizeof(struct btrfs_ioctl_scrub_args), scrub},
	{BTRFS_IOC_SCRUB_PROGRESS, sizeof(struct btrfs_ioctl_scrub_args),
	 scrub_progress},
	{BTRFS_IOC_SPACE_INFO, sizeof(struct btrfs_ioctl_space_args),
	 space_info},
	{BTRFS_IOC_DEFRAG_RANGE, sizeof(struct btrfs_ioctl_defrag_range_args),
	 defrag_range},
	{BTRFS_IOC_SNAP_CREATE, sizeof(struct btrfs_ioctl_vol_args), vol_args},
	{BTRFS_IOC_SNAP_DESTROY, sizeof(struct btrfs_ioctl_vol_args),
	 vol_args},
	{BTRFS_IOC_RESIZE, sizeof(struct btrfs_ioctl_vol_args), vol_args},
	{BTRFS_IOC_SCAN_DEV, sizeof(struct btrfs_ioctl_vol_args), vol_args},
	{BTRFS_IOC_FORGET_DEV, sizeof(struct btrfs_ioctl_vol_args), vol_args},
	{BTRFS_IOC_ADD_DEV, sizeof(struct btrfs_ioctl_vol_args), vol_args},
	{BTRFS_IOC_RM_DEV, sizeof(struct btrfs_ioctl_vol_args), vol_args},
	{BTRFS_IOC_SUBVOL_CREATE, sizeof(struct btrfs_ioctl_vol_args),
	 vol_args},
	{BTRFS_IOC_DEVICES_READY, sizeof(struct btrfs_ioctl_vol_args),
	 vol_args},
	{BTRFS_IOC_SNAP_CREATE_V2, sizeof(struct btrfs_ioctl_vol_args_v2),
	 vol_args_v2},
	{BTRFS_IOC_SUBVOL_CREATE_V2, sizeof(struct btrfs_ioctl_vol_args_v2),
	 vol_args_v2},
	{BTRFS_IOC_DEV_REPLACE, sizeof(struct btrfs_ioctl_dev_replace_args),
	 dev_replace},
	{BTRFS_IOC_GET_DEV_STATS, sizeof(struct btrfs_ioctl_get_dev_stats),
	 dev_stats},
	{BTRFS_IOC_SET_RECEIVED_SUBVOL,
	 sizeof(struct btrfs_ioctl_received_subvol_args), received_subvol},
};

/* BTRFS_IOC_SET_FEATURES: [{...}, {...}] (the flags to change, the
 * values) */
static void set_features(struct dctx *ctx, uint64_t arg)
{
	struct btrfs_ioctl_feature_flags f[2];

	if (!dec_fetch(ctx, arg, f, sizeof(f)))
		return;
	emit_array_begin(ctx->e);
	ioc_fields(ctx, &f[0], features);
	ioc_fields(ctx, &f[1], features);
	emit_array_end(ctx->e);
}

static void subvol_flags(struct dctx *ctx, uint64_t arg)
{
	uint64_t v;

	if (!dec_fetch(ctx, arg, &v, sizeof(v)))
		return;
	if (v)
		fdec_flags_dflt(ctx, &ct_f_ioctl_btrfs_subvol_flags, v,
				"BTRFS_SUBVOL_???");
	else
		emit_uint(ctx->e, 0);
}

int ioc_btrfs(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	union {
		struct btrfs_ioctl_balance_args balance;
		struct btrfs_ioctl_vol_args vol;
		struct btrfs_ioctl_dev_replace_args replace;
		struct btrfs_ioctl_get_dev_stats stats;
		struct btrfs_ioctl_ino_lookup_args lookup;
	} buf;

	if (ctx->exiting)
		return IOC_GENERIC;
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		if (inputs[i].code != code)
			continue;
		ioc_fetch_fields(ctx, arg, &buf, inputs[i].size,
				 inputs[i].fields);
		return DEC_DONE;
	}
	switch (code) {
	case BTRFS_IOC_SET_FEATURES:
		set_features(ctx, arg);
		return DEC_DONE;
	case BTRFS_IOC_SUBVOL_SETFLAGS:
		subvol_flags(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
