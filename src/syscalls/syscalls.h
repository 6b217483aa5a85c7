/* syscalls: the per-personality syscall tables (number, name, argument
 * count, strace class memberships, argument roles), generated at build time
 * from src/syscalls/data/<personality>.tbl.  Pure data plus lookups. */
#ifndef SIFT_SYSCALLS_H
#define SIFT_SYSCALLS_H

#include <stdint.h>

/* Class bits, one per strace -e trace=%class. */
enum sc_class {
	SC_FILE = 1u << 0,
	SC_PROCESS = 1u << 1,
	SC_NETWORK = 1u << 2,
	SC_SIGNAL = 1u << 3,
	SC_IPC = 1u << 4,
	SC_DESC = 1u << 5,
	SC_MEMORY = 1u << 6,
	SC_CREDS = 1u << 7,
	SC_CLOCK = 1u << 8,
	SC_PURE = 1u << 9,
	SC_STAT = 1u << 10,      /* %stat */
	SC_LSTAT = 1u << 11,     /* %lstat */
	SC_FSTAT = 1u << 12,     /* %fstat */
	SC_STAT_LIKE = 1u << 13, /* %%stat */
	SC_STATFS = 1u << 14,    /* %statfs */
	SC_FSTATFS = 1u << 15,   /* %fstatfs */
	SC_STATFS_LIKE = 1u << 16, /* %%statfs */
	SC_SOCKETCALL = 1u << 17, /* i386: a socketcall(2) sub-call */
	SC_IPCCALL = 1u << 18,    /* i386: an ipc(2) sub-call */
};

/* Argument roles, from the table's last column; they drive the generic
 * decoder, -P and --trace-fds. */
enum sc_role {
	ROLE_NONE = 0, /* unknown: printed raw */
	ROLE_FD,       /* file descriptor */
	ROLE_DIRFD,    /* fd or AT_FDCWD */
	ROLE_PATH,     /* NUL-terminated path name */
	ROLE_INT,      /* signed int */
	ROLE_UINT,     /* unsigned int */
	ROLE_LONG,     /* signed long */
	ROLE_ULONG,    /* unsigned long / size */
	ROLE_HEX,      /* printed in hex */
	ROLE_OCT,      /* mode, printed in octal */
	ROLE_PTR,      /* pointer, printed as address or NULL */
	ROLE_STR,      /* NUL-terminated string, -s limited */
	ROLE_SIG,      /* signal number */
	ROLE_PID,      /* process id */
};

#define SC_MAX_ARGS 6

struct sc_info {
	const char *name; /* NULL for an unused number */
	uint8_t nargs;
	uint32_t classes;
	uint8_t roles[SC_MAX_ARGS];
	/* i386 socketcall/ipc sub-call number (SC_SOCKETCALL/SC_IPCCALL) */
	int16_t subcall;
};

struct sc_table {
	const char *personality; /* "x86_64", "i386", "x32" */
	const struct sc_info *calls;
	unsigned int count; /* highest number + 1 */
};

extern const struct sc_table sc_table_x86_64;
extern const struct sc_table sc_table_i386;
extern const struct sc_table sc_table_x32;

/* Entry for nr, or NULL when the number is unused or out of range. */
const struct sc_info *sc_get(const struct sc_table *t, long nr);
/* Number of the syscall called name, or -1. */
long sc_lookup(const struct sc_table *t, const char *name);
/* Sub-calls of a multiplexer (i386 socketcall(2), ipc(2)) are counted
 * by -c apart from the direct calls of the same name, as strace does: in
 * rows past the table, socketcall's sub-calls first, then ipc's, each by
 * sub-call number.  sc_mux_row is the row of a sub-call (-1 when sub is
 * out of range); sc_mux_name the name of a row past the table, NULL
 * when it is none (a sub-call the table has no entry for). */
enum sc_mux { SC_MUX_SOCKETCALL, SC_MUX_IPC };
#define SC_MUX_SUBS 32
long sc_mux_row(const struct sc_table *t, enum sc_mux mux, unsigned int sub);
const char *sc_mux_name(const struct sc_table *t, long row);
/* Class bit for a class name without the %, e.g. "file", "%stat"; 0 if none. */
uint32_t sc_class_from_name(const char *name);

#endif
