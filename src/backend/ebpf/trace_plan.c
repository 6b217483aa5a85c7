/* The capture plan: which tracee memory the BPF tracer copies for each
 * syscall, so the decoders find in the record what they would read from
 * the live process.  Derived from the syscall tables' argument roles, with
 * a small table of per-decoder overrides (buffers sized by an argument or
 * the return value, argv/envp, iovecs, pointers that are no memory). */
#include <limits.h>
#include <string.h>

#include "arch/arch.h"
#include "backend/ebpf/trace.h"
#include "cli/options.h"
#include "selection/selection.h"
#include "syscalls/syscalls.h"

/* Bytes captured behind a pointer argument nothing more is known of:
 * the largest fixed structs decoders read (struct statx, sigaction,
 * small arrays) fit. */
#define DEFAULT_MEM 512
/* Directory entries and other return-sized records. */
#define RET_MEM 4096
#define ENV_PTRS 256
#define MAX_VEC 512
#define MAX_IOV 64

/*
 * Per argument, one code (comma separated; "." keeps the role's default):
 *   -   nothing                  p   path (PATH_MAX), at entry
 *   s   string (-s), at entry    m   DEFAULT_MEM bytes, at entry and exit
 *   iK  buffer of args[K] bytes (up to -s), at entry
 *   IK  the same, up to a page (a struct sized by the caller)
 *   oK  the same, at exit, no more than the return value; RK up to a
 *       page (socket messages: netlink decoders read them whole)
 *   O   return-value-sized record (getdents), at exit
 *   v   argv: pointers and strings; V envp: pointers (strings with -v)
 *   wK  args[K] iovecs, at entry; rK the same at exit
 *   F   int[2] of new descriptors, at exit (-y: their paths)
 *   h   struct msghdr and what it points to, at entry; H at exit
 */
struct cap_spec {
	const char *name;
	const char *caps;
};

static const struct cap_spec specs[] = {
	{ "read", ".,o2" },        { "pread64", ".,o2" },
	{ "write", ".,i2" },       { "pwrite64", ".,i2" },
	{ "readv", ".,r2" },       { "preadv", ".,r2" },
	{ "preadv2", ".,r2" },     { "writev", ".,w2" },
	{ "pwritev", ".,w2" },     { "pwritev2", ".,w2" },
	{ "recvfrom", ".,R2" },    { "sendto", ".,I2" },
	{ "readlink", ".,o2" },    { "readlinkat", ".,.,o3" },
	{ "getcwd", "o1" },        { "getrandom", "o1" },
	{ "getdents", ".,O" },     { "getdents64", ".,O" },
	{ "execve", ".,v,V" },     { "execveat", ".,.,v,V" },
	{ "ioctl", ".,.,m" },      { "fcntl", ".,.,m" },
	{ "mmap", "-" },           { "munmap", "-" },
	{ "mprotect", "-" },       { "madvise", "-" },
	{ "mremap", "-,.,.,.,-" }, { "msync", "-" },
	{ "mincore", "-" },        { "brk", "-" },
	{ "mlock", "-" },          { "munlock", "-" },
	{ "mlock2", "-" },         { "shmat", ".,-" },
	{ "shmdt", "-" },          { "arch_prctl", ".,-" },
	{ "set_tid_address", "-" },
	/* multiplexers: any argument may point to memory */
	{ "keyctl", ".,m,m,m,m" },  { "prctl", ".,m,m,m,m" },
	{ "openat2", ".,.,I3" },
	{ "pipe", "F" },           { "pipe2", "F" },
	{ "socketpair", ".,.,.,F" },
	{ "sendmsg", ".,h" },      { "recvmsg", ".,H" },
};

static const char *spec_of(const char *name)
{
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++)
		if (!strcmp(specs[i].name, name))
			return specs[i].caps;
	return "";
}

static unsigned int clamp(unsigned int v, unsigned int hi)
{
	return v > hi ? hi : v;
}

static struct tr_argcap cap(int kind, int when, unsigned int lenarg,
			    unsigned int count, unsigned int size)
{
	return (struct tr_argcap){ .kind = (__u8)kind, .when = (__u8)when,
				   .lenarg = (__u8)lenarg,
				   .count = (__u16)count, .size = size };
}

static struct tr_argcap by_role(int role)
{
	switch (role) {
	/* strings: a byte past what the reader asks for tells it whether
	 * the string ends there; decoders read some "str" arguments as
	 * paths, so both get PATH_MAX */
	case ROLE_PATH:
	case ROLE_STR:
		return cap(TRC_STR, TR_AT_ENTRY, TR_NARGS, 0, PATH_MAX + 1);
	case ROLE_PTR:
		return cap(TRC_MEM, TR_AT_ENTRY | TR_AT_EXIT, TR_NARGS, 0,
			   DEFAULT_MEM);
	default:
		return cap(TRC_NONE, 0, TR_NARGS, 0, 0);
	}
}

static struct tr_argcap by_code(const char *code, const struct options *o)
{
	unsigned int s1 = clamp(o->strsize + 2, TR_MAXREG);
	/* one byte past -s: dec_buf reads it, as strace does */
	unsigned int buf = clamp(o->strsize + 1, TR_MAXREG);
	unsigned int k = code[1] >= '0' && code[1] <= '5' ?
				 (unsigned int)(code[1] - '0') : TR_NARGS;
	unsigned int nvec = o->verbose ? MAX_VEC :
					 clamp(o->strsize + 1, MAX_VEC);
	const int both = TR_AT_ENTRY | TR_AT_EXIT;

	/* -e read=/write= dump whole buffers */
	if (o->sel.read_given || o->sel.write_given)
		buf = TR_MAXREG;
	switch (code[0]) {
	case 'p': return cap(TRC_STR, TR_AT_ENTRY, TR_NARGS, 0, PATH_MAX + 1);
	case 's': return cap(TRC_STR, TR_AT_ENTRY, TR_NARGS, 0, s1);
	case 'm': return cap(TRC_MEM, both, TR_NARGS, 0, DEFAULT_MEM);
	case 'i': return cap(TRC_BUF, TR_AT_ENTRY, k, 0, buf);
	case 'I': return cap(TRC_BUF, TR_AT_ENTRY, k, 0, TR_MAXREG);
	case 'o': return cap(TRC_BUFRET, TR_AT_EXIT, k, 0, buf);
	case 'R': return cap(TRC_BUFRET, TR_AT_EXIT, k, 0, TR_MAXREG);
	case 'O': return cap(TRC_RETMEM, TR_AT_EXIT, TR_NARGS, 0, RET_MEM);
	case 'v': return cap(TRC_STRV, TR_AT_ENTRY, TR_NARGS, nvec, s1);
	case 'V':
		if (o->verbose)
			return cap(TRC_STRV, TR_AT_ENTRY, TR_NARGS, nvec, s1);
		return cap(TRC_PTRV, TR_AT_ENTRY, TR_NARGS, ENV_PTRS, 0);
	case 'w': return cap(TRC_IOV, TR_AT_ENTRY, k, MAX_IOV, buf);
	case 'r': return cap(TRC_IOV, TR_AT_EXIT, k, MAX_IOV, buf);
	case 'h': return cap(TRC_MSGHDR, TR_AT_ENTRY, TR_NARGS, 0, TR_MAXREG);
	case 'H': return cap(TRC_MSGHDR, TR_AT_ENTRY | TR_AT_EXIT, TR_NARGS, 0,
			     TR_MAXREG);
	case 'F': return cap(TRC_FDPAIR, TR_AT_EXIT, TR_NARGS, 0,
			     o->fd_paths != 0);
	default: return cap(TRC_NONE, 0, TR_NARGS, 0, 0);
	}
}

static void plan_call(struct tr_plan *p, const struct sc_info *info,
		      const struct options *o)
{
	const char *spec = spec_of(info->name);

	/* -y: descriptors' paths as the call saw them, not as /proc shows
	 * them when the record is rendered */
	p->retfd = o->fd_paths && (info->classes & (SC_DESC | SC_NETWORK));
	for (int i = 0; i < info->nargs && i < TR_NARGS; i++) {
		size_t n = strcspn(spec, ",");
		int role = info->roles[i];
		if (o->fd_paths && (role == ROLE_FD || role == ROLE_DIRFD))
			p->arg[i] = cap(TRC_FD, TR_AT_ENTRY, TR_NARGS, 0, 0);
		else if (n == 0 || spec[0] == '.')
			p->arg[i] = by_role(role);
		else
			p->arg[i] = by_code(spec, o);
		spec += n;
		if (*spec == ',')
			spec++;
	}
}

void ebpf_trace_plan(const struct options *o, struct tr_plan *plans)
{
	memset(plans, 0, sizeof(*plans) * TR_NPERS * TR_NSLOTS);
	for (int p = 0; p < TR_NPERS; p++) {
		const struct sc_table *tab = arch_pers[p].table;
		for (unsigned int nr = 0; nr < TR_NSLOTS; nr++) {
			struct tr_plan *pl = &plans[p * TR_NSLOTS + nr];
			const struct sc_info *info = sc_get(tab, (long)nr);
			pl->selected = sel_traced(&o->sel, (enum personality)p,
						  nr);
			for (int i = 0; i < TR_NARGS; i++)
				pl->arg[i] = by_role(ROLE_NONE);
			if (pl->selected && info && info->name)
				plan_call(pl, info, o);
			pl->defer = pl->selected;
			pl->bare = pl->selected && !pl->retfd;
			for (int i = 0; i < TR_NARGS; i++) {
				if (pl->arg[i].kind == TRC_NONE)
					continue;
				pl->bare = 0;
				if (pl->arg[i].when & TR_AT_ENTRY)
					pl->defer = 0;
			}
			/* at exit the memory is the new program's */
			pl->noretry = info && info->name &&
				      !strncmp(info->name, "execve", 6);
		}
	}
}
