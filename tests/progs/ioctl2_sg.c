/* ioctl2_sg: SG_IO on fd -1 with a struct sg_io_hdr (v3) in every data
 * direction, with an iovec array, unknown flags and directions, and a
 * struct sg_io_v4 with known and unknown protocols; another interface
 * id, NULL, unmapped and partly readable headers. */
#include <linux/bsg.h>
#include <scsi/sg.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static char *page_end;

static void calls(const void *arg, size_t size)
{
	char *at = page_end - size;

	memcpy(at, arg, size);
	syscall(SYS_ioctl, -1, SG_IO, at);
	memmove(at + 1, at, size - 1);
	syscall(SYS_ioctl, -1, SG_IO, at + 1);
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static unsigned char cdb[6] = {0x12, 0, 0, 0, 36, 0};
	static unsigned char data[64], sense[32];
	static struct iovec iov[2] = {{data, 4}, {data + 8, 2}};
	sg_io_hdr_t h;
	struct sg_io_v4 v;
	int id = 'Z';

	munmap(m + 2 * page, page);
	page_end = m + 2 * page;
	memset(data, 'A', sizeof(data));
	memset(sense, 0x70, sizeof(sense));
	memset(&h, 0, sizeof(h));
	h.interface_id = 'S';
	h.cmd_len = sizeof(cdb);
	h.cmdp = cdb;
	h.mx_sb_len = sizeof(sense);
	h.dxfer_len = 36;
	h.dxferp = data;
	h.sbp = sense;
	h.timeout = 1000;
	h.flags = SG_FLAG_DIRECT_IO;
	h.pack_id = 7;
	for (int d = -5; d <= 0; d++) {
		h.dxfer_direction = d;
		calls(&h, sizeof(h));
	}
	h.dxfer_direction = SG_DXFER_FROM_DEV;
	h.flags = 0xffff;
	h.dxfer_len = 4;
	h.status = 0x12;
	h.masked_status = 0x9;
	h.msg_status = 1;
	h.sb_len_wr = 3;
	h.host_status = 7;
	h.driver_status = 8;
	h.resid = -1;
	h.duration = 17;
	h.info = 0xff;
	calls(&h, sizeof(h));
	h.info = SG_INFO_CHECK;
	h.flags = 0;
	h.dxfer_direction = SG_DXFER_TO_DEV;
	h.iovec_count = 2;
	h.dxfer_len = 6;
	h.dxferp = iov;
	calls(&h, sizeof(h));

	memset(&v, 0, sizeof(v));
	v.guard = 'Q';
	v.request_len = sizeof(cdb);
	v.request = (uintptr_t)cdb;
	v.max_response_len = sizeof(sense);
	v.response = (uintptr_t)sense;
	v.dout_xfer_len = 4;
	v.dout_xferp = (uintptr_t)data;
	v.din_xfer_len = 8;
	v.din_xferp = (uintptr_t)data;
	v.timeout = 5;
	v.usr_ptr = 9;
	for (unsigned p = 0; p < 4; p++) {
		v.subprotocol = p;
		calls(&v, sizeof(v));
	}
	v.protocol = 1;
	v.flags = 0xff;
	v.response_len = 4;
	v.info = 7;
	v.driver_status = 1;
	v.din_resid = -1;
	v.dout_xferp = 0;
	calls(&v, sizeof(v));

	calls(&id, sizeof(id));
	syscall(SYS_ioctl, -1, SG_IO, NULL);
	syscall(SYS_ioctl, -1, SG_IO, page_end);
	return 0;
}
