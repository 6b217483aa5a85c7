/* -k: a known call chain main -> stack_outer -> stack_inner -> syscalls,
 * so the stack printed at write and getppid names these functions in
 * this order. */
#include <unistd.h>

__attribute__((noinline)) static int stack_inner(int n)
{
	write(1, "stack\n", 6);
	return getppid() > 0 ? n : -n;
}

__attribute__((noinline)) int stack_outer(int n)
{
	return stack_inner(n + 1) + 1;
}

int main(void)
{
	return stack_outer(0) == 2 ? 0 : 1;
}
