/*
** dict_read.c — reader for dyad's own dictionary format (docs/dictionaries.md).
** Every problem is reported as FILE:LINE through the diag callback and the
** entry skipped; reading goes on so that one run shows every problem.
*/
#include "dict/dict_int.h"
#include "text/utf8.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into a buffer the caller frees; NULL on failure with
** errno set (or ENOMEM). */
char *dict_slurp(const char *path, size_t *len);

char *dict_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = dy_malloc(cap);
    while (buf) {
        if (n + 1 >= cap) {
            char *nb = dy_realloc(buf, cap * 2);
            if (!nb) {
                dy_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (!buf) {
        errno = ENOMEM;
        return NULL;
    }
    if (err) {
        dy_free(buf);
        errno = EIO;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

typedef struct span {
    const char *s;
    size_t n;
} span;

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static span trim(const char *s, size_t n)
{
    while (n && is_blank(*s))
        s++, n--;
    while (n && is_blank(s[n - 1]))
        n--;
    return (span){s, n};
}

/* Next blank-separated token of *sp, or an empty span. */
static span next_tok(span *sp)
{
    span t = trim(sp->s, sp->n);
    size_t i = 0;
    while (i < t.n && !is_blank(t.s[i]))
        i++;
    span tok = {t.s, i};
    sp->s = t.s + i;
    sp->n = t.n - i;
    return tok;
}

typedef struct reader {
    dict *d;
    uint32_t line;
    int state;          /* 0: no entry; 1: entry open; 2: bad entry (skip continuations) */
    dict_kind kind;
    char code[64];      /* actor / agent / verb code of the open entry */
    int32_t from, to;
    int dated;
    int32_t syn;        /* open synset */
    int noun;           /* the open entry is a noun entry (its patterns are noun patterns) */
} reader;

/* A span quoted in a message: at most 60 bytes, so that the advice after
** it survives a 10 MB line (a cut character becomes '?'). */
#define NEAR(t) (int)((t).n < 60 ? (t).n : 60), (t).s

#define ERR(r, ...) dict_report((r)->d, DYAD_ERROR, (r)->d->file, (r)->line, __VA_ARGS__)

/* Parses one end of a range: YYYY, YYYY-MM or YYYY-MM-DD. */
static int32_t parse_end(span t, int is_end)
{
    if (t.n == 4 || t.n == 7) {
        char buf[16];
        memcpy(buf, t.s, t.n);
        int y = 0, m = is_end ? 12 : 1;
        for (int i = 0; i < 4; i++) {
            if (buf[i] < '0' || buf[i] > '9')
                return 0;
            y = y * 10 + buf[i] - '0';
        }
        if (t.n == 7) {
            if (buf[4] != '-' || buf[5] < '0' || buf[5] > '9' || buf[6] < '0' || buf[6] > '9')
                return 0;
            m = (buf[5] - '0') * 10 + buf[6] - '0';
            if (m < 1 || m > 12)
                return 0;
        }
        if (y < 1)
            return 0;
        int32_t first = y * 10000 + m * 100 + 1;
        if (!is_end)
            return first;
        for (int dd = 31; dd >= 28; dd--) {
            char s[9];
            int32_t v = y * 10000 + m * 100 + dd;
            for (int i = 7; i >= 0; i--, v /= 10)
                s[i] = (char)('0' + v % 10);
            if ((v = dict_date_parse(s, 8)) != 0)
                return v;
        }
        return 0;
    }
    if (t.n != 10)
        return 0;
    return dict_date_parse(t.s, t.n);
}

/* Parses "FROM..TO", "FROM..", "..TO". Reports and returns -1 when bad. */
static int parse_range(reader *r, span t, int32_t *from, int32_t *to)
{
    const char *dots = NULL;
    for (size_t i = 0; i + 1 < t.n; i++)
        if (t.s[i] == '.' && t.s[i + 1] == '.') {
            dots = t.s + i;
            break;
        }
    if (!dots) {
        ERR(r, "bad date range near '%.*s'; write FROM..TO, FROM.. or ..TO with dates "
               "YYYY-MM-DD, YYYY-MM or YYYY", NEAR(t));
        return -1;
    }
    span a = {t.s, (size_t)(dots - t.s)}, b = {dots + 2, t.n - (size_t)(dots - t.s) - 2};
    if (!a.n && !b.n) {
        ERR(r, "empty date range '..'; give at least one end");
        return -1;
    }
    *from = DICT_DATE_MIN;
    *to = DICT_DATE_MAX;
    if (a.n && !(*from = parse_end(a, 0))) {
        ERR(r, "bad date near '%.*s'; write YYYY-MM-DD, YYYY-MM or YYYY", NEAR(a));
        return -1;
    }
    if (b.n && !(*to = parse_end(b, 1))) {
        ERR(r, "bad date near '%.*s'; write YYYY-MM-DD, YYYY-MM or YYYY", NEAR(b));
        return -1;
    }
    if (*from > *to) {
        ERR(r, "date range '%.*s' ends before it starts", NEAR(t));
        return -1;
    }
    return 0;
}

static int check_actor_code(reader *r, span c)
{
    if (!dict_actor_code_ok(c.s, c.n)) {
        ERR(r, "bad actor code near '%.*s'; codes are 3, 6, 9... capitals or digits (RUS, "
               "RUSGOV, IGOUNO)", NEAR(c));
        return -1;
    }
    return 0;
}

/* A verb's code: a CAMEO event code, or "---" for words that look like an
** event and are none ("meet demand"): such a pattern, when it is the best
** match, codes nothing. */
static int check_verb_code(reader *r, span c)
{
    if (c.n == 3 && memcmp(c.s, "---", 3) == 0)
        return 0;
    int ok = c.n >= 2 && c.n <= 4;
    for (size_t i = 0; ok && i < c.n; i++)
        ok = c.s[i] >= '0' && c.s[i] <= '9';
    char buf[8];
    if (ok) {
        memcpy(buf, c.s, c.n);
        buf[c.n] = 0;
        if (r->d->opts.verb_code_ok && !r->d->opts.verb_code_ok(r->d->opts.code_ctx, buf))
            ok = 0;
    }
    if (!ok) {
        ERR(r, "unknown CAMEO event code near '%.*s'; use a code listed in data/cameo.tsv "
            "(or --- for no event)", NEAR(c));
        return -1;
    }
    return 0;
}

/* A slot, a synset or a word of a pattern into *e; -1 (reported) for an
** unknown synset. */
static int pattern_elem(reader *r, span t, dict_elem *e)
{
    *e = (dict_elem){0, 0, 0};
    if (t.n == 1 && t.s[0] == '$') {
        e->kind = DICT_EL_SOURCE;
    } else if (t.n == 1 && t.s[0] == '+') {
        e->kind = DICT_EL_TARGET;
    } else if (t.n == 1 && t.s[0] == '^') {
        e->kind = DICT_EL_SKIP;   /* a noun phrase that is neither slot */
    } else if (t.s[0] == '&') {
        e->kind = DICT_EL_SYNSET;
        int32_t syn = -1;
        if (t.n < 128) {
            char name[128];
            memcpy(name, t.s, t.n);
            name[t.n] = 0;
            syn = dict_synset_find(r->d, name);
        }
        if (syn < 0) {
            ERR(r, "unknown synset near '%.*s'; define it with 'synset %.*s: ...' before this "
                   "line", NEAR(t), NEAR(t));
            return -1;
        }
        e->id = (uint32_t)syn;
    } else {
        e->kind = DICT_EL_WORD;
        e->id = dict_intern_fold(r->d, t.s, t.n);
    }
    return 0;
}

/* Prepositions that end the noun of a noun pattern: "strike" is the noun
** of "air strike on +"; and "that", which opens what a charge or a
** complaint says ("charge that +"). */
static const char *const noun_ends[] = {
    "that", "of", "on", "against", "to", "by", "in", "at", "with", "from", "over", "into", "onto",
    "toward", "towards", "for", "between", "among", "near", "upon", "across", "inside",
    "outside", "along", "around", "about", "after", "during", "under", "through", "within",
    "off", "amid", NULL};

static int noun_end(span t)
{
    if (t.s[0] == '$' || t.s[0] == '+' || t.s[0] == '&' || t.s[0] == '@' || t.s[0] == '^')
        return 1;
    for (const char *const *p = noun_ends; *p; p++)
        if (strlen(*p) == t.n && memcmp(*p, t.s, t.n) == 0)
            return 1;
    return 0;
}

/* A noun pattern: the noun, the words of its compound right before it,
** then the elements after it ("air strike on +": noun "strike", "air"
** before it, "on +" after). Each distinct compound is a noun of its own
** (a block, as PETRARCH's verb blocks), holding its patterns. */
static void add_noun_pattern(reader *r, span it)
{
    dict *d = r->d;
    dict_elem post[32];
    size_t npost = 0, nbefore = 0;
    uint32_t before[8];
    span noun = {NULL, 0}, sp = it;
    int in_noun = 1;
    for (span t = next_tok(&sp); t.n; t = next_tok(&sp)) {
        if (t.s[0] == '@') {
            ERR(r, "a noun pattern takes no flag, near '%.*s'", NEAR(t));
            return;
        }
        if (in_noun && !noun_end(t)) {
            if (noun.n) {
                if (nbefore == 8) {
                    ERR(r, "noun of more than 9 words near '%.*s'", NEAR(it));
                    return;
                }
                before[nbefore++] = dict_intern_fold(d, noun.s, noun.n);
            }
            noun = t;
            continue;
        }
        in_noun = 0;
        if (npost == 32) {
            ERR(r, "pattern too long (over 32 elements)");
            return;
        }
        if (pattern_elem(r, t, &post[npost]) < 0)
            return;
        npost++;
    }
    if (!noun.n) {
        ERR(r, "noun pattern without a noun near '%.*s'; it starts with the noun, as in "
               "'attack on +'", NEAR(it));
        return;
    }
    uint32_t lemma = dict_intern_fold(d, noun.s, noun.n);
    verb_rec *v = NULL;
    for (size_t i = d->nverbs; i-- > 0 && !v;) {
        verb_rec *o = &d->verbs[i];
        if (o->v.noun && o->lemma_id == lemma && o->v.nbefore == nbefore &&
            (nbefore == 0 || memcmp(o->v.words_before, before, nbefore * sizeof *before) == 0))
            v = o;
    }
    if (!v) {
        char name[256];
        snprintf(name, sizeof name, "noun %.*s", (int)(it.n < 200 ? it.n : 200), it.s);
        uint32_t block = dict_block_add(d, name);
        v = dict_verb_add(d, noun.s, noun.n, NULL, before, nbefore, NULL, 0, block, r->line);
        if (!v)
            return;
        v->v.noun = 1;
    }
    char words[256];   /* the noun with its compound, for messages: "state visit" */
    size_t wn = (size_t)(noun.s + noun.n - it.s);
    snprintf(words, sizeof words, "%.*s", (int)(wn < 255 ? wn : 255), it.s);
    dict_pattern *p = dict_pattern_add(d, v->block + 1, v->block, words, r->code, NULL, NULL, 0,
                                       post, npost, 0, r->line);
    /* a pattern of the noun alone is its own code */
    if (p && !npost)
        v->v.code = p->code;
}

/* One item of a list (a name, a pattern, a synset member). */
static void add_item(reader *r, span it)
{
    dict *d = r->d;
    if (!it.n) {
        ERR(r, "empty item between ';'; remove the extra ';'");
        return;
    }
    switch (r->kind) {
    case DICT_ACTOR:
    case DICT_PERSON:
    case DICT_AGENT:
    case DICT_DISCARD:
        dict_entry_name(d, it.s, it.n, r->line);
        break;
    case DICT_SYNSET:
        if (r->syn >= 0)
            dict_synset_member(d, (uint32_t)r->syn, it.s, it.n, r->line);
        break;
    case DICT_VERB: {
        if (r->noun) {
            add_noun_pattern(r, it);
            break;
        }
        dict_elem pre[32], post[32];
        size_t npre = 0, npost = 0;
        uint32_t flags = 0;
        span verb = {NULL, 0}, sp = it;
        int has_src = 0;
        for (span t = next_tok(&sp); t.n; t = next_tok(&sp)) {
            dict_elem e;
            if (flags & DICT_PAT_MUTUAL) {
                ERR(r, "'@mutual' must end the pattern, near '%.*s'", NEAR(t));
                return;
            }
            if (t.s[0] == '@') {
                if (t.n == 7 && memcmp(t.s, "@mutual", 7) == 0) {
                    flags |= DICT_PAT_MUTUAL;
                    continue;
                }
                ERR(r, "unknown flag near '%.*s'; the only flag is @mutual", NEAR(t));
                return;
            }
            int plain = t.s[0] != '&' &&
                        !(t.n == 1 && (t.s[0] == '$' || t.s[0] == '+' || t.s[0] == '^'));
            if (plain && !verb.n) {
                verb = t;
                continue;
            }
            if (pattern_elem(r, t, &e) < 0)
                return;
            has_src |= e.kind == DICT_EL_SOURCE;
            if (e.kind == DICT_EL_TARGET && !verb.n && npre == 0)
                flags |= DICT_PAT_SUBJECT_TARGET;
            if (!verb.n) {
                if (npre == 32) {
                    ERR(r, "pattern too long (over 32 elements)");
                    return;
                }
                pre[npre++] = e;
            } else {
                if (npost == 32) {
                    ERR(r, "pattern too long (over 32 elements)");
                    return;
                }
                post[npost++] = e;
            }
        }
        if (!verb.n) {
            ERR(r, "pattern without a verb near '%.*s'; the first plain word is the verb",
                NEAR(it));
            return;
        }
        if ((flags & DICT_PAT_SUBJECT_TARGET) && !has_src) {
            ERR(r, "pattern starts with '+' but names no '$' near '%.*s'; the source must "
                   "come later", NEAR(it));
            return;
        }
        uint32_t lemma = dict_intern_fold(d, verb.s, verb.n);
        verb_rec *v = dict_plain_verb(d, lemma);
        if (!v)
            v = dict_verb_add(d, verb.s, verb.n, NULL, NULL, 0, NULL, 0, UINT32_MAX, r->line);
        if (!v)
            return;
        dict_pattern *p = dict_pattern_add(d, lemma, UINT32_MAX, dict_str(d, lemma), r->code,
                                           NULL, pre, npre, post, npost, flags, r->line);
        /* a pattern of the verb alone is the verb's own code (a second one
        ** with another code was reported by dict_pattern_add) */
        if (p && !npre && !npost)
            v->v.code = p->code;
        break;
    }
    default:
        break;
    }
}

static void add_list(reader *r, span list)
{
    const char *s = list.s, *end = list.s + list.n;
    while (s <= end) {
        const char *semi = memchr(s, ';', (size_t)(end - s));
        if (!semi)
            semi = end;
        span it = trim(s, (size_t)(semi - s));
        if (it.n || semi != end)
            add_item(r, it);
        s = semi + 1;
    }
}

static void close_entry(reader *r)
{
    if (r->state == 1 && (r->kind == DICT_ACTOR || r->kind == DICT_PERSON ||
                          r->kind == DICT_AGENT || r->kind == DICT_DISCARD)) {
        if (r->kind == DICT_PERSON && !r->d->cur.nranges && !r->d->cur.has_fallback) {
            dict_report(r->d, DYAD_ERROR, r->d->file, r->d->cur.line,
                        "person without a code; add indented lines 'CODE FROM..TO' or 'CODE'");
            dict_entry_abandon(r->d);
        } else {
            dict_entry_commit(r->d);
        }
    }
    r->state = 0;
    r->syn = -1;
}

/* A person's indented line: CODE [FROM..TO]. */
static void person_code(reader *r, span rest)
{
    span c = next_tok(&rest), rg = next_tok(&rest), extra = next_tok(&rest);
    if (check_actor_code(r, c) < 0)
        return;
    if (extra.n) {
        ERR(r, "unexpected text near '%.*s'; a person's line is CODE FROM..TO", NEAR(extra));
        return;
    }
    int32_t from = 0, to = 0;
    if (rg.n && parse_range(r, rg, &from, &to) < 0)
        return;
    dict_entry_code(r->d, c.s, c.n, rg.n != 0, from, to, r->line);
}

static const struct {
    const char *word;
    dict_kind kind;
    int noun;   /* noun patterns: counted with the verb patterns */
} kinds[] = {
    {"actor", DICT_ACTOR, 0}, {"person", DICT_PERSON, 0}, {"agent", DICT_AGENT, 0},
    {"synset", DICT_SYNSET, 0}, {"verb", DICT_VERB, 0}, {"noun", DICT_VERB, 1},
    {"discard", DICT_DISCARD, 0},
};

static void entry_line(reader *r, span line)
{
    dict *d = r->d;
    const char *colon = memchr(line.s, ':', line.n);
    span head = next_tok(&line);
    int k = -1;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        size_t wl = strlen(kinds[i].word);
        if ((head.n == wl || (head.n == wl + 1 && head.s[wl] == ':')) &&
            memcmp(head.s, kinds[i].word, wl) == 0)
            k = (int)i;
    }
    r->state = 2;
    if (k < 0) {
        ERR(r, "unknown entry kind near '%.*s'; an entry starts with actor, person, agent, "
               "synset, verb, noun or discard (indent continuation lines)", NEAR(head));
        return;
    }
    if (!colon) {
        ERR(r, "missing ':' after '%s ...'; write '%s ...: item; item'", kinds[k].word,
            kinds[k].word);
        return;
    }
    r->kind = kinds[k].kind;
    r->noun = kinds[k].noun;
    span args = {head.s + head.n, (size_t)(colon - head.s - (ptrdiff_t)head.n)};
    if (head.s[head.n - 1] == ':')
        args.n = 0;
    span list = {colon + 1, (size_t)(line.s + line.n - colon - 1)};
    span a1 = next_tok(&args), a2 = next_tok(&args), a3 = next_tok(&args);
    int32_t from = 0, to = 0;
    switch (r->kind) {
    case DICT_ACTOR:
        if (!a1.n) {
            ERR(r, "actor without a code; write 'actor CODE: name; name'");
            return;
        }
        if (a3.n) {
            ERR(r, "unexpected text near '%.*s'; write 'actor CODE FROM..TO: names'",
                NEAR(a3));
            return;
        }
        if (a1.n == 3 && memcmp(a1.s, "---", 3) == 0) {
            /* "actor ---: Paris Agreement": a phrase that is no actor; being
            ** the longer name, it hides the country inside it */
            if (a2.n) {
                ERR(r, "a phrase that is no actor has no dates near '%.*s'; write "
                       "'actor ---: name; name'", NEAR(a2));
                return;
            }
            dict_entry_begin(d, DICT_ACTOR, r->line);
            break;
        }
        if (check_actor_code(r, a1) < 0)
            return;
        if (a2.n && parse_range(r, a2, &from, &to) < 0)
            return;
        dict_entry_begin(d, DICT_ACTOR, r->line);
        dict_entry_code(d, a1.s, a1.n, a2.n != 0, from, to, r->line);
        break;
    case DICT_PERSON:
    case DICT_DISCARD:
        if (a1.n) {
            ERR(r, "unexpected text near '%.*s'; write '%s: name; name'", NEAR(a1),
                kinds[k].word);
            return;
        }
        dict_entry_begin(d, r->kind, r->line);
        break;
    case DICT_AGENT:
        if (!a1.n || a2.n) {
            ERR(r, "write 'agent CODE: noun; noun'%s%.*s%s", a2.n ? ", near '" : "",
                NEAR(a2), a2.n ? "'" : "");
            return;
        }
        if (a1.n > 30 || !dict_agent_code_known(a1.s, a1.n)) {
            ERR(r, "unknown agent code near '%.*s'; use the codes listed in "
                   "docs/dictionaries.md (GOV, MIL, REB, COP, ...)", NEAR(a1));
            return;
        }
        dict_entry_begin(d, DICT_AGENT, r->line);
        {
            size_t n = a1.n < 63 ? a1.n : 63;
            memcpy(d->cur.code, a1.s, n);
            d->cur.code[n] = 0;
        }
        break;
    case DICT_SYNSET:
        if (!a1.n || a1.s[0] != '&' || a1.n < 2 || a2.n) {
            ERR(r, "write 'synset &NAME: word; phrase'%s%.*s%s", a1.n ? ", near '" : "",
                NEAR(a1), a1.n ? "'" : "");
            return;
        }
        if (a1.n > 100) {
            ERR(r, "synset name longer than 100 bytes near '%.*s'; use a shorter name",
                40, a1.s);
            return;
        }
        {
            char name[128];
            size_t n = a1.n < 127 ? a1.n : 127;
            memcpy(name, a1.s, n);
            name[n] = 0;
            int32_t old = dict_synset_find(d, name);
            if (old >= 0) {
                const dict_synset *o = dict_synset_at(d, (uint32_t)old);
                ERR(r, "synset %s is already defined at %s:%u; add members there", name,
                    o->file, o->line);
                return;
            }
        }
        r->syn = dict_synset_add(d, a1.s, a1.n, r->line);
        break;
    case DICT_VERB:
        if (!a1.n || a2.n) {
            ERR(r, "write '%s CODE: pattern; pattern'", kinds[k].word);
            return;
        }
        if (check_verb_code(r, a1) < 0)
            return;
        {
            size_t n = a1.n < 63 ? a1.n : 63;
            memcpy(r->code, a1.s, n);
            r->code[n] = 0;
        }
        break;
    default:
        return;
    }
    r->state = 1;
    add_list(r, list);
}

static int read_text(dict *d, const char *name, const char *text, size_t len)
{
    reader r = {.d = d, .syn = -1};
    long errors0 = d->nerrors;
    dict_file_begin(d, name);
    d->petr = 0;
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end && !d->oom) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        r.line++;
        /* comment: '#' at the start or after a blank */
        const char *c = p;
        for (; c < le; c++)
            if (*c == '#' && (c == p || is_blank(c[-1])))
                break;
        span raw = {p, (size_t)(c - p)};
        span t = trim(raw.s, raw.n);
        p = nl ? nl + 1 : end;
        /* not text: say where, and skip the line (and an entry it starts) */
        const char *nul = memchr(raw.s, 0, raw.n);
        size_t good = nul ? (size_t)(nul - raw.s) : utf8_valid_prefix(raw.s, raw.n);
        if (nul || good < raw.n) {
            int cont = is_blank(raw.s[0]);
            if (!cont)
                close_entry(&r);
            ERR(&r, "%s at column %zu; save the file as UTF-8 text (%s skipped)",
                nul ? "NUL byte" : "invalid UTF-8", good + 1,
                cont ? "line" : "entry");
            if (!cont)
                r.state = 2;
            continue;
        }
        if (!t.n)
            continue;
        if (is_blank(raw.s[0])) {
            if (r.state == 0) {
                ERR(&r, "continuation line without an entry near '%.*s'; start entries at "
                        "column 1", (int)(t.n > 20 ? 20 : t.n), t.s);
            } else if (r.state == 1) {
                if (r.kind == DICT_PERSON)
                    person_code(&r, t);
                else
                    add_list(&r, t);
            }
            continue;
        }
        close_entry(&r);
        entry_line(&r, t);
    }
    close_entry(&r);
    if (d->oom)
        return DYAD_ENOMEM;
    return d->nerrors > errors0 ? DYAD_EDICT : DYAD_OK;
}

int dict_read_mem(dict *d, const char *name, const char *text, size_t len)
{
    return read_text(d, name, text, len);
}

int dict_read_file(dict *d, const char *path)
{
    size_t len = 0;
    char *text = dict_slurp(path, &len);
    if (!text) {
        if (errno == ENOMEM)
            return DYAD_ENOMEM;
        d->file = dict_str(d, dict_intern(d, path, strlen(path)));
        dict_report(d, DYAD_ERROR, d->file, 0, "cannot read: %s", BASE_STRERROR(errno));
        return DYAD_EIO;
    }
    int rc = read_text(d, path, text, len);
    dy_free(text);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists dir's files ending in suffix, sorted; the caller frees each and the
** array. Returns the count, or -1 (errno set). */
int dict_list_dir(const char *dir, const char *suffix, char ***out);

int dict_list_dir(const char *dir, const char *suffix, char ***out)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return -1;
    char **v = NULL;
    size_t n = 0, cap = 0;
    size_t sl = strlen(suffix);
    for (struct dirent *e; (e = readdir(dp)) != NULL;) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || l <= sl || strcmp(e->d_name + l - sl, suffix) != 0)
            continue;
        if (base_grow((void **)&v, &cap, n + 1, sizeof *v) < 0)
            goto oom;
        size_t pl = strlen(dir) + 1 + l + 1;
        v[n] = dy_malloc(pl);
        if (!v[n])
            goto oom;
        snprintf(v[n++], pl, "%s/%s", dir, e->d_name);
    }
    closedir(dp);
    if (n)
        qsort(v, n, sizeof *v, cmp_str);
    *out = v;
    return (int)n;
oom:
    closedir(dp);
    for (size_t i = 0; i < n; i++)
        dy_free(v[i]);
    dy_free(v);
    errno = ENOMEM;
    return -1;
}

int dict_read_dir(dict *d, const char *dir)
{
    char **files = NULL;
    int n = dict_list_dir(dir, ".txt", &files);
    if (n < 0) {
        if (errno == ENOMEM)
            return DYAD_ENOMEM;
        d->file = dict_str(d, dict_intern(d, dir, strlen(dir)));
        dict_report(d, DYAD_ERROR, d->file, 0, "cannot open dictionary folder: %s",
                    BASE_STRERROR(errno));
        return DYAD_EIO;
    }
    int rc = DYAD_OK;
    if (n == 0) {
        d->file = dict_str(d, dict_intern(d, dir, strlen(dir)));
        dict_report(d, DYAD_ERROR, d->file, 0, "no *.txt dictionary files in this folder");
        rc = DYAD_EDICT;
    }
    for (int i = 0; i < n; i++) {
        int r = d->oom ? DYAD_ENOMEM : dict_read_file(d, files[i]);
        if (r == DYAD_ENOMEM || (r < 0 && rc != DYAD_ENOMEM))
            rc = r == DYAD_EIO ? DYAD_EDICT : r;
        dy_free(files[i]);
    }
    dy_free(files);
    if (n > 0 && rc != DYAD_ENOMEM && !d->oom && d->counts[DICT_VERB] == 0) {
        /* Actors alone code nothing: say so rather than print no events. */
        d->file = dict_str(d, dict_intern(d, dir, strlen(dir)));
        dict_report(d, DYAD_ERROR, d->file, 0,
                    "no verb patterns in this folder, so no event can be coded; write them "
                    "as 'verb CODE: pattern' lines in %s/verbs.txt (docs/dictionaries.md)",
                    dir);
        rc = DYAD_EDICT;
    }
    return rc;
}
