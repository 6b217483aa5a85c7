/* emit/render: the two renderers behind the emitter interface.  The text
 * renderer writes strace's format, the JSON renderer typed JSON values;
 * both append to a strbuf the caller owns and track nesting so that
 * decoders never write separators. */
#ifndef SIFT_RENDER_H
#define SIFT_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "emit/emit.h"
#include "util/strbuf.h"

#define RENDER_MAX_DEPTH 32

struct render {
	struct emitter base;
	struct strbuf *out;
	int depth;
	bool first[RENDER_MAX_DEPTH];
	char kind[RENDER_MAX_DEPTH]; /* 'l' list (args, array), 'o' object */
	bool after_field;            /* a field name wants its value */
	bool after_join;             /* join: next value glued on */
	size_t top_items;            /* values emitted at depth 0 */
	size_t value_start[RENDER_MAX_DEPTH]; /* JSON: last value per depth */
	size_t join_start;           /* JSON: offset where a join began */
	int join_depth;
	bool json;
	const char *closer[RENDER_MAX_DEPTH]; /* JSON: after the next value */
	const char *tail[RENDER_MAX_DEPTH];   /* JSON: before the next item */
	unsigned int unnamed[RENDER_MAX_DEPTH]; /* JSON: keyless struct items */
};

void render_text_init(struct render *r, struct strbuf *out,
		      const struct emit_style *style);
void render_json_init(struct render *r, struct strbuf *out,
		      const struct emit_style *style);
/* Start a new top-level list (a syscall's arguments, a signal's info). */
void render_begin(struct render *r);
/* Close what is still open at the top level (JSON's wrapped named
 * arguments); call before using the buffer. */
void render_finish(struct render *r);
/* Text: the entry part is printed and more arguments follow at exit, so
 * print the separator now, as strace does ("read(3, "). */
void render_sep_now(struct render *r);

/* Split v over a flags table: calls fn for each matching name, returns the
 * bits no entry explains. */
uint64_t render_flags_split(const struct const_table *t, uint64_t v,
			    void (*fn)(void *arg, const char *name), void *arg);

/* strace's quoting of len bytes into out (with the quotes). */
/* A task's name as -Y shows it inside a detail: escaped as a string's
 * body, '<' and '>' too. */
void render_escape_name(struct strbuf *out, const char *name);
void render_quote(struct strbuf *out, const unsigned char *s, size_t len,
		  int xflag);

#endif
