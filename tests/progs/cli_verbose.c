/* Calls whose structures -e verbose= shows or leaves as addresses:
 * stat, sigaction, poll, nanosleep, uname, prlimit, writev, sendmsg,
 * sigprocmask, ioctl, wait4. */
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct stat st;
	struct sigaction sa;
	struct pollfd pfd = { .fd = 0, .events = POLLIN };
	struct timespec ts = { 0, 1 };
	struct utsname u;
	struct rlimit rl;
	struct iovec iov = { "ab", 2 };
	struct msghdr m;
	struct termios tio;
	sigset_t set;
	int status;

	stat("/", &st);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigaction(SIGUSR1, &sa, NULL);
	poll(&pfd, 1, 0);
	nanosleep(&ts, NULL);
	uname(&u);
	getrlimit(RLIMIT_NOFILE, &rl);
	writev(-1, &iov, 1);
	memset(&m, 0, sizeof(m));
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	sendmsg(-1, &m, 0);
	sigemptyset(&set);
	sigprocmask(SIG_BLOCK, &set, NULL);
	ioctl(0, TCGETS, &tio);
	wait4(-1, &status, WNOHANG, NULL);
	return 0;
}
