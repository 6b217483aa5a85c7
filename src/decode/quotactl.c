/* Decoders for quotactl and quotactl_fd: the QCMD(subcommand, type)
 * command word and the structs of the generic (if_dqblk, if_dqinfo) and
 * XFS (fs_disk_quota, fs_quota_stat[v]) commands; for i386 too, where
 * only fs_quota_stat is laid out differently (64-bit fields 4-aligned). */
#include <linux/dqblk_xfs.h>
#include <linux/quota.h>
#include <stddef.h>
#include <stdio.h>

#include "consts/consts.h"
#include "decode/common.h"
#include "decode/file.h"

/* quotactl(cmd, special, id, addr) and quotactl_fd(fd, cmd, id, addr)
 * differ only in their first two arguments. */
enum { Q_ARG_ID = 2, Q_ARG_ADDR = 3 };

/* The name of v, or its hex value with a dflt comment, into buf: the
 * -X verbose comment repeats the default form. */
static void name_or_hex(char *buf, size_t size, const struct const_table *t,
			uint32_t v, const char *dflt)
{
	const char *name = consts_name(t, v);

	if (name)
		snprintf(buf, size, "%s", name);
	else
		snprintf(buf, size, "%#x /* %s */", v, dflt);
}

static void quota_cmd(struct dctx *ctx, uint32_t cmd)
{
	uint32_t sub = cmd >> 8, type = cmd & 0xff;
	int xlat = ctx->e->style->xlat;
	char s[48], t[48], text[112];

	if (xlat == 1) {
		emit_uint(ctx->e, cmd);
		return;
	}
	if (xlat == 2) {
		name_or_hex(s, sizeof(s), &ct_f_quota_cmds, sub, "Q_???");
		name_or_hex(t, sizeof(t), &ct_f_quota_types, type, "???QUOTA");
		snprintf(text, sizeof(text), "QCMD(%s, %s)", s, t);
		emit_uint(ctx->e, cmd);
		emit_comment(ctx->e, text);
		return;
	}
	emit_call_begin(ctx->e, "QCMD");
	fdec_enum_dflt(ctx, &ct_f_quota_cmds, sub, "Q_???");
	fdec_enum_dflt(ctx, &ct_f_quota_types, type, "???QUOTA");
	emit_call_end(ctx->e);
}

/* a uid, gid or project id: -1 stays -1 */
static void quota_id(struct dctx *ctx)
{
	uint32_t id = (uint32_t)dec_arg(ctx, Q_ARG_ID);

	if (id == UINT32_MAX)
		emit_int(ctx->e, -1);
	else
		emit_uint(ctx->e, id);
}

static void field_u(struct dctx *ctx, const char *name, uint64_t v)
{
	emit_field(ctx->e, name);
	emit_uint(ctx->e, v);
}

static void field_i(struct dctx *ctx, const char *name, int64_t v)
{
	emit_field(ctx->e, name);
	emit_int(ctx->e, v);
}

/* if_dqblk, or if_nextdqblk with dqb_id; read without the tail padding */
static void dqblk(struct dctx *ctx, uint64_t addr, bool next)
{
	struct if_nextdqblk d;
	size_t size = next ? offsetof(struct if_nextdqblk, dqb_id) + 4
			   : offsetof(struct if_dqblk, dqb_valid) + 4;
	bool v = ctx->opt->verbose;

	if (!dec_fetch(ctx, addr, &d, size))
		return;
	emit_struct_begin(ctx->e);
	field_u(ctx, "dqb_bhardlimit", d.dqb_bhardlimit);
	field_u(ctx, "dqb_bsoftlimit", d.dqb_bsoftlimit);
	field_u(ctx, "dqb_curspace", d.dqb_curspace);
	field_u(ctx, "dqb_ihardlimit", d.dqb_ihardlimit);
	field_u(ctx, "dqb_isoftlimit", d.dqb_isoftlimit);
	field_u(ctx, "dqb_curinodes", d.dqb_curinodes);
	if (v) {
		field_u(ctx, "dqb_btime", d.dqb_btime);
		field_u(ctx, "dqb_itime", d.dqb_itime);
		emit_field(ctx->e, "dqb_valid");
		fdec_flags_dflt(ctx, &ct_f_qif_flags, d.dqb_valid, "QIF_???");
	}
	if (next)
		field_u(ctx, "dqb_id", d.dqb_id);
	if (!v)
		emit_more(ctx->e);
	emit_struct_end(ctx->e);
}

static void dqinfo(struct dctx *ctx, uint64_t addr)
{
	struct if_dqinfo d;

	if (!dec_fetch(ctx, addr, &d, sizeof(d)))
		return;
	emit_struct_begin(ctx->e);
	field_u(ctx, "dqi_bgrace", d.dqi_bgrace);
	field_u(ctx, "dqi_igrace", d.dqi_igrace);
	emit_field(ctx->e, "dqi_flags");
	fdec_flags_dflt(ctx, &ct_f_dqf_flags, d.dqi_flags, "DQF_???");
	emit_field(ctx->e, "dqi_valid");
	fdec_flags_dflt(ctx, &ct_f_iif_flags, d.dqi_valid, "IIF_???");
	emit_struct_end(ctx->e);
}

static void xfs_dquot(struct dctx *ctx, uint64_t addr)
{
	struct fs_disk_quota d;

	if (!dec_fetch(ctx, addr, &d, sizeof(d)))
		return;
	emit_struct_begin(ctx->e);
	field_i(ctx, "d_version", d.d_version);
	emit_field(ctx->e, "d_flags");
	fdec_flags_dflt(ctx, &ct_f_xfs_dqtypes, (uint8_t)d.d_flags,
			"FS_???_QUOTA");
	emit_field(ctx->e, "d_fieldmask");
	emit_hex(ctx->e, d.d_fieldmask);
	field_u(ctx, "d_id", d.d_id);
	field_u(ctx, "d_blk_hardlimit", d.d_blk_hardlimit);
	field_u(ctx, "d_blk_softlimit", d.d_blk_softlimit);
	field_u(ctx, "d_ino_hardlimit", d.d_ino_hardlimit);
	field_u(ctx, "d_ino_softlimit", d.d_ino_softlimit);
	field_u(ctx, "d_bcount", d.d_bcount);
	field_u(ctx, "d_icount", d.d_icount);
	if (!ctx->opt->verbose) {
		emit_more(ctx->e);
		emit_struct_end(ctx->e);
		return;
	}
	field_i(ctx, "d_itimer", d.d_itimer);
	field_i(ctx, "d_btimer", d.d_btimer);
	field_u(ctx, "d_iwarns", d.d_iwarns);
	field_u(ctx, "d_bwarns", d.d_bwarns);
	field_u(ctx, "d_rtb_hardlimit", d.d_rtb_hardlimit);
	field_u(ctx, "d_rtb_softlimit", d.d_rtb_softlimit);
	field_u(ctx, "d_rtbcount", d.d_rtbcount);
	field_i(ctx, "d_rtbtimer", d.d_rtbtimer);
	field_u(ctx, "d_rtbwarns", d.d_rtbwarns);
	emit_struct_end(ctx->e);
}

static void qfilestat(struct dctx *ctx, const char *name, uint64_t ino,
		      uint64_t nblks, uint32_t nextents)
{
	emit_field(ctx->e, name);
	emit_struct_begin(ctx->e);
	field_u(ctx, "qfs_ino", ino);
	field_u(ctx, "qfs_nblks", nblks);
	field_u(ctx, "qfs_nextents", nextents);
	emit_struct_end(ctx->e);
}

#define QFS(ctx, name, f)                                                      \
	qfilestat(ctx, name, (f).qfs_ino, (f).qfs_nblks, (f).qfs_nextents)

/* the limits both versions of the XFS quota state end with */
static void qstat_limits(struct dctx *ctx, int32_t b, int32_t i, int32_t rtb,
			 uint16_t bwarn, uint16_t iwarn)
{
	field_i(ctx, "qs_btimelimit", b);
	field_i(ctx, "qs_itimelimit", i);
	field_i(ctx, "qs_rtbtimelimit", rtb);
	field_u(ctx, "qs_bwarnlimit", bwarn);
	field_u(ctx, "qs_iwarnlimit", iwarn);
}

/* struct fs_quota_stat of an i386 process: its 64-bit fields are
 * 4-aligned */
typedef uint64_t u64_a4 __attribute__((aligned(4)));

struct qfilestat32 {
	u64_a4 ino, nblks;
	uint32_t nextents;
};

struct quota_stat32 {
	int8_t version;
	uint16_t flags;
	int8_t pad;
	struct qfilestat32 u, g;
	uint32_t incoredqs;
	int32_t btimelimit, itimelimit, rtbtimelimit;
	uint16_t bwarnlimit, iwarnlimit;
};

_Static_assert(sizeof(struct quota_stat32) == 68, "i386 fs_quota_stat");

#define QFS_COPY(to, from)                                                     	((to).qfs_ino = (from).ino, (to).qfs_nblks = (from).nblks,             	 (to).qfs_nextents = (from).nextents)

/* fs_quota_stat at addr of the call's layout into s */
static bool fetch_qstat(struct dctx *ctx, uint64_t addr,
			struct fs_quota_stat *s)
{
	struct quota_stat32 q;

	if (arch_pers[ctx->call->pers].word_size == 8)
		return dec_fetch(ctx, addr, s, sizeof(*s));
	if (!dec_fetch(ctx, addr, &q, sizeof(q)))
		return false;
	s->qs_version = q.version;
	s->qs_flags = q.flags;
	QFS_COPY(s->qs_uquota, q.u);
	QFS_COPY(s->qs_gquota, q.g);
	s->qs_incoredqs = q.incoredqs;
	s->qs_btimelimit = q.btimelimit;
	s->qs_itimelimit = q.itimelimit;
	s->qs_rtbtimelimit = q.rtbtimelimit;
	s->qs_bwarnlimit = q.bwarnlimit;
	s->qs_iwarnlimit = q.iwarnlimit;
	return true;
}

/* fs_quota_stat (Q_XGETQSTAT) or fs_quota_statv (Q_XGETQSTATV); only the
 * version without -v */
static void xfs_qstat(struct dctx *ctx, uint64_t addr, bool v2)
{
	union {
		struct fs_quota_stat s;
		struct fs_quota_statv v;
	} q;

	if (v2 ? !dec_fetch(ctx, addr, &q, sizeof(q.v))
	       : !fetch_qstat(ctx, addr, &q.s))
		return;
	emit_struct_begin(ctx->e);
	field_i(ctx, "qs_version", v2 ? q.v.qs_version : q.s.qs_version);
	if (!ctx->opt->verbose) {
		emit_more(ctx->e);
		emit_struct_end(ctx->e);
		return;
	}
	emit_field(ctx->e, "qs_flags");
	fdec_flags_dflt(ctx, &ct_f_xfs_quota_flags,
			v2 ? q.v.qs_flags : q.s.qs_flags, "FS_QUOTA_???");
	if (v2) {
		field_u(ctx, "qs_incoredqs", q.v.qs_incoredqs);
		QFS(ctx, "qs_uquota", q.v.qs_uquota);
		QFS(ctx, "qs_gquota", q.v.qs_gquota);
		QFS(ctx, "qs_pquota", q.v.qs_pquota);
		qstat_limits(ctx, q.v.qs_btimelimit, q.v.qs_itimelimit,
			     q.v.qs_rtbtimelimit, q.v.qs_bwarnlimit,
			     q.v.qs_iwarnlimit);
	} else {
		QFS(ctx, "qs_uquota", q.s.qs_uquota);
		QFS(ctx, "qs_gquota", q.s.qs_gquota);
		field_u(ctx, "qs_incoredqs", q.s.qs_incoredqs);
		qstat_limits(ctx, q.s.qs_btimelimit, q.s.qs_itimelimit,
			     q.s.qs_rtbtimelimit, q.s.qs_bwarnlimit,
			     q.s.qs_iwarnlimit);
	}
	emit_struct_end(ctx->e);
}

/* [FLAGS] of a u32 at addr */
static void u32_flags_at(struct dctx *ctx, uint64_t addr,
			 const struct const_table *t, const char *dflt)
{
	uint32_t v;

	if (!dec_fetch(ctx, addr, &v, sizeof(v)))
		return;
	emit_array_begin(ctx->e);
	fdec_flags_dflt(ctx, t, v, dflt);
	emit_array_end(ctx->e);
}

/* The output of a command that fills addr, shown at exit. */
static void quota_out(struct dctx *ctx, uint32_t sub, uint64_t addr)
{
	uint32_t fmt;

	if (dec_failed(ctx)) {
		dec_ptr(ctx, addr);
		return;
	}
	switch (sub) {
	case Q_GETFMT:
		if (dec_fetch(ctx, addr, &fmt, sizeof(fmt))) {
			emit_array_begin(ctx->e);
			fdec_enum_dflt(ctx, &ct_f_quota_formats, fmt,
				       "QFMT_VFS_???");
			emit_array_end(ctx->e);
		}
		break;
	case Q_GETINFO:
		dqinfo(ctx, addr);
		break;
	case Q_GETQUOTA:
	case Q_GETNEXTQUOTA:
		dqblk(ctx, addr, sub == Q_GETNEXTQUOTA);
		break;
	case Q_XGETQUOTA:
	case Q_XGETNEXTQUOTA:
		xfs_dquot(ctx, addr);
		break;
	case Q_XGETQSTAT:
	case Q_XGETQSTATV:
		xfs_qstat(ctx, addr, sub == Q_XGETQSTATV);
		break;
	}
}

/* Everything after cmd and special (or fd); DEC_MORE when the last
 * argument is an output shown at exit. */
static int quota_args(struct dctx *ctx, uint32_t sub)
{
	uint64_t addr = dec_arg(ctx, Q_ARG_ADDR);

	switch (sub) {
	case Q_SYNC:
	case Q_QUOTAOFF:
	case Q_XQUOTASYNC:
		return DEC_DONE;
	case Q_QUOTAON:
		fdec_enum_dflt(ctx, &ct_f_quota_formats,
			       (uint32_t)dec_arg(ctx, Q_ARG_ID),
			       "QFMT_VFS_???");
		dec_path(ctx, addr);
		return DEC_DONE;
	case Q_GETFMT:
	case Q_GETINFO:
	case Q_XGETQSTAT:
	case Q_XGETQSTATV:
		return DEC_MORE;
	case Q_GETQUOTA:
	case Q_GETNEXTQUOTA:
	case Q_XGETQUOTA:
	case Q_XGETNEXTQUOTA:
		quota_id(ctx);
		return DEC_MORE;
	case Q_SETINFO:
		dqinfo(ctx, addr);
		return DEC_DONE;
	case Q_SETQUOTA:
		quota_id(ctx);
		dqblk(ctx, addr, false);
		return DEC_DONE;
	case Q_XSETQLIM:
		quota_id(ctx);
		xfs_dquot(ctx, addr);
		return DEC_DONE;
	case Q_XQUOTAON:
	case Q_XQUOTAOFF:
		u32_flags_at(ctx, addr, &ct_f_xfs_quota_flags, "FS_QUOTA_???");
		return DEC_DONE;
	case Q_XQUOTARM:
		u32_flags_at(ctx, addr, &ct_f_xfs_dqtypes, "FS_???_QUOTA");
		return DEC_DONE;
	default:
		dec_int(ctx, dec_arg(ctx, Q_ARG_ID));
		dec_ptr(ctx, addr);
		return DEC_DONE;
	}
}

static int quota_common(struct dctx *ctx, bool by_fd)
{
	uint32_t cmd = (uint32_t)dec_arg(ctx, by_fd ? 1 : 0);

	if (ctx->exiting) {
		quota_out(ctx, cmd >> 8, dec_arg(ctx, Q_ARG_ADDR));
		return DEC_DONE;
	}
	if (by_fd) {
		dec_fd(ctx, dec_arg(ctx, 0));
		quota_cmd(ctx, cmd);
	} else {
		quota_cmd(ctx, cmd);
		dec_path(ctx, dec_arg(ctx, 1));
	}
	return quota_args(ctx, cmd >> 8);
}

static int dec_quotactl(struct dctx *ctx)
{
	return quota_common(ctx, false);
}
DECODER_PERS(quotactl, dec_quotactl, 1u << PERS_X86_64 | 1u << PERS_I386);

static int dec_quotactl_fd(struct dctx *ctx)
{
	return quota_common(ctx, true);
}
DECODER_PERS(quotactl_fd, dec_quotactl_fd, 1u << PERS_X86_64 | 1u << PERS_I386);
