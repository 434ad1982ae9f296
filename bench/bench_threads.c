/*
** bench_threads.c — how coding scales with threads: the corpus coded by 1,
** 2, ... N threads (N: the processors online, or $DYAD_BENCH_THREADS),
** each with a coder of its own over one dictionary loaded once, as `dyad
** code -j N` does; articles are taken in turn from a shared counter.
** Prints sentences/s by the wall clock, and the efficiency: the rate over
** N times the rate of one thread (1.00: perfect scaling). Figures on a
** machine other jobs share are lower, and vary: run it twice. Sentences
** per CPU second (all threads' CPU time) hold up on a busy machine: when
** they stay level as threads are added, the threads do not slow each other
** (no lock, no shared line written), and wall-clock scaling is then a
** matter of free cores.
*/
#include "bench_common.h"

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

typedef struct shared {
    const dyad_dict *dict;
    const bench_corpus *corpus;
    atomic_size_t next;       /* the next article to code */
} shared;

typedef struct worker {
    pthread_t t;
    shared *sh;
    long sentences, events;
    double cpu;               /* the thread's CPU seconds */
    int failed;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    dyad_coder *cd = NULL;
    if (dyad_coder_new(w->sh->dict, NULL, NULL, NULL, &cd) != DYAD_OK) {
        w->failed = 1;
        dyad_coder_free(cd);
        return NULL;
    }
    const bench_corpus *c = w->sh->corpus;
    for (size_t i; (i = atomic_fetch_add(&w->sh->next, 1)) < c->n;) {
        if (dyad_coder_code(cd, &c->docs[i]) != DYAD_OK) {
            w->failed = 1;
            break;
        }
        w->events += (long)dyad_coder_event_count(cd);
    }
    dyad_coder_stats cs;
    dyad_coder_get_stats(cd, &cs);
    w->sentences = cs.sentences;
    w->cpu = bench_cpu_s();
    dyad_coder_free(cd);
    return NULL;
}

/* Codes c on n threads; returns sentences/s by the wall clock, or -1;
** *per_cpu gets sentences per CPU second of all threads. */
static double run(const dyad_dict *d, const bench_corpus *c, int n, long *events,
                  double *per_cpu)
{
    shared sh = {d, c, 0};
    worker w[256] = {{0}};
    double t0 = bench_wall_s();
    int started = 0;
    for (; started < n; started++) {
        w[started].sh = &sh;
        if (pthread_create(&w[started].t, NULL, work, &w[started]) != 0)
            break;
    }
    long sentences = 0;
    double cpu = 0;
    int failed = started < n;
    *events = 0;
    for (int i = 0; i < started; i++) {
        pthread_join(w[i].t, NULL);
        sentences += w[i].sentences;
        *events += w[i].events;
        cpu += w[i].cpu;
        failed |= w[i].failed;
    }
    double wall = bench_wall_s() - t0;
    *per_cpu = cpu > 0 ? (double)sentences / cpu : 0;
    return failed || wall <= 0 ? -1 : (double)sentences / wall;
}

int main(void)
{
    char ours[4096], petr[4096];
    if (bench_dict_dirs(ours, petr, sizeof ours, "bench_threads") != 0)
        return 1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    const char *env = getenv("DYAD_BENCH_THREADS");
    int most = env && atoi(env) > 0 ? atoi(env) : cores > 0 ? (int)cores : 1;
    if (most > 256)
        most = 256;
    bench_corpus c;
    if (bench_corpus_load(&c, "bench_threads") != 0)
        return 1;
    long msgs = 0;
    dyad_dict *d = NULL;
    if (bench_dict_load(ours, 0, &msgs, &d) != DYAD_OK) {
        printf("bench_threads: %s\n", dyad_dict_errmsg(d));
        dyad_dict_free(d);
        bench_corpus_free(&c);
        return 1;
    }
    printf("bench_threads: %s: %zu documents, %.1f MB of text; dyad's dictionaries; "
           "%ld processors online\n", c.what, c.n, (double)c.text_bytes / 1e6, cores);
    printf("  threads  sentences/s  efficiency  sentences/CPU-s  events\n");
    double one = 0;
    for (int n = 1; n <= most; n++) {
        long events;
        double per_cpu;
        double rate = run(d, &c, n, &events, &per_cpu);
        if (rate < 0) {
            printf("  %7d  failed\n", n);
            break;
        }
        if (n == 1)
            one = rate;
        printf("  %7d  %11.0f  %10.2f  %15.0f  %6ld\n", n, rate,
               one > 0 ? rate / (n * one) : 0.0, per_cpu, events);
    }
    printf("  peak memory: %.0f MB (max RSS of the process)\n", bench_peak_mb());
    dyad_dict_free(d);
    bench_corpus_free(&c);
    return 0;
}
