/* ioctl_dm: device-mapper requests (type 0xfd, <linux/dm-ioctl.h>): the
 * struct dm_ioctl header as strace 6.1 shows it at entry, with the fields
 * each command uses, and under -v the payload after it (the new name of
 * DM_DEV_RENAME, the geometry string, the target message, the target
 * specs of DM_TABLE_LOAD); after a success " => " and the header again
 * with what the kernel filled in (names, versions, deps, table status,
 * a target's reply). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <linux/dm-ioctl.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

enum { DM_TYPE = 0xfd };

/* strace reads the header up to its data[] */
#define HDR_SIZE offsetof(struct dm_ioctl, data)
#define CMD(x) (1u << (x))

/* which commands show data_start, the device, event_nr, target_count */
static const uint32_t with_data =
	CMD(DM_LIST_DEVICES_CMD) | CMD(DM_DEV_RENAME_CMD) |
	CMD(DM_DEV_WAIT_CMD) | CMD(DM_TABLE_LOAD_CMD) | CMD(DM_TABLE_DEPS_CMD) |
	CMD(DM_TABLE_STATUS_CMD) | CMD(DM_LIST_VERSIONS_CMD) |
	CMD(DM_TARGET_MSG_CMD) | CMD(DM_DEV_SET_GEOMETRY_CMD);
static const uint32_t without_dev = CMD(DM_REMOVE_ALL_CMD) |
				    CMD(DM_LIST_DEVICES_CMD) |
				    CMD(DM_LIST_VERSIONS_CMD);
static const uint32_t with_event =
	CMD(DM_DEV_REMOVE_CMD) | CMD(DM_DEV_RENAME_CMD) |
	CMD(DM_DEV_SUSPEND_CMD) | CMD(DM_DEV_WAIT_CMD);
/* which show target_count, open_count and event_nr after a success */
static const uint32_t with_counts =
	CMD(DM_DEV_CREATE_CMD) | CMD(DM_DEV_RENAME_CMD) |
	CMD(DM_DEV_SUSPEND_CMD) | CMD(DM_DEV_STATUS_CMD) |
	CMD(DM_DEV_WAIT_CMD) | CMD(DM_TABLE_LOAD_CMD) |
	CMD(DM_TABLE_CLEAR_CMD) | CMD(DM_TABLE_DEPS_CMD) |
	CMD(DM_TABLE_STATUS_CMD) | CMD(DM_TARGET_MSG_CMD);

/* version=[4, 1, 2]; false (with strace's comment) when not ABI 4 */
static bool version(struct dctx *ctx, const struct dm_ioctl *d)
{
	struct emitter *e = ctx->e;

	emit_field(e, "version");
	emit_array_begin(e);
	for (int i = 0; i < 3; i++)
		emit_uint(e, d->version[i]);
	emit_array_end(e);
	if (d->version[0] == DM_VERSION_MAJOR)
		return true;
	emit_comment(e, "unsupported device mapper ABI version");
	return false;
}

/* the header fields; false when the header is not to be trusted */
static bool header(struct dctx *ctx, const struct dm_ioctl *d, uint32_t cmd)
{
	struct emitter *e = ctx->e;

	if (!version(ctx, d))
		return false;
	emit_field(e, "data_size");
	emit_uint(e, d->data_size);
	if (d->data_size < HDR_SIZE) {
		emit_comment(e, "data_size too small");
		return false;
	}
	if (with_data & CMD(cmd)) {
		emit_field(e, "data_start");
		emit_uint(e, d->data_start);
	}
	if (!(without_dev & CMD(cmd))) {
		if (d->dev) {
			emit_field(e, "dev");
			fdec_dev(ctx, d->dev);
		}
		if (d->name[0]) {
			emit_field(e, "name");
			ioc_cstr(ctx, d->name, sizeof(d->name));
		}
		if (d->uuid[0]) {
			emit_field(e, "uuid");
			ioc_cstr(ctx, d->uuid, sizeof(d->uuid));
		}
	}
	if (ctx->exiting && (with_counts & CMD(cmd))) {
		emit_field(e, "target_count");
		emit_uint(e, d->target_count);
		emit_field(e, "open_count");
		emit_uint(e, d->open_count);
		emit_field(e, "event_nr");
		emit_uint(e, d->event_nr);
	}
	if (!ctx->exiting && (with_event & CMD(cmd))) {
		emit_field(e, "event_nr");
		emit_uint(e, d->event_nr);
	}
	if (!ctx->exiting && cmd == DM_TABLE_LOAD_CMD) {
		emit_field(e, "target_count");
		emit_uint(e, d->target_count);
	}
	emit_field(e, "flags");
	if (d->flags)
		fdec_flags_dflt(ctx, &ct_f_ioctl_dm_flags, d->flags, "DM_???");
	else
		emit_uint(e, 0);
	return true;
}

/* size bytes of the payload at offset off, when they are within
 * data_size and readable */
static bool fetch_at(struct dctx *ctx, uint64_t arg, const struct dm_ioctl *d,
		     uint64_t off, void *buf, size_t size)
{
	return off <= d->data_size && d->data_size - off >= size &&
	       !tmem_read(ctx->call->tid, arg + off, buf, size);
}

static void misplaced(struct dctx *ctx, const char *what)
{
	emit_sym(ctx->e, "???");
	emit_comment(ctx->e, what);
}

/* A string of at most len bytes at addr, up to its NUL, -s limited;
 * "..." after it when no NUL is within those bytes. */
static void bounded_str(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	char buf[4097];
	size_t max = ctx->opt->strsize, n;
	bool complete;

	if (max > len)
		max = (size_t)len;
	if (max > sizeof(buf) - 1)
		max = sizeof(buf) - 1;
	if (!max) {
		emit_str(ctx->e, "", 0, len ? EMIT_STR_TRUNCATED : 0);
		return;
	}
	if (tmem_read_cstr(ctx->call->tid, addr, buf, max, &n, &complete)) {
		emit_addr(ctx->e, addr);
		return;
	}
	emit_str(ctx->e, buf, n, complete ? 0 : EMIT_STR_TRUNCATED);
}

static void payload_string(struct dctx *ctx, uint64_t arg,
			   const struct dm_ioctl *d)
{
	if (d->data_start > d->data_size) {
		misplaced(ctx, "misplaced string");
		return;
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "string");
	bounded_str(ctx, arg + d->data_start, d->data_size - d->data_start);
	emit_struct_end(ctx->e);
}

/* DM_TARGET_MSG: {sector, message}; nothing when there is no payload */
static void payload_msg(struct dctx *ctx, uint64_t arg,
			const struct dm_ioctl *d)
{
	struct dm_target_msg m;
	uint64_t at = arg + d->data_start;

	if (d->data_start > d->data_size ||
	    d->data_size - d->data_start < sizeof(m)) {
		misplaced(ctx, "misplaced struct dm_target_msg");
		return;
	}
	if (tmem_read(ctx->call->tid, at, &m, sizeof(m))) {
		emit_addr(ctx->e, at);
		return;
	}
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sector");
	emit_uint(ctx->e, m.sector);
	emit_field(ctx->e, "message");
	bounded_str(ctx, at + sizeof(m),
		    d->data_size - d->data_start - sizeof(m));
	emit_struct_end(ctx->e);
}

/* DM_TABLE_LOAD: target_count specs, each followed by its string, the
 * next one "next" bytes further */
static void payload_targets(struct dctx *ctx, uint64_t arg,
			    const struct dm_ioctl *d)
{
	uint64_t off = d->data_start;
	struct dm_target_spec t;
	struct emitter *e = ctx->e;

	for (uint32_t i = 0; i < d->target_count; i++) {
		if (!fetch_at(ctx, arg, d, off, &t, sizeof(t))) {
			misplaced(ctx, "misplaced struct dm_target_spec");
			return;
		}
		emit_struct_begin(e);
		emit_field(e, "sector_start");
		emit_uint(e, t.sector_start);
		emit_field(e, "length");
		emit_uint(e, t.length);
		if (ctx->exiting) {
			emit_field(e, "status");
			emit_int(e, t.status);
		}
		emit_field(e, "target_type");
		ioc_cstr(ctx, t.target_type, sizeof(t.target_type));
		emit_field(e, "string");
		bounded_str(ctx, arg + off + sizeof(t),
			    d->data_size - off - sizeof(t));
		emit_struct_end(e);
		if (!t.next && i + 1 < d->target_count) {
			misplaced(ctx, "misplaced struct dm_target_spec");
			return;
		}
		off += t.next;
	}
}

/* One element of a chain in the payload: its fixed part (head bytes
 * read into buf) at off, its name right after. */
struct dm_chain {
	size_t head;
	const char *misplaced;
	/* shows the element; returns its next (0: the last) */
	uint32_t (*show)(struct dctx *ctx, const void *buf, uint64_t name,
			 uint64_t name_max);
};

/* the elements from data_start, each "next" bytes after the one before */
static void payload_chain(struct dctx *ctx, uint64_t arg,
			  const struct dm_ioctl *d, const struct dm_chain *c)
{
	uint64_t off = d->data_start;
	uint8_t buf[32];
	uint32_t next;

	do {
		if (!fetch_at(ctx, arg, d, off, buf, c->head)) {
			misplaced(ctx, c->misplaced);
			return;
		}
		emit_struct_begin(ctx->e);
		next = c->show(ctx, buf, arg + off + c->head,
			       d->data_size - off - c->head);
		emit_struct_end(ctx->e);
		off += next;
	} while (next);
}

/* DM_LIST_DEVICES after a success: {dev, name} ... */
static uint32_t show_name(struct dctx *ctx, const void *buf, uint64_t name,
			  uint64_t name_max)
{
	struct dm_name_list n;

	memcpy(&n, buf, offsetof(struct dm_name_list, name));
	emit_field(ctx->e, "dev");
	fdec_dev(ctx, n.dev);
	emit_field(ctx->e, "name");
	bounded_str(ctx, name, name_max);
	return n.next;
}

/* DM_LIST_VERSIONS after a success: {name, version} ... */
static uint32_t show_version(struct dctx *ctx, const void *buf, uint64_t name,
			     uint64_t name_max)
{
	struct dm_target_versions v;

	memcpy(&v, buf, offsetof(struct dm_target_versions, name));
	emit_field(ctx->e, "name");
	bounded_str(ctx, name, name_max);
	emit_field(ctx->e, "version");
	emit_array_begin(ctx->e);
	for (int i = 0; i < 3; i++)
		emit_uint(ctx->e, v.version[i]);
	emit_array_end(ctx->e);
	return v.next;
}

static const struct dm_chain names = {
	.head = offsetof(struct dm_name_list, name),
	.misplaced = "misplaced struct dm_name_list",
	.show = show_name,
};
static const struct dm_chain versions = {
	.head = offsetof(struct dm_target_versions, name),
	.misplaced = "misplaced struct dm_target_versions",
	.show = show_version,
};

/* DM_TABLE_DEPS after a success: {count, deps=[makedev(), ...]} */
static void payload_deps(struct dctx *ctx, uint64_t arg,
			 const struct dm_ioctl *d)
{
	const size_t head = offsetof(struct dm_target_deps, dev);
	uint64_t off = d->data_start, dev;
	struct dm_target_deps t;
	struct emitter *e = ctx->e;

	if (!fetch_at(ctx, arg, d, off, &t, head) ||
	    (d->data_size - off - head) / 8 < t.count) {
		misplaced(ctx, "misplaced struct dm_target_deps");
		return;
	}
	emit_struct_begin(e);
	emit_field(e, "count");
	emit_uint(e, t.count);
	emit_field(e, "deps");
	emit_array_begin(e);
	for (uint32_t i = 0; i < t.count; i++) {
		uint64_t at = off + head + 8ull * i;
		if (at + 8 > d->data_size ||
		    tmem_read(ctx->call->tid, arg + at, &dev, 8)) {
			emit_more(e);
			break;
		}
		fdec_dev(ctx, dev);
	}
	emit_array_end(e);
	emit_struct_end(e);
}

/* what follows the header after a success, under -v */
static void payload_out(struct dctx *ctx, uint64_t arg, uint32_t cmd,
			const struct dm_ioctl *d)
{
	switch (cmd) {
	case DM_LIST_DEVICES_CMD:
		if (d->data_size > d->data_start)
			payload_chain(ctx, arg, d, &names);
		break;
	case DM_LIST_VERSIONS_CMD:
		if (d->data_size > d->data_start)
			payload_chain(ctx, arg, d, &versions);
		break;
	case DM_TABLE_DEPS_CMD:
		if (d->data_size > d->data_start)
			payload_deps(ctx, arg, d);
		break;
	case DM_DEV_WAIT_CMD:
	case DM_TABLE_STATUS_CMD:
		payload_targets(ctx, arg, d);
		break;
	case DM_TARGET_MSG_CMD:
		if (d->flags & DM_DATA_OUT_FLAG)
			payload_string(ctx, arg, d);
		break;
	}
}

/* whether cmd has a payload strace would show (as "..." without -v),
 * at entry and after a success */
static bool has_payload_out(uint32_t cmd, const struct dm_ioctl *d)
{
	switch (cmd) {
	case DM_DEV_WAIT_CMD:
	case DM_TABLE_STATUS_CMD:
		return d->target_count != 0;
	case DM_LIST_DEVICES_CMD:
	case DM_TABLE_DEPS_CMD:
	case DM_LIST_VERSIONS_CMD:
		return d->data_size > d->data_start;
	case DM_TARGET_MSG_CMD:
		return d->flags & DM_DATA_OUT_FLAG;
	}
	return false;
}

static bool has_payload(const struct dctx *ctx, uint32_t cmd,
			const struct dm_ioctl *d)
{
	if (ctx->exiting)
		return has_payload_out(cmd, d);
	switch (cmd) {
	case DM_DEV_RENAME_CMD:
	case DM_DEV_SET_GEOMETRY_CMD:
		return true;
	case DM_TARGET_MSG_CMD:
		return d->data_size != d->data_start;
	case DM_TABLE_LOAD_CMD:
		return d->target_count != 0;
	}
	return false;
}

static void payload(struct dctx *ctx, uint64_t arg, uint32_t cmd,
		    const struct dm_ioctl *d)
{
	if (!ctx->e->style->verbose) {
		emit_more(ctx->e);
		return;
	}
	if (ctx->exiting) {
		payload_out(ctx, arg, cmd, d);
		return;
	}
	if (cmd == DM_TARGET_MSG_CMD)
		payload_msg(ctx, arg, d);
	else if (cmd == DM_TABLE_LOAD_CMD)
		payload_targets(ctx, arg, d);
	else
		payload_string(ctx, arg, d);
}

/* [{header}, payload] */
static void dm_ioctl(struct dctx *ctx, uint64_t arg, uint32_t cmd,
		     const struct dm_ioctl *d)
{
	emit_array_begin(ctx->e);
	emit_struct_begin(ctx->e);
	if (!header(ctx, d, cmd)) {
		emit_struct_end(ctx->e);
		emit_array_end(ctx->e);
		return;
	}
	emit_struct_end(ctx->e);
	if (has_payload(ctx, cmd, d))
		payload(ctx, arg, cmd, d);
	emit_array_end(ctx->e);
}

int ioc_dm(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	uint32_t cmd = ioc_nr(code);
	struct dm_ioctl d;

	if (ioc_size(code) != sizeof(d) || ioc_dir(code) != 3 ||
	    cmd > DM_DEV_ARM_POLL_CMD)
		return IOC_GENERIC;
	if (ctx->exiting && (dec_failed(ctx) || !arg))
		return DEC_DONE;
	if (!arg) {
		emit_uint(ctx->e, 0); /* strace shows no NULL here */
		return DEC_DONE;
	}
	memset(&d, 0, sizeof(d));
	if (tmem_read(ctx->call->tid, arg, &d, HDR_SIZE)) {
		if (!ctx->exiting)
			emit_addr(ctx->e, arg);
	} else {
		if (ctx->exiting)
			emit_join(ctx->e, " => ");
		dm_ioctl(ctx, arg, cmd, &d);
	}
	if (ctx->exiting)
		return DEC_DONE;
	ctx->call->defer_sep = true;
	return DEC_MORE;
}
