#!/bin/sh
# count.sh: cost of -c.  A loop of N getppid() calls (bench/getppid_loop.c)
# untraced, then under the eBPF counter, strace -c and perf trace -s.
# Goal for the eBPF counter: ratio <= 1.3 (doc/DESIGN.md).
#
#   BUILD=build bench/count.sh [N]
#   EBPF_COUNT="build/sift -c --backend=ebpf" bench/count.sh
#
# For each case, the best of RUNS runs of:
#   cpu   the loop's own CPU time per call (what a tracer without stops
#         adds to; barely moved by other load on the machine)
#   wall  the loop's own wall time per call
#   cmd   the whole command's wall time, setup included (hyperfine when
#         installed, else date +%s%N)
# and ratios to the untraced loop.  Needs root for eBPF and perf; skips
# visibly what cannot run.
set -u

BUILD=${BUILD:-build}
N=${1:-2000000}
RUNS=${RUNS:-5}
LOOP=$BUILD/getppid_loop
EBPF_COUNT=${EBPF_COUNT:-$BUILD/ebpf_driver}
# strace stops twice per call: a smaller loop, compared per call
N_SLOW=${N_SLOW:-$((N / 20))}

[ -x "$LOOP" ] || { echo "count.sh: $LOOP missing (make ebpf-driver)"; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# cmd_seconds CMD...: best wall time of the whole command, in seconds
cmd_seconds() {
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N -w 1 -r "$RUNS" --export-json "$tmp" \
			--style none "$*" >/dev/null 2>&1 &&
			awk -F: '/"min"/ { gsub(/[ ,]/, "", $2); print $2; exit }' \
				"$tmp"
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
	awk -v ns="$best" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

# loop_ns CMD...: best "cpu wall" ns per call the loop reports (-v)
loop_ns() {
	i=0
	: >"$tmp"
	while [ $i -lt "$RUNS" ]; do
		"$@" -v 2>/dev/null | tail -n 1 >>"$tmp"
		i=$((i + 1))
	done
	awk 'NF == 2 {
		if (c == "" || $1 < c) c = $1
		if (w == "" || $2 < w) w = $2
	} END { if (c != "") print c, w }' "$tmp"
}

base_cpu=
base_wall=

# row LABEL CMD... (the command ends with the loop and its count)
row() {
	label=$1
	shift
	ns=$(loop_ns "$@")
	if [ -z "$ns" ]; then
		printf '  %-34s failed: %s\n' "$label" "$*"
		return
	fi
	s=$(cmd_seconds "$@")
	set -- $ns
	if [ -z "$base_cpu" ]; then
		base_cpu=$1 base_wall=$2
	fi
	awk -v l="$label" -v c="$1" -v w="$2" -v bc="$base_cpu" \
		-v bw="$base_wall" -v s="$s" 'BEGIN {
		printf "  %-34s %8.1f %6.2fx %8.1f %6.2fx %8.3f\n",
			l, c, c / bc, w, w / bw, s
	}'
}

echo "count.sh: getppid loop, best of $RUNS runs; ns per call and ratio to untraced"
printf '  %-34s %8s %7s %8s %7s %8s\n' case cpu ratio wall ratio "cmd s"
row "untraced" "$LOOP" "$N"

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
	row "eBPF -c (goal <= 1.3x)" $EBPF_COUNT -o /dev/null "$LOOP" "$N"
	# shellcheck disable=SC2086
	row "eBPF -c -w" $EBPF_COUNT -w -o /dev/null "$LOOP" "$N"
	# shellcheck disable=SC2086
	row "eBPF -c -f" $EBPF_COUNT -f -o /dev/null "$LOOP" "$N"
	# shellcheck disable=SC2086
	row "eBPF -c -U calls,errors -S calls" $EBPF_COUNT -U calls,errors \
		-S calls -o /dev/null "$LOOP" "$N"
fi

if command -v strace >/dev/null 2>&1; then
	row "strace -c (N/20 calls)" strace -c -o /dev/null "$LOOP" "$N_SLOW"
else
	echo "  SKIP strace -c: strace not installed"
fi

if ! command -v perf >/dev/null 2>&1; then
	echo "  SKIP perf trace -s: perf not installed"
elif ! err=$(perf trace -s -o /dev/null true 2>&1); then
	echo "  SKIP perf trace -s: $(echo "$err" | grep . | head -n 1)"
else
	row "perf trace -s (N/20 calls)" perf trace -s -o /dev/null \
		"$LOOP" "$N_SLOW"
fi
