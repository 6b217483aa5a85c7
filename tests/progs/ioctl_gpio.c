/* ioctl_gpio: GPIO requests of the first ABI on fd -1 (<linux/gpio.h>):
 * chip info, line info (and its watch), line values, handle config,
 * unwatch; NULL, unmapped and page-straddling structs. */
#include <linux/gpio.h>
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
	struct gpiochip_info ci = {"gpiochip0", "pinctrl-bcm2711", 58};
	struct gpioline_info li = {
		.line_offset = 4,
		.flags = GPIOLINE_FLAG_IS_OUT | 0x100,
		.name = "GPIO4",
		.consumer = "led",
	};
	struct gpiohandle_data hd = {{1, 0, 1, 1}};
	struct gpiohandle_config hc = {
		.flags = GPIOHANDLE_REQUEST_OUTPUT |
			 GPIOHANDLE_REQUEST_ACTIVE_LOW,
		.default_values = {1, 1},
	};
	unsigned int off = 17;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	calls(GPIO_GET_CHIPINFO_IOCTL, &ci, sizeof(ci));
	calls(GPIO_GET_LINEINFO_IOCTL, &li, sizeof(li));
	calls(GPIO_GET_LINEINFO_WATCH_IOCTL, &li, sizeof(li));
	li.flags = 0;
	memset(li.name, 'n', sizeof(li.name));
	syscall(SYS_ioctl, -1, GPIO_GET_LINEINFO_IOCTL, &li);
	calls(GPIOHANDLE_GET_LINE_VALUES_IOCTL, &hd, sizeof(hd));
	calls(GPIOHANDLE_SET_LINE_VALUES_IOCTL, &hd, sizeof(hd));
	calls(GPIOHANDLE_SET_CONFIG_IOCTL, &hc, sizeof(hc));
	hc.flags = 0x100;
	syscall(SYS_ioctl, -1, GPIOHANDLE_SET_CONFIG_IOCTL, &hc);
	hc.flags = 0;
	syscall(SYS_ioctl, -1, GPIOHANDLE_SET_CONFIG_IOCTL, &hc);
	calls(GPIO_GET_LINEINFO_UNWATCH_IOCTL, &off, sizeof(off));
	return 0;
}
