/*
** gen_lang.c — writes the tagger and lemmatizer tables (lang_data.c) from
** Debian-shipped data, at build time:
**
**   gen_lang OUT.c WORDS.yml TAGS.yml WORDNET_DIR
**
** WORDS.yml and TAGS.yml come from liblingua-en-tagger-perl (word -> tag
** counts and tag -> next-tag probabilities, derived from the Penn Treebank);
** WORDNET_DIR is wordnet-base's /usr/share/wordnet (index.* lemma lists and
** *.exc irregular forms). The output is deterministic: keys are sorted and
** floats printed with a fixed format. Run by mk/lang.mk; not installed.
**
** This is a build tool, so it uses malloc directly and exits on any error
** with FILE:LINE and what to do.
*/
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOOL_NAME "gen_lang"
#include "tool.h"

#include "lang/lang_data.h"
#include "lang/tags.h"

/* Words seen at most this often stand in for unknown words when the
** suffix models are counted. */
#define RARE_MAX 5
/* A suffix model is kept when its rare words were seen this often. */
#define SUFFIX_MIN 4
/* Floor for transitions the corpus never saw. */
#define TRANS_FLOOR 1e-7

/* ---- records: everything said about one key, merged after sorting ---- */

enum { R_EMIT, R_WN, R_EXC, R_REF };

typedef struct rec {
    char *key;
    size_t klen;
    int type;
    int tag;            /* R_EMIT */
    double count;       /* R_EMIT */
    int pos;            /* R_WN, R_EXC */
    char *base;         /* R_EXC */
    long seq;           /* input order, to keep the sort stable */
} rec;

static rec *recs;
static size_t nrecs, caprecs;

static void add(const char *key, size_t klen, int type, int tag, double count,
                int pos, const char *base)
{
    if (klen == 0 || klen > 255)
        return;
    if (nrecs == caprecs) {
        caprecs = caprecs ? caprecs * 2 : 4096;
        recs = xrealloc(recs, caprecs * sizeof *recs);
    }
    rec *r = &recs[nrecs];
    r->key = xstrndup(key, klen);
    r->klen = klen;
    r->type = type;
    r->tag = tag;
    r->count = count;
    r->pos = pos;
    r->base = base ? xstrndup(base, strlen(base)) : NULL;
    r->seq = (long)nrecs;
    nrecs++;
}

static int keycmp(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an < bn ? -1 : an > bn);
}

static int rec_cmp(const void *pa, const void *pb)
{
    const rec *a = pa, *b = pb;
    int c = keycmp(a->key, a->klen, b->key, b->klen);
    if (c)
        return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* ---- Lingua::EN::Tagger names -> Penn Treebank ---- */

static int lingua_tag(const char *s, size_t n, const char *file, long line)
{
    static const struct { const char *l, *p; } map[] = {
        {"det", "DT"}, {"prps", "PRP$"}, {"wps", "WP$"}, {"ppc", ","},
        {"pp", "."}, {"ppd", "$"}, {"ppl", "``"}, {"ppr", "''"},
        {"pps", ":"}, {"lrb", "-LRB-"}, {"rrb", "-RRB-"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strlen(map[i].l) == n && memcmp(map[i].l, s, n) == 0)
            return tag_from_name(map[i].p, strlen(map[i].p));
    char up[16];
    if (n >= sizeof up)
        die("%s:%ld: tag name too long; is this Lingua::EN::Tagger data?", file, line);
    for (size_t i = 0; i < n; i++)
        up[i] = (char)toupper((unsigned char)s[i]);
    int t = tag_from_name(up, n);
    if (t == TAG_NONE)
        die("%s:%ld: unknown tag '%.*s'; update the map in tools/gen_lang.c",
            file, line, (int)n, s);
    return t;
}

static FILE *open_or_die(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("%s: %s; run 'make deps' (packages wordnet-base, "
            "liblingua-en-tagger-perl)", path, strerror(errno));
    return f;
}

/* Parses "key: { a: 1, b: 2 }" (key bare or double-quoted). Returns the
** number of pairs, or -1 for the header or a blank line. */
static int parse_yaml_line(char *ln, const char *file, long lineno, char **key,
                           size_t *klen, char names[][16], double *vals, int max)
{
    if (ln[0] == 0 || ln[0] == '\n' || strncmp(ln, "---", 3) == 0)
        return -1;
    char *p;
    if (ln[0] == '"') {
        char *q = strchr(ln + 1, '"');
        if (!q)
            die("%s:%ld: unterminated quoted key", file, lineno);
        *key = ln + 1;
        *klen = (size_t)(q - ln - 1);
        p = q + 1;
        if (*p != ':')
            die("%s:%ld: expected ':' after key", file, lineno);
        p++;
    } else {
        p = strstr(ln, ": {");
        if (!p)
            die("%s:%ld: expected 'key: { tag: value, ... }'", file, lineno);
        *key = ln;
        *klen = (size_t)(p - ln);
        p++;
    }
    p = strchr(p, '{');
    if (!p)
        die("%s:%ld: expected '{'", file, lineno);
    p++;
    int n = 0;
    for (;;) {
        while (*p == ' ' || *p == ',')
            p++;
        if (*p == '}' || *p == 0 || *p == '\n')
            break;
        char *c = strchr(p, ':');
        if (!c || c - p >= 16)
            die("%s:%ld: expected 'tag: value'", file, lineno);
        if (n == max)
            die("%s:%ld: too many tags on one line", file, lineno);
        memcpy(names[n], p, (size_t)(c - p));
        names[n][c - p] = 0;
        char *end;
        vals[n] = strtod(c + 1, &end);
        if (end == c + 1)
            die("%s:%ld: expected a number after '%s:'", file, lineno, names[n]);
        p = end;
        n++;
    }
    return n;
}

/* ---- words.yml: emissions and the unknown-word suffix models ---- */

static double tag_total[TAG_COUNT];

typedef struct { char *key; size_t klen; double c[TAG_COUNT]; } lexw;

static void read_words(const char *path)
{
    FILE *f = open_or_die(path);
    char *ln = NULL;
    size_t cap = 0;
    long lineno = 0;
    char names[64][16];
    double vals[64];
    lexw *lex = NULL;
    size_t nlex = 0, caplex = 0;
    while (getline(&ln, &cap, f) > 0) {
        lineno++;
        char *key;
        size_t klen;
        int n = parse_yaml_line(ln, path, lineno, &key, &klen, names, vals, 64);
        if (n <= 0)
            continue;
        /* Lingua's stand-ins for brackets and numbers. */
        static const struct { const char *from, *to; } alias[] = {
            {"*LRB*", "("}, {"*RRB*", ")"}, {"*LCB*", "{"}, {"*RCB*", "}"},
            {"*NUM*", "\001num"}, {"*ORD*", "\001ord"},
        };
        for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
            if (strlen(alias[i].from) == klen && memcmp(alias[i].from, key, klen) == 0) {
                key = (char *)alias[i].to;
                klen = strlen(key);
            }
        if (nlex == caplex) {
            caplex = caplex ? caplex * 2 : 4096;
            lex = xrealloc(lex, caplex * sizeof *lex);
        }
        lexw *w = &lex[nlex++];
        memset(w, 0, sizeof *w);
        w->key = xstrndup(key, klen);
        w->klen = klen;
        for (int i = 0; i < n; i++) {
            int t = lingua_tag(names[i], strlen(names[i]), path, lineno);
            w->c[t] += vals[i];
            tag_total[t] += vals[i];
        }
    }
    free(ln);
    fclose(f);

    /* Suffix models: the tag counts of rare words, by word class and
    ** lower-cased ending; equal keys are summed when records merge. */
    for (size_t i = 0; i < nlex; i++) {
        lexw *w = &lex[i];
        double tot = 0;
        for (int t = 0; t < TAG_COUNT; t++)
            tot += w->c[t];
        for (int t = 0; t < TAG_COUNT; t++)
            if (w->c[t] > 0)
                add(w->key, w->klen, R_EMIT, t, w->c[t], 0, NULL);
        if (tot > RARE_MAX || w->key[0] == LD_CLASS_CHAR)
            continue;
        char cls = ld_word_class(w->key, w->klen);
        for (size_t sl = 0; sl <= LD_SUFFIX_MAX && sl < w->klen; sl++) {
            char k[LD_SUFFIX_MAX + 3];
            k[0] = LD_CLASS_CHAR;
            k[1] = cls;
            for (size_t j = 0; j < sl; j++)
                k[2 + j] = (char)tolower((unsigned char)w->key[w->klen - sl + j]);
            for (int t = 0; t < TAG_COUNT; t++)
                if (w->c[t] > 0)
                    add(k, 2 + sl, R_EMIT, t, w->c[t], 0, NULL);
        }
        free(w->key);
    }
    free(lex);
}

/* ---- tags.yml: transitions ---- */

static double trans[TAG_COUNT][TAG_COUNT];

static void read_tags(const char *path)
{
    FILE *f = open_or_die(path);
    char *ln = NULL;
    size_t cap = 0;
    long lineno = 0;
    char names[64][16];
    double vals[64];
    int rows = 0;
    while (getline(&ln, &cap, f) > 0) {
        lineno++;
        char *key;
        size_t klen;
        int n = parse_yaml_line(ln, path, lineno, &key, &klen, names, vals, 64);
        if (n <= 0)
            continue;
        int prev = lingua_tag(key, klen, path, lineno);
        for (int i = 0; i < n; i++)
            trans[prev][lingua_tag(names[i], strlen(names[i]), path, lineno)] += vals[i];
        rows++;
    }
    free(ln);
    fclose(f);
    if (rows < 30)
        die("%s: only %d rows; the file looks truncated, reinstall "
            "liblingua-en-tagger-perl", path, rows);
}

/* ---- WordNet ---- */

static void read_index(const char *dir, const char *name, int pos)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/index.%s", dir, name);
    FILE *f = open_or_die(path);
    char *ln = NULL;
    size_t cap = 0;
    long n = 0;
    while (getline(&ln, &cap, f) > 0) {
        if (ln[0] == ' ')
            continue;       /* the licence header */
        size_t k = strcspn(ln, " \n");
        if (memchr(ln, '_', k))
            continue;       /* multi-word lemmas never match one token */
        add(ln, k, R_WN, 0, 0, pos, NULL);
        n++;
    }
    free(ln);
    fclose(f);
    if (n < 1000)
        die("%s: only %ld lemmas; reinstall wordnet-base", path, n);
}

static void read_exc(const char *dir, const char *name, int pos)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.exc", dir, name);
    FILE *f = open_or_die(path);
    char *ln = NULL;
    size_t cap = 0;
    while (getline(&ln, &cap, f) > 0) {
        char *save = NULL;
        char *form = strtok_r(ln, " \n", &save);
        if (!form || strchr(form, '_'))
            continue;
        for (char *b; (b = strtok_r(NULL, " \n", &save)) != NULL;) {
            if (strchr(b, '_'))
                continue;
            add(form, strlen(form), R_EXC, 0, 0, pos, b);
            add(b, strlen(b), R_REF, 0, 0, 0, NULL);
        }
    }
    free(ln);
    fclose(f);
}

/* ---- output ---- */

typedef struct outw {
    const char *key;
    size_t klen;
    uint32_t off, emit, exc, count;
    int wn, nemit, nexc;
} outw;

static int emit_cmp(const void *pa, const void *pb)
{
    const ld_emit *a = pa, *b = pb;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return a->tag - b->tag;
}

static const outw *by_count;

/* Most frequent first; ties in key order (ws is sorted by key). */
static int count_cmp(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    if (by_count[a].count != by_count[b].count)
        return by_count[a].count > by_count[b].count ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* Is the key an unknown-word model (a suffix model of a word class)? */
static int is_model_key(const char *key, size_t klen)
{
    return key[0] == LD_CLASS_CHAR && klen >= 2 && strchr("dhcl", key[1]);
}

static void put_bytes(FILE *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(o, "\\%c", c);
        else if (c < 32 || c >= 127 || c == '?')
            fprintf(o, "\\%03o", c);
        else
            fputc(c, o);
    }
}

int main(int argc, char **argv)
{
    if (argc != 5)
        die("usage: gen_lang OUT.c WORDS.yml TAGS.yml WORDNET_DIR");
    const char *out = argv[1];
    read_words(argv[2]);
    read_tags(argv[3]);
    static const char *const wn_names[] = {"noun", "verb", "adj", "adv"};
    for (int i = 0; i < 4; i++) {
        read_index(argv[4], wn_names[i], 1 << i);
        read_exc(argv[4], wn_names[i], 1 << i);
    }
    qsort(recs, nrecs, sizeof *recs, rec_cmp);

    double all = 0;
    for (int t = 0; t < TAG_COUNT; t++)
        all += tag_total[t];
    double logprior[TAG_COUNT];
    for (int t = 0; t < TAG_COUNT; t++)
        logprior[t] = tag_total[t] > 0 ? log(tag_total[t] / all) : log(1.0 / all);

    outw *ws = xmalloc(nrecs * sizeof *ws);
    ld_emit *emits = xmalloc(nrecs * sizeof *emits);
    ld_exc *excs = xmalloc(nrecs * sizeof *excs);
    size_t nw = 0, ne = 0, nx = 0;
    uint32_t pool = 0;
    for (size_t i = 0; i < nrecs;) {
        size_t j = i;
        while (j < nrecs && keycmp(recs[j].key, recs[j].klen, recs[i].key, recs[i].klen) == 0)
            j++;
        outw *w = &ws[nw];
        memset(w, 0, sizeof *w);
        w->key = recs[i].key;
        w->klen = recs[i].klen;
        double c[TAG_COUNT] = {0}, tot = 0;
        for (size_t k = i; k < j; k++) {
            if (recs[k].type == R_EMIT) {
                c[recs[k].tag] += recs[k].count;
                tot += recs[k].count;
            } else if (recs[k].type == R_WN) {
                w->wn |= recs[k].pos;
            }
        }
        if (is_model_key(w->key, w->klen) && tot < SUFFIX_MIN) {
            i = j;
            continue;
        }
        w->count = (uint32_t)(tot + 0.5);
        w->emit = (uint32_t)ne;
        for (int t = 0; t < TAG_COUNT; t++) {
            if (c[t] <= 0)
                continue;
            emits[ne].tag = (uint8_t)t;
            emits[ne].score = (float)(log(c[t] / tot) - logprior[t]);
            ne++;
        }
        w->nemit = (int)(ne - w->emit);
        qsort(emits + w->emit, (size_t)w->nemit, sizeof *emits, emit_cmp);
        w->exc = (uint32_t)nx;
        for (size_t k = i; k < j; k++) {
            if (recs[k].type != R_EXC)
                continue;
            excs[nx].pos = (uint8_t)recs[k].pos;
            excs[nx].base_len = (uint8_t)strlen(recs[k].base);
            excs[nx].base_off = 0;  /* resolved below */
            nx++;
        }
        w->nexc = (int)(nx - w->exc);
        if (w->nexc > 255 || w->nemit > 255)
            die("key '%s' has too many entries", w->key);
        w->off = pool;
        pool += (uint32_t)w->klen;
        nw++;
        i = j;
    }
    /* Resolve exception bases to their keys' pool offsets (every base was
    ** added as a key, so the binary search finds it). */
    size_t xi = 0;
    for (size_t wi = 0; wi < nw; wi++) {
        outw *w = &ws[wi];
        if (!w->nexc)
            continue;
        /* the recs of this key, in the same order as above */
        size_t lo = 0, hi = nrecs;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (keycmp(recs[mid].key, recs[mid].klen, w->key, w->klen) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        xi = w->exc;
        for (size_t k = lo; k < nrecs && keycmp(recs[k].key, recs[k].klen, w->key, w->klen) == 0; k++) {
            if (recs[k].type != R_EXC)
                continue;
            size_t blen = strlen(recs[k].base);
            size_t a = 0, b = nw;
            while (a < b) {
                size_t mid = (a + b) / 2;
                if (keycmp(ws[mid].key, ws[mid].klen, recs[k].base, blen) < 0)
                    a = mid + 1;
                else
                    b = mid;
            }
            if (a == nw || keycmp(ws[a].key, ws[a].klen, recs[k].base, blen) != 0)
                die("internal error: base '%s' not a key", recs[k].base);
            excs[xi++].base_off = (uint32_t)a;     /* a word index until the layout below */
        }
    }

    /* Layout for speed: words, their key bytes and their emissions in
    ** order of corpus frequency, so the few thousand words that make most
    ** of any text share a few cache lines; inserted into the hash in that
    ** order, they also sit in their home slots. The unknown-word models'
    ** emissions come last, from ld_model_emit on, so that the tagger's
    ** table of what they give (ld_model_tab) has an entry for each of
    ** them and no other. */
    size_t *order = xmalloc((nw ? nw : 1) * sizeof *order);
    for (size_t wi = 0; wi < nw; wi++)
        order[wi] = wi;
    by_count = ws;
    qsort(order, nw, sizeof *order, count_cmp);
    outw *lw = xmalloc((nw ? nw : 1) * sizeof *lw);
    ld_emit *lemits = xmalloc((ne ? ne : 1) * sizeof *lemits);
    ld_exc *lexcs = xmalloc((nx ? nx : 1) * sizeof *lexcs);
    uint32_t *newoff = xmalloc((nw ? nw : 1) * sizeof *newoff);
    size_t le = 0, lx = 0;
    pool = 0;
    for (size_t r = 0; r < nw; r++) {
        const outw *w = &ws[order[r]];
        newoff[order[r]] = pool;
        lw[r] = *w;
        lw[r].off = pool;
        pool += (uint32_t)w->klen;
        lw[r].exc = (uint32_t)lx;
        memcpy(lexcs + lx, excs + w->exc, (size_t)w->nexc * sizeof *excs);
        lx += (size_t)w->nexc;
    }
    size_t model_emit = 0;
    for (int models = 0; models < 2; models++) {
        if (models)
            model_emit = le;
        for (size_t r = 0; r < nw; r++) {
            const outw *w = &ws[order[r]];
            if (is_model_key(w->key, w->klen) != models)
                continue;
            lw[r].emit = (uint32_t)le;
            memcpy(lemits + le, emits + w->emit, (size_t)w->nemit * sizeof *emits);
            le += (size_t)w->nemit;
        }
    }
    for (size_t i = 0; i < nx; i++)
        lexcs[i].base_off = newoff[lexcs[i].base_off];
    ws = lw;
    emits = lemits;
    excs = lexcs;

    uint32_t hsize = 1;
    while (hsize < nw * 2)
        hsize <<= 1;
    uint32_t idx_bits = 1;
    while (idx_bits < 32 && ((uint64_t)nw + 1) >> idx_bits)
        idx_bits++;
    if (idx_bits > 24)
        die("%zu keys leave too few hash bits to check in the table", nw);
    uint32_t idx_mask = (1u << idx_bits) - 1;
    uint32_t *hash = calloc(hsize, sizeof *hash);
    if (!hash)
        die("out of memory");
    for (size_t wi = 0; wi < nw; wi++) {
        uint32_t full = ld_key_hash(ws[wi].key, ws[wi].klen);
        uint32_t h = full & (hsize - 1);
        while (hash[h])
            h = (h + 1) & (hsize - 1);
        hash[h] = (full & ~idx_mask) | ((uint32_t)wi + 1);
    }

    char tmp[4096];
    FILE *o = tool_begin_out(out, tmp);
    fprintf(o, "/* Generated by tools/gen_lang.c from words.yml, tags.yml "
               "(liblingua-en-tagger-perl) and WordNet (wordnet-base).\n"
               "** Do not edit; rebuild instead. */\n"
               "#include \"lang/lang_data.h\"\n\n");
    fprintf(o, "const uint32_t ld_nwords = %zu;\n", nw);
    fprintf(o, "const uint32_t ld_hash_mask = %u;\n", hsize - 1);
    fprintf(o, "const uint32_t ld_hash_idx_mask = %u;\n", idx_mask);
    fprintf(o, "const uint32_t ld_nemit = %zu;\n", ne);
    fprintf(o, "const uint32_t ld_model_emit = %zu;\n", model_emit);
    fprintf(o, "ld_model_out ld_model_tab[%zu];\n\n", ne > model_emit ? ne - model_emit : 1);
    fprintf(o, "const char ld_pool[] =\n");
    size_t col = 0;
    fputs("\"", o);
    for (size_t wi = 0; wi < nw; wi++) {
        put_bytes(o, ws[wi].key, ws[wi].klen);
        col += ws[wi].klen;
        if (col > 70) {
            fputs("\"\n\"", o);
            col = 0;
        }
    }
    fputs("\";\n\n", o);
    fprintf(o, "const ld_word ld_words[] = {\n");
    for (size_t wi = 0; wi < nw; wi++) {
        const outw *w = &ws[wi];
        fprintf(o, "{%u,%u,%u,%u,%zu,%d,%d,%d},\n", w->off, w->emit, w->exc,
                w->count, w->klen, w->wn, w->nemit, w->nexc);
    }
    fprintf(o, "};\n\nconst ld_emit ld_emit_tab[] = {\n");
    for (size_t i = 0; i < ne; i++)
        fprintf(o, "{%.5ff,%d},\n", (double)emits[i].score, emits[i].tag);
    if (!ne)
        fprintf(o, "{0,0}\n");
    fprintf(o, "};\n\nconst ld_exc ld_exc_tab[] = {\n");
    for (size_t i = 0; i < nx; i++)
        fprintf(o, "{%u,%d,%d},\n", excs[i].base_off, excs[i].base_len, excs[i].pos);
    if (!nx)
        fprintf(o, "{0,0,0}\n");
    fprintf(o, "};\n\nconst uint32_t ld_hash[] = {\n");
    for (uint32_t h = 0; h < hsize; h++)
        fprintf(o, "%u,%s", hash[h], h % 16 == 15 ? "\n" : "");
    static double lt[TAG_COUNT][TAG_COUNT];   /* log P(b | a) */
    for (int a = 0; a < TAG_COUNT; a++) {
        double rs = 0;
        for (int b = 0; b < TAG_COUNT; b++)
            rs += trans[a][b];
        for (int b = 0; b < TAG_COUNT; b++) {
            double p = rs > 0 ? trans[a][b] / rs : 0;
            lt[a][b] = log(p > TRANS_FLOOR ? p : TRANS_FLOOR);
        }
    }
    /* by the tag they lead to: Viterbi's reading order */
    fputs("};\n\nconst float ld_trans_to[TAG_COUNT][TAG_COUNT] = {\n", o);
    for (int b = 0; b < TAG_COUNT; b++) {
        fputs("{", o);
        for (int a = 0; a < TAG_COUNT; a++)
            fprintf(o, "%.4ff,", lt[a][b]);
        fputs("},\n", o);
    }
    fputs("};\n\nconst float ld_logprior[TAG_COUNT] = {\n", o);
    for (int t = 0; t < TAG_COUNT; t++)
        fprintf(o, "%.5ff,%s", logprior[t], t % 8 == 7 ? "\n" : "");
    fputs("};\n", o);
    tool_finish_out(o, tmp, out);
    fprintf(stderr, "gen_lang: %zu keys, %zu emissions, %zu exceptions, %u pool bytes -> %s\n",
            nw, ne, nx, pool, out);
    return 0;
}
