/* compat_i386_res: struct sysinfo of an i386 process (32-bit longs and
 * its own padding); struct rusage is read by word size in process.c. */
#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

#define I386 (1u << PERS_I386)

/* struct sysinfo with 32-bit longs (64 bytes with its padding) */
struct k_sysinfo32 {
	int32_t uptime;
	uint32_t loads[3];
	uint32_t totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	uint16_t procs, pad;
	uint32_t totalhigh, freehigh;
	uint32_t mem_unit;
};

static int dec_sysinfo32(struct dctx *ctx)
{
	static const char *const names[] = { "totalram", "freeram",
		"sharedram", "bufferram", "totalswap", "freeswap" };
	struct k_sysinfo32 si;
	const uint32_t *ram = &si.totalram;

	if (!ctx->exiting)
		return DEC_MORE;
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 0));
		return DEC_DONE;
	}
	if (!dec_fetch(ctx, dec_arg(ctx, 0), &si, sizeof(si)))
		return DEC_DONE;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "uptime");
	emit_uint(ctx->e, (uint32_t)si.uptime); /* unsigned, as strace */
	emit_field(ctx->e, "loads");
	emit_array_begin(ctx->e);
	for (int i = 0; i < 3; i++)
		emit_uint(ctx->e, si.loads[i]);
	emit_array_end(ctx->e);
	for (int i = 0; i < 6; i++) {
		emit_field(ctx->e, names[i]);
		emit_uint(ctx->e, ram[i]);
	}
	emit_field(ctx->e, "procs");
	emit_uint(ctx->e, si.procs);
	emit_field(ctx->e, "totalhigh");
	emit_uint(ctx->e, si.totalhigh);
	emit_field(ctx->e, "freehigh");
	emit_uint(ctx->e, si.freehigh);
	emit_field(ctx->e, "mem_unit");
	emit_uint(ctx->e, si.mem_unit);
	emit_struct_end(ctx->e);
	return DEC_DONE;
}
DECODER_PERS(sysinfo, dec_sysinfo32, I386);
