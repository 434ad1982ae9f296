/*
** tagger.c — first-order HMM tagger. Every token gets up to MAXC candidate
** tags with an emission score log P(tag|word) - log P(tag) (the per-token
** constant log P(word) drops out of the argmax); Viterbi adds the
** transition scores log P(tag|previous tag). Decoding runs in segments cut
** at tokens that have a single candidate (every best path passes through
** them, so the cut loses nothing), which keeps the state on the stack.
*/
#include "lang/tagger.h"

#include <math.h>
#include <pthread.h>
#include <string.h>

#include "lang/lang_data.h"
#include "lang/lemma.h"
#include "base/memo.h"

#define MAXC 8          /* candidate tags kept per token */
#define SEG 96          /* tokens decoded before a forced cut */
#define WORD_MAX 63
#define RARE_COUNT 30   /* corpus count under which WordNet adds tags */     /* longer tokens use the class models only */

typedef struct cands {
    int n;
    uint8_t tag[MAXC];
    float score[MAXC];
} cands;

/* Adds tag (one c does not hold yet: every caller gives each tag once)
** with score, or, when c is full, puts it in place of the lowest score
** if it beats it. */
static inline void cand_add(cands *c, int tag, float score)
{
    if (c->n < MAXC) {
        c->tag[c->n] = (uint8_t)tag;
        c->score[c->n++] = score;
        return;
    }
    int lo = 0;
    for (int i = 1; i < c->n; i++)
        if (c->score[i] < c->score[lo])
            lo = i;
    if (score > c->score[lo]) {
        c->tag[lo] = (uint8_t)tag;
        c->score[lo] = score;
    }
}

static void cand_one(cands *c, int tag)
{
    c->n = 1;
    c->tag[0] = (uint8_t)tag;
    c->score[0] = 0;
}

/* Emissions are stored best first, so the first MAXC are the ones to keep. */
static void from_word(cands *c, const ld_word *w)
{
    int k = w->nemit < MAXC ? w->nemit : MAXC;
    c->n = k;
    for (int i = 0; i < k; i++) {
        c->tag[i] = ld_emit_tab[w->emit + i].tag;
        c->score[i] = ld_emit_tab[w->emit + i].score;
    }
}

/* Adds weight * P(tag | w) to p[tag]; returns the tags it added to, as
** bits 1 << tag. */
static uint64_t add_probs(float *p, const ld_word *w, float weight)
{
    uint64_t tags = 0;
    for (unsigned i = 0; i < w->nemit; i++) {
        const ld_emit *e = &ld_emit_tab[w->emit + i];
        p[e->tag] += weight * expf(e->score + ld_logprior[e->tag]);
        tags |= 1ull << e->tag;
    }
    return tags;
}

/* The tags 1 .. TAG_COUNT - 1, as bits 1 << tag. */
#define ALL_TAGS (((1ull << TAG_COUNT) - 1) & ~1ull)

/* WordNet's weight for a part of speech it allows an unknown word. */
#define WN_WEIGHT 0.02f

/* What the unknown-word models' emissions give, worked out once: for
** emission e of a model, ld_model_tab[e - ld_model_emit] holds the
** P(tag | model) that add_probs adds and the scores from_probs makes of
** it, as they were worked out at every unknown word (some 2,600
** instructions a word, most in expf and logf): the same expressions in
** the same types, so the same floats. wn_only[t] is from_probs's score
** for WN_WEIGHT alone. Filled under pthread_once, which every reader goes
** through (lang_new_memo first, before a coder codes, and tag_run, the
** one way to a word's candidates, at each sentence); read-only after. */
static float wn_only[TAG_COUNT];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void tables_fill(void)
{
    for (uint32_t e = ld_model_emit; e < ld_nemit; e++) {
        const ld_emit *em = &ld_emit_tab[e];
        ld_model_out *o = &ld_model_tab[e - ld_model_emit];
        /* add_probs's term at weight 1 (1.0f * x is x, 0 + x is x) */
        o->prob = expf(em->score + ld_logprior[em->tag]);
        /* from_probs's score of it, and of it with WordNet's weight */
        o->score = logf(o->prob) - ld_logprior[em->tag];
        o->score_wn = logf(o->prob + WN_WEIGHT) - ld_logprior[em->tag];
    }
    for (int t = 0; t < TAG_COUNT; t++)
        wn_only[t] = logf(0.0f + WN_WEIGHT) - ld_logprior[t];
}

void tag_tables_load(void)
{
    pthread_once(&tables_once, tables_fill);
}

/* What model m's emission k gives (after tag_tables_load). */
static inline const ld_model_out *model_out(const ld_word *m, unsigned k)
{
    return &ld_model_tab[m->emit + k - ld_model_emit];
}

/* Tags an unknown word may get: the open classes. */
static const uint64_t open_tags =
    1ull << TAG_NN | 1ull << TAG_NNS | 1ull << TAG_NNP | 1ull << TAG_NNPS |
    1ull << TAG_JJ | 1ull << TAG_JJR | 1ull << TAG_JJS | 1ull << TAG_RB |
    1ull << TAG_VB | 1ull << TAG_VBD | 1ull << TAG_VBG | 1ull << TAG_VBN |
    1ull << TAG_VBP | 1ull << TAG_VBZ | 1ull << TAG_CD;

/* Candidates from P(tag | word) in p: each tag with p[tag] > 0, tag by
** tag upwards, scored log p[tag] - log P(tag). may holds every such tag
** (bits 1 << tag; others may be set), so that the tags of p that are
** zero, most of them, are not read. */
static void from_probs(cands *c, const float *p, uint64_t may)
{
    c->n = 0;
    for (uint64_t b = may & ALL_TAGS; b; b &= b - 1) {
        int t = __builtin_ctzll(b);
        if (p[t] > 0)
            cand_add(c, t, logf(p[t]) - ld_logprior[t]);
    }
    if (c->n == 0)
        cand_one(c, TAG_NN);
}

static int eq(const char *s, size_t n, const char *lit)
{
    if (n == 0)
        return lit[0] == 0;
    /* the first byte settles most calls without a strlen */
    return s[0] == lit[0] && strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* punct_tag for a token that may be punctuation; apart, so that the word
** test before it is inlined without the saving of registers this part
** needs (it cost as much as the test, on every token). */
static int punct_tag_rest(const char *s, size_t n)
{
    unsigned char c0 = (unsigned char)s[0];
    /* One byte, most punctuation: by table. */
    static const uint8_t one[256] = {
        [','] = TAG_COMMA, ['.'] = TAG_PERIOD, ['!'] = TAG_PERIOD, ['?'] = TAG_PERIOD,
        [':'] = TAG_COLON, [';'] = TAG_COLON, ['-'] = TAG_COLON,
        ['('] = TAG_LRB, ['['] = TAG_LRB, ['{'] = TAG_LRB,
        [')'] = TAG_RRB, [']'] = TAG_RRB, ['}'] = TAG_RRB,
        ['#'] = TAG_HASH, ['$'] = TAG_DOLLAR,
    };
    if (n == 1)
        return one[c0];
    static const struct { const char *s; int tag; } tab[] = {
        {"?!", TAG_PERIOD}, {"!!", TAG_PERIOD}, {"??", TAG_PERIOD},
        {"--", TAG_COLON}, {"---", TAG_COLON}, {"...", TAG_COLON},
        {"\xE2\x80\xA6", TAG_COLON}, {"\xE2\x80\x94", TAG_COLON}, {"\xE2\x80\x93", TAG_COLON},
        {"-LRB-", TAG_LRB}, {"-RRB-", TAG_RRB},
        {"``", TAG_LQUOTE}, {"\xE2\x80\x9C", TAG_LQUOTE}, {"\xE2\x80\x98", TAG_LQUOTE},
        {"''", TAG_RQUOTE}, {"\xE2\x80\x9D", TAG_RQUOTE},
        {"US$", TAG_DOLLAR}, {"\xE2\x82\xAC", TAG_DOLLAR}, {"\xC2\xA3", TAG_DOLLAR},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (eq(s, n, tab[i].s))
            return tab[i].tag;
    return 0;
}

/* Tags that punctuation gets whatever the context; 0 when s is no such. */
static inline int punct_tag(const char *s, size_t n)
{
    unsigned char c0 = (unsigned char)s[0];
    if ((c0 >= 'a' && c0 <= 'z') || (c0 >= '0' && c0 <= '9') ||
        (c0 >= 'A' && c0 <= 'Z' && c0 != 'U') || n > 5)
        return 0;       /* the common case: a word */
    return punct_tag_rest(s, n);
}

static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* 12, 1,000, 3.5, 1/2, 31%, -4, 2022-23, 1990s */
static int is_number(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    if (n == 5 && s[4] == 's')
        n--;
    if (n > 1 && (s[0] == '-' || s[0] == '+' || s[0] == '.'))
        i = 1;
    for (; i < n; i++) {
        if (is_digit(s[i]))
            digits++;
        else if (!strchr(".,:/-%", s[i]))
            return 0;
    }
    return digits > 0;
}

/* 1st 2nd 3rd 21st 4th */
static int is_ordinal(const char *s, size_t n)
{
    if (n < 3 || !is_digit(s[0]))
        return 0;
    const char *e = s + n - 2;
    if (!(eq(e, 2, "st") || eq(e, 2, "nd") || eq(e, 2, "rd") || eq(e, 2, "th")))
        return 0;
    for (size_t i = 0; i < n - 2; i++)
        if (!is_digit(s[i]))
            return 0;
    return 1;
}

/* The longest suffix model "\1" cls suffix of the lower-cased word. */
static const ld_word *suffix_model(const char *w, size_t n, char cls)
{
    char k[LD_SUFFIX_MAX + 2];
    for (size_t sl = n < LD_SUFFIX_MAX ? n : LD_SUFFIX_MAX;; sl--) {
        if (sl == n && sl > 0)
            continue;       /* the models were counted on proper suffixes */
        k[0] = LD_CLASS_CHAR;
        k[1] = cls;
        for (size_t j = 0; j < sl; j++) {
            char c = w[n - sl + j];
            k[2 + j] = is_upper(c) ? (char)(c + 32) : c;
        }
        const ld_word *m = ld_find(k, 2 + sl);
        if (m || sl == 0)
            return m;
    }
}

/* Is w (n bytes, not copied) a lower-case word ending in "g" but not in
** "ing" ("stg")? */
static int lower_g_not_ing(const char *w, size_t n)
{
    if (n == 0 || w[n - 1] != 'g' || (n >= 4 && memcmp(w + n - 3, "ing", 3) == 0))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!is_lower(w[k]))
            return 0;
    return 1;
}

/* Candidates for a word neither the corpus nor its lower-case form knows:
** the suffix model's open-class tags, each P(tag | model); when WordNet
** allows the word some parts of speech (lower-case and hyphenated words),
** those tags only, each with WN_WEIGHT added. Read from the model table:
** what from_probs would make of those sums, tag by tag upwards. */
static void unknown_word(cands *c, const char *w, size_t n, char cls)
{
    const ld_word *m = suffix_model(w, n, cls);
    uint64_t has = 0;           /* the model's tags */
    uint8_t at[TAG_COUNT];      /* the model's emission of a tag in has */
    for (unsigned k = 0; m && k < m->nemit; k++) {
        int t = ld_emit_tab[m->emit + k].tag;
        has |= 1ull << t;
        at[t] = (uint8_t)k;
    }
    has &= open_tags;
    /* "104 mln stg in grants": the suffix model of a final "g" is the
    ** gerunds', and a lower-case word in "g" that does not end in "ing"
    ** (the abbreviation "stg") is none */
    if (lower_g_not_ing(w, n))
        has &= ~(1ull << TAG_VBG);
    uint64_t allowed = cls == 'l' || cls == 'h' ? lemma_possible_tags(w, n) : 0;
    c->n = 0;
    if (allowed) {
        for (uint64_t b = allowed & ALL_TAGS; b; b &= b - 1) {
            int t = __builtin_ctzll(b);
            cand_add(c, t, (has >> t & 1) ? model_out(m, at[t])->score_wn : wn_only[t]);
        }
    } else {
        for (uint64_t b = has; b; b &= b - 1) {
            int t = __builtin_ctzll(b);
            const ld_model_out *o = model_out(m, at[t]);
            if (o->prob > 0)
                cand_add(c, t, o->score);
        }
    }
    if (c->n == 0)
        cand_one(c, TAG_NN);
}

/* A word the corpus saw a few times may not have shown all its tags
** ("wage" only as a noun): WordNet's parts of speech get a little weight. */
static void rare_word(cands *c, const ld_word *w, const char *s, size_t n)
{
    uint64_t allowed = lemma_possible_tags(s, n);
    from_word(c, w);
    if (!allowed)
        return;
    float p[TAG_COUNT] = {0};
    uint64_t may = add_probs(p, w, 1.0f);
    float extra = 0.3f / ((float)w->count + 2.0f);
    for (uint64_t b = allowed & ALL_TAGS; b; b &= b - 1) {
        int t = __builtin_ctzll(b);
        if (p[t] == 0)
            p[t] = extra;
    }
    from_probs(c, p, may | allowed);
}

/* Sentence-initial: the first token, or one after an opening bracket,
** quote or colon, where capitals say nothing about names. */
static inline int initial_at(const char *text, const dyad_token *toks, size_t i)
{
    if (i == 0)
        return 1;
    const char *s = text + toks[i - 1].start;
    size_t n = toks[i - 1].len;
    int t = punct_tag(s, n);
    return t == TAG_LQUOTE || t == TAG_LRB || t == TAG_COLON || eq(s, n, "\"") ||
           eq(s, n, "'");
}

/* Candidates for word s (n bytes, no punctuation); initial: a
** capitalized word opens the sentence (initial_at). Reads nothing else,
** so that the memo may keep what it gives. */
static void word_candidates(const char *s, size_t n, int initial, cands *c)
{
    if (n > WORD_MAX) {
        unknown_word(c, s, n, ld_word_class(s, n));
        return;
    }
    /* The lookup form: typographic apostrophes read as plain ones (b[0]
    ** set for the compiler: the caller asks for no empty word). */
    char b[WORD_MAX + 1];
    b[0] = 0;
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        if (k + 2 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
            (unsigned char)s[k + 2] == 0x99) {
            b[m++] = '\'';
            k += 2;
        } else {
            b[m++] = s[k];
        }
    }
    /* WordNet-only keys have no emissions: unknown to the tagger. */
    const ld_word *w = ld_find(b, m);
    if (w && !w->nemit)
        w = NULL;
    if (is_digit(b[0]) || ((b[0] == '-' || b[0] == '.') && m > 1 && is_digit(b[1]))) {
        if (w) {
            from_word(c, w);
        } else if (is_number(b, m)) {
            from_word(c, ld_find("\001num", 4));
            for (int k = 0; k < c->n; k++)
                if (c->tag[k] == TAG_LS)    /* list items are rare in news */
                    c->score[k] = -20;
        } else if (is_ordinal(b, m)) {
            from_word(c, ld_find("\001ord", 4));
        } else {
            unknown_word(c, b, m, 'd');
        }
        return;
    }
    if (!is_upper(b[0])) {
        if (w && w->count < RARE_COUNT)
            rare_word(c, w, b, m);
        else if (w)
            from_word(c, w);
        else
            unknown_word(c, b, m, ld_word_class(b, m));
        return;
    }

    /* Capitalized. */
    char low[WORD_MAX + 1];
    int allcaps = m >= 2;
    for (size_t k = 0; k < m; k++) {
        low[k] = is_upper(b[k]) ? (char)(b[k] + 32) : b[k];
        if (is_lower(b[k]))
            allcaps = 0;
    }
    const ld_word *wl = ld_find(low, m);
    if (wl && !wl->nemit)
        wl = NULL;
    float p[TAG_COUNT] = {0};
    if (w) {
        if (initial && wl && wl->count > 0) {
            /* "The", "Officials": pool both spellings' counts. */
            float tot = (float)w->count + (float)wl->count;
            uint64_t may = add_probs(p, w, (float)w->count / tot);
            may |= add_probs(p, wl, (float)wl->count / tot);
            from_probs(c, p, may);
        } else {
            from_word(c, w);
        }
        return;
    }
    if (initial && wl && wl->count > 0 && !allcaps) {
        uint64_t may = add_probs(p, wl, 0.95f);
        p[TAG_NNP] += 0.05f;
        from_probs(c, p, may | 1ull << TAG_NNP);
        return;
    }
    if (allcaps) {
        cand_one(c, TAG_NNP);
        return;
    }
    /* An unknown name: mostly NNP, with the suffix model for "Ukrainians"
    ** (NNPS) or "Ukrainian" (JJ), and the lower-case word for headlines. */
    const ld_word *sm = suffix_model(b, m, ld_word_class(b, m));
    if (sm) {
        /* the model's weighted P(tag | model), from the table, for those
        ** three tags only (p holds no other yet) */
        for (unsigned k = 0; k < sm->nemit; k++) {
            int t = ld_emit_tab[sm->emit + k].tag;
            if (t == TAG_NNP || t == TAG_NNPS || t == TAG_JJ)
                p[t] += 0.3f * model_out(sm, k)->prob;
        }
    }
    p[TAG_NNP] += 1.0f;
    uint64_t may = 1ull << TAG_NNP | 1ull << TAG_NNPS | 1ull << TAG_JJ;
    if (wl && !initial)
        may |= add_probs(p, wl, 0.1f);
    from_probs(c, p, may);
}

/* What the memo keeps of a word: its candidates as a capitalized word
** that opens the sentence reads them (initial_at) and as any other
** (known: bit 1 << initial once worked out; a new entry comes zeroed). */
typedef struct tag_kept {
    uint8_t known;
    cands c[2];
} tag_kept;

/* Candidate tags for token i of the sentence: punctuation and quotes by
** themselves, words through memo (may be NULL) and word_candidates; when
** given is not NULL, given[i] is the word's entry (NULL: none), looked up
** by the caller. Returns c, or the memo's entry (no copy: valid until the
** memo's next lookup or round); *kept is the word's memo entry, or NULL. */
static inline __attribute__((always_inline)) const cands *
candidates(word_memo *memo, void *const *given, const char *text, const dyad_token *toks,
           size_t i, int *dquotes, cands *c, void **kept)
{
    const char *s = text + toks[i].start;
    size_t n = toks[i].len;
    *kept = NULL;
    if (n == 0) {
        cand_one(c, TAG_SYM);
        return c;
    }
    int pt = punct_tag(s, n);
    if (pt) {
        cand_one(c, pt);
        return c;
    }
    if (eq(s, n, "\"")) {
        /* Straight quotes: the tokenizer's flags when it set them, else
        ** alternate within the sentence. */
        int open = toks[i].flags & DYAD_TF_OPEN_QUOTE ? 1
                 : toks[i].flags & DYAD_TF_CLOSE_QUOTE ? 0
                 : (*dquotes % 2 == 0);
        (*dquotes)++;
        cand_one(c, open ? TAG_LQUOTE : TAG_RQUOTE);
        return c;
    }
    /* only a capitalized word asks whether it opens the sentence */
    int initial = is_upper(s[0]) && initial_at(text, toks, i);
    int hit;
    tag_kept *k = given ? given[i] : memo_entry(memo, s, n, 0, &hit);
    *kept = k;
    if (k && k->known >> initial & 1)
        return &k->c[initial];
    word_candidates(s, n, initial, c);
    if (k) {
        k->c[initial] = *c;
        k->known |= (uint8_t)(1u << initial);
    }
    return c;
}

/* Is the token one of list's words, in any case of its letters? The
** lists are written in lower case, none empty. */
static int word_is(const char *text, const dyad_token *t, const char *const *list)
{
    if (!t->len)
        return 0;
    const char *s = text + t->start;
    /* the first byte, folded once, settles most entries without a strlen */
    const char first = is_upper(s[0]) ? (char)(s[0] + 32) : s[0];
    for (; *list; list++) {
        if ((*list)[0] != first)
            continue;
        size_t n = strlen(*list);
        if (n != t->len)
            continue;
        size_t k = 0;
        while (k < n && (s[k] == (*list)[k] || (is_upper(s[k]) && s[k] + 32 == (*list)[k])))
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* The first token at or after i whose tag is t or u (u = t for one tag),
** or n. A pass that starts only from a rare tag jumps from one such token
** to the next, eight tags at a time, where a loop would test every token;
** as the scan reads the tags as they stand, it visits the tokens the loop
** would. Each eight is tested for a zero byte after an exclusive or with
** the tag spread over it (as the JSON-lines reader's scan does): the
** lowest byte the test flags is the first zero, found by counting bits
** on a little-endian machine. */
static inline size_t next_tag2(const uint8_t *tags, size_t i, size_t n, int t, int u)
{
    const uint64_t ones = UINT64_C(0x0101010101010101);
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, tags + i, 8);
        uint64_t a = w ^ ones * (uint8_t)t, b = w ^ ones * (uint8_t)u;
        uint64_t hit = (((a - ones) & ~a) | ((b - ones) & ~b)) & ones * 0x80;
        if (hit) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return i + ((size_t)__builtin_ctzll(hit) >> 3);
#else
            break;
#endif
        }
    }
    while (i < n && tags[i] != t && tags[i] != u)
        i++;
    return i;
}

static inline size_t next_tag(const uint8_t *tags, size_t i, size_t n, int t)
{
    return next_tag2(tags, i, n, t, t);
}

/* Are tags[from..to) all words of a noun phrase (a determiner,
** adjectives, numbers, nouns, a possessive), and at least one? */
static int noun_phrase_only(const uint8_t *tags, size_t from, size_t to)
{
    if (from >= to)
        return 0;
    for (size_t k = from; k < to; k++) {
        int t = tags[k];
        if (!(tag_is_noun(t) || t == TAG_DT || t == TAG_JJ || t == TAG_CD || t == TAG_POS ||
              t == TAG_PRPS))
            return 0;
    }
    return 1;
}

/* Does a noun follow the adjectives that start at tags[from] ("several
** Iraqi posts")? */
static int noun_after_adjectives(const uint8_t *tags, size_t from, size_t n)
{
    while (from < n && tags[from] == TAG_JJ)
        from++;
    return from < n && tag_is_noun(tags[from]);
}

/* P(tag | word) from the corpus counts; 0 for NULL or an unseen tag. */
static float prob_of(const ld_word *w, int tag)
{
    for (unsigned k = 0; w && k < w->nemit; k++)
        if (ld_emit_tab[w->emit + k].tag == tag)
            return expf(ld_emit_tab[w->emit + k].score + ld_logprior[tag]);
    return 0;
}

static int is_clitic_s(const char *s, size_t n)
{
    if ((n != 2 && n != 4) || (s[0] != '\'' && s[0] != '\xE2'))
        return 0;
    return eq(s, n, "'s") || eq(s, n, "'S") || eq(s, n, "\xE2\x80\x99s");
}

/* Words after which "to" + a noun is a preposition's phrase ("might lead
** to pressure on", "in response to pressure from", "rose to power in"),
** in the forms a sentence shows them. */
static const char *const to_noun_takers[] = {
    "lead", "leads", "led", "leading", "contribute", "contributes", "contributed",
    "contributing", "amount", "amounts", "amounted", "resort", "resorted", "return",
    "returns", "returned", "returning", "rise", "rises", "rose", "risen", "object",
    "objected", "react", "reacted", "respond", "responded", "due", "owing", "thanks",
    "response", "responses", "reaction", "opposition", "resistance", "threat", "threats",
    "contribution", "exposure", "access", "subject", "prior", "close", "closer", "similar",
    "damage", "harm", NULL};

/* "to" + a VB that is mostly a noun is a prepositional phrase when the word
** before "to" takes one and what follows cannot be the verb's object (a
** preposition, punctuation, a conjunction): "lead to pressure on South
** Korea", but "is due to vote on" keeps its infinitive (after a form of be
** "due" is a catenative). */
static void to_noun(const char *text, const dyad_token *toks, size_t n, uint8_t *tags)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being",
                                     "'s", "'re", "am", NULL};
    for (size_t i = next_tag(tags, 1, n, TAG_TO); i + 1 < n;
         i = next_tag(tags, i + 1, n, TAG_TO)) {
        if (tags[i + 1] != TAG_VB || toks[i + 1].len > WORD_MAX)
            continue;
        int after = i + 2 < n ? tags[i + 2] : TAG_PERIOD;
        if (!(after == TAG_IN || after == TAG_TO || after == TAG_CC || after == TAG_WDT ||
              after == TAG_VBN || tag_is_punct(after)) ||
            (after == TAG_IN && word_is(text, &toks[i + 2], (const char *const[]){"that", NULL})))
            continue;
        if (!word_is(text, &toks[i - 1], to_noun_takers))
            continue;
        if (i >= 2 && word_is(text, &toks[i - 2], be) &&
            word_is(text, &toks[i - 1], (const char *const[]){"due", NULL}))
            continue;
        const ld_word *w = ld_find(text + toks[i + 1].start, toks[i + 1].len);
        if (prob_of(w, TAG_NN) >= 0.3f)
            tags[i + 1] = TAG_NN;
    }
}

/* "will this week visit Britain", "would next month sign": a modal, then
** "this" or "next" and a noun of time, then a word the model read as a
** noun that is also a verb: the time is an adverbial, the word the
** modal's verb, and the time two adverbs inside its verb group (the date
** finder reads the words, not their tags). Only before what a verb may take (a name, a determiner,
** a preposition, a number, a pronoun): "will next week visit talks" is
** no English. */
static void modal_time_verb(const char *text, const dyad_token *toks, size_t n, uint8_t *tags)
{
    static const char *const deictic[] = {"this", "next", NULL};
    static const char *const spans[] = {"week", "month", "year", "weekend", "morning",
                                        "afternoon", "evening", NULL};
    /* from each modal (m), the noun three tokens on (i) */
    for (size_t m = next_tag(tags, 0, n, TAG_MD); m + 4 < n;
         m = next_tag(tags, m + 1, n, TAG_MD)) {
        size_t i = m + 3;
        if ((tags[i] != TAG_NN && tags[i] != TAG_NNS) ||
            !word_is(text, &toks[i - 2], deictic) || !word_is(text, &toks[i - 1], spans) ||
            toks[i].len > WORD_MAX)
            continue;
        int after = tags[i + 1];
        if (!(tag_is_proper(after) || after == TAG_DT || after == TAG_IN || after == TAG_CD ||
              after == TAG_PRP || after == TAG_PRPS || after == TAG_TO))
            continue;
        const ld_word *w = ld_find(text + toks[i].start, toks[i].len);
        if (prob_of(w, TAG_VB) + prob_of(w, TAG_VBP) >= 0.1f) {
            tags[i - 2] = tags[i - 1] = TAG_RB;   /* in the verb group, as "also" is */
            tags[i] = TAG_VB;
        }
    }
}

/* "Armenian and Azerbaijani troops": a capitalized word the corpus does not
** know as a name, coordinated with a nationality adjective before a common
** noun, is an adjective too (either order). */
static void coordinated_nationalities(const char *text, const dyad_token *toks, size_t n,
                                      uint8_t *tags)
{
    for (size_t i = next_tag(tags, 1, n, TAG_CC); i + 2 < n;
         i = next_tag(tags, i + 1, n, TAG_CC)) {
        if (tags[i + 2] != TAG_NN && tags[i + 2] != TAG_NNS)
            continue;
        size_t adj = i - 1, name = i + 1;
        if (tags[adj] == TAG_NNP && tags[name] == TAG_JJ) {
            adj = i + 1;
            name = i - 1;
        }
        if (tags[adj] != TAG_JJ || tags[name] != TAG_NNP || !is_upper(text[toks[adj].start]) ||
            toks[name].len > WORD_MAX || toks[name].len < 4)
            continue;
        const char *s = text + toks[name].start;
        size_t len = toks[name].len;
        int suffix = s[len - 1] == 'i' || eq(s + len - 2, 2, "an") || eq(s + len - 3, 3, "ese") ||
                     eq(s + len - 3, 3, "ish") || eq(s + len - 2, 2, "ic");
        const ld_word *w = ld_find(s, len);
        if (suffix && (!w || prob_of(w, TAG_JJ) > 0.2f))
            tags[name] = TAG_JJ;
    }
}

/* The tag a capitalized word read as a name after "U.S." stands for in
** wire copy, which capitalizes the word there ("the U.S. Criticised
** Japan", "U.S. Congressional leaders"): 0 (a name after all) when the
** corpus knows the capitalized form at least a quarter as often as the
** lower-case one ("U.S. Navy"); else the lower-case form's likeliest tag
** if it is a noun, an adjective or a finite verb or participle (read as
** VBD), or, for a form the corpus never saw, the inflection WordNet's
** morphology allows ("criticises": VBZ); 0 otherwise. */
static int capitalized_tag(const char *s, size_t len)
{
    char low[WORD_MAX + 1];
    if (len < 3 || len > WORD_MAX || !is_upper(s[0]) || !is_lower(s[len - 1]))
        return 0;
    for (size_t k = 0; k < len; k++)
        low[k] = is_upper(s[k]) ? (char)(s[k] + 32) : s[k];
    const ld_word *w = ld_find(s, len), *wl = ld_find(low, len);
    if (wl && !wl->nemit)
        wl = NULL;
    if (w && w->nemit && (!wl || (uint64_t)w->count * 4 >= wl->count))
        return 0;
    if (wl) {
        int best = 0;
        for (int t = 1; t < TAG_COUNT; t++)
            if (!best || prob_of(wl, t) > prob_of(wl, best))
                best = t;
        if (best == TAG_VBN)
            return TAG_VBD;
        return best == TAG_NN || best == TAG_NNS || best == TAG_JJ || best == TAG_VBD ||
                       best == TAG_VBZ
                   ? best : 0;
    }
    uint64_t m = lemma_possible_tags(low, len);
    return m & 1ull << TAG_VBZ ? TAG_VBZ : m & 1ull << TAG_VBD ? TAG_VBD : 0;
}

/* "Sweden cut ties with Kenya", "Kenya restricted imports": right after a
** name or pronoun that opens its clause, before what can start an object,
** a word read as a noun or an adjective that is more often a past verb or
** participle is the clause's verb (a plural noun after it, read as a
** verb, is its object). So is a capitalized word read as a name after
** "U.S." that is a verb form in lower case; one that is a noun or an
** adjective in lower case takes that tag (capitalized_tag). Kept out
** of line: inlined, it grows tag_sentence past what the compiler will
** inline the per-token candidates() into, which costs more than the rule. */
__attribute__((noinline)) static void past_after_name(const char *text,
                                                      const dyad_token *toks, size_t n,
                                                      uint8_t *tags)
{
    /* the tags the rule reads: most tokens are turned down by one test */
    const uint64_t from_tags = 1ull << TAG_NN | 1ull << TAG_JJ | 1ull << TAG_NNP;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!(from_tags >> tags[i] & 1))
            continue;
        int t = tags[i], prev = tags[i - 1], next = tags[i + 1], verb = TAG_VBD;
        if (t == TAG_NNP && eq(text + toks[i - 1].start, toks[i - 1].len, "U.S.")) {
            verb = capitalized_tag(text + toks[i].start, toks[i].len);
            if (verb != TAG_VBD && verb != TAG_VBZ) {
                if (verb)
                    tags[i] = (uint8_t)verb;
                continue;
            }
        } else if ((t != TAG_NN && t != TAG_JJ) || toks[i].len > WORD_MAX ||
                   (prev != TAG_NNP && prev != TAG_NNPS && prev != TAG_PRP)) {
            continue;
        }
        if (t != TAG_NNP && next != TAG_DT && next != TAG_PRPS && next != TAG_NNS &&
            next != TAG_NNP && next != TAG_CD && next != TAG_VBZ)
            continue;       /* after "U.S.", any word may follow the verb */
        if (i >= 2) {
            int before = tags[i - 2];
            if (!(tag_is_noun(before) || before == TAG_DT || before == TAG_IN ||
                  before == TAG_COMMA || before == TAG_CC || before == TAG_WDT ||
                  before == TAG_LQUOTE))
                continue;
        }
        int finite = 0;
        for (size_t k = i; k-- > 0;) {
            int u = tags[k];
            if (u == TAG_IN || u == TAG_WRB || u == TAG_WDT || u == TAG_CC || u == TAG_COMMA ||
                u == TAG_COLON)
                break;      /* the clause starts here */
            finite |= tag_is_verb(u) || u == TAG_MD;
        }
        const ld_word *w = t == TAG_NNP ? NULL : ld_find(text + toks[i].start, toks[i].len);
        if (finite || (t != TAG_NNP && (!w || prob_of(w, TAG_VBD) + prob_of(w, TAG_VBN) <=
                                                 prob_of(w, t))))
            continue;
        if (next == TAG_VBZ) {
            const ld_word *o = toks[i + 1].len <= WORD_MAX
                             ? ld_find(text + toks[i + 1].start, toks[i + 1].len) : NULL;
            if (prob_of(o, TAG_NNS) <= 0.2f)
                continue;
            tags[i + 1] = TAG_NNS;
        }
        tags[i] = (uint8_t)verb;
    }
}

/* Has the clause that holds token j its finite verb before j (read back
** to the clause's start), and is that verb no verb of saying or thinking, whose clause may start with no "that" ("said the
** campaign against Shell breaks new ground")? */
static int after_own_verb(const char *text, const dyad_token *toks, const uint8_t *tags,
                          size_t j, const char *const *saying)
{
    static const char *const clause_openers[] = {
        "that", "if", "because", "while", "although", "though", "as", "since", "when",
        "whether", "unless", "after", "before", "until", "once", "so", NULL};
    for (size_t k = j; k-- > 0 && j - k < 40;) {
        int u = tags[k];
        if (u == TAG_WDT || u == TAG_WRB || u == TAG_WP || u == TAG_CC || u == TAG_COMMA ||
            u == TAG_COLON || u == TAG_LQUOTE || u == TAG_RQUOTE ||
            (u == TAG_IN && word_is(text, &toks[k], clause_openers)))
            return 0;       /* the clause starts here */
        if (tag_is_finite(u))
            return !word_is(text, &toks[k], saying);
    }
    return 0;
}

/* "the meeting was dominated by Commission plans to restructure", "were
** referred to EC heads of government", "to meet its energy needs", "welcomed
** government plans to abolish controls": a word read as a present verb
** that is often a plural noun, after names, nouns or adjectives that
** follow a preposition in a clause whose verb came already, or that
** follow a verb's own object slot, is the noun phrase's head, not a
** clause of its own. Only before "to", a preposition, a participle or the
** clause's end ("the price of Piedmont offers a buying opportunity" has
** its object); not after a verb of saying or thinking, nor after a form of
** "be" or "have" ("three years he agreed to be chairman ends"). Kept out
** of line as past_after_name is. */
__attribute__((noinline)) static void plural_after_name(const char *text,
                                                        const dyad_token *toks, size_t n,
                                                        uint8_t *tags)
{
    static const char *const preps[] = {
        "by", "of", "with", "to", "for", "on", "from", "against", "about", "over", "into",
        "in", "despite", "amid", "toward", "towards", "under", "behind", "between", "among",
        NULL};
    static const char *const saying[] = {
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "add", "reported",
        "reports", "report", "announced", "announces", "announce", "believes", "believe",
        "believed", "thinks", "think", "thought", "expects", "expect", "expected", "hopes",
        "hope", "hoped", "feels", "feel", "felt", "knows", "know", "knew", "argued", "argues",
        "argue", "claimed", "claims", "claim", "warned", "warns", "warn", "estimated",
        "estimate", "predicted", "predict", "stated", "state", "noted", "notes", "note",
        "insisted", "insist", "maintained", "maintains", "maintain", "suggested", "suggest",
        "indicated", "indicate", "showed", "shows", "show", "found", "finds", "find",
        "agreed", "agree", "confirmed", "confirm", "denied", "deny", "admitted", "admit",
        "charged", "alleged", "complained", "explained", "explain", "recognizes",
        "recognize", "recognized", "ensure", "ensures", "ensured", "mean", "means", "meant",
        "see", "sees", "saw", "hear", "heard", "learned", "learn", "fear", "fears",
        "feared", "worry", "doubt", "doubts", "reckon", "reckons", "acknowledged",
        "conceded", "recalled", "assume", "assumed", "tweeted", "wrote", "writes", "write",
        NULL};
    /* a verb whose complement is no object ("is part owner plans to") */
    static const char *const be_have[] = {
        "be", "is", "are", "was", "were", "been", "am", "have", "has", "had", NULL};
    static const char *const that[] = {"that", NULL};
    for (size_t i = next_tag(tags, 2, n, TAG_VBZ); i + 1 < n;
         i = next_tag(tags, i + 1, n, TAG_VBZ)) {
        if (!(tag_is_proper(tags[i - 1]) || tags[i - 1] == TAG_NN) ||
            !is_lower(text[toks[i].start]) || toks[i].len > WORD_MAX)
            continue;
        int next = tags[i + 1];
        if (!(next == TAG_TO || next == TAG_IN || next == TAG_VBG || next == TAG_VBN ||
              next == TAG_COMMA || next == TAG_PERIOD || next == TAG_COLON))
            continue;       /* an object may follow: the verb reading stays */
        /* back over the modifiers, at most a few words: names, nouns,
        ** adjectives, a possessor ("Colombia's financing needs"), then one
        ** determiner or possessive that opens the phrase ("a package the
        ** government plans to adopt" is a relative clause: it stops) */
        size_t j = i - 1;
        while (j > 0 && i - j < 6 &&
               (tag_is_proper(tags[j]) || tags[j] == TAG_NN || tag_is_adj(tags[j]) ||
                tags[j] == TAG_POS))
            j--;
        /* "the kind of investment Australia needs", "the role Canadian gas
        ** plays": a noun, then a capitalized word that starts a relative */
        int apart = 0;
        for (size_t k = j + 1; k + 1 < i; k++)
            apart |= tags[k] == TAG_NN && is_upper(text[toks[k + 1].start]);
        if (apart)
            continue;
        if ((tags[j] == TAG_DT || tags[j] == TAG_PRPS) && j > 0) {
            if (word_is(text, &toks[j], that))
                continue;   /* "tweeted that state plans to": a clause */
            j--;
        }
        int u = tags[j];
        if (u == TAG_IN || u == TAG_TO) {
            if (!word_is(text, &toks[j], preps) ||
                !after_own_verb(text, toks, tags, j, saying))
                continue;
        } else if (u == TAG_VB || u == TAG_VBD || u == TAG_VBP || u == TAG_VBZ) {
            /* the verb's object: "to meet its energy needs" */
            if (!is_lower(text[toks[j].start]) || word_is(text, &toks[j], be_have) ||
                word_is(text, &toks[j], saying))
                continue;
        } else {
            continue;
        }
        if (prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_NNS) >= 0.2f)
            tags[i] = TAG_NNS;
    }
}

/* How likely a word is a past form, tense or participle ("wounded" is
** mostly a participle). */
static float past_prob(const char *text, const dyad_token *t)
{
    const ld_word *w = ld_find(text + t->start, t->len);
    return prob_of(w, TAG_VBD) + prob_of(w, TAG_VBN);
}

/* A past form and its conjunct (c: the "and" or "or" between them): "Iraqi
** forces killed or wounded 1,500 soldiers", "police shot and killed two
** men". Both share the subject's object and both are the clause's verbs;
** the first is read as a participle or a noun ("shot") and the second as
** an adjective, since neither neighbour is a verb. Only where the subject
** opens its clause (the sentence's start, a preposition, a comma, "and",
** or a verb of saying: "said its forces killed or wounded"), and where an
** object starts after the pair; "were killed or wounded" has its verb. */
static void past_pair(const char *text, const dyad_token *toks, uint8_t *tags, size_t c)
{
    static const char *const and_or[] = {"and", "or", NULL};
    static const char *const saying[] = {"said", "says", "say", "reported", "claimed",
                                         "added", "announced", "that", NULL};
    size_t i = c - 1;
    int t = tags[i], u = tags[c + 1], obj = tags[c + 2];
    if ((t != TAG_VBN && t != TAG_NN) || (u != TAG_VBN && u != TAG_VBD && u != TAG_JJ) ||
        !(obj == TAG_DT || obj == TAG_CD || obj == TAG_NNS || obj == TAG_NNP ||
          obj == TAG_NNPS || obj == TAG_PRPS || obj == TAG_JJ) ||
        !(tag_is_noun(tags[i - 1]) || tags[i - 1] == TAG_PRP) ||
        !word_is(text, &toks[c], and_or) || toks[i].len > WORD_MAX ||
        toks[c + 1].len > WORD_MAX)
        return;
    size_t j = i - 1;   /* back over the subject's noun phrase */
    while (j > 0 && (tag_is_noun(tags[j]) || tags[j] == TAG_DT || tags[j] == TAG_JJ ||
                     tags[j] == TAG_CD || tags[j] == TAG_POS || tags[j] == TAG_PRPS ||
                     tags[j] == TAG_PRP))
        j--;
    int opens = j == 0 || tags[j] == TAG_IN || tags[j] == TAG_COMMA || tags[j] == TAG_WDT ||
                (tags[j] == TAG_CC && word_is(text, &toks[j], and_or)) ||
                word_is(text, &toks[j], saying);
    if (opens && prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBD) > 0.05f &&
        past_prob(text, &toks[c + 1]) > 0.05f)
        tags[i] = tags[c + 1] = TAG_VBD;
}

/* "Over 80 people were detained", "More than 1,000 people have been
** arrested": a sentence that opens with "over" or "more"/"fewer"/"less"
** "than" before a number and its noun counts its subject, no PP (the
** preposition at token i, 0 or 1), when a finite verb or a PP follows the
** noun. Not a time or a span set off by a comma ("Over 20 years, the firm
** grew"), nor before a bare participle, which the old reading takes as a
** reduced relative ("More than 500 people arrested in the riots will ..."). */
static int opening_count(const char *text, const dyad_token *toks, size_t n,
                         const uint8_t *tags, size_t i)
{
    static const char *const over[] = {"over", NULL};
    static const char *const than[] = {"than", NULL};
    static const char *const more[] = {"more", "fewer", "less", NULL};
    if (i == 0 ? !word_is(text, &toks[0], over)
               : !word_is(text, &toks[1], than) || !word_is(text, &toks[0], more))
        return 0;
    size_t k = i + 2;
    while (k < n && (tags[k] == TAG_CD || tags[k] == TAG_JJ || tags[k] == TAG_NN ||
                     tags[k] == TAG_NNS))
        k++;
    return k > i + 2 && tags[k - 1] == TAG_NNS && k < n &&
           (tags[k] == TAG_VBD || tags[k] == TAG_VBZ || tags[k] == TAG_VBP ||
            tags[k] == TAG_MD || tags[k] == TAG_IN);
}

/* Does the token end in "ed" (a regular past form)? */
static int past_ed(const char *text, const dyad_token *t)
{
    return t->len > 4 && text[t->start + t->len - 2] == 'e' && text[t->start + t->len - 1] == 'd';
}

/* Does a series of past forms follow the one at i: a comma, a past form,
** perhaps a comma, "and" or "or" (a tag CC) and a past form ("forces
** attacked, seized, and sank")? The first then heads the series as its
** subject's verb, no participle after a noun. */
static int past_series_after(const uint8_t *tags, size_t i, size_t n)
{
    size_t k = i + 3;
    if (k >= n || tags[i + 1] != TAG_COMMA || (tags[i + 2] != TAG_VBD && tags[i + 2] != TAG_VBN))
        return 0;
    if (tags[k] == TAG_COMMA)
        k++;
    return k + 1 < n && tags[k] == TAG_CC && (tags[k + 1] == TAG_VBD || tags[k + 1] == TAG_VBN);
}

/* Is the noun at i a member of a series of bare verbs: a bare verb and a
** comma before it, and after it "and" or "or" (a comma may come first)
** and a bare verb ("will attack, capture, or loot")? The word must be
** read as a bare verb at times. */
static int bare_series_member(const char *text, const dyad_token *toks, size_t n,
                              const uint8_t *tags, size_t i)
{
    if (i < 2 || tags[i - 1] != TAG_COMMA || tags[i - 2] != TAG_VB || toks[i].len > WORD_MAX)
        return 0;
    size_t k = i + 1;
    if (k < n && tags[k] == TAG_COMMA)
        k++;
    return k + 1 < n && tags[k] == TAG_CC && tags[k + 1] == TAG_VB &&
           prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VB) > 0.05f;
}

/* Word pairs a first-order model reads apart: two past forms joined by
** "and" or "or" (past_pair), "at least 20 people" (the number's modifier,
** no PP: the noun phrase is "20 people") and "fired tear gas at" (a noun
** compound, no verb "tear"), "loans totalling 40 mln dlrs to" (a sum's
** measure, no clause), "Kenya and Uganda both signed" (a quantifier
** after the subject, no conjunction) and "the British relinquished
** control" (a people and its verb, no noun phrase). One pass, kept out of line as
** past_after_name is; changes tags in place, reads the rest. */
__attribute__((noinline)) static void word_pairs(const char *text, const dyad_token *toks,
                                                 size_t n, uint8_t *tags)
{
    static const char *const at[] = {"at", NULL};
    static const char *const least_most[] = {"least", "most", NULL};
    static const char *const tear[] = {"tear", NULL};
    static const char *const gas[] = {"gas", "gases", NULL};
    static const char *const shadow[] = {"shadow", NULL};
    static const char *const as[] = {"as", NULL};
    static const char *const articles[] = {"the", "a", "an", "this", "these", "those", NULL};
    static const char *const accused[] = {"accused", NULL};
    static const char *const totalling[] = {"totalling", "totaling", NULL};
    static const char *const floating[] = {"both", "each", "all", NULL};
    static const char *const the[] = {"the", NULL};
    /* peoples the lexicon reads as adjectives only ("the Chinese" is NNPS
    ** already) */
    static const char *const peoples[] = {"british", "french", "dutch", "irish", "swiss",
                                          "english", "welsh", "spanish", "portuguese",
                                          "japanese", NULL};
    /* past forms that stand before a noun as its adjective ("the British
    ** armed forces", "the French occupied zone") */
    static const char *const attributive[] = {
        "armed", "occupied", "based", "owned", "controlled", "backed", "registered",
        "sponsored", "funded", "flagged", "licensed", "listed", "quoted", "trained",
        "organized", "organised", "united", "detained", "wanted", "injured", "wounded",
        "killed", "captured", "kidnapped", "accused", "elected", "appointed", "designed",
        "built", "made", "used", "proposed", "planned", "increased", "reduced", NULL};
    /* the tags a pair may start with: most tokens are turned down by one test */
    _Static_assert(TAG_COUNT <= 64, "a tag set is a 64-bit mask");
    const uint64_t starts = 1ull << TAG_CC | 1ull << TAG_IN | 1ull << TAG_VB | 1ull << TAG_VBD |
                            1ull << TAG_VBG | 1ull << TAG_VBN | 1ull << TAG_VBP | 1ull << TAG_VBZ |
                            1ull << TAG_DT;
    for (size_t i = 0; i + 1 < n; i++) {
        int t = tags[i];
        if (!(starts >> t & 1))
            continue;
        if ((t == TAG_CC || t == TAG_DT) && i > 0 && toks[i].len <= 4 &&
            (tag_is_noun(tags[i - 1]) || tags[i - 1] == TAG_PRP) &&
            (tag_is_verb(tags[i + 1]) || tags[i + 1] == TAG_MD) && tags[i + 1] != TAG_VBG &&
            word_is(text, &toks[i], floating)) {
            /* "Kenya and Uganda both signed the pact", "the two sides each
            ** accused the other": a quantifier after the subject, before
            ** its verb, is an adverb of the clause, not a conjunction or
            ** a determiner (the participle after it is then the verb) */
            tags[i] = TAG_RB;
        } else if (t == TAG_CC) {
            if (i >= 2 && i + 2 < n)
                past_pair(text, toks, tags, i);
        } else if (t == TAG_DT) {
            if (i + 3 < n && tags[i + 1] == TAG_JJ &&
                (tags[i + 2] == TAG_JJ || tags[i + 2] == TAG_VBN) && past_ed(text, &toks[i + 2]) &&
                (tags[i + 3] == TAG_DT || tags[i + 3] == TAG_PRPS || tags[i + 3] == TAG_CD ||
                 tags[i + 3] == TAG_WP || tags[i + 3] == TAG_NN || tags[i + 3] == TAG_NNS) &&
                word_is(text, &toks[i], the) && is_upper(text[toks[i + 1].start]) &&
                word_is(text, &toks[i + 1], peoples) && !word_is(text, &toks[i + 2], attributive)) {
                /* "The British relinquished control of Hong Kong", "after
                ** the Japanese placed what": a people named by its
                ** adjective, then a past form with an object, is the
                ** subject and its verb, no noun phrase "the British
                ** relinquished control" */
                tags[i + 1] = TAG_NNPS;
                tags[i + 2] = TAG_VBD;
            }
            continue;
        } else if (t == TAG_IN) {
            if (i + 2 < n && tags[i + 2] == TAG_CD && toks[i].len == 2 &&
                word_is(text, &toks[i], at) && word_is(text, &toks[i + 1], least_most))
                tags[i] = tags[i + 1] = TAG_RB;
            else if (i <= 1 && tags[i + 1] == TAG_CD && opening_count(text, toks, n, tags, i))
                tags[i] = TAG_RB;
        } else if (t == TAG_VBG && i >= 2 && tags[i + 1] == TAG_IN &&
                   (tags[i - 1] == TAG_JJ || tags[i - 1] == TAG_NNP)) {
            /* "the Ugandan shelling of", "Kenya's brutal killing of": an
            ** -ing word after an article or possessive and adjectives or
            ** names, before a preposition, is a noun (news_rules takes the
            ** one right after the article) */
            size_t d = i - 1;
            while (d > 0 && (tags[d] == TAG_JJ || tags[d] == TAG_NNP))
                d--;
            if (tags[d] == TAG_PRPS || tags[d] == TAG_POS ||
                (tags[d] == TAG_DT && word_is(text, &toks[d], articles)))
                tags[i] = TAG_NN;
        } else if (t == TAG_VBG && i > 0 && tag_is_noun(tags[i - 1]) &&
                   (tags[i + 1] == TAG_CD || tags[i + 1] == TAG_DOLLAR ||
                    (i + 2 < n && (tags[i + 2] == TAG_CD || tags[i + 2] == TAG_DOLLAR) &&
                     (tags[i + 1] == TAG_RB || tags[i + 1] == TAG_IN || tags[i + 1] == TAG_JJ ||
                      tags[i + 1] == TAG_JJR || tags[i + 1] == TAG_DT))) &&
                   word_is(text, &toks[i], totalling)) {
            /* "extended loans totalling 241 mln dlrs to Niger", "loans
            ** totalling over 10 billion dlrs to Brazil": a sum's measure on
            ** the noun before it, a preposition like "worth", not a clause
            ** of its own; the verb's "to +" goes on past it */
            tags[i] = TAG_IN;
        } else if (tag_is_verb(t) && toks[i].len == 4 &&
                   (toks[i + 1].len == 3 || toks[i + 1].len == 5) &&   /* gas, gases */
                   word_is(text, &toks[i], tear) && word_is(text, &toks[i + 1], gas)) {
            tags[i] = TAG_NN;
            if (tags[i + 1] != TAG_NNS)
                tags[i + 1] = TAG_NN;
        } else if (tag_is_verb(t) && toks[i].len == 7 && i > 0 && tags[i - 1] == TAG_DT &&
                   word_is(text, &toks[i], accused) && word_is(text, &toks[i - 1], articles)) {
            /* "police arrested the accused", "the accused man": after an
            ** article the word is the person charged, or describes one,
            ** never a verb that accuses */
            tags[i] = tag_is_noun(tags[i + 1]) ? TAG_JJ : TAG_NN;
            /* "the accused killed two men": a past form with an object
            ** after it is the accused's own verb, no reduced relative */
            if (tags[i] == TAG_NN && i + 2 < n && tags[i + 1] == TAG_VBN &&
                (tags[i + 2] == TAG_DT || tags[i + 2] == TAG_CD || tags[i + 2] == TAG_PRPS))
                tags[i + 1] = TAG_VBD;
        } else if (tag_is_verb(t) && toks[i].len == 6 && i > 0 &&
                   (tags[i - 1] == TAG_IN || tags[i - 1] == TAG_DT || tags[i - 1] == TAG_POS ||
                    tags[i - 1] == TAG_PRPS || word_is(text, &toks[i - 1], as)) &&
                   (tag_is_adj(tags[i + 1]) || tags[i + 1] == TAG_NN) &&
                   word_is(text, &toks[i], shadow)) {
            /* "sacked him as shadow foreign minister", "Labour's shadow
            ** cabinet": an opposition's office, no verb */
            tags[i] = TAG_JJ;
        }
    }
}

/* "'s" read as a possessive or as "is" (the clitic's step of news_rules
** at token i, i >= 1): "let's" is a pronoun, "he's", "there's" and "'s"
** before a participle are "is", the rest possessives. Writes tags[i];
** reads the word and tag before it and the two tags after it. */
static void clitic_at(const char *text, const dyad_token *toks, size_t n, uint8_t *tags,
                      size_t i)
{
    static const char *const vbz_before[] = {
        "he", "she", "it", "that", "there", "here", "what", "who", "which", "where",
        "how", "this", "everyone", "nobody", "everything", "nothing", "one", NULL};
    static const char *const let[] = {"let", NULL};
    const char *s = text + toks[i].start;
    if ((tags[i] != TAG_POS && tags[i] != TAG_VBZ) || !is_clitic_s(s, toks[i].len))
        return;
    int next = i + 1 < n ? tags[i + 1] : TAG_PERIOD;
    int next2 = i + 2 < n ? tags[i + 2] : TAG_PERIOD;
    if (word_is(text, &toks[i - 1], let))
        tags[i] = TAG_PRP;
    else if (word_is(text, &toks[i - 1], vbz_before) || tags[i - 1] == TAG_PRP ||
             tags[i - 1] == TAG_EX || tags[i - 1] == TAG_WP)
        tags[i] = TAG_VBZ;
    else if (next == TAG_VBG || next == TAG_VBN ||
             (next == TAG_RB && (next2 == TAG_VBG || next2 == TAG_VBN)))
        tags[i] = TAG_VBZ;
    else
        tags[i] = TAG_POS;
}

/* "crowds burned": a plural noun, not a verb, before a past verb; and
** "communication links leading into": after a noun that modifies it,
** before an -ing participle, when the word is mostly a noun (the plural's
** step of news_rules at token i, with a token after it). Writes tags[i];
** reads the tags at i - 1 .. i + 1. */
static void plural_before_past(const char *text, const dyad_token *toks, uint8_t *tags,
                               size_t i)
{
    if (tags[i] != TAG_VBZ || toks[i].len > WORD_MAX)
        return;
    const ld_word *w = ld_find(text + toks[i].start, toks[i].len);
    if ((tags[i + 1] == TAG_VBD || tags[i + 1] == TAG_VBN) && w && prob_of(w, TAG_NNS) > 0.2f)
        tags[i] = TAG_NNS;
    else if (tags[i + 1] == TAG_VBG && i > 0 && tags[i - 1] == TAG_NN &&
             prob_of(w, TAG_NNS) >= 0.5f)
        tags[i] = TAG_NNS;
}

/* The second step pass of news_rules at token i (i >= 1): predicate
** adjectives after a linking verb, -ing words that are nouns, a name that
** goes on after a plural name's apostrophe. Writes tags[i]; reads the
** tags before it back over adverbs, and the two after it. */
static void predicate_or_ing_noun(const char *text, const dyad_token *toks, size_t n,
                                  uint8_t *tags, size_t i)
{
    static const char *const linking[] = {
        "become", "becomes", "became", "becoming", "seem", "seems", "seemed", "seeming",
        "remain", "remains", "remained", "remaining", "appear", "appears", "appeared",
        "grow", "grows", "grew", "growing", "stay", "stays", "stayed", "staying", NULL};
    static const char *const opposed[] = {"opposed", NULL};
    static const char *const by[] = {"by", NULL};
    /* determiners after which an -ing word is a noun ("some driving to
    ** work" is a participle) */
    static const char *const articles[] = {"the", "a", "an", "this", "these", "those", NULL};
    /* "is becoming dangerously isolated", "remained closed": after a
    ** linking verb a participle is a predicate adjective; not
    ** "opposed to", a stance its subject keeps ("Britain remains
    ** opposed to the plan", read as "is opposed to": phrase.c) */
    if ((tags[i] == TAG_VBN || tags[i] == TAG_VBD) &&
        !(i + 1 < n && tags[i + 1] == TAG_TO && word_is(text, &toks[i], opposed))) {
        size_t j = i - 1;
        while (j > 0 && tags[j] == TAG_RB)
            j--;
        /* the length first: the verb is mostly "was", "is" or "has" */
        if (tag_is_verb(tags[j]) && toks[j].len >= 4 && word_is(text, &toks[j], linking))
            tags[i] = TAG_JJ;
    }
    /* "the downing of the airliner", "the fighting in Sudan": an -ing
    ** word after a determiner that no noun follows is a noun ("the
    ** ruling party" keeps its participle) */
    int next = i + 1 < n ? tags[i + 1] : TAG_PERIOD;
    if (tags[i] == TAG_VBG &&
        (tags[i - 1] == TAG_PRPS ||
         (tags[i - 1] == TAG_DT && word_is(text, &toks[i - 1], articles))) &&
        (next == TAG_IN || next == TAG_TO || next == TAG_CC || next == TAG_MD ||
         tag_is_punct(next) || next == TAG_VBD || next == TAG_VBZ || next == TAG_VBP ||
         next == TAG_WDT))
        tags[i] = TAG_NN;
    /* "allegations of dumping by Japanese makers", "an inquiry into
    ** spying by Iran": an -ing word after a preposition, with a doer
    ** in a by-phrase after it, is an act named, a noun ("protested by
    ** walking out" keeps its gerund: no doer follows) */
    if (tags[i] == TAG_VBG && tags[i - 1] == TAG_IN && i + 2 < n &&
        word_is(text, &toks[i + 1], by) && tags[i + 2] != TAG_VBG)
        tags[i] = TAG_NN;
    /* "the Kurdistan Workers' Party": a capitalized noun after a plural
    ** name's bare apostrophe continues the name */
    if (tags[i] == TAG_NN && i >= 2 && tags[i - 1] == TAG_POS && tags[i - 2] == TAG_NNPS &&
        is_upper(text[toks[i].start]) && toks[i - 1].len <= 3 &&
        !is_clitic_s(text + toks[i - 1].start, toks[i - 1].len))
        tags[i] = TAG_NNP;
}

/* "as Washington and Tokyo seek", "officials in Kyiv say": a base verb
** (tags[i], i >= 1) after a plural or coordinated subject that no modal,
** "to", causative or "that" governs is present tense. Writes tags[i];
** reads the tags before it back over the subject. */
static void present_after_subject(const char *text, const dyad_token *toks, uint8_t *tags,
                                  size_t i)
{
    static const char *const plural_prp[] = {"they", "we", "you", "i", NULL};
    static const char *const that[] = {"that", NULL};
    int prev = tags[i - 1];
    if (!(prev == TAG_NNS || prev == TAG_NNPS || prev == TAG_NNP ||
          (prev == TAG_PRP && word_is(text, &toks[i - 1], plural_prp))))
        return;
    size_t j = i - 1;
    int and = 0;
    while (j > 0 && (tag_is_noun(tags[j]) || tags[j] == TAG_CC || tags[j] == TAG_DT ||
                     tags[j] == TAG_JJ || tags[j] == TAG_CD || tags[j] == TAG_POS ||
                     tags[j] == TAG_PRPS || tags[j] == TAG_PRP)) {
        and |= tags[j] == TAG_CC;
        j--;
    }
    if (prev == TAG_NNP && !and)
        return;
    int t = tags[j];
    int opens = j == 0 && (tag_is_noun(t) || t == TAG_DT || t == TAG_JJ || t == TAG_PRP ||
                           t == TAG_CD || t == TAG_PRPS);
    if (!opens && !((t == TAG_IN && !word_is(text, &toks[j], that)) || t == TAG_WRB ||
                    t == TAG_WDT || t == TAG_WP || t == TAG_COMMA || t == TAG_COLON ||
                    t == TAG_LQUOTE || t == TAG_RQUOTE))
        return;
    if (toks[i].len <= WORD_MAX &&
        prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBP) > 0.01f)
        tags[i] = TAG_VBP;
}

/* Corrections that need both neighbours' tags. Kept out of line: once a
** sentence, and inlined it kept the compiler from inlining candidates()
** into the per-token loop. held: the set of tags[0..n) (1ull << tag),
** gathered by the decoder as it wrote them. */
__attribute__((noinline)) static void news_rules(const char *text, const dyad_token *toks,
                                                 size_t n, uint8_t *tags, uint64_t held)
{
    /* Verb-form fixes a first-order model misses, since the deciding word
    ** is two back or one ahead. */
    /* The first six are forms of "have"; have_be + 6 the rest. */
    static const char *const have_be[] = {
        "have", "has", "had", "having", "'ve", "'d", "be", "is", "are", "was", "were",
        "been", "being", "'re", "'m", "am", "get", "got", "gets", NULL};
    static const char *const about[] = {"about", NULL};
    static const char *const by[] = {"by", NULL};
    static const char *const with_word[] = {"with", NULL};
    static const char *const approximately[] = {"about", "around", NULL};
    static const char *const up[] = {"up", NULL};
    static const char *const reported[] = {"said", "says", "say", "added", "estimated",
                                           "reported", "that", NULL};
    /* adjectives of time ("the report issued last week"): the
    ** participle before them is a reduced relative */
    static const char *const when_adjectives[] = {"last", "next", "earlier", "later",
                                                  "early", "late", "this", NULL};
    /* nouns of time ("the envoy sent yesterday"): the participle before
    ** them is a reduced relative too */
    static const char *const when_nouns[] = {"yesterday", "today", "tomorrow", "tonight",
                                             "overnight", "week", "month", "year", "time",
                                             NULL};
    static const char *const that[] = {"that", NULL};
    /* The tags the sentence holds before the rules: a pass that starts
    ** only from tags absent here, which no pass before it writes, is
    ** skipped (POS and VBZ for the clitic's pass and the next, which only
    ** the clitic's pass writes; TO, MD and CC, which no pass writes; VB,
    ** which only modal_time_verb writes, after MD). The clitic's pass and
    ** the plural's visit only the tokens tagged as they start (next_tag). */
    const uint64_t clitic_tags = 1ull << TAG_POS | 1ull << TAG_VBZ;
    if (held & clitic_tags) {
        for (size_t i = next_tag2(tags, 1, n, TAG_POS, TAG_VBZ); i < n;
             i = next_tag2(tags, i + 1, n, TAG_POS, TAG_VBZ))
            clitic_at(text, toks, n, tags, i);
        for (size_t i = next_tag(tags, 0, n, TAG_VBZ); i + 1 < n;
             i = next_tag(tags, i + 1, n, TAG_VBZ))
            plural_before_past(text, toks, tags, i);
    }
    if (held >> TAG_TO & 1)
        to_noun(text, toks, n, tags);
    if (held >> TAG_MD & 1)
        modal_time_verb(text, toks, n, tags);
    if (held >> TAG_CC & 1)
        coordinated_nationalities(text, toks, n, tags);
    past_after_name(text, toks, n, tags);
    if (held >> TAG_VBZ & 1)
        plural_after_name(text, toks, n, tags);
    word_pairs(text, toks, n, tags);
    /* the tags the steps of the next pass start from: a token with
    ** another, not before "to", is turned down by one test */
    const uint64_t step_tags = 1ull << TAG_RB | 1ull << TAG_IN | 1ull << TAG_VBD |
                               1ull << TAG_JJ | 1ull << TAG_VBN | 1ull << TAG_NN;
    for (size_t i = 0; i < n; i++) {
        if (!(step_tags >> tags[i] & 1) && !(i + 1 < n && tags[i + 1] == TAG_TO))
            continue;
        int next = i + 1 < n ? tags[i + 1] : TAG_PERIOD;
        if (tags[i] == TAG_RB && next == TAG_TO && word_is(text, &toks[i], about)) {
            tags[i] = TAG_IN;       /* "is about to" */
        } else if (i + 2 < n && next == TAG_TO && tags[i + 2] == TAG_CD &&
                   word_is(text, &toks[i], up) &&
                   (i == 0 || tags[i - 1] == TAG_COMMA || word_is(text, &toks[i - 1], reported))) {
            tags[i] = tags[i + 1] = TAG_RB;   /* "said up to 30,000 seamen were" */
        } else if (tags[i] == TAG_IN && next == TAG_CD && word_is(text, &toks[i], approximately) &&
                   (i == 0 || tags[i - 1] == TAG_COMMA || tags[i - 1] == TAG_IN ||
                    tags[i - 1] == TAG_TO || word_is(text, &toks[i - 1], reported))) {
            tags[i] = TAG_RB;       /* "About 5,000 farmers marched", "said about
                                    ** 500 workers were on strike", "with about
                                    ** 500 students": a number's modifier, no
                                    ** preposition */
        } else if (tags[i] == TAG_VBD && i + 1 < n && toks[i + 1].len == 2 &&
                   word_is(text, &toks[i + 1], by) &&
                   toks[i].len <= WORD_MAX &&
                   prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBN) > 0.05f) {
            tags[i] = TAG_VBN;      /* "memos sent by" */
        } else if (tags[i] == TAG_VBD && i > 0 && i + 2 < n &&
                   (tags[i - 1] == TAG_COMMA || tags[i - 1] == TAG_CC || tag_is_noun(tags[i - 1])) &&
                   (next == TAG_RP || next == TAG_JJ) && word_is(text, &toks[i + 2], by) &&
                   !(i + 3 < n && tags[i + 3] == TAG_VBG) &&   /* "escaped alive by leaping" */
                   toks[i].len <= WORD_MAX &&
                   prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBN) > 0.05f) {
            tags[i] = TAG_VBN;      /* "an attack carried out by", "the strike,
                                    ** declared illegal by" */
        } else if ((tags[i] == TAG_VBD || tags[i] == TAG_JJ) && i > 0) {
            /* "have downplayed", "was reported", "has not yet decided",
            ** "has celebrated" (but "was pleased" may stay JJ) */
            size_t j = i - 1;
            while (j > 0 && tags[j] == TAG_RB)
                j--;
            const char *s = text + toks[i].start;
            size_t len = toks[i].len;
            /* the tag before the word list: it settles most tokens cheaply */
            if (tag_is_verb(tags[j]) && word_is(text, &toks[j], have_be) &&
                (tags[i] == TAG_VBD ||
                 (len > 3 && s[len - 2] == 'e' && s[len - 1] == 'd' &&
                  !word_is(text, &toks[j], have_be + 6))))
                tags[i] = TAG_VBN;
        } else if (tags[i] == TAG_VBN && i > 0) {
            /* "Gollum boycotted the parade", "Abubakar also directed X to":
            ** after a subject and with no finite verb before it, a
            ** participle is more likely the main verb. */
            size_t j = i - 1;
            if (tags[j] == TAG_RB && j > 0)
                j--;
            int prev = tags[j], finite = 0, reported_clause = 0;
            for (size_t k = i; k-- > 0;) {
                int t = tags[k];
                /* "IRNA said Iranian forces captured several Iraqi
                ** posts", "IRNA said, Iranian forces captured": a verb
                ** of saying with only a noun phrase between starts a
                ** clause of its own, that-less */
                size_t v = t == TAG_COMMA && k > 0 ? k - 1 : k;
                /* ... and "said that both countries reached": "that"
                ** after a finite verb */
                int opens = tag_is_finite(tags[v]) ||
                            (v > 0 && tag_is_finite(tags[v - 1]) && word_is(text, &toks[v], that));
                if (opens && word_is(text, &toks[v], reported) &&
                    noun_phrase_only(tags, k + 1, i)) {
                    reported_clause = 1;
                    break;
                }
                if (t == TAG_IN || t == TAG_WRB || t == TAG_WDT || t == TAG_CC ||
                    t == TAG_COMMA || t == TAG_COLON)
                    break;      /* the clause starts here */
                finite |= tag_is_finite(t);
            }
            const ld_word *w = toks[i].len <= WORD_MAX
                             ? ld_find(text + toks[i].start, toks[i].len) : NULL;
            if (!finite && (tag_is_noun(prev) || prev == TAG_PRP) &&
                (next == TAG_DT || next == TAG_PRPS || next == TAG_NNP || next == TAG_CD ||
                 past_series_after(tags, i, n) ||
                 next == TAG_TO || next == TAG_PRP || next == TAG_NNS || next == TAG_RP ||
                 (reported_clause && next == TAG_JJ && noun_after_adjectives(tags, i + 1, n) &&
                  !word_is(text, &toks[i + 1], when_adjectives)) ||
                 /* "officials said both countries reached agreement":
                 ** a singular noun object, not one of time */
                 (reported_clause && next == TAG_NN && !word_is(text, &toks[i + 1], when_nouns)) ||
                 (next == TAG_IN && prob_of(w, TAG_VBD) >= prob_of(w, TAG_VBN) &&
                  !word_is(text, &toks[i + 1], by))))
                tags[i] = TAG_VBD;
        }
        /* "ministers were meeting": a progressive, not a noun. */
        if ((tags[i] == TAG_NN || tags[i] == TAG_JJ) && i > 0 && toks[i].len > 4 &&
            toks[i].len <= WORD_MAX &&
            memcmp(text + toks[i].start + toks[i].len - 3, "ing", 3) == 0) {
            size_t j = i - 1;
            while (j > 0 && tags[j] == TAG_RB)
                j--;
            if (tag_is_verb(tags[j]) && word_is(text, &toks[j], have_be + 6) &&
                prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBG) > 0.05f)
                tags[i] = TAG_VBG;
        }
        /* "arrived in Moscow, meeting with Putin": after a comma, a gerund
        ** that takes "with" opens a participle clause; "the meeting with
        ** Putin" has its determiner. */
        if (tags[i] == TAG_NN && i > 0 && i + 1 < n && tags[i - 1] == TAG_COMMA &&
            toks[i].len > 4 && toks[i].len <= WORD_MAX &&
            memcmp(text + toks[i].start + toks[i].len - 3, "ing", 3) == 0 &&
            word_is(text, &toks[i + 1], with_word) &&
            prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBG) > 0.05f)
            tags[i] = TAG_VBG;
        /* "burned tires and blocked roads": a conjunct of a past verb. */
        if ((tags[i] == TAG_VBN || tags[i] == TAG_JJ) && i >= 2 && tags[i - 1] == TAG_CC &&
            toks[i].len <= WORD_MAX &&
            prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBD) > 0.05f) {
            size_t k = i - 1;
            while (k-- > 0 && !tag_is_verb(tags[k]) && tags[k] != TAG_MD)
                ;
            if (k < i && tags[k] == TAG_VBD)
                tags[i] = TAG_VBD;
        }
        /* "did not attack, capture or loot": a member of a series of bare
        ** verbs, between a bare verb and its comma and the series' last
        ** verb, is a verb too, not the noun "capture" */
        if (tags[i] == TAG_NN && bare_series_member(text, toks, n, tags, i))
            tags[i] = TAG_VB;
    }
    /* the tags the second step pass starts from */
    const uint64_t step2_tags = 1ull << TAG_VBN | 1ull << TAG_VBD | 1ull << TAG_VBG |
                                1ull << TAG_NN;
    for (size_t i = 1; i < n; i++)
        if (step2_tags >> tags[i] & 1)
            predicate_or_ing_noun(text, toks, n, tags, i);
    /* a base verb is the sentence's own or modal_time_verb's (after MD) */
    if (held & (1ull << TAG_VB | 1ull << TAG_MD))
        for (size_t i = next_tag(tags, 1, n, TAG_VB); i < n; i = next_tag(tags, i + 1, n, TAG_VB))
            present_after_subject(text, toks, tags, i);
    /* A sentence needs a verb: "The minister talks with rebels". A
    ** participle after a noun comes first ("government forces used
    ** chemical weapons"), then a plural noun that can be a verb. */
    int finite = 0;
    for (size_t i = 0; i < n && !finite; i++)   /* most sentences have one early */
        finite = tag_is_finite(tags[i]);
    for (size_t i = 1; !finite && i + 1 < n; i++) {
        if (tags[i] != TAG_VBN || !tag_is_noun(tags[i - 1]) || word_is(text, &toks[i + 1], by) ||
            toks[i].len > WORD_MAX)
            continue;
        if (prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBD) > 0.05f) {
            tags[i] = TAG_VBD;
            finite = 1;
        }
    }
    for (size_t i = 1; !finite && i < n; i++) {
        if (tags[i] != TAG_NNS || !tag_is_noun(tags[i - 1]) || toks[i].len > WORD_MAX)
            continue;
        if (prob_of(ld_find(text + toks[i].start, toks[i].len), TAG_VBZ) > 0.02f) {
            tags[i] = TAG_VBZ;
            finite = 1;
        }
    }
    /* Titles before names: "Foreign Minister Kuleba", "Deputy Prime
    ** Minister X". Right to left, so a chain of titles follows the name;
    ** a chain starts after token 1 from a name, so a sentence with none
    ** there is skipped. */
    size_t first_name = next_tag(tags, 2, n, TAG_NNP);
    for (size_t i = first_name < n ? n - 1 : 0; i-- > 1;) {   /* the last word has none after */
        if (tags[i + 1] != TAG_NNP)
            continue;
        const char *s = text + toks[i].start;
        size_t len = toks[i].len;
        if (!is_upper(s[0]) || len < 2 || !is_lower(s[len - 1]))
            continue;
        if (tags[i] == TAG_NN) {
            tags[i] = TAG_NNP;
        } else if (tags[i] == TAG_JJ && len <= WORD_MAX) {
            /* "Foreign Minister" but "Russian President" */
            const ld_word *w = ld_find(s, len);
            if (prob_of(w, TAG_NNP) > prob_of(w, TAG_JJ))
                tags[i] = TAG_NNP;
        }
    }
}

size_t tag_memo_entry_size(void) { return sizeof(tag_kept); }

void tag_sentence(const char *text, const dyad_token *toks, size_t n, uint8_t *tags_out)
{
    tag_sentence_kept(NULL, text, toks, n, tags_out, NULL);
}

void tag_sentence_memo(word_memo *memo, const char *text, const dyad_token *toks, size_t n,
                       uint8_t *tags_out)
{
    tag_sentence_kept(memo, text, toks, n, tags_out, NULL);
}

/* tag_sentence_kept, or with given (not NULL) tag_sentence_given. Inlined
** into both: each caller's copy then drops the tests of given and kept it
** made on every token. */
static inline __attribute__((always_inline)) void
tag_run(word_memo *memo, void *const *given, const char *text, const dyad_token *toks,
        size_t n, uint8_t *tags_out, void **kept);

void tag_sentence_kept(word_memo *memo, const char *text, const dyad_token *toks, size_t n,
                       uint8_t *tags_out, void **kept)
{
    tag_run(memo, NULL, text, toks, n, tags_out, kept);
}

void tag_sentence_given(void *const *entries, const char *text, const dyad_token *toks,
                        size_t n, uint8_t *tags_out)
{
    tag_run(NULL, entries, text, toks, n, tags_out, NULL);
}

static inline __attribute__((always_inline)) void
tag_run(word_memo *memo, void *const *given, const char *text, const dyad_token *toks,
        size_t n, uint8_t *tags_out, void **kept)
{
    float delta[MAXC];
    uint8_t ptag[MAXC];
    int pn = 1;
    uint8_t ctag[SEG][MAXC];
    uint8_t back[SEG][MAXC];
    int dquotes = 0;
    size_t seg = 0;     /* first token of the open segment */
    tag_tables_load();  /* the unknown words' tables: once a sentence, not a word */
    uint64_t held = 0;  /* the tags written, for news_rules */
    ptag[0] = TAG_PERIOD;
    delta[0] = 0;
    for (size_t i = 0; i < n; i++) {
        cands scratch;
        void *entry;
        const cands *c = candidates(memo, given, text, toks, i, &dquotes, &scratch, &entry);
        if (kept)
            kept[i] = entry;
        size_t k = i - seg;
        if (k == 0 && c->n == 1) {
            /* One candidate right after a cut (pn is 1), as most tokens:
            ** a segment of its own, its tag the only one, as the steps
            ** below would find. */
            tags_out[i] = ptag[0] = c->tag[0];
            held |= 1ull << c->tag[0];
            delta[0] = 0;
            seg = i + 1;
            continue;
        }
        float nd[MAXC];
        /* whole rows: fixed sizes copy inline; entries past c->n are not read */
        memcpy(ctag[k], c->tag, sizeof ctag[k]);
        if (pn == 1) {
            /* one previous tag, as after most cuts: every path comes from it
            ** (the loop below would find the same sums, and arg 0) */
            float d = delta[0];
            for (int j = 0; j < c->n; j++) {
                float v = d + ld_trans_to[c->tag[j]][ptag[0]];
                nd[j] = (v > -INFINITY ? v : -INFINITY) + c->score[j];
            }
            memset(back[k], 0, sizeof back[k]);
        } else {
            for (int j = 0; j < c->n; j++) {
                const float *col = ld_trans_to[c->tag[j]];   /* from each previous tag */
                /* the first previous tag as the loop from -INFINITY
                ** would take it (arg 0 either way) */
                float v0 = delta[0] + col[ptag[0]];
                float best = v0 > -INFINITY ? v0 : -INFINITY;
                int arg = 0;
                for (int p = 1; p < pn; p++) {
                    float v = delta[p] + col[ptag[p]];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                nd[j] = best + c->score[j];
                back[k][j] = (uint8_t)arg;
            }
        }
        if (c->n == 1 || k + 1 == SEG || i + 1 == n) {
            int j = 0;
            for (int q = 1; q < c->n; q++)
                if (nd[q] > nd[j])
                    j = q;
            for (size_t kk = k + 1; kk-- > 0;) {
                tags_out[seg + kk] = ctag[kk][j];
                held |= 1ull << ctag[kk][j];
                j = back[kk][j];
            }
            pn = 1;
            ptag[0] = tags_out[i];
            delta[0] = 0;
            seg = i + 1;
        } else {
            pn = c->n;
            /* whole arrays: fixed sizes copy inline, and only the first
            ** pn entries are read */
            memcpy(delta, nd, sizeof delta);
            memcpy(ptag, c->tag, sizeof ptag);
        }
    }
    news_rules(text, toks, n, tags_out, held);
}
