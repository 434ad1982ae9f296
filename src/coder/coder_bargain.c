/*
** coder_bargain.c — talks told as a noun whose own words make them
** bargaining (docs/coder.md, "Fifteenth session, third round: subcodes of talks,
** air attacks and demands for a policy"): progress made in them ("progress
** has been made in talks with Japan"), or an outcome they aim or would
** lead to ("talks with the IMF aimed at averting", "talks with Japan that
** would lead to membership"). Sides that make progress, or that talk
** toward an outcome, bargain (046, the seventeenth sample); talks on a
** topic alone stay 040 (docs/coder.md, "Seventh session, last round").
*/
#include "coder/coder_int.h"

/* "progress ... in talks": "made progress in", "progress has been made
** in", "no progress had been made in"; only verbs' auxiliaries, "make",
** adverbs and a quotation's closing mark between "progress" and "in"
** ("said \"significant progress\" was being made in"), so that "progress
** on the reform, he said in talks with" is not read. */
static int progress_before(const sent_ctx *s, uint32_t first)
{
    if (first < 2 || !lemma_is_word(s->ls.lemmas[first - 1], "in"))
        return 0;
    static const char *const between[] = {"be", "have", "make", NULL};
    for (uint32_t k = first - 1; k-- > 0 && k + 7 > first;) {
        const char *w = s->ls.lemmas[k];
        if (lemma_is_word(w, "progress"))
            return 1;
        if (!lemma_in_list(w, between) && s->ls.tags[k] != TAG_RB &&
            s->ls.tags[k] != TAG_RQUOTE)
            return 0;
    }
    return 0;
}

/* "aimed at", "that would lead to", "which will lead to" at token k, the
** first word after the talks' own words. */
static int aim_after(const sent_ctx *s, size_t k)
{
    if (k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k], "aim") &&
        lemma_is_word(s->ls.lemmas[k + 1], "at"))
        return 1;
    if (k < s->ls.n && (lemma_is_word(s->ls.lemmas[k], "that") ||
                        lemma_is_word(s->ls.lemmas[k], "which")))
        k++;
    if (k < s->ls.n && s->ls.tags[k] == TAG_MD)
        k++;
    return k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k], "lead") &&
           lemma_is_word(s->ls.lemmas[k + 1], "to");
}

const char *coder_talks_bargained(const sent_ctx *s, const char *code, uint32_t first,
                                  uint32_t head, size_t limit)
{
    if (strcmp(code, "040") != 0 || !lemma_is_word(s->ls.lemmas[head], "talk"))
        return code;
    return progress_before(s, first) || aim_after(s, limit) ? "046" : code;
}
