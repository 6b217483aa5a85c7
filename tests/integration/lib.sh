# Shared by the integration scripts: paths, a scratch dir, assertions.
# A script exits 0 to pass, 77 to skip, anything else to fail.
top=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
SIFT=$BUILD/sift
PROGS=$BUILD/progs
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

fail() {
	echo "FAIL: $*"
	exit 1
}

# expect_line FILE REGEX: some line of FILE matches the extended regex
expect_line() {
	grep -Eq -- "$2" "$1" || { echo "--- $1:"; head -40 "$1"; fail "no line matches /$2/ in $1"; }
}

no_line() {
	if grep -Eq -- "$2" "$1"; then
		echo "--- $1:"; grep -E -- "$2" "$1" | head; fail "unexpected /$2/ in $1"
	fi
}

# proc_state PID: the one-letter state of a process (R S D T t Z), or X
proc_state() {
	sed -n 's/^State:[[:space:]]*\(.\).*/\1/p' "/proc/$1/status" 2>/dev/null || echo X
}
