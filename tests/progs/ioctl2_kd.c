/* ioctl2_kd: console font and map requests (<linux/kd.h>) on fd -1:
 * GIO/PIO_FONT, GIO/PIO_SCRNMAP, GIO/PIO_FONTX, PIO_UNIMAPCLR,
 * GIO/PIO_UNIMAP, GIO/PIO_UNISCRNMAP, with
 * NULL, unmapped and partly readable arguments. */
#include <linux/kd.h>
#include <stdint.h>
#include <string.h>

#include "ioctl2_calls.h"

int main(void)
{
	static unsigned char font[32 * 256], map[E_TABSZ];
	struct consolefontdesc fd = {
		.charcount = 256,
		.charheight = 16,
		.chardata = (char *)0x1000,
	};
	struct unimapinit ui = {1, 2, 3};
	static struct unipair pairs[40];
	struct unimapdesc ud = {2, pairs};
	static uint16_t umap[E_TABSZ];

	calls_setup();
	for (size_t i = 0; i < sizeof(font); i++)
		font[i] = (unsigned char)(i * 7);
	memset(map, 'm', sizeof(map));
	CALLS(GIO_FONT, font);
	CALLS(PIO_FONT, font);
	CALLS(GIO_SCRNMAP, map);
	CALLS(PIO_SCRNMAP, map);
	CALLS(GIO_FONTX, fd);
	CALLS(PIO_FONTX, fd);
	fd.chardata = NULL;
	CALLS(PIO_FONTX, fd);
	CALLS(PIO_UNIMAPCLR, ui);
	for (int i = 0; i < 40; i++) {
		pairs[i].unicode = (unsigned short)(0x41 + i);
		pairs[i].fontpos = (unsigned short)i;
	}
	for (int i = 0; i < E_TABSZ; i++)
		umap[i] = (uint16_t)(i < 8 ? 0x20 + i : 0xf000 + i);
	CALLS(GIO_UNIMAP, ud);
	CALLS(PIO_UNIMAP, ud);
	ud.entry_ct = 40;
	CALLS(PIO_UNIMAP, ud);
	ud.entry_ct = 0;
	CALLS(PIO_UNIMAP, ud);
	ud.entry_ct = 3;
	ud.entries = NULL;
	CALLS(PIO_UNIMAP, ud);
	CALLS(GIO_UNISCRNMAP, umap);
	CALLS(PIO_UNISCRNMAP, umap);
	return 0;
}
