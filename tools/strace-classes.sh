#!/bin/sh
# Learn which syscalls the installed strace puts in each -e trace=%class,
# by tracing tests/progs/allsyscalls (every syscall number called once,
# all of them failed by a seccomp filter so none runs) with each class.
# Prints "class name" lines, sorted, for one personality:
#
#   tools/strace-classes.sh [x86_64|i386|x32]   (default x86_64)
#
# Set STRACE to use another strace, CC to pick the compiler.  Classes are
# printed without their leading "%" (so "%stat" shows as "%stat", i.e. the
# %%stat class, and "stat" is %stat).
set -eu

pers=${1:-x86_64}
top=$(cd "$(dirname "$0")/.." && pwd)
src=$top/tests/progs/allsyscalls.c
STRACE=${STRACE:-strace}
CC=${CC:-cc}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

case $pers in
x86_64)
	$CC -O1 -o "$tmp/allsc" "$src"
	set -- "$tmp/allsc" ;;
x32)
	$CC -O1 -o "$tmp/allsc" "$src"
	set -- "$tmp/allsc" x32 0 547 ;;
i386)
	# No 32-bit libc needed: the program has its own _start.
	$CC -m32 -O1 -DALLSC_I386 -I/usr/include/x86_64-linux-gnu -nostdlib \
		-static -fno-pic -no-pie -fno-stack-protector -ffreestanding \
		-o "$tmp/allsc" "$src"
	set -- "$tmp/allsc" ;;
*)
	echo "usage: $0 [x86_64|i386|x32]" >&2
	exit 2 ;;
esac

for class in file process network signal ipc desc memory creds clock pure \
	stat lstat fstat %stat statfs fstatfs %statfs; do
	$STRACE -qq -o "$tmp/out" -e trace="%$class" "$@" || {
		echo "$0: strace failed for %$class" >&2
		exit 1
	}
	# In x32 mode the libc start-up calls are x86_64 ones; they share
	# their names (and classes) with x32 calls made by the loop, so the
	# name set is unaffected.
	# strace prints numbers it has no name for (syscall_0x1d5) whatever
	# the class: they belong to none.
	sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' "$tmp/out" |
		grep -v '^syscall_0x' | sort -u |
		sed "s/^/$class /"
done
