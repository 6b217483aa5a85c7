/* The text and JSON renderers: strace's quoting and constant styles, and
 * JSON that stays valid for every shape decoders emit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "emit/render.h"

static const struct const_entry open_entries[] = {
	{ "O_RDONLY", 0, 3 }, { "O_WRONLY", 1, 3 }, { "O_RDWR", 2, 3 },
	{ "O_CREAT", 0100, 0100 }, { "O_CLOEXEC", 02000000, 02000000 },
};
static const struct const_table open_flags = {
	"open_flags", CONST_FLAGS, open_entries, 5,
};
static const struct const_entry mode_entries[] = {
	{ "S_IFREG", 0100000, 0170000 }, { "S_IFDIR", 0040000, 0170000 },
};
static const struct const_table mode_type = {
	"mode", CONST_FLAGS, mode_entries, 2,
};
static const struct const_entry whence_entries[] = {
	{ "SEEK_SET", 0, 0 }, { "SEEK_CUR", 1, 0 },
};
static const struct const_table whence = {
	"whence", CONST_ENUM, whence_entries, 2,
};

struct fixture {
	struct strbuf sb;
	struct render r;
	struct emit_style st;
};

static struct fixture fx;

static struct emitter *text(int xflag, int xlat)
{
	sb_free(&fx.sb);
	memset(&fx.st, 0, sizeof(fx.st));
	fx.st.strsize = 32;
	fx.st.xflag = xflag;
	fx.st.xlat = xlat;
	render_text_init(&fx.r, &fx.sb, &fx.st);
	return &fx.r.base;
}

static struct emitter *json(void)
{
	sb_free(&fx.sb);
	memset(&fx.st, 0, sizeof(fx.st));
	render_json_init(&fx.r, &fx.sb, &fx.st);
	return &fx.r.base;
}

static const char *out(void)
{
	render_finish(&fx.r);
	return fx.sb.buf ? fx.sb.buf : "";
}

static void test_quoting(void **state)
{
	struct emitter *e = text(0, 0);
	/* shortest octal unless a digit follows; C escapes; quotes */
	emit_str(e, "a\0b\0001\n\t\"\\\x7f", 10, 0);
	assert_string_equal(out(), "\"a\\0b\\0001\\n\\t\\\"\\\\\\177\"");
	e = text(0, 0);
	emit_str(e, "abc", 3, EMIT_STR_TRUNCATED);
	assert_string_equal(out(), "\"abc\"...");
	/* -x: all hex once any byte is not text (NUL included) */
	e = text(1, 0);
	emit_str(e, "hi\n", 3, 0);
	emit_str(e, "A\0", 2, 0);
	assert_string_equal(out(), "\"hi\\n\", \"\\x41\\x00\"");
	e = text(2, 0);
	emit_str(e, "hi", 2, 0);
	assert_string_equal(out(), "\"\\x68\\x69\"");
	/* binary data is hex whatever -x says */
	e = text(0, 0);
	emit_str(e, "hi", 2, EMIT_STR_HEX);
	assert_string_equal(out(), "\"\\x68\\x69\"");
}

static void test_flags_styles(void **state)
{
	struct emitter *e = text(0, 0);
	emit_flags(e, &open_flags, 02000000, EMIT_HEX);
	emit_flags(e, &open_flags, 0101 | 0x40000000, EMIT_HEX);
	emit_flags(e, &mode_type, 0100644, EMIT_OCT);
	emit_flags(e, &mode_type, 0100000, EMIT_OCT);
	assert_string_equal(out(), "O_RDONLY|O_CLOEXEC, "
			    "O_WRONLY|O_CREAT|0x40000000, S_IFREG|0644, "
			    "S_IFREG|000");
	e = text(0, 1); /* -X raw */
	emit_flags(e, &open_flags, 02000000, EMIT_HEX);
	emit_enum(e, &whence, 1, EMIT_DEC);
	assert_string_equal(out(), "0x80000, 1");
	e = text(0, 2); /* -X verbose */
	emit_flags(e, &open_flags, 0, EMIT_HEX);
	emit_enum(e, &whence, 1, EMIT_DEC);
	emit_enum(e, &whence, 7, EMIT_DEC);
	assert_string_equal(out(), "0 /* O_RDONLY */, 1 /* SEEK_CUR */, 7");
}

static void test_text_structure(void **state)
{
	struct emitter *e = text(0, 0);
	emit_int(e, -1);
	emit_struct_begin(e);
	emit_field(e, "st_dev");
	emit_call_begin(e, "makedev");
	emit_hex(e, 8);
	emit_hex(e, 1);
	emit_call_end(e);
	emit_field(e, "st_size");
	emit_uint(e, 10);
	emit_more(e);
	emit_struct_end(e);
	emit_prefix(e, "~");
	emit_array_begin(e);
	emit_sym(e, "HUP");
	emit_join(e, " ");
	emit_sym(e, "INT");
	emit_array_end(e);
	emit_addr(e, 0);
	emit_fd(e, 3, "/tmp/x (deleted)");
	emit_fd(e, -100, "/root");
	emit_oct(e, 0);
	emit_hex_wide(e, 1, 16);
	emit_hex_wide(e, 0, 16);
	assert_string_equal(out(), "-1, {st_dev=makedev(0x8, 0x1), st_size=10, "
			    "...}, ~[HUP INT], NULL, 3</tmp/x>(deleted), "
			    "AT_FDCWD</root>, 000, 0x00000000000001, "
			    "0000000000000000");
}

static void test_text_sep_now(void **state)
{
	struct emitter *e = text(0, 0);
	emit_int(e, 3);
	render_sep_now(&fx.r); /* the entry part ends: "read(3, " */
	emit_str(e, "x", 1, 0);
	assert_string_equal(out(), "3, \"x\"");
}

static void test_json_shapes(void **state)
{
	struct emitter *e = json();
	emit_field(e, "flags"); /* a named argument, then a join */
	emit_flags(e, &open_flags, 02000000, EMIT_HEX);
	emit_join(e, "|");
	emit_sym(e, "SIGCHLD");
	emit_struct_begin(e); /* unnamed struct members get keys */
	emit_sym(e, "WIFEXITED");
	emit_field(e, "x");
	emit_int(e, 1);
	emit_more(e);
	emit_struct_end(e);
	emit_prefix(e, "~");
	emit_array_begin(e);
	emit_sym(e, "HUP");
	emit_join(e, " ");
	emit_sym(e, "INT");
	emit_array_end(e);
	emit_str(e, "a\"\x01", 3, EMIT_STR_TRUNCATED);
	emit_fd(e, 3, "/x");
	emit_addr(e, 0);
	emit_call_begin(e, "htons");
	emit_uint(e, 80);
	emit_call_end(e);
	emit_hex_wide(e, 1, 16);
	assert_string_equal(out(),
		"{\"flags\":[[\"O_RDONLY\",\"O_CLOEXEC\"],\"|\",\"SIGCHLD\"]},"
		"{\"_1\":\"WIFEXITED\",\"x\":1,\"...\":true},"
		"{\"op\":\"~\",\"value\":[\"HUP\",\"INT\"]},"
		"{\"str\":\"a\\\"\\u0001\",\"truncated\":true},"
		"{\"fd\":3,\"path\":\"/x\"},null,"
		"{\"call\":\"htons\",\"args\":[80]},\"0x1\"");
}

static int teardown(void **state)
{
	sb_free(&fx.sb);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_quoting, teardown),
		cmocka_unit_test_teardown(test_flags_styles, teardown),
		cmocka_unit_test_teardown(test_text_structure, teardown),
		cmocka_unit_test_teardown(test_text_sep_now, teardown),
		cmocka_unit_test_teardown(test_json_shapes, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
