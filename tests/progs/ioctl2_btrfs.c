/* ioctl2_btrfs: btrfs requests (<linux/btrfs.h>) on fd -1 with their
 * structs filled in, as strace decodes them at entry (and, injected, at
 * exit): balance, ino_lookup, tree search, dev_info, qgroups, quota,
 * send, features, logical_ino, scrub, defrag, vol_args, dev_replace,
 * dev_stats, received_subvol; each also with NULL, an unmapped address
 * and the struct one byte short of readable.  Names, ids and flags
 * known, unknown and UINT64_MAX. */
#include <linux/btrfs.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ioctl2_calls.h"

static void balance(void)
{
	struct btrfs_ioctl_balance_args ba;

	memset(&ba, 0, sizeof(ba));
	ba.flags = BTRFS_BALANCE_DATA | BTRFS_BALANCE_METADATA | 0x100;
	ba.state = 3;
	ba.data.profiles = (1 << 4) | (1ULL << 48);
	ba.data.usage = 10;
	ba.data.devid = 0x803;
	ba.data.pstart = 1;
	ba.data.pend = 2;
	ba.data.vstart = 3;
	ba.data.vend = UINT64_MAX;
	ba.data.target = 5;
	ba.data.flags = (1 << 1) | (1 << 9);
	ba.meta.profiles = 0xfff0000000000000ULL;
	ba.sys.profiles = 0x10000;
	ba.stat.expected = 1;
	CALLS(BTRFS_IOC_BALANCE_V2, ba);
	ba.flags = BTRFS_BALANCE_SYSTEM;
	CALLS(BTRFS_IOC_BALANCE_V2, ba);
	ba.flags = 0;
	CALLS(BTRFS_IOC_BALANCE_V2, ba);
	memset(&ba, 0xff, sizeof(ba));
	CALLS(BTRFS_IOC_BALANCE_V2, ba);
	CALLS(BTRFS_IOC_BALANCE_PROGRESS, ba);
}

static void search(void)
{
	static const int64_t ids[] = {0, 1, 5, 11, 12, 256, 257, -1, -2, -256};
	struct btrfs_ioctl_ino_lookup_args il;
	struct btrfs_ioctl_search_args_v2 s2;

	memset(&s2, 0, sizeof(s2));
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		s2.key.tree_id = ids[i];
		s2.key.min_objectid = ids[i];
		s2.key.max_objectid = ids[i];
		s2.key.min_offset = ids[i];
		s2.key.min_transid = ids[i];
		s2.key.min_type = (uint32_t)ids[i];
		s2.key.max_type = (uint32_t)ids[i] + 1;
		s2.key.nr_items = (uint32_t)ids[i];
		syscall(SYS_ioctl, -1, BTRFS_IOC_TREE_SEARCH, &s2);
	}
	s2.key.tree_id = 1;
	s2.key.min_objectid = 2;
	s2.key.max_objectid = UINT64_MAX;
	s2.key.max_offset = UINT64_MAX;
	s2.key.max_transid = UINT64_MAX;
	s2.key.min_type = 132;
	s2.key.max_type = 255;
	s2.key.nr_items = 10;
	s2.buf_size = 64;
	CALLS(BTRFS_IOC_TREE_SEARCH_V2, s2);
	{
		static struct btrfs_ioctl_search_args sa;
		sa.key = s2.key;
		CALLS(BTRFS_IOC_TREE_SEARCH, sa);
	}
	memset(&il, 0, sizeof(il));
	il.treeid = 5;
	il.objectid = 256;
	strcpy(il.name, "abc");
	CALLS(BTRFS_IOC_INO_LOOKUP, il);
	memset(il.name, 'n', sizeof(il.name));
	CALLS(BTRFS_IOC_INO_LOOKUP, il);
}

static void devices(void)
{
	struct btrfs_ioctl_dev_info_args di;
	struct btrfs_ioctl_scrub_args sc;
	struct btrfs_ioctl_get_dev_stats gs;
	struct btrfs_ioctl_dev_replace_args rp;

	memset(&di, 0, sizeof(di));
	di.devid = 1;
	for (int i = 0; i < 16; i++)
		di.uuid[i] = (uint8_t)(i * 17);
	di.bytes_used = 1 << 30;
	di.total_bytes = UINT64_MAX;
	strcpy((char *)di.path, "/dev/vdb\n");
	CALLS(BTRFS_IOC_DEV_INFO, di);
	memset(&sc, 0, sizeof(sc));
	sc.devid = 0x12345678abcULL;
	sc.end = UINT64_MAX;
	sc.flags = 0xff;
	sc.progress.data_extents_scrubbed = 1;
	sc.progress.unverified_errors = 15;
	CALLS(BTRFS_IOC_SCRUB, sc);
	CALLS(BTRFS_IOC_SCRUB_PROGRESS, sc);
	memset(&gs, 0, sizeof(gs));
	gs.devid = 1;
	gs.nr_items = 5;
	gs.flags = 1;
	CALLS(BTRFS_IOC_GET_DEV_STATS, gs);
	gs.nr_items = 7;
	gs.flags = 0;
	gs.values[1] = 3;
	gs.values[6] = 9;
	CALLS(BTRFS_IOC_GET_DEV_STATS, gs);
	memset(&rp, 0, sizeof(rp));
	rp.cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS;
	for (uint64_t v = 0; v < 6; v++) {
		rp.result = v;
		rp.status.replace_state = v;
		rp.status.progress_1000 = v * 111;
		rp.status.time_started = v ? 1700000000 : 0;
		rp.status.time_stopped = 1700000000 + v;
		rp.status.num_write_errors = v;
		CALLS(BTRFS_IOC_DEV_REPLACE, rp);
	}
	memset(&rp, 0, sizeof(rp));
	rp.start.srcdevid = 1;
	rp.start.cont_reading_from_srcdev_mode = 1;
	strcpy((char *)rp.start.srcdev_name, "/dev/sda");
	strcpy((char *)rp.start.tgtdev_name, "/dev/sdb");
	for (uint64_t cmd = 0; cmd < 4; cmd++) {
		rp.cmd = cmd;
		CALLS(BTRFS_IOC_DEV_REPLACE, rp);
	}
	rp.cmd = 0;
	rp.start.cont_reading_from_srcdev_mode = 7;
	CALLS(BTRFS_IOC_DEV_REPLACE, rp);
}

static void fs_info(void)
{
	struct btrfs_ioctl_fs_info_args fi;

	memset(&fi, 0, sizeof(fi));
	fi.max_id = 1;
	fi.num_devices = 2;
	fi.fsid[0] = 0x12;
	fi.nodesize = 16384;
	fi.sectorsize = 4096;
	fi.clone_alignment = 4096;
	fi.csum_size = 4;
	fi.generation = 77;
	fi.metadata_uuid[15] = 1;
	for (uint64_t f = 0; f < 8; f++) {
		fi.flags = f | (f == 7 ? 0x100 : 0);
		fi.csum_type = (uint16_t)(f ? f - 1 : 0xffff);
		CALLS(BTRFS_IOC_FS_INFO, fi);
	}
}

static void quota(void)
{
	struct btrfs_ioctl_qgroup_assign_args qa = {1, 2, UINT64_MAX};
	struct btrfs_ioctl_qgroup_create_args qc = {1, 0x1000000000005ULL};
	struct btrfs_ioctl_qgroup_limit_args ql;
	struct btrfs_ioctl_quota_rescan_args qr;

	CALLS(BTRFS_IOC_QGROUP_ASSIGN, qa);
	CALLS(BTRFS_IOC_QGROUP_CREATE, qc);
	memset(&ql, 0, sizeof(ql));
	ql.qgroupid = 5;
	ql.lim.flags = 3;
	ql.lim.max_rfer = 1 << 20;
	ql.lim.rsv_excl = 7;
	CALLS(BTRFS_IOC_QGROUP_LIMIT, ql);
	ql.lim.flags = UINT64_MAX;
	CALLS(BTRFS_IOC_QGROUP_LIMIT, ql);
	for (uint64_t cmd = 0; cmd < 5; cmd++) {
		struct btrfs_ioctl_quota_ctl_args qq = {cmd, 0};
		CALLS(BTRFS_IOC_QUOTA_CTL, qq);
	}
	memset(&qr, 0, sizeof(qr));
	qr.flags = 7;
	qr.progress = 4;
	CALLS(BTRFS_IOC_QUOTA_RESCAN, qr);
	CALLS(BTRFS_IOC_QUOTA_RESCAN_STATUS, qr);
	qr.progress = 1000;
	CALLS(BTRFS_IOC_QUOTA_RESCAN_STATUS, qr);
}

static void send_features(void)
{
	struct btrfs_ioctl_send_args sd;
	struct btrfs_ioctl_feature_flags ff[3];

	memset(&sd, 0, sizeof(sd));
	sd.send_fd = 0;
	sd.clone_sources_count = 2;
	sd.parent_root = 5;
	sd.flags = 0xff;
	CALLS(BTRFS_IOC_SEND, sd);
	sd.flags = 0;
	sd.clone_sources = (uint64_t *)8;
	CALLS(BTRFS_IOC_SEND, sd);
	memset(ff, 0, sizeof(ff));
	ff[0].compat_ro_flags = 1;
	ff[0].incompat_flags = 0x10;
	ff[1].compat_flags = 0x30;
	ff[1].compat_ro_flags = UINT64_MAX;
	ff[1].incompat_flags = UINT64_MAX;
	calls(BTRFS_IOC_SET_FEATURES, ff, 2 * sizeof(ff[0]));
	calls(BTRFS_IOC_GET_FEATURES, ff, sizeof(ff[0]));
	CALLS(BTRFS_IOC_GET_SUPPORTED_FEATURES, ff);
}

static void inodes(void)
{
	struct btrfs_ioctl_logical_ino_args li;
	struct btrfs_ioctl_ino_path_args ip;
	struct btrfs_ioctl_space_args sp = {2, 3};
	struct btrfs_ioctl_defrag_range_args dr;

	memset(&li, 0, sizeof(li));
	li.logical = 4096;
	li.size = 1024;
	li.flags = 3;
	li.inodes = 0x1000;
	CALLS(BTRFS_IOC_LOGICAL_INO, li);
	li.reserved[1] = 9;
	li.flags = 0;
	CALLS(BTRFS_IOC_LOGICAL_INO, li);
	CALLS(BTRFS_IOC_LOGICAL_INO_V2, li);
	memset(&ip, 0, sizeof(ip));
	ip.inum = 256;
	ip.size = 100;
	CALLS(BTRFS_IOC_INO_PATHS, ip);
	CALLS(BTRFS_IOC_SPACE_INFO, sp);
	memset(&dr, 0, sizeof(dr));
	dr.len = UINT64_MAX;
	dr.flags = 3;
	dr.extent_thresh = 100;
	for (uint32_t c = 0; c < 5; c++) {
		dr.compress_type = c;
		CALLS(BTRFS_IOC_DEFRAG_RANGE, dr);
		dr.flags = 0xfc;
	}
}

static void volumes(void)
{
	static const unsigned long v1[] = {
		BTRFS_IOC_SNAP_CREATE,	 BTRFS_IOC_SNAP_DESTROY,
		BTRFS_IOC_RESIZE,	 BTRFS_IOC_SCAN_DEV,
		BTRFS_IOC_FORGET_DEV,	 BTRFS_IOC_ADD_DEV,
		BTRFS_IOC_RM_DEV,	 BTRFS_IOC_SUBVOL_CREATE,
		BTRFS_IOC_DEVICES_READY,
	};
	struct btrfs_ioctl_vol_args va;
	struct btrfs_ioctl_vol_args_v2 v2;
	struct btrfs_ioctl_received_subvol_args rs;
	uint64_t u;

	memset(&va, 0, sizeof(va));
	va.fd = 0;
	strcpy(va.name, "vol\1\377");
	for (size_t i = 0; i < sizeof(v1) / sizeof(v1[0]); i++)
		CALLS(v1[i], va);
	memset(va.name, 'x', sizeof(va.name));
	CALLS(BTRFS_IOC_SNAP_CREATE, va);
	memset(&v2, 0, sizeof(v2));
	v2.fd = 0;
	v2.flags = 2 | 4;
	v2.size = 16;
	v2.transid = 42;
	strcpy(v2.name, "snap");
	CALLS(BTRFS_IOC_SNAP_CREATE_V2, v2);
	v2.flags = 0xfb;
	CALLS(BTRFS_IOC_SUBVOL_CREATE_V2, v2);
	CALLS(BTRFS_IOC_SNAP_DESTROY_V2, v2);
	CALLS(BTRFS_IOC_RM_DEV_V2, v2);
	for (u = 0; u < 0x100; u = u * 4 + 2) {
		CALLS(BTRFS_IOC_SUBVOL_SETFLAGS, u);
		CALLS(BTRFS_IOC_SUBVOL_GETFLAGS, u);
	}
	CALLS(BTRFS_IOC_DEFAULT_SUBVOL, u);
	CALLS(BTRFS_IOC_WAIT_SYNC, u);
	CALLS(BTRFS_IOC_START_SYNC, u);
	memset(&rs, 0, sizeof(rs));
	rs.uuid[0] = 0xab;
	rs.uuid[15] = 0xcd;
	rs.stransid = 1;
	rs.stime.sec = 1700000000;
	rs.stime.nsec = 5;
	rs.rtransid = 3;
	rs.rtime.sec = 1600000000;
	rs.rtime.nsec = 999999999;
	CALLS(BTRFS_IOC_SET_RECEIVED_SUBVOL, rs);
}

int main(void)
{
	calls_setup();
	balance();
	search();
	devices();
	fs_info();
	quota();
	send_features();
	inodes();
	volumes();
	return 0;
}
