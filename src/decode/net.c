/* Decoders for the socket syscalls (socket, bind, connect, accept, send*,
 * recv*, *msg, listen, shutdown), and the helpers of decode/net.h that
 * the time, poll, futex, creds, ipc and misc families share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* ---- shared helpers ---- */

bool ndec_array(struct dctx *ctx, uint64_t addr, uint64_t nmemb, size_t size,
		ndec_elem_fn fn, void *data)
{
	unsigned char elem[256];
	uint64_t max = fdec_array_max(ctx);
	uint64_t i;

	if (!addr) {
		emit_addr(ctx->e, 0);
		return false;
	}
	if (!nmemb) {
		emit_array_begin(ctx->e);
		emit_array_end(ctx->e);
		return false;
	}
	if (size > sizeof(elem) || nmemb > UINT64_MAX / size ||
	    addr + nmemb * size <= addr) {
		emit_addr(ctx->e, addr);
		return false;
	}
	for (i = 0; i < nmemb; i++) {
		uint64_t cur = addr + i * size;
		if (i == max) {
			emit_more(ctx->e);
			break;
		}
		if (tmem_read(ctx->call->tid, cur, elem, size)) {
			char text[32];
			if (i == 0) {
				emit_addr(ctx->e, addr);
				return false;
			}
			emit_more(ctx->e);
			snprintf(text, sizeof(text), "%#llx",
				 (unsigned long long)cur);
			emit_comment(ctx->e, text);
			break;
		}
		if (i == 0)
			emit_array_begin(ctx->e);
		if (!fn(ctx, elem, size, data)) {
			i = nmemb;
			break;
		}
	}
	emit_array_end(ctx->e);
	return i >= nmemb;
}

void ndec_sigset(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	/* strace accepts exactly the kernel's sigset size (8 on x86_64) */
	if (len != 8 || !addr) {
		dec_ptr(ctx, addr);
		return;
	}
	dec_sigset(ctx, addr, len);
}

void ndec_ret_aux(struct dctx *ctx, void (*fn)(struct dctx *ctx))
{
#ifdef SC_CALL_RET_AUX
	ctx->call->ret_aux = fn;
#else
	(void)ctx;
	(void)fn;
#endif
}
