#!/bin/sh
# count.sh: cost of -c.  A loop of N getppid() calls (bench/getppid_loop.c)
# untraced, then under the eBPF counter, strace -c and perf trace -s,
# each as time per call and as a ratio to the untraced run.  Goal for the
# eBPF counter: ratio <= 1.3 (doc/DESIGN.md).
#
#   BUILD=build bench/count.sh [N]
#   EBPF_COUNT="build/sift -c --backend=ebpf" bench/count.sh
#
# Uses hyperfine when installed, else the best of RUNS runs timed with
# date +%s%N.  Needs root for eBPF and perf; skips what cannot run.
set -u

BUILD=${BUILD:-build}
N=${1:-2000000}
RUNS=${RUNS:-5}
LOOP=$BUILD/getppid_loop
EBPF_COUNT=${EBPF_COUNT:-$BUILD/ebpf_driver}
# strace stops twice per call: a smaller loop, compared per call
N_SLOW=${N_SLOW:-$((N / 20))}

[ -x "$LOOP" ] || { echo "count.sh: $LOOP missing (make ebpf-driver)"; exit 1; }

# seconds CMD...: best (lowest) wall time of the command, in seconds
seconds() {
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N -w 1 -r "$RUNS" --export-json /dev/stdout \
			--style none "$*" 2>/dev/null |
			awk -F: '/"min"/ { gsub(/[ ,]/, "", $2); print $2; exit }'
		return
	fi
	best=
	i=0
	while [ $i -lt "$RUNS" ]; do
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1
		t1=$(date +%s%N)
		t=$((t1 - t0))
		if [ -z "$best" ] || [ $t -lt "$best" ]; then
			best=$t
		fi
		i=$((i + 1))
	done
	awk -v ns="$best" 'BEGIN { printf "%.6f\n", ns / 1e9 }'
}

base_ns=

# row LABEL CALLS CMD...
row() {
	label=$1 calls=$2
	shift 2
	s=$(seconds "$@")
	if [ -z "$s" ]; then
		printf '  %-34s failed\n' "$label"
		return
	fi
	per=$(awk -v s="$s" -v n="$calls" 'BEGIN { printf "%.1f", s * 1e9 / n }')
	if [ -z "$base_ns" ]; then
		base_ns=$per
		printf '  %-34s %9.3f s %8s ns/call\n' "$label" "$s" "$per"
	else
		ratio=$(awk -v a="$per" -v b="$base_ns" \
			'BEGIN { printf "%.2f", a / b }')
		printf '  %-34s %9.3f s %8s ns/call  ratio %s\n' \
			"$label" "$s" "$per" "$ratio"
	fi
}

echo "count.sh: $N getppid calls, best of $RUNS runs$(command -v hyperfine >/dev/null 2>&1 && echo ' (hyperfine)')"
row "untraced" "$N" "$LOOP" "$N"

ebpf_ok=1
case $EBPF_COUNT in
*ebpf_driver*)
	if ! why=$("$BUILD/ebpf_driver" -a); then
		echo "  SKIP eBPF: $why"
		ebpf_ok=
	fi
	;;
esac
if [ -n "$ebpf_ok" ]; then
	# shellcheck disable=SC2086 # EBPF_COUNT is a word list
	row "eBPF -c (goal ratio <= 1.3)" "$N" \
		$EBPF_COUNT -o /dev/null "$LOOP" "$N"
	# shellcheck disable=SC2086
	row "eBPF -c -w" "$N" $EBPF_COUNT -w -o /dev/null "$LOOP" "$N"
	# shellcheck disable=SC2086
	row "eBPF -c -f" "$N" $EBPF_COUNT -f -o /dev/null "$LOOP" "$N"
	# shellcheck disable=SC2086
	row "eBPF -c -U calls,errors -S calls" "$N" \
		$EBPF_COUNT -U calls,errors -S calls -o /dev/null "$LOOP" "$N"
fi

if command -v strace >/dev/null 2>&1; then
	row "strace -c ($N_SLOW calls)" "$N_SLOW" \
		strace -c -o /dev/null "$LOOP" "$N_SLOW"
else
	echo "  SKIP strace -c: strace not installed"
fi

if ! command -v perf >/dev/null 2>&1; then
	echo "  SKIP perf trace -s: perf not installed"
elif ! err=$(perf trace -s -o /dev/null true 2>&1); then
	echo "  SKIP perf trace -s: $(echo "$err" | grep . | head -n 1)"
else
	row "perf trace -s ($N_SLOW calls)" "$N_SLOW" \
		perf trace -s -o /dev/null "$LOOP" "$N_SLOW"
fi
