#!/bin/sh
# -c of 32-bit programs calling through socketcall(2) and ipc(2): strace
# counts each sub-call in a row of its own, apart from the direct call of
# the same name.  Both backends' tables (names, calls, errors; times vary)
# must equal strace's, with and without -e trace=.
. "$(dirname "$0")/lib.sh"
STRACE=${STRACE:-/usr/bin/strace}
[ -x "$STRACE" ] || { echo "no $STRACE"; exit 77; }
backends=ptrace
"$SIFT" --backend=ebpf -c -o /dev/null true 2>/dev/null && backends="ebpf ptrace"
for prog in i386_msg i386_net i386_ipc i386_cmsg; do
	for sel in "" "-e trace=sendmsg,recvmsg,socket,semop,msgsnd,msgrcv"; do
		# shellcheck disable=SC2086
		"$STRACE" -f -c $sel -S name -U name,calls,errors -o want \
			"$PROGS/$prog" >/dev/null 2>&1
		for b in $backends; do
			# shellcheck disable=SC2086
			"$SIFT" --backend=$b -f -c $sel -S name -U name,calls,errors \
				-o got "$PROGS/$prog" >/dev/null 2>&1
			cmp -s want got ||
				{ diff -u want got; fail "$prog $sel ($b): -c table differs"; }
		done
	done
done
echo "count_mux: ok ($backends)"
