#!/bin/sh
# --json writes JSON Lines that parse, one record per syscall, signal, exit.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
"$SIFT" --json -f -o out.json "$PROGS/core_signals"
"$SIFT" -J -f -v -s 8 -o out2.json sh -c 'ls -la / >/dev/null; cat /etc/hostname >/dev/null'
python3 - out.json out2.json <<'PY' || fail "JSON check failed"
import json, sys
for path in sys.argv[1:]:
    kinds = set()
    with open(path) as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            for key in ("type", "pid", "time"):
                assert key in rec, (path, n, key)
            kinds.add(rec["type"])
            if rec["type"] == "syscall":
                assert isinstance(rec["name"], str) and isinstance(rec["args"], list)
                assert "ret" in rec
    assert {"syscall", "exit"} <= kinds, kinds
recs = [json.loads(l) for l in open(sys.argv[1])]
sig = [r for r in recs if r["type"] == "signal"]
assert any(r["signal"] == "SIGUSR1" and r["siginfo"]["si_code"] == "SI_USER" for r in sig), sig
ex = [r for r in recs if r["type"] == "exit" and r.get("killed") == "SIGTERM"]
assert ex, "no killed-by-SIGTERM record"
op = [r for r in recs if r["type"] == "syscall" and r["name"] == "read" and r.get("errname") == "ERESTARTSYS"]
assert op, "read interrupted by SIGALRM not recorded"
PY
exit 0
