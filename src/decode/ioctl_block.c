/* ioctl_block: stub */
#include "decode/ioctl.h"

int ioc_block(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	(void)ctx; (void)code; (void)arg;
	return IOC_GENERIC;
}
