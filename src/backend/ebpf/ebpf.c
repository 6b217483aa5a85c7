#include "backend/ebpf/ebpf.h"

#include <errno.h>
#include <poll.h>
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

/* How often the wait loop looks at *stop and at ids that may have died
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

static int session_open(struct session *ss, bool follow, bool wallclock,
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
	ss->follow = follow;
	ss->skel = count__open();
	if (!ss->skel) {
		err = -errno;
		explain(err, why, len, "opening the BPF object");
		return err;
	}
	ss->skel->rodata->follow = follow;
	ss->skel->rodata->wallclock = wallclock;
	/* Programs that would only cost time: fork/exit tracking without
	 * -f, context-switch accounting with -w. */
	bpf_program__set_autoload(ss->skel->progs.count_fork, follow);
	bpf_program__set_autoload(ss->skel->progs.count_task_exit, follow);
	bpf_program__set_autoload(ss->skel->progs.count_switch, !wallclock);

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
	if (follow) {
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

/* Add id to the traced set.  With -f, live counts it (BPF decrements it
 * when the group dies). */
static int track(struct session *ss, pid_t id, __u32 state)
{
	__u32 key = (__u32)id;
	int err;

	if (ss->follow)
		__atomic_fetch_add(&ss->skel->bss->live, 1, __ATOMIC_SEQ_CST);
	err = bpf_map_update_elem(bpf_map__fd(ss->skel->maps.traced), &key,
				  &state, BPF_NOEXIST);
	if (err) {
		err = -errno;
		if (ss->follow)
			__atomic_fetch_sub(&ss->skel->bss->live, 1,
					   __ATOMIC_SEQ_CST);
	}
	return err;
}

/* Forget an id whose exit the BPF side did not see (it died before it was
 * added).  Only the side that deletes the entry adjusts live. */
static void untrack(struct session *ss, __u32 key)
{
	if (bpf_map_delete_elem(bpf_map__fd(ss->skel->maps.traced), &key) == 0
	    && ss->follow)
		__atomic_fetch_sub(&ss->skel->bss->live, 1, __ATOMIC_SEQ_CST);
}

static bool id_gone(pid_t id)
{
	return kill(id, 0) != 0 && errno == ESRCH;
}

/* -f: drop ids of groups that no longer exist; sched_process_exit
 * removes the others itself. */
static void sweep(struct session *ss)
{
	int fd = bpf_map__fd(ss->skel->maps.traced);
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
		untrack(ss, dead[i]);
}

static uint64_t live_groups(struct session *ss)
{
	return __atomic_load_n(&ss->skel->bss->live, __ATOMIC_SEQ_CST);
}

static int pidfd_open_(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
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

		if (bpf_map_lookup_elem(fd, &key, v) != 0) {
			err = -errno;
			break;
		}
		for (int c = 0; c < ncpu; c++) {
			if (v[c].calls == 0)
				continue;
			if (sum.calls == 0 || v[c].min_ns < sum.min_ns)
				sum.min_ns = v[c].min_ns;
			if (v[c].max_ns > sum.max_ns)
				sum.max_ns = v[c].max_ns;
			sum.calls += v[c].calls;
			sum.errors += v[c].errors;
			sum.total_ns += v[c].total_ns;
		}
		err = summary_add_stat(out, (enum personality)(key / COUNT_NSLOTS),
				       (long)(key % COUNT_NSLOTS), &sum);
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
	struct session ss;
	int err = session_open(&ss, true, false, why, len);

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

	err = session_open(&ss, o->follow, o->wallclock, NULL, 0);
	if (err)
		return err;
	pidfd = pidfd_open_(child);
	if (pidfd < 0) {
		err = -errno;
		goto out;
	}
	err = track(&ss, child, COUNT_ARMED);
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

int ebpf_count_attach(const struct ebpf_count_opts *o, const pid_t *pids,
		      int n, struct summary *out)
{
	struct session ss;
	int *pidfds;
	int err;

	if (n <= 0)
		return -EINVAL;
	pidfds = malloc((size_t)n * sizeof(*pidfds));
	if (!pidfds)
		return -ENOMEM;
	for (int i = 0; i < n; i++)
		pidfds[i] = -1;
	err = session_open(&ss, o->follow, o->wallclock, NULL, 0);
	if (err)
		goto out_free;

	for (int i = 0; i < n; i++) {
		/* A thread id that is not a group leader has no pidfd
		 * before Linux 6.9; such ids (-1) are polled with kill().
		 * -2 marks an id seen gone. */
		pidfds[i] = pidfd_open_(pids[i]);
		if (pidfds[i] < 0 && errno == ESRCH) {
			err = -ESRCH;
			goto out;
		}
		if (pidfds[i] < 0)
			pidfds[i] = -1;
		err = track(&ss, pids[i], COUNT_ACTIVE);
		if (err == -EEXIST) /* the same pid twice */
			err = 0;
		if (err)
			goto out;
		/* died before it was in the map: its exit went unseen */
		if (id_gone(pids[i]))
			untrack(&ss, (__u32)pids[i]);
		else if (o->attached)
			o->attached(pids[i], o->attached_arg);
	}

	for (;;) {
		bool all_gone = true;

		if (ss.follow) {
			all_gone = live_groups(&ss) == 0;
		} else {
			for (int i = 0; i < n; i++) {
				if (pidfds[i] >= 0) {
					struct pollfd p = { pidfds[i], POLLIN,
							    0 };

					/* readable: exited, zombie or not */
					if (poll(&p, 1, 0) == 1) {
						close(pidfds[i]);
						pidfds[i] = -2;
					}
				} else if (pidfds[i] == -1 &&
					   id_gone(pids[i])) {
					pidfds[i] = -2;
				}
				if (pidfds[i] != -2)
					all_gone = false;
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
	return err;
}
