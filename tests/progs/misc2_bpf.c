/* bpf(2) commands past the basic map and program ones: test runs, id
 * walks and lookups, object info, program queries, raw tracepoints, BTF
 * loads, task fd queries, batches, freezing, links.  Each call either
 * fails deterministically (bad descriptors, ids that do not exist) or
 * works on a map or program of the process's own; short, zero and
 * oversized attribute sizes, NULL and unreadable attributes. */
#include <linux/bpf.h>
#include <linux/btf.h>
#include <linux/perf_event.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NO_ID 0xfffffff0u

static char *guard;

static long sys_bpf(int cmd, void *attr, unsigned int size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

/* attr filled with 1, 2, 3 ... for size bytes */
static void *pattern(union bpf_attr *a, unsigned int size)
{
	memset(a, 0, sizeof(*a));
	for (unsigned int i = 0; i < size && i < sizeof(*a); i++)
		((unsigned char *)a)[i] = (unsigned char)(i + 1);
	return a;
}

/* every command with a patterned attribute of several sizes */
static void sizes(void)
{
	static const unsigned int sz[] = {4, 8, 12, 20, 36, 60, 68, 72};
	union bpf_attr a;

	for (int cmd = BPF_PROG_TEST_RUN; cmd <= BPF_PROG_BIND_MAP + 1; cmd++)
		for (unsigned int i = 0; i < sizeof(sz) / sizeof(sz[0]); i++)
			sys_bpf(cmd, pattern(&a, sz[i]), sz[i]);
	for (int cmd = BPF_PROG_TEST_RUN; cmd <= BPF_LINK_GET_NEXT_ID; cmd++) {
		sys_bpf(cmd, NULL, 16);
		sys_bpf(cmd, guard - 8, 16);
		sys_bpf(cmd, pattern(&a, 0), 0);
	}
}

static long map_create(void)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 4;
	strcpy(a.map_name, "sift_map");
	return sys_bpf(BPF_MAP_CREATE, &a, sizeof(a));
}

static long prog_load(void)
{
	struct bpf_insn insns[2] = {
		{.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0},
		{.code = BPF_JMP | BPF_EXIT},
	};
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t) "GPL";
	strcpy(a.prog_name, "sift_prog");
	return sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
}

static void test_run(long prog)
{
	unsigned char pkt[64], out[64], ctx[16];
	union bpf_attr a;

	memset(pkt, 0xab, sizeof(pkt));
	memset(&a, 0, sizeof(a));
	a.test.prog_fd = prog;
	a.test.data_in = (uintptr_t)pkt;
	a.test.data_size_in = sizeof(pkt);
	a.test.data_out = (uintptr_t)out;
	a.test.data_size_out = sizeof(out);
	a.test.repeat = 1;
	sys_bpf(BPF_PROG_TEST_RUN, &a, sizeof(a));
	/* what the run stored (its duration varies) is not input */
	a.test.retval = 0;
	a.test.duration = 0;
	a.test.prog_fd = -1;
	a.test.ctx_in = (uintptr_t)ctx;
	a.test.ctx_size_in = sizeof(ctx);
	a.test.flags = BPF_F_TEST_RUN_ON_CPU | 2 | 0x100;
	a.test.cpu = 1;
	a.test.batch_size = 5;
	sys_bpf(BPF_PROG_TEST_RUN, &a, sizeof(a));
	sys_bpf(BPF_PROG_TEST_RUN, &a, 40);
}

static void ids(void)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.start_id = NO_ID;
	sys_bpf(BPF_PROG_GET_NEXT_ID, &a, sizeof(a));
	sys_bpf(BPF_MAP_GET_NEXT_ID, &a, 8);
	sys_bpf(BPF_BTF_GET_NEXT_ID, &a, 12);
	sys_bpf(BPF_LINK_GET_NEXT_ID, &a, sizeof(a));
	a.open_flags = BPF_F_WRONLY | 0x40;
	sys_bpf(BPF_PROG_GET_FD_BY_ID, &a, sizeof(a));
	sys_bpf(BPF_MAP_GET_FD_BY_ID, &a, 12);
	sys_bpf(BPF_BTF_GET_FD_BY_ID, &a, sizeof(a));
	sys_bpf(BPF_LINK_GET_FD_BY_ID, &a, sizeof(a));
	a.open_flags = 0;
	sys_bpf(BPF_MAP_GET_FD_BY_ID, &a, 12);
}

/* a program's information at several lengths, with room for its
 * translated instructions and map ids; not for its JITed code, which
 * differs from load to load */
static void prog_info(long prog)
{
	static const unsigned int lens[] = {
		40, 44, 68, 84, 108, 132, 200, sizeof(struct bpf_prog_info)};
	struct bpf_prog_info pi;
	union bpf_attr a;
	uint32_t ids[4];
	unsigned char xl[64], tags[16];

	for (unsigned int i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		memset(&pi, 0, sizeof(pi));
		pi.xlated_prog_len = i & 1 ? sizeof(xl) : 8;
		pi.xlated_prog_insns = (uintptr_t)xl;
		pi.nr_map_ids = 4;
		pi.map_ids = (uintptr_t)ids;
		pi.nr_prog_tags = i & 1;
		pi.prog_tags = (uintptr_t)tags;
		pi.func_info_rec_size = 3;
		memset(&a, 0, sizeof(a));
		a.info.bpf_fd = prog;
		a.info.info_len = lens[i];
		a.info.info = (uintptr_t)&pi;
		sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	}
}

static void info(long map, long prog)
{
	unsigned char buf[256];
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	memset(buf, 0, sizeof(buf));
	a.info.bpf_fd = map;
	a.info.info_len = 88;
	a.info.info = (uintptr_t)buf;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	a.info.info_len = 4;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	a.info.bpf_fd = prog;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);
	prog_info(prog);
	a.info.info_len = 0;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);
	a.info.bpf_fd = -1;
	a.info.info_len = 88;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);
	a.info.bpf_fd = map;
	a.info.info = 0;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);
	a.info.info = (uintptr_t)(guard - 8);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);
}

/* a BTF blob with one int type, loaded, and its information (which
 * strace shows as an address even under -v) */
static void btf(void)
{
	struct {
		struct btf_header h;
		struct btf_type t;
		uint32_t intinfo;
		char str[5];
	} __attribute__((packed)) blob;
	unsigned char buf[64];
	union bpf_attr a;
	long fd;

	memset(&blob, 0, sizeof(blob));
	blob.h.magic = BTF_MAGIC;
	blob.h.version = BTF_VERSION;
	blob.h.hdr_len = sizeof(blob.h);
	blob.h.type_len = sizeof(blob.t) + 4;
	blob.h.str_off = blob.h.type_len;
	blob.h.str_len = sizeof(blob.str);
	blob.t.name_off = 1;
	blob.t.info = BTF_KIND_INT << 24;
	blob.t.size = 4;
	blob.intinfo = 32;
	strcpy(blob.str + 1, "int");
	memset(&a, 0, sizeof(a));
	a.btf = (uintptr_t)&blob;
	a.btf_size = sizeof(blob);
	fd = sys_bpf(BPF_BTF_LOAD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = fd;
	a.info.info_len = sizeof(buf);
	a.info.info = (uintptr_t)buf;
	memset(buf, 0, sizeof(buf));
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	close(fd);
}

static void query(void)
{
	static uint32_t prog_ids[64] = {7, 8, 9, 10};
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.query.target_fd = -1;
	a.query.attach_type = BPF_CGROUP_INET_EGRESS;
	a.query.query_flags = BPF_F_QUERY_EFFECTIVE;
	a.query.prog_ids = (uintptr_t)prog_ids;
	a.query.prog_cnt = 2;
	sys_bpf(BPF_PROG_QUERY, &a, sizeof(a));
	a.query.attach_type = 0x4444;
	a.query.query_flags = 6;
	a.query.attach_flags = BPF_F_ALLOW_MULTI;
	a.query.prog_cnt = 40;
	sys_bpf(BPF_PROG_QUERY, &a, 28);
	a.query.prog_ids = 0;
	sys_bpf(BPF_PROG_QUERY, &a, 28);
	a.query.prog_ids = (uintptr_t)(guard - 4);
	a.query.prog_cnt = 2;
	sys_bpf(BPF_PROG_QUERY, &a, 28);
}

static void misc(long map, long prog)
{
	char log[64];
	uint32_t keys[4], ob = 0;
	uint64_t vals[4];
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.raw_tracepoint.name = (uintptr_t) "sift_no_such_tracepoint";
	a.raw_tracepoint.prog_fd = -1;
	sys_bpf(BPF_RAW_TRACEPOINT_OPEN, &a, sizeof(a));
	a.raw_tracepoint.name = 0;
	sys_bpf(BPF_RAW_TRACEPOINT_OPEN, &a, 16);

	memset(&a, 0, sizeof(a));
	memset(log, 'x', sizeof(log));
	a.btf = (uintptr_t) "not a btf blob";
	a.btf_size = 14;
	a.btf_log_buf = (uintptr_t)log;
	a.btf_log_size = sizeof(log);
	a.btf_log_level = 1;
	sys_bpf(BPF_BTF_LOAD, &a, sizeof(a));
	a.btf_size = 3;
	a.btf_log_level = 0;
	sys_bpf(BPF_BTF_LOAD, &a, 28);

	memset(&a, 0, sizeof(a));
	a.task_fd_query.pid = 0;
	a.task_fd_query.fd = -1;
	a.task_fd_query.buf = (uintptr_t)log;
	a.task_fd_query.buf_len = sizeof(log);
	a.task_fd_query.fd_type = BPF_FD_TYPE_UPROBE;
	sys_bpf(BPF_TASK_FD_QUERY, &a, sizeof(a));

	memset(&a, 0, sizeof(a));
	a.map_fd = map;
	a.key = (uintptr_t)keys;
	a.value = (uintptr_t)vals;
	a.flags = BPF_F_LOCK;
	sys_bpf(BPF_MAP_LOOKUP_AND_DELETE_ELEM, &a, sizeof(a));
	a.flags = 0;
	sys_bpf(BPF_MAP_LOOKUP_AND_DELETE_ELEM, &a, 32);

	memset(&a, 0, sizeof(a));
	a.batch.map_fd = map;
	a.batch.keys = (uintptr_t)keys;
	a.batch.values = (uintptr_t)vals;
	a.batch.count = 4;
	a.batch.out_batch = (uintptr_t)&ob;
	sys_bpf(BPF_MAP_LOOKUP_BATCH, &a, sizeof(a));
	a.batch.elem_flags = BPF_F_LOCK;
	a.batch.flags = 3;
	sys_bpf(BPF_MAP_LOOKUP_AND_DELETE_BATCH, &a, sizeof(a));
	a.batch.elem_flags = 0;
	a.batch.flags = 0;
	a.batch.count = 2;
	memset(keys, 0, sizeof(keys));
	keys[1] = 1;
	sys_bpf(BPF_MAP_UPDATE_BATCH, &a, sizeof(a));
	sys_bpf(BPF_MAP_DELETE_BATCH, &a, sizeof(a));

	memset(&a, 0, sizeof(a));
	a.map_fd = map;
	sys_bpf(BPF_MAP_FREEZE, &a, sizeof(a));
	a.map_fd = -1;
	sys_bpf(BPF_MAP_FREEZE, &a, 4);
	(void)prog;
}

static void links(long prog)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = prog;
	a.link_create.target_fd = -1;
	a.link_create.attach_type = BPF_CGROUP_INET_INGRESS;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.target_btf_id = 77;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_TRACE_ITER;
	a.link_create.iter_info = 0x1000;
	a.link_create.iter_info_len = 8;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	memset(&a.link_create.target_btf_id, 0, 32);
	a.link_create.attach_type = BPF_PERF_EVENT;
	a.link_create.perf_event.bpf_cookie = 0xfeedULL;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	memset(&a.link_create.target_btf_id, 0, 32);
	a.link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
	a.link_create.kprobe_multi.flags = 1;
	a.link_create.kprobe_multi.cnt = 2;
	a.link_create.kprobe_multi.syms = 0x2000;
	a.link_create.kprobe_multi.addrs = 0;
	a.link_create.kprobe_multi.cookies = 0x3000;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	memset(&a.link_create.target_btf_id, 0, 32);
	a.link_create.attach_type = BPF_TRACE_FENTRY;
	a.link_create.flags = 5;
	a.link_create.target_btf_id = 9;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));

	memset(&a, 0, sizeof(a));
	a.link_update.link_fd = -1;
	a.link_update.new_prog_fd = prog;
	sys_bpf(BPF_LINK_UPDATE, &a, sizeof(a));
	a.link_update.flags = BPF_F_REPLACE;
	a.link_update.old_prog_fd = prog;
	sys_bpf(BPF_LINK_UPDATE, &a, sizeof(a));
	sys_bpf(BPF_LINK_UPDATE, &a, 12);

	memset(&a, 0, sizeof(a));
	a.link_detach.link_fd = -1;
	sys_bpf(BPF_LINK_DETACH, &a, sizeof(a));
	sys_bpf(BPF_ENABLE_STATS, &a, sizeof(a));
	sys_bpf(BPF_ITER_CREATE, &a, sizeof(a));
	sys_bpf(BPF_PROG_BIND_MAP, &a, sizeof(a));
}

/* a link of the process's own: a program on a software perf event of
 * its own that never fires; its information (an address to strace, even
 * under -v), an update the link type refuses, a detach */
static void perf_link(void)
{
	struct bpf_insn insns[2] = {
		{.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0},
		{.code = BPF_JMP | BPF_EXIT},
	};
	struct perf_event_attr pe;
	unsigned char info[64];
	union bpf_attr a;
	long ev, prog, link;

	memset(&pe, 0, sizeof(pe));
	pe.type = PERF_TYPE_SOFTWARE;
	pe.size = sizeof(pe);
	pe.config = PERF_COUNT_SW_DUMMY;
	pe.disabled = 1;
	ev = syscall(SYS_perf_event_open, &pe, 0, -1, -1, 0);
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_PERF_EVENT;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t) "GPL";
	prog = sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = prog;
	a.link_create.target_fd = ev;
	a.link_create.attach_type = BPF_PERF_EVENT;
	link = sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	memset(info, 0, sizeof(info));
	a.info.bpf_fd = link;
	a.info.info_len = sizeof(info);
	a.info.info = (uintptr_t)info;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_update.link_fd = link;
	a.link_update.new_prog_fd = prog;
	sys_bpf(BPF_LINK_UPDATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_detach.link_fd = link;
	sys_bpf(BPF_LINK_DETACH, &a, sizeof(a));
	close(link);
	close(prog);
	close(ev);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long map, prog;

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	memset(guard - 64, 0x11, 64);
	map = map_create();
	prog = prog_load();
	test_run(prog);
	ids();
	info(map, prog);
	query();
	btf();
	misc(map, prog);
	links(prog);
	perf_link();
	sizes();
	return 0;
}
