/*
** lemma.c — WordNet's morphy over generated tables: irregular forms from the
** *.exc lists, then the detachment rules with each candidate checked
** against the index lists, then plain English suffix rules for words
** WordNet does not know.
*/
#include "lang/lemma.h"

#include <stdint.h>
#include <string.h>

#include "base/base.h"
#include "lang/lang_data.h"
#include "lang/tags.h"

#define LEMMA_MAX 64    /* longer words are only case-folded */

typedef struct rule {
    const char *suf, *rep;
    unsigned char slen, rlen;
} rule;

#define R(s, r) {s, r, sizeof(s) - 1, sizeof(r) - 1}
/* WordNet's detachment rules (morph.c), in WordNet's order. */
static const rule noun_rules[] = {
    R("s", ""), R("ses", "s"), R("xes", "x"), R("zes", "z"), R("ches", "ch"),
    R("shes", "sh"), R("men", "man"), R("ies", "y"),
};
static const rule verbz_rules[] = { R("s", ""), R("ies", "y"), R("es", "e"), R("es", "") };
static const rule verbd_rules[] = { R("ed", "e"), R("ed", "") };
static const rule verbg_rules[] = { R("ing", "e"), R("ing", "") };
/* WordNet leaves "-ier"/"-iest" to adj.exc; the last rule covers the rest
** ("earlier" as an adverb). */
static const rule adjr_rules[] = { R("er", ""), R("er", "e"), R("ier", "y") };
static const rule adjs_rules[] = { R("est", ""), R("est", "e"), R("iest", "y") };
#undef R

/* Suffixes are a few bytes: a loop from the last byte rejects at once,
** where memcmp would cost a call. */
static int ends_with(const char *s, size_t n, const char *suf, size_t sn)
{
    if (n < sn)
        return 0;
    s += n - sn;
    for (size_t i = sn; i-- > 0;)
        if (s[i] != suf[i])
            return 0;
    return 1;
}

static int wn_pos_of(int tag)
{
    if (tag == TAG_NN || tag == TAG_NNS)
        return LD_NOUN;
    if (tag_is_verb(tag))
        return LD_VERB;
    if (tag_is_adj(tag))
        return LD_ADJ;
    if (tag_is_adv(tag))
        return LD_ADV;
    return 0;
}

static const rule *rules_for(int tag, size_t *n)
{
    switch (tag) {
    case TAG_NNS: *n = sizeof noun_rules / sizeof noun_rules[0]; return noun_rules;
    case TAG_VBZ: *n = sizeof verbz_rules / sizeof verbz_rules[0]; return verbz_rules;
    case TAG_VBD: case TAG_VBN:
        *n = sizeof verbd_rules / sizeof verbd_rules[0]; return verbd_rules;
    case TAG_VBG: *n = sizeof verbg_rules / sizeof verbg_rules[0]; return verbg_rules;
    case TAG_JJR: case TAG_RBR:
        *n = sizeof adjr_rules / sizeof adjr_rules[0]; return adjr_rules;
    case TAG_JJS: case TAG_RBS: *n = sizeof adjs_rules / sizeof adjs_rules[0]; return adjs_rules;
    }
    *n = 0;
    return NULL;
}

static int is_lemma(const char *s, size_t n, int pos)
{
    const ld_word *w = ld_find(s, n);
    return w && (w->wn & pos);
}

static size_t put(char *buf, size_t cap, const char *s, size_t n)
{
    if (cap) {
        size_t k = n < cap ? n : cap;
        memcpy(buf, s, k);
        if (n < cap)
            buf[n] = 0;
    }
    return n;
}

/* s (n bytes) into out lower-cased (ASCII): by loads of eight or four
** bytes that may overlap but stay inside s, where a loop of a byte a step
** ran to a length the processor could not foresee. */
static size_t fold(const char *s, size_t n, char *out)
{
    if (n >= 8) {
        uint64_t x;
        for (size_t j = 0; j + 8 < n; j += 8) {
            memcpy(&x, s + j, 8);
            x = base_fold_ascii8(x);
            memcpy(out + j, &x, 8);
        }
        memcpy(&x, s + n - 8, 8);
        x = base_fold_ascii8(x);
        memcpy(out + n - 8, &x, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        a = (uint32_t)base_fold_ascii8(a);
        b = (uint32_t)base_fold_ascii8(b);
        memcpy(out, &a, 4);
        memcpy(out + n - 4, &b, 4);
    } else {
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            out[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    }
    return n;
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Suffix rules for words WordNet does not know ("Houthi" aside, mostly
** new verbs and nouns). Writes into w in place; returns the new length. */
static size_t guess(char *w, size_t n, int tag)
{
    switch (tag) {
    case TAG_NNS: case TAG_VBZ:
        if (n > 4 && ends_with(w, n, "ies", 3)) {
            w[n - 3] = 'y';
            return n - 2;
        }
        if (n > 4 && (ends_with(w, n, "sses", 4) || ends_with(w, n, "shes", 4) ||
                      ends_with(w, n, "ches", 4) || ends_with(w, n, "xes", 3) ||
                      ends_with(w, n, "zes", 3)))
            return n - 2;
        if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u')
            return n - 1;
        return n;
    case TAG_VBD: case TAG_VBN: case TAG_VBG: {
        size_t k = tag == TAG_VBG ? 3 : 2;
        if (!ends_with(w, n, tag == TAG_VBG ? "ing" : "ed", k) || n < k + 3)
            return n;
        if (tag != TAG_VBG && ends_with(w, n, "ied", 3)) {
            w[n - 3] = 'y';
            return n - 2;
        }
        if (tag != TAG_VBG && ends_with(w, n, "eed", 3))
            return n - 1;
        size_t m = n - k;
        /* "bombarded" -> "bombard", "zapped" -> "zap" */
        if (m >= 3 && w[m - 1] == w[m - 2] && !is_vowel(w[m - 1]) &&
            w[m - 1] != 'l' && w[m - 1] != 's' && w[m - 1] != 'f' && w[m - 1] != 'z')
            return m - 1;
        /* "escalated" -> "escalate", "mobilizing" -> "mobilize" */
        static const char *const e_end[] = {"at", "iz", "is", "ut", "ov", "rg", "nc",
                                            "dg", "ud", "id", "ur", "ir", "ag", "yz", "uc"};
        for (size_t i = 0; i < sizeof e_end / sizeof e_end[0]; i++)
            if (ends_with(w, m, e_end[i], 2)) {
                w[m] = 'e';
                return m + 1;
            }
        return m;
    }
    case TAG_JJR: case TAG_JJS: case TAG_RBR: case TAG_RBS: {
        int comp = tag == TAG_JJR || tag == TAG_RBR;
        size_t k = comp ? 2 : 3;
        if (!ends_with(w, n, comp ? "er" : "est", k) || n < k + 3)
            return n;
        if (w[n - k - 1] == 'i') {
            w[n - k - 1] = 'y';
            return n - k;
        }
        return n - k;
    }
    }
    return n;
}

/* Clitics and contractions whose lemma no list holds. */
static const char *clitic(const char *w, size_t n, int tag)
{
    if (n > 3 || (w[0] != '\'' && w[0] != 'n' && w[0] != 'c' && w[0] != 'w' && w[0] != 's'))
        return NULL;
    static const struct { const char *form; int tag; const char *lemma; } tab[] = {
        {"'s", TAG_VBZ, "be"}, {"'re", 0, "be"}, {"'m", 0, "be"}, {"'ve", 0, "have"},
        {"'ll", 0, "will"}, {"'d", TAG_MD, "would"}, {"'d", TAG_VBD, "have"},
        {"n't", 0, "not"}, {"ca", TAG_MD, "can"}, {"wo", TAG_MD, "will"},
        {"sha", TAG_MD, "shall"}, {"'s", TAG_POS, "'s"}, {"'", TAG_POS, "'s"},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if ((tab[i].tag == 0 || tab[i].tag == tag) && strlen(tab[i].form) == n &&
            memcmp(tab[i].form, w, n) == 0)
            return tab[i].lemma;
    return NULL;
}

size_t lemma_of(const char *word, size_t len, int tag, char *buf, size_t cap)
{
    if (tag_is_proper(tag) || tag == TAG_CD || tag == TAG_SYM || tag_is_punct(tag) ||
        len == 0)
        return put(buf, cap, word, len);
    if (len > LEMMA_MAX) {
        for (size_t i = 0; i < len && i < cap; i++) {
            char c = word[i];
            buf[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        if (len < cap)
            buf[len] = 0;
        return len;
    }
    char w[LEMMA_MAX + 4];
    size_t n = fold(word, len, w);
    /* A typographic apostrophe reads as the plain one. */
    if (n >= 3 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
        (unsigned char)w[2] == 0x99) {
        w[2] = '\'';
        memmove(w, w + 2, n - 2);
        n -= 2;
    } else if (n >= 5 && (unsigned char)w[n - 4] == 0xE2 && (unsigned char)w[n - 3] == 0x80 &&
               (unsigned char)w[n - 2] == 0x99 && w[n - 1] == 't') {
        w[n - 4] = '\'';           /* n’t */
        w[n - 3] = 't';
        n -= 2;
    }
    const char *c = clitic(w, n, tag);
    if (c)
        return put(buf, cap, c, strlen(c));

    int pos = wn_pos_of(tag);
    if (!pos)
        return put(buf, cap, w, n);

    const ld_word *self = ld_find(w, n);
    /* Irregular forms first: "went" -> "go", "crises" -> "crisis". Base
    ** forms (NN, VB, JJ, RB) only take them when they are no lemma
    ** themselves ("are" -> "be", but "left" as JJ stays). */
    int inflected = tag == TAG_NNS || tag == TAG_VBD || tag == TAG_VBN || tag == TAG_VBG ||
                    tag == TAG_VBZ || tag == TAG_JJR || tag == TAG_JJS || tag == TAG_RBR ||
                    tag == TAG_RBS;
    if (self && self->nexc && (inflected || !(self->wn & pos))) {
        for (unsigned i = 0; i < self->nexc; i++) {
            const ld_exc *e = &ld_exc_tab[self->exc + i];
            if (e->pos == pos && !(tag == TAG_NN || tag == TAG_JJ || tag == TAG_RB))
                return put(buf, cap, ld_pool + e->base_off, e->base_len);
        }
    }
    if (!inflected)
        return put(buf, cap, w, n);

    size_t nr;
    const rule *rs = rules_for(tag, &nr);
    char best[LEMMA_MAX + 4];
    size_t best_n = 0;
    uint32_t best_c = 0;
    for (size_t i = 0; i < nr; i++) {
        if (!ends_with(w, n, rs[i].suf, rs[i].slen) || n <= rs[i].slen)
            continue;
        char cand[LEMMA_MAX + 4];
        size_t m = n - rs[i].slen;
        memcpy(cand, w, m);
        memcpy(cand + m, rs[i].rep, rs[i].rlen);
        m += rs[i].rlen;
        /* The corpus count chooses between two bases that WordNet both
        ** knows ("hoped": hope or hop; "singing": sing or singe). */
        const ld_word *cw = ld_find(cand, m);
        if (!cw || !(cw->wn & pos))
            continue;
        uint32_t cc = cw->count;
        if (best_n == 0 || cc > best_c) {
            memcpy(best, cand, m);
            best_n = m;
            best_c = cc;
        }
    }
    if (best_n)
        return put(buf, cap, best, best_n);
    if (self && (self->wn & pos))
        return put(buf, cap, w, n);
    return put(buf, cap, w, guess(w, n, tag));
}

uint64_t lemma_possible_tags(const char *word, size_t len)
{
    if (len == 0 || len > LEMMA_MAX)
        return 0;
    char w[LEMMA_MAX + 4];
    size_t n = fold(word, len, w);
    uint64_t m = 0;
    const ld_word *self = ld_find(w, n);
    if (self) {
        if (self->wn & LD_NOUN)
            m |= 1ull << TAG_NN;
        if (self->wn & LD_VERB)
            m |= 1ull << TAG_VB | 1ull << TAG_VBP;
        if (self->wn & LD_ADJ)
            m |= 1ull << TAG_JJ;
        if (self->wn & LD_ADV)
            m |= 1ull << TAG_RB;
        for (unsigned i = 0; i < self->nexc; i++) {
            switch (ld_exc_tab[self->exc + i].pos) {
            case LD_NOUN: m |= 1ull << TAG_NNS; break;
            case LD_VERB:
                if (ends_with(w, n, "ing", 3))
                    m |= 1ull << TAG_VBG;
                else if (ends_with(w, n, "s", 1))
                    m |= 1ull << TAG_VBZ;
                else
                    m |= 1ull << TAG_VBD | 1ull << TAG_VBN;
                break;
            case LD_ADJ: m |= ends_with(w, n, "st", 2) ? 1ull << TAG_JJS : 1ull << TAG_JJR; break;
            case LD_ADV: m |= ends_with(w, n, "st", 2) ? 1ull << TAG_RBS : 1ull << TAG_RBR; break;
            }
        }
    }
    /* the inflected tags and their WordNet parts of speech (wn_pos_of),
    ** with the last bytes of their rules' suffixes: a rule applies only
    ** to a word that ends as its suffix does, so a tag none of whose
    ** suffixes ends in the word's last byte is passed over without a
    ** look at its rules (most words this is asked of end otherwise) */
    static const struct { int tag, pos; char last[2]; } inflections[] = {
        {TAG_NNS, LD_NOUN, {'s', 'n'}}, {TAG_VBZ, LD_VERB, {'s', 's'}},
        {TAG_VBD, LD_VERB, {'d', 'd'}}, {TAG_VBG, LD_VERB, {'g', 'g'}},
        {TAG_JJR, LD_ADJ, {'r', 'r'}}, {TAG_JJS, LD_ADJ, {'t', 't'}}};
    char last = w[n - 1];
    for (size_t k = 0; k < sizeof inflections / sizeof inflections[0]; k++) {
        if (last != inflections[k].last[0] && last != inflections[k].last[1])
            continue;
        int tag = inflections[k].tag;
        int pos = inflections[k].pos;
        size_t nr;
        const rule *rs = rules_for(tag, &nr);
        for (size_t i = 0; i < nr; i++) {
            if (!ends_with(w, n, rs[i].suf, rs[i].slen) || n <= (size_t)rs[i].slen + 1)
                continue;
            char cand[LEMMA_MAX + 4];
            size_t c = n - rs[i].slen;
            memcpy(cand, w, c);
            memcpy(cand + c, rs[i].rep, rs[i].rlen);
            c += rs[i].rlen;
            if (is_lemma(cand, c, pos)) {
                m |= 1ull << tag;
                if (tag == TAG_VBD)
                    m |= 1ull << TAG_VBN;
                break;
            }
        }
    }
    return m;
}
