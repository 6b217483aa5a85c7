/* Helpers shared by the text and JSON renderers. */
#include "emit/render.h"

uint64_t render_flags_split(const struct const_table *t, uint64_t v,
			    void (*fn)(void *arg, const char *name), void *arg)
{
	uint64_t rest = v;
	uint64_t taken = 0;

	for (size_t i = 0; i < t->count; i++) {
		const struct const_entry *e = &t->entries[i];
		if (e->mask == 0)
			continue; /* a zero flag names only the value 0 */
		if (e->mask & taken)
			continue;
		if ((v & e->mask) != e->value)
			continue;
		fn(arg, e->name);
		taken |= e->mask;
		rest &= ~e->mask;
	}
	if (v == 0 && taken == 0) {
		for (size_t i = 0; i < t->count; i++) {
			if (t->entries[i].value == 0 && t->entries[i].mask == 0) {
				fn(arg, t->entries[i].name);
				break;
			}
		}
	}
	return rest;
}

void render_begin(struct render *r)
{
	r->depth = 0;
	r->first[0] = true;
	r->kind[0] = 'l';
	r->after_field = false;
	r->after_join = false;
	r->top_items = 0;
	r->join_depth = -1;
	for (int i = 0; i < RENDER_MAX_DEPTH; i++) {
		r->closer[i] = NULL;
		r->tail[i] = NULL;
		r->unnamed[i] = 0;
	}
}

void render_finish(struct render *r)
{
	if (r->tail[0]) {
		sb_puts(r->out, r->tail[0]);
		r->tail[0] = NULL;
	}
}

void render_sep_now(struct render *r)
{
	/* JSON keeps its own separators: only text prints one early */
	if (r->json || r->depth != 0 || r->top_items == 0)
		return;
	sb_puts(r->out, ", ");
	r->after_join = true;
}
