/*
** coder_object_pronoun.c — "it" or "them" as the one asked, helped or
** accused, when the article level gave it the source's own actor
** (docs/coder.md, "Twelfth session: an object pronoun is not its clause's
** subject"). The mention table lets a pronoun stand for the most salient
** entity, most often the sentence's subject: in "Venezuela will lend
** Ecuador crude oil to help it meet its export commitments" that is
** Venezuela, and the event was dropped as one with the same actor on both
** sides. An object pronoun is never its own clause's subject (that would
** be "itself"): it stands for the nearest actor named before it in the
** sentence that is not the source's, as a reader takes "it" there for
** Ecuador. Only where the pronoun is the one who is to act, which a thing
** seldom is: an infinitive after it ("urged it to continue", "help it
** meet") or a charge ("accused it of ..."); "shot it down", "would not
** accept it" may stand for a thing the sentence names no country for.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Does token k, an object pronoun, stand before what it is to do: "to"
** and a verb, a bare infinitive ("help it meet"), or "of" and a gerund
** ("accused it of trying")? */
static int pronoun_acts(const sent_ctx *s, uint32_t k)
{
    const lang_sent *ls = &s->ls;
    if (k + 2 >= ls->n)
        return 0;
    if (ls->tags[k + 1] == TAG_TO)
        return ls->tags[k + 2] == TAG_VB ||
               (ls->tags[k + 2] == TAG_RB && k + 3 < ls->n && ls->tags[k + 3] == TAG_VB);
    if (ls->tags[k + 1] == TAG_VB)
        return 1;
    return lemma_is_word(ls->lemmas[k + 1], "of") && ls->tags[k + 2] == TAG_VBG;
}

/* Is any actor of a[0..n) one of j's sources, or its state (a bare
** country code on either side: "Kenya" for KENGOV)? The opposition may
** accuse the ruling party (JPNOPP, JPNPTY). */
static int sources_own(const clause_job *j, const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        for (int t = 0; t < j->ns; t++) {
            char ac[4], sc[4];
            if (strcmp(a[i].code, j->src[t].code) == 0 ||
                ((strlen(a[i].code) == 3 || strlen(j->src[t].code) == 3) &&
                 coder_code_country(a[i].code, ac) && coder_code_country(j->src[t].code, sc) &&
                 strcmp(ac, sc) == 0))
                return 1;
        }
    return 0;
}

void coder_object_pronoun(dyad_coder *c, const sent_ctx *s, clause_job *j, int32_t pron)
{
    static const char *const object_pronouns[] = {"it", "them", NULL};
    const lang_sent *ls = &s->ls;
    const phrase *ph = ls->phrases;
    if (j->nt == 0 || j->ns == 0 || pron < 0 || j->passive ||
        !(ph[pron].flags & PHF_PRONOUN) || ph[pron].end != ph[pron].first + 1)
        return;
    uint32_t k = ph[pron].first;
    const clause *cl = &ls->clauses[j->ci];
    if (!lemma_in_list(ls->lemmas[k], object_pronouns) || cl->subject == pron || k == 0 ||
        !pronoun_acts(s, k))
        return;
    /* only when every target came back as the source's own */
    for (int t = 0; t < j->nt; t++)
        if (!sources_own(j, &j->tgt[t], 1))
            return;
    int plural = lemma_is_word(ls->lemmas[k], "them");
    /* the nearest noun phrase before the pronoun that names an actor not
    ** the source's, of the pronoun's number */
    int32_t best = -1;
    for (size_t i = 0; i < ls->nphrases; i++) {
        const phrase *p = &ph[i];
        if (p->kind != PH_NP || p->end > k || (p->flags & PHF_PRONOUN) ||
            (int32_t)i == j->src_np || (best >= 0 && p->end <= ph[best].end))
            continue;
        int many = (p->flags & PHF_COORD) || ls->tags[p->head] == TAG_NNS ||
                   ls->tags[p->head] == TAG_NNPS;
        /* one who acts, not a thing its modifier gives an owner ("urged
        ** it" after "the Ugandan proposal" is no proposal urged) */
        if (many != plural ||
            !((p->flags & PHF_COORD) || tag_is_proper(ls->tags[p->head]) ||
              coder_agent_in(c, s, p->first, p->end)))
            continue;
        actor_ref a[MAX_ACTORS];
        int n = coder_resolve_np(c, s, (int32_t)i, a, MAX_ACTORS);
        if (n > 0 && !sources_own(j, a, n))
            best = (int32_t)i;
    }
    if (best < 0)
        return;
    j->nt = coder_expand_multi(j->tgt, coder_resolve_np(c, s, best, j->tgt, MAX_ACTORS));
}
