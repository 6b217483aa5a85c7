#!/bin/sh
# Where the filter cannot be installed, sift says so once and traces with
# plain ptrace: the same lines as --seccomp-bpf=never, and no ENOSYS.
. "$(dirname "$0")/lib.sh"
"$PROGS/core_noseccomp" "$SIFT" -f -e trace=openat,close,execve -o filt sh -c 'cat /etc/hostname' >/dev/null 2>err
expect_line err '^sift: seccomp filter could not be installed \(Operation not permitted\), tracing every syscall with ptrace$'
[ "$(grep -c . err)" -eq 1 ] || { cat err; fail "more than one line of warning"; }
"$SIFT" --seccomp-bpf=never -f -e trace=openat,close,execve -o plain sh -c 'cat /etc/hostname' >/dev/null
no_line filt ENOSYS
python3 "$top/tests/tools/normalize.py" plain > plain.n
python3 "$top/tests/tools/normalize.py" filt > filt.n
cmp -s plain.n filt.n || { diff -u plain.n filt.n | head -20; fail "fallback trace differs"; }
exit 0
