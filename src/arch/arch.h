/* arch: per-personality facts as const data (audit arch, syscall number
 * bias, word size, syscall table, multiplexers).  An x86_64 process may
 * enter the kernel as x86_64, i386 (int 0x80) or x32 (nr | 0x40000000). */
#ifndef SIFT_ARCH_H
#define SIFT_ARCH_H

#include <stdint.h>

#include "syscalls/syscalls.h"

enum personality { PERS_X86_64, PERS_I386, PERS_X32, PERS_COUNT };

struct arch_pers {
	enum personality id;
	const char *name;
	uint32_t audit_arch;   /* AUDIT_ARCH_* seen in seccomp_data.arch */
	uint32_t nr_bias;      /* added to table numbers (x32: 0x40000000) */
	unsigned int word_size; /* bytes in a long / pointer */
	unsigned int arg_size;  /* bytes of a syscall argument register */
	const struct sc_table *table;
	long socketcall_nr;    /* multiplexer numbers, -1 when absent */
	long ipc_nr;
};

extern const struct arch_pers arch_pers[PERS_COUNT];

/* Personality of a syscall given its audit arch and raw number, or -1. */
int arch_personality(uint32_t audit_arch, uint64_t raw_nr);

#endif
