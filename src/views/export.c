/*
** export.c — the stored events out again, in the order they were stored:
** as dyad code writes them (JSON lines, PETRARCH2's layout, GDELT 2.0's
** columns, through dyad_event_format, so that an ingest then an export
** gives what dyad code gives), or as CSV with every stored field, for R
** and pandas.
*/
#include "views/views.h"

#include <string.h>

/* Every stored field of an event, in the CSV's order; the SELECT below
** gives them in the same order. */
enum {
    X_ID, X_DATE, X_SOURCE, X_TARGET, X_CODE, X_ROOT, X_EVENT_NAME, X_GOLDSTEIN, X_QUAD,
    X_PLOVER, X_MODALITY, X_QUOTED, X_DOC, X_SENT, X_NEWS_SOURCE, X_URL, X_TITLE,
    X_SOURCE_TEXT, X_TARGET_TEXT, X_VERB, X_SENTENCE, X_PATTERN, X_PATTERN_FILE,
    X_PATTERN_LINE, X_SOURCE_ENTRY, X_TARGET_ENTRY, X_EVENT_DATE, X_DATE_PRECISION,
    X_DATE_TEXT, X_HISTORICAL, X_SOURCE_FROM, X_TARGET_FROM, X_PLACE,
    X_PLACE_REGION, X_PLACE_COUNTRY, X_PLACE_COUNTRY_NAME, X_PLACE_FROM, X_PLACE_LAT,
    X_PLACE_LON, X_COUNT
};

static const view_col csv_cols[X_COUNT] = {
    {"id", COL_INT},          {"date", COL_TEXT},         {"source", COL_TEXT},
    {"target", COL_TEXT},     {"code", COL_TEXT},         {"root", COL_TEXT},
    {"event_name", COL_TEXT}, {"goldstein", COL_REAL1},   {"quad", COL_INT},
    {"plover", COL_TEXT},     {"modality", COL_TEXT},     {"quoted", COL_INT},
    {"doc", COL_TEXT},        {"sent", COL_INT},          {"news_source", COL_TEXT},
    {"url", COL_TEXT},        {"title", COL_TEXT},        {"source_text", COL_TEXT},
    {"target_text", COL_TEXT}, {"verb", COL_TEXT},        {"sentence", COL_TEXT},
    {"pattern", COL_TEXT},    {"pattern_file", COL_TEXT}, {"pattern_line", COL_INT},
    {"source_entry", COL_TEXT}, {"target_entry", COL_TEXT}, {"event_date", COL_TEXT},
    {"date_precision", COL_TEXT}, {"date_text", COL_TEXT}, {"historical", COL_INT},
    {"source_from", COL_TEXT}, {"target_from", COL_TEXT}, {"place", COL_TEXT},
    {"place_region", COL_TEXT}, {"place_country", COL_TEXT},
    {"place_country_name", COL_TEXT}, {"place_from", COL_TEXT}, {"place_lat", COL_REAL2},
    {"place_lon", COL_REAL2},
};

static const char select_sql[] =
    "SELECT e.id, e.date, e.source, e.target, e.code, e.root, e.event_name, e.goldstein, "
    "e.quad, e.plover, e.modality, e.quoted, a.doc, e.sent, a.source, a.url, a.title, "
    "e.source_text, e.target_text, e.verb, "
    "CAST(substr(CAST(a.text AS BLOB), s.byte_start + 1, s.byte_end - s.byte_start) AS TEXT), "
    "e.pattern, e.pattern_file, e.pattern_line, e.source_entry, e.target_entry, "
    "e.event_date, e.date_precision, e.date_text, e.historical, e.source_from, e.target_from, "
    "e.place, e.place_region, e.place_country, e.place_country_name, e.place_from, "
    "e.place_lat, e.place_lon "
    "FROM event e JOIN article a ON a.id = e.article "
    "LEFT JOIN sentence s ON s.article = e.article AND s.sent = e.sent "
    "WHERE %s ORDER BY e.article, e.n";

static const char *text_of(sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return s ? s : "";
}

/* The event of the current row, its strings pointing into st's row. */
static void row_event(sqlite3_stmt *st, dyad_event *e)
{
    memset(e, 0, sizeof *e);
    e->doc = text_of(st, X_DOC);
    e->url = text_of(st, X_URL);
    e->sent = (long)sqlite3_column_int64(st, X_SENT);
    e->date = text_of(st, X_DATE);
    e->source = text_of(st, X_SOURCE);
    e->target = text_of(st, X_TARGET);
    e->code = text_of(st, X_CODE);
    e->root = text_of(st, X_ROOT);
    e->event_name = text_of(st, X_EVENT_NAME);
    e->goldstein = sqlite3_column_double(st, X_GOLDSTEIN);
    e->quad = sqlite3_column_int(st, X_QUAD);
    e->plover = text_of(st, X_PLOVER);
    e->modality = text_of(st, X_MODALITY);
    e->source_text = text_of(st, X_SOURCE_TEXT);
    e->target_text = text_of(st, X_TARGET_TEXT);
    e->verb = text_of(st, X_VERB);
    e->sentence = text_of(st, X_SENTENCE);
    e->pattern = text_of(st, X_PATTERN);
    e->pattern_file = text_of(st, X_PATTERN_FILE);
    e->pattern_line = (long)sqlite3_column_int64(st, X_PATTERN_LINE);
    e->source_entry = text_of(st, X_SOURCE_ENTRY);
    e->target_entry = text_of(st, X_TARGET_ENTRY);
    e->event_date = text_of(st, X_EVENT_DATE);
    e->date_precision = text_of(st, X_DATE_PRECISION);
    e->date_text = text_of(st, X_DATE_TEXT);
    e->quoted = sqlite3_column_int(st, X_QUOTED);
    e->historical = sqlite3_column_int(st, X_HISTORICAL);
    e->source_from = text_of(st, X_SOURCE_FROM);
    e->target_from = text_of(st, X_TARGET_FROM);
    e->place = text_of(st, X_PLACE);
    e->place_region = text_of(st, X_PLACE_REGION);
    e->place_country = text_of(st, X_PLACE_COUNTRY);
    e->place_country_name = text_of(st, X_PLACE_COUNTRY_NAME);
    e->place_from = text_of(st, X_PLACE_FROM);
    e->place_has_coords = sqlite3_column_type(st, X_PLACE_LAT) != SQLITE_NULL;
    e->place_lat = sqlite3_column_double(st, X_PLACE_LAT);
    e->place_lon = sqlite3_column_double(st, X_PLACE_LON);
}

/* Writes every row of st as dyad_event_format's lines. */
static int write_events(dyad_store *s, sqlite3_stmt *st, dyad_output_format of, int explain,
                        view_table *t)
{
    static const char oom[] = "out of memory writing the events";
    strbuf line = {0};
    int rc = SQLITE_DONE, status = DYAD_OK;
    while (status == DYAD_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        /* text columns first: sqlite3_column_double after text keeps them */
        dyad_event e;
        row_event(st, &e);
        long seq = (long)sqlite3_column_int64(st, X_ID);
        size_t n = dyad_event_format(&e, of, seq, explain, NULL, 0);
        sb_reset(&line);
        if (n == 0 || base_grow((void **)&line.s, &line.cap, n + 1, 1) < 0) {
            base_errmsg(s->errmsg, "%s", oom);
            status = DYAD_ENOMEM;
            break;
        }
        dyad_event_format(&e, of, seq, explain, line.s, n + 1);
        if ((status = view_write(t, line.s, n)) != DYAD_OK)
            base_errmsg(s->errmsg, "the output could not be written");
        t->rows++;
    }
    if (status == DYAD_OK && rc != SQLITE_DONE)
        status = store_fail(s, rc, "cannot read");
    sb_free(&line);
    return status;
}

int dyad_store_export(dyad_store *s, const dyad_query *q, dyad_export_format f, int explain,
                      dyad_write_fn w, void *ctx, long *rows)
{
    if (rows)
        *rows = 0;
    if (store_readable(s, "dyad_store_export") != DYAD_OK)
        return DYAD_EUSAGE;
    s->errmsg[0] = '\0';
    if (!q || !w || (unsigned)f > DYAD_EXPORT_CSV || q->limit < 0) {
        base_errmsg(s->errmsg, "dyad_store_export: %s", !q ? "q is NULL" : !w ? "w is NULL"
                    : q->limit < 0 ? "a negative limit" : "unknown format");
        return DYAD_EUSAGE;
    }
    view_filter filter;
    strbuf sql = {0};
    sqlite3_stmt *st = NULL;
    int rc = view_filter_build(s, q, &filter);
    if (rc == DYAD_OK) {
        sb_printf(&sql, select_sql, sb_str(&filter.where));
        if (q->limit > 0)
            sb_printf(&sql, " LIMIT %ld", q->limit);
        int src = sql.oom ? SQLITE_NOMEM : sqlite3_prepare_v2(s->db, sql.s, -1, &st, NULL);
        if (src != SQLITE_OK)
            rc = store_fail(s, src, "cannot read");
    }
    if (rc == DYAD_OK) {
        view_filter_bind(&filter, st, 1);
        view_table t;
        view_table_begin(&t, f == DYAD_EXPORT_CSV ? DYAD_TABLE_CSV : DYAD_TABLE_JSON, csv_cols,
                         X_COUNT, w, ctx);
        if (f == DYAD_EXPORT_CSV) {
            rc = view_table_run(&t, s, st);
        } else {
            static const dyad_output_format of[] = {DYAD_OUT_JSONL, DYAD_OUT_PETRARCH,
                                                    DYAD_OUT_GDELT};
            rc = write_events(s, st, of[f], explain, &t);
            view_table_end(&t);
        }
        if (rows)
            *rows = t.rows;
    }
    sqlite3_finalize(st);
    sb_free(&sql);
    view_filter_free(&filter);
    return rc;
}
