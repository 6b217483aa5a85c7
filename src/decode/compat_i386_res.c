/* compat_i386_res: resource structs of an i386 process, made of 32-bit
 * longs: struct rusage (getrusage) and struct sysinfo. */
#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

#define I386 (1u << PERS_I386)

static void timeval32_field(struct dctx *ctx, const char *name,
			    int32_t sec, int32_t usec)
{
	emit_field(ctx->e, name);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, sec);
	emit_field(ctx->e, "tv_usec");
	emit_int(ctx->e, usec);
	emit_struct_end(ctx->e);
}

/* struct rusage: the two times, the counters only with -v */
static void rusage32(struct dctx *ctx, uint64_t addr)
{
	static const char *const names[] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
		"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
		"ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw",
		"ru_nivcsw",
	};
	int32_t ru[4 + 14];

	if (!dec_fetch(ctx, addr, ru, sizeof(ru)))
		return;
	emit_struct_begin(ctx->e);
	timeval32_field(ctx, "ru_utime", ru[0], ru[1]);
	timeval32_field(ctx, "ru_stime", ru[2], ru[3]);
	if (!ctx->opt->verbose) {
		emit_more(ctx->e);
	} else {
		for (size_t i = 0; i < 14; i++) {
			emit_field(ctx->e, names[i]);
			emit_int(ctx->e, ru[4 + i]);
		}
	}
	emit_struct_end(ctx->e);
}

static int dec_getrusage32(struct dctx *ctx)
{
	if (!ctx->exiting) {
		fdec_enum_dflt(ctx, &ct_p_rusage_who,
			       (uint32_t)dec_arg(ctx, 0), "RUSAGE_???");
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		rusage32(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(getrusage, dec_getrusage32, I386);

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
	emit_int(ctx->e, si.uptime);
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
