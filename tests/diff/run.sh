#!/bin/sh
# Differential tests: run /usr/bin/strace and sift with the same options on
# the same program and require identical output after normalising
# addresses, pids and times (tests/tools/normalize.py).
# Usage: tests/diff/run.sh [CASES...]   (default: tests/diff/*.cases)
# Case lines: "PROG [ARGS] | OPTIONS"; '#' starts a comment.
# Prints one line per case and ends with "N passed, N failed, N skipped".
top=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
SIFT=$BUILD/sift
STRACE=${STRACE:-/usr/bin/strace}
norm="python3 $top/tests/tools/normalize.py"
LIMIT=${DIFF_TIMEOUT:-60}   # seconds per run: a hang fails its case
pass=0 fail=0 skip=0
[ $# -gt 0 ] || set -- "$top"/tests/diff/*.cases
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for cases in "$@"; do
	while IFS= read -r line; do
		case $line in ''|'#'*) continue ;; esac
		prog=$(printf '%s' "${line%%|*}" | sed 's/^ *//; s/ *$//')
		opts=$(printf '%s' "${line#*|}" | sed 's/^ *//; s/ *$//')
		name="$(basename "$cases" .cases): $prog | $opts"
		if [ ! -x "$STRACE" ]; then
			echo "SKIP $name (no $STRACE)"
			skip=$((skip + 1))
			continue
		fi
		set -f
		# shellcheck disable=SC2086
		set -- $prog
		bin=$BUILD/progs/$1
		shift
		rm -rf "$work/run" && mkdir -p "$work/run"
		(cd "$work/run" && timeout -k 5 "$LIMIT" $STRACE $opts -o "$work/a" "$bin" "$@" >/dev/null 2>"$work/a.err" </dev/null)
		rm -rf "$work/run" && mkdir -p "$work/run"
		(cd "$work/run" && timeout -k 5 "$LIMIT" $SIFT $opts -o "$work/b" "$bin" "$@" >/dev/null 2>"$work/b.err" </dev/null)
		st=$?
		[ $st -eq 124 ] && echo "    (sift timed out after ${LIMIT}s)" >> "$work/b"
		set +f
		# -a N moves the column calls are padded to
		column=$(printf ' %s ' "$opts" | sed -n 's/.* -a \{0,1\}\([0-9][0-9]*\) .*/\1/p')
		$norm --column "${column:-40}" "$work/a" > "$work/a.n" 2>/dev/null
		$norm --column "${column:-40}" "$work/b" > "$work/b.n" 2>/dev/null
		# under ASan/UBSan a report on stderr fails the case
		if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$work/b.err"; then
			echo "FAIL $name (sanitizer)"
			head -${DIFF_LINES:-20} "$work/b.err" | sed 's/^/    /'
			fail=$((fail + 1))
		elif [ -s "$work/a.n" ] && cmp -s "$work/a.n" "$work/b.n"; then
			echo "PASS $name"
			pass=$((pass + 1))
		else
			echo "FAIL $name"
			diff -u "$work/a.n" "$work/b.n" | head -${DIFF_LINES:-20} | sed 's/^/    /'
			fail=$((fail + 1))
		fi
	done < "$cases"
done
echo "diff: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
