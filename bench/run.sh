#!/bin/sh
# Tracer overhead, printed as ratios (lower is better).  Never a test:
# numbers depend on the machine.  Each figure is the best of $REPS runs.
#  (a) untraced getppid loop under `sift -f --seccomp-bpf -e trace=openat`
#      vs the loop alone                                (goal <= 1.02)
#  (b) tracing every getppid with sift vs the cheapest ptrace loop that
#      stops at every syscall and does nothing          (goal <= 1.05)
#  (c) the same two runs with strace, when installed
#  (d) a fork-heavy real workload: an autoconf configure script
#      (bench/configure, generated here with autoconf when installed) run
#      untraced, under `sift -f -e trace=connect`, and under strace with
#      and without --seccomp-bpf; and what sift does per process (its own
#      wait4 and ptrace calls, counted by strace)     (goal <= 1.05)
top=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
SIFT=$BUILD/sift
LOOP=$BUILD/getppid_loop
PMIN=$BUILD/ptrace_min
REPS=${REPS:-5}
N=${N:-2000000}      # calls in the untraced-path runs
M=${M:-200000}       # calls in the every-call-traced runs

# best CMD...: "WALL CPU" in ns, each the least of REPS runs; CPU is user
# + system time of tracer and tracee together.  Both are printed: this
# machine's wall clock varies with its neighbours' load, CPU time less.
best() {
	bw=0 bc=0 i=0
	while [ $i -lt "$REPS" ]; do
		r=$("$BUILD/cputime" "$@" 2>/dev/null | tail -1)
		w=${r% *} c=${r#* }
		if [ $bw -eq 0 ] || [ "$w" -lt $bw ]; then bw=$w; fi
		if [ $bc -eq 0 ] || [ "$c" -lt $bc ]; then bc=$c; fi
		i=$((i + 1))
	done
	echo "$bw $bc"
}
# ratio "W1 C1" "W2 C2": "wall-ratio (cpu cpu-ratio)"
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " ");
		printf "%.3f (cpu %.3f)", x[1] / y[1], x[2] / y[2] }'
}
ms() { awk -v a="$1" 'BEGIN { split(a, x, " "); printf "%.1f ms", x[1] / 1e6 }'; }

echo "sift benchmarks: wall-time ratios (CPU-time ratios in parentheses), best of $REPS; N=$N, M=$M"
base=$(best "$LOOP" "$N")
a=$(best "$SIFT" -f --seccomp-bpf -e trace=openat -o /dev/null "$LOOP" "$N")
floor=$(best "$BUILD/seccomp_floor" "$LOOP" "$N")
echo "(a) untraced syscalls, filter on:   sift $(ms "$a") / untraced $(ms "$base") = $(ratio "$a" "$base")  (goal <= 1.02)"
echo "    floor: any seccomp filter (1 insn, always ALLOW) / untraced = $(ratio "$floor" "$base"); sift / floor = $(ratio "$a" "$floor")"
pmin=$(best "$PMIN" "$LOOP" "$M")
b=$(best "$SIFT" --seccomp-bpf -qq -e trace=getppid -o /dev/null "$LOOP" "$M")
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

# (d) configure: its own scratch copy, generated once
RC=${REPS_CONFIGURE:-3}
if ! command -v autoconf >/dev/null; then
	echo "(d) autoconf not installed: configure workload skipped"
	exit 0
fi
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
cp "$top/bench/configure/configure.ac" "$top/bench/configure/Makefile.in" "$cfg"
(cd "$cfg" && autoconf 2>/dev/null && ./configure >/dev/null 2>&1) || {
	echo "(d) configure does not run here: skipped"; exit 0; }
REPS=$RC
cbase=$(cd "$cfg" && best ./configure)
csift=$(cd "$cfg" && best "$SIFT" -f -e trace=connect -o /dev/null ./configure)
echo "(d) configure, -f -e trace=connect: sift $(ms "$csift") / untraced $(ms "$cbase") = $(ratio "$csift" "$cbase")  (goal <= 1.05)"
cfloor=$(cd "$cfg" && best "$BUILD/seccomp_floor" ./configure)
echo "    floor: configure under a 1-insn ALLOW filter / untraced = $(ratio "$cfloor" "$cbase"); sift / floor = $(ratio "$csift" "$cfloor")"
if [ -x /usr/bin/strace ]; then
	css=$(cd "$cfg" && best /usr/bin/strace -f --seccomp-bpf -e trace=connect -o /dev/null ./configure)
	cst=$(cd "$cfg" && best /usr/bin/strace -f -e trace=connect -o /dev/null ./configure)
	echo "    strace --seccomp-bpf / untraced = $(ratio "$css" "$cbase"); strace / untraced = $(ratio "$cst" "$cbase")"
	# what sift itself does per new task: strace counts sift's calls
	(cd "$cfg" && "$SIFT" -f -c -U calls -e trace=fork,vfork,clone,clone3 \
		-o "$cfg/n" ./configure >/dev/null 2>&1)
	tasks=$(awk '$NF == "total" { print $1 }' "$cfg/n")
	(cd "$cfg" && /usr/bin/strace -c -e trace=wait4,ptrace,openat -o "$cfg/c" \
		"$SIFT" -f -e trace=connect -o /dev/null ./configure >/dev/null 2>&1)
	awk -v n="$tasks" '$NF ~ /^(wait4|ptrace|openat)$/ {
		printf "%s %.2f %s", sep, $4 / n, $NF; sep = "," }
		END { print "" }' "$cfg/c" | sed "s/^/    sift per new task ($tasks tasks):/"
fi
