/* Capability sets whose two 32-bit words strace prints apart: each word
 * alone, both, unknown bits in either, version 1's single word.  The
 * header names pid 1, which capset refuses (EPERM), so nothing changes
 * whatever the tracer injects or not. */
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	static const unsigned int words[][2] = {
		{ 0, 0 }, { 1, 0 }, { 0, 1 }, { 5, 0x1ff }, { 0xffffffff, 0 },
		{ 0, 0xffffffff }, { 0x80000000, 0x80000000 }, { 0, 0x200 },
	};
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 1 };

	for (unsigned int i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		unsigned int lo = words[i][0], hi = words[i][1];
		struct __user_cap_data_struct d[2] = { { lo, lo, 0 },
						       { hi, 0, hi } };
		syscall(SYS_capset, &h, d);
	}
	h.version = _LINUX_CAPABILITY_VERSION_1;
	struct __user_cap_data_struct d1[2] = { { 5, 6, 7 }, { 1, 1, 1 } };
	syscall(SYS_capset, &h, d1);
	return 0;
}
