/*
** bench_text.c — how fast dyad_text_split tokenizes and splits news text:
** MB/s, sentences/s and tokens/s over the article texts of
** ../shared/corpus/news.jsonl ($DYAD_SHARED), read once with dyad_reader
** (reading is timed apart), or over generated articles when the corpus is
** absent. Also the peak resident memory. Times are CPU seconds.
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* CPU time of this thread: the figure for one core, and steadier than the
** wall clock when the machine is busy with other work. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct texts {
    char **text;
    size_t *len;
    size_t n, cap, bytes;
} texts;

static int add(texts *t, const char *s, size_t len)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        char **a = realloc(t->text, cap * sizeof *a);
        size_t *b = a ? realloc(t->len, cap * sizeof *b) : NULL;
        if (a)
            t->text = a;
        if (!b)
            return -1;
        t->len = b;
        t->cap = cap;
    }
    char *c = malloc(len + 1);
    if (!c)
        return -1;
    memcpy(c, s, len);
    c[len] = '\0';
    t->text[t->n] = c;
    t->len[t->n++] = len;
    t->bytes += len;
    return 0;
}

/* Made-up articles (about 8 MB) for when the corpus is absent. */
static int generate(texts *t)
{
    static const char *parts[] = {
        "KYIV, Ukraine (AP) \xE2\x80\x94 ",
        "Mr. Petrenko said the U.S.-led coalition would \xE2\x80\x9Cstand firm.\xE2\x80\x9D ",
        "Officials didn\xE2\x80\x99t confirm the 1,200 casualties reported at 10:30 a.m. ",
        "The ministry\xE2\x80\x99s statement, posted on www.example.gov, cited 3.5% growth. ",
        "Gen. Ruiz met Sen. Okafor in Washington on Jan. 5, 2024. ",
        "\n\n",
        "Talks in Geneva \xE2\x80\x94 the third round \xE2\x80\x94 ended without a deal... ",
        "\xE2\x80\x9CWe will not retreat,\xE2\x80\x9D Erdo\u011Fan told reporters. ",
    };
    char buf[8192];
    unsigned x = 12345;
    for (int a = 0; a < 6000; a++) {
        size_t n = 0;
        for (int k = 0; k < 20 + a % 15; k++) {
            x = x * 1103515245u + 12345u;
            const char *p = parts[(x >> 16) % (sizeof parts / sizeof parts[0])];
            size_t l = strlen(p);
            if (n + l >= sizeof buf)
                break;
            memcpy(buf + n, p, l);
            n += l;
        }
        if (add(t, buf, n))
            return -1;
    }
    return 0;
}

static int load(texts *t, const char *path, double *secs)
{
    dyad_read_opts opts = {0};
    opts.format = DYAD_INPUT_JSONL;
    dyad_reader *r = dyad_reader_new(&opts);
    if (!r)
        return -1;
    double t0 = now();
    if (dyad_reader_open(r, path) != DYAD_OK) {
        dyad_reader_free(r);
        return -1;
    }
    const dyad_doc *doc;
    int rc;
    while ((rc = dyad_reader_next(r, &doc)) == DYAD_OK)
        if (add(t, doc->text, doc->text_len))
            break;
    *secs = now() - t0;
    dyad_reader_free(r);
    return rc == DYAD_DONE ? 0 : -1;
}

int main(void)
{
    const char *shared = getenv("DYAD_SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", shared && *shared ? shared : "../shared");
    texts t = {0};
    double read_secs = 0;
    const char *what = path;
    if (load(&t, path, &read_secs) != 0 || t.n == 0) {
        for (size_t i = 0; i < t.n; i++)
            free(t.text[i]);
        t.n = t.bytes = 0;
        what = "generated articles (corpus absent)";
        read_secs = 0;
        if (generate(&t)) {
            fprintf(stderr, "bench_text: out of memory\n");
            return 1;
        }
    }
    dyad_text *dt = dyad_text_new();
    if (!dt) {
        fprintf(stderr, "bench_text: out of memory\n");
        return 1;
    }
    /* best of five rounds: the machine is shared */
    double best = 1e30;
    size_t toks = 0, sents = 0;
    for (int round = 0; round < 5; round++) {
        size_t nt = 0, ns = 0;
        double t0 = now();
        for (size_t i = 0; i < t.n; i++) {
            if (dyad_text_split(dt, t.text[i], t.len[i]) != DYAD_OK) {
                fprintf(stderr, "bench_text: split failed on text %zu\n", i);
                return 1;
            }
            nt += dyad_text_token_count(dt);
            ns += dyad_text_sentence_count(dt);
        }
        double el = now() - t0;
        if (el < best)
            best = el;
        toks = nt;
        sents = ns;
    }
    double mb = (double)t.bytes / 1e6;
    printf("text: %s\n", what);
    printf("  %zu articles, %.1f MB, %zu sentences, %zu tokens\n", t.n, mb, sents, toks);
    if (read_secs > 0)
        printf("  reading (dyad_reader, JSONL):  %.1f MB/s of article text (%.3f s)\n",
               mb / read_secs, read_secs);
    printf("  split + tokenize:  %.1f MB/s, %.0f sentences/s, %.0f tokens/s (%.3f s)\n",
           mb / best, (double)sents / best, (double)toks / best, best);
    if (read_secs > 0)
        printf("  read + split:      %.1f MB/s\n", mb / (read_secs + best));
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("  peak memory: %ld MB (texts held in memory included)\n", ru.ru_maxrss / 1024);
    dyad_text_free(dt);
    for (size_t i = 0; i < t.n; i++)
        free(t.text[i]);
    free(t.text);
    free(t.len);
    return 0;
}
