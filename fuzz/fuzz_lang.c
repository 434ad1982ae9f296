/*
** fuzz_lang.c — libFuzzer harness for the language layer: dyad_text_split
** on arbitrary bytes, then lang_analyze on every sentence, with the
** structural promises of lang_sent_check asserted (spans inside the
** sentence, valid indices, no cycles through up or parent). The first
** input byte, when odd, also runs lang_analyze_tags with tags taken from
** the input, so that the phrase and clause rules see tag sequences the
** tagger would never produce.
*/
#include "dyad.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lang/analyze.h"
#include "lang/tags.h"

#define REQUIRE(c) do { if (!(c)) abort(); } while (0)

static dyad_text *T;
static lang_analyzer *LA;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!T) {   /* reused across inputs, as callers do */
        T = dyad_text_new();
        LA = lang_new();
    }
    REQUIRE(T && LA);
    /* an exact-size copy, so that ASan sees any read past the end */
    char *text = malloc(size ? size : 1);
    REQUIRE(text);
    if (size)
        memcpy(text, data, size);
    int rc = dyad_text_split(T, text, size);
    REQUIRE(rc == DYAD_OK);
    const dyad_token *tk = dyad_text_tokens(T);
    const dyad_sentence *ss = dyad_text_sentences(T);
    size_t ns = dyad_text_sentence_count(T);
    for (size_t i = 0; i < ns; i++) {
        /* an exact-size copy of the sentence's tokens too */
        size_t n = ss[i].tok_count;
        dyad_token *toks = malloc(n * sizeof *toks);
        REQUIRE(toks);
        memcpy(toks, tk + ss[i].tok_first, n * sizeof *toks);
        lang_sent s;
        REQUIRE(lang_analyze(LA, text, toks, n, &s) == DYAD_OK);
        REQUIRE(s.n == n && lang_sent_check(&s) == NULL);
        if (size && (data[0] & 1)) {
            uint8_t *tags = malloc(n);
            REQUIRE(tags);
            for (size_t k = 0; k < n; k++)
                tags[k] = (uint8_t)(1 + text[toks[k].start] % (TAG_COUNT - 1));
            REQUIRE(lang_analyze_tags(LA, text, toks, n, tags, &s) == DYAD_OK);
            REQUIRE(lang_sent_check(&s) == NULL);
            free(tags);
        }
        free(toks);
    }
    free(text);
    return 0;
}
