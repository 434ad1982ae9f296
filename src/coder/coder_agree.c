/*
** coder_agree.c — what two sides agree to do together (issue 12, root
** 03). "France and Yugoslavia agreed to set up a joint commission",
** "both sides had agreed on the need to boost trade links": wire copy
** tells many agreements between two states with a verb after "agreed
** to" that no pattern knows, and the agreement itself was lost.
** docs/annotation.md ("Future, intent and conditions": an agreement to
** do something later is 03x; "Several actors": to agree is a mutual act)
** codes it as an intent to cooperate of each towards the other, 030,
** asserted: the agreement happened. A fall-back only: a clause whose
** infinitive a pattern codes ("agreed to hold talks", 036) or a pair the
** sentence already coded keeps what it has. docs/coder.md, "Thirteenth
** session, second round: agreements to act together".
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* Infinitives that are no joint act: "agreed to disagree", to differ. */
static const char *const not_joint[] = {"disagree", "differ", NULL};

/* "West Germany and Japan agreed to stimulate domestic demand", "Japan
** and West Germany agreed to take steps to stimulate their economies":
** each side pledges a policy at home, as the group's members do in the
** group's accord (the seventeenth sample); no act of one towards the
** other. Is a verb of stimulus, within eight words after "agree" at k,
** followed by "domestic" or "their economy (economies)"? */
static int own_economies(const sent_ctx *s, size_t k)
{
    static const char *const stimulus[] = {"stimulate", "boost", "spur", "expand", "reflate",
                                           NULL};
    size_t n = s->ls.n, end = k + 8 < n ? k + 8 : n;
    for (size_t v = k + 1; v < end; v++) {
        if (!tag_is_verb(s->ls.tags[v]) || !lemma_in_list(s->ls.lemmas[v], stimulus))
            continue;
        if (v + 1 < n && lemma_is_word(s->ls.lemmas[v + 1], "domestic"))
            return 1;
        return v + 2 < n && lemma_is_word(s->ls.lemmas[v + 1], "their") &&
               lemma_is_word(s->ls.lemmas[v + 2], "economy");
    }
    return 0;
}

/* Heads of a group phrase that the article resolves to the two sides it
** named ("both sides", "the two countries"). */
static const char *const group_heads[] = {"side", "country", "nation", "government", "state",
                                          "leader", NULL};

/* Does member phrase m of a subject name a side by itself: a name, a
** pronoun the article resolves ("he and Baker"), an agent of state ("the
** Kenyan and Ugandan foreign ministers") or a group of states ("major
** Latin American nations")? */
static int member_names(const dyad_coder *c, const sent_ctx *s, const phrase *m)
{
    if (tag_is_proper(s->ls.tags[m->head]) || (m->flags & PHF_PRONOUN) ||
        lemma_in_list(s->ls.lemmas[m->head], group_heads))
        return 1;
    const dict_agent *ag = coder_agent_in(c, s, m->first, m->end);
    return ag && strcmp(ag->code, "GOV") == 0;
}

/* Does subject np name its sides as such: a compound whose members each
** name one ("France and Yugoslavia"), or a group phrase ("both sides")?
** Not one noun that adjectives place ("Algerian and Spanish producers":
** firms, no pair of states). Asked before any phrase is resolved, which
** would fill the agents' memory. */
static int sides_named(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    if (!(p->flags & PHF_COORD))
        return s->ls.tags[p->head] == TAG_NNS &&
               lemma_in_list(s->ls.lemmas[p->head], group_heads);
    int members = 0;
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (s->ls.phrases[i].kind == PH_NP && s->ls.phrases[i].up == np) {
            /* "Earlier this year, the United States and Britain": a time
            ** the parse joined to the compound is no member */
            if (coder_time_noun(s, s->ls.phrases[i].head))
                continue;
            if (!member_names(c, s, &s->ls.phrases[i]))
                return 0;
            members++;
        }
    return members >= 2;
}

/* The word agree_token reads (a rule word list: RULE_AGREE). */
const char *const coder_agree_words[] = {"agree", NULL};

/* The token of "agree" in verb group vg that an infinitive follows
** ("agreed to set up", one verb group with its catenative, or after the
** group), or that "on the need" follows after the group ("had agreed on the need to boost",
** "agree on the need for"); -1 for none. */
static int32_t agree_token(const sent_ctx *s, const phrase *vg)
{
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (lemma_is_word(s->ls.lemmas[k], "agree") && s->ls.tags[k + 1] == TAG_TO &&
            s->ls.tags[vg->head] == TAG_VB &&
            !lemma_in_list(s->ls.lemmas[vg->head], not_joint))
            return (int32_t)k;
    uint32_t h = vg->head, k = vg->end;
    if (!lemma_is_word(s->ls.lemmas[h], "agree") || k + 2 >= s->ls.n)
        return -1;
    /* "said Chile and Argentina agreed to share data": the infinitive
    ** left outside the verb group */
    if (s->ls.tags[k] == TAG_TO && s->ls.tags[k + 1] == TAG_VB)
        return lemma_in_list(s->ls.lemmas[k + 1], not_joint) ? -1 : (int32_t)h;
    if (!lemma_is_word(s->ls.lemmas[k], "on"))
        return -1;
    k++;
    if (s->ls.tags[k] == TAG_DT)
        k++;
    return lemma_is_word(s->ls.lemmas[k], "need") && k + 1 < s->ls.n &&
                   (s->ls.tags[k + 1] == TAG_TO || lemma_is_word(s->ls.lemmas[k + 1], "for"))
               ? (int32_t)h
               : -1;
}

/* Has sentence s an event whose source is of country a or b, of any
** code? ("Seoul and Tokyo agreed to hold a summit": 036 of the two
** governments, where the subject names the two countries; "agreed to
** impose tariffs on Tanzania": the act agreed has its own reading.) Not a
** guess: "agreed on the need to expand trade" codes the expanding only as
** hypothetical. */
static int pair_coded(const dyad_coder *c, const sent_ctx *s, const char *a, const char *b)
{
    for (size_t e = s->first_event; e < c->nev; e++) {
        char cs[4];
        if (c->ev[e].sent == s->index && c->ev[e].mod != MOD_HYPOTHETICAL &&
            coder_code_country(c->ev[e].source, cs) &&
            (strcmp(cs, a) == 0 || strcmp(cs, b) == 0))
            return 1;
    }
    return 0;
}

/* Common words of trade, money and business: what two sides agree to do
** with them is economic cooperation intended (0311; the sixteenth and
** nineteenth samples judged "agreed to set up a joint economic
** commission", "to conduct feasibility studies for a pipeline", "to
** reschedule debt" wrong as 030). A name ("the Inter-American Development
** Bank") is not read: a dispute over a bank's control is no trade. */
static const char *const economic_words[] = {
    "trade",    "economic", "commercial", "commerce",   "investment", "invest",
    "pipeline", "flight",   "company",    "venture",    "debt",       "loan",
    "credit",   "export",   "import",     "tariff",     "price",      "currency",
    "bank",     "market",   "industrial", "reschedule", "airline",    NULL};

const char *coder_agreed_kind(const sent_ctx *s, size_t agree)
{
    size_t n = s->ls.n, end = agree + 15 < n ? agree + 15 : n;
    for (size_t k = agree + 1; k < end; k++) {
        /* "; officials said ...": the agreement's words end */
        if (s->ls.tags[k] == TAG_COLON)
            break;
        if (tag_is_proper(s->ls.tags[k]))
            continue;
        if (lemma_in_list(s->ls.lemmas[k], economic_words) ||
            (lemma_is_word(s->ls.lemmas[k], "exchange") && k + 1 < n &&
             lemma_is_word(s->ls.lemmas[k + 1], "rate")))
            return "0311";
    }
    return NULL;
}

/* Emits one side's 030 (0311 for trade, coder_agreed_kind) towards the
** other for clause ci, of modality mod. Returns -1 when memory runs out,
** else 0. */
static int emit_side(dyad_coder *c, const sent_ctx *s, size_t ci, size_t at, int mod,
                     const actor_ref *from, const actor_ref *to)
{
    clause_job *k = coder_clause_job_new(s, ci, "two sides agree to act together");
    if (!k)
        return -1;
    const char *kind = coder_agreed_kind(s, at);
    snprintf(k->code1, sizeof k->code1, "%s", kind ? kind : "030");
    k->src_np = k->tgt_np = s->ls.clauses[ci].subject;
    k->src[k->ns++] = *from;
    k->tgt[k->nt++] = *to;
    k->mod = mod;
    coder_clause_place(c, s, k);
    int rc = coder_clause_emit(c, s, k);
    dy_free(k);
    return rc;
}

int coder_agree_joint(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    /* "the 1976 accord under which both sides agreed to ...": an older
    ** agreement's terms, and its sides as often misread */
    if (!coder_rule_may(s, RULE_AGREE) || c->act_as_said || cl->verb < 0 || cl->subject < 0 ||
        cl->kind == CL_RELATIVE || !sides_named(c, s, cl->subject))
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    int32_t at = vg->voice == VOICE_ACTIVE ? agree_token(s, vg) : -1;
    if (at < 0 || own_economies(s, (size_t)at))
        return 0;
    /* the subject names exactly two sides of two countries: a compound
    ** ("France and Yugoslavia") or a group the article resolved ("both
    ** sides"); a list of three is no pair */
    actor_ref y[MAX_ACTORS];
    int ny = coder_resolve_np(c, s, cl->subject, y, MAX_ACTORS);
    char c0[4], c1[4];
    if (ny != 2 || !coder_code_country(y[0].code, c0) || !coder_code_country(y[1].code, c1) ||
        strcmp(c0, c1) == 0)
        return 0;
    if (pair_coded(c, s, c0, c1)) {
        coder_reject(c, s, "verb 'agree': %s and %s already coded", y[0].code, y[1].code);
        return 0;
    }
    /* the modality of the agreeing itself, as a pattern on the catenative
    ** reads it: "have not agreed to" is negated, "may agree to" a guess,
    ** "agreed to" done; "agreed on the need" is its own verb group */
    int mod = coder_modality(s, ci, vg, (uint32_t)at != vg->head, NULL, NULL, NULL);
    if (emit_side(c, s, ci, (size_t)at, mod, &y[0], &y[1]) < 0 ||
        emit_side(c, s, ci, (size_t)at, mod, &y[1], &y[0]) < 0)
        return -1;
    return 0;
}
