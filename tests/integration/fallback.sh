#!/bin/sh
# Where the filter cannot be trusted or installed, sift traces with plain
# ptrace: the same lines as --seccomp-bpf=never, and no ENOSYS.  Under a
# seccomp filter of its own (core_noseccomp makes seccomp(2) fail with
# EPERM, as a container runtime might) sift does not even try: silently
# by default, as strace, and with one line when --seccomp-bpf asked.
. "$(dirname "$0")/lib.sh"
# by name: diagnostics start with the name sift was invoked by
PATH=$(dirname "$SIFT"):$PATH
"$SIFT" --seccomp-bpf=never -f -e trace=openat,close,execve -o plain sh -c 'cat /etc/hostname' >/dev/null
python3 "$top/tests/tools/normalize.py" plain > plain.n
for mode in auto always; do
	"$PROGS/core_noseccomp" sift --seccomp-bpf=$mode -f -e trace=openat,close,execve -o filt sh -c 'cat /etc/hostname' >/dev/null 2>err
	if [ $mode = auto ]; then
		[ -s err ] && { cat err; fail "auto: a warning under an inherited filter"; }
	else
		expect_line err '^sift: --seccomp-bpf: sift runs under a seccomp filter of its own \(1 inherited filter\) that could hide calls from it, tracing every syscall with ptrace$'
		[ "$(grep -c . err)" -eq 1 ] || { cat err; fail "more than one line of warning"; }
	fi
	no_line filt ENOSYS
	python3 "$top/tests/tools/normalize.py" filt > filt.n
	cmp -s plain.n filt.n || { diff -u plain.n filt.n | head -20; fail "$mode: fallback trace differs"; }
done
"$PROGS/core_noseccomp" "$SIFT" --dump-filter -f -e trace=openat > dump
expect_line dump '^used: no: sift runs under a seccomp filter of its own'
exit 0
