/* Decoders for waiting on descriptors: poll, ppoll, select, pselect6, the
 * epoll family and eventfd. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

struct k_pollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};

/* ---- poll / ppoll ---- */

static bool pollfd_in(struct dctx *ctx, const void *elem, size_t size,
		      void *data)
{
	const struct k_pollfd *p = elem;

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "fd");
	dec_fd(ctx, (uint64_t)(int64_t)p->fd);
	if (p->fd >= 0) {
		emit_field(ctx->e, "events");
		fdec_flags_dflt(ctx, &ct_t_poll_events, (uint16_t)p->events,
				"POLL???");
	}
	emit_struct_end(ctx->e);
	return true;
}

/* The descriptors that became ready, and the time left: the annotation
 * after poll's return value. */
static void poll_ret(struct dctx *ctx)
{
	uint64_t addr = dec_arg(ctx, 0);
	uint32_t nfds = (uint32_t)dec_arg(ctx, 1);
	uint64_t max = fdec_array_max(ctx);
	uint64_t printed = 0;
	uint64_t tsp = ctx->call->saved[0];
	bool open = false;
	struct k_pollfd p;

	if (ctx->call->rval == 0) {
		emit_sym(ctx->e, "Timeout");
		return;
	}
	for (uint32_t i = 0; addr && i < nfds; i++) {
		uint64_t cur = addr + (uint64_t)i * sizeof(p);
		if (tmem_read(ctx->call->tid, cur, &p, sizeof(p))) {
			if (!open)
				emit_array_begin(ctx->e);
			open = true;
			emit_hex(ctx->e, cur);
			break;
		}
		if (!p.revents)
			continue;
		if (!open)
			emit_array_begin(ctx->e);
		open = true;
		if (printed >= max) {
			emit_more(ctx->e);
			break;
		}
		emit_struct_begin(ctx->e);
		emit_field(ctx->e, "fd");
		emit_int(ctx->e, p.fd);
		emit_field(ctx->e, "revents");
		emit_flags(ctx->e, &ct_t_poll_events, (uint16_t)p.revents,
			   EMIT_HEX);
		emit_struct_end(ctx->e);
		printed++;
	}
	if (open)
		emit_array_end(ctx->e);
	if (ctx->call->saved[1]) {
		emit_prefix(ctx->e, "left ");
		dec_timespec(ctx, tsp);
	}
}

/* Every argument is an input: the results show only in the annotation,
 * which is set up at entry and runs at exit. */
static int dec_poll(struct dctx *ctx)
{
	ndec_array(ctx, dec_arg(ctx, 0), (uint32_t)dec_arg(ctx, 1),
		   sizeof(struct k_pollfd), pollfd_in, NULL);
	dec_uint(ctx, dec_arg(ctx, 1));
	dec_int(ctx, dec_arg(ctx, 2));
	ctx->call->saved[1] = 0;
	ndec_ret_aux(ctx, poll_ret);
	return DEC_DONE;
}
DECODER_ANY_PERS(poll, dec_poll);

static int dec_ppoll(struct dctx *ctx)
{
	if (!ctx->exiting) {
		ndec_array(ctx, dec_arg(ctx, 0), (uint32_t)dec_arg(ctx, 1),
			   sizeof(struct k_pollfd), pollfd_in, NULL);
		dec_uint(ctx, dec_arg(ctx, 1));
		dec_timespec(ctx, dec_arg(ctx, 2));
		ndec_sigset(ctx, dec_arg(ctx, 3), dec_arg(ctx, 4));
		dec_ulong(ctx, dec_arg(ctx, 4));
		ctx->call->saved[0] = dec_arg(ctx, 2);
		ctx->call->saved[1] = dec_arg(ctx, 2) != 0;
		ndec_ret_aux(ctx, poll_ret);
	}
	return DEC_DONE;
}
DECODER(ppoll, dec_ppoll);

/* ---- select / pselect6 ---- */

/* Bytes of an fd_set covering nfds descriptors, as strace reads it;
 * 0 when the sets are not to be read. */
static size_t fdset_size(uint64_t arg)
{
	int nfds = (int)arg;

	if (nfds <= 0)
		return 0;
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	return (((size_t)nfds + 7) / 8 + 7) & ~(size_t)7;
}

static int select_nfds(uint64_t arg)
{
	int nfds = (int)arg;

	return nfds > 1024 * 1024 ? 1024 * 1024 : nfds;
}

static bool bit_set(const unsigned char *set, int i)
{
	return (set[i / 8] >> (i % 8)) & 1;
}

static void fdset_in(struct dctx *ctx, uint64_t addr, size_t size, int nfds)
{
	unsigned char *set;
	bool first = true;

	if (!size || !addr) {
		dec_ptr(ctx, addr);
		return;
	}
	set = malloc(size);
	if (!set)
		abort();
	if (tmem_read(ctx->call->tid, addr, set, size)) {
		dec_ptr(ctx, addr);
		free(set);
		return;
	}
	emit_array_begin(ctx->e);
	for (int i = 0; i < nfds; i++) {
		if (!bit_set(set, i))
			continue;
		if (!first)
			emit_join(ctx->e, " ");
		first = false;
		dec_fd(ctx, (uint64_t)i);
	}
	emit_array_end(ctx->e);
	free(set);
}

static void select_ret(struct dctx *ctx)
{
	static const char *const names[] = { "in ", "out ", "except " };
	size_t size = fdset_size(dec_arg(ctx, 0));
	int nfds = select_nfds(dec_arg(ctx, 0));
	int64_t ready = ctx->call->rval;
	unsigned char *set;

	if (ready == 0) {
		emit_sym(ctx->e, "Timeout");
		return;
	}
	set = size ? malloc(size) : NULL;
	for (int i = 0; i < 3 && ready > 0 && set; i++) {
		uint64_t addr = dec_arg(ctx, i + 1);
		bool first = true;
		if (!addr || tmem_read(ctx->call->tid, addr, set, size))
			continue;
		for (int j = 0; j < nfds; j++) {
			if (!bit_set(set, j))
				continue;
			if (first) {
				emit_prefix(ctx->e, names[i]);
				emit_array_begin(ctx->e);
			} else {
				emit_join(ctx->e, " ");
			}
			first = false;
			emit_uint(ctx->e, (unsigned int)j);
			if (--ready == 0)
				break;
		}
		if (!first)
			emit_array_end(ctx->e);
	}
	free(set);
	if (dec_arg(ctx, 4)) {
		emit_prefix(ctx->e, "left ");
		if (ctx->call->saved[0])
			dec_timespec(ctx, dec_arg(ctx, 4));
		else
			dec_timeval(ctx, dec_arg(ctx, 4));
	}
}

static void select_entry(struct dctx *ctx)
{
	size_t size = fdset_size(dec_arg(ctx, 0));
	int nfds = select_nfds(dec_arg(ctx, 0));

	dec_int(ctx, dec_arg(ctx, 0));
	for (int i = 1; i <= 3; i++)
		fdset_in(ctx, dec_arg(ctx, i), size, nfds);
}

static int dec_select(struct dctx *ctx)
{
	if (!ctx->exiting) {
		select_entry(ctx);
		dec_timeval(ctx, dec_arg(ctx, 4));
		ctx->call->saved[0] = 0;
		ndec_ret_aux(ctx, select_ret);
	}
	return DEC_DONE;
}
DECODER(select, dec_select);

static void pselect_sigmask(struct dctx *ctx, uint64_t addr)
{
	uint64_t d[2];

	if (!dec_fetch(ctx, addr, d, sizeof(d)))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sigmask");
	ndec_sigset(ctx, d[0], d[1]);
	emit_field(ctx->e, "sigsetsize");
	emit_uint(ctx->e, d[1]);
	emit_struct_end(ctx->e);
}

static int dec_pselect6(struct dctx *ctx)
{
	if (!ctx->exiting) {
		select_entry(ctx);
		dec_timespec(ctx, dec_arg(ctx, 4));
		pselect_sigmask(ctx, dec_arg(ctx, 5));
		ctx->call->saved[0] = 1;
		ndec_ret_aux(ctx, select_ret);
	}
	return DEC_DONE;
}
DECODER(pselect6, dec_pselect6);

/* ---- epoll ---- */

struct k_epoll_event {
	uint32_t events;
	uint64_t data;
} __attribute__((packed));

static void epoll_event_val(struct dctx *ctx, const struct k_epoll_event *ev)
{
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "events");
	fdec_flags_dflt(ctx, &ct_t_epoll_events, ev->events, "EPOLL???");
	emit_field(ctx->e, "data");
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "u32");
	emit_uint(ctx->e, (uint32_t)ev->data);
	emit_field(ctx->e, "u64");
	emit_uint(ctx->e, ev->data);
	emit_struct_end(ctx->e);
	emit_struct_end(ctx->e);
}

static bool epoll_event_elem(struct dctx *ctx, const void *elem, size_t size,
			     void *data)
{
	epoll_event_val(ctx, elem);
	return true;
}

static int dec_epoll_create1(struct dctx *ctx)
{
	fdec_flags_dflt(ctx, &ct_t_epoll_flags, (uint32_t)dec_arg(ctx, 0),
			"EPOLL_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(epoll_create1, dec_epoll_create1);

static int dec_epoll_create(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(epoll_create, dec_epoll_create);

static int dec_epoll_ctl(struct dctx *ctx)
{
	struct k_epoll_event ev;
	uint32_t op = (uint32_t)dec_arg(ctx, 1);

	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_t_epoll_ctl_ops, op, "EPOLL_CTL_???");
	dec_fd(ctx, dec_arg(ctx, 2));
	if (op == 2) /* EPOLL_CTL_DEL ignores the event */
		dec_ptr(ctx, dec_arg(ctx, 3));
	else if (dec_fetch(ctx, dec_arg(ctx, 3), &ev, sizeof(ev)))
		epoll_event_val(ctx, &ev);
	return DEC_DONE;
}
DECODER_ANY_PERS(epoll_ctl, dec_epoll_ctl);

/* epoll_wait and friends: the events at exit, then the rest. */
static bool epoll_wait_common(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return false;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		ndec_array(ctx, dec_arg(ctx, 1), (uint64_t)ctx->call->rval,
			   sizeof(struct k_epoll_event), epoll_event_elem,
			   NULL);
	dec_int(ctx, dec_arg(ctx, 2));
	return true;
}

static int dec_epoll_wait(struct dctx *ctx)
{
	if (!epoll_wait_common(ctx))
		return DEC_MORE;
	dec_int(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_ANY_PERS(epoll_wait, dec_epoll_wait);

/* Read at exit: after a failure strace shows only the address. */
static void exit_sigset(struct dctx *ctx)
{
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 4));
	else
		ndec_sigset(ctx, dec_arg(ctx, 4), dec_arg(ctx, 5));
}

static int dec_epoll_pwait(struct dctx *ctx)
{
	if (!epoll_wait_common(ctx))
		return DEC_MORE;
	dec_int(ctx, dec_arg(ctx, 3));
	exit_sigset(ctx);
	dec_ulong(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_ANY_PERS(epoll_pwait, dec_epoll_pwait);

static int dec_epoll_pwait2(struct dctx *ctx)
{
	if (!epoll_wait_common(ctx))
		return DEC_MORE;
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 3));
	else
		dec_timespec(ctx, dec_arg(ctx, 3));
	exit_sigset(ctx);
	dec_ulong(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER_ANY_PERS(epoll_pwait2, dec_epoll_pwait2);

/* ---- eventfd ---- */

static int dec_eventfd2(struct dctx *ctx)
{
	dec_uint(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_t_efd_flags, (uint32_t)dec_arg(ctx, 1),
			"EFD_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(eventfd2, dec_eventfd2);

static int dec_eventfd(struct dctx *ctx)
{
	dec_uint(ctx, dec_arg(ctx, 0));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_ANY_PERS(eventfd, dec_eventfd);
