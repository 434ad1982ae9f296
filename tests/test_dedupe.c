/*
** test_dedupe.c — one record per event across articles (dyad_dedupe): the
** counts (mentions, sources, articles) and every provenance, the window of
** article dates that bounds memory, the order records come out in, bad
** arguments, and failure of every allocation in turn.
*/
#include "check.h"
#include "dyad.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>

/* An event of article doc (dated date), sentence sent. */
static dyad_event ev(const char *doc, long sent, const char *date, const char *src,
                     const char *tgt, const char *code, const char *event_date)
{
    dyad_event e = {.doc = doc, .sent = sent, .date = date, .source = src, .target = tgt,
                    .code = code, .event_date = event_date, .date_precision = "day",
                    .url = "", .sentence = "Russia shelled Kharkiv.", .verb = "shelled"};
    return e;
}

/* The records d hands out now (every one with all), as "SRC TGT CODE
** DATE m/s/a [doc-sent ...]" lines. */
static const char *drain(dyad_dedupe *d, int all)
{
    static char out[4096];
    out[0] = '\0';
    const dyad_event *e;
    while (dyad_dedupe_next(d, all, &e) == DYAD_OK) {
        size_t n = strlen(out);
        n += (size_t)snprintf(out + n, sizeof out - n, "%s %s %s %s %ld/%ld/%ld", e->source,
                              e->target, e->code, e->event_date, e->num_mentions,
                              e->num_sources, e->num_articles);
        for (long i = 0; i < e->num_mentions; i++)
            n += (size_t)snprintf(out + n, sizeof out - n, " %s-%ld", e->provenance[i].doc,
                                  e->provenance[i].sent);
        snprintf(out + n, sizeof out - n, "\n");
    }
    return out;
}

/* The same shelling in three articles from two sources: one record, 3/2/3. */
static void test_counts(void)
{
    dyad_dedupe *d = dyad_dedupe_new(7);
    dyad_event a = ev("a1", 0, "2024-05-06", "RUS", "UKR", "190", "2024-05-06");
    dyad_event b = ev("a2", 3, "2024-05-06", "RUS", "UKR", "190", "2024-05-06");
    dyad_event c = ev("a3", 1, "2024-05-07", "RUS", "UKR", "190", "2024-05-06");
    dyad_event other = ev("a3", 2, "2024-05-07", "UKR", "RUS", "190", "2024-05-06");
    CHECK_INT(dyad_dedupe_add(d, &a, "Wire One"), DYAD_OK);
    CHECK_INT(dyad_dedupe_add(d, &b, "Wire Two"), DYAD_OK);
    CHECK_INT(dyad_dedupe_add(d, &c, "Wire One"), DYAD_OK);
    CHECK_INT(dyad_dedupe_add(d, &other, "Wire One"), DYAD_OK);
    /* nothing is complete while the window is open */
    CHECK_STR(drain(d, 0), "");
    CHECK_STR(drain(d, 1), "RUS UKR 190 2024-05-06 3/2/3 a1-0 a2-3 a3-1\n"
                           "UKR RUS 190 2024-05-06 1/1/1 a3-2\n");
    CHECK_STR(drain(d, 1), "");
    dyad_dedupe_free(d);

    /* one article that reports the event twice: two mentions, one article;
    ** another event day is another event */
    d = dyad_dedupe_new(0);
    a = ev("b1", 0, "2024-05-08", "RUS", "UKR", "190", "2024-05-06");
    b = ev("b1", 4, "2024-05-08", "RUS", "UKR", "190", "2024-05-06");
    c = ev("b2", 0, "2024-05-08", "RUS", "UKR", "190", "2024-05-07");
    dyad_dedupe_add(d, &a, "Wire One");
    dyad_dedupe_add(d, &b, "Wire One");
    dyad_dedupe_add(d, &c, "Wire One");
    CHECK_STR(drain(d, 1), "RUS UKR 190 2024-05-06 2/1/1 b1-0 b1-4\n"
                           "RUS UKR 190 2024-05-07 1/1/1 b2-0\n");
    dyad_dedupe_free(d);
}

/* The merged record keeps the first report's words and every report's
** provenance; a source left out is the URL's host. */
static void test_record(void)
{
    dyad_dedupe *d = dyad_dedupe_new(3);
    dyad_event a = ev("c1", 2, "2024-05-06", "RUS", "UKR", "190", "2024-05-06");
    a.url = "https://www.example.org/news/1";
    a.source_text = "Russia";
    char sentence[] = "Russia shelled Kharkiv on Monday.";
    a.sentence = sentence;
    /* every string is copied, the article level's and the place's too:
    ** the coder reuses its memory for the next article */
    char from[] = "sentence 0: Russian forces", place[] = "Kharkiv";
    a.source_from = from;
    a.place = a.place_region = place;
    dyad_event b = ev("c2", 0, "2024-05-07", "RUS", "UKR", "190", "2024-05-06");
    b.url = "http://example.net:8080/x";
    dyad_event c = ev("c3", 0, "2024-05-07", "RUS", "UKR", "190", "2024-05-06");
    c.url = "not a url";
    dyad_dedupe_add(d, &a, NULL);
    sentence[0] = from[0] = place[0] = 'X';   /* the record holds a copy */
    dyad_dedupe_add(d, &b, "");
    dyad_dedupe_add(d, &c, NULL);
    const dyad_event *e;
    if (CHECK_INT(dyad_dedupe_next(d, 1, &e), DYAD_OK)) {
        CHECK_STR(e->sentence, "Russia shelled Kharkiv on Monday.");
        CHECK_STR(e->doc, "c1");
        CHECK_STR(e->source_text, "Russia");
        CHECK_STR(e->source_from, "sentence 0: Russian forces");
        CHECK_STR(e->place, "Kharkiv");
        CHECK_STR(e->place_region, "Kharkiv");
        CHECK_STR(e->place_country, "");
        CHECK_STR(e->date, "2024-05-06");
        CHECK_INT(e->num_mentions, 3);
        CHECK_INT(e->num_sources, 3);   /* example.org, example.net, and "" */
        CHECK_STR(e->provenance[0].news_source, "example.org");
        CHECK_STR(e->provenance[1].news_source, "example.net");
        CHECK_STR(e->provenance[2].news_source, "");
        CHECK_STR(e->provenance[1].date, "2024-05-07");
        char line[4096];
        dyad_event_format(e, DYAD_OUT_JSONL, 1, 0, line, sizeof line);
        CHECK(strstr(line, "\"num_mentions\":3,\"num_sources\":3,\"num_articles\":3,"
                           "\"mentions\":[{\"doc\":\"c1\",\"sent\":2,\"date\":\"2024-05-06\","
                           "\"news_source\":\"example.org\"},") != NULL);
        dyad_event_format(e, DYAD_OUT_PETRARCH, 1, 0, line, sizeof line);
        CHECK(strstr(line, "\tc1-2;c2-0;c3-0\t") != NULL);
        dyad_event_format(e, DYAD_OUT_GDELT, 1, 0, line, sizeof line);
        CHECK(strstr(line, "\t3\t3\t3\t") != NULL);
    }
    CHECK_INT(dyad_dedupe_next(d, 1, &e), DYAD_DONE);
    CHECK(e == NULL);
    dyad_dedupe_free(d);
}

/* The window: a record closes once an article dated more than the window
** from its first report comes in, after it or before it; later reports
** start a new record. */
static void test_window(void)
{
    dyad_dedupe *d = dyad_dedupe_new(2);
    dyad_event a = ev("w1", 0, "2024-05-06", "RUS", "UKR", "190", "2024-05-06");
    dyad_event b = ev("w2", 0, "2024-05-08", "RUS", "UKR", "190", "2024-05-06");
    dyad_event c = ev("w3", 0, "2024-05-09", "CHN", "RUS", "040", "2024-05-09");
    dyad_event late = ev("w4", 0, "2024-05-09", "RUS", "UKR", "190", "2024-05-06");
    dyad_dedupe_add(d, &a, "A");
    dyad_dedupe_add(d, &b, "B");
    CHECK_STR(drain(d, 0), "");   /* 05-08 is two days after 05-06: still open */
    dyad_dedupe_add(d, &c, "A");
    CHECK_STR(drain(d, 0), "RUS UKR 190 2024-05-06 2/2/2 w1-0 w2-0\n");
    dyad_dedupe_add(d, &late, "A");   /* after its record closed: a record of its own */
    /* a second run of articles in date order, from April: May's records
    ** are complete, April's merge among themselves */
    dyad_event old = ev("w5", 0, "2024-04-01", "IRN", "IRQ", "111", "2024-04-01");
    dyad_event old2 = ev("w6", 0, "2024-04-02", "IRN", "IRQ", "111", "2024-04-01");
    dyad_dedupe_add(d, &old, "A");
    CHECK_STR(drain(d, 0), "CHN RUS 040 2024-05-09 1/1/1 w3-0\n"
                           "RUS UKR 190 2024-05-06 1/1/1 w4-0\n");
    dyad_dedupe_add(d, &old2, "B");
    CHECK_STR(drain(d, 0), "");
    CHECK_STR(drain(d, 1), "IRN IRQ 111 2024-04-01 2/2/2 w5-0 w6-0\n");
    dyad_dedupe_free(d);

    /* undated articles do not move the window; their records close with
    ** the next dated article */
    d = dyad_dedupe_new(2);
    dyad_event u1 = ev("u1", 0, "", "RUS", "UKR", "190", "");
    dyad_event u2 = ev("u2", 0, "", "RUS", "UKR", "190", "");
    dyad_dedupe_add(d, &u1, "A");
    dyad_dedupe_add(d, &u2, "B");
    CHECK_STR(drain(d, 0), "");
    dyad_dedupe_add(d, &c, "A");
    CHECK_STR(drain(d, 0), "RUS UKR 190  2/2/2 u1-0 u2-0\n");
    CHECK_STR(drain(d, 1), "CHN RUS 040 2024-05-09 1/1/1 w3-0\n");
    dyad_dedupe_free(d);
}

/* Memory stays bounded on a stream in date order: many days of distinct
** events, each handed out once its window has passed. */
static void test_stream(void)
{
    dyad_dedupe *d = dyad_dedupe_new(1);
    long out = 0, mentions = 0, most_open = 0, open = 0;
    char date[24], doc[32];
    for (int day = 1; day <= 28; day++) {
        snprintf(date, sizeof date, "2024-02-%02d", day);
        for (int k = 0; k < 50; k++) {
            snprintf(doc, sizeof doc, "s%d-%d", day, k);
            /* each day's 50 articles report 10 events five times each */
            char code[16];
            snprintf(code, sizeof code, "%03d", 10 + k % 10);
            dyad_event e = ev(doc, 0, date, "RUS", "UKR", code, date);
            if (dyad_dedupe_add(d, &e, k % 2 ? "A" : "B") == DYAD_OK && k % 5 == 0)
                open++;
        }
        const dyad_event *e;
        while (dyad_dedupe_next(d, 0, &e) == DYAD_OK) {
            out++;
            open--;
            mentions += e->num_mentions;
        }
        if (open > most_open)
            most_open = open;
    }
    const dyad_event *e;
    while (dyad_dedupe_next(d, 1, &e) == DYAD_OK) {
        out++;
        mentions += e->num_mentions;
    }
    CHECK_INT(out, 28 * 10);
    CHECK_INT(mentions, 28 * 50);
    CHECK(most_open <= 30);   /* two or three days' events, never the month's */
    dyad_dedupe_free(d);
}

static void test_bad_arguments(void)
{
    const dyad_event *e = NULL;
    dyad_event a = ev("x", 0, "2024-05-06", "RUS", "UKR", "190", "2024-05-06");
    CHECK_INT(dyad_dedupe_add(NULL, &a, "A"), DYAD_EUSAGE);
    CHECK_INT(dyad_dedupe_next(NULL, 1, &e), DYAD_EUSAGE);
    CHECK_STR(dyad_dedupe_errmsg(NULL), "out of memory");
    dyad_dedupe_free(NULL);
    dyad_dedupe *d = dyad_dedupe_new(-5);   /* below 0 counts as 0 */
    if (!CHECK(d != NULL))
        return;
    CHECK_INT(dyad_dedupe_add(d, NULL, "A"), DYAD_EUSAGE);
    CHECK_STR(dyad_dedupe_errmsg(d), "dyad_dedupe_add: the event is NULL");
    CHECK_INT(dyad_dedupe_next(d, 1, NULL), DYAD_EUSAGE);
    CHECK_STR(dyad_dedupe_errmsg(d), "dyad_dedupe_next: out is NULL");
    /* NULL strings in an event a caller filled: read as "" */
    dyad_event bare = {.source = "RUS"};
    CHECK_INT(dyad_dedupe_add(d, &bare, NULL), DYAD_OK);
    CHECK_STR(dyad_dedupe_errmsg(d), "");
    CHECK_INT(dyad_dedupe_add(d, &a, NULL), DYAD_OK);
    CHECK_STR(drain(d, 0), "");   /* window 0: nothing before the end */
    CHECK_STR(drain(d, 1), "RUS    1/1/1 -0\nRUS UKR 190 2024-05-06 1/1/1 x-0\n");
    dyad_dedupe_free(d);
}

/* Every allocation failing in turn: a clear status, and the counts stay
** consistent with what was added. */
static void test_alloc_failures(void)
{
    int ok_runs = 0;
    for (long n = 0; n < 200; n++) {
        base_alloc_fail_after(n);
        dyad_dedupe *d = dyad_dedupe_new(1);
        if (!d) {
            base_alloc_fail_after(-1);
            continue;
        }
        long added = 0, out = 0, bad = 0;
        for (int k = 0; k < 12; k++) {
            char doc[16];
            snprintf(doc, sizeof doc, "f%d", k);
            dyad_event e = ev(doc, k, k < 6 ? "2024-05-01" : "2024-05-09", "RUS", "UKR",
                              k % 3 ? "190" : "111", "2024-05-01");
            int rc = dyad_dedupe_add(d, &e, "A");
            if (rc == DYAD_OK)
                added++;
            else if (rc != DYAD_ENOMEM || !strstr(dyad_dedupe_errmsg(d), "out of memory"))
                bad++;
        }
        const dyad_event *e;
        int rc;
        while ((rc = dyad_dedupe_next(d, 1, &e)) == DYAD_OK)
            out += e->num_mentions;
        bad += rc != DYAD_DONE && rc != DYAD_ENOMEM;
        base_alloc_fail_after(-1);
        /* what could not be handed out for want of memory is still held */
        while (dyad_dedupe_next(d, 1, &e) == DYAD_OK)
            out += e->num_mentions;
        CHECK_INT(bad, 0);
        CHECK_INT(out, added);
        ok_runs += added == 12;
        dyad_dedupe_free(d);
    }
    CHECK(ok_runs > 0);
}

int main(void)
{
    test_counts();
    test_record();
    test_window();
    test_stream();
    test_bad_arguments();
    test_alloc_failures();
    return check_done();
}
