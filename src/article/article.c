/*
** article.c — the article stage's lifecycle and sentence loop, the helpers
** names.c and quote.c share, and the quotes made public at the end of a
** document.
*/
#include "article/article_int.h"

#include <string.h>

art_doc *art_new(const dict *d)
{
    art_doc *a = dy_calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->d = d;
    a->open = -1;
    a->last_sent = -1;
    if (art_names_init(a) < 0 || art_quotes_init(a) < 0) {
        art_free(a);
        return NULL;
    }
    return a;
}

void art_free(art_doc *a)
{
    if (!a)
        return;
    sb_free(&a->pool);
    base_wordset_free(&a->name_words);
    base_wordset_free(&a->verb_words);
    dy_free(a->people);
    dy_free(a->keys);
    dy_free(a->slots);
    dy_free(a->recs);
    dy_free(a->inq);
    dy_free(a->used);
    dy_free(a->marks);
    dy_free(a->tclass);
    dy_free(a->texts);
    dy_free(a->pp_at);
    dy_free(a->order);
    dy_free(a->spk_prev);
    dy_free(a->spk_next);
    dy_free(a->spk);
    dy_free(a->qcount);
    dy_free(a->acc);
    dy_free(a->appos);
    dy_free(a->subject);
    dy_free(a->pub);
    dy_free(a);
}

void art_begin(art_doc *a, const char *text, int32_t date)
{
    a->text = text;
    a->date = date;
    a->oom = 0;
    sb_reset(&a->pool);
    a->pool.oom = 0;
    art_names_reset(a);
    art_quotes_reset(a);
    a->npub = 0;
}

int art_sentence(art_doc *a, const lang_sent *s, const dict_wid *ids, long index)
{
    a->ids = ids;
    if (a->oom)
        return DYAD_ENOMEM;
    /* the marks and speakers first, so that "he said" finds the people of
    ** the sentences before, not those of its own sentence */
    if (base_grow((void **)&a->inq, &a->inq_cap, s->n + 1, 1) < 0 ||
        base_grow((void **)&a->used, &a->used_cap, s->nclauses + 1, 1) < 0 ||
        base_grow((void **)&a->tclass, &a->tclass_cap, s->n + 1, 1) < 0 ||
        base_grow((void **)&a->pp_at, &a->pp_at_cap, s->n + 1, sizeof *a->pp_at) < 0 ||
        base_grow((void **)&a->qcount, &a->qcount_cap, s->n + 1, sizeof *a->qcount) < 0 ||
        base_grow((void **)&a->order, &a->order_cap, s->nclauses + 1, sizeof *a->order) < 0 ||
        base_grow((void **)&a->spk_prev, &a->spk_prev_cap, s->nclauses + 1,
                  sizeof *a->spk_prev) < 0 ||
        base_grow((void **)&a->spk_next, &a->spk_next_cap, s->nclauses + 1,
                  sizeof *a->spk_next) < 0 ||
        base_grow((void **)&a->spk, &a->spk_cap, s->nclauses + 1, 1) < 0 ||
        base_grow((void **)&a->appos, &a->appos_cap, s->nphrases + 1, sizeof *a->appos) < 0 ||
        base_grow((void **)&a->subject, &a->subject_cap, s->nphrases + 1, 1) < 0) {
        a->oom = 1;
        return DYAD_ENOMEM;
    }
    memset(a->tclass, 0, s->n);
    for (size_t k = 0; k < s->n; k++)
        a->pp_at[k] = -1;
    for (size_t p = 0; p < s->nphrases; p++) {
        a->appos[p] = -1;
        a->subject[p] = 0;
        const phrase *ph = &s->phrases[p];
        /* the outermost prepositional phrase starting at a token */
        if (ph->kind == PH_PP && ph->first < s->n &&
            (a->pp_at[ph->first] < 0 || s->phrases[a->pp_at[ph->first]].end < ph->end))
            a->pp_at[ph->first] = (int32_t)p;
    }
    for (size_t p = 0; p < s->nphrases; p++) {
        const phrase *ph = &s->phrases[p];
        if (ph->kind == PH_NP && (ph->flags & PHF_APPOS) && ph->up >= 0 && a->appos[ph->up] < 0)
            a->appos[ph->up] = (int32_t)p;
    }
    for (size_t c = 0; c < s->nclauses; c++)
        if (s->clauses[c].subject >= 0)
            a->subject[s->clauses[c].subject] = 1;
    a->sent = index;
    if (art_quotes_sentence(a, s, index) < 0) {
        a->oom = 1;
        return DYAD_ENOMEM;
    }
    art_names_sentence(a, s);
    a->ids = NULL;
    if (a->pool.oom)
        a->oom = 1;
    return a->oom ? DYAD_ENOMEM : DYAD_OK;
}

void art_drop_quotes(art_doc *a)
{
    if (!a)
        return;
    a->nrecs = 0;
    a->npub = 0;
    a->open = -1;
}

size_t art_quote_count(const art_doc *a) { return a ? a->npub : 0; }

const dyad_quote *art_quote(const art_doc *a, size_t i)
{
    return a && i < a->npub ? &a->pub[i] : NULL;
}

/* ---- shared helpers ---- */

uint32_t art_keep(art_doc *a, const char *s, size_t n)
{
    if (n == 0)
        return ART_NONE;
    uint32_t off = (uint32_t)a->pool.len;
    sb_append(&a->pool, s, n);
    sb_putc(&a->pool, '\0');
    if (a->pool.oom) {
        a->oom = 1;
        return ART_NONE;
    }
    return off;
}

const char *art_str(const art_doc *a, uint32_t off)
{
    return off == ART_NONE ? NULL : a->pool.s + off;
}

const char *art_tok(const lang_sent *s, size_t k, size_t *len)
{
    *len = s->toks[k].len;
    return s->text + s->toks[k].start;
}

int art_tok_is(const lang_sent *s, size_t k, const char *word)
{
    size_t n;
    const char *t = art_tok(s, k, &n);
    if (n > 1 && t[n - 1] == '.')
        n--;
    size_t i = 0;
    for (; i < n && word[i]; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != word[i])
            return 0;
    }
    return i == n && word[i] == '\0';
}

int art_double_mark(const lang_sent *s, size_t k)
{
    if (s->toks[k].kind != DYAD_TOK_QUOTE)
        return 0;
    size_t n;
    const char *q = art_tok(s, k, &n);
    return art_double_mark_bytes(q, n);
}

int art_double_mark_bytes(const char *mark, size_t n)
{
    const unsigned char *q = (const unsigned char *)mark;
    if (n == 1)
        return q[0] == '"';
    if (n == 2)   /* `` '' and the guillemets U+00AB, U+00BB */
        return (q[0] == '`' && q[1] == '`') || (q[0] == '\'' && q[1] == '\'') ||
               (q[0] == 0xC2 && (q[1] == 0xAB || q[1] == 0xBB));
    /* U+201C..U+201F are double; U+2018..U+201B and U+2039/U+203A single */
    return n == 3 && q[0] == 0xE2 && q[1] == 0x80 && q[2] >= 0x9C && q[2] <= 0x9F;
}

/* ---- publishing ---- */

static int is_space(char c)
{
    /* '\t', '\n', '\v', '\f' and '\r' are 9 to 13: one range test, not
    ** five compares a byte (every byte of every record is asked) */
    return c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';
}

/* Appends text[start, end) to the pool string that began at from, with
** every run of white space made one space and none at either end; a space
** before it when that string is not empty, unless glue. Copies the span
** whole, then closes up the white space in place. */
static void put_clean(art_doc *a, size_t from, uint32_t start, uint32_t end, int glue)
{
    size_t at = a->pool.len;
    if (at > from && !glue)
        sb_putc(&a->pool, ' ');
    size_t body = a->pool.len;
    sb_append(&a->pool, a->text + start, end - start);
    if (a->pool.oom)
        return;
    char *p = a->pool.s;
    size_t r = body, len = a->pool.len;
    /* the text as it stands up to the first blank that is not one ' '
    ** between two words (most quotes have none): nothing there moves */
    while (r < len && !is_space(p[r])) {
        r++;
        if (r + 1 < len && p[r] == ' ' && !is_space(p[r + 1]))
            r++;
    }
    size_t w = r;
    int space = 0;
    for (; r < a->pool.len; r++) {
        if (is_space(p[r])) {
            space = w > body;
            continue;
        }
        if (space)
            p[w++] = ' ';
        space = 0;
        p[w++] = p[r];
    }
    if (w == body)
        w = at;   /* nothing but white space: not even the space before */
    a->pool.len = w;
    p[w] = '\0';
}

/* Builds r's text in the pool: its pieces joined by spaces, and no comma
** at the end ("We are ready," she said: the comma stands for the period).
** Returns its offset, or ART_NONE when it holds no letter or digit. */
static uint32_t rec_text(art_doc *a, const art_rec *r)
{
    size_t from = a->pool.len;
    for (int f = 0; f < r->nfrags; f++)
        put_clean(a, from, r->frag[f].start, r->frag[f].end, (int)r->frag[f].glue);
    /* a partial quote's period is the writer's sentence's: "a grave mistake." */
    while (a->pool.len > from && (a->pool.s[a->pool.len - 1] == ',' ||
                                  a->pool.s[a->pool.len - 1] == ' ' ||
                                  a->pool.s[a->pool.len - 1] == ':' ||
                                  a->pool.s[a->pool.len - 1] == ';' ||
                                  (r->partial && a->pool.s[a->pool.len - 1] == '.')))
        a->pool.len--;
    int any = 0;
    for (size_t i = from; i < a->pool.len && !any; i++) {
        unsigned char c = (unsigned char)a->pool.s[i];
        any = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    }
    if (!any || a->pool.oom) {
        a->pool.len = from;
        if (a->pool.s)
            a->pool.s[from] = '\0';
        return ART_NONE;
    }
    sb_putc(&a->pool, '\0');
    return (uint32_t)from;
}

/* Text order: by sentence, then by where the quote starts. */
static int before(const dyad_quote *p, const dyad_quote *q)
{
    return p->sent != q->sent ? p->sent < q->sent : p->start < q->start;
}

int art_finish(art_doc *a, const char *doc_id)
{
    art_quotes_end(a);
    a->npub = 0;
    if (a->oom || base_grow((void **)&a->pub, &a->pub_cap, a->nrecs + 1, sizeof *a->pub) < 0)
        return DYAD_ENOMEM;
    /* the texts first: pointers into the pool are taken once it has stopped
    ** growing */
    if (base_grow((void **)&a->texts, &a->texts_cap, a->nrecs + 1, sizeof *a->texts) < 0)
        return DYAD_ENOMEM;
    uint32_t *texts = a->texts;
    for (size_t i = 0; i < a->nrecs; i++)
        texts[i] = rec_text(a, &a->recs[i]);
    if (a->pool.oom) {
        a->oom = 1;
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < a->nrecs; i++) {
        const art_rec *r = &a->recs[i];
        if (texts[i] == ART_NONE)
            continue;
        dyad_quote *q = &a->pub[a->npub++];
        q->doc = doc_id;
        q->sent = r->sent;
        q->start = r->frag[0].start;
        q->end = r->frag[r->nfrags - 1].end;
        q->speaker = art_str(a, r->who.name);
        q->speaker_desc = art_str(a, r->who.desc);
        q->speaker_code = art_str(a, r->who.code);
        q->text = art_str(a, texts[i]);
        q->direct = r->direct;
        q->partial = r->partial;
        q->unclosed = r->unclosed;
    }
    /* records are made nearly in order (an indirect report is made after
    ** the quotes of its sentence): a stable insertion sort is linear here */
    for (size_t i = 1; i < a->npub; i++) {
        dyad_quote q = a->pub[i];
        size_t j = i;
        for (; j > 0 && before(&q, &a->pub[j - 1]); j--)
            a->pub[j] = a->pub[j - 1];
        a->pub[j] = q;
    }
    return DYAD_OK;
}
