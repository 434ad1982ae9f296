/*
** coder_content.c — contentment with another's act, and its denial
** (fourteenth session, issue 12, lane "said"). A speaker who says he is
** pleased or satisfied with another's act praises it ("Miyazawa said he
** was satisfied with the role the U.S. has played": JPNGOV -> USA 051,
** verbs.txt's "+ satisfy $" and "be happy with +", read as a participle
** of feeling with its cause after a preposition as the displeasure lines
** are, coder_roles.c). Said negated, it is no praise withheld but
** displeasure voiced (110), as "be unhappy with +" already is: "The EC is
** not satisfied with Japan's efforts", "I am not 100 pct satisfied with
** the performance of the ADB" (where a percentage stands between the
** negation and the participle, and the verb group holds only the
** participle, so that the modality step sees no negation). The eighth
** session dropped "pleased" and "satisfied" for that last sentence read
** as praise. Told with "would" ("would be happy with a quick answer"),
** contentment is a wish, not praise promised. docs/coder.md, "Fourteenth session: contentment said".
*/
#include "coder/coder_int.h"

/* Participles of contentment whose cause follows a preposition
** (verbs.txt's "+ please $" line), and adjectives after "be" ("be happy
** with +"). */
static const char *const content_participles[] = {"please", "satisfy", "hearten", "gratify",
                                                  "delight", NULL};
static const char *const content_adjs[] = {"happy", "content", NULL};
/* Nouns of a degree that may stand between a negation and the word it
** denies ("not 100 pct satisfied"). */
static const char *const degree_nouns[] = {"pct", "percent", "per", "cent", NULL};
/* Words that open a condition or a question: "would use its powers if it
** was not satisfied with Tokyo" voices no displeasure yet. */
static const char *const unsettled[] = {"if", "unless", "whether", NULL};

/* The token of clause job j's word of contentment: the participle at its
** verb's head, or the adjective after its "be" and adverbs; or
** (size_t)-1 when j's pattern is no contentment. */
static size_t content_word(const sent_ctx *s, const clause_job *j)
{
    if (lemma_in_list(j->lemma, content_participles))
        return j->vg->head;
    if (!lemma_is_word(j->lemma, "be"))
        return (size_t)-1;
    size_t end = j->cl->end < s->ls.n ? j->cl->end : s->ls.n;
    for (size_t k = j->vg->end; k < end; k++) {
        if (tag_is_adj(s->ls.tags[k]) && lemma_in_list(s->ls.lemmas[k], content_adjs))
            return k;
        if (!tag_is_adv(s->ls.tags[k]))
            break;
    }
    return (size_t)-1;
}

/* Is word k denied by a negation before it, with only forms of "be",
** adverbs, numbers and nouns of degree between ("is not totally happy",
** "am not 100 pct satisfied", "has never been pleased")? */
static int denied(const sent_ctx *s, size_t k)
{
    while (k-- > 0) {
        const char *w = s->ls.lemmas[k];
        int t = s->ls.tags[k];
        if (lemma_in_list(w, lang_denials))
            return 1;
        if (!(tag_is_adv(t) || t == TAG_CD || lemma_is_word(w, "be") ||
              lemma_is_word(w, "have") || lemma_in_list(w, degree_nouns)))
            return 0;
    }
    return 0;
}

int coder_contentment(const sent_ctx *s, clause_job *j)
{
    if (strcmp(j->code1, "051") != 0)
        return 0;
    size_t k = content_word(s, j);
    if (k == (size_t)-1)
        return 0;
    /* "Chile would be happy with a quick answer": a wish, no praise
    ** promised (which the emit step would make an intent, 032) */
    if (j->mod == MOD_FUTURE) {
        j->mod = MOD_HYPOTHETICAL;
        return 1;
    }
    if (j->mod != MOD_NEGATED && !denied(s, k))
        return 0;
    const clause *cl = j->cl;
    if ((cl->kind == CL_SUBORDINATE && cl->word != UINT32_MAX &&
         lemma_in_list(s->ls.lemmas[cl->word], unsettled)) ||
        coder_question(s))
        return 0;
    memcpy(j->code1, "110", 4);
    /* the displeasure is voiced, whatever the negation made of the praise */
    if (j->mod == MOD_NEGATED)
        j->mod = MOD_ASSERTED;
    return 1;
}
