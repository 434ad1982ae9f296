/*
** fuzz_dict_common.h — what the dictionary fuzzers share: a diag callback
** that checks every message (file, line, text that is valid UTF-8), and
** lookups on a finished dict driven by the input's own words, checking that
** every string the dict hands out is valid UTF-8.
*/
#ifndef DYAD_FUZZ_DICT_COMMON_H
#define DYAD_FUZZ_DICT_COMMON_H

#include "dict/dict.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

static long fuzz_ndiag, fuzz_nerror;

static int fuzz_utf8(const char *s)
{
    size_t n = strlen(s);
    return utf8_valid_prefix(s, n) == n;
}

static void fuzz_diag(void *ctx, const dyad_diag *g)
{
    (void)ctx;
    if (!g->file || !*g->file || !g->message || !*g->message || g->line < 0 ||
        g->column < 0 || !fuzz_utf8(g->message))
        abort();
    fuzz_ndiag++;
    fuzz_nerror += g->severity == DYAD_ERROR;
}

/* Verb codes starting with 9 are "not in the table" half of the time. */
static int fuzz_code_ok(void *ctx, const char *code)
{
    (void)ctx;
    return code[0] != '9';
}

static void fuzz_check_pattern(const dict *d, const dict_pattern *p)
{
    if (!p || (p->code && !fuzz_utf8(p->code)) || (p->code2 && !fuzz_utf8(p->code2)) ||
        !p->file || (p->npre && !p->pre) || (p->npost && !p->post))
        abort();
    for (uint32_t i = 0; i < p->npre + p->npost; i++) {
        const dict_elem *e = i < p->npre ? &p->pre[i] : &p->post[i - p->npre];
        if (e->kind < DICT_EL_WORD || e->kind > DICT_EL_PP_CLOSE)
            abort();
        if (e->kind == DICT_EL_WORD && !fuzz_utf8(dict_word_str(d, e->id)))
            abort();
        if (e->kind == DICT_EL_SYNSET && !dict_synset_at(d, e->id))
            abort();
    }
}

static int fuzz_sep(char c)
{
    return c == 0 || strchr(" \t\r\n;:_", c) != NULL;
}

/* Splits data into at most 64 words at blanks, ';', ':' and newlines, and
** runs every lookup at every start. */
static void fuzz_lookups(const dict *d, const uint8_t *data, size_t size)
{
    dict_stats st;
    dict_get_stats(d, &st);
    for (long id = 1; id <= st.words; id++)
        if (!fuzz_utf8(dict_word_str(d, (uint32_t)id)))
            abort();
    dict_word w[64];
    size_t n = 0;
    const char *s = (const char *)data, *end = s + (size < 4096 ? size : 4096);
    while (s < end && n < 64) {
        while (s < end && fuzz_sep(*s))
            s++;
        const char *e = s;
        while (e < end && !fuzz_sep(*e))
            e++;
        if (e > s) {
            w[n].s = s;
            w[n++].len = (size_t)(e - s);
        }
        s = e;
    }
    dict_wid ids[64];
    dict_word_ids(d, w, n, ids);
    for (size_t i = 0; i < n; i++) {
        dict_match m;
        for (int k = 0; k < 2; k++) {
            size_t len = dict_match_actor(d, ids, n, i, k ? 20100101 : 0, &m);
            if (len != m.len || len > n - i || (len && !m.actor))
                abort();
            if (len && (!fuzz_utf8(m.actor->name) || (m.code && !fuzz_utf8(m.code))))
                abort();
        }
        const dict_agent *ag;
        size_t len = dict_match_agent(d, ids, n, i, &ag);
        if (len > n - i || (len != 0) != (ag != NULL))
            abort();
        if (ag) {
            char buf[128];
            dict_agent_join(ag, "USA", buf, sizeof buf);
            if (!fuzz_utf8(ag->name) || !fuzz_utf8(buf))
                abort();
        }
        const dict_discard *dc;
        len = dict_match_discard(d, ids, n, i, &dc);
        if (len > n - i || (len != 0) != (dc != NULL) || (dc && !fuzz_utf8(dc->name)))
            abort();
        for (uint32_t sy = 0; sy < (uint32_t)st.entries[DICT_SYNSET] && sy < 16; sy++)
            if (dict_match_synset(d, sy, ids, n, i) > n - i)
                abort();
        const dict_verb *v = dict_find_verb(d, w[i].s, w[i].len);
        if (v != dict_find_verb_id(d, ids[i].fold))
            abort();
        for (int k = 0; v && k < 64; v = v->next, k++) {
            if (!fuzz_utf8(v->lemma) || (v->code && !fuzz_utf8(v->code)))
                abort();
            for (uint32_t p = 0; p < v->npatterns; p++)
                fuzz_check_pattern(d, v->patterns[p]);
        }
    }
}

#endif
