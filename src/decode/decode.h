/* decode: the syscall decoders' interface.  A decoder is a function of the
 * call record, the tracee-memory reader and an emitter; it never formats
 * text.  Decoders register themselves with DECODER() (a linker section), so
 * adding one touches only its own family file. */
#ifndef SIFT_DECODE_H
#define SIFT_DECODE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "arch/arch.h"
#include "emit/emit.h"
#include "syscalls/syscalls.h"

/* How the return value is shown. */
enum ret_fmt {
	RET_INT,   /* signed decimal (default) */
	RET_UINT,  /* unsigned decimal */
	RET_HEX,   /* address-like: 0x7f... (mmap, brk) */
	RET_OCT,   /* umask */
	RET_FD,    /* a new descriptor: -y shows its path */
	RET_NONE,  /* never returns: "= ?" (exit, exit_group) */
	/* an int the kernel returns as unsigned (x86_64 modify_ldt):
	 * "4294967274 EINVAL (...)" */
	RET_U32_ERR,
	RET_PID,   /* a process id: -Y shows its name */
};

struct dctx;

/* One syscall, filled at entry and completed at exit. */
struct sc_call {
	pid_t tid;
	enum personality pers;
	long nr;                  /* table number, bias removed */
	const struct sc_info *info; /* NULL for an unknown number */
	uint64_t args[SC_MAX_ARGS];
	int64_t rval;             /* raw return value (valid at exit) */
	bool exited;              /* exit seen */
	bool is_error;            /* rval in [-4095, -1] */
	uint64_t ip;              /* instruction pointer at entry (-i) */
	uint64_t saved[4];        /* decoder state kept from entry to exit */
	enum ret_fmt ret_fmt;
	/* optional " (label A|B)" after the return value (fcntl F_GETFL);
	 * an empty label prints just " (NAME)" (F_GETSIG, personality); an
	 * enum table names one value; ret_symbolic ignores -X as strace
	 * does for F_GETFL */
	const struct const_table *ret_flags;
	const char *ret_label;
	bool ret_symbolic;
	/* Emits strace's " (...)" after a successful return value: poll's
	 * "(Timeout)", select's "(in [3], left {...})", time's date.  Set at
	 * entry or exit; run once the call has returned, with ctx->e being
	 * the annotation's emitter (the same as ctx->ret_note). */
	void (*ret_aux)(struct dctx *ctx);
	bool ret_follow_xlat;     /* a bare " (NAME)" that -X changes */
	/* print no separator at the end of the entry part (clone prints its
	 * own at exit) */
	bool defer_sep;
	uint64_t sp;              /* stack pointer at entry */
	/* i386: an ipc(2) sub-call shown as its own call (decode_demux);
	 * semctl's union and shmat's address are then behind pointers */
	bool via_ipc;
	/* ...and ipc's own arguments after the sub-call number, which
	 * raw= prints, as strace */
	uint64_t ipc_args[SC_MAX_ARGS];
	int ipc_nargs;
	/* a sub-call carried by socketcall or ipc: its -c row (sc_mux_row),
	 * 0 for any other call */
	long mux_row;
	/* the task's last call shown before this one (restart_syscall
	 * names it) */
	const struct sc_info *prev_info;
};

/* Output options decoders honour, beyond the emitter's style. */
struct decode_opts {
	int fd_paths;   /* --decode-fds: DEC_FD_* bits (-y path, -yy all) */
	bool verbose;   /* -v for this syscall (-e verbose=) */
	bool raw;       /* -e raw= for this syscall: no decoding */
	bool abbrev;    /* -e abbrev= for this syscall */
	unsigned int strsize;
	unsigned int pids; /* --decode-pids: DEC_PID_* bits */
};

struct dctx {
	struct sc_call *call;
	struct emitter *e;
	const struct decode_opts *opt;
	bool exiting;   /* false at entry, true at exit */
	/* At exit: what is emitted here follows the return value in
	 * parentheses, e.g. poll's "= 1 ([{fd=3, revents=POLLIN}])" or
	 * "= 0 (Timeout)".  NULL where no annotation can be shown. */
	struct emitter *ret_note;
};

/* A decoder's return at entry: DEC_DONE when every argument has been
 * emitted, DEC_MORE to be called again at exit for the rest. */
enum { DEC_DONE = 0, DEC_MORE = 1 };

typedef int (*decode_fn)(struct dctx *ctx);

struct decoder_reg {
	const char *name;   /* syscall name */
	decode_fn fn;
	unsigned int pers_mask; /* bit per personality it understands */
};

#define DECODER_PERS(sys, func, mask)                                        \
	static const struct decoder_reg decreg_##sys                          \
		__attribute__((used, section("sift_decoders"),                \
			       aligned(sizeof(void *)))) = { #sys, func, mask }
/* Decoders assume the x86_64 layout unless they say otherwise. */
#define DECODER(sys, func) DECODER_PERS(sys, func, 1u << PERS_X86_64)
#define SC_CALL_RET_AUX 1 /* sc_call has ret_aux */
/* For calls whose arguments are scalars and byte buffers only, the same
 * decoder serves every personality. */
#define DECODER_ANY_PERS(sys, func) DECODER_PERS(sys, func, (1u << PERS_COUNT) - 1)

/* Bind registered decoders to the syscall tables (once, at start). */
void decode_init(void);
/* Decoder for a syscall, or NULL (generic by roles or raw). */
decode_fn decode_lookup(enum personality pers, long nr);

/* Run the decoder (or the generic one) for the current phase. */
int decode_call(struct dctx *ctx);
/* List the syscalls shown so far with an argument printed raw for lack of
 * a decoder, one "sift: undecoded PERS NAME" line each
 * (SIFT_LIST_UNDECODED=1); with every_entry, each table entry without a
 * decoder of its own (SIFT_LIST_UNDECODED=all). */
void decode_report_undecoded(FILE *f, bool every_entry);

/* Emit a siginfo_t (the {si_signo=...} of a --- SIG --- line, or a
 * syscall argument).  Lives with the signal decoders. */
struct siginfo_raw;
void decode_siginfo(struct dctx *ctx, const void *siginfo);

#endif
