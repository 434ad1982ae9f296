/*
** test_lang_robust.c — the phrase and clause layer on odd input: random
** token soup with random tags (lang_analyze_tags), random soup of real
** words through the tagger, every prefix of long sentences, and the first
** 2000 articles of ../shared/corpus/news.jsonl (skipped when absent). Every
** analysis must finish and keep the promises lang_sent_check tests: spans
** inside the sentence, valid indices, no cycles through up or parent. An
** alarm ends the program when something loops.
*/
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "dyad.h"
#include "lang/analyze.h"
#include "lang/tags.h"

static lang_analyzer *LA;
static dyad_text *T;
static unsigned long long rng = 88172645463325252ull;

static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static long analyses, bad;

/* Analyzes toks[0..n) (with tags when given) and checks the invariants;
** prints the first few failures with the words. */
static void run(const char *text, const dyad_token *toks, size_t n, const uint8_t *tags)
{
    lang_sent s;
    int rc = tags ? lang_analyze_tags(LA, text, toks, n, tags, &s)
                  : lang_analyze(LA, text, toks, n, &s);
    analyses++;
    const char *why = rc != DYAD_OK ? "analysis failed" : lang_sent_check(&s);
    if (why) {
        if (bad++ < 5) {
            fprintf(stderr, "invariant broken: %s:", why);
            for (size_t i = 0; i < n && i < 80; i++)
                fprintf(stderr, " %.*s/%s", (int)toks[i].len, text + toks[i].start,
                        tags ? tag_name(tags[i]) : tag_name(s.tags[i]));
            fprintf(stderr, "\n  phrases:");
            for (size_t i = 0; rc == DYAD_OK && i < s.nphrases; i++)
                fprintf(stderr, " %zu:%s[%u,%u)h%u^%d", i, phrase_kind_name(s.phrases[i].kind),
                        s.phrases[i].first, s.phrases[i].end, s.phrases[i].head,
                        s.phrases[i].up);
            fprintf(stderr, "\n");
        }
    }
}

/* Words that steer the phrase and clause rules, for the soups. */
static const char *const words[] = {
    "the", "a", "Xi", "Putin", "and", "or", ",", ".", ":", ";", "\"", "'s", "of", "by", "to",
    "in", "on", "said", "says", "told", "urged", "called", "which", "who", "whose", "that",
    "although", "after", "if", "was", "were", "has", "had", "been", "being", "is", "will",
    "would", "not", "never", "n't", "about", "likely", "thousands", "dozens", "some", "two",
    "one", "many", "all", "of", "at", "least", "20", "according", "meet", "sign", "signed",
    "attacked", "believed", "moved", "refused", "minister", "ministers", "Iran", "Britain",
    "protesters", "embassy", "Paris", "(", ")", "--", "very", "quickly", "Mr.", "Ms.",
    "Glaser", "expert", "Tokyo", "University", "release", "prisoners", "troops", "left",
    "Although", "Thousands", "There", "it", "they", "his", "their", NULL};

static size_t nwords(void)
{
    size_t n = 0;
    while (words[n])
        n++;
    return n;
}

/* Builds text of count random words into buf and tokenizes it as one
** sentence (toks). Returns the number of tokens. */
static size_t soup(char *buf, size_t cap, dyad_token *toks, size_t count)
{
    size_t len = 0, n = 0, nw = nwords();
    for (size_t i = 0; i < count; i++) {
        const char *w = words[rnd((unsigned)nw)];
        size_t wl = strlen(w);
        if (len + wl + 2 >= cap)
            break;
        toks[n].start = (uint32_t)len;
        toks[n].len = (uint32_t)wl;
        toks[n].kind = DYAD_TOK_WORD;
        toks[n].flags = DYAD_TF_SPACE_BEFORE;
        n++;
        memcpy(buf + len, w, wl);
        len += wl;
        buf[len++] = ' ';
    }
    buf[len] = 0;
    return n;
}

static void test_soups(void)
{
    static char buf[1 << 16];
    static dyad_token toks[4096];
    static uint8_t tags[4096];
    long before = bad;
    for (int round = 0; round < 3000; round++) {
        size_t count = 1 + rnd(round < 2900 ? 60 : 1500);
        size_t n = soup(buf, sizeof buf, toks, count);
        for (size_t i = 0; i < n; i++)
            tags[i] = (uint8_t)(1 + rnd(TAG_COUNT - 1));
        run(buf, toks, n, tags);   /* random tags */
        run(buf, toks, n, NULL);   /* the tagger's */
    }
    /* degenerate runs: one tag repeated, alternating pairs */
    for (int t = 1; t < TAG_COUNT; t++) {
        size_t n = soup(buf, sizeof buf, toks, 300);
        for (size_t i = 0; i < n; i++)
            tags[i] = (uint8_t)(i % 2 ? t : 1 + (t * 7 + (int)i) % (TAG_COUNT - 1));
        run(buf, toks, n, tags);
        for (size_t i = 0; i < n; i++)
            tags[i] = (uint8_t)t;
        run(buf, toks, n, tags);
    }
    run("", toks, 0, NULL);   /* no tokens at all */
    check_at(__FILE__, __LINE__, bad == before, "token soups keep the invariants");
}

/* Every prefix of some long sentences: a rule that reads past the end of
** a cut sentence would show here (under ASan). */
static void test_prefixes(void)
{
    static const char *const sents[] = {
        "Bonnie Glaser, a China expert at the German Marshall Fund, said on Tuesday that "
        "Chinese officials, who met their Japanese counterparts in Tokyo's Waseda University "
        "last week, would sign a trade deal with France, Germany and their European partners "
        "after the collapse of the talks, which had been expected to restore ties.",
        "\"We will not be intimidated,\" said Mr. Kofman, adding that thousands of protesters "
        "were greeted by the police, who did not attack them although Iran is believed to have "
        "supplied the drones; Britain urged Iran to release the prisoners and called on Russia "
        "to withdraw.",
        "Although Japanese troops have left the island, the embassy in Paris, which chairs "
        "the council this month, refused to join the sanctions against Moscow, according to "
        "at least 20 officials who were not satisfied by the answer of the minister."};
    long before = bad;
    for (size_t k = 0; k < sizeof sents / sizeof sents[0]; k++) {
        const char *s = sents[k];
        if (dyad_text_split(T, s, strlen(s)) != DYAD_OK) {
            check_at(__FILE__, __LINE__, 0, "split");
            continue;
        }
        size_t n = dyad_text_token_count(T);
        const dyad_token *toks = dyad_text_tokens(T);
        for (size_t p = 0; p <= n; p++) {
            /* an exact-size copy of the tokens, so that ASan sees overreads */
            dyad_token *cut = malloc((p ? p : 1) * sizeof *cut);
            if (!cut)
                abort();
            memcpy(cut, toks, p * sizeof *cut);
            run(s, cut, p, NULL);
            /* and every suffix, starting mid-sentence */
            if (p < n)
                run(s, toks + p, n - p, NULL);
            free(cut);
        }
    }
    check_at(__FILE__, __LINE__, bad == before, "prefixes and suffixes keep the invariants");
}

/* A long word (past the lemmatizer's small buffer) that ends the text:
** its lemma must not read past the text (an exact-size copy, for ASan). */
static void test_long_word(void)
{
    long before = bad;
    for (size_t len = 60; len < 300; len += 37) {
        char *s = malloc(len + 4);
        if (!s)
            abort();
        memcpy(s, "Xi ", 3);
        memset(s + 3, 'x', len);
        s[3 + len - 3] = 'i';   /* ends in -ies, so that the lemma differs */
        s[3 + len - 2] = 'e';
        s[3 + len - 1] = 's';
        char *exact = malloc(len + 3);
        if (!exact)
            abort();
        memcpy(exact, s, len + 3);
        if (dyad_text_split(T, exact, len + 3) == DYAD_OK)
            run(exact, dyad_text_tokens(T), dyad_text_token_count(T), NULL);
        free(exact);
        free(s);
    }
    check_at(__FILE__, __LINE__, bad == before, "long final words keep the invariants");
}

static void test_corpus(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", check_shared_dir());
    if (access(path, R_OK) != 0) {
        check_skip("corpus articles (../shared/corpus/news.jsonl absent)", 1);
        return;
    }
    dyad_reader *r = dyad_reader_new(NULL);
    if (!r || dyad_reader_open(r, path) != DYAD_OK) {
        check_at(__FILE__, __LINE__, 0, "open the corpus");
        dyad_reader_free(r);
        return;
    }
    long before = bad, docs = 0, sents = 0, tokens = 0;
    const dyad_doc *d;
    while (docs < 2000 && dyad_reader_next(r, &d) == DYAD_OK) {
        docs++;
        if (dyad_text_split(T, d->text, d->text_len) != DYAD_OK) {
            check_at(__FILE__, __LINE__, 0, "split an article");
            continue;
        }
        const dyad_sentence *ss = dyad_text_sentences(T);
        const dyad_token *toks = dyad_text_tokens(T);
        for (size_t i = 0; i < dyad_text_sentence_count(T); i++) {
            run(d->text, toks + ss[i].tok_first, ss[i].tok_count, NULL);
            sents++;
            tokens += ss[i].tok_count;
        }
    }
    dyad_reader_free(r);
    printf("corpus: %ld articles, %ld sentences, %ld tokens analyzed\n", docs, sents, tokens);
    check_at(__FILE__, __LINE__, docs == 2000, "2000 corpus articles read");
    check_at(__FILE__, __LINE__, bad == before, "corpus sentences keep the invariants");
}

int main(void)
{
    alarm(900);   /* a rule that loops ends the run instead of hanging it */
    LA = lang_new();
    T = dyad_text_new();
    if (!LA || !T)
        return 1;
    test_soups();
    test_prefixes();
    test_long_word();
    test_corpus();
    printf("%ld analyses, %ld broke an invariant\n", analyses, bad);
    lang_free(LA);
    dyad_text_free(T);
    return check_done();
}
