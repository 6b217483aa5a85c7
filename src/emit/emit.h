/* emit: the typed output interface between decoders and renderers.
 * Decoders describe values (ints, flags, strings, structs ...) through these
 * calls and never format text; the text renderer (strace format) and the
 * JSON renderer implement them.  Separators between items are the
 * renderer's job: a decoder only says what comes next. */
#ifndef SIFT_EMIT_H
#define SIFT_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "consts/consts.h"

enum emit_base { EMIT_DEC, EMIT_HEX, EMIT_OCT };

/* emit_str flags */
#define EMIT_STR_TRUNCATED 0x1 /* more data followed: print "..." after */
#define EMIT_STR_HEX 0x2       /* binary data: every byte as \xNN */

struct emitter;

struct emit_ops {
	/* values */
	void (*int_)(struct emitter *e, int64_t v);
	void (*uint_)(struct emitter *e, uint64_t v);
	void (*hex)(struct emitter *e, uint64_t v);
	/* hex zero-padded to width characters, 0x included (C's %#0*x:
	 * so 0 has no 0x) */
	void (*hex_wide)(struct emitter *e, uint64_t v, int width);
	void (*oct)(struct emitter *e, uint64_t v);
	void (*flags)(struct emitter *e, const struct const_table *t,
		      uint64_t v, enum emit_base rest);
	void (*enum_)(struct emitter *e, const struct const_table *t,
		      uint64_t v, enum emit_base unknown);
	void (*str)(struct emitter *e, const void *buf, size_t len,
		    unsigned int flags);
	void (*addr)(struct emitter *e, uint64_t addr); /* NULL or 0x... */
	void (*sym)(struct emitter *e, const char *name); /* bare word */
	/* detail (may be NULL) follows the path inside the brackets as it
	 * is: "<char 1:5>", or everything for sockets and pidfds */
	void (*fd)(struct emitter *e, int64_t fd, const char *path,
		   const char *detail);
	/* a process id and, with -Y, the name of the task it names (NULL:
	 * none): "1234<comm>" */
	/* comm: the process's name (-Y), or NULL; own: the same process's
	 * pid in sift's pid namespace where the tracee's differs, else 0 */
	void (*pid)(struct emitter *e, int64_t pid, const char *comm,
		    int64_t own);
	/* structure */
	void (*struct_begin)(struct emitter *e);
	void (*struct_end)(struct emitter *e);
	void (*array_begin)(struct emitter *e);
	void (*array_end)(struct emitter *e);
	void (*call_begin)(struct emitter *e, const char *fn); /* makedev( */
	void (*call_end)(struct emitter *e);
	void (*field)(struct emitter *e, const char *name); /* name= */
	void (*more)(struct emitter *e); /* ... (abbreviated) */
	void (*comment)(struct emitter *e, const char *text); /* attached */
	/* a value joined to the previous by an operator, e.g. "|" or " - " */
	void (*join)(struct emitter *e, const char *op);
	/* an operator before the next value, e.g. the "~" of "~[HUP]" */
	void (*prefix)(struct emitter *e, const char *op);
};

/* Output options every renderer honours. */
struct emit_style {
	unsigned int strsize;  /* -s */
	int xflag;             /* 0, 1 (-x: non-printable as \x), 2 (-xx),
				* 3 (--strings-in-hex=non-ascii-chars: each
				* escape in hex, the rest as text) */
	int xlat;              /* 0 abbrev, 1 raw, 2 verbose (-X) */
	bool verbose;          /* -v: decode structures fully */
};

struct emitter {
	const struct emit_ops *ops;
	const struct emit_style *style;
};

static inline void emit_int(struct emitter *e, int64_t v) { e->ops->int_(e, v); }
static inline void emit_uint(struct emitter *e, uint64_t v) { e->ops->uint_(e, v); }
static inline void emit_hex(struct emitter *e, uint64_t v) { e->ops->hex(e, v); }
static inline void emit_hex_wide(struct emitter *e, uint64_t v, int width)
{
	e->ops->hex_wide(e, v, width);
}
static inline void emit_oct(struct emitter *e, uint64_t v) { e->ops->oct(e, v); }
static inline void emit_flags(struct emitter *e, const struct const_table *t,
			      uint64_t v, enum emit_base rest)
{
	e->ops->flags(e, t, v, rest);
}
static inline void emit_enum(struct emitter *e, const struct const_table *t,
			     uint64_t v, enum emit_base unknown)
{
	e->ops->enum_(e, t, v, unknown);
}
static inline void emit_str(struct emitter *e, const void *buf, size_t len,
			    unsigned int flags)
{
	e->ops->str(e, buf, len, flags);
}
static inline void emit_addr(struct emitter *e, uint64_t a) { e->ops->addr(e, a); }
static inline void emit_sym(struct emitter *e, const char *s) { e->ops->sym(e, s); }
static inline void emit_fd(struct emitter *e, int64_t fd, const char *path)
{
	e->ops->fd(e, fd, path, NULL);
}
/* -y details: the path is escaped as a string, the detail is not */
static inline void emit_fd_detail(struct emitter *e, int64_t fd,
				  const char *path, const char *detail)
{
	e->ops->fd(e, fd, path, detail);
}
static inline void emit_pid(struct emitter *e, int64_t pid,
			    const char *comm)
{
	e->ops->pid(e, pid, comm, 0);
}
static inline void emit_pid_ns(struct emitter *e, int64_t pid,
			       const char *comm, int64_t own)
{
	e->ops->pid(e, pid, comm, own);
}
static inline void emit_struct_begin(struct emitter *e) { e->ops->struct_begin(e); }
static inline void emit_struct_end(struct emitter *e) { e->ops->struct_end(e); }
static inline void emit_array_begin(struct emitter *e) { e->ops->array_begin(e); }
static inline void emit_array_end(struct emitter *e) { e->ops->array_end(e); }
static inline void emit_call_begin(struct emitter *e, const char *fn)
{
	e->ops->call_begin(e, fn);
}
static inline void emit_call_end(struct emitter *e) { e->ops->call_end(e); }
static inline void emit_field(struct emitter *e, const char *n) { e->ops->field(e, n); }
static inline void emit_more(struct emitter *e) { e->ops->more(e); }
static inline void emit_comment(struct emitter *e, const char *t) { e->ops->comment(e, t); }
static inline void emit_join(struct emitter *e, const char *op) { e->ops->join(e, op); }
static inline void emit_prefix(struct emitter *e, const char *op) { e->ops->prefix(e, op); }

#endif
