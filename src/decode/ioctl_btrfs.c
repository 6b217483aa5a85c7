/* ioctl_btrfs: btrfs requests (type 0x94, <linux/btrfs.h>): the argument
 * structs strace 6.1 decodes (balance, ino_lookup, tree search, dev_info,
 * qgroup, quota, send, features, logical_ino, scrub, defrag, vol_args,
 * dev_replace, dev_stats, received_subvol), as field tables. */
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include <linux/btrfs.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

#define F IOC_F
#define END IOC_END

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
/* what the kernel gives back: the same with the state */
static const struct ioc_field balance_out[] = {
	F(BAL, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_balance_flags,
	  .dflt = "BTRFS_BALANCE_???"),
	F(BAL, state, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_balance_state,
	  .dflt = "BTRFS_BALANCE_STATE_???"),
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
static const struct ioc_field ino_lookup_out[] = {
	F(IL, name, IOCF_CSTR, .len = sizeof(((IL *)0)->name)),
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
static const struct ioc_field search_key_out[] = {
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
/* the items found are not decoded: "..." */
static const struct ioc_field search_out[] = {
	F(S2, key, IOCF_STRUCT, .sub = search_key_out),
	{.name = "", .kind = IOCF_MORE},
	END,
};
static const struct ioc_field search_v2_out[] = {
	F(S2, key, IOCF_STRUCT, .sub = search_key_out),
	F(S2, buf_size, IOCF_UDEC),
	{.name = "", .kind = IOCF_MORE},
	END,
};
#undef S2

#define DI struct btrfs_ioctl_dev_info_args
static const struct ioc_field dev_info[] = {
	F(DI, devid, IOCF_DEV),
	F(DI, uuid, IOCF_UUID),
	END,
};
static const struct ioc_field dev_info_out[] = {
	F(DI, uuid, IOCF_UUID),
	F(DI, bytes_used, IOCF_UDEC),
	F(DI, total_bytes, IOCF_UDEC),
	F(DI, path, IOCF_CSTR, .len = sizeof(((DI *)0)->path)),
	END,
};
#undef DI

#define FI struct btrfs_ioctl_fs_info_args
static bool fi_csum(const struct dctx *ctx, const void *b)
{
	return ((const FI *)b)->flags & BTRFS_FS_INFO_FLAG_CSUM_INFO;
}
static bool fi_generation(const struct dctx *ctx, const void *b)
{
	return ((const FI *)b)->flags & BTRFS_FS_INFO_FLAG_GENERATION;
}
static bool fi_metadata_uuid(const struct dctx *ctx, const void *b)
{
	return ((const FI *)b)->flags & BTRFS_FS_INFO_FLAG_METADATA_UUID;
}
static const struct ioc_field fs_info[] = {
	F(FI, max_id, IOCF_UDEC),
	F(FI, num_devices, IOCF_UDEC),
	F(FI, fsid, IOCF_UUID),
	F(FI, nodesize, IOCF_UDEC),
	F(FI, sectorsize, IOCF_UDEC),
	F(FI, clone_alignment, IOCF_UDEC),
	F(FI, csum_type, IOCF_ENUM, .t = &ct_f_ioctl_btrfs_csum_types,
	  .dflt = "BTRFS_CSUM_TYPE_???", .shown = fi_csum),
	F(FI, csum_size, IOCF_UDEC, .shown = fi_csum),
	F(FI, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_fs_info_flags,
	  .dflt = "BTRFS_FS_INFO_FLAG_???"),
	F(FI, generation, IOCF_UDEC, .shown = fi_generation),
	F(FI, metadata_uuid, IOCF_UUID, .shown = fi_metadata_uuid),
	END,
};
#undef FI

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
	{.name = "reserved",
	 .off = offsetof(LI, reserved),
	 .kind = IOCF_ARRAY,
	 .len = 3,
	 .size = 8,
	 .sub = li_words,
	 .shown = li_reserved},
	F(LI, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_logical_ino_flags,
	  .dflt = "BTRFS_LOGICAL_INO_ARGS_???"),
	F(LI, inodes, IOCF_PTR),
	END,
};
static const struct ioc_field logical_ino_out[] = {
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
static const struct ioc_field ino_paths_out[] = {
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
#define QL struct btrfs_qgroup_limit
static const struct ioc_field qgroup_lim[] = {
	F(QL, flags, IOCF_FLAGS, .t = &ct_f_ioctl_btrfs_qgroup_limit_flags,
	  .dflt = "BTRFS_QGROUP_LIMIT_???"),
	F(QL, max_rfer, IOCF_UDEC),
	F(QL, max_excl, IOCF_UDEC),
	F(QL, rsv_rfer, IOCF_UDEC),
	F(QL, rsv_excl, IOCF_UDEC),
	END,
};
#undef QL
#define QL struct btrfs_ioctl_qgroup_limit_args
static const struct ioc_field qgroup_limit[] = {
	F(QL, qgroupid, IOCF_UDEC),
	F(QL, lim, IOCF_STRUCT, .sub = qgroup_lim),
	END,
};
#undef QL
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
static const struct ioc_field quota_rescan_status[] = {
	F(QR, flags, IOCF_UDEC),
	F(QR, progress, IOCF_NAMED, OBJID),
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
#define SG struct btrfs_scrub_progress
static const struct ioc_field scrub_counts[] = {
	F(SG, data_extents_scrubbed, IOCF_UDEC),
	F(SG, tree_extents_scrubbed, IOCF_UDEC),
	F(SG, data_bytes_scrubbed, IOCF_UDEC),
	F(SG, tree_bytes_scrubbed, IOCF_UDEC),
	F(SG, read_errors, IOCF_UDEC),
	F(SG, csum_errors, IOCF_UDEC),
	F(SG, verify_errors, IOCF_UDEC),
	F(SG, no_csum, IOCF_UDEC),
	F(SG, csum_discards, IOCF_UDEC),
	F(SG, super_errors, IOCF_UDEC),
	F(SG, malloc_errors, IOCF_UDEC),
	F(SG, uncorrectable_errors, IOCF_UDEC),
	F(SG, corrected_errors, IOCF_UDEC),
	F(SG, last_physical, IOCF_UDEC),
	F(SG, unverified_errors, IOCF_UDEC),
	END,
};
#undef SG
#define SC struct btrfs_ioctl_scrub_args
static const struct ioc_field scrub_out[] = {
	F(SC, progress, IOCF_STRUCT, .sub = scrub_counts),
	END,
};
#undef SC

#define SP struct btrfs_ioctl_space_args
static const struct ioc_field space_info[] = {
	F(SP, space_slots, IOCF_UDEC),
	END,
};
static const struct ioc_field space_info_out[] = {
	F(SP, total_spaces, IOCF_UDEC),
	{.name = "", .kind = IOCF_MORE},
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
static const struct ioc_field vol_args_v2_out[] = {
	F(V2, transid, IOCF_UDEC),
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
#define ST struct btrfs_ioctl_dev_replace_status_params
static const struct ioc_field replace_status[] = {
	F(ST, replace_state, IOCF_ENUM, .t = &ct_f_ioctl_btrfs_replace_states,
	  .dflt = "BTRFS_IOCTL_DEV_REPLACE_STATE_???"),
	F(ST, progress_1000, IOCF_PERMILLE),
	F(ST, time_started, IOCF_SECS),
	F(ST, time_stopped, IOCF_SECS),
	F(ST, num_write_errors, IOCF_UDEC),
	F(ST, num_uncorrectable_read_errors, IOCF_UDEC),
	END,
};
#undef ST
static bool replace_status_shown(const struct dctx *ctx, const void *b)
{
	return ((const RP *)b)->cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS;
}
static const struct ioc_field dev_replace_out[] = {
	F(RP, result, IOCF_ENUM, .t = &ct_f_ioctl_btrfs_replace_results,
	  .dflt = "BTRFS_IOCTL_DEV_REPLACE_RESULT_???"),
	F(RP, status, IOCF_STRUCT, .sub = replace_status,
	  .shown = replace_status_shown),
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
static const struct ioc_field received_subvol_out[] = {
	F(RV, rtransid, IOCF_UDEC),
	F(RV, rtime, IOCF_TIME, .sub = btime),
	END,
};
#undef RV

/* ---- the requests ---- */

#define SZ(type) sizeof(struct type)
#define VOL(code)                                                              \
	{                                                                      \
		code, SZ(btrfs_ioctl_vol_args), vol_args, NULL                 \
	}

/* Each request with a struct: size, what strace shows of it at entry
 * (in) and, after a success, what follows " => " (out); a request with
 * no in is an output only, shown at exit.  size is how much strace reads
 * (a partly readable struct shows when that much is). */
static const struct btrfs_req {
	uint32_t code;
	uint16_t size;
	const struct ioc_field *in, *out;
} reqs[] = {
	{BTRFS_IOC_BALANCE_V2, SZ(btrfs_ioctl_balance_args), balance,
	 balance_out},
	{BTRFS_IOC_BALANCE_PROGRESS, SZ(btrfs_ioctl_balance_args), NULL,
	 balance_out},
	{BTRFS_IOC_INO_LOOKUP, SZ(btrfs_ioctl_ino_lookup_args), ino_lookup,
	 ino_lookup_out},
	{BTRFS_IOC_TREE_SEARCH, SZ(btrfs_ioctl_search_key), search, search_out},
	{BTRFS_IOC_TREE_SEARCH_V2, SZ(btrfs_ioctl_search_args_v2), search_v2,
	 search_v2_out},
	{BTRFS_IOC_DEV_INFO, SZ(btrfs_ioctl_dev_info_args), dev_info,
	 dev_info_out},
	{BTRFS_IOC_FS_INFO, SZ(btrfs_ioctl_fs_info_args), NULL, fs_info},
	{BTRFS_IOC_QGROUP_ASSIGN, SZ(btrfs_ioctl_qgroup_assign_args),
	 qgroup_assign, NULL},
	{BTRFS_IOC_QGROUP_CREATE, SZ(btrfs_ioctl_qgroup_create_args),
	 qgroup_create, NULL},
	{BTRFS_IOC_QGROUP_LIMIT, SZ(btrfs_ioctl_qgroup_limit_args), NULL,
	 qgroup_limit},
	{BTRFS_IOC_QUOTA_CTL, SZ(btrfs_ioctl_quota_ctl_args), quota_ctl, NULL},
	{BTRFS_IOC_QUOTA_RESCAN, SZ(btrfs_ioctl_quota_rescan_args),
	 quota_rescan, NULL},
	{BTRFS_IOC_QUOTA_RESCAN_STATUS, SZ(btrfs_ioctl_quota_rescan_args), NULL,
	 quota_rescan_status},
	{BTRFS_IOC_SEND, SZ(btrfs_ioctl_send_args), send, NULL},
	{BTRFS_IOC_GET_FEATURES, SZ(btrfs_ioctl_feature_flags), NULL, features},
	{BTRFS_IOC_LOGICAL_INO, SZ(btrfs_ioctl_logical_ino_args), logical_ino,
	 logical_ino_out},
	{BTRFS_IOC_INO_PATHS, SZ(btrfs_ioctl_ino_path_args), ino_paths,
	 ino_paths_out},
	{BTRFS_IOC_SCRUB, SZ(btrfs_ioctl_scrub_args), scrub, scrub_out},
	{BTRFS_IOC_SCRUB_PROGRESS, SZ(btrfs_ioctl_scrub_args), scrub_progress,
	 scrub_out},
	{BTRFS_IOC_SPACE_INFO, SZ(btrfs_ioctl_space_args), space_info,
	 space_info_out},
	{BTRFS_IOC_DEFRAG_RANGE, SZ(btrfs_ioctl_defrag_range_args),
	 defrag_range, NULL},
	VOL(BTRFS_IOC_SNAP_CREATE),
	VOL(BTRFS_IOC_SNAP_DESTROY),
	VOL(BTRFS_IOC_RESIZE),
	VOL(BTRFS_IOC_SCAN_DEV),
	VOL(BTRFS_IOC_FORGET_DEV),
	VOL(BTRFS_IOC_ADD_DEV),
	VOL(BTRFS_IOC_RM_DEV),
	VOL(BTRFS_IOC_SUBVOL_CREATE),
	VOL(BTRFS_IOC_DEVICES_READY),
	{BTRFS_IOC_SNAP_CREATE_V2, SZ(btrfs_ioctl_vol_args_v2), vol_args_v2,
	 vol_args_v2_out},
	{BTRFS_IOC_SUBVOL_CREATE_V2, SZ(btrfs_ioctl_vol_args_v2), vol_args_v2,
	 vol_args_v2_out},
	{BTRFS_IOC_DEV_REPLACE, SZ(btrfs_ioctl_dev_replace_args), dev_replace,
	 dev_replace_out},
	{BTRFS_IOC_GET_DEV_STATS, SZ(btrfs_ioctl_get_dev_stats), dev_stats,
	 NULL},
	{BTRFS_IOC_SET_RECEIVED_SUBVOL, SZ(btrfs_ioctl_received_subvol_args),
	 received_subvol, received_subvol_out},
};

/* The biggest of the structs above. */
union btrfs_buf {
	struct btrfs_ioctl_balance_args balance;
	struct btrfs_ioctl_vol_args vol;
	struct btrfs_ioctl_dev_replace_args replace;
	struct btrfs_ioctl_get_dev_stats stats;
	struct btrfs_ioctl_ino_lookup_args lookup;
	struct btrfs_ioctl_fs_info_args fs_info;
	struct btrfs_ioctl_feature_flags features[3];
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

/* BTRFS_IOC_GET_SUPPORTED_FEATURES: the three sets, each named */
static void supported_features(struct dctx *ctx, uint64_t arg)
{
	static const char *const what[] = {"supported", "safe to set",
					   "safe to clear"};
	struct btrfs_ioctl_feature_flags f[3];

	if (!dec_fetch(ctx, arg, f, sizeof(f)))
		return;
	emit_array_begin(ctx->e);
	for (int i = 0; i < 3; i++) {
		ioc_fields(ctx, &f[i], features);
		emit_comment(ctx->e, what[i]);
	}
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

/* [BTRFS_DEV_STAT_WRITE_ERRS] under -X abbrev; [0] under -X raw, the
 * name in a comment under -X verbose */
static void stat_label(struct dctx *ctx, char *label, size_t size,
		       unsigned int i)
{
	const char *name = consts_name(&ct_f_ioctl_btrfs_dev_stats, i);
	int x = ctx->e->style->xlat;

	if (name && x == 0)
		snprintf(label, size, "[%s]", name);
	else if (name && x == 2)
		snprintf(label, size, "[%u /* %s */]", i, name);
	else
		snprintf(label, size, "[%u]", i);
}

/* " => {nr_items, flags, [[NAME]=N, ...]}": strace shows the counters it
 * has names for, "..." for more */
static void dev_stats_out(struct dctx *ctx, const void *buf)
{
	const struct btrfs_ioctl_get_dev_stats *g = buf;
	unsigned int known = (unsigned int)ct_f_ioctl_btrfs_dev_stats.count;
	struct emitter *e = ctx->e;
	char label[64];

	emit_struct_begin(e);
	emit_field(e, "nr_items");
	emit_uint(e, g->nr_items);
	emit_field(e, "flags");
	if (g->flags)
		fdec_flags_dflt(ctx, &ct_f_ioctl_btrfs_dev_stats_flags,
				g->flags, "BTRFS_DEV_STATS_???");
	else
		emit_uint(e, 0);
	emit_array_begin(e);
	for (unsigned int i = 0; i < g->nr_items && i < known; i++) {
		stat_label(ctx, label, sizeof(label), i);
		emit_field(e, label);
		emit_uint(e, g->values[i]);
	}
	if (g->nr_items > known)
		emit_more(e);
	emit_array_end(e);
	emit_struct_end(e);
}

/* The exit part of a request with in and out: " => {...}" when the
 * struct can be read again; balance shows " => " and the address or
 * NULL whatever happens. */
static void req_exit(struct dctx *ctx, const struct btrfs_req *r, uint64_t arg)
{
	union btrfs_buf buf;

	if (r->code == BTRFS_IOC_BALANCE_V2) {
		emit_join(ctx->e, " => ");
		ioc_fetch_fields(ctx, arg, &buf, r->size, r->out);
		return;
	}
	if (!arg || tmem_read(ctx->call->tid, arg, &buf, r->size))
		return;
	emit_join(ctx->e, " => ");
	if (r->code == BTRFS_IOC_GET_DEV_STATS)
		dev_stats_out(ctx, &buf);
	else
		ioc_fields(ctx, &buf, r->out);
}

static const struct btrfs_req *find_req(uint32_t code)
{
	for (size_t i = 0; i < sizeof(reqs) / sizeof(reqs[0]); i++)
		if (reqs[i].code == code)
			return &reqs[i];
	return NULL;
}

static bool has_exit(const struct btrfs_req *r)
{
	return r->out || r->code == BTRFS_IOC_GET_DEV_STATS;
}

static int req_decode(struct dctx *ctx, const struct btrfs_req *r, uint64_t arg)
{
	union btrfs_buf buf;

	if (!r->in) {
		if (!ctx->exiting)
			return DEC_MORE;
		if (dec_failed(ctx))
			dec_ptr(ctx, arg);
		else
			ioc_fetch_fields(ctx, arg, &buf, r->size, r->out);
		return DEC_DONE;
	}
	if (ctx->exiting) {
		if (!dec_failed(ctx))
			req_exit(ctx, r, arg);
		return DEC_DONE;
	}
	ioc_fetch_fields(ctx, arg, &buf, r->size, r->in);
	if (!has_exit(r))
		return DEC_DONE;
	ctx->call->defer_sep = true;
	return DEC_MORE;
}

int ioc_btrfs(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	const struct btrfs_req *r = find_req(code);

	if (r)
		return req_decode(ctx, r, arg);
	switch (code) {
	case BTRFS_IOC_SET_FEATURES:
		return ioc_in(ctx, arg, set_features);
	case BTRFS_IOC_GET_SUPPORTED_FEATURES:
		return ioc_out(ctx, arg, supported_features);
	case BTRFS_IOC_SUBVOL_SETFLAGS:
		return ioc_in(ctx, arg, subvol_flags);
	case BTRFS_IOC_SUBVOL_GETFLAGS:
		return ioc_out(ctx, arg, subvol_flags);
	}
	return IOC_GENERIC;
}
