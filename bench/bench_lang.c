/*
** bench_lang.c — how fast the tagger and the lemmatizer run: tokens/s on
** ../shared/corpus/news.jsonl ($DYAD_SHARED; DYAD_BENCH_DOCS limits the
** number of articles), or on generated text when the corpus is absent.
** Tokenizing (dyad_text_split) is done but not timed; tagging and
** lemmatizing are timed separately, in thread CPU time. Prints peak memory
** (max RSS).
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "lang/lemma.h"
#include "lang/tagger.h"

/* CPU time of this thread: the figure is per core and holds up when the
** machine is busy with other work. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct totals {
    double tag_s, lem_s;
    long tokens, sentences, docs;
    unsigned long check;    /* keeps the work from being optimised away */
} totals;

static uint8_t tags[1 << 16];

/* Tags and lemmatizes every sentence of text; the caller owns text and t. */
static int run_text(dyad_text *t, const char *text, size_t len, totals *tt)
{
    if (dyad_text_split(t, text, len) != DYAD_OK)
        return -1;
    const dyad_token *toks = dyad_text_tokens(t);
    const dyad_sentence *ss = dyad_text_sentences(t);
    size_t ns = dyad_text_sentence_count(t);
    double t0 = now();
    for (size_t i = 0; i < ns; i++) {
        size_t n = ss[i].tok_count < sizeof tags ? ss[i].tok_count : sizeof tags;
        tag_sentence(text, toks + ss[i].tok_first, n, tags);
        tt->check += tags[0];
        tt->tokens += (long)n;
    }
    double t1 = now();
    /* Lemmas need each sentence's own tags: tag again, untimed. */
    for (size_t i = 0; i < ns; i++) {
        size_t n = ss[i].tok_count < sizeof tags ? ss[i].tok_count : sizeof tags;
        const dyad_token *tk = toks + ss[i].tok_first;
        tag_sentence(text, tk, n, tags);
        double a = now();
        char buf[128];
        for (size_t k = 0; k < n; k++)
            tt->check += lemma_of(text + tk[k].start, tk[k].len, tags[k], buf, sizeof buf);
        tt->lem_s += now() - a;
    }
    tt->tag_s += t1 - t0;
    tt->sentences += (long)ns;
    tt->docs++;
    return 0;
}

static const char *const gen_words[] = {
    "The", "foreign", "minister", "met", "his", "counterpart", "in", "Warsaw",
    "on", "Tuesday", "and", "said", "both", "governments", "would", "resume",
    "talks", "next", "month", ",", "officials", "reported", "after", "rebels",
    "attacked", "a", "military", "base", "near", "the", "border", "Shoigu",
    "'s", "visit", "was", "postponed", "because", "of", "fighting", "."};

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
    if (!t) {
        fprintf(stderr, "bench_lang: out of memory\n");
        return 1;
    }
    const char *what;
    if (stat(path, &st) == 0) {
        what = path;
        dyad_reader *r = dyad_reader_new(NULL);
        if (!r || dyad_reader_open(r, path) != DYAD_OK) {
            fprintf(stderr, "bench_lang: %s: %s\n", path, r ? dyad_reader_errmsg(r) : "out of memory");
            return 1;
        }
        const dyad_doc *d;
        while ((maxdocs == 0 || tt.docs < maxdocs) && dyad_reader_next(r, &d) == DYAD_OK)
            if (run_text(t, d->text, d->text_len, &tt) != 0) {
                fprintf(stderr, "bench_lang: %s: cannot split\n", d->id);
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
            run_text(t, s, n, &tt);
        free(s);
    }
    dyad_text_free(t);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("bench_lang: %s\n", what);
    printf("  %ld documents, %ld sentences, %ld tokens\n", tt.docs, tt.sentences, tt.tokens);
    printf("  tagging:       %.2f M tokens/s (%.3f s)\n",
           tt.tag_s > 0 ? (double)tt.tokens / tt.tag_s / 1e6 : 0.0, tt.tag_s);
    printf("  lemmatizing:   %.2f M tokens/s (%.3f s)\n",
           tt.lem_s > 0 ? (double)tt.tokens / tt.lem_s / 1e6 : 0.0, tt.lem_s);
    printf("  peak memory:   %ld MB (max RSS)\n", ru.ru_maxrss / 1024);
    printf("  (checksum %lu)\n", tt.check);
    return 0;
}
