/*
** title_field.c — a title with its field after "of" or "for" (docs/coder.md,
** "Thirteenth session, second round: titles with a field"). Wire copy
** names officials by a title whose portfolio follows it: "Minister of
** Information Moammar al-Eryani", "Undersecretary of State for Economic
** Affairs Allen Wallis", "Chancellor of the Exchequer Nigel Lawson". The
** parse makes the field and the name one NP inside the PP ("of
** [Information Moammar al-Eryani]"), so the mention table took the field
** for the person's first names and the title was lost: the later
** "al-Eryani" or "he" resolved to a person with no code. Here the field's
** words are told from the name's, and the title's phrase is found, so that
** the mention table names the person without the field (mentions.c) and
** the coder codes him by his title (coder_actor.c, coder_entity_codes).
*/
#include "article/title_field.h"

#include "base/base.h"

/* Words of a state's portfolio or a public office's field, lower case;
** "and", "the" and "&" join them ("Industry and Trade", "the
** Exchequer"). A field's place ("Secretary of State for Scotland") is
** left out: a place may open a name too. Kept in strcmp order: field_word
** searches it by halves (most NPs in an "of" PP ask of every word). */
static const char *const field_words[] = {
    "affairs", "agriculture", "aviation", "budget", "central", "civil", "commerce",
    "communications", "construction", "co-operation", "cooperation", "culture",
    "customs", "defence", "defense", "development", "disarmament", "economic", "economics",
    "economy", "education", "electricity", "employment", "endowments", "energy",
    "environment", "exchequer", "external", "finance", "fisheries", "food", "foreign",
    "forestry", "health", "home", "housing", "human", "immigration", "industries",
    "industry", "information", "infrastructure", "intelligence", "interior",
    "internal", "international", "investment", "justice", "labor", "labour", "land",
    "lands", "mines", "mining", "national", "natural", "oil", "petroleum", "planning",
    "political", "posts", "power", "privatization", "public", "reconstruction",
    "relations", "religious", "resources", "rural", "science", "security", "services",
    "social", "sport", "sports", "staff", "state", "technology", "telecommunications",
    "tourism", "trade", "transport", "transportation", "treasury", "urban", "veterans",
    "war", "water", "welfare", "works", "youth", NULL};

static const char *const joiners[] = {"and", "the", "&", NULL};

/* Words of a body that a field may open: "Chairman of the Foreign Affairs
** Committee Lee Hamilton" is the committee's chairman, no minister's. */
static const char *const bodies[] = {"agency", "association", "authority", "bank", "board",
                                     "bureau", "commission", "committee", "company",
                                     "corporation", "council", "department", "fund",
                                     "institute", "ministry", "office", "service", "union",
                                     NULL};

/* Does token k of ls read one of list's words, whatever its case? */
static int word_in(const lang_sent *ls, uint32_t k, const char *const *list)
{
    const dyad_token *t = &ls->toks[k];
    for (; *list; list++)
        if (base_span_ieq(ls->text + t->start, t->len, *list))
            return 1;
    return 0;
}

/* Is token k of ls, lower-cased, one of field_words? */
static int field_word(const lang_sent *ls, uint32_t k)
{
    const dyad_token *t = &ls->toks[k];
    char w[24];
    if (t->len >= sizeof w)
        return 0;   /* "telecommunications" is the longest */
    for (uint32_t i = 0; i < t->len; i++) {
        char c = ls->text[t->start + i];
        w[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    w[t->len] = '\0';
    return base_sorted_has(field_words, sizeof field_words / sizeof *field_words - 1, w);
}

uint32_t title_field_name(const lang_sent *ls, uint32_t a, uint32_t b)
{
    uint32_t k = a;
    int field = 0;
    for (int f; k < b && ((f = field_word(ls, k)) || word_in(ls, k, joiners)); k++)
        field |= f;
    /* "and" or "the" ends no field */
    while (k > a && word_in(ls, k - 1, joiners))
        k--;
    return field && b >= k + 2 && !word_in(ls, k, bodies) ? k : a;
}

int title_field_only(const lang_sent *ls, uint32_t first, uint32_t end)
{
    int field = 0;
    for (uint32_t k = first; k < end; k++) {
        if (field_word(ls, k))
            field = 1;
        else if (!word_in(ls, k, joiners))
            return 0;
    }
    return field;
}

/* The NP that the "of" or "for" PP holding NP np follows, or -1. */
static int32_t pp_owner(const lang_sent *ls, int32_t np)
{
    static const char *const preps[] = {"of", "for", NULL};
    int32_t pp = ls->phrases[np].up;
    if (pp < 0 || ls->phrases[pp].kind != PH_PP || ls->phrases[pp].np != np ||
        !word_in(ls, ls->phrases[pp].head, preps))
        return -1;
    int32_t owner = ls->phrases[pp].up;
    return owner >= 0 && ls->phrases[owner].kind == PH_NP ? owner : -1;
}

/* Does a PP of "of" or "at" follow NP np of ls and belong to it ("Kenji
** Oda of Hoshino Trading")? Such a PP opens where np ends: it is found by
** walking up from the NP after its preposition, not by scanning every
** later phrase, so that a sentence's names cost time linear in its
** length. */
static int owned_after(const lang_sent *ls, int32_t np)
{
    static const char *const whose[] = {"of", "at", NULL};
    uint32_t end = ls->phrases[np].end;
    if (end + 1 >= ls->n)
        return 0;
    for (int32_t k = ls->np_of[end + 1]; k >= 0; k = ls->phrases[k].up)
        if (ls->phrases[k].kind == PH_PP && ls->phrases[k].up == np &&
            word_in(ls, ls->phrases[k].head, whose))
            return 1;
    return 0;
}

int32_t title_field_owner(const lang_sent *ls, int32_t np)
{
    const phrase *p = &ls->phrases[np];
    /* "of [Industry and [Trade Ivan Petrov]]": the parse coordinates the
    ** field's first words with the name; the coordination is in the PP */
    int32_t at = np, co = p->up;
    int coord = co >= 0 && ls->phrases[co].kind == PH_NP && (ls->phrases[co].flags & PHF_COORD) &&
                ls->phrases[co].end == p->end;
    /* most phrases are in no "of" or "for" PP: asked first, as it is the
    ** cheapest test (every NP of every sentence comes here) */
    if (pp_owner(ls, np) < 0 && !(coord && pp_owner(ls, co) >= 0))
        return -1;
    /* a name said to be a body's after it is that body's officer */
    if (owned_after(ls, np))
        return -1;
    int field = title_field_name(ls, p->first, p->end) > p->first;
    if (coord && title_field_only(ls, ls->phrases[co].first, p->first))
        at = co;
    int32_t owner = pp_owner(ls, at);
    /* up the chain while the owner is itself a field in a PP */
    while (owner >= 0 && title_field_only(ls, ls->phrases[owner].first, ls->phrases[owner].end)) {
        int32_t up = pp_owner(ls, owner);
        if (up < 0)
            break;
        field = 1;
        owner = up;
    }
    return field ? owner : -1;
}
