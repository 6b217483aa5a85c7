/* ringbuf: a BPF ring buffer consumer that publishes its position once
 * per batch.  The layout is the kernel's: a consumer page (ours to
 * write), a producer page, then the data mapped twice, so a record that
 * wraps is contiguous; each record has an 8-byte header (length with a
 * busy and a discard bit, page offset). */
#include "backend/ebpf/ringbuf.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <unistd.h>

#define RB_BUSY (1u << 31)
#define RB_DISCARD (1u << 30)
#define RB_HDR 8
#define RB_PUBLISH (256u << 10)

struct rbuf {
	rbuf_fn fn;
	int epfd;
	size_t size, page;
	uint64_t *cons;
	const uint64_t *prod;
	const uint8_t *data;
};

struct rbuf *rbuf_open(int map_fd, size_t size, rbuf_fn fn)
{
	struct rbuf *r = calloc(1, sizeof(*r));
	struct epoll_event ev = { .events = EPOLLIN };
	void *p;

	if (!r)
		return NULL;
	r->fn = fn;
	r->size = size;
	r->page = (size_t)sysconf(_SC_PAGESIZE);
	r->epfd = -1;
	p = mmap(NULL, r->page, PROT_READ | PROT_WRITE, MAP_SHARED, map_fd, 0);
	if (p == MAP_FAILED)
		goto fail;
	r->cons = p;
	p = mmap(NULL, r->page + 2 * size, PROT_READ, MAP_SHARED, map_fd,
		 (off_t)r->page);
	if (p == MAP_FAILED)
		goto fail;
	r->prod = p;
	r->data = (const uint8_t *)p + r->page;
	r->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (r->epfd < 0 || epoll_ctl(r->epfd, EPOLL_CTL_ADD, map_fd, &ev) < 0)
		goto fail;
	return r;
fail:
	rbuf_close(r);
	return NULL;
}

void rbuf_close(struct rbuf *r)
{
	if (!r)
		return;
	if (r->epfd >= 0)
		close(r->epfd);
	if (r->prod)
		munmap((void *)r->prod, r->page + 2 * r->size);
	if (r->cons)
		munmap(r->cons, r->page);
	free(r);
}

int rbuf_consume(struct rbuf *r)
{
	uint64_t cons = __atomic_load_n(r->cons, __ATOMIC_RELAXED);
	uint64_t shown = cons, prod;
	int n = 0, err = 0;

	while ((prod = __atomic_load_n(r->prod, __ATOMIC_ACQUIRE)) != cons) {
		while (cons < prod) {
			const uint8_t *h = r->data + (cons & (r->size - 1));
			uint32_t len = __atomic_load_n((const uint32_t *)h,
						       __ATOMIC_ACQUIRE);
			if (len & RB_BUSY)
				goto out;
			cons += ((len & ~RB_DISCARD) + RB_HDR + 7) & ~7ull;
			if (!(len & RB_DISCARD)) {
				err = r->fn((void *)(h + RB_HDR), len);
				if (err < 0)
					goto out;
				n++;
			}
			if (cons - shown >= RB_PUBLISH) {
				__atomic_store_n(r->cons, cons, __ATOMIC_RELEASE);
				shown = cons;
			}
		}
	}
out:
	if (cons != shown)
		__atomic_store_n(r->cons, cons, __ATOMIC_RELEASE);
	return err < 0 ? err : n;
}

int rbuf_poll(struct rbuf *r, int ms)
{
	struct epoll_event ev;

	if (epoll_wait(r->epfd, &ev, 1, ms) < 0 && errno != EINTR)
		return -errno;
	return rbuf_consume(r);
}
