#include "syscalls/syscalls.h"

#include <string.h>

const struct sc_info *sc_get(const struct sc_table *t, long nr)
{
	if (nr < 0 || (unsigned long)nr >= t->count)
		return NULL;
	if (!t->calls[nr].name)
		return NULL;
	return &t->calls[nr];
}

long sc_mux_row(const struct sc_table *t, enum sc_mux mux, unsigned int sub)
{
	if (sub >= SC_MUX_SUBS)
		return -1;
	return (long)t->count + (long)mux * SC_MUX_SUBS + (long)sub;
}

const char *sc_mux_name(const struct sc_table *t, long row)
{
	long k = row - (long)t->count;
	uint32_t class = k < SC_MUX_SUBS ? SC_SOCKETCALL : SC_IPCCALL;
	int sub = (int)(k % SC_MUX_SUBS);

	if (k < 0 || k >= 2 * SC_MUX_SUBS)
		return NULL;
	for (unsigned int i = 0; i < t->count; i++)
		if (t->calls[i].name && (t->calls[i].classes & class) &&
		    t->calls[i].subcall == sub)
			return t->calls[i].name;
	/* ipc's semop and semtimedop have no i386 number of their own */
	if (class == SC_IPCCALL && sub == 1)
		return "semop";
	if (class == SC_IPCCALL && sub == 4)
		return "semtimedop";
	return NULL;
}

long sc_lookup(const struct sc_table *t, const char *name)
{
	for (unsigned int i = 0; i < t->count; i++)
		if (t->calls[i].name && strcmp(t->calls[i].name, name) == 0)
			return i;
	return -1;
}

static const struct {
	const char *name;
	uint32_t bit;
} class_names[] = {
	{ "file", SC_FILE },         { "process", SC_PROCESS },
	{ "network", SC_NETWORK },   { "net", SC_NETWORK },
	{ "signal", SC_SIGNAL },     { "ipc", SC_IPC },
	{ "desc", SC_DESC },         { "memory", SC_MEMORY },
	{ "creds", SC_CREDS },       { "clock", SC_CLOCK },
	{ "pure", SC_PURE },         { "stat", SC_STAT },
	{ "lstat", SC_LSTAT },       { "fstat", SC_FSTAT },
	{ "%stat", SC_STAT_LIKE },   { "statfs", SC_STATFS },
	{ "fstatfs", SC_FSTATFS },   { "%statfs", SC_STATFS_LIKE },
};

uint32_t sc_class_from_name(const char *name)
{
	for (size_t i = 0; i < sizeof(class_names) / sizeof(class_names[0]); i++)
		if (strcmp(class_names[i].name, name) == 0)
			return class_names[i].bit;
	return 0;
}
