/*
** bench_code.c — how fast dyad codes events from raw text: sentences/s of
** dyad_coder_code (splitting, tagging, phrases, clauses, dictionary lookups
** and patterns) with (a) dyad's own data/dict and (b) PETRARCH2's full set
** ($DYAD_SHARED/petrarch2/dictionaries, default ../shared). Input is
** $DYAD_SHARED/corpus/news.jsonl (DYAD_BENCH_DOCS limits the number of
** articles), or generated sentences when the corpus is absent. The articles
** are read into memory first; only coding is timed, in thread CPU time (one
** core). Dictionary load time, events per sentence and peak memory (max
** RSS) are printed too. Figures, not a timed test: it never fails on speed.
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

/* CPU time of this thread: a per-core figure that holds up when the
** machine is busy with other work. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long maxrss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024;
}

/* The documents to code, copied out of the reader (the bench owns them). */
typedef struct corpus {
    dyad_doc *docs;
    size_t n, cap;
    size_t bytes;
} corpus;

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static int corpus_add(corpus *c, const char *id, const char *date, const char *text, size_t len)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1024;
        dyad_doc *d = realloc(c->docs, cap * sizeof *d);
        if (!d)
            return -1;
        c->docs = d;
        c->cap = cap;
    }
    char *t = malloc(len + 1);
    char *i = dup_str(id), *dt = dup_str(date);
    if (!t || !i || !dt) {
        free(t);
        free(i);
        free(dt);
        return -1;
    }
    memcpy(t, text, len);
    t[len] = '\0';
    c->docs[c->n++] = (dyad_doc){.id = i, .date = dt, .source = "", .url = "", .title = "",
                                 .text = t, .text_len = len, .file = "", .line = 0};
    c->bytes += len;
    return 0;
}

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free((char *)c->docs[i].id);
        free((char *)c->docs[i].date);
        free((char *)c->docs[i].text);
    }
    free(c->docs);
}

static int read_corpus(const char *path, long maxdocs, corpus *c)
{
    dyad_reader *r = dyad_reader_new(NULL);
    if (!r || dyad_reader_open(r, path) != DYAD_OK) {
        fprintf(stderr, "bench_code: %s: %s\n", path, r ? dyad_reader_errmsg(r) : "out of memory");
        dyad_reader_free(r);
        return -1;
    }
    const dyad_doc *d;
    while ((maxdocs <= 0 || (long)c->n < maxdocs) && dyad_reader_next(r, &d) == DYAD_OK)
        if (corpus_add(c, d->id, d->date, d->text, d->text_len) != 0) {
            dyad_reader_free(r);
            return -1;
        }
    dyad_reader_free(r);
    return 0;
}

/* Sentences built from a few actors, verbs and objects, for a machine
** without the corpus: one article of 20 sentences each. */
static int generate(corpus *c)
{
    static const char *const subj[] = {"Russia", "China", "The United States", "Iranian officials",
                                       "Israeli troops", "The European Union", "Turkey",
                                       "Indian Prime Minister Narendra Modi", "Rebels",
                                       "The Kenyan government"};
    static const char *const verb[] = {"condemned", "met with", "visited", "imposed sanctions on",
                                       "attacked", "signed an agreement with", "accused",
                                       "said it would help", "praised", "expelled diplomats from"};
    static const char *const obj[] = {"Ukraine", "Japan", "Syria", "the United Nations",
                                      "Egyptian police", "Germany", "North Korea",
                                      "Brazil's president", "Pakistan", "the rebels"};
    static const char *const tail[] = {" on Tuesday.", " in a statement.", ".",
                                       " after talks in Geneva.", " over the border dispute."};
    unsigned x = 2024;
    char buf[8192];
    for (int a = 0; a < 5000; a++) {
        size_t n = 0;
        for (int s = 0; s < 20; s++) {
            const char *w[4];
            x = x * 1103515245u + 12345u;
            w[0] = subj[(x >> 8) % 10];
            w[1] = verb[(x >> 12) % 10];
            w[2] = obj[(x >> 16) % 10];
            w[3] = tail[(x >> 20) % 5];
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s %s %s%s ", w[0], w[1], w[2], w[3]);
        }
        char id[32];
        snprintf(id, sizeof id, "gen-%d", a);
        if (corpus_add(c, id, "2024-03-21", buf, n) != 0)
            return -1;
    }
    return 0;
}

static void count_diag(void *ctx, const dyad_diag *d)
{
    (void)d;
    ++*(long *)ctx;
}

/* Loads one dictionary, codes the whole corpus with it, prints the figures. */
static void run(const char *what, const char *dir, int petr, const corpus *c)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        printf("%s: skipped, %s absent\n", what, dir);
        return;
    }
    long msgs = 0;
    dyad_dict *d = NULL;
    double w0 = wall_now();
    int rc = petr ? dyad_dict_load_petrarch(dir, count_diag, &msgs, &d)
                  : dyad_dict_load_dir(dir, count_diag, &msgs, &d);
    double load_s = wall_now() - w0;
    if (!d) {
        printf("%s: cannot load %s: %s\n", what, dir, dyad_errstr(rc));
        return;
    }
    dyad_dict_stats ds;
    dyad_dict_get_stats(d, &ds);
    dyad_coder *cd = NULL;
    rc = dyad_coder_new(d, NULL, count_diag, &msgs, &cd);
    if (rc != DYAD_OK) {
        printf("%s: cannot create the coder: %s\n", what, dyad_errstr(rc));
        dyad_dict_free(d);
        return;
    }
    long events = 0;
    double t0 = cpu_now(), wt0 = wall_now();
    for (size_t i = 0; i < c->n; i++) {
        if (dyad_coder_code(cd, &c->docs[i]) != DYAD_OK) {
            printf("%s: out of memory coding %s\n", what, c->docs[i].id);
            break;
        }
        events += (long)dyad_coder_event_count(cd);
    }
    double cpu = cpu_now() - t0, wall = wall_now() - wt0;
    dyad_coder_stats cs;
    dyad_coder_get_stats(cd, &cs);
    printf("%s (%s)\n", what, dir);
    printf("  dictionary:  loaded in %.0f ms, %.1f MB, %ld names, %ld verb patterns, "
           "%ld messages%s\n",
           load_s * 1e3, (double)ds.bytes / 1048576.0, ds.names, ds.patterns, msgs,
           rc == DYAD_EDICT ? " (errors)" : "");
    printf("  coded:       %ld documents, %ld sentences, %ld tokens, %ld events "
           "(%.3f events/sentence), %ld sentences discarded\n",
           cs.docs, cs.sentences, cs.tokens, events,
           cs.sentences ? (double)events / (double)cs.sentences : 0.0, cs.discarded);
    printf("  speed:       %.0f sentences/s, %.2f M tokens/s (%.2f s CPU, %.2f s wall)\n",
           cpu > 0 ? (double)cs.sentences / cpu : 0.0,
           cpu > 0 ? (double)cs.tokens / cpu / 1e6 : 0.0, cpu, wall);
    printf("  peak memory: %ld MB (max RSS of the process so far)\n", maxrss_mb());
    dyad_coder_free(cd);
    dyad_dict_free(d);
}

int main(void)
{
    const char *shared = getenv("DYAD_SHARED");
    if (!shared || !*shared)
        shared = "../shared";
    const char *lim = getenv("DYAD_BENCH_DOCS");
    long maxdocs = lim ? atol(lim) : 0;
    char path[4096], petr[4096], ours[4096];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl", shared);
    snprintf(petr, sizeof petr, "%s/petrarch2/dictionaries", shared);
    if (dyad_data_path(ours, sizeof ours, "dict") < 0) {
        fprintf(stderr, "bench_code: the data folder's path is too long; set DYAD_DATA\n");
        return 1;
    }

    corpus c = {0};
    struct stat st;
    const char *what = path;
    if (stat(path, &st) == 0) {
        if (read_corpus(path, maxdocs, &c) != 0)
            return 1;
    } else {
        what = "generated sentences (corpus absent)";
        if (generate(&c) != 0) {
            fprintf(stderr, "bench_code: out of memory\n");
            return 1;
        }
    }
    printf("bench_code: %s: %zu documents, %.1f MB of text; memory before coding %ld MB\n",
           what, c.n, (double)c.bytes / 1048576.0, maxrss_mb());
    run("(a) data/dict", ours, 0, &c);
    run("(b) PETRARCH2", petr, 1, &c);
    corpus_free(&c);
    return 0;
}
