#!/bin/sh
# For every class and for sets with !, regex and ?, the trace with the
# seccomp filter equals the trace without it on the same workload.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
norm="python3 $top/tests/tools/normalize.py"
n=0
for set in %file %process %network %net %signal %ipc %desc %memory %creds \
	%clock %pure %stat %lstat %fstat %%stat %statfs %fstatfs %%statfs \
	'!read,write,mmap' '/^(open|close)' '?nosuchcall,openat' \
	'%process,%signal' 'none' 'execve'; do
	# workloads whose trace has one order: one process, or children that
	# proc_fork sequences itself
	for work in "ls -la /" "$PROGS/core_hello" "$PROGS/core_iov" \
		"$PROGS/proc_fork"; do
		# shellcheck disable=SC2086
		"$SIFT" --seccomp-bpf=never -f -e "trace=$set" -o plain $work >/dev/null
		# shellcheck disable=SC2086
		"$SIFT" --seccomp-bpf=always -f -e "trace=$set" -o filt $work \
			>/dev/null 2>err
		[ -s err ] && { cat err; fail "$set: warning with the filter"; }
		$norm --merge plain > plain.n
		$norm --merge filt > filt.n
		if ! cmp -s plain.n filt.n; then
			diff -u plain.n filt.n | head -20
			fail "trace=$set differs with the filter on $work"
		fi
		n=$((n + 1))
	done
done
echo "$n runs identical with and without the filter"
