#!/bin/sh
# -D: the command runs as sift's own process (a child of sift's caller) and
# its exit status reaches the caller directly; the trace is complete.
. "$(dirname "$0")/lib.sh"
sh -c "exec \"$SIFT\" -D -o out -e trace=getppid,exit_group sh -c 'echo \$\$ > cmdpid; exit 3' & echo \$! > sift_pid; wait \$!; echo \$? > status"
for _ in 1 2 3 4 5 6 7 8 9 10; do grep -q 'exited with 3' out 2>/dev/null && break; sleep 0.2; done
[ "$(cat status)" = 3 ] || fail "status $(cat status), want 3"
[ "$(cat cmdpid)" = "$(cat sift_pid)" ] || fail "command pid $(cat cmdpid) is not sift's pid $(cat sift_pid)"
expect_line out '^getppid\(\) += [0-9]+$'
expect_line out '^\+\+\+ exited with 3 \+\+\+$'
exit 0
