/* The eBPF trace session: load trace.bpf.c with the capture plan, start
 * or register the tracees, and turn each ring buffer record into the call
 * record the ptrace backend would have built, for the report module.
 * The decoders read the captured memory through tmem's region source. */
#include "backend/ebpf/trace.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "backend/ebpf/ringbuf.h"
#include "backend/ptrace/ptrace_int.h"
#include "cli/options.h"
#include "output/output.h"
#include "summary/summary.h"
#include "tmem/tmem.h"
#include "trace/report.h"
#include "trace/task.h"
#include "trace.skel.h"

#ifndef PIDFD_THREAD
#define PIDFD_THREAD 0x80
#endif

/* The BPF side wakes sift only when a batch is waiting: this bounds how
 * long a lone record waits. */
#define POLL_MS 10
#define MAX_REGIONS 2048

/* A task's entry record, kept until its exit: the decoders may read at
 * exit what was captured at entry. */
struct saved {
	pid_t tid;
	void *rec;
	size_t len, cap; /* len 0: no call in progress */
	bool deferred; /* entry not reported yet: it waits for its exit's
			* second capture */
	/* signals sent to the task during the call, which a ptrace tracer
	 * sees after it */
	siginfo_t sigs[4];
	int nsigs;
	struct saved *next;
};

#define SAVED_BUCKETS 256

static struct {
	struct options *o;
	struct trace *skel;
	struct rbuf *rb;
	struct output *main_out;
	struct saved *saved[SAVED_BUCKETS];
	struct tmem_region regs[MAX_REGIONS];
	uint64_t lost_shown;
	bool stop_now;    /* --syscall-limit reached */
	bool draining;    /* detached: what is left in the buffer */
} ss;

static volatile sig_atomic_t interrupted;
static bool live_floor; /* SIFT_EBPF_FLOOR: wait for the command only */

static void on_signal(int sig)
{
	interrupted = sig;
}

static int libbpf_quiet(enum libbpf_print_level level, const char *fmt,
			va_list ap)
{
	return getenv("SIFT_DEBUG_BPF") ? vfprintf(stderr, fmt, ap) : 0;
}

static struct saved **saved_slot(pid_t tid)
{
	struct saved **p = &ss.saved[(unsigned int)tid % SAVED_BUCKETS];

	while (*p && (*p)->tid != tid)
		p = &(*p)->next;
	return p;
}

static void saved_drop(pid_t tid)
{
	struct saved **p = saved_slot(tid), *s = *p;

	if (!s)
		return;
	*p = s->next;
	free(s->rec);
	free(s);
}

/* The call is over: the record's memory stays for the task's next. */
static void saved_done(pid_t tid)
{
	struct saved *s = *saved_slot(tid);

	if (s) {
		s->len = 0;
		s->deferred = false;
		s->nsigs = 0;
	}
}

static struct saved *saved_keep(pid_t tid, const void *rec, size_t len)
{
	struct saved **p = saved_slot(tid), *s = *p;

	if (!s) {
		s = calloc(1, sizeof(*s));
		if (!s)
			abort();
		s->tid = tid;
		*p = s;
	}
	if (len > s->cap) {
		free(s->rec);
		s->rec = malloc(len);
		if (!s->rec)
			abort();
		s->cap = len;
	}
	memcpy(s->rec, rec, len);
	s->len = len;
	s->deferred = false;
	s->nsigs = 0;
	return s;
}

_Static_assert(offsetof(struct tr_event, ip) == TR_HDR_SHORT,
	       "TR_HDR_SHORT is where struct tr_event's ip begins");

/* Append the regions of record rec to ss.regs from index n. */
static size_t add_regions(const void *rec, size_t len, size_t n)
{
	const struct tr_event *e = rec;
	size_t off;

	if (len < TR_HDR_SHORT)
		return n;
	off = TR_HDR_LEN(e->type);

	for (uint32_t i = 0; i < e->nregions && n < MAX_REGIONS; i++) {
		const struct tr_region *r = (const void *)((const char *)rec + off);
		if (off + sizeof(*r) > len || off + sizeof(*r) + r->len > len)
			break;
		ss.regs[n].addr = r->addr;
		if (r->flags & TR_REG_FD)
			ss.regs[n].addr = (r->addr & 0xffffffffu) |
				TMEM_FD_REGION |
				(r->flags & TR_REG_FDSPECIAL ? TMEM_FD_SPECIAL : 0) |
				(r->flags & TR_REG_FDSTAT ? TMEM_FD_STAT : 0) |
				(r->flags & TR_REG_DELETED ? TMEM_FD_DELETED : 0);
		ss.regs[n].len = r->len;
		ss.regs[n].data = r + 1;
		n++;
		off += sizeof(*r) + ((r->len + 7) & ~7u);
	}
	return n;
}

static struct output *output_for(pid_t tid)
{
	char name[4096];
	struct output *o;

	if (ss.o->follow != 2 || !ss.o->outfile)
		return ss.main_out;
	snprintf(name, sizeof(name), "%s.%d", ss.o->outfile, tid);
	if (out_open(&o, name, ss.o->append) < 0) {
		out_diag("can't open '%s': %s", name,
			strerror(errno));
		return ss.main_out;
	}
	return o;
}

static struct task *get_task(pid_t tid, pid_t tgid)
{
	struct task *t = task_find(tid);

	if (t)
		return t;
	t = task_add(tid, tgid);
	t->out = output_for(tid);
	return t;
}

static void drop_task(struct task *t)
{
	saved_drop(t->tid);
	if (t->out && t->out != ss.main_out)
		out_close(t->out);
	task_del(t);
}

/* "--- lost N events ---" where the loss was noticed. */
static void report_lost(uint64_t n)
{
	struct output *o = ss.main_out;
	char line[96];

	if (!n)
		return;
	ss.lost_shown += n;
	if (ss.o->count == 1)
		return;
	if (ss.o->json) {
		snprintf(line, sizeof(line), "{\"type\":\"lost\",\"count\":%llu}\n",
			 (unsigned long long)n);
	} else {
		if (o->open_tid) {
			out_puts(o, " <unfinished ...>\n");
			o->open_tid = 0;
		}
		snprintf(line, sizeof(line), "--- lost %llu events ---\n",
			 (unsigned long long)n);
	}
	out_puts(o, line);
}

static void fill_call(struct task *t, const struct tr_event *e)
{
	struct sc_call *c = &t->call;
	enum personality p = e->pers < PERS_COUNT ? (enum personality)e->pers :
						   PERS_X86_64;

	if (e->nr == -1)
		p = PERS_X86_64;
	if (p != t->pers_seen) {
		report_personality(t, p);
		t->pers_seen = p;
	}
	memset(c, 0, sizeof(*c));
	c->tid = t->tid;
	c->pers = p;
	c->nr = (long)((uint64_t)e->nr & ~(uint64_t)arch_pers[p].nr_bias);
	c->info = sc_get(arch_pers[p].table, c->nr);
	memcpy(c->args, e->args, sizeof(c->args));
	c->ip = e->ip;
	c->sp = e->sp;
}

static void on_enter(const struct tr_event *e, size_t len)
{
	struct task *t = get_task((pid_t)e->tid, (pid_t)e->tgid);

	if (t->in_syscall) /* its exit was lost */
		report_syscall_abandon(t, false);
	fill_call(t, e);
	t->in_syscall = true;
	struct saved *s = saved_keep(t->tid, e, len);
	if (e->aux) {
		/* some memory comes with the exit: show the entry then */
		s->deferred = true;
		return;
	}
	tmem_use_regions(ss.regs, add_regions(e, len, 0));
	if (report_selected(t))
		report_syscall_entry(t);
	tmem_use_regions(NULL, 0);
}

static void flush_signals(struct task *t)
{
	struct saved *s = *saved_slot(t->tid);

	for (int i = 0; s && i < s->nsigs; i++)
		report_signal(t, &s->sigs[i]);
	if (s)
		s->nsigs = 0;
}

/* A deferred entry, with the memory captured at exit too (n regions). */
static void late_entry(struct task *t, struct saved *s, size_t n)
{
	if (!s || !s->deferred)
		return;
	s->deferred = false;
	tmem_use_regions(ss.regs, n);
	if (report_selected(t))
		report_syscall_entry(t);
	tmem_use_regions(NULL, 0);
}

static void on_exit_rec(const struct tr_event *e, size_t len)
{
	struct task *t = task_find((pid_t)e->tid);
	struct saved *s;

	if (!t || !t->in_syscall)
		return;
	size_t n = add_regions(e, len, 0);
	s = *saved_slot(t->tid);
	if (s)
		n = add_regions(s->rec, s->len, n);
	late_entry(t, s, n);
	t->call.rval = e->ret;
	t->call.is_error = e->ret < 0 && e->ret >= -4095;
	t->call.exited = true;
	tmem_use_regions(ss.regs, n);
	report_syscall_exit(t);
	tmem_use_regions(NULL, 0);
	flush_signals(t);
	t->in_syscall = false;
	t->printing = false;
	saved_done(t->tid);
	if (report_limit_reached())
		ss.stop_now = true;
}

static void on_gone(const struct tr_event *e)
{
	struct task *t = task_find((pid_t)e->tid);
	int status = (int)e->aux;

	if (!t)
		return;
	if (!t->in_syscall && e->pers < PERS_COUNT) {
		/* -n shows the last call's number on the exit line */
		t->call.pers = (enum personality)e->pers;
		t->call.nr = (long)((uint64_t)e->nr &
				    ~(uint64_t)arch_pers[e->pers].nr_bias);
	}
	if (t->in_syscall) {
		struct saved *s = *saved_slot(t->tid);
		if (s)
			late_entry(t, s, add_regions(s->rec, s->len, 0));
		report_syscall_abandon(t, false);
		flush_signals(t);
	}
	if (WIFSIGNALED(status))
		report_killed(t, WTERMSIG(status), WCOREDUMP(status));
	else
		report_exited(t, WEXITSTATUS(status));
	drop_task(t);
}

static void on_signal_rec(const struct tr_event *e, size_t len)
{
	struct task *t = task_find((pid_t)e->tid);
	siginfo_t si;
	size_t n = add_regions(e, len, 0);

	if (!t)
		t = get_task((pid_t)e->tid, (pid_t)e->tgid);
	memset(&si, 0, sizeof(si));
	if (n && ss.regs[0].len <= sizeof(si)) {
		memcpy(&si, ss.regs[0].data, ss.regs[0].len);
	} else {
		si.si_signo = (int)e->aux;
		/* SEND_SIG_PRIV: from the kernel; else from a process */
		si.si_code = e->ret == 1 ? SI_KERNEL : SI_USER;
	}
	struct saved *s = *saved_slot(t->tid);
	if (t->in_syscall && s && s->nsigs < 4) {
		s->sigs[s->nsigs++] = si;
		return;
	}
	report_signal(t, &si);
}

static int on_record(void *data, size_t len)
{
	const struct tr_event *e = data;

	if (ss.stop_now || (interrupted && !ss.draining))
		return -EINTR; /* a busy buffer never runs dry: stop here */
	if (len < TR_HDR_SHORT || len < TR_HDR_LEN(e->type))
		return 0;
	if (e->lost)
		report_lost(e->lost);
	switch (e->type) {
	case TR_ENTER:
		on_enter(e, len);
		break;
	case TR_EXIT:
		on_exit_rec(e, len);
		break;
	case TR_CALL: /* its regions are the exit's */
		on_enter(e, sizeof(*e));
		on_exit_rec(e, len);
		break;
	case TR_FORK:
		get_task((pid_t)e->aux, (pid_t)e->args[0]);
		break;
	case TR_GONE:
		on_gone(e);
		break;
	case TR_SIGNAL:
		on_signal_rec(e, len);
		break;
	}
	return 0;
}

static void explain(int err, char *why, unsigned long len, const char *what)
{
	if (err == -EPERM || err == -EACCES)
		snprintf(why, len, "%s: no permission (needs root, or CAP_BPF "
			 "and CAP_PERFMON)", what);
	else
		snprintf(why, len, "%s: %s", what, strerror(-err));
}

static unsigned long ring_size(const struct options *o)
{
	unsigned long want = o->ebpf_buffer ? o->ebpf_buffer :
					      EBPF_TRACE_BUFFER;
	unsigned long sz = (unsigned long)sysconf(_SC_PAGESIZE);

	while (sz < want && sz < (1ul << 30))
		sz <<= 1;
	return sz;
}

static int load_plans(const struct options *o)
{
	size_t n = TR_NPERS * TR_NSLOTS;
	struct tr_plan *plans = calloc(n, sizeof(*plans));
	int fd = bpf_map__fd(ss.skel->maps.plans), err = 0;

	if (!plans)
		return -ENOMEM;
	ebpf_trace_plan(o, plans);
	for (__u32 k = 0; k < n && !err; k++)
		if (plans[k].selected &&
		    bpf_map_update_elem(fd, &k, &plans[k], 0))
			err = -errno;
	free(plans);
	return err;
}

static int session_open(struct options *o, char *why, unsigned long len)
{
	int err, ncpu = libbpf_num_possible_cpus();

	libbpf_set_print(libbpf_quiet);
	if (access("/sys/kernel/btf/vmlinux", R_OK) != 0) {
		snprintf(why, len, "kernel BTF not available "
			 "(/sys/kernel/btf/vmlinux: %s)", strerror(errno));
		return -ENOENT;
	}
	ss.skel = trace__open();
	if (!ss.skel) {
		err = -errno;
		explain(err, why, len, "opening the BPF object");
		return err;
	}
	ss.skel->rodata->follow = o->follow != 0;
	/* the benchmarks' floor: two empty programs, nothing traced */
	bool floor = getenv("SIFT_EBPF_FLOOR") != NULL;
	struct bpf_program *prog;
	bpf_object__for_each_program(prog, ss.skel->obj) {
		bool is_floor = strstr(bpf_program__name(prog), "floor");
		bpf_program__set_autoload(prog, floor == is_floor);
	}
	bpf_map__set_max_entries(ss.skel->maps.scratch,
				 (__u32)(ncpu > 0 ? ncpu : 1));
	bpf_map__set_max_entries(ss.skel->maps.events, (__u32)ring_size(o));
	ss.skel->rodata->wake_bytes = ring_size(o) / 16;
	if (!floor)
		bpf_program__set_autoload(ss.skel->progs.tr_fork,
					  o->follow != 0);
	err = trace__load(ss.skel);
	if (err) {
		explain(err, why, len, "loading the BPF tracer");
		return err;
	}
	err = load_plans(o);
	if (err) {
		explain(err, why, len, "the capture plan");
		return err;
	}
	if (floor)
		live_floor = true;
	err = trace__attach(ss.skel);
	if (err) {
		explain(err, why, len, "attaching to the syscall tracepoints");
		return err;
	}
	ss.rb = rbuf_open(bpf_map__fd(ss.skel->maps.events), ring_size(o),
			  on_record);
	if (!ss.rb) {
		err = -errno;
		explain(err, why, len, "BPF ring buffer");
		return err;
	}
	return 0;
}

static void session_close(void)
{
	rbuf_close(ss.rb);
	trace__destroy(ss.skel);
	ss.rb = NULL;
	ss.skel = NULL;
}

static int track(pid_t tid, __u32 state)
{
	struct tr_task c = { .state = state };
	int fd = (int)syscall(SYS_pidfd_open, tid, PIDFD_THREAD);
	int err = 0;

	if (fd < 0 && errno == EINVAL)
		fd = (int)syscall(SYS_pidfd_open, tid, 0);
	if (fd < 0)
		return -errno;
	__atomic_fetch_add(&ss.skel->bss->live, 1, __ATOMIC_SEQ_CST);
	if (bpf_map_update_elem(bpf_map__fd(ss.skel->maps.tasks), &fd, &c,
				BPF_NOEXIST)) {
		err = -errno;
		__atomic_fetch_sub(&ss.skel->bss->live, 1, __ATOMIC_SEQ_CST);
	}
	close(fd);
	return err;
}

static uint64_t live(void)
{
	return __atomic_load_n(&ss.skel->bss->live, __ATOMIC_SEQ_CST);
}

static uint64_t lost_total(void)
{
	int ncpu = libbpf_num_possible_cpus();
	__u64 v[ncpu > 0 ? ncpu : 1];
	__u32 key = 1;
	uint64_t sum = 0;

	if (ncpu <= 0 ||
	    bpf_map_lookup_elem(bpf_map__fd(ss.skel->maps.lost), &key, v))
		return 0;
	for (int i = 0; i < ncpu; i++)
		sum += v[i];
	return sum;
}

/* Until every traced task is gone, the user interrupts or the syscall
 * limit is reached; then what is still buffered. */
static void event_loop(void)
{
	while (!interrupted && !ss.stop_now) {
		int n = rbuf_poll(ss.rb, POLL_MS);
		if (n < 0 && n != -EINTR)
			break;
		if (n <= 0 || !out_pending())
			out_flush_all();
		if (live() == 0)
			break;
	}
	trace__detach(ss.skel);
	ss.draining = true;
	if (!ss.stop_now)
		rbuf_consume(ss.rb);
}

static void finish_losses(void)
{
	uint64_t total = lost_total();

	if (total > ss.lost_shown)
		report_lost(total - ss.lost_shown);
	out_flush_all();
	if (total)
		out_diag("%llu events lost",
			(unsigned long long)total);
	if (ss.skel->bss->lost_forks)
		out_diag("%llu new processes were not followed",
			(unsigned long long)ss.skel->bss->lost_forks);
}

/* -p: as strace when it detaches; the targets run on untouched. */
static void detach_all(void)
{
	struct task *t;

	while ((t = task_first())) {
		report_syscall_abandon(t, true);
		if (!t->quiet)
			report_note("Process %d detached", t->tid);
		drop_task(t);
	}
}

static int attach_pids(struct options *o)
{
	int ok = 0;

	for (size_t i = 0; i < o->npids; i++) {
		pid_t pid = o->pids[i];
		char dir[64];
		DIR *d;
		struct dirent *de;
		int threads = 0, err;

		snprintf(dir, sizeof(dir), "/proc/%d/task", pid);
		d = o->follow ? opendir(dir) : NULL;
		if (!d) {
			err = track(pid, TR_ACTIVE);
			if (err && err != -EEXIST) {
				out_diag("attach: %d: %s", pid,
					strerror(-err));
				continue;
			}
			get_task(pid, pid);
			report_note("Process %d attached", pid);
			ok++;
			continue;
		}
		while ((de = readdir(d))) {
			pid_t tid = (pid_t)atoi(de->d_name);
			if (tid > 0 && track(tid, TR_ACTIVE) == 0) {
				get_task(tid, pid);
				threads++;
			}
		}
		closedir(d);
		if (!threads)
			continue;
		ok++;
		if (threads > 1)
			report_note("Process %d attached with %d threads", pid,
				    threads);
		else
			report_note("Process %d attached", pid);
	}
	return ok;
}

static void print_summary(const struct options *o)
{
	out_flush_all();
	FILE *f = o->outfile ? fdopen(dup(ss.main_out->fd), "a") : stderr;
	if (!f)
		f = stderr;
	summary_print(f, report_summary(), &o->sumopt);
	if (f != stderr)
		fclose(f);
}

/* -p: the targets are not sift's to slow down.  Where the CPUs are
 * oversubscribed, a reader rendering as fast as it can took a share of
 * them from the targets; at a lower priority it takes only what they
 * leave (then more records may be lost: counted and shown as always). */
static void yield_to_targets(void)
{
	int prio = getpriority(PRIO_PROCESS, 0);

	/* a failure costs at most a slower target */
	(void)setpriority(PRIO_PROCESS, 0, prio + 10 > 19 ? 19 : prio + 10);
}

int ebpf_trace_run(struct options *o, char *why, unsigned long len)
{
	struct sigaction sa;
	int release_fd = -1, status_fd = -1, status = 0, err;
	pid_t child = 0;

	memset(&ss, 0, sizeof(ss));
	ss.o = o;
	err = session_open(o, why, len);
	if (err) {
		session_close();
		return err;
	}
	if (out_open(&ss.main_out, o->outfile && o->follow != 2 ? o->outfile :
		     NULL, o->append) < 0) {
		out_diag("can't open '%s': %s", o->outfile,
			strerror(errno));
		session_close();
		return 1;
	}
	report_init(o);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (o->npids && !attach_pids(o)) {
		session_close();
		return 1;
	}
	if (o->npids && !o->argv)
		yield_to_targets();
	if (o->argv) {
		child = ptr_spawn(o, NULL, &release_fd, &status_fd);
		if (child < 0) {
			out_diag("Can't stat '%s': %s",
				o->argv[0], strerror((int)-child));
			session_close();
			return 1;
		}
		close(status_fd);
		err = track(child, TR_ARMED);
		if (err) {
			kill(child, SIGKILL);
			waitpid(child, NULL, 0);
			explain(err, why, len, "registering the command");
			session_close();
			return err;
		}
		get_task(child, child);
		/* the programs are attached: the command may exec now */
		if (write(release_fd, "x", 1) != 1)
			kill(child, SIGKILL);
		close(release_fd);
	}
	if (live_floor && child) {
		/* nothing is recorded: just keep the programs attached */
		while (waitpid(child, &status, 0) < 0 && errno == EINTR)
			;
		session_close();
		out_close_all();
		return WIFSIGNALED(status) ? 256 + WTERMSIG(status) :
					     WEXITSTATUS(status);
	}
	event_loop();
	if (interrupted && o->npids)
		detach_all();
	finish_losses();
	if (o->count)
		print_summary(o);
	while (task_first())
		drop_task(task_first());
	session_close();
	out_close_all();
	if (!child || (interrupted && waitpid(child, &status, WNOHANG) <= 0))
		return 0;
	if (!interrupted && waitpid(child, &status, 0) != child)
		return 0;
	if (WIFSIGNALED(status))
		return 256 + WTERMSIG(status);
	return WEXITSTATUS(status);
}
