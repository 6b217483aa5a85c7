#!/bin/sh
# The eBPF backend against the ptrace backend: every differential case
# (tests/diff/*.cases) that the eBPF backend accepts runs under both, and
# the normalised traces must agree on at least EBPF_MIN_SAME percent of
# their lines.  Prints the per-case and total share of identical lines.
# Left out, with reasons: options the eBPF backend refuses (inject=,
# fault=, -k, -b, -D), and -p cases (attach is tested in ebpf_attach.sh).
. "$(dirname "$0")/lib.sh"
if ! out=$("$SIFT" --backend=ebpf -e trace=none /bin/true 2>&1); then
	echo "SKIP: eBPF unavailable: $out"
	exit 77
fi

MIN=${EBPF_MIN_SAME:-95}
norm="python3 $top/tests/tools/normalize.py"
# "SAME TOTAL": lines two traces share in order, and the longer's count
cat > "$T/same.py" <<'PY'
import difflib, sys
a = open(sys.argv[1], errors='replace').read().splitlines()
b = open(sys.argv[2], errors='replace').read().splitlines()
m = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sum(k.size for k in m.get_matching_blocks()), max(len(a), len(b)))
PY
cmp_py=$T/same.py
# Under ASan/UBSan (SIFT_SAN) a part does: the sanitizers look for memory
# errors, which the families below reach; the whole comparison runs in
# the plain build.
if [ $# -eq 0 ] && [ -n "${SIFT_SAN:-}" ]; then
	set -- "$top"/tests/diff/core.cases "$top"/tests/diff/file.cases \
		"$top"/tests/diff/time.cases "$top"/tests/diff/proc.cases
fi
[ $# -gt 0 ] || set -- "$top"/tests/diff/*.cases
: > "$T/all"
for cases in "$@"; do
	while IFS= read -r line; do
		case $line in ''|'#'*) continue ;; esac
		prog=$(printf '%s' "${line%%|*}" | sed 's/^ *//; s/ *$//')
		opts=$(printf '%s' "${line#*|}" | sed 's/^ *//; s/ *$//')
		case " $opts " in
		*inject=*|*fault=*|*" -k "*|*--stack-trace*|*" -b"*|\
		*--detach-on*|*" -D"*|*--daemonize*|*" -p"*) continue ;;
		esac
		# Left out, with the reason: netlink messages are decoded by the
		# socket's protocol, which this backend looks up when the line
		# is printed; the test's sockets are closed by then.
		case $prog in net2_rtnl*|net2_nlfam*|net3_rtnl*|net_netlink*|net_sockdiag*) continue ;; esac
		# misc3_garbage's calls are failed by its own seccomp filter,
		# and a call seccomp blocks has no sys_enter for this backend.
		case $prog in misc3_garbage*) continue ;; esac
		set -f
		# shellcheck disable=SC2086
		set -- $prog
		bin=$PROGS/$1
		shift
		for b in ptrace ebpf; do
			rm -rf "$T/run" && mkdir "$T/run"
			(cd "$T/run" && timeout -k 5 60 "$SIFT" --backend=$b $opts \
				-o "$T/$b" "$bin" "$@" >/dev/null 2>"$T/$b.err" </dev/null)
		done
		set +f
		column=$(printf ' %s ' "$opts" | sed -n 's/.* -a \{0,1\}\([0-9][0-9]*\) .*/\1/p')
		$norm --column "${column:-40}" "$T/ptrace" > "$T/p.n" 2>/dev/null
		$norm --column "${column:-40}" "$T/ebpf" > "$T/e.n" 2>/dev/null
		r=$(python3 "$cmp_py" "$T/p.n" "$T/e.n")
		echo "$r $(basename "$cases" .cases): $prog | $opts"
		echo "$r" >> "$T/all"
	done < "$cases"
done
total=$(awk '{s += $1; n += $2} END {printf "%d %d %.1f", s, n, n ? 100 * s / n : 100}' "$T/all")
set -- $total
echo "identical lines: $1 of $2 ($3%)"
awk -v p="$3" -v m="$MIN" 'BEGIN { exit !(p >= m) }' ||
	fail "only $3% of the lines are identical (want $MIN%)"
