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
               r'gettid|getppid|getpgrp|getsid|getpgid|setsid)\(.*\)\s+= (\d+)'),
    re.compile(r'<\.\.\. (?:clone|clone3|fork|vfork) resumed>.*= (\d+)'),
    re.compile(r'superseded by execve in pid (\d+)'),
    re.compile(r'si_pid=(\d+)'),
    re.compile(r'\bwait4\(.*\)\s+= (\d+)'),
    re.compile(r'\bpidfd_open\((\d+),'),
    re.compile(r'<pid:(\d+)>'),
    re.compile(r'Process (\d+) '),
    # -Y: "1234<comm> " and "[pid 1234<comm>]" prefixes; a pid of another
    # namespace: "1 /* 1234 in strace's PID NS */"
    re.compile(r'^(\d+)<'),
    re.compile(r'^\[pid\s+(\d+)<'),
    re.compile(r"/\* (\d+) in strace's PID NS \*/"),
]
ADDR = re.compile(r'0x[0-9a-f]{5,}')
CLOCK = re.compile(r'\b\d\d:\d\d:\d\d(?:\.\d+)?\b')
EPOCH = re.compile(r'\b1\d{9}\.\d{6}\b')
DURATION = re.compile(r'<\d+(?:\.\d+)?>')
RELATIVE = re.compile(r'^(\s*)\d+\.\d{6} ')
# The timestamps a line starts with, after its pid prefix: absolute
# (-t, -tt, --absolute-timestamps=time|unix at any precision), then
# relative (-r, "(+ 0.000012)" after an absolute one).  No syscall name
# and no event line starts with a digit, so a number there is a time.
PID_LEAD = re.compile(r'^(?:\d{1,7} +|\[pid +\d+\] )')
TIMES_LEAD = re.compile(r'(?:(\d\d:\d\d:\d\d(?:\.\d+)?)|(\d{10,}(?:\.\d+)?))?'
                        r'( \(\+ *\d+(?:\.\d+)?\)| *\d+(?:\.\d+)?)?(?= )')
# inode numbers of sockets and pipes (-y, -yy), e.g. socket:[123],
# UNIX-STREAM:[123->124]
INODE = re.compile(r'\b((?:socket|pipe|[A-Z][A-Za-z0-9]*(?:-[A-Z]+)?):\[)(\d+)(?:->(\d+))?(?=[\],])')
# the bytes getrandom returns
RANDOM = re.compile(r'^(.*getrandom\()"(?:[^"\\]|\\.)*"')
# CPU times a child used (SIGCHLD siginfo, wait4 rusage) vary run to run
# the ids, load times and run statistics BPF object information carries
BPF_INFO = re.compile(r'(?<=[{ ])(id|load_time|run_time_ns|run_cnt)=\d+'
                      r'( /\* [^*]* \*/)?')
CPUTIME = re.compile(r'\b(si_utime|si_stime|ru_utime|ru_stime)=(\d+( /\* [\d.]+ s \*/)?|\{tv_sec=\d+, tv_usec=\d+\})')


def main(path):
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        lines = [leader_times(line) for line in f.read().splitlines()]
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
    pid_sub = lambda m: pids.get(m.group(1), m.group(1))
    out = []
    for line in lines:
        aligned = padded_right(line)
        line = RELATIVE.sub(r'\1REL ', line)
        line = CLOCK.sub('CLOCK', line)
        line = EPOCH.sub('EPOCH', line)
        line = DURATION.sub('<DUR>', line)
        line = CPUTIME.sub(r'\1=CPU', line)
        if 'BPF_OBJ_GET_INFO_BY_FD' in line:
            line = BPF_INFO.sub(r'\1=N', line)
        line = RANDOM.sub(r'\1"RANDOM"', line)
        line = INODE.sub(lambda m: m.group(1) + 'INO' +
                         ('->INO' if m.group(3) else ''), line)
        line = ADDR.sub('0xADDR', line)
        if pid_rx:
            line = replace_pids(line, pid_rx, pid_sub)
        # the prefix pads the pid to 5 digits ("9999  " but "10000 ",
        # "[pid  9999]" but "[pid 10000]"): one space, whatever it was
        line = BRACKET_PAD.sub(r'[pid \1]', line)
        line = PREFIX_PAD.sub(r'\1 ', line)
        if aligned:
            line = repad(line)
        out.append(line)
    if merge:
        out = merge_per_pid(out)
    sys.stdout.write('\n'.join(out) + ('\n' if out else ''))


def leader_times(line):
    p = PID_LEAD.match(line)
    start = p.end() if p else 0
    m = TIMES_LEAD.match(line, start)
    if not m or m.end() == start:
        return line
    out = line[:start]
    if m.group(1):
        out += 'CLOCK'
    elif m.group(2):
        out += 'EPOCH'
    rel = m.group(3)
    if rel:
        out += ' (+ REL)' if rel.startswith(' (') else (
            ' REL' if m.group(1) or m.group(2) else 'REL')
    return out + line[m.end():]


# A pid is rewritten only where a pid can stand, so that a constant which
# happens to equal some pid of this run (an fd of 1000, a size of 4096)
# stays as it is: in prefixes and event lines, in pid-named fields, in
# /proc paths, and anywhere on the line of a call that takes or returns
# process ids.
PID_CALLS = re.compile(
    r'^(?:\[pid +\d+\] |\S+ +)*?(?:<\.\.\. )?'
    r'(?:set_tid_address|clone3?|fork|vfork|getpid|gettid|getppid|getpgrp|'
    r'getsid|getpgid|setpgid|setsid|kill|tkill|tgkill|wait4|waitid|'
    r'sched_\w+|prlimit64|pidfd_open|process_vm_\w+|process_madvise|'
    r'rt_sigqueueinfo|rt_tgsigqueueinfo|ptrace|kcmp|get_robust_list|'
    r'migrate_pages|move_pages|getpriority|setpriority|ioprio_\w+|'
    r'capget|capset|perf_event_open)(?:\(| resumed>)')
PID_PLACES = re.compile(
    r'(?:^|\[pid +|\b\w*(?:pid|tid)=\[?|Process |in pid |/proc/|'
    r"/task/|<pid:|/\* (?=\d+ in strace's PID NS)|= (?=\d+<))(\d+)\b")


BRACKET_PAD = re.compile(r'^\[pid +(PID\d+)\]')
PREFIX_PAD = re.compile(r'^(PID\d+) +')


# waitid(P_PIDFD, fd, ...) names its child by a descriptor, not a pid
PIDFD_WAITID = re.compile(r'waitid\((?:P_PIDFD|0x3\b|3\b)')
# sched_[gs]etaffinity's pid is its first argument; the CPU numbers of its
# mask are no pids
AFFINITY_PID = re.compile(r'(?<=sched_[gs]etaffinity\()(\d+)\b')


def replace_pids(line, pid_rx, pid_sub):
    if AFFINITY_PID.search(line):
        line = AFFINITY_PID.sub(pid_sub, line, count=1)
    elif PID_CALLS.match(line) and not PIDFD_WAITID.search(line):
        return pid_rx.sub(pid_sub, line)
    return PID_PLACES.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] +
                          pid_sub(m), line)


# strace pads a call to COLUMN before ' = ' (-a N changes it).  Rewriting
# a pid or an address changes the text's length, so a line padded right in
# its own run is re-padded after normalising; a line padded wrong keeps its
# spacing, and the difference shows.
COLUMN = 40
RETURN_SEP = re.compile(r'\)( +)= ')


def padded_right(line):
    seps = list(RETURN_SEP.finditer(line))
    if not seps:
        return False
    m = seps[-1]
    return len(m.group(1)) == max(COLUMN - m.start(1), 0) + 1


def repad(line):
    seps = list(RETURN_SEP.finditer(line))
    m = seps[-1]
    pad = ' ' * (max(COLUMN - m.start(1), 0) + 1)
    return line[:m.start(1)] + pad + line[m.end(1):]


PREFIX = re.compile(r'^(PID\d+ +|\[pid +PID\d+\] )')
RESUMED = re.compile(r'^<\.\.\. [\w]+ resumed>')


def merge_per_pid(lines):
    """Make the order of events between processes irrelevant: join each
    <unfinished ...> line with its <... resumed> line, then group the
    lines by pid, keeping each process's own order."""
    pending = {}
    merged = []
    for line in lines:
        m = PREFIX.match(line)
        pid = m.group(1).strip() if m else ''
        body = line[m.end():] if m else line
        if body.endswith(' <unfinished ...>'):
            pending[pid] = body[:-len(' <unfinished ...>')]
            continue
        r = RESUMED.match(body)
        if r and pid in pending:
            body = pending.pop(pid) + body[r.end():]
            body = re.sub(r'\) +=', ') =', body)
        merged.append((pid, re.sub(r'\) +=', ') =', body)))
    order = []
    for pid, _ in merged:
        if pid not in order:
            order.append(pid)
    return ['%s %s' % (pid, body) for p in order
            for pid, body in merged if pid == p]


if __name__ == '__main__':
    args = sys.argv[1:]
    merge = '--merge' in args
    if '--column' in args:
        COLUMN = int(args.pop(args.index('--column') + 1))
        args.remove('--column')
    main([a for a in args if a != '--merge'][0])
