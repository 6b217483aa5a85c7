#!/bin/sh
# Options around the trace: -o '|cmd', -E, -u, -b execve, -P, --trace-fds,
# --syscall-limit, --kill-on-exit, --dump-filter.
. "$(dirname "$0")/lib.sh"
# -o |cmd pipes the trace to a shell command
"$SIFT" -e trace=exit_group -o "|cat > piped" true
expect_line piped '^exit_group\(0\) += \?$'
# -E sets and removes variables of the command
FOO=1 "$SIFT" -qq -e trace=none -E BAR=2 -E FOO sh -c 'echo "${FOO:-unset} $BAR"' > env.out 2>/dev/null
[ "$(cat env.out)" = "unset 2" ] || fail "-E: got '$(cat env.out)'"
# -u runs the command as another user
if id nobody >/dev/null 2>&1; then
	"$SIFT" -qq -e trace=none -u nobody sh -c 'id -u' > uid.out 2>/dev/null
	[ "$(cat uid.out)" = "$(id -u nobody)" ] || fail "-u nobody: uid $(cat uid.out)"
fi
# -b execve: detached at the first execve after the command's own, with
# "<detached ...>" and no word on stderr, as strace
"$SIFT" -f -b execve -e trace=execve,getppid -o out sh -c '/bin/true' 2>err
[ "$(grep -c execve out)" -eq 2 ] || fail "-b execve: not two execve lines"
expect_line out 'execve\("/bin/true", .* <detached \.\.\.>$'
[ -s err ] && { cat err; fail "-b execve: said something"; }
# -P: only calls that touch the path
"$SIFT" -P /etc/hostname -o out cat /etc/hostname /etc/passwd >/dev/null
expect_line out '^openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\) = [0-9]+$'
expect_line out '^read\([0-9]+, '
no_line out 'passwd'
# --trace-fds: only calls on these descriptors
"$SIFT" --trace-fds=1 -o out sh -c 'echo hi; echo err >&2' >/dev/null 2>&1
expect_line out '^write\(1, "hi\\n", 3\) += 3$'
no_line out '^write\(2'
# --syscall-limit: stops printing after N calls, the command goes on
"$SIFT" --syscall-limit=3 -e trace=getppid -o out "$PROGS/core_sleeper" &
pid=$!
sleep 0.5
[ "$(grep -c getppid out)" -eq 3 ] || fail "--syscall-limit=3: $(grep -c getppid out) calls"
kill -KILL $pid 2>/dev/null
pkill -KILL -f "$PROGS/core_sleeper" 2>/dev/null
# --kill-on-exit: the command dies with sift
"$SIFT" --seccomp-bpf=never --kill-on-exit -e trace=none -o /dev/null "$PROGS/core_sleeper" kpid &
tracer=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s kpid ] && break; sleep 0.1; done
kill -KILL $tracer
wait $tracer 2>/dev/null
sleep 0.3
case $(proc_state "$(cat kpid)") in X|Z) ;; *) kill -KILL "$(cat kpid)"; fail "--kill-on-exit: command survived" ;; esac
# without it, and without the filter, a killed tracer leaves the command
# running, not stopped
"$SIFT" --seccomp-bpf=never -e trace=none -o /dev/null "$PROGS/core_sleeper" kpid2 &
tracer=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s kpid2 ] && break; sleep 0.1; done
kill -KILL $tracer
wait $tracer 2>/dev/null
sleep 0.3
st=$(proc_state "$(cat kpid2)")
kill -KILL "$(cat kpid2)" 2>/dev/null
case $st in R|S) ;; *) fail "tracer killed: command left in state $st" ;; esac
# --dump-filter: the program, its strategy and per-personality counts
"$SIFT" --dump-filter -e trace=%network > dump
expect_line dump '^ *0: ld \[4\]'
expect_line dump 'ret TRACE'
expect_line dump '^length: [0-9]+ instructions'
expect_line dump '^x86_64: [a-z]+, [0-9]+ traced'
expect_line dump '1023 of 1024 numbers cacheable|[0-9]+ of 1024 numbers cacheable'
# -d: sift's own events on stderr, as diagnostics; none without it
"$SIFT" -d -f -e trace=getppid -o dout sh -c 'true; true' 2>derr
expect_line derr '^[^ ]*sift: seccomp filter: (in use|not used)'
expect_line derr '^[^ ]*sift: ptrace options = 0x[0-9a-f]+$'
expect_line derr '^[^ ]*sift: \[wait\(0x[0-9a-f]+\) = [0-9]+\] WIFSTOPPED,sig=SIGTRAP'
expect_line derr '^[^ ]*sift: \[wait\(0\) = [0-9]+\] WIFEXITED,exitcode=0$'
expect_line derr '^[^ ]*sift: new task [0-9]+ \(thread group [0-9]+\), [0-9]+ tasks$'
expect_line derr '^[^ ]*sift: task [0-9]+ dropped, 0 left$'
"$SIFT" -f -e trace=getppid -o dout sh -c 'true; true' 2>derr
[ -s derr ] && { cat derr; fail "without -d: said something"; }
STRACE=${STRACE:-/usr/bin/strace}
# -p with a command, with and without -D, to a file and to stderr: the
# prefixes and the attach lines as strace's
pcmd() { # tracer, out-name, options...
	tr=$1 name=$2
	shift 2
	sleep 1 &
	sp=$!
	rm -f pout
	# shellcheck disable=SC2068
	# no signal lines: whether the command's SIGCHLD from -D's helper
	# process comes before or after the attach is a race, in strace too
	"$tr" $@ -p $sp -e trace=exit_group -e signal=none "$PROGS/core_hello" >/dev/null 2>perr
	sleep 1.3 # -D: the tracer outlives the command
	wait $sp
	{ [ -f pout ] && python3 "$top/tests/tools/normalize.py" pout
	  python3 "$top/tests/tools/normalize.py" perr |
		sed 's/^[^ ]*: Process/Process/'; } > "$name"
}
if [ -x "$STRACE" ]; then
	for opts in "-o pout" "" "-D -o pout" "-D"; do
		pcmd "$STRACE" pa $opts
		pcmd "$SIFT" pb $opts
		cmp -s pa pb || { diff pa pb; fail "-p and a command with '$opts' differ from strace"; }
	done
fi
# -I: SIGTERM to the tracer ends it at once (1), makes it detach and end
# as the signal would (2, the default on stderr) or is blocked (3, the
# default with -o FILE PROG; 4 blocks SIGTSTP too): the exit status and
# whether the command ran to its end, as strace
interrupted() { # tracer, options...: "STATUS LAST-LINE-KIND"
	tr=$1
	shift
	rm -f iout
	# shellcheck disable=SC2068
	"$tr" $@ -o iout sleep 1 2>/dev/null &
	p=$!
	sleep 0.3
	kill -TERM $p
	wait $p
	st=$?
	case $(tail -1 iout) in *exited*) echo "$st exited" ;; *) echo "$st cut" ;; esac
}
if [ -x "$STRACE" ]; then
	for mode in "" -I1 -I2 -I3 -I4 --interruptible=waiting --interruptible=never; do
		a=$(interrupted "$STRACE" $mode)
		b=$(interrupted "$SIFT" $mode)
		[ "$a" = "$b" ] || fail "SIGTERM with '$mode': sift $b, strace $a"
	done
	# SIGTSTP stops the tracer but with -I4
	for mode in "" -I4; do
		for tr in "$STRACE" "$SIFT"; do
			"$tr" $mode -o /dev/null sleep 1 2>/dev/null &
			p=$!
			sleep 0.3
			kill -TSTP $p
			sleep 0.2
			echo "$(proc_state $p)" >> "tstp$mode"
			kill -CONT $p
			wait $p
		done
		[ "$(sort -u "tstp$mode" | wc -l)" -eq 1 ] ||
			fail "SIGTSTP with '$mode': states $(cat "tstp$mode" | tr '\n' ' ')"
	done
	# on stderr "Process N detached" comes inside the open line, before
	# its " <detached ...>"
	for tr in "$STRACE" "$SIFT"; do
		"$tr" sleep 1 2>ierr &
		p=$!
		sleep 0.3
		kill -TERM $p
		wait $p
		tail -2 ierr | sed 's/[^ ]*: Process [0-9]* detached/TRACER: Process N detached/' >> idet
	done
	[ "$(sed -n 1,2p idet)" = "$(sed -n 3,4p idet)" ] ||
		{ cat idet; fail "detach messages differ from strace"; }
fi
exit 0
