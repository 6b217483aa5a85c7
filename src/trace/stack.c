/* -k stack traces.  libdw walks the frames; the text follows what the
 * installed strace 6.1 prints, which is built on libunwind: a frame is
 * named after the mapping (/proc/PID/maps) that holds its pc, its bracketed
 * number is the pc's offset in that file, and its symbol is the nearest
 * function symbol at or below the pc in the file's .symtab/.dynsym, sizes
 * ignored (so a local function of a stripped library shows as the
 * exported one before it).  A caller frame is looked up at pc - 1, since
 * its pc is a return address that may already belong to the next
 * function. */
#include <libiberty/demangle.h>
#include <elfutils/libdwfl.h>
#include <errno.h>
#include <gelf.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "trace/stack.h"
#include "util/strbuf.h"

/* strace prints at most this many frames, then "too many stack frames". */
#define STACK_MAX_FRAMES 256

struct map {
	uint64_t start, end, off;
	bool exec;
	char *path;
};

struct sym {
	uint64_t value;
	uint32_t order; /* position in the file: the first of equals wins */
	const char *name;
};

/* Function symbols of one module's file, sorted by (value, order).  The
 * names point into the module's Elf, which lives as long as the module. */
struct modsyms {
	struct sym *rel; /* st_value relative to the load offset */
	size_t nrel;
	struct sym *abs; /* SHN_ABS: never relocated */
	size_t nabs;
	uint64_t filesize;
	/* PT_LOAD (offset, vaddr) pairs, to find the load offset from the
	 * mapping a pc is in */
	uint64_t (*loads)[2];
	size_t nloads;
};

struct proc {
	pid_t tgid;
	bool stale; /* mappings changed since they were last read */
	Dwfl *dwfl;
	dev_t exe_dev;
	ino_t exe_ino;
	struct map *maps;
	size_t nmaps;
};

static struct proc *procs;
static size_t nprocs, procs_cap;

static uint64_t pagemask;
static char *debuginfo_path;
static const Dwfl_Callbacks proc_callbacks = {
	.find_elf = dwfl_linux_proc_find_elf,
	.find_debuginfo = dwfl_standard_find_debuginfo,
	.debuginfo_path = &debuginfo_path,
};

static void modsyms_free(struct modsyms *ms)
{
	if (!ms)
		return;
	free(ms->rel);
	free(ms->abs);
	free(ms->loads);
	free(ms);
}

/* dwfl_report_end: a module went away with its mapping */
static int module_removed(Dwfl_Module *mod, void *userdata, const char *name,
			  Dwarf_Addr base, void *arg)
{
	void **ud = userdata;

	modsyms_free(*ud);
	*ud = NULL;
	return DWARF_CB_OK;
}

static int module_free(Dwfl_Module *mod, void **userdata, const char *name,
		       Dwarf_Addr base, void *arg)
{
	modsyms_free(*userdata);
	*userdata = NULL;
	return DWARF_CB_OK;
}

static void maps_free(struct proc *p)
{
	for (size_t i = 0; i < p->nmaps; i++)
		free(p->maps[i].path);
	free(p->maps);
	p->maps = NULL;
	p->nmaps = 0;
}

static void dwfl_drop(struct proc *p)
{
	if (!p->dwfl)
		return;
	dwfl_getmodules(p->dwfl, module_free, NULL, 0);
	dwfl_end(p->dwfl);
	p->dwfl = NULL;
}

static struct proc *proc_find(pid_t tgid)
{
	for (size_t i = 0; i < nprocs; i++)
		if (procs[i].tgid == tgid)
			return &procs[i];
	return NULL;
}

static struct proc *proc_get(pid_t tgid)
{
	struct proc *p = proc_find(tgid);

	if (p)
		return p;
	if (nprocs == procs_cap) {
		size_t cap = procs_cap ? 2 * procs_cap : 8;
		struct proc *n = realloc(procs, cap * sizeof(*n));

		if (!n)
			return NULL;
		procs = n;
		procs_cap = cap;
	}
	p = &procs[nprocs++];
	*p = (struct proc){ .tgid = tgid, .stale = true };
	return p;
}

/* The mappings that strace's own /proc/PID/maps reader keeps: named ones
 * (files and [vdso], [stack] ...), ascending, without duplicates or
 * overlaps. */
static int maps_read(struct proc *p)
{
	char path[64];
	FILE *f;
	char *line = NULL;
	size_t cap = 0, mcap = 0;
	ssize_t len;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)p->tgid);
	f = fopen(path, "re");
	if (!f)
		return -errno;
	maps_free(p);
	while ((len = getline(&line, &cap, f)) > 0) {
		unsigned long long start, end, off;
		unsigned int maj, min;
		char r, w, x, s;
		int n = 0;

		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (sscanf(line, "%llx-%llx %c%c%c%c %llx %x:%x %*d %n", &start,
			   &end, &r, &w, &x, &s, &off, &maj, &min, &n) < 9 ||
		    n <= 0 || line[n] == '\0')
			continue;
		if ((r != 'r' && r != '-') || (w != 'w' && w != '-') ||
		    (x != 'x' && x != '-') || (s != 'p' && s != 's'))
			continue;
		if (end < start)
			break;
		if (p->nmaps) {
			const struct map *last = &p->maps[p->nmaps - 1];

			if (start <= last->start || start < last->end)
				continue;
		}
		if (p->nmaps == mcap) {
			size_t ncap = mcap ? 2 * mcap : 64;
			struct map *nm = realloc(p->maps, ncap * sizeof(*nm));

			if (!nm)
				break;
			p->maps = nm;
			mcap = ncap;
		}
		p->maps[p->nmaps] = (struct map){
			.start = start,
			.end = end,
			.off = off,
			.exec = x == 'x',
			.path = strdup(line + n),
		};
		if (!p->maps[p->nmaps].path)
			break;
		p->nmaps++;
	}
	free(line);
	fclose(f);
	return 0;
}

static const struct map *map_find(const struct proc *p, uint64_t addr)
{
	size_t lo = 0, hi = p->nmaps;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct map *m = &p->maps[mid];

		if (addr < m->start)
			hi = mid;
		else if (addr >= m->end)
			lo = mid + 1;
		else
			return m;
	}
	return NULL;
}

/* Reports the current mappings as modules; modules whose mapping is
 * unchanged are kept by libdw with their loaded ELF and symbols. */
static int dwfl_rereport(struct proc *p)
{
	int r;

	dwfl_report_begin(p->dwfl);
	r = dwfl_linux_proc_report(p->dwfl, p->tgid);
	if (dwfl_report_end(p->dwfl, module_removed, NULL) != 0 && r == 0)
		r = -1;
	if (r > 0)
		return -r;
	return r < 0 ? -ESRCH : 0;
}

/* Brings p's Dwfl and maps up to date with the process. */
static int proc_refresh(struct proc *p)
{
	char path[64];
	struct stat st;
	bool have_exe;
	int err;

	if (p->dwfl && !p->stale)
		return 0;
	snprintf(path, sizeof(path), "/proc/%d/exe", (int)p->tgid);
	have_exe = stat(path, &st) == 0;
	/* The attached state holds the executable of the old image and the
	 * unwinder chosen for its machine: after an execve, start over. */
	if (p->dwfl && have_exe &&
	    (st.st_dev != p->exe_dev || st.st_ino != p->exe_ino))
		dwfl_drop(p);
	if (!p->dwfl) {
		p->dwfl = dwfl_begin(&proc_callbacks);
		if (!p->dwfl)
			return -ENOMEM;
		err = dwfl_rereport(p);
		if (err)
			goto fail;
		/* true: sift holds the thread in a ptrace stop already, so
		 * libdw neither attaches nor detaches; it only reads the
		 * registers (PTRACE_GETREGS) and memory. */
		err = dwfl_linux_proc_attach(p->dwfl, p->tgid, true);
		if (err) {
			err = err > 0 ? -err : -ESRCH;
			goto fail;
		}
		p->exe_dev = have_exe ? st.st_dev : 0;
		p->exe_ino = have_exe ? st.st_ino : 0;
	} else {
		err = dwfl_rereport(p);
		if (err)
			goto fail;
	}
	err = maps_read(p);
	if (err)
		goto fail;
	p->stale = false;
	return 0;
fail:
	dwfl_drop(p);
	return err;
}

static int sym_cmp(const void *a, const void *b)
{
	const struct sym *x = a, *y = b;

	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int sym_push(struct sym **v, size_t *n, size_t *cap, struct sym s)
{
	if (*n == *cap) {
		size_t ncap = *cap ? 2 * *cap : 256;
		struct sym *nv = realloc(*v, ncap * sizeof(*nv));

		if (!nv)
			return -ENOMEM;
		*v = nv;
		*cap = ncap;
	}
	(*v)[(*n)++] = s;
	return 0;
}

/* Every defined STT_FUNC symbol of every SHT_SYMTAB and SHT_DYNSYM section
 * of the file, in file order (what libunwind 1.6 searches). */
static void modsyms_load(struct modsyms *ms, Elf *elf)
{
	size_t caprel = 0, capabs = 0, nph = 0;
	uint32_t order = 0;
	Elf_Scn *scn = NULL;
	char *raw;
	size_t rawsize = 0;

	raw = elf_rawfile(elf, &rawsize);
	ms->filesize = raw ? rawsize : UINT64_MAX;
	if (elf_getphdrnum(elf, &nph) == 0 && nph > 0) {
		ms->loads = calloc(nph, sizeof(*ms->loads));
		for (size_t i = 0; ms->loads && i < nph; i++) {
			GElf_Phdr ph;

			if (!gelf_getphdr(elf, (int)i, &ph) ||
			    ph.p_type != PT_LOAD)
				continue;
			ms->loads[ms->nloads][0] = ph.p_offset;
			ms->loads[ms->nloads][1] = ph.p_vaddr;
			ms->nloads++;
		}
	}
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		Elf_Data *data;
		size_t count;

		if (!gelf_getshdr(scn, &sh) ||
		    (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) ||
		    !sh.sh_entsize)
			continue;
		data = elf_getdata(scn, NULL);
		if (!data)
			continue;
		count = sh.sh_size / sh.sh_entsize;
		for (size_t i = 0; i < count; i++, order++) {
			GElf_Sym s;
			const char *name;
			struct sym e;

			if (!gelf_getsym(data, (int)i, &s) ||
			    GELF_ST_TYPE(s.st_info) != STT_FUNC ||
			    s.st_shndx == SHN_UNDEF)
				continue;
			name = elf_strptr(elf, sh.sh_link, s.st_name);
			e = (struct sym){ .value = s.st_value,
					  .order = order,
					  .name = name ? name : "" };
			if (s.st_shndx == SHN_ABS ?
				    sym_push(&ms->abs, &ms->nabs, &capabs, e) :
				    sym_push(&ms->rel, &ms->nrel, &caprel, e))
				goto sort; /* out of memory: keep what we have */
		}
	}
sort:
	if (ms->nrel)
		qsort(ms->rel, ms->nrel, sizeof(*ms->rel), sym_cmp);
	if (ms->nabs)
		qsort(ms->abs, ms->nabs, sizeof(*ms->abs), sym_cmp);
}

static struct modsyms *modsyms_get(Dwfl_Module *mod)
{
	void **ud;
	struct modsyms *ms;
	GElf_Addr bias;
	Elf *elf;

	dwfl_module_info(mod, &ud, NULL, NULL, NULL, NULL, NULL, NULL);
	if (*ud)
		return *ud;
	ms = calloc(1, sizeof(*ms));
	if (!ms)
		return NULL;
	*ud = ms;
	elf = dwfl_module_getelf(mod, &bias);
	if (elf)
		modsyms_load(ms, elf);
	return ms;
}

/* The last symbol with value <= addr - shift; among equal values the first
 * in file order.  Returns its distance, or UINT64_MAX. */
static uint64_t sym_nearest(const struct sym *v, size_t n, uint64_t shift,
			    uint64_t addr, const struct sym **best)
{
	size_t lo = 0, hi = n;
	uint64_t val;

	if (addr < shift)
		return UINT64_MAX;
	addr -= shift;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].value <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return UINT64_MAX;
	val = v[lo - 1].value;
	while (lo > 1 && v[lo - 2].value == val)
		lo--;
	*best = &v[lo - 1];
	return addr - val;
}

/* The symbol libunwind names for addr, with addr's distance from it. */
static const char *sym_lookup(const struct proc *p, uint64_t addr,
			      uint64_t *off)
{
	const struct map *m = map_find(p, addr);
	const struct sym *rel = NULL, *abs = NULL;
	struct modsyms *ms;
	Dwfl_Module *mod;
	const char *modname;
	uint64_t shift = 0, drel, dabs;
	size_t plen;

	/* libunwind opens the mapped file by name: not [vdso], nor a file
	 * deleted since it was mapped */
	if (!m || m->path[0] != '/')
		return NULL;
	plen = strlen(m->path);
	if (plen > 10 && !strcmp(m->path + plen - 10, " (deleted)"))
		return NULL;
	mod = dwfl_addrmodule(p->dwfl, addr);
	if (!mod)
		return NULL;
	modname = dwfl_module_info(mod, NULL, NULL, NULL, NULL, NULL, NULL,
				   NULL);
	if (!modname || strcmp(modname, m->path) != 0)
		return NULL;
	ms = modsyms_get(mod);
	if (!ms)
		return NULL;
	/* load offset: from the segment the mapping maps (offsets compared
	 * page-aligned, as p_offset need not be) */
	if (!pagemask)
		pagemask = (uint64_t)sysconf(_SC_PAGESIZE) - 1;
	for (size_t i = 0; i < ms->nloads; i++)
		if ((ms->loads[i][0] & ~pagemask) == m->off) {
			shift = m->start - ms->loads[i][1] +
				(ms->loads[i][0] & pagemask);
			break;
		}
	drel = sym_nearest(ms->rel, ms->nrel, shift, addr, &rel);
	dabs = sym_nearest(ms->abs, ms->nabs, 0, addr, &abs);
	if (dabs < drel || (dabs == drel && abs && rel &&
			    abs->order < rel->order)) {
		drel = dabs;
		rel = abs;
	}
	if (!rel || drel >= ms->filesize)
		return NULL;
	*off = drel;
	return rel->name;
}

struct walk {
	struct proc *p;
	struct strbuf *out;
	bool entry;
	unsigned int frames;
	bool too_many;
	bool unmapped; /* a pc outside the executable mappings we know */
};

static int frame_cb(Dwfl_Frame *fr, void *arg)
{
	struct walk *w = arg;
	const struct map *m;
	Dwarf_Addr pc;
	bool activation;
	const char *name;
	uint64_t off = 0;

	if (!dwfl_frame_pc(fr, &pc, &activation))
		return DWARF_CB_ABORT;
	if (w->frames == STACK_MAX_FRAMES) {
		w->too_many = true;
		return DWARF_CB_ABORT;
	}
	m = map_find(w->p, pc);
	if (!m || !m->exec) {
		if (pc) {
			w->unmapped = true;
			sb_printf(w->out,
				  " > unexpected_backtracing_error [0x%" PRIx64
				  "]\n",
				  (uint64_t)pc);
		}
		return DWARF_CB_ABORT;
	}
	w->frames++;
	/* a return address: look up the call instruction before it */
	name = sym_lookup(w->p, activation ? pc : pc - 1, &off);
	if (name && !activation)
		off++;
	if (!name) {
		name = "";
		off = 0;
	}
	if (name[0] || w->entry) {
		/* C++ names as people read them, as strace shows them */
		char *readable = cplus_demangle(name, DMGL_AUTO | DMGL_PARAMS);

		sb_printf(w->out, " > %s(%s+0x%" PRIx64 ") [0x%" PRIx64 "]\n",
			  m->path, readable ? readable : name, off,
			  pc - m->start + m->off);
		free(readable);
	} else
		sb_printf(w->out, " > %s() [0x%" PRIx64 "]\n", m->path,
			  pc - m->start + m->off);
	return DWARF_CB_OK;
}

static int walk(struct proc *p, pid_t tid, struct strbuf *out, bool entry,
		bool *unmapped)
{
	struct walk w = { .p = p, .out = out, .entry = entry };
	size_t len0 = out->len;
	int r, err = proc_refresh(p);

	if (err)
		return err;
	r = dwfl_getthread_frames(p->dwfl, tid, frame_cb, &w);
	if (w.too_many)
		sb_puts(out, " > too many stack frames\n");
	*unmapped = w.unmapped;
	/* libdw could not even start (registers unreadable, thread gone):
	 * nothing to show.  A failure further up ends the list quietly, as
	 * with strace. */
	if (r == -1 && out->len == len0)
		return -ESRCH;
	return 0;
}

static int capture(pid_t tgid, pid_t tid, struct strbuf *out, bool entry)
{
	struct proc *p = proc_get(tgid);
	size_t len0 = out->len;
	bool fresh, unmapped;
	int err;

	if (!p)
		return -ENOMEM;
	fresh = p->stale || !p->dwfl;
	err = walk(p, tid, out, entry, &unmapped);
	/* A pc outside the mappings we read: they changed behind our back
	 * (a mapping syscall nobody told us about).  Reread them once. */
	if (!err && unmapped && !fresh) {
		out->len = len0;
		if (out->buf)
			out->buf[len0] = '\0';
		p->stale = true;
		err = walk(p, tid, out, entry, &unmapped);
	}
	return err;
}

int stack_capture(pid_t tgid, pid_t tid, struct strbuf *out)
{
	return capture(tgid, tid, out, false);
}

int stack_capture_entry(pid_t tgid, pid_t tid, struct strbuf *out)
{
	return capture(tgid, tid, out, true);
}

void stack_invalidate(pid_t tgid)
{
	struct proc *p = proc_find(tgid);

	if (p)
		p->stale = true;
}

void stack_forget(pid_t tgid)
{
	struct proc *p = proc_find(tgid);

	if (!p)
		return;
	dwfl_drop(p);
	maps_free(p);
	*p = procs[--nprocs];
}

void stack_cleanup(void)
{
	while (nprocs)
		stack_forget(procs[nprocs - 1].tgid);
	free(procs);
	procs = NULL;
	procs_cap = 0;
}

bool stack_changes_mappings(const char *name)
{
	static const char *const calls[] = {
		"mmap", "mprotect", "pkey_mprotect", "munmap", "mremap", "brk",
		"shmat", "shmdt", "remap_file_pages", "execve", "execveat",
	};

	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (strcmp(calls[i], name) == 0)
			return true;
	return false;
}
