/* ioctl_fs: file system requests (<linux/fs.h>, <linux/fiemap.h>):
 * FS_IOC_[GS]ETFLAGS, FS_IOC_FS[GS]ETXATTR, FITRIM, FS_IOC_FIEMAP,
 * FICLONE, FICLONERANGE, FIDEDUPERANGE, FS_IOC_[GS]ETFSLABEL, FIFREEZE,
 * with valid, NULL, unmapped and page-straddling structs on fd -1, and
 * the read-only ones on a temp file in the cwd. */
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *tail; /* the last bytes of a page followed by a hole */

static void *at_end(size_t n)
{
	return tail - n;
}

static void calls(int fd, unsigned long code, void *arg, size_t size)
{
	syscall(SYS_ioctl, fd, code, arg);
	syscall(SYS_ioctl, fd, code, NULL);
	syscall(SYS_ioctl, fd, code, tail);
	memcpy(at_end(size / 2), arg, size / 2);
	syscall(SYS_ioctl, fd, code, at_end(size / 2));
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int flags = FS_SECRM_FL | FS_NOCOW_FL | 0x1000000;
	int unknown = 0x4000000, zero = 0;
	struct fsxattr fsx = {
		.fsx_xflags = FS_XFLAG_IMMUTABLE | FS_XFLAG_DAX | 0x100000,
		.fsx_extsize = 4096,
		.fsx_nextents = 3,
		.fsx_projid = 42,
		.fsx_cowextsize = 0x20000,
	};
	struct fstrim_range tr = {0x1000, 1 << 20, 512};
	struct {
		struct fiemap fm;
		struct fiemap_extent ext[2];
	} fm = {
		.fm = {.fm_start = 0,
		       .fm_length = ~0ULL,
		       .fm_flags = FIEMAP_FLAG_SYNC | 0x10,
		       .fm_mapped_extents = 1,
		       .fm_extent_count = 2},
		.ext = {{.fe_logical = 0,
			 .fe_physical = 0x10000,
			 .fe_length = 4096,
			 .fe_flags = FIEMAP_EXTENT_LAST}},
	};
	struct file_clone_range cr = {0, 4096, 8192, 0x3000};
	struct {
		struct file_dedupe_range r;
		struct file_dedupe_range_info info[2];
	} dr = {
		.r = {.src_offset = 0, .src_length = 4096, .dest_count = 2},
		.info = {{.dest_fd = 0, .dest_offset = 4096},
			 {.dest_fd = 1,
			  .dest_offset = 8192,
			  .bytes_deduped = 7,
			  .status = -22}},
	};
	char label[FSLABEL_MAX] = "scratch";
	int fd;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;
	fd = open("ioctl_fs.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);

	calls(-1, FS_IOC_SETFLAGS, &flags, sizeof(flags));
	calls(-1, FS_IOC_GETFLAGS, &flags, sizeof(flags));
	syscall(SYS_ioctl, -1, FS_IOC32_SETFLAGS, &unknown);
	syscall(SYS_ioctl, -1, FS_IOC32_SETFLAGS, &zero);
	syscall(SYS_ioctl, -1, FS_IOC32_GETFLAGS, &flags);
	calls(-1, FS_IOC_FSSETXATTR, &fsx, sizeof(fsx));
	calls(-1, FS_IOC_FSGETXATTR, &fsx, sizeof(fsx));
	calls(-1, FITRIM, &tr, sizeof(tr));
	calls(-1, FS_IOC_FIEMAP, &fm, sizeof(fm));
	fm.fm.fm_extent_count = 0;
	syscall(SYS_ioctl, -1, FS_IOC_FIEMAP, &fm);
	syscall(SYS_ioctl, -1, FICLONE, 0);
	syscall(SYS_ioctl, -1, FICLONE, -1);
	calls(-1, FICLONERANGE, &cr, sizeof(cr));
	calls(-1, FIDEDUPERANGE, &dr, sizeof(dr));
	dr.r.dest_count = 0;
	syscall(SYS_ioctl, -1, FIDEDUPERANGE, &dr);
	calls(-1, FS_IOC_SETFSLABEL, label, sizeof(label));
	calls(-1, FS_IOC_GETFSLABEL, label, sizeof(label));
	syscall(SYS_ioctl, -1, FIFREEZE, 0);
	syscall(SYS_ioctl, -1, FITHAW, 0);
	if (fd >= 0) {
		syscall(SYS_ioctl, fd, FS_IOC_GETFLAGS, &flags);
		syscall(SYS_ioctl, fd, FS_IOC_FSGETXATTR, &fsx);
		syscall(SYS_ioctl, fd, FIGETBSZ, &flags);
		close(fd);
		unlink("ioctl_fs.tmp");
	}
	return 0;
}
