/*
** dict.c — the dictionary model: string interning in an arena, one phrase
** trie (edges in a hash keyed by parent node and word id) shared by actors,
** agents, discards and synsets, entry checks, and the lookups of dict.h.
*/
#include "base/memo.h"
#include "dict/dict_int.h"
#include "text/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

/* ---- reporting ---- */

void dict_utf8_scrub(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        i += utf8_valid_prefix(s + i, n - i);
        if (i < n)
            s[i++] = '?';
    }
}

void dict_report(dict *d, dyad_severity sev, const char *file, uint32_t line,
                 const char *fmt, ...)
{
    if (sev == DYAD_ERROR)
        d->nerrors++;
    else if (sev == DYAD_WARNING)
        d->nwarnings++;
    if (!d->opts.diag)
        return;
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dict_utf8_scrub(msg);
    dyad_diag dg = {sev, file ? file : "", (long)line, 0, msg};
    d->opts.diag(d->opts.diag_ctx, &dg);
}

static const char *const quirk_names[Q_NKINDS] = {
    [Q_DUP_NAME] = "names listed again with the same code",
    [Q_NAME_CONFLICT] = "names bound to two different undated codes (first kept)",
    [Q_OVERLAP] = "overlapping date ranges with different codes (first listed wins)",
    [Q_BOUNDARY] = "ranges of different codes sharing one boundary day (first listed wins)",
    [Q_NO_CODE] = "actors without any code (null code)",
    [Q_LOWER_CODE] = "codes in lower case (upper-cased)",
    [Q_MULTI_CODE] = "codes joined by '/' (kept verbatim)",
    [Q_YYMMDD] = "six-digit YYMMDD dates (YY<=30 read as 20YY)",
    [Q_DATE_SPACE] = "blanks inside a date restriction",
    [Q_BAD_DATE] = "impossible dates (restriction skipped)",
    [Q_CODE_DIGITS] = "codes with digits",
    [Q_UNKNOWN_AGENT] = "agent codes with a part not in the known list",
    [Q_CODE_LETTERS] = "event codes with letters (kept)",
    [Q_NULL_VERB_CODE] = "patterns or verbs with the null code ---",
    [Q_PAIRED_CODE] = "paired codes [a:b]",
    [Q_UNDEF_SYNSET] = "patterns naming an undefined synset (skipped)",
    [Q_TRANSFORM] = "verb transformation lines '~' (not used)",
    [Q_VERB_TWICE] = "verb forms listed in more than one block",
    [Q_NO_STAR] = "patterns without '*' (all words taken as after the verb)",
    [Q_SYNSET_NESTED] = "synset members naming a synset (kept as words)",
    [Q_DUP_AGENT] = "agent nouns listed twice (first kept)",
    [Q_DUP_DISCARD] = "discard phrases listed twice",
    [Q_DUP_SYNMEMBER] = "synset members listed twice",
    [Q_NOPLUS_MULTI] = "multi-word verbs without '+' (first word taken as the verb)",
    [Q_UNBALANCED] = "patterns whose brackets do not nest (kept)",
    [Q_DUP_PATTERN] = "patterns listed twice for the same verbs",
};

const char *dict_quirk_name(dict_quirk q) { return quirk_names[q]; }

void dict_quirk_count(dict *d, dict_quirk q, uint32_t line)
{
    if (d->quirk_count[q]++ == 0)
        d->quirk_first[q] = line;
    d->nquirks++;
}

/* A counted quirk while reading PETRARCH's files; else reported as sev. */
static void quirk_or(dict *d, dict_quirk q, dyad_severity sev, uint32_t line, const char *fmt,
                     va_list ap)
{
    if (d->petr) {
        dict_quirk_count(d, q, line);
        return;
    }
    char msg[640];
    vsnprintf(msg, sizeof msg, fmt, ap);
    dict_report(d, sev, d->file, line, "%s", msg);
}

void dict_problem(dict *d, dict_quirk q, uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    quirk_or(d, q, DYAD_ERROR, line, fmt, ap);
    va_end(ap);
}

void dict_repeat(dict *d, dict_quirk q, uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    quirk_or(d, q, DYAD_WARNING, line, fmt, ap);
    va_end(ap);
}

void dict_quirk_summary(dict *d, const char *file)
{
    for (int q = 0; q < Q_NKINDS; q++) {
        if (!d->quirk_count[q])
            continue;
        char where[64];
        snprintf(where, sizeof where, "first at line %u", d->quirk_first[q]);
        dict_report(d, DYAD_NOTE, file, 0, "%ld %s (%s)", d->quirk_count[q], quirk_names[q],
                    where);
        d->quirk_count[q] = 0;
    }
}

/* ---- the files read ---- */

void dict_file_begin(dict *d, const char *path)
{
    d->file = dict_str(d, dict_intern(d, path, strlen(path)));
    if (base_grow((void **)&d->files, &d->filecap, d->nfiles + 1, sizeof *d->files) < 0) {
        d->oom = 1;
        return;
    }
    dict_file_rec *f = &d->files[d->nfiles++];
    f->path = d->file;
    memcpy(f->start, d->counts, sizeof f->start);
}

size_t dict_file_count(const dict *d) { return d ? d->nfiles : 0; }

const char *dict_file_at(const dict *d, size_t i, long counts[DICT_NKINDS])
{
    if (!d || i >= d->nfiles)
        return NULL;
    const long *end = i + 1 < d->nfiles ? d->files[i + 1].start : d->counts;
    for (int k = 0; k < DICT_NKINDS; k++)
        counts[k] = end[k] - d->files[i].start[k];
    return d->files[i].path;
}

/* ---- arena and interning ---- */

void *dict_arena_alloc(dict *d, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    arena_chunk *c = d->arena;
    if (!c || c->size - c->used < n) {
        size_t size = n > 60000 ? n : 60000;
        c = dy_malloc(sizeof *c + size);
        if (!c) {
            d->oom = 1;
            return NULL;
        }
        c->next = d->arena;
        c->size = size;
        c->used = 0;
        d->arena = c;
        d->arena_bytes += sizeof *c + size;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

const char *dict_strdup(dict *d, const char *s, size_t n)
{
    char *p = dict_arena_alloc(d, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static int intern_grow(dict *d)
{
    size_t cap = d->icap ? d->icap * 2 : 4096;
    uint32_t *t = dy_calloc(cap * 2, sizeof *t);
    if (!t)
        return -1;
    for (size_t id = 1; id <= d->nstr; id++) {
        size_t i = d->str_hash[id] & (cap - 1);
        while (t[2 * i])
            i = (i + 1) & (cap - 1);
        t[2 * i] = (uint32_t)id;
        t[2 * i + 1] = d->str_hash[id];
    }
    dy_free(d->itab);
    d->itab = t;
    d->icap = cap;
    return 0;
}

/* True when the NUL-terminated key is s (n bytes): strncmp == 0 and the
** key ends there, without a call per probe. */
static int key_is(const char *key, const char *s, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        if (key[j] != s[j])
            return 0;
        if (!key[j])
            break;
    }
    return key[n] == 0;
}

static uint32_t intern_find(const dict *d, const char *s, size_t n, uint32_t h)
{
    if (!d->icap)
        return 0;
    size_t i = h & (d->icap - 1);
    for (uint32_t id; (id = d->itab[2 * i]) != 0; i = (i + 1) & (d->icap - 1))
        if (d->itab[2 * i + 1] == h && key_is(d->strs[id], s, n))
            return id;
    return 0;
}

uint32_t dict_intern(dict *d, const char *s, size_t n)
{
    uint32_t h = base_hash(BASE_HASH_SEED, s, n);
    uint32_t id = intern_find(d, s, n, h);
    if (id)
        return id;
    if ((d->nstr + 1) * 2 >= d->icap && intern_grow(d) < 0) {
        d->oom = 1;
        return 0;
    }
    if (d->nstr + 2 > d->strcap) {
        size_t cap = d->strcap;
        if (base_grow((void **)&d->strs, &cap, d->nstr + 2, sizeof *d->strs) < 0 ||
            base_grow((void **)&d->str_hash, &d->strcap, d->nstr + 2, sizeof *d->str_hash) < 0) {
            d->oom = 1;
            return 0;
        }
    }
    const char *copy = dict_strdup(d, s, n);
    if (!copy)
        return 0;
    id = (uint32_t)++d->nstr;
    d->strs[id] = copy;
    d->str_hash[id] = h;
    size_t i = h & (d->icap - 1);
    while (d->itab[2 * i])
        i = (i + 1) & (d->icap - 1);
    d->itab[2 * i] = id;
    d->itab[2 * i + 1] = h;
    return id;
}

size_t dict_fold(const char *s, size_t n, char *buf, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 > cap)
                return (size_t)-1;
            buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (cp == 0x2019 && k == 3) {   /* ’ folds to ': "People’s" is "People's" */
            if (o + 1 > cap)
                return (size_t)-1;
            buf[o++] = '\'';
            i += 3;
            continue;
        }
        if (k <= 0) {   /* invalid byte: keep it as it is */
            if (o + 1 > cap)
                return (size_t)-1;
            buf[o++] = (char)c;
            i++;
            continue;
        }
        if (o + 4 > cap)
            return (size_t)-1;
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)buf + o);
        i += (size_t)k;
    }
    return o;
}

uint32_t dict_intern_fold(dict *d, const char *s, size_t n)
{
    char buf[512];
    size_t k = dict_fold(s, n, buf, sizeof buf);
    if (k == (size_t)-1)
        return dict_intern(d, s, n);
    return dict_intern(d, buf, k);
}

const char *dict_str(const dict *d, uint32_t id)
{
    return id && id <= d->nstr ? d->strs[id] : "";
}

const char *dict_word_str(const dict *d, uint32_t id) { return dict_str(d, id); }

/* A word that keeps its case under dyad's capitals rule. */
static int caps_word(const char *s, size_t n)
{
    if (n < 2 || n > 5)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

/* Where the possessive at the end of word w[0..n) starts, as the text
** tokenizer splits it off: "People's" -> "People" + "'s", "Workers'" ->
** "Workers" + "'" (straight or curly apostrophe); n when there is none. */
static size_t possessive_at(const char *w, size_t n)
{
    static const char curly[] = "\xe2\x80\x99";
    int s_end = n > 2 && (w[n - 1] == 's' || w[n - 1] == 'S');
    if (s_end && w[n - 2] == '\'')
        return n - 2;   /* People's */
    if (s_end && n > 4 && memcmp(w + n - 4, curly, 3) == 0)
        return n - 4;   /* People’s */
    if (n > 2 && w[n - 1] == '\'' && (w[n - 2] == 's' || w[n - 2] == 'S'))
        return n - 1;   /* Workers' */
    if (n > 4 && memcmp(w + n - 3, curly, 3) == 0 && (w[n - 4] == 's' || w[n - 4] == 'S'))
        return n - 3;   /* Workers’ */
    return n;
}

size_t dict_name_ids(dict *d, const char *name, size_t len, uint32_t *out, size_t max)
{
    size_t n = 0, i = 0;
    while (i < len && n < max) {
        while (i < len && (name[i] == ' ' || name[i] == '\t' || (d->petr && name[i] == '_')))
            i++;
        size_t j = i;
        while (j < len && name[j] != ' ' && name[j] != '\t' && !(d->petr && name[j] == '_'))
            j++;
        if (j == i)
            break;
        /* a name's words are the tokenizer's: the possessive is a word of
        ** its own ("Democratic People's Republic of Korea") */
        size_t cut = possessive_at(name + i, j - i);
        for (size_t a = i, b = i + cut; a < j && n < max; a = b, b = j) {
            uint32_t id = !d->petr && caps_word(name + a, b - a) ? dict_intern(d, name + a, b - a)
                                                                 : dict_intern_fold(d, name + a, b - a);
            if (!id)
                return 0;
            out[n++] = id;
        }
        i = j;
    }
    return n;
}

/* ---- trie ---- */

static int32_t node_new(dict *d)
{
    if (base_grow((void **)&d->nodes, &d->nodecap, d->nnodes + 1, sizeof *d->nodes) < 0) {
        d->oom = 1;
        return -1;
    }
    trie_node *t = &d->nodes[d->nnodes];
    t->bind = t->agent = t->discard = t->synset = -1;
    return (int32_t)d->nnodes++;
}

uint32_t dict_trie_new_root(dict *d)
{
    int32_t r = node_new(d);
    return r < 0 ? 0 : (uint32_t)r;
}

static uint64_t ekey_of(uint32_t parent, uint32_t word)
{
    return (((uint64_t)parent << 32) | word) + 1;
}

static uint64_t mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
}

static uint32_t hash64(uint64_t k) { return (uint32_t)mix64(k); }

/* The filter bit of an edge key: from the high half of the mix, which the
** table slot does not use. The filter has ecap bytes, 8 * ecap bits. */
static size_t ebit_of(const dict *d, uint64_t k)
{
    return (size_t)(mix64(k) >> 32) & (d->ecap * 8 - 1);
}

static int32_t edge_find(const dict *d, uint32_t parent, uint32_t word)
{
    if (!d->ecap || !word)
        return -1;
    uint64_t k = ekey_of(parent, word);
    /* Most (node, word) pairs asked about are no edge; the filter, 16 bits
    ** or more per edge, answers most of them from a small table. */
    size_t b = ebit_of(d, k);
    if (!((d->ebits[b >> 3] >> (b & 7)) & 1))
        return -1;
    size_t i = hash64(k) & (d->ecap - 1);
    for (; d->ekey[i]; i = (i + 1) & (d->ecap - 1))
        if (d->ekey[i] == k)
            return (int32_t)d->eval[i];
    return -1;
}

static int edge_grow(dict *d)
{
    size_t cap = d->ecap ? d->ecap * 2 : 8192;
    uint64_t *k = dy_calloc(cap, sizeof *k);
    uint32_t *v = dy_malloc(cap * sizeof *v);
    uint8_t *bits = dy_calloc(cap, 1);
    if (!k || !v || !bits) {
        dy_free(k);
        dy_free(v);
        dy_free(bits);
        return -1;
    }
    for (size_t i = 0; i < d->ecap; i++) {
        if (!d->ekey[i])
            continue;
        size_t j = hash64(d->ekey[i]) & (cap - 1);
        while (k[j])
            j = (j + 1) & (cap - 1);
        k[j] = d->ekey[i];
        v[j] = d->eval[i];
    }
    dy_free(d->ekey);
    dy_free(d->eval);
    dy_free(d->ebits);
    d->ekey = k;
    d->eval = v;
    d->ebits = bits;
    d->ecap = cap;
    for (size_t i = 0; i < cap; i++)
        if (k[i]) {
            size_t b = ebit_of(d, k[i]);
            bits[b >> 3] |= (uint8_t)(1u << (b & 7));
        }
    return 0;
}

int32_t dict_trie_path(dict *d, uint32_t root, const uint32_t *ids, size_t n)
{
    d->kinds_ok = 0;   /* the caller may add an edge or give the node a kind */
    int32_t node = (int32_t)root;
    for (size_t i = 0; i < n; i++) {
        int32_t next = edge_find(d, (uint32_t)node, ids[i]);
        if (next < 0) {
            if ((d->nedges + 1) * 2 >= d->ecap && edge_grow(d) < 0) {
                d->oom = 1;
                return -1;
            }
            next = node_new(d);
            if (next < 0)
                return -1;
            uint64_t k = ekey_of((uint32_t)node, ids[i]);
            size_t j = hash64(k) & (d->ecap - 1);
            while (d->ekey[j])
                j = (j + 1) & (d->ecap - 1);
            d->ekey[j] = k;
            d->eval[j] = (uint32_t)next;
            size_t b = ebit_of(d, k);
            d->ebits[b >> 3] |= (uint8_t)(1u << (b & 7));
            d->nedges++;
        }
        node = next;
    }
    return node;
}

/* ---- dict ---- */

dict *dict_new(const dict_opts *opts)
{
    dict *d = dy_calloc(1, sizeof *d);
    if (!d)
        return NULL;
    if (opts)
        d->opts = *opts;
    if (node_new(d) != 0 || !dict_intern(d, "", 0)) {   /* node 0: the phrase root */
        dict_free(d);
        return NULL;
    }
    d->the_id = dict_intern(d, "the", 3);
    if (!d->the_id) {
        dict_free(d);
        return NULL;
    }
    return d;
}

void dict_free(dict *d)
{
    if (!d)
        return;
    for (arena_chunk *c = d->arena, *n; c; c = n) {
        n = c->next;
        dy_free(c);
    }
    dy_free(d->strs);
    dy_free(d->str_hash);
    dy_free(d->itab);
    dy_free(d->nodes);
    dy_free(d->ekey);
    dy_free(d->eval);
    dy_free(d->ebits);
    dy_free(d->node_kinds);
    dy_free(d->first_kinds);
    dy_free(d->actors);
    dy_free(d->binds);
    dy_free(d->agents);
    dy_free(d->discards);
    dy_free(d->synsets);
    dy_free(d->synroot);
    dy_free(d->pats);
    dy_free(d->pat_index);
    dy_free(d->verbs);
    dy_free(d->plain_verb);
    dy_free(d->block_names);
    dy_free(d->files);
    dy_free(d->patlist);
    dy_free(d->patneed);
    dy_free(d->verb_head);
    dy_free(d->noun_head);
    sb_free(&d->cur.names);
    dy_free(d->cur.name_lines);
    dy_free(d->cur.ranges);
    dy_free(d);
}

/* ---- entries ---- */

void dict_entry_abandon(dict *d)
{
    d->cur.active = 0;
    sb_reset(&d->cur.names);
    d->cur.nnames = 0;
    d->cur.nranges = 0;
    d->cur.has_fallback = 0;
    d->cur.code[0] = 0;
    d->cur.prefix = d->cur.story = 0;
}

void dict_entry_begin(dict *d, dict_kind kind, uint32_t line)
{
    dict_entry_abandon(d);
    d->cur.active = 1;
    d->cur.kind = kind;
    d->cur.line = line;
}

/* Names are matched word by word with at most 64 words, each folded in a
** 512-byte buffer: a longer name or word could never match, so it is
** reported (an error in dyad's format, a warning for PETRARCH) and skipped. */
static int name_ok(dict *d, const char *name, size_t len, uint32_t line)
{
    size_t words = 0, longest = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && (name[i] == ' ' || name[i] == '\t' || (d->petr && name[i] == '_')))
            i++;
        size_t j = i;
        while (j < len && name[j] != ' ' && name[j] != '\t' && !(d->petr && name[j] == '_'))
            j++;
        if (j > i) {
            words++;
            if (j - i > longest)
                longest = j - i;
        }
        i = j;
    }
    if (words <= DICT_NAME_WORDS && longest <= DICT_WORD_BYTES)
        return 1;
    dict_report(d, d->petr ? DYAD_WARNING : DYAD_ERROR, d->file, line,
                "%s near '%.*s'; a name has at most %d words of at most %d bytes; name "
                "skipped",
                words > DICT_NAME_WORDS ? "name too long" : "word too long",
                (int)(len < 40 ? len : 40), name,
                DICT_NAME_WORDS, DICT_WORD_BYTES);
    return 0;
}

void dict_entry_name(dict *d, const char *name, size_t len, uint32_t line)
{
    if (!name_ok(d, name, len, line))
        return;
    if (base_grow((void **)&d->cur.name_lines, &d->cur.namecap, d->cur.nnames + 1,
                  sizeof *d->cur.name_lines) < 0) {
        d->oom = 1;
        return;
    }
    d->cur.name_lines[d->cur.nnames++] = line;
    sb_append(&d->cur.names, name, len);
    sb_putc(&d->cur.names, 0);
    if (d->cur.names.oom)
        d->oom = 1;
}

static void copy_code(char dst[64], const char *code, size_t len)
{
    if (len > 63)
        len = 63;
    memcpy(dst, code, len);
    dst[len] = 0;
}

void dict_entry_code(dict *d, const char *code, size_t len, int dated, int32_t from,
                     int32_t to, uint32_t line)
{
    if (!dated) {
        if (d->cur.has_fallback && !d->petr) {
            dict_report(d, DYAD_ERROR, d->file, line,
                        "second undated code '%.*s' (line %u has '%s'); give one undated code "
                        "per person",
                        (int)len, code, d->cur.fallback_line, d->cur.fallback);
            return;
        }
        if (d->cur.has_fallback) {
            dict_quirk_count(d, Q_NAME_CONFLICT, line);
            return;
        }
        copy_code(d->cur.fallback, code, len);
        d->cur.fallback_line = line;
        d->cur.has_fallback = 1;
        return;
    }
    if (base_grow((void **)&d->cur.ranges, &d->cur.rangecap, d->cur.nranges + 1,
                  sizeof *d->cur.ranges) < 0) {
        d->oom = 1;
        return;
    }
    tmp_range *r = &d->cur.ranges[d->cur.nranges++];
    copy_code(r->code, code, len);
    r->from = from;
    r->to = to;
    r->line = line;
    r->dated = 1;
}

static int ranges_overlap(int32_t a0, int32_t a1, int32_t b0, int32_t b1)
{
    return a0 <= b1 && b0 <= a1;
}

/* PETRARCH writes "a-b" then "b-c": both inclusive, they share day b. */
static dict_quirk overlap_kind(int32_t a0, int32_t a1, int32_t b0, int32_t b1)
{
    return a0 == b1 || b0 == a1 ? Q_BOUNDARY : Q_OVERLAP;
}

static void fmt_date(char *buf, size_t cap, int32_t d)
{
    if (d <= DICT_DATE_MIN)
        snprintf(buf, cap, "(open)");
    else if (d >= DICT_DATE_MAX)
        snprintf(buf, cap, "(open)");
    else
        snprintf(buf, cap, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
}

/* Does a give a name the code o gives it already, on a date both cover?
** Returns that code (interned: compared by pointer), or NULL. An undated
** code covers every date. Two undated codes are checked by the caller. */
static const char *repeats_code(const dict_actor *a, const dict_actor *o)
{
    for (uint32_t i = 0; i < a->nranges; i++) {
        const dict_range *x = &a->ranges[i];
        if (x->code == o->fallback)
            return x->code;
        for (uint32_t j = 0; j < o->nranges; j++)
            if (x->code == o->ranges[j].code &&
                ranges_overlap(x->from, x->to, o->ranges[j].from, o->ranges[j].to))
                return x->code;
    }
    for (uint32_t j = 0; j < o->nranges; j++)
        if (a->fallback && o->ranges[j].code == a->fallback)
            return a->fallback;
    return NULL;
}

/* Checks a new name binding against the entries the name already has. */
static int check_bind(dict *d, int32_t node, const dict_actor *a, const char *name,
                      uint32_t line)
{
    for (int32_t b = d->nodes[node].bind; b >= 0; b = d->binds[b].next) {
        const dict_actor *o = &d->actors[d->binds[b].actor];
        if (o == a) {
            dict_problem(d, Q_DUP_NAME, line,
                         "name '%s' is listed twice in this entry (names ignore case, "
                         "except capitals of 2-5 letters)", name);
            return -1;
        }
        if (a->fallback && o->fallback) {
            if (a->fallback == o->fallback) {
                dict_problem(d, Q_DUP_NAME, line,
                             "duplicate: '%s' already has code %s at %s:%u; remove one",
                             name, o->fallback, o->file, o->line);
                return -1;
            }
            dict_problem(d, Q_NAME_CONFLICT, line,
                         "'%s' has code %s here but %s at %s:%u; a name can have one "
                         "undated code",
                         name, a->fallback, o->fallback, o->file, o->line);
            return -1;
        }
        const char *same = repeats_code(a, o);
        if (same)   /* bound all the same: each may cover dates the other does not */
            dict_repeat(d, Q_DUP_NAME, line,
                        "'%s' has code %s here and at %s:%u already, on dates both cover; "
                        "remove one or merge the entries",
                        name, same, o->file, o->line);
        for (uint32_t i = 0; i < a->nranges; i++)
            for (uint32_t j = 0; j < o->nranges; j++) {
                const dict_range *x = &a->ranges[i], *y = &o->ranges[j];
                if (x->code == y->code)
                    continue;
                if (ranges_overlap(x->from, x->to, y->from, y->to)) {
                    char f[16], t[16];
                    fmt_date(f, sizeof f, x->from > y->from ? x->from : y->from);
                    fmt_date(t, sizeof t, x->to < y->to ? x->to : y->to);
                    dict_problem(d, overlap_kind(x->from, x->to, y->from, y->to), line,
                                 "'%s' is %s here and %s at %s:%u on %s..%s; make the date "
                                 "ranges meet without overlapping",
                                 name, x->code, y->code, o->file, o->line, f, t);
                    return -1;
                }
            }
        if (!a->nranges && !o->nranges && !a->fallback && !o->fallback) {
            dict_problem(d, Q_DUP_NAME, line, "duplicate: '%s' is already at %s:%u", name,
                         o->file, o->line);
            return -1;
        }
    }
    return 0;
}

static const char *intern_code(dict *d, const char *code)
{
    uint32_t id = dict_intern(d, code, strlen(code));
    return id ? d->strs[id] : NULL;
}

/* The trie node of name (NUL-terminated), made if need be; NAME_EMPTY when
** the name has no words, another negative value when out of memory. */
#define NAME_EMPTY (-2)
static int32_t name_node(dict *d, const char *name)
{
    uint32_t ids[64];
    size_t n = dict_name_ids(d, name, strlen(name), ids, 64);
    if (!n)
        return NAME_EMPTY;
    int32_t node = dict_trie_path(d, 0, ids, n);
    return node < 0 ? -1 : node;
}

/* The given words of the entry under construction (dict_actor.given):
** every word but the last of each name of several words, lower-cased,
** each followed by a blank; NULL when there is none (or out of memory,
** which sets d->oom). Copied into the dict's arena. */
static const char *given_words(dict *d)
{
    char buf[512];
    size_t o = 0;
    const char *s = d->cur.names.s;
    for (size_t k = 0; k < d->cur.nnames; k++, s += strlen(s) + 1) {
        size_t n = strlen(s), last = n;
        while (last > 0 && s[last - 1] != ' ' && s[last - 1] != '_')
            last--;
        for (size_t i = 0; i < last && o + 2 < sizeof buf; i++) {
            unsigned char ch = (unsigned char)s[i];
            if (ch == '_')
                ch = ' ';
            if (ch == ' ' && (o == 0 || buf[o - 1] == ' '))
                continue;
            buf[o++] = (char)tolower(ch);
        }
        if (o > 0 && buf[o - 1] != ' ')
            buf[o++] = ' ';
    }
    return o ? dict_strdup(d, buf, o) : NULL;
}

static void commit_actor(dict *d)
{
    /* overlaps inside one person */
    for (size_t i = 0; i < d->cur.nranges; i++)
        for (size_t j = 0; j < i; j++) {
            tmp_range *x = &d->cur.ranges[i], *y = &d->cur.ranges[j];
            if (strcmp(x->code, y->code) != 0 && ranges_overlap(x->from, x->to, y->from, y->to)) {
                char f[16], t[16];
                fmt_date(f, sizeof f, x->from > y->from ? x->from : y->from);
                fmt_date(t, sizeof t, x->to < y->to ? x->to : y->to);
                dict_problem(d, overlap_kind(x->from, x->to, y->from, y->to), x->line,
                             "range of %s overlaps the range of %s on line %u (%s..%s); "
                             "make the ranges meet without overlapping",
                             x->code, y->code, y->line, f, t);
                if (!d->petr)
                    return;
            }
        }
    if (base_grow((void **)&d->actors, &d->actorcap, d->nactors + 1, sizeof *d->actors) < 0) {
        d->oom = 1;
        return;
    }
    dict_actor *a = &d->actors[d->nactors];
    memset(a, 0, sizeof *a);
    /* dyad's format says which; PETRARCH actors with dated codes are people */
    a->kind = (uint8_t)(d->cur.kind == DICT_PERSON || (d->petr && d->cur.nranges) ? DICT_PERSON
                                                                                 : DICT_ACTOR);
    a->file = d->file;
    a->line = d->cur.line;
    a->name = dict_strdup(d, d->cur.names.s, strlen(d->cur.names.s));
    if (d->cur.has_fallback)
        a->fallback = intern_code(d, d->cur.fallback);
    if (d->cur.nranges) {
        dict_range *r = dict_arena_alloc(d, d->cur.nranges * sizeof *r);
        if (!r)
            return;
        for (size_t i = 0; i < d->cur.nranges; i++) {
            r[i].code = intern_code(d, d->cur.ranges[i].code);
            r[i].from = d->cur.ranges[i].from;
            r[i].to = d->cur.ranges[i].to;
        }
        a->ranges = r;
        a->nranges = (uint32_t)d->cur.nranges;
    }
    if (a->kind == DICT_PERSON)
        a->given = given_words(d);
    if (d->oom || !a->name)
        return;
    if (!a->fallback && !a->nranges)
        dict_quirk_count(d, Q_NO_CODE, d->cur.line);
    d->nactors++;
    d->counts[a->kind]++;
    uint32_t aidx = (uint32_t)(d->nactors - 1);
    const char *s = d->cur.names.s;
    for (size_t k = 0; k < d->cur.nnames; k++, s += strlen(s) + 1) {
        int32_t node = name_node(d, s);
        if (node == NAME_EMPTY)
            continue;
        if (node < 0)
            return;
        a = &d->actors[aidx];
        if (check_bind(d, node, a, s, d->cur.name_lines[k]) < 0)
            continue;
        if (base_grow((void **)&d->binds, &d->bindcap, d->nbinds + 1, sizeof *d->binds) < 0) {
            d->oom = 1;
            return;
        }
        actor_bind *nb = &d->binds[d->nbinds];
        nb->actor = aidx;
        nb->next = -1;
        int32_t *link = &d->nodes[node].bind;
        while (*link >= 0)
            link = &d->binds[*link].next;
        *link = (int32_t)d->nbinds++;
        d->nnames++;
    }
}

static void commit_agent(dict *d)
{
    if (base_grow((void **)&d->agents, &d->agentcap, d->nagents + 1, sizeof *d->agents) < 0) {
        d->oom = 1;
        return;
    }
    dict_agent *ag = &d->agents[d->nagents];
    ag->name = dict_strdup(d, d->cur.names.s, strlen(d->cur.names.s));
    ag->code = intern_code(d, d->cur.code);
    ag->prefix = (uint8_t)d->cur.prefix;
    ag->file = d->file;
    ag->line = d->cur.line;
    if (d->oom)
        return;
    uint32_t idx = (uint32_t)d->nagents++;
    d->counts[DICT_AGENT]++;
    const char *s = d->cur.names.s;
    for (size_t k = 0; k < d->cur.nnames; k++, s += strlen(s) + 1) {
        int32_t node = name_node(d, s);
        if (node == NAME_EMPTY)
            continue;
        if (node < 0)
            return;
        int32_t old = d->nodes[node].agent;
        if (old >= 0) {
            const dict_agent *o = &d->agents[old];
            if (o->code == d->agents[idx].code)
                dict_problem(d, Q_DUP_AGENT, d->cur.name_lines[k],
                             "duplicate: agent '%s' is already %s at %s:%u; remove one", s,
                             o->code, o->file, o->line);
            else
                dict_problem(d, Q_DUP_AGENT, d->cur.name_lines[k],
                             "agent '%s' is %s here but %s at %s:%u; keep one", s,
                             d->agents[idx].code, o->code, o->file, o->line);
            continue;
        }
        d->nodes[node].agent = (int32_t)idx;
        d->nnames++;
    }
}

static void commit_discard(dict *d)
{
    const char *s = d->cur.names.s;
    for (size_t k = 0; k < d->cur.nnames; k++, s += strlen(s) + 1) {
        int32_t node = name_node(d, s);
        if (node == NAME_EMPTY)
            continue;
        if (node < 0)
            return;
        if (d->nodes[node].discard >= 0) {
            const dict_discard *o = &d->discards[d->nodes[node].discard];
            dict_problem(d, Q_DUP_DISCARD, d->cur.name_lines[k],
                         "duplicate: discard '%s' is already at %s:%u; remove one", s, o->file,
                         o->line);
            continue;
        }
        if (base_grow((void **)&d->discards, &d->discardcap, d->ndiscards + 1,
                      sizeof *d->discards) < 0) {
            d->oom = 1;
            return;
        }
        dict_discard *dc = &d->discards[d->ndiscards];
        dc->name = dict_strdup(d, s, strlen(s));
        dc->story = (uint8_t)d->cur.story;
        dc->file = d->file;
        dc->line = d->cur.name_lines[k];
        if (!dc->name)
            return;
        d->nodes[node].discard = (int32_t)d->ndiscards++;
        d->counts[DICT_DISCARD]++;
        d->nnames++;
    }
}

void dict_entry_commit(dict *d)
{
    if (!d->cur.active || d->oom)
        return;
    if (d->cur.nnames) {
        switch (d->cur.kind) {
        case DICT_ACTOR:
        case DICT_PERSON: commit_actor(d); break;
        case DICT_AGENT: commit_agent(d); break;
        case DICT_DISCARD: commit_discard(d); break;
        default: break;
        }
    }
    dict_entry_abandon(d);
}

/* ---- synsets ---- */

int32_t dict_synset_find(const dict *d, const char *name)
{
    for (size_t i = 0; i < d->nsynsets; i++)
        if (strcmp(d->synsets[i].name, name) == 0)
            return (int32_t)i;
    return -1;
}

const dict_synset *dict_synset_at(const dict *d, uint32_t i)
{
    return i < d->nsynsets ? &d->synsets[i] : NULL;
}

int32_t dict_synset_add(dict *d, const char *name, size_t len, uint32_t line)
{
    size_t cap = d->synsetcap;
    if (base_grow((void **)&d->synsets, &cap, d->nsynsets + 1, sizeof *d->synsets) < 0 ||
        base_grow((void **)&d->synroot, &d->synsetcap, d->nsynsets + 1, sizeof *d->synroot) < 0) {
        d->oom = 1;
        return -1;
    }
    dict_synset *s = &d->synsets[d->nsynsets];
    uint32_t id = dict_intern(d, name, len);
    uint32_t root = dict_trie_new_root(d);
    if (!id || !root)
        return -1;
    s->name = d->strs[id];
    s->members = 0;
    s->file = d->file;
    s->line = line;
    d->synroot[d->nsynsets] = root;
    d->counts[DICT_SYNSET]++;
    return (int32_t)d->nsynsets++;
}

void dict_synset_member(dict *d, uint32_t syn, const char *phrase, size_t len, uint32_t line)
{
    if (!name_ok(d, phrase, len, line))
        return;
    uint32_t ids[64];
    size_t n = dict_name_ids(d, phrase, len, ids, 64);
    if (!n)
        return;
    int32_t node = dict_trie_path(d, d->synroot[syn], ids, n);
    if (node < 0)
        return;
    if (d->nodes[node].synset >= 0) {
        dict_problem(d, Q_DUP_SYNMEMBER, line, "duplicate: '%.*s' is already in %s", (int)len,
                     phrase, d->synsets[syn].name);
        return;
    }
    d->nodes[node].synset = (int32_t)syn;
    d->synsets[syn].members++;
}

/* ---- verbs and patterns ---- */

uint32_t dict_block_add(dict *d, const char *name)
{
    if (base_grow((void **)&d->block_names, &d->blockcap, d->nblocks + 1,
                  sizeof *d->block_names) < 0) {
        d->oom = 1;
        return 0;
    }
    uint32_t id = dict_intern(d, name, strlen(name));
    d->block_names[d->nblocks] = dict_str(d, id);
    return d->nblocks++;
}

/* ---- repeated patterns: an index of the patterns by their elements ---- */

static uint64_t elems_hash(uint64_t h, const dict_elem *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ ((uint64_t)e[i].kind << 40 | (uint64_t)e[i].flags << 32 | e[i].id)) *
            1099511628211u;
    return h;
}

/* Hash of what makes two patterns the same, their codes aside. */
static uint64_t pattern_hash(uint32_t verb_key, uint32_t block, uint32_t flags,
                             const dict_elem *pre, size_t npre, const dict_elem *post,
                             size_t npost)
{
    uint64_t h = 14695981039346656037u;
    h = (h ^ ((uint64_t)verb_key << 32 | block)) * 1099511628211u;
    h = (h ^ ((uint64_t)flags << 32 | (uint64_t)npre << 16 | npost)) * 1099511628211u;
    return elems_hash(elems_hash(h, pre, npre), post, npost);
}

static uint64_t rec_hash(const pattern_rec *r)
{
    return pattern_hash(r->verb_key, r->block, r->p.flags, r->p.pre, r->p.npre, r->p.post,
                        r->p.npost);
}

static int elems_same(const dict_elem *a, const dict_elem *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i].kind != b[i].kind || a[i].flags != b[i].flags || a[i].id != b[i].id)
            return 0;
    return 1;
}

/* Doubles the index (at least 1024 slots) and puts every pattern in it. */
static int pattern_index_grow(dict *d)
{
    size_t cap = d->pat_index_cap ? 2 * d->pat_index_cap : 1024;
    uint32_t *t = dy_calloc(cap, sizeof *t);
    if (!t) {
        d->oom = 1;
        return -1;
    }
    for (size_t i = 0; i < d->npats; i++) {
        size_t j = (size_t)rec_hash(&d->pats[i]) & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = (uint32_t)i + 1;
    }
    dy_free(d->pat_index);
    d->pat_index = t;
    d->pat_index_cap = cap;
    return 0;
}

/* The earlier pattern with the same verb key, elements and flags, or NULL;
** *slot gets the free index slot where a new one goes. */
static const pattern_rec *pattern_twin(const dict *d, uint32_t verb_key, uint32_t block,
                                       uint32_t flags, const dict_elem *pre, size_t npre,
                                       const dict_elem *post, size_t npost, size_t *slot)
{
    uint64_t h = pattern_hash(verb_key, block, flags, pre, npre, post, npost);
    size_t mask = d->pat_index_cap - 1, j = (size_t)h & mask;
    for (; d->pat_index[j]; j = (j + 1) & mask) {
        const pattern_rec *r = &d->pats[d->pat_index[j] - 1];
        if (r->verb_key == verb_key && r->block == block && r->p.flags == flags &&
            r->p.npre == npre && r->p.npost == npost && elems_same(r->p.pre, pre, npre) &&
            elems_same(r->p.post, post, npost))
            return r;
    }
    *slot = j;
    return NULL;
}

/* The pattern as dyad's format writes it, for messages: "visit +". */
static void pattern_words(const dict *d, const dict_pattern *p, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < p->npre + 1 + p->npost && n + 1 < cap; i++) {
        const char *w;
        if (i == p->npre)
            w = p->verb ? p->verb : "";
        else {
            const dict_elem *e = i < p->npre ? &p->pre[i] : &p->post[i - p->npre - 1];
            w = e->kind == DICT_EL_WORD     ? dict_word_str(d, e->id)
              : e->kind == DICT_EL_SYNSET   ? d->synsets[e->id].name
              : e->kind == DICT_EL_SOURCE   ? "$"
              : e->kind == DICT_EL_TARGET   ? "+"
              : e->kind == DICT_EL_COMPOUND ? "%"
                                            : "^";
        }
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? " " : "", w);
    }
    if ((p->flags & DICT_PAT_MUTUAL) && n + 1 < cap)
        snprintf(buf + n, cap - n, " @mutual");
}

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

dict_pattern *dict_pattern_add(dict *d, uint32_t verb_key, uint32_t block,
                               const char *verb, const char *code, const char *code2,
                               const dict_elem *pre, size_t npre,
                               const dict_elem *post, size_t npost, uint32_t flags,
                               uint32_t line)
{
    if (base_grow((void **)&d->pats, &d->patcap, d->npats + 1, sizeof *d->pats) < 0) {
        d->oom = 1;
        return NULL;
    }
    if (2 * (d->npats + 1) > d->pat_index_cap && pattern_index_grow(d) < 0)
        return NULL;
    size_t slot = 0;
    const pattern_rec *twin =
        pattern_twin(d, verb_key, block, flags, pre, npre, post, npost, &slot);
    if (twin) {
        /* reported, and kept as before, so that what the coder picks stays */
        const dict_pattern *t = &twin->p;
        char text[200];
        pattern_words(d, t, text, sizeof text);
        if (same_str(t->code, code) && same_str(t->code2, code2))
            dict_repeat(d, Q_DUP_PATTERN, line,
                        "duplicate: pattern '%s' is already at %s:%u; remove one", text,
                        t->file, t->line);
        else   /* two codes for one pattern: an error in dyad's format */
            dict_problem(d, Q_DUP_PATTERN, line, "pattern '%s' is %s here but %s at %s:%u; "
                         "keep one", text, code ? code : "---", t->code ? t->code : "---",
                         t->file, t->line);
    }
    pattern_rec *r = &d->pats[d->npats];
    memset(r, 0, sizeof *r);
    r->verb_key = verb_key;
    r->block = block;
    dict_pattern *p = &r->p;
    p->code = code ? intern_code(d, code) : NULL;
    p->code2 = code2 ? intern_code(d, code2) : NULL;
    p->verb = verb ? intern_code(d, verb) : NULL;
    dict_elem *e = dict_arena_alloc(d, (npre + npost + 1) * sizeof *e);
    if (!e || d->oom)
        return NULL;
    if (npre)   /* a noun pattern has no elements before its noun: pre may be NULL */
        memcpy(e, pre, npre * sizeof *e);
    if (npost)
        memcpy(e + npre, post, npost * sizeof *e);
    p->pre = e;
    p->npre = (uint32_t)npre;
    p->post = e + npre;
    p->npost = (uint32_t)npost;
    p->flags = flags;
    p->file = d->file;
    p->line = line;
    if (!twin)
        d->pat_index[slot] = (uint32_t)d->npats + 1;
    d->npats++;
    d->counts[DICT_VERB]++;
    return p;
}

verb_rec *dict_verb_add(dict *d, const char *lemma, size_t len, const char *code,
                        const uint32_t *before, size_t nbefore, const uint32_t *after,
                        size_t nafter, uint32_t block, uint32_t line)
{
    uint32_t id = dict_intern_fold(d, lemma, len);
    if (!id)
        return NULL;
    if (base_grow((void **)&d->verbs, &d->verbcap, d->nverbs + 1, sizeof *d->verbs) < 0) {
        d->oom = 1;
        return NULL;
    }
    verb_rec *r = &d->verbs[d->nverbs];
    memset(r, 0, sizeof *r);
    r->lemma_id = id;
    r->block = block;
    r->v.lemma = d->strs[id];
    r->v.code = code ? intern_code(d, code) : NULL;
    if (nbefore || nafter) {
        uint32_t *w = dict_arena_alloc(d, (nbefore + nafter) * sizeof *w);
        if (!w)
            return NULL;
        if (nbefore)   /* either list may be NULL when empty */
            memcpy(w, before, nbefore * sizeof *w);
        if (nafter)
            memcpy(w + nbefore, after, nafter * sizeof *w);
        r->v.words_before = w;
        r->v.nbefore = (uint32_t)nbefore;
        r->v.words_after = w + nbefore;
        r->v.nafter = (uint32_t)nafter;
    }
    r->v.file = d->file;
    r->v.line = line;
    r->v.petr = (uint8_t)d->petr;
    if (d->oom)
        return NULL;
    if (block == UINT32_MAX) {
        size_t had = d->plain_verb_cap;
        if (base_grow((void **)&d->plain_verb, &d->plain_verb_cap, (size_t)id + 1,
                      sizeof *d->plain_verb) < 0) {
            d->oom = 1;
            return NULL;
        }
        memset(d->plain_verb + had, 0, (d->plain_verb_cap - had) * sizeof *d->plain_verb);
        d->plain_verb[id] = (uint32_t)d->nverbs + 1;
    }
    d->nverbs++;
    return r;
}

verb_rec *dict_plain_verb(dict *d, uint32_t lemma_id)
{
    return lemma_id < d->plain_verb_cap && d->plain_verb[lemma_id]
               ? &d->verbs[d->plain_verb[lemma_id] - 1] : NULL;
}

/* ---- finishing ---- */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Kinds of trie entries, as bits of node_kinds and first_kinds. */
/* In first_kinds only, beside them: DICT_STARTS_MEMBER (dict.h). */
enum { TK_ACTOR = 1, TK_AGENT = 2, TK_DISCARD = 4, TK_MEMBER = 8 };
_Static_assert(TK_ACTOR == DICT_STARTS_ACTOR && TK_AGENT == DICT_STARTS_AGENT,
               "dict.h's quick tests read TK_ACTOR and TK_AGENT");
_Static_assert(!((TK_ACTOR | TK_AGENT | TK_DISCARD | TK_MEMBER | DICT_STARTS_MEMBER) &
                 DICT_STARTS_THE), "the bit of \"the\" is no kind's");

/* Fills d->node_kinds and d->first_kinds. A child's index is above its
** parent's (dict_trie_path makes the parent first), so one pass from the
** last node down adds each subtree to its parent complete. */
static int trie_kinds(dict *d)
{
    dy_free(d->node_kinds);
    dy_free(d->first_kinds);
    d->node_kinds = dy_malloc(d->nnodes + 1);
    d->first_kinds_n = d->nstr + 1;
    d->first_kinds = dy_calloc(d->first_kinds_n, 1);
    int32_t *parent = dy_malloc((d->nnodes + 1) * sizeof *parent);
    uint8_t *synroot = dy_calloc(d->nnodes + 1, 1);   /* is node i a synset's root? */
    if (!d->node_kinds || !d->first_kinds || !parent || !synroot) {
        dy_free(parent);
        dy_free(synroot);
        return -1;
    }
    for (size_t i = 0; i < d->nsynsets; i++)
        synroot[d->synroot[i]] = 1;
    for (size_t i = 0; i < d->nnodes; i++) {
        const trie_node *t = &d->nodes[i];
        parent[i] = -1;
        d->node_kinds[i] = (uint8_t)((t->bind >= 0 ? TK_ACTOR : 0) |
                                     (t->agent >= 0 ? TK_AGENT : 0) |
                                     (t->discard >= 0 ? TK_DISCARD : 0) |
                                     (t->synset >= 0 ? TK_MEMBER : 0));
    }
    for (size_t i = 0; i < d->ecap; i++)
        if (d->ekey[i])
            parent[d->eval[i]] = (int32_t)((d->ekey[i] - 1) >> 32);
    for (size_t i = d->nnodes; i-- > 1;)
        if (parent[i] >= 0)
            d->node_kinds[parent[i]] |= d->node_kinds[i];
    for (size_t i = 0; i < d->ecap; i++) {
        if (!d->ekey[i])
            continue;
        uint64_t from = (d->ekey[i] - 1) >> 32;
        uint32_t word = (uint32_t)(d->ekey[i] - 1);
        if (from == 0)
            d->first_kinds[word] |= d->node_kinds[d->eval[i]];
        else if (synroot[from])
            d->first_kinds[word] |= DICT_STARTS_MEMBER;
    }
    dy_free(parent);
    dy_free(synroot);
    d->kinds_ok = 1;
    return 0;
}

/* A pattern's need bits (dict_pattern) over el[0..n), leaving out the
** word optional. */
static uint64_t words_needed(const dict_elem *el, uint32_t n, uint32_t optional)
{
    uint64_t need = 0;
    for (uint32_t e = 0; e < n; e++)
        if (el[e].kind == DICT_EL_WORD && el[e].id && el[e].id != optional)
            need |= 1ull << (dict_word_bit(el[e].id) % 64);
    return need;
}

/* How many elements of p's post hold words it cannot do without: all,
** but the last two ("with +") of one that a compound subject may match
** without them (coder_pattern.c's joint_pattern, which asks this shape
** and more of it). */
static uint32_t post_needed(const dict_pattern *p)
{
    uint32_t n = p->npost;
    int joint = n >= 3 && p->post[n - 1].kind == DICT_EL_TARGET &&
                p->post[n - 2].kind == DICT_EL_WORD && p->npre == 0;
    return joint ? n - 2 : n;
}

/* The key (dict_pattern.key_pre, key_post) of el[0..n), leaving out the
** word optional: the filter bit of its word whose bit count[] (how many
** patterns' needed words have that bit) is the lowest. */
static uint16_t key_word(const dict_elem *el, uint32_t n, uint32_t optional,
                         const uint32_t *count)
{
    uint16_t key = DICT_NO_KEY;
    for (uint32_t e = 0; e < n; e++)
        if (el[e].kind == DICT_EL_WORD && el[e].id && el[e].id != optional) {
            uint32_t b = dict_word_bit(el[e].id);
            if (key == DICT_NO_KEY || count[b] < count[key])
                key = (uint16_t)b;
        }
    return key;
}

/* Counts into count[] (1 << 10 entries) each needed word's filter bit,
** as words_needed leaves words out. */
static void count_bits(const dict_elem *el, uint32_t n, uint32_t optional, uint32_t *count)
{
    for (uint32_t e = 0; e < n; e++)
        if (el[e].kind == DICT_EL_WORD && el[e].id && el[e].id != optional)
            count[dict_word_bit(el[e].id)]++;
}

int dict_finish(dict *d)
{
    if (d->oom)
        return DYAD_ENOMEM;
    /* Group patterns by key: dyad-format verbs by lemma id, PETRARCH by
    ** block. Sorting (key << 32 | index) keeps file order inside a group. */
    size_t np = d->npats;
    uint64_t *order = dy_malloc((np + 1) * sizeof *order);
    dy_free(d->patlist);
    dy_free(d->patneed);
    d->patlist = dy_malloc((np + 1) * sizeof *d->patlist);
    d->patneed = dy_malloc((2 * np + 2) * sizeof *d->patneed);
    if (!order || !d->patlist || !d->patneed) {
        dy_free(order);
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < np; i++) {
        uint64_t key = d->pats[i].block != UINT32_MAX ? (uint64_t)d->pats[i].block
                                                     : (1ULL << 31) + d->pats[i].verb_key;
        order[i] = key << 32 | i;
    }
    qsort(order, np, sizeof *order, cmp_u64);
    for (size_t i = 0; i < np; i++)
        d->patlist[i] = &d->pats[order[i] & 0xffffffffu].p;
    dict_word that = {"that", 4};
    dict_wid that_id;
    dict_word_ids(d, &that, 1, &that_id);
    _Static_assert(DICT_NO_KEY >= 1u << 10, "a key is no 10-bit filter bit");
    uint32_t count[1u << 10] = {0};
    for (size_t i = 0; i < np; i++) {
        dict_pattern *p = &d->pats[i].p;
        p->need_pre = words_needed(p->pre, p->npre, 0);
        p->need_post = words_needed(p->post, post_needed(p), that_id.fold);
        count_bits(p->pre, p->npre, 0, count);
        count_bits(p->post, post_needed(p), that_id.fold, count);
    }
    for (size_t i = 0; i < np; i++) {
        dict_pattern *p = &d->pats[i].p;
        p->key_pre = key_word(p->pre, p->npre, 0, count);
        p->key_post = key_word(p->post, post_needed(p), that_id.fold, count);
    }
    for (size_t i = 0; i < np; i++) {
        d->patneed[i] = d->patlist[i]->need_pre | d->patlist[i]->need_post;
        d->patneed[np + i] = d->patlist[i]->need_post;
    }
    for (size_t v = 0; v < d->nverbs; v++) {
        verb_rec *r = &d->verbs[v];
        uint64_t key = r->block != UINT32_MAX ? (uint64_t)r->block : (1ULL << 31) + r->lemma_id;
        /* binary search the first pattern of key */
        size_t lo = 0, hi = np;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if ((order[mid] >> 32) < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t end = lo;
        while (end < np && (order[end] >> 32) == key)
            end++;
        r->v.patterns = d->patlist + lo;
        r->v.npatterns = (uint32_t)(end - lo);
        r->v.need_all = d->patneed + lo;
        r->v.need_post = d->patneed + np + lo;
    }
    dy_free(order);

    /* verb index by word id; multi-word verbs ahead of single words; the
    ** nouns of noun patterns in an index of their own */
    dy_free(d->verb_head);
    dy_free(d->noun_head);
    d->verb_head_n = d->nstr + 1;
    d->verb_head = dy_malloc(d->verb_head_n * sizeof *d->verb_head);
    d->noun_head = dy_malloc(d->verb_head_n * sizeof *d->noun_head);
    if (!d->verb_head || !d->noun_head)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < d->verb_head_n; i++)
        d->verb_head[i] = d->noun_head[i] = -1;
    /* prepend in reverse file order: singles first, then multi-word verbs,
    ** so that each chain holds the multi-word verbs, then the singles, each
    ** in file order */
    for (int pass = 0; pass < 2; pass++)
        for (size_t v = d->nverbs; v-- > 0;) {
            verb_rec *r = &d->verbs[v];
            int multi = r->v.nbefore || r->v.nafter;
            if (multi != (pass == 1))
                continue;
            int32_t *head = r->v.noun ? &d->noun_head[r->lemma_id] : &d->verb_head[r->lemma_id];
            r->v.next = *head >= 0 ? &d->verbs[*head].v : NULL;
            *head = (int32_t)v;
        }
    if (trie_kinds(d) < 0)
        return DYAD_ENOMEM;
    d->finished = 1;
    return DYAD_OK;
}

/* ---- lookups ---- */

/* Longest word dict_word_ids folds in one pass (ASCII); longer ones go
** through dict_fold. */
#define WORD_BUF 512

/* The kinds of names (TK_*) that a word of ids fold and exact may start
** (dict_wid.starts): all when they are not kept (the trie is still
** growing), none for a word interned later. */
static uint8_t start_kinds(const dict *d, uint32_t fold, uint32_t exact)
{
    if (!d->kinds_ok)
        return 0xff;
    return (fold < d->first_kinds_n ? d->first_kinds[fold] : 0) |
           (exact < d->first_kinds_n ? d->first_kinds[exact] : 0) |
           (fold == d->the_id ? DICT_STARTS_THE : 0);
}

void dict_word_ids(const dict *d, const dict_word *w, size_t n, dict_wid *ids)
{
    char buf[WORD_BUF];
    for (size_t i = 0; i < n; i++) {
        const char *s = w[i].s;
        size_t len = w[i].len;
        /* One pass hashes the word as it is and, for ASCII, its folded
        ** form (dict_fold's result there) into buf. */
        uint32_t h = BASE_HASH_SEED, hf = BASE_HASH_SEED;   /* base_hash of both, fused */
        int ascii = len <= sizeof buf, caps = 0;
        for (size_t j = 0; j < len; j++) {
            unsigned char c = (unsigned char)s[j];
            h = (h ^ c) * 16777619u;
            if (c >= 0x80)
                ascii = 0;
            if (ascii) {
                unsigned char lc = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
                caps |= lc != c;
                buf[j] = (char)lc;
                hf = (hf ^ lc) * 16777619u;
            }
        }
        ids[i].exact = intern_find(d, s, len, h);
        if (ascii) {
            /* without capitals the folded key is the word: same id */
            ids[i].fold = caps ? intern_find(d, buf, len, hf) : ids[i].exact;
        } else {
            size_t k = dict_fold(s, len, buf, sizeof buf);
            ids[i].fold = k == (size_t)-1
                        ? 0 : intern_find(d, buf, k, base_hash(BASE_HASH_SEED, buf, k));
        }
        ids[i].starts = start_kinds(d, ids[i].fold, ids[i].exact);
    }
}

void dict_word_ids_memo(const dict *d, word_memo *memo, size_t at, const dict_word *w,
                        size_t n, dict_wid *ids, void **entries)
{
    for (size_t i = 0; i < n; i++) {
        int hit;
        char *entry = memo_entry(memo, w[i].s, w[i].len, 0, &hit);
        if (entries)
            entries[i] = entry;
        /* a kept entry may be another part's (the analyzer's tags) only */
        dict_wid_kept *kept = entry ? (dict_wid_kept *)(entry + at) : NULL;
        if (kept && kept->known) {
            ids[i] = kept->ids;
            continue;
        }
        dict_word_ids(d, &w[i], 1, &ids[i]);
        if (kept) {
            kept->ids = ids[i];
            kept->known = 1;
        }
    }
}

/* A lemma that is its token as written takes the token's ids, and one
** that is the token lower-cased (ASCII) its folded id for both: then
** dict_word_ids would give it those, for an ASCII word's folded key is
** its lower-case form. */
void dict_lemma_ids(const dict *d, word_memo *memo, size_t at, const char *text,
                    const dyad_token *toks, const dict_wid *tok_ids,
                    const char *const *lemmas, const uint8_t *forms, size_t n, dict_wid *ids,
                    void *const *entries, const uint8_t *subs)
{
    for (size_t i = 0; i < n; i++) {
        int form = toks[i].len > WORD_BUF ? 0
                 : forms ? forms[i]
                 : base_lemma_form(lemmas[i], text + toks[i].start, toks[i].len);
        if (form) {
            ids[i] = tok_ids[i];
            if (form == BASE_FORM_LOWER) {
                ids[i].exact = ids[i].fold;
                ids[i].starts = start_kinds(d, ids[i].fold, ids[i].exact);
            }
            continue;
        }
        /* kept in the token's entry when its lemma was the same sub's */
        dict_wid_kept *k = entries && entries[i] ? (dict_wid_kept *)((char *)entries[i] + at)
                                                 : NULL;
        if (k && k->lemma_sub == subs[i] + 1) {
            ids[i] = k->lemma;
            continue;
        }
        /* ids are a function of the bytes alone: a lemma shares the
        ** tokens' memo ("say" is also a token) */
        dict_word w = {lemmas[i], strlen(lemmas[i])};
        dict_word_ids_memo(d, memo, at, &w, 1, &ids[i], NULL);
        if (k) {
            k->lemma = ids[i];
            k->lemma_sub = (uint8_t)(subs[i] + 1);
        }
    }
}

const char *dict_actor_code(const dict_actor *a, int32_t date)
{
    if (date > 0) {
        for (uint32_t i = 0; i < a->nranges; i++)
            if (a->ranges[i].from <= date && date <= a->ranges[i].to)
                return a->ranges[i].code;
        return a->fallback;
    }
    if (a->fallback || !a->nranges)
        return a->fallback;
    const dict_range *best = &a->ranges[0];
    for (uint32_t i = 1; i < a->nranges; i++)
        if (a->ranges[i].to > best->to)
            best = &a->ranges[i];
    return best->code;
}

/* Does one of a's ranges cover date? */
static int covers(const dict_actor *a, int32_t date)
{
    for (uint32_t i = 0; i < a->nranges; i++)
        if (a->ranges[i].from <= date && date <= a->ranges[i].to)
            return 1;
    return 0;
}

/* The range of a that ended last before date, when a has no undated code
** and no range that covers date or starts after it: an entry whose time
** is over. NULL otherwise (and always for an unknown date). */
static const dict_range *last_range(const dict_actor *a, int32_t date)
{
    const dict_range *best = NULL;
    if (date <= 0 || a->fallback)
        return NULL;
    for (uint32_t i = 0; i < a->nranges; i++) {
        if (a->ranges[i].to >= date)
            return NULL;
        if (!best || a->ranges[i].to > best->to)
            best = &a->ranges[i];
    }
    return best;
}

/* Can a name of kind (TK_*) start at ids[start]? Most words start none:
** asked without a probe of the trie, by the kinds kept with the ids
** (dict_wid.starts: all when unknown, none for a word interned later). */
static int may_start(const dict_wid *ids, size_t n, size_t start, uint8_t kind)
{
    return start < n && (ids[start].starts & kind);
}

/* The edges from node for a word, by its folded id (*a) and by its exact
** id when that differs (*b), each -1 when there is none or when it leads
** to no name of kind. */
static void edges_of_word(const dict *d, int32_t node, const dict_wid *w, uint8_t kind,
                          int32_t *a, int32_t *b)
{
    *a = edge_find(d, (uint32_t)node, w->fold);
    *b = w->exact != w->fold ? edge_find(d, (uint32_t)node, w->exact) : -1;
    if (d->kinds_ok) {
        if (*a >= 0 && !(d->node_kinds[*a] & kind))
            *a = -1;
        if (*b >= 0 && !(d->node_kinds[*b] & kind))
            *b = -1;
    }
}

/* Longest path from root over ids[start..n) to a node for which want()
** holds; both the folded and the exact id of each word are tried. kind
** (TK_*): what want() asks for; no path leads into a subtree without it. */
typedef int (*node_pred)(const trie_node *t, int32_t arg);

static size_t longest_dfs(const dict *d, uint32_t root, const dict_wid *ids, size_t n,
                          size_t start, uint8_t kind, node_pred want, int32_t arg,
                          int32_t *node_out)
{
    /* depth-first over at most two edges per word; names are short */
    struct { int32_t node; size_t depth; } stack[128];
    size_t sp = 0, best = 0;
    stack[sp].node = (int32_t)root;
    stack[sp++].depth = 0;
    while (sp) {
        int32_t node = stack[--sp].node;
        size_t depth = stack[sp].depth;
        if (depth && depth > best && want(&d->nodes[node], arg)) {
            best = depth;
            *node_out = node;
        }
        size_t i = start + depth;
        if (i >= n)
            continue;
        int32_t a, b;
        edges_of_word(d, node, &ids[i], kind, &a, &b);
        if (a >= 0 && sp < 128) {
            stack[sp].node = a;
            stack[sp++].depth = depth + 1;
        }
        if (b >= 0 && sp < 128) {
            stack[sp].node = b;
            stack[sp++].depth = depth + 1;
        }
    }
    return best;
}

/* longest, walked as a single path while each word leads on by one edge
** at most (nearly every search): no stack. At a word whose folded and
** exact ids both lead on, the depth-first search above starts over, so
** that the node it keeps among paths of one length is as before. */
static size_t longest(const dict *d, uint32_t root, const dict_wid *ids, size_t n, size_t start,
                      uint8_t kind, node_pred want, int32_t arg, int32_t *node_out)
{
    size_t best = 0;
    int32_t node = (int32_t)root;
    for (size_t depth = 0;; depth++) {
        if (depth && want(&d->nodes[node], arg)) {
            best = depth;
            *node_out = node;
        }
        size_t i = start + depth;
        if (i >= n)
            return best;
        int32_t a, b;
        edges_of_word(d, node, &ids[i], kind, &a, &b);
        if (a >= 0 && b >= 0)
            return longest_dfs(d, root, ids, n, start, kind, want, arg, node_out);
        if (a < 0 && b < 0)
            return best;
        node = a >= 0 ? a : b;
    }
}

static int has_actor(const trie_node *t, int32_t arg) { (void)arg; return t->bind >= 0; }
static int has_agent(const trie_node *t, int32_t arg) { (void)arg; return t->agent >= 0; }
static int has_discard(const trie_node *t, int32_t arg) { (void)arg; return t->discard >= 0; }
static int has_member(const trie_node *t, int32_t arg) { return t->synset == arg; }

/* dict_match_actor's search, once a name may start at start or after
** "the" there; m is zeroed. Kept out of line, so that the many calls
** turned down before it do not pay for its set-up. */
__attribute__((noinline)) static size_t actor_at(const dict *d, const dict_wid *ids, size_t n,
                                                 size_t start, int32_t date, dict_match *m)
{
    int32_t node = -1, node2 = -1;
    size_t len = may_start(ids, n, start, TK_ACTOR)
               ? longest(d, 0, ids, n, start, TK_ACTOR, has_actor, 0, &node) : 0;
    if (ids[start].fold == d->the_id && may_start(ids, n, start + 1, TK_ACTOR)) {
        size_t len2 = longest(d, 0, ids, n, start + 1, TK_ACTOR, has_actor, 0, &node2);
        if (len2 && len2 + 1 > len) {
            len = len2 + 1;
            node = node2;
        }
    }
    if (!len)
        return 0;
    if (m) {
        m->len = len;
        int32_t first = d->nodes[node].bind;
        int applies = 0;   /* an entry covers the date, perhaps with the null code */
        const dict_actor *gone = NULL;   /* the actor whose dates ended last */
        const dict_range *gone_r = NULL;
        for (int32_t b = first; b >= 0; b = d->binds[b].next) {
            const dict_actor *a = &d->actors[d->binds[b].actor];
            const char *code = dict_actor_code(a, date);
            if (code) {
                m->actor = a;
                m->code = code;
                return len;
            }
            const dict_range *r = a->kind == DICT_ACTOR ? last_range(a, date) : NULL;
            if (r && (!r->code || strlen(r->code) != 3))
                r = NULL;   /* a state's code has three letters: not its organs */
            applies |= !r && (a->fallback || !a->nranges || covers(a, date));
            if (r && (!gone_r || r->to > gone_r->to))
                gone = a, gone_r = r;
        }
        /* a state that no longer exists is still itself when named:
        ** "Yugoslavia" in an article of 2015 is the Yugoslavia that was.
        ** Its organs are not ("Politburo", "KGB": after 1991 another
        ** state's, or history) */
        if (gone && !applies) {
            m->actor = gone;
            m->code = gone_r->code;
            return len;
        }
        m->actor = &d->actors[d->binds[first].actor];
        m->code = NULL;
    }
    return len;
}

/* dict_match_actor past dict_may_start_actor's test (which passes more
** than it need: every word before the trie's kinds are kept). */
size_t dict_match_actor_found(const dict *d, const dict_wid *ids, size_t n, size_t start,
                              int32_t date, dict_match *m)
{
    if (m)
        memset(m, 0, sizeof *m);
    /* asked at most tokens, where no name starts: that is told here,
    ** without the search's set-up */
    if (!may_start(ids, n, start, TK_ACTOR) &&
        !(start < n && ids[start].fold == d->the_id && may_start(ids, n, start + 1, TK_ACTOR)))
        return 0;
    return actor_at(d, ids, n, start, date, m);
}

size_t dict_match_actor_words(const dict *d, const dict_word *w, size_t n, size_t start,
                              int32_t date, dict_match *m)
{
    dict_wid ids[64];
    if (start >= n) {
        if (m)
            memset(m, 0, sizeof *m);
        return 0;
    }
    size_t k = n - start < 64 ? n - start : 64;
    dict_word_ids(d, w + start, k, ids);
    return dict_match_actor(d, ids, k, 0, date, m);
}

size_t dict_match_agent_found(const dict *d, const dict_wid *ids, size_t n, size_t start,
                              const dict_agent **out)
{
    int32_t node = -1;
    size_t len = may_start(ids, n, start, TK_AGENT)
               ? longest(d, 0, ids, n, start, TK_AGENT, has_agent, 0, &node) : 0;
    if (out)
        *out = len ? &d->agents[d->nodes[node].agent] : NULL;
    return len;
}

size_t dict_match_discard(const dict *d, const dict_wid *ids, size_t n, size_t start,
                          const dict_discard **out)
{
    int32_t node = -1;
    size_t len = may_start(ids, n, start, TK_DISCARD)
               ? longest(d, 0, ids, n, start, TK_DISCARD, has_discard, 0, &node) : 0;
    if (out)
        *out = len ? &d->discards[d->nodes[node].discard] : NULL;
    return len;
}

const dict_discard *dict_find_discard(const dict *d, const dict_wid *ids,
                                      const dict_wid *lids, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const dict_discard *dc;
        /* may_start first: most tokens start none, and this asks at each */
        if ((may_start(ids, n, i, TK_DISCARD) && dict_match_discard(d, ids, n, i, &dc)) ||
            (may_start(lids, n, i, TK_DISCARD) && dict_match_discard(d, lids, n, i, &dc)))
            return dc;
    }
    return NULL;
}

size_t dict_match_synset(const dict *d, uint32_t syn, const dict_wid *ids, size_t n,
                         size_t start)
{
    if (syn >= d->nsynsets || start >= n)
        return 0;
    /* patterns ask at every token: most start no member, which one probe
    ** per id tells without longest's set-up, and most start no member of
    ** any synset, which the ids' kinds tell without a probe */
    uint32_t root = d->synroot[syn];
    if (!dict_may_start_member(&ids[start]))
        return 0;
    if (edge_find(d, root, ids[start].fold) < 0 &&
        (ids[start].exact == ids[start].fold || edge_find(d, root, ids[start].exact) < 0))
        return 0;
    int32_t node = -1;
    return longest(d, d->synroot[syn], ids, n, start, TK_MEMBER, has_member, (int32_t)syn, &node);
}

int dict_code_country(const char *code, char cc[4])
{
    if (!code || !code[0] || !code[1] || !code[2] || code[0] == '"' ||
        strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0)
        return 0;
    if (cc) {
        memcpy(cc, code, 3);
        cc[3] = '\0';
    }
    return 1;
}

size_t dict_agent_join(const dict_agent *ag, const char *actor_code, char *buf, size_t cap)
{
    const char *ac = actor_code ? actor_code : "";
    const char *first = ag->prefix ? ag->code : ac, *second = ag->prefix ? ac : ag->code;
    /* snprintf(buf, cap, "%s%s", first, second), cap > 0 (base_copy) */
    size_t n = base_copy(buf, cap, first);
    return n + (n < cap ? base_copy(buf + n, cap - n, second) : strlen(second));
}

const dict_verb *dict_find_verb_id(const dict *d, uint32_t fold_id)
{
    if (!d->finished || !fold_id || fold_id >= d->verb_head_n || d->verb_head[fold_id] < 0)
        return NULL;
    return &d->verbs[d->verb_head[fold_id]].v;
}

const dict_verb *dict_find_noun_id(const dict *d, uint32_t fold_id)
{
    if (!d->finished || !fold_id || fold_id >= d->verb_head_n || d->noun_head[fold_id] < 0)
        return NULL;
    return &d->verbs[d->noun_head[fold_id]].v;
}

const dict_verb *dict_find_verb(const dict *d, const char *lemma, size_t len)
{
    char buf[512];
    size_t k = dict_fold(lemma, len, buf, sizeof buf);
    if (k == (size_t)-1)
        return NULL;
    return dict_find_verb_id(d, intern_find(d, buf, k, base_hash(BASE_HASH_SEED, buf, k)));
}

long dict_count(const dict *d, dict_kind kind)
{
    return kind < DICT_NKINDS ? d->counts[kind] : 0;
}

void dict_get_stats(const dict *d, dict_stats *st)
{
    memset(st, 0, sizeof *st);
    for (int k = 0; k < DICT_NKINDS; k++)
        st->entries[k] = d->counts[k];
    st->names = d->nnames;
    for (size_t v = 0; v < d->nverbs; v++)
        st->verbs += !d->verbs[v].v.noun;   /* the nouns of noun patterns are no verbs */
    st->words = (long)d->nstr;
    st->errors = d->nerrors;
    st->warnings = d->nwarnings;
    st->quirks = d->nquirks;
    st->bytes = d->arena_bytes + d->strcap * (sizeof *d->strs + sizeof *d->str_hash) +
                d->icap * 2 * sizeof *d->itab + d->nodecap * sizeof *d->nodes +
                d->ecap * (sizeof *d->ekey + sizeof *d->eval + 1) +
                d->actorcap * sizeof *d->actors + d->bindcap * sizeof *d->binds +
                d->agentcap * sizeof *d->agents + d->discardcap * sizeof *d->discards +
                d->synsetcap * (sizeof *d->synsets + sizeof *d->synroot) +
                d->patcap * sizeof *d->pats + d->verbcap * sizeof *d->verbs +
                d->npats * (sizeof *d->patlist + 2 * sizeof *d->patneed) +
                2 * d->verb_head_n * sizeof *d->verb_head;
}

/* ---- dates and codes ---- */

static int days_in(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int32_t dict_date_parse(const char *s, size_t len)
{
    int v[3] = {0, 0, 0}, nd[3] = {0, 0, 0}, part = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '-' && part < 2 && nd[part]) {
            part++;
        } else if (s[i] >= '0' && s[i] <= '9') {
            v[part] = v[part] * 10 + (s[i] - '0');
            if (++nd[part] > 8)
                return 0;
        } else {
            return 0;
        }
    }
    int y, m, dd;
    if (part == 0 && nd[0] == 8) {
        y = v[0] / 10000;
        m = v[0] / 100 % 100;
        dd = v[0] % 100;
    } else if (part == 2 && nd[0] == 4 && nd[1] == 2 && nd[2] == 2) {
        y = v[0];
        m = v[1];
        dd = v[2];
    } else {
        return 0;
    }
    if (y < 1 || m < 1 || m > 12 || dd < 1 || dd > days_in(y, m))
        return 0;
    return y * 10000 + m * 100 + dd;
}

/* 3-letter role, sector, religion and group codes of CAMEO's actor codebook
** (and the Phoenix extensions) that an agent may carry. Sorted for bsearch. */
static const char known_agents[][4] = {
    "AGR", "ALH", "AMN", "BAH", "BUD", "BUS", "CHR", "CON", "COP", "CPT", "CRM", "CTH", "CVL",
    "DEV", "DOX", "EDU", "ELI", "ENV", "GOV", "HIN", "HLH", "HRI", "IGO", "IMG", "INS", "INT",
    "ITH", "JAN", "JEW", "JUD", "LAB", "LEG", "MAR", "MED", "MIL", "MNC", "MOD", "MOS", "MUS",
    "NGM", "NGO", "OPP", "ORT", "PAR", "PPL", "PRO", "PTY", "RAD", "REB", "REF", "REL", "SEP",
    "SET", "SHI", "SHN", "SIK", "SPY", "SUF", "SUN", "TAO", "UAF", "UIS", "UNR", "ZRO",
};

static int cmp_agent3(const void *a, const void *b) { return strncmp(a, b, 3); }

int dict_agent_code_known(const char *code, size_t len)
{
    if (len == 0 || len % 3)
        return 0;
    for (size_t i = 0; i < len; i += 3)
        if (!bsearch(code + i, known_agents, sizeof known_agents / sizeof known_agents[0],
                     sizeof known_agents[0], cmp_agent3))
            return 0;
    return 1;
}

int dict_actor_code_ok(const char *code, size_t len)
{
    if (len < 3 || len > 30 || len % 3)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!((code[i] >= 'A' && code[i] <= 'Z') || (code[i] >= '0' && code[i] <= '9')))
            return 0;
    return 1;
}
