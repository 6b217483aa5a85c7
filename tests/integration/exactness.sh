#!/bin/sh
# The exactness promise (DESIGN.md): sift's seccomp filter changes neither
# what a program does nor what sift prints.  Each case runs a program
# under sift with the filter on (with -f, by default; without -f, asked
# for with --seccomp-bpf) and with --seccomp-bpf=never, and requires the
# same program output and the same trace; and the same trace as strace
# where it is installed.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
norm="python3 $top/tests/tools/normalize.py"
STRACE=${STRACE:-/usr/bin/strace}
n=0

# same NAME TRACE_OPTS PROG [ARGS]: filter on and off, with and without -f
same() {
	name=$1 opts=$2
	shift 2
	for f in -f ""; do
		on="--seccomp-bpf=always"
		[ -n "$f" ] && on=""  # -f: the filter is the default
		# shellcheck disable=SC2086
		"$SIFT" $f --dump-filter $on $opts > dump
		expect_line dump '^used: yes$'
		# shellcheck disable=SC2086
		"$SIFT" $f $on $opts -o filt "$@" > out.filt 2> err.filt
		# shellcheck disable=SC2086
		"$SIFT" $f --seccomp-bpf=never $opts -o plain "$@" > out.plain 2>&1
		[ -s err.filt ] && { cat err.filt; fail "$name $f: sift said something"; }
		if ! cmp -s out.plain out.filt; then
			diff -u out.plain out.filt
			fail "$name $f: the program behaves differently under the filter"
		fi
		$norm --merge plain > plain.n
		$norm --merge filt > filt.n
		if ! cmp -s plain.n filt.n; then
			diff -u plain.n filt.n | head -30
			fail "$name $f: the trace differs under the filter"
		fi
		if [ -x "$STRACE" ] && [ -z "${skip_strace:-}" ]; then
			# shellcheck disable=SC2086
			"$STRACE" $f $opts -o ref "$@" > out.ref 2>&1
			$norm --merge ref > ref.n
			if ! cmp -s ref.n plain.n; then
				diff -u ref.n plain.n | head -30
				fail "$name $f: the trace differs from strace's"
			fi
			cmp -s out.ref out.plain || { diff -u out.ref out.plain; fail "$name $f: output differs from strace's"; }
		fi
		n=$((n + 1))
	done
}

# 2. CLONE_UNTRACED children stay traced (no ENOSYS), quietly
same untraced "-e trace=openat" "$PROGS/guard_untraced"
grep -q 'clone: child open: Success' out.filt || fail "untraced clone child failed"

# 3. the program's own filters: ERRNO, TRAP, KILL, prctl, TSYNC threads,
# USER_NOTIF answered by a supervisor thread
for how in errno trap kill prctl tsync notif; do
	same "own filter ($how)" "-e trace=openat" "$PROGS/guard_ownfilter" $how
done
grep -q 'thread: open: Permission denied' out.filt || fail "the program's own filter did not apply"

# 6. strict mode works (and kills) as without the filter
strict_modes="prctl seccomp"
"$PROGS/core_i386" >/dev/null && strict_modes="$strict_modes i386"
for how in $strict_modes; do
	# sift decodes i386 prctl arguments raw (strace names them)
	skip_strace=
	[ $how = i386 ] && skip_strace=1
	same "strict ($how)" "-e trace=prctl,seccomp,getpid,write" "$PROGS/guard_strict" $how
	grep -q 'child killed by signal 9' out.filt || { cat out.filt; fail "strict ($how): child not killed by SIGKILL"; }
	grep -q 'strict: 0' out.filt || { cat out.filt; fail "strict ($how): strict mode refused"; }
done

# 5. without -f the default is no filter: children cannot tell
for prog in "$PROGS/guard_traceme"; do
	"$SIFT" -e trace=getpid -o t1 "$prog" > out.default
	"$SIFT" --seccomp-bpf=never -e trace=getpid -o t2 "$prog" > out.plain
	cmp -s out.default out.plain || { diff -u out.plain out.default; fail "without -f a child can tell"; }
	grep -q 'TRACEME: ok' out.default || fail "PTRACE_TRACEME failed without -f"
	n=$((n + 1))
done
"$SIFT" -e trace=getpid -o t3 sh -c 'sh -c "grep TracerPid /proc/self/status"' > out.default
grep -q 'TracerPid:[[:space:]]*0$' out.default || { cat out.default; fail "without -f, a grandchild sees a tracer"; }
"$SIFT" --dump-filter -e trace=getpid > dump
expect_line dump '^used: no: without -f it is used only when asked for'

# 4. a filter sift inherits: no filter of its own, the denied call shown
"$PROGS/guard_wrap" "$SIFT" -f -e trace=mkdir -o filt "$PROGS/guard_mkdir" > out.filt 2> err.filt
[ -s err.filt ] && { cat err.filt; fail "inherited: sift said something by default"; }
expect_line filt '^[0-9]+ +mkdir\("guard-dir", 0755\) += -1 EPERM \(Operation not permitted\)$'
"$PROGS/guard_wrap" "$SIFT" --dump-filter -f -e trace=mkdir > dump
expect_line dump '^used: no: sift runs under a seccomp filter of its own \(1 inherited filter\)'
n=$((n + 1))

# 1. set-user-ID and file capabilities (as root): no no_new_privs
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
	chmod 755 "$T"
	cp "$PROGS/guard_euid" suid && chmod 4755 suid
	same "setuid -u nobody" "-u nobody -e trace=openat" ./suid
	grep -q 'uid=65534 euid=0 ' out.filt || { cat out.filt; fail "setuid bit ignored under the filter"; }
	if command -v setcap >/dev/null; then
		cp "$PROGS/guard_euid" fcap && setcap cap_net_raw+ep fcap
		same "file caps -u nobody" "-u nobody -e trace=openat" ./fcap
		grep -q 'capeff=0000000000002000 ' out.filt || { cat out.filt; fail "file capability ignored under the filter"; }
	fi
fi
echo "$n cases: the same with the filter as without it"
