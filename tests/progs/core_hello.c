/* Opens, reads, writes and closes: the calls every program makes. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	const char msg[] = "hello, world\n";
	int fd = open("hello.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);

	write(fd, msg, sizeof(msg) - 1);
	close(fd);
	fd = openat(AT_FDCWD, "hello.txt", O_RDONLY | O_CLOEXEC);
	ssize_t n = read(fd, buf, sizeof(buf));
	write(1, buf, (size_t)n);
	close(fd);
	open("/nonexistent/file", O_RDONLY);
	close(-1);
	unlink("hello.txt");
	return 3;
}
