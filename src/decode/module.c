/* Kernel modules: init_module, finit_module, delete_module. */
#include "decode/common.h"
#include "decode/file.h"
#include "consts/consts.h"

static int dec_init_module(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	dec_cstr(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(init_module, dec_init_module, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_finit_module(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_p_module_init_flags, (uint32_t)dec_arg(ctx, 2),
			"MODULE_INIT_???");
	return DEC_DONE;
}
DECODER_PERS(finit_module, dec_finit_module, 1u << PERS_X86_64 | 1u << PERS_I386);

/* the flags are an int: high bits of the register are not shown */
static int dec_delete_module(struct dctx *ctx)
{
	dec_cstr(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_p_delete_module_flags,
			(uint32_t)dec_arg(ctx, 1), "O_???");
	return DEC_DONE;
}
DECODER_PERS(delete_module, dec_delete_module, 1u << PERS_X86_64 | 1u << PERS_I386);
