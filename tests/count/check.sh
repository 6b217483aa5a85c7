#!/bin/sh
# check.sh: exact calls/errors of the -c table for known syscall counts
# (tests/progs/count_known.c), spawned and attached (-p), with and without
# -f, through seccomp refusals and the i386 personality.
#
#   BUILD=build tests/count/check.sh
#   TRACER="build/sift -c --backend=ebpf" tests/count/check.sh
#   TRACER="build/sift -c --backend=ptrace" tests/count/check.sh
#
# TRACER takes strace's -f -U -S -o -p options; the default is the eBPF
# test driver ($BUILD/ebpf_driver).  Exits 77 (skip) when eBPF cannot be
# used here, 1 when a check failed.
set -u

BUILD=${BUILD:-build}
TRACER=${TRACER:-$BUILD/ebpf_driver}
PROG=$BUILD/progs/count_known
pass=0
fail=0

tmp=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; rm -rf "$tmp"' EXIT

case $TRACER in
*ebpf*)
	if ! why=$("$BUILD/ebpf_driver" -a); then
		echo "SKIP: tests/count/check.sh: eBPF unusable: $why"
		exit 77
	fi
	;;
esac
[ -x "$PROG" ] || { echo "FAIL: $PROG missing (make ebpf-driver)"; exit 1; }

ok() {
	pass=$((pass + 1))
}

bad() {
	fail=$((fail + 1))
	echo "FAIL: $*"
}

# counts FILE PERSONALITY NAME -> "calls errors" ("" when absent).
# PERSONALITY is "64 bit" for the first table, else the word strace puts
# in "System call usage summary for 32 bit mode:".
counts() {
	awk -v want="$2" -v name="$3" '
		BEGIN { pers = "64 bit" }
		/^System call usage summary for / {
			pers = $0
			sub(/^System call usage summary for /, "", pers)
			sub(/ mode:$/, "", pers)
			next
		}
		pers == want && $NF == name {
			print $1, (NF == 3 ? $2 : 0)
			exit
		}' "$1"
}

# expect LABEL FILE PERSONALITY NAME CALLS ERRORS
expect() {
	got=$(counts "$2" "$3" "$4")
	if [ "$got" = "$5 $6" ]; then
		ok
	else
		bad "$1: $3 $4: want calls/errors '$5 $6', got '$got'"
		sed 's/^/    /' "$2"
	fi
}

# run LABEL WANT_RC TRACER_OPTS... -- CMD...: table in $tmp/out
run() {
	label=$1 want_rc=$2
	shift 2
	opts=
	while [ "$1" != -- ]; do
		opts="$opts $1"
		shift
	done
	shift
	# shellcheck disable=SC2086 # TRACER and opts are word lists
	$TRACER $opts -U calls,errors,name -o "$tmp/out" "$@" \
		>"$tmp/stdout" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne "$want_rc" ]; then
		bad "$label: exit status $rc, want $want_rc"
		sed 's/^/    /' "$tmp/err"
	else
		ok
	fi
}

# 1. one thread: the counts of count_known, nothing lost or doubled
run plain 0 -- "$PROG"
expect plain "$tmp/out" "64 bit" getppid 1000 0
expect plain "$tmp/out" "64 bit" open 500 500
expect plain "$tmp/out" "64 bit" close 300 300
expect plain "$tmp/out" "64 bit" execve 1 0

# 2. threads and children: -f sees every worker, no -f only the main one
run follow 0 -f -- "$PROG" -t 4 -c 3
expect follow "$tmp/out" "64 bit" getppid 8000 0
expect follow "$tmp/out" "64 bit" open 4000 4000
expect follow "$tmp/out" "64 bit" close 2400 2400
run nofollow 0 -- "$PROG" -t 4 -c 3
expect nofollow "$tmp/out" "64 bit" getppid 1000 0
expect nofollow "$tmp/out" "64 bit" open 500 500
expect nofollow "$tmp/out" "64 bit" close 300 300

# 3. more rounds, and -w
run rounds 0 -w -- "$PROG" -n 3
expect rounds "$tmp/out" "64 bit" getppid 3000 0
expect rounds "$tmp/out" "64 bit" open 1500 1500

# 4. refused by seccomp before the syscall runs: still counted, as errors
run seccomp 0 -f -- "$PROG" -s -t 2
expect seccomp "$tmp/out" "64 bit" getppid 3000 3000
expect seccomp "$tmp/out" "64 bit" seccomp 1 0

# 5. int 0x80 from a 64-bit process: the 32 bit mode table
if "$PROG" -i >/dev/null 2>&1; then
	run i386 0 -- "$PROG" -i
	expect i386 "$tmp/out" "32 bit" getppid 100 0
	expect i386 "$tmp/out" "32 bit" close 50 50
	expect i386 "$tmp/out" "64 bit" getppid 1001 0
	expect i386 "$tmp/out" "64 bit" close 300 300
else
	echo "SKIP: i386 personality (no IA32 emulation)"
fi

# 6. the command's exit status, and death by a signal (128 + signal)
run status 3 -- sh -c 'exit 3'
run signal 143 -- sh -c 'kill -TERM $$'

# 7. the default table layout: header, rules, and a totals line that adds
# up the rows
# shellcheck disable=SC2086
$TRACER -o "$tmp/out" "$PROG" >/dev/null 2>&1
if [ "$(head -n 1 "$tmp/out")" = \
	"% time     seconds  usecs/call     calls    errors syscall" ] &&
	[ "$(sed -n '2p' "$tmp/out")" = \
	"------ ----------- ----------- --------- --------- ----------------" ] &&
	[ "$(tail -n 2 "$tmp/out" | head -n 1)" = "$(sed -n '2p' "$tmp/out")" ] &&
	awk 'NR > 2 && !/^-/ {
		if ($NF == "total") {
			ok = $1 == "100.00" && $4 == calls && $5 == errors
			next
		}
		calls += $4
		errors += (NF == 6 ? $5 : 0)
	} END { exit !ok }' "$tmp/out"; then
	ok
else
	bad "default layout"
	sed 's/^/    /' "$tmp/out"
fi

# 8. -p: attach to a process waiting on a fifo, then let it go
# attach_run LABEL FOLLOW PROG_ARGS...
attach_run() {
	label=$1 follow=$2
	shift 2
	rm -f "$tmp/go" "$tmp/ready" "$tmp/out" "$tmp/err"
	mkfifo "$tmp/go"
	"$PROG" -W "$@" <"$tmp/go" >"$tmp/ready" &
	prog_pid=$!
	exec 3>"$tmp/go"
	i=0
	while ! grep -q ready "$tmp/ready" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 100 ] && break
		sleep 0.1
	done
	# shellcheck disable=SC2086
	$TRACER $follow -U calls,errors,name -o "$tmp/out" -p "$prog_pid" \
		2>"$tmp/err" &
	tracer_pid=$!
	i=0
	while ! grep -qs "Process $prog_pid attached" "$tmp/err"; do
		i=$((i + 1))
		if [ $i -gt 100 ]; then
			bad "$label: tracer did not attach"
			sed 's/^/    /' "$tmp/err"
			break
		fi
		sleep 0.1
	done
	printf x >&3
	exec 3>&-
	wait "$prog_pid"
	prog_rc=$?
	wait "$tracer_pid"
	tracer_rc=$?
	if [ "$prog_rc" -eq 0 ] && [ "$tracer_rc" -eq 0 ]; then
		ok
	else
		bad "$label: count_known exited $prog_rc, tracer $tracer_rc"
	fi
}

attach_run attach "" -t 2
expect attach "$tmp/out" "64 bit" getppid 1000 0
expect attach "$tmp/out" "64 bit" open 500 500
expect attach "$tmp/out" "64 bit" close 300 300

attach_run attach-f -f -t 4 -c 3
expect attach-f "$tmp/out" "64 bit" getppid 8000 0
expect attach-f "$tmp/out" "64 bit" open 4000 4000
expect attach-f "$tmp/out" "64 bit" close 2400 2400

echo "count: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
