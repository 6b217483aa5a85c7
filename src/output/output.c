#include "output/output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FLUSH_AT (64 * 1024)

static struct output *all_outputs;

const char *out_progname = "sift";

void out_vdiag(const char *fmt, va_list ap)
{
	out_flush_all();
	fprintf(stderr, "%s: ", out_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void out_diag(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	out_vdiag(fmt, ap);
	va_end(ap);
}

bool out_debug_on;

void out_debug(const char *fmt, ...)
{
	va_list ap;

	if (!out_debug_on)
		return;
	va_start(ap, fmt);
	out_vdiag(fmt, ap);
	va_end(ap);
}

int out_open(struct output **out, const char *path, bool append)
{
	struct output *o = calloc(1, sizeof(*o));

	if (!o)
		return -ENOMEM;
	sb_init(&o->buf);
	if (!path || !*path) {
		o->fd = STDERR_FILENO;
	} else if (path[0] == '|' || path[0] == '!') {
		o->pipe = popen(path + 1, "w");
		if (!o->pipe) {
			int err = errno ? -errno : -ENOMEM;
			free(o);
			return err;
		}
		o->fd = fileno(o->pipe);
	} else {
		int flags = O_WRONLY | O_CREAT | O_CLOEXEC |
			    (append ? O_APPEND : O_TRUNC);
		o->fd = open(path, flags, 0666);
		if (o->fd < 0) {
			int err = -errno;
			free(o);
			return err;
		}
	}
	o->next = all_outputs;
	all_outputs = o;
	*out = o;
	return 0;
}

int out_flush(struct output *o)
{
	size_t done = 0;

	while (done < o->buf.len) {
		ssize_t n = write(o->fd, o->buf.buf + done, o->buf.len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			sb_reset(&o->buf);
			return n < 0 ? -errno : -EIO;
		}
		done += (size_t)n;
	}
	sb_reset(&o->buf);
	return 0;
}

void out_write(struct output *o, const char *s, size_t n)
{
	sb_put(&o->buf, s, n);
	for (size_t i = 0; i < n; i++)
		o->col = s[i] == '\n' ? 0 : o->col + 1;
	if (o->buf.len >= FLUSH_AT)
		out_flush(o);
}

void out_puts(struct output *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void out_flush_all(void)
{
	for (struct output *o = all_outputs; o; o = o->next)
		if (o->buf.len)
			out_flush(o);
}

bool out_pending(void)
{
	for (struct output *o = all_outputs; o; o = o->next)
		if (o->buf.len)
			return true;
	return false;
}

void out_close(struct output *o)
{
	struct output **pp;

	if (!o)
		return;
	out_flush(o);
	for (pp = &all_outputs; *pp; pp = &(*pp)->next) {
		if (*pp == o) {
			*pp = o->next;
			break;
		}
	}
	if (o->pipe)
		pclose(o->pipe);
	else if (o->fd != STDERR_FILENO)
		close(o->fd);
	sb_free(&o->buf);
	free(o);
}

void out_close_all(void)
{
	while (all_outputs)
		out_close(all_outputs);
}
