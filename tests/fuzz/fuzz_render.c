/* libFuzzer target: strings of any bytes, at any -x level, through both
 * renderers, wrapped in every structure; the JSON must stay balanced. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "emit/render.h"

static void shapes(struct emitter *e, const uint8_t *data, size_t size)
{
	emit_field(e, "name");
	emit_str(e, data, size, size & 1 ? EMIT_STR_TRUNCATED : 0);
	emit_struct_begin(e);
	emit_str(e, data, size, EMIT_STR_HEX);
	emit_field(e, "f");
	emit_prefix(e, "~");
	emit_array_begin(e);
	emit_sym(e, "A");
	emit_join(e, size & 2 ? " " : "|");
	emit_uint(e, size);
	emit_array_end(e);
	emit_more(e);
	emit_struct_end(e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf sb;
	struct render r;
	struct emit_style st = { .strsize = 32 };

	sb_init(&sb);
	st.xflag = size % 3;
	render_text_init(&r, &sb, &st);
	shapes(&r.base, data, size);
	render_finish(&r);
	sb_reset(&sb);
	render_json_init(&r, &sb, &st);
	shapes(&r.base, data, size);
	render_finish(&r);
	/* balanced brackets outside strings */
	int depth = 0;
	bool in_str = false;
	for (size_t i = 0; i < sb.len; i++) {
		char c = sb.buf[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = false;
			continue;
		}
		if (c == '"')
			in_str = true;
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']')
			depth--;
		if (depth < 0)
			abort();
	}
	if (depth != 0 || in_str)
		abort();
	sb_free(&sb);
	return 0;
}
