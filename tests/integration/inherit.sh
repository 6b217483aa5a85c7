#!/bin/sh
# The command starts with the signal dispositions and mask sift was given,
# not the ones sift set for itself (an ignored SIGTTOU or SIGTTIN would
# survive execve): traced or not, the same SigIgn and SigBlk.
. "$(dirname "$0")/lib.sh"
for opts in "" "-f" "--seccomp-bpf=never" "-D"; do
	# shellcheck disable=SC2086
	"$SIFT" $opts -o /dev/null grep -E '^Sig(Ign|Blk)' /proc/self/status > traced
	grep -E '^Sig(Ign|Blk)' /proc/self/status > untraced
	cmp -s traced untraced || { diff -u untraced traced; fail "dispositions differ with '$opts'"; }
done
# what sift was started with is passed on: SIGINT ignored stays ignored
(trap '' INT; "$SIFT" -o /dev/null grep '^SigIgn' /proc/self/status > traced)
(trap '' INT; grep '^SigIgn' /proc/self/status > untraced)
cmp -s traced untraced || { diff -u untraced traced; fail "ignored SIGINT not passed on"; }
expect_line traced '^SigIgn:[[:space:]]+[0-9a-f]*[2367abef]$'
exit 0
