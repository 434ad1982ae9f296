/*
** test_dict_bad.c — bad input to the dictionary readers: dyad's format
** (dict_read_mem / dict_read_file), PETRARCH2's four readers and the CAMEO
** table loader, each with the exact FILE:LINE message, what is kept, and
** allocation failure at every allocation (DYAD_ENOMEM, no leak under ASan).
**
** Decision on invalid UTF-8: a line holding it (or a NUL byte) is rejected
** with its column, never kept with bad bytes and never repaired, since a
** repaired name would silently match something else. In dyad's format an
** entry line so rejected takes its continuation lines with it (said in the
** message); in PETRARCH files only that line goes (a warning).
*/
#include "check.h"
#include "base/base.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "text/utf8.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* ---- collecting diagnostics ---- */

static char diags[64][300], last[300];   /* the first 64, and the last */
static int ndiags;
static long nall, nerr, nbad_utf8;

static void collect(void *ctx, const dyad_diag *g)
{
    (void)ctx;
    static const char *const sev[] = {"note: ", "warning: ", ""};
    size_t n = strlen(g->message);
    nall++;
    nerr += g->severity == DYAD_ERROR;
    if (utf8_valid_prefix(g->message, n) != n)
        nbad_utf8++;
    if (g->line)
        snprintf(last, sizeof last, "%s:%ld: %s%s", g->file, g->line, sev[g->severity],
                 g->message);
    else
        snprintf(last, sizeof last, "%s: %s%s", g->file, sev[g->severity], g->message);
    if (ndiags < 64)
        memcpy(diags[ndiags++], last, sizeof last);
}

static void reset(void)
{
    ndiags = 0;
    last[0] = 0;
    nall = nerr = nbad_utf8 = 0;
}

/* want is a whole message, or a prefix when it ends in "...". */
static int has(const char *want)
{
    size_t wl = strlen(want);
    int prefix = wl > 3 && strcmp(want + wl - 3, "...") == 0;
    for (int i = 0; i <= ndiags; i++) {
        const char *g = i < ndiags ? diags[i] : last;
        if (prefix ? strncmp(g, want, wl - 3) == 0 : strcmp(g, want) == 0)
            return 1;
    }
    fprintf(stderr, "    missing: %s\n    last:    %s\n", want, last);
    for (int i = 0; i < ndiags; i++)
        fprintf(stderr, "    have:    %s\n", diags[i]);
    return 0;
}

static int code_ok(void *ctx, const char *code)
{
    (void)ctx;
    return strcmp(code, "042") == 0 || strcmp(code, "043") == 0 || strcmp(code, "010") == 0;
}

static const dict_opts opts = {collect, NULL, code_ok, NULL};

/* The code of the longest actor at the start of text ("" none, "-" null). */
static const char *actor(dict *d, const char *text)
{
    dict_word w[16];
    size_t n = 0;
    for (const char *s = text; *s && n < 16;) {
        while (*s == ' ')
            s++;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        if (e > s) {
            w[n].s = s;
            w[n++].len = (size_t)(e - s);
        }
        s = e;
    }
    dict_match m;
    if (!dict_match_actor_words(d, w, n, 0, 20150101, &m))
        return "";
    return m.code ? m.code : "-";
}

/* A dict loaded from text in dyad's format; *rc gets the reader's code. */
static dict *read_dyad(const char *text, size_t len, int *rc)
{
    reset();
    dict *d = dict_new(&opts);
    if (!d)
        return NULL;
    *rc = dict_read_mem(d, "bad.txt", text, len);
    if (dict_finish(d) != DYAD_OK) {
        dict_free(d);
        return NULL;
    }
    return d;
}
#define READ_DYAD(lit, rc) read_dyad((lit), sizeof(lit) - 1, (rc))

typedef int (*petr_fn)(dict *, const char *, const char *, size_t);

static dict *petr_text(petr_fn fn, const char *text, size_t len, int *rc)
{
    reset();
    dict *d = dict_new(&opts);
    if (!d)
        return NULL;
    *rc = fn(d, "p.txt", text, len);
    if (dict_finish(d) != DYAD_OK) {
        dict_free(d);
        return NULL;
    }
    return d;
}
#define PETR_TEXT(fn, lit, rc) petr_text((fn), (lit), sizeof(lit) - 1, (rc))

/* len bytes of deterministic junk: every byte value, NULs and newlines. */
static char *junk(size_t len, unsigned seed)
{
    char *b = malloc(len);
    for (size_t i = 0; i < len; i++) {
        seed = seed * 1103515245u + 12345u;
        b[i] = (char)(seed >> 16);
    }
    return b;
}

/* ---- dyad's format ---- */

static void test_dyad_utf8_nul(void)
{
    int rc = -1;
    dict *d = READ_DYAD("actor FRA: France\n"
                        "actor CHN: Chin\xe9; Beijing\n"
                        "  Peking\n"
                        "actor DEU: Germany\n"
                        "  Deutschl\xc3\n"
                        "  Allemagne\n"
                        "actor ITA: Ita\0ly\n"
                        "actor ESP: Espa\xc3\xb1" "a; Spain\n", &rc);
    CHECK(d != NULL);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("bad.txt:2: invalid UTF-8 at column 16; save the file as UTF-8 text "
              "(entry skipped)"));
    CHECK(has("bad.txt:5: invalid UTF-8 at column 11; save the file as UTF-8 text "
              "(line skipped)"));
    CHECK(has("bad.txt:7: NUL byte at column 15; save the file as UTF-8 text "
              "(entry skipped)"));
    CHECK_INT(ndiags, 3);
    CHECK_STR(actor(d, "France"), "FRA");
    CHECK_STR(actor(d, "Beijing"), "");      /* the whole entry went */
    CHECK_STR(actor(d, "Peking"), "");       /* with its continuation lines */
    CHECK_STR(actor(d, "Allemagne"), "DEU"); /* only the bad line went */
    CHECK_STR(actor(d, "Germany"), "DEU");
    CHECK_STR(actor(d, "Ita"), "");
    CHECK_STR(actor(d, "españa"), "ESP");    /* valid UTF-8 is folded */
    CHECK_STR(actor(d, "Spain"), "ESP");
    dict_free(d);
}

static void test_dyad_junk(void)
{
    for (unsigned seed = 1; seed <= 20; seed++) {
        char *b = junk(8192, seed);
        int rc = -1;
        dict *d = read_dyad(b, 8192, &rc);
        CHECK(d != NULL);
        if (!CHECK_INT(rc, DYAD_EDICT))
            fprintf(stderr, "    seed %u\n", seed);
        CHECK(nerr > 0);
        CHECK_INT(nbad_utf8, 0);
        CHECK(strncmp(diags[0], "bad.txt:", 8) == 0);
        dict_stats st;
        dict_get_stats(d, &st);
        CHECK_INT(st.names, 0);
        dict_free(d);
        free(b);
    }
}

static void test_dyad_long_lines(void)
{
    size_t big = 10u << 20;
    char *b = malloc(big + 64);
    int rc = -1;

    /* a 10 MB word */
    memcpy(b, "actor FRA: ", 11);
    memset(b + 11, 'a', big);
    strcpy(b + 11 + big, "; France\nactor DEU: Germany\n");
    dict *d = read_dyad(b, strlen(b), &rc);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("bad.txt:1: word too long near 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'; a name "
              "has at most 64 words of at most 255 bytes; name skipped"));
    CHECK_INT(ndiags, 1);
    CHECK_STR(actor(d, "France"), "FRA");
    CHECK_STR(actor(d, "Germany"), "DEU");
    dict_free(d);

    /* a 10 MB name of one-letter words */
    memcpy(b, "actor FRA: ", 11);
    for (size_t i = 0; i < big; i++)
        b[11 + i] = i % 2 ? ' ' : 'a';
    strcpy(b + 11 + big, "\nactor DEU: Germany\n");
    d = read_dyad(b, strlen(b), &rc);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("bad.txt:1: name too long near 'a a a a a a a a a a a a a a a a a a a a '; a "
              "name has at most 64 words of at most 255 bytes; name skipped"));
    CHECK_STR(actor(d, "Germany"), "DEU");
    dict_free(d);

    /* a 10 MB line that is no entry at all */
    memset(b, 'x', big);
    strcpy(b + big, "\nactor DEU: Germany\n");
    d = read_dyad(b, strlen(b), &rc);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("bad.txt:1: unknown entry kind near 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxxxxxxxxxxxxxx'; an entry starts with actor, person, agent, synset, verb, "
              "noun or discard (indent continuation lines)"));
    CHECK_STR(actor(d, "Germany"), "DEU");
    dict_free(d);
    free(b);
}

static void test_dyad_line_ends(void)
{
    int rc = -1;
    /* no trailing newline */
    dict *d = READ_DYAD("actor FRA: France\nverb 042: visit", &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK_STR(actor(d, "France"), "FRA");
    const dict_verb *v = dict_find_verb(d, "visit", 5);
    CHECK(v && v->code && strcmp(v->code, "042") == 0);
    dict_free(d);

    /* CRLF and a BOM: nothing of either ends up in names or codes */
    d = READ_DYAD("\xEF\xBB\xBF" "actor FRA: France\r\n"
                  "  Gaul\r\n"
                  "\r\n"
                  "person: Jean Example\r\n"
                  "  FRAGOV 2012..2017\r\n"
                  "  FRAELI\r\n"
                  "agent GOV: minister\r\n", &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK_INT(ndiags, 0);
    CHECK_STR(actor(d, "France"), "FRA");
    CHECK_STR(actor(d, "Gaul"), "FRA");
    CHECK_STR(actor(d, "Jean Example"), "FRAGOV");
    dict_stats st;
    dict_get_stats(d, &st);
    CHECK_INT(st.names, 4);
    for (long id = 1; id <= st.words; id++)
        if (strpbrk(dict_word_str(d, (uint32_t)id), "\r\xEF"))
            CHECK(!"a word holds CR or BOM bytes");
    dict_free(d);
}

static void test_dyad_many(void)
{
    /* an entry with 10,000 names, on one line and on continuation lines */
    size_t cap = 10000 * 16 + 64;
    char *b = malloc(cap);
    for (int form = 0; form < 2; form++) {
        size_t o = (size_t)snprintf(b, cap, "actor FRA:");
        for (int i = 0; i < 10000; i++)
            o += (size_t)snprintf(b + o, cap - o, form ? "\n  n%d" : " n%d;", i);
        int rc = -1;
        dict *d = read_dyad(b, o, &rc);
        CHECK_INT(rc, DYAD_OK);
        dict_stats st;
        dict_get_stats(d, &st);
        CHECK_INT(st.names, 10000);
        CHECK_STR(actor(d, "n0"), "FRA");
        CHECK_STR(actor(d, "n9999"), "FRA");
        dict_free(d);
    }

    /* a pattern with 1,000 words; 32 elements is the most */
    size_t o = (size_t)snprintf(b, cap, "verb 042: visit");
    for (int i = 0; i < 1000; i++)
        o += (size_t)snprintf(b + o, cap - o, " w%d", i);
    int rc = -1;
    dict *d = read_dyad(b, o, &rc);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("bad.txt:1: pattern too long (over 32 elements)"));
    CHECK(dict_find_verb(d, "visit", 5) == NULL);
    dict_free(d);
    o = (size_t)snprintf(b, cap, "verb 042: visit");
    for (int i = 0; i < 32; i++)
        o += (size_t)snprintf(b + o, cap - o, " w%d", i);
    d = read_dyad(b, o, &rc);
    CHECK_INT(rc, DYAD_OK);
    const dict_verb *v = dict_find_verb(d, "visit", 5);
    CHECK(v && v->npatterns == 1 && v->patterns[0]->npost == 32);
    dict_free(d);

    /* a name of 1,000 words; 64 is the most */
    o = (size_t)snprintf(b, cap, "actor FRA: France;");
    for (int i = 0; i < 1000; i++)
        o += (size_t)snprintf(b + o, cap - o, " w");
    d = read_dyad(b, o, &rc);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("bad.txt:1: name too long near 'w w w w w w w w w w w w w w w w w w w w '; a "
              "name has at most 64 words of at most 255 bytes; name skipped"));
    CHECK_STR(actor(d, "France"), "FRA");
    dict_free(d);
    free(b);
}

static void test_dyad_file(void)
{
    char path[] = "/tmp/dyad_test_dict_bad_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    static const char text[] = "actor FRA: France\nactor CHN: Chin\xe9\n";
    CHECK(write(fd, text, sizeof text - 1) == (ssize_t)(sizeof text - 1));
    close(fd);
    reset();
    dict *d = dict_new(&opts);
    CHECK_INT(dict_read_file(d, path), DYAD_EDICT);
    char want[200];
    snprintf(want, sizeof want, "%s:2: invalid UTF-8 at column 16; save the file as UTF-8 "
             "text (entry skipped)", path);
    CHECK(has(want));
    dict_free(d);
    unlink(path);
}

/* ---- PETRARCH2 ---- */

static void test_petr_bytes(void)
{
    int rc = -1;
    dict *d = PETR_TEXT(dict_petr_actors_mem,
                        "\xEF\xBB\xBF" "FRANCE [FRA]\r\n"
                        "+GAUL\r\n"
                        "+FRAN\xc3\r\n"
                        "CHINA [CHN]\r\n"
                        "+PEK\0ING\r\n"
                        "GERMANY [DEU]", &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK(has("p.txt:3: warning: invalid UTF-8 at column 6; save the file as UTF-8; "
              "line skipped"));
    CHECK(has("p.txt:5: warning: NUL byte at column 5; the file is not text; line skipped"));
    CHECK_STR(actor(d, "France"), "FRA");   /* the BOM is not part of the name */
    CHECK_STR(actor(d, "Gaul"), "FRA");
    CHECK_STR(actor(d, "China"), "CHN");
    CHECK_STR(actor(d, "Germany"), "DEU");  /* no trailing newline */
    CHECK_STR(actor(d, "Pek"), "");
    dict_free(d);
}

static void test_petr_long_and_junk(void)
{
    size_t big = 10u << 20;
    char *b = malloc(big + 64);
    memset(b, 'A', big);
    strcpy(b + big, " [FRA]\nGERMANY [DEU]\n");
    int rc = -1;
    dict *d = petr_text(dict_petr_actors_mem, b, strlen(b), &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK(has("p.txt:1: warning: line longer than 4095 bytes; line skipped"));
    CHECK_STR(actor(d, "Germany"), "DEU");
    dict_free(d);
    free(b);

    /* junk: every line has bytes that are not UTF-8 text; nothing is usable */
    static const petr_fn fns[4] = {dict_petr_verbs_mem, dict_petr_actors_mem,
                                   dict_petr_agents_mem, dict_petr_discards_mem};
    static const char *const what[4] = {"verbs", "actors", "agents", "discards"};
    for (int k = 0; k < 4; k++) {
        b = junk(4096, 7);
        for (size_t i = 0; i < 4096; i++)
            if (i % 50 == 49)
                b[i] = '\n';
            else if (i % 50 == 0 || b[i] == '\n')
                b[i] = (char)0xff;   /* 82 lines, each bad from its first byte on */
        d = petr_text(fns[k], b, 4096, &rc);
        CHECK_INT(rc, DYAD_EDICT);
        char want[200];
        snprintf(want, sizeof want, "p.txt: nothing usable in this file (82 problems above); "
                 "check that it is a PETRARCH2 %s file", what[k]);
        CHECK(has(want));
        CHECK_INT(nbad_utf8, 0);
        dict_free(d);
        free(b);
    }
}

static void test_petr_brackets(void)
{
    int rc = -1;
    dict *d = PETR_TEXT(dict_petr_verbs_mem,
                        "--- VISIT [042] ---\n"
                        "VISIT\n"
                        "- * ((((((((((((((((((((((((((((((((((((((((((((((((((X [042]\n"
                        "- * ((((((((((X)))))))))) [043]\n"
                        "- * (WITH + [043]\n"
                        "- * WITH +)) [043]\n"
                        "- * {(A} B) [043]\n", &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK(has("p.txt:3: warning: pattern too long; line skipped"));
    CHECK(has("p.txt: note: 3 patterns whose brackets do not nest (kept) (first at line 5)"));
    const dict_verb *v = dict_find_verb(d, "visit", 5);
    CHECK(v && v->npatterns == 4);
    if (v && v->npatterns == 4) {
        const dict_pattern *p = v->patterns[0];
        CHECK_INT(p->npost, 21);   /* 10 opens, X, 10 closes: none kept inside the word */
        CHECK_INT(p->post[10].kind, DICT_EL_WORD);
        CHECK_STR(dict_word_str(d, p->post[10].id), "x");
        CHECK_INT(p->post[20].kind, DICT_EL_PP_CLOSE);
    }
    dict_free(d);

    /* closing brackets beyond what a pattern holds */
    char line[400] = "--- VISIT [042] ---\nVISIT\n- * X";
    for (int i = 0; i < 60; i++)
        strcat(line, ")");
    strcat(line, " [042]\n");
    d = petr_text(dict_petr_verbs_mem, line, strlen(line), &rc);
    CHECK(has("p.txt:3: warning: pattern too long; line skipped"));
    dict_free(d);
}

static void test_petr_many(void)
{
    size_t cap = 10000 * 16 + 4096;
    char *b = malloc(cap);
    /* an actor with 10,000 synonyms */
    size_t o = (size_t)snprintf(b, cap, "FRANCE [FRA]\n");
    for (int i = 0; i < 10000; i++)
        o += (size_t)snprintf(b + o, cap - o, "+N%d\n", i);
    int rc = -1;
    dict *d = petr_text(dict_petr_actors_mem, b, o, &rc);
    CHECK_INT(rc, DYAD_OK);
    dict_stats st;
    dict_get_stats(d, &st);
    CHECK_INT(st.names, 10001);
    CHECK_STR(actor(d, "n9999"), "FRA");
    dict_free(d);

    /* a pattern of 1,000 words */
    o = (size_t)snprintf(b, cap, "--- VISIT [042] ---\nVISIT\n- *");
    for (int i = 0; i < 1000; i++)
        o += (size_t)snprintf(b + o, cap - o, " W");
    o += (size_t)snprintf(b + o, cap - o, " [042]\n- * + [042]\n");
    d = petr_text(dict_petr_verbs_mem, b, o, &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK(has("p.txt:3: warning: pattern too long; line skipped"));
    const dict_verb *v = dict_find_verb(d, "visit", 5);
    CHECK(v && v->npatterns == 1);
    dict_free(d);

    /* a name of 100 words, a form with 9 particles, a marker with 20 items */
    o = (size_t)snprintf(b, cap, "FRANCE [FRA]\n+");
    for (int i = 0; i < 100; i++)
        o += (size_t)snprintf(b + o, cap - o, "W_");
    o += (size_t)snprintf(b + o, cap - o, "\n");
    d = petr_text(dict_petr_actors_mem, b, o, &rc);
    CHECK(has("p.txt:2: warning: name too long near 'W_W_W_W_W_W_W_W_W_W_W_W_W_W_W_W_W_W_W_W_'"
              "; a name has at most 64 words of at most 255 bytes; name skipped"));
    dict_free(d);
    d = PETR_TEXT(dict_petr_verbs_mem,
                  "--- CALL [042] ---\n+CALL_A_B_C_D_E_F_G_H_I\n+CALL_OFF\n", &rc);
    CHECK(has("p.txt:2: warning: verb form '+CALL_A_B_C_D_E_F_G_H_I' has more than 8 words "
              "after the verb; skipped"));
    v = dict_find_verb(d, "call", 4);
    CHECK(v && v->nafter == 1 && !v->next);
    dict_free(d);
    d = PETR_TEXT(dict_petr_agents_mem,
                  "!M! = A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, "
                  "A16, A17, A18\n!M! MINISTER [GOV]\n", &rc);
    CHECK(has("p.txt:1: warning: substitution item 'A17' skipped; a marker has at most 16 "
              "items of at most 47 bytes"));
    CHECK(has("p.txt:1: warning: substitution item 'A18' skipped; a marker has at most 16 "
              "items of at most 47 bytes"));
    dict_free(d);
    free(b);
}

/* ---- CAMEO table ---- */

static cameo_table *cameo_text(const char *text, size_t len, int *rc)
{
    reset();
    return cameo_load_mem("c.tsv", text, len, collect, NULL, rc);
}
#define CAMEO_TEXT(lit, rc) cameo_text((lit), sizeof(lit) - 1, (rc))

static void test_cameo_bad(void)
{
    int rc = -1;
    cameo_table *t = CAMEO_TEXT("\xEF\xBB\xBF# code\tgoldstein\tquad\tplover\tname\r\n"
                                "01\t0.0\t1\tOTHER\tMake public statement\r\n"
                                "010\t0.0\t1\tOTHER\tMake statement", &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK_INT(ndiags, 0);
    CHECK(t && cameo_count(t) == 2);
    CHECK(t && strcmp(cameo_find(t, "010", 3)->name, "Make statement") == 0);
    cameo_free(t);

    t = CAMEO_TEXT("01\t0.0\t1\tOTHER\tMake public statement\n"
                   "010\t0.0\t1\tOTHER\tD\xe9\x63laration\n"
                   "011\t0.0\t1\tOTHER\tDecline\0comment\n", &rc);
    CHECK(t == NULL);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK(has("c.tsv:2: invalid UTF-8 at column 18; save the file as UTF-8"));
    CHECK(has("c.tsv:3: line holds a NUL byte; the file is not text"));
    CHECK_INT(ndiags, 2);

    size_t big = 10u << 20;
    char *b = malloc(big + 64);
    memset(b, 'x', big);
    strcpy(b + big, "\n01\t0\t1\tOTHER\tx\n");
    t = cameo_text(b, strlen(b), &rc);
    CHECK(t == NULL);
    CHECK(has("c.tsv:1: expected 5 tab-separated columns (code, goldstein, quad, plover, "
              "name) and an optional sixth (intent), found 1"));
    free(b);

    for (unsigned seed = 1; seed <= 10; seed++) {
        b = junk(8192, seed);
        t = cameo_text(b, 8192, &rc);
        CHECK(t == NULL);
        CHECK_INT(rc, DYAD_EDICT);
        CHECK_INT(nbad_utf8, 0);
        free(b);
    }

    /* thousands of duplicates: reported in line order, at once */
    size_t cap = 6000 * 24;
    b = malloc(cap);
    size_t o = 0;
    for (int i = 0; i < 6000; i++)
        o += (size_t)snprintf(b + o, cap - o, "01\t0\t1\tOTHER\tx%d\n", i);
    t = cameo_text(b, o, &rc);
    CHECK(t == NULL);
    CHECK_INT(nerr, 5999);
    CHECK(has("c.tsv:2: duplicate code '01' (first defined on line 1)"));
    CHECK(strncmp(diags[63], "c.tsv:65: ", 10) == 0);
    free(b);
}

/* ---- allocation failure at every allocation ---- */

static const char dyad_sample[] =
    "actor FRA: France; the French Republic\n"
    "actor GBR 1990..: United Kingdom; UK\n"
    "person: Jean Example\n"
    "  FRAGOV 2012-05..2017-05\n"
    "  FRAELI\n"
    "agent GOV: minister; government\n"
    "synset &AID: aid; food aid\n"
    "verb 042: visit; $ visit +\n"
    "verb 043: give + &AID; $ meet + @mutual\n"
    "discard: football match\n"
    "actor CHN: Chin\xe9\n";

static const char petr_verbs[] = "&CURRENCY\n+DOLLAR\n--- VISIT [042] ---\nVISIT {VISITED}\n"
                                 "- $ * + [042]\n- * (WITH &CURRENCY) [043:042]\n";
static const char petr_actors[] = "FRANCE [FRA]\n+GAUL\nJOHN_EXAMPLE\n[USAGOV 20010101-"
                                  "20050101]\n[USAELI >050102]\n";
static const char petr_agents[] = "!M! = A, B\n!M! MINISTER [GOV]\nPOLICE {POLICE} [~COP]\n";
static const char petr_discards[] = "FOOTBALL MATCH\n+MOVIE REVIEW\n";
static const char cameo_sample[] = "01\t0\t1\tOTHER\tStatement\n010\t0\t1\tOTHER\tSay\n"
                                   "04\t1\t1\tCONSULT\tConsult\n042\t1.9\t1\tCONSULT\tVisit\n";

/* Runs one load with the nth allocation failing; returns its code. */
static int load_once(int what, const char *path)
{
    if (what == 6) {
        int rc = DYAD_OK;
        cameo_table *t = cameo_load_mem("c.tsv", cameo_sample, sizeof cameo_sample - 1, collect,
                                        NULL, &rc);
        if ((t == NULL) != (rc != DYAD_OK))
            return -100;
        cameo_free(t);
        return rc;
    }
    dict *d = dict_new(&opts);
    if (!d)
        return DYAD_ENOMEM;
    int rc = -1;
    switch (what) {
    case 0: rc = dict_read_mem(d, "bad.txt", dyad_sample, sizeof dyad_sample - 1); break;
    case 1: rc = dict_petr_verbs_mem(d, "p.txt", petr_verbs, sizeof petr_verbs - 1); break;
    case 2: rc = dict_petr_actors_mem(d, "p.txt", petr_actors, sizeof petr_actors - 1); break;
    case 3: rc = dict_petr_agents_mem(d, "p.txt", petr_agents, sizeof petr_agents - 1); break;
    case 4: rc = dict_petr_discards_mem(d, "p.txt", petr_discards, sizeof petr_discards - 1);
        break;
    default: rc = dict_read_file(d, path); break;
    }
    if (rc != DYAD_ENOMEM) {
        int rf = dict_finish(d);
        if (rf != DYAD_OK)
            rc = rf;
    }
    dict_free(d);
    return rc;
}

static void test_alloc_failures(void)
{
    char path[] = "/tmp/dyad_test_dict_bad_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    CHECK(write(fd, dyad_sample, sizeof dyad_sample - 1) == (ssize_t)(sizeof dyad_sample - 1));
    close(fd);
    static const char *const names[] = {"dyad", "petr verbs", "petr actors", "petr agents",
                                        "petr discards", "dyad file", "cameo"};
    for (int what = 0; what < 7; what++) {
        reset();
        int want = load_once(what, path);
        CHECK(want == DYAD_OK || want == DYAD_EDICT);
        long n, bad = 0;
        for (n = 0; n < 100000; n++) {
            base_alloc_fail_after(n);
            long before = base_alloc_failures();
            int rc = load_once(what, path);
            int failed = base_alloc_failures() > before;
            base_alloc_fail_after(-1);
            if (!failed) {
                if (rc != want)
                    bad++;
                break;
            }
            if (rc != DYAD_ENOMEM)
                bad++;
        }
        if (!CHECK_INT(bad, 0))
            fprintf(stderr, "    %s\n", names[what]);
        CHECK(n > 5);
    }
    unlink(path);
}

int main(void)
{
    test_dyad_utf8_nul();
    test_dyad_junk();
    test_dyad_long_lines();
    test_dyad_line_ends();
    test_dyad_many();
    test_dyad_file();
    test_petr_bytes();
    test_petr_long_and_junk();
    test_petr_brackets();
    test_petr_many();
    test_cameo_bad();
    test_alloc_failures();
    return check_done();
}
