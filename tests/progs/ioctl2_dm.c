/* ioctl2_dm: device-mapper requests (<linux/dm-ioctl.h>) on fd -1: the
 * struct dm_ioctl header of every command with the fields it uses, bad
 * ABI versions and data sizes, and the payloads (DM_DEV_RENAME's name,
 * DM_DEV_SET_GEOMETRY's string, DM_TARGET_MSG, DM_TABLE_LOAD's target
 * specs) in place, misplaced, long and cut by the end of the mapping;
 * NULL, unmapped and partly readable headers. */
#include <linux/dm-ioctl.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[8192];
static struct dm_ioctl *d = (struct dm_ioctl *)buf;

static void hdr(uint32_t size, uint32_t start)
{
	memset(buf, 0, sizeof(buf));
	d->version[0] = 4;
	d->version[1] = 1;
	d->version[2] = 2;
	d->data_size = size;
	d->data_start = start;
	strcpy(d->name, "vg-lv");
}

static void io(unsigned long code, void *arg)
{
	syscall(SYS_ioctl, -1, code, arg);
}

static void commands(void)
{
	for (unsigned long nr = 0; nr <= DM_DEV_ARM_POLL_CMD + 1; nr++) {
		hdr(sizeof(*d), sizeof(*d));
		d->flags = DM_READONLY_FLAG | DM_PERSISTENT_DEV_FLAG;
		d->dev = 0x803;
		strcpy(d->uuid, "LVM-abc");
		d->event_nr = 3;
		d->target_count = 1;
		d->open_count = 2;
		io(_IOWR(DM_IOCTL, nr, struct dm_ioctl), d);
	}
	hdr(sizeof(*d), 0);
	d->flags = UINT32_MAX;
	io(DM_DEV_STATUS, d);
	d->flags = 0x80;
	d->name[0] = 0;
	io(DM_DEV_STATUS, d);
	memset(d->name, 'a', sizeof(d->name));
	memset(d->uuid, 'b', sizeof(d->uuid));
	io(DM_DEV_SUSPEND, d);
	d->version[0] = 3;
	io(DM_DEV_STATUS, d);
	d->version[0] = 5;
	io(DM_DEV_STATUS, d);
	hdr(100, 0);
	io(DM_DEV_STATUS, d);
	hdr(304, 0);
	io(DM_DEV_STATUS, d);
	hdr(305, 0);
	io(DM_DEV_STATUS, d);
}

static void payloads(void)
{
	static const unsigned long rq[] = {DM_DEV_RENAME, DM_TABLE_LOAD,
					   DM_TARGET_MSG,
					   DM_DEV_SET_GEOMETRY};
	struct dm_target_spec *t, *t2;
	struct dm_target_msg *m;

	for (int i = 0; i < 4; i++) {
		hdr(312, 312);
		io(rq[i], d);
		hdr(311, 312);
		io(rq[i], d);
		hdr(400, 312);
		strcpy(buf + 312, "newname");
		io(rq[i], d);
		hdr(400, 320);
		strcpy(buf + 320, "newname");
		io(rq[i], d);
		hdr(400, 500);
		io(rq[i], d);
		hdr(400, 300);
		io(rq[i], d);
		hdr(20, 0);
		io(rq[i], d);
		hdr(316, 312);
		memset(buf + 312, 'z', 100);
		io(rq[i], d);
	}
	hdr(2000, 312);
	memset(buf + 312, 'y', 1000);
	io(DM_DEV_RENAME, d);
	d->flags = DM_UUID_FLAG;
	strcpy(buf + 312, "new-uuid");
	io(DM_DEV_RENAME, d);
	strcpy(buf + 312, "16 2 63 0");
	io(DM_DEV_SET_GEOMETRY, d);

	hdr(2000, 312);
	d->target_count = 2;
	t = (struct dm_target_spec *)(buf + 312);
	t->length = 100;
	strcpy(t->target_type, "linear");
	strcpy((char *)(t + 1), "/dev/sda 0");
	t->next = sizeof(*t) + 16;
	t2 = (struct dm_target_spec *)((char *)t + t->next);
	t2->sector_start = 100;
	t2->length = 200;
	t2->status = 5;
	memset(t2->target_type, 's', sizeof(t2->target_type));
	strcpy((char *)(t2 + 1), "2 64 a 0 b 0");
	io(DM_TABLE_LOAD, d);
	d->target_count = 3;
	io(DM_TABLE_LOAD, d);
	t2->next = 4000;
	io(DM_TABLE_LOAD, d);
	d->data_size = 312 + 60;
	d->target_count = 2;
	io(DM_TABLE_LOAD, d);

	hdr(2000, 312);
	m = (struct dm_target_msg *)(buf + 312);
	m->sector = 5;
	strcpy(m->message, "hello");
	io(DM_TARGET_MSG, d);
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = p + page;

	munmap(end, page);
	commands();
	payloads();
	hdr(sizeof(*d), 0);
	io(DM_VERSION, NULL);
	io(DM_VERSION, end);
	memcpy(end - 311, d, 311);
	io(DM_DEV_STATUS, end - 311);
	memcpy(end - 304, d, 304);
	io(DM_DEV_STATUS, end - 304);
	/* a payload running into the unmapped page */
	hdr(2000, 312);
	memcpy(end - 312, d, 312);
	io(DM_DEV_RENAME, end - 312);
	hdr(330, 312);
	strcpy(buf + 312, "abc");
	memcpy(end - 320, d, 320);
	io(DM_DEV_RENAME, end - 320);
	return 0;
}
