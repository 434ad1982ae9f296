/*
** bench_read.c — how fast dyad_reader reads JSON lines: MB/s and
** documents/s over ../shared/corpus/news.jsonl ($DYAD_SHARED), or over
** generated articles when the corpus is absent. Reading only: no
** tokenizing or coding.
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* About 17 MB of made-up JSONL articles, for when the corpus is absent. */
static char *generate(size_t *len)
{
    static const char *sent =
        "The foreign minister met his counterpart in the capital on Tuesday "
        "and said both governments would \\\"resume talks\\\" next month. ";
    size_t cap = 18u << 20, n = 0;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    for (int i = 0; n + 4096 < cap; i++) {
        n += (size_t)snprintf(s + n, cap - n,
                              "{\"id\": \"gen-%d\", \"date\": \"2024-03-%02d\", "
                              "\"source\": \"bench\", \"text\": \"",
                              i, i % 28 + 1);
        for (int k = 0; k < 6 + i % 12; k++)
            n += (size_t)snprintf(s + n, cap - n, "%s", sent);
        n += (size_t)snprintf(s + n, cap - n, "\"}\n");
    }
    *len = n;
    return s;
}

int main(void)
{
    const char *shared = getenv("DYAD_SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", shared && *shared ? shared : "../shared");
    struct stat st;
    int have = stat(path, &st) == 0;
    size_t genlen = 0;
    char *gen = have ? NULL : generate(&genlen);
    if (!have && !gen) {
        fprintf(stderr, "bench_read: out of memory\n");
        return 1;
    }
    double bytes = have ? (double)st.st_size : (double)genlen;
    double best = 1e9;
    long docs = 0;
    size_t text_bytes = 0;
    for (int round = 0; round < 5; round++) {
        dyad_read_opts o = {.format = DYAD_INPUT_JSONL};
        dyad_reader *r = dyad_reader_new(&o);
        if (!r)
            return 1;
        double t0 = now();
        int rc = have ? dyad_reader_open(r, path) : dyad_reader_open_mem(r, "gen.jsonl", gen, genlen);
        if (rc != DYAD_OK) {
            fprintf(stderr, "bench_read: %s\n", dyad_reader_errmsg(r));
            return 1;
        }
        const dyad_doc *d;
        docs = 0;
        text_bytes = 0;
        while ((rc = dyad_reader_next(r, &d)) == DYAD_OK) {
            docs++;
            text_bytes += d->text_len;
        }
        double t = now() - t0;
        if (rc != DYAD_DONE) {
            fprintf(stderr, "bench_read: %s\n", dyad_reader_errmsg(r));
            return 1;
        }
        if (t < best)
            best = t;
        dyad_reader_free(r);
    }
    printf("bench_read: %s: %.1f MB, %ld documents, %.1f MB of text\n",
           have ? path : "generated input", bytes / 1e6, docs, (double)text_bytes / 1e6);
    printf("bench_read: best of 5: %.3f s, %.0f MB/s, %.0f documents/s\n", best,
           bytes / 1e6 / best, (double)docs / best);
    free(gen);
    return 0;
}
