#!/bin/sh
# -c: call and error counts of a program making known numbers of calls,
# through the eBPF backend and the ptrace backend (tests/count/check.sh).
. "$(dirname "$0")/lib.sh"
cd "$top" || exit 1
st=0
for backend in ebpf ptrace; do
	TRACER="$SIFT -c --backend=$backend" sh tests/count/check.sh
	rc=$?
	[ $rc -eq 77 ] && [ $backend = ebpf ] && { echo "eBPF unusable: skipped"; continue; }
	[ $rc -ne 0 ] && st=1
done
exit $st
