/* ebpf/trace: full tracing through eBPF (trace.bpf.c): the capture plan
 * (trace_plan.c) and the session that turns the kernel's records into
 * call records for the report module (trace.c). */
#ifndef SIFT_EBPF_TRACE_H
#define SIFT_EBPF_TRACE_H

#include "backend/ebpf/trace_abi.h"

struct options;

/* Default ring buffer size (--ebpf-buffer). */
#define EBPF_TRACE_BUFFER (16u << 20)

/* Fill plans[TR_NPERS * TR_NSLOTS] from the selection and the tables. */
void ebpf_trace_plan(const struct options *o, struct tr_plan *plans);

/* Trace o->argv (spawned) or o->pids.  Returns the exit status as a
 * backend's run does; -errno when the programs could not be set up,
 * before anything was started or printed (why says what failed). */
int ebpf_trace_run(struct options *o, char *why, unsigned long len);

#endif
