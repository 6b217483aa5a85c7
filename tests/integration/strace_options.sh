#!/bin/sh
# Walks strace 6.1's whole option list (strace -h and strace(1)), each
# option in its short and long spellings and with its argument forms.
# Every one must behave as in /usr/bin/strace or be one sift refuses on
# purpose with a one-line "not supported" error: an option missing from
# sift fails here.  Each line of the list is "MODE | OPTIONS"; both
# tracers run "OPTIONS -o out core_hello" in a fresh directory, and MODE
# says what must agree:
#   same     exit status, diagnostics (names and numbers aside) and the
#            normalised trace
#   diag     exit status and diagnostics (the trace varies: -c times, -k)
#   status   exit status only (-h, -V, -d and -D print their own things)
#   refused  sift exits 1 with one "...not supported..." line
. "$(dirname "$0")/lib.sh"
STRACE=${STRACE:-/usr/bin/strace}
[ -x "$STRACE" ] || { echo "no $STRACE"; exit 77; }
PROG=$PROGS/core_hello
norm() { python3 "$top/tests/tools/normalize.py" "$1" 2>/dev/null; }
# diagnostics: the tracer's path and name, and every number, left out
diag() {
	sed -e "s|$2|TRACER|g" -e 's/\bstrace\b/TRACER/g' \
	    -e 's/\bsift\b/TRACER/g' -e 's/[0-9][0-9]*/N/g' "$1"
}

run() { # tracer, dir, options...: both run in the same directory
	tracer=$1 dir=$2
	shift 2
	rm -rf "$dir" run && mkdir run
	# shellcheck disable=SC2068
	(cd run && timeout -k 5 30 "$tracer" $@ -o out "$PROG" \
		>stdout 2>stderr </dev/null; echo $? > status)
	mv run "$dir"
}

failures=0
walk() {
	while IFS= read -r line; do
		case $line in ''|'#'*) continue ;; esac
		mode=$(printf '%s' "${line%%|*}" | tr -d ' ')
		opts=$(printf '%s' "${line#*|}" | sed 's/^ *//; s/ *$//')
		set -f
		run "$STRACE" a $opts
		run "$SIFT" b $opts
		set +f
		why=
		case $mode in
		refused)
			[ "$(cat b/status)" = 1 ] &&
			[ "$(wc -l < b/stderr)" -eq 1 ] &&
			grep -q 'not supported' b/stderr ||
				why="not refused with one line: $(head -2 b/stderr)"
			;;
		same|diag|status)
			[ "$(cat a/status)" = "$(cat b/status)" ] ||
				why="status $(cat b/status), strace $(cat a/status)"
			;;
		*)
			why="unknown mode '$mode'"
			;;
		esac
		if [ -z "$why" ] && [ "$mode" = same ] || [ "$mode" = diag ]; then
			diag a/stderr "$STRACE" > a/d
			diag b/stderr "$SIFT" > b/d
			cmp -s a/d b/d || why="diagnostics differ: $(diff a/d b/d | sed -n 2,3p | tr '\n' ' ')"
		fi
		if [ -z "$why" ] && [ "$mode" = same ] && [ -f a/out ]; then
			norm a/out > a/n
			norm b/out > b/n
			cmp -s a/n b/n || why="traces differ: $(diff a/n b/n | sed -n 2,3p | tr '\n' ' ')"
		fi
		if [ -n "$why" ]; then
			echo "FAIL [$opts]: $why"
			failures=$((failures + 1))
		fi
	done
}

walk <<'LIST'
# -- General
same    | -e trace=openat,close
same    | -e openat,close
same    | -e trace=all
# -- Startup
same    | -E FOO=1 -e trace=close
same    | --env=FOO=1 -e trace=close
same    | -E HOME -e trace=close
diag    | -p 0
diag    | -p x
diag    | --attach=0
status  | -u nobody -e trace=close
status  | --user=nobody -e trace=close
diag    | -u nosuchuser
# -- Tracing
# -b execve: the command's own first execve is not detached from
# (strace keeps tracing it)
same   | -b execve -e trace=close
same   | --detach-on=execve -e trace=close
diag    | -b fork
status  | -D -e trace=close
status  | -DD -e trace=close
status  | -DDD -e trace=close
diag    | -DDDD -e trace=close
status  | --daemonize -e trace=close
status  | --daemonize=grandchild -e trace=close
status  | --daemonize=pgroup -e trace=close
status  | --daemonize=session -e trace=close
diag    | --daemonize=sid
same    | -f -e trace=close
same    | --follow-forks -e trace=close
diag    | -ff -e trace=close
diag    | --follow-forks --output-separately -e trace=close
diag    | -F -e trace=close
diag    | -F -f -e trace=close
same    | -I 1 -e trace=close
same    | -I 2 -e trace=close
same    | -I 3 -e trace=close
same    | -I 4 -e trace=close
same    | -I anywhere -e trace=close
same    | --interruptible=waiting -e trace=close
same    | --interruptible=never -e trace=close
same    | --interruptible=never_tstp -e trace=close
diag    | -I 5
diag    | --interruptible=sometimes
# -- Filtering
same    | --trace=openat,close
same    | -e trace=!openat,close
same    | -e trace=?nosuch,close
same    | -e trace=/^clo
same    | -e trace=close@64
same    | -e trace=close@32
same    | -e trace=close@x32
same    | -e trace=none
same    | -e trace=%clock
same    | -e trace=%creds
same    | -e trace=%desc
same    | -e trace=%file
same    | -e trace=%fstat
same    | -e trace=%fstatfs
same    | -e trace=%ipc
same    | -e trace=%lstat
same    | -e trace=%memory
same    | -e trace=%net
same    | -e trace=%network
same    | -e trace=%process
same    | -e trace=%pure
same    | -e trace=%signal
same    | -e trace=%stat
same    | -e trace=%%stat
same    | -e trace=%statfs
same    | -e trace=%%statfs
diag    | -e trace=%nosuch
diag    | -e trace=nosuch
same    | -e signal=SIGUSR1 -e trace=close
same    | --signal=!all -e trace=close
same    | --signals=none -e trace=close
same    | -e status=successful
same    | --status=failed
same    | -e status=unfinished,unavailable,detached
diag    | -e status=bogus
same    | -P hello.txt
same    | --trace-path=hello.txt
same    | -P /nonexistent
same    | -z
same    | --successful-only
same    | -Z
same    | --failed-only
diag    | -z -Z
# -- Output format
same    | -a 20 -e trace=close
same    | --columns=60 -e trace=close
diag    | -a x
diag    | --columns=x
diag    | --string-limit=x
same    | -e abbrev=none -e trace=execve
same    | --abbrev=all -e trace=execve
same    | -e verbose=none -e trace=newfstatat
same    | --verbose=!newfstatat -e trace=newfstatat
same    | -e raw=openat -e trace=openat
same    | --raw=all -e trace=close
same    | -e read=3 -e trace=read
same    | --read=all -e trace=read
same    | -e write=3 -e trace=write
same    | --write=all -e trace=write
same    | -e quiet=attach,exit -e trace=close
same    | --quiet=all -e trace=close
same    | --quiet -e trace=close
same    | --silent=exit -e trace=close
same    | --silence=path-resolution -P hello.txt
same    | -e quiet=personality,thread-execve,superseded,exits -e trace=close
diag    | -e quiet=bogus
same    | -e kvm=vcpu -e trace=close
same    | --kvm=vcpu -e trace=close
diag    | -e kvm=bogus
same    | -e decode-fds=path -e trace=close
same    | --decode-fds=all -e trace=openat,close
same    | --decode-fds=socket,dev,pidfd -e trace=openat,close
same    | --decode-fds=none -e trace=close
same    | --decode-fds -e trace=close
diag    | --decode-fds=signalfd
diag    | --decode-fds=eventfd
diag    | --decode-fds=
diag    | -i -e trace=exit_group
diag    | --instruction-pointer -e trace=exit_group
diag    | -k -e trace=exit_group
diag    | --stack-traces -e trace=exit_group
same    | -n -e trace=close
same    | --syscall-number -e trace=close
same    | -A -e trace=close
same    | --output-append-mode -e trace=close
diag    | --output-separately -e trace=close
same    | -q -e trace=close
same    | -qq -e trace=close
same    | -qqq -e trace=close
same    | -r -e trace=close
same    | --relative-timestamps -e trace=close
same    | --relative-timestamps=s -e trace=close
same    | --relative-timestamps=ms -e trace=close
same    | --relative-timestamps=us -e trace=close
same    | --relative-timestamps=ns -e trace=close
diag    | --relative-timestamps=precision:ms
diag    | --relative-timestamps=
same    | -s 5 -e trace=write
same    | --string-limit=0 -e trace=write
diag    | -s -1
same    | -t -e trace=close
same    | -tt -e trace=close
same    | -ttt -e trace=close
same    | -tttt -e trace=close
same    | --absolute-timestamps -e trace=close
same    | --absolute-timestamps= -e trace=close
same    | --absolute-timestamps=time -e trace=close
same    | --absolute-timestamps=unix -e trace=close
same    | --absolute-timestamps=none -e trace=close
same    | --absolute-timestamps=format:unix,precision:ns -e trace=close
same    | --absolute-timestamps=ms -e trace=close
same    | --absolute-timestamps=precision:us -e trace=close
same    | --absolute-timestamps=unix,s -e trace=close
same    | --timestamps=unix,ms -e trace=close
same    | --timestamps -e trace=close
diag    | --absolute-timestamps=bogus
diag    | --absolute-timestamps=precision:unix
diag    | -t --absolute-timestamps
diag    | --timestamps -tt
same    | -T -e trace=close
same    | --syscall-times -e trace=close
same    | --syscall-times=s -e trace=close
same    | --syscall-times=ms -e trace=close
same    | --syscall-times=us -e trace=close
same    | --syscall-times=ns -e trace=close
diag    | --syscall-times=precision:ns
same    | -v -e trace=execve
same    | --no-abbrev -e trace=execve
same    | -x -e trace=write
same    | -xx -e trace=write
same    | --strings-in-hex -e trace=write
same    | --strings-in-hex=all -e trace=write
same    | --strings-in-hex=non-ascii -e trace=write
same    | --strings-in-hex=non-ascii-chars -e trace=write
diag    | --strings-in-hex=bogus
same    | -X raw -e trace=openat
same    | -X abbrev -e trace=openat
same    | -X verbose -e trace=openat
same    | --const-print-style=verbose -e trace=openat
diag    | -X bogus
same    | -y -e trace=openat,close
same    | -yy -e trace=openat,close
same    | --decode-pids=pidns -e trace=getpid
same    | --pidns-translation -e trace=getpid
same    | -Y -e trace=openat,close
same    | --decode-pids=comm -f -e trace=close
same    | --decode-pids=all -e trace=close
same    | --decode-pids=pidns,comm -e trace=close
diag    | --decode-pids=bogus
diag    | --secontext
diag    | --secontext=full
diag    | --secontext=mismatch
diag    | -e secontext=full
# -- Statistics
diag    | -c
diag    | --summary-only
diag    | -C -e trace=close
diag    | --summary -e trace=close
diag    | -c -C
diag    | -c -O 10
diag    | -c -O 1.5ms
diag    | -c --summary-syscall-overhead=2us
same    | -O 1ns -e trace=close
diag    | -O bogus
diag    | -c -S calls
diag    | -c --summary-sort-by=name
diag    | -S calls -e trace=close
diag    | -c -U name,calls
diag    | -c -S bogus
diag    | -c -U bogus
diag    | -c -ff
diag    | -C --output-separately
diag    | -c --summary-columns=calls,errors,name
diag    | -U calls
diag    | -c -w
diag    | -c --summary-wall-clock
diag    | -w
diag    | -c -r -T -i -n -t -y
# -- Tampering
same    | -e inject=close:error=EBADF -e trace=close
same    | --inject=close:retval=42 -e trace=close
same    | -e inject=write:signal=SIGCHLD -e trace=write
same    | -e inject=write:delay_enter=1ms:delay_exit=1us -e trace=write
same    | -e inject=write:poke_enter=@arg2=41 -e trace=write
same    | -e inject=write:poke_exit=@arg2=41 -e trace=write
same    | -e inject=close:syscall=getpid:retval=0 -e trace=close
same    | -e inject=close:error=EIO:when=2..3 -e trace=close
same    | -e inject=close:error=EIO:when=2+ -e trace=close
same    | -e inject=close:error=EIO:when=1+2 -e trace=close
same    | -e fault=close -e trace=close
same    | --fault=close:error=EPERM:when=2 -e trace=close
diag    | -e inject=close:bogus
diag    | -e inject=close
# -- Miscellaneous
status  | -d -e trace=close
status  | --debug -e trace=close
status  | -h
status  | --help
status  | -V
status  | --version
diag    | --seccomp-bpf -f -e trace=close
refused | --tips
refused | --tips=id:1,format:full
diag    | --bogus-option
diag    | -N
diag    | -xN
diag    | --su
diag    | --out
diag    | --follow-forks=x
diag    | --output-separate=x
diag    | --daemonis=bogus
same    | --signal=none -e trace=close
same    | --failing-only
diag    | --stack-trace -e trace=exit_group
LIST

# The trace on stderr: a child and a thread that are not followed must
# not give the lines "[pid N]" prefixes (strace does not trace them),
# with -Y neither.  (With -f, where "Process N attached" falls inside a
# line depends on timing.)
for case in "cli_children|-e trace=getppid,close,wait4" \
	    "cli_children|-e trace=close -qq" \
	    "cli_pids|-Y -e trace=getpid,gettid,kill,clone,clone3,wait4"; do
	prog=${case%%|*} opts=${case#*|}
	set -f
	# shellcheck disable=SC2086
	"$STRACE" $opts "$PROGS/$prog" 2>a.err
	# shellcheck disable=SC2086
	"$SIFT" $opts "$PROGS/$prog" 2>b.err
	set +f
	sed -i 's/[^ ]*: Process \([0-9]\)/TRACER: Process \1/' a.err b.err
	norm a.err > a.n
	norm b.err > b.n
	if ! cmp -s a.n b.n; then
		echo "FAIL [$opts] on stderr:"
		diff a.n b.n | head -5
		failures=$((failures + 1))
	fi
done

[ "$failures" -eq 0 ] || fail "$failures options differ from strace"
exit 0
