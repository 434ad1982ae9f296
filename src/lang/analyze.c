/*
** analyze.c — runs the language layer over one sentence: tags, lemmas,
** then phrases (phrase.c) and clauses (clause.c), into buffers the
** analyzer keeps and reuses from sentence to sentence.
*/
#include "lang/analyze_int.h"
#include "lang/lemma.h"
#include "base/memo.h"
#include "lang/tagger.h"

/* Slots of the word memo: 32768 hold the common words of a run of news
** and the names of the story at hand (about 7 MB); with 4096 one lookup
** in six missed and worked the word out again, and 16384 cost 1% more
** instructions over 2,000 articles, the rarer words evicted. */
#define MEMO_LOG2 15

/* The lemmas the word memo keeps of a word, after the tagger's part of
** its entry (tag_memo_entry_size): the latest two tags' (a word seldom
** takes more), most recent first; a lemma longer than LEMMA_KEPT_MAX is
** worked out each time. */
#define LEMMA_KEPT_MAX (MEMO_KEY_MAX + 8)
#define LEMMAS_KEPT 2
typedef struct kept_lemma {
    uint8_t tag;
    uint8_t len;
    uint8_t form;  /* base_lemma_form of the lemma and the word */
    uint16_t cls;  /* the lemma's classes, lemma_classes */
    char s[LEMMA_KEPT_MAX];
} kept_lemma;
typedef struct kept_lemmas {
    uint8_t n;     /* l[0..n) hold lemmas (a new entry comes zeroed) */
    kept_lemma l[LEMMAS_KEPT];
} kept_lemmas;

const char *const *const lang_class_lists[LC_COUNT] = {
    [LC_DAY] = lang_day_words, [LC_TIME] = lang_time_nouns, [LC_SUBORD] = lang_subordinators,
    [LC_REPORTING] = lang_reporting_verbs, [LC_RELATIVE] = lang_relative_words};

_Static_assert(LANG_CLASS_TIME == 1u << LC_TIME && LANG_CLASS_REPORTING == 1u << LC_REPORTING,
               "lang_sent.classes are the analyzer's own LC_* bits");
_Static_assert(LANG_CLASS_CALLER == 1u << LC_COUNT, "the caller's classes follow LC_*");

/* Fills a's set of the lemma classes' words, the caller's lists[0..n)
** with them. Returns 0, or -1 when out of memory, when a caller's bit is
** the analyzer's, or when the lists outgrew it (base/wordset.h). */
static int class_table(lang_analyzer *a, const base_word_list *caller, size_t n)
{
    base_word_list *lists = dy_malloc((LC_COUNT + n) * sizeof *lists);
    if (!lists)
        return -1;
    for (int c = 0; c < LC_COUNT; c++)
        lists[c] = base_word_list_of(lang_class_lists[c], 1u << c);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        bad |= caller[i].bit < LANG_CLASS_CALLER;
        lists[LC_COUNT + i] = caller[i];
    }
    int rc = bad ? -1 : base_wordset_init(&a->cls, lists, LC_COUNT + n);
    dy_free(lists);
    return rc;
}

/* The bits of the classes whose lists hold lemma. */
static uint16_t lemma_classes(const lang_analyzer *a, const char *lemma)
{
    return (uint16_t)base_wordset_get(&a->cls, lemma, strlen(lemma));
}

lang_analyzer *lang_new(void)
{
    return lang_new_memo(0);
}

lang_analyzer *lang_new_memo(size_t extra)
{
    return lang_new_classes(extra, NULL, 0);
}

lang_analyzer *lang_new_classes(size_t extra, const base_word_list *lists, size_t n)
{
    tag_tables_load();
    lang_analyzer *a = dy_calloc(1, sizeof(lang_analyzer));
    if (!a)
        return NULL;
    a->lemma_at = tag_memo_entry_size();
    /* the caller's part aligned for any type, as the entry is */
    size_t al = _Alignof(max_align_t);
    a->extra_at = (a->lemma_at + sizeof(kept_lemmas) + al - 1) / al * al;
    a->memo = memo_new(MEMO_LOG2, a->extra_at + extra);
    if (!a->memo || class_table(a, lists, n) < 0) {
        lang_free(a);
        return NULL;
    }
    return a;
}

void lang_free(lang_analyzer *a)
{
    if (!a)
        return;
    base_wordset_free(&a->cls);
    dy_free(a->tags);
    dy_free(a->lemmas);
    dy_free(a->lemma_off);
    dy_free(a->lemma_cls);
    dy_free(a->lemma_form);
    dy_free(a->lemma_tag);
    dy_free(a->np_of);
    dy_free(a->vg_of);
    dy_free(a->pp_of);
    dy_free(a->clause_of);
    dy_free(a->host_of);
    dy_free(a->role_first);
    dy_free(a->protect);
    dy_free(a->inquote);
    sb_free(&a->pool);
    dy_free(a->ph);
    dy_free(a->cl);
    dy_free(a->pps);
    dy_free(a->kept);
    memo_free(a->memo);
    dy_free(a);
}

int32_t lang_add_phrase(lang_analyzer *a, const phrase *p)
{
    if (base_grow((void **)&a->ph, &a->ph_cap, a->nph + 1, sizeof *a->ph) < 0)
        return -1;
    a->ph[a->nph] = *p;
    return (int32_t)a->nph++;
}

/* Makes every per-token array hold n entries. Arrays are grown together,
** so a failure part way leaves larger arrays but an unchanged cap. */
static int reserve_tokens(lang_analyzer *a, size_t n)
{
    if (n <= a->cap)
        return 0;
    size_t cap = a->cap ? a->cap : 64;
    while (cap < n)
        cap *= 2;
    void *p;
#define GROW(field)                                                     \
    if (!(p = dy_realloc(a->field, cap * sizeof *a->field)))            \
        return -1;                                                      \
    a->field = p;
    GROW(tags) GROW(lemmas) GROW(lemma_off) GROW(lemma_cls) GROW(lemma_form)
    GROW(lemma_tag) GROW(np_of) GROW(vg_of) GROW(pp_of) GROW(clause_of) GROW(host_of) GROW(protect)
    GROW(inquote) GROW(kept)
#undef GROW
    a->cap = cap;
    return 0;
}

/* The lemma the memo's kept lemmas k (may be NULL) hold for tag, or NULL. */
static inline const kept_lemma *kept_for(const kept_lemmas *k, int tag)
{
    for (int j = 0; k && j < k->n; j++)
        if (k->l[j].tag == tag)
            return &k->l[j];
    return NULL;
}

/* lemma_of for word w (len bytes) as tag, into buf (cap bytes, more than
** LEMMA_KEPT_MAX), through the word memo: the same lemma, worked out once
** per word and tag while the memo keeps it, and its classes (*cls; only
** when the lemma fits in buf, else the caller works them out). entry is
** the word's memo entry from the tagger, or NULL (punctuation, tags given
** by the caller): then the word is looked up here. */
static size_t lemma_memo(lang_analyzer *a, void *entry, const char *w, size_t len, int tag,
                         char *buf, size_t cap, uint16_t *cls, uint8_t *form)
{
    if (!entry) {
        int hit;
        entry = memo_entry(a->memo, w, len, 0, &hit);
    }
    kept_lemmas *k = entry ? (kept_lemmas *)((char *)entry + a->lemma_at) : NULL;
    const kept_lemma *hit = kept_for(k, tag);
    if (hit) {
        /* the whole kept array, a fixed size copied inline (buf holds more
        ** than LEMMA_KEPT_MAX): a copy of hit->len bytes was a libc call */
        memcpy(buf, hit->s, LEMMA_KEPT_MAX);
        buf[hit->len] = 0;
        *cls = hit->cls;
        *form = hit->form;
        return hit->len;
    }
    size_t n = lemma_of(w, len, tag, buf, cap);
    *cls = n < cap ? lemma_classes(a, buf) : 0;
    *form = n < cap ? (uint8_t)base_lemma_form(buf, w, len) : 0;   /* else asked later */
    if (k && n <= LEMMA_KEPT_MAX) {
        if (k->n < LEMMAS_KEPT)
            k->n++;
        memmove(&k->l[1], &k->l[0], (size_t)(k->n - 1) * sizeof k->l[0]);
        kept_lemma *l = &k->l[0];
        l->tag = (uint8_t)tag;
        l->len = (uint8_t)n;
        l->cls = *cls;
        l->form = *form;
        memcpy(l->s, buf, n);
    }
    return n;
}

word_memo *lang_memo(lang_analyzer *a, size_t *extra_at)
{
    *extra_at = a->extra_at;
    return a->memo;
}

/* Analyzes the sentence with the caller's tags (tags not NULL), or with
** the tokens' memo entries the caller looked up (entries not NULL), or
** else looking each token up. */
static int analyze(lang_analyzer *a, const char *text, const dyad_token *toks, size_t n,
                   const uint8_t *tags, void *const *entries, lang_sent *out)
{
    memset(out, 0, sizeof *out);
    if (reserve_tokens(a, n ? n : 1) < 0)
        return DYAD_ENOMEM;
    a->text = text;
    a->toks = toks;
    a->n = n;
    a->nph = a->ncl = a->npps = 0;
    if (entries) {
        /* the caller's round holds them (lang_analyze_entries) */
        tag_sentence_given(entries, text, toks, n, a->tags);
        memcpy(a->kept, entries, n * sizeof *a->kept);
    } else if (tags) {
        /* the tokens' memo entries stay theirs until the next sentence */
        memo_round(a->memo);
        memcpy(a->tags, tags, n);
        memset(a->kept, 0, n * sizeof *a->kept);
    } else {
        memo_round(a->memo);
        tag_sentence_kept(a->memo, text, toks, n, a->tags, a->kept);
    }

    sb_reset(&a->pool);
    enum { SMALL = 64 };   /* a lemma shorter than this is made in place */
    /* room for every token's lemma made in place, asked once a sentence
    ** (and again after a very long word's) rather than at every token */
    if (!sb_room(&a->pool, n * SMALL))
        return DYAD_ENOMEM;
    /* a very long word's room may move the pool: then every pointer is
    ** made again from its offset, after the loop */
    int moved = 0;
    /* The arrays and the pool's end in locals: the lemmas' bytes are
    ** written through char pointers, which may alias the analyzer, so
    ** that its fields were read again after every store. */
    char *pool = a->pool.s;
    size_t plen = a->pool.len;
    const char **lemmas = a->lemmas;
    uint32_t *offs = a->lemma_off;
    uint16_t *lcls = a->lemma_cls;
    uint8_t *lform = a->lemma_form;
    const uint8_t *tg = a->tags;
    void *const *kept = a->kept;
    const size_t lemma_at = a->lemma_at;
    for (size_t i = 0; i < n; i++) {
        char *dst = pool + plen;
        /* most words: the memo holds the lemma under this tag (what
        ** lemma_memo asks first, without its call) */
        const kept_lemmas *k = kept[i] ? (const kept_lemmas *)((char *)kept[i] + lemma_at) : NULL;
        const kept_lemma *l = kept_for(k, tg[i]);
        if (l) {
            memcpy(dst, l->s, LEMMA_KEPT_MAX);   /* room: SMALL a token */
            dst[l->len] = 0;
            lcls[i] = l->cls;
            lform[i] = l->form;
            offs[i] = (uint32_t)plen;
            lemmas[i] = dst;
            plen += (size_t)l->len + 1;   /* the lemma and its NUL */
            pool[plen] = '\0';
            continue;
        }
        a->pool.len = plen;
        const char *w = text + toks[i].start;
        size_t len = lemma_memo(a, a->kept[i], w, toks[i].len, a->tags[i], dst, SMALL,
                                &a->lemma_cls[i], &a->lemma_form[i]);
        a->lemma_off[i] = (uint32_t)a->pool.len;
        a->lemmas[i] = dst;
        if (len < SMALL) {
            a->pool.len += len + 1;   /* the lemma and its NUL */
            a->pool.s[a->pool.len] = '\0';
        } else {   /* a very long word (rare): lemma it into room in the pool */
            moved = 1;
            size_t room = (len > toks[i].len ? len : toks[i].len) + 1;
            char *big = sb_room(&a->pool, room);   /* never reads past the token */
            if (big) {
                memset(big, 0, room + 1);
                lemma_of(w, toks[i].len, a->tags[i], big, room);
            }
            a->pool.len = a->lemma_off[i] + (len < room ? len : room - 1) + 1;
            a->lemma_cls[i] = a->pool.oom ? 0 : lemma_classes(a, a->pool.s + a->lemma_off[i]);
            a->lemma_form[i] = a->pool.oom ? 0
                             : (uint8_t)base_lemma_form(a->pool.s + a->lemma_off[i], w,
                                                        toks[i].len);
            if (!sb_room(&a->pool, (n - i) * SMALL))
                return DYAD_ENOMEM;
        }
        pool = a->pool.s;
        plen = a->pool.len;
    }
    a->pool.len = plen;
    if (a->pool.oom)
        return DYAD_ENOMEM;
    if (moved)
        for (size_t i = 0; i < n; i++)
            a->lemmas[i] = a->pool.s + a->lemma_off[i];
    memcpy(a->lemma_tag, a->tags, n);   /* before the chunker's corrections */
    /* -1 (all bits set) for no phrase or clause yet: one memset an array */
    memset(a->np_of, 0xff, n * sizeof *a->np_of);
    memset(a->vg_of, 0xff, n * sizeof *a->vg_of);
    memset(a->pp_of, 0xff, n * sizeof *a->pp_of);
    memset(a->clause_of, 0xff, n * sizeof *a->clause_of);
    memset(a->protect, 0, n);

    if (phrase_chunk(a) < 0 || clause_build(a) < 0)
        return DYAD_ENOMEM;

    out->text = text;
    out->toks = toks;
    out->n = n;
    out->tags = a->tags;
    out->lemmas = a->lemmas;
    out->forms = a->lemma_form;
    out->lemma_tags = a->lemma_tag;
    out->classes = a->lemma_cls;
    out->phrases = a->ph;
    out->nphrases = a->nph;
    out->clauses = a->cl;
    out->nclauses = a->ncl;
    out->pps = a->pps;
    out->np_of = a->np_of;
    out->vg_of = a->vg_of;
    return DYAD_OK;
}

int lang_analyze(lang_analyzer *a, const char *text, const dyad_token *toks,
                 size_t n, lang_sent *out)
{
    return analyze(a, text, toks, n, NULL, NULL, out);
}

int lang_analyze_entries(lang_analyzer *a, const char *text, const dyad_token *toks,
                         size_t n, void *const *entries, lang_sent *out)
{
    return analyze(a, text, toks, n, NULL, entries, out);
}

int lang_analyze_tags(lang_analyzer *a, const char *text, const dyad_token *toks,
                      size_t n, const uint8_t *tags, lang_sent *out)
{
    return analyze(a, text, toks, n, tags, NULL, out);
}

static int is_kind(const lang_sent *s, int32_t p, int kind)
{
    return p >= 0 && (size_t)p < s->nphrases && s->phrases[p].kind == kind;
}

const char *lang_sent_check(const lang_sent *s)
{
    size_t n = s->n, nph = s->nphrases;
    for (size_t i = 0; i < nph; i++) {
        const phrase *p = &s->phrases[i];
        if (p->kind < PH_NP || p->kind > PH_PP)
            return "phrase kind out of range";
        if (p->first >= p->end || p->end > n)
            return "phrase span outside the sentence";
        if (p->head < p->first || p->head >= p->end)
            return "phrase head outside its span";
        if (p->up < -1 || (p->up >= 0 && (size_t)p->up >= nph) || p->up == (int32_t)i)
            return "phrase up out of range";
        if (p->kind == PH_PP && p->np >= 0 && !is_kind(s, p->np, PH_NP))
            return "PP np is not an NP";
        if (p->kind == PH_VG && p->np >= 0 && (size_t)p->np >= n)
            return "VG catenative token out of range";
        /* every chain of ups ends: at most nph steps */
        int32_t u = p->up;
        for (size_t k = 0; u >= 0; k++) {
            if (k > nph)
                return "cycle through phrase up";
            u = s->phrases[u].up;
        }
    }
    for (size_t k = 0; k < n; k++) {
        int32_t np = s->np_of[k], vg = s->vg_of[k];
        if (s->forms && s->forms[k] != base_lemma_form(s->lemmas[k], s->text + s->toks[k].start,
                                                        s->toks[k].len))
            return "a lemma's form flag is not what base_lemma_form says";
        if (np != -1 && (!is_kind(s, np, PH_NP) || s->phrases[np].first > k ||
                         s->phrases[np].end <= k))
            return "np_of names a phrase that does not hold the token";
        if (vg != -1 && (!is_kind(s, vg, PH_VG) || s->phrases[vg].first > k ||
                         s->phrases[vg].end <= k))
            return "vg_of names a phrase that does not hold the token";
    }
    size_t npps = 0;
    for (size_t i = 0; i < s->nclauses; i++) {
        const clause *c = &s->clauses[i];
        if (c->kind < CL_MAIN || c->kind > CL_QUOTE)
            return "clause kind out of range";
        if (c->first > c->end || c->end > n)
            return "clause span outside the sentence";
        if (!is_kind(s, c->verb, PH_VG))
            return "clause verb is not a VG";
        if ((c->subject != -1 && !is_kind(s, c->subject, PH_NP)) ||
            (c->object != -1 && !is_kind(s, c->object, PH_NP)) ||
            (c->object2 != -1 && !is_kind(s, c->object2, PH_NP)) ||
            (c->agent != -1 && !is_kind(s, c->agent, PH_NP)))
            return "clause subject, object, object2 or agent is not an NP";
        if (c->word != UINT32_MAX && c->word >= n)
            return "clause word out of range";
        if (c->ctrl > CTRL_OBJECT)
            return "clause control out of range";
        if (c->xcomp != -1 && (c->xcomp < 0 || (size_t)c->xcomp >= s->nclauses ||
                               c->xcomp == (int32_t)i))
            return "clause xcomp out of range";
        if (c->parent < -1 || (c->parent >= 0 && (size_t)c->parent >= s->nclauses))
            return "clause parent out of range";
        int32_t u = c->parent;
        for (size_t k = 0; u >= 0; k++) {
            if (k > s->nclauses)
                return "cycle through clause parent";
            u = s->clauses[u].parent;
        }
        if (c->pp_first != npps)
            return "clause PPs are not grouped in order";
        for (uint32_t k = 0; k < c->pp_count; k++)
            if (!is_kind(s, (int32_t)s->pps[c->pp_first + k], PH_PP))
                return "clause pps names a phrase that is not a PP";
        npps += c->pp_count;
    }
    return NULL;
}

const char *phrase_kind_name(int kind)
{
    switch (kind) {
    case PH_NP: return "NP";
    case PH_VG: return "VG";
    case PH_PP: return "PP";
    }
    return "?";
}

const char *clause_kind_name(int kind)
{
    switch (kind) {
    case CL_MAIN: return "main";
    case CL_RELATIVE: return "relative";
    case CL_SUBORDINATE: return "subordinate";
    case CL_COMPLEMENT: return "complement";
    case CL_REPORTING: return "reporting";
    case CL_QUOTE: return "quote";
    }
    return "?";
}

const char *modality_name(int mod)
{
    switch (mod) {
    case MOD_ASSERTED: return "asserted";
    case MOD_FUTURE: return "future";
    case MOD_CONDITIONAL: return "conditional";
    case MOD_HYPOTHETICAL: return "hypothetical";
    case MOD_NEGATED: return "negated";
    }
    return "?";
}
