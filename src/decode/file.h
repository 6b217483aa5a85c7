/* decode/file: helpers shared by the file, descriptor, stat and fs
 * decoder families (file.c, desc.c, stat.c, fs.c, ioctl.c).  They emit
 * through the emitter like the common toolkit; the implementations live
 * in file.c. */
#ifndef SIFT_DECODE_FILE_H
#define SIFT_DECODE_FILE_H

#include <stdint.h>

#include "decode/common.h"

/* Whether some entry of t names a part of v, as the renderer would. */
bool fdec_flags_known(const struct const_table *t, uint64_t v);
/* Flags where strace shows "0x10 (X_???)" in a comment when no name applies. */
void fdec_flags_dflt(struct dctx *ctx, const struct const_table *t,
		     uint64_t v, const char *dflt);
/* An enum, unknown values as "0x7" plus an "X_???" comment. */
void fdec_enum_dflt(struct dctx *ctx, const struct const_table *t,
		    uint64_t v, const char *dflt);
/* The same with unknown values in decimal: "9" plus an "X_???" comment. */
void fdec_enum_dflt_dec(struct dctx *ctx, const struct const_table *t,
			uint64_t v, const char *dflt);
/* A umode_t argument (16 bits), in octal. */
void fdec_mode(struct dctx *ctx, uint64_t v);
/* st_mode-like value: S_IFREG|0644. */
void fdec_mode_type(struct dctx *ctx, uint64_t v);
/* makedev(0x8, 0x1) of a kernel dev_t (new encoding). */
void fdec_dev(struct dctx *ctx, uint64_t dev);
void fdec_dev_parts(struct dctx *ctx, uint64_t major, uint64_t minor);
/* The comment "2023-11-14T22:13:20.123456789+0000" after a time. */
void fdec_time_comment(struct dctx *ctx, int64_t sec, uint64_t nsec);
void fdec_time_comment_us(struct dctx *ctx, int64_t sec, uint64_t usec);
/* A loff_t * argument: [123], the address on a fault. */
void fdec_loff_ptr(struct dctx *ctx, uint64_t addr);
/* An iovec array at addr of cnt elements (of the call's word size: two
 * 32-bit words each for i386); with data, each iov_base is
 * shown as a string, all of them together limited to datalen bytes
 * (strace's budget: a readv shows only what was read; UINT64_MAX means
 * no budget). */
void fdec_iov(struct dctx *ctx, uint64_t addr, uint64_t cnt, bool data,
	      uint64_t datalen);
/* The struct bytes from..size at addr past what the decoder knows, when
 * any is non-zero: a "bytes 24..47" comment and the bytes in hex. */
void fdec_extra_bytes(struct dctx *ctx, uint64_t addr, uint64_t from,
		      uint64_t size);
/* The "..." and address comment shown where an array element past the
 * first, at addr, cannot be read. */
void fdec_array_fault(struct dctx *ctx, uint64_t addr);
/* A CPU mask of len bytes at addr: the numbers of the set CPUs, space
 * separated, as strace prints them (sched_*affinity, io_uring). */
void fdec_cpu_mask(struct dctx *ctx, uint64_t addr, uint64_t len);
/* Element count limit for arrays: -s unless -v. */
uint64_t fdec_array_max(const struct dctx *ctx);

#endif
