#!/bin/sh
# ebpf.sh: the eBPF backend's cost (issue 11).  Ratios, lower is better;
# never a test.  Figures are the medians of REPS runs on this machine
# (shared: its neighbours' load moves single runs).
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
REPS=${REPS:-5}
N=${N:-1000000}
STRACE=/usr/bin/strace
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! why=$("$SIFT" --backend=ebpf -e trace=none /bin/true 2>&1); then
	echo "ebpf.sh: eBPF unavailable, skipped: $why"
	exit 0
fi

# median FILE COLUMN: the median of that column's numbers
median() {
	cut -d' ' -f"$2" "$1" | sort -n |
		awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# loop_row LABEL CMD... (ending in the loop and N): "cpu wall cmd", the
# medians of REPS runs, in ns per call (cmd: the whole command's wall time
# per call)
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
	if awk 'NF != 3 { bad = 1 } END { exit bad || NR == 0 }' "$tmp/r"; then
		echo "$(median "$tmp/r" 1) $(median "$tmp/r" 2) $(median "$tmp/r" 3)"
	fi > "$tmp/m"
	awk -v l="$label" -v bc="${base_c:-0}" -v bw="${base_w:-0}" \
		-v fc="${floor_c:-0}" -v lost="${lost:-0}" -v nums="$tmp/nums" -v n="$N" '
	NF == 3 { c = $1; w = $2; m = $3 }
	END {
		if (c == "") { printf "  %-30s failed\n", l; exit }
		printf "  %-30s %7.1f %6.2fx", l, c, bc ? c / bc : 1
		printf " %6.2fx", fc ? c / fc : 1
		printf " %8.1f %6.2fx %8.1f", w, bw ? w / bw : 1, m
		if (lost) printf "  (%d events lost in the last run, of %d calls)",
			lost, n
		printf "\n"
		print c, w > nums
	}' "$tmp/m"
}

echo "ebpf.sh: (e1) getppid loop, N=$N, medians of $REPS; ns per call"
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

echo "ebpf.sh: (e2) -p on a running getppid loop: its own rate once sift is attached, medians of $REPS"
P=$((N * 10))
# p_rate LABEL SIFT-OPTIONS...: attach while the loop runs; the loop's
# rate from the moment sift says it is attached (SIGUSR1 starts the
# loop's measure) traced / alone (each run next to its own untraced one,
# measured from 0.1 s in), and that rate against the floor's
# (the same, with the two empty programs: PENV=SIFT_EBPF_FLOOR=1).  N
# below ~1M may end the loop before sift is attached.
p_rate() {
	label=$1
	shift
	: > "$tmp/pr"
	i=0
	while [ $i -lt "$REPS" ]; do
		"$LOOP" "$P" -v > "$tmp/alone" & lp=$!
		sleep 0.1
		kill -USR1 $lp 2>/dev/null # gone already: its whole run
		wait $lp
		"$LOOP" "$P" -v > "$tmp/traced" & lp=$!
		sleep 0.05
		env $PENV "$SIFT" --backend=ebpf "$@" -p $lp -o /dev/null 2>"$tmp/perr" & sp=$!
		w=0
		while ! grep -q attached "$tmp/perr" && [ $w -lt 500 ]; do
			sleep 0.01
			w=$((w + 1))
		done
		kill -USR1 $lp 2>/dev/null
		wait $lp
		kill -INT $sp 2>/dev/null
		wait $sp
		lost=$(sed -n 's/.*sift: \([0-9]*\) events lost/\1/p' "$tmp/perr")
		echo "$(cat "$tmp/alone" "$tmp/traced" | awk '{ printf "%s ", $2 }')${lost:-0}" >> "$tmp/pr"
		i=$((i + 1))
	done
	awk '{ print $1 / $2, $1, $2, $3 }' "$tmp/pr" > "$tmp/pq"
	rate=$(median "$tmp/pq" 1)
	awk -v l="$label" -v r="$rate" -v fr="${floor_rate:-$rate}" \
		-v lost="$(median "$tmp/pq" 4)" 'BEGIN {
		printf "  %-30s traced / untraced rate %.2f = %.2f of the floor'"'"'s %.2f", l, r, r / fr, fr
		if (lost) printf "  (%d events lost, median)", lost
		printf "\n" }'
}
PENV=SIFT_EBPF_FLOOR=1
floor_rate=
p_rate "floor (2 empty programs)"
floor_rate=$rate PENV=
p_rate "every call traced"
p_rate "-e trace=connect (none shown)" -e trace=connect

[ -n "${EBPF_ONLY:-}" ] && exit 0
RC=${REPS_CONFIGURE:-3}
echo "ebpf.sh: (e3) configure workload, medians of $RC"
if ! command -v autoconf >/dev/null; then
	echo "  autoconf not installed: skipped"
	exit 0
fi
cfg=$tmp/cfg
mkdir "$cfg"
cp "$top/bench/configure/configure.ac" "$top/bench/configure/Makefile.in" "$cfg"
(cd "$cfg" && autoconf 2>/dev/null && ./configure >/dev/null 2>&1) || {
	echo "  configure does not run here: skipped"; exit 0; }
# cfg_run LABEL CMD...: median wall (and CPU) seconds of the whole command
cfg_run() {
	label=$1
	shift
	: > "$tmp/cr"
	i=0
	while [ $i -lt "$RC" ]; do
		(cd "$cfg" && "$BUILD/cputime" "$@" 2>"$tmp/cerr" | tail -1) >> "$tmp/cr"
		i=$((i + 1))
	done
	bw=$(median "$tmp/cr" 1) bc=$(median "$tmp/cr" 2)
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
