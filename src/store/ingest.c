/*
** ingest.c — storing coded articles: one row per article, per sentence,
** per event and per quote, in batches of articles, one transaction each.
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

static const char *const sql[ST_COUNT] = {
    [ST_FIND] = "SELECT id FROM article WHERE doc = ?1",
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

static const char *const kind_names[] = {"body", "dateline", "heading", "byline"};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Binds string v (NULL as "") to parameter i; SQLite copies it only when
** the statement outlives it, which it does not: SQLITE_STATIC. */
static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_STATIC);
}

/* Steps a statement that gives no row, then resets it for the next use.
** Returns SQLITE_OK or the error. */
static int run(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* A write failed: the batch is rolled back, and with it what it held. */
static int fail_batch(dyad_store *s, int rc)
{
    int status = store_fail(s, rc, "cannot write");
    for (int i = 0; i < ST_COUNT; i++)
        if (s->st[i])
            sqlite3_reset(s->st[i]);
    if (s->in_batch)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
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
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(s->db, "INSERT INTO ingest (started, version, dictionaries, "
                            "options) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, "
                            "?2, ?3)", -1, &st, NULL);
    if (rc == SQLITE_OK) {
        bind_text(st, 1, DYAD_VERSION);
        bind_text(st, 2, o.dictionaries);
        bind_text(st, 3, o.options);
        rc = run(st);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return store_fail(s, rc, "cannot write");
    s->run = sqlite3_last_insert_rowid(s->db);
    return DYAD_OK;
}

/* The article's row, inserted or, for an id stored before, updated with
** its old sentences, events and quotes deleted. *id gets its row id. */
static int put_article(dyad_store *s, const dyad_doc *doc, long nsent, long nev, long nquo,
                       sqlite3_int64 *id)
{
    sqlite3_stmt *find = s->st[ST_FIND];
    bind_text(find, 1, doc->id);
    int rc = sqlite3_step(find);
    int found = rc == SQLITE_ROW;
    if (found)
        *id = sqlite3_column_int64(find, 0);
    sqlite3_reset(find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return rc;
    sqlite3_stmt *st = s->st[found ? ST_UPDATE_ARTICLE : ST_INSERT_ARTICLE];
    bind_text(st, 1, doc->id);
    bind_text(st, 2, doc->date);
    bind_text(st, 3, doc->source);
    bind_text(st, 4, doc->url);
    bind_text(st, 5, doc->title);
    sqlite3_bind_text(st, 6, doc->text ? doc->text : "", (int)doc->text_len, SQLITE_STATIC);
    bind_text(st, 7, doc->file);
    sqlite3_bind_int64(st, 8, doc->line);
    sqlite3_bind_int64(st, 9, s->run);
    sqlite3_bind_int64(st, 10, nsent);
    sqlite3_bind_int64(st, 11, nev);
    sqlite3_bind_int64(st, 12, nquo);
    if (found)
        sqlite3_bind_int64(st, 13, *id);
    if ((rc = run(st)) != SQLITE_OK)
        return rc;
    if (!found) {
        *id = sqlite3_last_insert_rowid(s->db);
        return SQLITE_OK;
    }
    s->stats.replaced++;
    /* the rows that refer to the sentences first */
    static const int del[] = {ST_DELETE_EVENTS, ST_DELETE_QUOTES, ST_DELETE_SENTENCES};
    for (size_t i = 0; i < sizeof del / sizeof del[0]; i++) {
        sqlite3_bind_int64(s->st[del[i]], 1, *id);
        if ((rc = run(s->st[del[i]])) != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

static int put_sentences(dyad_store *s, sqlite3_int64 id)
{
    sqlite3_stmt *st = s->st[ST_INSERT_SENTENCE];
    const dyad_sentence *se = dyad_text_sentences(s->text);
    size_t n = dyad_text_sentence_count(s->text);
    sqlite3_bind_int64(st, 1, id);
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, se[i].start);
        sqlite3_bind_int64(st, 4, se[i].end);
        int k = se[i].kind;
        bind_text(st, 5, k >= 0 && k < 4 ? kind_names[k] : "body");
        int rc = run(st);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

static int put_event(dyad_store *s, sqlite3_int64 id, long n, const dyad_event *e)
{
    sqlite3_stmt *st = s->st[ST_INSERT_EVENT];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, n);
    sqlite3_bind_int64(st, 3, e->sent);
    bind_text(st, 4, e->date);
    bind_text(st, 5, e->source);
    bind_text(st, 6, e->target);
    bind_text(st, 7, e->code);
    bind_text(st, 8, e->root);
    bind_text(st, 9, e->event_name);
    sqlite3_bind_double(st, 10, e->goldstein);
    sqlite3_bind_int(st, 11, e->quad);
    bind_text(st, 12, e->plover);
    bind_text(st, 13, e->modality);
    sqlite3_bind_int(st, 14, e->quoted != 0);
    bind_text(st, 15, e->source_text);
    bind_text(st, 16, e->target_text);
    bind_text(st, 17, e->verb);
    bind_text(st, 18, e->pattern);
    bind_text(st, 19, e->pattern_file);
    sqlite3_bind_int64(st, 20, e->pattern_line);
    bind_text(st, 21, e->source_entry);
    bind_text(st, 22, e->target_entry);
    bind_text(st, 23, e->event_date);
    bind_text(st, 24, e->date_precision);
    bind_text(st, 25, e->date_text);
    sqlite3_bind_int(st, 26, e->historical != 0);
    bind_text(st, 27, e->source_from);
    bind_text(st, 28, e->target_from);
    bind_text(st, 29, e->place);
    bind_text(st, 30, e->place_region);
    bind_text(st, 31, e->place_country);
    bind_text(st, 32, e->place_country_name);
    bind_text(st, 33, e->place_from);
    if (e->place_has_coords) {
        sqlite3_bind_double(st, 34, e->place_lat);
        sqlite3_bind_double(st, 35, e->place_lon);
    } else {
        sqlite3_bind_null(st, 34);
        sqlite3_bind_null(st, 35);
    }
    return run(st);
}

static int put_quote(dyad_store *s, sqlite3_int64 id, long n, const dyad_quote *q)
{
    sqlite3_stmt *st = s->st[ST_INSERT_QUOTE];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, n);
    sqlite3_bind_int64(st, 3, q->sent);
    sqlite3_bind_int64(st, 4, q->start);
    sqlite3_bind_int64(st, 5, q->end);
    bind_text(st, 6, q->speaker);
    bind_text(st, 7, q->speaker_desc);
    bind_text(st, 8, q->speaker_code);
    bind_text(st, 9, q->text);
    sqlite3_bind_int(st, 10, q->direct != 0);
    sqlite3_bind_int(st, 11, q->partial != 0);
    sqlite3_bind_int(st, 12, q->unclosed != 0);
    return run(st);
}

/* Checks put's arguments; DYAD_OK or DYAD_EUSAGE with the message set. */
static int check_put(dyad_store *s, const dyad_doc *doc, const dyad_coder *c)
{
    const char *why = !doc ? "doc is NULL" : !c ? "the coder is NULL"
                    : doc->text == NULL && doc->text_len > 0 ? "doc's text is NULL"
                    : s->mode != DYAD_STORE_WRITE ? "the store was opened for reading"
                    : NULL;
    if (!why && doc->text_len > (size_t)sqlite3_limit(s->db, SQLITE_LIMIT_LENGTH, -1)) {
        base_errmsg(s->errmsg, "dyad_store_put: document '%.80s' has %zu bytes, more than "
                    "the %d a stored text may have; split it", doc->id ? doc->id : "",
                    doc->text_len, sqlite3_limit(s->db, SQLITE_LIMIT_LENGTH, -1));
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
    for (int i = 0; i < ST_COUNT; i++)
        if (!s->st[i] && (rc = sqlite3_prepare_v3(s->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                                  &s->st[i], NULL)) != SQLITE_OK)
            return store_fail(s, rc, "cannot write");
    /* the coder split the text the same way: its sentence numbers are these */
    if ((rc = dyad_text_split(s->text, doc->text ? doc->text : "", doc->text_len)) != DYAD_OK) {
        base_errmsg(s->errmsg, "dyad_store_put: %s", dyad_text_errmsg(s->text));
        return rc;
    }
    if (!s->in_batch) {
        if ((rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK)
            return fail_batch(s, rc);
        s->in_batch = 1;
        s->batch_docs = 0;
        s->batch_start = now_s();
    }
    long nsent = (long)dyad_text_sentence_count(s->text);
    long nev = (long)dyad_coder_event_count(c);
    long nquo = (long)dyad_coder_quote_count(c);
    sqlite3_int64 id = 0;
    if ((rc = put_article(s, doc, nsent, nev, nquo, &id)) != SQLITE_OK ||
        (rc = put_sentences(s, id)) != SQLITE_OK)
        return fail_batch(s, rc);
    for (long i = 0; i < nev; i++)
        if ((rc = put_event(s, id, i, dyad_coder_event(c, (size_t)i))) != SQLITE_OK)
            return fail_batch(s, rc);
    for (long i = 0; i < nquo; i++)
        if ((rc = put_quote(s, id, i, dyad_coder_quote(c, (size_t)i))) != SQLITE_OK)
            return fail_batch(s, rc);
    s->stats.articles++;
    s->stats.sentences += nsent;
    s->stats.events += nev;
    s->stats.quotes += nquo;
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
    int rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
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
