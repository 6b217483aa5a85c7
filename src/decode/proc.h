/* decode/proc: helpers shared by the process-family decoders (process.c,
 * prctl.c, ptrace.c).  They emit through the emitter like the common
 * toolkit, or build comment text; nothing here fails. */
#ifndef SIFT_DECODE_PROC_H
#define SIFT_DECODE_PROC_H

#include <stddef.h>
#include <stdint.h>

#include "decode/common.h"

/* Names of v over a flags table, '|'-joined with the unknown rest in hex
 * ("0" for none): comment and annotation text, which strace prints in
 * its abbreviated style whatever -X says. */
void proc_flags_text(char *buf, size_t size, const struct const_table *t,
		     uint64_t v);
/* text: shown as a bare word, as the hex value with text in a comment
 * (-X verbose), or as the hex value alone (-X raw). */
void proc_hex_text(struct dctx *ctx, uint64_t v, const char *text);

#endif
