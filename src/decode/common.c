/* The decoders' toolkit: see common.h. */
#include "decode/common.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "decode/sockinfo.h"
#include "emit/render.h"
#include "util/strbuf.h"
#include "tmem/tmem.h"

void dec_int(struct dctx *ctx, uint64_t v) { emit_int(ctx->e, (int32_t)v); }
void dec_uint(struct dctx *ctx, uint64_t v) { emit_uint(ctx->e, (uint32_t)v); }
/* a long is the personality's word: i386's -1 arrives as 0xffffffff */
void dec_long(struct dctx *ctx, uint64_t v)
{
	if (arch_pers[ctx->call->pers].word_size == 4)
		v = (uint64_t)(int64_t)(int32_t)v;
	emit_int(ctx->e, (int64_t)v);
}

void dec_ulong(struct dctx *ctx, uint64_t v) { emit_uint(ctx->e, v); }
void dec_hex(struct dctx *ctx, uint64_t v) { emit_hex(ctx->e, v); }
void dec_oct(struct dctx *ctx, uint64_t v) { emit_oct(ctx->e, v); }
void dec_ptr(struct dctx *ctx, uint64_t v) { emit_addr(ctx->e, v); }

void dec_flags(struct dctx *ctx, const struct const_table *t, uint64_t v)
{
	emit_flags(ctx->e, t, v, EMIT_HEX);
}

void dec_enum(struct dctx *ctx, const struct const_table *t, uint64_t v)
{
	emit_enum(ctx->e, t, v, EMIT_HEX);
}

void dec_enum_int(struct dctx *ctx, const struct const_table *t, uint64_t v)
{
	emit_enum(ctx->e, t, (uint64_t)(int64_t)(int32_t)v, EMIT_DEC);
}

int dec_fd_path(pid_t tid, int fd, char *buf, size_t size)
{
	char link[64];
	int err = tmem_fd_path(fd, buf, size);

	/* the eBPF backend captured it with the call */
	if (err != -ENOSYS && err != -ENOENT)
		return err;

	snprintf(link, sizeof(link), "/proc/%d/fd/%d", tid, fd);
	ssize_t n = readlink(link, buf, size - 1);
	if (n < 0)
		return -errno;
	buf[n] = '\0';
	return 0;
}

pid_t dec_pidfd_pid(pid_t tid, int fd)
{
	char name[64], line[128];
	long pid = 0;

	snprintf(name, sizeof(name), "/proc/%d/fdinfo/%d", tid, fd);
	FILE *f = fopen(name, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Pid: %ld", &pid) == 1)
			break;
	fclose(f);
	return pid > 0 ? (pid_t)pid : 0;
}

/* "pid:N", with -Y "pid:N<comm>" as strace (its name escaped like a
 * path's: the detail is printed as it is) */
static void pidfd_detail(struct dec_fd_desc *d, pid_t pid, bool named)
{
	char comm[64];
	int n = snprintf(d->detail, sizeof(d->detail), "pid:%d", pid);

	if (!named || dec_task_comm(pid, comm, sizeof(comm)) != 0)
		return;
	struct strbuf sb;
	sb_init(&sb);
	render_escape_name(&sb, comm);
	snprintf(d->detail + n, sizeof(d->detail) - (size_t)n, "<%s>",
		 sb.buf ? sb.buf : "");
	sb_free(&sb);
}

int dec_fd_info(pid_t tid, int fd, int mask, struct dec_fd_desc *d)
{
	unsigned long inode;
	char link[64];
	struct stat st;

	d->detail[0] = '\0';
	if (fd < 0 || !mask)
		return -EINVAL;
	int err = dec_fd_path(tid, fd, d->path, sizeof(d->path));
	if (err)
		return err;
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", tid, fd);
	/* the eBPF backend captured the inode with the call */
	pid_t cap_pid = 0;
	bool cap = tmem_fd_stat(fd, &st.st_mode, &st.st_rdev, &cap_pid) == 0;
	if ((mask & DEC_FD_DEV) && (cap || stat(link, &st) == 0) &&
	    (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))) {
		snprintf(d->detail, sizeof(d->detail), "<%s %u:%u>",
			 S_ISCHR(st.st_mode) ? "char" : "block",
			 major(st.st_rdev), minor(st.st_rdev));
		return 0;
	}
	if ((mask & DEC_FD_SOCKET) &&
	    sscanf(d->path, "socket:[%lu]", &inode) == 1) {
		if (decode_sock_details(tid, inode, d->detail,
					sizeof(d->detail)) == 0)
			d->path[0] = '\0';
		else
			d->detail[0] = '\0';
		return 0;
	}
	if ((mask & DEC_FD_PIDFD) && !strcmp(d->path, "anon_inode:[pidfd]")) {
		pid_t pid = cap ? cap_pid : dec_pidfd_pid(tid, fd);
		if (pid) {
			pidfd_detail(d, pid, mask & DEC_FD_PIDFD_COMM);
			d->path[0] = '\0';
		}
		return 0;
	}
	return (mask & DEC_FD_PATH) ? 0 : -ENOENT;
}

void dec_emit_fd(struct emitter *e, pid_t tid, int64_t fd, int mask)
{
	struct dec_fd_desc d;

	if (fd < INT32_MIN || fd > INT32_MAX ||
	    dec_fd_info(tid, (int)fd, mask, &d) != 0)
		emit_fd(e, fd, NULL);
	else
		emit_fd_detail(e, fd, d.path, d.detail);
}

void dec_fd(struct dctx *ctx, uint64_t v)
{
	dec_emit_fd(ctx->e, ctx->call->tid, (int)v, ctx->opt->fd_paths);
}

static const struct const_entry atfd_entries[] = {
	{ "AT_FDCWD", (uint64_t)(int64_t)AT_FDCWD, 0 },
};
static const struct const_table ct_atfd = {
	"atfd", CONST_ENUM, atfd_entries, 1,
};

void dec_dirfd(struct dctx *ctx, uint64_t v)
{
	char link[64], path[PATH_MAX];

	if ((int)v != AT_FDCWD) {
		dec_fd(ctx, v);
		return;
	}
	if (!(ctx->opt->fd_paths & DEC_FD_PATH)) {
		emit_enum(ctx->e, &ct_atfd, (uint64_t)(int64_t)(int)v, EMIT_DEC);
		return;
	}
	/* -y shows the working directory AT_FDCWD stands for (the eBPF
	 * backend captured it with the call) */
	snprintf(link, sizeof(link), "/proc/%d/cwd", ctx->call->tid);
	ssize_t n = tmem_fd_path(AT_FDCWD, path, sizeof(path)) == 0 ?
			    (ssize_t)strlen(path) :
			    readlink(link, path, sizeof(path) - 1);
	if (n < 0) {
		emit_enum(ctx->e, &ct_atfd, (uint64_t)(int64_t)(int)v, EMIT_DEC);
		return;
	}
	path[n] = '\0';
	emit_fd(ctx->e, AT_FDCWD, path);
}

static void cstr_limited(struct dctx *ctx, uint64_t addr, size_t max)
{
	if (!addr) {
		emit_addr(ctx->e, 0);
		return;
	}
	char *buf = malloc(max + 1);
	size_t len;
	bool complete;
	if (!buf)
		abort();
	if (tmem_read_cstr(ctx->call->tid, addr, buf, max, &len, &complete)) {
		emit_addr(ctx->e, addr);
	} else {
		emit_str(ctx->e, buf, len, complete ? 0 : EMIT_STR_TRUNCATED);
	}
	free(buf);
}

void dec_path(struct dctx *ctx, uint64_t addr)
{
	/* as strace: a path with no NUL in its first PATH_MAX bytes shows
	 * PATH_MAX - 1 of them and "...", also when the rest is unreadable */
	cstr_limited(ctx, addr, PATH_MAX - 1);
}

void dec_path_n(struct dctx *ctx, uint64_t addr, size_t max)
{
	cstr_limited(ctx, addr, max);
}

void dec_cstr(struct dctx *ctx, uint64_t addr)
{
	cstr_limited(ctx, addr, ctx->opt->strsize);
}

void dec_buf(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	size_t n = len < ctx->opt->strsize ? len : ctx->opt->strsize;
	/* strace reads one byte more than -s shows (even with -s 0): a
	 * buffer whose byte past the shown ones is unreadable shows as
	 * its address */
	size_t want = len < (uint64_t)ctx->opt->strsize + 1 ?
			      len : (size_t)ctx->opt->strsize + 1;

	if (!addr) {
		emit_addr(ctx->e, 0);
		return;
	}
	char *buf = malloc(want ? want : 1);
	if (!buf)
		abort();
	if (tmem_read_data(ctx->call->tid, addr, buf, want))
		emit_addr(ctx->e, addr);
	else
		emit_str(ctx->e, buf, n, len > n ? EMIT_STR_TRUNCATED : 0);
	free(buf);
}

void dec_buf_hex(struct dctx *ctx, uint64_t addr, uint64_t len)
{
	const struct emit_style *saved = ctx->e->style;
	struct emit_style hex = *saved;

	hex.xflag = 2;
	ctx->e->style = &hex;
	dec_buf(ctx, addr, len);
	ctx->e->style = saved;
}

bool dec_fetch(struct dctx *ctx, uint64_t addr, void *buf, size_t size)
{
	if (!addr) {
		emit_addr(ctx->e, 0);
		return false;
	}
	if (tmem_read(ctx->call->tid, addr, buf, size)) {
		emit_addr(ctx->e, addr);
		return false;
	}
	return true;
}

bool dec_fetch_longs(struct dctx *ctx, uint64_t addr, int64_t *out, size_t n)
{
	int32_t narrow[64];

	if (arch_pers[ctx->call->pers].word_size == 8)
		return dec_fetch(ctx, addr, out, n * sizeof(*out));
	if (n > sizeof(narrow) / sizeof(narrow[0]) ||
	    !dec_fetch(ctx, addr, narrow, n * sizeof(*narrow)))
		return false;
	for (size_t i = n; i-- > 0;)
		out[i] = narrow[i];
	return true;
}

void dec_words_of_bytes(const struct dctx *ctx, const void *buf,
			uint64_t *out, size_t n)
{
	const unsigned char *p = buf;

	if (arch_pers[ctx->call->pers].word_size == 8) {
		memcpy(out, p, n * sizeof(*out));
		return;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t w;
		memcpy(&w, p + 4 * i, sizeof(w));
		out[i] = w;
	}
}

int dec_read_words(struct dctx *ctx, uint64_t addr, uint64_t *out, size_t n)
{
	uint32_t narrow[64];
	int r;

	if (arch_pers[ctx->call->pers].word_size == 8)
		return tmem_read(ctx->call->tid, addr, out, n * sizeof(*out));
	if (n > sizeof(narrow) / sizeof(narrow[0]))
		return -EINVAL;
	r = tmem_read(ctx->call->tid, addr, narrow, n * sizeof(*narrow));
	if (!r)
		dec_words_of_bytes(ctx, narrow, out, n);
	return r;
}

bool dec_fetch_words(struct dctx *ctx, uint64_t addr, uint64_t *out, size_t n)
{
	if (!addr) {
		emit_addr(ctx->e, 0);
		return false;
	}
	if (dec_read_words(ctx, addr, out, n)) {
		emit_addr(ctx->e, addr);
		return false;
	}
	return true;
}

void dec_int_at(struct dctx *ctx, uint64_t addr, const struct const_table *t)
{
	int32_t v;

	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	if (t)
		dec_enum_int(ctx, t, (uint64_t)(int64_t)v);
	else
		emit_int(ctx->e, v);
	emit_array_end(ctx->e);
}

void dec_out_int(struct dctx *ctx, uint64_t addr)
{
	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	dec_int_at(ctx, addr, NULL);
}

void dec_by_role(struct dctx *ctx, int role, uint64_t v)
{
	switch (role) {
	case ROLE_FD: dec_fd(ctx, v); break;
	case ROLE_DIRFD: dec_dirfd(ctx, v); break;
	case ROLE_PATH: dec_path(ctx, v); break;
	case ROLE_INT: dec_int(ctx, v); break;
	case ROLE_UINT: dec_uint(ctx, v); break;
	case ROLE_LONG: dec_long(ctx, v); break;
	case ROLE_ULONG: dec_ulong(ctx, v); break;
	case ROLE_OCT: dec_oct(ctx, v); break;
	case ROLE_PTR: dec_ptr(ctx, v); break;
	case ROLE_STR: dec_cstr(ctx, v); break;
	case ROLE_SIG: dec_signo(ctx, v); break;
	case ROLE_PID: dec_pid(ctx, v); break;
	case ROLE_HEX:
	default: dec_hex(ctx, v); break;
	}
}

int dec_generic(struct dctx *ctx)
{
	const struct sc_info *info = ctx->call->info;

	for (int i = 0; i < info->nargs; i++)
		dec_by_role(ctx, info->roles[i], dec_arg(ctx, i));
	return DEC_DONE;
}

int dec_raw(struct dctx *ctx)
{
	const struct sc_info *info = ctx->call->info;
	int n = ctx->call->via_ipc ? ctx->call->ipc_nargs
	      : info		   ? info->nargs
				   : SC_MAX_ARGS;
	bool narrow = arch_pers[ctx->call->pers].arg_size == 4;

	for (int i = 0; i < n; i++) {
		uint64_t v = ctx->call->via_ipc ? ctx->call->ipc_args[i]
						: dec_arg(ctx, i);
		emit_hex(ctx->e, narrow ? (uint32_t)v : v);
	}
	return DEC_DONE;
}

void dec_timespec_val(struct dctx *ctx, int64_t sec, int64_t nsec)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, sec);
	emit_field(ctx->e, "tv_nsec");
	emit_uint(ctx->e, (uint64_t)nsec); /* unsigned, as strace shows it */
	emit_struct_end(ctx->e);
}

int dec_read_time_pairs(struct dctx *ctx, uint64_t addr, int64_t *v,
			size_t pairs)
{
	int32_t narrow[8];
	int r;

	if (arch_pers[ctx->call->pers].arg_size == 8)
		return tmem_read(ctx->call->tid, addr, v, pairs * 2 * sizeof(*v));
	if (pairs > sizeof(narrow) / sizeof(narrow[0]) / 2)
		return -EINVAL;
	r = tmem_read(ctx->call->tid, addr, narrow, pairs * 2 * sizeof(*narrow));
	if (r)
		return r;
	for (size_t i = 0; i < pairs; i++) {
		v[2 * i] = narrow[2 * i];
		v[2 * i + 1] = (uint32_t)narrow[2 * i + 1];
	}
	return 0;
}

bool dec_fetch_time_pairs(struct dctx *ctx, uint64_t addr, int64_t *v,
			  size_t pairs)
{
	if (!addr) {
		emit_addr(ctx->e, 0);
		return false;
	}
	if (dec_read_time_pairs(ctx, addr, v, pairs)) {
		emit_addr(ctx->e, addr);
		return false;
	}
	return true;
}

void dec_timespec(struct dctx *ctx, uint64_t addr)
{
	int64_t ts[2];

	if (dec_fetch_time_pairs(ctx, addr, ts, 1))
		dec_timespec_val(ctx, ts[0], ts[1]);
}

void dec_timeval(struct dctx *ctx, uint64_t addr)
{
	int64_t tv[2];

	if (!dec_fetch_time_pairs(ctx, addr, tv, 1))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "tv_sec");
	emit_int(ctx->e, tv[0]);
	emit_field(ctx->e, "tv_usec");
	emit_uint(ctx->e, (uint64_t)tv[1]);
	emit_struct_end(ctx->e);
}

const char *dec_signame(unsigned int sig, bool short_form, char *buf,
			size_t size)
{
	const char *name = consts_name(&ct_signals, sig);

	if (name)
		return short_form ? name + 3 : name;
	if (sig == 32)
		snprintf(buf, size, "%sRTMIN", short_form ? "" : "SIG");
	else if (sig > 32 && sig <= 64)
		snprintf(buf, size, "%sRT_%u", short_form ? "" : "SIG", sig - 32);
	else
		return NULL;
	return buf;
}

void dec_signo(struct dctx *ctx, uint64_t v)
{
	char buf[16];
	int sig = (int)v;
	const char *name = sig > 0 ? dec_signame((unsigned int)sig, false, buf,
					      sizeof(buf)) : NULL;

	if (!name || ctx->e->style->xlat == 1) {
		emit_int(ctx->e, sig);
		return;
	}
	if (ctx->e->style->xlat == 2) {
		emit_int(ctx->e, sig);
		emit_comment(ctx->e, name);
		return;
	}
	emit_sym(ctx->e, name);
}

void dec_sigset_val(struct dctx *ctx, const uint8_t *set, size_t size)
{
	size_t nsig = size * 8;
	size_t count = 0;
	int xlat = ctx->e->style->xlat;

	for (size_t i = 0; i < nsig; i++)
		count += (set[i / 8] >> (i % 8)) & 1;
	/* a mostly full set reads better as its complement */
	bool invert = count > nsig / 2;
	if (invert)
		emit_prefix(ctx->e, "~");
	emit_array_begin(ctx->e);
	bool first = true;
	for (size_t i = 0; i < nsig; i++) {
		bool bit = (set[i / 8] >> (i % 8)) & 1;
		if (bit == invert)
			continue;
		/* strace separates signals with a space, not a comma */
		if (!first)
			emit_join(ctx->e, " ");
		first = false;
		char buf[16];
		const char *name = dec_signame((unsigned int)i + 1, true, buf,
					   sizeof(buf));
		if (name && xlat == 0) {
			emit_sym(ctx->e, name);
			continue;
		}
		emit_uint(ctx->e, i + 1);
		if (name && xlat == 2)
			emit_comment(ctx->e, name);
	}
	emit_array_end(ctx->e);
}

void dec_sigset(struct dctx *ctx, uint64_t addr, uint64_t size)
{
	uint8_t set[128];

	if (size == 0 || size > sizeof(set)) {
		dec_ptr(ctx, addr);
		return;
	}
	if (dec_fetch(ctx, addr, set, size))
		dec_sigset_val(ctx, set, size);
}
