/* Decoders for the remaining system calls of the time/net/creds family
 * split: syslog, reboot, seccomp, bpf, perf_event_open, add_key, keyctl
 * and the io_uring calls, each at the depth strace shows by default or,
 * for bpf and perf_event_open, their basics (command names and flags;
 * the attribute structures are shown by address). */
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

/* ---- syslog ---- */

enum {
	SL_CLOSE = 0, SL_OPEN = 1, SL_READ = 2, SL_READ_ALL = 3,
	SL_READ_CLEAR = 4, SL_CLEAR = 5, SL_CONSOLE_OFF = 6,
	SL_CONSOLE_ON = 7, SL_CONSOLE_LEVEL = 8, SL_SIZE_UNREAD = 9,
	SL_SIZE_BUFFER = 10,
};

static int dec_syslog(struct dctx *ctx)
{
	int type = (int)dec_arg(ctx, 0);
	const char *name = consts_name(&ct_c_syslog_actions, (uint32_t)type);

	if (!ctx->exiting) {
		/* strace always shows the number with the name beside it */
		emit_int(ctx->e, type);
		emit_comment(ctx->e, name ? name : "SYSLOG_ACTION_???");
		switch (type) {
		case SL_READ:
		case SL_READ_ALL:
		case SL_READ_CLEAR:
			return DEC_MORE;
		case SL_CLOSE:
		case SL_OPEN:
		case SL_CONSOLE_OFF:
		case SL_CONSOLE_ON:
		case SL_SIZE_UNREAD:
		case SL_SIZE_BUFFER:
			return DEC_DONE;
		case SL_CONSOLE_LEVEL:
			dec_int(ctx, dec_arg(ctx, 2));
			return DEC_DONE;
		default:
			dec_ptr(ctx, dec_arg(ctx, 1));
			dec_int(ctx, dec_arg(ctx, 2));
			return DEC_DONE;
		}
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		dec_buf(ctx, dec_arg(ctx, 1), (uint64_t)ctx->call->rval);
	dec_int(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(syslog, dec_syslog);

/* ---- reboot ---- */

static int dec_reboot(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 2);

	fdec_enum_dflt(ctx, &ct_c_reboot_magic, (uint32_t)dec_arg(ctx, 0),
		       "LINUX_REBOOT_MAGIC_???");
	fdec_enum_dflt(ctx, &ct_c_reboot_magic, (uint32_t)dec_arg(ctx, 1),
		       "LINUX_REBOOT_MAGIC_???");
	fdec_enum_dflt(ctx, &ct_c_reboot_cmds, cmd, "LINUX_REBOOT_CMD_???");
	if (cmd == 0xA1B2C3D4) /* RESTART2 takes a command string */
		dec_cstr(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(reboot, dec_reboot);

/* ---- seccomp ---- */

static int dec_seccomp(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 0);
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);
	uint32_t action;

	fdec_enum_dflt(ctx, &ct_c_seccomp_ops, op, "SECCOMP_SET_MODE_???");
	switch (op) {
	case 1: /* SECCOMP_SET_MODE_FILTER */
		fdec_flags_dflt(ctx, &ct_c_seccomp_filter_flags, flags,
				"SECCOMP_FILTER_FLAG_???");
		dec_ptr(ctx, dec_arg(ctx, 2));
		break;
	case 2: /* SECCOMP_GET_ACTION_AVAIL */
		dec_hex(ctx, flags);
		if (!dec_fetch(ctx, dec_arg(ctx, 2), &action, sizeof(action)))
			break;
		emit_array_begin(ctx->e);
		fdec_enum_dflt(ctx, &ct_c_seccomp_ret, action,
			       "SECCOMP_RET_???");
		emit_array_end(ctx->e);
		break;
	default:
		dec_hex(ctx, flags);
		dec_ptr(ctx, dec_arg(ctx, 2));
		break;
	}
	return DEC_DONE;
}
DECODER(seccomp, dec_seccomp);

/* ---- bpf, perf_event_open ---- */

static int dec_bpf(struct dctx *ctx)
{
	fdec_enum_dflt(ctx, &ct_c_bpf_cmds, (uint32_t)dec_arg(ctx, 0),
		       "BPF_???");
	dec_ptr(ctx, dec_arg(ctx, 1));
	dec_uint(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER(bpf, dec_bpf);

static int dec_perf_event_open(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	dec_int(ctx, dec_arg(ctx, 1));
	dec_int(ctx, dec_arg(ctx, 2));
	dec_fd(ctx, dec_arg(ctx, 3));
	fdec_flags_dflt(ctx, &ct_c_perf_flags, dec_arg(ctx, 4),
			"PERF_FLAG_???");
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER(perf_event_open, dec_perf_event_open);

/* ---- keys ---- */

static void key_serial(struct dctx *ctx, uint64_t v)
{
	int32_t id = (int32_t)v;

	if (consts_name(&ct_c_key_spec, (uint64_t)(int64_t)id))
		emit_enum(ctx->e, &ct_c_key_spec, (uint64_t)(int64_t)id,
			  EMIT_DEC);
	else
		emit_int(ctx->e, id);
}

static int dec_add_key(struct dctx *ctx)
{
	dec_cstr(ctx, dec_arg(ctx, 0));
	dec_cstr(ctx, dec_arg(ctx, 1));
	dec_buf(ctx, dec_arg(ctx, 2), dec_arg(ctx, 3));
	dec_ulong(ctx, dec_arg(ctx, 3));
	key_serial(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER(add_key, dec_add_key);

static int dec_keyctl(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 0);

	fdec_enum_dflt(ctx, &ct_c_keyctl_cmds, cmd, "KEYCTL_???");
	switch (cmd) {
	case 0: /* GET_KEYRING_ID: key, create */
		key_serial(ctx, dec_arg(ctx, 1));
		dec_int(ctx, dec_arg(ctx, 2));
		break;
	case 1: /* JOIN_SESSION_KEYRING: name */
		dec_cstr(ctx, dec_arg(ctx, 1));
		break;
	case 3: /* REVOKE */
	case 7: /* CLEAR */
	case 21: /* INVALIDATE */
		key_serial(ctx, dec_arg(ctx, 1));
		break;
	case 8: /* LINK */
	case 9: /* UNLINK */
		key_serial(ctx, dec_arg(ctx, 1));
		key_serial(ctx, dec_arg(ctx, 2));
		break;
	case 18: /* SESSION_TO_PARENT */
		break;
	default:
		for (int i = 1; i < 5; i++)
			dec_hex(ctx, dec_arg(ctx, i));
		break;
	}
	return DEC_DONE;
}
DECODER(keyctl, dec_keyctl);

/* ---- io_uring ---- */

static int dec_io_uring_setup(struct dctx *ctx)
{
	dec_uint(ctx, dec_arg(ctx, 0));
	dec_ptr(ctx, dec_arg(ctx, 1));
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER(io_uring_setup, dec_io_uring_setup);

static int dec_io_uring_enter(struct dctx *ctx)
{
	uint32_t flags = (uint32_t)dec_arg(ctx, 3);

	dec_fd(ctx, dec_arg(ctx, 0));
	dec_uint(ctx, dec_arg(ctx, 1));
	dec_uint(ctx, dec_arg(ctx, 2));
	fdec_flags_dflt(ctx, &ct_c_uring_enter_flags, flags,
			"IORING_ENTER_???");
	if (flags & 8) /* EXT_ARG: a struct, not a sigset */
		dec_ptr(ctx, dec_arg(ctx, 4));
	else
		ndec_sigset(ctx, dec_arg(ctx, 4), dec_arg(ctx, 5));
	dec_ulong(ctx, dec_arg(ctx, 5));
	return DEC_DONE;
}
DECODER(io_uring_enter, dec_io_uring_enter);

static bool fd_elem(struct dctx *ctx, const void *elem, size_t size,
		    void *data)
{
	int32_t fd;

	memcpy(&fd, elem, sizeof(fd));
	dec_fd(ctx, (uint64_t)(int64_t)fd);
	return true;
}

static int dec_io_uring_register(struct dctx *ctx)
{
	uint32_t op = (uint32_t)dec_arg(ctx, 1);
	uint32_t nr = (uint32_t)dec_arg(ctx, 3);

	dec_fd(ctx, dec_arg(ctx, 0));
	fdec_enum_dflt(ctx, &ct_c_uring_register_ops, op,
		       "IORING_REGISTER_???");
	switch (op) {
	case 0: /* REGISTER_BUFFERS: an iovec array */
		fdec_iov(ctx, dec_arg(ctx, 2), nr, false, 0);
		break;
	case 2: /* REGISTER_FILES: descriptors */
		ndec_array(ctx, dec_arg(ctx, 2), nr, 4, fd_elem, NULL);
		break;
	default:
		dec_ptr(ctx, dec_arg(ctx, 2));
		break;
	}
	dec_uint(ctx, nr);
	return DEC_DONE;
}
DECODER(io_uring_register, dec_io_uring_register);
