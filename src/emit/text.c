/* The text renderer: strace's output format. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "emit/render.h"

#define R(e) ((struct render *)(e))

static void before_value(struct render *r)
{
	if (r->after_join) {
		r->after_join = false;
		return;
	}
	if (r->after_field) {
		r->after_field = false;
		return;
	}
	if (!r->first[r->depth])
		sb_puts(r->out, ", ");
	r->first[r->depth] = false;
	if (r->depth == 0)
		r->top_items++;
}

static void put_num(struct strbuf *out, uint64_t v, enum emit_base base)
{
	switch (base) {
	case EMIT_DEC:
		sb_printf(out, "%" PRIu64, v);
		break;
	case EMIT_OCT:
		sb_printf(out, "%#03" PRIo64, v);
		break;
	case EMIT_HEX:
		if (v)
			sb_printf(out, "%#" PRIx64, v);
		else
			sb_putc(out, '0');
		break;
	}
}

static void t_int(struct emitter *e, int64_t v)
{
	before_value(R(e));
	sb_printf(R(e)->out, "%" PRId64, v);
}

static void t_uint(struct emitter *e, uint64_t v)
{
	before_value(R(e));
	sb_printf(R(e)->out, "%" PRIu64, v);
}

static void t_hex(struct emitter *e, uint64_t v)
{
	before_value(R(e));
	put_num(R(e)->out, v, EMIT_HEX);
}

static void t_hex_wide(struct emitter *e, uint64_t v, int width)
{
	before_value(R(e));
	sb_printf(R(e)->out, "%#0*" PRIx64, width, v);
}

static void t_oct(struct emitter *e, uint64_t v)
{
	before_value(R(e));
	put_num(R(e)->out, v, EMIT_OCT);
}

struct name_list {
	struct strbuf *out;
	int n;
};

static void add_name(void *arg, const char *name)
{
	struct name_list *l = arg;

	if (l->n++)
		sb_putc(l->out, '|');
	sb_puts(l->out, name);
}

/* names joined by '|' then the unexplained rest */
static void put_flags(struct strbuf *out, const struct const_table *t,
		      uint64_t v, enum emit_base rest_base)
{
	struct name_list l = { out, 0 };
	uint64_t rest = render_flags_split(t, v, add_name, &l);

	if (rest_base == EMIT_OCT) {
		if (l.n)
			sb_putc(out, '|');
		put_num(out, rest, EMIT_OCT);
		return;
	}
	if (rest || l.n == 0) {
		if (l.n)
			sb_putc(out, '|');
		put_num(out, rest, rest_base);
	}
}

static void t_flags(struct emitter *e, const struct const_table *t, uint64_t v,
		    enum emit_base rest)
{
	struct render *r = R(e);
	int xlat = e->style->xlat;

	before_value(r);
	if (xlat == 0) {
		put_flags(r->out, t, v, rest);
		return;
	}
	put_num(r->out, v, rest == EMIT_DEC ? EMIT_HEX : rest);
	if (xlat == 2) {
		struct strbuf names;
		struct name_list l = { &names, 0 };
		sb_init(&names);
		render_flags_split(t, v, add_name, &l);
		if (l.n) {
			sb_puts(r->out, " /* ");
			put_flags(r->out, t, v, rest);
			sb_puts(r->out, " */");
		}
		sb_free(&names);
	}
}

static void put_signed_or_base(struct strbuf *out, uint64_t v,
			       enum emit_base base)
{
	if (base == EMIT_DEC)
		sb_printf(out, "%" PRId64, (int64_t)v);
	else
		put_num(out, v, base);
}

static void t_enum(struct emitter *e, const struct const_table *t, uint64_t v,
		   enum emit_base unknown)
{
	struct render *r = R(e);
	const char *name = consts_name(t, v);
	int xlat = e->style->xlat;

	before_value(r);
	if (name && xlat == 0) {
		sb_puts(r->out, name);
		return;
	}
	put_signed_or_base(r->out, v, unknown);
	if (name && xlat == 2)
		sb_printf(r->out, " /* %s */", name);
}

static int is_odigit(unsigned char c)
{
	return c >= '0' && c <= '7';
}

/* -x shows a string in hex as soon as one byte is not text */
static bool all_printable(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if ((c < 0x20 || c >= 0x7f) && (c == 0 || !strchr("\f\n\r\t\v", c)))
			return false;
	}
	return true;
}

/* The escaped bytes of a string; also escapes the bytes in extra in
 * octal (-y paths escape their own '<' and '>' brackets). */
static void quote_body(struct strbuf *out, const unsigned char *s, size_t len,
		       int xflag, const char *extra)
{
	sb_reserve(out, len * 4 + 2);
	if (xflag == 1 && !all_printable(s, len))
		xflag = 2;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (xflag == 2) {
			sb_printf(out, "\\x%02x", c);
			continue;
		}
		switch (c) {
		case '"': sb_puts(out, "\\\""); continue;
		case '\\': sb_puts(out, "\\\\"); continue;
		case '\f': sb_puts(out, "\\f"); continue;
		case '\n': sb_puts(out, "\\n"); continue;
		case '\r': sb_puts(out, "\\r"); continue;
		case '\t': sb_puts(out, "\\t"); continue;
		case '\v': sb_puts(out, "\\v"); continue;
		default: break;
		}
		if (c >= 0x20 && c < 0x7f && !(c && extra && strchr(extra, c))) {
			sb_putc(out, (char)c);
			continue;
		}
		if (xflag) {
			sb_printf(out, "\\x%02x", c);
			continue;
		}
		/* shortest octal escape unless a digit follows */
		if (i + 1 < len && is_odigit(s[i + 1]))
			sb_printf(out, "\\%03o", c);
		else
			sb_printf(out, "\\%o", c);
	}
}

void render_escape_name(struct strbuf *out, const char *name)
{
	quote_body(out, (const unsigned char *)name, strlen(name), 0, "<>");
}

void render_quote(struct strbuf *out, const unsigned char *s, size_t len,
		  int xflag)
{
	sb_putc(out, '"');
	quote_body(out, s, len, xflag, NULL);
	sb_putc(out, '"');
}

static void t_str(struct emitter *e, const void *buf, size_t len,
		  unsigned int flags)
{
	struct render *r = R(e);

	before_value(r);
	render_quote(r->out, buf, len,
		     (flags & EMIT_STR_HEX) ? 2 : e->style->xflag);
	if (flags & EMIT_STR_TRUNCATED)
		sb_puts(r->out, "...");
}

static void t_addr(struct emitter *e, uint64_t a)
{
	before_value(R(e));
	if (a)
		sb_printf(R(e)->out, "%#" PRIx64, a);
	else
		sb_puts(R(e)->out, "NULL");
}

static void t_sym(struct emitter *e, const char *s)
{
	before_value(R(e));
	sb_puts(R(e)->out, s);
}

static void t_fd(struct emitter *e, int64_t fd, const char *path,
		 const char *detail)
{
	struct render *r = R(e);

	before_value(r);
	/* a path with -100 is the working directory of an AT_FDCWD */
	if (fd == -100 && path && e->style->xlat == 0)
		sb_puts(r->out, "AT_FDCWD");
	else if (fd == -100 && path && e->style->xlat == 2)
		sb_puts(r->out, "-100 /* AT_FDCWD */");
	else
		sb_printf(r->out, "%" PRId64, fd);
	if (!path)
		return;
	/* strace puts the kernel's " (deleted)" mark after the brackets */
	size_t n = strlen(path);
	const char *mark = " (deleted)";
	size_t m = strlen(mark);
	bool deleted = n > m && strcmp(path + n - m, mark) == 0;
	/* the path is escaped like a string (a newline in a file name must
	 * not split the line), its own brackets too */
	sb_putc(r->out, '<');
	quote_body(r->out, (const unsigned char *)path, deleted ? n - m : n,
		   e->style->xflag, "<>");
	if (detail)
		sb_puts(r->out, detail);
	sb_putc(r->out, '>');
	if (deleted)
		sb_puts(r->out, "(deleted)");
}

static void open_level(struct render *r, char kind, const char *text)
{
	before_value(r);
	sb_puts(r->out, text);
	if (r->depth + 1 < RENDER_MAX_DEPTH) {
		r->depth++;
		r->first[r->depth] = true;
		r->kind[r->depth] = kind;
	}
}

static void close_level(struct render *r, char c)
{
	if (r->depth > 0)
		r->depth--;
	r->after_field = false;
	r->after_join = false;
	sb_putc(r->out, c);
}

static void t_struct_begin(struct emitter *e) { open_level(R(e), 'o', "{"); }
static void t_struct_end(struct emitter *e) { close_level(R(e), '}'); }
static void t_array_begin(struct emitter *e) { open_level(R(e), 'l', "["); }
static void t_array_end(struct emitter *e) { close_level(R(e), ']'); }

static void t_call_begin(struct emitter *e, const char *fn)
{
	struct render *r = R(e);

	before_value(r);
	sb_printf(r->out, "%s(", fn);
	if (r->depth + 1 < RENDER_MAX_DEPTH) {
		r->depth++;
		r->first[r->depth] = true;
		r->kind[r->depth] = 'l';
	}
}

static void t_call_end(struct emitter *e) { close_level(R(e), ')'); }

static void t_field(struct emitter *e, const char *name)
{
	struct render *r = R(e);

	before_value(r);
	sb_printf(r->out, "%s=", name);
	r->after_field = true;
}

static void t_pid(struct emitter *e, int64_t pid, const char *comm,
		  int64_t own)
{
	struct render *r = R(e);

	before_value(r);
	sb_printf(r->out, "%" PRId64, pid);
	if (comm) {
		sb_putc(r->out, '<');
		quote_body(r->out, (const unsigned char *)comm, strlen(comm),
			   e->style->xflag, "<>");
		sb_putc(r->out, '>');
	}
	/* strace's words, which scripts look for */
	if (own)
		sb_printf(r->out, " /* %" PRId64 " in strace's PID NS */", own);
}

static void t_more(struct emitter *e)
{
	before_value(R(e));
	sb_puts(R(e)->out, "...");
}

static void t_comment(struct emitter *e, const char *text)
{
	sb_printf(R(e)->out, " /* %s */", text);
}

static void t_join(struct emitter *e, const char *op)
{
	sb_puts(R(e)->out, op);
	R(e)->after_join = true;
}

static void t_prefix(struct emitter *e, const char *op)
{
	before_value(R(e));
	sb_puts(R(e)->out, op);
	R(e)->after_join = true;
}

const struct emit_ops render_text_ops = {
	.int_ = t_int,
	.uint_ = t_uint,
	.hex = t_hex,
	.hex_wide = t_hex_wide,
	.oct = t_oct,
	.flags = t_flags,
	.enum_ = t_enum,
	.str = t_str,
	.addr = t_addr,
	.sym = t_sym,
	.fd = t_fd,
	.pid = t_pid,
	.struct_begin = t_struct_begin,
	.struct_end = t_struct_end,
	.array_begin = t_array_begin,
	.array_end = t_array_end,
	.call_begin = t_call_begin,
	.call_end = t_call_end,
	.field = t_field,
	.more = t_more,
	.comment = t_comment,
	.join = t_join,
	.prefix = t_prefix,
};

void render_text_init(struct render *r, struct strbuf *out,
		      const struct emit_style *style)
{
	memset(r, 0, sizeof(*r));
	r->base.ops = &render_text_ops;
	r->base.style = style;
	r->out = out;
	render_begin(r);
}
