/*
** test_quotes.c — quotes and speakers (src/article, docs/article.md).
**
**   - the articles of tests/data/quotes (format: its README.md), each with
**     the records it must give, compared through one check() helper, from
**     the article stage alone and through the coder's public API;
**   - the name table (art_person_find), the output formats, the API's
**     argument checks, and failure of every allocation in turn;
**   - the first 2000 articles of ../shared/corpus/news.jsonl (skipped when
**     absent): no crash, every record well formed;
**   - time linear in the article's length for marks that never close and
**     for many names.
*/
#include "check.h"
#include "dyad.h"
#include "article/article.h"
#include "base/base.h"
#include "dict/dict.h"
#include "lang/analyze.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DATA_DIR "tests/data/quotes"

/* ---- the gold articles ---- */

typedef struct want {
    long sent;
    char *speaker, *desc, *code, *kind, *text;   /* NULL for "-" */
    int line;
} want;

typedef struct article {
    char id[64], date[16];
    char *text;
    size_t len, cap;
    want *w;
    size_t nw, wcap;
    const char *file;
    int line;
} article;

static article *arts;
static size_t narts, arts_cap;
static dyad_dict *D;

static char *dup_or_null(const char *s, size_t n)
{
    while (n && (*s == ' '))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (n == 1 && *s == '-')
        return NULL;
    char *p = malloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static void add_text(article *a, const char *s, size_t n)
{
    if (a->len + n + 2 > a->cap) {
        a->cap = (a->len + n + 2) * 2;
        a->text = realloc(a->text, a->cap);
    }
    memcpy(a->text + a->len, s, n);
    a->len += n;
    a->text[a->len] = '\0';
}

/* Reads one file of articles; returns -1 when it is malformed. */
static int read_gold(const char *path, const char *name)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[4096];
    int ln = 0;
    article *cur = NULL;
    while (fgets(line, sizeof line, f)) {
        ln++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n')
            line[--n] = '\0';
        if (strncmp(line, "article: ", 9) == 0) {
            if (narts == arts_cap) {
                arts_cap = arts_cap ? arts_cap * 2 : 16;
                arts = realloc(arts, arts_cap * sizeof *arts);
            }
            cur = &arts[narts++];
            memset(cur, 0, sizeof *cur);
            snprintf(cur->id, sizeof cur->id, "%.63s", line + 9);
            cur->file = name;
            cur->line = ln;
            add_text(cur, "", 0);
        } else if (cur && strncmp(line, "date: ", 6) == 0) {
            snprintf(cur->date, sizeof cur->date, "%.15s", line + 6);
        } else if (cur && line[0] == '>') {
            const char *t = line[1] == ' ' ? line + 2 : line + 1;
            if (cur->len)
                add_text(cur, "\n", 1);
            add_text(cur, t, strlen(t));
        } else if (cur && line[0] == '=') {
            char *field[6];
            int nf = 0;
            char *p = line + 1;
            for (; nf < 6; nf++) {
                char *bar = nf < 5 ? strstr(p, " | ") : NULL;
                size_t len = bar ? (size_t)(bar - p) : strlen(p);
                field[nf] = dup_or_null(p, len);
                if (!bar) {
                    nf++;
                    break;
                }
                p = bar + 3;
            }
            if (nf != 6 || !field[0] || !field[4]) {
                fprintf(stderr,
                        "%s:%d: want 6 fields: SENT | SPEAKER | DESC | CODE | KIND | TEXT\n",
                        name, ln);
                fclose(f);
                return -1;
            }
            if (cur->nw == cur->wcap) {
                cur->wcap = cur->wcap ? cur->wcap * 2 : 8;
                cur->w = realloc(cur->w, cur->wcap * sizeof *cur->w);
            }
            want *w = &cur->w[cur->nw++];
            w->sent = atol(field[0]);
            free(field[0]);
            w->speaker = field[1];
            w->desc = field[2];
            w->code = field[3];
            w->kind = field[4];
            w->text = field[5];
            w->line = ln;
        }
    }
    fclose(f);
    return 0;
}

static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static char *names[64];   /* the files read: the articles point at their names */
static int nnames;

static void load_gold(void)
{
    DIR *d = opendir(DATA_DIR);
    if (!check_at(__FILE__, __LINE__, d != NULL, "open " DATA_DIR))
        return;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0)
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, by_name);
    for (int i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", DATA_DIR, names[i]);
        check_at(__FILE__, __LINE__, read_gold(path, names[i]) == 0, path);
    }
    nnames = n;
}

static const char *kind_of(const dyad_quote *q)
{
    if (!q->direct)
        return "indirect";
    if (q->partial)
        return "partial";
    return q->unclosed ? "direct unclosed" : "direct";
}

/* The one check: the records got[0..n) are those article g expects, in
** order and field by field. how says which path made them. */
static void check(const article *g, const dyad_quote *const *got, size_t n, const char *how)
{
    size_t m = n > g->nw ? n : g->nw;
    int ok = n == g->nw;
    for (size_t i = 0; i < m && ok; i++) {
        const want *w = &g->w[i];
        const dyad_quote *q = got[i];
        ok = q->sent == w->sent && strcmp(kind_of(q), w->kind) == 0 &&
             !strcmp(q->doc, g->id) &&
             (w->speaker ? q->speaker && !strcmp(q->speaker, w->speaker) : !q->speaker) &&
             (w->desc ? q->speaker_desc && !strcmp(q->speaker_desc, w->desc) : !q->speaker_desc) &&
             (w->code ? q->speaker_code && !strcmp(q->speaker_code, w->code) : !q->speaker_code) &&
             (w->text ? q->text && !strcmp(q->text, w->text) : !q->text);
    }
    char what[256];
    snprintf(what, sizeof what, "%s:%d: article %s (%s)", g->file, g->line, g->id, how);
    if (check_at(__FILE__, __LINE__, ok, what))
        return;
    for (size_t i = 0; i < m; i++) {
        if (i < g->nw) {
            const want *w = &g->w[i];
            fprintf(stderr, "    want (line %d): %ld | %s | %s | %s | %s | %s\n", w->line, w->sent,
                    w->speaker ? w->speaker : "-", w->desc ? w->desc : "-",
                    w->code ? w->code : "-", w->kind, w->text ? w->text : "-");
        }
        if (i < n) {
            const dyad_quote *q = got[i];
            fprintf(stderr, "    got:             %ld | %s | %s | %s | %s | %s\n", q->sent,
                    q->speaker ? q->speaker : "-", q->speaker_desc ? q->speaker_desc : "-",
                    q->speaker_code ? q->speaker_code : "-", kind_of(q),
                    q->text ? q->text : "-");
        }
    }
}

static dyad_doc doc_of(const article *g)
{
    return (dyad_doc){.id = g->id, .date = g->date, .source = "", .url = "", .title = "",
                      .text = g->text, .text_len = g->len, .file = g->file,
                      .line = g->line};
}

/* ---- the article stage alone, as the coder drives it ---- */

typedef struct stage {
    dyad_text *text;
    lang_analyzer *lang;
    art_doc *art;
} stage;

static int stage_run(stage *st, const dyad_doc *doc)
{
    if (dyad_text_split(st->text, doc->text, doc->text_len) != DYAD_OK)
        return DYAD_ENOMEM;
    art_begin(st->art, doc->text, dict_date_parse(doc->date, strlen(doc->date)));
    const dyad_sentence *se = dyad_text_sentences(st->text);
    const dyad_token *tk = dyad_text_tokens(st->text);
    for (size_t i = 0; i < dyad_text_sentence_count(st->text); i++) {
        if (se[i].kind != DYAD_SENT_BODY && se[i].kind != DYAD_SENT_HEADING)
            continue;
        lang_sent ls;
        if (lang_analyze(st->lang, doc->text, tk + se[i].tok_first, se[i].tok_count, &ls) !=
                DYAD_OK ||
            art_sentence(st->art, &ls, NULL, (long)i) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    return art_finish(st->art, doc->id);
}

static void test_gold(void)
{
    stage st = {dyad_text_new(), lang_new(), art_new(dict_of(D))};
    dyad_coder *c = NULL;
    CHECK(dyad_coder_new(D, NULL, NULL, NULL, &c) == DYAD_OK);
    const dyad_quote *got[256];
    long expected = 0;
    for (size_t i = 0; i < narts; i++) {
        dyad_doc doc = doc_of(&arts[i]);
        CHECK(stage_run(&st, &doc) == DYAD_OK);
        size_t n = art_quote_count(st.art);
        for (size_t k = 0; k < n && k < 256; k++)
            got[k] = art_quote(st.art, k);
        check(&arts[i], got, n < 256 ? n : 256, "article stage");
        /* the same through the public API */
        CHECK(dyad_coder_code(c, &doc) == DYAD_OK);
        n = dyad_coder_quote_count(c);
        for (size_t k = 0; k < n && k < 256; k++)
            got[k] = dyad_coder_quote(c, k);
        check(&arts[i], got, n < 256 ? n : 256, "dyad_coder_quote");
        CHECK(dyad_coder_quote(c, n) == NULL);
        expected += (long)arts[i].nw;
    }
    printf("gold: %zu articles, %ld records\n", narts, expected);
    CHECK(narts >= 12);
    /* a document that cannot be coded leaves no quotes from the last one */
    if (narts) {
        dyad_doc doc = doc_of(&arts[0]);
        CHECK(dyad_coder_code(c, &doc) == DYAD_OK && dyad_coder_quote_count(c) > 0);
        CHECK(dyad_coder_code(c, NULL) == DYAD_EUSAGE);
        CHECK_INT(dyad_coder_quote_count(c), 0);
    }
    CHECK_INT(dyad_coder_quote_count(NULL), 0);
    CHECK(dyad_coder_quote(NULL, 0) == NULL);
    dyad_coder_free(c);
    dyad_text_free(st.text);
    lang_free(st.lang);
    art_free(st.art);
}

/* ---- the name table ---- */

static void test_names(void)
{
    stage st = {dyad_text_new(), lang_new(), art_new(dict_of(D))};
    const article *g = NULL;
    for (size_t i = 0; i < narts; i++)
        if (strcmp(arts[i].id, "taiwan-drills") == 0)
            g = &arts[i];
    if (!CHECK(g != NULL))
        return;
    dyad_doc doc = doc_of(g);
    CHECK(stage_run(&st, &doc) == DYAD_OK);
    art_person_info p;
    CHECK(art_person_find(st.art, "Glaser", 6, &p));
    CHECK_STR(p.name, "Bonnie Glaser");
    CHECK_STR(p.desc, "a China expert at the German Marshall Fund");
    CHECK(p.code == NULL);
    CHECK_INT(p.gender, 'f');
    CHECK(art_person_find(st.art, "BONNIE", 6, &p));
    CHECK_STR(p.name, "Bonnie Glaser");
    CHECK(art_person_find(st.art, "lai", 3, &p));
    CHECK_STR(p.name, "Lai Ching-te");
    CHECK_STR(p.code, "TWNGOV");
    CHECK(art_person_find(st.art, "Wang", 4, &p));
    CHECK_STR(p.desc, "Chinese Foreign Minister");
    /* no person: a place, a word the article never used, bad arguments */
    CHECK(!art_person_find(st.art, "Taiwan", 6, &p));
    CHECK(!art_person_find(st.art, "Xi", 2, &p));
    CHECK(!art_person_find(st.art, "", 0, &p));
    CHECK(!art_person_find(NULL, "Lai", 3, &p));
    /* a new document forgets the last one's people */
    art_begin(st.art, "", 0);
    CHECK(!art_person_find(st.art, "Glaser", 6, &p));
    dyad_text_free(st.text);
    lang_free(st.lang);
    art_free(st.art);
}

/* ---- the output formats ---- */

static void test_format(void)
{
    dyad_quote q = {.doc = "d\"1", .sent = 3, .speaker = "Bonnie Glaser",
                    .speaker_desc = "a China expert", .speaker_code = NULL,
                    .text = "We are \"ready\"", .direct = 1};
    char buf[512];
    size_t n = dyad_quote_format(&q, DYAD_RENDER_JSON, buf, sizeof buf);
    CHECK_STR(buf, "{\"type\":\"quote\",\"doc\":\"d\\\"1\",\"sent\":3,"
                   "\"speaker\":\"Bonnie Glaser\","
                   "\"speaker_desc\":\"a China expert\",\"speaker_code\":null,"
                   "\"text\":\"We are \\\"ready\\\"\",\"direct\":true}\n");
    CHECK_INT(n, strlen(buf));
    n = dyad_quote_format(&q, DYAD_RENDER_TEXT, buf, sizeof buf);
    CHECK_STR(buf, "d\"1:3  Bonnie Glaser, a China expert: \"We are \"ready\"\"\n");
    q.partial = 1;
    q.speaker_code = "USA";
    dyad_quote_format(&q, DYAD_RENDER_JSON, buf, sizeof buf);
    CHECK(strstr(buf, "\"speaker_code\":\"USA\"") &&
          strstr(buf, "\"direct\":true,\"partial\":true}"));
    dyad_quote_format(&q, DYAD_RENDER_TEXT, buf, sizeof buf);
    CHECK_STR(buf, "d\"1:3  Bonnie Glaser, a China expert [USA], partly: \"We are \"ready\"\"\n");
    dyad_quote r = {.doc = "x", .sent = 0, .text = "talks\tfailed", .direct = 0};
    dyad_quote_format(&r, DYAD_RENDER_TEXT, buf, sizeof buf);
    CHECK_STR(buf, "x:0  (no speaker), indirectly: talks failed\n");
    dyad_quote_format(&r, DYAD_RENDER_JSON, buf, sizeof buf);
    CHECK_STR(buf, "{\"type\":\"quote\",\"doc\":\"x\",\"sent\":0,\"speaker\":null,"
                   "\"speaker_desc\":null,\"speaker_code\":null,\"text\":\"talks\\tfailed\","
                   "\"direct\":false}\n");
    r.direct = 1;
    r.unclosed = 1;
    dyad_quote_format(&r, DYAD_RENDER_JSON, buf, sizeof buf);
    CHECK(strstr(buf, "\"direct\":true,\"unclosed\":true}\n") != NULL);
    dyad_quote_format(&r, DYAD_RENDER_TEXT, buf, sizeof buf);
    CHECK_STR(buf, "x:0  (no speaker): \"talks failed\" (never closed)\n");
    /* a short buffer: cut and terminated, the length needed returned */
    char small[8];
    n = dyad_quote_format(&r, DYAD_RENDER_TEXT, small, sizeof small);
    CHECK(n > sizeof small && strlen(small) == sizeof small - 1);
    CHECK_INT(dyad_quote_format(NULL, DYAD_RENDER_JSON, buf, sizeof buf), 0);
    CHECK(dyad_quote_format(&r, (dyad_render_format)7, buf, sizeof buf) == 0 && buf[0] == '\0');
    dyad_quote odd = {.doc = NULL, .text = "caf\xc3 au lait", .direct = 1};
    dyad_quote_format(&odd, DYAD_RENDER_JSON, buf, sizeof buf);
    CHECK_STR(buf, "{\"type\":\"quote\",\"doc\":\"\",\"sent\":0,\"speaker\":null,"
                   "\"speaker_desc\":null,\"speaker_code\":null,"
                   "\"text\":\"caf\xef\xbf\xbd au lait\",\"direct\":true}\n");
    CHECK(dyad_quote_format(&r, DYAD_RENDER_JSON, NULL, 0) > 0);
}

/* ---- failing allocations ---- */

static void test_alloc(void)
{
    const article *g = &arts[0];
    dyad_doc doc = doc_of(g);
    long ok = 0, failed = 0;
    for (long k = 0;; k++) {
        stage st = {0};
        base_alloc_fail_after(k);
        st.text = dyad_text_new();
        st.lang = lang_new();
        st.art = art_new(dict_of(D));
        int rc = st.text && st.lang && st.art ? stage_run(&st, &doc) : DYAD_ENOMEM;
        base_alloc_fail_after(-1);
        if (rc == DYAD_OK) {
            ok = art_quote_count(st.art) == g->nw;
        } else {
            failed += rc == DYAD_ENOMEM;
        }
        dyad_text_free(st.text);
        lang_free(st.lang);
        art_free(st.art);
        if (rc == DYAD_OK)
            break;
        if (k > 10000)
            break;
    }
    CHECK(ok);
    CHECK(failed > 10);
    printf("allocation failures: %ld runs out of memory, then the whole result\n", failed);
}

/* ---- robustness: the corpus, and time on hostile articles ---- */

/* Are q's fields what the header promises for a document of len bytes? */
static int well_formed(const dyad_quote *q, const dyad_doc *doc, size_t nsent)
{
    return q && q->doc == doc->id && q->sent >= 0 && (size_t)q->sent < nsent && q->text &&
           q->text[0] && q->start <= q->end && q->end <= doc->text_len &&
           (!q->speaker || q->speaker[0]) && (!q->speaker_desc || q->speaker_desc[0]) &&
           (!q->speaker_code || q->speaker_code[0]) && (q->direct || !q->partial) &&
           (q->direct || !q->unclosed);
}

static void test_corpus(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", check_shared_dir());
    FILE *f = fopen(path, "r");
    if (!f) {
        check_skip("corpus articles (../shared/corpus/news.jsonl absent)", 1);
        return;
    }
    fclose(f);
    dyad_read_opts ro = {.format = DYAD_INPUT_JSONL, .date = "2020-01-01"};
    dyad_reader *r = dyad_reader_new(&ro);
    stage st = {dyad_text_new(), lang_new(), art_new(dict_of(D))};
    long docs = 0, quotes = 0, direct = 0, speaker = 0, bad = 0;
    const dyad_doc *doc;
    if (dyad_reader_open(r, path) == DYAD_OK) {
        while (docs < 2000 && dyad_reader_next(r, &doc) == DYAD_OK) {
            docs++;
            if (stage_run(&st, doc) != DYAD_OK) {
                bad++;
                continue;
            }
            size_t ns = dyad_text_sentence_count(st.text);
            for (size_t i = 0; i < art_quote_count(st.art); i++) {
                const dyad_quote *q = art_quote(st.art, i);
                if (!well_formed(q, doc, ns)) {
                    if (bad++ < 5)
                        fprintf(stderr, "%s: malformed quote %zu\n", doc->id, i);
                }
                quotes++;
                direct += q->direct;
                speaker += q->speaker != NULL;
            }
        }
    }
    printf("corpus: %ld articles, %ld quotes (%ld direct), %ld with a speaker\n", docs, quotes,
           direct, speaker);
    check_at(__FILE__, __LINE__, docs == 2000, "2000 corpus articles read");
    check_at(__FILE__, __LINE__, bad == 0, "corpus quotes well formed");
    check_at(__FILE__, __LINE__, quotes > 500, "the corpus has quotes");
    dyad_reader_free(r);
    dyad_text_free(st.text);
    lang_free(st.lang);
    art_free(st.art);
}

static double cpu_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Seconds the article stage takes on `copies` copies of piece. */
static double time_copies(stage *st, const char *piece, int copies, size_t *nquotes)
{
    size_t pl = strlen(piece);
    char *text = malloc(pl * (size_t)copies + 1);
    for (int i = 0; i < copies; i++)
        memcpy(text + pl * (size_t)i, piece, pl);
    text[pl * (size_t)copies] = '\0';
    dyad_doc doc = {.id = "long", .date = "2024-01-01", .source = "", .url = "", .title = "",
                    .text = text, .text_len = pl * (size_t)copies, .file = "long", .line = 1};
    double t0 = cpu_s();
    CHECK(stage_run(st, &doc) == DYAD_OK);
    double t = cpu_s() - t0;
    *nquotes = art_quote_count(st->art);
    free(text);
    return t;
}

static void test_linear(void)
{
    /* marks that open and never close, in one long paragraph; a new person
    ** in every sentence; quotes answered by "he said" */
    static const char *const pieces[] = {
        "\"The convoy left at dawn. It never came back. ",
        "Alma Rivers, a farmer from Tarn, said the river had flooded. ",
        "\"We will rebuild,\" he said. \"We always do.\" Ms. Rivers agreed.\n\n"};
    stage st = {dyad_text_new(), lang_new(), art_new(dict_of(D))};
    for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++) {
        size_t q1, q4;
        double t1 = time_copies(&st, pieces[p], 1000, &q1);
        double t4 = time_copies(&st, pieces[p], 4000, &q4);
        printf("linear %zu: 1000 copies %.3f s (%zu quotes), 4000 copies %.3f s (%zu quotes)\n", p,
               t1, q1, t4, q4);
        /* four times the text: about four times the time, far from sixteen */
        check_at(__FILE__, __LINE__, t4 < 8 * t1 + 0.05, "time grows linearly with the article");
        check_at(__FILE__, __LINE__, q4 >= 3 * q1, "quotes grow with the article");
    }
    dyad_text_free(st.text);
    lang_free(st.lang);
    art_free(st.art);
}

int main(void)
{
    char dir[4096];
    if (dyad_data_path(dir, sizeof dir, "dict") < 0 ||
        dyad_dict_load_dir(dir, NULL, NULL, &D) != DYAD_OK) {
        check_at(__FILE__, __LINE__, 0, "load data/dict");
        return check_done();
    }
    load_gold();
    test_gold();
    test_names();
    test_format();
    if (narts)
        test_alloc();
    test_corpus();
    test_linear();
    dyad_dict_free(D);
    for (size_t i = 0; i < narts; i++) {
        for (size_t k = 0; k < arts[i].nw; k++) {
            want *w = &arts[i].w[k];
            free(w->speaker);
            free(w->desc);
            free(w->code);
            free(w->kind);
            free(w->text);
        }
        free(arts[i].w);
        free(arts[i].text);
    }
    free(arts);
    for (int i = 0; i < nnames; i++)
        free(names[i]);
    return check_done();
}
