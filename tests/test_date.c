/*
** test_date.c — when events happened: the calendar, the date reader on the
** sentences of tests/data/dates/clauses.txt (each clause's date, precision
** and history flag), whole articles through the coder with data/dict
** (tests/data/dates/articles.txt), and the dates in the three output
** formats.
*/
#include "check.h"
#include "dyad.h"
#include "article/date.h"
#include "lang/analyze.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the calendar ---- */

static void test_calendar(void)
{
    CHECK_INT(date_days(1970, 1, 1), 0);
    CHECK_INT(date_days(2000, 3, 1), 11017);
    CHECK_INT(date_days(1969, 12, 31), -1);
    CHECK_INT(date_weekday(date_days(2023, 3, 20)), 0);   /* a Monday */
    CHECK_INT(date_weekday(date_days(1944, 6, 6)), 1);    /* a Tuesday */
    CHECK_INT(date_weekday(date_days(1900, 1, 1)), 0);
    int bad = 0;
    for (long d = date_days(1600, 1, 1); d < date_days(2400, 1, 1); d += 17) {
        int y, m, dd;
        date_from_days(d, &y, &m, &dd);
        bad += !date_valid(y, m, dd) || date_days(y, m, dd) != d;
    }
    CHECK_INT(bad, 0);
    CHECK(date_valid(2024, 2, 29));
    CHECK(!date_valid(2023, 2, 29));
    CHECK(!date_valid(1900, 2, 29));
    CHECK(date_valid(2000, 2, 29));
    CHECK(!date_valid(2023, 2, 30));
    CHECK(!date_valid(2023, 4, 31));
    CHECK(!date_valid(2023, 13, 1));
    CHECK(!date_valid(2023, 0, 1));
    CHECK_INT(date_month_days(2023, 14), 0);
    CHECK_INT(date_ymd_of(date_days_of(20240229) + 1), 20240301);

    char buf[11];
    article_when w = {.date = 20230320, .prec = DATE_WEEK};
    article_date_str(&w, buf);
    CHECK_STR(buf, "2023-03-20");
    w.prec = DATE_SEASON;
    article_date_str(&w, buf);
    CHECK_STR(buf, "2023-03");
    w.prec = DATE_DECADE;
    article_date_str(&w, buf);
    CHECK_STR(buf, "2023");
    w.prec = DATE_NONE;
    article_date_str(&w, buf);
    CHECK_STR(buf, "");
    CHECK_STR(date_prec_name(DATE_CENTURY), "century");
    CHECK_STR(date_prec_name(-1), "");
    CHECK_STR(date_prec_name(99), "");
}

/* ---- the reader, clause by clause ---- */

static lang_analyzer *lang;
static dyad_text *text;

/* The clause of sentence s whose verb group holds the word w, or -1. */
static int clause_of_verb(const lang_sent *s, const char *w)
{
    for (size_t c = 0; c < s->nclauses; c++) {
        int32_t vg = s->clauses[c].verb;
        if (vg < 0)
            continue;
        for (uint32_t t = s->phrases[vg].first; t < s->phrases[vg].end; t++)
            if (s->toks[t].len == strlen(w) &&
                memcmp(s->text + s->toks[t].start, w, s->toks[t].len) == 0)
                return (int)c;
    }
    return -1;
}

/* Checks one "@ VERB [future] = DATE PRECISION [historical]" line against
** sentence text, in an article of date doc. */
static void check_clause(const char *file, int line, const char *sentence, int32_t doc,
                         char *spec)
{
    char verb[64], date[16], prec[16], hist[16] = "";
    int future = strstr(spec, " future ") != NULL;
    char *eq = strchr(spec, '=');
    if (!eq || sscanf(spec, "%63s", verb) != 1 ||
        sscanf(eq + 1, "%15s %15s %15s", date, prec, hist) < 2) {
        check_at(file, line, 0, "malformed line: write @ VERB [future] = DATE PRECISION");
        return;
    }
    if (dyad_text_split(text, sentence, strlen(sentence)) != DYAD_OK ||
        dyad_text_sentence_count(text) != 1) {
        check_at(file, line, 0, "the case must be one sentence");
        return;
    }
    const dyad_sentence *ss = dyad_text_sentences(text);
    lang_sent s;
    if (lang_analyze(lang, sentence, dyad_text_tokens(text) + ss[0].tok_first, ss[0].tok_count,
                     &s) != DYAD_OK) {
        check_at(file, line, 0, "out of memory");
        return;
    }
    int c = clause_of_verb(&s, verb);
    if (c < 0) {
        fprintf(stderr, "%s:%d: no clause has the verb '%s'\n", file, line, verb);
        check_at(file, line, 0, "the verb names a clause");
        return;
    }
    article_when w;
    article_event_date(&s, (size_t)c, future, doc, &w);
    char got[128], want[128], ds[11];
    article_date_str(&w, ds);
    snprintf(got, sizeof got, "%s %s%s", *ds ? ds : "-",
             w.prec ? date_prec_name(w.prec) : "none", w.historical ? " historical" : "");
    snprintf(want, sizeof want, "%s %s%s%s", date, prec, *hist ? " " : "", hist);
    char what[1400];   /* the verb and a sentence of up to 1,023 bytes */
    snprintf(what, sizeof what, "%s: '%s'", verb, sentence);
    check_str_at(file, line, got, want, what);
}

static int32_t parse_doc_date(const char *s)
{
    int y, m, d;
    if (strncmp(s, "none", 4) == 0)
        return 0;
    if (sscanf(s, "%d-%d-%d", &y, &m, &d) != 3)
        return -1;
    return y * 10000 + m * 100 + d;
}

static void test_clauses(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!CHECK(f != NULL))
        return;
    char buf[1024], sentence[1024] = "";
    int32_t doc = 0;
    int line = 0, cases = 0;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        buf[strcspn(buf, "\n")] = '\0';
        if (strncmp(buf, "date: ", 6) == 0) {
            doc = parse_doc_date(buf + 6);
            CHECK(doc >= 0);
        } else if (strncmp(buf, "> ", 2) == 0) {
            snprintf(sentence, sizeof sentence, "%s", buf + 2);
        } else if (strncmp(buf, "@ ", 2) == 0) {
            check_clause(path, line, sentence, doc, buf + 2);
            cases++;
        }
    }
    fclose(f);
    CHECK(cases >= 60);
}

/* ---- whole articles through the coder ---- */

/* Codes one article and compares its events, one "SRC TGT CODE DATE PREC
** [historical]" each, in order. */
static void check_article(const char *file, int line, dyad_coder *c, const char *body,
                          const char *date, const char *want)
{
    dyad_doc doc;
    dyad_doc_init(&doc, body, strlen(body));
    doc.id = "article";
    doc.date = date;
    char got[4096] = "";
    if (dyad_coder_code(c, &doc) != DYAD_OK) {
        check_at(file, line, 0, dyad_coder_errmsg(c));
        return;
    }
    for (size_t i = 0; i < dyad_coder_event_count(c); i++) {
        const dyad_event *e = dyad_coder_event(c, i);
        size_t n = strlen(got);
        snprintf(got + n, sizeof got - n, "%s %s %s %s %s%s\n", e->source, e->target, e->code,
                 *e->event_date ? e->event_date : "-",
                 *e->date_precision ? e->date_precision : "none",
                 e->historical ? " historical" : "");
    }
    check_str_at(file, line, got, want, "the article's events and their dates");
}

static void test_articles(const char *path)
{
    char dir[4096];
    if (!CHECK(dyad_data_path(dir, sizeof dir, "dict") >= 0))
        return;
    dyad_dict *d = NULL;
    dyad_coder *c = NULL;
    if (!CHECK_INT(dyad_dict_load_dir(dir, NULL, NULL, &d), DYAD_OK) ||
        !CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK)) {
        dyad_coder_free(c);
        dyad_dict_free(d);
        return;
    }
    FILE *f = fopen(path, "r");
    if (!CHECK(f != NULL)) {
        dyad_coder_free(c);
        dyad_dict_free(d);
        return;
    }
    static char body[16384], want[4096];
    char buf[2048], date[16] = "";
    int line = 0, start = 0, articles = 0;
    body[0] = want[0] = '\0';
    for (;;) {
        char *got = fgets(buf, sizeof buf, f);
        line += got != NULL;
        if (got)
            buf[strcspn(buf, "\n")] = '\0';
        if ((!got || buf[0] == '\0') && body[0]) {   /* a blank line ends an article */
            check_article(path, start, c, body, date, want);
            articles++;
            body[0] = want[0] = '\0';
        }
        if (!got)
            break;
        if (strncmp(buf, "date: ", 6) == 0) {
            snprintf(date, sizeof date, "%.10s", strcmp(buf + 6, "none") ? buf + 6 : "");
        } else if (buf[0] == '>') {
            if (!body[0])
                start = line;
            size_t n = strlen(body);
            snprintf(body + n, sizeof body - n, "%s\n", buf[1] == ' ' ? buf + 2 : "");
        } else if (strncmp(buf, "= ", 2) == 0) {
            size_t n = strlen(want);
            snprintf(want + n, sizeof want - n, "%s\n", buf + 2);
        }
    }
    fclose(f);
    CHECK(articles >= 3);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* ---- output formats ---- */

static void test_formats(void)
{
    dyad_event e = {.doc = "d", .sent = 2, .date = "2023-03-22", .source = "RUS",
                    .target = "UKR", .code = "190", .root = "19", .url = "",
                    .event_date = "2023-03-20", .date_precision = "day"};
    char line[2048];
    dyad_event_format(&e, DYAD_OUT_PETRARCH, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "20230320\tRUS\tUKR\t190\td-2\t", 24) == 0);
    dyad_event_format(&e, DYAD_OUT_GDELT, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "1\t20230320\t202303\t2023\t2023.2164\t", 33) == 0);
    CHECK(strstr(line, "\t20230322000000\t") != NULL);   /* DATEADDED: the article */
    dyad_event_format(&e, DYAD_OUT_JSONL, 1, 1, line, sizeof line);
    CHECK(strstr(line, "\"date\":\"2023-03-22\",\"event_date\":\"2023-03-20\","
                       "\"date_precision\":\"day\",\"source\"") != NULL);
    CHECK(strstr(line, "historical") == NULL);
    CHECK(strstr(line, "\"date_text\":\"\"") != NULL);
    /* a year: its first day in the day columns */
    e.event_date = "1962";
    e.date_precision = "year";
    e.historical = 1;
    e.date_text = "in 1962";
    dyad_event_format(&e, DYAD_OUT_PETRARCH, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "19620101\t", 9) == 0);
    dyad_event_format(&e, DYAD_OUT_GDELT, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "1\t19620101\t196201\t1962\t", 23) == 0);
    dyad_event_format(&e, DYAD_OUT_JSONL, 1, 1, line, sizeof line);
    CHECK(strstr(line, "\"event_date\":\"1962\",\"date_precision\":\"year\","
                       "\"historical\":true,") != NULL);
    CHECK(strstr(line, "\"date_text\":\"in 1962\"") != NULL);
    /* history with no date: no day at all, rather than the article's */
    e.event_date = "";
    e.date_precision = "";
    dyad_event_format(&e, DYAD_OUT_PETRARCH, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "\tRUS\t", 5) == 0);
    dyad_event_format(&e, DYAD_OUT_GDELT, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "1\t\t\t\t\tRUS\t", 10) == 0);
    /* an event a caller built without the new fields: the article's date */
    dyad_event old = {.doc = "d", .date = "2023-03-22", .source = "RUS", .target = "UKR",
                      .code = "190"};
    dyad_event_format(&old, DYAD_OUT_PETRARCH, 1, 0, line, sizeof line);
    CHECK(strncmp(line, "20230322\t", 9) == 0);
    dyad_event_format(&old, DYAD_OUT_GDELT, 1, 0, line, sizeof line);
    CHECK(strstr(line, "\t1\t1\t1\t") != NULL);   /* one mention, source, article */
}

int main(void)
{
    lang = lang_new();
    text = dyad_text_new();
    if (!CHECK(lang && text))
        return check_done();
    test_calendar();
    test_clauses("tests/data/dates/clauses.txt");
    test_articles("tests/data/dates/articles.txt");
    test_formats();
    lang_free(lang);
    dyad_text_free(text);
    return check_done();
}
