/* A KVM guest of three real-mode instructions (an OUT, then HLT), for
 * -e kvm=vcpu; without /dev/kvm it only fails to open it. */
#include <fcntl.h>
#include <linux/kvm.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

/* mov dx, 0x3f8; mov al, 'A'; out dx, al; hlt */
static const unsigned char guest[] = { 0xba, 0xf8, 0x03, 0xb0, 'A', 0xee,
				       0xf4 };

int main(void)
{
	struct kvm_userspace_memory_region region = {
		.guest_phys_addr = 0x1000, .memory_size = 0x1000,
	};
	struct kvm_sregs sregs;
	struct kvm_regs regs;
	struct kvm_run *run;
	unsigned char *mem;
	int kvm, vm, vcpu, size;

	kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm < 0)
		return 1;
	vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm < 0)
		return 1;
	mem = mmap(NULL, 0x1000, PROT_READ | PROT_WRITE,
		   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED)
		return 1;
	memcpy(mem, guest, sizeof(guest));
	region.userspace_addr = (unsigned long)mem;
	ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region);
	vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (vcpu < 0 || size <= 0)
		return 1;
	run = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED,
		   vcpu, 0);
	if (run == MAP_FAILED)
		return 1;
	ioctl(vcpu, KVM_GET_SREGS, &sregs);
	sregs.cs.base = 0;
	sregs.cs.selector = 0;
	ioctl(vcpu, KVM_SET_SREGS, &sregs);
	memset(&regs, 0, sizeof(regs));
	regs.rip = 0x1000;
	regs.rflags = 2;
	ioctl(vcpu, KVM_SET_REGS, &regs);
	for (int i = 0; i < 4; i++) {
		ioctl(vcpu, KVM_RUN, 0);
		if (run->exit_reason == KVM_EXIT_HLT)
			break;
	}
	return 0;
}
