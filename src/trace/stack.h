/* trace/stack: -k, the user stack of a ptrace-stopped thread in strace
 * 6.1's form (" > FILE(SYMBOL+0xOFF) [0xFILEOFFSET]" lines), unwound with
 * libdw.  Owns one Dwfl and one /proc/PID/maps snapshot per process, both
 * refreshed lazily after stack_invalidate().  Functions return 0 or -errno
 * and never print. */
#ifndef SIFT_STACK_H
#define SIFT_STACK_H

#include <stdbool.h>
#include <sys/types.h>

struct strbuf;

/* Appends the stack of thread tid (of process tgid) to out, one line per
 * frame, each ending in '\n'.  The thread must be in a ptrace stop of
 * ours; it is left in that stop (only its registers and memory are read).
 * An unwinding problem strace reports as a line is appended and counted as
 * success; -errno means nothing usable was appended.  strace walks at the
 * syscall's exit stop for every call but the four below, and shows no
 * stack for non-native personalities (i386, x32). */
int stack_capture(pid_t tgid, pid_t tid, struct strbuf *out);
/* The same for execve, execveat, exit and exit_group, which strace walks
 * at the entry stop (the image or thread is gone by exit) and prints in a
 * slightly different form: a frame without symbol shows as
 * "FILE(+0x0) [0x...]" instead of "FILE() [0x...]". */
int stack_capture_entry(pid_t tgid, pid_t tid, struct strbuf *out);
/* The mappings of tgid changed (exit of mmap, munmap, mremap, mprotect,
 * pkey_mprotect, brk, shmat, shmdt, remap_file_pages, execve, execveat):
 * the next capture rereads them.  strace -k keeps these in its seccomp
 * filter even when not selected.  A capture meeting a pc outside the
 * mappings it knows rereads them once by itself, so a missed call costs
 * time, not correctness, unless a mapping was replaced in place. */
void stack_invalidate(pid_t tgid);
/* The process is gone: drop its state. */
void stack_forget(pid_t tgid);
/* Drop everything (at exit). */
void stack_cleanup(void);

/* Whether the syscall called name changes a process's mappings, so that
 * frames must be named from fresh ones after it. */
bool stack_changes_mappings(const char *name);

#endif
