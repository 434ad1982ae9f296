/*
** coder_pattern.c — the codes step: a clause's verb, its patterns
** matched against the words after (and before) it, the best match, and
** the CAMEO code(s) that match gives (docs/coder.md, "Choosing the
** pattern"). A pattern may place the source and target itself; what it
** leaves open the slots step fills.
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* Is verb group vg a bare "be" ("Mordor isn't a pleasant place")? It
** names no event, so a pattern may read on across it; a verb that does,
** auxiliaries included ("had supplied"), stops the pattern. */
static int copula(const sent_ctx *s, int32_t vg)
{
    const phrase *p = &s->ls.phrases[vg];
    for (uint32_t k = p->first; k < p->end; k++)
        if (tag_is_verb(s->ls.tags[k]) && !lemma_is_word(s->ls.lemmas[k], "be"))
            return 0;
    return 1;
}

/* Tokens a pattern may step over between its words. Quotation marks too:
** "called the move \"an unforgivable, rash act\"" is `call + &BADNAME`;
** a currency sign before a sum: "pledged $300 million to Indonesia"
** is `pledge million to +`. */
static int skippable(const sent_ctx *s, size_t k)
{
    int t = s->ls.tags[k];
    if (t == TAG_LQUOTE || t == TAG_RQUOTE || t == TAG_DOLLAR)
        return 1;
    if (tag_is_verb(t) && t != TAG_VBN && t != TAG_VBG)
        return s->ls.vg_of[k] >= 0 && copula(s, s->ls.vg_of[k]);
    return t == TAG_DT || tag_is_adj(t) || tag_is_adv(t) || t == TAG_CD || t == TAG_PRPS ||
           t == TAG_POS || tag_is_noun(t) || t == TAG_VBN || t == TAG_VBG || t == TAG_PDT ||
           t == TAG_CC || t == TAG_COMMA || t == TAG_RP || t == TAG_IN || t == TAG_TO;
}

/* Is token k a bracket of a name's abbreviation, "(IMF)"? A noun
** pattern's words step over it: "talks with the International Monetary
** Fund (IMF) on a rescue package" (thirteenth session). Not a verb
** pattern's, whose words it joined wrongly ("withdrew Most Favoured
** Nation (MFN) trading status from Poland" as a withdrawal from Poland). */
static int abbreviation_bracket(const sent_ctx *s, size_t k)
{
    int t = s->ls.tags[k];
    return (t == TAG_LRB && coder_bracketed_abbreviation(s, k)) ||
           (t == TAG_RRB && k >= 2 && coder_bracketed_abbreviation(s, k - 2));
}

/* Nouns of a view or judgement of a thing: "an evaluation of the accord"
** is not the accord. */
static const char *const view_heads[] = {
    "evaluation", "assessment", "appraisal", "review", "analysis", "interpretation",
    "reading", "view", "criticism", "examination", "study", NULL};

static int word_at(const sent_ctx *s, size_t k, uint32_t id)
{
    return id && (s->ids[k].fold == id || s->lids[k].fold == id);
}

/* The top noun phrase that starts at token k, or -1. */
static int32_t np_at(const sent_ctx *s, size_t k)
{
    if (k >= s->ls.n || s->ls.np_of[k] < 0)
        return -1;
    int32_t np = s->ls.np_of[k];
    const phrase *ph = s->ls.phrases;
    if (ph[np].flags & PHF_POSS && ph[np].up >= 0)
        np = ph[np].up;
    while (ph[np].up >= 0 && ph[ph[np].up].kind == PH_NP && !(ph[np].flags & PHF_APPOS))
        np = ph[np].up;
    return np;
}

/* Verbs that say or hold that something is so, whose object slot a
** clause with no "that" may seem to fill. */
static const char *const saying_verbs[] = {
    "say", "claim", "charge", "allege", "contend", "complain", "insist", "argue", "assert",
    "maintain", "believe", "think", "fear", "suggest", "acknowledge", "admit", "deny", "state",
    "report", "announce", "confirm", "estimate", "predict", "add", "note", NULL};

/* The finite clause with no "that" whose subject is noun phrase np, as
** what a verb says ("charged Uganda had closed the border"), or NULL. An
** infinitive's subject ("urged Iran to release", "helped the United
** States strengthen its defences") is its parent's object, not such a
** clause's. */
static const clause *bare_clause_of(const sent_ctx *s, int32_t np)
{
    for (size_t i = 0; np >= 0 && i < s->ls.nclauses; i++) {
        const clause *cl = &s->ls.clauses[i];
        if (cl->subject != np || cl->kind != CL_COMPLEMENT || cl->word != UINT32_MAX ||
            cl->ctrl != CTRL_NONE || cl->verb < 0 || s->ls.phrases[np].first < cl->first)
            continue;
        /* a bare infinitive is tagged as a present: "help the United States
        ** strengthen" is no "the United States strengthens" */
        const phrase *vg = &s->ls.phrases[cl->verb];
        int t = s->ls.tags[vg->first];
        const char *aux = s->ls.lemmas[vg->first];
        if (t == TAG_VBD || t == TAG_VBZ || t == TAG_MD ||
            (t == TAG_VBP && (vg->end - vg->first > 1 || lemma_is_word(aux, "be") ||
                              lemma_is_word(aux, "have") || lemma_is_word(aux, "do"))))
            return cl;
    }
    return NULL;
}

/* Word or synset element x, sought from token *pos up to limit past the
** tokens a pattern may step over (any token when any_gap). Returns 1 and
** moves *pos past it; after_slot: the element before was a slot. */
static int match_word(const dyad_coder *c, const sent_ctx *s, const dict_elem *x, size_t *pos,
                      size_t limit, int any_gap, int after_slot, match_state *st)
{
    int adjacent = (x->flags & DICT_ELF_ADJACENT) != 0;
    size_t k = *pos, len = 0;
    /* "complained Uganda had closed": a "that" left out, before a clause
    ** that says what another did. Without the "that", a passive or a
    ** pronoun's deed is as often a claim of fact ("claimed 790 soldiers
    ** had been killed", "claimed he had paid"). */
    const clause *bare;
    if (x->kind == DICT_EL_WORD && x->id && x->id == c->that_id && !any_gap && s->bare_clause &&
        (bare = bare_clause_of(s, np_at(s, k))) &&
        !(s->ls.phrases[bare->subject].flags & PHF_PRONOUN) &&
        s->ls.phrases[bare->verb].voice != VOICE_PASSIVE) {
        st->score += 2;
        st->last = k;
        return 1;
    }
    for (; k < limit; k++) {
        if (x->kind == DICT_EL_WORD)
            len = word_at(s, k, x->id) ? 1 : 0;
        else {
            len = dict_may_start_member(&s->ids[k])
                ? dict_match_synset(c->d, x->id, s->ids, limit, k) : 0;
            if (!len && dict_may_start_member(&s->lids[k]))
                len = dict_match_synset(c->d, x->id, s->lids, limit, k);
        }
        if (len)
            break;
        if (adjacent ||
            (!any_gap && !skippable(s, k) && !(st->noun && abbreviation_bracket(s, k))))
            return 0;
        /* "reached a positive evaluation of the accord" is no "reach
        ** &AGREEMENT": what is reached is a view of it */
        if (s->ls.tags[k] == TAG_IN && lemma_is_word(s->ls.lemmas[k], "of") && k > *pos &&
            tag_is_noun(s->ls.tags[k - 1]) && lemma_in_list(s->ls.lemmas[k - 1], view_heads))
            return 0;
        /* "told Reagan of their opposition to the deal" is no "tell +
        ** to": past a slot the next word is not sought inside a
        ** PP that follows it, unless the PP says when */
        if (after_slot && s->ls.tags[k] == TAG_IN) {
            int32_t tnp = np_at(s, k + 1);
            /* "described the decision by Canada as unjustified": the
            ** slot's owner (coder_owner.c) stands between it and the word */
            if (tnp >= 0 && (lemma_is_word(s->ls.lemmas[k], "by") ||
                             lemma_is_word(s->ls.lemmas[k], "between"))) {
                /* only ever forward: the phrase np_at climbs to from a
                ** possessor may end before k + 1, and a step back would
                ** come here again for ever */
                if (s->ls.phrases[tnp].end > k + 1)
                    k = s->ls.phrases[tnp].end - 1;
                continue;
            }
            if (tnp < 0 || !coder_time_noun(s, s->ls.phrases[tnp].head))
                return 0;
        }
    }
    if (!len)
        return 0;
    /* "attacked the island as well as the oilfields" is no "attack + as":
    ** "as well as" joins, it names no role */
    if (x->kind == DICT_EL_WORD && k + 2 < s->ls.n && lemma_is_word(s->ls.lemmas[k], "as") &&
        lemma_is_word(s->ls.lemmas[k + 1], "well") && lemma_is_word(s->ls.lemmas[k + 2], "as"))
        return 0;
    /* "protested in the run-up to the vote" is no "protest to +": an "of"
    ** or "to" stepped to is no pattern's word when it goes on with a
    ** phrase of time (coder_when_pp) */
    if (k > *pos && (s->ls.tags[k] == TAG_IN || s->ls.tags[k] == TAG_TO) && st->verb &&
        !st->verb->petr && coder_when_pp(s, k, -1))
        return 0;
    st->score += 2;
    *pos = k + len;
    st->last = *pos;
    return 1;
}

/* Slot element x ($ source, + target, % compound) from token *pos: the
** noun phrase that fills it, past determiners, adverbs and prepositions.
** last: x is the pattern's last element. Returns 1 and moves *pos past the
** phrase. */
static int match_slot(const sent_ctx *s, const dict_elem *x, int last, int after_that,
                      size_t *pos, size_t limit, int any_gap, match_state *st)
{
    size_t k = *pos;
    int32_t np = -1;
    /* PETRARCH's % is a compound actor: a coordination, sought
    ** past other words before the verb ("It has been noted that
    ** Gondor and Osgiliath have delayed") */
    int seek = x->kind == DICT_EL_COMPOUND && any_gap;
    size_t conj = 0, prep_at = SIZE_MAX;
    for (; k < limit; k++) {
        np = np_at(s, k);
        if (np >= 0 && x->kind == DICT_EL_COMPOUND &&
            !(s->ls.phrases[np].flags & PHF_COORD)) {
            if (!seek)
                return 0;
            k = s->ls.phrases[np].end - 1;
            np = -1;
            continue;
        }
        if (np >= 0)
            break;
        int t = s->ls.tags[k];
        if (!seek && !(t == TAG_DT || tag_is_adv(t) || t == TAG_IN || t == TAG_TO ||
                       t == TAG_COMMA || t == TAG_LQUOTE)) {
            /* "attacked and occupied X", "killed or wounded X": the first
            ** verb's target is the object both share, past the second */
            if (t == TAG_CC && x->kind == DICT_EL_TARGET && last && st->shared_object >= 0) {
                np = -1;
                conj = k;   /* the pattern ends here: the joined verb is its own */
                break;
            }
            return 0;
        }
        if ((t == TAG_IN || t == TAG_TO) && x->kind == DICT_EL_TARGET)
            st->slot_prep = s->ls.lemmas[k], prep_at = k;   /* "met in Moscow": where */
    }
    if (np < 0 && x->kind == DICT_EL_TARGET && last && st->shared_object >= 0) {
        np = st->shared_object;   /* "attacked and occupied X" */
        /* "attacked, seized and sank X": the series' next verb, after a
        ** comma, is its own too */
        if (!conj)
            conj = k;
    }
    if (np < 0 || coder_time_noun(s, s->ls.phrases[np].head))
        return 0;   /* "called in ... on Monday": a day is never an actor */
    /* "Kenya charged Uganda had closed the border": the subject of what a
    ** verb of saying says is no object of it, only the "+" of its "that"
    ** (other verbs' objects the language layer may take for such a
    ** subject: "criticized the way officials try") */
    if (!any_gap && !after_that && np != st->shared_object && st->verb &&
        lemma_in_list(st->verb->lemma, saying_verbs) && bare_clause_of(s, np))
        return 0;
    /* "protested during the debate", "in the wake of the vote": when
    ** (a PETRARCH verb's slot takes any phrase, as its coder did) */
    if (prep_at != SIZE_MAX && np != st->shared_object && st->verb && !st->verb->petr)
        st->slot_when = coder_when_pp(s, prep_at, np);
    if (x->kind == DICT_EL_SOURCE)
        st->source = np;
    else
        st->target = np;
    st->compound |= x->kind == DICT_EL_COMPOUND;
    st->score += 1;
    *pos = s->ls.phrases[np].end;
    st->last = conj ? conj : *pos;
    return 1;
}

/* The skip element ^: one noun phrase, the smallest, past the prepositions
** before it: "IFTAR AT ^ ^ +" over "at Osgiliath with the parliament"
** leaves "of Gondor" to +. Returns the token after it (pos when none). */
static size_t skip_np(const sent_ctx *s, size_t pos, size_t limit)
{
    size_t k = pos;
    while (k < limit && s->ls.np_of[k] < 0 &&
           (s->ls.tags[k] == TAG_IN || s->ls.tags[k] == TAG_TO))
        k++;
    if (k < limit && s->ls.np_of[k] >= 0)
        pos = s->ls.phrases[s->ls.np_of[k]].end;
    return pos;
}

/* Matches elements el[0..nel) from token pos up to limit. Fills slots and
** the score (words matched). Returns 1 on a match; on a mismatch *st may
** hold what the elements before it filled. */
static int match_elems(const dyad_coder *c, const sent_ctx *s, const dict_elem *el,
                       uint32_t nel, size_t pos, size_t limit, int any_gap, match_state *st)
{
    int after_slot = 0;   /* the element before was a slot */
    int after_that = 0;   /* the element before was the word "that" */
    for (uint32_t e = 0; e < nel; e++) {
        const dict_elem *x = &el[e];
        switch (x->kind) {
        case DICT_EL_WORD:
        case DICT_EL_SYNSET:
            if (!match_word(c, s, x, &pos, limit, any_gap, after_slot, st))
                return 0;
            after_slot = 0;
            after_that = x->kind == DICT_EL_WORD && x->id && x->id == c->that_id;
            break;
        case DICT_EL_SOURCE:
        case DICT_EL_TARGET:
        case DICT_EL_COMPOUND:
            if (!match_slot(s, x, e + 1 == nel, after_that, &pos, limit, any_gap, st))
                return 0;
            after_slot = 1;
            after_that = 0;
            break;
        case DICT_EL_SKIP:
            pos = skip_np(s, pos, limit);
            after_that = 0;
            break;
        default:
            break;   /* phrase brackets: the words inside match in order */
        }
    }
    return 1;
}

/* The first word of el[0..n) that stands nowhere in the sentence, by its
** filter (sent_ctx's word_bits), or n when every one may stand in it.
** A word element matches a token's or a lemma's folded id, nothing else,
** so match_elems fails on a missing word wherever it looks. Most patterns
** of a common verb lack a word of the sentence, and this turns them down
** without seeking it. optional: a word that may be left out ("that" when
** the sentence has a bare clause, sent_ctx), or 0. */
static uint32_t word_missing(const sent_ctx *s, const dict_elem *el, uint32_t n,
                             uint32_t optional)
{
    for (uint32_t e = 0; e < n; e++) {
        if (el[e].kind != DICT_EL_WORD || (optional && el[e].id == optional))
            continue;
        if (!el[e].id)
            return e;   /* a word no token can have */
        uint32_t b = coder_word_bit(el[e].id);
        if (!((s->word_bits[b / 64] >> (b % 64)) & 1))
            return e;
    }
    return n;
}

/* May a pattern's key word (dict_pattern.key_pre, key_post) stand in the
** sentence? As word_missing, by the word's filter bit. */
static inline int key_present(const sent_ctx *s, uint16_t key)
{
    return key == DICT_NO_KEY || ((s->word_bits[key / 64] >> (key % 64)) & 1);
}

/* Does verb v's multi-word form fit around the head token h? */
static int verb_words_fit(const sent_ctx *s, const dict_verb *v, size_t h, size_t *after)
{
    *after = h + 1;
    for (uint32_t i = 0; i < v->nbefore; i++) {
        size_t k = h - v->nbefore + i;
        if (h < v->nbefore || !word_at(s, k, v->words_before[i]))
            return 0;
    }
    size_t k = h + 1;
    for (uint32_t i = 0; i < v->nafter; i++, k++) {
        while (k < s->ls.n && tag_is_adv(s->ls.tags[k]) && !word_at(s, k, v->words_after[i]))
            k++;
        if (k >= s->ls.n || !word_at(s, k, v->words_after[i]))
            return 0;
    }
    *after = k;
    return 1;
}

/* Does the verb group at token k continue the verb before it, so that a
** pattern may reach into it: an infinitive ("urged Iran to release") or a
** that-clause ("demanded that NATO withdraw")? */
static int continues_verb(const sent_ctx *s, size_t k)
{
    const phrase *vg = &s->ls.phrases[s->ls.vg_of[k]];
    if (s->ls.tags[vg->first] == TAG_TO)
        return 1;
    if (s->ls.tags[vg->first] == TAG_VBG && vg->first > 0 &&
        s->ls.tags[vg->first - 1] == TAG_IN)
        return 1;   /* "accused Israel of attacking" */
    int32_t i = s->vg_clause[s->ls.vg_of[k]];
    const clause *c = i >= 0 ? &s->ls.clauses[i] : NULL;
    return c && c->kind == CL_COMPLEMENT && c->word != UINT32_MAX &&
           lemma_is_word(s->ls.lemmas[c->word], "that");
}

/* Does ", with" at token k open an absolute phrase, a noun phrase and what
** is said of it: "signed, with Eritrea the only state outside", "with Japan
** abstaining"? Its noun phrase is then no partner of the verb. */
int coder_absolute_with(const sent_ctx *s, size_t k)
{
    if (k == 0 || k + 1 >= s->ls.n || s->ls.tags[k - 1] != TAG_COMMA ||
        !lemma_is_word(s->ls.lemmas[k], "with"))
        return 0;
    int32_t np = np_at(s, k + 1);
    if (np < 0)
        return 0;
    size_t e = s->ls.phrases[np].end;
    if (e >= s->ls.n)
        return 0;
    int t = s->ls.tags[e];
    return t == TAG_DT || t == TAG_PRPS || t == TAG_CD || tag_is_adj(t) || tag_is_noun(t) ||
           t == TAG_VBG || t == TAG_VBN;
}

/* The verb entry of token head: a form the dictionary lists on its own
** ("left" apart from "leave") names its own sense; otherwise the lemma's
** entry. NULL when the dictionary has neither. By the folded ids the
** sentence holds (s->ids, s->lids), which dict_find_verb would fold and
** look up again. */
static const dict_verb *verb_of(const dyad_coder *c, const sent_ctx *s, size_t head)
{
    /* forms this long were never looked up on their own (they once went
    ** through a buffer of this size): kept so that the output is unchanged */
    enum { FORM_MAX = 64 };
    uint32_t form = s->ids[head].fold, lemma = s->lids[head].fold;
    const dict_verb *v = NULL;
    if (s->ls.toks[head].len < FORM_MAX && form != lemma)
        v = dict_find_verb_id(c->d, form);
    if (!v)
        v = dict_find_verb_id(c->d, lemma);
    return v;
}

/* One past the last token the patterns of the verb at head may reach: the
** clause's end, then on over the rest of the clause's phrases and the
** verbs that continue this one, up to a period, a colon or an absolute
** phrase. */
static size_t pattern_limit(const sent_ctx *s, const clause *cl, size_t head)
{
    size_t limit = cl->end > head ? cl->end : s->ls.n;
    if (limit < s->ls.n) {
        /* let patterns reach over the rest of the clause's phrases */
        while (limit < s->ls.n && s->ls.tags[limit] != TAG_PERIOD &&
               s->ls.tags[limit] != TAG_COLON && !coder_absolute_with(s, limit) &&
               (s->ls.vg_of[limit] < 0 || continues_verb(s, limit)))
            limit++;
    }
    return limit;
}

/* Does pattern pat of verb v end in "with +", and may a compound subject
** fill it, each member the other's partner: a reciprocal pattern
** ("hold talk with + @mutual") or an agreement ("agree to expand trade
** with +": what two agree to, they agree on together)? Not when nothing
** but the verb would be left ("agree with +"). */
static int joint_pattern(const dict_verb *v, const dict_pattern *pat)
{
    uint32_t n = pat->npost;
    return n >= 3 && !v->petr && pat->post[n - 1].kind == DICT_EL_TARGET &&
           pat->post[n - 2].kind == DICT_EL_WORD && pat->npre == 0 &&
           ((pat->flags & DICT_PAT_MUTUAL) || lemma_is_word(v->lemma, "agree"));
}

/* How far the words of a pattern that lost its "with +" may reach from
** token after: through the verb's object, or else its first PP; no
** further, for nothing anchors them ("on deepening their partnership and
** a plan for economic cooperation" is no "deepen cooperation"). */
static size_t joint_limit(const sent_ctx *s, const clause *cl, size_t after, size_t limit)
{
    size_t end = cl->end;
    if (cl->object >= 0 && s->ls.phrases[cl->object].first >= after)
        end = s->ls.phrases[cl->object].end;
    else if (cl->pp_count > 0)
        end = s->ls.phrases[s->ls.pps[cl->pp_first]].end;
    return end < after ? after : end < limit ? end : limit;
}

/* Is clause cl a relative clause whose object is the noun it hangs from,
** before its own subject ("the sanctions that Peru imposed")? */
static int gap_object(const sent_ctx *s, const clause *cl)
{
    return cl->kind == CL_RELATIVE && cl->object >= 0 && cl->subject >= 0 &&
           s->ls.phrases[cl->object].end <= s->ls.phrases[cl->subject].first;
}

/* "the sanctions that Peru imposed on Chile", "the aid it sent to Chad":
** in a gap_object clause, a pattern's first word may be the object noun,
** its other elements (a slot among them) after the verb. base: the state
** to start from. Returns 1 and fills *st. */
static int match_gap_object(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                            const dict_pattern *pat, size_t after, size_t limit,
                            const match_state *base, match_state *st)
{
    if (pat->npost < 2 ||
        (pat->post[0].kind != DICT_EL_WORD && pat->post[0].kind != DICT_EL_SYNSET))
        return 0;
    const phrase *obj = &s->ls.phrases[cl->object];
    int slot = 0;
    for (uint32_t e = 1; e < pat->npost; e++)
        slot |= pat->post[e].kind == DICT_EL_TARGET || pat->post[e].kind == DICT_EL_SOURCE;
    match_state g = *base;
    if (!slot || !match_elems(c, s, pat->post, 1, obj->first, obj->end, 0, &g) ||
        !match_elems(c, s, pat->post + 1, pat->npost - 1, after, limit, 0, &g))
        return 0;
    *st = g;
    return 1;
}

/* Is the gap object of clause cl surely the noun its verb acts on? Not a
** name in a PP set off by a comma before "which", which may say of the
** whole clause before it: "business could drift to London, which the
** Bundesbank opposes"; "Norway, which he visited" is. */
static int gap_noun_is_object(const sent_ctx *s, const clause *cl)
{
    const phrase *obj = &s->ls.phrases[cl->object];
    if (cl->word == UINT32_MAX || cl->word == 0 || s->ls.tags[cl->word - 1] != TAG_COMMA)
        return 1;
    int32_t up = obj->up;
    while (up >= 0 && s->ls.phrases[up].kind == PH_NP)
        up = s->ls.phrases[up].up;
    return up < 0 || s->ls.phrases[up].kind != PH_PP ||
           lemma_is_word(s->ls.lemmas[s->ls.phrases[up].first], "of");
}

/* "the pact they struck in Paris", "the tariffs Reagan slapped on Japanese
** goods": in a gap_object clause, a pattern whose first element is a slot
** ("strike +", "slap +") has the object noun in that slot, never a phrase
** after the verb ("in Paris"). Returns 1 and fills *st. */
static int gap_slot(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                    const dict_pattern *pat, size_t after, size_t limit, match_state *st)
{
    const phrase *obj = &s->ls.phrases[cl->object];
    match_state g = *st;
    if (!match_elems(c, s, pat->post, 1, obj->first, obj->end, 0, &g) ||
        (pat->npost > 1 && !match_elems(c, s, pat->post + 1, pat->npost - 1, after, limit, 0, &g)))
        return 0;
    *st = g;
    return 1;
}

/* Matches pattern pat of the verb at head, whose own words end before
** after, into *st. Returns 1 on a match. */
static int match_pattern(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                         const dict_verb *v, const dict_pattern *pat, size_t head, size_t after,
                         size_t limit, match_state *st)
{
    /* the words before the verb may stand anywhere before it in the
    ** sentence: "Ethiopia indicated it would act" */
    if (pat->npre && !match_elems(c, s, pat->pre, pat->npre, 0, head, 1, st))
        return 0;
    const phrase *vg = cl->verb >= 0 ? &s->ls.phrases[cl->verb] : NULL;
    /* "is opposed to the plan": the adjective takes only a pattern of
    ** "oppose to", not the verb's "oppose +" (whose + the "to" phrase
    ** would fill with whatever it holds) */
    if (vg && s->ls.tags[head] == TAG_VBN && vg->first < head && head + 1 < s->ls.n &&
        s->ls.tags[head + 1] == TAG_TO && lemma_is_word(s->ls.lemmas[head], "oppose") &&
        !(pat->npost > 0 && pat->post[0].kind == DICT_EL_WORD &&
          strcmp(dict_word_str(c->d, pat->post[0].id), "to") == 0))
        return 0;
    int passive = vg && vg->voice == VOICE_PASSIVE && cl->subject >= 0 && pat->npost > 0;
    /* a coordination, or a group phrase the article stage resolved to a
    ** set ("the two sides agreed to resume talks" after "Ghana's officials
    ** met Togo's") */
    int coord = cl->subject >= 0 && ((s->ls.phrases[cl->subject].flags & PHF_COORD) ||
                                     (mentions_np(c->ment, cl->subject).how == MREF_SET &&
                                      mentions_np(c->ment, cl->subject).ent >= 0));
    if (!passive && !coord) {   /* the common case: one way to match */
        if (!gap_object(s, cl))
            return match_elems(c, s, pat->post, pat->npost, after, limit, 0, st);
        const match_state base = *st;
        if (pat->npost > 0 && gap_noun_is_object(s, cl) &&
            (pat->post[0].kind == DICT_EL_TARGET || pat->post[0].kind == DICT_EL_SOURCE))
            return gap_slot(c, s, cl, pat, after, limit, st);
        return match_elems(c, s, pat->post, pat->npost, after, limit, 0, st) ||
               match_gap_object(c, s, cl, pat, after, limit, &base, st);
    }
    const match_state base = *st;   /* each other way of matching starts from here */
    if (match_elems(c, s, pat->post, pat->npost, after, limit, 0, st))
        return 1;
    /* "Sweden and Kenya agreed to expand trade": a compound subject is
    ** the partner its members' pattern asks for with "with +" */
    if (coord && joint_pattern(v, pat) &&
        strcmp(dict_word_str(c->d, pat->post[pat->npost - 2].id), "with") == 0) {
        match_state joint = base;
        if (match_elems(c, s, pat->post, pat->npost - 2, after,
                        joint_limit(s, cl, after, limit), 0, &joint)) {
            *st = joint;
            st->joint = 1;
            return 1;
        }
    }
    if (!passive)
        return 0;
    /* "Three journalists were arrested.": a pattern of a slot alone has
    ** the subject in its + (the slots step puts it there) */
    if (pat->npost == 1 && pat->post[0].kind == DICT_EL_TARGET) {
        *st = base;
        st->score += 1;
        return 1;
    }
    /* in the passive the receiver of a verb with two objects is the
    ** subject: "Kenya was given a loan by Sweden" matches "give + loan",
    ** the subject in the + (the slots step puts it there) */
    if (pat->npost >= 2 && pat->post[0].kind == DICT_EL_TARGET &&
        (pat->post[1].kind == DICT_EL_WORD || pat->post[1].kind == DICT_EL_SYNSET)) {
        match_state receiver = base;
        if (match_elems(c, s, pat->post + 1, pat->npost - 1, after, limit, 0, &receiver)) {
            *st = receiver;
            st->score += 1;   /* the subject fills the + */
            return 1;
        }
    }
    /* in the passive the object noun is the subject: "sanctions
    ** were imposed on Russia" matches "impose sanction on +" */
    /* a pattern of words alone may stand whole before the verb: "Bolivia's
    ** request for a loan was refused" matches "refuse request for &ECONAID"
    ** (its owner is the target: coder_owner.c) */
    int words_only = 1;
    for (uint32_t e = 0; e < pat->npost; e++)
        words_only &= pat->post[e].kind == DICT_EL_WORD || pat->post[e].kind == DICT_EL_SYNSET;
    match_state st4 = *st;
    if (words_only && pat->npost >= 2 && vg &&
        match_elems(c, s, pat->post, pat->npost, s->ls.phrases[cl->subject].first, vg->first, 0,
                    &st4)) {
        *st = st4;
        st->subject_words = 1;
        return 1;
    }
    match_state st2 = *st;
    if ((pat->post[0].kind != DICT_EL_WORD && pat->post[0].kind != DICT_EL_SYNSET) ||
        !match_elems(c, s, pat->post, 1, s->ls.phrases[cl->subject].first,
                     s->ls.phrases[cl->subject].end, 0, &st2))
        return 0;
    /* the rest is never sought in the by-agent and an of-phrase of it:
    ** "demand has been met by Chilean purchases of Peruvian copper" is
    ** no "meet demand of +" */
    size_t by = limit, past = after;
    if (cl->agent >= 0 && s->ls.phrases[cl->agent].first > after) {
        const phrase *ag = &s->ls.phrases[cl->agent];
        by = ag->first - 1;   /* "by" */
        past = ag->end;
        if (past + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[past], "of"))
            for (uint32_t q = 0; q < cl->pp_count; q++) {
                const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + q]];
                if (pp->first == past)
                    past = pp->end;
            }
        by = by < limit ? by : limit;
        past = past < limit ? past : limit;
    }
    match_state st3 = st2;
    if (match_elems(c, s, pat->post + 1, pat->npost - 1, after, by, 0, &st3))
        st2 = st3;
    else if (by == limit ||
             !match_elems(c, s, pat->post + 1, pat->npost - 1, past, limit, 0, &st2))
        return 0;
    *st = st2;
    st->subject_words = 1;
    return 1;
}

/* The best pattern of the verbs (or nouns) v at token head, its words
** sought up to limit; cl is the verb's clause, NULL for a noun (whose
** patterns take no passive or compound subject, and whose words count as
** reached up to the end of its own). shared: an object borrowed from a
** verb joined to this one, or -1. Returns 1 and fills *best. */
static int best_of(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                   const dict_verb *v, size_t head, size_t limit, int32_t shared,
                   match_state *best)
{
    int found = 0;
    /* a "that" a pattern names may be left out before a bare clause only */
    uint32_t that = s->bare_clause ? c->that_id : 0;
    for (; v; v = v->next) {
        size_t after;
        if (!verb_words_fit(s, v, head, &after))
            continue;
        int words = (int)(v->nbefore + v->nafter);
        size_t last = cl ? 0 : after;
        /* the sentence's words are set before any clause is coded */
        uint64_t absent = ~s->word_sig;
        const uint64_t *need = cl ? v->need_all : v->need_post;
        for (uint32_t p = 0; p < v->npatterns; p++) {
            /* most patterns lack a word of the sentence: the folded
            ** filter turns down most of those in one test, as
            ** word_missing below would */
            if (need[p] & absent)
                continue;
            const dict_pattern *pat = v->patterns[p];
            /* and a rare word's exact bit most of the others */
            if ((cl && !key_present(s, pat->key_pre)) || !key_present(s, pat->key_post))
                continue;
            /* a verb's pattern seeks its words before the verb too; a
            ** noun's does not (match_pattern, match_elems) */
            if (cl && word_missing(s, pat->pre, pat->npre, 0) < pat->npre)
                continue;
            /* a joint pattern may do without the "with" of its "with +"
            ** (its last two elements, match_pattern): then only that word
            ** may be missing */
            uint32_t miss = word_missing(s, pat->post, pat->npost, that);
            if (miss < pat->npost &&
                (!cl || miss + 2 != pat->npost || !joint_pattern(v, pat)))
                continue;
            match_state st = {.source = -1, .target = -1, .score = words * 2 + 1,
                              .shared_object = shared, .last = last, .verb = v,
                              .noun = !cl};
            if (cl ? !match_pattern(c, s, cl, v, pat, head, after, limit, &st)
                   : !match_elems(c, s, pat->post, pat->npost, after, limit, 0, &st))
                continue;
            /* "Belarusians protested in Moscow" is no "protest +": for a
            ** code that may stand alone, a place reached by stepping over
            ** its preposition is where, not the target, and a time when
            ** ("have protested since March") */
            /* nor is a phrase of time or circumstance: "Kenyan farmers
            ** protested during the debate"; for another code the pattern
            ** holds with its target none (no PP sought further: "will
            ** meet before the summit to prepare a report for X" is no
            ** meeting with X), but the passive's subject ("were arrested
            ** since the protests began") */
            if (st.slot_when) {
                if (coder_code_alone(pat->code))
                    continue;
                st.target = -1, st.slot_prep = NULL;
            }
            if (st.slot_prep && !v->petr &&
                (coder_place_prep(st.slot_prep) || coder_time_prep(st.slot_prep)) &&
                coder_code_alone(pat->code))
                continue;
            if (!found || st.score > best->score) {
                st.pattern = pat;
                st.code = pat->code;
                *best = st;
                found = 1;
            }
        }
        if (v->code && (!found || best->score < words * 2)) {
            match_state st = {.source = -1, .target = -1, .shared_object = -1, .score = words * 2,
                              .verb = v, .code = v->code, .last = last};
            if (!found || st.score > best->score) {
                *best = st;
                found = 1;
            }
        }
    }
    return found;
}

/* Finds the best pattern of the verb at token head for clause cl. */
static int best_pattern(const dyad_coder *c, const sent_ctx *s, const clause *cl, size_t head,
                        match_state *best)
{
    /* an object the clause borrowed from the verb joined to it */
    int32_t shared = cl->object >= 0 && s->ls.phrases[cl->object].first >= cl->end ? cl->object
                                                                                    : -1;
    const dict_verb *v = verb_of(c, s, head);
    /* most verbs have no patterns: then no limit is sought */
    return v && best_of(c, s, cl, v, head, pattern_limit(s, cl, head), shared, best);
}

int coder_noun_pattern(const dyad_coder *c, const sent_ctx *s, size_t head, size_t limit,
                       match_state *best)
{
    if (!tag_is_noun(s->ls.tags[head]))
        return 0;
    const dict_verb *v = dict_find_noun_id(c->d, s->lids[head].fold);
    return v && best_of(c, s, NULL, v, head, limit, -1, best);
}

/* Verbs that say little by themselves and leave the event to the noun
** they take: "staged a demonstration", "carried out an attack on",
** "expressed sorrow over", "paid a visit to". Their subject does what the
** noun says; not so a verb of causing ("unleashed protests from
** exporters", "provoked a strike"), nor "make", which as often makes its
** object something ("made aid to the contras a key initiative"). */
static const char *const light_verbs[] = {
    "stage", "hold", "launch", "conduct", "mount", "organize", "organise", "lead", "carry", "express", "voice", "begin", "start", "continue", "resume", "wage",
    "intensify", "escalate", "step", "undertake", "pay", "offer", "extend", "convey",
    "send", "lodge", "file", "issue", "level", NULL};

/* The noun pattern of a light verb's object, right after the verb (or its
** particle: "carried out", "stepped up"): its code and target stand for
** the clause's. Returns 1 and fills *m. */
static int light_verb_noun(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                           const phrase *vg, match_state *m)
{
    if (cl->object < 0)
        return 0;
    const char *lemma = s->ls.lemmas[vg->head];
    const phrase *ob = &s->ls.phrases[cl->object];
    size_t at = vg->end;
    int particle = at < s->ls.n && s->ls.tags[at] == TAG_RP;   /* "carried out" */
    if (ob->first != at + (size_t)particle || (ob->flags & PHF_COORD) ||
        !tag_is_noun(s->ls.tags[ob->head]) ||
        !dict_find_noun_id(c->d, s->lids[ob->head].fold) || !lemma_in_list(lemma, light_verbs) ||
        (!particle && (lemma_is_word(lemma, "carry") || lemma_is_word(lemma, "step"))) ||
        !coder_noun_pattern(c, s, ob->head, pattern_limit(s, cl, vg->head), m))
        return 0;   /* no particle: "carried", "stepped" are no light verbs */
    /* a noun that names its own source is no act of the verb's subject
    ** ("despite mounting pressure from London and Washington": the two
    ** press; neither is the other's target, fourteenth session) */
    if (m->source >= 0)
        return 0;
    /* the noun alone names no target: only an act that may stand without
    ** one ("staged a demonstration"), not "carried out attacks" with a
    ** target sought anywhere after it */
    return (m->pattern && m->pattern->npost > 0) || (m->code && coder_code_alone(m->code));
}

/* Does another clause depend on clause ci, one that may be what it says?
** A relative clause on the subject tells of it ("Al-Shabaab, which is
** linked to al-Qaeda, claimed responsibility."): when no clause follows
** the verb, the verb reports nothing. When one does, the language layer
** may have hung it on the relative clause, and it is what is said. */
static int has_child(const sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    if (s->ckid[ci] < 0)
        return 0;
    uint32_t verb = cl->verb >= 0 ? s->ls.phrases[cl->verb].first : cl->end;
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k])
        if (s->ls.clauses[k].kind != CL_RELATIVE || s->ls.clauses[k].end > verb)
            return 1;
    for (size_t k = 0; k < s->ls.nclauses; k++)
        if (s->ls.clauses[k].first > verb)
            return 1;
    return 0;
}

/* ---- the codes step ---- */

/* Splits the winning code into j->code1 and j->code2. PETRARCH's paired
** codes "042:043": the second is what the target does to the source at
** the same time; either half may be empty. */
static void split_codes(clause_job *j)
{
    const match_state *m = &j->m;
    j->code1[0] = j->code2buf[0] = '\0';
    j->code2 = m->pattern ? m->pattern->code2 : NULL;
    if (m->code) {
        const char *colon = strchr(m->code, ':');
        size_t n1 = colon ? (size_t)(colon - m->code) : strlen(m->code);
        base_copy_n(j->code1, sizeof j->code1, m->code, n1);
        if (colon) {
            base_copy(j->code2buf, sizeof j->code2buf, colon + 1);
            j->code2 = j->code2buf[0] && strcmp(j->code2buf, "---") != 0 ? j->code2buf : NULL;
        }
        if (strcmp(j->code1, "---") == 0)
            j->code1[0] = '\0';
    }
}

/* The rejection (12x) that refusing a cooperative act of code `act` is,
** or NULL for an act whose refusal is no rejection ("declined to
** comment", "refused to praise", "refused to attack", "refused to visit
** the cemetery": a visit goes to a place). Meetings and talks give 125,
** material cooperation 121x, aid 122x, yielding 124x (a reform acceded
** to 123x), accepting mediation 126, a signed accord 127; recognition,
** support and apology refused are plain rejection, 120. */
static const char *refused_code(const char *act)
{
    static const struct {
        const char *act, *rejection;
    } map[] = {
        {"036", "125"},  {"038", "126"},  {"042", NULL},   {"04", "125"},   {"053", "120"},  {"054", "120"},
        {"055", "120"},  {"056", "120"},  {"057", "127"},  {"061", "1211"}, {"062", "1212"},
        {"06", "121"},   {"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"},
        {"07", "122"},   {"081", "1241"}, {"082", "1242"}, {"0831", "1231"}, {"0832", "1232"},
        {"0833", "1233"}, {"0834", "1234"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"},
        {"086", "1245"}, {"087", "1246"}, {"08", "124"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strncmp(act, map[i].act, strlen(map[i].act)) == 0)
            return map[i].rejection;
    return NULL;
}

/* Verbs of acceptance and of refusal. */
static const char *const accepting[] = {"accept", "accede", "agree", "approve", "heed", NULL};
static const char *const refusing[] = {"refuse", "decline", NULL};

/* Is verb group vg recognition withheld as a standing stance: "Turkey does
** not recognise Cyprus", "Serbia has never recognized Kosovo"? A refusal as
** "does not accept" is. A recognition that has not happened ("has not
** recognized the new government", "did not recognise") stays a plain
** negation: it may yet come. */
static int recognition_withheld(const sent_ctx *s, const phrase *vg)
{
    static const char *const recognizing[] = {"recognize", "recognise", NULL};
    if (vg->mod != MOD_NEGATED || !lemma_in_list(s->ls.lemmas[vg->head], recognizing))
        return 0;
    for (uint32_t k = vg->first; k < vg->head; k++) {
        int t = s->ls.tags[k];
        if (lemma_is_word(s->ls.lemmas[k], "never") ||
            (lemma_is_word(s->ls.lemmas[k], "do") && (t == TAG_VBZ || t == TAG_VBP)))
            return 1;
    }
    return 0;
}

/* Is the group of clause cl, verb group vg, negated by its own words
** ("did not", "will never")? Sets *stance when the negation is a stance
** its subject takes: "will not" or "won't" ("wo"), or "would not" with a
** pronoun for subject ("said it would not lift"); not a guess ("would
** probably not come", "buyers would not give China a warm welcome"). Not
** negated so is what is "not yet" done ("Congress had not yet approved
** the measures": still pending, no refusal). */
static int negated_group(const sent_ctx *s, const clause *cl, const phrase *vg, int *stance)
{
    static const char *const guesses[] = {"probably", "likely", "possibly", "perhaps", NULL};
    int negated = 0, will = 0, would = 0, guess = 0;
    *stance = 0;
    if (vg->mod != MOD_NEGATED || vg->np >= 0)
        return 0;
    uint32_t from = vg->first;
    while (from > 0 && tag_is_adv(s->ls.tags[from - 1]))   /* "probably would not" */
        from--;
    for (uint32_t k = from; k < vg->head; k++) {
        const char *w = s->ls.lemmas[k];
        negated |= lemma_in_list(w, lang_negations);
        will |= lemma_is_word(w, "will") || lemma_is_word(w, "wo");
        would |= lemma_is_word(w, "would");
        guess |= lemma_in_list(w, guesses);
        if (lemma_is_word(w, "yet"))
            return 0;
    }
    int pronoun = cl->subject >= 0 && (s->ls.phrases[cl->subject].flags & PHF_PRONOUN);
    *stance = !guess && (will || (would && pronoun));
    return negated;
}

/* Does verb group vg of clause cl, an infinitive, follow the noun
** "refusal" that is the clause's subject ("Chile's refusal to hold
** talks")? Not when the language layer gave the infinitive another
** subject ("X is unhappy with the banks' refusal to make concessions":
** X does not refuse). */
static int refusal_noun(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    uint32_t k = vg->first;
    return k > 0 && vg->np < 0 && s->ls.tags[k] == TAG_TO && tag_is_noun(s->ls.tags[k - 1]) &&
           lemma_is_word(s->ls.lemmas[k - 1], "refusal") && cl->subject >= 0 &&
           s->ls.phrases[cl->subject].head == k - 1;
}

/* Is verb group vg of clause cl an infinitive that a decision says will
** not be done ("decided not to accept the offer", "voted not to hold
** talks")? The decision, told as made, is the refusal. */
static int decided_not(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    static const char *const deciding[] = {"decide", "vote", "choose", "opt", "resolve",
                                           NULL};
    uint32_t k = vg->first;
    if (cl->kind != CL_COMPLEMENT || cl->parent < 0 || k == 0 || s->ls.tags[k] != TAG_TO ||
        !lemma_in_list(s->ls.lemmas[k - 1], lang_negations))
        return 0;
    const clause *pc = &s->ls.clauses[cl->parent];
    if (pc->verb < 0)
        return 0;
    int32_t gov = coder_time_being(s, &s->ls.phrases[pc->verb]);
    const phrase *pv = &s->ls.phrases[gov >= 0 ? gov : pc->verb];
    if (pv->head >= k || pv->mod != MOD_ASSERTED ||
        !lemma_in_list(s->ls.lemmas[pv->head], deciding))
        return 0;
    /* no other verb between, but the "being" of "for the time being" */
    for (uint32_t t = pv->head + 1; t + 1 < k; t++)
        if (s->ls.vg_of[t] >= 0 && !(lemma_is_word(s->ls.lemmas[t], "be") &&
                                     lemma_is_word(s->ls.lemmas[t - 1], "time")))
            return 0;
    return 1;
}

/* How clause job j's act is refused (REFUSAL_*): "refused to meet",
** "declined to lift" (a catenative of refusal with no pattern of its own),
** or a verb of acceptance negated in its own group ("did not accept",
** "could not agree to"), or any act negated as a stance (negated_group:
** "will not negotiate with", "said it would not lift"). "failed to meet"
** is no refusal, nor is "did not meet", nor a plan told in the
** progressive ("would not be holding talks"). */
static int refusal_of(const sent_ctx *s, const clause_job *j)
{
    const phrase *vg = j->vg;
    int will;
    if (j->on_caten || j->light || !j->m.pattern)
        return REFUSAL_NONE;
    if (refusal_noun(s, j->cl, vg))
        return REFUSAL_NOUN;
    if (decided_not(s, j->cl, vg))
        return REFUSAL_DECISION;
    if (vg->np >= 0)
        return lemma_in_list(s->ls.lemmas[vg->np], refusing) ? REFUSAL_CATENATIVE
                                                               : REFUSAL_NONE;
    if (s->ls.tags[vg->head] == TAG_VBG || !negated_group(s, j->cl, vg, &will))
        return REFUSAL_NONE;
    return will || lemma_in_list(j->lemma, accepting) || recognition_withheld(s, vg)
               ? REFUSAL_NEGATION
               : REFUSAL_NONE;
}

/* Is verb group vg's catenative one of refusal, itself said ("declined to
** accept"; not "did not decline to accept")? */
static int refusing_catenative(const sent_ctx *s, const phrase *vg)
{
    if (vg->np < 0 || !lemma_in_list(s->ls.lemmas[vg->np], refusing))
        return 0;
    for (uint32_t k = vg->first; k < (uint32_t)vg->np; k++)
        if (lemma_in_list(s->ls.lemmas[k], lang_negations))
            return 0;
    return 1;
}

/* "did not accept Japan's proposal", "will not heed the demands of the
** strikers", "declined to accept the offer", "Brazil's refusal to accept
** the plan": a verb of acceptance negated or refused, that no pattern of
** its own fits, is read with the patterns of "reject" on the words after
** it. Returns how it is refused (REFUSAL_NEGATION, REFUSAL_NOUN or
** REFUSAL_DECISION) and fills *m, or 0. */
static int refused_acceptance(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                              const phrase *vg, match_state *m)
{
    int will, how = 0;
    if ((vg->mod != MOD_NEGATED && s->ls.tags[vg->first] != TAG_TO) ||
        s->ls.tags[vg->head] == TAG_VBG ||
        (!lemma_in_list(s->ls.lemmas[vg->head], accepting) && !recognition_withheld(s, vg)))
        return 0;
    if (refusal_noun(s, cl, vg))
        how = REFUSAL_NOUN;
    else if (decided_not(s, cl, vg))
        how = REFUSAL_DECISION;
    else if (vg->mod == MOD_NEGATED &&
             (refusing_catenative(s, vg) || negated_group(s, cl, vg, &will)))
        how = REFUSAL_NEGATION;
    else
        return 0;
    const dict_verb *reject = dict_find_verb(c->d, "reject", 6);
    if (!reject)
        return 0;
    *m = (match_state){0};
    return best_of(c, s, cl, reject, vg->head, pattern_limit(s, cl, vg->head), -1, m) &&
                   m->pattern
               ? how
               : 0;
}

/* Is clause cl's verb group a to-infinitive ("to protect")? */
static int to_infinitive(const sent_ctx *s, const clause *cl)
{
    uint32_t first = s->ls.phrases[cl->verb].first;
    return (s->ls.tags[first] == TAG_TO) || (first > 0 && s->ls.tags[first - 1] == TAG_TO);
}

/* The clause of what clause job j's verb asks for when it has no object
** control: a complement clause of its own with or without "that"
** ("demanded that Iran lift the ban"), or the first to-infinitive after
** it past participles only ("asked four states, including Britain, for
** the use of their ships to protect its tankers", where the parse hangs
** the infinitive elsewhere); NULL when a finite clause comes first. */
static const clause *asked_clause(const sent_ctx *s, const clause_job *j)
{
    for (int32_t k = s->ckid[j->ci]; k >= 0; k = s->csib[k]) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->kind == CL_COMPLEMENT && cl->first > j->vg->head)
            return cl;
    }
    for (size_t k = j->ci + 1; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->verb < 0 || cl->first <= j->vg->head)
            continue;
        if (to_infinitive(s, cl))
            return cl;
        if (s->ls.tags[s->ls.phrases[cl->verb].head] != TAG_VBG)
            return NULL;
    }
    return NULL;
}

const clause *coder_noun_asked_clause(const sent_ctx *s, size_t limit)
{
    if (limit >= s->ls.n || s->ls.vg_of[limit] < 0)
        return NULL;
    for (size_t k = 0; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->verb != s->ls.vg_of[limit])
            continue;
        /* an adverb may split the infinitive ("to further ease") */
        uint32_t t = s->ls.phrases[cl->verb].first;
        while (t > 0 && s->ls.tags[t - 1] == TAG_RB)
            t--;
        return to_infinitive(s, cl) || (t > 0 && s->ls.tags[t - 1] == TAG_TO) ? cl : NULL;
    }
    return NULL;
}

/* Is the word at k a member of synset syn (-1: none) by form or lemma? */
static int in_synset(const dyad_coder *c, const sent_ctx *s, int32_t syn, uint32_t k)
{
    return syn >= 0 && k < s->ls.n &&
           (dict_match_synset(c->d, (uint32_t)syn, s->ids, s->ls.n, k) ||
            dict_match_synset(c->d, (uint32_t)syn, s->lids, s->ls.n, k));
}

/* The subcode (after "02" or "10") of an act no pattern codes, since it
** names no partner, but whose kind its words give: a policy to change, by
** the dictionary's synsets ("urged Japan to stimulate its economy",
** "pressed the bank to review its rules": 0242 or 1042, as the patterns
** "urge + to &POLICYVERB &POLICYOBJ" code it for the verbs they name),
** talks to hold ("pressed Tokyo to discuss rice": 026 or 106); NULL.
** A state's trade instrument (&POLICYTOOL: "to extend export subsidies")
** is policy whatever the verb, and so is retaliation asked of a state
** ("asked the administration to retaliate against the rule"); markets to
** open are economic cooperation, 0211, as "open market to +" codes them
** when it names a partner. */
static const char *const talks_acts[] = {"negotiate", "discuss", "bargain", NULL};
static const char *const policy_acts[] = {"retaliate", NULL};
/* A course of economic policy carried on ("urged Ghana to continue its
** adjustment efforts"), or steps of policy taken ("must take fiscal
** measures"), is a policy change asked for; a course opposed or steps
** with no word of policy ("to take urgent security measures") is not
** (fifteenth session, fifth round). */
static const char *const course_acts[] = {"continue", "pursue", "implement", "accelerate",
                                          "undertake", "carry", "step", "speed", NULL};
static const char *const policy_courses[] = {"adjustment", "austerity", "reform", NULL};
static const char *const step_nouns[] = {"measure", "step", NULL};
static const char *const policy_kinds[] = {"economic", "fiscal", "monetary", "structural",
                                           "budgetary", "retaliatory", NULL};

/* Does the act's object phrase hold a word of list (by lemma)? */
static int object_holds(const sent_ctx *s, const clause *act, const char *const *list)
{
    if (act->object < 0)
        return 0;
    const phrase *np = &s->ls.phrases[act->object];
    for (uint32_t k = np->first; k < np->end && k < s->ls.n; k++)
        if (lemma_in_list(s->ls.lemmas[k], list))
            return 1;
    return 0;
}

static int policy_course(const sent_ctx *s, const clause *act, uint32_t v, uint32_t obj)
{
    if (obj == UINT32_MAX)
        return 0;
    if (lemma_in_list(s->ls.lemmas[v], course_acts) && object_holds(s, act, policy_courses))
        return 1;
    return strcmp(s->ls.lemmas[v], "take") == 0 && lemma_in_list(s->ls.lemmas[obj], step_nouns) &&
           object_holds(s, act, policy_kinds);
}
/* "asked Japan to begin negotiations on rice", "urged them to enter into
** talks": talks opened, begun or entered, with no partner named for a
** pattern ("begin negotiation with +"), are talks asked for (026, 106),
** as "to negotiate" is (s19-prec24). The noun is the act's object, or
** the first after "into". */
static int talks_opened(const sent_ctx *s, uint32_t v, uint32_t obj)
{
    static const char *const opens[] = {"begin", "start", "open", "launch", "enter",
                                        "initiate", "reopen", NULL};
    static const char *const talks[] = {"negotiation", "talk", "discussion", "dialogue",
                                        "consultation", NULL};
    if (!lemma_in_list(s->ls.lemmas[v], opens))
        return 0;
    if (obj == UINT32_MAX && v + 2 < s->ls.n && lemma_is_word(s->ls.lemmas[v + 1], "into"))
        for (uint32_t k = v + 2; k < v + 5 && k < s->ls.n && obj == UINT32_MAX; k++)
            if (s->ls.tags[k] == TAG_NN || s->ls.tags[k] == TAG_NNS)
                obj = k;
    return obj != UINT32_MAX && lemma_in_list(s->ls.lemmas[obj], talks);
}

static const char *unpatterned_act(const dyad_coder *c, const sent_ctx *s, const clause *act)
{
    uint32_t v = s->ls.phrases[act->verb].head;
    uint32_t obj = act->object >= 0 ? s->ls.phrases[act->object].head : UINT32_MAX;
    if (in_synset(c, s, c->policy_step, v) || lemma_in_list(s->ls.lemmas[v], policy_acts) ||
        in_synset(c, s, c->policy_tool, obj) ||
        (in_synset(c, s, c->policy_verb, v) && in_synset(c, s, c->policy_obj, obj)) ||
        policy_course(s, act, v, obj))
        return "42";
    if (obj != UINT32_MAX && strcmp(s->ls.lemmas[v], "open") == 0 &&
        strcmp(s->ls.lemmas[obj], "market") == 0)
        return "11";
    /* "urged Reagan to join Congress in fighting the deficits": joining
    ** another in an act ("join + in" codes nothing) is asked cooperation */
    if (strcmp(s->ls.lemmas[v], "join") == 0)
        return "2";
    if (lemma_in_list(s->ls.lemmas[v], talks_acts) || talks_opened(s, v, obj))
        return "6";
    /* forces withdrawn, force avoided, a market intervention, an economic
    ** plan devised (coder_asked_kind.c) */
    return coder_asked_kind(s, act);
}

static int patterned_act(const dyad_coder *c, const sent_ctx *s, const clause *act,
                         const char *code, int appeal, char *code1);

/* "urged both sides to avoid the use of force", "demanded that Iran lift
** the sanctions": a general appeal or demand (020, 100) whose addressee is told
** to do an act the dictionary codes asks for that act, so it takes the
** act's subcode: the act's intent form (cameo.tsv's sixth column, 03x),
** whose CAMEO branches 02x and 10x repeat (0256, 1054, 026). A negated
** act ("urged Japan not to lift") or one with no intent form of 03x (an
** attack's is a threat) leaves the general code. */
static void requested_act(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    int appeal = strcmp(j->code1, "020") == 0;
    if (!appeal && strcmp(j->code1, "100") != 0)
        return;
    const clause *act = j->cl->xcomp >= 0 ? &s->ls.clauses[j->cl->xcomp] : asked_clause(s, j);
    if (!act || act->verb < 0)
        return;
    const phrase *vg = &s->ls.phrases[act->verb];
    for (uint32_t k = j->vg->head + 1; k < vg->head; k++)
        if (lemma_in_list(s->ls.lemmas[k], lang_negations))
            return;
    coder_asked_subcode(c, s, act, j->code1);
}

/* "urged Japan to do more to cut its surplus", "said Sweden should make
** an effort to boost investment", "to take steps to curb imports": an
** act of effort whose purpose is an infinitive asks for that purpose
** (docs/coder.md, "Twelfth session, third round"); the purpose's clause,
** or act itself. Doing asks for more ("do more", "do much more"), making
** for an effort, taking for steps, action or measures. */
static const clause *effort_purpose(const sent_ctx *s, const clause *act)
{
    static const char *const efforts[] = {"effort", "attempt", NULL};
    static const char *const steps[] = {"step", "action", "measure", NULL};
    uint32_t v = s->ls.phrases[act->verb].head;
    const char *verb = s->ls.lemmas[v];
    const char *obj = act->object >= 0 ? s->ls.lemmas[s->ls.phrases[act->object].head] : "";
    int effort = (strcmp(verb, "make") == 0 && lemma_in_list(obj, efforts)) ||
                 (strcmp(verb, "take") == 0 && lemma_in_list(obj, steps));
    for (uint32_t k = v + 1; !effort && strcmp(verb, "do") == 0 && k < v + 4 && k < s->ls.n; k++)
        effort = lemma_is_word(s->ls.lemmas[k], "more");
    if (!effort)
        return act;
    for (size_t k = (size_t)(act - s->ls.clauses) + 1; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->verb < 0 || cl->first <= v)
            continue;
        return to_infinitive(s, cl) ? cl : act;
    }
    return act;
}

void coder_asked_subcode(const dyad_coder *c, const sent_ctx *s, const clause *act,
                         char *code1)
{
    int appeal = strncmp(code1, "02", 2) == 0;
    const clause *steps = act;
    act = effort_purpose(s, act);
    const phrase *vg = &s->ls.phrases[act->verb];
    match_state m = {0};
    if (!best_pattern(c, s, act, vg->head, &m) || !m.code || !m.pattern ||
        !patterned_act(c, s, act, m.code, appeal, code1)) {
        /* no pattern, or one whose act has no intent form to ask for
        ** ("to offer subsidies" is 030's offer): the act's words */
        const char *kind = unpatterned_act(c, s, act);
        /* "to take fiscal steps to help growth": a purpose that says no
        ** kind leaves the steps' own words */
        if (!kind && steps != act)
            kind = unpatterned_act(c, s, steps);
        if (kind)
            snprintf(code1, CODE_MAX, "%s%s", appeal ? "02" : "10", kind);
    }
}

/* Sets code1 (CODE_MAX bytes) to the 02x or 10x subcode that repeats the
** intent form of the act's pattern code; 0 when that code has none, for
** the act's words to say. An inquiry into a thing keeps the general code
** (1). */
static int patterned_act(const dyad_coder *c, const sent_ctx *s, const clause *act,
                         const char *code, int appeal, char *code1)
{
    size_t n = strcspn(code, ":");
    const cameo_entry *e = cameo_find(c->cameo, code, n);
    /* an inquiry has no intent form; one into people (a name opens its
    ** object) asked of another is judicial cooperation ("asked Kyiv to
    ** investigate Ivan Petrenko": 0213, 1013), not one into a thing
    ** ("asked GATT to examine the quotas") */
    int into_people = act->object >= 0 &&
                      tag_is_proper(s->ls.tags[s->ls.phrases[act->object].first]);
    if (e && strcmp(e->root, "09") == 0 && !into_people)
        return 1;
    const char *intent = e && strcmp(e->root, "09") == 0 ? "0313" : e ? e->intent : "";
    if (strncmp(intent, "03", 2) != 0 || strlen(intent) < 3 || strcmp(intent, "030") == 0)
        return 0;
    char sub[5];
    snprintf(sub, sizeof sub, "%s%s", appeal ? "02" : "10", intent + 2);
    if (!cameo_find(c->cameo, sub, strlen(sub)))
        return 0;
    snprintf(code1, CODE_MAX, "%s", sub);
    return 1;
}

/* "staged a strike in protest": a demonstration pattern (141x, through
** &PROTEST) whose object is a strike, a walkout or a boycott is a strike
** or boycott (143x), a hunger strike 142x, a sit-in or a blockade 144x,
** with the demonstration's subcode (1411 -> 1431). */
static void protest_kind(const sent_ctx *s, clause_job *j)
{
    if (strncmp(j->code1, "141", 3) != 0 || j->cl->object < 0)
        return;
    const phrase *o = &s->ls.phrases[j->cl->object];
    const char *w = s->ls.lemmas[o->head];
    char kind;
    if (lemma_is_word(w, "strike"))
        kind = o->head > o->first && lemma_is_word(s->ls.lemmas[o->head - 1], "hunger") ? '2'
                                                                                     : '3';
    else if (lemma_is_word(w, "walkout") || lemma_is_word(w, "boycott"))
        kind = '3';
    else if (lemma_is_word(w, "sit-in") || lemma_is_word(w, "blockade"))
        kind = '4';
    else
        return;
    j->code1[2] = kind;
}

int coder_clause_codes(dyad_coder *c, sent_ctx *s, size_t ci, clause_job *j)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    const char *lemma = s->ls.lemmas[vg->head];
    if (ci < sizeof s->consumed && s->consumed[ci])
        return 0;   /* a pattern of an earlier verb took this one in */
    j->ci = ci;
    j->cl = cl;
    j->vg = vg;
    j->lemma = lemma;
    /* has_child first: most clauses have none, and it reads no list */
    int reporting = cl->kind == CL_REPORTING ||
                    (has_child(s, ci) && coder_reporting_verb(s, vg->head));
    j->m = (match_state){0};
    j->on_caten = 0;
    if (vg->np >= 0) {
        match_state mc = {0};
        if (best_pattern(c, s, cl, (size_t)vg->np, &mc) && mc.pattern && mc.score > 1) {
            j->m = mc;
            j->on_caten = 1;
        }
    }
    int found = j->on_caten || best_pattern(c, s, cl, vg->head, &j->m);
    /* "staged a demonstration", "expressed sorrow over the deaths": when
    ** no pattern of the verb's own fits, a light verb's object noun may */
    match_state noun;
    j->light = 0;
    if ((!found || !j->m.pattern) && !j->on_caten && light_verb_noun(c, s, cl, vg, &noun)) {
        j->m = noun;
        j->light = found = 1;
        uint32_t h = s->ls.phrases[cl->object].head;
        if (h < sizeof s->noun_used)
            s->noun_used[h] = 1;
    }
    int rejecting = 0;
    if ((!found || !j->m.pattern) && !j->on_caten && !j->light &&
        (rejecting = refused_acceptance(c, s, cl, vg, &noun)) != 0) {
        j->m = noun;
        found = 1;
    }
    if (!found) {
        if (dict_find_verb_id(c->d, s->lids[vg->head].fold))
            coder_reject(c, s, "verb '%s': no pattern of it fits the words after it", lemma);
        return 0;
    }
    split_codes(j);
    /* "allowed Chile to", "did not allow Chile to": no warning; turned
    ** down before the pattern takes in the infinitive's clause */
    const char *given = coder_no_allowed_threat(s, j);
    if (given) {
        coder_reject(c, s, "verb '%s' (%s): %s", lemma, j->code1, given);
        return 0;
    }
    /* "refused to meet Iraqi officials": the refusal is the event, a
    ** rejection with the act's target; what the target would have done
    ** in return (code2) is not done */
    j->refusal = rejecting ? rejecting : refusal_of(s, j);
    const char *rejection = j->refusal && !rejecting ? refused_code(j->code1) : NULL;
    if (rejecting) {
        j->code2 = NULL;
    } else if (rejection) {
        snprintf(j->code1, sizeof j->code1, "%s", rejection);
        j->code2 = NULL;
    } else {
        j->refusal = REFUSAL_NONE;
    }
    requested_act(c, s, j);
    /* "agreed with Gabon to reschedule debt" (agree with + to, 030):
    ** trade agreed is economic cooperation intended */
    if (strcmp(j->code1, "030") == 0 && strcmp(lemma, "agree") == 0) {
        const char *kind = coder_agreed_kind(s, vg->head);
        if (kind)
            snprintf(j->code1, sizeof j->code1, "%s", kind);
    }
    protest_kind(s, j);
    if (!j->code1[0] && !j->code2) {
        coder_reject(c, s, "verb '%s': the dictionary codes it as null", lemma);
        return 0;
    }
    /* "officials said the ministers would sign": the saying is not the event
    ** (the signing is coded in its own clause), unless the dictionary gives
    ** the saying a code of its own beyond a public statement (01) */
    if (reporting && !c->opts.partial && strncmp(j->code1, "01", 2) == 0) {
        coder_reject(c, s, "verb '%s' (%s): reports what another clause says", lemma, j->code1);
        return 0;
    }
    /* "urged Iran to release ...": the later verb is part of this event */
    if (j->m.pattern)
        for (size_t k = ci + 1; k < s->ls.nclauses && k < sizeof s->consumed; k++)
            if (s->ls.phrases[s->ls.clauses[k].verb].head < j->m.last)
                s->consumed[k] = 1;
    return 1;
}
