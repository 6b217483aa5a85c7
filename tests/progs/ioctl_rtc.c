/* ioctl_rtc: real-time clock requests on fd -1 (<linux/rtc.h>): times,
 * wake alarms, PLL info, voltage flags, every RTC parameter kind, and
 * the rates (RTC_IRQP_*, RTC_EPOCH_*); then inotify, nsfs and watchdog
 * requests, which pass numbers; valid, NULL, unmapped and
 * page-straddling arguments. */
#include <sys/ioctl.h>
#include <linux/inotify.h>
#include <linux/nsfs.h>
#include <linux/rtc.h>
#include <linux/watchdog.h>
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
	struct rtc_time t = {1, 2, 3, 4, 5, 123, 6, 200, -1};
	struct rtc_wkalrm w = {.enabled = 1, .pending = 2, .time = t};
	struct rtc_pll_info pll = {1, -2, 3, 4, 5, 6, 32768};
	struct rtc_param prm = {0};
	unsigned int vl[] = {0, 1, 2, 4, 8, 16, 32, 0xff};
	unsigned long rate = 64;
	int n = 5;

	if (p == MAP_FAILED)
		return 1;
	munmap(p + page, page);
	tail = p + page;

	calls(RTC_SET_TIME, &t, sizeof(t));
	calls(RTC_ALM_SET, &t, sizeof(t));
	calls(RTC_RD_TIME, &t, sizeof(t));
	calls(RTC_ALM_READ, &t, sizeof(t));
	calls(RTC_WKALM_SET, &w, sizeof(w));
	calls(RTC_WKALM_RD, &w, sizeof(w));
	calls(RTC_PLL_SET, &pll, sizeof(pll));
	calls(RTC_PLL_GET, &pll, sizeof(pll));
	for (size_t i = 0; i < sizeof(vl) / sizeof(vl[0]); i++)
		syscall(SYS_ioctl, -1, RTC_VL_READ, &vl[i]);
	calls(RTC_VL_READ, &vl[1], sizeof(vl[1]));
	for (int i = 0; i < 5; i++) {
		prm.param = i;
		prm.uvalue = 0x1f;
		prm.index = i;
		prm.__pad = i > 3;
		syscall(SYS_ioctl, -1, RTC_PARAM_SET, &prm);
		syscall(SYS_ioctl, -1, RTC_PARAM_GET, &prm);
	}
	prm.param = RTC_PARAM_FEATURES;
	prm.uvalue = ~0ULL;
	calls(RTC_PARAM_SET, &prm, sizeof(prm));
	calls(RTC_PARAM_GET, &prm, sizeof(prm));
	prm.uvalue = 0x100;
	syscall(SYS_ioctl, -1, RTC_PARAM_SET, &prm);
	prm.uvalue = 0;
	syscall(SYS_ioctl, -1, RTC_PARAM_SET, &prm);
	prm.param = RTC_PARAM_BACKUP_SWITCH_MODE;
	prm.uvalue = RTC_BSM_LEVEL;
	syscall(SYS_ioctl, -1, RTC_PARAM_SET, &prm);
	prm.param = RTC_PARAM_CORRECTION;
	prm.svalue = -3;
	syscall(SYS_ioctl, -1, RTC_PARAM_GET, &prm);
	calls(RTC_IRQP_READ, &rate, sizeof(rate));
	syscall(SYS_ioctl, -1, RTC_IRQP_SET, 64UL);
	syscall(SYS_ioctl, -1, RTC_EPOCH_SET, 1900UL);
	syscall(SYS_ioctl, -1, RTC_AIE_ON, 0);
	syscall(SYS_ioctl, -1, RTC_VL_CLR, 0);

	syscall(SYS_ioctl, -1, INOTIFY_IOC_SETNEXTWD, -1);
	syscall(SYS_ioctl, -1, INOTIFY_IOC_SETNEXTWD, 7);
	syscall(SYS_ioctl, -1, NS_GET_USERNS, 0);
	syscall(SYS_ioctl, -1, NS_GET_PARENT, 0);
	syscall(SYS_ioctl, -1, NS_GET_NSTYPE, 0);
	calls(NS_GET_OWNER_UID, &n, sizeof(n));
	calls(WDIOC_GETSTATUS, &n, sizeof(n));
	calls(WDIOC_SETTIMEOUT, &n, sizeof(n));
	calls(WDIOC_GETTIMEOUT, &n, sizeof(n));
	calls(WDIOC_SETOPTIONS, &n, sizeof(n));
	syscall(SYS_ioctl, -1, WDIOC_KEEPALIVE, 0);
	return 0;
}
