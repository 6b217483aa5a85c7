#!/bin/sh
# -k: a stack trace after each shown syscall, in strace's form.  The frames
# at stack_demo's getppid name its functions innermost first, and every
# frame list matches what strace -k prints for the same program (function
# names in order; addresses may differ): plain, at exit_group (captured at
# entry, printed after "+++ exited"), in a thread, across execve, and in
# C++ with demangled names.
. "$(dirname "$0")/lib.sh"

# frames FILE REGEX: the " > " lines right after the first line matching REGEX
frames() {
	awk -v re="$2" 'f && /^ > / { print; next } f { exit } $0 ~ re { f = 1 }' "$1"
}

# names FILE: every frame line without offsets and addresses
names() {
	grep '^ > ' "$1" | sed -E 's/\+0x[0-9a-f]+\)/)/; s/ \[0x[0-9a-f]+\]$//'
}

# same_as_strace NAME ARGS...: sift -k and strace -k agree on the frames
same_as_strace() {
	name=$1
	shift
	timeout 60 strace -qq -k -o "$name.strace" "$@" >/dev/null 2>&1
	timeout 60 "$SIFT" -qq -k -o "$name.sift" "$@" >/dev/null 2>"$name.err" ||
		{ cat "$name.err"; fail "$name: sift -k $* failed"; }
	names "$name.sift" >"$name.sift.names"
	names "$name.strace" >"$name.strace.names"
	[ -s "$name.sift.names" ] || { cat "$name.sift"; fail "$name: no frames"; }
	if ! cmp -s "$name.strace.names" "$name.sift.names"; then
		diff "$name.strace.names" "$name.sift.names" | head -40
		fail "$name: frames differ from strace -k $*"
	fi
}

# Whether stacks can be unwound here at all (ptrace, /proc, ELF files)
command -v strace >/dev/null || { echo "SKIP: no strace to compare with"; exit 77; }
strace -qq -k -e trace=getppid -o probe "$PROGS/stack_demo" >/dev/null 2>&1
grep -q '^ > .*(stack_inner+0x' probe ||
	{ echo "SKIP: strace -k cannot unwind here"; exit 77; }

timeout 60 "$SIFT" -k -e trace=getppid -o out "$PROGS/stack_demo" >/dev/null ||
	fail "sift -k stack_demo failed"
expect_line out '^getppid\(\) += [0-9]+$'
frames out '^getppid[(]' >fr
[ -s fr ] || { cat out; fail "no frames after getppid"; }
# strace's frame forms: FILE(SYM+0xOFF) [0xADDR], FILE() [0xADDR], errors
bad=$(grep -Ev '^ > [^ ].*\(([^()]*\+0x[0-9a-f]+)?\) \[0x[0-9a-f]+\]$' fr |
	grep -Ev '^ > (unexpected_backtracing_error \[0x[0-9a-f]+\]|too many stack frames)$')
[ -z "$bad" ] || fail "malformed frame lines: $bad"
head -1 fr | grep -Eq '^ > /.*libc\.so[.0-9]*\(getppid\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' ||
	{ cat fr; fail "innermost frame is not libc's getppid"; }
line_of() { grep -n "/stack_demo($1+0x" fr | head -1 | cut -d: -f1; }
inner=$(line_of stack_inner) outer=$(line_of stack_outer) main=$(line_of main)
[ -n "$inner" ] && [ -n "$outer" ] && [ -n "$main" ] ||
	{ cat fr; fail "stack_inner, stack_outer or main missing"; }
[ "$inner" -lt "$outer" ] && [ "$outer" -lt "$main" ] ||
	{ cat fr; fail "frames not innermost first"; }
[ "$(wc -l <fr)" -le 257 ] || fail "more than strace's 256 frames"

same_as_strace demo -e trace=getppid,write "$PROGS/stack_demo"
same_as_strace exit -e trace=exit_group "$PROGS/stack_demo"
same_as_strace thread -f -e trace=getppid "$PROGS/stack_thread"
# the thread's getppid comes first (main joins it); -o gives "PID  " prefixes
frames thread.sift '^[0-9]+ +getppid[(]' | grep -q '(stack_thread_worker+0x' ||
	{ cat thread.sift; fail "thread stack lacks its start routine"; }
same_as_strace exec -e trace=getppid,execve "$PROGS/stack_exec"
expect_line exec.sift '/stack_demo\(stack_inner\+0x'
# C++ names demangled (libiberty), as strace shows them
same_as_strace cxx -e trace=getppid "$PROGS/stack_cxx"
expect_line cxx.sift '/stack_cxx\(shapes::Box<int>::open\(int\)\+0x'
exit 0
