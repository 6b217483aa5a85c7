/* ioctl2_kvm: the KVM requests with structs (<linux/kvm.h>) on fd -1:
 * the user memory region, vcpu registers and special registers, cpuid
 * tables; flags known and not, NULL, unmapped and partly readable
 * arguments.  No /dev/kvm needed. */
#include <linux/kvm.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ioctl2_calls.h"

int main(void)
{
	struct kvm_userspace_memory_region mr = {
		.slot = 0x10001,
		.flags = KVM_MEM_LOG_DIRTY_PAGES,
		.guest_phys_addr = 0x100000,
		.memory_size = 1 << 20,
		.userspace_addr = 0x7f0000001000ULL,
	};
	struct kvm_regs regs;
	struct kvm_sregs sregs;
	struct {
		struct kvm_cpuid2 c;
		struct kvm_cpuid_entry2 e[3];
	} cpuid;

	calls_setup();
	CALLS(KVM_SET_USER_MEMORY_REGION, mr);
	mr.flags = 7;
	CALLS(KVM_SET_USER_MEMORY_REGION, mr);
	mr.flags = 8;
	CALLS(KVM_SET_USER_MEMORY_REGION, mr);
	memset(&regs, 0, sizeof(regs));
	regs.rax = 1;
	regs.rbx = 2;
	regs.rsp = 0x7ffc0000;
	regs.rip = 0xfff0;
	regs.rflags = 2;
	regs.r15 = UINT64_MAX;
	CALLS(KVM_SET_REGS, regs);
	CALLS(KVM_GET_REGS, regs);
	memset(&sregs, 0, sizeof(sregs));
	sregs.cs.base = 0xffff0000;
	sregs.cs.limit = 0xffff;
	sregs.cs.selector = 0xf000;
	sregs.cs.type = 11;
	sregs.cs.present = 1;
	sregs.cs.s = 1;
	sregs.ds.limit = 0xffff;
	sregs.gdt.base = 0x1000;
	sregs.gdt.limit = 0x27;
	sregs.cr0 = 0x60000010;
	sregs.cr2 = 0x10;
	sregs.cr3 = 0x1000;
	sregs.cr4 = 0x20;
	sregs.cr8 = 3;
	sregs.efer = 0x500;
	sregs.apic_base = 0xfee00900;
	sregs.interrupt_bitmap[2] = 0x10;
	CALLS(KVM_SET_SREGS, sregs);
	CALLS(KVM_GET_SREGS, sregs);
	memset(&cpuid, 0, sizeof(cpuid));
	cpuid.c.nent = 3;
	cpuid.e[0].function = 7;
	cpuid.e[0].flags = 7;
	cpuid.e[1].function = 0x80000001;
	cpuid.e[1].index = 1;
	cpuid.e[1].flags = 9;
	cpuid.e[1].eax = 0xffffffff;
	cpuid.e[2].edx = 0x178bfbff;
	CALLS(KVM_SET_CPUID2, cpuid);
	CALLS(KVM_GET_SUPPORTED_CPUID, cpuid);
	CALLS(KVM_GET_EMULATED_CPUID, cpuid);
	cpuid.c.nent = 0;
	CALLS(KVM_SET_CPUID2, cpuid);
	cpuid.c.nent = 5; /* runs past the mapping */
	CALLS(KVM_SET_CPUID2, cpuid);
	return 0;
}
