/* decode/ioctl: the ioctl(2) request families.  ioctl.c names the request
 * and shows the argument of requests no family decodes; each family file
 * (ioctl_term.c, ioctl_fs.c, ioctl_block.c ...) decodes its own codes.
 * A family decoder returns DEC_DONE or DEC_MORE like any decoder, or
 * IOC_GENERIC to leave the argument to ioctl.c. */
#ifndef SIFT_DECODE_IOCTL_H
#define SIFT_DECODE_IOCTL_H

#include <stddef.h>
#include <stdint.h>

#include "decode/common.h"

enum { IOC_GENERIC = -1 };

/* Called at entry with the fd and request already shown, and again at exit
 * when the entry call returned DEC_MORE. */
typedef int (*ioc_family_fn)(struct dctx *ctx, uint32_t code, uint64_t arg);

int ioc_term(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_fs(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_block(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_loop(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_kd(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_seccomp(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_rtc(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_perf(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_evdev(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_hdio(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_ptp(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_gpio(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_scsi(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_ubi(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_misc(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_btrfs(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_dm(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_v4l2(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_kvm(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_gpio2(struct dctx *ctx, uint32_t code, uint64_t arg);
int ioc_kdfont(struct dctx *ctx, uint32_t code, uint64_t arg);

/* The request number's fields. */
static inline uint32_t ioc_dir(uint32_t code)
{
	return code >> 30;
}
static inline uint32_t ioc_type(uint32_t code)
{
	return (code >> 8) & 0xff;
}
static inline uint32_t ioc_nr(uint32_t code)
{
	return code & 0xff;
}
static inline uint32_t ioc_size(uint32_t code)
{
	return (code >> 16) & 0x3fff;
}

/* An output the kernel fills: at entry DEC_MORE; at exit the address when
 * the call failed, else show(ctx, arg). */
int ioc_out(struct dctx *ctx, uint64_t arg,
	    void (*show)(struct dctx *ctx, uint64_t arg));

/* Whether the tracee's longs and pointers are 64-bit: the layouts the
 * struct decoders know (a compat tracee's structs with pointers are left
 * generic). */
bool ioc_native(const struct dctx *ctx);

/* An input shown at entry by show(ctx, arg); IOC_GENERIC at exit. */
int ioc_in(struct dctx *ctx, uint64_t arg,
	   void (*show)(struct dctx *ctx, uint64_t arg));

/* A number of size bytes (2, 4, 8) at addr as [N]; fmt 'd' signed,
 * 'u' unsigned, 'x' hex; the address when it cannot be read. */
void ioc_scalar_at(struct dctx *ctx, uint64_t addr, size_t size, char fmt);

/* A syscall number of audit arch (named for the tracee's personality) and
 * an AUDIT_ARCH_* value, as in a SIGSYS siginfo; they live in signal.c. */
void dec_syscall_nr(struct dctx *ctx, int32_t nr, uint32_t arch);
void dec_audit_arch(struct dctx *ctx, uint32_t arch);

/* Bits named by their numbers in t, as strace shows them: "1<<NAME|..."
 * with shift "1<<", the rest in hex; dflt comments a value with no known
 * bit.  Builds the text: -X verbose shows it as the comment. */
void ioc_bits(struct dctx *ctx, const struct const_table *t, uint64_t v,
	      const char *shift, const char *dflt);

/* A value strace names by a text it builds ("KERNEL_VERSION(5, 15, 0)",
 * "V4L2_CTRL_CLASS_USER+0x999"): the text; v in hex under -X raw, and
 * with the text as a comment under -X verbose. */
void ioc_text_or_hex(struct dctx *ctx, uint64_t v, const char *text);

/* A NUL-terminated name in a fixed array of size bytes: up to the NUL,
 * or size - 1 bytes and "..." when there is none (not -s limited). */
void ioc_cstr(struct dctx *ctx, const char *buf, size_t size);

/* A struct as a table of fields (ioctl_fields.c), ended by a NULL name.
 * How a field shows: */
enum ioc_field_kind {
	IOCF_UDEC,     /* unsigned decimal */
	IOCF_IDEC,     /* signed decimal */
	IOCF_HEX,      /* hex */
	IOCF_HEXD,     /* hex, non-zero with the dflt comment (no names) */
	IOCF_NAMED,    /* decimal with the few names of t */
	IOCF_ENUM,     /* enum of t, unknown in hex with dflt */
	IOCF_FLAGS,    /* flags of t, 0 as 0, unknown with dflt */
	IOCF_DEV,      /* makedev() */
	IOCF_FD,       /* a descriptor number */
	IOCF_PTR,      /* NULL or an address */
	IOCF_CSTR,     /* NUL-terminated name in len bytes */
	IOCF_UUID,     /* 16 bytes as a UUID */
	IOCF_STRUCT,   /* nested struct: sub */
	IOCF_ARRAY,    /* len elements of size bytes, each as sub[0] */
	IOCF_TIME,     /* struct sub of sec, nsec, and the time comment */
	IOCF_SECS,     /* seconds since the epoch, with the time comment */
	IOCF_PERMILLE, /* thousandths, with the percentage as a comment */
	IOCF_MORE,     /* no field: "..." (the rest left out) */
	IOCF_FN,       /* shown by fn */
};

struct ioc_field {
	const char *name;
	uint16_t off;
	uint16_t size; /* 1, 2, 4 or 8 for numbers */
	uint8_t kind;  /* enum ioc_field_kind */
	uint16_t len;  /* IOCF_CSTR */
	const struct const_table *t;
	const char *dflt;
	const struct ioc_field *sub;
	/* IOCF_FN: shows the field at p */
	void (*fn)(struct dctx *ctx, const uint8_t *p);
	/* shown only when true of the whole struct; NULL: always */
	bool (*shown)(const struct dctx *ctx, const void *base);
};

/* A field table entry for member field of type, and the table's end. */
#define IOC_F(type, field, kind_, ...)                                         \
	{                                                                      \
		.name = #field, .off = offsetof(type, field),                  \
		.size = sizeof(((type *)0)->field), .kind = kind_, __VA_ARGS__ \
	}
#define IOC_END                                                                \
	{                                                                      \
		.name = NULL                                                   \
	}

/* size bytes at arg into buf: {in fields} at entry; after a success
 * " => {out fields}" when out is not NULL (a request the kernel
 * completes). */
int ioc_in_then_out(struct dctx *ctx, uint64_t arg, void *buf, size_t size,
		    const struct ioc_field *in, const struct ioc_field *out);

/* The struct at buf as {name=value, ...}. */
void ioc_fields(struct dctx *ctx, const void *buf, const struct ioc_field *f);
/* One field's value (no name) of the struct at buf. */
void ioc_field_value(struct dctx *ctx, const void *buf,
		     const struct ioc_field *f);
/* The same fields without the braces, inside a struct already open. */
void ioc_field_list(struct dctx *ctx, const void *buf,
		    const struct ioc_field *f);
/* size bytes at addr fetched into buf and shown; false (the address
 * shown) when they cannot be read. */
bool ioc_fetch_fields(struct dctx *ctx, uint64_t addr, void *buf, size_t size,
		      const struct ioc_field *f);

#endif
