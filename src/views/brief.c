/*
** brief.c — the briefing: who moved toward cooperation or conflict in a
** period against the period before it, who was most active, and the
** notable events. Gathers the facts from the store, one query each, then
** writes them as plain text here or as an HTML page (brief_html.c). The
** quotes of the period come from the store's quote table, those whose
** speaker the article names, the latest first, direct ones first of a
** day.
**
** "Moved" is the change of a dyad's Goldstein sum (each event scores from
** -10, most hostile, to +10, most cooperative) from the period before to
** this one: a dyad of two accusations last week and a treaty this week
** moved toward cooperation. Negated events are left out, as in queries.
*/
#include "views/brief.h"
#include "text/utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- dates: days since 1970-01-01 and back (H. Hinnant's algorithms) ---- */

static long day_number(const char *date)
{
    int y = 0, m = 1, d = 1;
    sscanf(date, "%d-%d-%d", &y, &m, &d);
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void brief_add_days(const char *date, long n, char out[11])
{
    long z = day_number(date) + n + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    long y = yoe + era * 400 + (m <= 2);
    /* the moduli tell the compiler the widths: the dates are years 0 to 9999 */
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)d % 100u);
}

const char *brief_trend(const brief_mover *m)
{
    if (m->events_now == 0)
        return "quiet";
    if (m->now > m->before)
        return m->before < 0 && m->now <= 0 ? "less conflict" : "toward cooperation";
    return m->before > 0 && m->now >= 0 ? "less cooperation" : "toward conflict";
}

/* ---- gathering ---- */

static size_t keep(brief *b, sqlite3_stmt *st, int col)
{
    const char *s = (const char *)sqlite3_column_text(st, col);
    size_t off = b->pool.len;
    sb_puts(&b->pool, s ? s : "");
    sb_putc(&b->pool, '\0');
    return off;
}

/* Prepares sql and binds the period's dates to ?1 (from), ?2 (to), ?3 (the
** day before's first day). */
static int prepare(dyad_store *s, const brief *b, const char *sql, sqlite3_stmt **st)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, rc, "cannot read");
    int n = sqlite3_bind_parameter_count(*st);
    const char *v[] = {b->from, b->to, b->before_from};
    for (int i = 0; i < n && i < 3; i++)
        sqlite3_bind_text(*st, i + 1, v[i], -1, SQLITE_STATIC);
    return DYAD_OK;
}

/* Steps st to its end, calling row for each row; the status. */
static int each_row(dyad_store *s, brief *b, sqlite3_stmt *st,
                    int (*row)(dyad_store *, brief *, sqlite3_stmt *))
{
    int rc, status = DYAD_OK;
    while (status == DYAD_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        status = row(s, b, st);
    if (status == DYAD_OK && rc != SQLITE_DONE)
        status = store_fail(s, rc, "cannot read");
    sqlite3_finalize(st);
    return status == DYAD_OK && b->pool.oom ? DYAD_ENOMEM : status;
}

static int totals_row(dyad_store *s, brief *b, sqlite3_stmt *st)
{
    (void)s;
    b->events_now = (long)sqlite3_column_int64(st, 0);
    b->events_before = (long)sqlite3_column_int64(st, 1);
    b->articles_now = (long)sqlite3_column_int64(st, 2);
    return DYAD_OK;
}

/* The days of mover m, from the period before's first to the last. */
static int mover_days(dyad_store *s, brief *b, brief_mover *m)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, b, "SELECT date, sum(goldstein), count(*) FROM event "
                     "WHERE date BETWEEN ?3 AND ?2 AND source = ?4 AND target = ?5 "
                     "AND modality <> 'negated' GROUP BY date", &st);
    if (rc != DYAD_OK)
        return rc;
    sqlite3_bind_text(st, 4, BRIEF_STR(b, m->source), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, BRIEF_STR(b, m->target), -1, SQLITE_TRANSIENT);
    long first = day_number(b->before_from), n = 2L * b->days;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long k = day_number((const char *)sqlite3_column_text(st, 0)) - first;
        if (k >= 0 && k < n)
            m->days[k] = (brief_day){sqlite3_column_double(st, 1),
                                     (long)sqlite3_column_int64(st, 2)};
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? DYAD_OK : store_fail(s, rc, "cannot read");
}

static int mover_row(dyad_store *s, brief *b, sqlite3_stmt *st)
{
    (void)s;
    brief_mover *m = &b->movers[b->nmovers];
    m->days = dy_calloc((size_t)(2 * b->days), sizeof *m->days);
    if (!m->days)
        return DYAD_ENOMEM;
    b->nmovers++;
    m->source = keep(b, st, 0);
    m->target = keep(b, st, 1);
    m->events_now = (long)sqlite3_column_int64(st, 2);
    m->events_before = (long)sqlite3_column_int64(st, 3);
    m->now = sqlite3_column_double(st, 4);
    m->before = sqlite3_column_double(st, 5);
    return DYAD_OK;
}

static int edge_row(dyad_store *s, brief *b, sqlite3_stmt *st)
{
    (void)s;
    brief_edge *e = &b->edges[b->nedges++];
    e->source = keep(b, st, 0);
    e->target = keep(b, st, 1);
    e->events = (long)sqlite3_column_int64(st, 2);
    e->mean = sqlite3_column_double(st, 3);
    return DYAD_OK;
}

static int event_row(dyad_store *s, brief *b, sqlite3_stmt *st)
{
    (void)s;
    brief_event *e = &b->events[b->nevents++];
    e->id = (long)sqlite3_column_int64(st, 0);
    e->date = keep(b, st, 1);
    e->source = keep(b, st, 2);
    e->target = keep(b, st, 3);
    e->code = keep(b, st, 4);
    e->name = keep(b, st, 5);
    e->goldstein = sqlite3_column_double(st, 6);
    e->modality = keep(b, st, 7);
    e->doc = keep(b, st, 8);
    e->sent = (long)sqlite3_column_int64(st, 9);
    e->news_source = keep(b, st, 10);
    e->url = keep(b, st, 11);
    e->sentence = keep(b, st, 12);
    e->source_text = keep(b, st, 13);
    e->target_text = keep(b, st, 14);
    e->verb = keep(b, st, 15);
    e->pattern = keep(b, st, 16);
    e->pattern_file = keep(b, st, 17);
    e->pattern_line = (long)sqlite3_column_int64(st, 18);
    e->source_entry = keep(b, st, 19);
    e->target_entry = keep(b, st, 20);
    return DYAD_OK;
}

static int quote_row(dyad_store *s, brief *b, sqlite3_stmt *st)
{
    (void)s;
    brief_quote *q = &b->quotes[b->nquotes++];
    q->date = keep(b, st, 0);
    q->speaker = keep(b, st, 1);
    q->speaker_desc = keep(b, st, 2);
    q->text = keep(b, st, 3);
    q->direct = sqlite3_column_int(st, 4);
    q->doc = keep(b, st, 5);
    q->sent = (long)sqlite3_column_int64(st, 6);
    q->news_source = keep(b, st, 7);
    q->url = keep(b, st, 8);
    return DYAD_OK;
}

/* The quotes of the period with a named speaker, the latest first, and
** of a day the words between quotation marks before those reported. */
static int gather_quotes(dyad_store *s, brief *b)
{
    sqlite3_stmt *st = NULL;
    if (!(b->quotes = dy_calloc(BRIEF_QUOTES, sizeof *b->quotes)))
        return DYAD_ENOMEM;
    char sql[400];
    snprintf(sql, sizeof sql,
             "SELECT a.date, q.speaker, q.speaker_desc, q.text, q.direct, a.doc, q.sent, "
             "a.source, a.url FROM quote q JOIN article a ON a.id = q.article "
             "WHERE a.date BETWEEN ?1 AND ?2 AND q.speaker <> '' "
             "ORDER BY a.date DESC, q.direct DESC, a.id, q.n LIMIT %d", BRIEF_QUOTES);
    int rc = prepare(s, b, sql, &st);
    return rc != DYAD_OK ? rc : each_row(s, b, st, quote_row);
}

/* A dyad has two actors: an event without a target ("North Korea held
** drills") counts in the totals and may be notable, but moves no dyad. */
#define BOTH_ACTORS "AND source <> '' AND target <> ''"

/* The facts of the briefing, one query each. */
static int gather(dyad_store *s, brief *b, int movers, int notable)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, b, "SELECT sum(date >= ?1), sum(date < ?1), (SELECT count(*) FROM "
                     "article WHERE date BETWEEN ?1 AND ?2) FROM event "
                     "WHERE date BETWEEN ?3 AND ?2 AND modality <> 'negated'", &st);
    if (rc != DYAD_OK || (rc = each_row(s, b, st, totals_row)) != DYAD_OK)
        return rc;

    if (!(b->movers = dy_calloc((size_t)movers, sizeof *b->movers)) ||
        !(b->edges = dy_calloc(BRIEF_EDGES, sizeof *b->edges)) ||
        !(b->events = dy_calloc((size_t)notable, sizeof *b->events)))
        return DYAD_ENOMEM;
    char sql[640];
    snprintf(sql, sizeof sql,
             "SELECT source, target, sum(date >= ?1) AS n_now, sum(date < ?1), "
             "total(CASE WHEN date >= ?1 THEN goldstein END) AS g_now, "
             "total(CASE WHEN date < ?1 THEN goldstein END) AS g_before FROM event "
             "WHERE date BETWEEN ?3 AND ?2 AND modality <> 'negated' " BOTH_ACTORS " GROUP BY 1, 2 "
             "HAVING abs(g_now - g_before) >= 0.05 "
             "ORDER BY abs(g_now - g_before) DESC, count(*) DESC, 1, 2 LIMIT %d", movers);
    if ((rc = prepare(s, b, sql, &st)) != DYAD_OK || (rc = each_row(s, b, st, mover_row)) != DYAD_OK)
        return rc;
    for (int i = 0; i < b->nmovers; i++)
        if ((rc = mover_days(s, b, &b->movers[i])) != DYAD_OK)
            return rc;

    snprintf(sql, sizeof sql,
             "SELECT source, target, count(*), avg(goldstein) FROM event "
             "WHERE date BETWEEN ?1 AND ?2 AND modality <> 'negated' " BOTH_ACTORS " GROUP BY 1, 2 "
             "ORDER BY 3 DESC, 1, 2 LIMIT %d", BRIEF_EDGES);
    if ((rc = prepare(s, b, sql, &st)) != DYAD_OK || (rc = each_row(s, b, st, edge_row)) != DYAD_OK)
        return rc;

    snprintf(sql, sizeof sql,
             "SELECT e.id, e.date, e.source, e.target, e.code, e.event_name, e.goldstein, "
             "e.modality, a.doc, e.sent, a.source, a.url, CAST(substr(CAST(a.text AS BLOB), "
             "s.byte_start + 1, s.byte_end - s.byte_start) AS TEXT), e.source_text, "
             "e.target_text, e.verb, e.pattern, e.pattern_file, e.pattern_line, "
             "e.source_entry, e.target_entry FROM event e JOIN article a ON a.id = e.article "
             "LEFT JOIN sentence s ON s.article = e.article AND s.sent = e.sent "
             "WHERE e.date BETWEEN ?1 AND ?2 AND e.modality <> 'negated' "
             "ORDER BY abs(e.goldstein) DESC, e.date DESC, e.id LIMIT %d", notable);
    if ((rc = prepare(s, b, sql, &st)) != DYAD_OK ||
        (rc = each_row(s, b, st, event_row)) != DYAD_OK)
        return rc;
    return gather_quotes(s, b);
}

/* The day the briefing ends: opts' date, or the last day with events. */
static int last_day(dyad_store *s, const char *date, char out[11])
{
    if (date && *date) {
        if (!base_parse_date(date, strlen(date), out)) {
            base_errmsg(s->errmsg, "the briefing's date '%s' is not a date; write it as "
                        "YYYY-MM-DD", date);
            return DYAD_EUSAGE;
        }
        return DYAD_OK;
    }
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, "SELECT max(date) FROM event WHERE date <> '' AND "
                                "modality <> 'negated'", -1, &st, NULL);
    const unsigned char *d = NULL;
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        d = sqlite3_column_text(st, 0);
    if (d)
        snprintf(out, 11, "%s", (const char *)d);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return store_fail(s, rc, "cannot read");
    if (!d) {
        base_errmsg(s->errmsg, "%s holds no dated event to start a briefing from; ingest "
                    "dated articles, or give the briefing's date", s->path);
        return DYAD_EINPUT;
    }
    return DYAD_OK;
}

/* ---- the text briefing ---- */

/* v to one decimal (two with fine), without "-0.0". */
static double tidy(double v)
{
    v = round(v * 10) / 10;
    return v == 0 ? 0 : v;
}

static double tidy2(double v)
{
    v = round(v * 100) / 100;
    return v == 0 ? 0 : v;
}

static const char *plural(long n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

/* "      doc, sentence 3, dyad wire, url": where a sentence was read. */
static void provenance(strbuf *o, const brief *b, size_t doc, long sent, size_t news_source,
                       size_t url)
{
    sb_printf(o, "      %s, sentence %ld%s%s%s%s\n", BRIEF_STR(b, doc), sent,
              *BRIEF_STR(b, news_source) ? ", " : "", BRIEF_STR(b, news_source),
              *BRIEF_STR(b, url) ? ", " : "", BRIEF_STR(b, url));
}

static void quotes_text(const brief *b, strbuf *o)
{
    sb_puts(o, "\nWho said what (quotes of the period, the latest first)\n");
    for (int i = 0; i < b->nquotes; i++) {
        const brief_quote *q = &b->quotes[i];
        const char *desc = BRIEF_STR(b, q->speaker_desc);
        sb_printf(o, "  %s  %s%s%s%s\n", BRIEF_STR(b, q->date), BRIEF_STR(b, q->speaker),
                  *desc ? " (" : "", desc, *desc ? ")" : "");
        sb_printf(o, q->direct ? "      \"%s\"\n" : "      said %s\n", BRIEF_STR(b, q->text));
        provenance(o, b, q->doc, q->sent, q->news_source, q->url);
    }
    if (b->nquotes == 0)
        sb_puts(o, "  none in this period\n");
}

const char *brief_actor(const brief *b, size_t off)
{
    return *BRIEF_STR(b, off) ? BRIEF_STR(b, off) : "(none)";
}

static void brief_text(const brief *b, strbuf *o)
{
    sb_printf(o, "dyad briefing: %s to %s (%d day%s), against %s to %s\n", b->from, b->to,
              b->days, b->days == 1 ? "" : "s", b->before_from, b->before_to);
    sb_printf(o, "%ld event%s in %ld article%s (the period before: %ld event%s)\n",
              b->events_now, plural(b->events_now, "", "s"), b->articles_now,
              plural(b->articles_now, "", "s"), b->events_before,
              plural(b->events_before, "", "s"));
    if (b->events_now == 0 && b->events_before == 0) {
        sb_puts(o, "\nNo events in either period.\n");
        quotes_text(b, o);
        return;
    }
    sb_puts(o, "\nWho moved most (the sum of Goldstein scores, -10 conflict to +10 "
               "cooperation an event, against the period before)\n");
    for (int i = 0; i < b->nmovers; i++) {
        const brief_mover *m = &b->movers[i];
        sb_printf(o, "  %s -> %s: %+.1f (was %+.1f), %ld event%s (was %ld), %s\n",
                  BRIEF_STR(b, m->source), BRIEF_STR(b, m->target), tidy(m->now),
                  tidy(m->before), m->events_now, plural(m->events_now, "", "s"),
                  m->events_before, brief_trend(m));
    }
    if (b->nmovers == 0)
        sb_puts(o, "  no dyad moved\n");
    sb_puts(o, "\nMost active dyads of the period\n");
    for (int i = 0; i < b->nedges; i++) {
        const brief_edge *e = &b->edges[i];
        sb_printf(o, "  %s -> %s: %ld event%s, mean Goldstein %+.2f\n", BRIEF_STR(b, e->source),
                  BRIEF_STR(b, e->target), e->events, plural(e->events, "", "s"), tidy2(e->mean));
    }
    if (b->nedges == 0)
        sb_puts(o, "  none\n");
    sb_puts(o, "\nNotable events (the strongest scores first)\n");
    for (int i = 0; i < b->nevents; i++) {
        const brief_event *e = &b->events[i];
        sb_printf(o, "  %s  %s -> %s  %s %s  %+.1f%s%s\n", BRIEF_STR(b, e->date),
                  brief_actor(b, e->source), brief_actor(b, e->target), BRIEF_STR(b, e->code),
                  BRIEF_STR(b, e->name), tidy(e->goldstein),
                  strcmp(BRIEF_STR(b, e->modality), "asserted") ? "  " : "",
                  strcmp(BRIEF_STR(b, e->modality), "asserted") ? BRIEF_STR(b, e->modality) : "");
        sb_printf(o, "      \"%s\"\n", BRIEF_STR(b, e->sentence));
        provenance(o, b, e->doc, e->sent, e->news_source, e->url);
    }
    if (b->nevents == 0)
        sb_puts(o, "  none in this period\n");
    quotes_text(b, o);
}

/* ---- the entry point ---- */

static void brief_free(brief *b)
{
    for (int i = 0; i < b->nmovers; i++)
        dy_free(b->movers[i].days);
    dy_free(b->movers);
    dy_free(b->edges);
    dy_free(b->events);
    dy_free(b->quotes);
    sb_free(&b->pool);
}

/* Writes b through w in one call, as make writes it. Returns DYAD_OK,
** DYAD_ENOMEM or DYAD_EIO (w stopped). */
static int write_part(dyad_store *s, const brief *b, void (*make)(const brief *, strbuf *),
                      dyad_write_fn w, void *ctx)
{
    strbuf out = {0};
    make(b, &out);
    utf8_repair_sb(&out);
    int rc = out.oom ? DYAD_ENOMEM : DYAD_OK;
    if (rc == DYAD_OK && w(ctx, out.s, out.len) != 0) {
        base_errmsg(s->errmsg, "the output could not be written");
        rc = DYAD_EIO;
    }
    sb_free(&out);
    return rc;
}

static int check_opts(dyad_store *s, const dyad_brief_opts *o, dyad_write_fn w)
{
    const char *why = !w ? "w is NULL"
                    : o->days < 0 || o->days > 366 ? "days must be from 1 to 366"
                    : (unsigned)o->format > DYAD_BRIEF_TEXT_HTML ? "unknown format"
                    : o->movers < 0 || o->movers > 50 ? "movers must be from 1 to 50"
                    : o->notable < 0 || o->notable > 100 ? "notable must be from 1 to 100"
                    : NULL;
    if (why) {
        base_errmsg(s->errmsg, "dyad_store_brief: %s", why);
        return DYAD_EUSAGE;
    }
    return DYAD_OK;
}

int dyad_store_brief(dyad_store *s, const dyad_brief_opts *opts, dyad_write_fn w, void *ctx,
                     long *events)
{
    if (events)
        *events = 0;
    if (store_readable(s, "dyad_store_brief") != DYAD_OK)
        return DYAD_EUSAGE;
    s->errmsg[0] = '\0';
    dyad_brief_opts o = opts ? *opts : (dyad_brief_opts){0};
    int rc = check_opts(s, &o, w);
    if (rc != DYAD_OK)
        return rc;
    brief b = {.db = s->path, .days = o.days ? o.days : 7};
    if ((rc = last_day(s, o.date, b.to)) != DYAD_OK)
        return rc;
    brief_add_days(b.to, 1 - b.days, b.from);
    brief_add_days(b.from, -1, b.before_to);
    brief_add_days(b.from, -b.days, b.before_from);
    /* a read transaction: every query of the briefing sees one snapshot
    ** (unless the caller's batch is open: then it is the transaction) */
    int own = sqlite3_get_autocommit(s->db);
    rc = own ? store_exec(s, "BEGIN", "cannot read") : DYAD_OK;
    if (rc == DYAD_OK)
        rc = gather(s, &b, o.movers ? o.movers : 5, o.notable ? o.notable : 10);
    if (own)
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
    if (rc == DYAD_OK && events)
        *events = b.events_now;
    if (rc == DYAD_OK && o.format != DYAD_BRIEF_HTML)
        rc = write_part(s, &b, brief_text, w, ctx);
    if (rc == DYAD_OK && o.format != DYAD_BRIEF_TEXT)
        rc = write_part(s, &b, brief_html, w, ctx);
    if (rc == DYAD_ENOMEM)
        base_errmsg(s->errmsg, "out of memory writing the briefing");
    brief_free(&b);
    return rc;
}
