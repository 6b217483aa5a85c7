#!/bin/sh
# Runs every test suite of sift against $BUILD (default build) and ends
# with one "N passed, N failed, N skipped" line over all of them.
# Suites: unit tests (cmocka), integration (tests/integration/*.sh),
# differential against /usr/bin/strace (tests/diff/*.cases).
top=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
export BUILD
cd "$top" || exit 1
pass=0 fail=0 skip=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() { # name, status
	if [ "$2" -eq 0 ]; then
		pass=$((pass + 1)); echo "PASS $1"
	elif [ "$2" -eq 77 ]; then
		skip=$((skip + 1)); echo "SKIP $1"
	else
		fail=$((fail + 1)); echo "FAIL $1"
	fi
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	"$t" >"$log" 2>&1
	st=$?
	[ $st -ne 0 ] && sed 's/^/    /' "$log" | tail -30
	count "unit: $(basename "$t")" $st
done

for t in tests/integration/*.sh; do
	[ -f "$t" ] || continue
	[ "$(basename "$t")" = lib.sh ] && continue
	sh "$t" >"$log" 2>&1
	st=$?
	[ $st -ne 0 ] && [ $st -ne 77 ] && sed 's/^/    /' "$log" | tail -30
	[ $st -eq 77 ] && sed 's/^/    /' "$log" | tail -3
	count "integration: $(basename "$t" .sh)" $st
done

tests/diff/run.sh >"$log" 2>&1
grep -v '^PASS' "$log" | grep -v '^diff:' | head -200
d=$(tail -1 "$log")
dp=$(echo "$d" | sed -n 's/.* \([0-9]*\) passed.*/\1/p')
df=$(echo "$d" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
ds=$(echo "$d" | sed -n 's/.* \([0-9]*\) skipped.*/\1/p')
echo "$d"
pass=$((pass + ${dp:-0})); fail=$((fail + ${df:-1})); skip=$((skip + ${ds:-0}))

echo "$pass passed, $fail failed, $skip skipped"
echo "$pass passed, $fail failed, $skip skipped" > "$BUILD/test-summary"
[ "$fail" -eq 0 ]
