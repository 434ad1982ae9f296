/*
** coder_voice.c — a body's voice speaks as the body (docs/coder.md,
** "Eleventh session, second round: a body's voice"). "A spokesman for
** the Iraqi Foreign Ministry said ...", "a statement from the Kenyan
** government accused ...": the wires name the speaker by the body he or
** the text speaks for, and docs/annotation.md codes spokespeople as the
** body they speak for. The agent list gives "spokesman" a role but no
** country, and a statement none at all; through_pp joins an agent only
** to a bare country after "of", "from" or "in". Here the phrase's head
** is a voice's word, the PP after it names one actor, and that actor is
** the phrase's ("a statement issued by the ministry" too). And "a
** Finance Ministry spokesman", "a government statement", "ministry
** officials" with no country in the phrase are the article's state's, as
** "the Finance Ministry" is: the voice's word is no other noun that makes
** the organ another's (article_country).
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* who speaks for a body, and what a body issues to speak */
static const char *const speakers[] = {"spokesman", "spokeswoman", "spokesperson",
                                       "spokesmen", "spokeswomen", "spokespeople", NULL};
static const char *const texts[] = {"statement", "communique", "declaration", NULL};

int coder_organ_voice(const dyad_coder *c, const sent_ctx *s, const phrase *p)
{
    /* and those who speak for it unnamed: "Finance Ministry officials",
    ** "defence ministry sources" */
    static const char *const unnamed[] = {"official", "source", NULL};
    if (p->head + 1 != p->end ||
        !(lemma_in_list(s->ls.lemmas[p->head], speakers) ||
          coder_word_in_list(s, p->head, speakers) ||
          lemma_in_list(s->ls.lemmas[p->head], texts) ||
          lemma_in_list(s->ls.lemmas[p->head], unnamed)))
        return 0;
    /* a place after it says where, not whose: "a military source in the
    ** Gulf" */
    if (p->end < s->ls.n && lemma_is_word(s->ls.lemmas[p->end], "in"))
        return 0;
    /* a rank before the organ: "a senior Finance Ministry official", "top
    ** defence ministry sources" (twelfth session) */
    static const char *const ranks[] = {"senior", "top", "high-ranking", "high-level",
                                        "junior", NULL};
    uint32_t k = p->first;
    while (k < p->head && (s->ls.tags[k] == TAG_DT || coder_word_in_list(s, k, ranks)))
        k++;
    if (k == p->head)
        return 0;
    /* every word before the voice's is an organ's name with no country:
    ** "finance ministry", "government"; not "company", "union" */
    while (k < p->head) {
        const dict_agent *ag;
        size_t len = dict_match_agent(c->d, s->ids, p->head, k, &ag);
        if (!len || ag->prefix)
            return 0;
        if (!coder_agent_role_in(ag->code, coder_state_roles))
            return 0;
        k += (uint32_t)len;
    }
    return 1;
}

int coder_voice_of(dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out)
{
    static const char *const speakers_by[] = {"for", "of", "from", NULL};
    static const char *const texts_by[] = {"by", "from", "of", NULL};
    /* a text's maker told by a participle: "a statement issued by the
    ** ministry", "a communique released by the party" */
    static const char *const issued[] = {"issue", "release", "publish", NULL};
    const char *head = s->ls.lemmas[p->head];
    const phrase *pp = coder_pp_at(s, p->end);
    if (!pp && lemma_in_list(head, texts) && p->end < s->ls.n &&
        s->ls.tags[p->end] == TAG_VBN && lemma_in_list(s->ls.lemmas[p->end], issued) &&
        (pp = coder_pp_at(s, p->end + 1)) && !lemma_is_word(s->ls.lemmas[pp->first], "by"))
        pp = NULL;
    if (!pp)
        return 0;
    const char *prep = s->ls.lemmas[pp->first];
    int speaker = lemma_in_list(head, speakers) || coder_word_in_list(s, p->head, speakers);
    int text = !speaker && lemma_in_list(head, texts);
    if (!(speaker && lemma_in_list(prep, speakers_by)) && !(text && lemma_in_list(prep, texts_by)))
        return 0;
    /* a former spokesman speaks for no one now */
    for (uint32_t k = p->first; k < p->head; k++)
        if (coder_former_word(s, k))
            return 0;
    /* one body: "a joint statement by Iraq and Jordan" is a list's, not
    ** one voice's */
    const phrase *np = &s->ls.phrases[pp->np];
    if (np->flags & PHF_COORD)
        return 0;
    actor_ref a[MAX_ACTORS];
    if (coder_resolve_np(c, s, pp->np, a, MAX_ACTORS) != 1 || a[0].code[0] == '-')
        return 0;
    *out = a[0];
    out->first = p->first;
    return 1;
}
