/*
** test_store.c — the store and its views on a small dictionary and news of
** our own: what an ingest stores, that storing an id again replaces it,
** the five queries and the exports, quotes and their speakers, the
** upgrades of a version 1 and a version 3 database (tests/data/store/), files that are no dyad database, a full disk
** in the middle of a batch, a reader's snapshot while a batch is open, bad
** arguments, and the failure of every allocation in turn.
*/
#include "check.h"
#include "dyad.h"
#include "base/base.h"
#include "store/store_int.h"

#include <expat.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static const char dict_text[] =
    "actor NOR: Norway; Norwegian\n"
    "actor SWE: Sweden\n"
    "actor CHL: Chile\n"
    "actor PER: Peru\n"
    "actor KEN: Kenya\n"
    "actor SOM: Somalia\n"
    "agent GOV: government; ministers\n"
    "verb 112: accuse +\n"
    "verb 057: sign agreement with + @mutual\n"
    "verb 154: send troops to +\n"
    "verb 190: attack +\n"
    "verb 051: praise +\n"
    "actor IRN: Iran\n"
    "verb 150: hold military exercise\n";

/* The news: ids, dates, texts. "n4" has no date. */
typedef struct news {
    const char *id, *date, *text;
} news;

static const news articles[] = {
    {"n1", "2024-01-01", "Norway accused Sweden on Monday. Officials gave no details."},
    {"n2", "2024-01-03", "Norway accused Sweden again. Chile signed an agreement with Peru."},
    {"n3", "2024-02-10", "Kenya sent troops to Somalia. Chile did not attack Peru."},
    {"n4", "", "The Norwegian government praised Sweden, \"a friend\", in a statement."},
};
#define NARTICLES (sizeof articles / sizeof articles[0])

static const char *path_of(const char *name)
{
    static char buf[4][128];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static void write_file(const char *name, const char *text)
{
    FILE *f = fopen(path_of(name), "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* Removes name and its -wal and -shm companions. */
static void remove_db(const char *name)
{
    char p[160];
    remove(path_of(name));
    snprintf(p, sizeof p, "%s-wal", path_of(name));
    remove(p);
    snprintf(p, sizeof p, "%s-shm", path_of(name));
    remove(p);
}

static dyad_doc doc_of(const news *n)
{
    dyad_doc d;
    dyad_doc_init(&d, n->text, strlen(n->text));
    d.id = n->id;
    d.date = n->date;
    d.source = "test wire";
    d.title = "title, with a comma";
    d.file = "news.jsonl";
    return d;
}

/* Codes and stores every article into db (made when missing); the
** coder keeps negated events when all is set. Returns what the last call
** returned. */
static int ingest(dyad_coder *c, const char *db, const news *docs, size_t n)
{
    dyad_store *s = NULL;
    int rc = dyad_store_open(path_of(db), DYAD_STORE_WRITE, &s);
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        dyad_doc d = doc_of(&docs[i]);
        rc = dyad_coder_code(c, &d);
        if (rc == DYAD_OK)
            rc = dyad_store_put(s, &d, c);
    }
    if (rc == DYAD_OK)
        rc = dyad_store_commit(s);
    dyad_store_free(s);
    return rc;
}

/* One integer from SQL run straight on the file, -1 on failure. */
static long raw_int(const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    long v = -1;
    if (sqlite3_open(path_of(db), &h) == SQLITE_OK &&
        sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

static int raw_exec(const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    int rc = sqlite3_open(path_of(db), &h);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
    sqlite3_close(h);
    return rc;
}

/* ---- output collected from a query ---- */

static strbuf out;

static int collect(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    sb_append(&out, s, n);
    return 0;
}

static int refuse(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
    return -1;
}

/* Runs q in format f on db and returns what it wrote ("(error: ...)" on
** failure). */
static const char *ask(const char *db, dyad_query q, dyad_table_format f)
{
    dyad_store *s = NULL;
    sb_reset(&out);
    sb_puts(&out, "");
    int rc = dyad_store_open(path_of(db), DYAD_STORE_READ, &s);
    if (rc == DYAD_OK)
        rc = dyad_store_query(s, &q, f, collect, NULL, NULL);
    if (rc != DYAD_OK) {
        sb_reset(&out);
        sb_printf(&out, "(error: %s)", dyad_store_errmsg(s));
    }
    dyad_store_free(s);
    return sb_str(&out);
}

static const char *export(const char *db, dyad_query q, dyad_export_format f, int explain)
{
    dyad_store *s = NULL;
    sb_reset(&out);
    sb_puts(&out, "");
    int rc = dyad_store_open(path_of(db), DYAD_STORE_READ, &s);
    if (rc == DYAD_OK)
        rc = dyad_store_export(s, &q, f, explain, collect, NULL, NULL);
    if (rc != DYAD_OK) {
        sb_reset(&out);
        sb_printf(&out, "(error: %s)", dyad_store_errmsg(s));
    }
    dyad_store_free(s);
    return sb_str(&out);
}

/* Each call of w in its own buffer, at most two. */
typedef struct both {
    strbuf part[2];
    int n;
} both;

static int collect_parts(void *ctx, const char *s, size_t n)
{
    both *b = ctx;
    if (b->n == 2)
        return -1;
    sb_append(&b->part[b->n++], s, n);
    return 0;
}

/* The briefing on db, or "(error: ...)"; *events gets the period's. */
static const char *brief_of(const char *db, dyad_brief_opts o, long *events)
{
    dyad_store *s = NULL;
    sb_reset(&out);
    sb_puts(&out, "");
    int rc = dyad_store_open(path_of(db), DYAD_STORE_READ, &s);
    if (rc == DYAD_OK)
        rc = dyad_store_brief(s, &o, collect, NULL, events);
    if (rc != DYAD_OK) {
        sb_reset(&out);
        sb_printf(&out, "(error: %s)", dyad_store_errmsg(s));
    }
    dyad_store_free(s);
    return sb_str(&out);
}

/* ---- the tests ---- */

static void test_ingest(dyad_coder *c)
{
    CHECK_INT(ingest(c, "a.db", articles, NARTICLES), DYAD_OK);
    CHECK_INT(raw_int("a.db", "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    CHECK_INT(raw_int("a.db", "PRAGMA application_id"), STORE_APP_ID);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM article"), 4);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM sentence"), 7);
    /* n1 1, n2 3, n3 1 (the negated attack is dropped), n4 1 */
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM event"), 6);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM ingest"), 1);
    CHECK_INT(raw_int("a.db", "SELECT sum(events) FROM article"), 6);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM event WHERE date = ''"), 1);
    /* the journal mode stays in the file */
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    sqlite3_open(path_of("a.db"), &h);
    sqlite3_prepare_v2(h, "PRAGMA journal_mode", -1, &st, NULL);
    CHECK(sqlite3_step(st) == SQLITE_ROW &&
          strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0);
    sqlite3_finalize(st);
    sqlite3_close(h);

    /* Again: every article replaced, nothing doubled. */
    dyad_store *s = NULL;
    CHECK_INT(dyad_store_open(path_of("a.db"), DYAD_STORE_WRITE, &s), DYAD_OK);
    for (size_t i = 0; i < NARTICLES; i++) {
        dyad_doc d = doc_of(&articles[i]);
        dyad_coder_code(c, &d);
        CHECK_INT(dyad_store_put(s, &d, c), DYAD_OK);
    }
    CHECK_INT(dyad_store_commit(s), DYAD_OK);
    dyad_store_stats stats;
    dyad_store_get_stats(s, &stats);
    CHECK_INT(stats.articles, 4);
    CHECK_INT(stats.replaced, 4);
    CHECK_INT(stats.committed, 4);
    CHECK_INT(stats.events, 6);
    dyad_store_free(s);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM article"), 4);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM event"), 6);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM sentence"), 7);
    CHECK_INT(raw_int("a.db", "SELECT max(id) FROM article"), 4);   /* kept their ids */
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM ingest"), 2);

    /* A new text under an old id: the old events go, the new ones come. */
    news changed = {"n2", "2024-01-04", "Kenya praised Somalia."};
    CHECK_INT(ingest(c, "a.db", &changed, 1), DYAD_OK);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM event"), 4);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM event WHERE source = 'KEN' AND code = "
                      "'051' AND date = '2024-01-04'"), 1);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM sentence WHERE article = 2"), 1);
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM article"), 4);
    CHECK_INT(ingest(c, "a.db", articles + 1, 1), DYAD_OK);   /* and back */
    CHECK_INT(raw_int("a.db", "SELECT count(*) FROM event"), 6);
    CHECK_INT(raw_int("a.db", "PRAGMA foreign_key_check"), -1);   /* no row: no fault */
}

static void test_queries(void)
{
    dyad_query q = {.kind = DYAD_QUERY_DYADS};
    CHECK_STR(ask("q.db", q, DYAD_TABLE_CSV),
              "source,target,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,"
              "verbal_conflict,material_conflict\n"
              "NOR,SWE,2,-4.0,-2.00,0,0,2,0\n"
              "CHL,PER,1,8.0,8.00,1,0,0,0\n"
              "KEN,SOM,1,-7.2,-7.20,0,0,0,1\n"
              "NORGOV,SWE,1,3.4,3.40,1,0,0,0\n"
              "PER,CHL,1,8.0,8.00,1,0,0,0\n");
    CHECK_STR(ask("q.db", q, DYAD_TABLE_TEXT),
              "source  target  events  goldstein_sum  goldstein_mean  verbal_coop  "
              "material_coop  verbal_conflict  material_conflict\n"
              "NOR     SWE          2           -4.0           -2.00            0  "
              "            0                2                  0\n"
              "CHL     PER          1            8.0            8.00            1  "
              "            0                0                  0\n"
              "KEN     SOM          1           -7.2           -7.20            0  "
              "            0                0                  1\n"
              "NORGOV  SWE          1            3.4            3.40            1  "
              "            0                0                  0\n"
              "PER     CHL          1            8.0            8.00            1  "
              "            0                0                  0\n");
    /* a prefix of the source, a date range */
    q.source = "NOR";
    q.from = "2024-01-02";
    CHECK_STR(ask("q.db", q, DYAD_TABLE_JSON),
              "{\"source\":\"NOR\",\"target\":\"SWE\",\"events\":1,\"goldstein_sum\":-2.0,"
              "\"goldstein_mean\":-2.00,\"verbal_coop\":0,\"material_coop\":0,"
              "\"verbal_conflict\":1,\"material_conflict\":0}\n");
    q.from = "2030-01-01";
    CHECK_STR(ask("q.db", q, DYAD_TABLE_CSV),
              "source,target,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,"
              "verbal_conflict,material_conflict\n");

    /* weeks, the empty ones between too; undated events are left out */
    dyad_query sq = {.kind = DYAD_QUERY_SERIES, .by = DYAD_PERIOD_WEEK, .to = "2024-01-20"};
    CHECK_STR(ask("q.db", sq, DYAD_TABLE_CSV),
              "week,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,"
              "verbal_conflict,material_conflict\n"
              "2024-01-01,4,12.0,3.00,2,0,2,0\n"
              "2024-01-08,0,0.0,,0,0,0,0\n"
              "2024-01-15,0,0.0,,0,0,0,0\n");
    sq.by = DYAD_PERIOD_MONTH;
    sq.to = NULL;
    sq.source = "NOR";
    sq.target = "SWE";
    CHECK_STR(ask("q.db", sq, DYAD_TABLE_CSV),
              "month,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,"
              "verbal_conflict,material_conflict\n"
              "2024-01,2,-4.0,-2.00,0,0,2,0\n");
    sq.by = DYAD_PERIOD_DAY;
    sq.source = sq.target = NULL;
    sq.from = "2023-12-31";
    sq.to = "2024-01-02";
    CHECK_STR(ask("q.db", sq, DYAD_TABLE_JSON),
              "{\"day\":\"2023-12-31\",\"events\":0,\"goldstein_sum\":0.0,\"goldstein_mean\":null,"
              "\"verbal_coop\":0,\"material_coop\":0,\"verbal_conflict\":0,\"material_conflict\":0}\n"
              "{\"day\":\"2024-01-01\",\"events\":1,\"goldstein_sum\":-2.0,\"goldstein_mean\":-2.00,"
              "\"verbal_coop\":0,\"material_coop\":0,\"verbal_conflict\":1,\"material_conflict\":0}\n"
              "{\"day\":\"2024-01-02\",\"events\":0,\"goldstein_sum\":0.0,\"goldstein_mean\":null,"
              "\"verbal_coop\":0,\"material_coop\":0,\"verbal_conflict\":0,\"material_conflict\":0}\n");

    /* events: a code prefix, the sentence, the source; quotes in CSV */
    dyad_query eq = {.kind = DYAD_QUERY_EVENTS, .code = "05"};
    CHECK_STR(ask("q.db", eq, DYAD_TABLE_CSV),
              "id,date,source,target,code,goldstein,modality,news_source,doc,sent,url,sentence\n"
              "3,2024-01-03,CHL,PER,057,8.0,asserted,test wire,n2,1,,Chile signed an agreement "
              "with Peru.\n"
              "4,2024-01-03,PER,CHL,057,8.0,asserted,test wire,n2,1,,Chile signed an agreement "
              "with Peru.\n"
              "6,,NORGOV,SWE,051,3.4,asserted,test wire,n4,0,,\"The Norwegian government "
              "praised Sweden, \"\"a friend\"\", in a statement.\"\n");
    eq.limit = 1;
    eq.code = "0";
    eq.modalities = "future";
    CHECK_STR(ask("q.db", eq, DYAD_TABLE_TEXT),   /* none: the header alone */
              "id  date  source  target  code  goldstein  modality  news_source  doc  sent  url"
              "  sentence\n");
    eq.code = "15";
    eq.modalities = "asserted";
    CHECK_STR(ask("q.db", eq, DYAD_TABLE_TEXT),
              "id  date        source  target  code  goldstein  modality  news_source  doc  sent"
              "  url  sentence\n"
              " 5  2024-02-10  KEN     SOM     154        -7.2  asserted  test wire    n3      0"
              "       Kenya sent troops to Somalia.\n");

    dyad_query aq = {.kind = DYAD_QUERY_ACTORS, .limit = 2};
    CHECK_STR(ask("q.db", aq, DYAD_TABLE_CSV),
              "actor,events,as_source,as_target,first,last\n"
              "SWE,3,0,3,2024-01-01,2024-01-03\n"
              "CHL,2,1,1,2024-01-03,2024-01-03\n");

    /* bad queries: the message says what */
    dyad_query bad = {.kind = DYAD_QUERY_DYADS, .modalities = "sure"};
    CHECK_STR(ask("q.db", bad, DYAD_TABLE_CSV),
              "(error: unknown modality 'sure'; use asserted, future, conditional, "
              "hypothetical, negated, a list of them with commas, or all)");
    bad = (dyad_query){.kind = DYAD_QUERY_DYADS, .from = "2024-02-01", .to = "2024-01-01"};
    CHECK_STR(ask("q.db", bad, DYAD_TABLE_CSV),
              "(error: the range from 2024-02-01 to 2024-01-01 is empty: from comes after to)");
    bad = (dyad_query){.kind = DYAD_QUERY_DYADS, .to = "2024-02-30"};
    CHECK_STR(ask("q.db", bad, DYAD_TABLE_CSV),
              "(error: to '2024-02-30' is not a date; write it as YYYY-MM-DD)");
    bad = (dyad_query){.kind = (dyad_query_kind)9};
    CHECK_STR(ask("q.db", bad, DYAD_TABLE_CSV), "(error: dyad_store_query: unknown query kind)");

    /* a writer that refuses: the query stops and says so */
    dyad_store *s = NULL;
    dyad_store_open(path_of("q.db"), DYAD_STORE_READ, &s);
    long rows = 7;
    CHECK_INT(dyad_store_query(s, &q, DYAD_TABLE_CSV, refuse, NULL, &rows), DYAD_EIO);
    CHECK_STR(dyad_store_errmsg(s), "the output could not be written");
    long n = 0;
    dyad_query all = {.kind = DYAD_QUERY_DYADS, .modalities = "all"};
    CHECK_INT(dyad_store_count(s, &all, &n), DYAD_OK);
    CHECK_INT(n, 6);
    dyad_store_summary sum;
    CHECK_INT(dyad_store_summarize(s, &sum), DYAD_OK);
    CHECK_INT(sum.articles, 4);
    CHECK_INT(sum.events, 6);
    CHECK_STR(sum.first, "2024-01-01");
    CHECK_STR(sum.last, "2024-02-10");
    dyad_store_free(s);
}

/* Negated events are stored when the coder keeps them, and left out by
** default. */
static void test_modalities(dyad_coder *all)
{
    CHECK_INT(ingest(all, "m.db", articles, NARTICLES), DYAD_OK);
    CHECK_INT(raw_int("m.db", "SELECT count(*) FROM event WHERE modality = 'negated'"), 1);
    dyad_query q = {.kind = DYAD_QUERY_DYADS, .source = "CHL"};
    CHECK_STR(ask("m.db", q, DYAD_TABLE_CSV),
              "source,target,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,"
              "verbal_conflict,material_conflict\n"
              "CHL,PER,1,8.0,8.00,1,0,0,0\n");
    q.modalities = "negated,asserted";
    CHECK_STR(ask("m.db", q, DYAD_TABLE_CSV),
              "source,target,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,"
              "verbal_conflict,material_conflict\n"
              "CHL,PER,2,-2.0,-1.00,1,0,0,1\n");
    remove_db("m.db");
}

static long count_of(const char *s, const char *what)
{
    long n = 0;
    for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
        n++;
    return n;
}

/* The briefing: its text by hand; the page well-formed (expat), with a
** chart per dyad that moved and the network, and nothing fetched. */
static void test_brief(dyad_coder *c)
{
    dyad_brief_opts o = {.date = "2024-01-07", .format = DYAD_BRIEF_TEXT};
    long events = -1;
    CHECK_STR(brief_of("q.db", o, &events),
              "dyad briefing: 2024-01-01 to 2024-01-07 (7 days), against 2023-12-25 to "
              "2023-12-31\n"
              "4 events in 2 articles (the period before: 0 events)\n"
              "\n"
              "Who moved most (the sum of Goldstein scores, -10 conflict to +10 cooperation "
              "an event, against the period before)\n"
              "  CHL -> PER: +8.0 (was +0.0), 1 event (was 0), toward cooperation\n"
              "  PER -> CHL: +8.0 (was +0.0), 1 event (was 0), toward cooperation\n"
              "  NOR -> SWE: -4.0 (was +0.0), 2 events (was 0), toward conflict\n"
              "\n"
              "Most active dyads of the period\n"
              "  NOR -> SWE: 2 events, mean Goldstein -2.00\n"
              "  CHL -> PER: 1 event, mean Goldstein +8.00\n"
              "  PER -> CHL: 1 event, mean Goldstein +8.00\n"
              "\n"
              "Notable events (the strongest scores first)\n"
              "  2024-01-03  CHL -> PER  057 Sign formal agreement  +8.0\n"
              "      \"Chile signed an agreement with Peru.\"\n"
              "      n2, sentence 1, test wire\n"
              "  2024-01-03  PER -> CHL  057 Sign formal agreement  +8.0\n"
              "      \"Chile signed an agreement with Peru.\"\n"
              "      n2, sentence 1, test wire\n"
              "  2024-01-03  NOR -> SWE  112 Accuse, not specified below  -2.0\n"
              "      \"Norway accused Sweden again.\"\n"
              "      n2, sentence 0, test wire\n"
              "  2024-01-01  NOR -> SWE  112 Accuse, not specified below  -2.0\n"
              "      \"Norway accused Sweden on Monday.\"\n"
              "      n1, sentence 0, test wire\n"
              "\n"
              "Who said what (quotes of the period, the latest first)\n"
              "  none in this period\n");
    CHECK_INT(events, 4);

    /* a week later: the same dyads quiet, one new conflict far off */
    o.date = "2024-01-14";
    o.movers = 1;
    o.notable = 1;
    const char *t = brief_of("q.db", o, &events);
    CHECK(strstr(t, "0 events in 0 articles (the period before: 4 events)\n") != NULL);
    CHECK(strstr(t, "  CHL -> PER: +0.0 (was +8.0), 0 events (was 1), quiet\n\n") != NULL);
    CHECK(strstr(t, "Most active dyads of the period\n  none\n") != NULL);
    CHECK_INT(events, 0);

    /* the default day is the last with events; nothing at all far off */
    o = (dyad_brief_opts){.format = DYAD_BRIEF_TEXT, .days = 1};
    t = brief_of("q.db", o, NULL);
    CHECK(strncmp(t, "dyad briefing: 2024-02-10 to 2024-02-10 (1 day), against 2024-02-09 "
                     "to 2024-02-09\n1 event in 1 article", 97) == 0);
    o.date = "2030-06-01";
    CHECK(strstr(brief_of("q.db", o, NULL), "\nNo events in either period.\n") != NULL);

    /* the page */
    o = (dyad_brief_opts){.date = "2024-01-07"};
    const char *html = brief_of("q.db", o, NULL);
    XML_Parser xp = XML_ParserCreate(NULL);
    int parsed = XML_Parse(xp, html, (int)strlen(html), 1) == XML_STATUS_OK;
    if (!CHECK(parsed))
        fprintf(stderr, "    line %lu: %s\n", (unsigned long)XML_GetCurrentLineNumber(xp),
                XML_ErrorString(XML_GetErrorCode(xp)));
    XML_ParserFree(xp);
    CHECK_INT(count_of(html, "<svg "), 4);   /* three dyads moved, and the network */
    CHECK_INT(count_of(html, "<details>"), 4);
    CHECK_INT(count_of(html, "<script"), 0);
    CHECK_INT(count_of(html, " src="), 0);
    CHECK(strstr(html, "<blockquote>Norway accused Sweden on Monday.</blockquote>") != NULL);
    CHECK(strstr(html, "<title>2024-01-03: +8.0, 1 event</title>") != NULL);

    /* both parts, for an e-mail: w once with the text, once with the page */
    char *page_alone = dy_strdup(html);   /* before brief_of writes over it */
    char *text_alone = dy_strdup(brief_of("q.db", (dyad_brief_opts){.date = "2024-01-07",
                                          .format = DYAD_BRIEF_TEXT}, NULL));
    dyad_store *bs = NULL;
    both got = {0};
    CHECK_INT(dyad_store_open(path_of("q.db"), DYAD_STORE_READ, &bs), DYAD_OK);
    o = (dyad_brief_opts){.date = "2024-01-07", .format = DYAD_BRIEF_TEXT_HTML};
    CHECK_INT(dyad_store_brief(bs, &o, collect_parts, &got, &events), DYAD_OK);
    CHECK_INT(got.n, 2);
    CHECK_STR(sb_str(&got.part[0]), text_alone);
    CHECK_STR(sb_str(&got.part[1]), page_alone);
    CHECK_INT(events, 4);
    dyad_store_free(bs);
    sb_free(&got.part[0]);
    sb_free(&got.part[1]);
    dy_free(text_alone);
    dy_free(page_alone);

    /* bad requests */
    o = (dyad_brief_opts){.days = 400};
    CHECK_STR(brief_of("q.db", o, NULL), "(error: dyad_store_brief: days must be from 1 to 366)");
    o = (dyad_brief_opts){.date = "2024-13-01"};
    CHECK_STR(brief_of("q.db", o, NULL),
              "(error: the briefing's date '2024-13-01' is not a date; write it as YYYY-MM-DD)");
    /* an event without a target is notable, but moves no dyad */
    news alone[] = {{"t1", "2024-03-05", "Iran held a military exercise."},
                    {"t2", "2024-03-06", "Chile praised Peru."}};
    CHECK_INT(ingest(c, "t.db", alone, 2), DYAD_OK);
    o = (dyad_brief_opts){.format = DYAD_BRIEF_TEXT};
    t = brief_of("t.db", o, NULL);
    CHECK(strstr(t, "2 events in 2 articles") != NULL);
    CHECK(strstr(t, "  CHL -> PER: ") != NULL);
    CHECK(strstr(t, "  IRN -> : ") == NULL);
    CHECK(strstr(t, "  2024-03-05  IRN -> (none)  150 ") != NULL);
    o.format = DYAD_BRIEF_HTML;
    t = brief_of("t.db", o, NULL);
    CHECK(strstr(t, "<b>IRN &#8594; (none)</b> 150 ") != NULL);
    CHECK(strstr(t, ">IRN</text>") == NULL);   /* not in the network */
    remove_db("t.db");

    news undated = {"u", "", "Kenya praised Somalia."};
    CHECK_INT(ingest(c, "u.db", &undated, 1), DYAD_OK);
    o = (dyad_brief_opts){0};
    t = brief_of("u.db", o, NULL);
    CHECK(strstr(t, "u.db holds no dated event to start a briefing from; ingest dated "
                    "articles, or give the briefing's date)") != NULL);
    remove_db("u.db");
}

/* Makes NAME.db from the frozen database tests/data/store/NAME.sql; 0
** (the checks that would follow, nchecks, skipped) when it is not there. */
static int load_frozen(const char *name, int nchecks)
{
    char path[64], db[16];
    snprintf(path, sizeof path, "tests/data/store/%s.sql", name);
    snprintf(db, sizeof db, "%s.db", name);
    FILE *f = fopen(path, "r");
    if (!f) {
        char why[128];
        snprintf(why, sizeof why, "%s not found (run from the checkout)", path);
        check_skip(why, nchecks);
        return 0;
    }
    strbuf sql = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_append(&sql, chunk, n);
    fclose(f);
    CHECK_INT(raw_exec(db, sb_str(&sql)), SQLITE_OK);
    sb_free(&sql);
    return 1;
}

/* ---- quotes and their speakers ---- */

static const news quoted[] = {
    {"s1", "2024-03-04", "Norway accused Sweden on Monday. \"We have the proof,\" said Bonnie "
     "Glaser, a fellow at a research institute."},
    {"s2", "2024-03-06", "Chile signed an agreement with Peru. Ms. Glaser said the deal "
     "was overdue. \"It is a good day,\" said Tomas Lindqvist."},
    {"s3", "2024-03-08", "\"We are ready,\" said Özlem Türkmen."},
};
#define NQUOTED (sizeof quoted / sizeof quoted[0])

/* What the coder found is what the store keeps; a second ingest replaces
** the quotes with the article; a query finds a speaker by any part of the
** name in any case, in every format; a speaker no one is gives the header
** alone. */
static void test_quotes(dyad_coder *c)
{
    CHECK_INT(ingest(c, "quo.db", quoted, NQUOTED), DYAD_OK);
    CHECK_INT(raw_int("quo.db", "SELECT count(*) FROM quote"), 4);
    CHECK_INT(raw_int("quo.db", "SELECT sum(quotes) FROM article"), 4);
    CHECK_INT(ingest(c, "quo.db", quoted, NQUOTED), DYAD_OK);
    CHECK_INT(raw_int("quo.db", "SELECT count(*) FROM quote"), 4);
    CHECK_INT(raw_int("quo.db", "PRAGMA foreign_key_check"), -1);
    /* the span holds the quoted words (and the comma a quote may end with) */
    CHECK_INT(raw_int("quo.db", "SELECT count(*) FROM quote q JOIN article a ON a.id = "
                      "q.article WHERE instr(CAST(substr(CAST(a.text AS BLOB), q.byte_start "
                      "+ 1, q.byte_end - q.byte_start) AS TEXT), q.text) = 1"), 4);

    dyad_query q = {.kind = DYAD_QUERY_QUOTES};
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_CSV),
              "date,speaker,speaker_code,kind,quote,speaker_desc,news_source,doc,sent,url\n"
              "2024-03-04,Bonnie Glaser,,direct,We have the proof,a fellow at a research "
              "institute,test wire,s1,1,\n"
              "2024-03-06,Ms. Glaser,,indirect,the deal was overdue,,test wire,s2,1,\n"
              "2024-03-06,Tomas Lindqvist,,direct,It is a good day,,test wire,s2,2,\n"
              "2024-03-08,Özlem Türkmen,,direct,We are ready,,test wire,s3,0,\n");
    /* case beyond ASCII */
    q.speaker = "ÖZLEM";
    CHECK(strstr(ask("quo.db", q, DYAD_TABLE_CSV), "\n2024-03-08,Özlem Türkmen,") != NULL);
    q.speaker = "özlem türk";
    CHECK(strstr(ask("quo.db", q, DYAD_TABLE_CSV), "\n2024-03-08,Özlem Türkmen,") != NULL);
    q.speaker = "glaser";
    q.from = "2024-03-05";
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_JSON),
              "{\"date\":\"2024-03-06\",\"speaker\":\"Ms. Glaser\",\"speaker_code\":"
              "\"\",\"kind\":\"indirect\",\"quote\":\"the deal was overdue\",\"speaker_desc\":"
              "\"\",\"news_source\":\"test wire\",\"doc\":\"s2\",\"sent\":1,\"url\":\"\"}\n");
    q.from = NULL;
    q.speaker = "BONNIE GLASER";
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_TEXT),
              "date        speaker        speaker_code  kind    quote              "
              "speaker_desc                      news_source  doc  sent  url\n"
              "2024-03-04  Bonnie Glaser                direct  We have the proof  "
              "a fellow at a research institute  test wire    s1      1  \n");
    q.speaker = "Nobody";
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_CSV),
              "date,speaker,speaker_code,kind,quote,speaker_desc,news_source,doc,sent,url\n");
    q.speaker = "50%_";   /* no wildcard: means itself */
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_JSON), "");
    q.speaker = NULL;
    q.to = "2024-03-01";
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_JSON), "");

    /* conditions quotes do not have, a speaker for events */
    q = (dyad_query){.kind = DYAD_QUERY_QUOTES, .code = "04"};
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_CSV),
              "(error: quotes are chosen by date and speaker, not by a code)");
    q = (dyad_query){.kind = DYAD_QUERY_QUOTES, .from = "2024-03-10", .to = "2024-03-01"};
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_CSV),
              "(error: the range from 2024-03-10 to 2024-03-01 is empty: from comes after to)");
    q = (dyad_query){.kind = DYAD_QUERY_EVENTS, .speaker = "Glaser"};
    CHECK_STR(ask("quo.db", q, DYAD_TABLE_CSV),
              "(error: dyad_store_query: a speaker is for quotes)");

    dyad_store *s = NULL;
    dyad_store_summary sum;
    CHECK_INT(dyad_store_open(path_of("quo.db"), DYAD_STORE_READ, &s), DYAD_OK);
    CHECK_INT(dyad_store_summarize(s, &sum), DYAD_OK);
    CHECK_INT(sum.quotes, 4);
    dyad_store_free(s);

    /* the briefing reads them from the store, the latest first, of a day
    ** the direct ones first, named speakers only */
    dyad_brief_opts o = {.date = "2024-03-07", .format = DYAD_BRIEF_TEXT};
    const char *t = brief_of("quo.db", o, NULL);
    CHECK(strstr(t, "\nWho said what (quotes of the period, the latest first)\n"
                    "  2024-03-06  Tomas Lindqvist\n"
                    "      \"It is a good day\"\n"
                    "      s2, sentence 2, test wire\n"
                    "  2024-03-06  Ms. Glaser\n"
                    "      said the deal was overdue\n"
                    "      s2, sentence 1, test wire\n"
                    "  2024-03-04  Bonnie Glaser (a fellow at a research institute)\n"
                    "      \"We have the proof\"\n"
                    "      s1, sentence 1, test wire\n") != NULL);
    o.format = DYAD_BRIEF_HTML;
    t = brief_of("quo.db", o, NULL);
    CHECK(strstr(t, "<li><p>2024-03-04 <b>Bonnie Glaser</b>, a fellow at a research "
                    "institute</p>\n<blockquote>&#8220;We have the proof&#8221;</blockquote>")
          != NULL);
    o.date = "2024-03-03";   /* before them */
    CHECK(strstr(brief_of("quo.db", o, NULL),
                 "<p>No quote with a named speaker in this period.</p>") != NULL);
    remove_db("quo.db");
}

/* A version 3 database (tests/data/store/v3.sql, frozen) opens upgraded to
** the current version, every row kept, with no quotes until its articles
** are ingested again; then they come, and nothing is doubled. */
static void test_upgrade_v3(dyad_coder *c)
{
    if (!load_frozen("v3", 9))
        return;
    CHECK_INT(raw_int("v3.db", "PRAGMA user_version"), 3);
    CHECK_INT(raw_int("v3.db", "SELECT count(*) FROM sqlite_schema WHERE name = 'quote'"), 0);
    dyad_store *s = NULL;
    CHECK_INT(dyad_store_open(path_of("v3.db"), DYAD_STORE_READ, &s), DYAD_OK);
    dyad_store_free(s);
    CHECK_INT(raw_int("v3.db", "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    CHECK_INT(raw_int("v3.db", "SELECT count(*) FROM article"), 2);
    CHECK_INT(raw_int("v3.db", "SELECT count(*) FROM event"), 3);
    CHECK_INT(raw_int("v3.db", "SELECT count(*) FROM quote"), 0);
    CHECK_INT(raw_int("v3.db", "SELECT sum(quotes) FROM article"), 0);
    dyad_query q = {.kind = DYAD_QUERY_QUOTES};
    CHECK_STR(ask("v3.db", q, DYAD_TABLE_JSON), "");
    news again[] = {
        {"v3-1", "2024-04-02", "Kenya accused Somalia of shelling a border town on Monday. "
         "\"We will not stand by,\" said Amina Okello, a senior adviser to the president."},
    };
    CHECK_INT(ingest(c, "v3.db", again, 1), DYAD_OK);
    CHECK_INT(raw_int("v3.db", "SELECT count(*) FROM article"), 2);
    CHECK_INT(raw_int("v3.db", "SELECT count(*) FROM quote"), 1);
    CHECK_INT(raw_int("v3.db", "SELECT quotes FROM article WHERE doc = 'v3-1'"), 1);
    q.speaker = "okello";
    CHECK_STR(ask("v3.db", q, DYAD_TABLE_CSV),
              "date,speaker,speaker_code,kind,quote,speaker_desc,news_source,doc,sent,url\n"
              "2024-04-02,Amina Okello,,direct,We will not stand by,a senior adviser to the "
              "president,test wire,v3-1,1,\n");
    remove_db("v3.db");
}

/* An export gives what the coder gave, in the same order and format. */
static void test_export(dyad_coder *c)
{
    strbuf want = {0};
    char line[4096];
    for (size_t i = 0; i < NARTICLES; i++) {
        dyad_doc d = doc_of(&articles[i]);
        dyad_coder_code(c, &d);
        for (size_t k = 0; k < dyad_coder_event_count(c); k++) {
            dyad_event_format(dyad_coder_event(c, k), DYAD_OUT_JSONL, 0, 1, line, sizeof line);
            sb_puts(&want, line);
        }
    }
    dyad_query q = {0};
    CHECK_STR(export("q.db", q, DYAD_EXPORT_JSONL, 1), sb_str(&want));
    sb_free(&want);
    q.source = "KEN";
    CHECK_STR(export("q.db", q, DYAD_EXPORT_PETRARCH, 0),
              "20240210\tKEN\tSOM\t154\tn3-0\tKenya\tSomalia\tsent\n");
    const char *csv = export("q.db", q, DYAD_EXPORT_CSV, 0);
    CHECK(strncmp(csv, "id,date,source,target,code,root,event_name,goldstein,quad,", 58) == 0);
    CHECK(strstr(csv, "\n5,2024-02-10,KEN,SOM,154,15,") != NULL);
    CHECK(strstr(csv, ",\"title, with a comma\",") != NULL);
    /* GDELT: the store's event id is GLOBALEVENTID */
    const char *g = export("q.db", q, DYAD_EXPORT_GDELT, 0);
    CHECK(strncmp(g, "5\t20240210\t", 11) == 0);
    int tabs = 0;
    for (const char *p = g; *p; p++)
        tabs += *p == '\t';
    CHECK_INT(tabs, 60);
}

/* A database of version 1 is upgraded on opening: every row kept, the
** new columns filled. */
static void test_upgrade(void)
{
    if (!load_frozen("v1", 8))
        return;
    CHECK_INT(raw_int("v1.db", "PRAGMA user_version"), 1);
    dyad_store *s = NULL;
    CHECK_INT(dyad_store_open(path_of("v1.db"), DYAD_STORE_READ, &s), DYAD_OK);
    dyad_store_free(s);
    CHECK_INT(raw_int("v1.db", "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    CHECK_INT(raw_int("v1.db", "SELECT count(*) FROM article"), 2);
    CHECK_INT(raw_int("v1.db", "SELECT sum(events) FROM article"), 3);
    CHECK_INT(raw_int("v1.db", "SELECT sentences FROM article WHERE doc = 'old-1'"), 2);
    CHECK_INT(raw_int("v1.db", "SELECT count(*) FROM article WHERE ingest IS NULL"), 2);
    dyad_query q = {0};
    CHECK_STR(export("v1.db", q, DYAD_EXPORT_PETRARCH, 0),
              "20230502\tNOR\tSWE\t1125\told-1-0\tNorway\tSweden\taccused\n"
              "20230509\tCHL\tPER\t057\told-2-0\tChile\tPeru\tsigned\n"
              "20230509\tPER\tCHL\t057\told-2-0\tPeru\tChile\tsigned\n");
    remove_db("v1.db");
}

/* Opens name in mode and returns the message ("" when it opened). */
static char msg[BASE_ERRMSG_MAX];
static int open_msg(const char *name, dyad_store_mode mode)
{
    dyad_store *s = NULL;
    int rc = dyad_store_open(path_of(name), mode, &s);
    snprintf(msg, sizeof msg, "%s", dyad_store_errmsg(s));
    /* the handle refuses work after a failed open, message unchanged */
    if (rc != DYAD_OK) {
        dyad_store_summary sum;
        CHECK_INT(dyad_store_summarize(s, &sum), DYAD_EUSAGE);
        CHECK_STR(dyad_store_errmsg(s), msg);
    }
    dyad_store_free(s);
    /* the message names the file by its path: show it by its name */
    for (char *p; (p = strstr(msg, dir)) != NULL;)
        memmove(p, p + strlen(dir) + 1, strlen(p + strlen(dir) + 1) + 1);
    return rc;
}

static void test_bad_files(void)
{
    CHECK_INT(open_msg("none.db", DYAD_STORE_READ), DYAD_EIO);
    CHECK_STR(msg, "none.db: no such file; make it with 'dyad ingest --db none.db FILE...'");
    struct stat st;
    CHECK(stat(path_of("none.db"), &st) != 0);   /* reading made nothing */

    write_file("text.db", "Not a database at all, just some words in a file.\n");
    CHECK_INT(open_msg("text.db", DYAD_STORE_WRITE), DYAD_EINPUT);
    CHECK_STR(msg, "text.db is not an SQLite database (it holds something else); give another "
                   "--db, or move the file away to start a new database there");

    CHECK_INT(raw_exec("other.db", "CREATE TABLE recipes (name TEXT); CREATE TABLE cooks (n);"),
              SQLITE_OK);
    CHECK_INT(open_msg("other.db", DYAD_STORE_WRITE), DYAD_EINPUT);
    CHECK_STR(msg, "other.db is an SQLite database of another program (tables: cooks, recipes), "
                   "not dyad's; give another --db");
    CHECK_INT(raw_int("other.db", "SELECT count(*) FROM sqlite_schema"), 2);   /* untouched */

    write_file("empty.db", "");
    CHECK_INT(open_msg("empty.db", DYAD_STORE_READ), DYAD_EINPUT);
    CHECK_STR(msg, "empty.db holds no dyad database (it is empty); ingest articles into it with "
                   "'dyad ingest --db empty.db FILE...'");

    CHECK_INT(raw_exec("newer.db", "PRAGMA application_id = 1685676388; PRAGMA user_version = 9; "
                                   "CREATE TABLE article (x);"), SQLITE_OK);
    CHECK_INT(open_msg("newer.db", DYAD_STORE_READ), DYAD_EINPUT);
    CHECK_STR(msg, "newer.db was written by a newer dyad (schema version 9; this dyad knows up "
                   "to 4); use that dyad, or a newer one");

    /* a table dropped behind dyad's back */
    CHECK_INT(ingest(NULL, "x.db", NULL, 0), DYAD_OK);
    CHECK_INT(raw_exec("x.db", "DROP TABLE event"), SQLITE_OK);
    CHECK_INT(open_msg("x.db", DYAD_STORE_READ), DYAD_EINPUT);
    CHECK_STR(msg, "x.db: the database lacks a table or column of schema version 4 (no such "
                   "table: event): it was changed outside dyad; restore a backup, or ingest "
                   "again into a new file");

    mkdir(path_of("folder.db"), 0700);
    CHECK_INT(open_msg("folder.db", DYAD_STORE_WRITE), DYAD_EINPUT);
    CHECK_STR(msg, "folder.db is a folder; give --db the name of a database file");
    rmdir(path_of("folder.db"));

    /* damaged: the first page's b-tree header overwritten */
    CHECK_INT(ingest(NULL, "bad.db", NULL, 0), DYAD_OK);
    FILE *f = fopen(path_of("bad.db"), "r+b");
    if (f) {
        char junk[512];
        memset(junk, 0x5A, sizeof junk);
        fseek(f, 100, SEEK_SET);
        fwrite(junk, 1, sizeof junk, f);
        fclose(f);
    }
    CHECK_INT(open_msg("bad.db", DYAD_STORE_READ), DYAD_EINPUT);
    CHECK(strncmp(msg, "bad.db is damaged (", 19) == 0);
    CHECK(strstr(msg, "restore it from a backup, or ingest again into a new file") != NULL);

    remove_db("text.db");
    remove_db("other.db");
    remove_db("empty.db");
    remove_db("newer.db");
    remove_db("x.db");
    remove_db("bad.db");
}

/* The disk fills in the middle of a batch: the batch is rolled back, the
** batches before it stay, and the message says what to do. */
static void test_full(dyad_coder *c)
{
    dyad_store *s = NULL;
    CHECK_INT(dyad_store_open(path_of("full.db"), DYAD_STORE_WRITE, &s), DYAD_OK);
    dyad_ingest_opts o = {.batch = 2};
    CHECK_INT(dyad_store_ingest(s, &o), DYAD_OK);
    /* long texts, each more pages than are left after the first batch */
    static char text[3][6000];
    news big[3];
    for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 150; k++)
            strcpy(text[i] + k * 37, "Chile signed an agreement with Peru. ");
        big[i] = (news){i == 0 ? "b0" : i == 1 ? "b1" : "b2", "2024-03-01", text[i]};
    }
    int rc = DYAD_OK;
    for (int i = 0; i < 3 && rc == DYAD_OK; i++) {
        if (i == 2) {   /* the first batch is in: the disk fills up now */
            sqlite3_int64 pages = 0;
            sqlite3_stmt *st = NULL;
            sqlite3_prepare_v2(s->db, "PRAGMA page_count", -1, &st, NULL);
            if (sqlite3_step(st) == SQLITE_ROW)
                pages = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            char sql[64];
            snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", (long long)pages + 2);
            sqlite3_exec(s->db, sql, NULL, NULL, NULL);
        }
        dyad_doc d = doc_of(&big[i]);
        dyad_coder_code(c, &d);
        rc = dyad_store_put(s, &d, c);
    }
    if (rc == DYAD_OK)
        rc = dyad_store_commit(s);
    CHECK_INT(rc, DYAD_EIO);
    CHECK(strstr(dyad_store_errmsg(s), "cannot write ") != NULL &&
          strstr(dyad_store_errmsg(s), ": the disk is full; free some space and run the same "
                                       "command again") != NULL);
    dyad_store_stats st;
    dyad_store_get_stats(s, &st);
    CHECK_INT(st.committed, 2);
    CHECK_INT(st.articles, 2);
    dyad_store_free(s);
    CHECK_INT(raw_int("full.db", "SELECT count(*) FROM article"), 2);
    CHECK_INT(raw_int("full.db", "SELECT count(*) FROM event"), 600);
    CHECK_INT(raw_int("full.db", "SELECT count(*) FROM article WHERE events <> (SELECT "
                      "count(*) FROM event WHERE article = article.id)"), 0);
    remove_db("full.db");
}

/* While a batch is open, a reader sees the last commit, not the batch. */
static void test_snapshot(dyad_coder *c)
{
    dyad_store *w = NULL, *r = NULL;
    CHECK_INT(dyad_store_open(path_of("snap.db"), DYAD_STORE_WRITE, &w), DYAD_OK);
    dyad_ingest_opts o = {.batch = 100, .batch_ms = 100000};
    dyad_store_ingest(w, &o);
    dyad_doc d = doc_of(&articles[0]);
    dyad_coder_code(c, &d);
    dyad_store_put(w, &d, c);
    CHECK_INT(dyad_store_commit(w), DYAD_OK);
    d = doc_of(&articles[1]);
    dyad_coder_code(c, &d);
    CHECK_INT(dyad_store_put(w, &d, c), DYAD_OK);   /* open, not committed */
    CHECK_INT(dyad_store_open(path_of("snap.db"), DYAD_STORE_READ, &r), DYAD_OK);
    dyad_store_summary sum;
    CHECK_INT(dyad_store_summarize(r, &sum), DYAD_OK);
    CHECK_INT(sum.articles, 1);
    CHECK_INT(sum.events, 1);
    CHECK_INT(dyad_store_commit(w), DYAD_OK);
    CHECK_INT(dyad_store_summarize(r, &sum), DYAD_OK);
    CHECK_INT(sum.articles, 2);
    CHECK_INT(sum.events, 4);
    /* a store freed with a batch open rolls it back */
    d = doc_of(&articles[2]);
    dyad_coder_code(c, &d);
    CHECK_INT(dyad_store_put(w, &d, c), DYAD_OK);
    dyad_store_free(w);
    CHECK_INT(dyad_store_summarize(r, &sum), DYAD_OK);
    CHECK_INT(sum.articles, 2);
    dyad_store_free(r);
    remove_db("snap.db");
}

/* ---- PostgreSQL, when tests/cli_pg.sh gives a database's URL ---- */

/* One value from SQL on the PostgreSQL database at url, into buf ("" on
** failure); returns buf. */
static const char *pg_value(const char *url, const char *sql, char *buf, size_t cap)
{
    PGconn *conn = PQconnectdb(url);
    PGresult *r = PQexec(conn, sql);
    snprintf(buf, cap, "%s", PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1
                              ? PQgetvalue(r, 0, 0) : "");
    PQclear(r);
    PQfinish(conn);
    return buf;
}

/* Stores what the readers never give but the API may: bytes that are not
** UTF-8, and NUL, which PostgreSQL's text cannot hold: stored as '?', one
** for one, the spans still right. Storing it again replaces it. A store
** that only writes refuses to be read, saying why. */
static void test_pg(dyad_coder *c, const char *url)
{
    static const char text[] = "Chile signed an agreement with Peru. Caf\xe9 \0 talks.";
    static const char want[] = "Chile signed an agreement with Peru. Caf? ? talks.";
    char buf[256];
    for (int round = 0; round < 2; round++) {
        dyad_store *s = NULL;
        if (!CHECK_INT(dyad_store_open(url, DYAD_STORE_WRITE, &s), DYAD_OK)) {
            fprintf(stderr, "    %s\n", dyad_store_errmsg(s));
            dyad_store_free(s);
            return;
        }
        dyad_doc d;
        dyad_doc_init(&d, text, sizeof text - 1);
        d.id = "raw";
        d.date = "2024-01-05";
        CHECK_INT(dyad_coder_code(c, &d), DYAD_OK);
        CHECK_INT(dyad_store_put(s, &d, c), DYAD_OK);
        CHECK_INT(dyad_store_commit(s), DYAD_OK);
        dyad_store_stats st;
        dyad_store_get_stats(s, &st);
        CHECK_INT(st.replaced, round);
        CHECK_INT(st.events, 2);
        /* written, not read */
        dyad_query q = {.kind = DYAD_QUERY_DYADS};
        CHECK_INT(dyad_store_query(s, &q, DYAD_TABLE_CSV, collect, NULL, NULL), DYAD_EUSAGE);
        CHECK(strstr(dyad_store_errmsg(s), "is a PostgreSQL database, which dyad writes but "
                                           "does not read yet") != NULL);
        dyad_store_summary sum;
        CHECK_INT(dyad_store_summarize(s, &sum), DYAD_EUSAGE);
        dyad_store_free(s);
    }
    CHECK_STR(pg_value(url, "SELECT text FROM article WHERE doc = 'raw'", buf, sizeof buf), want);
    CHECK_STR(pg_value(url, "SELECT octet_length(text) FROM article", buf, sizeof buf), "50");
    CHECK_STR(pg_value(url, "SELECT count(*) FROM event", buf, sizeof buf), "2");
    CHECK_STR(pg_value(url, "SELECT string_agg(byte_end::text, ',' ORDER BY sent) FROM sentence",
                       buf, sizeof buf), "36,50");
    CHECK_STR(pg_value(url, "SELECT count(*) FROM ingest", buf, sizeof buf), "2");
    dyad_store *s = NULL;
    CHECK_INT(dyad_store_open(url, DYAD_STORE_READ, &s), DYAD_EUSAGE);
    CHECK(strstr(dyad_store_errmsg(s), "but does not read yet: query it with psql") != NULL);
    dyad_store_free(s);
}

static void test_args(dyad_coder *c)
{
    dyad_store *s = NULL;
    CHECK_INT(dyad_store_open(NULL, DYAD_STORE_READ, &s), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_open: path is NULL");
    dyad_store_free(s);
    CHECK_INT(dyad_store_open(path_of("a.db"), (dyad_store_mode)7, &s), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_open: unknown mode");
    dyad_store_free(s);
    CHECK_INT(dyad_store_open("x", DYAD_STORE_READ, NULL), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(NULL), "out of memory");
    dyad_store_free(NULL);
    dyad_doc d = doc_of(&articles[0]);
    CHECK_INT(dyad_store_put(NULL, &d, c), DYAD_EUSAGE);
    CHECK_INT(dyad_store_commit(NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_ingest(NULL, NULL), DYAD_EUSAGE);
    dyad_query q = {0};
    CHECK_INT(dyad_store_query(NULL, &q, DYAD_TABLE_CSV, collect, NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_export(NULL, &q, DYAD_EXPORT_CSV, 0, collect, NULL, NULL), DYAD_EUSAGE);
    dyad_store_stats st = {5, 5, 5, 5, 5, 5};
    dyad_store_get_stats(NULL, &st);
    CHECK_INT(st.articles + st.events, 0);

    CHECK_INT(dyad_store_open(path_of("a.db"), DYAD_STORE_READ, &s), DYAD_OK);
    dyad_coder_code(c, &d);
    CHECK_INT(dyad_store_put(s, &d, c), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_put: the store was opened for reading");
    CHECK_INT(dyad_store_ingest(s, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_query(s, NULL, DYAD_TABLE_CSV, collect, NULL, NULL), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_query: q is NULL");
    CHECK_INT(dyad_store_query(s, &q, (dyad_table_format)5, collect, NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_query(s, &q, DYAD_TABLE_CSV, NULL, NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_export(s, &q, (dyad_export_format)9, 0, collect, NULL, NULL),
              DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_export: unknown format");
    CHECK_INT(dyad_store_count(s, &q, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_brief(s, NULL, NULL, NULL, NULL), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_brief: w is NULL");
    dyad_brief_opts bo = {.format = (dyad_brief_format)3};
    CHECK_INT(dyad_store_brief(s, &bo, collect, NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_brief(NULL, &bo, collect, NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_store_summarize(s, NULL), DYAD_EUSAGE);
    dyad_store_free(s);

    CHECK_INT(dyad_store_open(path_of("args.db"), DYAD_STORE_WRITE, &s), DYAD_OK);
    CHECK_INT(dyad_store_put(s, NULL, c), DYAD_EUSAGE);
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_put: doc is NULL");
    CHECK_INT(dyad_store_put(s, &d, NULL), DYAD_EUSAGE);
    dyad_doc other = doc_of(&articles[1]);
    CHECK_INT(dyad_store_put(s, &other, c), DYAD_EUSAGE);   /* c holds n1's events */
    CHECK_STR(dyad_store_errmsg(s), "dyad_store_put: the coder's events are of another document; "
                                    "call it right after dyad_coder_code on the same document");
    dyad_store_free(s);
    remove_db("args.db");
}

/* Every allocation of an open, a put and a query fails in turn: each call
** fails cleanly or succeeds, and nothing leaks (the sanitizer checks). */
static void test_alloc(dyad_coder *c)
{
    int done = 0;
    for (long k = 0; k < 200 && !done; k++) {
        remove_db("alloc.db");
        dyad_doc d = doc_of(&articles[1]);
        int crc = dyad_coder_code(c, &d);
        base_alloc_fail_after(k);
        dyad_store *s = NULL;
        int rc = dyad_store_open(path_of("alloc.db"), DYAD_STORE_WRITE, &s);
        if (rc == DYAD_OK && crc == DYAD_OK)
            rc = dyad_store_put(s, &d, c);
        if (rc == DYAD_OK)
            rc = dyad_store_commit(s);
        dyad_query q = {.kind = DYAD_QUERY_EVENTS};
        if (rc == DYAD_OK)
            rc = dyad_store_query(s, &q, DYAD_TABLE_TEXT, collect, NULL, NULL);
        if (rc == DYAD_OK)
            rc = dyad_store_export(s, &q, DYAD_EXPORT_JSONL, 1, collect, NULL, NULL);
        dyad_brief_opts bo = {.format = (dyad_brief_format)(k % 2)};
        if (rc == DYAD_OK)
            rc = dyad_store_brief(s, &bo, collect, NULL, NULL);
        long failed = base_alloc_failures();
        base_alloc_fail_after(-1);
        if (rc != DYAD_OK && !CHECK(rc == DYAD_ENOMEM))
            fprintf(stderr, "    allocation %ld: %s\n", k, dyad_store_errmsg(s));
        if (rc == DYAD_OK && failed == 0)
            done = 1;
        dyad_store_free(s);
    }
    CHECK(done);
    remove_db("alloc.db");
}

/* The dictionary's notes (no CAMEO table beside it) are not the point. */
static void quiet(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    (void)d;
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dyad-test-store-%ld", (long)getpid());
    mkdir(dir, 0700);
    write_file("dict.txt", dict_text);
    mkdir(path_of("dict"), 0700);
    rename(path_of("dict.txt"), path_of("dict/test.txt"));
    dyad_dict *d = NULL;
    dyad_coder *c = NULL, *all = NULL;
    dyad_coder_opts ao = {.all_modalities = 1};
    if (!CHECK_INT(dyad_dict_load_dir(path_of("dict"), quiet, NULL, &d), DYAD_OK) ||
        !CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK) ||
        !CHECK_INT(dyad_coder_new(d, &ao, NULL, NULL, &all), DYAD_OK))
        goto done;
    const char *pg = getenv("DYAD_TEST_PG_URL");
    if (pg) {   /* tests/cli_pg.sh: this alone, on its cluster */
        test_pg(c, pg);
        goto done;
    }
    test_ingest(c);
    CHECK_INT(ingest(c, "q.db", articles, NARTICLES), DYAD_OK);
    test_queries();
    test_modalities(all);
    test_brief(c);
    test_export(c);
    test_upgrade();
    test_quotes(c);
    test_upgrade_v3(c);
    test_bad_files();
    test_full(c);
    test_snapshot(c);
    test_args(c);
    test_alloc(c);
done:
    dyad_coder_free(c);
    dyad_coder_free(all);
    dyad_dict_free(d);
    remove_db("a.db");
    remove_db("q.db");
    remove(path_of("dict/test.txt"));
    rmdir(path_of("dict"));
    rmdir(dir);
    sb_free(&out);
    return check_done();
}
