/* ebpf_driver: runs the eBPF -c backend without the CLI, for tests and
 * benchmarks until sift's main wires --backend=ebpf.
 *
 *   ebpf_driver [-f] [-w] [-S key] [-U cols] [-o file] CMD [ARG...]
 *   ebpf_driver [-f] [-w] [-S key] [-U cols] [-o file] -p PID[,PID...]
 *   ebpf_driver -a        (prints why eBPF is unusable; exit 1 then)
 *
 * Prints the strace -c table on stderr (or -o file) and exits with the
 * command's status, like strace. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend/ebpf/ebpf.h"
#include "summary/summary.h"

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	stop = 1;
}

static void on_attached(pid_t pid, void *arg)
{
	if (arg)
		fprintf(stderr, "ebpf_driver: Process %d attached\n", pid);
}

static int usage(void)
{
	fprintf(stderr, "usage: ebpf_driver [-f] [-w] [-S key] [-U cols] "
			"[-o file] {-p PID[,PID...] | CMD [ARG...]} | -a\n");
	return 2;
}

/* Resolve cmd through PATH here, as strace does, so the child makes one
 * execve, not one per PATH entry. */
static char *find_in_path(const char *cmd)
{
	const char *path = getenv("PATH");
	char *buf;

	if (strchr(cmd, '/') || !path)
		return strdup(cmd);
	buf = malloc(strlen(path) + strlen(cmd) + 2);
	if (!buf)
		return NULL;
	while (*path) {
		size_t n = strcspn(path, ":");

		if (n == 0)
			strcpy(buf, cmd);
		else
			sprintf(buf, "%.*s/%s", (int)n, path, cmd);
		if (access(buf, X_OK) == 0)
			return buf;
		path += n;
		if (*path == ':')
			path++;
	}
	strcpy(buf, cmd);
	return buf;
}

static int parse_pids(char *arg, pid_t **pids, int *n)
{
	for (char *tok = strtok(arg, ","); tok; tok = strtok(NULL, ",")) {
		pid_t *p = realloc(*pids, (size_t)(*n + 1) * sizeof(**pids));

		if (!p)
			return -1;
		*pids = p;
		(*pids)[(*n)++] = (pid_t)atoi(tok);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct ebpf_count_opts o = { .stop = &stop };
	struct ebpf_count_stats st = { 0 };
	struct summary_opts so;
	struct summary s;
	struct sigaction sa;
	pid_t *pids = NULL;
	int npids = 0;
	FILE *out = stderr;
	char msg[256];
	int c, r;

	summary_opts_init(&so);
	o.stats = &st;
	while ((c = getopt(argc, argv, "+afwS:U:o:p:")) != -1) {
		switch (c) {
		case 'a':
			if (ebpf_available(msg, sizeof(msg)) != 0) {
				printf("%s\n", msg);
				return 1;
			}
			printf("ok\n");
			return 0;
		case 'f':
			o.follow = true;
			break;
		case 'w':
			o.wallclock = true;
			break;
		case 'S':
			if (summary_parse_sort(optarg, &so, msg, sizeof(msg))) {
				fprintf(stderr, "ebpf_driver: %s\n", msg);
				return 1;
			}
			break;
		case 'U':
			if (summary_parse_columns(optarg, &so, msg,
						  sizeof(msg))) {
				fprintf(stderr, "ebpf_driver: %s\n", msg);
				return 1;
			}
			break;
		case 'o':
			out = fopen(optarg, "w");
			if (!out) {
				perror(optarg);
				return 1;
			}
			break;
		case 'p':
			if (parse_pids(optarg, &pids, &npids))
				return 1;
			break;
		default:
			return usage();
		}
	}
	if (!npids && optind >= argc)
		return usage();
	o.no_time = !summary_needs_time(&so);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	summary_init(&s);

	if (npids) {
		o.attached = on_attached;
		o.attached_arg = &o;
		r = ebpf_count_attach(&o, pids, npids, &s);
		if (r < 0) {
			fprintf(stderr, "ebpf_driver: attach: %s\n",
				strerror(-r));
			free(pids);
			return 1;
		}
		r = 0;
	} else {
		char *file = find_in_path(argv[optind]);
		int pfd[2];
		pid_t child;

		if (!file)
			return 1;
		if (pipe2(pfd, O_CLOEXEC) != 0) {
			perror("pipe");
			return 1;
		}
		child = fork();
		if (child < 0) {
			perror("fork");
			return 1;
		}
		if (child == 0) {
			char b;

			/* default dispositions for the command */
			signal(SIGINT, SIG_DFL);
			signal(SIGTERM, SIG_DFL);
			close(pfd[1]);
			if (read(pfd[0], &b, 1) != 1)
				_exit(127);
			execv(file, argv + optind);
			fprintf(stderr, "ebpf_driver: exec %s: %s\n",
				argv[optind], strerror(errno));
			_exit(127);
		}
		close(pfd[0]);
		free(file);
		r = ebpf_count_spawn(&o, child, pfd[1], &s);
		close(pfd[1]);
		if (r < 0 && r != -EINTR) {
			fprintf(stderr, "ebpf_driver: %s\n", strerror(-r));
			kill(child, SIGKILL);
			waitpid(child, NULL, 0);
			return 1;
		}
		if (r == -EINTR) {
			waitpid(child, &r, 0);
		}
	}
	if (st.lost_forks || st.dropped)
		fprintf(stderr,
			"ebpf_driver: %llu forks not followed, %llu calls "
			"with numbers too large\n",
			(unsigned long long)st.lost_forks,
			(unsigned long long)st.dropped);
	summary_print(out, &s, &so);
	fflush(out);
	summary_free(&s);
	free(pids);
	if (npids)
		return 0;
	if (WIFSIGNALED(r))
		return 128 + WTERMSIG(r);
	return WEXITSTATUS(r);
}
