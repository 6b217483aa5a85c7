#!/bin/sh
# Pids sift has no task for, and the lines strace prints for them on
# stderr: a CLONE_PTRACE child when forks are not followed ("Detached
# unknown pid N", quiet with -q and -e quiet=attach), a child the tracer
# inherited from whoever exec'd it ("Exit of unknown pid N ignored"), and
# -b execve's "Process N detached" when the trace is on stderr.  Each
# scenario runs under strace and sift; stderr must agree, tracer names
# and numbers aside.
. "$(dirname "$0")/lib.sh"
STRACE=${STRACE:-/usr/bin/strace}
[ -x "$STRACE" ] || { echo "no $STRACE"; exit 77; }
norm() { sed -e "s|$2|TRACER|g" -e 's/[0-9][0-9]*/N/g' "$1"; }

compare() { # what, shell command with TRACER in it
	for t in "$STRACE" "$SIFT"; do
		cmd=$(printf '%s' "$2" | sed "s|TRACER|$t|g")
		timeout -k 5 20 sh -c "$cmd" >out 2>err </dev/null
		echo $? > status
		norm err "$t" > "err.$(basename "$t")"
		cp status "status.$(basename "$t")"
	done
	cmp -s status.strace status.sift ||
		fail "$1: status $(cat status.sift), strace $(cat status.strace)"
	cmp -s err.strace err.sift ||
		{ diff -u err.strace err.sift; fail "$1: stderr differs"; }
}

P=$PROGS/cli_clone_ptrace
compare "CLONE_PTRACE child" "TRACER -e trace=none $P"
compare "CLONE_PTRACE child, -q" "TRACER -q -e trace=none $P"
compare "CLONE_PTRACE child, quiet=attach" "TRACER -e quiet=attach -e trace=none $P"
compare "CLONE_PTRACE child, clone shown" "TRACER -e trace=exit_group -e signal=none $P"
compare "inherited child" "sleep 0.2 & exec TRACER -e trace=none sleep 0.6"
compare "-b execve on stderr" "TRACER -e trace=none -b execve sh -c 'exec /bin/true'"
compare "-b execve with -o" "TRACER -o trace -e trace=none -b execve sh -c 'exec /bin/true'"
echo "unknown_pid: ok"
