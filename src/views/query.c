/*
** query.c — the questions analysts ask of a store: which pairs of actors
** met how often and how (dyads), the same over time (series), the events
** themselves with their sentences and sources (events), who acts and is
** acted on (actors), and who said what (quotes). Each is one SQL statement
** over the filtered events or quotes, so that it reads one snapshot while
** an ingest goes on.
*/
#include "views/views.h"
#include "dict/dict_int.h"

#include <string.h>

/* The counts per quad class and the Goldstein figures, after the group's
** own columns. */
#define QUAD_COLS                                                                        \
    {"events", COL_INT}, {"goldstein_sum", COL_REAL1}, {"goldstein_mean", COL_REAL2},    \
        {"verbal_coop", COL_INT}, {"material_coop", COL_INT},                             \
        {"verbal_conflict", COL_INT}, {"material_conflict", COL_INT}
#define QUAD_SQL                                                                          \
    "count(*), sum(e.goldstein), avg(e.goldstein), sum(e.quad = 1), sum(e.quad = 2), "   \
    "sum(e.quad = 3), sum(e.quad = 4)"

static const view_col dyads_cols[] = {{"source", COL_TEXT}, {"target", COL_TEXT}, QUAD_COLS};

static const view_col series_cols[][8] = {
    {{"day", COL_TEXT}, QUAD_COLS},
    {{"week", COL_TEXT}, QUAD_COLS},
    {{"month", COL_TEXT}, QUAD_COLS},
};

static const view_col events_cols[] = {
    {"id", COL_INT},       {"date", COL_TEXT},     {"source", COL_TEXT},   {"target", COL_TEXT},
    {"code", COL_TEXT},    {"goldstein", COL_REAL1}, {"modality", COL_TEXT},
    {"news_source", COL_TEXT}, {"doc", COL_TEXT},  {"sent", COL_INT},      {"url", COL_TEXT},
    {"sentence", COL_TEXT},
};

static const view_col actors_cols[] = {
    {"actor", COL_TEXT},  {"events", COL_INT}, {"as_source", COL_INT}, {"as_target", COL_INT},
    {"first", COL_TEXT},  {"last", COL_TEXT},
};

static const view_col quotes_cols[] = {
    {"date", COL_TEXT},    {"speaker", COL_TEXT}, {"speaker_code", COL_TEXT},
    {"kind", COL_TEXT},    {"quote", COL_TEXT},   {"speaker_desc", COL_TEXT},
    {"news_source", COL_TEXT}, {"doc", COL_TEXT}, {"sent", COL_INT}, {"url", COL_TEXT},
};

/* A period's name from a date expression x, and the period after p. */
static const char *const period_of[] = {
    "%s",                                  /* 2024-03-21 */
    "date(%s, 'weekday 0', '-6 days')",    /* the Monday of its ISO week */
    "substr(%s, 1, 7)",                    /* 2024-03 */
};
static const char *const period_next[] = {
    "date(p, '+1 day')",
    "date(p, '+7 days')",
    "substr(date(p || '-01', '+1 month'), 1, 7)",
};

/* The sentence of event e, cut from its article's text by byte span. */
#define SENTENCE_SQL                                                                 \
    "CAST(substr(CAST(a.text AS BLOB), s.byte_start + 1, s.byte_end - s.byte_start) " \
    "AS TEXT)"

/* Writes the SQL of q's kind, with f's conditions, into b. */
static void query_sql(strbuf *b, const dyad_query *q, const view_filter *f)
{
    const char *w = sb_str(&f->where);
    switch (q->kind) {
    case DYAD_QUERY_DYADS:
        sb_printf(b, "SELECT e.source, e.target, " QUAD_SQL " FROM event e WHERE %s "
                  "GROUP BY e.source, e.target ORDER BY 3 DESC, 1, 2", w);
        break;
    case DYAD_QUERY_SERIES: {
        /* every period from the first to the last (or --from to --to), the
        ** empty ones too, so that a chart's gaps are real */
        char of_date[64], of_from[64], of_to[64];
        snprintf(of_date, sizeof of_date, period_of[q->by], "e.date");
        snprintf(of_from, sizeof of_from, period_of[q->by], "?");
        snprintf(of_to, sizeof of_to, period_of[q->by], "?");
        sb_printf(b,
                  "WITH agg AS (SELECT %s AS p, count(*) AS n, sum(e.goldstein) AS gs, "
                  "avg(e.goldstein) AS gm, sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, "
                  "sum(e.quad = 3) AS q3, sum(e.quad = 4) AS q4 FROM event e "
                  "WHERE e.date <> '' AND %s GROUP BY 1), "
                  "bounds AS (SELECT coalesce(%s, min(p)) AS lo, coalesce(%s, max(p)) AS hi "
                  "FROM agg), "
                  "span(p) AS (SELECT lo FROM bounds WHERE lo IS NOT NULL UNION ALL "
                  "SELECT %s FROM span, bounds WHERE p < hi) "
                  "SELECT span.p, coalesce(n, 0), coalesce(gs, 0), gm, coalesce(q1, 0), "
                  "coalesce(q2, 0), coalesce(q3, 0), coalesce(q4, 0) "
                  "FROM span LEFT JOIN agg ON agg.p = span.p ORDER BY span.p",
                  of_date, w, of_from, of_to, period_next[q->by]);
        break;
    }
    case DYAD_QUERY_EVENTS:
        sb_printf(b, "SELECT e.id, e.date, e.source, e.target, e.code, e.goldstein, "
                  "e.modality, a.source, a.doc, e.sent, a.url, " SENTENCE_SQL " "
                  "FROM event e JOIN article a ON a.id = e.article "
                  "LEFT JOIN sentence s ON s.article = e.article AND s.sent = e.sent "
                  "WHERE %s ORDER BY e.date = '', e.date, e.id", w);
        break;
    case DYAD_QUERY_ACTORS:
        sb_printf(b, "WITH roles AS (SELECT e.source AS actor, 1 AS src, e.date AS d "
                  "FROM event e WHERE %s UNION ALL SELECT e.target, 0, e.date FROM event e "
                  "WHERE %s) "
                  "SELECT actor, count(*), sum(src), count(*) - sum(src), "
                  "min(nullif(d, '')), max(nullif(d, '')) FROM roles GROUP BY actor "
                  "ORDER BY 2 DESC, 1", w, w);
        break;
    case DYAD_QUERY_QUOTES:
        sb_printf(b, "SELECT a.date, q.speaker, q.speaker_code, CASE WHEN NOT q.direct THEN "
                  "'indirect' WHEN q.partial THEN 'partial' ELSE 'direct' END, q.text, "
                  "q.speaker_desc, a.source, a.doc, q.sent, a.url "
                  "FROM quote q JOIN article a ON a.id = q.article "
                  "WHERE %s ORDER BY a.date = '', a.date, a.id, q.n", w);
        break;
    }
    if (q->limit > 0)
        sb_printf(b, " LIMIT %ld", q->limit);
}

/* dyad_fold(x): x in lower case, beyond ASCII too, as the dictionaries
** fold names ("Özlem" is "özlem", O’Brien is O'Brien): what --speaker
** compares. */
static void fold_fn(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *s = (const char *)sqlite3_value_text(argv[0]);
    size_t n = (size_t)sqlite3_value_bytes(argv[0]);
    if (!s) {
        sqlite3_result_null(cx);
        return;
    }
    /* a lower case takes at most half as many bytes again (U+023A, two
    ** bytes, is U+2C65, three) */
    size_t cap = n * 2 + 4;
    char small[512], *buf = cap <= sizeof small ? small : dy_malloc(cap);
    if (!buf) {
        sqlite3_result_error_nomem(cx);
        return;
    }
    size_t k = dict_fold(s, n, buf, cap);
    if (k == (size_t)-1)
        sqlite3_result_text(cx, s, (int)n, SQLITE_TRANSIENT);
    else
        sqlite3_result_text(cx, buf, (int)k, SQLITE_TRANSIENT);
    if (buf != small)
        dy_free(buf);
}

/* Checks q; DYAD_OK or DYAD_EUSAGE with the message on s. */
static int check_query(dyad_store *s, const dyad_query *q)
{
    const char *why = !q ? "q is NULL"
                    : (unsigned)q->kind > DYAD_QUERY_QUOTES ? "unknown query kind"
                    : (unsigned)q->by > DYAD_PERIOD_MONTH ? "unknown period"
                    : q->limit < 0 ? "a negative limit"
                    : q->speaker && q->kind != DYAD_QUERY_QUOTES ? "a speaker is for quotes"
                    : NULL;
    if (why) {
        base_errmsg(s->errmsg, "dyad_store_query: %s", why);
        return DYAD_EUSAGE;
    }
    return DYAD_OK;
}

/* Prepares sql on s, binding f's values (twice for the actors query, once
** more the two dates for a series). */
static int prepare(dyad_store *s, const dyad_query *q, const view_filter *f, const char *sql,
                   sqlite3_stmt **st)
{
    int rc = q->kind != DYAD_QUERY_QUOTES ? SQLITE_OK
           : sqlite3_create_function_v2(s->db, "dyad_fold", 1, SQLITE_UTF8 |
                                        SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                        fold_fn, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, rc, "cannot read");
    int k = view_filter_bind(f, *st, 1);
    if (q->kind == DYAD_QUERY_ACTORS)
        view_filter_bind(f, *st, k);
    if (q->kind == DYAD_QUERY_SERIES) {
        if (f->from[0])
            sqlite3_bind_text(*st, k, f->from, -1, SQLITE_STATIC);
        if (f->to[0])
            sqlite3_bind_text(*st, k + 1, f->to, -1, SQLITE_STATIC);
    }
    return DYAD_OK;
}

int dyad_store_query(dyad_store *s, const dyad_query *q, dyad_table_format f,
                     dyad_write_fn w, void *ctx, long *rows)
{
    if (rows)
        *rows = 0;
    if (store_readable(s, "dyad_store_query") != DYAD_OK)
        return DYAD_EUSAGE;
    s->errmsg[0] = '\0';
    int rc = check_query(s, q);
    if (rc == DYAD_OK && (!w || (unsigned)f > DYAD_TABLE_JSON)) {
        base_errmsg(s->errmsg, "dyad_store_query: %s", !w ? "w is NULL" : "unknown format");
        rc = DYAD_EUSAGE;
    }
    if (rc != DYAD_OK)
        return rc;
    view_filter filter;
    strbuf sql = {0};
    sqlite3_stmt *st = NULL;
    rc = q->kind == DYAD_QUERY_QUOTES ? view_filter_quotes(s, q, &filter)
                                      : view_filter_build(s, q, &filter);
    if (rc == DYAD_OK) {
        query_sql(&sql, q, &filter);
        rc = sql.oom ? DYAD_ENOMEM : prepare(s, q, &filter, sql.s, &st);
    }
    if (rc == DYAD_OK) {
        static const struct { const view_col *cols; int n; } kinds[] = {
            {dyads_cols, sizeof dyads_cols / sizeof dyads_cols[0]},
            {NULL, 8},
            {events_cols, sizeof events_cols / sizeof events_cols[0]},
            {actors_cols, sizeof actors_cols / sizeof actors_cols[0]},
            {quotes_cols, sizeof quotes_cols / sizeof quotes_cols[0]},
        };
        const view_col *cols = q->kind == DYAD_QUERY_SERIES ? series_cols[q->by]
                                                            : kinds[q->kind].cols;
        view_table t;
        view_table_begin(&t, f, cols, kinds[q->kind].n, w, ctx);
        rc = view_table_run(&t, s, st);
        if (rows)
            *rows = t.rows;
    } else if (rc == DYAD_ENOMEM) {
        base_errmsg(s->errmsg, "out of memory");
    }
    sqlite3_finalize(st);
    sb_free(&sql);
    view_filter_free(&filter);
    return rc;
}

int dyad_store_count(dyad_store *s, const dyad_query *q, long *n)
{
    if (n)
        *n = 0;
    if (store_readable(s, "dyad_store_count") != DYAD_OK)
        return DYAD_EUSAGE;
    s->errmsg[0] = '\0';
    if (!q || !n) {
        base_errmsg(s->errmsg, "dyad_store_count: %s is NULL", !q ? "q" : "n");
        return DYAD_EUSAGE;
    }
    view_filter filter;
    strbuf sql = {0};
    sqlite3_stmt *st = NULL;
    int rc = view_filter_build(s, q, &filter);
    if (rc == DYAD_OK) {
        sb_printf(&sql, "SELECT count(*) FROM event e WHERE %s", sb_str(&filter.where));
        int src = sql.oom ? SQLITE_NOMEM : sqlite3_prepare_v2(s->db, sql.s, -1, &st, NULL);
        if (src == SQLITE_OK) {
            view_filter_bind(&filter, st, 1);
            src = sqlite3_step(st);
        }
        if (src == SQLITE_ROW)
            *n = (long)sqlite3_column_int64(st, 0);
        else
            rc = store_fail(s, src, "cannot read");
    }
    sqlite3_finalize(st);
    sb_free(&sql);
    view_filter_free(&filter);
    return rc;
}
