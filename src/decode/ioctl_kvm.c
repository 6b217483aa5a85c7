/* ioctl_kvm: the KVM requests whose structs strace 6.1 decodes (type
 * 0xae, <linux/kvm.h>, x86 <asm/kvm.h>): the user memory region, the
 * vcpu registers and special registers (abbreviated unless -v), the cpuid
 * tables.  KVM_CHECK_EXTENSION and KVM_CREATE_VCPU are plain values in
 * ioctl_misc.c. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <linux/kvm.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/ioctl.h"
#include "tmem/tmem.h"

#define F IOC_F
#define END IOC_END

#define MR struct kvm_userspace_memory_region
static const struct ioc_field mem_region[] = {
	F(MR, slot, IOCF_UDEC),
	F(MR, flags, IOCF_FLAGS, .t = &ct_f_ioctl_kvm_mem_flags,
	  .dflt = "KVM_MEM_???"),
	F(MR, guest_phys_addr, IOCF_HEX),
	F(MR, memory_size, IOCF_UDEC),
	F(MR, userspace_addr, IOCF_HEX),
	END,
};
#undef MR

/* without -v strace shows rax, rsp, rbp, rip and rflags, "..." between */
#define RG struct kvm_regs
#define R(r) F(RG, r, IOCF_HEX)
static const struct ioc_field regs[] = {
	R(rax), R(rbx), R(rcx), R(rdx),	   R(rsi), R(rdi), R(rsp),
	R(rbp), R(r8),	R(r9),	R(r10),	   R(r11), R(r12), R(r13),
	R(r14), R(r15), R(rip), R(rflags), END,
};
static const struct ioc_field regs_short[] = {
	R(rax),
	{.name = "", .kind = IOCF_MORE},
	R(rsp),
	R(rbp),
	{.name = "", .kind = IOCF_MORE},
	R(rip),
	R(rflags),
	END,
};
#undef R
#undef RG

#define SG struct kvm_segment
static const struct ioc_field segment[] = {
	F(SG, base, IOCF_HEX),	    F(SG, limit, IOCF_UDEC),
	F(SG, selector, IOCF_UDEC), F(SG, type, IOCF_UDEC),
	F(SG, present, IOCF_UDEC),  F(SG, dpl, IOCF_UDEC),
	F(SG, db, IOCF_UDEC),	    F(SG, s, IOCF_UDEC),
	F(SG, l, IOCF_UDEC),	    F(SG, g, IOCF_UDEC),
	F(SG, avl, IOCF_UDEC),	    END,
};
#undef SG
#define DT struct kvm_dtable
static const struct ioc_field dtable[] = {
	F(DT, base, IOCF_HEX),
	F(DT, limit, IOCF_UDEC),
	END,
};
#undef DT
static const struct ioc_field bitmap_word[] = {
	{.name = "", .size = 8, .kind = IOCF_HEX},
	END,
};
#define SR struct kvm_sregs
#define S(r) F(SR, r, IOCF_STRUCT, .sub = segment)
#define C(r) F(SR, r, IOCF_UDEC)
static const struct ioc_field sregs[] = {
	S(cs),
	S(ds),
	S(es),
	S(fs),
	S(gs),
	S(ss),
	S(tr),
	S(ldt),
	F(SR, gdt, IOCF_STRUCT, .sub = dtable),
	F(SR, idt, IOCF_STRUCT, .sub = dtable),
	C(cr0),
	C(cr2),
	C(cr3),
	C(cr4),
	C(cr8),
	C(efer),
	F(SR, apic_base, IOCF_HEX),
	{.name = "interrupt_bitmap",
	 .off = offsetof(SR, interrupt_bitmap),
	 .kind = IOCF_ARRAY,
	 .len = 4,
	 .size = 8,
	 .sub = bitmap_word},
	END,
};
static const struct ioc_field sregs_short[] = {
	S(cs),
	{.name = "", .kind = IOCF_MORE},
	END,
};
#undef C
#undef S
#undef SR

#define CE struct kvm_cpuid_entry2
static const struct ioc_field cpuid_entry[] = {
	F(CE, function, IOCF_HEX),
	F(CE, index, IOCF_HEX),
	F(CE, flags, IOCF_FLAGS, .t = &ct_f_ioctl_kvm_cpuid_flags,
	  .dflt = "KVM_CPUID_FLAG_???"),
	F(CE, eax, IOCF_HEX),
	F(CE, ebx, IOCF_HEX),
	F(CE, ecx, IOCF_HEX),
	F(CE, edx, IOCF_HEX),
	END,
};
#undef CE

static void show_regs(struct dctx *ctx, uint64_t arg)
{
	struct kvm_regs r;

	ioc_fetch_fields(ctx, arg, &r, sizeof(r),
			 ctx->e->style->verbose ? regs : regs_short);
}

static void show_sregs(struct dctx *ctx, uint64_t arg)
{
	struct kvm_sregs r;

	ioc_fetch_fields(ctx, arg, &r, sizeof(r),
			 ctx->e->style->verbose ? sregs : sregs_short);
}

static void show_region(struct dctx *ctx, uint64_t arg)
{
	struct kvm_userspace_memory_region m;

	ioc_fetch_fields(ctx, arg, &m, sizeof(m), mem_region);
}

/* {nent, entries=[...]}: the entries only with -v */
static void show_cpuid(struct dctx *ctx, uint64_t arg)
{
	struct kvm_cpuid2 c;
	struct kvm_cpuid_entry2 ent;
	struct emitter *e = ctx->e;
	uint64_t at = arg + sizeof(c);

	if (!dec_fetch(ctx, arg, &c, sizeof(c)))
		return;
	emit_struct_begin(e);
	emit_field(e, "nent");
	emit_uint(e, c.nent);
	emit_field(e, "entries");
	if (!e->style->verbose) {
		if (c.nent) {
			emit_array_begin(e);
			emit_more(e);
			emit_array_end(e);
		} else {
			emit_array_begin(e);
			emit_array_end(e);
		}
		emit_struct_end(e);
		return;
	}
	emit_array_begin(e);
	for (uint32_t i = 0; i < c.nent; i++, at += sizeof(ent)) {
		if (tmem_read(ctx->call->tid, at, &ent, sizeof(ent))) {
			fdec_array_fault(ctx, at);
			break;
		}
		ioc_fields(ctx, &ent, cpuid_entry);
	}
	emit_array_end(e);
	emit_struct_end(e);
}

int ioc_kvm(struct dctx *ctx, uint32_t code, uint64_t arg)
{
	switch (code) {
	case KVM_SET_USER_MEMORY_REGION:
		return ioc_in(ctx, arg, show_region);
	case KVM_SET_REGS:
		return ioc_in(ctx, arg, show_regs);
	case KVM_GET_REGS:
		return ioc_out(ctx, arg, show_regs);
	case KVM_SET_SREGS:
		return ioc_in(ctx, arg, show_sregs);
	case KVM_GET_SREGS:
		return ioc_out(ctx, arg, show_sregs);
	case KVM_SET_CPUID2:
		return ioc_in(ctx, arg, show_cpuid);
	case KVM_GET_SUPPORTED_CPUID:
	case KVM_GET_EMULATED_CPUID:
		return ioc_out(ctx, arg, show_cpuid);
	}
	return IOC_GENERIC;
}
