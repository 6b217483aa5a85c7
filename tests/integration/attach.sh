#!/bin/sh
# -p attaches to a running multithreaded process; SIGTERM to sift detaches
# and leaves it running, not stopped.
. "$(dirname "$0")/lib.sh"
# diagnostics start with the name sift was invoked by, as strace's do
PATH=$(dirname "$SIFT"):$PATH
SIFT=sift
"$PROGS/core_sleeper" pidfile &
victim=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s pidfile ] && break; sleep 0.1; done
"$SIFT" -f -e trace=getppid,nanosleep,clock_nanosleep -o out -p "$victim" 2>err &
tracer=$!
sleep 0.5
kill -TERM $tracer
wait $tracer
st=$?
sleep 0.2
state=$(proc_state "$victim")
# as strace: it detaches, then ends as the signal would have ended it
[ $st -eq 143 ] || fail "sift exited $st after SIGTERM (strace: 143)"
case $state in R|S|D) ;; *) fail "victim left in state $state" ;; esac
expect_line err "^sift: Process $victim attached with 2 threads$"
expect_line err "^sift: Process $victim detached$"
expect_line out 'getppid\(\) += [0-9]+'
[ "$(grep -oE '^[0-9]+' out | sort -u | wc -l)" -eq 2 ] || fail "-f -p: both threads not traced"
# without -f only the named thread, as strace
"$SIFT" -e trace=getppid -o out1 -p "$victim" 2>err1 &
tracer=$!
sleep 0.4
kill -TERM $tracer
wait $tracer
expect_line err1 "^sift: Process $victim attached$"
no_line out1 '^[0-9]+ '
expect_line out1 '^getppid\(\) += [0-9]+'
kill -KILL "$victim" 2>/dev/null
wait "$victim" 2>/dev/null
# two -p options and a comma list
"$PROGS/core_sleeper" p1 & a=$!
"$PROGS/core_sleeper" p2 & b=$!
sleep 0.3
"$SIFT" -qq -e trace=getppid -o out2 -p "$a,$b" 2>/dev/null & tracer=$!
sleep 0.4
kill -INT $tracer
wait $tracer
sa=$(proc_state $a); sb=$(proc_state $b)
kill -KILL $a $b 2>/dev/null
case $sa$sb in [RSD][RSD]) ;; *) fail "tracees left as $sa $sb" ;; esac
expect_line out2 "^$a +getppid"
expect_line out2 "^$b +getppid"
exit 0
