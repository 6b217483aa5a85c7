/* i386_fixture.h: the file the i386 stat tests look at, made once with
 * fixed contents and times and never read, so repeated runs see the same
 * inode and times. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIX "/tmp/sift-i386-fixture"

static void fixture_file(void)
{
	struct timespec ts[2] = { { 1700000000, 123456789 },
				  { 1600000000, 0 } };
	char data[77];
	int fd = open(FIX, O_WRONLY | O_CREAT | O_EXCL, 0640);

	if (fd < 0)
		return;
	memset(data, 'x', sizeof(data));
	if (write(fd, data, sizeof(data)) != sizeof(data))
		exit(1);
	fchmod(fd, 0640);
	close(fd);
	utimensat(AT_FDCWD, FIX, ts, 0);
}
