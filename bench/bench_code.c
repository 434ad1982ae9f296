/*
** bench_code.c — how fast dyad codes events from raw text: sentences/s of
** dyad_coder_code (splitting, tagging, phrases, clauses, dictionary lookups
** and patterns) with (a) dyad's own data/dict and (b) PETRARCH2's full set
** ($DYAD_SHARED/petrarch2/dictionaries, default ../shared). Input is
** $DYAD_SHARED/corpus/news.jsonl (DYAD_BENCH_DOCS limits the number of
** articles), or generated articles when the corpus is absent. The articles
** are read into memory first; only coding is timed, in thread CPU time (one
** core). Dictionary load time, events per sentence and peak memory (max
** RSS) are printed too. Figures, not a timed test: it never fails on speed.
*/
#include "bench_common.h"

/* Loads one dictionary, codes the whole corpus with it, prints the figures. */
static void run(const char *what, const char *dir, int petr, const bench_corpus *c)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        printf("%s: skipped, %s absent\n", what, dir);
        return;
    }
    long msgs = 0;
    dyad_dict *d = NULL;
    double w0 = bench_wall_s();
    int rc = bench_dict_load(dir, petr, &msgs, &d);
    double load_s = bench_wall_s() - w0;
    if (rc != DYAD_OK && rc != DYAD_EDICT) {
        printf("%s: %s\n", what, dyad_dict_errmsg(d));
        dyad_dict_free(d);
        return;
    }
    dyad_dict_stats ds;
    dyad_dict_get_stats(d, &ds);
    dyad_coder *cd = NULL;
    rc = dyad_coder_new(d, NULL, bench_count_diag, &msgs, &cd);
    if (rc != DYAD_OK) {
        printf("%s: cannot create the coder: %s\n", what, dyad_coder_errmsg(cd));
        dyad_coder_free(cd);
        dyad_dict_free(d);
        return;
    }
    long events = 0;
    double t0 = bench_cpu_s(), wt0 = bench_wall_s();
    for (size_t i = 0; i < c->n; i++) {
        if (dyad_coder_code(cd, &c->docs[i]) != DYAD_OK) {
            printf("%s: %s\n", what, dyad_coder_errmsg(cd));
            break;
        }
        events += (long)dyad_coder_event_count(cd);
    }
    double cpu = bench_cpu_s() - t0, wall = bench_wall_s() - wt0;
    dyad_coder_stats cs;
    dyad_coder_get_stats(cd, &cs);
    printf("%s (%s)\n", what, dir);
    printf("  dictionary:  loaded in %.0f ms, %.1f MB, %ld names, %ld verb patterns, "
           "%ld messages%s\n",
           load_s * 1e3, (double)ds.bytes / 1e6, ds.names, ds.patterns, msgs,
           rc == DYAD_EDICT ? " (errors)" : "");
    printf("  coded:       %ld documents, %ld sentences, %ld tokens, %ld events "
           "(%.3f events/sentence), %ld sentences discarded\n",
           cs.docs, cs.sentences, cs.tokens, events,
           cs.sentences ? (double)events / (double)cs.sentences : 0.0, cs.discarded);
    printf("  speed:       %.0f sentences/s, %.2f M tokens/s (%.2f s CPU, %.2f s wall)\n",
           cpu > 0 ? (double)cs.sentences / cpu : 0.0,
           cpu > 0 ? (double)cs.tokens / cpu / 1e6 : 0.0, cpu, wall);
    printf("  peak memory: %.0f MB (max RSS of the process so far)\n", bench_peak_mb());
    dyad_coder_free(cd);
    dyad_dict_free(d);
}

int main(void)
{
    char petr[4096], ours[4096];
    if (bench_dict_dirs(ours, petr, sizeof ours, "bench_code") != 0)
        return 1;
    bench_corpus c;
    if (bench_corpus_load(&c, "bench_code") != 0)
        return 1;
    printf("bench_code: %s: %zu documents, %.1f MB of text; memory before coding %.0f MB\n",
           c.what, c.n, (double)c.text_bytes / 1e6, bench_peak_mb());
    run("(a) data/dict", ours, 0, &c);
    run("(b) PETRARCH2", petr, 1, &c);
    bench_corpus_free(&c);
    return 0;
}
