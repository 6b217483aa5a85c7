#!/bin/sh
# Real programs under -f: no argument of any syscall is left raw for lack
# of a decoder, and the --json trace of the same run parses.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
mkdir proj && cat > proj/main.c <<'C'
#include <stdio.h>
int main(void) { puts("built"); return 0; }
C
printf 'all: hello\nhello: main.o\n\t$(CC) -o $@ main.o\n' > proj/Makefile
cat > echo.py <<'PY'
import socket, threading
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(1)
def serve():
    c, _ = srv.accept(); c.sendall(c.recv(64)); c.close()
t = threading.Thread(target=serve); t.start()
cl = socket.create_connection(srv.getsockname()); cl.sendall(b"ping")
assert cl.recv(64) == b"ping"; cl.close(); t.join()
PY
git init -q repo 2>/dev/null && (cd repo && echo x > f && git add f)
n=0
for work in "python3 -c 'import json'" "git -C repo status" \
	"getent hosts localhost" "python3 echo.py" "ls -la /" "make -C proj"; do
	command -v "${work%% *}" >/dev/null || { echo "skip: $work"; continue; }
	SIFT_LIST_UNDECODED=1 "$SIFT" -f -o trace.txt sh -c "$work" >/dev/null 2>err
	if grep -q 'undecoded' err; then
		grep undecoded err
		fail "$work: syscalls printed raw"
	fi
	"$SIFT" -f --json -o trace.json sh -c "$work" >/dev/null 2>&1
	python3 -c '
import json, sys
for n, line in enumerate(open(sys.argv[1]), 1):
    try:
        json.loads(line)
    except ValueError as e:
        sys.exit("%s:%d: %s: %s" % (sys.argv[1], n, e, line[:300]))
' trace.json || fail "$work: --json output does not parse"
	[ -s trace.json ] || fail "$work: no JSON"
	n=$((n + 1))
	make -s -C proj clean >/dev/null 2>&1; rm -f proj/*.o proj/hello
done
echo "$n workloads fully decoded"
