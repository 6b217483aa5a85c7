#include "backend/ebpf/ebpf.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "backend/ebpf/count_abi.h"
#include "count.skel.h"

_Static_assert(COUNT_PERS_X86_64 == PERS_X86_64 &&
		       COUNT_PERS_I386 == PERS_I386 &&
		       COUNT_PERS_X32 == PERS_X32 &&
		       COUNT_NPERS == PERS_COUNT,
	       "count_abi.h personalities follow enum personality");

/* linux/pidfd.h, Linux 6.9+: a pidfd for one thread, not the group */
#ifndef PIDFD_THREAD
#define PIDFD_THREAD 0x80
#endif

/* How often the wait loop looks at *stop and at groups that may have died
 * unseen (e.g. a -p pid that exited while being registered). */
#define TICK_MS 200

struct session {
	struct count *skel;
	struct ring_buffer *rb;
	bool follow;
};

static int libbpf_quiet(enum libbpf_print_level level, const char *fmt,
			va_list ap)
{
	static int debug = -1;

	if (debug < 0)
		debug = getenv("SIFT_DEBUG_BPF") != NULL;
	return debug ? vfprintf(stderr, fmt, ap) : 0;
}

static int on_group_exit(void *ctx, void *data, size_t size)
{
	return 0; /* the wakeup is the message; the loop reads bss->live */
}

static void session_close(struct session *ss)
{
	ring_buffer__free(ss->rb);
	count__destroy(ss->skel);
	memset(ss, 0, sizeof(*ss));
}

static void explain(int err, char *why, size_t len, const char *what)
{
	if (!why || !len)
		return;
	if (err == -EPERM || err == -EACCES)
		snprintf(why, len,
			 "%s: no permission (needs root, or CAP_BPF and "
			 "CAP_PERFMON)",
			 what);
	else
		snprintf(why, len, "%s: %s", what, strerror(-err));
}

static int session_open(struct session *ss, const struct ebpf_count_opts *o,
			char *why, size_t len)
{
	int err;

	memset(ss, 0, sizeof(*ss));
	libbpf_set_print(libbpf_quiet);
	if (access("/sys/kernel/btf/vmlinux", R_OK) != 0) {
		err = -errno;
		if (why && len)
			snprintf(why, len,
				 "kernel BTF not available "
				 "(/sys/kernel/btf/vmlinux: %s)",
				 strerror(errno));
		return err;
	}
	ss->follow = o->follow;
	ss->skel = count__open();
	if (!ss->skel) {
		err = -errno;
		explain(err, why, len, "opening the BPF object");
		return err;
	}
	ss->skel->rodata->wallclock = o->wallclock;
	ss->skel->rodata->no_time = o->no_time;
	/* Programs that would only cost time: fork/exit tracking without
	 * -f, context-switch accounting with -w or without times. */
	bpf_program__set_autoload(ss->skel->progs.count_fork, o->follow);
	bpf_program__set_autoload(ss->skel->progs.count_task_exit, o->follow);
	bpf_program__set_autoload(ss->skel->progs.count_switch,
				  !o->wallclock && !o->no_time);

	err = count__load(ss->skel);
	if (err) {
		explain(err, why, len, "loading the BPF counter");
		goto fail;
	}
	err = count__attach(ss->skel);
	if (err) {
		explain(err, why, len, "attaching to raw_syscalls tracepoints");
		goto fail;
	}
	if (o->follow) {
		ss->rb = ring_buffer__new(bpf_map__fd(ss->skel->maps.exits),
					  on_group_exit, NULL, NULL);
		if (!ss->rb) {
			err = -errno;
			explain(err, why, len, "BPF ring buffer");
			goto fail;
		}
	}
	return 0;
fail:
	session_close(ss);
	return err;
}

static int pidfd_open_(pid_t pid, unsigned int flags)
{
	return (int)syscall(SYS_pidfd_open, pid, flags);
}

/* A pidfd for thread tid: PIDFD_THREAD where the kernel has it (6.9+),
 * else a plain one, which only group leaders have. */
static int thread_pidfd(pid_t tid)
{
	int fd = pidfd_open_(tid, PIDFD_THREAD);

	if (fd < 0 && errno == EINVAL)
		fd = pidfd_open_(tid, 0);
	return fd;
}

/* Give the thread behind pidfd its per-task record: it is traced from
 * now on.  -EEXIST when it already is. */
static int track_task(struct session *ss, int pidfd, __u32 state)
{
	struct count_task c = { .state = state };

	if (bpf_map_update_elem(bpf_map__fd(ss->skel->maps.tasks), &pidfd, &c,
				BPF_NOEXIST) != 0)
		return -errno;
	return 0;
}

/* -f: count thread group tgid among the live ones (BPF decrements live
 * when the group dies). */
static int track_group(struct session *ss, pid_t tgid)
{
	__u32 key = (__u32)tgid, one = 1;

	__atomic_fetch_add(&ss->skel->bss->live, 1, __ATOMIC_SEQ_CST);
	if (bpf_map_update_elem(bpf_map__fd(ss->skel->maps.groups), &key, &one,
				BPF_NOEXIST) != 0) {
		int err = -errno;

		__atomic_fetch_sub(&ss->skel->bss->live, 1, __ATOMIC_SEQ_CST);
		return err;
	}
	return 0;
}

/* Forget a group whose exit the BPF side did not see (it died before it
 * was added).  Only the side that deletes the entry adjusts live. */
static void untrack_group(struct session *ss, __u32 key)
{
	if (bpf_map_delete_elem(bpf_map__fd(ss->skel->maps.groups), &key) == 0)
		__atomic_fetch_sub(&ss->skel->bss->live, 1, __ATOMIC_SEQ_CST);
}

static bool id_gone(pid_t id)
{
	return kill(id, 0) != 0 && errno == ESRCH;
}

/* -f: drop groups that no longer exist; sched_process_exit removes the
 * others itself. */
static void sweep(struct session *ss)
{
	int fd = bpf_map__fd(ss->skel->maps.groups);
	__u32 key, next;
	__u32 *prev = NULL;
	__u32 dead[64];
	int ndead = 0;

	while (bpf_map_get_next_key(fd, prev, &next) == 0) {
		if (id_gone((pid_t)next) && ndead < 64)
			dead[ndead++] = next;
		key = next;
		prev = &key;
	}
	for (int i = 0; i < ndead; i++)
		untrack_group(ss, dead[i]);
}

static uint64_t live_groups(struct session *ss)
{
	return __atomic_load_n(&ss->skel->bss->live, __ATOMIC_SEQ_CST);
}

/* Thread group id of pid, from /proc; -errno when it is gone. */
static pid_t tgid_of(pid_t pid)
{
	char path[64], line[128];
	pid_t tgid = -ESRCH;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return -ESRCH;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Tgid: %d", &tgid) == 1)
			break;
	fclose(f);
	return tgid;
}

/* -f -p: trace every thread of group tgid.  Threads the traced ones
 * create from now on are followed in the kernel; listing the task
 * directory again until it holds nothing new catches the ones that
 * untraced threads created meanwhile. */
static int track_all_threads(struct session *ss, pid_t tgid)
{
	char path[64];
	bool added = true;
	int err = 0;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)tgid);
	for (int pass = 0; added && pass < 16 && !err; pass++) {
		DIR *d = opendir(path);
		struct dirent *e;

		if (!d)
			return -errno;
		added = false;
		while ((e = readdir(d))) {
			pid_t tid = (pid_t)atoi(e->d_name);
			int fd, r;

			if (tid <= 0)
				continue;
			fd = thread_pidfd(tid);
			if (fd < 0)
				continue; /* exited, or a thread without a
					   * pidfd on a pre-6.9 kernel */
			r = track_task(ss, fd, COUNT_ACTIVE);
			close(fd);
			if (r == 0)
				added = true;
			else if (r != -EEXIST && r != -ESRCH)
				err = r;
		}
		closedir(d);
	}
	return err;
}

/* The summary row of a stats slot: its number, or for an i386
 * socketcall/ipc sub-call slot the sub-call's own row (sc_mux_row), or
 * the multiplexer's when the table has no such sub-call. */
static long summary_row(__u32 key)
{
	long nr = (long)(key % COUNT_NSLOTS);
	const struct sc_table *t = arch_pers[PERS_I386].table;

	if (key / COUNT_NSLOTS != COUNT_PERS_I386 || nr < COUNT_MUX_BASE)
		return nr;
	long k = nr - COUNT_MUX_BASE;
	enum sc_mux mux = k < COUNT_MUX_SUBS ? SC_MUX_SOCKETCALL : SC_MUX_IPC;
	long row = sc_mux_row(t, mux, (unsigned int)(k % COUNT_MUX_SUBS));
	if (row >= 0 && sc_mux_name(t, row))
		return row;
	return mux == SC_MUX_IPC ? COUNT_I386_IPC : COUNT_I386_SOCKETCALL;
}

/* Sum the per-CPU counters into out. */
static int collect(struct session *ss, struct summary *out,
		   const struct ebpf_count_opts *o)
{
	int fd = bpf_map__fd(ss->skel->maps.stats);
	int ncpu = libbpf_num_possible_cpus();
	struct count_stat *v;
	int err = 0;

	if (ncpu <= 0)
		return ncpu ? ncpu : -EINVAL;
	v = calloc((size_t)ncpu, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (__u32 key = 0; key < COUNT_NPERS * COUNT_NSLOTS; key++) {
		struct summary_stat sum = { 0 };
		__u64 timed = 0;

		if (bpf_map_lookup_elem(fd, &key, v) != 0) {
			err = -errno;
			break;
		}
		for (int c = 0; c < ncpu; c++) {
			if (v[c].calls == 0)
				continue;
			if (v[c].timed && (timed == 0 || v[c].min_ns < sum.min_ns))
				sum.min_ns = v[c].min_ns;
			if (v[c].max_ns > sum.max_ns)
				sum.max_ns = v[c].max_ns;
			sum.calls += v[c].calls;
			sum.errors += v[c].errors;
			sum.total_ns += v[c].total_ns;
			timed += v[c].timed;
		}
		/* a sample of the calls was timed: the estimated total */
		if (timed && timed < sum.calls)
			sum.total_ns = (__u64)((double)sum.total_ns *
					       (double)sum.calls / (double)timed);
		err = summary_add_stat(out,
				       (enum personality)(key / COUNT_NSLOTS),
				       summary_row(key), &sum);
		if (err)
			break;
	}
	free(v);
	if (o->stats) {
		o->stats->lost_forks = ss->skel->bss->lost_forks;
		o->stats->dropped = ss->skel->bss->count_dropped;
	}
	return err;
}

static bool stopped(const struct ebpf_count_opts *o)
{
	return o->stop && *o->stop;
}

/* Wait for one tick or until something happens: a pidfd becomes readable
 * or BPF reports a dead thread group. */
static void wait_tick(struct session *ss, const int *pidfds, int n)
{
	struct pollfd pfd[n + 1];
	int k = 0;

	for (int i = 0; i < n; i++) {
		if (pidfds[i] < 0)
			continue;
		pfd[k].fd = pidfds[i];
		pfd[k].events = POLLIN;
		k++;
	}
	if (ss->rb) {
		pfd[k].fd = ring_buffer__epoll_fd(ss->rb);
		pfd[k].events = POLLIN;
		k++;
	}
	poll(pfd, (nfds_t)k, TICK_MS);
	if (ss->rb)
		ring_buffer__consume(ss->rb);
}

int ebpf_available(char *why, size_t len)
{
	struct ebpf_count_opts all = { .follow = true };
	struct session ss;
	int err = session_open(&ss, &all, why, len);

	if (err)
		return err;
	session_close(&ss);
	return 0;
}

int ebpf_count_spawn(const struct ebpf_count_opts *o, pid_t child,
		     int release_fd, struct summary *out)
{
	struct session ss;
	int pidfd, err, status = 0;
	bool reaped = false;
	char go = 'x';

	err = session_open(&ss, o, NULL, 0);
	if (err)
		return err;
	pidfd = pidfd_open_(child, 0);
	if (pidfd < 0) {
		err = -errno;
		goto out;
	}
	err = track_task(&ss, pidfd, COUNT_ARMED);
	if (!err && ss.follow)
		err = track_group(&ss, child);
	if (err)
		goto out;
	if (o->attached)
		o->attached(child, o->attached_arg);
	if (write(release_fd, &go, 1) != 1) {
		err = errno ? -errno : -EIO;
		goto out;
	}

	for (;;) {
		if (!reaped) {
			pid_t r = waitpid(child, &status, WNOHANG);

			if (r == child) {
				reaped = true;
				close(pidfd);
				pidfd = -1;
			} else if (r < 0 && errno != EINTR) {
				err = -errno;
				break;
			}
		}
		if (reaped && (!ss.follow || live_groups(&ss) == 0))
			break;
		if (stopped(o))
			break;
		wait_tick(&ss, &pidfd, 1);
		if (reaped && ss.follow)
			sweep(&ss);
	}
	count__detach(ss.skel);
	if (!err)
		err = collect(&ss, out, o);
	if (!err)
		err = reaped ? status : -EINTR;
out:
	if (pidfd >= 0)
		close(pidfd);
	session_close(&ss);
	return err;
}

/* -p PID: start tracing it.  *pidfd gets a pidfd to poll for its exit
 * without -f (-1 when the kernel cannot give one: polled with kill()). */
static int attach_one(struct session *ss, pid_t pid, int *pidfd)
{
	pid_t tgid;
	int err;

	*pidfd = -1;
	if (!ss->follow) {
		/* the given thread only, as strace -p without -f */
		int fd = thread_pidfd(pid);

		if (fd < 0)
			return -errno;
		err = track_task(ss, fd, COUNT_ACTIVE);
		if (err == -EEXIST) /* the same pid twice */
			err = 0;
		if (err)
			close(fd);
		else
			*pidfd = fd;
		return err;
	}
	tgid = tgid_of(pid);
	if (tgid < 0)
		return tgid;
	err = track_group(ss, tgid);
	if (err == -EEXIST) /* two threads of one process */
		return 0;
	if (!err)
		err = track_all_threads(ss, tgid);
	/* died before it was in the map: its exit went unseen */
	if (!err && id_gone(tgid))
		untrack_group(ss, (__u32)tgid);
	return err;
}

int ebpf_count_attach(const struct ebpf_count_opts *o, const pid_t *pids,
		      int n, struct summary *out)
{
	struct session ss;
	bool *gone;
	int *pidfds;
	int err;

	if (n <= 0)
		return -EINVAL;
	pidfds = malloc((size_t)n * sizeof(*pidfds));
	gone = calloc((size_t)n, sizeof(*gone));
	if (!pidfds || !gone) {
		free(pidfds);
		free(gone);
		return -ENOMEM;
	}
	for (int i = 0; i < n; i++)
		pidfds[i] = -1;
	err = session_open(&ss, o, NULL, 0);
	if (err)
		goto out_free;

	for (int i = 0; i < n; i++) {
		err = attach_one(&ss, pids[i], &pidfds[i]);
		if (err)
			goto out;
		if (o->attached)
			o->attached(pids[i], o->attached_arg);
	}

	for (;;) {
		bool all_gone = true;

		if (ss.follow) {
			all_gone = live_groups(&ss) == 0;
		} else {
			for (int i = 0; i < n; i++) {
				struct pollfd p = { pidfds[i], POLLIN, 0 };

				/* readable: exited, zombie or not */
				if (pidfds[i] >= 0 && poll(&p, 1, 0) == 1)
					gone[i] = true;
				else if (pidfds[i] < 0 && id_gone(pids[i]))
					gone[i] = true;
				if (gone[i] && pidfds[i] >= 0) {
					close(pidfds[i]);
					pidfds[i] = -1;
				}
				all_gone = all_gone && gone[i];
			}
		}
		if (all_gone || stopped(o))
			break;
		wait_tick(&ss, pidfds, n);
		if (ss.follow)
			sweep(&ss);
	}
	count__detach(ss.skel);
	err = collect(&ss, out, o);
out:
	session_close(&ss);
out_free:
	for (int i = 0; i < n; i++)
		if (pidfds[i] >= 0)
			close(pidfds[i]);
	free(pidfds);
	free(gone);
	return err;
}
