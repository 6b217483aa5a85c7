/* ioctl_fs: stub */
#include "decode/ioctl.h"

int ioc_fs(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	(void)ctx; (void)code; (void)arg;
	return IOC_GENERIC;
}
