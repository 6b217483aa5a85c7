/* The selection compiled into the seccomp filter the command gets. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend/ptrace/ptrace_int.h"
#include "bpfgen/bpfgen.h"
#include "cli/options.h"
#include "trace/stack.h"

/* i386 sub-calls that have no syscall number of their own: they are
 * selected when the named call of the given personality is. */
static const struct {
	const char *name;
	bool ipc;
	unsigned int subcall;
	const char *like;
	enum personality like_pers;
} orphan_subcalls[] = {
	{ "accept", false, 5, "accept", PERS_X86_64 },
	{ "send", false, 9, "sendto", PERS_I386 },
	{ "recv", false, 10, "recvfrom", PERS_I386 },
	{ "semop", true, 1, "semop", PERS_X86_64 },
	{ "semtimedop", true, 4, "semtimedop", PERS_X86_64 },
};

static void collect_subcalls(const struct bitset *traced, struct bitset *sock,
			     struct bitset *ipc)
{
	const struct sc_table *t = arch_pers[PERS_I386].table;

	for (unsigned int nr = 0; nr < t->count; nr++) {
		const struct sc_info *info = &t->calls[nr];
		if (!info->name || !bitset_test(&traced[PERS_I386], nr))
			continue;
		if (info->classes & SC_SOCKETCALL)
			bitset_set(sock, (unsigned long)info->subcall);
		if (info->classes & SC_IPCCALL)
			bitset_set(ipc, (unsigned long)info->subcall);
	}
	for (size_t i = 0; i < sizeof(orphan_subcalls) / sizeof(orphan_subcalls[0]); i++) {
		long nr = sc_lookup(arch_pers[orphan_subcalls[i].like_pers].table,
				    orphan_subcalls[i].like);
		if (nr < 0 ||
		    !bitset_test(&traced[orphan_subcalls[i].like_pers], (unsigned long)nr))
			continue;
		bitset_set(orphan_subcalls[i].ipc ? ipc : sock,
			   orphan_subcalls[i].subcall);
	}
}

/* Syscalls whose only descriptor argument is the first: the filter may
 * test args[0] against --trace-fds for them. */
static void collect_fd_syscalls(enum personality p, struct bitset *out)
{
	const struct sc_table *t = arch_pers[p].table;

	bitset_clear(out);
	for (unsigned int nr = 0; nr < t->count; nr++) {
		const struct sc_info *info = &t->calls[nr];
		if (!info->name || info->nargs == 0 || info->roles[0] != ROLE_FD)
			continue;
		bool other = false;
		for (int i = 1; i < info->nargs; i++)
			if (info->roles[i] == ROLE_FD || info->roles[i] == ROLE_DIRFD ||
			    info->roles[i] == ROLE_PATH)
				other = true;
		if (!other)
			bitset_set(out, nr);
	}
}

/* The exactness guards (guard.c): the calls through which the filter
 * could change what a program does reach sift even when not selected.
 * clone3 and seccomp always (clone3's flags are in memory, both are
 * rare); clone only with CLONE_UNTRACED and prctl only for
 * PR_{GET,SET}_SECCOMP, so the common clones and prctls run unstopped. */
#define GUARD_CLONE_UNTRACED 0x00800000u
#define GUARD_PR_GET_SECCOMP 21
#define GUARD_PR_SET_SECCOMP 22

static void add_guards(struct bitset *traced, struct bpfgen_input *in)
{
	static struct bitset prctl_ops;

	bitset_clear(&prctl_ops);
	bitset_set(&prctl_ops, GUARD_PR_GET_SECCOMP);
	bitset_set(&prctl_ops, GUARD_PR_SET_SECCOMP);
	in->nconds = 2;
	in->conds[0].mask = GUARD_CLONE_UNTRACED;
	in->conds[1].values = &prctl_ops;
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_table *t = arch_pers[p].table;
		long clone3 = sc_lookup(t, "clone3");
		long seccomp = sc_lookup(t, "seccomp");

		if (clone3 >= 0)
			bitset_set(&traced[p], (unsigned long)clone3);
		if (seccomp >= 0)
			bitset_set(&traced[p], (unsigned long)seccomp);
		in->conds[0].nr[p] = sc_lookup(t, "clone");
		in->conds[1].nr[p] = sc_lookup(t, "prctl");
	}
}

static bool traces_everything(const struct bitset *traced)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		const struct sc_table *t = arch_pers[p].table;
		for (unsigned int nr = 0; nr < t->count; nr++)
			if (t->calls[nr].name && !bitset_test(&traced[p], nr))
				return false;
	}
	return true;
}

/* The seccomp mode sift itself runs under (/proc/self/status), and how
 * many filters; 0 when none or not known. */
static int inherited_seccomp(int *nfilters)
{
	char line[256];
	int mode = 0;
	FILE *f = fopen("/proc/self/status", "r");

	*nfilters = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Seccomp: %d", &mode) == 1)
			continue;
		sscanf(line, "Seccomp_filters: %d", nfilters);
	}
	fclose(f);
	return mode;
}

bool ptr_filter_wanted(const struct options *o, char *why, size_t len)
{
	int nfilters;
	int mode = inherited_seccomp(&nfilters);

	*why = '\0';
	if (o->seccomp == SECCOMP_NEVER) {
		snprintf(why, len, "--seccomp-bpf=never");
		return false;
	}
	if (o->npids) {
		snprintf(why, len, "-p attaches to running processes");
		return false;
	}
	/* A filter sift runs under can answer a selected call with ERRNO,
	 * KILL, TRAP or USER_NOTIF before sift's TRACE is looked at, and
	 * this task cannot read it back (PTRACE_SECCOMP_GET_FILTER is
	 * refused to a tracer under seccomp): only plain ptrace sees every
	 * call. */
	if (mode) {
		snprintf(why, len, "sift runs under a seccomp %s of its own "
			 "(%d inherited filter%s) that could hide calls from it",
			 mode == 1 ? "strict mode" : "filter", nfilters,
			 nfilters == 1 ? "" : "s");
		return false;
	}
	/* Children untraced without -f would get ENOSYS under the filter;
	 * following them quietly shows (TracerPid, PTRACE_TRACEME fails),
	 * so only an explicit --seccomp-bpf pays that price. */
	if (!o->follow && o->seccomp == SECCOMP_AUTO) {
		snprintf(why, len, "without -f it is used only when asked for "
			 "(--seccomp-bpf)");
		return false;
	}
	return true;
}

int ptr_filter_build(const struct options *o, struct sock_fprog *prog,
		     bool dump)
{
	static struct bitset traced[PERS_COUNT], fd_sys[PERS_COUNT];
	static struct bitset sock, ipc, fds;
	struct bpfgen_input in;
	struct bpfgen_prog out;

	memset(&in, 0, sizeof(in));
	bitset_clear(&sock);
	bitset_clear(&ipc);
	for (int p = 0; p < PERS_COUNT; p++) {
		traced[p] = o->sel.trace[p]; /* injection needs tracing too */
		in.traced[p] = &traced[p];
		/* numbers past the table are always traced (sel_traced) */
		in.trace_from[p] = arch_pers[p].table->count;
	}
	/* -n labels the exit line with the last syscall: exit_group's */
	if (o->syscall_number) {
		for (int p = 0; p < PERS_COUNT; p++) {
			long e1 = sc_lookup(arch_pers[p].table, "exit_group");
			long e2 = sc_lookup(arch_pers[p].table, "exit");
			if (e1 >= 0)
				bitset_set(&traced[p], (unsigned long)e1);
			if (e2 >= 0)
				bitset_set(&traced[p], (unsigned long)e2);
		}
	}
	/* -k must see every change of the mappings to name frames right */
	if (o->stack_trace) {
		const struct sc_table *t = arch_pers[PERS_X86_64].table;
		for (unsigned int nr = 0; nr < t->count; nr++)
			if (t->calls[nr].name &&
			    stack_changes_mappings(t->calls[nr].name))
				bitset_set(&traced[PERS_X86_64], nr);
	}
	/* nothing to gain, and -b execve must be able to detach */
	if (!dump && (traces_everything(traced) || o->detach_on_execve))
		return -ENOTSUP;
	add_guards(traced, &in);
	collect_subcalls(traced, &sock, &ipc);
	in.socketcalls = &sock;
	in.ipccalls = &ipc;
	const struct sel_fdset *tf = &o->sel.trace_fds;
	if (o->sel.trace_fds_given && !o->sel.npaths && !tf->nhigh &&
	    !tf->high_inverted) {
		fds = tf->low;
		in.fds = &fds;
		for (int p = 0; p < PERS_COUNT; p++) {
			collect_fd_syscalls((enum personality)p, &fd_sys[p]);
			in.fd_syscalls[p] = &fd_sys[p];
		}
	}
	int err = bpfgen_build(&in, &out);
	if (err)
		return err;
	if (dump) {
		char why[256];
		bpfgen_dump(stdout, &out);
		printf("guards: clone3 and seccomp always, clone with "
		       "CLONE_UNTRACED, prctl PR_GET_SECCOMP/PR_SET_SECCOMP\n");
		if (ptr_filter_wanted(o, why, sizeof(why)))
			printf("used: yes\n");
		else
			printf("used: no: %s\n", why);
	}
	prog->len = (unsigned short)out.len;
	prog->filter = out.insns; /* ownership moves to prog */
	return 0;
}

void ptr_filter_free(struct sock_fprog *prog)
{
	free(prog->filter);
	prog->filter = NULL;
	prog->len = 0;
}
