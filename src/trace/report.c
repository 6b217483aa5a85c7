/* Line layout of sift's output: see report.h. */
#include "trace/report.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/options.h"
#include "decode/common.h"
#include "decode/demux.h"
#include "summary/summary.h"
#include "tmem/tmem.h"
#include "trace/dump.h"
#include "trace/stack.h"

static const struct options *opt;
static struct timespec last_ts; /* -r */
static bool have_last_ts;
static unsigned long syscalls_done;
static struct summary summary;

_Static_assert((int)DEC_PID_NS == (int)SEL_DECODE_PID_PIDNS &&
	       (int)DEC_PID_COMM == (int)SEL_DECODE_PID_COMM,
	       "--decode-pids bits are passed to the decoders as they are");

void report_init(const struct options *o)
{
	opt = o;
	summary_init(&summary);
	decode_init();
}

struct summary *report_summary(void)
{
	return &summary;
}

static bool print_lines(void)
{
	return opt->count != 1;
}

static uint64_t ts_diff_ns(const struct timespec *a, const struct timespec *b)
{
	int64_t ns = (int64_t)(b->tv_sec - a->tv_sec) * 1000000000 +
		     (b->tv_nsec - a->tv_nsec);
	return ns > 0 ? (uint64_t)ns : 0;
}

/* Close another task's open line before writing one of t's. */
static void take_line(struct task *t)
{
	struct output *o = t->out;

	if (opt->json || !o->open_tid)
		return;
	if (o->open_tid == t->tid && t->in_syscall && t->entry_written)
		return;
	out_puts(o, " <unfinished ...>\n");
	o->open_tid = 0;
}

/* Tasks (or processes) whose calls are shown.  Without -f, children are
 * only kept traced for the filter's sake (quiet): like strace, which does
 * not trace them at all, they must not make the trace gain pid prefixes. */
static unsigned int shown_tasks(bool processes)
{
	unsigned int n = 0;

	if (opt->follow)
		return processes ? task_process_count() : task_count();
	if (task_count() < 2)
		return task_count();
	for (struct task *t = task_first(); t && n < 2; t = task_next(t))
		if (!t->quiet && !t->gone && (!processes || t->tid == t->tgid))
			n++;
	return n;
}

/* ".123" for precision 3 (ms): the first prec digits of nsec */
static void put_frac(struct strbuf *sb, long nsec, int prec)
{
	long div = 1;

	if (prec <= 0)
		return;
	for (int i = prec; i < 9; i++)
		div *= 10;
	sb_printf(sb, ".%0*ld", prec, nsec / div);
}

/* -Y: "<comm>" after the pid of the prefix, the name the task had when
 * last seen (a task that is gone keeps its last one) */
static void put_comm(struct task *t, struct strbuf *sb)
{
	char comm[sizeof(t->comm)];
	struct emit_style st = { .xflag = opt->xflag };
	struct render r;
	struct strbuf q;

	if (!(opt->sel.decode_pids & SEL_DECODE_PID_COMM))
		return;
	if (dec_task_comm(t->tid, comm, sizeof(comm)) == 0)
		memcpy(t->comm, comm, sizeof(comm));
	/* the renderer's escaping, without its number */
	sb_init(&q);
	render_text_init(&r, &q, &st);
	emit_pid(&r.base, 0, t->comm);
	sb_puts(sb, q.buf + 1);
	sb_free(&q);
}

static void put_leader(struct task *t, struct strbuf *sb)
{
	struct timespec now;
	bool comm = opt->sel.decode_pids & SEL_DECODE_PID_COMM;

	if (opt->outfile && opt->follow == 2) {
		/* one file per process: no prefix */
	} else if (opt->outfile && (opt->follow || opt->npids > 1 ||
				    (opt->npids && opt->argv) ||
				    shown_tasks(true) > 1)) {
		/* with a name the pid is not padded */
		sb_printf(sb, comm ? "%d" : "%-5d", t->tid);
		put_comm(t, sb);
		sb_putc(sb, ' ');
	} else if (!opt->outfile && (opt->npids > 1 || shown_tasks(false) > 1)) {
		sb_printf(sb, "[pid %5d", t->tid);
		put_comm(t, sb);
		sb_puts(sb, "] ");
	}
	if (opt->ts_format != TS_NONE || opt->relative)
		clock_gettime(CLOCK_REALTIME, &now);
	if (opt->ts_format == TS_TIME) {
		struct tm tm;
		char buf[32];
		localtime_r(&now.tv_sec, &tm);
		strftime(buf, sizeof(buf), "%H:%M:%S", &tm);
		sb_puts(sb, buf);
		put_frac(sb, now.tv_nsec, opt->ts_prec);
		sb_putc(sb, ' ');
	} else if (opt->ts_format == TS_UNIX) {
		sb_printf(sb, "%lld", (long long)now.tv_sec);
		put_frac(sb, now.tv_nsec, opt->ts_prec);
		sb_putc(sb, ' ');
	}
	if (opt->relative) {
		struct timespec mono;
		clock_gettime(CLOCK_MONOTONIC, &mono);
		uint64_t d = have_last_ts ? ts_diff_ns(&last_ts, &mono) : 0;
		last_ts = mono;
		have_last_ts = true;
		/* after an absolute time it is a difference: "(+ 0.000012)" */
		bool abs = opt->ts_format != TS_NONE;
		sb_printf(sb, "%s%6" PRIu64, abs ? "(+" : "", d / 1000000000);
		put_frac(sb, (long)(d % 1000000000), opt->rel_prec);
		sb_puts(sb, abs ? ") " : " ");
	}
}

/* -n: the number as the program passed it (x32 bit included), ??? for
 * -1, which is no syscall */
static void put_number(struct task *t, struct strbuf *sb)
{
	unsigned long nr = (unsigned long)t->call.nr |
			   arch_pers[t->call.pers].nr_bias;

	if (!opt->syscall_number)
		return;
	if (nr == ~0ul)
		sb_puts(sb, "[???] ");
	else
		sb_printf(sb, "[%4lu] ", nr);
}

/* -n and -i: every line carries the task's last syscall number and, but
 * for exit lines, its instruction pointer */
static void put_call_leader(struct task *t, struct strbuf *sb)
{
	put_leader(t, sb);
	put_number(t, sb);
	if (opt->instr_pointer)
		sb_printf(sb, "[%016" PRIx64 "] ", t->call.ip);
}

static void put_exit_leader(struct task *t, struct strbuf *sb)
{
	put_leader(t, sb);
	put_number(t, sb);
	if (opt->instr_pointer)
		sb_puts(sb, "[????????????????] ");
}

static const char *call_name(const struct sc_call *c, char *buf, size_t size)
{
	if (c->info)
		return c->info->name;
	/* the number as the program passed it, x32 bit included */
	snprintf(buf, size, "syscall_%#lx",
		 (unsigned long)c->nr | arch_pers[c->pers].nr_bias);
	return buf;
}

static bool fd_selected(struct task *t, uint64_t v)
{
	int fd = (int)v;

	if (fd < 0)
		return false;
	if (opt->sel.trace_fds_given && sel_fd_in(&opt->sel.trace_fds, fd))
		return true;
	if (opt->sel.npaths) {
		char path[PATH_MAX];
		if (dec_fd_path(t->tid, fd, path, sizeof(path)) == 0 &&
		    sel_path_match(&opt->sel, path))
			return true;
	}
	return false;
}

static bool path_selected(struct task *t, uint64_t addr)
{
	char path[PATH_MAX + 1];
	size_t len;
	bool complete;

	if (!opt->sel.npaths || !addr)
		return false;
	if (tmem_read_cstr(t->tid, addr, path, PATH_MAX, &len, &complete))
		return false;
	return complete && sel_path_match(&opt->sel, path);
}

/* -P and --trace-fds: only calls touching the named paths or fds. */
static bool touches_selected(struct task *t)
{
	const struct sc_info *info = t->call.info;

	if (!opt->sel.npaths && !opt->sel.trace_fds_given)
		return true;
	if (!info)
		return false;
	for (int i = 0; i < info->nargs; i++) {
		uint64_t v = t->call.args[i];
		switch (info->roles[i]) {
		case ROLE_FD:
			if (fd_selected(t, v))
				return true;
			break;
		case ROLE_DIRFD:
			if ((int)v != -100 && fd_selected(t, v))
				return true;
			break;
		case ROLE_PATH:
			if (path_selected(t, v))
				return true;
			break;
		default:
			break;
		}
	}
	return false;
}

bool report_selected(struct task *t)
{
	enum personality p;
	unsigned long nr;

	decode_sel_key(&t->call, &p, &nr);
	t->printing = !t->quiet && sel_traced(&opt->sel, p, nr) &&
		      touches_selected(t);
	return t->printing;
}

static void setup_render(struct task *t)
{
	const struct selection *sel = &opt->sel;
	unsigned long nr;
	enum personality p;

	decode_sel_key(&t->call, &p, &nr);

	t->style.strsize = opt->strsize;
	t->style.xflag = opt->xflag;
	t->style.xlat = opt->xlat;
	t->style.verbose = opt->verbose || !bitset_test(&sel->abbrev[p], nr);
	t->dopt.fd_paths = opt->fd_paths;
	t->dopt.verbose = t->style.verbose;
	t->dopt.abbrev = !t->dopt.verbose;
	t->dopt.raw = bitset_test(&sel->raw[p], nr);
	t->dopt.strsize = opt->strsize;
	t->dopt.pids = opt->sel.decode_pids;
	sb_reset(&t->args);
	sb_reset(&t->note);
	if (opt->json) {
		render_json_init(&t->render, &t->args, &t->style);
		render_json_init(&t->note_render, &t->note, &t->style);
	} else {
		render_text_init(&t->render, &t->args, &t->style);
		render_text_init(&t->note_render, &t->note, &t->style);
	}
}

/* -e verbose=: calls left out show structures as their address */
static bool derefs(const struct task *t)
{
	enum personality p;
	unsigned long nr;

	decode_sel_key(&t->call, &p, &nr);
	return nr >= arch_pers[p].table->count ||
	       bitset_test(&opt->sel.verbose[p], nr);
}

static int run_decoder(struct task *t, bool exiting)
{
	struct dctx ctx = {
		.call = &t->call,
		.e = &t->render.base,
		.opt = &t->dopt,
		.exiting = exiting,
		.ret_note = exiting ? &t->note_render.base : NULL,
	};
	tmem_hide_structs(!derefs(t));
	int rc = decode_call(&ctx);
	tmem_hide_structs(false);
	return rc;
}

void report_syscall_entry(struct task *t)
{
	char nbuf[32];
	struct strbuf line;

	clock_gettime(CLOCK_MONOTONIC, &t->t_entry);
	t->stime_entry_ns = t->stime_ns;
	t->entry_written = false;
	t->call.ret_fmt = RET_INT;
	t->call.ret_flags = NULL;
	t->call.ret_label = NULL;
	t->call.ret_symbolic = false;
	t->call.defer_sep = false;
	if (!t->printing)
		return;
	sb_reset(&t->stack);
	if (opt->stack_trace && !t->first_exec && t->call.pers == 0 &&
	    t->call.info && (!strcmp(t->call.info->name, "execve") ||
	    !strcmp(t->call.info->name, "execveat") ||
	    !strcmp(t->call.info->name, "exit") ||
	    !strcmp(t->call.info->name, "exit_group")))
		stack_capture_entry(t->tgid, t->tid, &t->stack);
	setup_render(t);
	t->held = !print_lines() || opt->json ||
		  opt->sel.status != SEL_STATUS_ALL;
	t->dec_more = run_decoder(t, false) == DEC_MORE;
	if (t->dec_more && !t->call.defer_sep)
		render_sep_now(&t->render);
	if (t->held)
		return;
	take_line(t);
	sb_init(&line);
	put_call_leader(t, &line);
	sb_printf(&line, "%s(", call_name(&t->call, nbuf, sizeof(nbuf)));
	sb_put(&line, t->args.buf ? t->args.buf : "", t->args.len);
	out_write(t->out, line.buf, line.len);
	sb_free(&line);
	sb_reset(&t->args);
	t->out->open_tid = t->tid;
	t->entry_written = true;
}

static const char *restart_msg(int err)
{
	switch (err) {
	case 512: return "To be restarted if SA_RESTART is set";
	case 513: return "To be restarted";
	case 514: return "To be restarted if no handler";
	case 516: return "Interrupted by signal";
	default: return NULL;
	}
}

/* An errno the kernel returned in an unsigned int: the value as it
 * came, then its name. */
static void put_u32_err(struct strbuf *sb, uint64_t rv)
{
	int32_t v = (int32_t)rv;
	const char *name = consts_name(&ct_errnos, (uint64_t)-(int64_t)v);

	sb_printf(sb, "%" PRIu64, rv);
	if (rv >> 32 == 0 && v < 0 && v >= -4095 && name)
		sb_printf(sb, " %s (%s)", name, strerror(-v));
}

static void put_retval(struct task *t, struct strbuf *sb)
{
	const struct sc_call *c = &t->call;
	int64_t rv = c->rval;

	if (c->is_error) {
		int err = (int)-rv;
		const char *name = consts_name(&ct_errnos, (uint64_t)err);
		const char *msg = restart_msg(err);
		if (msg) {
			sb_printf(sb, "? %s (%s)", name ? name : "", msg);
			return;
		}
		if (name)
			sb_printf(sb, "-1 %s (%s)", name, strerror(err));
		else
			sb_printf(sb, "-1 (errno %d)", err);
		return;
	}
	/* -e raw=: the return value in hex, as the kernel gave it */
	if (t->dopt.raw && c->ret_fmt != RET_NONE) {
		sb_printf(sb, "%#" PRIx64, (uint64_t)rv);
		return;
	}
	switch (c->ret_fmt) {
	case RET_NONE:
		sb_putc(sb, '?');
		return;
	case RET_HEX:
		sb_printf(sb, "%#" PRIx64, (uint64_t)rv);
		return;
	case RET_OCT:
		sb_printf(sb, "%#03" PRIo64, (uint64_t)rv);
		return;
	case RET_UINT:
		sb_printf(sb, "%" PRIu64, (uint64_t)rv);
		return;
	case RET_U32_ERR:
		put_u32_err(sb, (uint64_t)rv);
		return;
	case RET_PID: {
		struct render r;
		render_text_init(&r, sb, &t->style);
		dec_emit_pid(&r.base, t->tid, rv, opt->sel.decode_pids);
		return;
	}
	case RET_FD: {
		struct render r;
		render_text_init(&r, sb, &t->style);
		if (rv >= 0 && rv <= INT32_MAX)
			dec_emit_fd(&r.base, t->tid, rv, opt->fd_paths);
		else
			emit_fd(&r.base, rv, NULL);
		return;
	}
	case RET_INT:
		sb_printf(sb, t->tamper_rval ? "%" PRIu64 : "%" PRId64, rv);
		return;
	}
}

static void put_ret_flags(struct task *t, struct strbuf *sb)
{
	const struct sc_call *c = &t->call;
	const struct const_table *tab = c->ret_flags;
	uint64_t v = (uint64_t)c->rval;
	struct emit_style st = t->style;
	struct render r;

	if (!tab || c->is_error)
		return;
	if (tab->kind == CONST_ENUM && !consts_name(tab, v))
		return;
	if (tab->kind == CONST_FLAGS && v == 0 && !consts_name(tab, 0))
		return;
	/* a bare " (NAME)" is always symbolic, whatever -X says */
	if (c->ret_symbolic ||
	    (!c->ret_follow_xlat && (!c->ret_label || !*c->ret_label)))
		st.xlat = 0;
	sb_puts(sb, " (");
	if (c->ret_label && *c->ret_label)
		sb_printf(sb, "%s ", c->ret_label);
	render_text_init(&r, sb, &st);
	if (tab->kind == CONST_ENUM)
		emit_enum(&r.base, tab, v, EMIT_DEC);
	else
		emit_flags(&r.base, tab, v, EMIT_HEX);
	sb_putc(sb, ')');
}

static bool status_wanted(const struct task *t)
{
	unsigned int want = t->call.is_error ? SEL_STATUS_FAILED :
					       SEL_STATUS_SUCCESSFUL;
	return (opt->sel.status & want) != 0;
}

static void json_str(struct strbuf *sb, const char *s)
{
	struct render r;
	struct emit_style st = { 0 };

	render_json_init(&r, sb, &st);
	emit_str(&r.base, s, strlen(s), 0);
}

static void put_json_head(struct task *t, struct strbuf *sb, const char *type)
{
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	sb_printf(sb, "{\"type\":\"%s\",\"pid\":%d,\"time\":%lld.%06ld", type,
		  t->tid, (long long)now.tv_sec, now.tv_nsec / 1000);
}

/* A returned pid with -Y or pid namespace translation: the same value
 * as an argument pid would be. */
static void json_ret_pid(struct task *t, struct strbuf *sb)
{
	struct render r;

	sb_puts(sb, ",\"ret\":");
	render_json_init(&r, sb, &t->style);
	dec_emit_pid(&r.base, t->tid, t->call.rval, opt->sel.decode_pids);
	render_finish(&r);
}

static void finish_json_call(struct task *t, uint64_t ns, bool finished)
{
	char nbuf[32];
	struct strbuf sb;

	sb_init(&sb);
	put_json_head(t, &sb, "syscall");
	sb_puts(&sb, ",\"name\":");
	json_str(&sb, call_name(&t->call, nbuf, sizeof(nbuf)));
	render_finish(&t->render);
	sb_printf(&sb, ",\"nr\":%ld,\"args\":[", t->call.nr);
	sb_put(&sb, t->args.buf ? t->args.buf : "", t->args.len);
	sb_putc(&sb, ']');
	if (!finished || t->call.ret_fmt == RET_NONE) {
		sb_puts(&sb, ",\"ret\":null");
	} else if (t->call.is_error) {
		int err = (int)-t->call.rval;
		const char *name = consts_name(&ct_errnos, (uint64_t)err);
		sb_printf(&sb, ",\"ret\":-1,\"errno\":%d", err);
		if (name)
			sb_printf(&sb, ",\"errname\":\"%s\"", name);
	} else if (t->call.ret_fmt == RET_HEX) {
		sb_printf(&sb, ",\"ret\":\"%#" PRIx64 "\"", (uint64_t)t->call.rval);
	} else if (t->call.ret_fmt == RET_PID && opt->sel.decode_pids) {
		json_ret_pid(t, &sb);
	} else {
		sb_printf(&sb, t->tamper_rval ? ",\"ret\":%" PRIu64 :
			  ",\"ret\":%" PRId64, t->call.rval);
	}
	if (finished && t->note.len && !t->call.is_error) {
		render_finish(&t->note_render);
		sb_printf(&sb, ",\"ret_note\":[%s]", t->note.buf);
	}
	if (finished)
		sb_printf(&sb, ",\"duration\":%" PRIu64 ".%09" PRIu64,
			  ns / 1000000000, ns % 1000000000);
	sb_puts(&sb, "}\n");
	out_write(t->out, sb.buf, sb.len);
	sb_free(&sb);
}

/* ") = ret" with strace's column alignment. */
static void finish_text_call(struct task *t, uint64_t ns, bool finished)
{
	char nbuf[32];
	struct strbuf sb;

	take_line(t);
	sb_init(&sb);
	if (!t->entry_written) {
		put_call_leader(t, &sb);
		sb_printf(&sb, "%s(", call_name(&t->call, nbuf, sizeof(nbuf)));
	} else if (t->out->open_tid != t->tid) {
		put_call_leader(t, &sb);
		sb_printf(&sb, "<... %s resumed>",
			  call_name(&t->call, nbuf, sizeof(nbuf)));
	}
	sb_put(&sb, t->args.buf ? t->args.buf : "", t->args.len);
	sb_puts(&sb, ") ");
	size_t col = (t->out->open_tid == t->tid ? t->out->col : 0) + sb.len;
	while (col < opt->acolumn) {
		sb_putc(&sb, ' ');
		col++;
	}
	sb_puts(&sb, "= ");
	if (finished) {
		put_retval(t, &sb);
		put_ret_flags(t, &sb);
		if (t->note.len && !t->call.is_error)
			sb_printf(&sb, " (%s)", t->note.buf);
		if (t->tamper)
			sb_printf(&sb, " %s", t->tamper);
	} else {
		sb_putc(&sb, '?');
	}
	if (opt->syscall_times && finished) {
		sb_printf(&sb, " <%" PRIu64, ns / 1000000000);
		put_frac(&sb, (long)(ns % 1000000000), opt->times_prec);
		sb_putc(&sb, '>');
	}
	sb_putc(&sb, '\n');
	if (finished)
		dump_io(t, &opt->sel, &sb);
	if (finished && opt->stack_trace && t->call.pers == 0) {
		if (t->stack.len) {
			sb_put(&sb, t->stack.buf, t->stack.len);
			sb_reset(&t->stack);
		} else {
			stack_capture(t->tgid, t->tid, &sb);
		}
	}
	out_write(t->out, sb.buf, sb.len);
	sb_free(&sb);
	t->out->open_tid = 0;
}

/* -e kvm=vcpu: after a KVM_RUN, " (KVM_EXIT_...)" from the exit_reason
 * of the vcpu's struct kvm_run, found where the tracee mapped that vcpu
 * descriptor (its maps name it like the descriptor's link). */
#define KVM_RUN_CMD 0xae80u
#define KVM_RUN_EXIT_REASON 8 /* after two u8 and six bytes of padding */

static uint64_t vcpu_run_map(pid_t tid, int fd)
{
	char link[64], name[PATH_MAX], line[PATH_MAX + 128];
	unsigned long long start = 0;
	size_t n;

	if (dec_fd_path(tid, fd, name, sizeof(name)) ||
	    strncmp(name, "anon_inode:kvm-vcpu:", 20))
		return 0;
	n = strlen(name);
	snprintf(link, sizeof(link), "/proc/%d/maps", tid);
	FILE *f = fopen(link, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		size_t len = strcspn(line, "\n");
		if (len >= n && !strncmp(line + len - n, name, n) &&
		    sscanf(line, "%llx-", &start) == 1)
			break;
		start = 0;
	}
	fclose(f);
	return start;
}

static void kvm_exit_note(struct task *t)
{
	const struct sc_call *c = &t->call;
	uint32_t reason;

	if (!opt->sel.kvm_vcpu || c->is_error || !c->info ||
	    strcmp(c->info->name, "ioctl") || (uint32_t)c->args[1] != KVM_RUN_CMD)
		return;
	uint64_t run = vcpu_run_map(t->tid, (int)c->args[0]);
	if (!run || tmem_read_data(t->tid, run + KVM_RUN_EXIT_REASON, &reason,
				   sizeof(reason)))
		return;
	if (t->note.len)
		return;
	/* the reason is named whatever -X says, as strace does */
	int xlat = t->style.xlat;
	t->style.xlat = 0;
	emit_enum(&t->note_render.base, &ct_f_kvm_exit, reason, EMIT_DEC);
	t->style.xlat = xlat;
}

/* The decoder's annotation of a successful return value, into t->note. */
static void run_ret_aux(struct task *t)
{
	if (!t->call.ret_aux || t->call.is_error)
		return;
	struct dctx ctx = {
		.call = &t->call,
		.e = &t->note_render.base,
		.opt = &t->dopt,
		.exiting = true,
		.ret_note = &t->note_render.base,
	};
	/* the annotation shows tracee memory, which verbose= hides */
	if (derefs(t))
		t->call.ret_aux(&ctx);
}

void report_syscall_exit(struct task *t)
{
	struct timespec now;

	if (opt->stack_trace && t->call.info) {
		const char *n = t->call.info->name;
		if (stack_changes_mappings(n))
			stack_invalidate(t->tgid);
	}

	clock_gettime(CLOCK_MONOTONIC, &now);
	uint64_t ns = ts_diff_ns(&t->t_entry, &now);
	if (!t->printing)
		return;
	syscalls_done++;
	/* -c reports system time, as strace does, -w wall-clock time; like
	 * strace it leaves out numbers past the table */
	if (opt->count && (unsigned long)t->call.nr <
				  arch_pers[t->call.pers].table->count) {
		uint64_t spent = opt->wall_clock ? ns :
				 t->stime_ns - t->stime_entry_ns;
		/* -O: the tracing overhead each call is charged with */
		spent = spent > opt->overhead_ns ? spent - opt->overhead_ns : 0;
		summary_add(&summary, t->call.pers,
			    t->call.mux_row ? t->call.mux_row : t->call.nr,
			    t->call.is_error, spent);
	}
	if (!print_lines())
		return;
	if (t->held && !status_wanted(t))
		return;
	if (!t->held)
		sb_reset(&t->args);
	if (t->dec_more)
		run_decoder(t, true);
	run_ret_aux(t);
	kvm_exit_note(t);
	if (opt->json)
		finish_json_call(t, ns, true);
	else
		finish_text_call(t, ns, true);
}

void report_syscall_abandon(struct task *t, bool detached)
{
	if (!t->printing || !t->in_syscall || !print_lines())
		return;
	if (t->held && !(opt->sel.status & SEL_STATUS_UNFINISHED))
		return;
	if (!t->held)
		sb_reset(&t->args);
	if (opt->json) {
		finish_json_call(t, 0, false);
		return;
	}
	if (detached) {
		take_line(t);
		if (t->entry_written && t->out->open_tid == t->tid)
			out_puts(t->out, " <detached ...>\n");
		t->out->open_tid = 0;
		return;
	}
	finish_text_call(t, 0, false);
}

/* "--- TEXT ---" style lines and their JSON twins. */
static void event_line(struct task *t, const char *type, const char *text,
		       bool exit_line)
{
	struct strbuf sb;

	if (!print_lines())
		return;
	sb_init(&sb);
	if (opt->json) {
		put_json_head(t, &sb, type);
		sb_puts(&sb, text);
		sb_puts(&sb, "}\n");
	} else {
		take_line(t);
		if (exit_line)
			put_exit_leader(t, &sb);
		else
			put_call_leader(t, &sb);
		sb_puts(&sb, text);
		sb_putc(&sb, '\n');
		if (opt->stack_trace && !exit_line)
			stack_capture(t->tgid, t->tid, &sb);
	}
	out_write(t->out, sb.buf, sb.len);
	sb_free(&sb);
}

/* A signal's name for event lines; its number when it has none. */
static const char *sig_name(int sig, char *buf, size_t size)
{
	const char *n = sig > 0 ? dec_signame((unsigned int)sig, false, buf,
					      size) : NULL;

	if (n)
		return n;
	snprintf(buf, size, "%d", sig);
	return buf;
}

void report_signal(struct task *t, const siginfo_t *si)
{
	char nbuf[16];
	struct strbuf info, text;
	struct render r;
	struct emit_style st = { .strsize = opt->strsize, .xflag = opt->xflag,
				 .xlat = opt->xlat, .verbose = opt->verbose };
	struct decode_opts dopt = { .strsize = opt->strsize,
				    .verbose = opt->verbose,
				    .pids = opt->sel.decode_pids };
	struct sc_call call = { .tid = t->tid };

	if (!sel_signal_traced(&opt->sel, si->si_signo))
		return;
	sb_init(&info);
	sb_init(&text);
	if (opt->json)
		render_json_init(&r, &info, &st);
	else
		render_text_init(&r, &info, &st);
	struct dctx ctx = { .call = &call, .e = &r.base, .opt = &dopt };
	decode_siginfo(&ctx, si);
	render_finish(&r);
	const char *name = sig_name(si->si_signo, nbuf, sizeof(nbuf));
	if (opt->json)
		sb_printf(&text, ",\"signal\":\"%s\",\"siginfo\":%s", name,
			  info.len ? info.buf : "null");
	else
		sb_printf(&text, "--- %s %s ---", name, info.len ? info.buf : "");
	event_line(t, "signal", text.buf, false);
	sb_free(&info);
	sb_free(&text);
}

void report_group_stop(struct task *t, int sig)
{
	char nbuf[16], text[80];
	const char *name = sig_name(sig, nbuf, sizeof(nbuf));

	if (opt->json)
		snprintf(text, sizeof(text), ",\"stopped\":\"%s\"", name);
	else
		snprintf(text, sizeof(text), "--- stopped by %s ---", name);
	event_line(t, "stop", text, false);
}

static void flush_stack(struct task *t)
{
	if (t->stack.len && print_lines() && !opt->json)
		out_write(t->out, t->stack.buf, t->stack.len);
	sb_reset(&t->stack);
}

static bool exits_quiet(void)
{
	return opt->quiet >= 2 || (opt->sel.quiet & SEL_QUIET_EXIT);
}

void report_exited(struct task *t, int status)
{
	char text[64];

	if (exits_quiet())
		goto out;
	if (opt->json)
		snprintf(text, sizeof(text), ",\"exit\":%d", status);
	else
		snprintf(text, sizeof(text), "+++ exited with %d +++", status);
	event_line(t, "exit", text, true);
out:
	flush_stack(t);
}

void report_killed(struct task *t, int sig, bool core)
{
	char nbuf[16], text[80];
	const char *name = sig_name(sig, nbuf, sizeof(nbuf));

	if (exits_quiet())
		goto out;
	if (opt->json)
		snprintf(text, sizeof(text), ",\"killed\":\"%s\",\"core\":%s",
			 name, core ? "true" : "false");
	else
		snprintf(text, sizeof(text), "+++ killed by %s%s +++", name,
			 core ? " (core dumped)" : "");
	event_line(t, "exit", text, true);
out:
	flush_stack(t);
}

void report_superseded(struct task *t, pid_t by)
{
	char text[80];

	if (exits_quiet() || (opt->sel.quiet & SEL_QUIET_THREAD_EXECVE))
		goto out;
	if (opt->json)
		snprintf(text, sizeof(text), ",\"superseded_by\":%d", by);
	else
		snprintf(text, sizeof(text),
			 "+++ superseded by execve in pid %d +++", by);
	event_line(t, "exit", text, true);
out:
	flush_stack(t);
}

void report_personality(struct task *t, enum personality p)
{
	static const char *const mode[PERS_COUNT] = {
		[PERS_X86_64] = "64 bit", [PERS_I386] = "32 bit",
		[PERS_X32] = "x32",
	};
	char text[96];

	/* strace says it only on stderr, not in a -o file */
	if (t->quiet || opt->outfile || opt->quiet >= 3 ||
	    (opt->sel.quiet & SEL_QUIET_PERSONALITY))
		return;
	if (opt->json)
		snprintf(text, sizeof(text), ",\"personality\":\"%s\"",
			 arch_pers[p].name);
	else
		snprintf(text, sizeof(text), "[ Process PID=%d runs in %s mode. ]",
			 t->tid, mode[p]);
	event_line(t, "personality", text, true);
}

bool report_limit_reached(void)
{
	return opt->syscall_limit > 0 &&
	       syscalls_done >= (unsigned long)opt->syscall_limit;
}

void report_note(const char *fmt, ...)
{
	va_list ap;

	if (opt->quiet >= 1 || (opt->sel.quiet & SEL_QUIET_ATTACH))
		return;
	va_start(ap, fmt);
	out_vdiag(fmt, ap);
	va_end(ap);
}
