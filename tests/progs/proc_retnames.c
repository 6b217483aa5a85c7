/* Calls whose return value strace names: personality, the scheduling
 * policy, the dumpable state. */
#include <sched.h>
#include <sys/personality.h>
#include <sys/prctl.h>

int main(void)
{
	personality(0xffffffff);
	sched_getscheduler(0);
	prctl(PR_GET_DUMPABLE);
	return 0;
}
