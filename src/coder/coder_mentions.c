/*
** coder_mentions.c — the article level's resolved mentions made public
** (dyad_coder_mention, `dyad mentions`): each pronoun, surname, title and
** group phrase the mention table resolved, with the name and the codes of
** what it stands for. The strings live in the document's pool.
*/
#include "coder/coder_int.h"

#include <string.h>

static const char *how_name(int how)
{
    switch (how) {
    case MREF_SHORT: return "surname";
    case MREF_PRONOUN: return "pronoun";
    case MREF_TITLE: return "title";
    case MREF_SET: return "group";
    }
    return "name";
}

/* Appends entity e's fullest name, and its code (when it has one) to
** codes; a set's members joined by '|'. */
static void entity_names(dyad_coder *c, const char *text, int32_t e, strbuf *names,
                         strbuf *codes)
{
    const ment_entity *en = mentions_entity(c->ment, e);
    if (en->kind == ENT_SET) {
        for (int k = 0; k < en->nmembers; k++) {
            if (k)
                sb_putc(names, '|');
            entity_names(c, text, en->members[k], names, codes);
        }
        return;
    }
    sb_append(names, text + en->name_start, en->name_end - en->name_start);
    const char *code = (size_t)e < c->doc.nent && c->doc.ent[e].code[0] ? c->doc.ent[e].code
                                                                         : en->code;
    if (code[0]) {
        if (codes->len)
            sb_putc(codes, '|');
        sb_puts(codes, code);
    }
}

/* Is e someone the article names? A bare plural of agents ("Police ...
** They") is an entity only for the coder's "they": no one named. */
static int named(const dyad_coder *c, int32_t e)
{
    return e >= 0 && !mentions_entity(c->ment, e)->bare;
}

int coder_publish_mentions(dyad_coder *c, const dyad_doc *doc)
{
    c->nmpub = 0;
    if (!c->opts.mentions)
        return 0;
    size_t n = mentions_out_count(c->ment);
    /* offsets first: the pool may move while it grows */
    typedef struct { uint32_t text, entity, code; } offs;
    offs *o = dy_malloc((n + 1) * sizeof *o);
    if (!o || base_grow((void **)&c->mpub, &c->mpub_cap, n + 1, sizeof *c->mpub) < 0) {
        dy_free(o);
        return -1;
    }
    strbuf names = {0}, codes = {0};
    for (size_t i = 0; i < n; i++) {
        const ment_out *m = mentions_out(c->ment, i);
        sb_reset(&names);
        sb_reset(&codes);
        if (named(c, m->ent))
            entity_names(c, doc->text, m->ent, &names, &codes);
        o[i].text = coder_keep(c, doc->text + m->start, m->end - m->start);
        o[i].entity = coder_keep(c, sb_str(&names), names.len);
        o[i].code = coder_keep(c, sb_str(&codes), codes.len);
    }
    int oom = names.oom || codes.oom;
    sb_free(&names);
    sb_free(&codes);
    if (oom || c->pool.oom) {
        dy_free(o);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const ment_out *m = mentions_out(c->ment, i);
        dyad_mention *p = &c->mpub[c->nmpub++];
        p->sent = m->sent;
        p->start = m->start;
        p->end = m->end;
        p->kind = how_name(m->how);
        p->text = c->pool.s + o[i].text;
        p->entity = c->pool.s + o[i].entity;
        p->code = c->pool.s + o[i].code;
        p->entity_sent = named(c, m->ent) ? mentions_entity(c->ment, m->ent)->intro_sent : -1;
    }
    dy_free(o);
    return 0;
}

size_t dyad_coder_mention_count(const dyad_coder *c) { return c ? c->nmpub : 0; }

const dyad_mention *dyad_coder_mention(const dyad_coder *c, size_t i)
{
    return c && i < c->nmpub ? &c->mpub[i] : NULL;
}
