#!/bin/sh
# For every class and for sets with !, regex and ?, the trace with the
# seccomp filter equals the trace without it on the same workload.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
norm="python3 $top/tests/tools/normalize.py"
work='ls -la / >/dev/null; cat /etc/hostname >/dev/null; kill -0 $$; sleep 0'
n=0
for set in %file %process %network %net %signal %ipc %desc %memory %creds \
	%clock %pure %stat %lstat %fstat %%stat %statfs %fstatfs %%statfs \
	'!read,write,mmap' '/^(open|close)' '?nosuchcall,openat' \
	'%file,!openat' 'none' 'execve'; do
	"$SIFT" --seccomp-bpf=never -f -e "trace=$set" -o plain sh -c "$work"
	"$SIFT" --seccomp-bpf=always -f -e "trace=$set" -o filt sh -c "$work" 2>err
	[ -s err ] && { cat err; fail "$set: warning with the filter"; }
	$norm --merge plain > plain.n
	$norm --merge filt > filt.n
	if ! cmp -s plain.n filt.n; then
		diff -u plain.n filt.n | head -20
		fail "trace=$set differs with the filter"
	fi
	n=$((n + 1))
done
echo "$n selections identical with and without the filter"
