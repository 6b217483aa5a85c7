#include "trace/dump.h"

#include <string.h>

#include "tmem/tmem.h"

enum dir { DIR_READ, DIR_WRITE };
enum shape { FLAT, IOV, MSG, MMSG };
enum len_from { LEN_RET, LEN_ARG2 };

/* Calls whose data can be dumped, x86_64 names: descriptor in args[0]. */
static const struct {
	const char *name;
	enum dir dir;
	enum shape shape;
	enum len_from len;
} io_calls[] = {
	{ "read", DIR_READ, FLAT, LEN_RET },
	{ "pread64", DIR_READ, FLAT, LEN_RET },
	{ "recvfrom", DIR_READ, FLAT, LEN_RET },
	{ "readv", DIR_READ, IOV, LEN_RET },
	{ "preadv", DIR_READ, IOV, LEN_RET },
	{ "preadv2", DIR_READ, IOV, LEN_RET },
	{ "recvmsg", DIR_READ, MSG, LEN_RET },
	{ "recvmmsg", DIR_READ, MMSG, LEN_RET },
	{ "mq_timedreceive", DIR_READ, FLAT, LEN_RET },
	{ "write", DIR_WRITE, FLAT, LEN_ARG2 },
	{ "pwrite64", DIR_WRITE, FLAT, LEN_ARG2 },
	{ "sendto", DIR_WRITE, FLAT, LEN_ARG2 },
	{ "writev", DIR_WRITE, IOV, LEN_RET },
	{ "pwritev", DIR_WRITE, IOV, LEN_RET },
	{ "pwritev2", DIR_WRITE, IOV, LEN_RET },
	{ "sendmsg", DIR_WRITE, MSG, LEN_RET },
	{ "sendmmsg", DIR_WRITE, MMSG, LEN_RET },
	{ "mq_timedsend", DIR_WRITE, FLAT, LEN_ARG2 },
	{ "vmsplice", DIR_WRITE, IOV, LEN_RET },
};

#define DUMP_MAX (1u << 20) /* bytes dumped per buffer at most */

static void hexdump(pid_t tid, uint64_t addr, uint64_t len, struct strbuf *sb)
{
	unsigned char line[16];

	if (len > DUMP_MAX)
		len = DUMP_MAX;
	for (uint64_t off = 0; off < len; off += 16) {
		size_t n = len - off < 16 ? (size_t)(len - off) : 16;
		if (tmem_read(tid, addr + off, line, n))
			return;
		sb_printf(sb, " | %05llx  ", (unsigned long long)off);
		for (size_t i = 0; i < 16; i++) {
			if (i < n)
				sb_printf(sb, "%02x ", line[i]);
			else
				sb_puts(sb, "   ");
			if (i == 7)
				sb_putc(sb, ' ');
		}
		sb_putc(sb, ' ');
		for (size_t i = 0; i < 16; i++) {
			unsigned char c = i < n ? line[i] : ' ';
			sb_putc(sb, i < n && (c < 0x20 || c >= 0x7f) ? '.' : (char)c);
		}
		sb_puts(sb, " |\n");
	}
}

/* A pointer-sized word of the tracee's personality at addr. */
static int read_word(pid_t tid, unsigned int ws, uint64_t addr, uint64_t *v)
{
	uint32_t w32;

	if (ws == 8)
		return tmem_read(tid, addr, v, 8);
	if (tmem_read(tid, addr, &w32, 4))
		return -1;
	*v = w32;
	return 0;
}

/* Each iovec gets "* N bytes in buffer K" and its dump, up to total. */
static void dump_iov(pid_t tid, unsigned int ws, uint64_t iov, uint64_t count,
		     uint64_t total, struct strbuf *sb)
{
	for (uint64_t i = 0; i < count && i < 1024 && total > 0; i++) {
		uint64_t base, len;
		if (read_word(tid, ws, iov + i * 2 * ws, &base) ||
		    read_word(tid, ws, iov + i * 2 * ws + ws, &len))
			return;
		uint64_t n = len < total ? len : total;
		sb_printf(sb, " * %llu bytes in buffer %llu\n",
			  (unsigned long long)n, (unsigned long long)i);
		hexdump(tid, base, n, sb);
		total -= n;
	}
}

/* struct msghdr: name, namelen, iov, iovlen (words) */
static int read_msghdr(pid_t tid, unsigned int ws, uint64_t addr,
		       uint64_t *iov, uint64_t *iovlen)
{
	return read_word(tid, ws, addr + 2 * ws, iov) ||
	       read_word(tid, ws, addr + 3 * ws, iovlen) ? -1 : 0;
}

/* sendmmsg/recvmmsg: each message's vector, its msg_len bytes */
static void dump_mmsg(pid_t tid, unsigned int ws, uint64_t vec, uint64_t n,
		      struct strbuf *sb)
{
	/* struct msghdr is 7 words; msg_len follows, padded to a word */
	uint64_t hdr = 7 * ws, size = hdr + ws;

	for (uint64_t i = 0; i < n && i < 1024; i++) {
		uint64_t iov, iovlen;
		uint32_t len;
		if (read_msghdr(tid, ws, vec + i * size, &iov, &iovlen) ||
		    tmem_read(tid, vec + i * size + hdr, &len, sizeof(len)))
			return;
		sb_printf(sb, " = %llu buffers in vector %llu\n",
			  (unsigned long long)iovlen, (unsigned long long)i);
		dump_iov(tid, ws, iov, iovlen, len, sb);
	}
}

void dump_io(const struct task *t, const struct selection *sel,
	     struct strbuf *sb)
{
	const struct sc_call *c = &t->call;

	unsigned int ws = arch_pers[c->pers].word_size;

	if ((!sel->read_given && !sel->write_given) || c->is_error ||
	    !c->info)
		return;
	for (size_t i = 0; i < sizeof(io_calls) / sizeof(io_calls[0]); i++) {
		if (strcmp(io_calls[i].name, c->info->name) != 0)
			continue;
		const struct sel_fdset *fds = io_calls[i].dir == DIR_READ ?
			&sel->read_fds : &sel->write_fds;
		if (!sel_fd_in(fds, (int)c->args[0]))
			return;
		uint64_t len = io_calls[i].len == LEN_RET ? (uint64_t)c->rval :
							    c->args[2];
		switch (io_calls[i].shape) {
		case FLAT:
			hexdump(c->tid, c->args[1], len, sb);
			break;
		case IOV:
			dump_iov(c->tid, ws, c->args[1], c->args[2], len, sb);
			break;
		case MSG: {
			uint64_t iov, iovlen;
			if (read_msghdr(c->tid, ws, c->args[1], &iov,
					&iovlen) == 0)
				dump_iov(c->tid, ws, iov, iovlen, len, sb);
			break;
		}
		case MMSG:
			dump_mmsg(c->tid, ws, c->args[1], len, sb);
			break;
		}
		return;
	}
}
