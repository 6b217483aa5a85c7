/* ioctl_loop: loop device requests (type 'L', <linux/loop.h>): struct
 * loop_info, loop_info64 and loop_config.  Without -v strace shows the
 * encryption fields only when an encryption type is set.  The fd and
 * number arguments are generic classes. */
#include <stdint.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

enum {
	IO_LOOP_SET_STATUS = 0x4c02,
	IO_LOOP_GET_STATUS = 0x4c03,
	IO_LOOP_SET_STATUS64 = 0x4c04,
	IO_LOOP_GET_STATUS64 = 0x4c05,
	IO_LOOP_CONFIGURE = 0x4c0a,
};

#define LO_NAME_SIZE 64
#define LO_KEY_SIZE 32

struct loop_info_old {
	int32_t number;
	uint64_t device, inode, rdevice;
	int32_t offset, encrypt_type;
	uint32_t encrypt_key_size;
	int32_t flags;
	char name[LO_NAME_SIZE];
	uint8_t encrypt_key[LO_KEY_SIZE];
	uint64_t init[2];
	uint8_t reserved[4];
};

struct loop_info64 {
	uint64_t device, inode, rdevice, offset, sizelimit;
	uint32_t number, encrypt_type, encrypt_key_size, flags;
	char file_name[LO_NAME_SIZE], crypt_name[LO_NAME_SIZE];
	uint8_t encrypt_key[LO_KEY_SIZE];
	uint64_t init[2];
};

static void hex_array(struct dctx *ctx, const uint64_t *v, size_t n)
{
	emit_array_begin(ctx->e);
	for (size_t i = 0; i < n; i++)
		emit_hex(ctx->e, v[i]);
	emit_array_end(ctx->e);
}

static void devices(struct dctx *ctx, uint64_t dev, uint64_t ino, uint64_t rdev)
{
	emit_field(ctx->e, "lo_device");
	fdec_dev(ctx, dev);
	emit_field(ctx->e, "lo_inode");
	emit_uint(ctx->e, ino);
	emit_field(ctx->e, "lo_rdevice");
	fdec_dev(ctx, rdev);
}

static void crypt_type(struct dctx *ctx, uint32_t type, uint32_t key_size)
{
	emit_field(ctx->e, "lo_encrypt_type");
	fdec_enum_dflt(ctx, &ct_f_ioctl_loop_crypt, type, "LO_CRYPT_???");
	emit_field(ctx->e, "lo_encrypt_key_size");
	emit_uint(ctx->e, key_size);
}

static void lo_flags(struct dctx *ctx, uint32_t v)
{
	emit_field(ctx->e, "lo_flags");
	if (v)
		fdec_flags_dflt(ctx, &ct_f_ioctl_loop_flags, v, "LO_FLAGS_???");
	else
		emit_uint(ctx->e, 0);
}

/* the key: lo_encrypt_key_size bytes of it, at most the array */
static void key(struct dctx *ctx, const uint8_t *k, uint32_t size)
{
	emit_field(ctx->e, "lo_encrypt_key");
	emit_str(ctx->e, k, size < LO_KEY_SIZE ? size : LO_KEY_SIZE, 0);
}

static void loop_info_old(struct dctx *ctx, uint64_t arg)
{
	struct loop_info_old l;
	struct emitter *e = ctx->e;
	bool v = ctx->opt->verbose;
	bool crypt;

	if (!dec_fetch(ctx, arg, &l, sizeof(l)))
		return;
	crypt = v || l.encrypt_type;
	emit_struct_begin(e);
	emit_field(e, "lo_number");
	emit_int(e, l.number);
	if (v)
		devices(ctx, l.device, l.inode, l.rdevice);
	emit_field(e, "lo_offset");
	emit_hex(e, (uint32_t)l.offset);
	if (crypt)
		crypt_type(ctx, (uint32_t)l.encrypt_type, l.encrypt_key_size);
	lo_flags(ctx, (uint32_t)l.flags);
	emit_field(e, "lo_name");
	ioc_cstr(ctx, l.name, sizeof(l.name));
	if (crypt)
		key(ctx, l.encrypt_key, l.encrypt_key_size);
	if (!v) {
		emit_more(e);
		emit_struct_end(e);
		return;
	}
	emit_field(e, "lo_init");
	hex_array(ctx, l.init, 2);
	emit_field(e, "reserved");
	emit_array_begin(e);
	for (size_t i = 0; i < sizeof(l.reserved); i++)
		emit_hex(e, l.reserved[i]);
	emit_array_end(e);
	emit_struct_end(e);
}

static void loop_info64_val(struct dctx *ctx, const struct loop_info64 *l)
{
	struct emitter *e = ctx->e;
	bool v = ctx->opt->verbose;
	bool crypt = v || l->encrypt_type;

	emit_struct_begin(e);
	if (v)
		devices(ctx, l->device, l->inode, l->rdevice);
	emit_field(e, "lo_offset");
	emit_hex(e, l->offset);
	if (v) {
		emit_field(e, "lo_sizelimit");
		emit_uint(e, l->sizelimit);
	}
	emit_field(e, "lo_number");
	emit_uint(e, l->number);
	if (crypt)
		crypt_type(ctx, l->encrypt_type, l->encrypt_key_size);
	lo_flags(ctx, l->flags);
	emit_field(e, "lo_file_name");
	ioc_cstr(ctx, l->file_name, sizeof(l->file_name));
	if (crypt) {
		emit_field(e, "lo_crypt_name");
		ioc_cstr(ctx, l->crypt_name, sizeof(l->crypt_name));
		key(ctx, l->encrypt_key, l->encrypt_key_size);
	}
	if (v) {
		emit_field(e, "lo_init");
		hex_array(ctx, l->init, 2);
	} else {
		emit_more(e);
	}
	emit_struct_end(e);
}

static void loop_info64(struct dctx *ctx, uint64_t arg)
{
	struct loop_info64 l;

	if (dec_fetch(ctx, arg, &l, sizeof(l)))
		loop_info64_val(ctx, &l);
}

static void loop_config(struct dctx *ctx, uint64_t arg)
{
	struct {
		uint32_t fd, block_size;
		struct loop_info64 info;
		uint64_t reserved[8];
	} c;
	static const uint64_t zero[8];
	struct emitter *e = ctx->e;

	if (!dec_fetch(ctx, arg, &c, sizeof(c)))
		return;
	emit_struct_begin(e);
	emit_field(e, "fd");
	dec_fd(ctx, (uint64_t)(int32_t)c.fd);
	emit_field(e, "block_size");
	emit_uint(e, c.block_size);
	emit_field(e, "info");
	loop_info64_val(ctx, &c.info);
	if (memcmp(c.reserved, zero, sizeof(zero))) {
		emit_field(e, "__reserved");
		hex_array(ctx, c.reserved, 8);
	}
	emit_struct_end(e);
}

int ioc_loop(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case IO_LOOP_GET_STATUS:
		return ioc_out(ctx, arg, loop_info_old);
	case IO_LOOP_SET_STATUS:
		loop_info_old(ctx, arg);
		return DEC_DONE;
	case IO_LOOP_GET_STATUS64:
		return ioc_out(ctx, arg, loop_info64);
	case IO_LOOP_SET_STATUS64:
		loop_info64(ctx, arg);
		return DEC_DONE;
	case IO_LOOP_CONFIGURE:
		loop_config(ctx, arg);
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
