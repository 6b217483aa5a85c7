/* ioctl_ubi: UBI requests on fd -1 (<mtd/ubi-user.h>): attach, make and
 * resize volume (with the number the kernel picks under inject), LEB
 * change and map, volume properties, and the numbers (UBI_IOCDET ...);
 * known and unknown types, NULL, unmapped and page-straddling structs. */
#include <mtd/ubi-user.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *tail;

static void calls(unsigned long code, void *arg, size_t size)
{
	syscall(SYS_ioctl, -1, code, arg);
	syscall(SYS_ioctl, -1, code, NULL);
	syscall(SYS_ioctl, -1, code, tail);
	memcpy(tail - size / 2, arg, size / 2);
	syscall(SYS_ioctl, -1, code, tail - size / 2);
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct ubi_attach_req a = {1, 2, 2048, 20};
	struct ubi_mkvol_req m = {
		.vol_id = 3,
		.alignment = 1,
		.bytes = 1 << 20,
		.vol_type = UBI_STATIC_VOLUME,
		.flags = 1,
		.name_len = 4,
		.name = "data",
	};
	struct ubi_rsvol_req r = {.bytes = 4096, .vol_id = 2};
	struct ubi_leb_change_req c = {.lnum = 5, .bytes = 100, .dtype = 3};
	struct ubi_map_req mp = {.lnum = 6, .dtype = 1};
	struct ubi_set_vol_prop_req sp = {.property = 1, .value = 1};
	int v = 7;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	calls(UBI_IOCATT, &a, sizeof(a));
	calls(UBI_IOCMKVOL, &m, sizeof(m));
	m.vol_type = 9;
	m.flags = 6;
	m.name_len = 100;
	syscall(SYS_ioctl, -1, UBI_IOCMKVOL, &m);
	m.name_len = 300;
	memset(m.name, 'v', sizeof(m.name));
	syscall(SYS_ioctl, -1, UBI_IOCMKVOL, &m);
	m.vol_type = UBI_DYNAMIC_VOLUME;
	m.flags = 0;
	syscall(SYS_ioctl, -1, UBI_IOCMKVOL, &m);
	calls(UBI_IOCRSVOL, &r, sizeof(r));
	calls(UBI_IOCEBCH, &c, sizeof(c));
	c.dtype = 0;
	syscall(SYS_ioctl, -1, UBI_IOCEBCH, &c);
	calls(UBI_IOCEBMAP, &mp, sizeof(mp));
	mp.dtype = 7;
	syscall(SYS_ioctl, -1, UBI_IOCEBMAP, &mp);
	calls(UBI_IOCSETVOLPROP, &sp, sizeof(sp));
	sp.property = 0;
	syscall(SYS_ioctl, -1, UBI_IOCSETVOLPROP, &sp);
	calls(UBI_IOCDET, &v, sizeof(v));
	calls(UBI_IOCRMVOL, &v, sizeof(v));
	calls(UBI_IOCEBISMAP, &v, sizeof(v));
	return 0;
}
