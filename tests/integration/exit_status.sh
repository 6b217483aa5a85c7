#!/bin/sh
# sift exits with the traced command's status, and dies of its signal.
. "$(dirname "$0")/lib.sh"
"$SIFT" -o out sh -c 'exit 42'
[ $? -eq 42 ] || fail "exit status not passed through"
expect_line out '^\+\+\+ exited with 42 \+\+\+$'
"$SIFT" -o out sh -c 'kill -KILL $$'
st=$?
[ $st -eq 137 ] || fail "killed tracee: sift exited $st, want 137"
expect_line out '^\+\+\+ killed by SIGKILL \+\+\+$'
"$SIFT" -o out -qq sh -c 'exit 0'
no_line out 'exited with'
"$SIFT" -o out "$PROGS/core_signals"
st=$?
[ $st -eq 143 ] || fail "SIGTERM death: sift exited $st, want 143"
expect_line out '^--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_USER, si_pid=[0-9]+, si_uid=[0-9]+\} ---$'
expect_line out '^--- SIGCHLD \{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=[0-9]+, si_uid=[0-9]+, si_status=7, '
expect_line out '^read\([0-9]+, 0x[0-9a-f]+, 1\) += \? ERESTARTSYS \(To be restarted if SA_RESTART is set\)$'
expect_line out '^--- SIGALRM '
expect_line out '^\+\+\+ killed by SIGTERM \+\+\+$'
exit 0
