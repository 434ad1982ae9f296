/*
** test_api.c — the edges of the public header: every function given NULL
** handles, NULL pointers and values that make no sense answers DYAD_EUSAGE
** (or an empty result) with a message on the handle, never a crash; each
** handle says why its last call failed (the errmsg functions); a string is
** coded with dyad_doc_init alone; and text with invalid UTF-8 handed
** straight to the coder or the analyzer still gives output whose every
** JSON line parses (checked with jansson) and whose every line is UTF-8.
** Uses dyad's own data folder (data/), no third-party data.
*/
#include "check.h"
#include "dyad.h"
#include "base/base.h"
#include "text/utf8.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Counts problems instead of printing them. */
static void count_diag(void *ctx, const dyad_diag *d)
{
    (void)d;
    ++*(long *)ctx;
}

static long diags;

static int contains(const char *s, const char *part) { return s && strstr(s, part) != NULL; }

/* A sentence dyad's dictionaries code as KENGOV ETH 042. */
static const char visit[] = "The Kenyan president visited Ethiopia on Tuesday.";

static void test_doc_init(void)
{
    dyad_doc doc;
    CHECK_INT(dyad_doc_init(&doc, visit, strlen(visit)), DYAD_OK);
    CHECK(doc.text == visit);
    CHECK_INT(doc.text_len, strlen(visit));
    CHECK_STR(doc.id, "");
    CHECK_STR(doc.date, "");
    CHECK_STR(doc.source, "");
    CHECK_STR(doc.url, "");
    CHECK_STR(doc.title, "");
    CHECK_STR(doc.file, "");
    CHECK_INT(doc.line, 0);
    CHECK_INT(dyad_doc_init(NULL, visit, 3), DYAD_EUSAGE);
    CHECK_INT(dyad_doc_init(&doc, NULL, 3), DYAD_EUSAGE);
    CHECK_STR(doc.text, "");
    CHECK_INT(doc.text_len, 0);
    CHECK_INT(dyad_doc_init(&doc, NULL, 0), DYAD_OK);
}

/* Codes text as one document with dyad_doc_init; returns the status. */
static int code_text(dyad_coder *c, const char *text, const char *date)
{
    dyad_doc doc;
    dyad_doc_init(&doc, text, strlen(text));
    doc.date = date;
    return dyad_coder_code(c, &doc);
}

static void test_coder(const dyad_dict *d)
{
    dyad_coder *c = NULL;
    if (!CHECK_INT(dyad_coder_new(d, NULL, count_diag, &diags, &c), DYAD_OK))
        return;
    CHECK_STR(dyad_coder_errmsg(c), "");

    /* one call to make the document: the event comes out */
    CHECK_INT(code_text(c, visit, "2024-05-14"), DYAD_OK);
    CHECK_STR(dyad_coder_errmsg(c), "");
    if (CHECK_INT(dyad_coder_event_count(c), 1)) {
        const dyad_event *e = dyad_coder_event(c, 0);
        CHECK_STR(e->source, "KENGOV");
        CHECK_STR(e->target, "ETH");
        CHECK_STR(e->code, "042");
        CHECK_STR(e->date, "2024-05-14");
        CHECK_STR(e->doc, "");
    }
    /* the date in the forms the readers take */
    CHECK_INT(code_text(c, visit, "20240514"), DYAD_OK);
    CHECK(dyad_coder_event_count(c) == 1 &&
          strcmp(dyad_coder_event(c, 0)->date, "2024-05-14") == 0);
    CHECK_INT(code_text(c, visit, "2024-05-14T09:30:00Z"), DYAD_OK);
    CHECK(dyad_coder_event_count(c) == 1 &&
          strcmp(dyad_coder_event(c, 0)->date, "2024-05-14") == 0);

    /* NULL where a value is needed: DYAD_EUSAGE, a message, no events */
    CHECK_INT(dyad_coder_code(NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_coder_code(c, NULL), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "dyad_coder_code: the document is NULL"));
    CHECK_INT(dyad_coder_event_count(c), 0);
    CHECK(dyad_coder_event(c, 0) == NULL);

    dyad_doc doc = {.text = NULL, .text_len = 5, .id = "k1"};
    CHECK_INT(dyad_coder_code(c, &doc), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "document 'k1' has text NULL but text_len 5"));

    /* a date that is none is refused, not dropped */
    CHECK_INT(code_text(c, visit, "last Tuesday"), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "date 'last Tuesday', which is not a date"));
    CHECK_INT(code_text(c, visit, "2023-02-29"), DYAD_EUSAGE);

    /* a document with every field but text NULL codes; strings read "" */
    dyad_doc bare = {.text = visit, .text_len = strlen(visit)};
    CHECK_INT(dyad_coder_code(c, &bare), DYAD_OK);
    CHECK_STR(dyad_coder_errmsg(c), "");
    if (CHECK_INT(dyad_coder_event_count(c), 1)) {
        const dyad_event *e = dyad_coder_event(c, 0);
        CHECK_STR(e->doc, "");
        CHECK_STR(e->url, "");
        CHECK_STR(e->date, "");
        char line[2048];
        CHECK(dyad_event_format(e, DYAD_OUT_JSONL, 1, 1, line, sizeof line) > 0);
        json_error_t err;
        json_t *j = json_loads(line, 0, &err);
        CHECK(j != NULL);
        json_decref(j);
    }
    /* the empty document: no events, no error */
    dyad_doc empty = {0};
    CHECK_INT(dyad_coder_code(c, &empty), DYAD_OK);
    CHECK_INT(dyad_coder_event_count(c), 0);

    /* a NULL coder is empty */
    CHECK_INT(dyad_coder_event_count(NULL), 0);
    CHECK(dyad_coder_event(NULL, 0) == NULL);
    CHECK_INT(dyad_coder_reject_count(NULL), 0);
    CHECK(dyad_coder_reject(NULL, 0) == NULL);
    CHECK_STR(dyad_coder_errmsg(NULL), "out of memory");
    dyad_coder_stats st;
    memset(&st, 0xff, sizeof st);
    dyad_coder_get_stats(NULL, &st);
    CHECK_INT(st.docs, 0);
    dyad_coder_get_stats(c, NULL);
    dyad_coder_get_stats(c, &st);
    CHECK(st.docs > 0);
    dyad_coder_free(c);
}

/* dyad_coder_new that fails hands out a coder that says why, and codes
** nothing. */
static void test_coder_new(const dyad_dict *d)
{
    dyad_coder *c = NULL;
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, NULL), DYAD_EUSAGE);

    CHECK_INT(dyad_coder_new(NULL, NULL, NULL, NULL, &c), DYAD_EUSAGE);
    CHECK(c != NULL);
    CHECK(contains(dyad_coder_errmsg(c), "dyad_coder_new: the dictionary is NULL"));
    CHECK_INT(code_text(c, visit, ""), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "the dictionary is NULL"));
    dyad_coder_free(c);

    dyad_coder_opts bad_date = {.date = "14/05/2024"};
    CHECK_INT(dyad_coder_new(d, &bad_date, NULL, NULL, &c), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "opts.date '14/05/2024' is not a date"));
    dyad_coder_free(c);

    dyad_coder_opts date = {.date = "20240514"};
    CHECK_INT(dyad_coder_new(d, &date, NULL, NULL, &c), DYAD_OK);
    CHECK_INT(code_text(c, visit, NULL), DYAD_OK);
    CHECK(dyad_coder_event_count(c) == 1 &&
          strcmp(dyad_coder_event(c, 0)->date, "2024-05-14") == 0);
    dyad_coder_free(c);

    long n = 0;
    dyad_coder_opts nocameo = {.cameo_path = "/nonexistent/cameo.tsv"};
    int rc = dyad_coder_new(d, &nocameo, count_diag, &n, &c);
    CHECK_INT(rc, DYAD_EIO);
    CHECK(n > 0);
    CHECK(contains(dyad_coder_errmsg(c), "cannot load the CAMEO table: /nonexistent/cameo.tsv"));
    CHECK_INT(code_text(c, visit, ""), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "/nonexistent/cameo.tsv"));
    dyad_coder_free(c);
}

/* Writes text to dir/name. */
static void put_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void test_dict(const char *dict_dir)
{
    dyad_dict *d = NULL;
    CHECK_INT(dyad_dict_load_dir(NULL, NULL, NULL, &d), DYAD_EUSAGE);
    CHECK(contains(dyad_dict_errmsg(d), "dyad_dict_load_dir: dir is NULL"));
    dyad_dict_free(d);
    CHECK_INT(dyad_dict_load_petrarch(NULL, NULL, NULL, &d), DYAD_EUSAGE);
    CHECK(contains(dyad_dict_errmsg(d), "dyad_dict_load_petrarch: dir is NULL"));
    dyad_dict_free(d);
    CHECK_INT(dyad_dict_load_dir(dict_dir, NULL, NULL, NULL), DYAD_EUSAGE);

    /* a folder that is not there: the handle says so without a callback */
    long n = 0;
    CHECK_INT(dyad_dict_load_dir("/nonexistent/dict", count_diag, &n, &d), DYAD_EIO);
    CHECK(d != NULL);
    CHECK(n > 0);
    CHECK(contains(dyad_dict_errmsg(d), "cannot load the dictionaries: /nonexistent/dict: "
                                        "cannot open dictionary folder"));
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK_INT(st.names, 0);
    /* ... and a coder will not start on it */
    dyad_coder *c = NULL;
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_EUSAGE);
    CHECK(contains(dyad_coder_errmsg(c), "the dictionary did not load (cannot load the "
                                         "dictionaries: /nonexistent/dict: "));
    dyad_coder_free(c);
    dyad_dict_free(d);

    /* entries with errors: the first one, and how many more */
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/dyad-test-api-%ld", (long)getpid());
    mkdir(dir, 0700);
    put_file(dir, "bad.txt", "actor KEN: Kenya\nactor: nameless\nverb 999: frobnicate +\n"
                             "actor ETH Ethiopia\n");
    n = 0;
    CHECK_INT(dyad_dict_load_dir(dir, count_diag, &n, &d), DYAD_EDICT);
    const char *m = dyad_dict_errmsg(d);
    CHECK(contains(m, "the dictionaries have errors: /tmp/dyad-test-api-"));
    CHECK(contains(m, "/bad.txt:2: "));
    CHECK(contains(m, "more)"));
    dyad_dict_get_stats(d, &st);
    CHECK(st.errors >= 2);
    CHECK(st.actors >= 1);
    /* the entries that loaded can still be used */
    CHECK_INT(dyad_coder_new(d, NULL, count_diag, &n, &c), DYAD_OK);
    dyad_coder_free(c);
    dyad_dict_free(d);
    snprintf(dir + strlen(dir), sizeof dir - strlen(dir), "/bad.txt");
    remove(dir);
    *strrchr(dir, '/') = '\0';
    rmdir(dir);

    /* out of memory at every allocation in turn: no handle, and errmsg(NULL)
    ** says why; then the load goes through */
    int done = 0, nomem_ok = 1;
    long nomem = 0;
    for (long k = 0; k < 1000000 && !done; k++) {
        base_alloc_fail_after(k);
        int rc = dyad_dict_load_dir(dict_dir, count_diag, &n, &d);
        base_alloc_fail_after(-1);
        if (rc == DYAD_ENOMEM) {
            nomem_ok &= d == NULL;
            nomem++;
        } else {
            done = 1;
            CHECK_INT(rc, DYAD_OK);
        }
        dyad_dict_free(d);
    }
    CHECK(done && nomem_ok);
    CHECK(nomem > 10);
    CHECK_STR(dyad_dict_errmsg(NULL), "out of memory");
    memset(&st, 0xff, sizeof st);
    dyad_dict_get_stats(NULL, &st);
    CHECK_INT(st.actors, 0);
    dyad_dict_get_stats(NULL, NULL);
}

static void test_reader(void)
{
    const dyad_doc *doc = (const dyad_doc *)&doc;
    CHECK_INT(dyad_reader_open(NULL, "x.txt"), DYAD_EUSAGE);
    CHECK_INT(dyad_reader_open_mem(NULL, "x", "ab", 2), DYAD_EUSAGE);
    CHECK_INT(dyad_reader_next(NULL, &doc), DYAD_EUSAGE);
    CHECK_STR(dyad_reader_errmsg(NULL), "out of memory");
    const dyad_read_stats *st = dyad_reader_stats(NULL);
    CHECK(st != NULL && st->records == 0);
    CHECK_INT(dyad_reader_codings(NULL, NULL), 0);
    const dyad_coding *cs = (const dyad_coding *)&cs;
    CHECK_INT(dyad_reader_codings(NULL, &cs), 0);
    CHECK(cs == NULL);
    CHECK(dyad_reader_attr(NULL, "id") == NULL);
    CHECK_INT(dyad_input_guess(NULL), DYAD_INPUT_TEXT);

    dyad_reader *r = dyad_reader_new(NULL);
    if (!CHECK(r != NULL))
        return;
    CHECK_INT(dyad_reader_open(r, NULL), DYAD_EUSAGE);
    CHECK(contains(dyad_reader_errmsg(r), "dyad_reader_open: path is NULL"));
    CHECK_INT(dyad_reader_open_mem(r, "m", NULL, 4), DYAD_EUSAGE);
    CHECK(contains(dyad_reader_errmsg(r), "data is NULL but len is 4"));
    CHECK_INT(dyad_reader_open_mem(r, NULL, NULL, 0), DYAD_OK);
    CHECK_STR(dyad_reader_errmsg(r), "");
    CHECK_INT(dyad_reader_next(r, NULL), DYAD_EUSAGE);
    CHECK(contains(dyad_reader_errmsg(r), "dyad_reader_next: doc is NULL"));
    CHECK_INT(dyad_reader_open_mem(r, NULL, visit, sizeof visit - 1), DYAD_OK);
    CHECK_INT(dyad_reader_next(r, &doc), DYAD_OK);
    CHECK_STR(dyad_reader_errmsg(r), "");
    CHECK(doc && strcmp(doc->file, "<memory>") == 0);
    CHECK(dyad_reader_attr(r, NULL) == NULL);
    CHECK_INT(dyad_reader_codings(r, NULL), 0);
    dyad_reader_free(r);

    dyad_read_opts odd = {.format = (dyad_input_format)42};
    r = dyad_reader_new(&odd);
    if (!CHECK(r != NULL))
        return;
    CHECK_INT(dyad_reader_open_mem(r, NULL, visit, sizeof visit - 1), DYAD_EUSAGE);
    CHECK(contains(dyad_reader_errmsg(r), "opts.format 42 is not a dyad_input_format"));
    CHECK_INT(dyad_reader_open(r, "-"), DYAD_EUSAGE);
    CHECK_INT(dyad_reader_next(r, &doc), DYAD_EUSAGE);
    dyad_reader_free(r);
}

static void test_text(void)
{
    int kind = -1;
    CHECK_INT(dyad_token_next(NULL, 4, &kind), 0);
    CHECK_INT(kind, 0);
    CHECK_INT(dyad_token_next("abc", 0, &kind), 0);
    CHECK_INT(dyad_token_next("abc de", 6, NULL), 3);

    CHECK_INT(dyad_text_split(NULL, "a", 1), DYAD_EUSAGE);
    CHECK_STR(dyad_text_errmsg(NULL), "out of memory");
    CHECK_INT(dyad_text_token_count(NULL), 0);
    CHECK(dyad_text_sentences(NULL) == NULL);
    dyad_text *t = dyad_text_new();
    if (!CHECK(t != NULL))
        return;
    CHECK_INT(dyad_text_split(t, NULL, 9), DYAD_EUSAGE);
    CHECK(contains(dyad_text_errmsg(t), "dyad_text_split: text is NULL but len is 9"));
    CHECK_INT(dyad_text_split(t, NULL, 0), DYAD_OK);
    CHECK_STR(dyad_text_errmsg(t), "");
    CHECK_INT(dyad_text_sentence_count(t), 0);
    dyad_text_free(t);

    char buf[16] = "untouched";
    size_t bad = 9, first = 9;
    CHECK_INT(dyad_utf8_repair(NULL, 5, buf, sizeof buf, &bad, &first), 0);
    CHECK_STR(buf, "");
    CHECK_INT(bad, 0);
    CHECK_INT(dyad_utf8_repair("a\xff", 2, NULL, 0, &bad, NULL), 4);
    CHECK_INT(bad, 1);
    CHECK_INT(dyad_utf8_repair("a\xff", 2, NULL, 99, NULL, NULL), 4);
}

static void test_analyzer(void)
{
    CHECK_INT(dyad_analyzer_split(NULL, NULL), DYAD_EUSAGE);
    CHECK_INT(dyad_analyzer_sentence_count(NULL), 0);
    CHECK(dyad_analyzer_render(NULL, 0, DYAD_RENDER_JSON) == NULL);
    CHECK_STR(dyad_analyzer_errmsg(NULL), "out of memory");
    dyad_analyzer *a = dyad_analyzer_new();
    if (!CHECK(a != NULL))
        return;
    CHECK_INT(dyad_analyzer_split(a, NULL), DYAD_EUSAGE);
    CHECK(contains(dyad_analyzer_errmsg(a), "dyad_analyzer_split: the document is NULL"));
    CHECK(dyad_analyzer_render(a, 0, DYAD_RENDER_JSON) == NULL);
    CHECK(contains(dyad_analyzer_errmsg(a), "no sentence 0"));

    dyad_doc bare = {.text = visit, .text_len = strlen(visit)};
    CHECK_INT(dyad_analyzer_split(a, &bare), DYAD_OK);
    CHECK_STR(dyad_analyzer_errmsg(a), "");
    CHECK_INT(dyad_analyzer_sentence_count(a), 1);
    const char *j = dyad_analyzer_render(a, 0, DYAD_RENDER_JSON);
    CHECK(contains(j, "{\"doc\":\"\","));
    CHECK(dyad_analyzer_render(a, 1, DYAD_RENDER_JSON) == NULL);
    CHECK(dyad_analyzer_render(a, 0, (dyad_render_format)7) == NULL);
    CHECK(contains(dyad_analyzer_errmsg(a), "unknown format 7"));
    dyad_doc dated = bare;
    dated.date = "May 14";
    CHECK_INT(dyad_analyzer_split(a, &dated), DYAD_EUSAGE);
    CHECK_INT(dyad_analyzer_sentence_count(a), 0);
    dyad_analyzer_free(a);
}

static void test_misc(void)
{
    char buf[4096];
    CHECK_INT(dyad_data_path(NULL, 10, "cameo.tsv"), -1);
    int n = dyad_data_path(buf, sizeof buf, NULL);
    char file[4096];
    CHECK(n > 0 && dyad_data_path(file, sizeof file, "cameo.tsv") == n + 10 &&
          strncmp(file, buf, (size_t)n) == 0);
    CHECK_STR(dyad_errstr(DYAD_EUSAGE), "bad arguments");
    dyad_diag_stderr(NULL, NULL);

    dyad_validation v;
    long k = 0;
    CHECK_INT(dyad_validate(NULL, NULL, 0, NULL, count_diag, &k, &v), DYAD_EUSAGE);
    CHECK_INT(dyad_validate("x.xml", NULL, 0, NULL, count_diag, &k, NULL), DYAD_EUSAGE);
    CHECK_INT(k, 2);

    /* dyad_event_format: NULL event, size query, unknown format, NULL fields */
    char line[1024] = "untouched";
    CHECK_INT(dyad_event_format(NULL, DYAD_OUT_JSONL, 1, 0, line, sizeof line), 0);
    CHECK_STR(line, "");
    dyad_event e = {.source = "KEN", .target = "ETH", .code = "042", .sent = 2};
    size_t need = dyad_event_format(&e, DYAD_OUT_JSONL, 1, 1, NULL, 0);
    CHECK(need > 0 && dyad_event_format(&e, DYAD_OUT_JSONL, 1, 1, line, sizeof line) == need);
    CHECK_INT(strlen(line), need);
    json_error_t err;
    json_t *j = json_loads(line, 0, &err);
    CHECK(j && strcmp(json_string_value(json_object_get(j, "doc")), "") == 0);
    json_decref(j);
    CHECK(dyad_event_format(&e, DYAD_OUT_PETRARCH, 1, 0, line, sizeof line) > 0);
    CHECK(dyad_event_format(&e, DYAD_OUT_GDELT, 1, 0, line, sizeof line) > 0);
    CHECK_INT(dyad_event_format(&e, (dyad_output_format)9, 1, 0, line, sizeof line), 0);
    CHECK_STR(line, "");
}

/* Checks every line of out: valid UTF-8, and when json, an object jansson
** parses; returns the number of lines. */
static int check_lines(const char *what, const char *out, int json)
{
    int lines = 0;
    for (const char *p = out; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        lines++;
        if (!check_at(__FILE__, __LINE__, utf8_valid_prefix(p, n) == n, what))
            fprintf(stderr, "    line: %.*s\n", (int)n, p);
        if (json) {
            json_error_t err;
            json_t *j = json_loadb(p, n, 0, &err);
            if (!check_at(__FILE__, __LINE__, j && json_is_object(j), what))
                fprintf(stderr, "    %s\n    line: %.*s\n", err.text, (int)n, p);
            json_decref(j);
        }
        p += n + (nl != NULL);
    }
    return lines;
}

/* Text with invalid UTF-8, handed straight to the API (no reader to repair
** it): every output line still parses. */
static void test_invalid_utf8(const dyad_dict *d)
{
    static const char *const texts[] = {
        "The Kenyan president visited Ethiopia on Tuesday \xff\xfe.",
        "The Kenyan \xc3 president visited Ethiopia on Tuesday.",
        "The Kenyan president visited \xed\xa0\x80 Ethiopia on Tuesday.",
        "The Kenyan president \xf0\x9f visited Ethiopia\x80 on Tuesday.",
        "\xe2\x80 \"The Kenyan president visited Ethiopia on Tuesday,\" he said \xc0\xaf.",
    };
    dyad_coder_opts opts = {.explain = 1};
    dyad_coder *c = NULL;
    if (!CHECK_INT(dyad_coder_new(d, &opts, NULL, NULL, &c), DYAD_OK))
        return;
    dyad_analyzer *a = dyad_analyzer_new();
    size_t events = 0;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        dyad_doc doc;
        dyad_doc_init(&doc, texts[i], strlen(texts[i]));
        doc.id = i % 2 ? "id-\xc3(" : "id-ok";
        doc.url = "http://example.org/\xa0";
        doc.date = "2024-05-14";
        if (!CHECK_INT(dyad_coder_code(c, &doc), DYAD_OK))
            continue;
        for (size_t k = 0; k < dyad_coder_event_count(c); k++) {
            const dyad_event *e = dyad_coder_event(c, k);
            char line[4096];
            for (int f = DYAD_OUT_JSONL; f <= DYAD_OUT_GDELT; f++) {
                size_t n = dyad_event_format(e, (dyad_output_format)f, 1, 1, line, sizeof line);
                CHECK(n > 0 && n < sizeof line);
                CHECK_INT(check_lines("event line", line, f == DYAD_OUT_JSONL), 1);
            }
            events++;
        }
        if (CHECK_INT(dyad_analyzer_split(a, &doc), DYAD_OK))
            for (size_t s = 0; s < dyad_analyzer_sentence_count(a); s++) {
                check_lines("analysis", dyad_analyzer_render(a, s, DYAD_RENDER_JSON), 1);
                check_lines("analysis", dyad_analyzer_render(a, s, DYAD_RENDER_TEXT), 0);
            }
    }
    /* the invalid bytes did not stop the coding */
    CHECK(events >= 4);
    dyad_analyzer_free(a);
    dyad_coder_free(c);
}

int main(void)
{
    test_doc_init();
    test_reader();
    test_text();
    test_analyzer();
    test_misc();
    char dir[4096];
    dyad_dict *d = NULL;
    if (CHECK(dyad_data_path(dir, sizeof dir, "dict") > 0))
        test_dict(dir);
    if (CHECK_INT(dyad_dict_load_dir(dir, count_diag, &diags, &d), DYAD_OK)) {
        test_coder(d);
        test_coder_new(d);
        test_invalid_utf8(d);
    }
    dyad_dict_free(d);
    return check_done();
}
