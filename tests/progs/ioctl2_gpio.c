/* ioctl2_gpio: GPIO v2 requests (<linux/gpio.h>) on fd -1: line info
 * (and watch) with each attribute kind, line requests and config, line
 * values; unknown flags, NULL, unmapped and partly readable arguments. */
#include <linux/gpio.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ioctl2_calls.h"

int main(void)
{
	struct gpio_v2_line_info li;
	struct gpio_v2_line_request r;
	struct gpio_v2_line_values v = {.bits = 1, .mask = 3};

	calls_setup();
	memset(&li, 0, sizeof(li));
	li.offset = 3;
	strcpy(li.name, "led");
	strcpy(li.consumer, "me");
	li.flags = GPIO_V2_LINE_FLAG_OUTPUT | GPIO_V2_LINE_FLAG_ACTIVE_LOW;
	li.num_attrs = 3;
	li.attrs[0].id = GPIO_V2_LINE_ATTR_ID_DEBOUNCE;
	li.attrs[0].debounce_period_us = 5;
	li.attrs[1].id = GPIO_V2_LINE_ATTR_ID_FLAGS;
	li.attrs[1].flags = GPIO_V2_LINE_FLAG_BIAS_PULL_UP | (1ULL << 40);
	li.attrs[2].id = GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES;
	li.attrs[2].values = 0x5;
	CALLS(GPIO_V2_GET_LINEINFO_IOCTL, li);
	li.flags = 0;
	li.num_attrs = 0;
	CALLS(GPIO_V2_GET_LINEINFO_WATCH_IOCTL, li);

	memset(&r, 0, sizeof(r));
	r.offsets[0] = 1;
	r.offsets[1] = 2;
	r.num_lines = 2;
	strcpy(r.consumer, "c");
	r.config.flags =
		GPIO_V2_LINE_FLAG_INPUT | GPIO_V2_LINE_FLAG_EDGE_RISING;
	r.config.num_attrs = 2;
	r.config.attrs[0].mask = 1;
	r.config.attrs[0].attr.id = GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES;
	r.config.attrs[0].attr.values = 1;
	r.config.attrs[1].mask = 2;
	r.config.attrs[1].attr.id = GPIO_V2_LINE_ATTR_ID_FLAGS;
	r.config.attrs[1].attr.flags = 0;
	r.event_buffer_size = 16;
	r.fd = 5;
	CALLS(GPIO_V2_GET_LINE_IOCTL, r);
	CALLS(GPIO_V2_LINE_SET_CONFIG_IOCTL, r.config);
	r.config.flags = 1ULL << 50;
	r.num_lines = 0;
	r.config.num_attrs = 0;
	CALLS(GPIO_V2_GET_LINE_IOCTL, r);
	CALLS(GPIO_V2_LINE_GET_VALUES_IOCTL, v);
	CALLS(GPIO_V2_LINE_SET_VALUES_IOCTL, v);
	return 0;
}
