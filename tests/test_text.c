/*
** test_text.c — the tokenizer and sentence splitter against the annotated
** cases in the files of tests/data/text, plus offset invariants on every
** case, and robustness checks (junk bytes, huge inputs, failing allocations).
**
** Case file format (one file holds many cases):
**
**   # comments: only before the first case
**   === case name
**   input text, any number of lines (blank lines included)
**   --- tokens
**   Ukraine | ’s | army
**   --- kinds
**   word clitic word
**   --- flags
**   - - -                      (per token: A abbrev, O open quote, C close quote)
**   --- sentences
**   dateline: KYIV, Ukraine (AP) —
**   The first sentence.         (body sentences carry no prefix)
**
** The input ends at the first "--- " line; its final newline is not part of
** it. Every section is optional; "--- sentences" lists every sentence.
*/
#include "check.h"
#include "dyad.h"
#include "base/base.h"
#include "text/text_int.h"
#include "text/unbreak.h"

#include <jansson.h>
#include <limits.h>
#include <stdint.h>

#ifndef TEXT_DATA_DIR
#define TEXT_DATA_DIR "tests/data/text"
#endif

static dyad_text *T;
static char out[1 << 16];

/* Compares what a case expected with what it got, naming the case. */
static void check(const char *file, long line, const char *name, const char *what,
                  const char *want, const char *got)
{
    char desc[512];
    snprintf(desc, sizeof desc, "%s:%ld: case '%s': %s", file, line, name, what);
    check_str_at(__FILE__, __LINE__, got, want, desc);
}

static const char *kind_name(int k)
{
    static const char *names[] = {"space", "word",    "number", "punct", "quote", "dash",
                                  "ellipsis", "clitic", "url", "email", "symbol", "other"};
    return k >= 0 && k <= DYAD_TOK_OTHER ? names[k] : "?";
}

static const char *sent_prefix(int k)
{
    switch (k) {
    case DYAD_SENT_DATELINE: return "dateline: ";
    case DYAD_SENT_HEADING: return "heading: ";
    case DYAD_SENT_BYLINE: return "byline: ";
    }
    return "";
}

/* Invariants every split must keep: tokens in order, inside the text, not
** empty, not overlapping; sentences partition the tokens in order and span
** exactly from their first token's start to their last token's end.
** Returns NULL or what is wrong. */
static const char *invariants(const dyad_text *t, const char *text, size_t len)
{
    const dyad_token *tk = dyad_text_tokens(t);
    const dyad_sentence *s = dyad_text_sentences(t);
    size_t nt = dyad_text_token_count(t), ns = dyad_text_sentence_count(t);
    uint64_t prev_end = 0;
    for (size_t i = 0; i < nt; i++) {
        if (tk[i].len == 0)
            return "empty token";
        if (tk[i].start < prev_end)
            return "tokens overlap or go backwards";
        if ((uint64_t)tk[i].start + tk[i].len > len)
            return "token past the end of the text";
        if (tk[i].kind < DYAD_TOK_WORD || tk[i].kind > DYAD_TOK_OTHER)
            return "token kind out of range";
        unsigned char c = (unsigned char)text[tk[i].start];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            return "token starts with whitespace";
        prev_end = (uint64_t)tk[i].start + tk[i].len;
    }
    size_t next = 0;
    for (size_t i = 0; i < ns; i++) {
        if (s[i].tok_first != next || s[i].tok_count == 0)
            return "sentences do not partition the tokens";
        const dyad_token *a = &tk[s[i].tok_first], *b = &tk[s[i].tok_first + s[i].tok_count - 1];
        if (s[i].start != a->start || s[i].end != b->start + b->len)
            return "sentence span differs from its tokens";
        if (s[i].kind < DYAD_SENT_BODY || s[i].kind > DYAD_SENT_BYLINE)
            return "sentence kind out of range";
        next += s[i].tok_count;
    }
    if (next != nt)
        return "tokens left outside every sentence";
    return NULL;
}

static void check_invariants(const char *what, const char *text, size_t len)
{
    const char *bad = invariants(T, text, len);
    char desc[512];
    snprintf(desc, sizeof desc, "%s: invariants", what);
    check_str_at(__FILE__, __LINE__, bad ? bad : "ok", "ok", desc);
}

/* ---- Case files ------------------------------------------------------- */

typedef struct tcase {
    char name[256];
    long line;
    strbuf input;
    int have[4];          /* tokens, kinds, flags, sentences */
    strbuf want[4];
    long want_line[4];
} tcase;

static void render_tokens(const char *text, int which)
{
    const dyad_token *tk = dyad_text_tokens(T);
    size_t n = dyad_text_token_count(T), o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && o < sizeof out - 64; i++) {
        const char *sep = i ? (which == 0 ? " | " : " ") : "";
        if (which == 0) {
            size_t l = tk[i].len < sizeof out - o - 8 ? tk[i].len : sizeof out - o - 8;
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", sep, (int)l, text + tk[i].start);
        } else if (which == 1) {
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", sep, kind_name(tk[i].kind));
        } else {
            char f[4];
            size_t k = 0;
            if (tk[i].flags & DYAD_TF_ABBREV) f[k++] = 'A';
            if (tk[i].flags & DYAD_TF_OPEN_QUOTE) f[k++] = 'O';
            if (tk[i].flags & DYAD_TF_CLOSE_QUOTE) f[k++] = 'C';
            if (!k) f[k++] = '-';
            f[k] = '\0';
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", sep, f);
        }
    }
}

static void render_sentences(const char *text)
{
    const dyad_sentence *s = dyad_text_sentences(T);
    size_t n = dyad_text_sentence_count(T), o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && o < sizeof out - 64; i++) {
        size_t l = s[i].end - s[i].start;
        if (l > sizeof out - o - 32)
            l = sizeof out - o - 32;
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s\n", sent_prefix(s[i].kind),
                              (int)l, text + s[i].start);
    }
}

static const char *section_names[4] = {"tokens", "kinds", "flags", "sentences"};

static void run_case(const char *file, tcase *c)
{
    const char *text = sb_str(&c->input);
    size_t len = c->input.len;
    int rc = dyad_text_split(T, text, len);
    char what[400];
    snprintf(what, sizeof what, "%.100s:%ld: %.256s", file, c->line, c->name);
    if (!CHECK_INT(rc, DYAD_OK))
        return;
    check_invariants(what, text, len);
    for (int k = 0; k < 4; k++) {
        if (!c->have[k])
            continue;
        if (k == 3)
            render_sentences(text);
        else
            render_tokens(text, k);
        check(file, c->want_line[k], c->name, section_names[k], sb_str(&c->want[k]), out);
    }
}

static void reset_case(tcase *c)
{
    sb_reset(&c->input);
    for (int k = 0; k < 4; k++) {
        sb_reset(&c->want[k]);
        c->have[k] = 0;
    }
}

/* Reads the case file and runs each case. Returns the number of cases. */
static int run_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open; run the test from the repository root\n", path);
        check_failed++;
        return 0;
    }
    tcase c;
    memset(&c, 0, sizeof c);
    char line[8192];
    long lineno = 0;
    int in_case = 0, section = -1, cases = 0;   /* section -1: the input */
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t l = strlen(line);
        if (strncmp(line, "=== ", 4) == 0) {
            if (in_case) {
                run_case(path, &c);
                cases++;
            }
            reset_case(&c);
            if (l && line[l - 1] == '\n')
                line[--l] = '\0';
            snprintf(c.name, sizeof c.name, "%.200s", line + 4);
            c.line = lineno;
            in_case = 1;
            section = -1;
            continue;
        }
        if (!in_case)
            continue;   /* the header comment */
        if (strncmp(line, "--- ", 4) == 0) {
            if (section == -1 && c.input.len && c.input.s[c.input.len - 1] == '\n')
                c.input.s[--c.input.len] = '\0';
            section = -1;
            for (int k = 0; k < 4; k++)
                if (strncmp(line + 4, section_names[k], strlen(section_names[k])) == 0)
                    section = k;
            if (section < 0) {
                fprintf(stderr, "%s:%ld: unknown section '%s'; use tokens, kinds, flags or "
                        "sentences\n", path, lineno, line + 4);
                check_failed++;
                section = 4;
            } else {
                c.have[section] = 1;
                c.want_line[section] = lineno + 1;
            }
            continue;
        }
        if (section == -1) {
            sb_append(&c.input, line, l);
        } else if (section < 3) {
            if (l && line[l - 1] == '\n')
                line[--l] = '\0';
            if (l)
                sb_append(&c.want[section], line, l);
        } else if (section == 3 && line[0] != '\n') {
            sb_append(&c.want[3], line, l);
        }
    }
    if (in_case) {
        run_case(path, &c);
        cases++;
    }
    fclose(f);
    sb_free(&c.input);
    for (int k = 0; k < 4; k++)
        sb_free(&c.want[k]);
    return cases;
}

/* ---- Robustness -------------------------------------------------------- */

static void split_ok(const char *what, const char *text, size_t len)
{
    int rc = dyad_text_split(T, text, len);
    char desc[256];
    snprintf(desc, sizeof desc, "%s: split returns DYAD_OK", what);
    check_at(__FILE__, __LINE__, rc == DYAD_OK, desc);
    check_invariants(what, text, len);
}

static void test_robustness(void)
{
    split_ok("empty text", "", 0);
    CHECK_INT(dyad_text_token_count(T), 0);
    CHECK_INT(dyad_text_sentence_count(T), 0);
    split_ok("NULL text of length 0", NULL, 0);
    CHECK_INT(dyad_text_split(T, NULL, 5), DYAD_EUSAGE);
    CHECK_INT(dyad_text_split(NULL, "x", 1), DYAD_EUSAGE);

    const char *ws = " \t\n\n \r\n\xC2\xA0\xE2\x80\x83\xE3\x80\x80  \n";
    split_ok("only whitespace", ws, strlen(ws));
    CHECK_INT(dyad_text_token_count(T), 0);
    CHECK_INT(dyad_text_sentence_count(T), 0);

    /* binary junk and invalid UTF-8, passed straight in */
    unsigned char junk[4096];
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < sizeof junk; i++) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        junk[i] = (unsigned char)x;
    }
    split_ok("random bytes", (const char *)junk, sizeof junk);
    const char *bad[] = {"\xC0\xAF.", "\xED\xA0\x80 x", "\xF4\x90\x80\x80", "\xE2\x80",
                         "Kyiv\xE2", "\xFF\xFE\x00 Hi.", "U.S\xC3", "don\xE2\x80", "a\x80'",
                         "\xE2\x80\x99", "x\xE2\x80\x99", "n'", "'", "1,00", "http:/",
                         "www.", "a@b.", ". .", "U.S.-", "AT&", "\xF0\x9F\x98"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char what[64];
        snprintf(what, sizeof what, "invalid input #%zu", i);
        split_ok(what, bad[i], strlen(bad[i]) + (i == 5 ? 4 : 0));
    }
    /* every prefix of a tricky text: no look-ahead may run off the end */
    const char *tricky = "Mr. O\xE2\x80\x99""Brien\xE2\x80\x99s U.S.-led \xE2\x80\x9C""don\xE2\x80\x99t\xE2\x80\x9D "
                         "1,000.5% www.x.com/a(b) j@x.org \xE2\x80\xA6 -- ' '90s e.g. 10:30am";
    int prefixes_ok = 1;
    for (size_t l = 0; l <= strlen(tricky); l++) {
        char *copy = malloc(l ? l : 1);   /* exact size: ASan catches any over-read */
        memcpy(copy, tricky, l);
        if (dyad_text_split(T, copy, l) != DYAD_OK || invariants(T, copy, l))
            prefixes_ok = 0;
        for (size_t p = 0; p < l;) {
            int kind;
            size_t k = dyad_token_next(copy + p, l - p, &kind);
            if (k == 0 || k > l - p) {
                prefixes_ok = 0;
                break;
            }
            p += k;
        }
        free(copy);
    }
    CHECK(prefixes_ok);

    /* a 10 MB line with no sentence end */
    size_t big = 10u << 20;
    char *line = malloc(big);
    for (size_t i = 0; i < big; i++)
        line[i] = i % 7 == 6 ? ' ' : (char)('a' + i % 7);
    split_ok("10 MB line", line, big);
    CHECK_INT(dyad_text_sentence_count(T), 1);
    CHECK_INT(dyad_text_token_count(T), (big + 6) / 7);
    /* 100k periods, and 100k spaced periods */
    memset(line, '.', 100000);
    split_ok("100k periods", line, 100000);
    CHECK_INT(dyad_text_token_count(T), 1);
    CHECK_INT(dyad_text_tokens(T)[0].kind, DYAD_TOK_ELLIPSIS);
    for (size_t i = 0; i < 200000; i++)
        line[i] = i % 2 ? ' ' : '.';
    split_ok("100k spaced periods", line, 200000);
    for (size_t i = 0; i < 200000; i++)
        line[i] = i % 3 == 2 ? ' ' : i % 3 ? '.' : 'A';
    split_ok("100k one-letter sentences", line, 200000);
    /* deeply repeated quotes */
    for (size_t i = 0; i < 300000; i++)
        line[i] = "\"'`"[i % 3];
    split_ok("300k mixed quotes", line, 300000);
    for (size_t i = 0; i < 300000; i += 3)
        memcpy(line + i, "\xE2\x80\x9C", 3);
    split_ok("100k curly open quotes", line, 300000);
    for (size_t i = 0; i < 100000; i++)
        line[i] = "\n-\n*\n\n"[i % 6];
    split_ok("bullets and blank lines", line, 100000);
    free(line);

    /* texts over 4 GiB are refused before a byte is read */
    static const char tiny[] = "x";
    if (sizeof(size_t) > 4)
        CHECK_INT(dyad_text_split(T, tiny, (size_t)UINT32_MAX + 1), DYAD_EINPUT);
    else
        check_skip("4 GiB limit needs a 64-bit size_t", 1);
    CHECK_INT(dyad_text_token_count(T), 0);
}

static void test_token_next(void)
{
    int kind = -1;
    CHECK_INT(dyad_token_next("  \n\tKyiv", 8, &kind), 4);
    CHECK_INT(kind, 0);
    CHECK_INT(dyad_token_next("Kyiv said", 9, &kind), 4);
    CHECK_INT(kind, DYAD_TOK_WORD);
    /* the period of "Mr." is settled by the split, not the lexer */
    CHECK_INT(dyad_token_next("Mr. Smith", 9, &kind), 2);
    CHECK_INT(dyad_token_next("U.S. troops", 11, &kind), 3);
    CHECK_INT(dyad_token_next("\xE2\x80\x94x", 4, &kind), 3);
    CHECK_INT(kind, DYAD_TOK_DASH);
    CHECK_INT(dyad_token_next("\xFF", 1, &kind), 1);
    CHECK_INT(kind, DYAD_TOK_OTHER);
    CHECK_INT(dyad_token_next("abc", 0, &kind), 0);
    CHECK_INT(dyad_token_next("cannot accept", 13, &kind), 3);   /* can | not */
    CHECK_INT(dyad_token_next("not accept", 10, &kind), 3);
    CHECK_INT(dyad_token_next("Cannot", 6, &kind), 3);
    CHECK_INT(dyad_token_next("cannots", 7, &kind), 7);
    CHECK_INT(dyad_token_next("n't", 3, &kind), 3);
    CHECK_INT(kind, DYAD_TOK_CLITIC);
    CHECK_INT(dyad_token_next("x", 1, NULL), 1);
    /* the lexer never allocates */
    base_alloc_fail_after(0);
    CHECK_INT(dyad_token_next("Erdo\xC4\x9F""an", 8, &kind), 8);
    CHECK_INT(base_alloc_failures(), 0);
    base_alloc_fail_after(-1);
}

/* Token i of T as text[start, start + len), compared with want. */
static void check_tok(const char *text, size_t i, const char *want)
{
    const dyad_token *tk = dyad_text_tokens(T);
    char got[64] = "(none)";
    if (i < dyad_text_token_count(T))
        snprintf(got, sizeof got, "%.*s", (int)tk[i].len, text + tk[i].start);
    CHECK_STR(got, want);
}

/* A word broken by a hyphen at a line end is one token spanning the line
** break; text_unbreak's copy reads it whole at the same offsets. */
static void test_broken_words(void)
{
    const char *a = "For the semi-\nannual meeting.";
    CHECK_INT(dyad_text_split(T, a, strlen(a)), DYAD_OK);
    CHECK_INT(dyad_text_token_count(T), 5);
    check_tok(a, 2, "semi-\nannual");
    const char *u = text_unbreak(T);
    CHECK(u != NULL && u != a);
    CHECK(u && memcmp(u, "For the semi-annual\n meeting.", strlen(a)) == 0);
    check_tok(u, 2, "semi-annual");
    check_tok(u, 3, "meeting");
    CHECK_INT(dyad_text_tokens(T)[3].start, 21);   /* where it is in a */
    CHECK_INT(dyad_text_sentences(T)[0].end, strlen(a));
    CHECK(text_unbreak(T) == u);   /* asked again: the same copy */

    const char *b = "A U.S.-\nflagged tanker; vice-\r\npresident Ruiz.";
    CHECK_INT(dyad_text_split(T, b, strlen(b)), DYAD_OK);
    check_tok(b, 1, "U.S.-\nflagged");
    check_tok(b, 4, "vice-\r\npresident");
    u = text_unbreak(T);
    CHECK(u && memcmp(u, "A U.S.-flagged\n tanker; vice-president\r\n Ruiz.", strlen(b)) == 0);
    check_tok(u, 1, "U.S.-flagged");
    check_tok(u, 4, "vice-president");
    check_tok(u, 5, "Ruiz");

    /* a word broken twice: both line breaks move out, in order */
    const char *e = "over-\nthe-\r\ncounter trade";
    CHECK_INT(dyad_text_split(T, e, strlen(e)), DYAD_OK);
    u = text_unbreak(T);
    CHECK(u && memcmp(u, "over-the-counter\n\r\n trade", strlen(e)) == 0);
    check_tok(u, 0, "over-the-counter");
    check_tok(u, 1, "trade");

    /* a suspended hyphen, an indented line, a digit, no break at all */
    const char *c = "three-\nand six-month bills, as follows-\n    March 5, 97-\n12.";
    CHECK_INT(dyad_text_split(T, c, strlen(c)), DYAD_OK);
    check_tok(c, 0, "three-");
    check_tok(c, 1, "and");
    check_tok(c, 6, "follows");
    check_tok(c, 7, "-");
    check_tok(c, 8, "March");
    check_tok(c, 11, "97");
    CHECK(text_unbreak(T) == c);   /* nothing broken: the text itself */

    /* a hard-wrapped paragraph stays one sentence: the joined lines do not
    ** make the others look short, as headings are */
    const char *d = "The agency said in a report it had received from the\n"
                    "Iranian capital that the operation was over and that a semi-\n"
                    "annual review of the war effort had begun on Monday, it said.\n"
                    "It quoted a joint statement by the army and the guards.";
    CHECK_INT(dyad_text_split(T, d, strlen(d)), DYAD_OK);
    CHECK_INT(dyad_text_sentence_count(T), 2);
    CHECK_INT(dyad_text_sentences(T)[0].kind, DYAD_SENT_BODY);
}

static void test_reuse_and_oom(void)
{
    const char *a = "Gen. Smith arrived. He left.\n\nBy Jane Doe\n\nThe end.";
    CHECK_INT(dyad_text_split(T, a, strlen(a)), DYAD_OK);
    size_t na = dyad_text_token_count(T), sa = dyad_text_sentence_count(T);
    CHECK_INT(sa, 4);
    const char *b = "Short.";
    CHECK_INT(dyad_text_split(T, b, strlen(b)), DYAD_OK);
    CHECK_INT(dyad_text_token_count(T), 2);
    CHECK_INT(dyad_text_split(T, a, strlen(a)), DYAD_OK);
    CHECK_INT(dyad_text_token_count(T), na);

    /* every allocation failing in turn: ENOMEM, empty results, handle usable */
    static char big[20000];
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = "Kyiv said. "[i % 11];
    CHECK_INT(dyad_text_split(T, big, sizeof big - 1), DYAD_OK);
    size_t want_sents = dyad_text_sentence_count(T);
    CHECK_INT(want_sents, 1819);
    int all_ok = 1, failures_seen = 0;
    for (long nth = 0; nth < 8; nth++) {
        dyad_text *t = NULL;
        base_alloc_fail_after(nth);
        t = dyad_text_new();
        int rc = t ? dyad_text_split(t, big, sizeof big - 1) : DYAD_ENOMEM;
        base_alloc_fail_after(-1);
        if (rc == DYAD_ENOMEM) {
            failures_seen++;
            if (t && (dyad_text_token_count(t) || dyad_text_sentence_count(t)))
                all_ok = 0;
        } else if (rc != DYAD_OK) {
            all_ok = 0;
        }
        if (t && (dyad_text_split(t, big, sizeof big - 1) != DYAD_OK ||
                  dyad_text_sentence_count(t) != want_sents || invariants(t, big, sizeof big - 1)))
            all_ok = 0;
        dyad_text_free(t);
    }
    CHECK(all_ok);
    CHECK(failures_seen >= 2);
    dyad_text_free(NULL);
}

/* strbuf's writers: sb_putl writes what "%ld" does, sb_printf appends in
** the room the buffer has or grows it, and the text stays NUL-ended. */
/* dy_calloc_large: zeroed and writable to its last byte, on a 2 MB
** boundary where it is mapped (not under AddressSanitizer, which keeps it
** on the heap to check its bounds), failing on purpose like dy_calloc. */
static void test_large_alloc(void)
{
    const size_t bytes = ((size_t)5 << 20) + 3;
    unsigned char *p = dy_calloc_large(bytes);
    if (!CHECK(p != NULL))
        return;
    int zero = 1;
    for (size_t i = 0; i < bytes; i += 4093)
        zero &= p[i] == 0;
    CHECK(zero && p[bytes - 1] == 0);
    memset(p, 0xa5, bytes);
    CHECK(p[bytes - 1] == 0xa5);
    if (DY_LARGE_MAPPED)
        CHECK((uintptr_t)p % ((size_t)2 << 20) == 0);
    CHECK((uintptr_t)p % _Alignof(max_align_t) == 0);
    dy_free_large(p, bytes);
    dy_free_large(NULL, bytes);
    base_alloc_fail_after(0);
    CHECK(dy_calloc_large(bytes) == NULL);
    CHECK(base_alloc_failures() == 1);
    base_alloc_fail_after(-1);
}

static void test_strbuf(void)
{
    static const long nums[] = {0, 7, -7, 10, 1234567890L, LONG_MAX, LONG_MIN};
    strbuf b = {0}, want = {0};
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        sb_putl(&b, nums[i]);
        sb_putc(&b, ' ');
        char one[32];
        snprintf(one, sizeof one, "%ld ", nums[i]);
        sb_puts(&want, one);
    }
    CHECK_STR(sb_str(&b), sb_str(&want));
    sb_free(&b);
    for (int i = 0; i < 40; i++)   /* a short format, then one past the room */
        sb_printf(&b, "%d,%s;", i, i % 9 ? "x" : "a longer piece of text than the room");
    char *flat = NULL;
    size_t cap = 0;
    FILE *f = open_memstream(&flat, &cap);
    for (int i = 0; f && i < 40; i++)
        fprintf(f, "%d,%s;", i, i % 9 ? "x" : "a longer piece of text than the room");
    if (f)
        fclose(f);
    CHECK_STR(sb_str(&b), flat ? flat : "");
    CHECK_INT(b.len, strlen(sb_str(&b)));
    free(flat);
    sb_free(&b);
    sb_free(&want);
    /* room taken in an empty buffer leaves it "", as before */
    CHECK(sb_room(&b, 64) != NULL);
    CHECK(b.s && b.s[0] == '\0');
    sb_free(&b);
    /* sb_json_escape reads eight plain bytes at a time: each special byte
    ** at each place of a long text, beside UTF-8, is escaped all the same */
    static const char special[] = {'"', '\\', '\n', '\t', 0x01, 0x1f};
    int all = 1;
    for (size_t k = 0; k < sizeof special; k++)
        for (size_t at = 0; at < 40; at++) {
            char text[41];
            for (size_t i = 0; i < 40; i++)
                text[i] = "Kyiv said \xC3\xA9 plain ~ text, and more of it here"[i];
            text[at] = special[k];
            sb_json_escape(&b, text, 40);
            for (size_t i = 0; i < 40; i++) {   /* byte by byte, as JSON says */
                unsigned char c = (unsigned char)text[i];
                char one[8] = {(char)c, 0};
                if (c == '"' || c == '\\')
                    snprintf(one, sizeof one, "\\%c", c);
                else if (c == '\n')
                    snprintf(one, sizeof one, "\\n");
                else if (c == '\t')
                    snprintf(one, sizeof one, "\\t");
                else if (c < 0x20)
                    snprintf(one, sizeof one, "\\u%04x", c);
                sb_puts(&want, one);
            }
            all &= strcmp(sb_str(&b), sb_str(&want)) == 0;
            sb_reset(&b);
            sb_reset(&want);
        }
    CHECK(all);
    sb_free(&b);
    sb_free(&want);
}

/* Splits the shared news corpus (first 3000 articles) and checks the
** invariants on each. */
static void test_corpus(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", check_shared_dir());
    FILE *f = fopen(path, "r");
    if (!f) {
        check_skip("news corpus absent (set DYAD_SHARED)", 1);
        return;
    }
    char *lineb = NULL;
    size_t cap = 0;
    long docs = 0, bad = 0, sents = 0;
    ssize_t got;
    while (docs < 3000 && (got = getline(&lineb, &cap, f)) > 0) {
        json_t *o = json_loadb(lineb, (size_t)got, 0, NULL);
        const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (text) {
            size_t len = json_string_length(json_object_get(o, "text"));
            if (dyad_text_split(T, text, len) != DYAD_OK || invariants(T, text, len))
                bad++;
            sents += (long)dyad_text_sentence_count(T);
            docs++;
        }
        json_decref(o);
    }
    free(lineb);
    fclose(f);
    CHECK(docs > 0);
    CHECK_INT(bad, 0);
    CHECK(sents > docs);
}

int main(void)
{
    T = dyad_text_new();
    if (!T) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    int cases = run_file(TEXT_DATA_DIR "/tokens.txt");
    cases += run_file(TEXT_DATA_DIR "/sentences.txt");
    printf("%d annotated cases\n", cases);
    CHECK_INT(tok_abbrev_check(), 0);   /* the table must stay sorted */
    CHECK_INT(tok_abbrev("Gen", 3), AB_TITLE);
    CHECK_INT(tok_abbrev("Zzz", 3), AB_NONE);
    CHECK_INT(tok_abbrev("Adm", 3), AB_TITLE);
    CHECK_INT(tok_abbrev("vs", 2), AB_NOEND);
    test_token_next();
    test_broken_words();
    test_robustness();
    test_reuse_and_oom();
    test_strbuf();
    test_large_alloc();
    test_corpus();
    dyad_text_free(T);
    return check_done();
}
