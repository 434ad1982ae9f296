/*
** coder.c — events from clauses: the coder's lifecycle and its loops over
** a document's sentences and a sentence's clauses. For each clause: the
** verb's patterns are tried against the words after (and before) the verb;
** the best match gives the CAMEO code and may place the source and target;
** otherwise the clause structure does (subject -> source, object ->
** target; swapped by the passive voice). Noun phrases become actors
** through the dictionary: people and countries, agents joined to the
** country beside them, one actor per member of a coordination. A verb
** whose source or target cannot be found yields nothing: never every actor
** paired with every other. The steps live in coder_*.c (coder_int.h).
*/
#include "coder/coder_int.h"
#include "text/doc.h"

#include <stdio.h>
#include <string.h>

int dyad_coder_new(const dyad_dict *dd, const dyad_coder_opts *opts, dyad_diag_fn diag,
                   void *ctx, dyad_coder **out)
{
    const char *why;
    if (out && !dict_usable(dd, &why)) {
        int rc = coder_create(NULL, opts, diag, ctx, out);
        if (*out)
            base_errmsg((*out)->errmsg, dd ? "dyad_coder_new: the dictionary did not load (%s)"
                                           : "dyad_coder_new: %s", why);
        return rc;
    }
    return coder_create(dict_of(dd), opts, diag, ctx, out);
}

/* Ownership: *out gets a coder the caller frees in every case, except on
** DYAD_ENOMEM (NULL). A coder that failed to start keeps its errmsg and
** refuses to code (cameo stays NULL). */
int coder_create(const dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag, void *ctx,
                 dyad_coder **out)
{
    if (!out)
        return DYAD_EUSAGE;
    dyad_coder *c = *out = dy_calloc(1, sizeof **out);
    if (!c)
        return DYAD_ENOMEM;
    if (opts)
        c->opts = *opts;
    c->d = d;
    if (!d) {
        base_errmsg(c->errmsg, "dyad_coder_new: the dictionary is NULL");
        return DYAD_EUSAGE;
    }
    char date[11];
    if (c->opts.date && c->opts.date[0]) {
        if (!text_date(c->opts.date, date)) {
            base_errmsg(c->errmsg, "dyad_coder_new: opts.date '%.40s' is not a date; write "
                        "YYYY-MM-DD", c->opts.date);
            return DYAD_EUSAGE;
        }
        c->default_date = dict_date_parse(date, strlen(date));
    }
    int rc = DYAD_OK;
    char path[4096];
    const char *cameo = c->opts.cameo_path;
    if (!cameo) {
        if (base_data_file(path, sizeof path, "cameo.tsv") < 0) {
            base_errmsg(c->errmsg, "dyad_coder_new: the data folder's path is too long; set "
                        "DYAD_DATA or opts.cameo_path");
            return DYAD_EIO;
        }
        cameo = path;
    }
    base_tap tap;
    base_tap_init(&tap, diag, ctx);
    c->cameo = cameo_load(cameo, base_tap_diag, &tap, &rc);
    if (rc == DYAD_ENOMEM) {
        dyad_coder_free(c);
        *out = NULL;
        return rc;
    }
    if (!c->cameo) {
        base_tap_errmsg(&tap, c->errmsg, "cannot load the CAMEO table");
        return rc == DYAD_OK ? DYAD_EDICT : rc;
    }
    c->text = dyad_text_new();
    c->lang = lang_new();
    if (!c->text || !c->lang) {
        dyad_coder_free(c);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    cameo_free(c->cameo);
    dyad_text_free(c->text);
    lang_free(c->lang);
    dy_free(c->ids);
    dy_free(c->lids);
    dy_free(c->words);
    dy_free(c->lwords);
    dy_free(c->ev);
    dy_free(c->pub);
    dy_free(c->rej);
    dy_free(c->rej_pub);
    dy_free(c->doc.mentions);
    sb_free(&c->pool);
    dy_free(c);
}

/* ---- one sentence ---- */

/* Makes room for n words in the handle's word and id buffers, which it
** keeps from one sentence to the next. -1 on no memory. */
static int grow_words(dyad_coder *c, size_t n)
{
    if (base_grow((void **)&c->ids, &c->ids_cap, n + 1, sizeof *c->ids) < 0 ||
        base_grow((void **)&c->lids, &c->lids_cap, n + 1, sizeof *c->lids) < 0 ||
        base_grow((void **)&c->words, &c->words_cap, n + 1, sizeof *c->words) < 0 ||
        base_grow((void **)&c->lwords, &c->lwords_cap, n + 1, sizeof *c->lwords) < 0)
        return -1;
    return 0;
}

/* The dictionary's word ids of sentence s's tokens and lemmas. -1 on no
** memory. */
static int sentence_ids(dyad_coder *c, sent_ctx *s)
{
    size_t n = s->ls.n;
    if (grow_words(c, n) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        c->words[i].s = s->ls.text + s->ls.toks[i].start;
        c->words[i].len = s->ls.toks[i].len;
        c->lwords[i].s = s->ls.lemmas[i];
        c->lwords[i].len = strlen(s->ls.lemmas[i]);
    }
    dict_word_ids(c->d, c->words, n, c->ids);
    dict_word_ids(c->d, c->lwords, n, c->lids);
    s->ids = c->ids;
    s->lids = c->lids;
    return 0;
}

/* Codes clause ci of sentence s. Returns -1 when memory runs out, else 0
** (a candidate turned down says why on the explain list). */
static int code_clause(dyad_coder *c, sent_ctx *s, size_t ci)
{
    clause_job j;
    /* codes: the verb's best pattern gives the CAMEO code(s); a clause
    ** that codes nothing stops here */
    if (!coder_clause_codes(c, s, ci, &j))
        return 0;
    /* slots: the noun phrases that hold the source and the target */
    coder_clause_slots(c, s, &j);
    /* actors: what those phrases, or the phrases around them, name */
    coder_clause_actors(c, s, &j);
    /* modality: from the verb group and the clauses around it */
    j.mod = coder_modality(s, ci, j.vg, j.on_caten);
    /* place: where it happened, from the article stage's places */
    coder_clause_place(c, s, &j);
    /* emit: an event for each source and target, or why there is none */
    return coder_clause_emit(c, s, &j);
}

/* Does a discard phrase occur in the sentence? */
static const dict_discard *discarded(const dyad_coder *c, const sent_ctx *s)
{
    for (size_t i = 0; i < s->ls.n; i++) {
        const dict_discard *dc;
        if (dict_match_discard(c->d, s->ids, s->ls.n, i, &dc) ||
            dict_match_discard(c->d, s->lids, s->ls.n, i, &dc))
            return dc;
    }
    return NULL;
}

int coder_sentence(dyad_coder *c, const char *text, const dyad_token *toks, size_t n,
                   long index)
{
    sent_ctx s = {.index = index, .date = c->doc.date, .first_event = c->nev};
    if (lang_analyze(c->lang, text, toks, n, &s.ls) != DYAD_OK || sentence_ids(c, &s) < 0)
        return -1;
    s.nplaces = place_scan(&s.ls, c->d, s.ids, s.date, s.places);
    c->stats.sentences++;
    c->stats.tokens += (long)n;
    const dict_discard *dc = discarded(c, &s);
    if (dc) {
        c->stats.discarded++;
        coder_reject(c, &s, "discarded: the sentence holds '%s' (%s:%u)", dc->name,
                     dc->file, dc->line);
        if (dc->story)
            c->doc.story_discard = 1;
        return 0;
    }
    if (n)
        s.sentence_off = coder_keep(c, text + toks[0].start,
                                    toks[n - 1].start + toks[n - 1].len - toks[0].start);
    for (size_t ci = 0; ci < s.ls.nclauses; ci++)
        if (code_clause(c, &s, ci) < 0)
            return -1;
    return c->pool.oom ? -1 : 0;
}

/* ---- one document ---- */

/* Starts c->doc afresh for a document of that date. */
static void doc_begin(doc_ctx *d, int32_t date)
{
    d->date = date;
    d->dateline_country[0] = '\0';
    d->nmentions = 0;
    d->story_discard = 0;
    d->has_dateline_place = 0;
}

/* The country a dateline names ("MOSCOW, March 20 (dyad wire) —" names
** RUS) into c->doc: the first name in its n tokens of text to which the
** dictionary gives a country on the document's date. Only the first
** dateline of a document counts. -1 on no memory. */
static int read_dateline(dyad_coder *c, const char *text, const dyad_token *toks, size_t n)
{
    if (c->doc.dateline_country[0] || c->doc.has_dateline_place)
        return 0;
    if (grow_words(c, n) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        c->words[i].s = text + toks[i].start;
        c->words[i].len = toks[i].len;
    }
    dict_word_ids(c->d, c->words, n, c->ids);
    /* the city it names is where events are when their sentence names no
    ** place (article/place.h) */
    c->doc.has_dateline_place =
        place_dateline(text, toks, n, c->d, c->ids, c->doc.date, &c->doc.dateline_place);
    for (size_t i = 0; i < n;) {
        dict_match m;
        size_t len = dict_match_actor(c->d, c->ids, n, i, c->doc.date, &m);
        if (len && m.code && coder_code_country(m.code, c->doc.dateline_country))
            return 0;
        i += len ? len : 1;
    }
    return 0;
}

int dyad_coder_code(dyad_coder *c, const dyad_doc *doc)
{
    if (!c)
        return DYAD_EUSAGE;
    if (!c->cameo)
        return DYAD_EUSAGE;   /* dyad_coder_new failed; errmsg still says why */
    c->nev = c->npub = c->nrej = 0;
    c->errmsg[0] = '\0';
    sb_reset(&c->pool);
    dyad_doc checked;
    char date_buf[11];
    int rc = text_doc_check("dyad_coder_code", doc, &checked, date_buf, c->errmsg);
    if (rc != DYAD_OK)
        return rc;
    doc = &checked;
    int32_t date = doc->date[0] ? dict_date_parse(doc->date, strlen(doc->date)) : 0;
    if (!date)
        date = c->default_date;
    if (date)
        snprintf(c->date_str, sizeof c->date_str, "%04d-%02d-%02d", (int)(date / 10000),
                 (int)(date / 100 % 100), (int)(date % 100));
    else
        c->date_str[0] = '\0';
    rc = dyad_text_split(c->text, doc->text, doc->text_len);
    if (rc == DYAD_EINPUT)
        base_errmsg(c->errmsg, "dyad_coder_code: document '%.80s' has %zu bytes, over the "
                    "4 GiB a document may hold; split it", doc->id, doc->text_len);
    if (rc != DYAD_OK)
        goto fail;
    c->stats.docs++;
    const dyad_sentence *se = dyad_text_sentences(c->text);
    const dyad_token *tk = dyad_text_tokens(c->text);
    size_t ns = dyad_text_sentence_count(c->text);
    doc_begin(&c->doc, date);
    for (size_t i = 0; i < ns; i++) {
        int r = 0;
        if (se[i].kind == DYAD_SENT_DATELINE)
            r = read_dateline(c, doc->text, tk + se[i].tok_first, se[i].tok_count);
        else if (se[i].kind == DYAD_SENT_BODY || se[i].kind == DYAD_SENT_HEADING)
            r = coder_sentence(c, doc->text, tk + se[i].tok_first, se[i].tok_count, (long)i);
        if (r < 0) {
            rc = DYAD_ENOMEM;
            goto fail;
        }
    }
    if (c->doc.story_discard) {
        c->nev = 0;
        coder_reject(c, &(sent_ctx){.index = 0}, "story discarded by a discard phrase");
    }
    if (coder_publish(c, doc) < 0) {
        rc = DYAD_ENOMEM;
        goto fail;
    }
    c->stats.events += (long)c->npub;
    return DYAD_OK;
fail:
    c->nev = c->npub = c->nrej = 0;
    if (rc == DYAD_ENOMEM)
        base_errmsg(c->errmsg, "dyad_coder_code: out of memory coding document '%.80s'",
                    doc->id);
    return rc;
}

size_t dyad_coder_event_count(const dyad_coder *c) { return c ? c->npub : 0; }

const dyad_event *dyad_coder_event(const dyad_coder *c, size_t i)
{
    return c && i < c->npub ? &c->pub[i] : NULL;
}

size_t dyad_coder_reject_count(const dyad_coder *c) { return c ? c->nrej : 0; }

const char *dyad_coder_reject(const dyad_coder *c, size_t i)
{
    return c && i < c->nrej ? c->rej_pub[i] : NULL;
}

void dyad_coder_get_stats(const dyad_coder *c, dyad_coder_stats *st)
{
    if (st)
        *st = c ? c->stats : (dyad_coder_stats){0};
}

const char *dyad_coder_errmsg(const dyad_coder *c) { return c ? c->errmsg : "out of memory"; }
