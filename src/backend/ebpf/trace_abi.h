/* trace_abi: what the in-kernel tracer (trace.bpf.c) and its loader
 * (trace.c) agree on: the capture plan per syscall, the per-task state and
 * the layout of the records sent through the ring buffer.  Plain C with
 * <linux/types.h> only, for both compilers. */
#ifndef SIFT_EBPF_TRACE_ABI_H
#define SIFT_EBPF_TRACE_ABI_H

#include <linux/types.h>

#define TR_NPERS 3
/* Plan slots per personality; numbers past the last share the last slot. */
#define TR_NSLOTS 1024
#define TR_X32_BIT 0x40000000L
#define TR_NARGS 6

/* One captured region is at most a page; a record at most TR_SCRATCH
 * bytes (a power of two: the BPF side masks offsets with it). */
#define TR_MAXREG 4096
#define TR_SCRATCH 65536

/* What to capture of one argument (struct tr_argcap.kind). */
enum tr_cap {
	TRC_NONE,
	TRC_STR,    /* NUL-terminated string, at most size bytes */
	TRC_MEM,    /* size bytes */
	TRC_BUF,    /* min(args[lenarg], size) bytes */
	TRC_BUFRET, /* min(args[lenarg], return value, size) bytes (exit) */
	TRC_RETMEM, /* min(return value, size) bytes (exit) */
	TRC_STRV,   /* NULL-terminated pointer array of at most count
		     * entries, and the strings (size bytes each) */
	TRC_PTRV,   /* the same, pointers only (envp counted) */
	TRC_IOV,    /* args[lenarg] iovecs (at most count), and size bytes
		     * of each buffer */
	TRC_FD,     /* -y: the path of the descriptor (as /proc shows it) */
	TRC_FDPAIR, /* int[2] (exit), and with -y the two descriptors' paths */
	TRC_MSGHDR, /* struct msghdr: name, iovecs (size bytes each), control */
};

/* struct tr_argcap.when */
#define TR_AT_ENTRY 1
#define TR_AT_EXIT 2

struct tr_argcap {
	__u8 kind;
	__u8 when;
	__u8 lenarg; /* TR_NARGS: none */
	__u8 pad;
	__u16 count; /* vector entries, iovecs */
	__u16 pad2;
	__u32 size;
};

/* plans[pers * TR_NSLOTS + nr]: selected calls are recorded, the others
 * cost this one lookup. */
struct tr_plan {
	__u16 selected;
	__u16 defer;   /* nothing captured at entry: see struct tr_task */
	__u16 noretry; /* never capture entry arguments again at exit */
	__u16 retfd;   /* -y: the path of a returned descriptor, at exit */
	__u16 bare;    /* nothing captured at all: records without regions */
	__u16 pad[3];
	struct tr_argcap arg[TR_NARGS];
};

/* struct tr_task.state */
#define TR_ARMED 1  /* spawned child: traced from its first execve on */
#define TR_ACTIVE 2

/* Per-task storage: membership, and the call in progress. */
struct tr_task {
	__u32 state;
	__u32 in_call;    /* entry recorded, exit pending */
	__u32 entry_lost; /* the entry record was lost: drop the exit */
	__u32 pers;
	__s64 nr;         /* as the program passed it */
	__u64 args[TR_NARGS];
	/* Arguments whose entry capture found the page not present (the
	 * kernel faults it in during the call): captured again at exit. */
	__u32 retry;
	__u32 pad;
	/* A call with nothing to capture at entry, of the only traced task,
	 * sends no entry record: its exit sends one TR_CALL record, half
	 * the records.  Anything else recorded for the task meanwhile (a
	 * signal sent to it, its fork, its death) or its being switched out
	 * (the call blocks) sends the entry first; whoever takes this flag
	 * (an exchange: a signal may be sent from another CPU) sends it. */
	__u64 deferred;
	__u64 ip, sp;
};

enum tr_type {
	TR_ENTER = 1, /* aux: the arguments captured again at exit */
	TR_EXIT,
	TR_FORK,   /* aux: the new task's tid, args[0] its tgid */
	TR_GONE,   /* the task exited; aux: its exit code (wait status) */
	TR_SIGNAL, /* aux: signal; one region (addr 0): kernel siginfo */
	TR_CALL,   /* a deferred entry and its exit in one record */
};

/* Every record starts with this, then nregions regions. */
struct tr_event {
	__u32 type;
	__u32 size;  /* of the whole record */
	__u32 tid;
	__u32 tgid;
	__u32 lost;  /* events lost on this CPU just before this one */
	__u32 nregions;
	__u32 pers;
	__u32 aux;
	__s64 nr;
	__s64 ret;
	__u64 ip;
	__u64 sp;
	__u64 args[TR_NARGS];
};

/* A TR_EXIT record's header ends before ip: its regions start there
 * (sift has the entry's arguments), a smaller record per call. */
#define TR_HDR_SHORT 48
#define TR_HDR_LEN(type) \
	((type) == TR_EXIT ? TR_HDR_SHORT : sizeof(struct tr_event))

/* Region header; len bytes of data follow, padded to 8. */
#define TR_REG_STR 1   /* a string: len counts its NUL */
#define TR_REG_KERNEL 2
/* -y: addr is a descriptor; the regions of one descriptor follow each
 * other, its path's components from the last, each a string, or one
 * struct tr_fdspecial for a file with a made-up name */
#define TR_REG_FD 4
#define TR_REG_FDSPECIAL 8
#define TR_REG_DELETED 16 /* on the last component: unlinked */

struct tr_fdspecial {
	__u64 magic; /* its file system's */
	__u64 ino;
};

/* Every descriptor's path ends with one of these (TR_REG_FDSTAT): what
 * -yy shows besides the path. */
#define TR_REG_FDSTAT 32
struct tr_fdstat {
	__u32 mode;
	__u32 rdev;  /* the kernel's: major << 20 | minor */
	__s32 pid;   /* a pidfd's process (in the root namespace), or 0 */
	__u32 pad;
};

struct tr_region {
	__u64 addr;
	__u32 len;
	__u32 flags;
};

#endif
