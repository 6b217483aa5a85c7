#!/bin/sh
# 32 threads and 8 processes under -f, 2000 calls each (80000 in all):
# every close() appears exactly once
# and the run ends (with and without the seccomp filter).
. "$(dirname "$0")/lib.sh"
calls=${STRESS_CALLS:-2000}
for mode in auto never; do
	timeout 300 "$SIFT" --seccomp-bpf=$mode -f -qq -e trace=close -o out \
		"$PROGS/core_stress" "$calls" || fail "$mode: run failed or hung"
	grep -oE 'close\(-[0-9]+' out | sort > got
	uniq -d got > dups
	[ -s dups ] && fail "$mode: duplicated calls: $(head -3 dups)"
	n=$(wc -l < got)
	want=$(( (32 + 8) * calls ))
	[ "$n" -eq "$want" ] || fail "$mode: $n close() calls traced, want $want"
done
exit 0
