/*
** wn_candidates.c — lists WordNet candidates for the verb patterns of
** data/dict/verbs.txt, for a person to judge before anything goes in
** (docs/dictionaries-ours.md, "Widening the verb patterns"):
**
**   wn_candidates [-a] [-n SENSES] [-w WORDNET_DIR] VERBS.txt [CODE...]
**
** For each CAMEO code of VERBS.txt (or only the CODEs named) it takes the
** code's head verbs and, for every WordNet sense of each, lists
**   syn    the other words of the same synset,
**   tropo  the words of its troponyms (pointer '~': ways of doing it),
**   deriv  the nouns derived from that very word (pointer '+'), for
**          nominal patterns ("shell" -> "shelling"),
** leaving out what the code already holds. A head verb carries the code by
** itself: some pattern of the code has nothing after it but slots and
** prepositions ("criticize + for", "meet with + @mutual"), so light verbs
** ("carry out attack on +") and verbs whose code lies in a later word
** ("urge + to resign") give no candidates; -a takes every pattern's verb.
** A verb with a particle is looked up whole ("crack down on" -> crack_down);
** one WordNet does not know with an adverbial particle ("hit out at") is
** skipped, since the bare verb means something else.
**
** Output, one candidate a line, tab-separated, grouped by code in file
** order under a "## CODE" line:
**   CODE  verb|noun  CANDIDATE  syn|tropo|deriv  SOURCE#SENSE  HELD-BY  GLOSS
** HELD-BY lists other codes whose patterns start with the candidate ("-"
** if none); GLOSS is the start of the sense's gloss. A candidate reached
** twice for one code is listed once, from its first source (verbs in file
** order, senses by frequency). Irregular forms from verb.exc follow the
** gloss as "[forms: ...]", for grepping a corpus.
**
** WORDNET_DIR defaults to /usr/share/wordnet (Debian's wordnet-base):
** index.verb, data.verb, index.noun, data.noun, verb.exc. data.* offsets
** are byte offsets, so each data file is read whole and a synset is found
** by seeking into the buffer. A build tool: malloc directly, exit 1 with
** the file and what to do on any error. Built by `make candidates`, which
** mk/candidates.mk defines; not part of `make` or `make test`.
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define TOOL_NAME "wn_candidates"
#include "tool.h"

#define MAX_WORDS 64      /* plain words and slots in one pattern */
#define MAX_RUN 4         /* longest run of words remembered as "held" */
#define GLOSS_MAX 70      /* bytes of gloss printed */

static char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

/* Reads a whole file, NUL-terminated; *len gets its size. Caller frees. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open %s (Debian package wordnet-base; 'make deps')", path);
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0)
            buf = xrealloc(buf, cap *= 2);
    }
    if (ferror(f))
        die("cannot read %s", path);
    fclose(f);
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

/* ---- string sets: append, then freeze (sort, unique), then look up ---- */

typedef struct strset {
    char **v;
    size_t n, cap;
} strset;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds a copy of s. */
static void set_add(strset *s, const char *str)
{
    if (s->n == s->cap)
        s->v = xrealloc(s->v, (s->cap = s->cap ? s->cap * 2 : 256) * sizeof *s->v);
    s->v[s->n++] = xstrdup(str);
}

static void set_freeze(strset *s)
{
    qsort(s->v, s->n, sizeof *s->v, cmp_str);
    size_t w = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (w && strcmp(s->v[w - 1], s->v[i]) == 0)
            free(s->v[i]);
        else
            s->v[w++] = s->v[i];
    }
    s->n = w;
}

static int set_has(const strset *s, const char *str)
{
    return s->n && bsearch(&str, s->v, s->n, sizeof *s->v, cmp_str) != NULL;
}

static void set_free(strset *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
    memset(s, 0, sizeof *s);
}

/* Adds "CODE\tword" to s. */
static void set_add_keyed(strset *s, const char *code, const char *word)
{
    char key[600];
    snprintf(key, sizeof key, "%s\t%s", code, word);
    set_add(s, key);
}

static int set_has_keyed(const strset *s, const char *code, const char *word)
{
    char key[600];
    snprintf(key, sizeof key, "%s\t%s", code, word);
    return set_has(s, key);
}

/* ---- WordNet ---- */

/* A lemma index (index.verb, index.noun): its lines, sorted as the file
** sorts them (byte order), license lines (leading space) left out. */
typedef struct wn_index {
    char *buf;
    char **line;
    size_t n;
} wn_index;

static void index_load(wn_index *ix, const char *path)
{
    ix->buf = slurp(path, NULL);
    size_t cap = 1024;
    ix->line = xmalloc(cap * sizeof *ix->line);
    ix->n = 0;
    for (char *p = ix->buf; *p;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = 0;
        if (*p != ' ' && *p) {
            if (ix->n == cap)
                ix->line = xrealloc(ix->line, (cap *= 2) * sizeof *ix->line);
            ix->line[ix->n++] = p;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
}

/* Compares a lemma with the first field of an index line. */
static int cmp_lemma(const void *key, const void *elem)
{
    const char *k = key, *l = *(char *const *)elem;
    while (*k && *k == *l)
        k++, l++;
    return (unsigned char)*k - (unsigned char)(*l == ' ' ? 0 : *l);
}

/* The index line of lemma (lower case, '_' for blanks), or NULL. */
static const char *index_find(const wn_index *ix, const char *lemma)
{
    char **hit = bsearch(lemma, ix->line, ix->n, sizeof *ix->line, cmp_lemma);
    return hit ? *hit : NULL;
}

/* Reads the synset offsets of an index line into off[] (at most max, in
** sense order); returns how many. Line: lemma pos synset_cnt p_cnt
** [ptr...] sense_cnt tagsense_cnt offset... */
static int index_senses(const char *line, long *off, int max)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", line);
    char *save = NULL, *t = strtok_r(tmp, " ", &save);   /* lemma */
    t = strtok_r(NULL, " ", &save);                       /* pos */
    t = strtok_r(NULL, " ", &save);
    int nsyn = t ? atoi(t) : 0;
    t = strtok_r(NULL, " ", &save);
    int nptr = t ? atoi(t) : 0;
    for (int i = 0; i < nptr + 2 && t; i++)              /* pointers, two counts */
        t = strtok_r(NULL, " ", &save);
    int n = 0;
    for (int i = 0; i < nsyn && n < max && (t = strtok_r(NULL, " ", &save)); i++)
        off[n++] = atol(t);
    return n;
}

/* One synset parsed from a data.* line. Words point into a scratch copy. */
#define SYN_MAX_WORDS 64
#define SYN_MAX_PTRS 512
typedef struct synset {
    int nword;
    char *word[SYN_MAX_WORDS];     /* as written: "pick_apart", "criticise" */
    int nptr;
    struct { char sym[3]; long off; char pos; int src, dst; } ptr[SYN_MAX_PTRS];
    char gloss[GLOSS_MAX + 1];
    char scratch[16384];
} synset;

/* Parses the synset at byte offset off of data (a data.* file). Line:
** offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt
** [sym offset pos src/dst(hex)]... [frames] | gloss */
static void synset_read(synset *s, const char *data, size_t len, long off, const char *path)
{
    if (off < 0 || (size_t)off >= len)
        die("%s: no synset at offset %ld (damaged file? reinstall wordnet-base)", path, off);
    const char *p = data + off, *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    if (n >= sizeof s->scratch)
        n = sizeof s->scratch - 1;
    memcpy(s->scratch, p, n);
    s->scratch[n] = 0;
    s->gloss[0] = 0;
    char *bar = strstr(s->scratch, " | ");
    if (bar) {
        *bar = 0;
        const char *g = bar + 3;
        size_t gl = strcspn(g, ";\"");
        while (gl && g[gl - 1] == ' ')
            gl--;
        if (gl > GLOSS_MAX)
            gl = GLOSS_MAX;
        memcpy(s->gloss, g, gl);
        s->gloss[gl] = 0;
    }
    char *save = NULL, *t = strtok_r(s->scratch, " ", &save);
    if (!t || atol(t) != off)
        die("%s: offset %ld does not start a synset (damaged file?)", path, off);
    strtok_r(NULL, " ", &save);                           /* lex_filenum */
    strtok_r(NULL, " ", &save);                           /* ss_type */
    t = strtok_r(NULL, " ", &save);
    s->nword = 0;
    int nw = t ? (int)strtol(t, NULL, 16) : 0;
    for (int i = 0; i < nw; i++) {
        char *w = strtok_r(NULL, " ", &save);
        strtok_r(NULL, " ", &save);                       /* lex_id */
        if (!w)
            die("%s: synset %ld is cut short", path, off);
        char *paren = strchr(w, '(');                     /* adjective markers */
        if (paren)
            *paren = 0;
        if (s->nword < SYN_MAX_WORDS)
            s->word[s->nword++] = w;
    }
    t = strtok_r(NULL, " ", &save);
    int np = t ? atoi(t) : 0;
    s->nptr = 0;
    for (int i = 0; i < np; i++) {
        char *sym = strtok_r(NULL, " ", &save), *o = strtok_r(NULL, " ", &save);
        char *pos = strtok_r(NULL, " ", &save), *sd = strtok_r(NULL, " ", &save);
        if (!sd)
            die("%s: synset %ld is cut short", path, off);
        if (s->nptr == SYN_MAX_PTRS)
            continue;
        snprintf(s->ptr[s->nptr].sym, sizeof s->ptr[s->nptr].sym, "%s", sym);
        s->ptr[s->nptr].off = atol(o);
        s->ptr[s->nptr].pos = pos[0];
        long v = strtol(sd, NULL, 16);
        s->ptr[s->nptr].src = (int)(v >> 8);
        s->ptr[s->nptr].dst = (int)(v & 0xff);
        s->nptr++;
    }
}

/* Irregular forms from verb.exc, as "lemma\tform" sorted by lemma. */
static strset exc_forms;

static void exc_load(const char *path)
{
    char *buf = slurp(path, NULL);
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        char form[256], lemma[256];
        if (sscanf(line, "%255s %255s", form, lemma) == 2)
            set_add_keyed(&exc_forms, lemma, form);
    }
    free(buf);
    set_freeze(&exc_forms);
}

/* Writes the irregular forms of lemma, comma-separated, into out. */
static void exc_list(const char *lemma, char *out, size_t cap)
{
    out[0] = 0;
    size_t len = strlen(lemma), used = 0;
    for (size_t i = 0; i < exc_forms.n; i++) {
        const char *k = exc_forms.v[i];
        if (strncmp(k, lemma, len) != 0 || k[len] != '\t')
            continue;
        int w = snprintf(out + used, cap - used, "%s%s", used ? "," : "", k + len + 1);
        if (w < 0 || (size_t)w >= cap - used)
            break;
        used += (size_t)w;
    }
}

/* ---- verbs.txt ---- */

/* Prepositions and particles: what may follow a head verb besides slots. */
static const char *const preps[] = {
    "about", "across", "after", "against", "along", "among", "around", "as", "at",
    "away", "back", "behind", "below", "between", "beyond", "by", "down", "for",
    "from", "in", "into", "near", "of", "off", "on", "onto", "out", "outside",
    "over", "past", "through", "to", "toward", "towards", "under", "up", "upon",
    "with", "within", "without", NULL,
};
/* Adverbial particles: "hit out at" is not "hit". */
static const char *const particles[] = { "up", "down", "out", "off", "away", "back", NULL };

static int in_list(const char *const *list, const char *w)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(list[i], w) == 0)
            return 1;
    return 0;
}

static int is_slot(const char *w)
{
    return w[0] == '+' || w[0] == '$' || w[0] == '&' || w[0] == '@';
}

typedef struct code {
    char code[16];
    strset heads;       /* WordNet lemmas of the head verbs, in file order */
    char **order;       /* heads in file order (heads.v is sorted at freeze) */
    size_t norder;
} code;

static code *codes;
static size_t ncodes;
static strset lead;     /* "CODE\trun": runs of words that start a pattern */
static strset runs;     /* "CODE\trun": every run of plain words, synset members */
static strset synsets;  /* "&NAME\tmember" */
static wn_index ix_verb, ix_noun;

static code *code_get(const char *c)
{
    for (size_t i = 0; i < ncodes; i++)
        if (strcmp(codes[i].code, c) == 0)
            return &codes[i];
    codes = xrealloc(codes, (ncodes + 1) * sizeof *codes);
    code *k = &codes[ncodes++];
    memset(k, 0, sizeof *k);
    snprintf(k->code, sizeof k->code, "%s", c);
    return k;
}

/* Joins words w[from..to) with '_' into out. */
static void join(char **w, int from, int to, char *out, size_t cap)
{
    out[0] = 0;
    for (int i = from; i < to; i++) {
        strncat(out, i > from ? "_" : "", cap - strlen(out) - 1);
        strncat(out, w[i], cap - strlen(out) - 1);
    }
}

/* Writes into out the WordNet lemma for the verb at w[v] (followed by plain
** words up to w[end]): the longest run WordNet knows, e.g. crack_down.
** Returns 1, or 0 when the verb has an adverbial particle WordNet does not
** know as one verb ("hit out at": the bare verb means something else). */
static int wn_verb_lemma(char **w, int v, int end, char *out, size_t cap)
{
    for (int k = end - v < 3 ? end - v : 3; k >= 2; k--) {
        join(w, v, v + k, out, cap);
        if (index_find(&ix_verb, out))
            return 1;
    }
    if (v + 1 < end && in_list(particles, w[v + 1]))
        return 0;
    snprintf(out, cap, "%s", w[v]);
    return 1;
}

/* Records one pattern of code c. */
static void pattern_add(code *c, char *pat, int all_verbs)
{
    char *w[MAX_WORDS];
    int n = 0;
    for (char *save = NULL, *t = strtok_r(pat, " \t", &save); t && n < MAX_WORDS;
         t = strtok_r(NULL, " \t", &save))
        w[n++] = t;
    for (int i = 0; i < n; i++)
        for (char *p = w[i]; *p; p++)
            *p = (char)tolower((unsigned char)*p);
    /* every run of plain words, and the members of the synsets named */
    char run[512];
    for (int i = 0; i < n; i++) {
        if (w[i][0] == '&') {
            size_t len = strlen(w[i]);
            for (size_t s = 0; s < synsets.n; s++)
                if (strncasecmp(synsets.v[s], w[i], len) == 0 && synsets.v[s][len] == '\t')
                    set_add_keyed(&runs, c->code, synsets.v[s] + len + 1);
            continue;
        }
        for (int k = 1; k <= MAX_RUN && i + k <= n && !is_slot(w[i + k - 1]); k++) {
            join(w, i, i + k, run, sizeof run);
            set_add_keyed(&runs, c->code, run);
        }
    }
    int v = 0;
    while (v < n && is_slot(w[v]))
        v++;
    if (v == n)
        return;
    int end = v + 1;                          /* end of the verb's plain run */
    while (end < n && !is_slot(w[end]))
        end++;
    for (int k = 1; v + k <= end && k <= MAX_RUN; k++) {
        join(w, v, v + k, run, sizeof run);
        set_add_keyed(&lead, c->code, run);
    }
    /* a head verb: nothing after it but actor slots and prepositions (a
    ** synonym set is an object noun: "impose &SANCTION on +") */
    int head = 1;
    for (int i = v + 1; i < n && head; i++)
        if (w[i][0] == '&' || (!is_slot(w[i]) && !in_list(preps, w[i])))
            head = 0;
    if (!head && !all_verbs)
        return;
    if (!wn_verb_lemma(w, v, end, run, sizeof run))
        return;
    if (!set_has(&c->heads, run)) {
        set_add(&c->heads, run);
        set_freeze(&c->heads);
        c->order = xrealloc(c->order, (c->norder + 1) * sizeof *c->order);
        c->order[c->norder++] = xstrdup(run);
    }
}

/* Removes a comment: '#' at the start or after whitespace. */
static void strip_comment(char *s)
{
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || p[-1] == ' ' || p[-1] == '\t')) {
            *p = 0;
            return;
        }
}

/* Reads VERBS.txt: entries joined with their continuation lines. */
static void verbs_load(const char *path, int all_verbs)
{
    char *buf = slurp(path, NULL);
    size_t nent = 0, cap = 256;
    char **ent = xmalloc(cap * sizeof *ent);
    for (char *line = buf; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        strip_comment(line);
        if (line[0] == ' ' || line[0] == '\t') {
            if (nent) {                              /* continuation: append */
                size_t a = strlen(ent[nent - 1]), b = strlen(line);
                ent[nent - 1] = xrealloc(ent[nent - 1], a + b + 2);
                ent[nent - 1][a] = ' ';
                memcpy(ent[nent - 1] + a + 1, line, b + 1);
            }
        } else if (line[0]) {
            if (nent == cap)
                ent = xrealloc(ent, (cap *= 2) * sizeof *ent);
            ent[nent++] = xstrdup(line);
        }
        line = nl ? nl + 1 : NULL;
    }
    free(buf);
    /* synsets first: patterns name them */
    for (size_t i = 0; i < nent; i++) {
        char name[128];
        int off = 0;
        if (sscanf(ent[i], "synset %127[^:]:%n", name, &off) != 1 || !off)
            continue;
        for (char *save = NULL, *m = strtok_r(ent[i] + off, ";", &save); m;
             m = strtok_r(NULL, ";", &save)) {
            while (*m == ' ' || *m == '\t')
                m++;
            size_t len = strlen(m);
            while (len && (m[len - 1] == ' ' || m[len - 1] == '\t'))
                m[--len] = 0;
            for (char *p = m; *p; p++)
                *p = *p == ' ' ? '_' : (char)tolower((unsigned char)*p);
            set_add_keyed(&synsets, name, m);
        }
    }
    set_freeze(&synsets);
    for (size_t i = 0; i < nent; i++) {
        char c[16];
        int off = 0;
        if (sscanf(ent[i], "verb %15[0-9]:%n", c, &off) == 1 && off) {
            code *k = code_get(c);
            for (char *save = NULL, *p = strtok_r(ent[i] + off, ";", &save); p;
                 p = strtok_r(NULL, ";", &save))
                pattern_add(k, p, all_verbs);
        }
        free(ent[i]);
    }
    free(ent);
    set_freeze(&lead);
    set_freeze(&runs);
}

/* ---- candidates ---- */

typedef struct source {
    char *data_verb, *data_noun;
    size_t len_verb, len_noun;
    const char *path_verb, *path_noun;
} source;

/* Prints one candidate line unless code c holds it or it was printed. */
static void emit(const code *c, strset *seen, const char *pos, const char *word,
                 const char *rel, const char *from, int sense, const char *gloss, int *count)
{
    char lw[256];
    snprintf(lw, sizeof lw, "%s", word);
    for (char *p = lw; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int is_verb = pos[0] == 'v';
    if (set_has_keyed(is_verb ? &lead : &runs, c->code, lw) ||
        (is_verb && set_has(&c->heads, lw)))
        return;
    char key[300];
    snprintf(key, sizeof key, "%s\t%s", pos, lw);
    if (set_has(seen, key))
        return;
    set_add(seen, key);
    set_freeze(seen);
    char held[128] = "";
    if (is_verb)
        for (size_t i = 0; i < ncodes; i++)
            if (&codes[i] != c && set_has_keyed(&lead, codes[i].code, lw)) {
                size_t u = strlen(held);
                snprintf(held + u, sizeof held - u, "%s%s", u ? "," : "", codes[i].code);
            }
    char shown[256];
    snprintf(shown, sizeof shown, "%s", word);
    for (char *p = shown; *p; p++)
        if (*p == '_')
            *p = ' ';
    char forms[256] = "";
    if (is_verb)
        exc_list(lw, forms, sizeof forms);
    printf("%s\t%s\t%s\t%s\t%s#%d\t%s\t%s%s%s%s\n", c->code, pos, shown, rel, from, sense,
           held[0] ? held : "-", gloss, forms[0] ? " [forms: " : "", forms, forms[0] ? "]" : "");
    (*count)++;
}

/* Writes gloss with the noun's rank among its senses ("(noun sense 2/3)"):
** a derived noun whose event sense is rare is rarely worth a pattern. */
static void noun_rank(const char *word, long off, const char *gloss, char *out, size_t cap)
{
    char lw[256];
    snprintf(lw, sizeof lw, "%s", word);
    for (char *p = lw; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    const char *line = index_find(&ix_noun, lw);
    long offs[256];
    int n = line ? index_senses(line, offs, 256) : 0, rank = 0;
    for (int i = 0; i < n; i++)
        if (offs[i] == off)
            rank = i + 1;
    snprintf(out, cap, "%s (noun sense %d/%d)", gloss, rank, n);
}

/* Whether a sense of lemma is the code's: another head verb of the code
** shares its synset, its hypernym or a troponym ("slam" under 111 in the
** sense whose hypernym holds "criticize", not in the sense "shut"). */
static int on_topic(const source *src, const code *c, const synset *s, const char *lemma)
{
    static synset t;
    for (int j = 0; j < s->nword; j++)
        if (strcasecmp(s->word[j], lemma) != 0 && set_has(&c->heads, s->word[j]))
            return 1;
    for (int p = 0; p < s->nptr; p++) {
        if ((strcmp(s->ptr[p].sym, "@") != 0 && strcmp(s->ptr[p].sym, "~") != 0) ||
            s->ptr[p].pos != 'v')
            continue;
        synset_read(&t, src->data_verb, src->len_verb, s->ptr[p].off, src->path_verb);
        for (int j = 0; j < t.nword; j++)
            if (strcasecmp(t.word[j], lemma) != 0 && set_has(&c->heads, t.word[j]))
                return 1;
    }
    return 0;
}

/* Candidates of one head verb lemma of code c, at most max senses. */
static void candidates(const source *src, const code *c, const char *lemma, int max,
                       strset *seen, int *count)
{
    const char *line = index_find(&ix_verb, lemma);
    if (!line)
        return;
    long off[256];
    int n = index_senses(line, off, 256);
    static synset s, t;
    for (int i = 0; i < n; i++) {
        synset_read(&s, src->data_verb, src->len_verb, off[i], src->path_verb);
        if (i >= max && !on_topic(src, c, &s, lemma))
            continue;
        int me = 0;                                /* lemma's word number, 1-based */
        for (int j = 0; j < s.nword; j++)
            if (strcasecmp(s.word[j], lemma) == 0)
                me = j + 1;
        for (int j = 0; j < s.nword; j++)
            if (j + 1 != me)
                emit(c, seen, "verb", s.word[j], "syn", lemma, i + 1, s.gloss, count);
        for (int p = 0; p < s.nptr; p++) {
            if (strcmp(s.ptr[p].sym, "~") == 0 && s.ptr[p].pos == 'v') {
                synset_read(&t, src->data_verb, src->len_verb, s.ptr[p].off, src->path_verb);
                for (int j = 0; j < t.nword; j++)
                    emit(c, seen, "verb", t.word[j], "tropo", lemma, i + 1, t.gloss, count);
            } else if (strcmp(s.ptr[p].sym, "+") == 0 && s.ptr[p].pos == 'n' &&
                       (s.ptr[p].src == 0 || s.ptr[p].src == me)) {
                synset_read(&t, src->data_noun, src->len_noun, s.ptr[p].off, src->path_noun);
                for (int j = 0; j < t.nword; j++)
                    if (s.ptr[p].dst == 0 || s.ptr[p].dst == j + 1) {
                        char gloss[GLOSS_MAX + 32];
                        noun_rank(t.word[j], s.ptr[p].off, t.gloss, gloss, sizeof gloss);
                        emit(c, seen, "noun", t.word[j], "deriv", lemma, i + 1, gloss, count);
                    }
            }
        }
    }
}

static void usage(void)
{
    fputs("usage: wn_candidates [-a] [-n SENSES] [-w WORDNET_DIR] VERBS.txt [CODE...]\n"
          "  -a  every pattern's verb, not only head verbs\n"
          "  -n  the first SENSES senses of each verb, and later ones only when\n"
          "      another head verb of the code shares them (default 1)\n"
          "  -w  WordNet folder (default /usr/share/wordnet)\n", stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    const char *dir = "/usr/share/wordnet";
    int all_verbs = 0, max = 1, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-a") == 0)
            all_verbs = 1;
        else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc && atoi(argv[i + 1]) > 0)
            max = atoi(argv[++i]);
        else if (strcmp(argv[i], "-w") == 0 && i + 1 < argc)
            dir = argv[++i];
        else
            usage();
    }
    if (i >= argc)
        usage();
    char path[4][1024];
    snprintf(path[0], sizeof path[0], "%s/index.verb", dir);
    snprintf(path[1], sizeof path[1], "%s/index.noun", dir);
    snprintf(path[2], sizeof path[2], "%s/data.verb", dir);
    snprintf(path[3], sizeof path[3], "%s/data.noun", dir);
    char exc[1024];
    snprintf(exc, sizeof exc, "%s/verb.exc", dir);
    index_load(&ix_verb, path[0]);
    index_load(&ix_noun, path[1]);
    exc_load(exc);
    source src = { .path_verb = path[2], .path_noun = path[3] };
    src.data_verb = slurp(path[2], &src.len_verb);
    src.data_noun = slurp(path[3], &src.len_noun);
    verbs_load(argv[i++], all_verbs);

    long total = 0;
    for (size_t k = 0; k < ncodes; k++) {
        code *c = &codes[k];
        int wanted = i >= argc;
        for (int a = i; a < argc; a++)
            wanted |= strcmp(argv[a], c->code) == 0;
        if (!wanted)
            continue;
        strset seen = { 0 };
        int count = 0;
        printf("## %s  heads:", c->code);
        for (size_t h = 0; h < c->norder; h++)
            printf(" %s", c->order[h]);
        putchar('\n');
        for (size_t h = 0; h < c->norder; h++)
            candidates(&src, c, c->order[h], max, &seen, &count);
        total += count;
        set_free(&seen);
    }
    fprintf(stderr, "wn_candidates: %ld candidates\n", total);
    free(src.data_verb);
    free(src.data_noun);
    set_free(&exc_forms);
    set_free(&lead);
    set_free(&runs);
    set_free(&synsets);
    for (size_t k = 0; k < ncodes; k++) {
        set_free(&codes[k].heads);
        for (size_t h = 0; h < codes[k].norder; h++)
            free(codes[k].order[h]);
        free(codes[k].order);
    }
    free(codes);
    free(ix_verb.buf);
    free(ix_verb.line);
    free(ix_noun.buf);
    free(ix_noun.line);
    return 0;
}
