/* ringbuf: sift's own consumer of a BPF ring buffer.  libbpf's publishes
 * its position after every record, a store the producing CPUs then miss
 * on at each record; this one publishes once per batch (and every
 * RB_PUBLISH bytes of a long one, so the producers get the room back). */
#ifndef SIFT_EBPF_RINGBUF_H
#define SIFT_EBPF_RINGBUF_H

#include <stddef.h>

struct rbuf;

/* A record's handler: 0 to go on, < 0 to stop (the record is consumed). */
typedef int (*rbuf_fn)(void *data, size_t len);

struct rbuf *rbuf_open(int map_fd, size_t size, rbuf_fn fn);
void rbuf_close(struct rbuf *r);
/* Everything waiting now: the number of records, or the handler's < 0. */
int rbuf_consume(struct rbuf *r);
/* Wait up to ms for data (or a wakeup), then consume. */
int rbuf_poll(struct rbuf *r, int ms);

#endif
