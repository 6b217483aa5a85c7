/* The JSON renderer: each value typed (numbers, strings, arrays of flag
 * names, objects for structs); see doc/json.md for the schema. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "emit/render.h"

#define R(e) ((struct render *)(e))

static void flush_tail(struct render *r, int d)
{
	if (r->tail[d]) {
		sb_puts(r->out, r->tail[d]);
		r->tail[d] = NULL;
	}
}

/* A new item at the current depth: close the previous one, separate. */
static void begin_item(struct render *r)
{
	int d = r->depth;

	flush_tail(r, d);
	if (!r->first[d])
		sb_putc(r->out, ',');
	r->first[d] = false;
	if (d == 0)
		r->top_items++;
}

/* Called before every value: separator, a key for a struct member the
 * decoder did not name, and the bookkeeping that lets a value be wrapped
 * after the fact (join, prefix). */
static void before_value(struct render *r)
{
	int d = r->depth;

	if (r->after_join) {
		r->after_join = false;
		return;
	}
	if (r->after_field) {
		r->after_field = false;
		r->value_start[r->depth] = r->out->len;
		return;
	}
	begin_item(r);
	if (r->kind[d] == 'o')
		sb_printf(r->out, "\"_%u\":", ++r->unnamed[d]);
	r->value_start[r->depth] = r->out->len;
}

/* A value at the current depth is complete. */
static void after_value(struct render *r)
{
	int d = r->depth;

	if (r->closer[d]) {
		sb_puts(r->out, r->closer[d]);
		r->closer[d] = NULL;
	}
}

static void put_jstr(struct strbuf *out, const unsigned char *s, size_t len)
{
	sb_reserve(out, len + 2);
	sb_putc(out, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		switch (c) {
		case '"': sb_puts(out, "\\\""); continue;
		case '\\': sb_puts(out, "\\\\"); continue;
		case '\n': sb_puts(out, "\\n"); continue;
		case '\t': sb_puts(out, "\\t"); continue;
		case '\r': sb_puts(out, "\\r"); continue;
		default: break;
		}
		/* bytes outside printable ASCII map to U+0000..U+00FF, so the
		 * original bytes can be recovered exactly */
		if (c < 0x20 || c >= 0x7f)
			sb_printf(out, "\\u%04x", c);
		else
			sb_putc(out, (char)c);
	}
	sb_putc(out, '"');
}

static void j_int(struct emitter *e, int64_t v)
{
	before_value(R(e));
	sb_printf(R(e)->out, "%" PRId64, v);
	after_value(R(e));
}

static void j_uint(struct emitter *e, uint64_t v)
{
	before_value(R(e));
	sb_printf(R(e)->out, "%" PRIu64, v);
	after_value(R(e));
}

static void j_hex(struct emitter *e, uint64_t v)
{
	before_value(R(e));
	sb_printf(R(e)->out, "\"%#" PRIx64 "\"", v);
	after_value(R(e));
}

static void j_hex_wide(struct emitter *e, uint64_t v, int width)
{
	(void)width; /* padding is a text layout matter */
	j_hex(e, v);
}

static void j_oct(struct emitter *e, uint64_t v)
{
	before_value(R(e));
	sb_printf(R(e)->out, "\"%#03" PRIo64 "\"", v);
	after_value(R(e));
}

struct jnames {
	struct strbuf *out;
	int n;
};

static void add_jname(void *arg, const char *name)
{
	struct jnames *l = arg;

	if (l->n++)
		sb_putc(l->out, ',');
	put_jstr(l->out, (const unsigned char *)name, strlen(name));
}

static void j_flags(struct emitter *e, const struct const_table *t, uint64_t v,
		    enum emit_base rest_base)
{
	struct render *r = R(e);

	before_value(r);
	if (e->style->xlat == 1) {
		sb_printf(r->out, "%" PRIu64, v);
		after_value(r);
		return;
	}
	struct jnames l = { r->out, 0 };
	sb_putc(r->out, '[');
	uint64_t rest = render_flags_split(t, v, add_jname, &l);
	if (rest || (rest_base == EMIT_OCT && l.n)) {
		if (l.n)
			sb_putc(r->out, ',');
		if (rest_base == EMIT_OCT)
			sb_printf(r->out, "\"%#03" PRIo64 "\"", rest);
		else
			sb_printf(r->out, "\"%#" PRIx64 "\"", rest);
	}
	sb_putc(r->out, ']');
	after_value(r);
}

static void j_enum(struct emitter *e, const struct const_table *t, uint64_t v,
		   enum emit_base unknown)
{
	struct render *r = R(e);
	const char *name = consts_name(t, v);

	before_value(r);
	if (name && e->style->xlat != 1)
		put_jstr(r->out, (const unsigned char *)name, strlen(name));
	else if (unknown == EMIT_DEC)
		sb_printf(r->out, "%" PRId64, (int64_t)v);
	else
		sb_printf(r->out, "%" PRIu64, v);
	after_value(r);
}

static void j_str(struct emitter *e, const void *buf, size_t len,
		  unsigned int flags)
{
	struct render *r = R(e);

	before_value(r);
	if (flags & EMIT_STR_TRUNCATED) {
		sb_puts(r->out, "{\"str\":");
		put_jstr(r->out, buf, len);
		sb_puts(r->out, ",\"truncated\":true}");
	} else {
		put_jstr(r->out, buf, len);
	}
	after_value(r);
}

static void j_addr(struct emitter *e, uint64_t a)
{
	before_value(R(e));
	if (a)
		sb_printf(R(e)->out, "\"%#" PRIx64 "\"", a);
	else
		sb_puts(R(e)->out, "null");
	after_value(R(e));
}

static void j_sym(struct emitter *e, const char *s)
{
	before_value(R(e));
	if (strcmp(s, "NULL") == 0)
		sb_puts(R(e)->out, "null");
	else
		put_jstr(R(e)->out, (const unsigned char *)s, strlen(s));
	after_value(R(e));
}

static void j_fd(struct emitter *e, int64_t fd, const char *path,
		 const char *detail)
{
	struct render *r = R(e);

	before_value(r);
	/* a socket's or pidfd's details stand for its path */
	if (path && !*path && detail && *detail) {
		path = detail;
		detail = NULL;
	}
	if (path) {
		sb_printf(r->out, "{\"fd\":%" PRId64 ",\"path\":", fd);
		put_jstr(r->out, (const unsigned char *)path, strlen(path));
		if (detail && *detail) {
			sb_puts(r->out, ",\"detail\":");
			put_jstr(r->out, (const unsigned char *)detail,
				 strlen(detail));
		}
		sb_putc(r->out, '}');
	} else {
		sb_printf(r->out, "%" PRId64, fd);
	}
	after_value(r);
}

static void open_level(struct render *r, char kind, const char *text)
{
	before_value(r);
	sb_puts(r->out, text);
	if (r->depth + 1 < RENDER_MAX_DEPTH) {
		r->depth++;
		r->first[r->depth] = true;
		r->kind[r->depth] = kind;
		r->closer[r->depth] = NULL;
		r->tail[r->depth] = NULL;
		r->unnamed[r->depth] = 0;
	}
}

static void close_level(struct render *r, const char *text)
{
	if (r->after_field) /* a field left without value */
		sb_puts(r->out, "null");
	r->after_field = false;
	r->after_join = false;
	flush_tail(r, r->depth);
	sb_puts(r->out, text);
	if (r->depth > 0)
		r->depth--;
	after_value(r);
}

static void j_struct_begin(struct emitter *e) { open_level(R(e), 'o', "{"); }
static void j_struct_end(struct emitter *e) { close_level(R(e), "}"); }
static void j_array_begin(struct emitter *e) { open_level(R(e), 'l', "["); }
static void j_array_end(struct emitter *e) { close_level(R(e), "]"); }

static void j_call_begin(struct emitter *e, const char *fn)
{
	struct render *r = R(e);

	before_value(r);
	sb_puts(r->out, "{\"call\":");
	put_jstr(r->out, (const unsigned char *)fn, strlen(fn));
	sb_puts(r->out, ",\"args\":[");
	if (r->depth + 1 < RENDER_MAX_DEPTH) {
		r->depth++;
		r->first[r->depth] = true;
		r->kind[r->depth] = 'l';
		r->closer[r->depth] = NULL;
		r->tail[r->depth] = NULL;
		r->unnamed[r->depth] = 0;
	}
}

static void j_call_end(struct emitter *e) { close_level(R(e), "]}"); }

static void j_field(struct emitter *e, const char *name)
{
	struct render *r = R(e);

	begin_item(r);
	if (r->kind[r->depth] != 'o') {
		/* a named item in a list becomes {"name": value} */
		sb_putc(r->out, '{');
		r->tail[r->depth] = "}";
	}
	put_jstr(r->out, (const unsigned char *)name, strlen(name));
	sb_putc(r->out, ':');
	r->after_field = true;
}

static void j_more(struct emitter *e)
{
	struct render *r = R(e);

	begin_item(r);
	if (r->kind[r->depth] == 'o')
		sb_puts(r->out, "\"...\":true");
	else
		sb_puts(r->out, "\"...\"");
}

static void j_pid(struct emitter *e, int64_t pid, const char *comm,
		  int64_t own)
{
	struct render *r = R(e);

	before_value(r);
	if (!comm && !own) {
		sb_printf(r->out, "%" PRId64, pid);
		after_value(r);
		return;
	}
	sb_printf(r->out, "{\"pid\":%" PRId64, pid);
	if (comm) {
		sb_puts(r->out, ",\"comm\":");
		put_jstr(r->out, (const unsigned char *)comm, strlen(comm));
	}
	if (own)
		sb_printf(r->out, ",\"tracer_ns_pid\":%" PRId64, own);
	sb_putc(r->out, '}');
	after_value(r);
}

static void j_comment(struct emitter *e, const char *text)
{
	/* comments repeat what the typed values already say */
}

static void j_join(struct emitter *e, const char *op)
{
	struct render *r = R(e);

	/* a space joins list items in text ("[HUP INT]"): in JSON they are
	 * plain items */
	if (strcmp(op, " ") == 0 && r->kind[r->depth] == 'l')
		return;
	/* "A|B" becomes ["A","|","B"]: wrap the value just written */
	sb_insert(r->out, r->value_start[r->depth], "[", 1);
	sb_putc(r->out, ',');
	put_jstr(r->out, (const unsigned char *)op, strlen(op));
	sb_putc(r->out, ',');
	r->closer[r->depth] = "]";
	r->after_join = true;
}

static void j_prefix(struct emitter *e, const char *op)
{
	struct render *r = R(e);

	/* "~[HUP]" becomes {"op":"~","value":["HUP"]} */
	before_value(r);
	sb_puts(r->out, "{\"op\":");
	put_jstr(r->out, (const unsigned char *)op, strlen(op));
	sb_puts(r->out, ",\"value\":");
	r->closer[r->depth] = "}";
	r->after_join = true;
}

static const struct emit_ops json_ops = {
	.int_ = j_int,
	.uint_ = j_uint,
	.hex = j_hex,
	.hex_wide = j_hex_wide,
	.oct = j_oct,
	.flags = j_flags,
	.enum_ = j_enum,
	.str = j_str,
	.addr = j_addr,
	.sym = j_sym,
	.fd = j_fd,
	.pid = j_pid,
	.struct_begin = j_struct_begin,
	.struct_end = j_struct_end,
	.array_begin = j_array_begin,
	.array_end = j_array_end,
	.call_begin = j_call_begin,
	.call_end = j_call_end,
	.field = j_field,
	.more = j_more,
	.comment = j_comment,
	.join = j_join,
	.prefix = j_prefix,
};

void render_json_init(struct render *r, struct strbuf *out,
		      const struct emit_style *style)
{
	memset(r, 0, sizeof(*r));
	r->base.ops = &json_ops;
	r->base.style = style;
	r->out = out;
	r->json = true;
	render_begin(r);
}
