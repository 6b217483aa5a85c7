#!/bin/sh
# -f follows forks and threads with pid prefixes; -ff -o writes FILE.PID;
# group stops and exec from a thread behave; nothing hangs.
. "$(dirname "$0")/lib.sh"
timeout 60 "$SIFT" -f -o out sh -c '/bin/true; /bin/echo hi >/dev/null' || fail "sift -f failed"
[ "$(grep -c 'exited with 0' out)" -eq 3 ] || fail "want 3 exits in -f trace"
expect_line out '^[0-9]+ +execve\("/bin/true", \["/bin/true"\]'
expect_line out '^[0-9]+ +(clone|clone3|vfork|fork)\('
timeout 60 "$SIFT" -ff -o ff sh -c '/bin/true; /bin/true' || fail "sift -ff failed"
[ "$(ls ff.* | wc -l)" -eq 3 ] || fail "want 3 files from -ff"
for f in ff.*; do
	expect_line "$f" 'exited with 0'
	no_line "$f" '^\[pid'
done
timeout 60 "$SIFT" -f -o out "$PROGS/core_stop"
[ $? -eq 5 ] || fail "core_stop under sift did not exit 5"
expect_line out '--- stopped by SIGSTOP ---'
expect_line out 'exited with 5'
timeout 60 "$SIFT" -f -o out "$PROGS/core_mtexec" || fail "exec from a thread"
expect_line out 'execve\("/bin/true", \["true"\]'
expect_line out '\+\+\+ exited with 0 \+\+\+'
# without -f, children are not shown (with or without the filter)
for mode in auto never; do
	"$SIFT" --seccomp-bpf=$mode -o out sh -c '/bin/true; /bin/true'
	[ "$(grep -c 'execve(' out)" -eq 1 ] || fail "$mode: children shown without -f"
done
exit 0
