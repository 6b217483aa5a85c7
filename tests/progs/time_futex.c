/* futex in all its operations, without waiters (so nothing blocks):
 * wakes of nobody, waits whose value does not match, bad addresses. */
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long fx(void *a, int op, long val, void *t, void *a2, long v3)
{
	return syscall(SYS_futex, a, op, val, t, a2, v3);
}

int main(void)
{
	static uint32_t f = 1, g = 2;
	struct timespec ts = { 0, 1000 };

	fx(&f, FUTEX_WAKE, 1, NULL, NULL, 0);
	fx(&f, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	fx(&f, FUTEX_WAIT, 0, NULL, NULL, 0);
	fx(&f, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	fx(&f, FUTEX_WAIT, 1, &ts, NULL, 0);
	fx(&f, FUTEX_WAIT | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0);
	fx(&f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts, NULL,
	   FUTEX_BITSET_MATCH_ANY);
	fx(&f, FUTEX_WAIT_BITSET_PRIVATE, 0, NULL, NULL, 0x10);
	fx(&f, FUTEX_WAKE_BITSET, 1, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
	fx(&f, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 3);
	fx(&f, FUTEX_REQUEUE, 1, (void *)2, &g, 0);
	fx(&f, FUTEX_REQUEUE_PRIVATE, 1, (void *)2, &g, 0);
	fx(&f, FUTEX_CMP_REQUEUE, 1, (void *)2, &g, 1);
	fx(&f, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)2, &g, 5);
	fx(&f, FUTEX_WAKE_OP, 1, (void *)1, &g,
	   FUTEX_OP(FUTEX_OP_SET, 1, FUTEX_OP_CMP_EQ, 0));
	fx(&f, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &g,
	   FUTEX_OP((FUTEX_OP_ADD | FUTEX_OP_OPARG_SHIFT), 3, FUTEX_OP_CMP_GT,
		    2));
	fx(&f, FUTEX_WAKE_OP, 1, (void *)1, &g, 0xf0f0f0f0);
	fx(&f, FUTEX_LOCK_PI, 0, &ts, NULL, 0);
	fx(&f, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	fx(&f, FUTEX_LOCK_PI2, 0, &ts, NULL, 0);
	fx(&f, FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0);
	fx(&f, FUTEX_UNLOCK_PI, 0, NULL, NULL, 0);
	fx(&f, FUTEX_WAIT_REQUEUE_PI, 0, &ts, &g, 0);
	fx(&f, FUTEX_CMP_REQUEUE_PI, 1, (void *)1, &g, 0);
	fx(&f, FUTEX_FD, 0, NULL, NULL, 0);
	fx(&f, 14, 0, NULL, NULL, 0);
	fx(&f, 14 | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME, 0, NULL, NULL,
	   0);
	fx(NULL, FUTEX_WAKE, 1, NULL, NULL, 0);
	fx((void *)1, FUTEX_WAIT, 1, (void *)1, NULL, 0);
	fx(&f, FUTEX_WAIT, 1, (void *)1, NULL, 0);
	fx(&f, FUTEX_WAKE, -1, NULL, NULL, 0);
	return 0;
}
