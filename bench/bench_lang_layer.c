/*
** bench_lang_layer.c — the whole language layer as the coder runs it:
** dyad_text_split, then lang_analyze (tags, lemmas, phrases, clauses) on
** every sentence. Tokens/s and sentences/s in thread CPU time on one core,
** on ../shared/corpus/news.jsonl ($DYAD_SHARED; DYAD_BENCH_DOCS limits the
** number of articles), or on generated text when the corpus is absent.
** Reading the file is not timed. Also times the phrase and clause stages
** alone (lang_analyze_tags with the tags already known) and prints peak
** memory (max RSS).
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "lang/analyze.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct totals {
    double all_s, struct_s;
    long tokens, sentences, docs, phrases, clauses;
    size_t longest;
} totals;

static uint8_t *tagbuf;
static size_t tagcap;

/* Splits and analyzes text; the caller owns text, t and la. */
static int run_text(dyad_text *t, lang_analyzer *la, const char *text, size_t len, totals *tt)
{
    double t0 = now();
    if (dyad_text_split(t, text, len) != DYAD_OK)
        return -1;
    const dyad_token *toks = dyad_text_tokens(t);
    const dyad_sentence *ss = dyad_text_sentences(t);
    size_t ns = dyad_text_sentence_count(t);
    lang_sent s;
    for (size_t i = 0; i < ns; i++) {
        if (lang_analyze(la, text, toks + ss[i].tok_first, ss[i].tok_count, &s) != DYAD_OK)
            return -1;
        tt->phrases += (long)s.nphrases;
        tt->clauses += (long)s.nclauses;
        tt->tokens += (long)ss[i].tok_count;
        if (ss[i].tok_count > tt->longest)
            tt->longest = ss[i].tok_count;
    }
    double t1 = now();
    tt->all_s += t1 - t0;
    /* phrases and clauses alone: the same sentences with their tags given */
    for (size_t i = 0; i < ns; i++) {
        size_t n = ss[i].tok_count;
        if (lang_analyze(la, text, toks + ss[i].tok_first, n, &s) != DYAD_OK)
            return -1;
        if (n > tagcap) {
            uint8_t *p = realloc(tagbuf, n);
            if (!p)
                return -1;
            tagbuf = p;
            tagcap = n;
        }
        memcpy(tagbuf, s.tags, n);
        double a = now();
        if (lang_analyze_tags(la, text, toks + ss[i].tok_first, n, tagbuf, &s) != DYAD_OK)
            return -1;
        tt->struct_s += now() - a;
    }
    tt->sentences += (long)ns;
    tt->docs++;
    return 0;
}

static const char *const gen_words[] = {
    "The", "foreign", "minister", "met", "his", "counterpart", "in", "Warsaw", "on",
    "Tuesday", "and", "said", "both", "governments", "would", "resume", "talks", "next",
    "month", ",", "officials", "reported", "after", "rebels", "attacked", "a", "military",
    "base", "near", "the", "border", "Shoigu", "'s", "visit", "was", "postponed", "because",
    "of", "fighting", "thousands", "which", "urged", "to", "release", "by", "."};

int main(void)
{
    const char *shared = getenv("DYAD_SHARED");
    const char *lim = getenv("DYAD_BENCH_DOCS");
    long maxdocs = lim ? atol(lim) : 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", shared && *shared ? shared : "../shared");
    struct stat st;
    totals tt = {0};
    dyad_text *t = dyad_text_new();
    lang_analyzer *la = lang_new();
    if (!t || !la) {
        fprintf(stderr, "bench_lang_layer: out of memory\n");
        return 1;
    }
    const char *what;
    if (stat(path, &st) == 0) {
        what = path;
        dyad_reader *r = dyad_reader_new(NULL);
        if (!r || dyad_reader_open(r, path) != DYAD_OK) {
            fprintf(stderr, "bench_lang_layer: %s: %s\n", path,
                    r ? dyad_reader_errmsg(r) : "out of memory");
            return 1;
        }
        const dyad_doc *d;
        while ((maxdocs == 0 || tt.docs < maxdocs) && dyad_reader_next(r, &d) == DYAD_OK)
            if (run_text(t, la, d->text, d->text_len, &tt) != 0) {
                fprintf(stderr, "bench_lang_layer: %s: analysis failed\n", d->id);
                return 1;
            }
        dyad_reader_free(r);
    } else {
        what = "generated text (corpus absent)";
        size_t cap = 8u << 20, n = 0;
        char *s = malloc(cap);
        if (!s)
            return 1;
        unsigned x = 12345;
        for (int w = 0; n + 64 < cap; w++) {
            x = x * 1103515245u + 12345u;
            const char *g = gen_words[(x >> 16) % (sizeof gen_words / sizeof gen_words[0])];
            n += (size_t)snprintf(s + n, cap - n, "%s%s", g, w % 25 == 24 ? " .\n" : " ");
        }
        for (int rep = 0; rep < 3; rep++)
            if (run_text(t, la, s, n, &tt) != 0)
                return 1;
        free(s);
    }
    lang_free(la);
    dyad_text_free(t);
    free(tagbuf);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("bench_lang_layer: %s\n", what);
    printf("  %ld documents, %ld sentences, %ld tokens (longest sentence %zu tokens)\n", tt.docs,
           tt.sentences, tt.tokens, tt.longest);
    printf("  %ld phrases, %ld clauses\n", tt.phrases, tt.clauses);
    printf("  whole layer (split+tag+lemma+phrases+clauses): %.2f M tokens/s, %.0f sentences/s "
           "(%.3f s)\n",
           tt.all_s > 0 ? (double)tt.tokens / tt.all_s / 1e6 : 0.0,
           tt.all_s > 0 ? (double)tt.sentences / tt.all_s : 0.0, tt.all_s);
    printf("  phrases+clauses alone: %.2f M tokens/s (%.3f s)\n",
           tt.struct_s > 0 ? (double)tt.tokens / tt.struct_s / 1e6 : 0.0, tt.struct_s);
    printf("  peak memory: %ld MB (max RSS)\n", ru.ru_maxrss / 1024);
    return 0;
}
