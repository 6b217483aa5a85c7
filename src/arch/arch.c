#include "arch/arch.h"

#include <linux/audit.h>

#define X32_SYSCALL_BIT 0x40000000u

const struct arch_pers arch_pers[PERS_COUNT] = {
	[PERS_X86_64] = {
		.id = PERS_X86_64,
		.name = "x86_64",
		.audit_arch = AUDIT_ARCH_X86_64,
		.nr_bias = 0,
		.word_size = 8,
		.arg_size = 8,
		.table = &sc_table_x86_64,
		.socketcall_nr = -1,
		.ipc_nr = -1,
	},
	[PERS_I386] = {
		.id = PERS_I386,
		.name = "i386",
		.audit_arch = AUDIT_ARCH_I386,
		.nr_bias = 0,
		.word_size = 4,
		.arg_size = 4,
		.table = &sc_table_i386,
		.socketcall_nr = 102,
		.ipc_nr = 117,
	},
	[PERS_X32] = {
		.id = PERS_X32,
		.name = "x32",
		.audit_arch = AUDIT_ARCH_X86_64,
		.nr_bias = X32_SYSCALL_BIT,
		.word_size = 4,
		.arg_size = 8, /* x32 passes 64-bit registers */
		.table = &sc_table_x32,
		.socketcall_nr = -1,
		.ipc_nr = -1,
	},
};

int arch_personality(uint32_t audit_arch, uint64_t raw_nr)
{
	if (audit_arch == AUDIT_ARCH_I386)
		return PERS_I386;
	if (audit_arch != AUDIT_ARCH_X86_64)
		return -1;
	return (raw_nr & X32_SYSCALL_BIT) ? PERS_X32 : PERS_X86_64;
}
