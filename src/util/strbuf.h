/* util/strbuf: a growable byte buffer for building output lines.
 * Allocation failure aborts: sift cannot do anything useful without it. */
#ifndef SIFT_STRBUF_H
#define SIFT_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void sb_init(struct strbuf *sb);
void sb_free(struct strbuf *sb);
static inline void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}
void sb_reserve(struct strbuf *sb, size_t extra);
void sb_putc(struct strbuf *sb, char c);
void sb_put(struct strbuf *sb, const void *p, size_t n);
void sb_puts(struct strbuf *sb, const char *s);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Insert n bytes at offset off. */
void sb_insert(struct strbuf *sb, size_t off, const char *p, size_t n);

#endif
