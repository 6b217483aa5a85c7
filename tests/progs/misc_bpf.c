/* bpf(2) with deterministic results: a small array map created, updated,
 * looked up, walked and deleted from; a missing pinned object; a two
 * instruction socket filter; attach and detach with bad descriptors; bad
 * pointers, zero and short sizes. */
#include <linux/bpf.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long sys_bpf(int cmd, void *attr, unsigned int size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

static void map_calls(void)
{
	union bpf_attr a;
	uint32_t key = 0, next = 0;
	uint64_t val = 42;
	long fd;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 4;
	strcpy(a.map_name, "sift_map");
	fd = sys_bpf(BPF_MAP_CREATE, &a, sizeof(a));
	sys_bpf(BPF_MAP_CREATE, &a, 20);
	sys_bpf(BPF_MAP_CREATE, &a, 0);
	sys_bpf(BPF_MAP_CREATE, NULL, 48);
	memset(&a, 0, sizeof(a));
	a.map_type = 0x7777;
	a.map_flags = BPF_F_NO_PREALLOC | BPF_F_RDONLY | 0x80000000u;
	a.numa_node = 3;
	a.btf_fd = -1;
	sys_bpf(BPF_MAP_CREATE, &a, 72);

	memset(&a, 0, sizeof(a));
	a.map_fd = (uint32_t)fd;
	a.key = (uintptr_t)&key;
	a.value = (uintptr_t)&val;
	a.flags = BPF_ANY;
	sys_bpf(BPF_MAP_UPDATE_ELEM, &a, sizeof(a));
	a.flags = BPF_NOEXIST;
	sys_bpf(BPF_MAP_UPDATE_ELEM, &a, 32);
	a.flags = 0x10;
	sys_bpf(BPF_MAP_UPDATE_ELEM, &a, 32);
	a.flags = 0;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, &a, sizeof(a));
	sys_bpf(BPF_MAP_LOOKUP_ELEM, &a, 16);
	a.value = 0x1234;
	sys_bpf(BPF_MAP_DELETE_ELEM, &a, sizeof(a));
	a.value = (uintptr_t)&val;
	a.next_key = (uintptr_t)&next;
	sys_bpf(BPF_MAP_GET_NEXT_KEY, &a, sizeof(a));
	a.key = 0;
	sys_bpf(BPF_MAP_GET_NEXT_KEY, &a, 24);
	sys_bpf(BPF_MAP_LOOKUP_ELEM, (void *)8, 32);
	a.map_fd = 12345;
	sys_bpf(BPF_MAP_DELETE_ELEM, &a, 16);
}

static void obj_calls(void)
{
	union bpf_attr a;
	char path[] = "/sys/fs/bpf/sift-missing";

	memset(&a, 0, sizeof(a));
	a.pathname = (uintptr_t)path;
	sys_bpf(BPF_OBJ_GET, &a, sizeof(a));
	a.file_flags = BPF_F_RDONLY;
	sys_bpf(BPF_OBJ_GET, &a, 16);
	a.bpf_fd = 12345;
	a.file_flags = 0;
	sys_bpf(BPF_OBJ_PIN, &a, sizeof(a));
	sys_bpf(BPF_OBJ_PIN, &a, 8);
}

static void prog_calls(void)
{
	struct bpf_insn insns[2];
	union bpf_attr a;
	char log[64];

	memset(insns, 0, sizeof(insns));
	insns[0].code = BPF_ALU64 | BPF_MOV | BPF_K;
	insns[1].code = BPF_JMP | BPF_EXIT;
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t)"GPL";
	strcpy(a.prog_name, "sift_prog");
	sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
	strcpy(log, "old log");
	a.log_level = 1;
	a.log_size = sizeof(log);
	a.log_buf = (uintptr_t)log;
	a.kern_version = (4u << 16) | (19u << 8) | 7;
	a.prog_flags = BPF_F_STRICT_ALIGNMENT;
	sys_bpf(BPF_PROG_LOAD, &a, 48);
	strcpy(log, "a log longer than the default string limit");
	a.prog_type = 0x7777;
	sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
}

/* Every flag bit, unknown enum values, names without a NUL, the
 * largest kernel version, a log shorter than its text. */
static void edge_calls(void)
{
	union bpf_attr a;
	char log[32] = "hello world";

	memset(&a, 0, sizeof(a));
	a.map_flags = 0xffffffffu;
	a.numa_node = 5;
	memcpy(a.map_name, "0123456789abcdef", 16);
	sys_bpf(BPF_MAP_CREATE, &a, 72);
	sys_bpf(BPF_MAP_CREATE, &a, 34);
	a.map_flags = 0x80000000u;
	sys_bpf(BPF_MAP_CREATE, &a, 72);
	memset(&a, 0, sizeof(a));
	a.map_fd = -1;
	a.flags = BPF_F_LOCK | 1;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, &a, 32);
	a.flags = 8;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, &a, 32);
	a.flags = BPF_F_LOCK;
	sys_bpf(BPF_MAP_UPDATE_ELEM, &a, 32);
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_KPROBE;
	a.license = 8;
	a.log_buf = (uintptr_t)log;
	a.log_size = 5;
	a.prog_flags = 0xffffffffu;
	a.expected_attach_type = BPF_SK_MSG_VERDICT;
	a.kern_version = 0xffffffffu;
	memcpy(a.prog_name, "0123456789abcdef", 16);
	sys_bpf(BPF_PROG_LOAD, &a, 128);
	a.log_size = 0;
	a.prog_flags = 0x40;
	a.expected_attach_type = 999;
	sys_bpf(BPF_PROG_LOAD, &a, 72);
	sys_bpf(BPF_PROG_LOAD, &a, 55);
	memset(&a, 0, sizeof(a));
	a.pathname = 8;
	a.bpf_fd = -1;
	a.file_flags = 0xffffffffu;
	sys_bpf(BPF_OBJ_GET, &a, 16);
	a.file_flags = 0x20;
	sys_bpf(BPF_OBJ_PIN, &a, 16);
}

/* Attaching and detaching with bad descriptors. */
static void attach_calls(void)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.target_fd = -1;
	a.attach_bpf_fd = 12345;
	a.attach_type = BPF_CGROUP_INET_EGRESS;
	a.attach_flags = BPF_F_ALLOW_MULTI | BPF_F_REPLACE;
	a.replace_bpf_fd = 12346;
	sys_bpf(BPF_PROG_ATTACH, &a, sizeof(a));
	sys_bpf(BPF_PROG_ATTACH, &a, 16);
	a.attach_flags = 0x80;
	a.attach_type = 999;
	sys_bpf(BPF_PROG_ATTACH, &a, 20);
	sys_bpf(BPF_PROG_DETACH, &a, sizeof(a));
	sys_bpf(BPF_PROG_DETACH, &a, 12);
}

int main(void)
{
	map_calls();
	obj_calls();
	prog_calls();
	edge_calls();
	attach_calls();
	sys_bpf(BPF_MAP_CREATE, (void *)8, 48);
	sys_bpf(999, NULL, 16);
	return 0;
}
