#!/usr/bin/env python3
"""Normalise a trace so that two runs of the same program compare equal.

Only what must differ between runs is rewritten: addresses, process ids
and times.  Reads the file named on the command line, writes stdout."""
import re
import sys

PID_SOURCES = [
    re.compile(r'^(\d+) '),                         # -o FILE -f prefix
    re.compile(r'^\[pid\s+(\d+)\]'),                # stderr prefix
    re.compile(r'\b(?:set_tid_address|clone|clone3|fork|vfork|getpid|'
               r'gettid|getppid|getpgrp|getsid|getpgid)\(.*\)\s+= (\d+)'),
    re.compile(r'<\.\.\. (?:clone|clone3|fork|vfork) resumed>.*= (\d+)'),
    re.compile(r'superseded by execve in pid (\d+)'),
    re.compile(r'si_pid=(\d+)'),
    re.compile(r'Process (\d+) '),
]
ADDR = re.compile(r'0x[0-9a-f]{5,}')
CLOCK = re.compile(r'\b\d\d:\d\d:\d\d(?:\.\d+)?\b')
EPOCH = re.compile(r'\b1\d{9}\.\d{6}\b')
DURATION = re.compile(r'<\d+\.\d+>')
RELATIVE = re.compile(r'^(\s*)\d+\.\d{6} ')


def main(path):
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        lines = f.read().splitlines()
    pids = {}
    for line in lines:
        for rx in PID_SOURCES:
            for m in rx.finditer(line):
                pid = m.group(1)
                if pid not in pids and int(pid) > 1:
                    pids[pid] = 'PID%d' % (len(pids) + 1)
    pid_rx = None
    if pids:
        pid_rx = re.compile(r'\b(' + '|'.join(map(re.escape, pids)) + r')\b')
    out = []
    for line in lines:
        line = RELATIVE.sub(r'\1REL ', line)
        line = CLOCK.sub('CLOCK', line)
        line = EPOCH.sub('EPOCH', line)
        line = DURATION.sub('<DUR>', line)
        line = ADDR.sub('0xADDR', line)
        if pid_rx:
            line = pid_rx.sub(lambda m: pids[m.group(1)], line)
        out.append(line)
    sys.stdout.write('\n'.join(out) + ('\n' if out else ''))


if __name__ == '__main__':
    main(sys.argv[1])
