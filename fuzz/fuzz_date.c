/*
** fuzz_date.c — libFuzzer harness for the date reader (src/article): the
** first two input bytes pick the article's date (0: none; else a day from
** 1900 on), the rest is text. Every clause of every sentence gets its
** event's date, as past and as future, with the promises of
** article_event_date asserted: a real day (or none) at a known precision,
** the expression's tokens inside the sentence, and a date string of the
** length its precision gives.
*/
#include "dyad.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article/date.h"
#include "lang/analyze.h"

#define REQUIRE(c) do { if (!(c)) abort(); } while (0)

static dyad_text *T;
static lang_analyzer *LA;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_when(const lang_sent *s, const article_when *w)
{
    REQUIRE(w->prec <= DATE_CENTURY);
    REQUIRE((w->date == 0) == (w->prec == DATE_NONE));
    if (w->date)
        REQUIRE(date_valid(w->date / 10000, w->date / 100 % 100, w->date % 100));
    REQUIRE(w->first <= w->end && w->end <= s->n);
    char buf[11];
    article_date_str(w, buf);
    size_t n = strlen(buf);
    REQUIRE(n == 0 || n == 4 || n == 7 || n == 10);
    REQUIRE((n == 0) == (w->prec == DATE_NONE));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!T) {   /* reused across inputs, as callers do */
        T = dyad_text_new();
        LA = lang_new();
    }
    REQUIRE(T && LA);
    if (size < 2)
        return 0;
    unsigned pick = (unsigned)data[0] << 8 | data[1];
    int32_t doc = pick ? date_ymd_of(date_days(1900, 1, 1) + (long)pick * 2) : 0;
    data += 2;
    size -= 2;
    /* an exact-size copy, so that ASan sees any read past the end */
    char *text = malloc(size ? size : 1);
    REQUIRE(text);
    if (size)
        memcpy(text, data, size);
    REQUIRE(dyad_text_split(T, text, size) == DYAD_OK);
    const dyad_token *tk = dyad_text_tokens(T);
    const dyad_sentence *ss = dyad_text_sentences(T);
    for (size_t i = 0; i < dyad_text_sentence_count(T); i++) {
        size_t n = ss[i].tok_count;
        dyad_token *toks = malloc(n ? n * sizeof *toks : 1);
        REQUIRE(toks);
        if (n)
            memcpy(toks, tk + ss[i].tok_first, n * sizeof *toks);
        lang_sent s;
        REQUIRE(lang_analyze(LA, text, toks, n, &s) == DYAD_OK);
        for (size_t c = 0; c < s.nclauses; c++)
            for (int future = 0; future < 2; future++) {
                article_when w;
                article_event_date(&s, c, future, doc, &w);
                check_when(&s, &w);
            }
        free(toks);
    }
    free(text);
    return 0;
}
