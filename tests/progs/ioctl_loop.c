/* ioctl_loop: loop device requests (<linux/loop.h>): LOOP_[GS]ET_STATUS,
 * LOOP_[GS]ET_STATUS64, LOOP_CONFIGURE with zero, typical and odd fields
 * (unknown encryption type, flags, a key, unterminated names), the fd and
 * number arguments (LOOP_SET_FD, LOOP_CTL_ADD ...), and NULL, unmapped
 * and page-straddling structs, all on fd -1. */
#include <linux/loop.h>
#include <stdint.h>
#include <string.h>
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
	struct loop_info li = {0};
	struct loop_info64 li64 = {0};
	struct loop_config lc = {0};

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	syscall(SYS_ioctl, -1, LOOP_SET_STATUS, &li);
	syscall(SYS_ioctl, -1, LOOP_GET_STATUS, &li);
	syscall(SYS_ioctl, -1, LOOP_SET_STATUS64, &li64);
	syscall(SYS_ioctl, -1, LOOP_GET_STATUS64, &li64);
	syscall(SYS_ioctl, -1, LOOP_CONFIGURE, &lc);

	li.lo_number = 3;
	li.lo_device = 0x0701;
	li.lo_inode = 12345;
	li.lo_rdevice = 0x0803;
	li.lo_offset = 4096;
	li.lo_encrypt_type = LO_CRYPT_XOR;
	li.lo_encrypt_key_size = 4;
	li.lo_flags = LO_FLAGS_READ_ONLY | LO_FLAGS_AUTOCLEAR | 0x100;
	strcpy(li.lo_name, "/tmp/disk.img");
	memcpy(li.lo_encrypt_key, "k\001y\377", 4);
	li.lo_init[0] = 1;
	li.lo_init[1] = 2;
	calls(LOOP_SET_STATUS, &li, sizeof(li));
	calls(LOOP_GET_STATUS, &li, sizeof(li));

	li64.lo_device = 0x0701;
	li64.lo_inode = 777;
	li64.lo_rdevice = 0x10300;
	li64.lo_offset = 1 << 20;
	li64.lo_sizelimit = 1 << 30;
	li64.lo_number = 7;
	li64.lo_encrypt_type = 99;
	li64.lo_encrypt_key_size = 32;
	li64.lo_flags = LO_FLAGS_PARTSCAN | LO_FLAGS_DIRECT_IO;
	memset(li64.lo_file_name, 'f', sizeof(li64.lo_file_name));
	strcpy((char *)li64.lo_crypt_name, "twofish");
	memset(li64.lo_encrypt_key, 'K', sizeof(li64.lo_encrypt_key));
	calls(LOOP_SET_STATUS64, &li64, sizeof(li64));
	calls(LOOP_GET_STATUS64, &li64, sizeof(li64));

	lc.fd = 5;
	lc.block_size = 4096;
	lc.info = li64;
	calls(LOOP_CONFIGURE, &lc, sizeof(lc));
	lc.__reserved[3] = 9;
	syscall(SYS_ioctl, -1, LOOP_CONFIGURE, &lc);

	/* every flag bit and encryption type; fields strace shows only for
	 * an encrypted device or under -v */
	memset(&li, 0, sizeof(li));
	for (int i = 0; i < 12; i++) {
		li.lo_flags = 1 << i;
		syscall(SYS_ioctl, -1, LOOP_SET_STATUS, &li);
	}
	li.lo_flags = 0;
	for (int i = 0; i < 20; i++) {
		li.lo_encrypt_type = i;
		syscall(SYS_ioctl, -1, LOOP_SET_STATUS, &li);
	}
	li.lo_encrypt_type = 0;
	li.reserved[1] = 5;
	li.reserved[2] = -1;
	li.lo_encrypt_key_size = 40;
	memset(li.lo_encrypt_key, 'a', sizeof(li.lo_encrypt_key));
	li.lo_offset = -5;
	li.lo_device = 0x123456789abcULL;
	syscall(SYS_ioctl, -1, LOOP_SET_STATUS, &li);
	memset(&li64, 0, sizeof(li64));
	strcpy((char *)li64.lo_crypt_name, "x");
	syscall(SYS_ioctl, -1, LOOP_SET_STATUS64, &li64);
	li64.lo_encrypt_key_size = 3;
	memcpy(li64.lo_encrypt_key, "abc", 3);
	syscall(SYS_ioctl, -1, LOOP_SET_STATUS64, &li64);
	li64.lo_encrypt_type = LO_CRYPT_XOR;
	syscall(SYS_ioctl, -1, LOOP_SET_STATUS64, &li64);
	lc.fd = 0;
	syscall(SYS_ioctl, -1, LOOP_CONFIGURE, &lc);

	syscall(SYS_ioctl, -1, LOOP_SET_FD, 0);
	syscall(SYS_ioctl, -1, LOOP_CHANGE_FD, 1);
	syscall(SYS_ioctl, -1, LOOP_CLR_FD, 0);
	syscall(SYS_ioctl, -1, LOOP_SET_CAPACITY, 0);
	syscall(SYS_ioctl, -1, LOOP_SET_DIRECT_IO, 1);
	syscall(SYS_ioctl, -1, LOOP_SET_BLOCK_SIZE, 4096);
	syscall(SYS_ioctl, -1, LOOP_CTL_ADD, 3);
	syscall(SYS_ioctl, -1, LOOP_CTL_REMOVE, 3);
	syscall(SYS_ioctl, -1, LOOP_CTL_GET_FREE, 0);
	return 0;
}
