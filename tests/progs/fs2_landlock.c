/* fs2_landlock: landlock_create_ruleset (the version query, a ruleset
 * with every access right, sizes smaller and larger than the attribute,
 * NULL, unreadable and page-straddling attributes, unknown bits),
 * landlock_add_rule for path-beneath rules and unknown rule types,
 * landlock_restrict_self with bad descriptors and flags only. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/landlock.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *edge_page(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	return p;
}

static void ruleset_calls(char *edge)
{
	static uint64_t big[1024];
	uint64_t *tail = (void *)(edge + 4096 - 8);
	uint64_t attr[1] = {LANDLOCK_ACCESS_FS_EXECUTE |
			    LANDLOCK_ACCESS_FS_WRITE_FILE |
			    LANDLOCK_ACCESS_FS_READ_FILE};

	syscall(SYS_landlock_create_ruleset, NULL, 0,
		LANDLOCK_CREATE_RULESET_VERSION);
	syscall(SYS_landlock_create_ruleset, NULL, 0, 0x2);
	syscall(SYS_landlock_create_ruleset, NULL, 0, 0);
	syscall(SYS_landlock_create_ruleset, attr, 8, 0);
	attr[0] = 0x7fff;
	syscall(SYS_landlock_create_ruleset, attr, 8, 0);
	attr[0] = 0xffffffffffff0000ULL;
	syscall(SYS_landlock_create_ruleset, attr, 8, 0);
	attr[0] = 0;
	syscall(SYS_landlock_create_ruleset, attr, 8, 0);
	syscall(SYS_landlock_create_ruleset, attr, 4, 0);
	syscall(SYS_landlock_create_ruleset, attr, 8,
		LANDLOCK_CREATE_RULESET_VERSION);
	syscall(SYS_landlock_create_ruleset, (void *)1, 8, 0);
	big[0] = LANDLOCK_ACCESS_FS_MAKE_SYM;
	syscall(SYS_landlock_create_ruleset, big, 16, 0);
	big[1] = LANDLOCK_ACCESS_FS_MAKE_SYM;
	syscall(SYS_landlock_create_ruleset, big, 16, 0);
	big[2] = 0x5;
	syscall(SYS_landlock_create_ruleset, big, 24, 0);
	big[5] = 0x5;
	syscall(SYS_landlock_create_ruleset, big, 48, 0);
	syscall(SYS_landlock_create_ruleset, big, 5000, 0);
	*tail = LANDLOCK_ACCESS_FS_REMOVE_DIR;
	syscall(SYS_landlock_create_ruleset, tail, 8, 0);
	syscall(SYS_landlock_create_ruleset, tail, 16, 0);
	syscall(SYS_landlock_create_ruleset, edge + 4096 - 4, 8, 0);
}

static void rule_calls(char *edge)
{
	struct landlock_path_beneath_attr pb = {
		.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE |
				  LANDLOCK_ACCESS_FS_READ_DIR,
		.parent_fd = AT_FDCWD,
	};
	struct landlock_path_beneath_attr *tail =
		(void *)(edge + 4096 - sizeof(pb));
	long rs;
	uint64_t attr = LANDLOCK_ACCESS_FS_READ_FILE;

	rs = syscall(SYS_landlock_create_ruleset, &attr, 8, 0);
	syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	pb.parent_fd = open(".", O_PATH | O_DIRECTORY);
	syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	pb.allowed_access = 0xffff0000;
	pb.parent_fd = -1;
	syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &pb, 1);
	syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, NULL, 0);
	syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH,
		(void *)1, 0);
	syscall(SYS_landlock_add_rule, -1, 2, &pb, 0);
	syscall(SYS_landlock_add_rule, -1, 3, &pb, 0);
	syscall(SYS_landlock_add_rule, -1, 0, &pb, 0);
	syscall(SYS_landlock_add_rule, -1, 0x12345, &pb, 0x80);
	memcpy(tail, &pb, sizeof(pb));
	syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, tail, 0);
	syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH,
		edge + 4096 - 8, 0);
	syscall(SYS_landlock_restrict_self, -1, 0);
	syscall(SYS_landlock_restrict_self, rs, 0x1);
	syscall(SYS_landlock_restrict_self, pb.parent_fd, 0);
	close(rs);
}

int main(void)
{
	char *edge = edge_page();

	ruleset_calls(edge);
	rule_calls(edge);
	return 0;
}
