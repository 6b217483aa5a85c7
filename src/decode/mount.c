/* Decoders for mounting: mount, umount2 and the mount API (fsopen,
 * fsconfig, fsmount, fspick, open_tree, move_mount, mount_setattr with its
 * struct mount_attr), for x86_64 and i386 alike (scalars, strings and
 * fixed-width structs). */
#include <stdio.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "tmem/tmem.h"

/* ---- mount ---- */

#define F_MS_REMOUNT 32u
#define F_MS_BIND 4096u
#define F_MS_MOVE 8192u
#define F_MS_PROPAGATION (0x20000u | 0x40000u | 0x80000u | 0x100000u)
#define F_MS_MGC_MSK 0xffff0000u
#define F_MS_MGC_VAL 0xc0ed0000u

static int dec_mount(struct dctx *ctx)
{
	uint64_t flags = dec_arg(ctx, 3); /* unsigned long */
	uint64_t eff = flags;
	bool ignore_type, ignore_data;

	/* the old magic number in the high half carries no flags */
	if ((eff & F_MS_MGC_MSK) == F_MS_MGC_VAL)
		eff &= ~F_MS_MGC_MSK;
	ignore_type = eff & (F_MS_REMOUNT | F_MS_BIND | F_MS_MOVE |
			     F_MS_PROPAGATION);
	/* bind, move and propagation changes take no options; a remount
	 * (also a bind remount) does */
	ignore_data = !(eff & F_MS_REMOUNT) &&
		      (eff & (F_MS_BIND | F_MS_MOVE | F_MS_PROPAGATION));

	dec_path(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	if (ignore_type)
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		dec_cstr(ctx, dec_arg(ctx, 2));
	if (eff != flags && eff) {
		/* magic and flags are two values: 0xc0ed0000|0x4 under -X raw */
		emit_flags(ctx->e, &ct_f_mount_flags, flags & F_MS_MGC_MSK,
			   EMIT_HEX);
		emit_join(ctx->e, "|");
		fdec_flags_dflt(ctx, &ct_f_mount_flags, eff, "MS_???");
	} else {
		fdec_flags_dflt(ctx, &ct_f_mount_flags, flags, "MS_???");
	}
	if (ignore_data)
		dec_ptr(ctx, dec_arg(ctx, 4));
	else
		dec_cstr(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(mount, dec_mount, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_umount2(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_umount_flags, (uint32_t)dec_arg(ctx, 1),
			"MNT_???");
	return DEC_DONE;
}
DECODER_PERS(umount2, dec_umount2, 1u << PERS_X86_64 | 1u << PERS_I386);

/* ---- the mount API ---- */

static int dec_fsopen(struct dctx *ctx)
{
	dec_cstr(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_fsopen_flags, (uint32_t)dec_arg(ctx, 1),
			"FSOPEN_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(fsopen, dec_fsopen, 1u << PERS_X86_64 | 1u << PERS_I386);

enum {
	FSC_SET_FLAG, FSC_SET_STRING, FSC_SET_BINARY, FSC_SET_PATH,
	FSC_SET_PATH_EMPTY, FSC_SET_FD, FSC_CMD_CREATE, FSC_CMD_RECONFIGURE,
};

static int dec_fsconfig(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 1);
	uint64_t key = dec_arg(ctx, 2), value = dec_arg(ctx, 3);
	int aux = (int)dec_arg(ctx, 4);

	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_f_fsconfig_cmds, cmd, "FSCONFIG_???");
	if (cmd > FSC_SET_FD) {
		dec_ptr(ctx, key);
		dec_ptr(ctx, value);
		dec_int(ctx, (uint64_t)aux);
		return DEC_DONE;
	}
	dec_cstr(ctx, key);
	switch (cmd) {
	case FSC_SET_STRING:
		dec_cstr(ctx, value);
		dec_int(ctx, (uint64_t)aux);
		break;
	case FSC_SET_BINARY:
		if (aux >= 0 && value) {
			uint64_t n = (uint64_t)aux;
			uint64_t shown = n < ctx->opt->strsize ?
						 n : ctx->opt->strsize;
			uint8_t buf[4096];
			if (shown > sizeof(buf))
				shown = sizeof(buf);
			/* even with -s 0 the data must be readable */
			if (tmem_read(ctx->call->tid, value, buf,
				      shown ? shown : (n ? 1 : 0)))
				emit_addr(ctx->e, value);
			else
				emit_str(ctx->e, buf, shown,
					 EMIT_STR_HEX | (n > shown ?
						EMIT_STR_TRUNCATED : 0));
		} else {
			dec_ptr(ctx, value);
		}
		dec_int(ctx, (uint64_t)aux);
		break;
	case FSC_SET_PATH:
	case FSC_SET_PATH_EMPTY:
		dec_path(ctx, value);
		dec_dirfd(ctx, (uint64_t)aux);
		break;
	case FSC_SET_FD:
		dec_ptr(ctx, value);
		dec_fd(ctx, (uint64_t)aux);
		break;
	default:
		dec_ptr(ctx, value);
		dec_int(ctx, (uint64_t)aux);
		break;
	}
	return DEC_DONE;
}
DECODER_PERS(fsconfig, dec_fsconfig, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_fsmount(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_fsmount_flags, (uint32_t)dec_arg(ctx, 1),
			"FSMOUNT_???");
	fdec_flags_dflt(ctx, &ct_f_fsmount_attrs, (uint32_t)dec_arg(ctx, 2),
			"MOUNT_ATTR_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(fsmount, dec_fsmount, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_fspick(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_f_fspick_flags, (uint32_t)dec_arg(ctx, 2),
			"FSPICK_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(fspick, dec_fspick, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_open_tree(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_f_open_tree_flags, (uint32_t)dec_arg(ctx, 2),
			"OPEN_TREE_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(open_tree, dec_open_tree, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_move_mount(struct dctx *ctx)
{
	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	dec_dirfd(ctx, dec_arg(ctx, 2));
	dec_path(ctx, dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_f_move_mount_flags, (uint32_t)dec_arg(ctx, 4),
			"MOVE_MOUNT_???");
	return DEC_DONE;
}
DECODER_PERS(move_mount, dec_move_mount, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mount_setattr(struct dctx *ctx)
{
	struct {
		uint64_t attr_set;
		uint64_t attr_clr;
		uint64_t propagation;
		uint64_t userns_fd;
	} a;
	uint64_t size = dec_arg(ctx, 4);
	struct emitter *e = ctx->e;

	dec_dirfd(ctx, dec_arg(ctx, 0));
	dec_path(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_f_mount_setattr_flags,
			(uint32_t)dec_arg(ctx, 2), "AT_???");
	if (size < sizeof(a)) {
		dec_ptr(ctx, dec_arg(ctx, 3));
	} else if (dec_fetch(ctx, dec_arg(ctx, 3), &a, sizeof(a))) {
		emit_struct_begin(e);
		emit_field(e, "attr_set");
		fdec_flags_dflt(ctx, &ct_f_mount_attrs, a.attr_set,
				"MOUNT_ATTR_???");
		emit_field(e, "attr_clr");
		fdec_flags_dflt(ctx, &ct_f_mount_attrs, a.attr_clr,
				"MOUNT_ATTR_???");
		emit_field(e, "propagation");
		fdec_enum_dflt(ctx, &ct_f_mount_propagation, a.propagation,
			       "MS_???");
		emit_field(e, "userns_fd");
		/* a descriptor (-y shows its path) only where the kernel
		 * takes it as one: with MOUNT_ATTR_IDMAP, as strace shows it */
		if ((a.attr_set & 0x00100000) && a.userns_fd <= INT32_MAX)
			dec_fd(ctx, a.userns_fd);
		else
			emit_uint(e, a.userns_fd);
		if (size > sizeof(a))
			fdec_extra_bytes(ctx, dec_arg(ctx, 3), sizeof(a), size);
		emit_struct_end(e);
	}
	dec_ulong(ctx, size);
	/* strace takes what it returns for a descriptor (-y on 0) */
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(mount_setattr, dec_mount_setattr, 1u << PERS_X86_64 | 1u << PERS_I386);
