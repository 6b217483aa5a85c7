/* bpf(2) sweep: what misc_bpf and misc2_bpf leave out.  Attributes longer
 * than the kernel's with zero and non-zero tail bytes, attributes running
 * into a PROT_NONE page, the commands with small structs (stats, bind,
 * iterators, task fd queries, id lookups) with unknown flags and enum
 * values, and a map's and a program's information read in full. */
#include <linux/bpf.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *guard;
static unsigned char big[4096];

static long sys_bpf(int cmd, void *attr, unsigned int size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

/* a copy of attr's first size bytes ending where the mapping ends */
static void *at_end(const void *attr, unsigned int size)
{
	memcpy(guard - size, attr, size);
	return guard - size;
}

static void tails(void)
{
	unsigned char buf[sizeof(union bpf_attr) + 32];
	union bpf_attr *a = (union bpf_attr *)buf;

	memset(buf, 0, sizeof(buf));
	a->map_type = BPF_MAP_TYPE_HASH;
	a->key_size = 4;
	a->value_size = 4;
	a->max_entries = 1;
	sys_bpf(BPF_MAP_CREATE, a, sizeof(buf));
	buf[sizeof(buf) - 3] = 0x5a;
	sys_bpf(BPF_MAP_CREATE, a, sizeof(buf));
	memset(buf, 0, sizeof(buf));
	a->map_fd = -1;
	buf[40] = 1;
	buf[47] = 0xff;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, a, 48);
	sys_bpf(BPF_MAP_FREEZE, a, 48);
	sys_bpf(BPF_LINK_DETACH, a, 48);
	sys_bpf(BPF_ENABLE_STATS, a, 48);
	sys_bpf(BPF_PROG_BIND_MAP, a, 48);
	sys_bpf(BPF_ITER_CREATE, a, 48);
	sys_bpf(BPF_OBJ_GET, a, 48);
	sys_bpf(BPF_PROG_GET_NEXT_ID, a, 48);
	sys_bpf(BPF_MAP_GET_FD_BY_ID, a, 48);
	memset(buf, 0, sizeof(buf));
	buf[4] = 1;
	sys_bpf(BPF_MAP_FREEZE, a, 8);
	big[4] = 1;
	big[4000] = 2;
	sys_bpf(BPF_MAP_FREEZE, big, sizeof(big));
}

static void straddle(void)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 2;
	sys_bpf(BPF_MAP_CREATE, at_end(&a, 16), 72);
	sys_bpf(BPF_MAP_CREATE, at_end(&a, 1), 72);
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_XDP;
	a.insn_cnt = 2;
	sys_bpf(BPF_PROG_LOAD, at_end(&a, 24), 120);
	memset(&a, 0, sizeof(a));
	a.map_fd = -1;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, at_end(&a, 8), 32);
	a.info.bpf_fd = -1;
	a.info.info_len = 8;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, at_end(&a, 8), 16);
	a.link_create.prog_fd = -1;
	sys_bpf(BPF_LINK_CREATE, at_end(&a, 12), 64);
	sys_bpf(BPF_ENABLE_STATS, guard, 4);
	sys_bpf(BPF_ENABLE_STATS, (void *)1, 4);
}

static void small(void)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.enable_stats.type = BPF_STATS_RUN_TIME;
	sys_bpf(BPF_ENABLE_STATS, &a, sizeof(a));
	a.enable_stats.type = 77;
	sys_bpf(BPF_ENABLE_STATS, &a, 4);
	memset(&a, 0, sizeof(a));
	a.prog_bind_map.prog_fd = -1;
	a.prog_bind_map.map_fd = -2;
	a.prog_bind_map.flags = 0x13;
	sys_bpf(BPF_PROG_BIND_MAP, &a, sizeof(a));
	sys_bpf(BPF_PROG_BIND_MAP, &a, 8);
	memset(&a, 0, sizeof(a));
	a.iter_create.link_fd = -1;
	a.iter_create.flags = 0x8;
	sys_bpf(BPF_ITER_CREATE, &a, sizeof(a));
	sys_bpf(BPF_ITER_CREATE, &a, 4);
	memset(&a, 0, sizeof(a));
	a.task_fd_query.pid = 1;
	a.task_fd_query.fd = 0;
	a.task_fd_query.flags = 0x1;
	a.task_fd_query.buf = 0;
	a.task_fd_query.buf_len = 0;
	a.task_fd_query.prog_id = 3;
	a.task_fd_query.fd_type = 99;
	a.task_fd_query.probe_offset = 0x10;
	a.task_fd_query.probe_addr = 0xffffffff81000000ULL;
	sys_bpf(BPF_TASK_FD_QUERY, &a, sizeof(a));
	sys_bpf(BPF_TASK_FD_QUERY, &a, 20);
	memset(&a, 0, sizeof(a));
	a.prog_id = 0xfffffff0u;
	a.open_flags = 0xffffffffu;
	sys_bpf(BPF_PROG_GET_FD_BY_ID, &a, sizeof(a));
	sys_bpf(BPF_LINK_GET_FD_BY_ID, &a, 8);
	sys_bpf(BPF_BTF_GET_FD_BY_ID, &a, 4);
	a.open_flags = BPF_F_RDONLY;
	sys_bpf(BPF_MAP_GET_FD_BY_ID, &a, 8);
	a.next_id = 9;
	sys_bpf(BPF_MAP_GET_NEXT_ID, &a, 8);
	sys_bpf(BPF_LINK_GET_NEXT_ID, &a, 4);
	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = -1;
	a.link_create.target_fd = -1;
	a.link_create.attach_type = 0x7777;
	a.link_create.flags = 0xffffffffu;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_XDP;
	sys_bpf(BPF_LINK_CREATE, &a, 16);
	memset(&a, 0, sizeof(a));
	a.link_update.link_fd = -1;
	a.link_update.new_prog_fd = -1;
	a.link_update.flags = 0xff;
	a.link_update.old_prog_fd = -1;
	sys_bpf(BPF_LINK_UPDATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.query.target_fd = 0;
	a.query.attach_type = BPF_CGROUP_SYSCTL;
	a.query.query_flags = 0xffffffffu;
	a.query.attach_flags = 0xffffffffu;
	sys_bpf(BPF_PROG_QUERY, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.attach_type = 0xff;
	a.target_fd = 0;
	sys_bpf(BPF_PROG_DETACH, &a, sizeof(a));
}

/* a program's information with room past what strace knows, zero and
 * not: the kernel refuses the second */
static void prog_tail(void)
{
	struct bpf_insn insns[2] = {
		{.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0},
		{.code = BPF_JMP | BPF_EXIT},
	};
	static unsigned char pi[sizeof(struct bpf_prog_info) + 64];
	union bpf_attr a;
	long prog;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t) "GPL";
	prog = sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = prog;
	a.info.info_len = sizeof(pi);
	a.info.info = (uintptr_t)pi;
	pi[sizeof(pi) - 1] = 3;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	pi[sizeof(pi) - 1] = 0;
	a.info.info_len = 228;
	pi[225] = 9;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	close(prog);
}

static void infos(void)
{
	union bpf_attr a;
	struct bpf_map_info mi;
	unsigned char mibig[sizeof(struct bpf_map_info) + 16];
	struct bpf_prog_info pi;
	struct bpf_btf_info bi;
	struct bpf_link_info li;
	long map;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_HASH;
	a.key_size = 4;
	a.value_size = 4;
	a.max_entries = 3;
	a.map_flags = BPF_F_NO_PREALLOC;
	strcpy(a.map_name, "sweep");
	map = sys_bpf(BPF_MAP_CREATE, &a, sizeof(a));
	memset(&mi, 0, sizeof(mi));
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = map;
	a.info.info_len = sizeof(mi);
	a.info.info = (uintptr_t)&mi;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(mibig, 0, sizeof(mibig));
	a.info.info = (uintptr_t)mibig;
	a.info.info_len = sizeof(mibig);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	mibig[sizeof(mi) + 2] = 7;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	/* a tail running into the PROT_NONE page */
	a.info.info = (uintptr_t)at_end(mibig, 92);
	a.info.info_len = sizeof(mibig);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	a.info.info = (uintptr_t)at_end(&mi, 20);
	a.info.info_len = sizeof(mi);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	prog_tail();
	/* information of a descriptor that is no bpf object: as with -1 */
	memset(&pi, 0, sizeof(pi));
	a.info.bpf_fd = 0;
	a.info.info = (uintptr_t)&pi;
	a.info.info_len = sizeof(pi);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(&bi, 0, sizeof(bi));
	a.info.info = (uintptr_t)&bi;
	a.info.info_len = sizeof(bi);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(&li, 0, sizeof(li));
	a.info.info = (uintptr_t)&li;
	a.info.info_len = sizeof(li);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	close(map);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	tails();
	straddle();
	small();
	infos();
	return 0;
}
