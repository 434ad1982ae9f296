/*
** bench_store.c — how fast dyad ingests: articles/s of coding alone, then
** of coding and storing (dyad_coder_code + dyad_store_put, batches of
** 1,000 articles, in a new database in a temporary folder), then of
** storing the same articles again (every one replaced); the database's
** size per 1,000 articles; and the time of two queries over it. Input is
** $DYAD_SHARED/corpus/news.jsonl (DYAD_BENCH_DOCS limits it), or generated
** articles when it is absent, read into memory first. The bench's copy of
** an article keeps its id, date and text only, so the database is a little
** smaller than one 'dyad ingest' makes of the same file (README has both).
** Figures, not a timed test: it never fails on speed.
*/
#include "bench_common.h"

#include <unistd.h>

/* Codes every article, storing each when s is not NULL. Returns the CPU
** and wall seconds through cpu and wall; -1 on failure (printed). */
static int pass(dyad_coder *cd, dyad_store *s, const bench_corpus *c, double *cpu,
                double *wall)
{
    double t0 = bench_cpu_s(), w0 = bench_wall_s();
    for (size_t i = 0; i < c->n; i++) {
        if (dyad_coder_code(cd, &c->docs[i]) != DYAD_OK) {
            printf("bench_store: %s\n", dyad_coder_errmsg(cd));
            return -1;
        }
        if (s && dyad_store_put(s, &c->docs[i], cd) != DYAD_OK) {
            printf("bench_store: %s\n", dyad_store_errmsg(s));
            return -1;
        }
    }
    if (s && dyad_store_commit(s) != DYAD_OK) {
        printf("bench_store: %s\n", dyad_store_errmsg(s));
        return -1;
    }
    *cpu = bench_cpu_s() - t0;
    *wall = bench_wall_s() - w0;
    return 0;
}

static int discard(void *ctx, const char *s, size_t n)
{
    (void)s;
    *(size_t *)ctx += n;
    return 0;
}

/* Times one query over the whole store, in milliseconds of wall time. */
static void time_query(dyad_store *s, const char *what, dyad_query_kind kind)
{
    dyad_query q = {.kind = kind};
    size_t bytes = 0;
    long rows = 0;
    double w0 = bench_wall_s();
    int rc = dyad_store_query(s, &q, DYAD_TABLE_CSV, discard, &bytes, &rows);
    double ms = (bench_wall_s() - w0) * 1e3;
    if (rc != DYAD_OK)
        printf("  %-22s %s\n", what, dyad_store_errmsg(s));
    else
        printf("  %-22s %.1f ms wall, %ld rows\n", what, ms, rows);
}

static long long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long long)st.st_size : 0;
}

int main(void)
{
    char ours[4096], petr[4096], dir[] = "/tmp/dyad-bench-XXXXXX", db[64], wal[80], shm[80];
    if (bench_dict_dirs(ours, petr, sizeof ours, "bench_store") != 0)
        return 1;
    bench_corpus c;
    if (bench_corpus_load(&c, "bench_store") != 0)
        return 1;
    printf("bench_store: %s: %zu documents, %.1f MB of text\n", c.what, c.n,
           (double)c.text_bytes / 1e6);
    long msgs = 0;
    dyad_dict *d = NULL;
    dyad_coder *cd = NULL;
    dyad_store *s = NULL;
    int status = 1;
    if (bench_dict_load(ours, 0, &msgs, &d) != DYAD_OK ||
        dyad_coder_new(d, NULL, bench_count_diag, &msgs, &cd) != DYAD_OK) {
        printf("bench_store: cannot load %s and start the coder\n", ours);
        goto done;
    }
    if (!mkdtemp(dir)) {
        printf("bench_store: cannot make a temporary folder: %s\n", strerror(errno));
        goto done;
    }
    snprintf(db, sizeof db, "%s/bench.db", dir);
    snprintf(wal, sizeof wal, "%s-wal", db);
    snprintf(shm, sizeof shm, "%s-shm", db);
    double cpu0, wall0, cpu1, wall1, cpu2, wall2;
    if (pass(cd, NULL, &c, &cpu0, &wall0) != 0)
        goto done;
    if (dyad_store_open(db, DYAD_STORE_WRITE, &s) != DYAD_OK) {
        printf("bench_store: %s\n", dyad_store_errmsg(s));
        goto done;
    }
    dyad_store_stats st, st2;
    if (pass(cd, s, &c, &cpu1, &wall1) != 0)
        goto done;
    dyad_store_get_stats(s, &st);
    if (pass(cd, s, &c, &cpu2, &wall2) != 0)
        goto done;
    dyad_store_get_stats(s, &st2);
    double n = (double)c.n;
    printf("  code only:             %.0f articles/s (%.2f s CPU, %.2f s wall)\n", n / cpu0, cpu0,
           wall0);
    printf("  code + store:          %.0f articles/s CPU, %.0f wall (%.2f s CPU, %.2f s wall); "
           "storing adds %.1f us an article\n", n / cpu1, n / wall1, cpu1, wall1,
           (cpu1 - cpu0) / n * 1e6);
    printf("  again, all replaced:   %.0f articles/s CPU, %.0f wall (%ld replaced)\n",
           n / cpu2, n / wall2, st2.replaced);
    time_query(s, "query dyads:", DYAD_QUERY_DYADS);
    time_query(s, "query series (days):", DYAD_QUERY_SERIES);
    time_query(s, "query actors:", DYAD_QUERY_ACTORS);
    dyad_store_free(s);   /* the last connection checkpoints the WAL into the file */
    s = NULL;
    long long size = file_size(db) + file_size(wal);
    printf("  database:              %.2f MB, %.3f MB per 1,000 articles (%ld sentences, %ld "
           "events stored)\n", (double)size / 1e6, (double)size / 1e6 / n * 1000.0,
           st.sentences, st.events);
    printf("  peak memory:           %.0f MB (max RSS)\n", bench_peak_mb());
    status = 0;
done:
    dyad_store_free(s);
    unlink(wal);
    unlink(shm);
    unlink(db);
    rmdir(dir);
    dyad_coder_free(cd);
    dyad_dict_free(d);
    bench_corpus_free(&c);
    return status;
}
