/* ioctl_misc: requests of families without a decoder file of their own
 * whose argument is a plain value with names: hdio, sg, perf, mtd, nbd,
 * kvm, btrfs (HDIO_SET_NICE, PERF_EVENT_IOC_ENABLE, NBD_SET_FLAGS ...). */

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"

enum { IO_HDIO_SET_NICE = 0x329, IO_KVM_CREATE_VM = 0xae01,
       IO_KVM_CREATE_VCPU = 0xae41 };

/* How a value argument shows: an enum or flags of t (unknown values in hex
 * with a dflt comment), or unsigned hex / decimal; 32 bits or all 64. */
enum val_kind { VAL_ENUM, VAL_FLAGS, VAL_HEX, VAL_UDEC };

static const struct {
	uint32_t code;
	enum val_kind kind;
	bool wide;
	const struct const_table *t;
	const char *dflt;
} values[] = {
	{0x32d, VAL_ENUM, true, &ct_f_ioctl_hdio_busstate, "BUSSTATE_???"},
	{0x2204, VAL_HEX, false, NULL, NULL}, /* SG_SET_TRANSFORM */
	{0x2400, VAL_FLAGS, false, &ct_f_ioctl_perf_flags, "PERF_IOC_FLAG_???"},
	{0x2401, VAL_FLAGS, false, &ct_f_ioctl_perf_flags, "PERF_IOC_FLAG_???"},
	{0x2403, VAL_FLAGS, false, &ct_f_ioctl_perf_flags, "PERF_IOC_FLAG_???"},
	{0x4d13, VAL_ENUM, true, &ct_f_ioctl_mtd_file_modes,
	 "MTD_FILE_MODE_???"},
	{0xab0a, VAL_FLAGS, false, &ct_f_ioctl_nbd_flags, "NBD_IOC_FLAG_???"},
	{0xae03, VAL_ENUM, true, &ct_f_ioctl_kvm_caps, "KVM_CAP_???"},
	{0xae41, VAL_UDEC, false, NULL, NULL}, /* KVM_CREATE_VCPU */
	{0x40049421, VAL_ENUM, false, &ct_f_ioctl_btrfs_balance_ctl,
	 "BTRFS_BALANCE_CTL_???"},
};

int ioc_misc(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	/* they return the new vm's or vcpu's descriptor (-y shows it) */
	if (code == IO_KVM_CREATE_VM || code == IO_KVM_CREATE_VCPU)
		ctx->call->ret_fmt = RET_FD;
	if (code == IO_HDIO_SET_NICE) {
		ioc_bits(ctx, &ct_f_ioctl_hdio_nice, arg, "1 << ",
			 "IDE_NICE_???");
		return DEC_DONE;
	}
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		uint64_t v = values[i].wide ? arg : (uint32_t)arg;
		if (values[i].code != code)
			continue;
		switch (values[i].kind) {
		case VAL_ENUM:
			fdec_enum_dflt(ctx, values[i].t, v, values[i].dflt);
			break;
		case VAL_FLAGS:
			if (v)
				fdec_flags_dflt(ctx, values[i].t, v,
						values[i].dflt);
			else
				emit_uint(ctx->e, 0);
			break;
		case VAL_HEX:
			emit_hex(ctx->e, v);
			break;
		case VAL_UDEC:
			emit_uint(ctx->e, v);
			break;
		}
		return DEC_DONE;
	}
	return IOC_GENERIC;
}
