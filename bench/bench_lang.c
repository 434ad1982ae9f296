/*
** bench_lang.c — how fast the tagger and the lemmatizer run: tokens/s on
** ../shared/corpus/news.jsonl ($DYAD_SHARED; DYAD_BENCH_DOCS limits the
** number of articles), or on generated articles when the corpus is absent;
** the texts are read into memory first. Tokenizing (dyad_text_split) is
** done but not timed; tagging and lemmatizing are timed separately, in
** thread CPU time. Prints peak memory (max RSS).
*/
#include "bench_common.h"

#include "lang/lemma.h"
#include "lang/tagger.h"

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
    double t0 = bench_cpu_s();
    for (size_t i = 0; i < ns; i++) {
        size_t n = ss[i].tok_count < sizeof tags ? ss[i].tok_count : sizeof tags;
        tag_sentence(text, toks + ss[i].tok_first, n, tags);
        tt->check += tags[0];
        tt->tokens += (long)n;
    }
    double t1 = bench_cpu_s();
    /* Lemmas need each sentence's own tags: tag again, untimed. */
    for (size_t i = 0; i < ns; i++) {
        size_t n = ss[i].tok_count < sizeof tags ? ss[i].tok_count : sizeof tags;
        const dyad_token *tk = toks + ss[i].tok_first;
        tag_sentence(text, tk, n, tags);
        double a = bench_cpu_s();
        char buf[128];
        for (size_t k = 0; k < n; k++)
            tt->check += lemma_of(text + tk[k].start, tk[k].len, tags[k], buf, sizeof buf);
        tt->lem_s += bench_cpu_s() - a;
    }
    tt->tag_s += t1 - t0;
    tt->sentences += (long)ns;
    tt->docs++;
    return 0;
}

int main(void)
{
    bench_corpus c;
    if (bench_corpus_load(&c, "bench_lang") != 0)
        return 1;
    totals tt = {0};
    dyad_text *t = dyad_text_new();
    if (!t) {
        fprintf(stderr, "bench_lang: out of memory\n");
        bench_corpus_free(&c);
        return 1;
    }
    for (size_t i = 0; i < c.n; i++)
        if (run_text(t, c.docs[i].text, c.docs[i].text_len, &tt) != 0) {
            fprintf(stderr, "bench_lang: %s: cannot split\n", c.docs[i].id);
            dyad_text_free(t);
            bench_corpus_free(&c);
            return 1;
        }
    dyad_text_free(t);
    printf("bench_lang: %s\n", c.what);
    printf("  %ld documents, %ld sentences, %ld tokens\n", tt.docs, tt.sentences, tt.tokens);
    printf("  tagging:       %.2f M tokens/s (%.3f s)\n",
           tt.tag_s > 0 ? (double)tt.tokens / tt.tag_s / 1e6 : 0.0, tt.tag_s);
    printf("  lemmatizing:   %.2f M tokens/s (%.3f s)\n",
           tt.lem_s > 0 ? (double)tt.tokens / tt.lem_s / 1e6 : 0.0, tt.lem_s);
    printf("  peak memory:   %.0f MB (max RSS; texts held in memory included)\n",
           bench_peak_mb());
    printf("  (checksum %lu)\n", tt.check);
    bench_corpus_free(&c);
    return 0;
}
