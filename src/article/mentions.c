/*
** mentions.c — the mention table (mentions.h): who a document has named,
** and whom its later surnames, pronouns, titles and group phrases stand
** for. Read in text order, one sentence at a time, so that every mention
** is resolved from what precedes it, as a reader does.
**
** The rules (docs/coder.md, "Names across sentences"):
**   - a name introduces an entity: a person (the dictionary's people, or a
**     run of two to four capitalised words with no word of an institution
**     in it), a state (one entity per dictionary code: "China" and
**     "Beijing"), an organisation; its title ("Prime Minister") is kept;
**   - a single capitalised word, alone or after a title ("Xi", "Mr. Xi",
**     "John"), is the person the article introduced with that last or first
**     word, the most salient one when several share it; never a holder of
**     the name the article did not introduce;
**   - a pronoun is the most salient compatible entity among the last
**     mentions: he/him/his a person not known to be a woman, she/her the
**     reverse, it/its a state or an organisation, they/them/their a set,
**     an organisation or an unnamed plural ("researchers"). Unnamed people
**     and plurals compete, so that "the child and his mother" resolves
**     "his" to no one the article names; but a singular person whom a
**     country and an agent noun name ("Pakistan's foreign minister") is an
**     entity, which the coder gives its phrase's code, and so are plural
**     ones ("Japanese officials") for "they", and people a town describes
**     ("a 36-year-old Leeds man", "Kisumu residents"). An object pronoun
**     is not the subject of its own clause ("Xi thanked him"). "it" is
**     resolved only as the subject of a verb other than "be" ("It is
**     likely that" is no one), and first and second person pronouns never;
**     a subject "they" is no unnamed thing that was no subject ("joined
**     the talks. They agreed" is not the talks);
**   - "the two leaders", "both sides", "the allies" are the last set
**     (a coordination, states joined before a noun: "Greek and Turkish
**     warships", or the last two entities named); "the two countries"
**     with no two such is the two states the last sentences name in
**     passing ("a Ugandan mission ... Kenya"), when just two; a person and
**     "his Greek and French counterparts" are a set of three;
**   - "the prime minister", "the party": the person whose title, or the
**     organisation whose last word, it repeats; a title is also a
**     description set before the name ("its ambassador to Kuwait, Ernest
**     Zverev,"), and "the envoy" is an ambassador too; a person phrase
**     set off before a name ("A Togolese man, Kossi Agbeko,") is the named
**     person, no unnamed one beside him.
** Salience: each mention adds 100, 80 more as a subject, 50 as an object,
** 30 when not inside a prepositional phrase; it halves with every
** sentence (after Lappin and Leass's weights, simplified).
**
** Bounded work: pronouns look at the entities of the last RECENT mentions;
** names are found through a hash of their first and last words.
*/
#include "article/mentions.h"
#include "article/title_field.h"
#include "article/article_int.h"
#include "article/place.h"
#include "article/shortnames.h"
#include "base/base.h"
#include "base/wordset.h"
#include "lang/tags.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define RECENT 64          /* mentions a pronoun may look back over */
#define LOOKBACK 4         /* sentences a pronoun may look back over */

/* One of the last mentions: a named entity, or an unnamed person or group
** ("the child", "researchers"), kept only here, with its own salience. */
typedef struct recent_mention {
    int32_t ent;        /* the entity, or -1 for an unnamed one */
    long sent;
    double sal;         /* an unnamed one's salience as of sent */
    uint8_t plural;
    uint8_t kind;       /* an unnamed one's: ENT_PERSON or THING */
    uint8_t subject;    /* mentioned as a subject */
    uint8_t modifier;   /* a name before its phrase's common head: "the
                        ** IADB meeting" names an occasion, no side */
} recent_mention;

/* The countries one sentence named by any dictionary name: a state
** ("Bolivia"), its people's word before a noun ("Soviet ships", "a
** Ugandan mission"), a person the dictionary knows ("Reagan") or an organ
** of a state ("the Kremlin"); each once, with the bytes that first named
** it and its token. For "the two countries" when the sentence and the
** ones before it name two states only so (passing_pair). */
#define PASSING_MAX 8
typedef struct passing_states {
    long sent;                  /* the sentence; -1 when the slot is empty */
    int n;
    char cc[PASSING_MAX][4];
    uint32_t tok[PASSING_MAX];  /* the token where it was named */
    uint32_t start[PASSING_MAX], end[PASSING_MAX];
} passing_states;

/* Not an entity: an unnamed thing ("the study", "the glue"), kept among
** the recent mentions so that "it" may stand for it, and then for no one
** the article names. */
#define THING 7
/* Nor this: an unnamed institution ("the court", "the ministry"), which
** "it" or "they" may stand for, but not "he" or "she". */
#define INSTITUTION 8

/* The word lists above, sorted once per table for a binary search: they
** are asked about most words of most sentences. */
enum { WS_TITLE, WS_TITLE_M, WS_TITLE_F, WS_ORG, WS_PLACE, WS_PERSON, WS_PARTICLE, WS_TIME,
       WS_GROUP, WS_REGION, WS_N };
_Static_assert(WS_N <= 16, "the lists fill one word set of sixteen bits");


struct mentions {
    base_wordset sets;   /* the WS_* lists, in one hash (a bit each) */
    const dict *d;
    const char *text;
    int32_t date;
    long sent;                          /* the sentence being read */
    ment_entity *ent;
    size_t nent, ent_cap;
    size_t ndesc;                       /* descriptions the entities have */
    ment_out *out;
    size_t nout, out_cap;
    /* words to entities: a chained hash of people's and organisations'
    ** first and last words (folded), and of states' codes */
    int32_t *head;                      /* hash slots: an entity link, or -1 */
    size_t nhead;                       /* slots in use: a power of two, or 0 */
    size_t head_cap;                    /* slots allocated */
    int32_t *link_next;                 /* 3 per entity: after its first word, its
                                        ** last, its alias */
    size_t link_cap;
    /* the last RECENT mentions, a ring */
    recent_mention recent[RECENT];
    /* the states each of the last sentences named in passing, a ring by
    ** sentence (passing_pair) */
    passing_states passing[LOOKBACK + 1];
    size_t nrecent;
    /* the sentence being read: per phrase, what it stands for and its
    ** role; per token, a possessive pronoun's reference */
    const lang_sent *ls;
    const dict_wid *ids;
    ment_ref *np_ref;
    size_t np_ref_cap;
    uint8_t *role;
    size_t role_cap;
    int32_t *role_clause;
    size_t role_clause_cap;
    ment_ref *tok_ref;
    size_t tok_ref_cap;
    /* per token, the WS_* sets its lower-cased word is in, and those its
    ** lemma is in (TOK_SETS_KNOWN once asked): name_word, has_word and
    ** title_at ask of the same tokens for each phrase that holds them, and
    ** a phrase's head is asked of its lemma by several readings */
    uint16_t *tok_sets, *lemma_sets;
    size_t tok_sets_cap, lemma_sets_cap;
    int32_t *kid, *sib;                 /* each phrase's first child and next sibling */
    size_t kid_cap, sib_cap;
};

enum { ROLE_OTHER = 0, ROLE_SUBJECT, ROLE_OBJECT, ROLE_IN_PP };

/* ---- words ---- */

static const char *const titles_m[] = {"mr", "mr.", "sir", "king", "prince", "lord", "pope",
                                       "sheikh", "emperor", "duke", NULL};
static const char *const titles_f[] = {"mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess",
                                       "lady", "dame", "madam", "duchess", NULL};
/* Words that stand before a name as a title and are no part of it. */
static const char *const titles[] = {
    "dr", "dr.", "prof", "prof.", "professor", "president", "vice", "prime", "minister",
    "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge",
    "justice", "general", "gen.", "colonel", "col.", "captain", "capt.", "ambassador",
    "secretary", "chancellor", "premier", "chairman", "chairwoman", "chair", "director",
    "chief", "commissioner", "officer", "sergeant", "sgt.", "lieutenant", "lt.", "admiral",
    "marshal", "father", "rev.", "reverend", "bishop", "cardinal", "archbishop", "speaker",
    "leader", "ceo", "spokesperson", "spokesman", "spokeswoman", "coach", "detective",
    "inspector", "superintendent", "constable", "deputy", "attorney", "solicitor",
    "president-elect", "vice-president", "foreign", "defence", "defense", "interior",
    "finance", "health", "home", "state", "national", "security", "adviser", "advisor",
    "senior", "former", "acting", "interim", "crown", "supreme", "opposition", NULL};
/* A word of a name that makes it an institution's, not a person's. */
static const char *const org_words[] = {
    "party", "corporation", "corp", "corp.", "company", "co.", "inc", "inc.", "ltd", "ltd.",
    "ministry", "committee", "council", "commission", "service", "services", "police",
    "agency", "university", "institute", "association", "union", "bank", "court", "network",
    "group", "department", "office", "army", "force", "forces", "front", "movement",
    "church", "foundation", "fund", "society", "organization", "organisation", "authority",
    "board", "railway", "railways", "airlines", "airways", "news", "times", "post", "radio",
    "television", "tv", "club", "league", "federation", "assembly", "parliament", "senate",
    "congress", "administration", "government", "embassy", "hospital", "school", "college",
    "center", "centre", "laboratory", "museum", "station", "airport", "republic",
    "kingdom", "division", "branch", "team", "brigade", "brigades", "cup", "day", "week",
    "award", "prize", "house", "hall", "palace", "express", "journal",
    "herald", "tribune", "magazine", "press", "media", "channel", "system", "program",
    "programme", "project", "act", "bill", "treaty", "agreement", "report", "summit",
    "conference", "games", "olympics", "championship", "festival", "exchange", "market",
    "industries", "holdings", "motors", "group", "unit", "squad", "cabinet", "legislature",
    NULL};
/* A word of a name that makes it a place's: no one a pronoun stands for. */
static const char *const place_words[] = {
    "street", "road", "avenue", "river", "city", "county", "province", "island", "islands",
    "park", "square", "bay", "sea", "ocean", "lake", "valley", "mountain", "mountains",
    "region", "district", "area", "peninsula", "coast", "desert", "gulf", "strait",
    "airport", "station", "bridge", "village", "town", NULL};

/* CAMEO's region codes (its codebook's table 3.3): three letters like a
** state's, but no state a pronoun or "the country" stands for. */
static const char *const regions[] = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR",
    "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "SEU",
    "WAF", "WEU", "WST", NULL};

int mentions_region_code(const char *code)
{
    for (size_t i = 0; code && regions[i]; i++)
        if (strcmp(code, regions[i]) == 0)
            return 1;
    return 0;
}

/* Particles of surnames: "de Blasio", "bin Salman". */
static const char *const particles[] = {"de", "da", "di", "van", "von", "bin", "ibn", "al",
                                        "el", "la", "le", "del", "der", "du", NULL};

/* Nouns of people: an unnamed one is still someone a pronoun may mean. */
static const char *const person_nouns[] = {
    "scientist", "cosmonaut", "astronaut", "researcher", "engineer", "economist",
    "historian", "physicist", "biologist", "chemist", "professor", "undergraduate",
    "man", "woman", "child", "boy", "girl", "mother", "father", "wife", "husband", "son",
    "daughter", "brother", "sister", "parent", "victim", "suspect", "attacker", "gunman",
    "driver", "person", "resident", "witness", "student", "teacher", "doctor", "nurse",
    "patient", "scientist", "researcher", "author", "expert", "analyst", "lawyer", "judge",
    "officer", "official", "spokesman", "spokeswoman", "spokesperson", "worker", "member",
    "leader", "candidate", "voter", "journalist", "reporter", "pilot", "passenger", "owner",
    "farmer", "friend", "neighbour", "neighbor", "citizen", "protester", "activist",
    "soldier", "fighter", "rebel", "prisoner", "detainee", "pilgrim", "tourist", "fan",
    "player", "coach", "manager", "employee", "director", "president", "minister", "mayor",
    "governor", "senator", "chief", "head", "founder", "survivor", "relative", "baby",
    "infant", "teenager", "individual", "people", "men", "women", "children", NULL};
/* Heads of group phrases, and what their members are. */
typedef struct group_noun {
    const char *lemma;
    uint8_t kinds;   /* bits of 1 << ENT_* */
    uint8_t alone;   /* stands without "both" or a number: "the allies" */
} group_noun;
#define K(x) (1u << (x))
static const group_noun group_nouns[] = {
    {"leader", K(ENT_PERSON), 0},       {"man", K(ENT_PERSON), 0},
    {"woman", K(ENT_PERSON), 0},        {"president", K(ENT_PERSON), 0},
    {"minister", K(ENT_PERSON), 0},     {"parent", K(ENT_PERSON), 0},
    {"couple", K(ENT_PERSON), 1},       {"pair", K(ENT_PERSON) | K(ENT_STATE), 1},
    {"country", K(ENT_STATE), 0},       {"nation", K(ENT_STATE), 0},
    {"state", K(ENT_STATE), 0},         {"government", K(ENT_STATE), 0},
    {"neighbour", K(ENT_STATE), 0},     {"neighbor", K(ENT_STATE), 0},
    {"side", K(ENT_PERSON) | K(ENT_STATE) | K(ENT_ORG), 0},
    {"party", K(ENT_PERSON) | K(ENT_STATE) | K(ENT_ORG), 0},
    {"ally", K(ENT_PERSON) | K(ENT_STATE) | K(ENT_ORG), 1},
    {"rival", K(ENT_PERSON) | K(ENT_STATE) | K(ENT_ORG), 0},
    {"partner", K(ENT_PERSON) | K(ENT_STATE) | K(ENT_ORG), 0},
    {"organization", K(ENT_ORG), 0},    {"organisation", K(ENT_ORG), 0},
    {"group", K(ENT_ORG), 0},
};

/* The lemmas of group_nouns, for a quick first test. */
static const char *const group_lemmas[] = {
    "leader", "man", "woman", "president", "minister", "parent", "couple", "pair", "country",
    "nation", "state", "government", "neighbour", "neighbor", "side", "party", "ally",
    "rival", "partner", "organization", "organisation", "group", NULL};

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* Lower-cases the ASCII of token k into buf (cap bytes). */
static const char *lower(const mentions *m, uint32_t k, char *buf, size_t cap)
{
    const dyad_token *t = &m->ls->toks[k];
    size_t n = t->len < cap - 1 ? t->len : cap - 1;
    const char *s = m->ls->text + t->start;
    for (size_t i = 0; i < n; i++)
        buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
    buf[n] = '\0';
    return buf;
}

/* Does token k read w (lower case), whatever its case? strcmp(lower(m,
** k, ...), w) == 0 without the copy (a token that starts with a letter
** holds no NUL). Reads only. */
static inline int tok_is(const mentions *m, uint32_t k, const char *w)
{
    const dyad_token *t = &m->ls->toks[k];
    /* the first byte, case aside, turns most down without the loop */
    if (t->len && (m->ls->text[t->start] | 0x20) != (w[0] | 0x20))
        return 0;
    return base_span_ieq(m->ls->text + t->start, t->len, w);
}

/* Is w (lower case) on list set? One probe of a hash, not a search per
** list: these questions are asked of most tokens. */
static int in_set(const mentions *m, int set, const char *w)
{
    return (base_wordset_get(&m->sets, w, strlen(w)) >> set) & 1u;
}

#define TOK_SETS_KNOWN 0x8000u
_Static_assert(WS_N < 16, "a bit for each set and one for known");

/* The WS_* sets (a bit each) w[0..n) (lower case) is in: one probe. */
static unsigned word_sets(const mentions *m, const char *w, size_t n)
{
    return base_wordset_get(&m->sets, w, n);
}

/* The WS_* sets (a bit each) token k's lower-cased word is in, 0 for a
** word of 24 bytes or more; worked out once per token and sentence. */
__attribute__((noinline)) static unsigned tok_sets_fill(const mentions *m, uint32_t k)
{
    uint16_t *kept = &m->tok_sets[k];
    const dyad_token *t = &m->ls->toks[k];
    /* the word as written, folded as it is read: no copy */
    unsigned bits = t->len < 24 ? base_wordset_get_fold(&m->sets, m->ls->text + t->start, t->len)
                                : 0;
    *kept = (uint16_t)(bits | TOK_SETS_KNOWN);
    return *kept;
}

/* Inline, the answer kept: most questions are asked again of a token. */
static inline unsigned tok_sets(const mentions *m, uint32_t k)
{
    unsigned kept = m->tok_sets[k];
    return kept & TOK_SETS_KNOWN ? kept : tok_sets_fill(m, k);
}

/* The WS_* sets token k's lemma is in, worked out once per token and
** sentence. */
__attribute__((noinline)) static unsigned lemma_sets_fill(const mentions *m, uint32_t k)
{
    const char *w = m->ls->lemmas[k];
    m->lemma_sets[k] = (uint16_t)(word_sets(m, w, strlen(w)) | TOK_SETS_KNOWN);
    return m->lemma_sets[k];
}

static inline unsigned lemma_sets(const mentions *m, uint32_t k)
{
    unsigned kept = m->lemma_sets[k];
    return kept & TOK_SETS_KNOWN ? kept : lemma_sets_fill(m, k);
}

/* Is token k's lemma a word of set? */
static int lemma_in_set(const mentions *m, uint32_t k, int set)
{
    return (lemma_sets(m, k) >> set) & 1u;
}

/* Is token k, lower-cased, a word of set? */
static int tok_in(const mentions *m, uint32_t k, int set)
{
    return (tok_sets(m, k) >> set) & 1u;
}

/* Do bytes [a, a+n) and [b, b+n2) of the text hold the same word, case
** aside? */
static int same_word(const char *text, uint32_t a, uint32_t an, uint32_t b, uint32_t bn)
{
    if (an != bn || an == 0)
        return 0;
    for (uint32_t i = 0; i < an; i++) {
        char x = text[a + i], y = text[b + i];
        if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
            return 0;
    }
    return 1;
}

/* The hash of the word with ASCII capitals folded. Which hash does not
** change what is found: a word's entities share a chain, in the order
** they were linked. */
static uint32_t hash_word(const char *s, size_t n)
{
    return base_word_hash_fold(s, n);
}

/* ---- the table ---- */

mentions *mentions_new(void)
{
    static const char *const *const lists[WS_N] = {
        [WS_TITLE] = titles,      [WS_TITLE_M] = titles_m,  [WS_TITLE_F] = titles_f,
        [WS_ORG] = org_words,     [WS_PLACE] = place_words, [WS_PERSON] = person_nouns,
        [WS_PARTICLE] = particles, [WS_TIME] = lang_time_nouns, [WS_GROUP] = group_lemmas,
        [WS_REGION] = regions};
    mentions *m = dy_calloc(1, sizeof(mentions));
    if (!m)
        return NULL;
    base_word_list wl[WS_N];
    for (int i = 0; i < WS_N; i++)
        wl[i] = base_word_list_of(lists[i], 1u << i);
    if (base_wordset_init(&m->sets, wl, WS_N) < 0) {
        mentions_free(m);
        return NULL;
    }
    return m;
}

void mentions_free(mentions *m)
{
    if (!m)
        return;
    dy_free(m->ent);
    dy_free(m->out);
    dy_free(m->head);
    dy_free(m->link_next);
    dy_free(m->np_ref);
    dy_free(m->role);
    dy_free(m->role_clause);
    dy_free(m->tok_ref);
    dy_free(m->kid);
    dy_free(m->sib);
    dy_free(m->tok_sets);
    dy_free(m->lemma_sets);
    base_wordset_free(&m->sets);
    dy_free(m);
}

void mentions_begin(mentions *m, const dict *d, const char *text, int32_t date)
{
    m->d = d;
    m->text = text;
    m->date = date;
    m->sent = -1;
    m->nent = m->nout = m->nrecent = m->ndesc = 0;
    for (int i = 0; i <= LOOKBACK; i++)
        m->passing[i].sent = -1;
    /* no slots in use, the allocation kept: hash_grow sizes the hash to
    ** this article's entities, where clearing the slots a long article
    ** left took thousands of instructions an article */
    m->nhead = 0;
    m->ls = NULL;
}

size_t mentions_entity_count(const mentions *m) { return m->nent; }

const ment_entity *mentions_entity(const mentions *m, int32_t e)
{
    return e >= 0 && (size_t)e < m->nent ? &m->ent[e] : NULL;
}

size_t mentions_out_count(const mentions *m) { return m->nout; }

const ment_out *mentions_out(const mentions *m, size_t i)
{
    return i < m->nout ? &m->out[i] : NULL;
}

ment_ref mentions_np(const mentions *m, int32_t np)
{
    ment_ref none = {MREF_NONE, -1};
    return m->ls && np >= 0 && (size_t)np < m->ls->nphrases ? m->np_ref[np] : none;
}

const ment_ref *mentions_np_refs(const mentions *m) { return m->ls ? m->np_ref : NULL; }

ment_ref mentions_token(const mentions *m, uint32_t k)
{
    ment_ref none = {MREF_NONE, -1};
    return m->ls && k < m->ls->n ? m->tok_ref[k] : none;
}

/* ---- the hash of words to entities ---- */

/* Entity e's link number for its first word (0), its last (1) or its
** alias (2). */
static int32_t link_of(int32_t e, int which) { return 3 * e + which; }
#define LINK_ENT(l) ((l) / 3)
#define LINK_WHICH(l) ((l) % 3)

static int hash_grow(mentions *m)
{
    size_t want = 64;
    while (want < 4 * m->nent)
        want *= 2;
    if (want <= m->nhead)
        return 0;
    if (want > m->head_cap) {
        int32_t *nh = dy_malloc(want * sizeof *nh);
        if (!nh)
            return -1;
        dy_free(m->head);
        m->head = nh;
        m->head_cap = want;
    }
    int32_t *h = m->head;
    m->nhead = want;
    for (size_t i = 0; i < want; i++)
        h[i] = -1;
    /* relink every entity */
    for (size_t e = 0; e < m->nent; e++)
        for (int w = 0; w < 3; w++)
            m->link_next[link_of((int32_t)e, w)] = -2;   /* unlinked */
    return 1;
}

static void hash_link(mentions *m, int32_t e, int which, const char *s, size_t n)
{
    if (!n)
        return;
    size_t slot = hash_word(s, n) & (m->nhead - 1);
    int32_t l = link_of(e, which);
    m->link_next[l] = m->head[slot];
    m->head[slot] = l;
}

/* The word an entity is found by: its first or last name word, or a
** state's or an organisation's code. */
static void entity_key(const mentions *m, const ment_entity *en, int which, const char **s,
                       size_t *n)
{
    if (which == 2) {
        *s = m->text + en->alias_start;
        *n = en->alias_end - en->alias_start;
    } else if (en->code[0]) {
        *s = which ? en->code : "";
        *n = which ? strlen(en->code) : 0;
    } else if (which) {
        *s = m->text + en->last_start;
        *n = en->last_end - en->last_start;
    } else {
        *s = m->text + en->first_start;
        *n = en->first_end - en->first_start;
    }
}

/* Links entity e by its words; rebuilds the hash when it grows. -1 on no
** memory. */
static int link_entity(mentions *m, int32_t e)
{
    int grown = hash_grow(m);
    if (grown < 0)
        return -1;
    size_t from = grown ? 0 : (size_t)e, to = grown ? m->nent : (size_t)e + 1;
    for (size_t k = from; k < to; k++) {
        const ment_entity *en = &m->ent[k];
        if (en->kind == ENT_SET)
            continue;
        for (int w = 0; w < 3; w++) {
            const char *s;
            size_t n;
            entity_key(m, en, w, &s, &n);
            hash_link(m, (int32_t)k, w, s, n);
        }
    }
    return 0;
}

/* The first entity (most recently linked first) found by word s[0..n)
** as its first (which 0) or last (which 1) word, whose kind is in kinds;
** -1 when none. */
static int32_t find_by_word(const mentions *m, const char *s, size_t n, int which,
                            unsigned kinds)
{
    if (!m->nhead || !n)
        return -1;
    for (int32_t l = m->head[hash_word(s, n) & (m->nhead - 1)]; l >= 0; l = m->link_next[l]) {
        int32_t e = LINK_ENT(l);
        if (LINK_WHICH(l) != which || !(kinds & K(m->ent[e].kind)))
            continue;
        const char *ks;
        size_t kn;
        entity_key(m, &m->ent[e], which, &ks, &kn);
        if (kn == n) {
            size_t i = 0;
            for (; i < n; i++) {
                char x = ks[i], y = s[i];
                if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
                    break;
            }
            if (i == n)
                return e;
        }
    }
    return -1;
}

/* ---- entities and salience ---- */

static double salience_now(const mentions *m, const ment_entity *en)
{
    double s = en->salience;
    for (long k = en->sal_sent; k < m->sent && s > 0.01; k++)
        s *= 0.5;
    return s;
}

/* A new entity of kind; its index, or -1 on no memory. */
static int32_t entity_new(mentions *m, int kind)
{
    if (base_grow((void **)&m->ent, &m->ent_cap, m->nent + 1, sizeof *m->ent) < 0 ||
        base_grow((void **)&m->link_next, &m->link_cap, 3 * (m->nent + 1), sizeof *m->link_next) < 0)
        return -1;
    ment_entity *en = &m->ent[m->nent];
    memset(en, 0, sizeof *en);
    en->kind = (uint8_t)kind;
    en->sal_sent = m->sent;
    for (int w = 0; w < 3; w++)
        m->link_next[link_of((int32_t)m->nent, w)] = -2;
    return (int32_t)m->nent++;
}

/* The weight of a mention by phrase np (-1: a possessive's token). */
static double weight(const mentions *m, int32_t np)
{
    double w = 100;
    if (np >= 0) {
        int r = m->role[np];
        w += r == ROLE_SUBJECT ? 80 : r == ROLE_OBJECT ? 50 : 0;
        w += r != ROLE_IN_PP ? 30 : 0;
    }
    return w;
}

static void remember(mentions *m, int32_t e, int32_t np, double sal, int plural, int kind)
{
    recent_mention *r = &m->recent[m->nrecent++ % RECENT];
    r->subject = np >= 0 && m->role[np] == ROLE_SUBJECT;
    r->modifier = 0;
    r->ent = e;
    r->sent = m->sent;
    r->sal = sal;
    r->plural = (uint8_t)plural;
    r->kind = (uint8_t)kind;
}

/* Entity e is mentioned by phrase np (or a token, np -1): its salience
** grows by the mention's weight, and it joins the recent mentions. */
static void touch(mentions *m, int32_t e, int32_t np)
{
    ment_entity *en = &m->ent[e];
    en->salience = salience_now(m, en) + weight(m, np);
    en->sal_sent = m->sent;
    en->named++;
    remember(m, e, np, 0, en->plural, en->kind);
}

/* An unnamed person, group or thing (kind ENT_PERSON or THING) is
** mentioned by phrase np. */
static void touch_unnamed(mentions *m, int32_t np, int plural, int kind, double sal)
{
    remember(m, -1, np, sal + weight(m, np), plural, kind);
}

/* Records a resolved mention of tokens [first, end) for the document's
** list. -1 on no memory. */
static int emit(mentions *m, uint32_t first, uint32_t end, int how, int32_t e)
{
    if (base_grow((void **)&m->out, &m->out_cap, m->nout + 1, sizeof *m->out) < 0)
        return -1;
    const dyad_token *t = m->ls->toks;
    ment_out *o = &m->out[m->nout++];
    o->sent = m->sent;
    o->start = t[first].start;
    o->end = t[end - 1].start + t[end - 1].len;
    o->how = (uint8_t)how;
    o->ent = e;
    return 0;
}

/* ---- pronouns ---- */

typedef struct want {
    unsigned kinds;       /* 1 << ENT_* */
    uint8_t gender;       /* 'm', 'f' or 0 */
    int plural;           /* -1 either; 0 singular; 1 plural */
    int32_t exclude;      /* an entity it cannot be, or -1 */
    int doer;             /* a subject "they": no thing that was no subject */
} want;

static int fits(const ment_entity *en, const want *w)
{
    if (!(w->kinds & K(en->kind)))
        return 0;
    if (w->gender && en->gender && en->gender != w->gender)
        return 0;
    int plural = en->kind == ENT_SET || en->plural;
    if (w->plural == 0 && plural)
        return 0;
    if (w->plural == 1 && !plural && en->kind == ENT_PERSON)
        return 0;
    return 1;
}

/* The most salient entity among the recent mentions that fits w: its
** index; UNNAMED when an unnamed person or group wins (*ring gets its
** place in the ring); -1 when none fits. */
#define UNNAMED (-2)
static int32_t most_salient(const mentions *m, const want *w, size_t *ring)
{
    int32_t best = -1;
    double best_s = 0;
    size_t n = m->nrecent < RECENT ? m->nrecent : RECENT;
    for (size_t i = 0; i < n; i++) {
        size_t at = (m->nrecent - 1 - i) % RECENT;
        const recent_mention *r = &m->recent[at];
        if (r->sent < m->sent - LOOKBACK)
            break;   /* the ring is in the order of sentences: the rest are older */
        if (r->ent >= 0 && r->ent == w->exclude)
            continue;
        double s;
        if (r->ent < 0) {
            if (!(w->kinds & K(r->kind)) || (w->plural >= 0 && r->plural != w->plural) ||
                (w->doer && r->kind == THING && !r->subject))
                continue;
            s = r->sal;
            for (long k = r->sent; k < m->sent; k++)
                s *= 0.5;
        } else {
            if (!fits(&m->ent[r->ent], w))
                continue;
            s = salience_now(m, &m->ent[r->ent]);
        }
        if (best == -1 || s > best_s) {
            best = r->ent < 0 ? UNNAMED : r->ent;
            best_s = s;
            *ring = at;
        }
    }
    return best;
}

/* What a personal or possessive pronoun (token k) asks for; 0 when it is
** not one the table resolves. */
static int pronoun_want(const mentions *m, uint32_t k, want *w)
{
    memset(w, 0, sizeof *w);
    w->exclude = -1;
    w->plural = 0;
    /* the first letter picks the words to compare: most phrases asked
    ** about are no such pronoun ("we", "this"), turned down before the
    ** word is copied */
    const dyad_token *t = &m->ls->toks[k];
    unsigned first = (unsigned char)m->ls->text[t->start] | 0x20u;
    if (t->len < 2 || (first != 'h' && first != 's' && first != 'i' && first != 't'))
        return 0;
    char buf[16];
    const char *p = lower(m, k, buf, sizeof buf);
    if (p[0] == 'h' &&
        (!strcmp(p, "he") || !strcmp(p, "him") || !strcmp(p, "his") || !strcmp(p, "himself"))) {
        w->kinds = K(ENT_PERSON);
        w->gender = 'm';
    } else if ((p[0] == 's' || p[0] == 'h') &&
               (!strcmp(p, "she") || !strcmp(p, "her") || !strcmp(p, "hers") ||
                !strcmp(p, "herself"))) {
        w->kinds = K(ENT_PERSON);
        w->gender = 'f';
    } else if (p[0] == 'i' && (!strcmp(p, "it") || !strcmp(p, "its") || !strcmp(p, "itself"))) {
        w->kinds = K(ENT_STATE) | K(ENT_ORG) | K(THING) | K(INSTITUTION);
    } else if (p[0] == 't' && (!strcmp(p, "they") || !strcmp(p, "them") || !strcmp(p, "their") ||
                               !strcmp(p, "themselves"))) {
        w->kinds = K(ENT_SET) | K(ENT_ORG) | K(ENT_PERSON) | K(THING) | K(INSTITUTION);
        w->plural = 1;
    } else {
        return 0;
    }
    return 1;
}

/* "It is likely", "it was agreed", "made it impossible": an "it" that is
** no subject, or the subject of "be", stands for no one. */
static int dummy_it(const mentions *m, uint32_t k, int32_t np)
{
    char buf[8];
    if (strcmp(lower(m, k, buf, sizeof buf), "it") != 0)
        return 0;
    if (np < 0 || m->role[np] != ROLE_SUBJECT)
        return 1;
    for (uint32_t j = k + 1; j < m->ls->n && j < k + 4; j++) {
        const char *l = m->ls->lemmas[j];
        if (!strcmp(l, "be") || !strcmp(l, "'s") || !strcmp(l, "seem") || !strcmp(l, "appear"))
            return 1;
        if (!tag_is_adv(m->ls->tags[j]) && m->ls->tags[j] != TAG_MD && strcmp(l, "have") != 0)
            break;
    }
    return 0;
}

/* The clause whose subject a possessive or reflexive pronoun at token k
** (phrase np, or -1 inside a phrase) looks to first: the clause of the
** phrase it stands in, or the clause that reports that one when the
** phrase is its subject ("Iraq said its forces sank"). -1 when none. */
static int32_t pronoun_clause(const mentions *m, uint32_t k, int32_t np)
{
    int32_t owner = np >= 0 ? np : m->ls->np_of[k];
    if (owner < 0 || m->role_clause[owner] < 0)
        return -1;
    int32_t c = m->role_clause[owner];
    if (m->ls->clauses[c].subject == owner)
        c = m->ls->clauses[c].parent;
    return c;
}

#define NONE_YET (-3)
/* For a possessive ("its", "his", "their") or a reflexive ("itself"):
** the entity of its own clause's subject (pronoun_clause) when it fits w;
** -1 when that subject is someone else or no one known (a reflexive then
** stands for no one); NONE_YET when the rule does not apply, and the
** most salient entity decides. */
static int32_t own_subject(const mentions *m, uint32_t k, int32_t np, const want *w)
{
    int tag = m->ls->tags[k];
    char buf[16];
    int reflexive = strstr(lower(m, k, buf, sizeof buf), "self") != NULL;
    if (tag != TAG_PRPS && !reflexive)
        return NONE_YET;
    int32_t c = pronoun_clause(m, k, np);
    int32_t subj = c >= 0 ? m->ls->clauses[c].subject : -1;
    if (subj < 0 || m->ls->phrases[subj].first >= k)
        return reflexive ? -1 : NONE_YET;
    int32_t e = m->np_ref[subj].ent;
    if (e >= 0 && fits(&m->ent[e], w))
        return e;
    return reflexive ? -1 : NONE_YET;
}

/* "Schoufour said he did not expect a settlement": the subject "he" or
** "she" (phrase np, at token k) of what a reporting verb reports, when
** the verb's own subject stands before it and is a person that fits w,
** is that person; the most salient person may be another (a minister
** just named). -1 when the rule does not apply. */
static int32_t reporter_subject(const mentions *m, uint32_t k, int32_t np, const want *w)
{
    char buf[8];
    const char *word = lower(m, k, buf, sizeof buf);
    if (np < 0 || (strcmp(word, "he") != 0 && strcmp(word, "she") != 0) ||
        m->role[np] != ROLE_SUBJECT || m->role_clause[np] < 0)
        return -1;
    const clause *c = &m->ls->clauses[m->role_clause[np]];
    if (c->kind != CL_COMPLEMENT || c->ctrl != CTRL_NONE || c->quoted || c->parent < 0)
        return -1;
    /* the reporting clause's own subject, not one it takes from another
    ** ("a spokesman quoted Stoltenberg as saying he was confident") */
    const clause *pc = &m->ls->clauses[c->parent];
    int32_t subj = pc->subject;
    if (subj < 0 || m->ls->phrases[subj].first < pc->first || m->ls->phrases[subj].end > k ||
        m->np_ref[subj].how == MREF_NONE)
        return -1;
    int32_t e = m->np_ref[subj].ent;
    return e >= 0 && m->ent[e].kind == ENT_PERSON && fits(&m->ent[e], w) ? e : -1;
}

/* Resolves the pronoun at token k (phrase np, or -1 for a possessive
** inside a phrase). Returns its reference (how MREF_NONE when it is no
** pronoun the table resolves). */
static ment_ref pronoun(mentions *m, uint32_t k, int32_t np)
{
    ment_ref r = {MREF_NONE, -1};
    want w;
    if (!pronoun_want(m, k, &w) || dummy_it(m, k, np))
        return r;
    /* an object pronoun is not its own clause's subject: "Xi thanked him" */
    if (np >= 0 && m->role[np] == ROLE_OBJECT && m->role_clause[np] >= 0) {
        int32_t subj = m->ls->clauses[m->role_clause[np]].subject;
        if (subj >= 0 && m->np_ref[subj].how != MREF_NONE)
            w.exclude = m->np_ref[subj].ent;
    }
    r.how = MREF_PRONOUN;
    size_t at = 0;
    char buf[16];
    const char *word = lower(m, k, buf, sizeof buf);
    int reflexive = strstr(word, "self") != NULL;
    int32_t own = own_subject(m, k, np, &w);
    if (reflexive || own != NONE_YET) {
        /* "Iraq said its forces", "The United States lifted its ban",
        ** "the ministry defended itself": the subject of the pronoun's own
        ** clause (or of the clause that reports it) when it fits */
        r.ent = own >= 0 ? own : -1;
        if (r.ent >= 0)
            touch(m, r.ent, np);
        return r;
    }
    int32_t said = reporter_subject(m, k, np, &w);
    if (said >= 0) {
        r.ent = said;
        if (!m->ent[said].gender)
            m->ent[said].gender = w.gender;   /* "she" said so */
        touch(m, said, np);
        return r;
    }
    /* a subject "they" is those who acted before, not a thing named
    ** otherwise: "X and Y met. ... joined the talks. They agreed" */
    w.doer = w.plural == 1 && np >= 0 && m->role[np] == ROLE_SUBJECT;
    r.ent = most_salient(m, &w, &at);
    if (r.ent == UNNAMED) {
        const recent_mention *u = &m->recent[at];
        touch_unnamed(m, np, u->plural, u->kind, u->sal);
        r.ent = -1;
    } else if (r.ent >= 0) {
        ment_entity *en = &m->ent[r.ent];
        if (en->kind == ENT_PERSON && !en->gender && w.gender)
            en->gender = w.gender;   /* "she" said so */
        touch(m, r.ent, np);
    }
    return r;
}

/* ---- names ---- */

/* The dictionary's best actor in tokens [first, end): a person over an
** organisation over a state, the later one among equals. */
typedef struct dict_hit {
    int have;
    int kind;                  /* ENT_* */
    uint32_t first, end;
    const char *code;
} dict_hit;

static uint32_t title_at(const mentions *m, uint32_t k, uint32_t end);

/* Notes in *ps (the slot of the sentence being read) the country that
** dictionary match dm at tokens [k, k + len) (bytes [start, end) of the
** text) names, when it is a state,
** a person or an organ of a state (GOV, MIL, LEG, JUD, COP, SPY): not a
** firm's or a paper's country. A state's word before a capitalised word
** that is no title begins another name ("British Columbians", "Canadian
** Pacific"), no state's. Writes *ps only (the country copied), and
** keeps the first naming of each country. */
static void note_passing(const mentions *m, passing_states *ps, const dict_match *dm, uint32_t k,
                         size_t len, uint32_t start, uint32_t end)
{
    static const char *const organs[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", NULL};
    char cc[4];
    size_t cl = strlen(dm->code);
    if (!dict_code_country(dm->code, cc) || !strcmp(cc, "---"))
        return;
    int organ = cl == 3 || dm->actor->kind == DICT_PERSON;
    for (int i = 0; !organ && cl >= 6 && organs[i]; i++)
        organ = strncmp(dm->code + 3, organs[i], 3) == 0;
    uint32_t next = k + (uint32_t)len;
    if (!organ ||
        (cl == 3 && next < m->ls->n && tag_is_proper(m->ls->tags[next]) &&
         !title_at(m, next, (uint32_t)m->ls->n)))
        return;
    if (ps->sent != m->sent) {
        ps->sent = m->sent;
        ps->n = 0;
    }
    for (int i = 0; i < ps->n; i++)
        if (!strcmp(ps->cc[i], cc))
            return;
    if (ps->n == PASSING_MAX)
        return;
    memcpy(ps->cc[ps->n], cc, sizeof cc);
    ps->tok[ps->n] = k;
    ps->start[ps->n] = start;
    ps->end[ps->n] = end;
    ps->n++;
}

/* "U.S.-Japanese relations", "Soviet-American talks": a token of two
** states' words joined by a hyphen names both, for note_passing; a word
** that is no state's on either side ("Inter-American", "Oversea-Chinese")
** names neither. Writes *ps only. */
static void note_hyphen_pair(const mentions *m, passing_states *ps, uint32_t k)
{
    const dyad_token *t = &m->ls->toks[k];
    const char *w = m->ls->text + t->start;
    const char *dash = memchr(w, '-', t->len);
    if (!dash || dash == w || (size_t)(dash - w) + 1 >= t->len)
        return;
    dict_word part[2] = {{w, (size_t)(dash - w)}, {dash + 1, t->len - (size_t)(dash - w) - 1}};
    dict_match dm[2];
    for (int i = 0; i < 2; i++)
        if (dict_match_actor_words(m->d, &part[i], 1, 0, m->date, &dm[i]) != 1 || !dm[i].code ||
            strlen(dm[i].code) != 3 || in_set(m, WS_REGION, dm[i].code))
            return;
    for (int i = 0; i < 2; i++) {
        uint32_t at = t->start + (uint32_t)(part[i].s - w);
        note_passing(m, ps, &dm[i], k, 1, at, at + (uint32_t)part[i].len);
    }
}

/* dict_scan, noting in note (when not NULL) the countries of all its
** matches (note_passing). Fills *h; writes nothing else. */
static void scan_names(const mentions *m, uint32_t first, uint32_t end, dict_hit *h,
                       passing_states *note)
{
    memset(h, 0, sizeof *h);
    /* the dictionary's names are written with capitals ("China",
    ** "Chinese"): a phrase without one past its first word ("The") has
    ** none, and most phrases have none */
    int caps = 0;
    for (uint32_t k = first; k < end && !caps; k++) {
        char c = m->ls->text[m->ls->toks[k].start];
        caps = c >= 'A' && c <= 'Z' && (k > first || tag_is_proper(m->ls->tags[k]) ||
                                         m->ls->toks[k].len != 3);
    }
    if (!caps)
        return;
    for (uint32_t i = first; i < end;) {
        dict_match dm;
        size_t len = dict_match_actor(m->d, m->ids, end, i, m->date, &dm);
        if (!len) {
            if (note && m->ls->tags[i] == TAG_JJ)
                note_hyphen_pair(m, note, i);
            i++;
            continue;
        }
        if (dm.code && !in_set(m, WS_REGION, dm.code)) {
            if (note)
                note_passing(m, note, &dm, i, len, m->ls->toks[i].start,
                             m->ls->toks[i + len - 1].start + m->ls->toks[i + len - 1].len);
            int kind = dm.actor->kind == DICT_PERSON ? ENT_PERSON
                       : strlen(dm.code) == 3     ? ENT_STATE
                                                  : ENT_ORG;
            int rank = kind == ENT_PERSON ? 3 : kind == ENT_ORG ? 2 : 1;
            int have_rank = !h->have ? 0 : h->kind == ENT_PERSON ? 3 : h->kind == ENT_ORG ? 2 : 1;
            if (rank >= have_rank) {
                h->have = 1;
                h->kind = kind;
                h->first = i;
                h->end = i + (uint32_t)len;
                h->code = dm.code;
            }
        }
        i += (uint32_t)len;
    }
}

static void dict_scan(const mentions *m, uint32_t first, uint32_t end, dict_hit *h)
{
    scan_names(m, first, end, h, NULL);
}

/* Is token k a word of a name: a proper noun, an initial ("R."), or a
** particle between proper nouns ("de", "bin", "al")? */
static int name_word(const mentions *m, uint32_t k, uint32_t end)
{
    int t = m->ls->tags[k];
    if (t == TAG_NNP || t == TAG_NNPS)
        return 1;
    return k + 1 < end && tok_in(m, k, WS_PARTICLE) &&
           (m->ls->tags[k + 1] == TAG_NNP || m->ls->tags[k + 1] == TAG_NNPS);
}

/* Is tokens [k, end) a title word or an agent noun that stands before a
** name ("President", "Prime Minister", "Mr.")? Returns its length, or 0. */
static uint32_t title_at(const mentions *m, uint32_t k, uint32_t end)
{
    const dict_agent *ag;
    size_t len = dict_match_agent(m->d, m->ids, end, k, &ag);
    if (len)
        return (uint32_t)len;
    unsigned any_title = 1u << WS_TITLE | 1u << WS_TITLE_M | 1u << WS_TITLE_F;
    return (tok_sets(m, k) & any_title) != 0;
}

/* Copies the title words [first, end) into en->title, lower-cased. */
static void set_title(mentions *m, ment_entity *en, uint32_t first, uint32_t end)
{
    size_t o = 0;
    for (uint32_t k = first; k < end; k++) {
        char buf[32];
        const char *w = lower(m, k, buf, sizeof buf);
        size_t n = strlen(w);
        if (o + n + 2 > sizeof en->title)
            break;
        if (o)
            en->title[o++] = ' ';
        memcpy(en->title + o, w, n);
        o += n;
    }
    en->title[o] = '\0';
}

/* Is any word of tokens [first, end) in list? */
static int has_word(const mentions *m, uint32_t first, uint32_t end, int set)
{
    for (uint32_t k = first; k < end; k++)
        if (tok_in(m, k, set))
            return 1;
    return 0;
}

/* Is phrase np the noun phrase of a PP of place ("in New York")? */
static int in_place_pp(const mentions *m, int32_t np)
{
    static const char *const places[] = {"in", "at", "near", "across", "inside", "outside",
                                         "throughout", "around", "along", NULL};
    int32_t up = m->ls->phrases[np].up;
    return up >= 0 && m->ls->phrases[up].kind == PH_PP &&
           in_list(m->ls->lemmas[m->ls->phrases[up].head], places);
}

/* Is token k all capitals, two to six letters ("NASA", "BTP")? */
static int acronym(const mentions *m, uint32_t k)
{
    const dyad_token *t = &m->ls->toks[k];
    if (t->len < 2 || t->len > 6)
        return 0;
    for (uint32_t i = 0; i < t->len; i++) {
        char c = m->ls->text[t->start + i];
        if (c < 'A' || c > 'Z')
            return 0;
    }
    return 1;
}

static void span_bytes(const mentions *m, uint32_t first, uint32_t end, uint32_t *s,
                       uint32_t *e)
{
    *s = m->ls->toks[first].start;
    *e = m->ls->toks[end - 1].start + m->ls->toks[end - 1].len;
}

/* Sets en's name to tokens [first, end) and its first and last words. */
static void set_name(mentions *m, ment_entity *en, uint32_t first, uint32_t end)
{
    span_bytes(m, first, end, &en->name_start, &en->name_end);
    span_bytes(m, first, first + 1, &en->first_start, &en->first_end);
    span_bytes(m, end - 1, end, &en->last_start, &en->last_end);
}

/* A person the article named with last word (or, with which 0, first
** word) token k: the most salient one. -1 when none. */
static int32_t person_by_word(const mentions *m, uint32_t k, int which)
{
    const dyad_token *t = &m->ls->toks[k];
    const char *s = m->ls->text + t->start;
    int32_t best = -1;
    double best_s = -1;
    if (!m->nhead)
        return -1;
    for (int32_t l = m->head[hash_word(s, t->len) & (m->nhead - 1)]; l >= 0; l = m->link_next[l]) {
        int32_t e = LINK_ENT(l);
        const ment_entity *en = &m->ent[e];
        if (LINK_WHICH(l) != which || en->kind != ENT_PERSON)
            continue;
        uint32_t ws = which ? en->last_start : en->first_start;
        uint32_t we = which ? en->last_end : en->first_end;
        if (!same_word(m->text, ws, we - ws, t->start, t->len))
            continue;
        /* a first name alone is a person only when the name has more words */
        if (!which && en->first_start == en->last_start)
            continue;
        double sal = salience_now(m, en);
        if (sal > best_s) {
            best = e;
            best_s = sal;
        }
    }
    return best;
}

/* Adds lemma to what the article calls en, once, when there is room. */
static void add_desc(mentions *m, ment_entity *en, const char *lemma)
{
    size_t n = strlen(lemma);
    if (n >= sizeof en->desc[0] || en->kind != ENT_ORG)
        return;
    for (int i = 0; i < 3; i++) {
        if (!strcmp(en->desc[i], lemma))
            return;
        if (!en->desc[i][0]) {
            memcpy(en->desc[i], lemma, n + 1);
            m->ndesc++;
            return;
        }
    }
}

/* Are tokens [a, b) all particles of a surname ("de", "van", "al")? */
static int particles_before(const mentions *m, uint32_t a, uint32_t b)
{
    if (a >= b)
        return 0;
    for (uint32_t k = a; k < b; k++)
        if (!tok_in(m, k, WS_PARTICLE))
            return 0;
    return 1;
}

/* The organisation named [a, b) met before: the same name; its acronym in
** brackets ("BTP" after "British Transport Police (BTP)"); or the first
** word of a longer name ("Ford" and "Ford Motor Company"). -1 when none. */
static int32_t same_org(const mentions *m, uint32_t a, uint32_t b)
{
    const dyad_token *t = m->ls->toks;
    const char *text = m->ls->text;
    uint32_t s, e;
    span_bytes(m, a, b, &s, &e);
    int32_t o = find_by_word(m, text + t[b - 1].start, t[b - 1].len, 1, K(ENT_ORG));
    if (o >= 0 && same_word(m->text, m->ent[o].name_start,
                            m->ent[o].name_end - m->ent[o].name_start, s, e - s))
        return o;
    if (b - a == 1 && (o = find_by_word(m, text + t[a].start, t[a].len, 2, K(ENT_ORG))) >= 0)
        return o;
    o = find_by_word(m, text + t[a].start, t[a].len, 0, K(ENT_ORG));
    if (o >= 0 && (b - a == 1 || m->ent[o].first_start == m->ent[o].last_start))
        return o;
    return -1;
}

/* Are the len letters of acronym a the initials of the name in
** text[start, end)? With every_word, each word's first letter counts,
** lower-case small words too ("Department of Justice": DOJ, "Chama cha
** Mapinduzi": CCM), past a leading "the"; else only the capitals
** ("British Transport Police": BTP). */
static int initials_match(const char *text, uint32_t start, uint32_t end, const char *a,
                          size_t len, int every_word)
{
    size_t n = 0;
    if (every_word && end - start > 4 && strncasecmp(text + start, "the ", 4) == 0)
        start += 4;
    for (uint32_t i = start; i < end; i++) {
        char c = text[i];
        int starts = i == start || text[i - 1] == ' ' || text[i - 1] == '-';
        if (!starts)
            continue;
        if (every_word && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (c >= 'A' && c <= 'Z') {
            if (n >= len || a[n] != c)
                return 0;
            n++;
        }
    }
    return n == len;
}

/* "British Transport Police (BTP)": an acronym in brackets right after
** the name of organisation e, whose letters are the name's capitals, or
** the initials of all its words ("the Department of Justice (DOJ)"), is
** its alias. k is the token after the name. */
static void read_alias(mentions *m, int32_t e, uint32_t k)
{
    const dyad_token *t = m->ls->toks;
    const char *text = m->ls->text;
    ment_entity *en = &m->ent[e];
    if (en->kind != ENT_ORG || en->alias_end || k + 2 >= m->ls->n || t[k].len != 1 ||
        text[t[k].start] != '(' || t[k + 2].len != 1 || text[t[k + 2].start] != ')' ||
        !acronym(m, k + 1))
        return;
    const char *a = text + t[k + 1].start;
    if (!initials_match(m->text, en->name_start, en->name_end, a, t[k + 1].len, 0) &&
        !initials_match(m->text, en->name_start, en->name_end, a, t[k + 1].len, 1))
        return;
    en->alias_start = t[k + 1].start;
    en->alias_end = t[k + 1].start + t[k + 1].len;
    hash_link(m, e, 2, text + en->alias_start, t[k + 1].len);
}

/* A new entity of kind with dictionary code code ("" for none), named by
** tokens [a, b) of phrase np of this sentence, linked by its words. Its
** index, or -1 on no memory. */
static int32_t named_new(mentions *m, int kind, int32_t np, const char *code, uint32_t a,
                         uint32_t b)
{
    int32_t e = entity_new(m, kind);
    if (e < 0)
        return -1;
    ment_entity *en = &m->ent[e];
    set_name(m, en, a, b);
    size_t n = strlen(code);   /* en->code is zeroed: a copy, cut to fit */
    memcpy(en->code, code, n < sizeof en->code ? n : sizeof en->code - 1);
    en->intro_sent = m->sent;
    span_bytes(m, m->ls->phrases[np].first, m->ls->phrases[np].end, &en->intro_start,
               &en->intro_end);
    return link_entity(m, e) < 0 ? -1 : e;
}

/* Makes entity set the plural set of the n entities members, introduced
** in this sentence by phrase np (-1: by none). */
static void set_fill(mentions *m, int32_t set, const int32_t *members, int n, int32_t np)
{
    ment_entity *en = &m->ent[set];
    memcpy(en->members, members, (size_t)n * sizeof *members);
    en->nmembers = n;
    en->plural = 1;
    en->intro_sent = m->sent;
    if (np >= 0)
        span_bytes(m, m->ls->phrases[np].first, m->ls->phrases[np].end, &en->intro_start,
                   &en->intro_end);
}

/* "its ambassador to Kuwait, Ernest Zverev,": a name set off by commas
** right after a description that is no PP's, PPs at most between (the
** parse makes an apposition only of a description after a name), gives
** the person the description's title, for "the ambassador" later. */
static void title_before(mentions *m, ment_entity *en, int32_t np)
{
    const lang_sent *ls = m->ls;
    const phrase *p = &ls->phrases[np];
    if (p->up >= 0 || p->first < 2 || p->end >= ls->n || ls->tags[p->first - 1] != TAG_COMMA ||
        ls->tags[p->end] != TAG_COMMA)
        return;
    for (int32_t k = np - 1; k >= 0; k--) {
        const phrase *q = &ls->phrases[k];
        if (q->kind != PH_NP || q->up >= 0)
            continue;
        /* PPs from the description's end to the comma */
        uint32_t t = q->end, was;
        do {
            was = t;
            for (size_t i = 0; i < ls->nphrases && t < p->first - 1; i++)
                if (ls->phrases[i].kind == PH_PP && ls->phrases[i].first == t)
                    t = ls->phrases[i].end;
        } while (t != was && t < p->first - 1);
        if (t != p->first - 1 || tag_is_proper(ls->tags[q->head]) ||
            !title_at(m, q->head, q->head + 1))
            return;
        uint32_t f = q->head;
        while (f > q->first && title_at(m, f - 1, q->head + 1))
            f--;
        set_title(m, en, f, q->head + 1);
        return;
    }
}

/* "Minister of Information Moammar al-Eryani": en's title is the field's
** words in [first, end) and the title at the head of NP owner
** ("information minister"), for "the minister" or "the information
** minister" later. */
static void field_title(mentions *m, ment_entity *en, int32_t owner, uint32_t first,
                        uint32_t end)
{
    const phrase *o = &m->ls->phrases[owner];
    uint32_t f = o->head;
    while (f > o->first && title_at(m, f - 1, o->head + 1))
        f--;
    char field[sizeof en->title];
    set_title(m, en, first, end);
    memcpy(field, en->title, sizeof field);
    set_title(m, en, f, o->head + 1);
    size_t fl = strlen(field), tl = strlen(en->title);
    if (fl && fl + 1 + tl < sizeof en->title) {
        memmove(en->title + fl + 1, en->title, tl + 1);
        memcpy(en->title, field, fl);
        en->title[fl] = ' ';
    }
}

/* "the Securities and Exchange Commission ... the commission said": a
** body the dictionary codes is found by the word of its name that says
** what it is (token k: its last, or the one before "of") too, as one it
** does not know is by find_by_word (eleventh session); only a body's
** word: "the government" after "the British government" may be
** another's. */
static void body_desc(mentions *m, ment_entity *en, uint32_t k)
{
    static const char *const bodies[] = {"agency", "authority", "bank", "board", "commission",
                                         "committee", "corporation", "council", "fund",
                                         "ministry", "department", "party", "court",
                                         "organization", "organisation", NULL};
    char lw[16];
    if (m->ls->toks[k].len < sizeof lw && in_list(lower(m, k, lw, sizeof lw), bodies))
        add_desc(m, en, lw);
}

/* Does the name that ends before token b only name a gathering it holds,
** its acronym perhaps between them: "during the Inter-American
** Development Bank (IADB) meeting here, he said the two sides will meet
** again" (twelfth session)? Such a host is no side of a pair. */
static int names_occasion(const mentions *m, uint32_t b)
{
    static const char *const occasions[] = {"meeting", "conference", "session", "summit",
                                            "forum", "gathering", NULL};
    const lang_sent *ls = m->ls;
    if (b + 2 < ls->n && ls->tags[b] == TAG_LRB && ls->tags[b + 2] == TAG_RRB)
        b += 3;   /* the full name */
    else if (b < ls->n && ls->tags[b] == TAG_RRB)
        b++;      /* the acronym itself */
    return b < ls->n && ls->tags[b] == TAG_NN && in_list(ls->lemmas[b], occasions);
}

/* Adds name mention np (the name at tokens [a, b), its title at [ta, a))
** of a person, state or organisation. Returns its reference; -1 entity on
** no memory is reported through *oom. */
static ment_ref name(mentions *m, int32_t np, uint32_t ta, uint32_t a, uint32_t b,
                     const dict_hit *h, int *oom)
{
    ment_ref r = {MREF_NAME, -1};
    const phrase *p = &m->ls->phrases[np];
    int place = in_place_pp(m, np);
    int kind;
    char code[16] = "";
    if (h->have && h->kind != ENT_PERSON && h->first <= a && p->head < h->end) {
        kind = h->kind;
        base_copy(code, sizeof code, h->code);
    } else if (h->have && h->kind == ENT_PERSON && h->end == b) {
        kind = ENT_PERSON;
    } else if ((has_word(m, a, b, WS_PLACE) && !tok_in(m, b - 1, WS_ORG)) ||
               (place && ta == a)) {
        /* "the Velliyar River", "in New York": a place; but "Thames Valley
        ** Police" is the institution its last word says */
        r.how = MREF_NONE;
        return r;
    } else if (b - a >= 2 && b - a <= 4 && !has_word(m, a, b, WS_ORG)) {
        kind = ENT_PERSON;
    } else if (b - a == 1 && (ta < a || person_by_word(m, a, 1) >= 0 ||
                              person_by_word(m, a, 0) >= 0)) {
        kind = ENT_PERSON;   /* "Mr. Kofman", "Kofman", "Michael" of Michael Kofman */
    } else if (b - a >= 2 || acronym(m, a) || m->role[np] == ROLE_SUBJECT ||
               m->role[np] == ROLE_OBJECT) {
        kind = ENT_ORG;      /* "the Liberal Democrats", "NASA", "Ford said" */
    } else {
        r.how = MREF_NONE;
        return r;
    }
    /* met before? */
    int32_t e = -1;
    if (code[0]) {
        e = find_by_word(m, code, strlen(code), 1, K(kind));
    } else if (kind == ENT_PERSON && b - a == 1 && person_by_word(m, a, 1) < 0) {
        e = person_by_word(m, a, 0);   /* "John" for John R. Bolton */
        if (e >= 0)
            r.how = MREF_SHORT;
    } else if (kind == ENT_PERSON) {
        int32_t same = person_by_word(m, b - 1, 1);
        if (same >= 0) {
            const ment_entity *en = &m->ent[same];
            /* "John Bolton" after "John R. Bolton": the same first word,
            ** or one of the two has only its last */
            int surname = particles_before(m, a, b - 1);   /* "de Blasio", "al-Assad" */
            int one = b - a == 1 || surname || en->first_start == en->last_start;
            uint32_t fs, fe;
            span_bytes(m, a, a + 1, &fs, &fe);
            if (one || same_word(m->text, en->first_start, en->first_end - en->first_start,
                                 fs, fe - fs))
                e = same;
            if (e >= 0 && surname)
                r.how = MREF_SHORT;
        }
        if (e >= 0 && b - a == 1)
            r.how = MREF_SHORT;
    } else {
        e = same_org(m, a, b);
    }
    if (e < 0) {
        if ((e = named_new(m, kind, np, code, a, b)) < 0) {
            *oom = 1;
            return r;
        }
        m->ent[e].plural = kind == ENT_ORG && m->ls->tags[b - 1] == TAG_NNPS;
    }
    ment_entity *en = &m->ent[e];
    /* a longer name than before is the fullest yet */
    uint32_t s, t;
    span_bytes(m, a, b, &s, &t);
    if (kind == ENT_PERSON && t - s > en->name_end - en->name_start && b - a >= 2)
        en->name_start = s, en->name_end = t;
    if (kind == ENT_PERSON && ta < a) {
        if (!en->title[0])
            set_title(m, en, ta, a);
        if (!en->gender)
            en->gender = tok_in(m, ta, WS_TITLE_M) ? 'm' : tok_in(m, ta, WS_TITLE_F) ? 'f' : 0;
    }
    if (kind == ENT_PERSON && !en->title[0])
        title_before(m, en, np);
    /* "television network ABS-CBN": the nouns before the name say what
    ** it is, for "the network" later */
    for (uint32_t k = p->first; k < ta; k++)
        if (m->ls->tags[k] == TAG_NN)
            add_desc(m, en, m->ls->lemmas[k]);
    if (kind == ENT_ORG && code[0])
        body_desc(m, en, b - 1);
    if (kind == ENT_ORG)
        read_alias(m, e, p->end);
    r.ent = e;
    touch(m, e, np);
    m->recent[(m->nrecent - 1) % RECENT].modifier = (uint8_t)names_occasion(m, b);
    return r;
}

/* ---- phrases without a name ---- */

/* "the two leaders", "both sides", "the allies": the head's group noun,
** or NULL. */
static const group_noun *group_phrase(const mentions *m, const phrase *p, int *count)
{
    const char *head = m->ls->lemmas[p->head];
    int tag = m->ls->tags[p->head];
    const group_noun *g = NULL;
    if ((tag != TAG_NNS && tag != TAG_NN) || !lemma_in_set(m, p->head, WS_GROUP))
        return NULL;
    for (size_t i = 0; i < sizeof group_nouns / sizeof *group_nouns; i++)
        if (!strcmp(head, group_nouns[i].lemma))
            g = &group_nouns[i];
    /* plural, or a set noun of its own ("the couple", "the pair") */
    if (!g || (tag != TAG_NNS && !(g->alone && tag == TAG_NN)))
        return NULL;
    *count = 0;
    int both = 0, the = 0;
    for (uint32_t k = p->first; k < p->head; k++) {
        char buf[16];
        const char *w = lower(m, k, buf, sizeof buf);
        if (!strcmp(w, "both"))
            both = 1;
        else if (!strcmp(w, "the"))
            the = 1;
        else if (!strcmp(w, "two"))
            *count = 2;
        else if (!strcmp(w, "three"))
            *count = 3;
        else if (!strcmp(w, "four"))
            *count = 4;
        else if (!tag_is_adj(m->ls->tags[k]))
            return NULL;   /* "the two countries' leaders": not the pair itself */
    }
    if (both)
        *count = 2;
    if (!*count && !(g->alone && the))
        return NULL;
    /* "Two men stabbed a guard": a number alone before men or women
    ** brings in new people; "the two men" are ones named before */
    if (!the && !both && (!strcmp(head, "man") || !strcmp(head, "woman")))
        return NULL;
    return g;
}

/* "The two countries signed a pact" with no two states in the last
** sentences: the two states the article has named most so far, when two
** stand out (each named twice at least, the second more often than any
** third); fills pair and returns 1, else 0. */
static int article_pair(const mentions *m, int32_t pair[2])
{
    int32_t top[3] = {-1, -1, -1};
    for (size_t e = 0; e < m->nent; e++) {
        const ment_entity *en = &m->ent[e];
        if (en->kind != ENT_STATE || !en->code[0])
            continue;
        int at = 3;
        while (at > 0 && (top[at - 1] < 0 || m->ent[top[at - 1]].named < en->named))
            at--;
        if (at == 3)
            continue;
        for (int k = 2; k > at; k--)
            top[k] = top[k - 1];
        top[at] = (int32_t)e;
    }
    if (top[1] < 0 || m->ent[top[1]].named < 2 ||
        (top[2] >= 0 && m->ent[top[2]].named == m->ent[top[1]].named))
        return 0;
    pair[0] = top[0];
    pair[1] = top[1];
    return 1;
}

/* "A Ugandan mission will visit Kenya tomorrow ... The two countries
** signed a pact", "China has resumed repairs of Soviet ships ... signed
** by the two sides": a group of two states whose members the recent
** mentions do not hold (a state named only before a noun, or through a
** person or an organ of it, is no mention) is the two countries that the
** sentence, before token before, and the LOOKBACK sentences before it
** name in any way (note_passing), when they name exactly two (thirteenth
** session). Fills pair with their state entities, made now when the
** article has none yet (owned by the table, named by the bytes that
** first named each, touched by no mention: no pronoun stands for them),
** and returns 1; 0 when they name fewer or more (pair untouched); -1 on
** no memory. */
static int passing_pair(mentions *m, uint32_t before, int32_t pair[2])
{
    char cc[2][4];
    const passing_states *from[2] = {NULL, NULL};
    int at[2] = {0, 0}, n = 0;
    for (long s = m->sent - LOOKBACK; s <= m->sent; s++) {
        const passing_states *ps = &m->passing[(s < 0 ? 0 : s) % (LOOKBACK + 1)];
        if (s < 0 || ps->sent != s)
            continue;
        for (int i = 0; i < ps->n; i++) {
            if (s == m->sent && ps->tok[i] >= before)
                continue;
            int k = 0;
            while (k < n && strcmp(cc[k], ps->cc[i]) != 0)
                k++;
            if (k < n)
                continue;
            if (n == 2)
                return 0;   /* a third: which two, no one can tell */
            memcpy(cc[n], ps->cc[i], sizeof cc[n]);
            from[n] = ps;
            at[n++] = i;
        }
    }
    if (n < 2)
        return 0;
    for (int k = 0; k < 2; k++) {
        int32_t e = find_by_word(m, cc[k], 3, 1, K(ENT_STATE));
        if (e < 0) {
            if ((e = entity_new(m, ENT_STATE)) < 0)
                return -1;
            ment_entity *en = &m->ent[e];
            en->name_start = en->first_start = en->last_start = from[k]->start[at[k]];
            en->name_end = en->first_end = en->last_end = from[k]->end[at[k]];
            en->intro_start = en->name_start;
            en->intro_end = en->name_end;
            en->intro_sent = from[k]->sent;
            memcpy(en->code, cc[k], sizeof cc[k]);
            if (link_entity(m, e) < 0)
                return -1;
        }
        pair[k] = e;
    }
    return 1;
}

/* Entity e's country as the table knows it: a state's or an
** organisation's code, an unnamed person's country; "" when unknown (a
** named person's code is the coder's). Reads its arguments only. */
static const char *entity_country(const mentions *m, int32_t e, char cc[4])
{
    const ment_entity *en = &m->ent[e];
    if (en->code[0] && dict_code_country(en->code, cc) && strcmp(cc, "---") != 0)
        return cc;
    if (en->country[0])
        return memcpy(cc, en->country, 4);
    return "";
}

/* "Brazil ... Finance Minister Dilson Funaro ... both sides", "Japan ...
** the Bank of Japan ... both sides": are entities a and b known to be
** of one country? Two sides of one state are no pair of states. */
static int same_country(const mentions *m, int32_t a, int32_t b)
{
    char ca[4], cb[4];
    const char *x = entity_country(m, a, ca), *y = entity_country(m, b, cb);
    return x[0] && y[0] && strcmp(x, y) == 0;
}

/* The set a group phrase stands for: the last set of entities the kinds
** of g allow (and of count members, when count), else the last two such
** entities named, made a set now; for two states ("the two countries",
** "both sides"), else the two countries named in passing before token
** before (passing_pair), else the article's two (article_pair). -1 when
** none. */
static int32_t group_ref(mentions *m, const group_noun *g, int count, uint32_t before, int *oom)
{
    unsigned kinds = g->kinds;
    int two_states = count == 2 && (kinds == K(ENT_STATE) || !strcmp(g->lemma, "side"));
    size_t n = m->nrecent < RECENT ? m->nrecent : RECENT;
    int32_t pair[2] = {-1, -1};
    for (size_t i = 0; i < n; i++) {
        size_t at = (m->nrecent - 1 - i) % RECENT;
        int32_t e = m->recent[at].ent;
        long esent = m->recent[at].sent;
        if (esent < m->sent - LOOKBACK)
            break;
        /* "a man", "the gunman": no member of a pair the article names;
        ** nor a name that only modified a noun ("the IADB meeting") */
        if (e < 0 || m->ent[e].role[0] || m->recent[at].modifier)
            continue;
        const ment_entity *en = &m->ent[e];
        if (en->kind == ENT_SET) {
            int ok = !count || en->nmembers == count;
            for (int k = 0; k < en->nmembers && ok; k++)
                ok = (kinds & K(m->ent[en->members[k]].kind)) != 0;
            if (ok)
                return e;
            continue;
        }
        if (!(kinds & K(en->kind)) || (count && count != 2) || en->bare)
            continue;
        if (pair[0] < 0)
            pair[0] = e;
        else if (pair[1] < 0 && e != pair[0] && !(two_states && same_country(m, e, pair[0])))
            pair[1] = e;
    }
    if (pair[1] < 0 && two_states) {
        int got = passing_pair(m, before, pair);
        if (got < 0) {
            *oom = 1;
            return -1;
        }
        if (!got)
            pair[0] = pair[1] = -1;
    }
    if (pair[1] < 0 && (kinds != K(ENT_STATE) || count != 2 || !article_pair(m, pair)))
        return -1;
    int32_t s = entity_new(m, ENT_SET);
    if (s < 0) {
        *oom = 1;
        return -1;
    }
    int first = pair[0] > pair[1];   /* in the order the article introduced them */
    set_fill(m, s, (int32_t[]){pair[first], pair[!first]}, 2, -1);
    m->ent[s].intro_sent = m->ent[pair[1]].intro_sent;
    return s;
}

/* Does title end with the word w? */
static int tl_ends(const char *title, const char *w)
{
    size_t tl = strlen(title), wl = strlen(w);
    return tl >= wl && strcmp(title + tl - wl, w) == 0 && (tl == wl || title[tl - wl - 1] == ' ');
}

/* "the central bank" after "the Bank of Japan" is it, but not after
** "the Bank of Tokyo", a commercial bank, and "the commercial bank" after
** "the Bank of England" is none (twelfth session): a phrase headed by
** "bank" that says "central" or "reserve" stands for a state's body (a
** code of a state and an organ of its government) only, and one that
** says "commercial", "merchant", "private", "savings", "investment",
** "lead", "shareholding", "parent" or "creditor" for no state's or IGO's;
** a state it names ("the Japanese central bank") must be the body's.
** Other heads and words ("the Abidjan-based bank") fit any. Reads its
** arguments only. */
static int bank_kind_fits(const mentions *m, const phrase *p, const ment_entity *en)
{
    static const char *const central[] = {"central", "reserve", NULL};
    static const char *const private[] = {"commercial", "merchant", "private", "savings",
                                          "investment", "lead", "shareholding", "parent",
                                          "creditor", NULL};
    char buf[16];
    if (strcmp(lower(m, p->head, buf, sizeof buf), "bank") != 0)
        return 1;
    int state = strlen(en->code) == 6 && strcmp(en->code + 3, "GOV") == 0;
    /* "the Japanese central bank" is Japan's: a state named before the
    ** head is the body's */
    dict_hit h;
    dict_scan(m, p->first + 1, p->head, &h);
    if (h.have && h.kind == ENT_STATE && strncmp(h.code, en->code, 3) != 0)
        return 0;
    for (uint32_t k = p->first + 1; k < p->head; k++) {
        const char *w = lower(m, k, buf, sizeof buf);
        if ((in_list(w, central) && !state) ||
            (in_list(w, private) && (state || strncmp(en->code, "IGO", 3) == 0)))
            return 0;
    }
    return 1;
}

/* Is lemma one of the three words the article calls organisation en?
** The first byte turns most down without strcmp: this is asked of each
** recent mention for each "the" phrase. */
static int desc_is(const ment_entity *en, const char *lemma)
{
    for (int i = 0; i < 3; i++)
        if (en->desc[i][0] == lemma[0] && !strcmp(en->desc[i], lemma))
            return 1;
    return 0;
}

/* "the president of the bank of Mexico", "the president of Turkey": the
** end of the name that "of" and a few determiners and nouns put after
** token k, or 0 when none follows. */
static uint32_t of_name_after(const mentions *m, uint32_t k)
{
    const lang_sent *ls = m->ls;
    if (k + 2 >= ls->n || !tok_is(m, k + 1, "of"))
        return 0;
    for (uint32_t j = k + 2; j < ls->n && j < k + 7; j++) {
        int t = ls->tags[j];
        if (tag_is_proper(t)) {
            while (j < ls->n && tag_is_proper(ls->tags[j]))
                j++;
            return j;
        }
        if (t != TAG_DT && t != TAG_NN && t != TAG_NNS && !tok_is(m, j, "of"))
            return 0;
    }
    return 0;
}

/* Does the state or body named in tokens [first, end) hold person en: is
** its code's country his? ("the president of Turkey" after "President
** Erdogan", not after "President Trump") */
static int of_same_country(const mentions *m, uint32_t first, uint32_t end,
                           const ment_entity *en)
{
    dict_hit h;
    dict_scan(m, first, end, &h);
    return h.have && h.code && strlen(h.code) >= 3 && strlen(en->code) >= 3 &&
           !strncmp(h.code, en->code, 3);
}

static int32_t title_ref(const mentions *m, const phrase *p)
{
    if (m->ls->tags[p->head] != TAG_NN && m->ls->tags[p->head] != TAG_NNP)
        return -1;
    char buf[32];
    if (!tok_is(m, p->first, "the"))
        return -1;
    const char *head = lower(m, p->head, buf, sizeof buf);
    /* an organisation whose last word is the head, in lower case: "the
    ** party" after "the Liberal Democratic Party" ("the Bank" may begin a
    ** name of its own: "the Bank of Japan") */
    int32_t org = m->ls->tags[p->head] != TAG_NN ? -1
                  : find_by_word(m, m->ls->text + m->ls->toks[p->head].start,
                                 m->ls->toks[p->head].len, 1, K(ENT_ORG));
    if (org >= 0 && m->ent[org].name_end - m->ent[org].name_start > m->ls->toks[p->head].len)
        return org;
    /* ... or that the article called so ("the network" after "television
    ** network ABS-CBN"); "the country" is the most salient state */
    int country = !strcmp(head, "country") || !strcmp(head, "nation");
    if (m->ls->tags[p->head] == TAG_NN && (country || m->ndesc)) {
        int32_t best = -1;
        double best_s = 0;
        size_t nr = m->nrecent < RECENT ? m->nrecent : RECENT;
        for (size_t i = 0; i < nr; i++) {
            const recent_mention *rm = &m->recent[(m->nrecent - 1 - i) % RECENT];
            if (rm->sent < m->sent - LOOKBACK)
                break;   /* older still from here on */
            if (rm->ent < 0)
                continue;
            const ment_entity *en = &m->ent[rm->ent];
            int ok = country ? en->kind == ENT_STATE
                             : en->kind == ENT_ORG && desc_is(en, head) &&
                                   bank_kind_fits(m, p, en);
            double sal = salience_now(m, en);
            if (ok && (best < 0 || sal > best_s))
                best = rm->ent, best_s = sal;
        }
        if (best >= 0)
            return best;
    }
    /* a person whose title ends with the head and holds its other words;
    ** after "the president of Turkey" or "of the bank of Mexico", one of
    ** that country ("accusing the president of lying" is anyone's) */
    if (!title_at(m, p->head, p->head + 1))
        return -1;
    uint32_t of_end = of_name_after(m, p->head);
    size_t n = m->nrecent < RECENT ? m->nrecent : RECENT;
    for (size_t i = 0; i < n; i++) {
        int32_t e = m->recent[(m->nrecent - 1 - i) % RECENT].ent;
        if (e < 0)
            continue;
        const ment_entity *en = &m->ent[e];
        if (en->kind != ENT_PERSON || !en->title[0])
            continue;
        /* "the envoy" is an ambassador too */
        const char *match = !strcmp(head, "envoy") && tl_ends(en->title, "ambassador") ? "ambassador"
                                                                                   : head;
        if (!tl_ends(en->title, match) ||
            (of_end && !of_same_country(m, p->head + 2, of_end, en)))
            continue;
        int ok = 1;
        for (uint32_t k = p->first + 1; k < p->head && ok; k++) {
            char wb[32];
            const char *w = lower(m, k, wb, sizeof wb);
            ok = strstr(en->title, w) != NULL;
        }
        if (ok)
            return e;
    }
    return -1;
}

/* What an unnamed phrase p is: ENT_PERSON when headed by a noun of people
** ("the child", "officials"), INSTITUTION by another agent of the
** dictionary ("the court", "the ministry"), THING by another common noun,
** 0 for none (a time, a name). */
static int unnamed_kind(const mentions *m, const phrase *p, int *plural)
{
    int t = m->ls->tags[p->head];
    const dict_agent *ag;
    *plural = t == TAG_NNS;
    if (t != TAG_NN && t != TAG_NNS)
        return 0;
    if (lemma_in_set(m, p->head, WS_TIME))
        return 0;
    if (lemma_in_set(m, p->head, WS_PERSON))
        return ENT_PERSON;
    return dict_match_agent(m->d, m->ids, p->end, p->head, &ag) > 0 ? INSTITUTION : THING;
}

/* ---- unnamed people the dictionaries code ---- */

/* Does phrase p stand right after a person's name and a comma ("Rebecca
** Falconer, an undergraduate", "Modi, India's prime minister")? */
static int after_person(const mentions *m, const phrase *p)
{
    if (p->first < 2 || m->ls->tags[p->first - 1] != TAG_COMMA ||
        m->ls->np_of[p->first - 2] < 0)
        return 0;
    ment_ref before = m->np_ref[m->ls->np_of[p->first - 2]];
    return before.ent >= 0 && m->ent[before.ent].kind == ENT_PERSON;
}

/* Does a name follow phrase p after a comma ("Iran's revolutionary
** leader, Ayatollah Ruhollah Khomeini")? Then the name is the person. */
static int before_name(const mentions *m, const phrase *p)
{
    return p->end + 1 < m->ls->n && m->ls->tags[p->end] == TAG_COMMA &&
           tag_is_proper(m->ls->tags[p->end + 1]);
}

/* Is singular phrase p a person by its agent noun ("foreign minister",
** "army chief": an agent of the dictionary that ends at its head, a noun
** of people)? */
/* Does an agent of the dictionary end at the head of phrase p ("officials",
** "security forces", "riot police")? */
static int agent_at_head(const mentions *m, const phrase *p)
{
    const dict_agent *ag;
    for (uint32_t k = p->first; k <= p->head; k++)
        if (dict_match_agent(m->d, m->ids, p->head + 1, k, &ag) == p->head + 1 - k)
            return 1;
    return 0;
}

static int agent_person(const mentions *m, const phrase *p)
{
    return m->ls->tags[p->head] == TAG_NN && lemma_in_set(m, p->head, WS_PERSON) &&
           agent_at_head(m, p);
}

/* Does a city of the gazetteer describe the private person or police
** officer phrase p names ("a 36-year-old Leeds man", "Kisumu residents")?
** The coder codes such people as the city's country's (coder_actor.c's
** town_actor), as it codes "a Kenyan man"; "a Leeds official" it does not
** code so. */
static int town_agent(const mentions *m, const phrase *p)
{
    const dict_agent *ag;
    return place_town_agent(m->ls, m->d, m->ids, p->first, p->end, &ag) >= 0;
}

/* "a man", "a 25-year-old man", "the gunman", "two attackers": private
** people or armed men whom no name, country or town names (an agent of
** the dictionary at the head: CVL, CRM, UAF). One person, or several
** armed men or suspects (not "people", "residents": a crowd is no one
** "they" comes back to). The agent's code, or NULL when phrase p is no
** such person. */
static const char *private_person(const mentions *m, const phrase *p, int plural)
{
    static const char *const one[] = {"CVL", "CRM", "UAF", NULL};
    static const char *const many[] = {"CRM", "UAF", NULL};
    const dict_agent *ag;
    for (uint32_t k = p->first; k <= p->head; k++)
        if (dict_match_agent(m->d, m->ids, p->head + 1, k, &ag) == p->head + 1 - k)
            return in_list(ag->code, plural ? many : one) ? ag->code : NULL;
    return NULL;
}

/* "Pakistan's foreign minister", "the Pakistani foreign minister": an
** unnamed person whom a country and an agent noun name, so that the
** dictionaries code it (PAKGOV), is an entity of its own that he or she
** may stand for, competing by salience; the coder gives it the code of its
** phrase (coder_entity_codes), as it does a name. Each such phrase is a
** new entity: without a name, nothing says two are one person. So are
** "Japanese officials", "the Iraqi troops" (plural: a country and a
** plural agent noun, JPNGOV), for "they". Returns 0, or -1 on no memory. */
static int coded_person(mentions *m, int32_t np, int plural)
{
    const phrase *p = &m->ls->phrases[np];
    int32_t e = entity_new(m, ENT_PERSON);
    if (e < 0)
        return -1;
    ment_entity *en = &m->ent[e];
    en->unnamed = 1;
    en->plural = (uint8_t)plural;
    span_bytes(m, p->first, p->end, &en->name_start, &en->name_end);
    en->intro_sent = m->sent;
    en->intro_start = en->name_start;
    en->intro_end = en->name_end;
    m->np_ref[np] = (ment_ref){MREF_NAME, e};
    touch(m, e, np);
    return 0;
}

/* Owned phrase np ("Pakistan's foreign minister"), once its possessor
** (poss) is read: a coded person when the possessor is a state, or the
** name after it. The table reads base phrases only; this is the one
** owned phrase it reads.
** -1 on no memory. */
static int read_phrase(mentions *m, int32_t np);

static int read_owned(mentions *m, int32_t np, int32_t poss)
{
    const phrase *p = &m->ls->phrases[np];
    const lang_sent *ls = m->ls;
    int32_t e = m->np_ref[poss].ent;
    if (e < 0 || m->ent[e].kind != ENT_STATE || ls->phrases[poss].end > p->head ||
        (p->flags & PHF_APPOS))
        return 0;
    /* "Saudi Arabia's Crown Prince Abdullah", "Japan's Liberal Democratic
    ** Party": a name right after a state's possessive is read as after
    ** "Saudi" ("the Crown Prince" later is he) */
    if (tag_is_proper(ls->tags[p->head]) && tag_is_proper(ls->tags[ls->phrases[poss].end]))
        return read_phrase(m, np);
    if (after_person(m, p) || before_name(m, p) || !agent_person(m, p))
        return 0;
    return coded_person(m, np, 0);
}

/* ---- one sentence ---- */

/* Each phrase's role: subject, object, inside a PP, other. */
static void roles(mentions *m)
{
    const lang_sent *ls = m->ls;
    for (size_t i = 0; i < ls->nphrases; i++) {
        m->role[i] = ROLE_OTHER;
        m->role_clause[i] = -1;
        if (ls->phrases[i].kind == PH_PP && ls->phrases[i].np >= 0)
            m->role[ls->phrases[i].np] = ROLE_IN_PP;
    }
    for (size_t c = 0; c < ls->nclauses; c++) {
        const clause *cl = &ls->clauses[c];
        for (uint32_t q = 0; q < cl->pp_count; q++) {
            const phrase *pp = &ls->phrases[ls->pps[cl->pp_first + q]];
            if (pp->np >= 0)
                m->role_clause[pp->np] = (int32_t)c;
        }
        if (cl->subject >= 0) {
            m->role[cl->subject] = ROLE_SUBJECT;
            m->role_clause[cl->subject] = (int32_t)c;
        }
        if (cl->object >= 0) {
            m->role[cl->object] = ROLE_OBJECT;
            m->role_clause[cl->object] = (int32_t)c;
        }
    }
    /* a member of a coordination has its coordination's role */
    for (size_t i = 0; i < ls->nphrases; i++) {
        int32_t up = ls->phrases[i].up;
        if (ls->phrases[i].kind == PH_NP && up >= 0 && ls->phrases[up].kind == PH_NP &&
            (ls->phrases[up].flags & PHF_COORD)) {
            m->role[i] = m->role[up];
            m->role_clause[i] = m->role_clause[up];
        }
    }
}

/* The state entity of dictionary code code, named by tokens [a, b) of
** phrase np when it is new. -1 on no memory. */
static int32_t state_entity(mentions *m, int32_t np, const char *code, uint32_t a, uint32_t b)
{
    int32_t e = find_by_word(m, code, strlen(code), 1, K(ENT_STATE));
    return e >= 0 ? e : named_new(m, ENT_STATE, np, code, a, b);
}

/* Makes the n states codes[i] (named by tokens [at[i][0], at[i][1]))
** a set that phrase np mentions. Returns 1, or -1 on no memory. */
static int state_set(mentions *m, int32_t np, const char *const *codes,
                     uint32_t (*at)[2], int n)
{
    int32_t set = entity_new(m, ENT_SET), members[MENT_SET_MAX];
    if (set < 0)
        return -1;
    for (int i = 0; i < n; i++)
        if ((members[i] = state_entity(m, np, codes[i], at[i][0], at[i][1])) < 0)
            return -1;
    set_fill(m, set, members, n, np);
    touch(m, set, np);
    return 1;
}

/* "Greek and Turkish warships", "Indian, Pakistani and Chinese troops":
** states joined by "and" (and commas) before the head of phrase np make a
** set, for "both sides" and "the two countries" later. The states join no
** recent mention alone: the phrase names their people, not one of them.
** Returns 1 when it made the set, 0 when np is no such phrase, -1 on no
** memory. */
static int state_pair(mentions *m, int32_t np)
{
    const phrase *p = &m->ls->phrases[np];
    /* two states and the "and" between them stand before the head: most
    ** phrases have no "and" there, and are turned down before any lookup */
    uint32_t k = p->first;
    while (k < p->head && !tok_is(m, k, "and"))
        k++;
    if (k == p->head || p->head - p->first < 3)
        return 0;
    struct { const char *code; uint32_t a, b; } st[MENT_SET_MAX];
    int n = 0, joined = 0;
    uint32_t last = 0;
    for (k = p->first; k < p->head;) {
        dict_match dm;
        size_t len = dict_match_actor(m->d, m->ids, p->head, k, m->date, &dm);
        if (!len || !dm.code || dm.actor->kind == DICT_PERSON || strlen(dm.code) != 3 ||
            in_set(m, WS_REGION, dm.code)) {
            if (n && k == last) {
                /* "and" or a comma joins the next state; another word
                ** ends the run ("Greek and Turkish naval ships") */
                char buf[8];
                const char *w = lower(m, k, buf, sizeof buf);
                if (!strcmp(w, "and") || !strcmp(w, ",")) {
                    joined |= w[0] == 'a';
                    last = k + 1;
                }
            }
            k++;
            continue;
        }
        if (n && k != last)
            return 0;   /* "Greek ships and a Turkish frigate" is two phrases' */
        for (int i = 0; i < n; i++)
            if (!strcmp(st[i].code, dm.code))
                return 0;
        if (n == MENT_SET_MAX)
            return 0;
        st[n].code = dm.code;
        st[n].a = k;
        st[n].b = k + (uint32_t)len;
        n++;
        k = last = k + (uint32_t)len;
    }
    if (n < 2 || !joined)
        return 0;
    const char *codes[MENT_SET_MAX];
    uint32_t at[MENT_SET_MAX][2];
    for (int i = 0; i < n; i++)
        codes[i] = st[i].code, at[i][0] = st[i].a, at[i][1] = st[i].b;
    return state_set(m, np, codes, at, n);
}

/* "The Securities and Exchange Commission charged ... The commission
** said it": a name of the dictionary that holds "and", which the parse
** splits into a coordination of two phrases, names one organisation or
** state (eleventh session): the member where the name ends is a mention
** of it, and so is the coordination; a member before names nothing of
** its own ("Securities"). Not a person's name, nor a name inside one
** member ("Japan and the United States"). Returns 1 when phrase np is a
** member of such a name (*r filled), 0 when not, -1 on no memory. */
static int name_across_and(mentions *m, int32_t np, ment_ref *r)
{
    const phrase *p = &m->ls->phrases[np];
    int32_t up = p->up;
    if (up < 0 || m->ls->phrases[up].kind != PH_NP || !(m->ls->phrases[up].flags & PHF_COORD))
        return 0;
    const phrase *co = &m->ls->phrases[up];
    dict_hit h;
    dict_scan(m, co->first, co->end, &h);
    if (!h.have || h.kind == ENT_PERSON || h.first > p->head || h.end <= p->first ||
        (h.first >= p->first && h.end <= p->end))
        return 0;
    /* the name must hold the conjunction: "the Bank of England and the
    ** Bank of France" (a coordination of the owners of "of") is two names */
    uint32_t k = h.first;
    while (k < h.end && m->ls->tags[k] != TAG_CC)
        k++;
    if (k == h.end)
        return 0;
    if (h.end > p->end)
        return 1;   /* "Securities": the name goes on past it */
    int oom = 0;
    *r = name(m, np, h.first, h.first, h.end, &h, &oom);
    if (oom)
        return -1;
    m->np_ref[up] = *r;
    return 1;
}

/* "The Bank of England cut its rate. The Bank said": a dictionary name
** that runs on past phrase np through "of" (the parse ends the base
** phrase at "Bank") names one organisation by the whole name and its code
** (twelfth session). The table had made it an organisation "Bank" with no
** code, one for every "Bank of ..." of the article, so that "the Bank"
** later read as a name of its own and found no code, and "it" after the
** Bank of Zambia was the Bank of Japan named before. Only a code longer
** than a state's (a central bank, a ministry, a firm): "the Republic of
** Korea" is a state's name. Returns 1 when np is the start of such a
** name (*r filled), 0 when not, -1 on no memory. */
static int name_through_of(mentions *m, int32_t np, ment_ref *r)
{
    const phrase *p = &m->ls->phrases[np];
    uint32_t n = (uint32_t)m->ls->n;
    if (p->end + 1 >= n || p->head + 1 != p->end || !tag_is_proper(m->ls->tags[p->head]) ||
        strcmp(m->ls->lemmas[p->end], "of") != 0)
        return 0;
    for (uint32_t k = p->first; k <= p->head; k++) {
        dict_match dm;
        size_t len = dict_match_actor(m->d, m->ids, n, k, m->date, &dm);
        if (!len || k + len <= p->end + 1 || !dm.code || dm.actor->kind == DICT_PERSON ||
            strlen(dm.code) <= 3)
            continue;
        int32_t e = find_by_word(m, dm.code, strlen(dm.code), 1, K(ENT_ORG));
        if (e < 0 && (e = named_new(m, ENT_ORG, np, dm.code, k, k + (uint32_t)len)) < 0)
            return -1;
        if (!m->ent[e].whole) {
            m->ent[e].whole = 1;
            m->ent[e].entry = dm.actor;
        }
        read_alias(m, e, k + (uint32_t)len);
        body_desc(m, &m->ent[e], p->head);
        r->how = MREF_NAME;
        r->ent = e;
        touch(m, e, np);
        return 1;
    }
    return 0;
}

/* "The Bank of England and the Bank of France cut rates. The Bank said":
** does another body the short form word[0..n) may stand for rival best,
** the one short_form chose (twelfth session)? When either is named "Bank
** of ...", any other body it fits is a rival, and so is an organisation
** named by the word alone: the table names "the Bank of Ireland", which
** no dictionary does, "Bank". Else a rival has another dictionary code
** (the table does not know the codes the coder gives names: "the EC
** Executive Commission" is the EC's), and best is not named twice as
** often ("the Bank" after "the African Development Bank", named again and
** again, and "World Bank operations" once is the first). Reads m only. */
static int short_rival(const mentions *m, int32_t best, const char *w, size_t n, int capital)
{
    const ment_entity *b = &m->ent[best];
    for (size_t e = 0; e < m->nent; e++) {
        const ment_entity *en = &m->ent[e];
        /* a name through "of" has no such pass: "the Bank of England and
        ** the Bank of France" name each once, but the coordination and
        ** "their" count again */
        int of = shortname_of(b, m->text, w, n) || shortname_of(en, m->text, w, n);
        if ((int32_t)e == best || en->kind != ENT_ORG || (b->code[0] && !strcmp(en->code, b->code)) ||
            (!of && (b->named >= 2 * en->named || !b->code[0] || !en->code[0])))
            continue;
        if (shortname_fits(en, m->text, w, n, capital) ||
            (capital && en->name_end - en->name_start == n &&
             strncasecmp(m->text + en->name_start, w, n) == 0 &&
             shortname_of(b, m->text, w, n)))
            return 1;
    }
    return 0;
}

/* "The Fund", "the Twelve", "the alliance", "the Community's": a phrase
** of "the" and one word (and a possessive) that the dictionary does not
** name, and that no "of", nor "for" or "on" and a name, follows ("the
** Bank of Japan", "the Center for Biological Diversity" are names of
** their own; "the Fund on Friday" is not), standing for an organisation
** the article named before (shortnames.c). -1 when it is none. */
static int32_t short_form(const mentions *m, const phrase *p, const dict_hit *h)
{
    uint32_t k = p->head, n = (uint32_t)m->ls->n;
    int poss = p->end == k + 2 && m->ls->tags[k + 1] == TAG_POS;   /* "the Fund's" */
    if (k != p->first + 1 || (p->end != k + 1 && !poss) ||
        !tok_is(m, p->first, "the") ||
        (h->have && h->first <= k && k < h->end) ||
        (k + 1 < n && !strcmp(m->ls->lemmas[k + 1], "of")) ||
        (k + 2 < n && (!strcmp(m->ls->lemmas[k + 1], "for") || !strcmp(m->ls->lemmas[k + 1], "on")) &&
         tag_is_proper(m->ls->tags[k + 2]) && !tok_in(m, k + 2, WS_TIME)))
        return -1;
    int t = m->ls->tags[k];
    const char *w = m->ls->text + m->ls->toks[k].start;
    /* "the Twelve" is a number to the tagger */
    if (t != TAG_NN && t != TAG_NNP && t != TAG_NNPS && !(t == TAG_CD && w[0] >= 'A' && w[0] <= 'Z'))
        return -1;
    /* the one the article names most, then the most salient, of those it
    ** may stand for: "the Bank" after "the African Development Bank",
    ** named again and again, and "World Bank operations" named once in
    ** passing is the first */
    size_t len = m->ls->toks[k].len;
    int capital = w[0] >= 'A' && w[0] <= 'Z';
    if (!shortname_word(w, len, capital))
        return -1;
    int32_t best = -1;
    double best_s = 0;
    for (size_t e = 0; e < m->nent; e++) {
        const ment_entity *en = &m->ent[e];
        if (best >= 0 && en->named < m->ent[best].named)
            continue;
        if (!shortname_fits(en, m->text, w, len, capital))
            continue;
        double sal = salience_now(m, en);
        if (best < 0 || en->named > m->ent[best].named || sal >= best_s)
            best = (int32_t)e, best_s = sal;
    }
    return best >= 0 && short_rival(m, best, w, len, capital) ? -1 : best;
}

/* Reads base phrase np (not a coordination). -1 on no memory. */
static int read_phrase(mentions *m, int32_t np)
{
    const phrase *p = &m->ls->phrases[np];
    ment_ref *r = &m->np_ref[np];
    int oom = 0;
    if (p->flags & PHF_PRONOUN) {
        *r = pronoun(m, p->head, np);
        return r->how != MREF_NONE ? emit(m, p->first, p->end, r->how, r->ent) : 0;
    }
    /* "ABS-CBN, the network", "Delfin Lorenzana, the Defence Secretary":
    ** an apposition without a name says what the entity before it is */
    int32_t up = p->up;
    if ((p->flags & PHF_APPOS) && up >= 0 && m->np_ref[up].ent >= 0 &&
        !tag_is_proper(m->ls->tags[p->head]) && tag_is_noun(m->ls->tags[p->head])) {
        ment_entity *en = &m->ent[m->np_ref[up].ent];
        add_desc(m, en, m->ls->lemmas[p->head]);
        if (en->kind == ENT_PERSON && !en->title[0]) {
            uint32_t t = p->head;
            while (t > p->first && title_at(m, t - 1, p->head + 1))
                t--;
            if (title_at(m, p->head, p->head + 1))
                set_title(m, en, t, p->head + 1);
        }
        return 0;
    }
    int across = name_across_and(m, np, r);
    if (across)
        return across < 0 ? -1 : 0;
    /* a name: the run of name words that ends at the head, less the
    ** titles, dictionary states and organisations before it */
    dict_hit h;
    scan_names(m, p->first, p->end, &h, &m->passing[m->sent % (LOOKBACK + 1)]);
    /* "EC foreign ministers met ... The Twelve later condemned Syria": a
    ** body the dictionary names before the head is named, for its short
    ** form later; it is not mentioned (no pronoun stands for it) */
    if (h.have && h.kind == ENT_ORG && h.end <= p->head && h.code[0] &&
        find_by_word(m, h.code, strlen(h.code), 1, K(ENT_ORG)) < 0 &&
        named_new(m, ENT_ORG, np, h.code, h.first, h.end) < 0)
        return -1;
    int32_t body = short_form(m, p, &h);
    if (body >= 0) {
        r->how = MREF_TITLE;
        r->ent = body;
        touch(m, body, np);
        return emit(m, p->first, p->end, r->how, r->ent);
    }
    int through = name_through_of(m, np, r);
    if (through)
        return through < 0 ? -1 : 0;
    uint32_t b = p->head + 1, a = b;
    while (a > p->first && name_word(m, a - 1, p->end))
        a--;
    if (a < b) {
        /* "Minister of [Information Moammar al-Eryani]": the field after a
        ** title's "of" or "for" is no word of the name (title_field.c) */
        int32_t owner = title_field_owner(m->ls, np);
        if (owner >= 0 && !title_at(m, m->ls->phrases[owner].head,
                                    m->ls->phrases[owner].head + 1))
            owner = -1;
        if (owner >= 0)
            a = title_field_name(m->ls, a, b);
        uint32_t ta = a, len;
        for (;;) {
            /* titles, and a noun of people written as one ("Scientist
            ** Rebecca Falconer") */
            if (a < b - 1 && (len = title_at(m, a, b - 1)) > 0 && a + len < b) {
                a += len;
                continue;
            }
            if (a + 2 < b && tok_in(m, a, WS_PERSON)) {
                a++;
                continue;
            }
            dict_match dm;
            size_t dl = a < b - 1 ? dict_match_actor(m->d, m->ids, b - 1, a, m->date, &dm) : 0;
            if (dl && dm.code && dm.actor->kind != DICT_PERSON) {
                a += (uint32_t)dl;
                ta = a;
                continue;
            }
            break;
        }
        /* "Greek foreign minister Karolos Papoulias", "opposition leader
        ** Jeremy Corbyn": a title in lower case is no word of the name's
        ** run, but it is his title all the same, for "the minister" later
        ** (as "Foreign Minister Karolos Papoulias" gives it); a name of
        ** one word is left as it was ("television network ABS-CBN" is no
        ** person) */
        if (ta == a && b - a >= 2)
            while (ta > p->first && title_at(m, ta - 1, a))
                ta--;
        /* "Secretary of [State Tom Brandt]": a field's word the list of
        ** titles holds is the field's, not his title */
        if (owner >= 0 && ta < a && title_field_only(m->ls, ta, a))
            ta = a;
        /* titles alone name no one ("the President", "Vice President"),
        ** and neither does a run that ends with one: "Montana Secretary"
        ** (of State) is an office */
        /* ... but a name before an institution's word names it: "Thames
        ** Valley Police", "Acme Widget Corporation" */
        if (title_at(m, b - 1, b) && !(h.have && h.kind == ENT_PERSON && h.end == b) &&
            !(b - a >= 3 && tok_in(m, b - 1, WS_ORG))) {
            a = b;
        } else {
            *r = name(m, np, ta, a, b, &h, &oom);
            if (oom)
                return -1;
            if (owner >= 0 && r->ent >= 0 && m->ent[r->ent].kind == ENT_PERSON &&
                !m->ent[r->ent].title[0])
                field_title(m, &m->ent[r->ent], owner, p->first, a);
            if (r->how == MREF_SHORT)
                return emit(m, p->first, p->end, r->how, r->ent);
            if (r->how != MREF_NONE)
                return 0;
        }
    }
    /* a state or an organisation the dictionary names at the head */
    if (h.have && h.kind != ENT_PERSON && h.first <= p->head && p->head < h.end) {
        *r = name(m, np, h.first, h.first, h.end, &h, &oom);
        return oom ? -1 : 0;
    }
    int count;
    const group_noun *g = group_phrase(m, p, &count);
    if (g) {
        r->how = MREF_SET;
        r->ent = group_ref(m, g, count, p->first, &oom);
        if (oom)
            return -1;
        if (r->ent >= 0)
            touch(m, r->ent, np);
        return emit(m, p->first, p->end, r->how, r->ent);
    }
    int32_t t = title_ref(m, p);
    if (t >= 0) {
        r->how = MREF_TITLE;
        r->ent = t;
        touch(m, t, np);
        return emit(m, p->first, p->end, r->how, r->ent);
    }
    int pair = state_pair(m, np);
    if (pair)
        return pair < 0 ? -1 : 0;
    int plural, kind = unnamed_kind(m, p, &plural);
    /* "Rebecca Falconer, an undergraduate who led the study,": a noun
    ** phrase right after a name and a comma, that the parse did not mark
    ** as an apposition, is one all the same: the person, not another */
    if (kind == ENT_PERSON && !plural && after_person(m, p))
        return 0;
    /* "A Fijian man, Tevita Naulu, shot ...": nor is one set off before
    ** a name (before_name), for "he" or "him" later is the name's */
    if (kind == ENT_PERSON && !plural && p->up < 0 && before_name(m, p))
        return 0;
    /* "the Pakistani foreign minister": a country before the agent */
    if (kind == ENT_PERSON && !plural && h.have && h.kind == ENT_STATE && h.end <= p->head &&
        !before_name(m, p) && agent_person(m, p))
        return coded_person(m, np, 0);
    /* "Kenyan officials", "Iraqi troops": a country before a plural
    ** agent, for "they" */
    if (plural && h.have && h.kind == ENT_STATE && h.end <= p->head && agent_at_head(m, p))
        return coded_person(m, np, 1);
    /* "a 36-year-old Leeds man", "Kisumu residents": a city before the
    ** agent, and no name the dictionary knows */
    if (kind == ENT_PERSON && !h.have && !before_name(m, p) && town_agent(m, p))
        return coded_person(m, np, plural);
    /* "A man stabbed two shoppers. Police shot him dead": one private
    ** person no name or country names is an entity too, so that "he" or
    ** "him" later is that person; the coder gives the pronoun his agent
    ** with the article's country, on the conditions of "a man" itself */
    const char *role;
    if (kind == ENT_PERSON && !h.have && (role = private_person(m, p, plural)) != NULL) {
        if (coded_person(m, np, plural) < 0)
            return -1;
        ment_entity *en = &m->ent[m->np_ref[np].ent];
        const char *head = m->ls->lemmas[p->head];
        en->gender = !strcmp(head, "man") ? 'm' : !strcmp(head, "woman") ? 'f' : 0;
        snprintf(en->role, sizeof en->role, "%s", role);
        return 0;
    }
    /* "Police arrested a man. They released him": a bare plural agent,
    ** which the coder codes by the article's country when it is the
    ** state's, for "they" */
    if (plural && !h.have && (kind == ENT_PERSON || kind == INSTITUTION) && agent_at_head(m, p)) {
        if (coded_person(m, np, 1) < 0)
            return -1;
        m->ent[m->np_ref[np].ent].bare = 1;
        return 0;
    }
    if (kind)
        touch_unnamed(m, np, plural, kind, 0);
    return 0;
}

/* "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and
** French counterparts": a coordination of a person and the counterparts
** it names by their states (the last member headed by "counterpart")
** holds the person and one counterpart per state. Fills members and
** returns their number, 0 when np is no such coordination, -1 on no
** memory. */
static int counterparts(mentions *m, int32_t np, int32_t *members)
{
    const lang_sent *ls = m->ls;
    int32_t kids[MENT_SET_MAX];
    int nk = 0;
    for (int32_t i = m->kid[np]; i >= 0 && nk < MENT_SET_MAX; i = m->sib[i])
        if (ls->phrases[i].kind == PH_NP && !(ls->phrases[i].flags & PHF_APPOS))
            kids[nk++] = i;
    if (nk < 2 || m->np_ref[kids[0]].ent < 0 || m->ent[m->np_ref[kids[0]].ent].kind != ENT_PERSON ||
        strcmp(ls->lemmas[ls->phrases[kids[nk - 1]].head], "counterpart") != 0)
        return 0;
    int32_t peer = m->np_ref[kids[0]].ent;
    char states[MENT_SET_MAX][4];
    int n = 0;
    for (int k = 1; k < nk; k++) {
        const phrase *p = &ls->phrases[kids[k]];
        dict_hit h;
        dict_scan(m, p->first, p->end, &h);
        if (!h.have || h.kind != ENT_STATE || h.end > p->head + (k < nk - 1))
            return 0;
        snprintf(states[n++], sizeof states[0], "%s", h.code);
    }
    members[0] = peer;
    for (int k = 0; k < n; k++) {
        int32_t e = entity_new(m, ENT_PERSON);
        if (e < 0)
            return -1;
        ment_entity *en = &m->ent[e];
        en->unnamed = 1;
        en->counterpart = 1;
        en->peer = peer;
        memcpy(en->country, states[k], sizeof en->country);
        en->intro_sent = m->sent;
        span_bytes(m, ls->phrases[kids[k + 1]].first, ls->phrases[kids[k + 1]].end,
                   &en->intro_start, &en->intro_end);
        en->name_start = en->intro_start;
        en->name_end = en->intro_end;
        members[k + 1] = e;
    }
    return n + 1;
}

/* "Greek ships and Turkish frigates", "Greek and Turkish warships" read
** as two phrases: a coordination each of whose members is a state or is
** headed by a noun that one state's name comes before makes a set of
** those states, as state_pair does within one phrase; its phrase is no
** mention of them. 1 when it made one, -1 on no memory. */
static int state_members(mentions *m, int32_t np)
{
    const lang_sent *ls = m->ls;
    const char *codes[MENT_SET_MAX];
    uint32_t at[MENT_SET_MAX][2];
    int n = 0;
    for (int32_t i = m->kid[np]; i >= 0; i = m->sib[i]) {
        const phrase *p = &ls->phrases[i];
        if (p->kind != PH_NP)
            continue;
        ment_ref r = m->np_ref[i];
        dict_hit h;
        dict_scan(m, p->first, p->head + 1, &h);
        if (n == MENT_SET_MAX)
            return 0;
        if (r.ent >= 0 && m->ent[r.ent].kind == ENT_STATE && m->ent[r.ent].code[0]) {
            codes[n] = m->ent[r.ent].code;
            at[n][0] = p->first, at[n][1] = p->end;
        } else if (r.ent < 0 && h.have && h.kind == ENT_STATE && h.end <= p->head) {
            codes[n] = h.code;
            at[n][0] = h.first, at[n][1] = h.end;
        } else {
            return 0;
        }
        for (int k = 0; k < n; k++)
            if (!strcmp(codes[k], codes[n]))
                return 0;
        n++;
    }
    if (n < 2)
        return 0;
    return state_set(m, np, codes, at, n);
}

/* Coordination np, once its members are read: two or more named
** entities make a set ("Xi and Putin": "the two leaders", "they"), and
** so do a person and his counterparts (counterparts). -1 on no memory. */
static int read_coordination(mentions *m, int32_t np)
{
    const lang_sent *ls = m->ls;
    int32_t members[MENT_SET_MAX];
    /* "... and his counterparts, Nikos Dendias and Jean-Yves Le Drian":
    ** names in apposition to a set are that set */
    int32_t up = ls->phrases[np].up;
    if ((ls->phrases[np].flags & PHF_APPOS) && up >= 0 && m->np_ref[up].ent >= 0 &&
        m->ent[m->np_ref[up].ent].kind == ENT_SET) {
        m->np_ref[np] = m->np_ref[up];
        return 0;
    }
    int n = counterparts(m, np, members);
    if (n < 0)
        return -1;
    for (int32_t i = n ? -1 : m->kid[np]; i >= 0 && n < MENT_SET_MAX; i = m->sib[i]) {
        if (ls->phrases[i].kind != PH_NP)
            continue;
        ment_ref r = m->np_ref[i];
        if (r.ent < 0 || m->ent[r.ent].kind == ENT_SET)
            return state_members(m, np) < 0 ? -1 : 0;
        members[n++] = r.ent;
    }
    if (n < 2)
        return 0;
    int32_t s = entity_new(m, ENT_SET);
    if (s < 0)
        return -1;
    set_fill(m, s, members, n, np);
    m->np_ref[np] = (ment_ref){MREF_NAME, s};
    touch(m, s, np);
    return 0;
}

int mentions_sentence(mentions *m, const lang_sent *ls, const dict_wid *ids, long sent)
{
    m->ls = ls;
    m->ids = ids;
    m->sent = sent;
    size_t np = ls->nphrases, n = ls->n;
    if (base_grow((void **)&m->np_ref, &m->np_ref_cap, np + 1, sizeof *m->np_ref) < 0 ||
        base_grow((void **)&m->role, &m->role_cap, np + 1, sizeof *m->role) < 0 ||
        base_grow((void **)&m->role_clause, &m->role_clause_cap, np + 1,
                  sizeof *m->role_clause) < 0 ||
        base_grow((void **)&m->tok_ref, &m->tok_ref_cap, n + 1, sizeof *m->tok_ref) < 0 ||
        base_grow((void **)&m->tok_sets, &m->tok_sets_cap, n + 1, sizeof *m->tok_sets) < 0 ||
        base_grow((void **)&m->lemma_sets, &m->lemma_sets_cap, n + 1, sizeof *m->lemma_sets) < 0 ||
        base_grow((void **)&m->kid, &m->kid_cap, np + 1, sizeof *m->kid) < 0 ||
        base_grow((void **)&m->sib, &m->sib_cap, np + 1, sizeof *m->sib) < 0) {
        m->ls = NULL;
        return -1;
    }
    for (size_t i = 0; i < np; i++)
        m->kid[i] = -1;
    for (size_t i = np; i-- > 0;) {   /* backwards: each list in phrase order */
        int32_t up = ls->phrases[i].up;
        m->sib[i] = up >= 0 ? m->kid[up] : -1;
        if (up >= 0)
            m->kid[up] = (int32_t)i;
    }
    for (size_t i = 0; i < np; i++)
        m->np_ref[i] = (ment_ref){MREF_NONE, -1};
    for (size_t i = 0; i < n; i++)
        m->tok_ref[i] = (ment_ref){MREF_NONE, -1};
    memset(m->tok_sets, 0, n * sizeof *m->tok_sets);
    memset(m->lemma_sets, 0, n * sizeof *m->lemma_sets);
    roles(m);
    int32_t last = -1;
    for (uint32_t k = 0; k < n; k++) {
        if (ls->tags[k] == TAG_PRPS) {
            m->tok_ref[k] = pronoun(m, k, -1);
            if (m->tok_ref[k].how != MREF_NONE && emit(m, k, k + 1, MREF_PRONOUN, m->tok_ref[k].ent) < 0)
                return -1;
        }
        int32_t b = ls->np_of[k];
        if (b < 0 || b == last || ls->phrases[b].first != k)
            continue;
        last = b;
        if (read_phrase(m, b) < 0)
            return -1;
        /* a coordination whose last member this was */
        int32_t up = ls->phrases[b].up;
        /* the owned phrase whose possessor this was */
        if ((ls->phrases[b].flags & PHF_POSS) && up >= 0 && ls->phrases[up].kind == PH_NP &&
            (ls->phrases[up].flags & PHF_OWNED) && ls->phrases[up].first == ls->phrases[b].first &&
            read_owned(m, up, b) < 0)
            return -1;
        if (up >= 0 && ls->phrases[up].kind == PH_NP && (ls->phrases[up].flags & PHF_COORD) &&
            ls->phrases[up].end == ls->phrases[b].end && read_coordination(m, up) < 0)
            return -1;
    }
    return 0;
}
