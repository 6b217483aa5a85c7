/* Patterned-buffer sweep of the multiplexed calls: every bpf command at
 * sizes 0..168 step 4, every io_uring_register opcode, fsconfig commands
 * and quotactl commands, each with pointers
 * to the same patterned buffer (bytes 1, 2, 3, ...) and on descriptors
 * or ids that make the call fail without changing anything.  Under
 * -e inject=...:retval=0 the decoders show the buffer as the kernel's
 * output. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned char pat[512] __attribute__((aligned(16)));
static char *guard;

static void *fill(void)
{
	for (unsigned int i = 0; i < sizeof(pat); i++)
		pat[i] = (unsigned char)(i + 1);
	return pat;
}

static void bpfs(void)
{
	for (int cmd = 0; cmd <= 37; cmd++)
		for (unsigned int sz = 0; sz <= 168; sz += 4)
			syscall(SYS_bpf, cmd, fill(), sz);
	for (int cmd = 0; cmd <= 37; cmd++)
		syscall(SYS_bpf, cmd, guard - 12, 24);
}

static void urings(void)
{
	for (int op = 0; op <= 30; op++)
		for (unsigned int nr = 0; nr <= 3; nr++)
			syscall(SYS_io_uring_register, -1, op, fill(), nr);
}

static void fsconfigs(void)
{
	for (int cmd = 0; cmd <= 9; cmd++) {
		syscall(SYS_fsconfig, -1, cmd, fill(), fill(), 0);
		syscall(SYS_fsconfig, -1, cmd, fill(), fill(), 16);
		syscall(SYS_fsconfig, -1, cmd, NULL, guard - 4, -100);
	}
}

static void quotactls(void)
{
	static const int cmds[] = {
		0x800001, 0x800002, 0x800003, 0x800004, 0x800005, 0x800006,
		0x800007, 0x800008, 0x800009, 0x580001, 0x580002, 0x580003,
		0x580004, 0x580005, 0x580006, 0x580007, 0x580008, 0x580009,
		0x800010, 0x12345,
	};

	for (unsigned int i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		for (int type = 0; type <= 3; type++)
			syscall(SYS_quotactl, (cmds[i] << 8) | type,
				"/nonexistent-sift", 1000, fill());
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	guard = page + 4096;
	mprotect(guard, 4096, PROT_NONE);
	memset(guard - 64, 0x22, 64);
	bpfs();
	urings();
	fsconfigs();
	quotactls();
	return 0;
}
