/*
** test_reader.c — the document readers (plain text, JSON lines, PETRARCH
** XML) and dyad_utf8_repair: good records, every kind of bad record, the
** diagnostics (file, line, column, severity, wording), and allocation
** failure at every point.
*/
#include "check.h"
#include "dyad.h"
#include "base/base.h"

#include <stdint.h>
#include <unistd.h>

/* ---- capturing what a reader hands out ---- */

#define MAXD 64
typedef struct got {
    int ndiag;
    struct { int sev; char file[64]; long line, col; char msg[512]; } d[MAXD];
    int ndoc;
    struct { char id[64], date[16], source[32], title[32], url[32]; char *text; size_t len; long line;
             int ncodings; char coding[64]; char category[32]; } doc[MAXD];
    int rc;                 /* what the last next() returned */
    dyad_read_stats stats;
} got;

static void capture(void *ctx, const dyad_diag *d)
{
    got *g = ctx;
    if (g->ndiag >= MAXD)
        return;
    g->d[g->ndiag].sev = d->severity;
    snprintf(g->d[g->ndiag].file, sizeof g->d[0].file, "%s", d->file);
    g->d[g->ndiag].line = d->line;
    g->d[g->ndiag].col = d->column;
    snprintf(g->d[g->ndiag].msg, sizeof g->d[0].msg, "%s", d->message);
    g->ndiag++;
}

static void got_free(got *g)
{
    for (int i = 0; i < g->ndoc && i < MAXD; i++)
        free(g->doc[i].text);
    memset(g, 0, sizeof *g);
}

/* Reads every document of the open reader into g. */
static void drain(dyad_reader *r, got *g)
{
    const dyad_doc *d;
    while ((g->rc = dyad_reader_next(r, &d)) == DYAD_OK) {
        if (g->ndoc < MAXD) {
            __typeof__(g->doc[0]) *o = &g->doc[g->ndoc];
            snprintf(o->id, sizeof o->id, "%s", d->id);
            snprintf(o->date, sizeof o->date, "%s", d->date);
            snprintf(o->source, sizeof o->source, "%s", d->source);
            snprintf(o->title, sizeof o->title, "%s", d->title);
            snprintf(o->url, sizeof o->url, "%s", d->url);
            o->text = malloc(d->text_len + 1);
            memcpy(o->text, d->text, d->text_len + 1);
            o->len = d->text_len;
            o->line = d->line;
            const dyad_coding *c;
            o->ncodings = (int)dyad_reader_codings(r, &c);
            if (o->ncodings)
                snprintf(o->coding, sizeof o->coding, "%s|%s|%s|%s|%d", c[0].source,
                         c[0].target, c[0].event, c[0].error, c[0].noevents);
            const char *cat = dyad_reader_attr(r, "category");
            snprintf(o->category, sizeof o->category, "%s", cat ? cat : "(none)");
        }
        g->ndoc++;
    }
    g->stats = *dyad_reader_stats(r);
}

/* Reads data (len bytes, named name) in format fmt with default date. */
static void read_mem(got *g, dyad_input_format fmt, const char *name, const char *data,
                     size_t len, const char *date)
{
    memset(g, 0, sizeof *g);
    dyad_read_opts o = {.format = fmt, .date = date, .diag = capture, .diag_ctx = g};
    dyad_reader *r = dyad_reader_new(&o);
    if (!CHECK(r != NULL))
        return;
    CHECK_INT(dyad_reader_open_mem(r, name, data, len), DYAD_OK);
    drain(r, g);
    dyad_reader_free(r);
}

#define READ(g, fmt, name, lit, date) read_mem(g, fmt, name, lit, sizeof lit - 1, date)

/* The diagnostic with this severity and line whose message holds text, or
** NULL. */
static const char *find_diag(const got *g, int sev, long line, const char *text)
{
    for (int i = 0; i < g->ndiag; i++)
        if (g->d[i].sev == sev && g->d[i].line == line && strstr(g->d[i].msg, text))
            return g->d[i].msg;
    return NULL;
}

static long diag_col(const got *g, int sev, long line)
{
    for (int i = 0; i < g->ndiag; i++)
        if (g->d[i].sev == sev && g->d[i].line == line)
            return g->d[i].col;
    return -1;
}

#define HAS_DIAG(g, sev, line, text) \
    check_at(__FILE__, __LINE__, find_diag(g, sev, line, text) != NULL, \
             "diag " #sev " at line " #line ": " text)

/* ---- UTF-8 ---- */

static void expect_repair(const char *in, size_t n, const char *want, size_t want_bad,
                          size_t want_first)
{
    char out[256];
    size_t bad = 99, first = 99;
    size_t len = dyad_utf8_repair(in, n, out, sizeof out, &bad, &first);
    CHECK_INT(len, strlen(want));
    CHECK_STR(out, want);
    CHECK_INT(bad, want_bad);
    if (want_bad)
        CHECK_INT(first, want_first);
}

#define FFFD "\xEF\xBF\xBD"

static void test_utf8(void)
{
    expect_repair("plain ascii", 11, "plain ascii", 0, 0);
    expect_repair("caf\xC3\xA9 \xF0\x9F\x98\x80", 10, "caf\xC3\xA9 \xF0\x9F\x98\x80", 0, 0);
    /* Unicode's own example (chapter 3, U+FFFD substitution). */
    expect_repair("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", 13,
                  "a" FFFD FFFD FFFD "b" FFFD "c" FFFD FFFD "d", 6, 1);
    expect_repair("\xC0\xAF", 2, FFFD FFFD, 2, 0);                 /* overlong '/' */
    expect_repair("x\xE0\x80\xAF", 4, "x" FFFD FFFD FFFD, 3, 1);   /* overlong, 3 bytes */
    expect_repair("\xED\xA0\x80z", 4, FFFD FFFD FFFD "z", 3, 0);   /* surrogate D800 */
    expect_repair("\xF4\x90\x80\x80", 4, FFFD FFFD FFFD FFFD, 4, 0);   /* over U+10FFFF */
    expect_repair("\xF5\xFF", 2, FFFD FFFD, 2, 0);
    expect_repair("ab\xF0\x9F\x98", 5, "ab" FFFD, 1, 2);            /* cut short at the end */
    expect_repair("\xF0\x9F\x98 ", 4, FFFD " ", 1, 0);              /* cut short inside */
    char nul[4];
    CHECK_INT(dyad_utf8_repair("a\0b", 3, nul, sizeof nul, NULL, NULL), 3);   /* NUL is valid */
    CHECK(memcmp(nul, "a\0b", 4) == 0);

    /* Size query, then a short buffer: whole characters only, NUL when room. */
    size_t need = dyad_utf8_repair("a\xFF" "b", 3, NULL, 0, NULL, NULL);
    CHECK_INT(need, 5);
    char small[4];
    memset(small, 'X', sizeof small);
    CHECK_INT(dyad_utf8_repair("a\xFF" "b", 3, small, 3, NULL, NULL), 5);
    CHECK(small[0] == 'a' && small[1] == 'X');   /* U+FFFD did not fit: not split */
    char exact[6];
    CHECK_INT(dyad_utf8_repair("a\xFF" "b", 3, exact, 5, NULL, NULL), 5);
    CHECK(memcmp(exact, "a" FFFD "b", 5) == 0);
    CHECK_INT(dyad_utf8_repair("a\xFF" "b", 3, exact, 6, NULL, NULL), 5);
    CHECK_STR(exact, "a" FFFD "b");
    char two[4] = "XXX";
    dyad_utf8_repair("\xC3\xA9\xC3\xA9", 4, two, 3, NULL, NULL);
    CHECK(two[0] == '\xC3' && two[1] == '\xA9' && two[2] == 'X');
}

static void test_guess(void)
{
    CHECK_INT(dyad_input_guess("news.jsonl"), DYAD_INPUT_JSONL);
    CHECK_INT(dyad_input_guess("a/b.NDJSON"), DYAD_INPUT_JSONL);
    CHECK_INT(dyad_input_guess("x.json"), DYAD_INPUT_JSONL);
    CHECK_INT(dyad_input_guess("PETR.records.xml"), DYAD_INPUT_PETRARCH);
    CHECK_INT(dyad_input_guess("story.txt"), DYAD_INPUT_TEXT);
    CHECK_INT(dyad_input_guess("dir.jsonl/story"), DYAD_INPUT_TEXT);
    CHECK_INT(dyad_input_guess("-"), DYAD_INPUT_TEXT);
}

/* ---- JSON lines ---- */

static void test_jsonl_good(void)
{
    got g;
    READ(&g, DYAD_INPUT_AUTO, "dir/news.jsonl",
         "\xEF\xBB\xBF{\"id\":\"a1\",\"date\":\"2024-03-21\",\"source\":\"Wire\",\"url\":\"http://x\","
         "\"title\":\"Talks\",\"text\":\"Ministers met.\",\"lang\":\"en\",\"n\":[1,{\"k\":2}]}\r\n"
         "\n   \t\n"
         "{\"text\":\"Caf\\u00e9 \\\"quoted\\\"\\n\\ud83d\\ude00\",\"date\":\"20240229\"}\n"
         "{\"text\":\"Timestamp.\",\"date\":\"2024-03-21T10:00:00Z\",\"id\":null,\"title\":null}\n"
         "{\"text\":\"No newline at the end.\",\"date\":\"2024-03-22\",\"id\":\"\"}",
         NULL);
    CHECK_INT(g.rc, DYAD_DONE);
    CHECK_INT(g.ndoc, 4);
    CHECK_INT(g.ndiag, 0);
    CHECK_STR(g.doc[0].id, "a1");
    CHECK_STR(g.doc[0].date, "2024-03-21");
    CHECK_STR(g.doc[0].source, "Wire");
    CHECK_STR(g.doc[0].url, "http://x");
    CHECK_STR(g.doc[0].title, "Talks");
    CHECK_STR(g.doc[0].text, "Ministers met.");
    CHECK_INT(g.doc[0].line, 1);
    CHECK_INT(g.doc[0].ncodings, 0);
    CHECK_STR(g.doc[0].category, "(none)");
    CHECK_STR(g.doc[1].id, "news.jsonl:4");   /* base name and line */
    CHECK_STR(g.doc[1].date, "2024-02-29");
    CHECK_STR(g.doc[1].text, "Caf\xC3\xA9 \"quoted\"\n\xF0\x9F\x98\x80");
    CHECK_STR(g.doc[1].source, "");
    CHECK_STR(g.doc[2].date, "2024-03-21");
    CHECK_STR(g.doc[2].id, "news.jsonl:5");
    CHECK_STR(g.doc[3].id, "news.jsonl:6");
    CHECK_STR(g.doc[3].text, "No newline at the end.");
    CHECK_INT(g.stats.records, 4);
    CHECK_INT(g.stats.skipped, 0);
    got_free(&g);

    /* Defaults for source; a record's own source wins. */
    memset(&g, 0, sizeof g);
    dyad_read_opts o = {.source = "Default", .date = "2020-01-02", .diag = capture, .diag_ctx = &g};
    dyad_reader *r = dyad_reader_new(&o);
    static const char two[] = "{\"text\":\"a\"}\n{\"text\":\"b\",\"source\":\"Own\"}\n";
    CHECK_INT(dyad_reader_open_mem(r, "s.jsonl", two, sizeof two - 1), DYAD_OK);
    drain(r, &g);
    dyad_reader_free(r);
    CHECK_INT(g.ndoc, 2);
    CHECK_STR(g.doc[0].source, "Default");
    CHECK_STR(g.doc[0].date, "2020-01-02");
    CHECK_STR(g.doc[1].source, "Own");
    got_free(&g);
}

static void test_jsonl_bad(void)
{
    got g;
    READ(&g, DYAD_INPUT_JSONL, "bad.jsonl",
         "{\"text\":\"one\",\"date\":\"2024-01-01\"}\n"                       /* 1 ok */
         "{\"text\":\"truncated\",\"date\":\"2024-01-01\"\n"                  /* 2 */
         "{\"text\":5,\"date\":\"2024-01-01\"}\n"                             /* 3 */
         "{\"text\":\"x\",\"date\":20240101}\n"                               /* 4 */
         "{\"id\":[1],\"text\":\"x\",\"date\":\"2024-01-01\"}\n"              /* 5 */
         "{\"date\":\"2024-01-01\",\"title\":\"no text\"}\n"                  /* 6 */
         "{\"text\":\"no date\"}\n"                                           /* 7 */
         "{\"text\":\"x\",\"date\":\"2024-02-30\"}\n"                         /* 8 */
         "{\"text\":\"x\",\"date\":\"2023-02-29\"}\n"                         /* 9 */
         "{\"text\":\"x\",\"date\":\"yesterday\"}\n"                          /* 10 */
         "{\"text\":\"x\",\"date\":\"2024-03-21T\"}\n"                        /* 11 */
         "[\"not\", \"an object\"]\n"                                         /* 12 */
         "{\"text\":\"  \\n \",\"date\":\"2024-01-01\"}\n"                    /* 13 */
         "{\"text\":\"after the bad ones\",\"date\":\"2024-01-02\"}\n"        /* 14 ok */
         "{\"text\":\"bad escape \\q\",\"date\":\"2024-01-01\"}\n"            /* 15 */
         "{\"text\":\"x\",\"date\":\"2024-13-01\"}\n",                        /* 16 */
         NULL);
    CHECK_INT(g.rc, DYAD_DONE);
    CHECK_INT(g.ndoc, 2);
    CHECK_STR(g.doc[0].text, "one");
    CHECK_STR(g.doc[1].text, "after the bad ones");
    CHECK_INT(g.doc[1].line, 14);
    CHECK_INT(g.stats.skipped, 14);
    CHECK_INT(g.stats.records, 2);
    CHECK_INT(g.ndiag, 14);
    HAS_DIAG(&g, DYAD_ERROR, 2, "malformed JSON: ");
    HAS_DIAG(&g, DYAD_ERROR, 2, "; fix the record or remove the line");
    CHECK(diag_col(&g, DYAD_ERROR, 2) > 30);   /* at the end of the line */
    HAS_DIAG(&g, DYAD_ERROR, 3, "\"text\" must be a string, found a number; fix the record or remove the line");
    HAS_DIAG(&g, DYAD_ERROR, 4, "\"date\" must be a string, found a number");
    HAS_DIAG(&g, DYAD_ERROR, 5, "\"id\" must be a string, found an array");
    HAS_DIAG(&g, DYAD_ERROR, 6, "the record has no \"text\"");
    HAS_DIAG(&g, DYAD_ERROR, 7, "the record has no \"date\"; add \"date\": \"YYYY-MM-DD\"");
    HAS_DIAG(&g, DYAD_ERROR, 8, "\"date\" \"2024-02-30\" is not a date; write it as YYYY-MM-DD");
    HAS_DIAG(&g, DYAD_ERROR, 9, "\"2023-02-29\" is not a date");
    HAS_DIAG(&g, DYAD_ERROR, 10, "\"yesterday\" is not a date");
    HAS_DIAG(&g, DYAD_ERROR, 11, "is not a date");
    HAS_DIAG(&g, DYAD_ERROR, 12, "the line holds an array, not a JSON object");
    HAS_DIAG(&g, DYAD_ERROR, 13, "\"text\" is empty");
    HAS_DIAG(&g, DYAD_ERROR, 15, "malformed JSON: ");
    HAS_DIAG(&g, DYAD_ERROR, 16, "\"2024-13-01\" is not a date");
    CHECK_STR(g.d[0].file, "bad.jsonl");
    got_free(&g);

    /* The same missing date with a default: read. */
    READ(&g, DYAD_INPUT_JSONL, "d.jsonl", "{\"text\":\"no date\"}\n", "1999-12-31");
    CHECK_INT(g.ndoc, 1);
    CHECK_INT(g.ndiag, 0);
    CHECK_STR(g.doc[0].date, "1999-12-31");
    got_free(&g);
}

/* An id given twice in one input: a warning at each repeat naming the first
** line; the records are kept. Missing ids (FILE:LINE) are never repeats. */
static void test_jsonl_dup_ids(void)
{
    got g;
    READ(&g, DYAD_INPUT_JSONL, "ids.jsonl",
         "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n"   /* 1 */
         "{\"id\":\"b\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n"   /* 2 */
         "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n"   /* 3 */
         "{\"text\":\"x\",\"date\":\"2024-01-01\"}\n"                /* 4 */
         "{\"id\":\"\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n"    /* 5 */
         "{\"id\":\"b\",\"text\":5}\n"                                 /* 6: skipped */
         "{\"id\":\"A\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n"   /* 7 */
         "{\"text\":\"x\",\"id\":\"a\",\"date\":\"2024-01-01\"}\n",  /* 8 */
         NULL);
    CHECK_INT(g.ndoc, 7);
    CHECK_INT(g.stats.skipped, 1);
    CHECK_INT(g.ndiag, 3);
    HAS_DIAG(&g, DYAD_WARNING, 3, "id 'a' is also the id of line 1; give each record its own id");
    HAS_DIAG(&g, DYAD_WARNING, 8, "id 'a' is also the id of line 1");
    HAS_DIAG(&g, DYAD_ERROR, 6, "\"text\" must be a string");
    got_free(&g);

    /* Thousands of ids (the table grows), one repeat at the end. */
    strbuf b = {0};
    for (int i = 0; i < 5000; i++)
        sb_printf(&b, "{\"id\":\"story-%d\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n", i);
    sb_puts(&b, "{\"id\":\"story-4321\",\"text\":\"x\",\"date\":\"2024-01-01\"}\n");
    read_mem(&g, DYAD_INPUT_JSONL, "many.jsonl", b.s, b.len, NULL);
    CHECK_INT(g.ndoc, 5001);
    CHECK_INT(g.ndiag, 1);
    HAS_DIAG(&g, DYAD_WARNING, 5001, "id 'story-4321' is also the id of line 4322");
    sb_free(&b);
    got_free(&g);

    /* Ids are compared within an input: a second file may repeat them. */
    dyad_read_opts o = {.format = DYAD_INPUT_JSONL, .diag = capture, .diag_ctx = &g};
    memset(&g, 0, sizeof g);
    dyad_reader *r = dyad_reader_new(&o);
    const char *rec = "{\"id\":\"a\",\"text\":\"x\",\"date\":\"20240101\"}\n";
    for (int i = 0; i < 2; i++) {
        CHECK_INT(dyad_reader_open_mem(r, "f", rec, strlen(rec)), DYAD_OK);
        drain(r, &g);
    }
    CHECK_INT(g.ndiag, 0);
    CHECK_INT(g.stats.records, 2);
    dyad_reader_free(r);
    got_free(&g);
}

static void test_jsonl_repair(void)
{
    got g;
    /* Invalid UTF-8: column 15 is the first bad byte (1-based). */
    READ(&g, DYAD_INPUT_JSONL, "u.jsonl",
         "{\"text\":\"ok\",\"date\":\"2024-01-01\"}\n"
         "{\"text\":\"bad \xC3\x28 and \xFF\",\"date\":\"2024-01-01\"}\n"
         "{\"text\":\"raw\0nul\",\"date\":\"2024-01-01\"}\n"
         "{\"text\":\"esc\\u0000nul\",\"date\":\"2024-01-01\"}\n"
         "\xEF\xBB\xBF{\"text\":\"\xE9t\xE9\",\"date\":\"2024-01-01\"}\n",
         NULL);
    CHECK_INT(g.ndoc, 5);
    CHECK_STR(g.doc[1].text, "bad " FFFD "( and " FFFD);
    HAS_DIAG(&g, DYAD_WARNING, 2, "invalid UTF-8 replaced by U+FFFD (2 places, the first here)");
    CHECK_INT(diag_col(&g, DYAD_WARNING, 2), 14);
    CHECK_STR(g.doc[2].text, "raw nul");
    HAS_DIAG(&g, DYAD_WARNING, 3, "NUL byte replaced by a space");
    CHECK_INT(diag_col(&g, DYAD_WARNING, 3), 13);
    CHECK_STR(g.doc[3].text, "esc nul");
    CHECK_INT(g.doc[3].len, 7);
    HAS_DIAG(&g, DYAD_WARNING, 4, "\"\\u0000\" in \"text\" replaced by a space");
    CHECK_STR(g.doc[4].text, FFFD "t" FFFD);
    CHECK_INT(diag_col(&g, DYAD_WARNING, 5), 13);   /* BOM counted: 3 + 9 + 1 */
    CHECK_INT(g.stats.repaired, 2);
    CHECK_INT(g.stats.skipped, 0);
    got_free(&g);
}

/* Bytes from a fixed generator: the same junk on every run. */
static void junk(char *s, size_t n, uint32_t seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        s[i] = (char)(seed >> 16);
    }
}

static void test_junk(void)
{
    static char buf[20000];
    for (uint32_t seed = 1; seed <= 6; seed++) {
        junk(buf, sizeof buf, seed);
        if (seed & 1)   /* some with many newlines and markup */
            for (size_t i = 0; i < sizeof buf; i += 37)
                buf[i] = "\n<{\""[i % 4];
        for (int f = DYAD_INPUT_TEXT; f <= DYAD_INPUT_PETRARCH; f++) {
            got g;
            read_mem(&g, (dyad_input_format)f, "junk", buf, sizeof buf, "2024-01-01");
            CHECK_INT(g.rc, DYAD_DONE);
            if (f == DYAD_INPUT_TEXT) {
                CHECK_INT(g.ndoc, 1);
                CHECK(g.ndoc == 1 && strlen(g.doc[0].text) == g.doc[0].len);
                CHECK(g.ndiag > 0 && strstr(g.d[0].msg, "invalid UTF-8") != NULL);
            }
            got_free(&g);
        }
    }
}

/* ---- files on disk ---- */

static char tmpdir[64];

static const char *write_tmp(const char *name, const char *data, size_t len)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
        return NULL;
    return path;
}

static void read_file(got *g, const char *path, const char *date)
{
    memset(g, 0, sizeof *g);
    dyad_read_opts o = {.date = date, .diag = capture, .diag_ctx = g};
    dyad_reader *r = dyad_reader_new(&o);
    g->rc = dyad_reader_open(r, path);
    if (CHECK_INT(g->rc, DYAD_OK))
        drain(r, g);
    dyad_reader_free(r);
}

static void test_big(void)
{
    /* One 10 MB line between two small ones, from a file (streamed). */
    size_t n = 10u << 20;
    char *s = malloc(n + n / 50 + 200);
    size_t k = (size_t)sprintf(s, "{\"text\":\"small\",\"date\":\"2024-01-01\"}\n{\"date\":\"2024-01-02\",\"text\":\"");
    for (size_t i = 0; i < n; i++) {
        if (i % 100 == 0) {   /* an escape now and then */
            s[k++] = '\\';
            s[k++] = 'n';
        } else
            s[k++] = "abc "[i % 4];
    }
    k += (size_t)sprintf(s + k, "\"}\n{\"text\":\"last\",\"date\":\"2024-01-03\"}\n");
    const char *path = write_tmp("big.jsonl", s, k);
    got g;
    if (CHECK(path != NULL)) {
        read_file(&g, path, NULL);
        CHECK_INT(g.rc, DYAD_DONE);
        CHECK_INT(g.ndoc, 3);
        CHECK(g.ndoc == 3 && g.doc[1].len > 8000000);
        CHECK_STR(g.doc[2].text, "last");
        CHECK_INT(g.doc[2].line, 3);
        got_free(&g);
    }
    /* The same line as plain text and in memory. */
    read_mem(&g, DYAD_INPUT_TEXT, "big.txt", s, k, NULL);
    CHECK_INT(g.ndoc, 1);
    CHECK_INT(g.ndoc ? g.doc[0].len : 0, k);
    got_free(&g);
    free(s);

    /* Many XML records in a file bigger than one read, with a long comment
    ** between them, so that records straddle reads. */
    size_t cap = 3u << 20, m = 0;
    char *x = malloc(cap);
    m += (size_t)sprintf(x + m, "<Sentences>\n<!-- ");
    for (int i = 0; i < 100000; i++)
        x[m++] = i % 50 ? '-' : '\n';
    m += (size_t)sprintf(x + m, " -->\n");
    for (int i = 0; i < 6000; i++)
        m += (size_t)sprintf(x + m, "<Sentence date=\"19950101\" id=\"R-%d\">\n<Text>\nRecord %d "
                             "with some text to make it longer than it needs to be.\n</Text>\n"
                             "</Sentence>\n", i, i);
    m += (size_t)sprintf(x + m, "</Sentences>\n");
    path = write_tmp("many.xml", x, m);
    if (CHECK(path != NULL)) {
        read_file(&g, path, NULL);
        CHECK_INT(g.rc, DYAD_DONE);
        CHECK_INT(g.ndoc, 6000);
        CHECK_INT(g.stats.skipped, 0);
        CHECK_STR(g.doc[0].id, "R-0");
        CHECK_INT(g.doc[0].line, 2003);   /* 2 + 2000 comment lines + 1 */
        CHECK_INT(g.doc[1].line, 2008);
        CHECK_STR(g.doc[1].text, "Record 1 with some text to make it longer than it needs to be.");
        got_free(&g);
    }
    free(x);
}

/* One diagnostic, of severity sev at line 0, whose message is want. */
static void expect_one_diag(const got *g, int sev, const char *want)
{
    CHECK_INT(g->ndiag, 1);
    CHECK_INT(g->ndiag ? g->d[0].sev : -1, sev);
    CHECK_INT(g->ndiag ? g->d[0].line : -1, 0);
    CHECK_STR(g->ndiag ? g->d[0].msg : "", want);
}

static void test_empty(void)
{
    /* An input of JSON lines or XML without any record is an error, counted
    ** in stats.empty: an empty file given by mistake must not pass unseen. */
    got g;
    read_mem(&g, DYAD_INPUT_JSONL, "e.jsonl", "", 0, NULL);
    CHECK_INT(g.rc, DYAD_DONE);
    CHECK_INT(g.ndoc, 0);
    CHECK_INT(g.stats.empty, 1);
    CHECK_INT(g.stats.skipped, 0);
    expect_one_diag(&g, DYAD_ERROR, "no record found: expected JSON lines (one {\"text\": "
                    "...} object a line), found an empty input; check that this is the file "
                    "you meant");
    CHECK_STR(g.d[0].file, "e.jsonl");
    got_free(&g);
    read_mem(&g, DYAD_INPUT_PETRARCH, "e.xml", "", 0, NULL);
    CHECK_INT(g.ndoc, 0);
    CHECK_INT(g.stats.empty, 1);
    expect_one_diag(&g, DYAD_ERROR, "no record found: expected PETRARCH XML (<Sentence> "
                    "records), found an empty input; check that this is the file you meant");
    got_free(&g);
    read_mem(&g, DYAD_INPUT_JSONL, "e.jsonl", "\xEF\xBB\xBF\n\n \r\n", 7, NULL);
    CHECK_INT(g.ndoc, 0);
    CHECK_INT(g.stats.empty, 1);
    HAS_DIAG(&g, DYAD_ERROR, 0, "found only blank lines;");
    got_free(&g);
    /* Plain text with no text is an error: an empty file is likely a mistake. */
    read_mem(&g, DYAD_INPUT_TEXT, "e.txt", "\xEF\xBB\xBF \n", 5, NULL);
    CHECK_INT(g.rc, DYAD_DONE);
    CHECK_INT(g.ndoc, 0);
    CHECK_INT(g.stats.skipped, 1);
    HAS_DIAG(&g, DYAD_ERROR, 0, "empty article");
    got_free(&g);
    const char *path = write_tmp("empty.txt", "", 0);
    if (CHECK(path != NULL)) {
        read_file(&g, path, NULL);
        CHECK_INT(g.ndoc, 0);
        HAS_DIAG(&g, DYAD_ERROR, 0, "empty article");
        got_free(&g);
    }
}

/* A reader that finds no record in its input says what the input looks
** like, and which --input would read it. */
static void test_other_format(void)
{
    got g;
    READ(&g, DYAD_INPUT_PETRARCH, "news.jsonl",
         "\n  {\"text\":\"Talks began.\",\"date\":\"2024-01-01\"}\n", NULL);
    CHECK_INT(g.stats.empty, 1);
    expect_one_diag(&g, DYAD_ERROR, "no record found: expected PETRARCH XML (<Sentence> "
                    "records), found JSON lines; try --input jsonl");
    got_free(&g);
    READ(&g, DYAD_INPUT_PETRARCH, "a.xml", "Talks began in Paris.\n", NULL);
    expect_one_diag(&g, DYAD_ERROR, "no record found: expected PETRARCH XML (<Sentence> "
                    "records), found plain text; try --input text");
    got_free(&g);
    READ(&g, DYAD_INPUT_PETRARCH, "a.xml", "[{\"text\":\"x\"}]\n", NULL);
    HAS_DIAG(&g, DYAD_ERROR, 0, "found a JSON array; write each record as a JSON object on "
             "a line of its own and use --input jsonl");
    got_free(&g);
    READ(&g, DYAD_INPUT_PETRARCH, "a.xml", "<?xml version=\"1.0\"?>\n<Sentences/>\n", NULL);
    expect_one_diag(&g, DYAD_ERROR, "no record found: expected PETRARCH XML (<Sentence> "
                    "records), found XML without any <Sentence> element; records are "
                    "<Sentence date=\"YYYYMMDD\" id=\"...\"><Text>...</Text></Sentence>");
    got_free(&g);
    READ(&g, DYAD_INPUT_PETRARCH, "a.xml", "<Doc></Doc>\n", NULL);
    CHECK_INT(g.ndiag, 2);
    HAS_DIAG(&g, DYAD_WARNING, 1, "<Doc> is not an element of PETRARCH files");
    HAS_DIAG(&g, DYAD_ERROR, 0, "found XML without any <Sentence> element; records are "
             "<Sentence> elements (see above)");
    got_free(&g);
    READ(&g, DYAD_INPUT_JSONL, "a.gz", "\x1f\x8b\x08\x00", NULL);
    CHECK_INT(g.stats.skipped, 1);
    CHECK_INT(g.stats.empty, 0);
    HAS_DIAG(&g, DYAD_NOTE, 0, "no record could be read: expected JSON lines (one "
             "{\"text\": ...} object a line), found binary data; convert it to UTF-8 text "
             "(decompress it first if it is compressed)");
    got_free(&g);

    /* Every line of XML rejected by the JSON-lines reader: the errors, then a
    ** note that says what the file is. */
    READ(&g, DYAD_INPUT_JSONL, "recs.xml",
         "<Sentences>\n<Sentence date=\"19950101\"><Text>A.</Text></Sentence>\n", NULL);
    CHECK_INT(g.stats.skipped, 2);
    CHECK_INT(g.stats.empty, 0);
    CHECK_INT(g.ndiag, 3);
    HAS_DIAG(&g, DYAD_NOTE, 0, "found XML; try --input petrarch");
    got_free(&g);
    /* Malformed JSON lines are not another format: no note. */
    READ(&g, DYAD_INPUT_JSONL, "bad.jsonl", "{\"text\":\"cut\n", NULL);
    CHECK_INT(g.ndiag, 1);
    CHECK_INT(g.stats.skipped, 1);
    got_free(&g);
    /* One record is enough: nothing more is said. */
    READ(&g, DYAD_INPUT_JSONL, "ok.jsonl", "# notes\n{\"text\":\"x\",\"date\":\"20240101\"}\n",
         NULL);
    CHECK_INT(g.ndoc, 1);
    CHECK_INT(g.ndiag, 1);
    CHECK_INT(g.stats.empty, 0);
    got_free(&g);

    /* Counted per input: a reader that opens two files reports each. */
    dyad_read_opts o = {.format = DYAD_INPUT_JSONL, .diag = capture, .diag_ctx = &g};
    memset(&g, 0, sizeof g);
    dyad_reader *r = dyad_reader_new(&o);
    const char *one = "{\"text\":\"x\",\"date\":\"20240101\"}";
    CHECK_INT(dyad_reader_open_mem(r, "one", one, strlen(one)), DYAD_OK);
    drain(r, &g);
    CHECK_INT(dyad_reader_open_mem(r, "two", "", 0), DYAD_OK);
    drain(r, &g);
    CHECK_INT(dyad_reader_open_mem(r, "three", "\n", 1), DYAD_OK);
    drain(r, &g);
    CHECK_INT(g.stats.records, 1);
    CHECK_INT(g.stats.empty, 2);
    CHECK_INT(g.ndiag, 2);
    CHECK_STR(g.d[0].file, "two");
    CHECK_STR(g.ndiag > 1 ? g.d[1].file : "", "three");
    dyad_reader_free(r);
    got_free(&g);
}

/* ---- plain text ---- */

static void test_plain(void)
{
    got g;
    READ(&g, DYAD_INPUT_AUTO, "some/dir/story.txt",
         "\xEF\xBB\xBFPARIS \xE2\x80\x94 Talks began.\r\nThey ended.\r\n", "2024-05-06");
    CHECK_INT(g.ndoc, 1);
    CHECK_STR(g.doc[0].id, "story.txt");
    CHECK_STR(g.doc[0].date, "2024-05-06");
    CHECK_STR(g.doc[0].text, "PARIS \xE2\x80\x94 Talks began.\nThey ended.\n");
    CHECK_INT(g.doc[0].line, 1);
    CHECK_INT(g.ndiag, 0);
    got_free(&g);

    /* NUL bytes and bad UTF-8 on line 2. */
    READ(&g, DYAD_INPUT_TEXT, "n.txt", "first line\nab\0c \xC0 d\0\n", NULL);
    CHECK_INT(g.ndoc, 1);
    CHECK_STR(g.doc[0].text, "first line\nab c " FFFD " d \n");
    CHECK_STR(g.doc[0].date, "");
    HAS_DIAG(&g, DYAD_WARNING, 2, "NUL byte replaced by a space (2 in this record");
    CHECK_INT(diag_col(&g, DYAD_WARNING, 2), 6);   /* the UTF-8 warning comes first: col 6 */
    HAS_DIAG(&g, DYAD_WARNING, 2, "invalid UTF-8");
    CHECK_INT(g.stats.repaired, 1);
    got_free(&g);

    /* Standard input stands for itself in ids; --id wins over the name. */
    READ(&g, DYAD_INPUT_AUTO, "<stdin>", "Text from a pipe.", NULL);
    CHECK_STR(g.doc[0].id, "<stdin>");
    got_free(&g);
    memset(&g, 0, sizeof g);
    dyad_read_opts o = {.id = "art-7", .source = "Src", .diag = capture, .diag_ctx = &g};
    dyad_reader *r = dyad_reader_new(&o);
    CHECK_INT(dyad_reader_open_mem(r, "x.txt", "Hello.", 6), DYAD_OK);
    drain(r, &g);
    CHECK_STR(g.doc[0].id, "art-7");
    CHECK_STR(g.doc[0].source, "Src");
    CHECK_INT(dyad_reader_next(r, &(const dyad_doc *){0}), DYAD_DONE);   /* stays done */
    /* A second input on the same reader: stats add up. */
    CHECK_INT(dyad_reader_open_mem(r, "y.txt", "Again.", 6), DYAD_OK);
    got g2;
    memset(&g2, 0, sizeof g2);
    drain(r, &g2);
    CHECK_INT(g2.ndoc, 1);
    CHECK_INT(dyad_reader_stats(r)->records, 2);
    dyad_reader_free(r);
    got_free(&g);
    got_free(&g2);
}

/* ---- PETRARCH XML ---- */

static void test_xml(void)
{
    got g;
    READ(&g, DYAD_INPUT_AUTO, "p.xml",
         "<Validation>\n"                                                        /* 1 */
         "<!-- <Sentence date=\"19950101\" id=\"IN-COMMENT\"> -->\n"             /* 2 */
         "<Sentences>\n"                                                         /* 3 */
         "<Sentence date=\"19950101\" id=\"OK-1\" category=\"DEMO\" sentence=\"true\">\n" /* 4 */
         "<!-- a comment -->\n"                                                  /* 5 */
         "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
         "<EventCoding noevents = \"True\"></EventCoding>\n"                     /* 7 */
         "<Text>\n"                                                              /* 8 */
         "Arnor &amp; Gondor   restored\n"                                       /* 9 */
         "\tties &lt;today&gt; &#233;.\n"                                        /* 10 */
         "</Text>\n"                                                             /* 11 */
         "<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>\n"                          /* 12 */
         "</Sentence>\n"                                                         /* 13 */
         "<Sentence date=\"19950102\" id=\"UNCLOSED-REC\">\n"                    /* 14 */
         "<Text>never closed</Text>\n"                                           /* 15 */
         "<Sentence date=\"19950103\" id=\"BAD-TAG\">\n"                         /* 16 */
         "<Text>an <i>open tag</Text>\n"                                         /* 17 */
         "</Sentence>\n"                                                         /* 18 */
         "<Sentence date=\"19950104\" id=\"NO-TEXT\"><Parse>x</Parse></Sentence>\n" /* 19 */
         "<Sentence date=\"1995-01-40\" id=\"BAD-DATE\"><Text>x</Text></Sentence>\n" /* 20 */
         "<Sentence date=\"19950105\" id=\"BAD-ENT\"><Text>AT&T</Text></Sentence>\n" /* 21 */
         "<Sentence date=\"19950106\" id=\"EMPTY\"><Text> \t </Text></Sentence>\n"  /* 22 */
         "<Sentence id=\"NO-DATE\"><Text>x</Text></Sentence>\n"                  /* 23 */
         "<Sentence date = \"19950107\" id =\"OK-2\"><Text><![CDATA[a </Sentence> b]]></Text>\n"
         "</Sentence >\n"                                                        /* 25 */
         "<Sentence date=\"19950108\"><Text>No id.</Text></Sentence>\n"          /* 26 */
         "<Config option=\"x\" value=\"y\"></Config>\n"                          /* 27 */
         "<Sentence date=\"19950109\" id=\"TRUNC\"><Text>cut off",              /* 28 */
         NULL);
    CHECK_INT(g.rc, DYAD_DONE);
    CHECK_INT(g.ndoc, 3);
    CHECK_STR(g.doc[0].id, "OK-1");
    CHECK_STR(g.doc[0].date, "1995-01-01");
    CHECK_STR(g.doc[0].text, "Arnor & Gondor restored ties <today> \xC3\xA9.");
    CHECK_INT(g.doc[0].line, 4);
    CHECK_INT(g.doc[0].ncodings, 2);
    CHECK_STR(g.doc[0].coding, "ARN|GON|064||0");
    CHECK_STR(g.doc[0].category, "DEMO");
    CHECK_STR(g.doc[1].id, "OK-2");
    CHECK_STR(g.doc[1].text, "a </Sentence> b");
    CHECK_STR(g.doc[1].category, "(none)");
    CHECK_INT(g.doc[1].ncodings, 0);
    CHECK_STR(g.doc[2].id, "p.xml:26");
    HAS_DIAG(&g, DYAD_ERROR, 14, "<Sentence> has no </Sentence> before the next record at line 16");
    HAS_DIAG(&g, DYAD_ERROR, 17, "<i> opened at line 17 is not closed here (record 'BAD-TAG'); close it with </i>");
    HAS_DIAG(&g, DYAD_ERROR, 19, "the record has no <Text> (record 'NO-TEXT'); add <Text>");
    HAS_DIAG(&g, DYAD_ERROR, 20, "date=\"1995-01-40\" is not a date (record 'BAD-DATE'); write it as YYYYMMDD");
    HAS_DIAG(&g, DYAD_ERROR, 21, "malformed XML: ");
    HAS_DIAG(&g, DYAD_ERROR, 22, "<Text> is empty");
    HAS_DIAG(&g, DYAD_ERROR, 23, "no date attribute");
    HAS_DIAG(&g, DYAD_ERROR, 28, "before the end of the input");
    CHECK_INT(g.stats.skipped, 8);
    CHECK_INT(g.ndiag, 8);
    got_free(&g);

    /* A default date fills a missing one; a bad one stays an error. */
    READ(&g, DYAD_INPUT_PETRARCH, "d.xml",
         "<Sentence id=\"A\"><Text>x</Text></Sentence><Sentence id=\"B\" date=\"1\"><Text>y</Text></Sentence>",
         "2001-02-03");
    CHECK_INT(g.ndoc, 1);
    CHECK_STR(g.doc[0].date, "2001-02-03");
    HAS_DIAG(&g, DYAD_ERROR, 1, "date=\"1\" is not a date");
    got_free(&g);

    /* Bad UTF-8 and NUL inside a record: repaired with the file's line. */
    READ(&g, DYAD_INPUT_PETRARCH, "u.xml",
         "<Sentences>\n<Sentence date=\"19950101\" id=\"U\">\n<Text>caf\xE9\0</Text></Sentence>", NULL);
    CHECK_INT(g.ndoc, 1);
    CHECK_STR(g.doc[0].text, "caf" FFFD);
    HAS_DIAG(&g, DYAD_WARNING, 3, "invalid UTF-8");
    CHECK_INT(diag_col(&g, DYAD_WARNING, 3), 10);
    HAS_DIAG(&g, DYAD_WARNING, 3, "NUL byte");
    got_free(&g);
}

static void test_shared(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/petrarch2/validation/PETR.UnitTest.records.xml",
             check_shared_dir());
    if (access(path, R_OK) != 0) {
        check_skip("PETRARCH unit-test records (../shared absent)", 4);
        return;
    }
    got g;
    read_file(&g, path, NULL);
    CHECK_INT(g.stats.records, 284);
    CHECK_INT(g.stats.skipped, 0);
    CHECK_INT(g.ndiag, 0);
    CHECK(g.ndoc > 0 && g.doc[0].ncodings > 0 && g.doc[0].date[4] == '-');
    got_free(&g);
}

/* Elements PETRARCH files do not have are reported once per name, at their
** first line; the records around them are read. */
static void test_xml_unknown(void)
{
    got g;
    READ(&g, DYAD_INPUT_PETRARCH, "u.xml",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<Sentences>\n"              /* 1-3 */
         "<sentence date=\"19950101\" id=\"A\"><Text>a</Text></sentence>\n"  /* 4 */
         "  <Sentense date=\"19950101\" id=\"B\"><Text>b</Text></Sentense>\n" /* 5 */
         "<Sentence date=\"19950101\" id=\"C\"><Text>c &lt; d</Text></Sentence>\n"
         "<sentence date=\"19950101\" id=\"D\"><Text>d</Text></sentence>\n"  /* 7 */
         "<Config option=\"require_dyad\" value=\"true\"></Config> 1 < 2\n"   /* 8 */
         "<!-- <Article> in a comment --><SentenceX/>\n"                      /* 9 */
         "</Sentences>\n",
         NULL);
    CHECK_INT(g.ndoc, 1);
    CHECK_STR(g.doc[0].id, "C");
    CHECK_INT(g.stats.skipped, 0);
    CHECK_INT(g.stats.empty, 0);
    CHECK_INT(g.ndiag, 3);
    HAS_DIAG(&g, DYAD_WARNING, 4, "<sentence> is not an element of PETRARCH files: its text "
             "is not read (records are <Sentence> elements, and names are case-sensitive)");
    HAS_DIAG(&g, DYAD_WARNING, 5, "<Sentense> is not an element");
    CHECK_INT(diag_col(&g, DYAD_WARNING, 5), 3);
    HAS_DIAG(&g, DYAD_WARNING, 9, "<SentenceX> is not an element");
    got_free(&g);

    /* Read from a file in chunks: each name once, at the line it first
    ** occurs, however the chunks fall. */
    strbuf b = {0};
    for (int i = 0; i < 30000; i++)
        sb_puts(&b, "<sentence date=\"19950101\"><Text>Talks went on.</Text></sentence>\n");
    sb_puts(&b, "<Sentence date=\"19950101\" id=\"LAST\"><Text>x</Text></Sentence>\n"
                "<Sentense date=\"19950101\"><Text>y</Text></Sentense>\n");
    const char *path = write_tmp("many.xml", b.s, b.len);
    if (CHECK(path != NULL)) {
        read_file(&g, path, NULL);
        CHECK_INT(g.ndoc, 1);
        CHECK_INT(g.ndiag, 2);
        HAS_DIAG(&g, DYAD_WARNING, 1, "<sentence> is not");
        HAS_DIAG(&g, DYAD_WARNING, 30002, "<Sentense> is not");
        got_free(&g);
    }
    sb_free(&b);

    /* Junk with thousands of names: at most 50 reported. */
    b = (strbuf){0};
    for (int i = 0; i < 5000; i++)
        sb_printf(&b, "<x%d>", i);
    read_mem(&g, DYAD_INPUT_PETRARCH, "junk.xml", b.s, b.len, NULL);
    CHECK_INT(g.ndiag, 50 + 1);   /* and "no record found" */
    sb_free(&b);
    got_free(&g);
}

/* ---- opening ---- */

static void test_open(void)
{
    dyad_reader *r = dyad_reader_new(NULL);
    const dyad_doc *d;
    CHECK_INT(dyad_reader_next(r, &d), DYAD_EUSAGE);
    CHECK(strstr(dyad_reader_errmsg(r), "call dyad_reader_open") != NULL);
    CHECK_INT(dyad_reader_open(r, "/nonexistent/news.jsonl"), DYAD_EIO);
    CHECK_STR(dyad_reader_errmsg(r), "cannot open '/nonexistent/news.jsonl': No such file or directory");
    CHECK_INT(dyad_reader_open(r, tmpdir), DYAD_EIO);
    CHECK(strstr(dyad_reader_errmsg(r), "Is a directory") != NULL);
    CHECK_INT(dyad_reader_next(r, &d), DYAD_EUSAGE);
    CHECK_INT(dyad_reader_codings(r, &(const dyad_coding *){0}), 0);
    CHECK(dyad_reader_attr(r, "id") == NULL);
    dyad_reader_free(r);
    dyad_reader_free(NULL);
}

/* ---- allocation failure at every point ---- */

static int run_once(dyad_input_format fmt, const char *data, size_t len, long *records)
{
    got g;
    memset(&g, 0, sizeof g);
    dyad_read_opts o = {.format = fmt, .source = "S", .diag = capture, .diag_ctx = &g};
    dyad_reader *r = dyad_reader_new(&o);
    if (!r)
        return DYAD_ENOMEM;
    int rc = dyad_reader_open_mem(r, "a.in", data, len);
    const dyad_doc *d;
    if (rc == DYAD_OK)
        while ((rc = dyad_reader_next(r, &d)) == DYAD_OK)
            ;
    *records = dyad_reader_stats(r)->records;
    dyad_reader_free(r);
    return rc;
}

static void test_alloc_failures(void)
{
    static const struct { dyad_input_format fmt; const char *data; } cases[] = {
        {DYAD_INPUT_JSONL,
         "{\"id\":\"1\",\"text\":\"One \xFF.\",\"date\":\"2024-01-01\"}\n"
         "{\"id\":\"1\",\"text\":\"Again.\",\"date\":\"2024-01-01\"}\n"
         "{\"text\":\"two\",\"date\":\"2024-01-01\",\"nested\":{\"a\":[1,2,\"x\"]}}\n"
         "{\"text\":\"bad\n{\"text\":\"nul\\u0000\",\"date\":\"20240101\"}\n"},
        {DYAD_INPUT_PETRARCH,
         "<Sentences><Sentense/><Sentence date=\"19950101\" id=\"A\" category=\"C\">"
         "<EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"010\"/>"
         "<EventCoding sourcecode=\"X\" targetcode=\"Z\" eventcode=\"020\"/>"
         "<Text>One &amp; two</Text></Sentence>"
         "<Sentence date=\"19950101\"><Text>a<b></Text></Sentence>"
         "<Sentence date=\"19950102\"><Text>Three</Text></Sentence>"},
        {DYAD_INPUT_TEXT, "Some text\r\nwith \xC0 bad bytes.\n"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        size_t len = strlen(cases[c].data);
        long want_records, records;
        CHECK_INT(run_once(cases[c].fmt, cases[c].data, len, &want_records), DYAD_DONE);
        int bad = 0, n;
        for (n = 0; n < 1000; n++) {
            base_alloc_fail_after(n);
            int rc = run_once(cases[c].fmt, cases[c].data, len, &records);
            long failures = base_alloc_failures();
            base_alloc_fail_after(-1);
            if (failures == 0) {   /* every allocation succeeded: done */
                if (rc != DYAD_DONE || records != want_records)
                    bad++;
                break;
            }
            if (rc != DYAD_ENOMEM) {
                fprintf(stderr, "case %zu, failing after %d allocations: rc %d, %ld records\n",
                        c, n, rc, records);
                bad++;
            }
        }
        CHECK_INT(bad, 0);
        CHECK(n > 3 && n < 1000);
    }
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad_test_reader.XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_utf8();
    test_guess();
    test_jsonl_good();
    test_jsonl_bad();
    test_jsonl_dup_ids();
    test_jsonl_repair();
    test_junk();
    test_big();
    test_empty();
    test_other_format();
    test_plain();
    test_xml();
    test_xml_unknown();
    test_shared();
    test_open();
    test_alloc_failures();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_done();
}
