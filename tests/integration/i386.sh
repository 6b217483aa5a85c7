#!/bin/sh
# A 64-bit process entering the kernel as i386 (int 0x80): sift names the
# calls from the i386 table, says when the personality changes, and the
# filter traces i386 numbers.  Skipped where 32-bit calls do not run.
. "$(dirname "$0")/lib.sh"
"$PROGS/core_i386" >/dev/null
[ $? -eq 77 ] && { echo "this kernel runs no i386 syscalls: skipped"; exit 77; }
for mode in never always; do
	"$SIFT" --seccomp-bpf=$mode -e trace=getppid,write "$PROGS/core_i386" >/dev/null 2>err
	expect_line err '^\[ Process PID=[0-9]+ runs in 32 bit mode\. \]$'
	"$SIFT" --seccomp-bpf=$mode -e trace=getppid,write -o out "$PROGS/core_i386" >/dev/null
	no_line out 'runs in'
	expect_line out '^getppid\(\) += [0-9]+$'
	expect_line out '^write\(1, "i386\\n", 5\) += 5$'
	if [ -x /usr/bin/strace ]; then
		# both stop at every call: the same personality messages
		/usr/bin/strace -e trace=getppid,write -o sout "$PROGS/core_i386" >/dev/null
		python3 "$top/tests/tools/normalize.py" sout > s.n
		python3 "$top/tests/tools/normalize.py" out > o.n
		if [ $mode = never ] && ! cmp -s s.n o.n; then
			diff -u s.n o.n
			fail "i386 trace differs from strace"
		fi
	fi
done
# the filter for i386 getppid (64) and x86_64 getppid (110)
"$SIFT" --dump-filter -e trace=getppid > dump
expect_line dump 'jeq #64,'
expect_line dump 'jeq #110,'
exit 0
