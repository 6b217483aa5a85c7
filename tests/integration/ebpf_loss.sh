#!/bin/sh
# eBPF backend, loss: a one-page ring buffer under a getppid storm loses
# events, says so where it happened ("--- lost N events ---", JSON
# {"type":"lost",...}) and in a final "sift: N events lost" line, and the
# calls shown plus the events lost add up to the calls made.
. "$(dirname "$0")/lib.sh"
if ! out=$("$SIFT" --backend=ebpf -e trace=none /bin/true 2>&1); then
	echo "SKIP: eBPF unavailable: $out"
	exit 77
fi
LOOP=$BUILD/getppid_loop
[ -x "$LOOP" ] || fail "$LOOP missing (make ebpf-driver)"
N=1000000

# storm SIFT_ARGS...: sift runs the loop while it is held stopped for a
# moment, so the ring buffer fills whatever the machine's speed (the
# tracee is never stopped by this backend and runs on)
storm() {
	"$SIFT" "$@" &
	sp=$!
	sleep 0.2
	kill -STOP $sp
	sleep 0.3
	kill -CONT $sp
	wait $sp
}

storm --backend=ebpf --ebpf-buffer=4096 -e trace=getppid -o out \
	"$LOOP" $N 2>err || fail "sift failed: $(cat err)"
expect_line out '^--- lost [0-9]+ events ---$'
expect_line err '^.*sift: [0-9]+ events lost$'
shown=$(grep -cE '^getppid\(\) += [0-9]+$' out)
inline=$(sed -n 's/^--- lost \([0-9]*\) events ---$/\1/p' out |
	awk '{ s += $1 } END { print s + 0 }')
final=$(sed -n 's/.*sift: \([0-9]*\) events lost$/\1/p' err)
[ "$inline" -eq "$final" ] || fail "lost lines say $inline, the last line $final"
# the exit event is one more, and may be among the lost
extra=1
grep -q '^+++ exited with 0 +++$' out && extra=0
[ $((shown + inline)) -eq $((N + extra)) ] ||
	fail "$shown shown + $inline lost != $N calls (+$extra)"
echo "$shown shown, $inline lost, $N calls"

storm --backend=ebpf --ebpf-buffer=4096 --json -e trace=getppid -o js \
	"$LOOP" $N 2>/dev/null || fail "sift --json failed"
expect_line js '^\{"type":"lost","count":[0-9]+\}$'

# the default buffer loses nothing on a storm sift is not held from
N=100000
"$SIFT" --backend=ebpf -e trace=getppid -o full "$LOOP" $N 2>err2 ||
	fail "sift failed"
no_line err2 'events lost'
[ "$(grep -cE '^getppid\(\) += [0-9]+$' full)" -eq $N ] ||
	fail "default buffer: not all $N calls shown"
"$SIFT" --backend=ebpf --ebpf-buffer=0 /bin/true 2>err3 &&
	fail "--ebpf-buffer=0 accepted"
expect_line err3 'invalid --ebpf-buffer'
exit 0
