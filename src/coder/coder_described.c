/*
** coder_described.c — a person described after his name (docs/coder.md,
** "Eleventh session, second round: a name described after it"). Wires
** name an official and then say what he is, set off by commas: "Tian
** Yinong, the vice finance minister, said ...", "Ana Sousa, Brazil's
** trade minister, told reporters ...". The parse makes the description an
** apposition of the name; the name alone gives no code (a stranger to the
** dictionaries), so the description is what to resolve for the person's
** code, as it is when it comes first ("Brazil's trade minister, Ana
** Sousa,": coder_actor.c's described_by), and "he" and the surname later
** take that code through the mention table.
*/
#include "coder/coder_int.h"
#include "article/title_field.h"

#include <string.h>

/* Does every proper noun in tokens [first, end) belong to a name the
** dictionaries know, an actor's or an agent's ("the Swiss National Bank",
** "the Defence Secretary"), or a state's portfolio ("Vice Minister of
** Finance")? A body they do not know ("president of French
** sugar producer Beghin-Say", "the International Union of Electronic
** Workers") is no state's, whatever country word stands beside it. */
static int known_words(const dyad_coder *c, const sent_ctx *s, uint32_t first, uint32_t end)
{
    for (uint32_t k = first; k < end;) {
        dict_match dm;
        const dict_agent *ag;
        size_t len = dict_match_actor(c->d, s->ids, end, k, s->date, &dm);
        if (!len)
            len = dict_match_agent(c->d, s->ids, end, k, &ag);
        if (!len && tag_is_proper(s->ls.tags[k]) && !coder_portfolio_only(s, k, k + 1))
            return 0;
        k += len ? (uint32_t)len : 1;
    }
    return 1;
}

/* The description after the comma that ends name phrase np: the
** parse's apposition, or an NP the parse left alone whose head is a
** title it took for a name ("Tian Yinong, Vice Minister of Finance,
** said"), closed by a comma or the sentence's end. -1 when none. */
static int32_t description_after(const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    for (size_t k = (size_t)np + 1; k < s->ls.nphrases; k++) {
        const phrase *d = &s->ls.phrases[k];
        if (d->kind == PH_NP && (d->flags & PHF_APPOS) && d->up == np)
            return (int32_t)k;
    }
    if (p->end + 1 >= s->ls.n || s->ls.tags[p->end] != TAG_COMMA)
        return -1;
    int32_t k = s->ls.np_of[p->end + 1];
    if (k < 0 || s->ls.phrases[k].first != p->end + 1 || s->ls.phrases[k].up >= 0 ||
        !tag_is_proper(s->ls.tags[s->ls.phrases[k].head]))
        return -1;
    return k;
}

/* Does an agent noun of the dictionary end at phrase d's head? */
static int agent_head(const dyad_coder *c, const sent_ctx *s, const phrase *d)
{
    const dict_agent *ag;
    for (uint32_t j = d->first; j <= d->head; j++)
        if (dict_match_agent(c->d, s->ids, d->head + 1, j, &ag) == d->head + 1 - j)
            return 1;
    return 0;
}

/* "the director of the IMF", "chairman of the Council of Economic
** Advisers": is phrase d a post in a body (a staff noun the agent list
** does not hold, since alone it may be a firm's) with an "of" PP right
** after it that names, past its determiners, only a body of the
** dictionaries, an international one or a state's organ? A firm, a
** bare state or a body the dictionaries do not know is no such post
** ("director of Acme Corp", "head of the Turkish delegation"). Returns
** the token that ends the body's name (its acronym in brackets after
** it), or 0 when d is no such post. */
static uint32_t post_in_body(const dyad_coder *c, const sent_ctx *s, const phrase *d)
{
    static const char *const staff[] = {"director", "director-general", "head", "chief",
                                        "chairman", "chairwoman", "chair", "member",
                                        "representative", "delegate", "secretary-general",
                                        NULL};
    static const char *const general_of[] = {"director", "secretary", NULL};
    /* "director general": the last word is the head */
    int post = lemma_in_list(s->ls.lemmas[d->head], staff) ||
               (d->head > d->first && lemma_is_word(s->ls.lemmas[d->head], "general") &&
                lemma_in_list(s->ls.lemmas[d->head - 1], general_of));
    if (!post || d->head + 1 != d->end)
        return 0;
    const phrase *pp = coder_pp_at(s, d->end);
    if (!pp || pp->np < 0 || strcmp(s->ls.lemmas[pp->first], "of") != 0)
        return 0;
    /* the body's name runs to the comma that closes the description,
    ** through the PPs the parse split it into ("the Organization for
    ** Economic Cooperation and Development"), its acronym in brackets
    ** aside */
    uint32_t k = pp->first + 1, end = k;
    while (k < s->ls.n && s->ls.tags[k] == TAG_DT)
        k++;
    while (end < s->ls.n && s->ls.tags[end] != TAG_COMMA && s->ls.tags[end] != TAG_PERIOD &&
           s->ls.text[s->ls.toks[end].start] != '(')
        end++;
    dict_match dm;
    if (k >= end || dict_match_actor(c->d, s->ids, end, k, s->date, &dm) != end - k || !dm.code)
        return 0;
    if (end + 2 < s->ls.n && s->ls.text[s->ls.toks[end].start] == '(' &&
        s->ls.text[s->ls.toks[end + 2].start] == ')')
        end += 3;
    if (strncmp(dm.code, "IGO", 3) == 0 || strncmp(dm.code, "NGO", 3) == 0 ||
        (strlen(dm.code) == 6 && coder_code_country(dm.code, NULL) &&
         lemma_in_list(dm.code + 3, coder_state_roles)))
        return end;
    return 0;
}

/* The description after name phrase np (description_after) that
** describes person e by an agent noun of people ("the finance minister",
** "a government spokesman", "vice-president of the Swiss National
** Bank") or a post in a known body (post_in_body: "the director of the
** IMF"); -1 when there is none. Its PPs are read with it by the coder,
** as any NP's. */
int32_t coder_described_after(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e)
{
    if (mentions_entity(c->ment, e)->kind != ENT_PERSON)
        return -1;
    int32_t k = description_after(s, np);
    if (k < 0)
        return -1;
    const phrase *d = &s->ls.phrases[k];
    /* an agent at the description's head: "the finance minister", not
    ** "a China expert" nor "an economist" */
    uint32_t post = agent_head(c, s, d) ? 0 : post_in_body(c, s, d);
    if ((!post && !agent_head(c, s, d)) || mentions_np(c->ment, k).ent >= 0)
        return -1;
    /* the description and its PPs, up to the comma that closes it */
    uint32_t t = d->end;
    const phrase *pp;
    while ((pp = coder_pp_at(s, t)) != NULL && pp->end > t)
        t = pp->end;
    if (post > t)
        t = post;
    if ((t < s->ls.n && s->ls.tags[t] != TAG_COMMA && s->ls.tags[t] != TAG_PERIOD) ||
        !known_words(c, s, d->first, t))
        return -1;
    return k;
}

/* "Minister of Information Moammar al-Eryani", "Chancellor of the
** Exchequer Nigel Lawson": a name whose phrase a title's field opens
** after "of" or "for" (article/title_field.c) is described by the
** title's phrase before the PP, when an agent noun heads it and it names
** no one itself (thirteenth session, second round). */
int32_t coder_titled_field(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e)
{
    if (mentions_entity(c->ment, e)->kind != ENT_PERSON)
        return -1;
    /* a former holder is no state's ("Former U.S. Secretary of State
    ** Henry Kissinger"): the dictionary's ELI has no such office */
    int32_t k = title_field_owner(&s->ls, np);
    if (k < 0 || !agent_head(c, s, &s->ls.phrases[k]) || mentions_np(c->ment, k).ent >= 0)
        return -1;
    for (uint32_t j = s->ls.phrases[k].first; j < s->ls.phrases[k].head; j++)
        if (coder_former_word(s, j))
            return -1;
    return k;
}

int coder_field_follows(const sent_ctx *s, const phrase *p)
{
    int32_t at = (int32_t)(p - s->ls.phrases);
    /* phrases are not in the order of their first words: the NPs that
    ** start within eight words after the title are found by walking up
    ** from each of those words' base NP */
    size_t stop = (size_t)p->end + 8 < s->ls.n ? (size_t)p->end + 8 : s->ls.n;
    for (size_t w = p->end; w < stop; w++)
        for (int32_t k = s->ls.np_of[w]; k >= 0; k = s->ls.phrases[k].up) {
            const phrase *q = &s->ls.phrases[k];
            if (q->first < p->end)
                break;
            if (q->first == w && q->kind == PH_NP && title_field_owner(&s->ls, k) == at)
                return 1;
        }
    return 0;
}
