/*
** coder_events.c — the emit step and what follows it: an event for each
** source and target a clause found (or the reason there is none), the
** strings they keep in the document's pool, the explain list of rejected
** candidates, and the public events a document ends with.
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* ---- strings kept for the document's events ---- */

uint32_t coder_keep(dyad_coder *c, const char *s, size_t n)
{
    uint32_t off = (uint32_t)c->pool.len;
    sb_append(&c->pool, s, n);
    sb_putc(&c->pool, '\0');
    return off;
}

uint32_t coder_keepf(dyad_coder *c, const char *fmt, ...)
{
    uint32_t off = (uint32_t)c->pool.len;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&c->pool, fmt, ap);
    va_end(ap);
    sb_putc(&c->pool, '\0');
    return off;
}

void coder_reject(dyad_coder *c, const sent_ctx *s, const char *fmt, ...)
{
    if (!c->opts.explain)
        return;
    if (base_grow((void **)&c->rej, &c->rej_cap, c->nrej + 1, sizeof *c->rej) < 0) {
        c->pool.oom = 1;
        return;
    }
    uint32_t off = (uint32_t)c->pool.len;
    sb_printf(&c->pool, "sent %ld: ", s->index);
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&c->pool, fmt, ap);
    va_end(ap);
    sb_putc(&c->pool, '\0');
    c->rej[c->nrej++] = off;
}

/* ---- building events ---- */

/* The text of tokens [first, end) of the sentence: *p and *n. */
static void span_text(const sent_ctx *s, uint32_t first, uint32_t end, const char **p,
                      size_t *n)
{
    *p = s->ls.text + s->ls.toks[first].start;
    *n = s->ls.toks[end - 1].start + s->ls.toks[end - 1].len - s->ls.toks[first].start;
}

static void pattern_text(dyad_coder *c, const match_state *m, strbuf *b)
{
    const dict_pattern *p = m->pattern;
    if (!p) {
        sb_puts(b, m->verb->lemma);
        return;
    }
    for (int side = 0; side < 2; side++) {
        const dict_elem *el = side ? p->post : p->pre;
        uint32_t n = side ? p->npost : p->npre;
        if (side)
            sb_printf(b, "%s%s", b->len ? " " : "", m->verb->lemma);
        for (uint32_t i = 0; i < n; i++) {
            if (b->len)
                sb_putc(b, ' ');
            switch (el[i].kind) {
            case DICT_EL_WORD: sb_puts(b, dict_word_str(c->d, el[i].id)); break;
            case DICT_EL_SYNSET: sb_puts(b, dict_synset_at(c->d, el[i].id)->name); break;
            case DICT_EL_SOURCE: sb_putc(b, '$'); break;
            case DICT_EL_TARGET: sb_putc(b, '+'); break;
            case DICT_EL_COMPOUND: sb_putc(b, '%'); break;
            case DICT_EL_SKIP: sb_putc(b, '^'); break;
            case DICT_EL_NP_OPEN: sb_putc(b, '{'); break;
            case DICT_EL_NP_CLOSE: sb_putc(b, '}'); break;
            case DICT_EL_PP_OPEN: sb_putc(b, '('); break;
            case DICT_EL_PP_CLOSE: sb_putc(b, ')'); break;
            }
        }
    }
}

/* Adds actor a of sentence s to the document's mentions, once per span
** and code; partial mode's unknown actor names nothing. -1 on no memory. */
static int mention(dyad_coder *c, const sent_ctx *s, const actor_ref *a)
{
    doc_ctx *d = &c->doc;
    if (strcmp(a->code, "---") == 0)
        return 0;
    for (size_t i = d->nmentions; i-- > 0 && d->mentions[i].sent == s->index;)
        if (d->mentions[i].first == a->first && d->mentions[i].end == a->end &&
            strcmp(d->mentions[i].code, a->code) == 0)
            return 0;
    if (base_grow((void **)&d->mentions, &d->mentions_cap, d->nmentions + 1,
                  sizeof *d->mentions) < 0)
        return -1;
    doc_mention *m = &d->mentions[d->nmentions++];
    snprintf(m->code, sizeof m->code, "%s", a->code);
    m->sent = s->index;
    m->first = a->first;
    m->end = a->end;
    return 0;
}

/* Records the event src does code to tgt, as clause job j found it;
** nothing when the sentence has it already. Returns -1 on no memory. */
static int add_event(dyad_coder *c, const sent_ctx *s, const clause_job *j, const char *code,
                     const actor_ref *src, const actor_ref *tgt)
{
    const clause *cl = j->cl;
    const match_state *m = &j->m;
    /* one event per (source, target, code) in a sentence */
    for (size_t i = s->first_event; i < c->nev; i++) {
        const event_rec *e = &c->ev[i];
        if (strcmp(e->source, src->code) == 0 && strcmp(e->target, tgt->code) == 0 &&
            strcmp(c->pool.s + e->code, code) == 0)
            return 0;
    }
    if (base_grow((void **)&c->ev, &c->ev_cap, c->nev + 1, sizeof *c->ev) < 0)
        return -1;
    event_rec *e = &c->ev[c->nev];
    memset(e, 0, sizeof *e);
    snprintf(e->source, sizeof e->source, "%s", src->code);
    snprintf(e->target, sizeof e->target, "%s", tgt->code);
    e->sent = s->index;
    e->mod = j->mod;
    e->quoted = cl->quoted;
    e->cameo = cameo_find(c->cameo, code, strlen(code));
    e->code = coder_keep(c, code, strlen(code));
    const char *p;
    size_t n;
    span_text(s, src->first, src->end, &p, &n);
    e->source_text = coder_keep(c, p, n);
    span_text(s, tgt->first, tgt->end, &p, &n);
    e->target_text = coder_keep(c, p, n);
    const phrase *vg = &s->ls.phrases[cl->verb];
    span_text(s, vg->first, vg->end, &p, &n);
    e->verb = coder_keep(c, p, n);
    e->sentence = s->sentence_off;
    strbuf pt = {0};
    pattern_text(c, m, &pt);
    e->pattern = coder_keep(c, sb_str(&pt), pt.len);
    sb_free(&pt);
    const char *pf = m->pattern ? m->pattern->file : m->verb->file;
    long pl = m->pattern ? m->pattern->line : m->verb->line;
    e->pattern_file = coder_keep(c, pf ? pf : "", pf ? strlen(pf) : 0);
    e->pattern_line = pl;
    e->source_entry =
        coder_keepf(c, "%s:%u", src->entry_file ? src->entry_file : "", src->entry_line);
    e->target_entry =
        coder_keepf(c, "%s:%u", tgt->entry_file ? tgt->entry_file : "", tgt->entry_line);
    e->place = j->where;
    e->place_from = j->where_from;
    c->nev++;
    return mention(c, s, src) < 0 || mention(c, s, tgt) < 0 ? -1 : 0;
}

/* ---- the emit step ---- */

/* Explains a candidate turned down for want of an actor in role, naming
** the words that were looked up (np, or -1 when the clause had none). */
static void reject_missing(dyad_coder *c, const sent_ctx *s, const char *lemma,
                           const char *code, const char *role, int32_t np)
{
    const char *w = "";
    size_t wn = 0;
    if (np >= 0)
        span_text(s, s->ls.phrases[np].first, s->ls.phrases[np].end, &w, &wn);
    if (wn)
        coder_reject(c, s, "verb '%s' (%s): no %s actor in '%.*s'", lemma, code, role, (int)wn,
                     w);
    else
        coder_reject(c, s, "verb '%s' (%s): no %s actor (no words for it)", lemma, code, role);
}

/* The unknown actor "---" of partial mode; its words are the verb's. */
static void null_actor(actor_ref *a, const phrase *vg)
{
    memset(a, 0, sizeof *a);
    snprintf(a->code, sizeof a->code, "---");
    a->first = vg->first;
    a->end = vg->end;
}

/* Each member of a[0..n) towards each other one, with j's first code:
** "Xi and Putin met". Returns -1 on no memory, else 0. */
static int pair_each(dyad_coder *c, const sent_ctx *s, const clause_job *j,
                     const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++)
            if (i != k && j->code1[0] && strcmp(a[i].code, a[k].code) != 0 &&
                add_event(c, s, j, j->code1, &a[i], &a[k]) < 0)
                return -1;
    return 0;
}

int coder_clause_emit(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (j->ns == 0 && c->opts.partial && j->nt > 0) {
        j->ns = 1;
        null_actor(&j->src[0], j->vg);
    }
    if (j->ns == 0) {
        reject_missing(c, s, j->lemma, j->code1, "source", j->src_np);
        return 0;
    }
    /* "the plan was welcomed by the World Bank and the IMF": in the passive
    ** the subject is what the agents acted on; when it names no actor they
    ** did nothing to each other, unless the pattern's own words took the
    ** subject in ("talks were held by Xi and Putin") */
    int each_other = (j->mutual || j->together) && j->ns >= 2;
    if (j->nt == 0 && j->passive && !j->m.subject_words && each_other) {
        coder_reject(c, s, "verb '%s' (%s): passive with no actor in its subject; the agents "
                           "are not paired", j->lemma, j->code1);
        return 0;
    }
    /* "brokered a deal to normalize relations between Sudan and Israel" */
    if (j->between)
        return pair_each(c, s, j, j->tgt, j->nt);
    /* "Xi and Putin met": each member to each other */
    if (j->nt == 0 && each_other)
        return pair_each(c, s, j, j->src, j->ns);
    if (j->nt == 0 && c->opts.partial) {
        j->nt = 1;
        null_actor(&j->tgt[0], j->vg);
    }
    if (j->nt == 0) {
        reject_missing(c, s, j->lemma, j->code1, "target", j->tgt_np);
        return 0;
    }
    for (int i = 0; i < j->ns; i++)
        for (int k = 0; k < j->nt; k++) {
            const actor_ref *src = &j->src[i], *tgt = &j->tgt[k];
            if (strcmp(src->code, tgt->code) == 0) {
                coder_reject(c, s, "verb '%s' (%s): source and target are both %s", j->lemma,
                             j->code1, src->code);
                continue;
            }
            if (j->code1[0] && add_event(c, s, j, j->code1, src, tgt) < 0)
                return -1;
            if (j->code1[0] && j->mutual && add_event(c, s, j, j->code1, tgt, src) < 0)
                return -1;
            if (j->code2 && add_event(c, s, j, j->code2, tgt, src) < 0)
                return -1;
        }
    return 0;
}

/* ---- publishing ---- */

/* The place of event r, in the public fields of e. */
static void publish_place(dyad_event *e, const event_rec *r)
{
    static const char *const from[] = {"", "clause", "sentence", "dateline"};
    const place_mention *p = &r->place;
    e->place = e->place_region = e->place_country = e->place_country_name = e->place_from = "";
    if (r->place_from == PLACE_FROM_NONE || r->place_from > PLACE_FROM_DATELINE)
        return;
    e->place_country = p->country;
    e->place_country_name = place_country_name(p->country);
    e->place_from = from[r->place_from];
    if (p->city >= 0) {
        e->place = place_city_name(p->city);
        e->place_region = place_city_state(p->city);
        e->place_has_coords = 1;
        e->place_lat = place_city_lat(p->city);
        e->place_lon = place_city_lon(p->city);
    } else {
        e->place = place_country_name(p->country);
    }
}

int coder_publish(dyad_coder *c, const dyad_doc *doc)
{
    if (c->pool.oom)
        return -1;
    if (base_grow((void **)&c->pub, &c->pub_cap, c->nev + 1, sizeof *c->pub) < 0)
        return -1;
    const char *P = c->pool.s;
    for (size_t i = 0; i < c->nev; i++) {
        const event_rec *r = &c->ev[i];
        if (r->mod == MOD_NEGATED && !c->opts.all_modalities)
            continue;
        dyad_event *e = &c->pub[c->npub++];
        memset(e, 0, sizeof *e);
        e->doc = doc->id;
        e->url = doc->url;
        e->sent = r->sent;
        e->date = c->date_str;
        e->source = r->source;
        e->target = r->target;
        e->code = P + r->code;
        e->root = r->cameo ? r->cameo->root : "";
        e->event_name = r->cameo ? r->cameo->name : "";
        e->goldstein = r->cameo ? r->cameo->goldstein : 0;
        e->quad = r->cameo ? r->cameo->quad : 0;
        e->plover = r->cameo ? r->cameo->plover : "";
        e->modality = modality_name(r->mod);
        e->source_text = P + r->source_text;
        e->target_text = P + r->target_text;
        e->verb = P + r->verb;
        e->sentence = P + r->sentence;
        e->pattern = P + r->pattern;
        e->pattern_file = P + r->pattern_file;
        e->pattern_line = r->pattern_line;
        e->source_entry = P + r->source_entry;
        e->target_entry = P + r->target_entry;
        e->quoted = r->quoted;
        publish_place(e, r);
    }
    if (base_grow((void **)&c->rej_pub, &c->rej_pub_cap, c->nrej + 1, sizeof *c->rej_pub) < 0)
        return -1;
    for (size_t i = 0; i < c->nrej; i++)
        c->rej_pub[i] = P + c->rej[i];
    return 0;
}
