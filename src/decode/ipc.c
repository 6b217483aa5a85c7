/* Decoders for SysV IPC (msg*, sem*, shm*) and POSIX message queues, for
 * x86_64 and i386: the *64_ds and info structs have a layout per word
 * size, msgbuf's mtype and mq_attr are longs. */
#include <stdlib.h>
#include <string.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "tmem/tmem.h"

static void ipc_key(struct dctx *ctx, uint64_t v)
{
	emit_enum(ctx->e, &ct_c_ipc_keys, (uint32_t)v, EMIT_HEX);
}

/* IPC_CREAT|IPC_EXCL|0600: the flags, then the permission bits */
static void get_flags(struct dctx *ctx, uint64_t v)
{
	uint32_t flags = (uint32_t)v & ~0777u;

	if (flags && fdec_flags_known(&ct_c_ipc_flags, flags)) {
		emit_flags(ctx->e, &ct_c_ipc_flags, flags, EMIT_HEX);
		emit_join(ctx->e, "|");
	} else if (flags) {
		/* strace glues the bits it cannot name to the mode
		 * (0x30000000644), except under -X raw */
		emit_hex(ctx->e, flags);
		emit_join(ctx->e, ctx->e->style->xlat == 1 ? "|" : "");
	}
	emit_oct(ctx->e, (uint32_t)v & 0777);
}

/* A *ctl command: IPC_64|IPC_STAT */
static void ctl_cmd(struct dctx *ctx, const struct const_table *t,
		    uint64_t v, const char *dflt)
{
	uint32_t cmd = (uint32_t)v;

	if (cmd & 0x100) {
		emit_enum(ctx->e, &ct_c_ipc_64, 0x100, EMIT_HEX);
		emit_join(ctx->e, "|");
		cmd &= ~0x100u;
	}
	fdec_enum_dflt(ctx, t, cmd, dflt);
}

static int dec_msgget(struct dctx *ctx)
{
	ipc_key(ctx, dec_arg(ctx, 0));
	get_flags(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(msgget, dec_msgget, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_semget(struct dctx *ctx)
{
	ipc_key(ctx, dec_arg(ctx, 0));
	dec_int(ctx, dec_arg(ctx, 1));
	get_flags(ctx, dec_arg(ctx, 2));
	return DEC_DONE;
}
DECODER_PERS(semget, dec_semget, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_shmget(struct dctx *ctx)
{
	uint32_t v = (uint32_t)dec_arg(ctx, 2);
	uint32_t flags = v & ~0777u;
	uint32_t huge = flags & (0x3fu << 26);

	ipc_key(ctx, dec_arg(ctx, 0));
	dec_ulong(ctx, dec_arg(ctx, 1));
	flags &= ~(0x3fu << 26);
	if (flags)
		emit_flags(ctx->e, &ct_c_shm_flags, flags, EMIT_HEX);
	if (huge) {
		if (flags)
			emit_join(ctx->e, "|");
		emit_uint(ctx->e, huge >> 26);
		emit_join(ctx->e, "<<");
		if (ctx->e->style->xlat == 0) {
			emit_sym(ctx->e, "SHM_HUGE_SHIFT");
		} else {
			emit_uint(ctx->e, 26);
			if (ctx->e->style->xlat == 2)
				emit_comment(ctx->e, "SHM_HUGE_SHIFT");
		}
	}
	if (flags || huge)
		emit_join(ctx->e, "|");
	emit_oct(ctx->e, v & 0777);
	return DEC_DONE;
}
DECODER_PERS(shmget, dec_shmget, 1u << PERS_X86_64 | 1u << PERS_I386);

/* {mtype=7, mtext="hello"} with size bytes of text */
static void msgbuf(struct dctx *ctx, uint64_t addr, uint64_t size)
{
	/* strace reads a whole struct msgbuf (mtype and mtext[1], padded
	 * to two longs) before it shows anything */
	const size_t ws = arch_pers[ctx->call->pers].word_size;
	uint64_t w[2];

	if (!dec_fetch_words(ctx, addr, w, 2))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "mtype");
	emit_int(ctx->e, ws == 4 ? (int32_t)w[0] : (int64_t)w[0]);
	emit_field(ctx->e, "mtext");
	dec_buf(ctx, addr + ws, size);
	emit_struct_end(ctx->e);
}

static void msg_flags(struct dctx *ctx, uint64_t v)
{
	fdec_flags_dflt(ctx, &ct_c_msg_flags, (uint32_t)v, "MSG_???");
}

static int dec_msgsnd(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	msgbuf(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	msg_flags(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER_PERS(msgsnd, dec_msgsnd, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_msgrcv(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		msgbuf(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	dec_long(ctx, dec_arg(ctx, 3));
	msg_flags(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(msgrcv, dec_msgrcv, 1u << PERS_X86_64 | 1u << PERS_I386);

/* struct ipc64_perm; full at IPC_STAT, the settable part at IPC_SET */
static void ipc_perm(struct dctx *ctx, const char *field,
		     const unsigned char *b, bool full)
{
	uint32_t v[6];

	memcpy(v, b, sizeof(v));
	emit_field(ctx->e, field);
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "uid");
	emit_uint(ctx->e, v[1]);
	emit_field(ctx->e, "gid");
	emit_uint(ctx->e, v[2]);
	emit_field(ctx->e, "mode");
	emit_oct(ctx->e, v[5]);
	if (full) {
		emit_field(ctx->e, "key");
		emit_uint(ctx->e, v[0]);
		emit_field(ctx->e, "cuid");
		emit_uint(ctx->e, v[3]);
		emit_field(ctx->e, "cgid");
		emit_uint(ctx->e, v[4]);
	}
	emit_struct_end(ctx->e);
}

/* A sequence of fields of one size at given offsets of b. */
enum ipc_kind { IPC_UNSIGNED = false, IPC_SIGNED = true, IPC_PID };
struct ipc_field {
	const char *name;
	unsigned short off;
	unsigned char size; /* 4 or 8 */
	unsigned char kind; /* enum ipc_kind */
};

static void ipc_fields(struct dctx *ctx, const unsigned char *b,
		       const struct ipc_field *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		emit_field(ctx->e, f[i].name);
		if (f[i].size == 8) {
			uint64_t v;
			memcpy(&v, b + f[i].off, 8);
			if (f[i].kind == IPC_SIGNED)
				emit_int(ctx->e, (int64_t)v);
			else
				emit_uint(ctx->e, v);
		} else if (f[i].size == 4) {
			uint32_t v;
			memcpy(&v, b + f[i].off, 4);
			if (f[i].kind == IPC_PID)
				dec_pid(ctx, v);
			else if (f[i].kind == IPC_SIGNED)
				emit_int(ctx->e, (int32_t)v);
			else
				emit_uint(ctx->e, v);
		} else {
			uint16_t v;
			memcpy(&v, b + f[i].off, 2);
			emit_uint(ctx->e, v);
		}
	}
}

enum { IPC_RMID_ = 0, IPC_SET_ = 1, IPC_STAT_ = 2, IPC_INFO_ = 3 };

static const struct ipc_field msqid_fields[] = {
	{ "msg_stime", 48, 8, true }, { "msg_rtime", 56, 8, true },
	{ "msg_ctime", 64, 8, true }, { "msg_qnum", 80, 8, false },
	/* strace prints these two as plain numbers, even with -Y */
	{ "msg_qbytes", 88, 8, false }, { "msg_lspid", 96, 4, IPC_SIGNED },
	{ "msg_lrpid", 100, 4, IPC_SIGNED },
};

static const struct ipc_field msginfo_fields[] = {
	{ "msgpool", 0, 4, true }, { "msgmap", 4, 4, true },
	{ "msgmax", 8, 4, true }, { "msgmnb", 12, 4, true },
	{ "msgmni", 16, 4, true }, { "msgssz", 20, 4, true },
	{ "msgtql", 24, 4, true }, { "msgseg", 28, 2, false },
};

static const struct ipc_field shmid_fields[] = {
	{ "shm_segsz", 48, 8, false }, { "shm_cpid", 80, 4, IPC_PID },
	{ "shm_lpid", 84, 4, IPC_PID }, { "shm_nattch", 88, 8, false },
	{ "shm_atime", 56, 8, true }, { "shm_dtime", 64, 8, true },
	{ "shm_ctime", 72, 8, true },
};

static const struct ipc_field shminfo_fields[] = {
	{ "shmmax", 0, 8, false }, { "shmmin", 8, 8, false },
	{ "shmmni", 16, 8, false }, { "shmseg", 24, 8, false },
	{ "shmall", 32, 8, false },
};

static const struct ipc_field shm_info_fields[] = {
	{ "used_ids", 0, 4, true }, { "shm_tot", 8, 8, false },
	{ "shm_rss", 16, 8, false }, { "shm_swp", 24, 8, false },
	{ "swap_attempts", 32, 8, false },
	{ "swap_successes", 40, 8, false },
};

static const struct ipc_field semid_fields[] = {
	{ "sem_otime", 48, 8, true }, { "sem_ctime", 64, 8, true },
	{ "sem_nsems", 80, 8, false },
};

static const struct ipc_field seminfo_fields[] = {
	{ "semmap", 0, 4, true }, { "semmni", 4, 4, true },
	{ "semmns", 8, 4, true }, { "semmnu", 12, 4, true },
	{ "semmsl", 16, 4, true }, { "semopm", 20, 4, true },
	{ "semume", 24, 4, true }, { "semusz", 28, 4, true },
	{ "semvmx", 32, 4, true }, { "semaem", 36, 4, true },
};

/* the same structs of an i386 process (32-bit words, a 36-byte perm) */
static const struct ipc_field msqid_fields32[] = {
	{ "msg_stime", 36, 4, true }, { "msg_rtime", 44, 4, true },
	{ "msg_ctime", 52, 4, true }, { "msg_qnum", 64, 4, false },
	{ "msg_qbytes", 68, 4, false }, { "msg_lspid", 72, 4, IPC_SIGNED },
	{ "msg_lrpid", 76, 4, IPC_SIGNED },
};

static const struct ipc_field shmid_fields32[] = {
	{ "shm_segsz", 36, 4, false }, { "shm_cpid", 64, 4, IPC_PID },
	{ "shm_lpid", 68, 4, IPC_PID }, { "shm_nattch", 72, 4, false },
	{ "shm_atime", 40, 4, true }, { "shm_dtime", 48, 4, true },
	{ "shm_ctime", 56, 4, true },
};

static const struct ipc_field shminfo_fields32[] = {
	{ "shmmax", 0, 4, false }, { "shmmin", 4, 4, false },
	{ "shmmni", 8, 4, false }, { "shmseg", 12, 4, false },
	{ "shmall", 16, 4, false },
};

static const struct ipc_field shm_info_fields32[] = {
	{ "used_ids", 0, 4, true }, { "shm_tot", 4, 4, false },
	{ "shm_rss", 8, 4, false }, { "shm_swp", 12, 4, false },
	{ "swap_attempts", 16, 4, false },
	{ "swap_successes", 20, 4, false },
};

static const struct ipc_field semid_fields32[] = {
	{ "sem_otime", 36, 4, true }, { "sem_ctime", 44, 4, true },
	{ "sem_nsems", 52, 4, false },
};

#define NFIELDS(a) (sizeof(a) / sizeof((a)[0]))

/* A struct: its fields and its size; for an *id_ds also the field
 * IPC_SET changes besides the perm (none for size 0). */
struct ipc_layout {
	const struct ipc_field *f;
	size_t n, size;
	struct ipc_field set;
};

#define LAYOUT(fields, sz) { fields, NFIELDS(fields), sz, { NULL, 0, 0, 0 } }

/* [0] x86_64, [1] i386 */
static const struct ipc_layout msqid_ds[2] = {
	{ msqid_fields, NFIELDS(msqid_fields), 120,
	  { "msg_qbytes", 88, 8, false } },
	{ msqid_fields32, NFIELDS(msqid_fields32), 88,
	  { "msg_qbytes", 68, 4, false } },
};
static const struct ipc_layout shmid_ds[2] = {
	LAYOUT(shmid_fields, 120), LAYOUT(shmid_fields32, 84),
};
static const struct ipc_layout semid_ds[2] = {
	LAYOUT(semid_fields, 120), LAYOUT(semid_fields32, 64),
};
static const struct ipc_layout shminfo[2] = {
	LAYOUT(shminfo_fields, 40), LAYOUT(shminfo_fields32, 20),
};
/* msginfo and seminfo are ints alike */
static const struct ipc_layout msginfo[2] = {
	LAYOUT(msginfo_fields, 32), LAYOUT(msginfo_fields, 32),
};
static const struct ipc_layout seminfo[2] = {
	LAYOUT(seminfo_fields, 40), LAYOUT(seminfo_fields, 40),
};
static const struct ipc_layout shm_info[2] = {
	LAYOUT(shm_info_fields, 48), LAYOUT(shm_info_fields32, 24),
};

static const struct ipc_layout *layout(const struct dctx *ctx,
				       const struct ipc_layout *l)
{
	return &l[arch_pers[ctx->call->pers].word_size == 4];
}

/* The *id_ds of a STAT command, or the settable part for IPC_SET, of
 * the call's layout. */
static void ipc_ds(struct dctx *ctx, uint64_t addr, const char *perm,
		   const struct ipc_layout *ls, bool full)
{
	const struct ipc_layout *l = layout(ctx, ls);
	unsigned char b[128];

	if (!dec_fetch(ctx, addr, b, l->size))
		return;
	emit_struct_begin(ctx->e);
	ipc_perm(ctx, perm, b, full);
	if (full)
		ipc_fields(ctx, b, l->f, l->n);
	else if (l->set.name)
		ipc_fields(ctx, b, &l->set, 1);
	emit_struct_end(ctx->e);
}

static void ipc_info(struct dctx *ctx, uint64_t addr,
		     const struct ipc_layout *ls)
{
	const struct ipc_layout *l = layout(ctx, ls);
	unsigned char b[64];

	if (!dec_fetch(ctx, addr, b, l->size))
		return;
	emit_struct_begin(ctx->e);
	ipc_fields(ctx, b, l->f, l->n);
	emit_struct_end(ctx->e);
}

/* Commands whose buffer the kernel fills: shown at exit. */
static bool ctl_out(uint32_t cmd, uint32_t stat, uint32_t stat_any,
		    uint32_t info)
{
	cmd &= ~0x100u;
	return cmd == IPC_STAT_ || cmd == IPC_INFO_ || cmd == stat ||
	       cmd == stat_any || cmd == info;
}

static int dec_msgctl(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 1) & ~0x100u;
	uint64_t buf = dec_arg(ctx, 2);

	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		ctl_cmd(ctx, &ct_c_msgctl_cmds, dec_arg(ctx, 1), "MSG_???");
		if (ctl_out(cmd, 11, 13, 12))
			return DEC_MORE;
		if (cmd == IPC_SET_)
			ipc_ds(ctx, buf, "msg_perm", msqid_ds, false);
		else
			dec_ptr(ctx, buf);
		return DEC_DONE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, buf);
	else if (cmd == IPC_INFO_ || cmd == 12)
		ipc_info(ctx, buf, msginfo);
	else
		ipc_ds(ctx, buf, "msg_perm", msqid_ds, true);
	return DEC_DONE;
}
DECODER_PERS(msgctl, dec_msgctl, 1u << PERS_X86_64 | 1u << PERS_I386);

struct k_sembuf {
	uint16_t num;
	int16_t op;
	int16_t flg;
};

static bool sembuf_elem(struct dctx *ctx, const void *elem, size_t size,
			void *data)
{
	const struct k_sembuf *b = elem;

	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "sem_num");
	emit_uint(ctx->e, b->num);
	emit_field(ctx->e, "sem_op");
	emit_int(ctx->e, b->op);
	emit_field(ctx->e, "sem_flg");
	fdec_flags_dflt(ctx, &ct_c_sem_flags, (uint16_t)b->flg, "SEM_???");
	emit_struct_end(ctx->e);
	return true;
}

static void semop_common(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	ndec_array(ctx, dec_arg(ctx, 1), (uint32_t)dec_arg(ctx, 2),
		   sizeof(struct k_sembuf), sembuf_elem, NULL);
	dec_uint(ctx, dec_arg(ctx, 2));
}

static int dec_semop(struct dctx *ctx)
{
	semop_common(ctx);
	return DEC_DONE;
}
DECODER(semop, dec_semop);

static int dec_semtimedop(struct dctx *ctx)
{
	semop_common(ctx);
	dec_timespec(ctx, dec_arg(ctx, 3));
	return DEC_DONE;
}
DECODER(semtimedop, dec_semtimedop);

/* ipc(2)'s semctl passes the union semun by pointer: true with the long
 * it holds in *v, false when there is none to read (shown as is) */
static bool semun_at(struct dctx *ctx, uint64_t addr, uint64_t *v)
{
	unsigned int ws = arch_pers[ctx->call->pers].word_size;

	*v = 0;
	return ctx->call->via_ipc && addr &&
	       tmem_read(ctx->call->tid, addr, v, ws) == 0;
}

/* the union's value ([0x5]) when behind a pointer, else the argument */
static void semun_arg(struct dctx *ctx, bool by_ptr, uint64_t arg,
		      uint64_t un)
{
	if (!by_ptr) {
		dec_ptr(ctx, arg);
		return;
	}
	emit_array_begin(ctx->e);
	dec_ptr(ctx, un);
	emit_array_end(ctx->e);
}

static int dec_semctl(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 2) & ~0x100u;
	uint64_t buf = dec_arg(ctx, 3), un;
	bool by_ptr = semun_at(ctx, buf, &un);

	if (by_ptr && (cmd == IPC_SET_ || ctl_out(cmd, 18, 20, 19)))
		buf = un; /* the buffer the union points to */
	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		dec_int(ctx, dec_arg(ctx, 1));
		ctl_cmd(ctx, &ct_c_semctl_cmds, dec_arg(ctx, 2), "SEM_???");
		if (ctl_out(cmd, 18, 20, 19))
			return DEC_MORE;
		if (cmd == IPC_SET_)
			ipc_ds(ctx, buf, "sem_perm", semid_ds, false);
		else
			semun_arg(ctx, by_ptr, buf, un);
		return DEC_DONE;
	}
	if (dec_failed(ctx))
		semun_arg(ctx, by_ptr, buf, un);
	else if (cmd == IPC_INFO_ || cmd == 19)
		ipc_info(ctx, buf, seminfo);
	else
		ipc_ds(ctx, buf, "sem_perm", semid_ds, true);
	return DEC_DONE;
}
DECODER_PERS(semctl, dec_semctl, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_shmat(struct dctx *ctx)
{
	dec_int(ctx, dec_arg(ctx, 0));
	dec_ptr(ctx, dec_arg(ctx, 1));
	fdec_flags_dflt(ctx, &ct_c_shmat_flags, (uint32_t)dec_arg(ctx, 2),
			"SHM_???");
	ctx->call->ret_fmt = RET_HEX;
	return DEC_DONE;
}
DECODER(shmat, dec_shmat);

static int dec_shmdt(struct dctx *ctx)
{
	dec_ptr(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_PERS(shmdt, dec_shmdt, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_shmctl(struct dctx *ctx)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, 1) & ~0x100u;
	uint64_t buf = dec_arg(ctx, 2);

	if (!ctx->exiting) {
		dec_int(ctx, dec_arg(ctx, 0));
		ctl_cmd(ctx, &ct_c_shmctl_cmds, dec_arg(ctx, 1), "SHM_???");
		if (ctl_out(cmd, 13, 15, 14))
			return DEC_MORE;
		if (cmd == IPC_SET_)
			ipc_ds(ctx, buf, "shm_perm", shmid_ds, false);
		else
			dec_ptr(ctx, buf);
		return DEC_DONE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, buf);
	else if (cmd == IPC_INFO_)
		ipc_info(ctx, buf, shminfo);
	else if (cmd == 14)
		ipc_info(ctx, buf, shm_info);
	else
		ipc_ds(ctx, buf, "shm_perm", shmid_ds, true);
	return DEC_DONE;
}
DECODER_PERS(shmctl, dec_shmctl, 1u << PERS_X86_64 | 1u << PERS_I386);

/* ---- POSIX message queues ---- */

/* mq_open shows the flags in hex, mq_getsetattr by name; four longs
 * and four reserved ones, all read as strace does */
static void mq_attr_at(struct dctx *ctx, uint64_t addr, bool names)
{
	int64_t a[8];

	if (!dec_fetch_longs(ctx, addr, a, 8))
		return;
	emit_struct_begin(ctx->e);
	emit_field(ctx->e, "mq_flags");
	if (names)
		fdec_flags_dflt(ctx, &ct_c_mq_flags, (uint64_t)a[0], "O_???");
	else
		emit_hex(ctx->e, (uint64_t)a[0]);
	emit_field(ctx->e, "mq_maxmsg");
	emit_int(ctx->e, a[1]);
	emit_field(ctx->e, "mq_msgsize");
	emit_int(ctx->e, a[2]);
	emit_field(ctx->e, "mq_curmsgs");
	emit_int(ctx->e, a[3]);
	emit_struct_end(ctx->e);
}

static int dec_mq_open(struct dctx *ctx)
{
	uint32_t flags = (uint32_t)dec_arg(ctx, 1);

	dec_path(ctx, dec_arg(ctx, 0));
	fdec_flags_dflt(ctx, &ct_f_open_flags, flags, "O_???");
	if (flags & 0100) { /* O_CREAT */
		fdec_mode(ctx, dec_arg(ctx, 2));
		mq_attr_at(ctx, dec_arg(ctx, 3), false);
	}
	ctx->call->ret_fmt = RET_FD;
	return DEC_DONE;
}
DECODER_PERS(mq_open, dec_mq_open, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mq_unlink(struct dctx *ctx)
{
	dec_path(ctx, dec_arg(ctx, 0));
	return DEC_DONE;
}
DECODER_PERS(mq_unlink, dec_mq_unlink, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mq_timedsend(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	dec_buf(ctx, dec_arg(ctx, 1), dec_arg(ctx, 2));
	dec_ulong(ctx, dec_arg(ctx, 2));
	dec_uint(ctx, dec_arg(ctx, 3));
	dec_timespec(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(mq_timedsend, dec_mq_timedsend, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mq_timedreceive(struct dctx *ctx)
{
	uint32_t prio;

	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 1));
	else
		dec_buf(ctx, dec_arg(ctx, 1), (uint64_t)ctx->call->rval);
	dec_ulong(ctx, dec_arg(ctx, 2));
	if (dec_failed(ctx)) {
		dec_ptr(ctx, dec_arg(ctx, 3));
	} else if (dec_fetch(ctx, dec_arg(ctx, 3), &prio, sizeof(prio))) {
		emit_array_begin(ctx->e);
		emit_uint(ctx->e, prio);
		emit_array_end(ctx->e);
	}
	/* the kernel read the timeout at entry: shown even after a failure */
	dec_timespec(ctx, dec_arg(ctx, 4));
	return DEC_DONE;
}
DECODER_PERS(mq_timedreceive, dec_mq_timedreceive, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mq_notify(struct dctx *ctx)
{
	dec_fd(ctx, dec_arg(ctx, 0));
	ndec_sigevent(ctx, dec_arg(ctx, 1));
	return DEC_DONE;
}
DECODER_PERS(mq_notify, dec_mq_notify, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_mq_getsetattr(struct dctx *ctx)
{
	if (!ctx->exiting) {
		dec_fd(ctx, dec_arg(ctx, 0));
		mq_attr_at(ctx, dec_arg(ctx, 1), true);
		return DEC_MORE;
	}
	if (dec_failed(ctx))
		dec_ptr(ctx, dec_arg(ctx, 2));
	else
		mq_attr_at(ctx, dec_arg(ctx, 2), true);
	return DEC_DONE;
}
DECODER_PERS(mq_getsetattr, dec_mq_getsetattr, 1u << PERS_X86_64 | 1u << PERS_I386);
