/*
** bench_text.c — how fast dyad_text_split tokenizes and splits news text:
** MB/s, sentences/s and tokens/s over the article texts of
** ../shared/corpus/news.jsonl ($DYAD_SHARED; DYAD_BENCH_DOCS limits the
** number of articles), read once into memory with dyad_reader (reading is
** timed apart), or over generated articles when the corpus is absent.
** Splitting is timed best of 5 rounds. Also the peak resident memory.
** Times are this thread's CPU seconds.
*/
#include "bench_common.h"

int main(void)
{
    bench_corpus c;
    if (bench_corpus_load(&c, "bench_text") != 0)
        return 1;
    double read_secs = c.read_cpu_s;
    dyad_text *dt = dyad_text_new();
    if (!dt) {
        fprintf(stderr, "bench_text: out of memory\n");
        bench_corpus_free(&c);
        return 1;
    }
    /* best of five rounds: the machine is shared */
    double best = 1e30;
    size_t toks = 0, sents = 0;
    for (int round = 0; round < 5; round++) {
        size_t nt = 0, ns = 0;
        double t0 = bench_cpu_s();
        for (size_t i = 0; i < c.n; i++) {
            if (dyad_text_split(dt, c.docs[i].text, c.docs[i].text_len) != DYAD_OK) {
                fprintf(stderr, "bench_text: split failed on %s\n", c.docs[i].id);
                dyad_text_free(dt);
                bench_corpus_free(&c);
                return 1;
            }
            nt += dyad_text_token_count(dt);
            ns += dyad_text_sentence_count(dt);
        }
        double el = bench_cpu_s() - t0;
        if (el < best)
            best = el;
        toks = nt;
        sents = ns;
    }
    double mb = (double)c.text_bytes / 1e6;
    printf("text: %s\n", c.what);
    printf("  %zu articles, %.1f MB, %zu sentences, %zu tokens\n", c.n, mb, sents, toks);
    if (read_secs > 0)
        printf("  reading (dyad_reader, JSONL):  %.1f MB/s of article text (%.3f s)\n",
               mb / read_secs, read_secs);
    printf("  split + tokenize:  %.1f MB/s, %.0f sentences/s, %.0f tokens/s (%.3f s)\n",
           mb / best, (double)sents / best, (double)toks / best, best);
    if (read_secs > 0)
        printf("  read + split:      %.1f MB/s\n", mb / (read_secs + best));
    printf("  peak memory: %.0f MB (texts held in memory included)\n", bench_peak_mb());
    dyad_text_free(dt);
    bench_corpus_free(&c);
    return 0;
}
