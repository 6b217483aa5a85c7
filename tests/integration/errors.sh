#!/bin/sh
# Bad input: one clear "sift: ..." line (strace's wording) and status 1.
. "$(dirname "$0")/lib.sh"
# diagnostics start with the name sift was invoked by, as strace's do
PATH=$(dirname "$SIFT"):$PATH
SIFT=sift
check() { # expected-first-line, args...
	want=$1
	shift
	"$SIFT" "$@" true >out 2>err && fail "sift $* succeeded"
	[ $? -eq 1 ] || fail "sift $*: status not 1"
	got=$(head -1 err)
	[ "$got" = "$want" ] || fail "sift $*: got '$got', want '$want'"
}
check "sift: invalid system call 'foo'" -e trace=foo
check "sift: invalid system call 'nosuch'" -e nosuch
check "sift: invalid -s argument: 'abc'" -s abc
check "sift: Invalid process id: 'x'" -p x
check "sift: invalid --seccomp-bpf argument: 'sometimes'" --seccomp-bpf=sometimes
check "sift: Cannot find user 'nosuchuser'" -u nosuchuser
check "sift: invalid -X argument: 'bogus'" -X bogus
check "sift: invalid --const-print-style argument: 'bogus'" --const-print-style=bogus
check "sift: invalid signal 'FOO'" -e signal=FOO
check "sift: invalid sortby: 'bar'" -c -S bar
check "sift: unknown column name: 'foo'" -c -U foo
"$SIFT" -P 2>err
[ $? -eq 1 ] || fail "-P without argument: status not 1"
expect_line err "^sift: option requires an argument -- 'P'$"
"$SIFT" /nonexistent/cmd 2>err
[ $? -eq 1 ] || fail "missing command: status not 1"
expect_line err "^sift: Can't stat '/nonexistent/cmd': No such file or directory$"
"$SIFT" 2>err
[ $? -eq 1 ] || fail "no command: status not 1"
expect_line err '^sift: must have PROG \[ARGS\] or -p PID$'
exit 0
