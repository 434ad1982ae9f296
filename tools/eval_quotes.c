/*
** eval_quotes.c — dyad-eval --quotes: dyad's quotes and speakers against the
** hand annotation in tests/data/article/quotes.tsv (docs/annotation.md,
** "Quotes and their speakers"). A gold quote is found when a direct quote of
** dyad's overlaps its byte span; its speaker is right when the names agree
** (one name's last word is a word of the other: "Glaser" and "Bonnie
** Glaser").
*/
#include "dyad.h"
#include "eval.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct gold_quote {
    char doc[512];
    unsigned start, end;
    char speaker[160];
    int found, speaker_ok;
} gold_quote;

/* The last word of a name, lower-cased, into out (cap bytes). */
static void last_word(const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    while (n && !isalnum((unsigned char)name[n - 1]))
        n--;
    size_t b = n;
    while (b && name[b - 1] != ' ')
        b--;
    size_t k = 0;
    for (size_t i = b; i < n && k + 1 < cap; i++)
        out[k++] = (char)tolower((unsigned char)name[i]);
    out[k] = '\0';
}

/* True when word w (lower case) is a whole word of name, case aside. */
static int has_word(const char *name, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = name; n && *p; p++)
        if ((p == name || !isalnum((unsigned char)p[-1])) && strncasecmp(p, w, n) == 0 &&
            !isalnum((unsigned char)p[n]))
            return 1;
    return 0;
}

/* The same speaker: one name's last word is a word of the other ("Kama
** Melly" and "Prosecutor Kama Melly QC", "Ford Motor Company" and "Ford"). */
static int same_speaker(const char *gold, const char *sys)
{
    char a[64], b[64];
    last_word(gold, a, sizeof a);
    last_word(sys, b, sizeof b);
    return (a[0] && has_word(sys, a)) || (b[0] && has_word(gold, b));
}

static gold_quote *read_gold(const char *path, size_t *n)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dyad-eval: cannot open %s\n", path);
        return NULL;
    }
    gold_quote *g = NULL;
    size_t cap = 0;
    *n = 0;
    char buf[2048];
    long ln = 0;
    while (fgets(buf, sizeof buf, f)) {
        ln++;
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        buf[strcspn(buf, "\r\n")] = '\0';
        char *fld[5], *p = buf;
        int k = 0;
        for (; k < 5 && p; k++) {
            fld[k] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = '\0';
        }
        if (k != 5) {
            fprintf(stderr, "dyad-eval: %s:%ld: expected DOC START END KIND SPEAKER\n", path, ln);
            continue;
        }
        if (*n == cap) {
            cap = cap ? 2 * cap : 256;
            g = eval_realloc(g, cap * sizeof *g);
        }
        gold_quote *q = &g[(*n)++];
        memset(q, 0, sizeof *q);
        snprintf(q->doc, sizeof q->doc, "%s", fld[0]);
        q->start = (unsigned)strtoul(fld[1], NULL, 10);
        q->end = (unsigned)strtoul(fld[2], NULL, 10);
        snprintf(q->speaker, sizeof q->speaker, "%s", fld[4]);
    }
    fclose(f);
    return g;
}

int eval_quotes(const char *gold_path, const char *corpus, const char *dict_dir, int show)
{
    size_t ng;
    gold_quote *g = read_gold(gold_path, &ng);
    if (!g)
        return 2;
    dyad_dict *d = NULL;
    dyad_coder *c = NULL;
    dyad_reader *r = dyad_reader_new(&(dyad_read_opts){.format = DYAD_INPUT_JSONL});
    int rc = 2;
    if (dyad_dict_load_dir(dict_dir, NULL, NULL, &d) != DYAD_OK ||
        dyad_coder_new(d, NULL, NULL, NULL, &c) != DYAD_OK || !r ||
        dyad_reader_open(r, corpus) != DYAD_OK) {
        fprintf(stderr, "dyad-eval: cannot load the dictionaries or read %s\n", corpus);
        goto out;
    }
    long sys = 0, sys_hit = 0;
    const dyad_doc *doc;
    while (dyad_reader_next(r, &doc) == DYAD_OK && doc) {
        int wanted = 0;
        for (size_t i = 0; i < ng && !wanted; i++)
            wanted = strcmp(g[i].doc, doc->id) == 0;
        if (!wanted)
            continue;
        if (dyad_coder_code(c, doc) != DYAD_OK)
            goto out;
        for (size_t k = 0; k < dyad_coder_quote_count(c); k++) {
            const dyad_quote *q = dyad_coder_quote(c, k);
            if (!q->direct)
                continue;
            sys++;
            int hit = 0;
            for (size_t i = 0; i < ng; i++) {
                gold_quote *gq = &g[i];
                if (strcmp(gq->doc, doc->id) != 0 || q->start >= gq->end || q->end <= gq->start)
                    continue;
                hit = 1;
                if (!gq->found) {
                    gq->found = 1;
                    gq->speaker_ok = same_speaker(gq->speaker, q->speaker ? q->speaker : "");
                    if (show && !gq->speaker_ok && strcmp(gq->speaker, "?") != 0)
                        printf("%s %u: gold '%s', dyad '%s'\n", gq->doc, gq->start,
                               gq->speaker, q->speaker ? q->speaker : "");
                }
            }
            sys_hit += hit;
        }
    }
    long found = 0, named = 0, named_found = 0, right = 0;
    for (size_t i = 0; i < ng; i++) {
        found += g[i].found;
        if (strcmp(g[i].speaker, "?") == 0)
            continue;
        named++;
        named_found += g[i].found;
        right += g[i].found && g[i].speaker_ok;
    }
    printf("quotes in %s: %zu annotated\n", gold_path, ng);
    printf("  found (a direct quote of dyad's overlaps): %ld of %zu, recall %.3f\n", found, ng,
           ng ? (double)found / (double)ng : 0.0);
    printf("  dyad's direct quotes overlapping an annotated one: %ld of %ld, precision %.3f\n",
           sys_hit, sys, sys ? (double)sys_hit / (double)sys : 0.0);
    printf("  speaker right, of the found quotes whose speaker is named: %ld of %ld (%.3f)\n",
           right, named_found, named_found ? (double)right / (double)named_found : 0.0);
    printf("  speaker right, of all quotes whose speaker is named: %ld of %ld (%.3f)\n", right,
           named, named ? (double)right / (double)named : 0.0);
    rc = 0;
out:
    dyad_reader_free(r);
    dyad_coder_free(c);
    dyad_dict_free(d);
    free(g);
    return rc;
}
