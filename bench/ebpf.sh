#!/bin/sh
# ebpf.sh: the eBPF backend's cost (issue 11).  Ratios, lower is better;
# never a test.  Figures are the best of REPS runs on this machine.
#  (e1) a getppid loop of N calls traced entirely (-o /dev/null): untraced,
#       the floor (two empty programs on the syscall tracepoints:
#       SIFT_EBPF_FLOOR=1), sift -c --backend=ebpf, sift --backend=ebpf,
#       the ptrace backend and strace; per call, the loop's own CPU and
#       wall time (getppid_loop -v), and the whole command's wall time.
#  (e2) -p on a running getppid loop: the loop's own rate while traced,
#       as a fraction of its untraced rate.
#  (e3) the configure workload (bench/configure) traced entirely (-f -o
#       FILE) and with -f -e trace=connect: untraced, eBPF, ptrace,
#       strace; and the events the eBPF backend lost.
# EBPF_ONLY=1 leaves out the ptrace and strace rows and the configure part.
top=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
SIFT=$BUILD/sift
LOOP=$BUILD/getppid_loop
REPS=${REPS:-3}
N=${N:-1000000}
STRACE=/usr/bin/strace
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! why=$("$SIFT" --backend=ebpf -e trace=none /bin/true 2>&1); then
	echo "ebpf.sh: eBPF unavailable, skipped: $why"
	exit 0
fi

# loop_row LABEL CMD... (ending in the loop and N): "cpu wall cmd" best of
# REPS, in ns per call (cmd: the whole command's wall time per call)
loop_row() {
	label=$1
	shift
	: > "$tmp/r"
	i=0
	while [ $i -lt "$REPS" ]; do
		t0=$(date +%s%N)
		r=$("$@" -v 2>"$tmp/err" | tail -n 1)
		t1=$(date +%s%N)
		echo "$r $(( (t1 - t0) / N ))" >> "$tmp/r"
		i=$((i + 1))
	done
	lost=$(sed -n 's/.*sift: \([0-9]*\) events lost/\1/p' "$tmp/err")
	awk -v l="$label" -v bc="${base_c:-0}" -v bw="${base_w:-0}" \
		-v fc="${floor_c:-0}" -v lost="${lost:-0}" -v nums="$tmp/nums" '
	NF == 3 { if (c == "" || $1 < c) c = $1; if (w == "" || $2 < w) w = $2
		  if (m == "" || $3 < m) m = $3 }
	END {
		if (c == "") { printf "  %-30s failed\n", l; exit }
		printf "  %-30s %7.1f %6.2fx", l, c, bc ? c / bc : 1
		printf " %6.2fx", fc ? c / fc : 1
		printf " %8.1f %6.2fx %8.1f", w, bw ? w / bw : 1, m
		if (lost) printf "  (%d events lost in the last run)", lost
		printf "\n"
		print c, w > nums
	}' "$tmp/r"
}

echo "ebpf.sh: (e1) getppid loop, N=$N, best of $REPS; ns per call"
printf '  %-30s %7s %7s %7s %8s %7s %8s\n' case cpu untr. floor wall untr. cmd
loop_row untraced "$LOOP" "$N"
read -r base_c base_w < "$tmp/nums"
SIFT_EBPF_FLOOR=1 loop_row "floor (2 empty programs)" \
	"$SIFT" --backend=ebpf "$LOOP" "$N"
read -r floor_c floor_w < "$tmp/nums"
loop_row "sift -c --backend=ebpf" "$SIFT" -c --backend=ebpf -o /dev/null "$LOOP" "$N"
loop_row "sift --backend=ebpf" "$SIFT" --backend=ebpf -o /dev/null "$LOOP" "$N"
loop_row "sift --backend=ebpf -e t=none" "$SIFT" --backend=ebpf -e trace=none -o /dev/null "$LOOP" "$N"
if [ -z "${EBPF_ONLY:-}" ]; then
	loop_row "sift (ptrace)" "$SIFT" --backend=ptrace -o /dev/null "$LOOP" "$N"
	[ -x $STRACE ] && loop_row "strace" $STRACE -o /dev/null "$LOOP" "$N"
fi

echo "ebpf.sh: (e2) -p on a running getppid loop (5N calls): its own rate"
P=$((N * 5))
"$LOOP" "$P" -v > "$tmp/alone"
# p_rate LABEL SIFT-OPTIONS...: attach while the loop runs
p_rate() {
	label=$1
	shift
	"$LOOP" "$P" -v > "$tmp/traced" & lp=$!
	sleep 0.05
	"$SIFT" --backend=ebpf "$@" -p $lp -o /dev/null 2>"$tmp/perr" & sp=$!
	wait $lp
	kill -INT $sp 2>/dev/null
	wait $sp
	awk -v l="$label" 'NR == FNR { a = $2; next } {
		printf "  %-30s traced / untraced rate %.2f (wall ns per call %.1f vs %.1f)\n",
			l, a / $2, $2, a }' "$tmp/alone" "$tmp/traced"
}
p_rate "every call traced"
p_rate "-e trace=connect (none shown)" -e trace=connect

[ -n "${EBPF_ONLY:-}" ] && exit 0
echo "ebpf.sh: (e3) configure workload, best of ${REPS_CONFIGURE:-2}"
if ! command -v autoconf >/dev/null; then
	echo "  autoconf not installed: skipped"
	exit 0
fi
cfg=$tmp/cfg
mkdir "$cfg"
cp "$top/bench/configure/configure.ac" "$top/bench/configure/Makefile.in" "$cfg"
(cd "$cfg" && autoconf 2>/dev/null && ./configure >/dev/null 2>&1) || {
	echo "  configure does not run here: skipped"; exit 0; }
# cfg_run LABEL CMD...: best wall (and CPU) seconds of the whole command
cfg_run() {
	label=$1
	shift
	bw=0 bc=0 i=0
	while [ $i -lt "${REPS_CONFIGURE:-2}" ]; do
		r=$(cd "$cfg" && "$BUILD/cputime" "$@" 2>"$tmp/cerr" | tail -1)
		w=${r% *} c=${r#* }
		if [ $bw -eq 0 ] || [ "$w" -lt $bw ]; then bw=$w; fi
		if [ $bc -eq 0 ] || [ "$c" -lt $bc ]; then bc=$c; fi
		i=$((i + 1))
	done
	[ -z "$cbase" ] && cbase=$bw cbase_c=$bc
	lost=$(sed -n 's/.*sift: \([0-9]*\) events lost/\1/p' "$tmp/cerr")
	awk -v l="$label" -v w="$bw" -v c="$bc" -v b="$cbase" -v bc="$cbase_c" \
		-v lost="${lost:-0}" 'BEGIN {
		printf "  %-36s %7.2f s %6.2fx  (cpu %.2f s %5.2fx)", l, w / 1e9,
			w / b, c / 1e9, c / bc
		if (lost != "") printf "  lost %d", lost
		printf "\n" }'
}
cbase=
cfg_run untraced ./configure
cfg_run "eBPF -f -o FILE" "$SIFT" --backend=ebpf -f -o "$tmp/t1" ./configure
echo "    eBPF trace: $(wc -l < "$tmp/t1") lines"
cfg_run "eBPF -f -e trace=connect" "$SIFT" --backend=ebpf -f -e trace=connect -o "$tmp/t2" ./configure
cfg_run "ptrace -f -o FILE" "$SIFT" --backend=ptrace -f -o "$tmp/t3" ./configure
echo "    ptrace trace: $(wc -l < "$tmp/t3") lines"
cfg_run "ptrace -f -e trace=connect" "$SIFT" --backend=ptrace -f -e trace=connect -o "$tmp/t4" ./configure
if [ -x $STRACE ]; then
	cfg_run "strace -f -o FILE" $STRACE -f -o "$tmp/t5" ./configure
	cfg_run "strace -f -e trace=connect" $STRACE -f -e trace=connect -o "$tmp/t6" ./configure
fi
