/* util/bitset: fixed-size bit sets over small non-negative integers
 * (syscall numbers, signal numbers, descriptors). */
#ifndef SIFT_BITSET_H
#define SIFT_BITSET_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define BITSET_BITS 1024u
#define BITSET_WORDS (BITSET_BITS / 64u)

struct bitset {
	uint64_t w[BITSET_WORDS];
};

static inline void bitset_clear(struct bitset *b) { memset(b, 0, sizeof(*b)); }
static inline void bitset_fill(struct bitset *b) { memset(b, 0xff, sizeof(*b)); }
static inline bool bitset_test(const struct bitset *b, unsigned long i)
{
	return i < BITSET_BITS && (b->w[i / 64] >> (i % 64)) & 1;
}
static inline void bitset_set(struct bitset *b, unsigned long i)
{
	if (i < BITSET_BITS)
		b->w[i / 64] |= (uint64_t)1 << (i % 64);
}
static inline void bitset_unset(struct bitset *b, unsigned long i)
{
	if (i < BITSET_BITS)
		b->w[i / 64] &= ~((uint64_t)1 << (i % 64));
}
static inline void bitset_invert(struct bitset *b)
{
	for (unsigned i = 0; i < BITSET_WORDS; i++)
		b->w[i] = ~b->w[i];
}
static inline bool bitset_empty(const struct bitset *b)
{
	for (unsigned i = 0; i < BITSET_WORDS; i++)
		if (b->w[i])
			return false;
	return true;
}

#endif
