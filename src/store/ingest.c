/*
** ingest.c — storing coded articles: one row per article, per sentence,
** per event and per quote, in batches of articles, one transaction each.
** Written once for both backends: the statements are SQL text with
** numbered parameters, the values go through store_val, and the backend
** (store_sqlite.c, store_pg.c) prepares and runs them.
**
** Re-ingesting a document id replaces the article: its row is updated in
** place (it keeps its id, and so its place in the export order), and its
** sentences, events and quotes are deleted and written again. The UNIQUE
** index on article.doc makes a second row for one id impossible, whatever
** the code does.
**
** A batch is committed when it holds opts.batch articles or is
** opts.batch_ms old, whichever comes first: a crash loses at most one
** batch, and readers see the ingest move at least once a second.
*/
#include "store/store_int.h"

#include <string.h>
#include <time.h>

const char *const store_ingest_sql[ST_COUNT] = {
    [ST_FIND] = "SELECT id FROM article WHERE doc = ?1",
    [ST_INSERT_INGEST] =
        "INSERT INTO ingest (started, version, dictionaries, options) VALUES (?1, ?2, ?3, ?4)",
    [ST_INSERT_ARTICLE] =
        "INSERT INTO article (doc, date, source, url, title, text, file, line, ingest, "
        "sentences, events, quotes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [ST_UPDATE_ARTICLE] =
        "UPDATE article SET doc = ?1, date = ?2, source = ?3, url = ?4, title = ?5, text = ?6, "
        "file = ?7, line = ?8, ingest = ?9, sentences = ?10, events = ?11, quotes = ?12 "
        "WHERE id = ?13",
    [ST_DELETE_SENTENCES] = "DELETE FROM sentence WHERE article = ?1",
    [ST_DELETE_EVENTS] = "DELETE FROM event WHERE article = ?1",
    [ST_DELETE_QUOTES] = "DELETE FROM quote WHERE article = ?1",
    [ST_INSERT_SENTENCE] =
        "INSERT INTO sentence (article, sent, byte_start, byte_end, kind) "
        "VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_INSERT_EVENT] =
        "INSERT INTO event (article, n, sent, date, source, target, code, root, event_name, "
        "goldstein, quad, plover, modality, quoted, source_text, target_text, verb, pattern, "
        "pattern_file, pattern_line, source_entry, target_entry, event_date, date_precision, "
        "date_text, historical, source_from, target_from, place, place_region, place_country, "
        "place_country_name, place_from, place_lat, place_lon) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
        "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35)",
    [ST_INSERT_QUOTE] =
        "INSERT INTO quote (article, n, sent, byte_start, byte_end, speaker, speaker_desc, "
        "speaker_code, text, direct, partial, unclosed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9, ?10, ?11, ?12)",
};

int store_inserts_id(int k)
{
    return k == ST_INSERT_INGEST || k == ST_INSERT_ARTICLE;
}

static const char *const kind_names[] = {"body", "dateline", "heading", "byline"};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- values ---- */

static store_val v_int(long long i)
{
    return (store_val){.kind = SV_INT, .i = i};
}

static store_val v_real(double r)
{
    return (store_val){.kind = SV_REAL, .r = r};
}

/* A string, NULL as "". */
static store_val v_text(const char *s)
{
    return (store_val){.kind = SV_TEXT, .s = s ? s : "", .n = s ? strlen(s) : 0};
}

/* A write failed: the batch is rolled back, and with it what it held. The
** message the backend set stays. */
static int fail_batch(dyad_store *s, int status)
{
    if (s->in_batch) {
        char keep[sizeof s->errmsg];
        memcpy(keep, s->errmsg, sizeof keep);
        s->be->exec(s, "ROLLBACK", "cannot write");
        memcpy(s->errmsg, keep, sizeof keep);
    }
    s->in_batch = 0;
    s->batch_docs = 0;
    s->stats = s->done;
    return status;
}

int dyad_store_ingest(dyad_store *s, const dyad_ingest_opts *opts)
{
    if (store_usable(s) != DYAD_OK)
        return DYAD_EUSAGE;
    if (s->mode != DYAD_STORE_WRITE) {
        base_errmsg(s->errmsg, "dyad_store_ingest: %s was opened for reading", s->path);
        return DYAD_EUSAGE;
    }
    s->errmsg[0] = '\0';
    int rc = dyad_store_commit(s);
    if (rc != DYAD_OK)
        return rc;
    dyad_ingest_opts o = opts ? *opts : (dyad_ingest_opts){0};
    s->batch = o.batch > 0 ? o.batch : 1000;
    s->batch_ms = o.batch_ms > 0 ? o.batch_ms : 1000;
    /* the time is written here, not by SQL: the backends' clocks differ
    ** in name */
    char started[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(started, sizeof started, "%Y-%m-%dT%H:%M:%SZ", &tm);
    store_val v[] = {v_text(started), v_text(DYAD_VERSION), v_text(o.dictionaries),
                     v_text(o.options)};
    long long id = 0;
    if ((rc = s->be->run(s, ST_INSERT_INGEST, v, 4, &id)) != DYAD_OK)
        return rc;
    s->run = id;
    return DYAD_OK;
}

/* The article's row, inserted or, for an id stored before, updated with
** its old sentences, events and quotes deleted. *id gets its row id. */
static int put_article(dyad_store *s, const dyad_doc *doc, long nsent, long nev, long nquo,
                       long long *id)
{
    store_val key = v_text(doc->id);
    int rc = s->be->run(s, ST_FIND, &key, 1, id);
    if (rc != DYAD_OK)
        return rc;
    int found = *id != 0;
    store_val v[] = {
        v_text(doc->id), v_text(doc->date), v_text(doc->source), v_text(doc->url),
        v_text(doc->title),
        {.kind = SV_TEXT, .s = doc->text ? doc->text : "", .n = doc->text ? doc->text_len : 0},
        v_text(doc->file), v_int(doc->line), v_int(s->run), v_int(nsent), v_int(nev),
        v_int(nquo), v_int(*id),
    };
    if (!found)
        return s->be->run(s, ST_INSERT_ARTICLE, v, 12, id);
    if ((rc = s->be->run(s, ST_UPDATE_ARTICLE, v, 13, NULL)) != DYAD_OK)
        return rc;
    s->stats.replaced++;
    /* the rows that refer to the sentences first */
    static const int del[] = {ST_DELETE_EVENTS, ST_DELETE_QUOTES, ST_DELETE_SENTENCES};
    for (size_t i = 0; i < sizeof del / sizeof del[0]; i++)
        if ((rc = s->be->run(s, del[i], &v[12], 1, NULL)) != DYAD_OK)
            return rc;
    return DYAD_OK;
}

static int put_sentences(dyad_store *s, long long id)
{
    const dyad_sentence *se = dyad_text_sentences(s->text);
    size_t n = dyad_text_sentence_count(s->text);
    for (size_t i = 0; i < n; i++) {
        int k = se[i].kind;
        store_val v[] = {v_int(id), v_int((long long)i), v_int(se[i].start), v_int(se[i].end),
                         v_text(k >= 0 && k < 4 ? kind_names[k] : "body")};
        int rc = s->be->run(s, ST_INSERT_SENTENCE, v, 5, NULL);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static int put_event(dyad_store *s, long long id, long n, const dyad_event *e)
{
    store_val v[] = {
        v_int(id), v_int(n), v_int(e->sent), v_text(e->date), v_text(e->source),
        v_text(e->target), v_text(e->code), v_text(e->root), v_text(e->event_name),
        v_real(e->goldstein), v_int(e->quad), v_text(e->plover), v_text(e->modality),
        v_int(e->quoted != 0), v_text(e->source_text), v_text(e->target_text),
        v_text(e->verb), v_text(e->pattern), v_text(e->pattern_file),
        v_int(e->pattern_line), v_text(e->source_entry), v_text(e->target_entry),
        v_text(e->event_date), v_text(e->date_precision), v_text(e->date_text),
        v_int(e->historical != 0), v_text(e->source_from), v_text(e->target_from),
        v_text(e->place), v_text(e->place_region), v_text(e->place_country),
        v_text(e->place_country_name), v_text(e->place_from),
        e->place_has_coords ? v_real(e->place_lat) : (store_val){.kind = SV_NULL},
        e->place_has_coords ? v_real(e->place_lon) : (store_val){.kind = SV_NULL},
    };
    return s->be->run(s, ST_INSERT_EVENT, v, (int)(sizeof v / sizeof v[0]), NULL);
}

static int put_quote(dyad_store *s, long long id, long n, const dyad_quote *q)
{
    store_val v[] = {
        v_int(id), v_int(n), v_int(q->sent), v_int(q->start), v_int(q->end),
        v_text(q->speaker), v_text(q->speaker_desc), v_text(q->speaker_code),
        v_text(q->text), v_int(q->direct != 0), v_int(q->partial != 0),
        v_int(q->unclosed != 0),
    };
    return s->be->run(s, ST_INSERT_QUOTE, v, (int)(sizeof v / sizeof v[0]), NULL);
}

/* Checks put's arguments; DYAD_OK or DYAD_EUSAGE with the message set. */
static int check_put(dyad_store *s, const dyad_doc *doc, const dyad_coder *c)
{
    const char *why = !doc ? "doc is NULL" : !c ? "the coder is NULL"
                    : doc->text == NULL && doc->text_len > 0 ? "doc's text is NULL"
                    : s->mode != DYAD_STORE_WRITE ? "the store was opened for reading"
                    : NULL;
    long long max = why ? 0 : s->be->max_text(s);
    if (!why && doc->text_len > (unsigned long long)max) {
        base_errmsg(s->errmsg, "dyad_store_put: document '%.80s' has %zu bytes, more than "
                    "the %lld a stored text may have; split it", doc->id ? doc->id : "",
                    doc->text_len, max);
        return DYAD_EINPUT;
    }
    if (!why && dyad_coder_event_count(c) > 0) {
        const char *of = dyad_coder_event(c, 0)->doc;
        if (strcmp(of ? of : "", doc->id ? doc->id : "") != 0)
            why = "the coder's events are of another document; call it right after "
                  "dyad_coder_code on the same document";
    }
    if (why) {
        base_errmsg(s->errmsg, "dyad_store_put: %s", why);
        return DYAD_EUSAGE;
    }
    return DYAD_OK;
}

/* Writes the article and every row of it into the open batch. */
static int put_all(dyad_store *s, const dyad_doc *doc, const dyad_coder *c)
{
    long nsent = (long)dyad_text_sentence_count(s->text);
    long nev = (long)dyad_coder_event_count(c);
    long nquo = (long)dyad_coder_quote_count(c);
    long long id = 0;
    int rc;
    if ((rc = put_article(s, doc, nsent, nev, nquo, &id)) != DYAD_OK ||
        (rc = put_sentences(s, id)) != DYAD_OK)
        return rc;
    for (long i = 0; i < nev; i++)
        if ((rc = put_event(s, id, i, dyad_coder_event(c, (size_t)i))) != DYAD_OK)
            return rc;
    for (long i = 0; i < nquo; i++)
        if ((rc = put_quote(s, id, i, dyad_coder_quote(c, (size_t)i))) != DYAD_OK)
            return rc;
    s->stats.articles++;
    s->stats.sentences += nsent;
    s->stats.events += nev;
    s->stats.quotes += nquo;
    return DYAD_OK;
}

int dyad_store_put(dyad_store *s, const dyad_doc *doc, const dyad_coder *c)
{
    if (store_usable(s) != DYAD_OK)
        return DYAD_EUSAGE;
    int rc = check_put(s, doc, c);
    if (rc != DYAD_OK)
        return rc;
    s->errmsg[0] = '\0';
    if (!s->run && (rc = dyad_store_ingest(s, NULL)) != DYAD_OK)
        return rc;
    /* the coder split the text the same way: its sentence numbers are these */
    if ((rc = dyad_text_split(s->text, doc->text ? doc->text : "", doc->text_len)) != DYAD_OK) {
        base_errmsg(s->errmsg, "dyad_store_put: %s", dyad_text_errmsg(s->text));
        return rc;
    }
    if (!s->in_batch) {
        if ((rc = s->be->begin(s)) != DYAD_OK)
            return fail_batch(s, rc);
        s->in_batch = 1;
        s->batch_docs = 0;
        s->batch_start = now_s();
    }
    if ((rc = put_all(s, doc, c)) != DYAD_OK)
        return fail_batch(s, rc);
    if (++s->batch_docs >= s->batch || (now_s() - s->batch_start) * 1000 >= (double)s->batch_ms)
        return dyad_store_commit(s);
    return DYAD_OK;
}

int dyad_store_commit(dyad_store *s)
{
    if (store_usable(s) != DYAD_OK)
        return DYAD_EUSAGE;
    if (!s->in_batch)
        return DYAD_OK;
    int rc = s->be->exec(s, "COMMIT", "cannot write");
    if (rc != DYAD_OK)
        return fail_batch(s, rc);
    s->in_batch = 0;
    s->batch_docs = 0;
    s->stats.committed = s->stats.articles;
    s->done = s->stats;
    return DYAD_OK;
}

void dyad_store_get_stats(const dyad_store *s, dyad_store_stats *st)
{
    if (!st)
        return;
    memset(st, 0, sizeof *st);
    if (s)
        *st = s->stats;
}
