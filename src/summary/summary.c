#include "summary/summary.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "syscalls/syscalls.h"

#define NS_PER_SEC UINT64_C(1000000000)
#define X32_BIT 0x40000000L

/* Column names strace accepts for -U and -S.  "none"/"nothing" only make
 * sense as a sort key. */
static const struct {
	const char *name;
	enum summary_col col;
} col_aliases[] = {
	{ "time", SUMMARY_COL_PERCENT },
	{ "time_percent", SUMMARY_COL_PERCENT },
	{ "time-percent", SUMMARY_COL_PERCENT },
	{ "time_total", SUMMARY_COL_TOTAL },
	{ "time-total", SUMMARY_COL_TOTAL },
	{ "total_time", SUMMARY_COL_TOTAL },
	{ "total-time", SUMMARY_COL_TOTAL },
	{ "min_time", SUMMARY_COL_MIN },
	{ "min-time", SUMMARY_COL_MIN },
	{ "shortest", SUMMARY_COL_MIN },
	{ "time_min", SUMMARY_COL_MIN },
	{ "time-min", SUMMARY_COL_MIN },
	{ "longest", SUMMARY_COL_MAX },
	{ "max_time", SUMMARY_COL_MAX },
	{ "max-time", SUMMARY_COL_MAX },
	{ "time_max", SUMMARY_COL_MAX },
	{ "time-max", SUMMARY_COL_MAX },
	{ "avg_time", SUMMARY_COL_AVG },
	{ "avg-time", SUMMARY_COL_AVG },
	{ "time_avg", SUMMARY_COL_AVG },
	{ "time-avg", SUMMARY_COL_AVG },
	{ "calls", SUMMARY_COL_CALLS },
	{ "count", SUMMARY_COL_CALLS },
	{ "error", SUMMARY_COL_ERRORS },
	{ "errors", SUMMARY_COL_ERRORS },
	{ "name", SUMMARY_COL_NAME },
	{ "syscall", SUMMARY_COL_NAME },
	{ "syscall_name", SUMMARY_COL_NAME },
	{ "syscall-name", SUMMARY_COL_NAME },
	{ "none", SUMMARY_COL_NONE },
	{ "nothing", SUMMARY_COL_NONE },
};

#define N_ALIASES (sizeof(col_aliases) / sizeof(col_aliases[0]))

static const enum summary_sort sort_of_col[SUMMARY_COL_COUNT] = {
	[SUMMARY_COL_NONE] = SUMMARY_SORT_NOTHING,
	[SUMMARY_COL_PERCENT] = SUMMARY_SORT_TIME,
	[SUMMARY_COL_TOTAL] = SUMMARY_SORT_TIME,
	[SUMMARY_COL_MIN] = SUMMARY_SORT_MIN,
	[SUMMARY_COL_MAX] = SUMMARY_SORT_MAX,
	[SUMMARY_COL_AVG] = SUMMARY_SORT_AVG,
	[SUMMARY_COL_CALLS] = SUMMARY_SORT_CALLS,
	[SUMMARY_COL_ERRORS] = SUMMARY_SORT_ERRORS,
	[SUMMARY_COL_NAME] = SUMMARY_SORT_NAME,
};

/* How strace names the personalities in the per-personality heading. */
static const char *const pers_label[PERS_COUNT] = {
	[PERS_X86_64] = "64 bit",
	[PERS_I386] = "32 bit",
	[PERS_X32] = "x32",
};

void summary_opts_init(struct summary_opts *o)
{
	static const uint8_t def[] = {
		SUMMARY_COL_PERCENT, SUMMARY_COL_TOTAL, SUMMARY_COL_AVG,
		SUMMARY_COL_CALLS,   SUMMARY_COL_ERRORS, SUMMARY_COL_NAME,
	};

	memset(o, 0, sizeof(*o));
	o->sort = SUMMARY_SORT_TIME;
	memcpy(o->columns, def, sizeof(def));
}

int summary_parse_sort(const char *arg, struct summary_opts *o, char *msg,
		       size_t msglen)
{
	for (size_t i = 0; i < N_ALIASES; i++) {
		if (strcmp(col_aliases[i].name, arg) == 0) {
			o->sort = sort_of_col[col_aliases[i].col];
			return 0;
		}
	}
	if (msg && msglen)
		snprintf(msg, msglen, "invalid sortby: '%s'", arg);
	return -EINVAL;
}

int summary_parse_columns(const char *arg, struct summary_opts *o, char *msg,
			  size_t msglen)
{
	bool seen[SUMMARY_COL_COUNT] = { false };
	uint8_t cols[SUMMARY_COL_COUNT] = { 0 };
	size_t n = 0;
	const char *item = arg;

	for (;;) {
		const char *comma = strchr(item, ',');
		size_t len = comma ? (size_t)(comma - item) : strlen(item);
		size_t i;

		for (i = 0; i < N_ALIASES; i++) {
			if (col_aliases[i].col == SUMMARY_COL_NONE)
				continue;
			if (strncmp(col_aliases[i].name, item, len) == 0 &&
			    col_aliases[i].name[len] == '\0')
				break;
		}
		if (i == N_ALIASES) {
			if (msg && msglen)
				snprintf(msg, msglen,
					 "unknown column name: '%.*s'",
					 (int)len, item);
			return -EINVAL;
		}
		if (seen[col_aliases[i].col]) {
			/* strace quotes the rest of the list from the
			 * repeated name on. */
			if (msg && msglen)
				snprintf(msg, msglen,
					 "call summary column has been provided "
					 "more than once: '%s' (-U option "
					 "residual: '%s')",
					 col_aliases[i].name, item);
			return -EINVAL;
		}
		seen[col_aliases[i].col] = true;
		cols[n++] = col_aliases[i].col;
		if (!comma)
			break;
		item = comma + 1;
	}
	/* A table without names means nothing: strace always adds them. */
	if (!seen[SUMMARY_COL_NAME])
		cols[n++] = SUMMARY_COL_NAME;
	memcpy(o->columns, cols, sizeof(cols));
	return 0;
}

bool summary_needs_time(const struct summary_opts *o)
{
	if (o->sort != SUMMARY_SORT_NOTHING && o->sort != SUMMARY_SORT_CALLS &&
	    o->sort != SUMMARY_SORT_ERRORS && o->sort != SUMMARY_SORT_NAME)
		return true;
	for (int i = 0; i < SUMMARY_COL_COUNT && o->columns[i]; i++)
		if (o->columns[i] != SUMMARY_COL_CALLS &&
		    o->columns[i] != SUMMARY_COL_ERRORS &&
		    o->columns[i] != SUMMARY_COL_NAME)
			return true;
	return false;
}

void summary_init(struct summary *s)
{
	memset(s, 0, sizeof(*s));
}

void summary_free(struct summary *s)
{
	for (int p = 0; p < PERS_COUNT; p++)
		free(s->stat[p]);
	summary_init(s);
}

static struct summary_stat *slot(struct summary *s, int pers, long nr)
{
	if (pers < 0 || pers >= PERS_COUNT || nr < 0)
		return NULL;
	if (pers == PERS_X32)
		nr &= ~X32_BIT;
	if ((size_t)nr >= s->len[pers]) {
		size_t len = s->len[pers] ? s->len[pers] : 512;
		struct summary_stat *n;

		while (len <= (size_t)nr)
			len *= 2;
		n = realloc(s->stat[pers], len * sizeof(*n));
		if (!n)
			return NULL;
		memset(n + s->len[pers], 0,
		       (len - s->len[pers]) * sizeof(*n));
		s->stat[pers] = n;
		s->len[pers] = len;
	}
	return &s->stat[pers][nr];
}

int summary_add_stat(struct summary *s, enum personality pers, long nr,
		     const struct summary_stat *st)
{
	struct summary_stat *d;

	if ((int)pers < 0 || pers >= PERS_COUNT || nr < 0)
		return -EINVAL;
	if (st->calls == 0)
		return 0;
	d = slot(s, pers, nr);
	if (!d)
		return -ENOMEM;
	if (d->calls == 0 || st->min_ns < d->min_ns)
		d->min_ns = st->min_ns;
	if (st->max_ns > d->max_ns)
		d->max_ns = st->max_ns;
	d->calls += st->calls;
	d->errors += st->errors;
	d->total_ns += st->total_ns;
	return 0;
}

int summary_add(struct summary *s, enum personality pers, long nr, bool error,
		uint64_t ns)
{
	struct summary_stat st = {
		.calls = 1,
		.errors = error,
		.total_ns = ns,
		.min_ns = ns,
		.max_ns = ns,
	};

	return summary_add_stat(s, pers, nr, &st);
}

int summary_merge(struct summary *dst, const struct summary *src)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		for (size_t nr = 0; nr < src->len[p]; nr++) {
			int r = summary_add_stat(dst, p, nr, &src->stat[p][nr]);

			if (r < 0)
				return r;
		}
	}
	return 0;
}

uint64_t summary_total_calls(const struct summary *s)
{
	uint64_t n = 0;

	for (int p = 0; p < PERS_COUNT; p++)
		for (size_t nr = 0; nr < s->len[p]; nr++)
			n += s->stat[p][nr].calls;
	return n;
}

/*
 * Printing.  strace keeps times as timespecs and converts them to double
 * as sec + nsec / 1e9; doing the same arithmetic here gives the very same
 * rounding in "%.6f" and the same truncation of usecs/call.
 */
static double ns_float(uint64_t ns)
{
	return (double)(ns / NS_PER_SEC) + (double)(ns % NS_PER_SEC) / 1e9;
}

/* Average rounded half up, as strace divides its timespecs. */
static uint64_t avg_ns(uint64_t total, uint64_t calls)
{
	return (total + calls / 2) / calls;
}

struct row {
	long nr;
	const char *name;
	const struct summary_stat *st;
	uint64_t avg;
};

static int cmp_u64_desc(uint64_t a, uint64_t b)
{
	return a < b ? 1 : a > b ? -1 : 0;
}

static int row_cmp(const void *pa, const void *pb, void *key)
{
	const struct row *a = pa, *b = pb;
	int c = 0;

	switch (*(const enum summary_sort *)key) {
	case SUMMARY_SORT_NOTHING:
		break;
	case SUMMARY_SORT_TIME:
		c = cmp_u64_desc(a->st->total_ns, b->st->total_ns);
		break;
	case SUMMARY_SORT_MIN:
		c = cmp_u64_desc(a->st->min_ns, b->st->min_ns);
		break;
	case SUMMARY_SORT_MAX:
		c = cmp_u64_desc(a->st->max_ns, b->st->max_ns);
		break;
	case SUMMARY_SORT_AVG:
		c = cmp_u64_desc(a->avg, b->avg);
		break;
	case SUMMARY_SORT_CALLS:
		c = cmp_u64_desc(a->st->calls, b->st->calls);
		break;
	case SUMMARY_SORT_ERRORS:
		c = cmp_u64_desc(a->st->errors, b->st->errors);
		break;
	case SUMMARY_SORT_NAME:
		c = strcmp(a->name, b->name);
		break;
	}
	/* Equal keys keep number order, like strace's (stable) sort. */
	if (c == 0)
		c = a->nr < b->nr ? -1 : a->nr > b->nr;
	return c;
}

static int num_width(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static int num_width(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	return n < 0 ? 0 : n;
}

static int max_int(int a, int b)
{
	return a > b ? a : b;
}

static const char *const col_title[SUMMARY_COL_COUNT] = {
	[SUMMARY_COL_PERCENT] = "% time",
	[SUMMARY_COL_TOTAL] = "seconds",
	[SUMMARY_COL_MIN] = "shortest",
	[SUMMARY_COL_MAX] = "longest",
	[SUMMARY_COL_AVG] = "usecs/call",
	[SUMMARY_COL_CALLS] = "calls",
	[SUMMARY_COL_ERRORS] = "errors",
	[SUMMARY_COL_NAME] = "syscall",
};

/* What one row (or the totals line) shows in each column. */
struct cells {
	double percent;
	double total;
	double min;
	double max;
	uint64_t avg_us;
	uint64_t calls;
	uint64_t errors;
	const char *name;
};

static void print_line(FILE *f, const uint8_t *cols, int ncols,
		       const int *width, const struct cells *c)
{
	for (int i = 0; i < ncols; i++) {
		int w = width[cols[i]];

		if (i)
			fputc(' ', f);
		switch (cols[i]) {
		case SUMMARY_COL_PERCENT:
			fprintf(f, "%*.2f", w, c->percent);
			break;
		case SUMMARY_COL_TOTAL:
			fprintf(f, "%*.6f", w, c->total);
			break;
		case SUMMARY_COL_MIN:
			fprintf(f, "%*.6f", w, c->min);
			break;
		case SUMMARY_COL_MAX:
			fprintf(f, "%*.6f", w, c->max);
			break;
		case SUMMARY_COL_AVG:
			fprintf(f, "%*" PRIu64, w, c->avg_us);
			break;
		case SUMMARY_COL_CALLS:
			fprintf(f, "%*" PRIu64, w, c->calls);
			break;
		case SUMMARY_COL_ERRORS:
			/* precision 0: a zero prints as blanks */
			fprintf(f, "%*.0" PRIu64, w, c->errors);
			break;
		case SUMMARY_COL_NAME:
			if (i == ncols - 1)
				fputs(c->name, f);
			else
				fprintf(f, "%-*s", w, c->name);
			break;
		}
	}
	fputc('\n', f);
}

static void print_rule(FILE *f, const uint8_t *cols, int ncols,
		       const int *width)
{
	for (int i = 0; i < ncols; i++) {
		if (i)
			fputc(' ', f);
		for (int j = 0; j < width[cols[i]]; j++)
			fputc('-', f);
	}
	fputc('\n', f);
}

static int print_pers(FILE *f, const struct summary *s, int pers,
		      const struct summary_opts *o)
{
	const struct sc_table *tab = arch_pers[pers].table;
	const uint8_t *cols = o->columns;
	struct row *rows;
	char(*names)[32];
	size_t n = 0;
	uint64_t cum_ns = 0, calls = 0, errors = 0;
	uint64_t min_all = UINT64_MAX, min_max = 0, max_all = 0, avg_max = 0;
	size_t name_max = 0;
	int width[SUMMARY_COL_COUNT];
	int ncols = 0;
	double cum;
	struct cells c;

	for (size_t nr = 0; nr < s->len[pers]; nr++)
		n += s->stat[pers][nr].calls != 0;
	rows = calloc(n ? n : 1, sizeof(*rows));
	names = calloc(n ? n : 1, sizeof(*names));
	if (!rows || !names) {
		free(rows);
		free(names);
		return -ENOMEM;
	}

	n = 0;
	for (size_t nr = 0; nr < s->len[pers]; nr++) {
		const struct summary_stat *st = &s->stat[pers][nr];
		const struct sc_info *info;
		struct row *r = &rows[n];

		if (st->calls == 0)
			continue;
		info = sc_get(tab, (long)nr);
		if (info) {
			r->name = info->name;
		} else if (sc_mux_name(tab, (long)nr)) {
			r->name = sc_mux_name(tab, (long)nr);
		} else {
			/* strace's spelling of a number it cannot name */
			snprintf(names[n], sizeof(names[n]), "syscall_%#lx",
				 (unsigned long)nr + arch_pers[pers].nr_bias);
			r->name = names[n];
		}
		r->nr = (long)nr;
		r->st = st;
		r->avg = avg_ns(st->total_ns, st->calls);
		n++;

		cum_ns += st->total_ns;
		calls += st->calls;
		errors += st->errors;
		if (st->min_ns < min_all)
			min_all = st->min_ns;
		if (st->min_ns > min_max)
			min_max = st->min_ns;
		if (st->max_ns > max_all)
			max_all = st->max_ns;
		if (r->avg > avg_max)
			avg_max = r->avg;
		if (strlen(r->name) > name_max)
			name_max = strlen(r->name);
	}

	qsort_r(rows, n, sizeof(*rows), row_cmp, (void *)&o->sort);

	cum = ns_float(cum_ns);
	width[SUMMARY_COL_NONE] = 0;
	width[SUMMARY_COL_PERCENT] = 6;
	width[SUMMARY_COL_TOTAL] = max_int(11, num_width("%.6f", cum));
	width[SUMMARY_COL_MIN] =
		max_int(8, num_width("%" PRIu64 ".000000", min_max / NS_PER_SEC));
	width[SUMMARY_COL_MAX] =
		max_int(7, num_width("%" PRIu64 ".000000", max_all / NS_PER_SEC));
	width[SUMMARY_COL_AVG] = max_int(
		11, num_width("%" PRIu64, (uint64_t)(ns_float(avg_max) * 1e6)));
	width[SUMMARY_COL_CALLS] = max_int(9, num_width("%" PRIu64, calls));
	width[SUMMARY_COL_ERRORS] = max_int(9, num_width("%" PRIu64, errors));
	width[SUMMARY_COL_NAME] = max_int(16, (int)name_max + 1);

	while (ncols < SUMMARY_COL_COUNT && cols[ncols] != SUMMARY_COL_NONE)
		ncols++;

	/* header: numbers right-aligned, the name left-aligned */
	for (int i = 0; i < ncols; i++) {
		const char *t = col_title[cols[i]];

		if (i)
			fputc(' ', f);
		if (cols[i] != SUMMARY_COL_NAME)
			fprintf(f, "%*s", width[cols[i]], t);
		else if (i == ncols - 1)
			fputs(t, f);
		else
			fprintf(f, "%-*s", width[cols[i]], t);
	}
	fputc('\n', f);
	print_rule(f, cols, ncols, width);

	for (size_t i = 0; i < n; i++) {
		const struct summary_stat *st = rows[i].st;
		double t = ns_float(st->total_ns);

		c.percent = 100.0 * t;
		/* a zero total would give 0/0 */
		if (c.percent != 0.0)
			c.percent /= cum;
		c.total = t;
		c.min = ns_float(st->min_ns);
		c.max = ns_float(st->max_ns);
		c.avg_us = (uint64_t)(ns_float(rows[i].avg) * 1e6);
		c.calls = st->calls;
		c.errors = st->errors;
		c.name = rows[i].name;
		print_line(f, cols, ncols, width, &c);
	}

	print_rule(f, cols, ncols, width);
	c.percent = 100.0;
	c.total = cum;
	c.min = ns_float(min_all);
	c.max = ns_float(max_all);
	c.avg_us = (uint64_t)(cum / (double)calls * 1e6);
	c.calls = calls;
	c.errors = errors;
	c.name = "total";
	print_line(f, cols, ncols, width, &c);

	free(rows);
	free(names);
	return 0;
}

int summary_print(FILE *f, const struct summary *s,
		  const struct summary_opts *o)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		bool any = false;
		int r;

		for (size_t nr = 0; nr < s->len[p] && !any; nr++)
			any = s->stat[p][nr].calls != 0;
		if (!any)
			continue;
		if (p != PERS_X86_64)
			fprintf(f, "System call usage summary for %s mode:\n",
				pers_label[p]);
		r = print_pers(f, s, p, o);
		if (r < 0)
			return r;
	}
	return ferror(f) ? -EIO : 0;
}
