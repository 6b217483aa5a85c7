#!/bin/sh
# sift -p detaches on SIGTERM/SIGINT as strace does: a call in progress
# ends as "<detached ...>" (not with the -ERESTART the interrupt gave
# it), sift exits, and the process goes on.  Compared with strace.
. "$(dirname "$0")/lib.sh"
STRACE=${STRACE:-/usr/bin/strace}
[ -x "$STRACE" ] || { echo "no strace"; exit 77; }
for sig in TERM INT; do
	for tracer in "$STRACE" "$SIFT"; do
		sleep 60 &
		sp=$!
		sleep 0.2
		"$tracer" -p $sp -o "out.$(basename "$tracer")" 2>/dev/null &
		tp=$!
		sleep 0.5
		kill -$sig $tp
		wait $tp
		st=$(proc_state $sp); [ "$st" = S ] || fail "$sig: the process is in state $st after $tracer left"
		kill -KILL $sp
		wait $sp 2>/dev/null
	done
	# strace names syscall 0 as the call an attached sleep resumes
	python3 "$top/tests/tools/normalize.py" out.strace > s.n
	python3 "$top/tests/tools/normalize.py" out.sift > o.n
	cmp -s s.n o.n || { diff -u s.n o.n; fail "$sig: the detach differs from strace's"; }
	expect_line out.sift '<detached \.\.\.>$'
done
exit 0
