/*
** bench_lang_layer.c — the whole language layer as the coder runs it:
** dyad_text_split, then lang_analyze (tags, lemmas, phrases, clauses) on
** every sentence. Tokens/s and sentences/s in thread CPU time on one core,
** on ../shared/corpus/news.jsonl ($DYAD_SHARED; DYAD_BENCH_DOCS limits the
** number of articles), or on generated articles when the corpus is absent.
** The texts are read into memory first, untimed. Also times the phrase and
** clause stages alone (lang_analyze_tags with the tags already known) and
** prints peak memory (max RSS).
*/
#include "bench_common.h"

#include "lang/analyze.h"

typedef struct totals {
    double all_s, struct_s;
    long tokens, sentences, docs, phrases, clauses;
    size_t longest;
} totals;

static uint8_t *tagbuf;
static size_t tagcap;

/* Splits and analyzes text; the caller owns text, t and la. */
static int run_text(dyad_text *t, lang_analyzer *la, const char *text, size_t len, totals *tt)
{
    double t0 = bench_cpu_s();
    if (dyad_text_split(t, text, len) != DYAD_OK)
        return -1;
    const dyad_token *toks = dyad_text_tokens(t);
    const dyad_sentence *ss = dyad_text_sentences(t);
    size_t ns = dyad_text_sentence_count(t);
    lang_sent s;
    for (size_t i = 0; i < ns; i++) {
        if (lang_analyze(la, text, toks + ss[i].tok_first, ss[i].tok_count, &s) != DYAD_OK)
            return -1;
        tt->phrases += (long)s.nphrases;
        tt->clauses += (long)s.nclauses;
        tt->tokens += (long)ss[i].tok_count;
        if (ss[i].tok_count > tt->longest)
            tt->longest = ss[i].tok_count;
    }
    double t1 = bench_cpu_s();
    tt->all_s += t1 - t0;
    /* phrases and clauses alone: the same sentences with their tags given */
    for (size_t i = 0; i < ns; i++) {
        size_t n = ss[i].tok_count;
        if (lang_analyze(la, text, toks + ss[i].tok_first, n, &s) != DYAD_OK)
            return -1;
        if (n > tagcap) {
            uint8_t *p = dy_realloc(tagbuf, n);
            if (!p)
                return -1;
            tagbuf = p;
            tagcap = n;
        }
        memcpy(tagbuf, s.tags, n);
        double a = bench_cpu_s();
        if (lang_analyze_tags(la, text, toks + ss[i].tok_first, n, tagbuf, &s) != DYAD_OK)
            return -1;
        tt->struct_s += bench_cpu_s() - a;
    }
    tt->sentences += (long)ns;
    tt->docs++;
    return 0;
}

int main(void)
{
    bench_corpus c;
    if (bench_corpus_load(&c, "bench_lang_layer") != 0)
        return 1;
    totals tt = {0};
    dyad_text *t = dyad_text_new();
    lang_analyzer *la = lang_new();
    int rc = t && la ? 0 : -1;
    if (rc != 0)
        fprintf(stderr, "bench_lang_layer: out of memory\n");
    for (size_t i = 0; rc == 0 && i < c.n; i++)
        if ((rc = run_text(t, la, c.docs[i].text, c.docs[i].text_len, &tt)) != 0)
            fprintf(stderr, "bench_lang_layer: %s: analysis failed\n", c.docs[i].id);
    lang_free(la);
    dyad_text_free(t);
    dy_free(tagbuf);
    if (rc != 0) {
        bench_corpus_free(&c);
        return 1;
    }
    printf("bench_lang_layer: %s\n", c.what);
    printf("  %ld documents, %ld sentences, %ld tokens (longest sentence %zu tokens)\n", tt.docs,
           tt.sentences, tt.tokens, tt.longest);
    printf("  %ld phrases, %ld clauses\n", tt.phrases, tt.clauses);
    printf("  whole layer (split+tag+lemma+phrases+clauses): %.2f M tokens/s, %.0f sentences/s "
           "(%.3f s)\n",
           tt.all_s > 0 ? (double)tt.tokens / tt.all_s / 1e6 : 0.0,
           tt.all_s > 0 ? (double)tt.sentences / tt.all_s : 0.0, tt.all_s);
    printf("  phrases+clauses alone: %.2f M tokens/s (%.3f s)\n",
           tt.struct_s > 0 ? (double)tt.tokens / tt.struct_s / 1e6 : 0.0, tt.struct_s);
    printf("  peak memory: %.0f MB (max RSS; texts held in memory included)\n", bench_peak_mb());
    bench_corpus_free(&c);
    return 0;
}
