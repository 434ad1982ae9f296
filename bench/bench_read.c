/*
** bench_read.c — how fast dyad_reader reads JSON lines: MB/s and
** documents/s over ../shared/corpus/news.jsonl ($DYAD_SHARED), or over
** generated articles (bench_generate_jsonl) when the corpus is absent.
** Reading only: no tokenizing or coding, and the whole file whatever
** DYAD_BENCH_DOCS says. Wall clock, best of 5 rounds, opening included.
*/
#include "bench_common.h"

int main(void)
{
    char path[4096];
    int have = bench_shared_path(path, sizeof path, "corpus/news.jsonl");
    struct stat st = {0};
    if (have)
        stat(path, &st);
    size_t genlen = 0;
    char *gen = have ? NULL : bench_generate_jsonl(&genlen);
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
        if (!r) {
            fprintf(stderr, "bench_read: out of memory\n");
            dy_free(gen);
            return 1;
        }
        double t0 = bench_wall_s();
        int rc = have ? dyad_reader_open(r, path) : dyad_reader_open_mem(r, "gen.jsonl", gen, genlen);
        if (rc != DYAD_OK) {
            fprintf(stderr, "bench_read: %s\n", dyad_reader_errmsg(r));
            dyad_reader_free(r);
            dy_free(gen);
            return 1;
        }
        const dyad_doc *d;
        docs = 0;
        text_bytes = 0;
        while ((rc = dyad_reader_next(r, &d)) == DYAD_OK) {
            docs++;
            text_bytes += d->text_len;
        }
        double t = bench_wall_s() - t0;
        if (rc != DYAD_DONE) {
            fprintf(stderr, "bench_read: %s\n", dyad_reader_errmsg(r));
            dyad_reader_free(r);
            dy_free(gen);
            return 1;
        }
        if (t < best)
            best = t;
        dyad_reader_free(r);
    }
    printf("bench_read: %s: %.1f MB, %ld documents, %.1f MB of text\n",
           have ? path : "generated articles (corpus absent)", bytes / 1e6, docs, (double)text_bytes / 1e6);
    printf("bench_read: best of 5: %.3f s, %.0f MB/s, %.0f documents/s\n", best,
           bytes / 1e6 / best, (double)docs / best);
    dy_free(gen);
    return 0;
}
