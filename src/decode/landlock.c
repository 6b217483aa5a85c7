/* Decoders for the Landlock calls: landlock_create_ruleset (struct
 * landlock_ruleset_attr), landlock_add_rule (struct
 * landlock_path_beneath_attr) and landlock_restrict_self. */
#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

#define F_LANDLOCK_CREATE_RULESET_VERSION 0x1u
#define F_LANDLOCK_RULE_PATH_BENEATH 1u

static void access_fs(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_f_landlock_access_fs, v,
			"LANDLOCK_ACCESS_FS_???");
}

/* Only handled_access_fs is shown; a larger struct gets "..." unread. */
static int dec_landlock_create_ruleset(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 0), size = dec_arg(ctx, 1);
	uint32_t flags = (uint32_t)dec_arg(ctx, 2);
	uint64_t fs;

	if (size < sizeof(fs)) {
		dec_ptr(ctx, addr);
	} else if (dec_fetch(ctx, addr, &fs, sizeof(fs))) {
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "handled_access_fs");
		access_fs(ctx, fs);
		if (size > sizeof(fs))
			emit_more(ctx->e);
		emit_struct_end(ctx->e);
	}
	dec_ulong(ctx, size);
	fdec_flags_dflt(ctx, &ct_f_landlock_create_flags, flags,
			"LANDLOCK_CREATE_RULESET_???");
	/* the version query returns a number, not a descriptor */
	if (!(flags & F_LANDLOCK_CREATE_RULESET_VERSION))
		ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(landlock_create_ruleset, dec_landlock_create_ruleset, 1u << PERS_X86_64 | 1u << PERS_I386);

static void path_beneath(struct dctx *ctx, uint64_t addr)
{
	struct {
		uint64_t allowed_access;
		int32_t parent_fd;
	} __attribute__((packed)) pb;

	if (!dec_fetch(ctx, addr, &pb, sizeof(pb)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "allowed_access");
	access_fs(ctx, pb.allowed_access);
	emit_field(ctx->e, "parent_fd");
	/* a plain number when negative: -100 is not AT_FDCWD here */
	if (pb.parent_fd < 0)
		emit_int(ctx->e, pb.parent_fd);
	else
		dec_fd(ctx, (uint64_t)(int64_t)pb.parent_fd);
	emit_struct_end(ctx->e);
}

static int dec_landlock_add_rule(struct dctx *ctx)
{
	uint32_t type = (uint32_t)dec_arg(ctx, 1);

	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_f_landlock_rule_types, type,
		       "LANDLOCK_RULE_???");
	if (type == F_LANDLOCK_RULE_PATH_BENEATH)
		path_beneath(ctx, dec_arg(ctx, 2));
	else
		dec_ptr(ctx, dec_arg(ctx, 2));
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(landlock_add_rule, dec_landlock_add_rule, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_landlock_restrict_self(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_hex(ctx, (uint32_t)dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(landlock_restrict_self, dec_landlock_restrict_self, 1u << PERS_X86_64 | 1u << PERS_I386);
