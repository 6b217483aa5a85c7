// SPDX-License-Identifier: (GPL-2.0-only OR BSD-2-Clause)
/*
 * trace.bpf.c: sift's full trace in the kernel.  raw_syscalls sys_enter
 * and sys_exit record the selected calls of traced tasks, with the tracee
 * memory their decoders will read (the capture plan the loader derived
 * from the syscall tables), into one ring buffer; fork, exit and signal
 * tracepoints add the task events.  Nothing here stops a task.
 */
#include <stdbool.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

#include "backend/ebpf/trace_abi.h"

typedef struct {
	int counter;
} atomic_t;

struct pt_regs {
	unsigned long bx, cx, dx, si, di, bp, r10, r8, r9;
	unsigned long ip, sp;
} __attribute__((preserve_access_index));

struct thread_info {
	__u32 status;
} __attribute__((preserve_access_index));

typedef struct {
	unsigned long sig[1];
} sigset_t;

struct sigaction {
	void *sa_handler;
} __attribute__((preserve_access_index));

struct k_sigaction {
	struct sigaction sa;
} __attribute__((preserve_access_index));

struct sighand_struct {
	struct k_sigaction action[64];
} __attribute__((preserve_access_index));

struct files_struct;
struct fs_struct;

struct task_struct {
	struct thread_info thread_info;
	int pid;
	int tgid;
	int exit_code;
	struct sighand_struct *sighand;
	sigset_t blocked;
	struct files_struct *files;
	struct fs_struct *fs;
} __attribute__((preserve_access_index));

/* -y: what the path walk reads, all through bpf_core_field_offset and
 * bpf_probe_read_kernel on plain numbers */
struct fdtable {
	unsigned int max_fds;
	void **fd;
} __attribute__((preserve_access_index));

struct files_struct {
	struct fdtable *fdt;
} __attribute__((preserve_access_index));

struct qstr {
	const unsigned char *name;
} __attribute__((preserve_access_index));

struct hlist_bl_node {
	void *next, **pprev;
} __attribute__((preserve_access_index));

struct dentry_operations {
	void *d_dname;
} __attribute__((preserve_access_index));

struct super_block {
	unsigned long s_magic;
} __attribute__((preserve_access_index));

struct inode {
	unsigned short i_mode;
	unsigned int i_rdev;
	unsigned long i_ino;
	void *i_private;
} __attribute__((preserve_access_index));

struct upid {
	int nr;
} __attribute__((preserve_access_index));

struct pid {
	struct upid numbers[1];
} __attribute__((preserve_access_index));

struct dentry {
	struct hlist_bl_node d_hash;
	struct dentry *d_parent;
	struct qstr d_name;
	const struct dentry_operations *d_op;
	struct super_block *d_sb;
} __attribute__((preserve_access_index));

struct vfsmount {
	struct dentry *mnt_root;
} __attribute__((preserve_access_index));

struct mount {
	struct mount *mnt_parent;
	struct dentry *mnt_mountpoint;
	struct vfsmount mnt;
} __attribute__((preserve_access_index));

struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
} __attribute__((preserve_access_index));

struct file {
	struct path f_path;
	struct inode *f_inode;
	void *private_data;
} __attribute__((preserve_access_index));

struct fs_struct {
	struct path pwd;
} __attribute__((preserve_access_index));

struct kernel_siginfo;
struct k_sigaction;

#define TS_COMPAT 0x0002
#define SIGINFO_SIZE 48
#define TRACE_SIGNAL_IGNORED 1

const volatile bool follow = false;
/* Wake sift up only once this much is waiting (it also polls every few
 * milliseconds): a wakeup per record would cost more than the record. */
const volatile __u64 wake_bytes = 1 << 16;

__u64 live;     /* traced tasks alive */
__u64 lost_forks;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct tr_task);
} tasks SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, TR_NPERS * TR_NSLOTS);
	__type(key, __u32);
	__type(value, struct tr_plan);
} plans SEC(".maps");

struct scratch {
	__u32 len;
	__u32 pad;
	__u8 data[TR_SCRATCH + TR_MAXREG + 64];
};

/* One record being built per CPU (the loader sets max_entries to the
 * number of CPUs: per-CPU values cannot be this large). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch SEC(".maps");

/* Per CPU: events lost since the last one sent, and in all. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} lost SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 24); /* the loader sets --ebpf-buffer */
} events SEC(".maps");

static __always_inline struct scratch *my_scratch(void)
{
	__u32 cpu = bpf_get_smp_processor_id();

	return bpf_map_lookup_elem(&scratch, &cpu);
}

static __always_inline struct tr_event *begin(struct scratch *s, __u32 type,
					       struct task_struct *t)
{
	struct tr_event *e = (void *)s->data;

	__builtin_memset(e, 0, TR_HDR_SHORT);
	if (type != TR_EXIT)
		__builtin_memset(&e->ip, 0, sizeof(*e) - TR_HDR_SHORT);
	e->type = type;
	e->tid = t->pid;
	e->tgid = t->tgid;
	s->len = TR_HDR_LEN(type);
	return e;
}

/* Wake sift only as the waiting data grows past wake_bytes, or past half
 * the buffer: a reader that is awake finds the data anyway, and a wakeup
 * per record (an interrupt each) while the buffer stays full cost the
 * tracee more than its calls. */
static __always_inline __u64 wake_flags(__u32 len)
{
	__u64 avail = bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA);
	__u64 grown = avail + len + 8;

	return (avail < wake_bytes && grown >= wake_bytes) ||
			       (avail < 8 * wake_bytes && grown >= 8 * wake_bytes) ?
		       BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP;
}

/* Send the record built in s; 0, or -1 when the ring buffer is full (the
 * loss is counted). */
static __always_inline int send(struct scratch *s)
{
	struct tr_event *e = (void *)s->data;
	__u32 k0 = 0, k1 = 1;
	__u64 *pend = bpf_map_lookup_elem(&lost, &k0);
	__u64 *all = bpf_map_lookup_elem(&lost, &k1);
	__u32 len = s->len;

	if (!pend || !all)
		return -1;
	if (len > TR_SCRATCH)
		len = TR_SCRATCH;
	if (len < TR_HDR_SHORT)
		len = TR_HDR_SHORT;
	e->size = len;
	e->lost = (__u32)*pend;
	if (bpf_ringbuf_output(&events, s->data, len, wake_flags(len)) == 0) {
		*pend = 0;
		return 0;
	}
	*pend += 1;
	*all += 1;
	return -1;
}

/* A TR_EXIT or TR_CALL record without regions, written in the ring
 * buffer itself: no scratch record, no copy. */
static __always_inline void send_bare(__u32 type, struct task_struct *t,
				      struct tr_task *tt, __s64 ret)
{
	__u32 k0 = 0, k1 = 1, len = TR_HDR_LEN(type);
	__u64 *pend = bpf_map_lookup_elem(&lost, &k0);
	__u64 *all = bpf_map_lookup_elem(&lost, &k1);
	struct tr_event *e;
	__u64 flags;

	if (!pend || !all)
		return;
	flags = wake_flags(len);
	e = bpf_ringbuf_reserve(&events, len, 0);
	if (!e) {
		*pend += 1;
		*all += 1;
		return;
	}
	e->type = type;
	e->size = len;
	e->tid = t->pid;
	e->tgid = t->tgid;
	e->lost = (__u32)*pend;
	e->nregions = 0;
	e->pers = tt->pers;
	e->aux = 0;
	e->nr = tt->nr;
	e->ret = ret;
	if (type == TR_CALL) {
		e->ip = tt->ip;
		e->sp = tt->sp;
		for (int i = 0; i < TR_NARGS; i++)
			e->args[i] = tt->args[i];
	}
	*pend = 0;
	bpf_ringbuf_submit(e, flags);
}

/* Append one region of at most TR_MAXREG bytes at addr (user memory, or
 * kernel memory with TR_REG_KERNEL); nothing, and 1, when it cannot be
 * read; -1 when the record is full.  Global: verified once. */
__noinline int add_region(__u64 addr, __u64 len, __u32 flags)
{
	struct scratch *s = my_scratch();
	struct tr_region *r;
	__u32 off, rlen;
	long n;

	if (!s)
		return -1;
	/* a string may take a byte more: see below */
	if (len > TR_MAXREG + 8)
		len = TR_MAXREG + 8;
	/* keep the bound in the register the helpers get */
	asm volatile("%0 &= 0x1fff" : "+r"(len));
	if (len == 0 || (addr == 0 && !(flags & TR_REG_KERNEL)))
		return 0;
	off = s->len;
	if (off > TR_SCRATCH - sizeof(*r) - TR_MAXREG - 8)
		return -1;
	off &= TR_SCRATCH - 1;
	r = (void *)&s->data[off];
	void *dst = &s->data[(off + sizeof(*r)) & (TR_SCRATCH - 1)];
	if (flags & TR_REG_KERNEL) {
		if (bpf_probe_read_kernel(dst, len, (void *)addr))
			return 1;
		rlen = len;
	} else if (flags & TR_REG_STR) {
		n = bpf_probe_read_user_str(dst, len, (void *)addr);
		if (n <= 0) {
			/* no NUL before an unreadable page: what precedes
			 * it, as a page-wise reader sees it */
			__u64 first = TR_MAXREG - (addr & (TR_MAXREG - 1));
			if (first >= len ||
			    bpf_probe_read_user(dst, first, (void *)addr))
				return 1;
			n = (long)first + 1; /* no NUL to drop */
			len = 0;
		}
		rlen = (__u32)n;
		/* a full buffer ends in a NUL of the helper's, not the
		 * string's: the reader must see an unterminated string */
		if (rlen == len || len == 0)
			rlen--;
	} else {
		if (bpf_probe_read_user(dst, len, (void *)addr))
			return 1;
		rlen = len;
	}
	r->addr = addr;
	r->len = rlen;
	r->flags = flags;
	s->len = off + sizeof(*r) + ((rlen + 7) & ~7u);
	((struct tr_event *)s->data)->nregions++;
	return 0;
}

/* -y: a region of descriptor fd, its data a kernel string at kaddr. */
__noinline int add_region_fd(__u64 fd, __u64 kaddr, __u32 flags)
{
	struct scratch *s = my_scratch();
	struct tr_region *r;
	__u32 off;
	long n;

	if (!s || !kaddr)
		return 0;
	off = s->len;
	if (off > TR_SCRATCH - sizeof(*r) - TR_MAXREG - 8)
		return -1;
	off &= TR_SCRATCH - 1;
	r = (void *)&s->data[off];
	n = bpf_probe_read_kernel_str(&s->data[(off + sizeof(*r)) &
					       (TR_SCRATCH - 1)],
				      256, (void *)kaddr);
	if (n <= 0)
		return 0;
	r->addr = fd;
	r->len = (__u32)n;
	r->flags = flags;
	s->len = off + sizeof(*r) + (((__u32)n + 7) & ~7u);
	((struct tr_event *)s->data)->nregions++;
	return 0;
}

static __always_inline int add_fdspecial(__u64 fd, void *sp, __u32 len,
					 __u32 flags)
{
	struct scratch *s = my_scratch();
	struct tr_region *r;
	__u32 off;

	if (!s)
		return 0;
	off = s->len;
	if (off > TR_SCRATCH - sizeof(*r) - TR_MAXREG - 8)
		return -1;
	off &= TR_SCRATCH - 1;
	r = (void *)&s->data[off];
	if (len > 16)
		len = 16;
	bpf_probe_read_kernel(&s->data[(off + sizeof(*r)) & (TR_SCRATCH - 1)],
			      len, sp);
	r->addr = fd;
	r->len = len;
	r->flags = TR_REG_FD | flags;
	s->len = off + sizeof(*r) + ((len + 7) & ~7u);
	((struct tr_event *)s->data)->nregions++;
	return 0;
}

/* len bytes at addr, split where a page ends: a struct running into an
 * unmapped page is captured up to it, and reads past it fail. */
static __always_inline int add_mem(__u64 addr, __u32 len)
{
	__u32 first = TR_MAXREG - (addr & (TR_MAXREG - 1));

	if (len > TR_MAXREG)
		len = TR_MAXREG;
	int r;

	if (first >= len)
		return add_region(addr, len, 0);
	r = add_region(addr, first, 0);
	if (r < 0)
		return -1;
	return r | add_region(addr + first, len - first, 0);
}

static __always_inline __u64 read_ptr(__u64 addr, __u32 psize)
{
	__u64 v = 0;

	if (psize == 4) {
		__u32 w = 0;
		bpf_probe_read_user(&w, 4, (void *)addr);
		return w;
	}
	bpf_probe_read_user(&v, 8, (void *)addr);
	return v;
}

struct vec_walk {
	__u64 addr;
	__u32 psize;
	__u32 size;
	__s64 total;
	int failed; /* a buffer could not be read */
};

static long vector_step(__u64 i, void *arg)
{
	struct vec_walk *w = arg;
	__u64 p = read_ptr(w->addr + i * w->psize, w->psize);

	if (!p || add_region(p, w->size, TR_REG_STR) < 0)
		return 1;
	return 0;
}

/* A NULL-terminated pointer array and, with strings, what it points to.
 * bpf_loop: the verifier checks the step once, not per element. */
__noinline int add_vector(__u64 addr, __u32 count, __u32 size, __u32 psize,
			  __u32 strings)
{
	struct vec_walk w = { .addr = addr, .size = size };

	if (!addr)
		return 0;
	if (count > 512)
		count = 512;
	w.psize = psize == 4 ? 4 : 8;
	if (add_mem(addr, (count + 1) * w.psize) < 0)
		return -1;
	if (strings)
		bpf_loop(count, vector_step, &w, 0);
	return 0;
}

static long iov_step(__u64 i, void *arg)
{
	struct vec_walk *w = arg;
	__u64 base = read_ptr(w->addr + i * 2 * w->psize, w->psize);
	__u64 len = read_ptr(w->addr + i * 2 * w->psize + w->psize, w->psize);
	__u64 want = len < w->size ? len : w->size;

	if (w->total <= 0)
		return 1;
	int r;

	if (want > (__u64)w->total)
		want = (__u64)w->total;
	w->total -= len;
	r = add_mem(base, (__u32)want);
	if (r > 0)
		w->failed = 1;
	return r < 0;
}

/* n iovecs at addr and up to size bytes of each buffer (at most total
 * bytes in all: the return value at exit). */
__noinline int add_iov(__u64 addr, __u32 n, __u32 size, __u32 psize,
		       __s64 total)
{
	struct vec_walk w = { .addr = addr, .size = size, .total = total };

	if (!addr)
		return 0;
	if (n > 64)
		n = 64;
	w.psize = psize == 4 ? 4 : 8;
	if (add_mem(addr, n * 2 * w.psize) < 0)
		return -1;
	bpf_loop(n, iov_step, &w, 0);
	return w.failed;
}

/* struct msghdr (x86_64 layout, i386 with 4-byte pointers): its name,
 * iovecs and control data.  At exit ret bounds the iovec data. */
__noinline int add_msghdr(__u64 addr, __u32 size, __u32 psize, __s64 ret)
{
	__u32 p = psize == 4 ? 4 : 8;
	__u64 name, namelen, iov, iovlen, ctl, ctllen;
	int r;

	if (!addr)
		return 0;
	r = add_mem(addr, 7 * p);
	if (r)
		return r;
	name = read_ptr(addr, p);
	namelen = read_ptr(addr + p, 4);
	iov = read_ptr(addr + 2 * p, p);
	iovlen = read_ptr(addr + 3 * p, p);
	ctl = read_ptr(addr + 4 * p, p);
	ctllen = read_ptr(addr + 5 * p, p);
	if (add_mem(name, (__u32)(namelen < 128 ? namelen : 128)) < 0 ||
	    add_mem(ctl, (__u32)(ctllen < 512 ? ctllen : 512)) < 0)
		return -1;
	return add_iov(iov, (__u32)(iovlen < 64 ? iovlen : 64), size, p, ret) < 0 ?
		       -1 : 0;
}

static __always_inline __u64 min64(__u64 a, __u64 b)
{
	return a < b ? a : b;
}

static __always_inline __u64 rd(__u64 addr)
{
	__u64 v = 0;

	bpf_probe_read_kernel(&v, sizeof(v), (void *)addr);
	return v;
}

#define OFF(type, field) ((__u64)bpf_core_field_offset(struct type, field))

struct fd_walk {
	__u64 dentry, mnt, fd;
	int n;
};

/* One step up the path: a component, or a mount crossed. */
static long fd_step(__u64 i, void *arg)
{
	struct fd_walk *w = arg;
	__u64 d = w->dentry, mnt = w->mnt;
	__u64 parent = rd(d + OFF(dentry, d_parent));

	if (d == rd(mnt + OFF(vfsmount, mnt_root)) || d == parent) {
		__u64 m = mnt - OFF(mount, mnt);
		__u64 mp = rd(m + OFF(mount, mnt_parent));
		if (d != rd(mnt + OFF(vfsmount, mnt_root)) || !mp || mp == m)
			return 1; /* the root */
		w->dentry = rd(m + OFF(mount, mnt_mountpoint));
		w->mnt = mp + OFF(mount, mnt);
		return 0;
	}
	__u32 flags = TR_REG_FD | TR_REG_STR | TR_REG_KERNEL;
	/* unlinked: " (deleted)", as d_path says */
	if (w->n == 0 && !rd(d + OFF(dentry, d_hash) + OFF(hlist_bl_node, pprev)))
		flags |= TR_REG_DELETED;
	if (add_region_fd(w->fd, rd(d + OFF(dentry, d_name) + OFF(qstr, name)),
			  flags) < 0)
		return 1;
	w->n++;
	w->dentry = parent;
	return 0;
}

/* -y: AT_FDCWD's directory, as a descriptor (__u32)-100. */
__noinline int add_cwd_path(void)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u64 fs = (__u64)t->fs;
	struct fd_walk w = { .fd = (__u32)-100 };

	if (!fs)
		return 0;
	w.dentry = rd(fs + OFF(fs_struct, pwd) + OFF(path, dentry));
	w.mnt = rd(fs + OFF(fs_struct, pwd) + OFF(path, mnt));
	bpf_loop(40, fd_step, &w, 0);
	return 0;
}

/* -y: the path of descriptor fd of the current task, as regions. */
__noinline int add_fd_path(__u64 fd)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u64 fdt, file, d, op, ino;
	struct tr_fdspecial sp;
	struct tr_fdstat st;
	struct fd_walk w = { .fd = fd };

	if (fd > 1u << 20)
		return 0;
	fdt = rd((__u64)t->files + OFF(files_struct, fdt));
	if (!fdt || fd >= (__u32)rd(fdt + OFF(fdtable, max_fds)))
		return 0;
	file = rd(rd(fdt + OFF(fdtable, fd)) + fd * 8);
	if (!file)
		return 0;
	d = rd(file + OFF(file, f_path) + OFF(path, dentry));
	w.mnt = rd(file + OFF(file, f_path) + OFF(path, mnt));
	op = rd(d + OFF(dentry, d_op));
	ino = rd(file + OFF(file, f_inode));
	sp.magic = rd(rd(d + OFF(dentry, d_sb)) + OFF(super_block, s_magic));
	st.mode = (__u16)rd(ino + OFF(inode, i_mode));
	st.rdev = (__u32)rd(ino + OFF(inode, i_rdev));
	st.pid = 0;
	st.pad = 0;
	if (sp.magic == 0x50494446) { /* PID_FS_MAGIC: the inode's pid */
		__u64 pid = rd(ino + OFF(inode, i_private));
		if (!pid)
			pid = rd(file + OFF(file, private_data));
		if (pid)
			st.pid = (int)rd(pid + OFF(pid, numbers) +
					 OFF(upid, nr));
	}
	if (add_fdspecial(fd, &st, sizeof(st), TR_REG_FDSTAT) < 0)
		return -1;
	if (op && rd(op + OFF(dentry_operations, d_dname))) {
		/* pipe:[ino], socket:[ino], anon_inode:NAME: made up */
		sp.ino = rd(ino + OFF(inode, i_ino));
		if (add_fdspecial(fd, &sp, sizeof(sp), TR_REG_FDSPECIAL) < 0)
			return -1;
		return add_region_fd(fd, rd(d + OFF(dentry, d_name) + OFF(qstr, name)),
				     TR_REG_FD | TR_REG_STR | TR_REG_KERNEL);
	}
	w.dentry = d;
	bpf_loop(40, fd_step, &w, 0);
	return 0;
}

/* cap_arg's how: kind (enum tr_cap), phase, pointer size, count */
#define HOW_EXIT 0x100
#define HOW_PTR4 0x200
#define HOW_COUNT(n) ((__u32)(n) << 16)

/* One argument's capture; add_region's result.  Global, so the verifier
 * walks it once, not per argument and phase (at most five arguments). */
__noinline int cap_arg(__u64 a, __u64 lenv, __s64 ret, __u32 how,
		       __u32 size)
{
	__u32 kind = how & 0xff, count = how >> 16;
	__u32 psize = how & HOW_PTR4 ? 4 : 8;
	bool exiting = how & HOW_EXIT;

	switch (kind) {
	case TRC_STR:
		return add_region(a, size, TR_REG_STR);
	case TRC_MEM:
		return add_mem(a, size);
	case TRC_BUF:
		return add_mem(a, (__u32)min64(lenv, size));
	case TRC_BUFRET:
		if (ret <= 0)
			return 0;
		return add_mem(a, (__u32)min64(min64(lenv, ret), size));
	case TRC_RETMEM:
		if (ret <= 0)
			return 0;
		return add_mem(a, (__u32)min64(ret, size));
	case TRC_STRV:
	case TRC_PTRV:
		return add_vector(a, count, size, psize, kind == TRC_STRV);
	case TRC_IOV:
		return add_iov(a, (__u32)min64(lenv, count), size, psize,
			       exiting ? ret : 1L << 40);
	case TRC_MSGHDR:
		return add_msghdr(a, size, psize, exiting ? ret : 1L << 40);
	case TRC_FDPAIR: {
		int fds[2] = { -1, -1 };
		int r = add_mem(a, 8);
		if (r || !size || bpf_probe_read_user(fds, sizeof(fds), (void *)a))
			return r;
		if (fds[0] >= 0 && add_fd_path((__u32)fds[0]) < 0)
			return -1;
		if (fds[1] >= 0)
			return add_fd_path((__u32)fds[1]);
		return 0;
	}
	case TRC_FD:
		if ((int)a == -100)
			return add_cwd_path();
		if ((int)a < 0)
			return 0;
		return add_fd_path((__u32)a);
	}
	return 0;
}

/* Capture the arguments in mask that the plan names for this phase (a
 * retry: the entry-only ones again, at exit).  Returns the arguments that
 * could not be read at entry (their page may not be present yet: at exit
 * the kernel has faulted it in, and the entry is shown then). */
static __always_inline __u32 capture(const struct tr_plan *p,
				     const __u64 *args, __u32 when, __s64 ret,
				     __u32 psize, __u32 mask, bool retry)
{
	__u32 failed = 0;

	for (int i = 0; i < TR_NARGS; i++) {
		const struct tr_argcap *c = &p->arg[i];
		__u32 k = c->lenarg;
		int r;

		if (!(mask & (1u << i)) || !(c->when & when) ||
		    c->kind == TRC_NONE)
			continue;
		/* arguments captured at exit anyway need no second try */
		if (retry && (c->when & TR_AT_EXIT))
			continue;
		r = cap_arg(args[i], k < TR_NARGS ? args[k] : 0, ret,
			    c->kind | (when == TR_AT_EXIT ? HOW_EXIT : 0) |
				    (psize == 4 ? HOW_PTR4 : 0) |
				    HOW_COUNT(c->count),
			    c->size);
		if (r < 0)
			break;
		if (r > 0 && when == TR_AT_ENTRY)
			failed |= 1u << i;
	}
	return failed;
}

static __always_inline __u32 pers_of(struct task_struct *t, long *nr)
{
	if (t->thread_info.status & TS_COMPAT)
		return 1;
	if (*nr >= 0 && (*nr & TR_X32_BIT))
		return 2;
	return 0;
}

static __always_inline const struct tr_plan *plan_of(__u32 pers, long nr)
{
	__u32 slot = nr & ~TR_X32_BIT;
	__u32 key;

	if (nr < 0 || slot >= TR_NSLOTS)
		slot = TR_NSLOTS - 1;
	key = pers * TR_NSLOTS + slot;
	return bpf_map_lookup_elem(&plans, &key);
}

/* The call's registers into the task's storage. */
static __always_inline void save_call(struct tr_task *tt, struct pt_regs *regs,
				      __u32 pers)
{
	if (pers == 1) {
		tt->args[0] = (__u32)regs->bx;
		tt->args[1] = (__u32)regs->cx;
		tt->args[2] = (__u32)regs->dx;
		tt->args[3] = (__u32)regs->si;
		tt->args[4] = (__u32)regs->di;
		tt->args[5] = (__u32)regs->bp;
	} else {
		tt->args[0] = regs->di;
		tt->args[1] = regs->si;
		tt->args[2] = regs->dx;
		tt->args[3] = regs->r10;
		tt->args[4] = regs->r8;
		tt->args[5] = regs->r9;
	}
	tt->ip = regs->ip;
	tt->sp = regs->sp;
}

/* Begin a record of task t's call in progress (TR_ENTER or TR_CALL). */
static __always_inline struct tr_event *begin_call(struct scratch *s,
						    __u32 type,
						    struct task_struct *t,
						    struct tr_task *tt)
{
	struct tr_event *e = begin(s, type, t);

	e->pers = tt->pers;
	e->nr = tt->nr;
	e->ip = tt->ip;
	e->sp = tt->sp;
	for (int i = 0; i < TR_NARGS; i++)
		e->args[i] = tt->args[i];
	return e;
}

/* Send task t's deferred entry, if it is still to be sent: before
 * anything else recorded for t, and when t blocks in the call. */
static __always_inline void flush_entry(struct tr_task *tt,
					struct task_struct *t)
{
	struct scratch *s;

	if (!tt->deferred || !__sync_lock_test_and_set(&tt->deferred, 0))
		return;
	s = my_scratch();
	if (!s)
		return;
	begin_call(s, TR_ENTER, t, tt);
	tt->entry_lost = send(s) < 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(tr_enter, struct pt_regs *regs, long id)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct tr_task *tt = bpf_task_storage_get(&tasks, t, 0, 0);
	const struct tr_plan *p;
	struct scratch *s;
	struct tr_event *e;
	__u32 pers;

	if (!tt)
		return 0;
	pers = pers_of(t, &id);
	/* the last call's number, for -n on the exit line */
	tt->pers = pers;
	tt->nr = pers == 1 ? (int)id : id;
	if (tt->state != TR_ACTIVE) {
		/* a spawned child is traced from its execve on, as strace
		 * shows it, not the pipe read before */
		if (tt->state != TR_ARMED || pers != 0 ||
		    (id != 59 && id != 322))
			return 0;
		tt->state = TR_ACTIVE;
	}
	tt->in_call = 0;
	p = plan_of(pers, id);
	if (!p || !p->selected)
		return 0;
	save_call(tt, regs, pers);
	tt->retry = 0;
	tt->entry_lost = 0;
	tt->in_call = 1;
	/* the only task traced: no other task's record can come between */
	if (p->defer && live == 1) {
		tt->deferred = 1;
		return 0;
	}
	s = my_scratch();
	if (!s)
		return 0;
	e = begin_call(s, TR_ENTER, t, tt);
	tt->retry = capture(p, e->args, TR_AT_ENTRY, 0, pers == 1 ? 4 : 8,
			    0x3f, false);
	if (p->noretry)
		tt->retry = 0;
	e->aux = tt->retry;
	tt->entry_lost = send(s) < 0;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(tr_exit, struct pt_regs *regs, long ret)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct tr_task *tt = bpf_task_storage_get(&tasks, t, 0, 0);
	const struct tr_plan *p;
	struct scratch *s;
	struct tr_event *e;
	bool whole;

	if (!tt || !tt->in_call)
		return 0;
	tt->in_call = 0;
	whole = tt->deferred && __sync_lock_test_and_set(&tt->deferred, 0);
	if (tt->entry_lost) {
		tt->entry_lost = 0;
		return 0;
	}
	p = plan_of(tt->pers, tt->nr);
	if (!p)
		return 0;
	if (p->bare && !tt->retry) {
		ret = tt->pers == 1 ? (int)ret : ret;
		if (whole)
			send_bare(TR_CALL, t, tt, ret);
		else
			send_bare(TR_EXIT, t, tt, ret);
		return 0;
	}
	s = my_scratch();
	if (!s)
		return 0;
	if (whole)
		e = begin_call(s, TR_CALL, t, tt);
	else
		e = begin(s, TR_EXIT, t);
	e->pers = tt->pers;
	e->nr = tt->nr;
	e->ret = tt->pers == 1 ? (int)ret : ret;
	capture(p, tt->args, TR_AT_EXIT, e->ret, tt->pers == 1 ? 4 : 8, 0x3f,
		false);
	if (tt->retry)
		capture(p, tt->args, TR_AT_ENTRY, 0, tt->pers == 1 ? 4 : 8,
			tt->retry, true);
	if (p->retfd && e->ret >= 0)
		add_fd_path((__u64)e->ret);
	send(s);
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(tr_fork, struct task_struct *parent, struct task_struct *child)
{
	struct tr_task *c = bpf_task_storage_get(&tasks, parent, 0, 0);
	struct scratch *s;
	struct tr_event *e;

	if (!follow || !c || c->state != TR_ACTIVE)
		return 0;
	flush_entry(c, parent);
	c = bpf_task_storage_get(&tasks, child, 0,
				 BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!c) {
		__sync_fetch_and_add(&lost_forks, 1);
		return 0;
	}
	c->state = TR_ACTIVE;
	__sync_fetch_and_add(&live, 1);
	s = my_scratch();
	if (!s)
		return 0;
	e = begin(s, TR_FORK, parent);
	e->aux = child->pid;
	e->args[0] = child->tgid;
	send(s);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(tr_task_exit, struct task_struct *p)
{
	struct tr_task *c = bpf_task_storage_get(&tasks, p, 0, 0);
	struct scratch *s;
	struct tr_event *e;

	if (!c || !c->state)
		return 0;
	flush_entry(c, p);
	c->state = 0;
	s = my_scratch();
	if (s) {
		e = begin(s, TR_GONE, p);
		e->aux = p->exit_code;
		e->nr = c->nr;
		e->pers = c->pers;
		send(s);
	}
	__sync_fetch_and_add(&live, -1);
	return 0;
}

static __always_inline void signal_event(struct task_struct *t, int sig,
					 struct kernel_siginfo *info)
{
	struct tr_task *c = bpf_task_storage_get(&tasks, t, 0, 0);
	struct scratch *s;
	struct tr_event *e;

	if (!c || c->state != TR_ACTIVE)
		return;
	flush_entry(c, t);
	s = my_scratch();
	if (!s)
		return;
	e = begin(s, TR_SIGNAL, t);
	e->aux = sig;
	/* SEND_SIG_NOINFO (0) and SEND_SIG_PRIV (1) carry no siginfo */
	if ((unsigned long)info > 1) {
		struct tr_region *r = (void *)(s->data + sizeof(*e));
		if (bpf_probe_read_kernel(r + 1, SIGINFO_SIZE, info) == 0) {
			r->addr = 0;
			r->len = SIGINFO_SIZE;
			r->flags = TR_REG_KERNEL;
			s->len += sizeof(*r) + SIGINFO_SIZE;
			e->nregions = 1;
		}
	} else {
		e->ret = (long)info;
	}
	send(s);
}

/* A ptrace tracer never sees SIGKILL delivered (see tr_siggen). */
SEC("tp_btf/signal_deliver")
int BPF_PROG(tr_sigdeliver, int sig, struct kernel_siginfo *info,
	     struct k_sigaction *ka)
{
	if (sig != 9)
		signal_event(bpf_get_current_task_btf(), sig, info);
	return 0;
}

#define BIT(s) (1ul << ((s) - 1))
/* default action: ignore, stop, dump core (kernel/signal.c's masks) */
#define SIG_NOT_FATAL (BIT(17) | BIT(18) | BIT(23) | BIT(28) | BIT(19) | \
		       BIT(20) | BIT(21) | BIT(22) | BIT(3) | BIT(4) | \
		       BIT(5) | BIT(6) | BIT(7) | BIT(8) | BIT(11) | \
		       BIT(24) | BIT(25) | BIT(31))

/* An untraced task sent a signal whose default action kills it, not
 * blocked, gets SIGKILL instead at once (complete_signal), which a ptrace
 * tracer prevents.  Such a signal is shown as it is sent. */
static __always_inline bool becomes_sigkill(struct task_struct *t, int sig)
{
	unsigned long blocked = t->blocked.sig[0];
	__u64 sh = 0, addr;
	void *handler = (void *)1;

	if (sig <= 0 || sig > 64 || sig == 9)
		return false;
	if (sig <= 32 && (SIG_NOT_FATAL & BIT(sig)))
		return false;
	if (blocked & (1ul << ((sig - 1) & 63)))
		return false;
	/* as a number: the verifier allows no variable offset on it */
	bpf_probe_read_kernel(&sh, sizeof(sh), &t->sighand);
	addr = sh + bpf_core_field_offset(struct sighand_struct, action) +
	       (__u64)(sig - 1) * bpf_core_type_size(struct k_sigaction) +
	       bpf_core_field_offset(struct k_sigaction, sa) +
	       bpf_core_field_offset(struct sigaction, sa_handler);
	bpf_probe_read_kernel(&handler, sizeof(handler), (void *)addr);
	return handler == 0;
}

/* A signal the task ignores is dropped when sent: a ptrace tracer still
 * sees it (the kernel queues it for traced tasks), so say it here. */
SEC("tp_btf/signal_generate")
int BPF_PROG(tr_siggen, int sig, struct kernel_siginfo *info,
	     struct task_struct *task, int group, int result)
{
	if (result == TRACE_SIGNAL_IGNORED ||
	    (result == 0 && becomes_sigkill(task, sig)))
		signal_event(task, sig, info);
	return 0;
}

/* A deferred call that blocks shows its entry now, as it starts to
 * wait, not when it returns. */
SEC("tp_btf/sched_switch")
int BPF_PROG(tr_switch, bool preempt, struct task_struct *prev,
	     struct task_struct *next)
{
	struct tr_task *c = bpf_task_storage_get(&tasks, prev, 0, 0);

	if (c && c->deferred)
		flush_entry(c, prev);
	return 0;
}

/* The floor for benchmarks (SIFT_EBPF_FLOOR=1): what any program on the
 * two syscall tracepoints costs, doing nothing. */
SEC("tp_btf/sys_enter")
int BPF_PROG(tr_floor_enter, struct pt_regs *regs, long id)
{
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(tr_floor_exit, struct pt_regs *regs, long ret)
{
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
