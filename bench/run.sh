#!/bin/sh
# Tracer overhead, printed as ratios (lower is better).  Never a test:
# numbers depend on the machine.  Each figure is the best of $REPS runs.
#  (a) untraced getppid loop under `sift -f --seccomp-bpf -e trace=openat`
#      vs the loop alone                                (goal <= 1.02)
#  (b) tracing every getppid with sift vs the cheapest ptrace loop that
#      stops at every syscall and does nothing          (goal <= 1.05)
#  (c) the same two runs with strace, when installed
top=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
SIFT=$BUILD/sift
LOOP=$BUILD/getppid_loop
PMIN=$BUILD/ptrace_min
REPS=${REPS:-5}
N=${N:-2000000}      # calls in the untraced-path runs
M=${M:-200000}       # calls in the every-call-traced runs

# best CMD...: least CPU time (user + system, tracer and tracee together)
# of REPS runs, in ns.  CPU time, not wall time: this machine's wall clock
# varies several-fold with its neighbours' load, CPU time far less.
best() {
	b=0
	i=0
	while [ $i -lt "$REPS" ]; do
		d=$("$BUILD/cputime" "$@" 2>/dev/null | tail -1 | cut -d' ' -f2)
		if [ $b -eq 0 ] || [ "$d" -lt $b ]; then b=$d; fi
		i=$((i + 1))
	done
	echo $b
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.1f ms", a / 1e6 }'; }

echo "sift benchmarks: CPU time of tracer + tracee, best of $REPS; N=$N, M=$M"
base=$(best "$LOOP" "$N")
a=$(best "$SIFT" -f --seccomp-bpf -e trace=openat -o /dev/null "$LOOP" "$N")
floor=$(best "$BUILD/seccomp_floor" "$LOOP" "$N")
echo "(a) untraced syscalls, filter on:   sift $(ms "$a") / untraced $(ms "$base") = $(ratio "$a" "$base")  (goal <= 1.02)"
echo "    floor: any seccomp filter (1 insn, always ALLOW) / untraced = $(ratio "$floor" "$base"); sift / floor = $(ratio "$a" "$floor")"
pmin=$(best "$PMIN" "$LOOP" "$M")
b=$(best "$SIFT" -qq -e trace=getppid -o /dev/null "$LOOP" "$M")
echo "(b) every getppid traced:           sift $(ms "$b") / ptrace_min $(ms "$pmin") = $(ratio "$b" "$pmin")  (goal <= 1.05)"
bn=$(best "$SIFT" --seccomp-bpf=never -qq -e trace=getppid -o /dev/null "$LOOP" "$M")
echo "    same without the filter:        sift $(ms "$bn") / ptrace_min $(ms "$pmin") = $(ratio "$bn" "$pmin")"
if [ -x /usr/bin/strace ]; then
	sa=$(best /usr/bin/strace -f --seccomp-bpf -e trace=openat -o /dev/null "$LOOP" "$N")
	echo "(c) strace, untraced syscalls:      strace $(ms "$sa") / untraced = $(ratio "$sa" "$base"); sift/strace = $(ratio "$a" "$sa")"
	sb=$(best /usr/bin/strace -qq -e trace=getppid -o /dev/null "$LOOP" "$M")
	echo "    strace, every getppid traced:   strace $(ms "$sb") / ptrace_min = $(ratio "$sb" "$pmin"); sift/strace = $(ratio "$b" "$sb")"
else
	echo "(c) strace not installed: skipped"
fi
