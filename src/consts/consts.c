#include "consts/consts.h"

#include <errno.h>
#include <string.h>

const char *consts_name(const struct const_table *t, uint64_t v)
{
	for (size_t i = 0; i < t->count; i++)
		if (t->entries[i].value == v)
			return t->entries[i].name;
	return NULL;
}

int consts_value(const struct const_table *t, const char *name, uint64_t *out)
{
	for (size_t i = 0; i < t->count; i++) {
		if (strcmp(t->entries[i].name, name) == 0) {
			*out = t->entries[i].value;
			return 0;
		}
	}
	return -ENOENT;
}
