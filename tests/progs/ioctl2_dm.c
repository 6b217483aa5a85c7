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
					   DM_TARGET_MSG, DM_DEV_SET_GEOMETRY};
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

/* what the kernel gives back, shown when the call is injected to succeed */
static void outputs(void)
{
	struct dm_name_list *n, *n2;
	struct dm_target_versions *v, *v2;
	struct dm_target_deps *dp;
	struct dm_target_spec *t;

	hdr(2000, 312);
	n = (struct dm_name_list *)(buf + 312);
	n->dev = 0x801;
	strcpy(n->name, "a");
	n->next = 24;
	n2 = (struct dm_name_list *)((char *)n + 24);
	n2->dev = 0x802;
	strcpy(n2->name, "bb");
	io(DM_LIST_DEVICES, d);
	d->flags = DM_BUFFER_FULL_FLAG;
	io(DM_LIST_DEVICES, d);
	n2->next = 4000;
	io(DM_LIST_DEVICES, d);

	hdr(2000, 312);
	dp = (struct dm_target_deps *)(buf + 312);
	dp->count = 3;
	dp->dev[0] = 0x801;
	dp->dev[1] = 0x10002;
	io(DM_TABLE_DEPS, d);
	d->data_size = 312 + 16;
	io(DM_TABLE_DEPS, d);

	hdr(2000, 312);
	v = (struct dm_target_versions *)(buf + 312);
	v->version[0] = 1;
	v->version[1] = 2;
	v->version[2] = 3;
	strcpy(v->name, "linear");
	v->next = 32;
	v2 = (struct dm_target_versions *)((char *)v + 32);
	strcpy(v2->name, "x");
	io(DM_LIST_VERSIONS, d);

	hdr(2000, 312);
	d->target_count = 1;
	d->open_count = 4;
	d->event_nr = 9;
	t = (struct dm_target_spec *)(buf + 312);
	t->length = 10;
	t->status = -5;
	strcpy(t->target_type, "linear");
	strcpy((char *)(t + 1), "8:1 0");
	io(DM_TABLE_STATUS, d);
	io(DM_DEV_WAIT, d);
	d->target_count = 0;
	io(DM_TABLE_STATUS, d);
	io(DM_DEV_WAIT, d);

	hdr(2000, 312);
	d->flags = DM_DATA_OUT_FLAG;
	strcpy(buf + 312, "reply");
	io(DM_TARGET_MSG, d);
	hdr(312, 312);
	io(DM_LIST_DEVICES, d);
	io(DM_LIST_VERSIONS, d);
	io(DM_TABLE_DEPS, d);
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
	outputs();
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
