#!/bin/sh
# The trace normaliser rewrites pids only where a pid can stand: a constant
# that happens to equal a pid of the run (CI once saw an fd of 1000 while a
# tracee had pid 1000) must survive, or two equal traces compare unequal.
# A pid's digit count must not move the ' = ' column (9999 -> 10000) nor
# the padding of the "PID " and "[pid N]" prefixes, but a line padded
# wrong must stay wrong.
. "$(dirname "$0")/lib.sh"
cat > in <<'TRACE'
[pid  1000] getpid()                     = 1000
1000  execveat(1000, "prog", NULL, NULL, 0) = -1 EBADF (Bad file descriptor)
[pid  1000] read(3, "1000", 1000)        = 4
[pid  1000] kill(1000, SIGTERM)          = 0
[pid  1000] waitid(P_PIDFD, 1000, NULL, WEXITED, NULL) = -1 EBADF (Bad file descriptor)
[pid  1000] sched_setaffinity(1000, 128, [0 1000]) = 0
[pid  1000] openat(AT_FDCWD, "/proc/1000/stat", O_RDONLY) = 3
--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1000, si_uid=0} ---
recvfrom(3, [{nlmsg_len=20, nlmsg_pid=1000}], 1000, 0, NULL, NULL) = 20
[pid  9999] gettid()                     = 9999
kill(9999, SIGUSR1)                      = 0
kill(10000, SIGUSR1)                     = 0
[pid 10000] getpid()                     = 10000
123456 getpid()                          = 123456
9999  getppid()                          = 1
10000 getppid()                          = 1
kill(9999, SIGUSR2)   = 0
TRACE
cat > want <<'TRACE'
[pid PID1] getpid()                      = PID1
PID1 execveat(1000, "prog", NULL, NULL, 0) = -1 EBADF (Bad file descriptor)
[pid PID1] read(3, "1000", 1000)         = 4
[pid PID1] kill(PID1, SIGTERM)           = 0
[pid PID1] waitid(P_PIDFD, 1000, NULL, WEXITED, NULL) = -1 EBADF (Bad file descriptor)
[pid PID1] sched_setaffinity(PID1, 128, [0 1000]) = 0
[pid PID1] openat(AT_FDCWD, "/proc/PID1/stat", O_RDONLY) = 3
--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=PID1, si_uid=0} ---
recvfrom(3, [{nlmsg_len=20, nlmsg_pid=PID1}], 1000, 0, NULL, NULL) = 20
[pid PID2] gettid()                      = PID2
kill(PID2, SIGUSR1)                      = 0
kill(PID3, SIGUSR1)                      = 0
[pid PID3] getpid()                      = PID3
PID4 getpid()                            = PID4
PID2 getppid()                           = 1
PID3 getppid()                           = 1
kill(PID2, SIGUSR2)   = 0
TRACE
python3 "$top/tests/tools/normalize.py" in > got
cmp -s want got || { diff -u want got; fail "normaliser output differs"; }
# Timestamps at every format and precision, after a pid prefix or not;
# an epoch second is no pid, nor is a 6-digit pid a relative time.
cat > in <<'TRACE'
00:45:45 close(3)                       = 0
00:45:45.840436307 close(3)             = 0
1796172345 close(3)                     = 0
1796172345.832 close(3)                 = 0
     0 close(3)                         = 0
     0.000298 close(3)                  = 0
00:45:52 (+     0.001240) close(3)      = 0
1000  1796172345.825132415 close(3)     = 0
1000       0.000 close(3)               = 0
123456 getpid()                         = 123456
close(3)                                = 0 <0>
close(3)                                = 0 <0.000010436>
TRACE
cat > want <<'TRACE'
CLOCK close(3)                       = 0
CLOCK close(3)             = 0
EPOCH close(3)                     = 0
EPOCH close(3)                 = 0
REL close(3)                         = 0
REL close(3)                  = 0
CLOCK (+ REL) close(3)      = 0
PID1 EPOCH close(3)     = 0
PID1 REL close(3)               = 0
PID2 getpid()                         = PID2
close(3)                                = 0 <DUR>
close(3)                                = 0 <DUR>
TRACE
python3 "$top/tests/tools/normalize.py" in > got
cmp -s want got || { diff -u want got; fail "normaliser: timestamps"; }
exit 0
