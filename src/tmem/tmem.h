/* tmem: the one reader of tracee memory.  Two sources: the live process
 * (process_vm_readv with a PTRACE_PEEKDATA fallback, for ptrace) or the
 * regions the eBPF backend captured for the current call.  Always bounded;
 * returns 0 or -errno and never prints, so the caller decides how a fault
 * shows (strace: raw address). */
#ifndef SIFT_TMEM_H
#define SIFT_TMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Read exactly len bytes at addr.  0, or -EFAULT/-ESRCH/... */
int tmem_read(pid_t pid, uint64_t addr, void *buf, size_t len);

/* Read up to len bytes; returns the count read (>= 0) or -errno when not
 * even the first byte could be read. */
long tmem_read_partial(pid_t pid, uint64_t addr, void *buf, size_t len);

/* tmem_read for strings and data buffers, which tmem_hide_structs does
 * not hide. */
int tmem_read_data(pid_t pid, uint64_t addr, void *buf, size_t len);

/* -e verbose=: while on, tmem_read and tmem_read_partial fail with -EPERM
 * (so structures show as their address, as strace shows them for calls
 * left out of the verbose set); strings and data buffers still read. */
void tmem_hide_structs(bool on);

/* Read a NUL-terminated string of at most max bytes (not counting the NUL)
 * into buf (size max + 1, always NUL-terminated).  *len gets its length and
 * *complete whether the NUL was found within max.  0 or -errno. */
int tmem_read_cstr(pid_t pid, uint64_t addr, char *buf, size_t max,
		   size_t *len, bool *complete);

/* Serve every read from these captured regions instead of process
 * memory (the pid is ignored); a byte outside them reads as unmapped.
 * The first region holding an address wins (r may hold none: nothing
 * is readable).  NULL: live memory again.
 * The regions must stay valid until switched back. */
struct tmem_region {
	uint64_t addr; /* with TMEM_FD_REGION: a descriptor's path part */
	size_t len;
	const void *data;
};
/* Descriptor path regions (tmem_fd_path): addr = fd | these bits.  The
 * regions of one fd follow each other, its components from the last
 * (strings); or one SPECIAL (u64 file system magic, u64 inode) and the
 * name. */
#define TMEM_FD_REGION (1ull << 63)
#define TMEM_FD_SPECIAL (1ull << 62)
#define TMEM_FD_DELETED (1ull << 61)
/* first of an fd's regions: u32 mode, u32 rdev (kernel encoding), s32
 * pidfd's pid */
#define TMEM_FD_STAT (1ull << 60)
void tmem_use_regions(const struct tmem_region *r, size_t n);

/* With captured regions: the path of descriptor fd as captured (-y), in
 * buf (NUL-terminated); -ENOENT when none was, -ENOSYS when live memory
 * is the source (then /proc is). */
int tmem_fd_path(int fd, char *buf, size_t size);
/* ... and its inode's mode and device number, and a pidfd's pid (0 if
 * none); 0, -ENOENT or -ENOSYS as tmem_fd_path. */
int tmem_fd_stat(int fd, unsigned int *mode, dev_t *rdev, pid_t *pid);

#endif
