/* decode/common: the decoders' toolkit.  Small helpers that read tracee
 * memory through tmem and emit typed values: descriptors, paths, strings,
 * buffers, flags, structs fetched or shown as their address on a fault. */
#ifndef SIFT_DECODE_COMMON_H
#define SIFT_DECODE_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <limits.h>
#include <stdint.h>

#include "decode/decode.h"

static inline uint64_t dec_arg(const struct dctx *ctx, int i)
{
	return ctx->call->args[i];
}

/* Scalars, interpreted at the C type the kernel uses for the argument. */
void dec_int(struct dctx *ctx, uint64_t v);   /* (int) v */
void dec_uint(struct dctx *ctx, uint64_t v);  /* (unsigned int) v */
void dec_long(struct dctx *ctx, uint64_t v);  /* (long) v */
void dec_ulong(struct dctx *ctx, uint64_t v); /* (unsigned long) v */
void dec_hex(struct dctx *ctx, uint64_t v);
void dec_oct(struct dctx *ctx, uint64_t v);   /* mode_t: 0644 */
void dec_ptr(struct dctx *ctx, uint64_t v);   /* NULL or 0x... */
void dec_flags(struct dctx *ctx, const struct const_table *t, uint64_t v);
void dec_enum(struct dctx *ctx, const struct const_table *t, uint64_t v);
/* (int)v as an enum; unknown values in decimal */
void dec_enum_int(struct dctx *ctx, const struct const_table *t, uint64_t v);

/* Descriptors: fd (with its path under -y), dirfd (AT_FDCWD). */
void dec_fd(struct dctx *ctx, uint64_t fd);
void dec_dirfd(struct dctx *ctx, uint64_t fd);
/* Path of fd in the tracee (readlink of /proc/TID/fd/N); 0 or -errno. */
int dec_fd_path(pid_t tid, int fd, char *buf, size_t size);
/* What --decode-fds shows for fd, mask being enum sel_decode_fd bits (-y
 * path, -yy all): path is the raw path (the renderer escapes it; empty
 * when the detail replaces it), detail is printed as it is after it:
 * "<char 1:5>" for devices (dev), a socket's protocol and addresses
 * (socket), "pid:N" for a pidfd (pidfd).  0 or -errno (nothing to
 * show).  Both buffers are PATH_MAX bytes. */
enum {
	DEC_FD_PATH = 1, DEC_FD_SOCKET = 2, DEC_FD_DEV = 4, DEC_FD_PIDFD = 8,
	DEC_FD_PIDFD_COMM = 16, /* -Y: "pid:N<comm>" */
};
struct dec_fd_desc {
	char path[PATH_MAX];
	char detail[PATH_MAX];
};
int dec_fd_info(pid_t tid, int fd, int mask, struct dec_fd_desc *d);
/* dec_fd_info and emit_fd_detail, or the bare number */
void dec_emit_fd(struct emitter *e, pid_t tid, int64_t fd, int mask);
/* The pid a pidfd of tid refers to (its fdinfo), 0 if unknown. */
pid_t dec_pidfd_pid(pid_t tid, int fd);

/* Process ids (--decode-pids, mask of DEC_PID_* bits, the values of
 * enum sel_decode_pid): pid as tid's process gave it, with the name of
 * the task it names (comm) and, when tid lives in another pid namespace,
 * its number in sift's (pidns).  A task that is gone shows the number
 * alone. */
enum { DEC_PID_NS = 1, DEC_PID_COMM = 2 };
void dec_emit_pid(struct emitter *e, pid_t tid, int64_t pid,
		  unsigned int mask);
void dec_pid(struct dctx *ctx, uint64_t v); /* (int) v as a pid */
/* a process group id: translated between pid namespaces as a pid, but
 * without -Y's name, as strace */
void dec_pgid(struct dctx *ctx, uint64_t v);
/* [pid] stored at addr (clone's parent_tid), or the address */
void dec_out_pid(struct dctx *ctx, uint64_t addr);
/* The name of task tid (its /proc comm); 0 or -errno. */
int dec_task_comm(pid_t tid, char *buf, size_t size);

/* Strings in tracee memory. */
void dec_path(struct dctx *ctx, uint64_t addr);  /* not -s limited */
void dec_cstr(struct dctx *ctx, uint64_t addr);  /* -s limited */
/* A path of at most max bytes ("..." when no NUL ends it there). */
void dec_path_n(struct dctx *ctx, uint64_t addr, size_t max);
/* len bytes of data at addr, shown as a string (-s limited). */
void dec_buf(struct dctx *ctx, uint64_t addr, uint64_t len);
/* dec_buf with every byte as \xNN, as strace shows random bytes */
void dec_buf_hex(struct dctx *ctx, uint64_t addr, uint64_t len);

/* Fetch a struct of size bytes at addr.  On NULL emits NULL, on a fault
 * emits the address; returns true only when buf holds the data. */
bool dec_fetch(struct dctx *ctx, uint64_t addr, void *buf, size_t size);
/* dec_fetch of a struct made of n longs of the call's personality (4 or
 * 8 bytes each), sign-extended into out. */
bool dec_fetch_longs(struct dctx *ctx, uint64_t addr, int64_t *out, size_t n);

/* pairs of time longs (timespec, timeval: seconds sign-extended, the
 * fraction unsigned) at addr, 32-bit ones where the kernel's long is
 * (i386, the time64 calls being decoded as x86_64): 0 or -errno, nothing
 * emitted; dec_fetch_time_pairs as dec_fetch. */
int dec_read_time_pairs(struct dctx *ctx, uint64_t addr, int64_t *v,
			size_t pairs);
bool dec_fetch_time_pairs(struct dctx *ctx, uint64_t addr, int64_t *v,
			  size_t pairs);
/* n words (longs, pointers, size_t) of the call's personality at addr,
 * zero-extended into out: 0 or -errno, nothing emitted. */
int dec_read_words(struct dctx *ctx, uint64_t addr, uint64_t *out, size_t n);
/* The n words of the call's personality in buf, zero-extended. */
void dec_words_of_bytes(const struct dctx *ctx, const void *buf,
			uint64_t *out, size_t n);
/* dec_fetch of a struct made of n such words. */
bool dec_fetch_words(struct dctx *ctx, uint64_t addr, uint64_t *out, size_t n);

/* An int passed by pointer: [42], or with t its name ([ECONNREFUSED]);
 * the address when the memory cannot be read. */
void dec_int_at(struct dctx *ctx, uint64_t addr, const struct const_table *t);
/* An int the kernel stores at addr, shown as [N] once the call succeeded,
 * as the address when it failed or the memory cannot be read. */
void dec_out_int(struct dctx *ctx, uint64_t addr);

/* One argument by its table role (ROLE_*), or raw. */
void dec_by_role(struct dctx *ctx, int role, uint64_t v);
/* All arguments by role: the decoder for syscalls without one. */
int dec_generic(struct dctx *ctx);
/* All arguments raw, as strace prints undecoded calls. */
int dec_raw(struct dctx *ctx);

/* Common structures shared by several families. */
void dec_timespec(struct dctx *ctx, uint64_t addr);   /* struct timespec * */
void dec_timespec_val(struct dctx *ctx, int64_t sec, int64_t nsec);
void dec_timeval(struct dctx *ctx, uint64_t addr);    /* struct timeval * */
/* sigset of size bytes at addr: [INT TERM] or ~[RTMIN RT_1] */
void dec_sigset(struct dctx *ctx, uint64_t addr, uint64_t size);
void dec_sigset_val(struct dctx *ctx, const uint8_t *set, size_t size);
void dec_signo(struct dctx *ctx, uint64_t sig);       /* SIGTERM or 64 */
/* Name of a signal (SIGHUP, SIGRTMIN, SIGRT_3; without "SIG" when
 * short_form), written into buf when built; NULL when it has none. */
const char *dec_signame(unsigned int sig, bool short_form, char *buf,
			size_t size);

/* The syscall returned an error (only meaningful at exit). */
static inline bool dec_failed(const struct dctx *ctx)
{
	return ctx->call->is_error;
}

#endif
