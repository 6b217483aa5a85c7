/* libFuzzer target: any -e expression either parses or is refused with a
 * message; never a crash, a leak or undefined behaviour. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "selection/selection.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct selection sel;
	char err[256];
	char *expr = malloc(size + 1);

	if (!expr)
		return 0;
	memcpy(expr, data, size);
	expr[size] = '\0';
	sel_init(&sel);
	/* one buffer may hold several expressions, split at newlines */
	char *save = NULL;
	for (char *e = strtok_r(expr, "\n", &save); e;
	     e = strtok_r(NULL, "\n", &save))
		if (sel_parse_expr(&sel, e, err, sizeof(err)) == 0)
			(void)sel_traced(&sel, PERS_X86_64, 2);
	sel_free(&sel);
	free(expr);
	return 0;
}
