/* writev and readv over a pipe, for the -e write= / -e read= dumps. */
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char a[8], b[32];
	int fds[2];
	struct iovec out[2] = { { "hello", 5 }, { " world, and \1\2\3 more\n", 21 } };
	struct iovec in[2] = { { a, sizeof(a) }, { b, sizeof(b) } };

	pipe(fds);
	writev(fds[1], out, 2);
	readv(fds[0], in, 2);
	write(1, "done\n", 5);
	return 0;
}
