/* Signal and errno names as strace accepts them in -e signal= and
 * -e inject=...:error=/:signal=.  x86 numbering: these are facts from
 * <asm/signal.h> and <asm-generic/errno*.h> plus the kernel-internal
 * errnos of include/linux/errno.h. */
#include "selection/internal.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

long long sel_parse_uint(const char *s, char **endp, unsigned long long max,
			 const char *accept)
{
	char *end;
	long long v;

	if (!*s)
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (end == s || v < 0 || (unsigned long long)v > max ||
	    (v == LLONG_MAX && errno == ERANGE))
		return -1;
	if (*end && (!accept || !strchr(accept, *end)))
		return -1;
	if (endp)
		*endp = end;
	return v;
}

/* Without the SIG prefix; 32 is SIGRTMIN, 33 + n is SIGRT_(n + 1), the way
 * strace names them. */
static const char *const signames[] = {
	[1] = "HUP",     [2] = "INT",     [3] = "QUIT",    [4] = "ILL",
	[5] = "TRAP",    [6] = "ABRT",    [7] = "BUS",     [8] = "FPE",
	[9] = "KILL",    [10] = "USR1",   [11] = "SEGV",   [12] = "USR2",
	[13] = "PIPE",   [14] = "ALRM",   [15] = "TERM",   [16] = "STKFLT",
	[17] = "CHLD",   [18] = "CONT",   [19] = "STOP",   [20] = "TSTP",
	[21] = "TTIN",   [22] = "TTOU",   [23] = "URG",    [24] = "XCPU",
	[25] = "XFSZ",   [26] = "VTALRM", [27] = "PROF",   [28] = "WINCH",
	[29] = "IO",     [30] = "PWR",    [31] = "SYS",    [32] = "RTMIN",
	[33] = "RT_1",   [34] = "RT_2",   [35] = "RT_3",   [36] = "RT_4",
	[37] = "RT_5",   [38] = "RT_6",   [39] = "RT_7",   [40] = "RT_8",
	[41] = "RT_9",   [42] = "RT_10",  [43] = "RT_11",  [44] = "RT_12",
	[45] = "RT_13",  [46] = "RT_14",  [47] = "RT_15",  [48] = "RT_16",
	[49] = "RT_17",  [50] = "RT_18",  [51] = "RT_19",  [52] = "RT_20",
	[53] = "RT_21",  [54] = "RT_22",  [55] = "RT_23",  [56] = "RT_24",
	[57] = "RT_25",  [58] = "RT_26",  [59] = "RT_27",  [60] = "RT_28",
	[61] = "RT_29",  [62] = "RT_30",  [63] = "RT_31",  [64] = "RT_32",
};

int sel_signal_number(const char *s)
{
	if (*s >= '0' && *s <= '9')
		return (int)sel_parse_uint(s, NULL, 255, NULL);
	if (strncasecmp(s, "SIG", 3) == 0)
		s += 3;
	for (int i = 1; i < (int)(sizeof(signames) / sizeof(signames[0])); i++)
		if (strcasecmp(s, signames[i]) == 0)
			return i;
	return -1;
}

/* Kernel-internal errnos that strace 6.1 also knows by name (it does not
 * know ENOPARAM, 519, or ENOGRACE, 531). */
static const struct {
	int nr;
	const char *name;
} kernel_errnos[] = {
	{ 512, "ERESTARTSYS" },     { 513, "ERESTARTNOINTR" },
	{ 514, "ERESTARTNOHAND" },  { 515, "ENOIOCTLCMD" },
	{ 516, "ERESTART_RESTARTBLOCK" },
	{ 517, "EPROBE_DEFER" },    { 518, "EOPENSTALE" },
	{ 521, "EBADHANDLE" },      { 522, "ENOTSYNC" },
	{ 523, "EBADCOOKIE" },      { 524, "ENOTSUPP" },
	{ 525, "ETOOSMALL" },       { 526, "ESERVERFAULT" },
	{ 527, "EBADTYPE" },        { 528, "EJUKEBOX" },
	{ 529, "EIOCBQUEUED" },     { 530, "ERECALLCONFLICT" },
};

int sel_errno_number(const char *s)
{
	/* glibc names each user-visible errno once (EAGAIN, not
	 * EWOULDBLOCK), exactly the set strace accepts. */
	for (int i = 1; i < 512; i++) {
		const char *name = strerrorname_np(i);

		if (name && strcasecmp(s, name) == 0)
			return i;
	}
	for (size_t i = 0; i < sizeof(kernel_errnos) / sizeof(kernel_errnos[0]);
	     i++)
		if (strcasecmp(s, kernel_errnos[i].name) == 0)
			return kernel_errnos[i].nr;
	return -1;
}
