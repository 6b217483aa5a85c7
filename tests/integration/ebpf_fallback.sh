#!/bin/sh
# eBPF backend unavailable (an unprivileged user, via setpriv): one line
# saying why; --backend=ebpf asked for explicitly exits 1 and traces
# nothing, -c without it counts with ptrace.  Options that need stops are
# refused with one line naming the option.
. "$(dirname "$0")/lib.sh"
command -v setpriv >/dev/null 2>&1 || { echo "SKIP: no setpriv"; exit 77; }
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root to drop privileges"; exit 77; }
chmod 777 "$T"
drop() {
	(cd "$T" && setpriv --reuid=65534 --regid=65534 --clear-groups \
		--inh-caps=-all "$@")
}
drop "$SIFT" --backend=ebpf -o "$T/none" /bin/true 2>"$T/err1"
rc=$?
[ $rc -eq 1 ] || fail "explicit --backend=ebpf unprivileged: exit $rc, not 1"
[ "$(grep -c . "$T/err1")" -eq 1 ] || { cat "$T/err1"; fail "not one line"; }
expect_line "$T/err1" 'backend=ebpf: .*no permission'
[ -s "$T/none" ] && fail "something was traced"

drop "$SIFT" -c -o "$T/sum" /bin/true 2>"$T/err2" || fail "-c failed"
[ "$(grep -c . "$T/err2")" -eq 1 ] || { cat "$T/err2"; fail "not one line"; }
expect_line "$T/err2" 'eBPF backend unavailable .*, using ptrace'
expect_line "$T/sum" 'total'

# ptrace traces as ever for the unprivileged user
drop "$SIFT" -e trace=execve -o "$T/tr" /bin/true 2>"$T/err3" || fail "ptrace trace failed"
expect_line "$T/tr" '^execve\("/bin/true"'
[ -s "$T/err3" ] && { cat "$T/err3"; fail "a warning without -c"; }

# as root: the options that need stops, refused by name
for opt in "-e inject=close:error=EBADF" "-e fault=close" -k "-b execve" -D; do
	# shellcheck disable=SC2086
	"$SIFT" --backend=ebpf $opt /bin/true 2>err && fail "$opt accepted"
	[ "$(grep -c . err)" -eq 1 ] || { cat err; fail "$opt: not one line"; }
	expect_line err "backend=ebpf: .*(inject|fault|-k|-b execve|-D)"
done
exit 0
