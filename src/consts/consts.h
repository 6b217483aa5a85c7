/* consts: named constant tables (flags and enums) generated at build time
 * from the data files in src/consts/data/, one file per constant family.
 * Lookups both ways; nothing here prints. */
#ifndef SIFT_CONSTS_H
#define SIFT_CONSTS_H

#include <stddef.h>
#include <stdint.h>

enum const_kind { CONST_FLAGS, CONST_ENUM };

/* A flags entry matches when (v & mask) == value; its mask bits are then
 * consumed.  Plain bit flags have mask == value; multi-bit fields such as
 * O_ACCMODE or S_IFMT carry the field mask. */
struct const_entry {
	const char *name;
	uint64_t value;
	uint64_t mask;
};

struct const_table {
	const char *name;
	enum const_kind kind;
	const struct const_entry *entries;
	size_t count;
};

/* Name of an enum value, or NULL. */
const char *consts_name(const struct const_table *t, uint64_t v);
/* Value of a name; 0 on success, -ENOENT otherwise. */
int consts_value(const struct const_table *t, const char *name, uint64_t *out);

#include "consts_gen.h"

#endif
