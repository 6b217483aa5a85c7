/* -e inject=SET:ACTION... and -e fault=SET[:error=E][:when=W]. */
#include "selection/internal.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ERRNO 4095
#define MAX_SIGNAL 64
#define NS_PER_S 1000000000LL

#define ACTIONS                                                         \
	(SEL_INJ_ERROR | SEL_INJ_RETVAL | SEL_INJ_SIGNAL |              \
	 SEL_INJ_DELAY_ENTER | SEL_INJ_DELAY_EXIT | SEL_INJ_POKE_ENTER | \
	 SEL_INJ_POKE_EXIT)

void sel_inject_release(struct sel_inject *r)
{
	for (size_t i = 0; i < r->npokes; i++)
		free(r->pokes[i].data);
	free(r->pokes);
	r->pokes = NULL;
	r->npokes = 0;
}

/* Strip prefix from s: the rest, or NULL when s does not start with it. */
static const char *after(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(s, prefix, n) == 0 ? s + n : NULL;
}

/* F, F+, F+S, F..L, F..L+, F..L+S with F, S in 1..65535, L in F..65534. */
static bool parse_when(const char *val, struct sel_when *w)
{
	char *end;
	long long v = sel_parse_uint(val, &end, 0xffff, "+.");

	if (v < 1)
		return false;
	w->first = (uint16_t)v;
	w->last = SEL_WHEN_INF;
	if (end[0] == '.') {
		if (end[1] != '.')
			return false;
		v = sel_parse_uint(end + 2, &end, 0xffff, "+");
		if (v < w->first || v == SEL_WHEN_INF)
			return false;
		w->last = (uint16_t)v;
	}
	if (end[0] == '+') {
		if (end[1]) {
			v = sel_parse_uint(end + 1, NULL, 0xffff, NULL);
			if (v < 1)
				return false;
			w->step = (uint16_t)v;
		} else {
			w->step = 1;
		}
	} else {
		/* A bare F means that one invocation only. */
		w->step = w->last == SEL_WHEN_INF ? 0 : 1;
	}
	return true;
}

/* Unit suffix in nanoseconds: none is microseconds. */
static long long time_scale(const char *s)
{
	if (!*s)
		return 1000;
	if (strcasecmp(s, "s") == 0)
		return NS_PER_S;
	if (strcasecmp(s, "ms") == 0)
		return 1000000;
	if (strcasecmp(s, "us") == 0)
		return 1000;
	if (strcasecmp(s, "ns") == 0)
		return 1;
	return -1;
}

/* strace's time specification: a non-negative decimal integer or
 * floating point number with an optional s/ms/us/ns suffix. */
static bool parse_delay(const char *s, struct timespec *ts)
{
	size_t flen = strspn(s, "eE.-+0123456789");
	size_t ilen = strspn(s, "+0123456789");
	bool is_float = flen > ilen;
	double f = 0;
	long long i = 0, scale, per_s;
	char *end;

	if (is_float) {
		errno = 0;
		f = strtod(s, &end);
		if (end == s || errno || !(f >= 0))
			return false;
	} else {
		i = sel_parse_uint(s, &end, LLONG_MAX, "smun");
		if (i < 0)
			return false;
	}
	scale = time_scale(end);
	if (scale < 0)
		return false;
	per_s = NS_PER_S / scale; /* units in a second */
	if (!is_float) {
		ts->tv_sec = (time_t)(i / per_s);
		ts->tv_nsec = (long)(i % per_s * scale);
		return true;
	}
	if (f / (double)per_s >= 9.2e18) {
		/* Saturate instead of overflowing time_t. */
		ts->tv_sec = (time_t)INT64_MAX;
		ts->tv_nsec = 0;
		return true;
	}
	ts->tv_sec = (time_t)(f / (double)per_s);
	ts->tv_nsec = (long)((uint64_t)((f - (double)ts->tv_sec * (double)per_s) *
					(double)scale) %
			     NS_PER_S);
	return true;
}

/* @argN=HEX[,@argN=HEX]...: bytes to write where argument N points. */
static bool parse_pokes(struct sel_inject *r, const char *val, bool enter)
{
	char *copy, *save = NULL;
	bool ok = true;

	if (!*val)
		return false;
	copy = strdup(val);
	if (!copy)
		return false;
	for (char *tok = strtok_r(copy, ",", &save); tok && ok;
	     tok = strtok_r(NULL, ",", &save)) {
		const char *hex = after(tok, "@arg");
		struct sel_poke pk = { .enter = enter }, *n;
		size_t len;

		ok = false;
		if (!hex || hex[0] < '1' || hex[0] > '7' || hex[1] != '=')
			break;
		pk.arg = (uint8_t)(hex[0] - '0');
		hex += 2;
		len = strlen(hex);
		if (!len || len % 2 || len > 2048)
			break;
		/* One poke per argument and direction. */
		for (size_t i = 0; i < r->npokes; i++)
			if (r->pokes[i].enter == enter &&
			    r->pokes[i].arg == pk.arg)
				goto out;
		pk.len = (uint16_t)(len / 2);
		pk.data = malloc(pk.len);
		if (!pk.data)
			break;
		for (size_t i = 0; i < pk.len; i++) {
			/* sscanf's leniency is strace's: " f" and "0x" pass. */
			if (sscanf(hex + 2 * i, "%2hhx", &pk.data[i]) != 1) {
				free(pk.data);
				goto out;
			}
		}
		n = realloc(r->pokes, (r->npokes + 1) * sizeof(*n));
		if (!n) {
			free(pk.data);
			break;
		}
		r->pokes = n;
		r->pokes[r->npokes++] = pk;
		ok = true;
	}
out:
	free(copy);
	return ok;
}

/* strace warns when a success value could read as an error in some
 * personality, or will not fit a 32-bit return register. */
static void retval_warning(uint64_t v, char *err, size_t errlen)
{
	int64_t s64 = (int64_t)v;
	int32_t s32 = (int32_t)(uint32_t)v;

	if (s64 < 0 && s64 >= -MAX_ERRNO)
		sel_seterr(err, errlen,
			   "Inadvertent injection of error %" PRId64
			   " is possible for retval=%" PRIu64,
			   -s64, v);
	else if (s32 < 0 && s32 >= -MAX_ERRNO)
		sel_seterr(err, errlen,
			   "Inadvertent injection of error %d is possible in "
			   "compat personality for retval=%" PRIu64,
			   -s32, v);
	else if ((uint32_t)v != v)
		sel_seterr(err, errlen,
			   "Injected return value %" PRIu64 " will be clipped "
			   "to %u in compat personality",
			   v, (unsigned int)(uint32_t)v);
}

static bool parse_token(struct sel_inject *r, const char *tok, bool fault,
			char *warn, size_t warnlen)
{
	const char *val;

	if ((val = after(tok, "when="))) {
		/* The last when= wins. */
		return parse_when(val, &r->when);
	}
	if ((val = after(tok, "syscall="))) {
		if (r->flags & SEL_INJ_SYSCALL)
			return false;
		/* Only a side-effect free call may stand in, and it must
		 * exist in every personality. */
		for (int p = 0; p < PERS_COUNT; p++) {
			const struct sc_table *t = arch_pers[p].table;
			long nr = sc_lookup(t, val);
			const struct sc_info *si = sc_get(t, nr);

			if (!si || !(si->classes & SC_PURE))
				return false;
			r->scno[p] = nr;
		}
		r->flags |= SEL_INJ_SYSCALL;
		return true;
	}
	if ((val = after(tok, "error="))) {
		long long e;

		if (r->flags & (SEL_INJ_ERROR | SEL_INJ_RETVAL))
			return false;
		e = sel_parse_uint(val, NULL, MAX_ERRNO, NULL);
		if (e < 0)
			e = sel_errno_number(val);
		if (e < 1)
			return false;
		r->error = (uint16_t)e;
		r->flags |= SEL_INJ_ERROR;
		return true;
	}
	if (fault)
		return false;
	if ((val = after(tok, "retval="))) {
		unsigned long long v;
		char *end;

		if (r->flags & (SEL_INJ_ERROR | SEL_INJ_RETVAL))
			return false;
		errno = 0;
		v = strtoull(val, &end, 0);
		if (end == val || *end || (v == ULLONG_MAX && errno))
			return false;
		retval_warning(v, warn, warnlen);
		r->retval = v;
		r->flags |= SEL_INJ_RETVAL;
		return true;
	}
	if ((val = after(tok, "signal="))) {
		int sig;

		if (r->flags & SEL_INJ_SIGNAL)
			return false;
		sig = sel_signal_number(val);
		if (sig < 1 || sig > MAX_SIGNAL)
			return false;
		r->signo = (uint8_t)sig;
		r->flags |= SEL_INJ_SIGNAL;
		return true;
	}
	if ((val = after(tok, "poke_enter="))) {
		if ((r->flags & SEL_INJ_POKE_ENTER) || !parse_pokes(r, val, true))
			return false;
		r->flags |= SEL_INJ_POKE_ENTER;
		return true;
	}
	if ((val = after(tok, "poke_exit="))) {
		if ((r->flags & SEL_INJ_POKE_EXIT) || !parse_pokes(r, val, false))
			return false;
		r->flags |= SEL_INJ_POKE_EXIT;
		return true;
	}
	if ((val = after(tok, "delay_enter="))) {
		if ((r->flags & SEL_INJ_DELAY_ENTER) ||
		    !parse_delay(val, &r->delay_enter))
			return false;
		r->flags |= SEL_INJ_DELAY_ENTER;
		return true;
	}
	if ((val = after(tok, "delay_exit="))) {
		if ((r->flags & SEL_INJ_DELAY_EXIT) ||
		    !parse_delay(val, &r->delay_exit))
			return false;
		r->flags |= SEL_INJ_DELAY_EXIT;
		return true;
	}
	return false;
}

int sel_parse_inject(struct selection *sel, const char *str, bool fault,
		     char *err, size_t errlen)
{
	const char *what = fault ? "fault argument" : "inject argument";
	struct sel_inject r = {
		.when = { .first = 1, .last = SEL_WHEN_INF, .step = 1 },
	};
	struct sel_inject *n;
	char *copy, *save = NULL;
	const char *set = "";
	int rc = -EINVAL;

	for (int p = 0; p < PERS_COUNT; p++)
		r.scno[p] = -1;
	copy = strdup(str);
	if (!copy)
		return -ENOMEM;
	/* Options are checked before the set, as strace does; an expression
	 * starting with ':' has an empty set and its options go unread. */
	if (str[0] && str[0] != ':') {
		char *tok;

		set = strtok_r(copy, ":", &save);
		while ((tok = strtok_r(NULL, ":", &save))) {
			if (!parse_token(&r, tok, fault, sel->warning,
					 sizeof(sel->warning))) {
				sel_seterr(err, errlen, "invalid %s '%s'", what,
					   str);
				goto fail;
			}
		}
	}
	rc = sel_syscall_set(r.set, set, &sel->err_usage, err, errlen);
	if (rc)
		goto fail;
	if (!(r.flags & ACTIONS)) {
		if (!fault) {
			sel_seterr(err, errlen, "invalid %s '%s'", what, str);
			rc = -EINVAL;
			goto fail;
		}
		r.error = ENOSYS;
		r.flags |= SEL_INJ_ERROR;
	}
	n = realloc(sel->injects, (sel->ninjects + 1) * sizeof(*n));
	if (!n) {
		rc = -ENOMEM;
		goto fail;
	}
	sel->injects = n;
	sel->injects[sel->ninjects++] = r;
	for (int p = 0; p < PERS_COUNT; p++)
		for (unsigned int i = 0; i < BITSET_WORDS; i++)
			sel->inject[p].w[i] |= r.set[p].w[i];
	free(copy);
	return 0;
fail:
	sel_inject_release(&r);
	free(copy);
	return rc;
}
