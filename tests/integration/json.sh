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
# pids in another pid namespace: the tracee's number and sift's, as the
# text's "/* N in strace's PID NS */"; -Y adds the name, also to returns
"$SIFT" --json -f --pidns-translation -e trace=getpid,kill -o ns.json "$PROGS/cli_pids" ns
"$SIFT" --json -Y -e trace=getpid -o comm.json "$PROGS/cli_pids"
python3 - ns.json comm.json <<'PY' || fail "JSON pid check failed"
import json, sys
ns = [json.loads(l) for l in open(sys.argv[1])]
kill = [r for r in ns if r.get("name") == "kill"][0]
assert kill["args"][0]["pid"] == 1 and kill["args"][0]["tracer_ns_pid"] == kill["pid"], kill
gp = [r for r in ns if r.get("name") == "getpid"][0]
assert gp["ret"] == {"pid": 1, "tracer_ns_pid": gp["pid"]}, gp
gp = [json.loads(l) for l in open(sys.argv[2])][0]
assert gp["ret"] == {"pid": gp["pid"], "comm": "cli_pids"}, gp
PY
exit 0
