/*
** names.c — the people an article names, and who a noun phrase is.
**
** News introduces a person once in full, with a title or an apposition
** ("Chinese Foreign Minister Wang Yi", "Bonnie Glaser, a China expert at
** the German Marshall Fund"), then shortens the name ("Mr. Wang", "Ms.
** Glaser", "Xi"). The name table keeps, per document, the fullest name of
** each person with the description and code first seen, keyed by the
** name's first and last words, so that a short form finds its full name in
** one hash probe. A name is taken as a person's only on evidence: a title
** or honorific before it, an apposition after it, the dictionary's people,
** or because it is said to speak.
*/
#include "article/article_int.h"

#include <stdlib.h>
#include <string.h>

#define WORD_MAX 32   /* longest word compared with the lists below */

/* The lists are lower case, without final periods; wordset.c makes them
** one hash (art_names_init). */

/* Honorifics: stay with a surname the article never gave in full. */
static const char *const honorifics[] = {
    "dame", "dr", "fr", "lady", "lord", "madam", "miss", "mr", "mrs", "ms", "mx",
    "prof", "rev", "sir"};
static const char *const male_honorifics[] = {"lord", "mr", "sir"};
static const char *const female_honorifics[] = {"dame", "lady", "madam", "miss", "mrs", "ms"};

/* Words that end a title written before a name: "Foreign *Minister* Wang
** Yi", "*Gen.* Mark Milley", "U.S. Secretary of *State* Antony Blinken". */
static const char *const titles[] = {
    "adm", "administrator", "admiral", "adviser", "advisor", "affairs", "ambassador",
    "analyst", "archbishop", "assistant", "attorney", "ayatollah", "bishop", "brig",
    "capt", "captain", "cardinal", "ceo", "chair", "chairman", "chairperson",
    "chairwoman", "chancellor", "chief", "cmdr", "coach", "col", "colonel", "commander",
    "commissioner", "comptroller", "congressman", "congresswoman", "correspondent",
    "counsel", "defence", "defense", "delegate", "deputy", "director", "economist",
    "editor", "emir", "emperor", "envoy", "executive", "foreign", "founder", "gen",
    "general", "gov", "governor", "head", "imam", "inspector", "interior", "judge",
    "justice", "king", "leader", "lieutenant", "lt", "maj", "major", "manager",
    "marshal", "mayor", "minister", "mp", "officer", "pope", "premier", "president",
    "prime", "prince", "princess", "professor", "prosecutor", "queen", "rabbi", "rep",
    "representative", "secretary", "secretary-general", "sen", "senator", "sgt",
    "sheikh", "speaker", "spokesman", "spokesperson", "spokeswoman", "state", "sultan",
    "superintendent", "treasurer", "undersecretary", "vice", "vice-president"};

/* Titles that are surnames too: "Prime Minister John *Major*". */
static const char *const surname_titles[] = {"bishop", "judge", "king", "major", "pope",
                                             "speaker"};

/* Last words of organisations, never of a person's name. */
static const char *const org_words[] = {
    "administration", "agency", "airlines", "airways", "alliance", "army", "assembly",
    "association", "authority", "bancorp", "bank", "battalion", "board", "brigade",
    "brigades", "bureau", "capital", "center", "centre", "chemical", "chemicals",
    "church", "co", "coalition", "college", "command", "commission", "committee",
    "communications", "company", "congress", "corp", "corporation", "corps", "council",
    "court", "daily", "department", "electric", "emirates", "energy", "exchange",
    "federation", "force", "forces", "foundation", "front", "fund", "gazette",
    "government", "group", "guard", "herald", "holdings", "hospital", "house", "inc",
    "industries", "institute", "institution", "insurance", "international", "journal",
    "kingdom", "league", "ltd", "magazine", "media", "mining", "ministry", "motors",
    "movement", "nations", "navy", "network", "news", "office", "oil", "organisation",
    "organization", "parliament", "partners", "party", "petroleum", "plc", "police",
    "post", "press", "radio", "republic", "reserve", "resources", "review", "school",
    "securities", "senate", "service", "services", "society", "states", "steel",
    "systems", "telegraph", "television", "times", "tribunal", "tribune", "trust",
    "union", "university", "watch"};

/* Small words inside a name: "Mohammed *bin* Salman", "Ursula *von der* Leyen". */
static const char *const particles[] = {
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn",
    "la", "le", "van", "von"};

#define COUNT(list) (sizeof list / sizeof list[0])

/* Folds token k into buf (lower-case ASCII, a final period dropped);
** returns its length, or 0 when longer than WORD_MAX - 1. */
static size_t fold_tok(const lang_sent *s, size_t k, char *buf)
{
    size_t n;
    const char *t = art_tok(s, k, &n);
    if (n > 1 && t[n - 1] == '.')
        n--;
    if (n >= WORD_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        buf[i] = (t[i] >= 'A' && t[i] <= 'Z') ? (char)(t[i] + 32) : t[i];
    buf[n] = '\0';
    return n;
}

/* Is s[0..n) the folded word w (n bytes), ignoring ASCII case? */
static int fold_eq(const char *s, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
        if (c != w[i])
            return 0;
    }
    return 1;
}

int art_names_init(art_doc *a)
{
    static const base_word_list lists[] = {
        {titles, COUNT(titles), ART_TC_TITLE},
        {surname_titles, COUNT(surname_titles), ART_TC_SURNAME},
        {honorifics, COUNT(honorifics), ART_TC_HONORIFIC},
        {male_honorifics, COUNT(male_honorifics), ART_TC_MALE},
        {female_honorifics, COUNT(female_honorifics), ART_TC_FEMALE},
        {org_words, COUNT(org_words), ART_TC_ORG},
        {particles, COUNT(particles), ART_TC_PARTICLE}};
    return base_wordset_init(&a->name_words, lists, COUNT(lists));
}

/* Which of the lists above token k of s is in, as ART_TC_* bits, looked
** up once per sentence and token (a->tclass, cleared by art_sentence). */
static unsigned tclass(const art_doc *a, const lang_sent *s, size_t k)
{
    uint8_t c = a->tclass[k];
    if (c)
        return c;
    c = ART_TC_DONE;
    if (s->toks[k].kind == DYAD_TOK_WORD) {
        /* the word as written, less a final full stop ("Mr."), folded as
        ** the set reads it: no copy */
        size_t n;
        const char *t = art_tok(s, k, &n);
        if (n > 1 && t[n - 1] == '.')
            n--;
        if (n < WORD_MAX)
            c |= (uint8_t)base_wordset_get_fold(&a->name_words, t, n);
    }
    a->tclass[k] = c;
    return c;
}

int art_title_word(const art_doc *a, const char *word, size_t len)
{
    if (len > 1 && word[len - 1] == '.')
        len--;
    return len < WORD_MAX && (base_wordset_get_fold(&a->name_words, word, len) &
                              (ART_TC_TITLE | ART_TC_HONORIFIC)) != 0;
}

/* Could token k be a word of a person's name? A capitalised word tagged as
** a proper noun (or a noun, past the sentence's first word), not an
** acronym ("CNA", "NATO"). */
static int name_word(const lang_sent *s, size_t k)
{
    const dyad_token *t = &s->toks[k];
    if (t->kind != DYAD_TOK_WORD || !(t->flags & DYAD_TF_CAPITALIZED))
        return 0;
    int tag = s->tags[k];
    if (!tag_is_proper(tag) && tag != TAG_FW && !(k > 0 && (tag_is_noun(tag) || tag == TAG_UH)))
        return 0;
    size_t upper = 0;
    const char *p = s->text + t->start;
    for (uint32_t i = 0; i < t->len; i++) {
        if (p[i] >= 'a' && p[i] <= 'z')
            return 1;   /* a small letter: no acronym, and most say so at once */
        upper += p[i] >= 'A' && p[i] <= 'Z';
    }
    if (upper == 1)
        return 1;
    /* initials: "A.W.", "J.P." */
    for (uint32_t i = 0; i < t->len; i += 2)
        if (!(p[i] >= 'A' && p[i] <= 'Z') || i + 1 >= t->len || p[i + 1] != '.')
            return 0;
    return 1;
}

/* ---- reading a noun phrase ---- */

/* Fills ids for tokens [first, first + n) of s. */
static void span_ids(const art_doc *a, const lang_sent *s, size_t first, size_t n, dict_wid *ids)
{
    if (a->ids) {   /* the coder's, made once per sentence */
        memcpy(ids, a->ids + first, n * sizeof *ids);
        return;
    }
    dict_word w[ART_SPAN_MAX];
    for (size_t i = 0; i < n; i++)
        w[i].s = art_tok(s, first + i, &w[i].len);
    dict_word_ids(a->d, w, n, ids);
}

/* The end of the words that may name someone in noun phrase np: past a
** possessive, and over a name the tagger cut short ("Daniel Oh/UH"). */
static uint32_t name_end(const lang_sent *s, const phrase *np)
{
    uint32_t first = np->first, end = np->end;
    while (end > first && (s->tags[end - 1] == TAG_POS || s->toks[end - 1].kind == DYAD_TOK_CLITIC))
        end--;
    if (end == np->end && end > first && name_word(s, end - 1))
        while (end < s->n && end < np->end + 2 && s->tags[end] == TAG_UH && name_word(s, end))
            end++;
    return end;
}

/* Where the name that ends at end starts: back over name words and the
** particles inside a name ("bin", "von"), to a title or honorific. */
static uint32_t name_start(const art_doc *a, const lang_sent *s, uint32_t first, uint32_t end)
{
    uint32_t k = end;
    while (k > first) {
        uint32_t t = k - 1;
        if (k < end && t > first && !(s->toks[t].flags & DYAD_TF_CAPITALIZED) &&
            (tclass(a, s, t) & ART_TC_PARTICLE) && name_word(s, t - 1)) {
            k--;
            continue;
        }
        if (!name_word(s, t) || (tclass(a, s, t) & ART_TC_HONORIFIC))
            break;
        /* a few titles are surnames too, at the end after a name: "Prime
        ** Minister John Major" (never "the Chief Technology Officer") */
        if ((tclass(a, s, t) & ART_TC_TITLE) &&
            !(k == end && t > first && (tclass(a, s, t) & ART_TC_SURNAME) &&
              name_word(s, t - 1) && !(tclass(a, s, t - 1) & ART_TC_TITLE) &&
              !(tclass(a, s, t - 1) & ART_TC_HONORIFIC)))
            break;
        k--;
    }
    return end - k > ART_SPAN_MAX ? end - ART_SPAN_MAX : k;
}

/* What the dictionary says of the name out->first..end: a country word
** before it goes to the title ("Russian" in "Russian Sergei Lavrov"); a
** person it knows gives out->known; a name it files as an actor is no
** person's ("Xinhua", "Hamas"): returns 1 then. */
static int name_in_dictionary(const art_doc *a, const lang_sent *s, art_name *out)
{
    while (out->first < out->end) {
        dict_wid ids[ART_SPAN_MAX];
        size_t n = out->end - out->first;
        span_ids(a, s, out->first, n, ids);
        dict_match m;
        size_t len = dict_match_actor(a->d, ids, n, 0, a->date, &m);
        if (len == n && m.actor->kind == DICT_PERSON) {
            out->known = m.actor;
            out->known_code = m.code;
        } else if (len == n) {
            return 1;
        } else if (len > 0 && m.actor->kind == DICT_ACTOR) {
            out->first += (uint32_t)len;
            continue;
        }
        return 0;
    }
    return 0;
}

/* What stands before the name in noun phrase np, from token tf (past the
** determiners): an honorific (with the sex it tells), a title, a role noun
** ("administrator Emily Murphy"), or a title the phrase hangs on through
** "of" ("U.S. Secretary of [State Antony Blinken]"). Returns 1 for a role
** noun. */
static int name_title(const art_doc *a, const lang_sent *s, const phrase *np, uint32_t tf,
                      art_name *out)
{
    out->title_first = tf;
    out->title_end = out->first;
    if (out->first > np->first && (tclass(a, s, out->first - 1) & ART_TC_HONORIFIC)) {
        out->honorific = (int32_t)(out->first - 1);
        out->title_end = out->first - 1;
        if (tclass(a, s, out->first - 1) & ART_TC_MALE)
            out->gender = 'm';
        else if (tclass(a, s, out->first - 1) & ART_TC_FEMALE)
            out->gender = 'f';
    }
    if (out->title_first > out->title_end)
        out->title_first = out->title_end;
    for (uint32_t t = tf; t < out->first; t++)
        if (tclass(a, s, t) & (ART_TC_TITLE | ART_TC_HONORIFIC))
            out->titled = 1;
    int role = out->first > tf && tag_is_noun(s->tags[out->first - 1]) &&
               !(s->toks[out->first - 1].flags & DYAD_TF_CAPITALIZED);
    if (role)
        out->titled = 1;
    if (tf == np->first && np->up >= 0 && s->phrases[np->up].kind == PH_PP &&
        art_tok_is(s, s->phrases[np->up].first, "of") && s->phrases[np->up].up >= 0) {
        const phrase *u = &s->phrases[s->phrases[np->up].up];
        if (u->kind == PH_NP && u->end == s->phrases[np->up].first &&
            (tclass(a, s, u->head) & ART_TC_TITLE)) {
            out->title_first = u->first;
            out->titled = 1;
        }
    }
    return role;
}

/* Splits noun phrase np into title, honorific and name (art_name), and
** says whether it names a person: a name, not an actor's nor an
** organisation's, with no determiner unless a title comes with it, and no
** coordination unless a role noun stands before the name ("Peters and Co
** oil analyst Wilf Gobert"). */
static void name_parse(const art_doc *a, const lang_sent *s, const phrase *np, art_name *out)
{
    memset(out, 0, sizeof *out);
    out->honorific = -1;
    out->end = name_end(s, np);
    out->first = name_start(a, s, np->first, out->end);
    int actor = name_in_dictionary(a, s, out);
    uint32_t tf = np->first;
    while (tf < out->first && (s->tags[tf] == TAG_DT || s->tags[tf] == TAG_PRPS))
        tf++;
    int det = tf > np->first;
    int role = name_title(a, s, np, tf, out);
    out->person = out->first < out->end && !actor &&
                  !(tclass(a, s, out->end - 1) & ART_TC_ORG) && (!det || out->titled) &&
                  (!(np->flags & PHF_COORD) || role);
}

/* The code of the words [first, end) of s: a person's whose name reaches
** token name or past it, else an actor's, joined to an agent beside a
** country ("Chinese Foreign Minister" -> CHNGOV); NULL when the
** dictionary names no actor there. Writes into buf. A person named in a
** title gives no code ("Trump loyalist Stephen Schwarzman" is not the
** government); one whose name runs into the name does ("King Fahd"). */
static const char *span_code(const art_doc *a, const lang_sent *s, uint32_t first, uint32_t end,
                             uint32_t name, char *buf, size_t cap)
{
    if (end <= first)
        return NULL;
    size_t n = end - first < ART_SPAN_MAX ? end - first : ART_SPAN_MAX;
    dict_wid ids[ART_SPAN_MAX];
    span_ids(a, s, first, n, ids);
    const char *person = NULL, *actor = NULL;
    const dict_agent *agent = NULL;
    for (size_t k = 0; k < n; k++) {
        dict_match m;
        size_t len = dict_match_actor(a->d, ids, n, k, a->date, &m);
        if (len > 0) {
            if (m.code && m.actor->kind == DICT_PERSON) {
                if (first + k + len > name && !person)
                    person = m.code;
            } else if (m.code && !actor)
                actor = m.code;
            k += len - 1;
            continue;
        }
        const dict_agent *ag;
        size_t alen = dict_match_agent(a->d, ids, n, k, &ag);
        if (alen > 0) {
            if (!agent)
                agent = ag;
            k += alen - 1;
        }
    }
    if (person)
        return person;
    if (!actor)
        return NULL;
    /* a bare country (three capitals) takes the agent beside it */
    int country = strlen(actor) == 3;
    for (int i = 0; i < 3 && country; i++)
        country = actor[i] >= 'A' && actor[i] <= 'Z';
    if (agent && country && dict_agent_join(agent, actor, buf, cap) < cap)
        return buf;
    return actor;
}

/* The words of apposition ap: from its start to the comma, quote mark,
** parenthesis or finite verb that ends it. */
static uint32_t appos_end(const lang_sent *s, const phrase *ap)
{
    uint32_t k = ap->first;
    for (; k < s->n; k++) {
        int t = s->tags[k];
        if (t == TAG_COMMA || t == TAG_COLON || t == TAG_PERIOD || t == TAG_LQUOTE ||
            t == TAG_RQUOTE || t == TAG_LRB || t == TAG_RRB || t == TAG_WDT || t == TAG_WP ||
            tag_is_finite(t))
            break;
    }
    return k;
}

/* Is apposition ap only a number (an age: "Mr. Putin, 70,")? */
static int appos_number(const lang_sent *s, const phrase *ap)
{
    for (uint32_t k = ap->first; k < ap->end; k++)
        if (s->tags[k] != TAG_CD)
            return 0;
    return 1;
}

/* Copies tokens [first, end) of s into the pool as written, each line
** break or run of spaces between them made one space. */
static uint32_t keep_span(art_doc *a, const lang_sent *s, uint32_t first, uint32_t end)
{
    if (end <= first)
        return ART_NONE;
    uint32_t off = (uint32_t)a->pool.len;
    for (uint32_t k = first; k < end; k++) {
        if (k > first && (s->toks[k].flags & DYAD_TF_SPACE_BEFORE))
            sb_putc(&a->pool, ' ');
        sb_append(&a->pool, s->text + s->toks[k].start, s->toks[k].len);
    }
    sb_putc(&a->pool, '\0');
    if (a->pool.oom) {
        a->oom = 1;
        return ART_NONE;
    }
    return off;
}

/* The description a mention gives: its title, its apposition, or both
** ("Foreign Minister, a veteran diplomat"). */
static uint32_t mention_desc(art_doc *a, const lang_sent *s, const art_name *nm, int32_t np)
{
    uint32_t tf = nm->title_first, te = nm->title_end;
    int32_t ap = a->appos[np];
    if (ap < 0 && nm->end > nm->first && nm->end + 1 < s->n && s->tags[nm->end] == TAG_COMMA &&
        s->tags[nm->end + 1] == TAG_DT) {
        /* one lang did not mark: "Daniel Oh, a researcher who ..." */
        int32_t cand = s->np_of[nm->end + 1];
        if (cand >= 0 && s->phrases[cand].first == nm->end + 1) {
            uint32_t e = appos_end(s, &s->phrases[cand]);
            if (e >= s->n || s->tags[e] == TAG_COMMA || s->tags[e] == TAG_PERIOD ||
                s->tags[e] == TAG_WP || s->tags[e] == TAG_WDT)
                ap = cand;
        }
    }
    uint32_t af = 0, ae = 0;
    if (ap >= 0 && !appos_number(s, &s->phrases[ap])) {
        af = s->phrases[ap].first;
        ae = appos_end(s, &s->phrases[ap]);
    }
    if (te > tf && ae > af) {
        /* two pool strings made one: the first's NUL becomes ", " */
        uint32_t off = keep_span(a, s, tf, te);
        if (off == ART_NONE)
            return ART_NONE;
        a->pool.len--;
        sb_puts(&a->pool, ", ");
        size_t before = a->pool.len;
        if (keep_span(a, s, af, ae) == ART_NONE || a->pool.len <= before)
            return ART_NONE;
        return off;
    }
    return te > tf ? keep_span(a, s, tf, te) : keep_span(a, s, af, ae);
}

/* ---- the name table ---- */

/* The key index of folded word w (n bytes), or -1; *slot gets where it is
** or would go. */
static int32_t key_find(const art_doc *a, const char *w, size_t n, size_t *slot)
{
    size_t mask = a->nslots - 1;
    for (size_t i = base_hash(BASE_HASH_SEED, w, n) & mask;; i = (i + 1) & mask) {
        uint32_t v = a->slots[i];
        if (v == 0) {
            *slot = i;
            return -1;
        }
        const art_key *k = &a->keys[v - 1];
        if (k->len == n && memcmp(a->pool.s + k->word, w, n) == 0) {
            *slot = i;
            return (int32_t)(v - 1);
        }
    }
}

/* The person whose full name has folded word w as first or last word. */
static int32_t person_by_word(const art_doc *a, const char *w, size_t n)
{
    if (a->nkeys == 0)
        return -1;
    size_t slot;
    int32_t k = key_find(a, w, n, &slot);
    return k < 0 ? -1 : a->keys[k].person;
}

/* Doubles the hash table when it is half full. Returns -1 when out of memory. */
static int keys_room(art_doc *a)
{
    if (a->nslots && (a->nkeys + 1) * 2 <= a->nslots)
        return 0;
    size_t ns = a->nslots ? a->nslots * 2 : 64;
    uint32_t *sl = dy_calloc(ns, sizeof *sl);
    if (!sl)
        return -1;
    dy_free(a->slots);
    a->slots = sl;
    a->nslots = ns;
    for (size_t i = 0; i < a->nkeys; i++) {
        size_t slot;
        key_find(a, a->pool.s + a->keys[i].word, a->keys[i].len, &slot);
        a->slots[slot] = (uint32_t)i + 1;
    }
    return 0;
}

/* Points folded word w at person p (the person named last wins a word). */
static void key_set(art_doc *a, const char *w, size_t n, int32_t p)
{
    if (keys_room(a) < 0 ||
        base_grow((void **)&a->keys, &a->keys_cap, a->nkeys + 1, sizeof *a->keys) < 0) {
        a->oom = 1;
        return;
    }
    size_t slot;
    int32_t k = key_find(a, w, n, &slot);
    if (k >= 0) {
        a->keys[k].person = p;
        return;
    }
    uint32_t off = art_keep(a, w, n);
    if (off == ART_NONE)
        return;
    a->keys[a->nkeys] = (art_key){.word = off, .len = (uint32_t)n, .person = p};
    a->slots[slot] = (uint32_t)++a->nkeys;
}

void art_names_reset(art_doc *a)
{
    for (size_t i = 0; i < a->nslots; i++)
        a->slots[i] = 0;
    a->nkeys = 0;
    a->npeople = 0;
    a->nrecent = 0;
    a->last_speaker = -1;
    a->last_speaker_sent = 0;
    a->last_group = a->last_org = (art_who){ART_NONE, ART_NONE, ART_NONE, -1};
    a->last_group_sent = a->last_org_sent = 0;
    a->last_org_person = 0;
}

/* Puts person p first among the people mentioned last. */
static void mention(art_doc *a, int32_t p)
{
    int i = 0;
    while (i < a->nrecent && a->recent[i] != p)
        i++;
    if (i == a->nrecent && a->nrecent < ART_RECENT)
        a->nrecent++;
    if (i == ART_RECENT)
        i = ART_RECENT - 1;
    memmove(&a->recent[1], &a->recent[0], (size_t)i * sizeof a->recent[0]);
    a->recent[0] = p;
}

/* The name a mention gives: its words, or the dictionary's full name of
** the person ("Putin" -> "Vladimir Putin") when that reads as a name (no
** PETRARCH-style "VLADIMIR_PUTIN"). */
static uint32_t mention_name(art_doc *a, const lang_sent *s, const art_name *nm, int *ntoks)
{
    *ntoks = (int)(nm->end - nm->first);
    if (nm->known && *ntoks == 1) {
        const char *n = nm->known->name;
        int lower = 0, words = 1;
        for (const char *p = n; *p; p++) {
            lower |= *p >= 'a' && *p <= 'z';
            words += *p == ' ';
            if (*p == '_')
                lower = -100;
        }
        if (lower > 0) {
            *ntoks = words;
            return art_keep(a, n, strlen(n));
        }
    }
    if (*ntoks == 1 && nm->honorific >= 0) {   /* "Ms. Okafor", never given in full */
        *ntoks = 1;
        return keep_span(a, s, (uint32_t)nm->honorific, nm->end);
    }
    return keep_span(a, s, nm->first, nm->end);
}

/* The code a mention gives: the dictionary's person, else its title's
** ("Chinese Foreign Minister" -> CHNGOV); ART_NONE when neither. */
static uint32_t mention_code(art_doc *a, const lang_sent *s, const art_name *nm)
{
    char buf[64];
    const char *c = nm->known_code ? nm->known_code
                                   : span_code(a, s, nm->title_first, nm->end, nm->first, buf,
                                               sizeof buf);
    return c ? art_keep(a, c, strlen(c)) : ART_NONE;
}

/* Person p is named again: a fuller name replaces the one kept, and what
** was not known yet (description, code, sex) is filled in. */
static void person_update(art_doc *a, const lang_sent *s, const art_name *nm, int32_t np,
                          int32_t p)
{
    if ((int)(nm->end - nm->first) > a->people[p].ntoks || (nm->known && a->people[p].ntoks < 2)) {
        int ntoks;
        uint32_t name = mention_name(a, s, nm, &ntoks);
        if (name != ART_NONE) {
            a->people[p].name = name;
            a->people[p].ntoks = (uint16_t)ntoks;
        }
    }
    art_person *e = &a->people[p];
    if (e->desc == ART_NONE)
        e->desc = mention_desc(a, s, nm, np);
    if (e->code == ART_NONE)
        e->code = mention_code(a, s, nm);
    if (!e->gender)
        e->gender = nm->gender;
}

/* A person named for the first time; returns the index, or -1. */
static int32_t person_add(art_doc *a, const lang_sent *s, const art_name *nm, int32_t np)
{
    if (base_grow((void **)&a->people, &a->people_cap, a->npeople + 1, sizeof *a->people) < 0) {
        a->oom = 1;
        return -1;
    }
    art_person *e = &a->people[a->npeople];
    memset(e, 0, sizeof *e);
    int ntoks;
    e->name = mention_name(a, s, nm, &ntoks);
    if (e->name == ART_NONE)
        return -1;
    e->ntoks = (uint16_t)ntoks;
    e->desc = mention_desc(a, s, nm, np);
    e->code = mention_code(a, s, nm);
    e->gender = nm->gender;
    return (int32_t)a->npeople++;
}

/* Adds or updates the person a mention names (the same person when the
** name's last word finds someone whose first word agrees, or when either
** form is a single word); returns its index, or -1. Every word of the name
** then finds it: "Lula" in "Luiz Inacio Lula da Silva"; not the particles
** and initials. */
static int32_t person_note(art_doc *a, const lang_sent *s, const art_name *nm, int32_t np)
{
    char first[WORD_MAX], last[WORD_MAX];
    size_t nf = fold_tok(s, nm->first, first), nl = fold_tok(s, nm->end - 1, last);
    if (!nf || !nl)
        return -1;
    int32_t p = person_by_word(a, last, nl);
    if (p >= 0) {
        const char *en = a->pool.s + a->people[p].name;
        size_t fl = 0;
        while (en[fl] && en[fl] != ' ')
            fl++;
        if (a->people[p].ntoks < 2 || nm->end - nm->first < 2 ||
            (fl == nf && fold_eq(en, first, nf)))
            person_update(a, s, nm, np, p);
        else
            p = -1;
    }
    if (p < 0 && (p = person_add(a, s, nm, np)) < 0)
        return -1;
    for (uint32_t k = nm->first; k < nm->end; k++) {
        char w[WORD_MAX];
        size_t n = fold_tok(s, k, w);
        if (n > 1 && (s->toks[k].flags & DYAD_TF_CAPITALIZED) &&
            !(s->toks[k].flags & DYAD_TF_ABBREV))
            key_set(a, w, n, p);
    }
    return a->oom ? -1 : p;
}

/* ---- who a noun phrase is ---- */

uint32_t art_np_extent(const art_doc *a, const lang_sent *s, int32_t np)
{
    const phrase *ph = &s->phrases[np];
    uint32_t end = ph->end;
    int32_t q;
    while (end < s->n && (q = a->pp_at[end]) >= 0 && s->phrases[q].up >= 0 &&
           s->phrases[s->phrases[q].up].first >= ph->first &&
           s->phrases[s->phrases[q].up].end <= end)
        end = s->phrases[q].end;
    return end;
}

/* "they" and "it" as speakers: the last group or organisation that spoke,
** in the last three sentences ("The two institutes said ... . "...," they
** said."). */
static int pronoun_group(art_doc *a, const lang_sent *s, const phrase *ph, art_who *out)
{
    if (ph->end != ph->first + 1)
        return 0;
    const art_who *w = NULL;
    long when = 0;
    if (art_tok_is(s, ph->first, "they")) {
        w = &a->last_group;
        when = a->last_group_sent;
    } else if (art_tok_is(s, ph->first, "it")) {
        w = &a->last_org;
        when = a->last_org_sent;
    }
    if (!w || w->name == ART_NONE || a->sent - when > 3)
        return 0;
    *out = *w;
    return 1;
}

/* The person a pronoun of sex want ('m' or 'f') stands for: whoever spoke
** in the last two sentences, else the person mentioned last, of that sex
** or of none known; -1 for no one. */
static int32_t pronoun_pick(const art_doc *a, char want)
{
    int32_t p = -1;
    if (a->last_speaker >= 0 && a->sent - a->last_speaker_sent <= 2 &&
        (!a->people[a->last_speaker].gender || a->people[a->last_speaker].gender == want))
        p = a->last_speaker;
    for (int i = 0; i < a->nrecent && p < 0; i++) {
        char g = a->people[a->recent[i]].gender;
        if (!g || g == want)
            p = a->recent[i];
    }
    return p;
}

/* The person "he" or "she" stands for as a speaker, when no unnamed one
** spoke last (unnamed_speaker): whoever spoke in the
** last two sentences, else the person mentioned last ("he" a man or a
** person of unknown sex, "she" a woman or unknown); -1 for other pronouns.
** The pronoun then gives the person's sex when it was unknown. */
int art_pronoun_speaker(const art_doc *a, char want, const char **name, const char **code)
{
    int32_t p = pronoun_pick(a, want);
    if (p < 0)
        return 0;
    *name = art_str(a, a->people[p].name);
    *code = art_str(a, a->people[p].code);
    return *name != NULL;
}

static int32_t pronoun_person(art_doc *a, const lang_sent *s, const phrase *ph)
{
    if (ph->end != ph->first + 1)
        return -1;
    char want;
    if (art_tok_is(s, ph->first, "he"))
        want = 'm';
    else if (art_tok_is(s, ph->first, "she"))
        want = 'f';
    else
        return -1;
    int32_t p = pronoun_pick(a, want);
    if (p >= 0 && !a->people[p].gender)
        a->people[p].gender = want;
    return p;
}

/* The apposition of noun phrase ph (index np), or one lang did not mark:
** a proper noun phrase between commas right after it; -1 for none. */
static int32_t apposition(const art_doc *a, const lang_sent *s, int32_t np)
{
    const phrase *ph = &s->phrases[np];
    if (a->appos[np] >= 0 || ph->end + 1 >= s->n || s->tags[ph->end] != TAG_COMMA)
        return a->appos[np];
    int32_t cand = s->np_of[ph->end + 1];
    if (cand >= 0 && s->phrases[cand].first == ph->end + 1 &&
        (s->phrases[cand].flags & PHF_PROPER) &&
        (s->phrases[cand].end >= s->n || s->tags[s->phrases[cand].end] == TAG_COMMA))
        return cand;
    return -1;
}

/* The person noun phrase np names when it speaks, or -1; *desc gets the
** mention's description. Its own name ("Ms. Glaser"), else the name in
** its "of" phrase ("U.S. Secretary [of State Antony Blinken]"), else the
** name in its apposition ("Hungary's prime minister, [Viktor Orban],"),
** which the phrase then describes. */
static int32_t speaking_person(art_doc *a, const lang_sent *s, int32_t np, uint32_t *desc)
{
    const phrase *ph = &s->phrases[np];
    art_name nm;
    int32_t p;
    *desc = ART_NONE;
    name_parse(a, s, ph, &nm);
    if (nm.person && (p = person_note(a, s, &nm, np)) >= 0) {
        *desc = mention_desc(a, s, &nm, np);
        return p;
    }
    int32_t ap = apposition(a, s, np);
    int32_t q = ph->end < s->n ? a->pp_at[ph->end] : -1;
    if (ap < 0 && q >= 0) {
        const phrase *pp = &s->phrases[q];
        if (pp->up == np && pp->np >= 0 && art_tok_is(s, pp->first, "of") &&
            (s->phrases[pp->np].flags & PHF_PROPER)) {
            name_parse(a, s, &s->phrases[pp->np], &nm);
            if (nm.person && nm.titled && (p = person_note(a, s, &nm, pp->np)) >= 0) {
                *desc = mention_desc(a, s, &nm, pp->np);
                return p;
            }
        }
    }
    if (ap >= 0) {
        name_parse(a, s, &s->phrases[ap], &nm);
        if (nm.person && (p = person_note(a, s, &nm, ap)) >= 0) {
            *desc = keep_span(a, s, ph->first, ph->end);
            if (a->people[p].desc == ART_NONE)
                a->people[p].desc = *desc;
            return p;
        }
    }
    return -1;
}

/* A speaker who is no person: the phrase's own words and what hangs on
** them ("the ministry", "a spokesman for the Chinese Foreign Ministry"), a
** capital "The" made small; its apposition and code. Remembered for the
** "they" or "it" that may follow. */
static void phrase_speaker(art_doc *a, const lang_sent *s, int32_t np, art_who *out)
{
    const phrase *ph = &s->phrases[np];
    uint32_t end = art_np_extent(a, s, np);
    out->name = keep_span(a, s, ph->first, end);
    if (out->name != ART_NONE && s->tags[ph->first] == TAG_DT &&
        (art_tok_is(s, ph->first, "the") || art_tok_is(s, ph->first, "a") ||
         art_tok_is(s, ph->first, "an"))) {
        char *c = a->pool.s + out->name;
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c + 32);
    }
    art_name none = {.honorific = -1};
    out->desc = mention_desc(a, s, &none, np);
    char buf[64];
    /* several speakers ("Xi and Putin said") have no one code */
    const char *code = (ph->flags & PHF_COORD) ? NULL
                                               : span_code(a, s, ph->first, end, ph->first,
                                                           buf, sizeof buf);
    if (code)
        out->code = art_keep(a, code, strlen(code));
    size_t hl;
    const char *h = art_tok(s, ph->head, &hl);
    int plural = (ph->flags & PHF_COORD) || s->tags[ph->head] == TAG_NNS ||
                 s->tags[ph->head] == TAG_NNPS ||
                 (hl > 3 && h[hl - 1] == 's' && h[hl - 2] != 's' && h[0] >= 'a' && h[0] <= 'z');
    if (plural) {
        a->last_group = *out;
        a->last_group_sent = a->sent;
    } else {
        a->last_org = *out;
        a->last_org_sent = a->sent;
        /* "an official at the embassy", "the spokeswoman": one person
        ** no name tells, whom "he" or "she" may stand for
        ** (unnamed_speaker); not "the president", most often a leader
        ** named before */
        int post = art_tok_is(s, ph->head, "official") || art_tok_is(s, ph->head, "spokesman") ||
                   art_tok_is(s, ph->head, "spokeswoman") ||
                   art_tok_is(s, ph->head, "spokesperson");
        int indefinite = art_tok_is(s, ph->first, "a") || art_tok_is(s, ph->first, "an");
        a->last_org_person = s->tags[ph->head] == TAG_NN &&
                             (post ||
                              (indefinite && (tclass(a, s, ph->head) & ART_TC_TITLE)));
    }
}

/* "An official at the embassy said ... . "...," she added.": "he" or
** "she" as a speaker is the unnamed person who spoke last when he spoke
** after every named one, in the last two sentences. Returns 1 and fills
** *out, or 0. */
static int unnamed_speaker(const art_doc *a, const lang_sent *s, const phrase *ph,
                           art_who *out)
{
    if (!a->last_org_person || a->last_org.name == ART_NONE || a->sent - a->last_org_sent > 2 ||
        (a->last_speaker >= 0 && a->last_speaker_sent >= a->last_org_sent) ||
        ph->end != ph->first + 1 ||
        !(art_tok_is(s, ph->first, "he") || art_tok_is(s, ph->first, "she")))
        return 0;
    *out = a->last_org;
    return 1;
}

void art_speaker(art_doc *a, const lang_sent *s, int32_t np, art_who *out)
{
    *out = (art_who){ART_NONE, ART_NONE, ART_NONE, -1};
    if (np < 0 || (size_t)np >= s->nphrases)
        return;
    const phrase *ph = &s->phrases[np];
    if ((ph->flags & PHF_APPOS) && ph->up >= 0 && s->phrases[ph->up].kind == PH_NP &&
        a->appos[ph->up] == np) {
        /* "Chris Wright, [the chief technology officer], said": the phrase
        ** the apposition describes speaks */
        np = ph->up;
        ph = &s->phrases[np];
    }
    uint32_t desc = ART_NONE;
    int32_t p;
    if (ph->flags & PHF_PRONOUN) {
        if (unnamed_speaker(a, s, ph, out))
            return;
        if ((p = pronoun_person(a, s, ph)) < 0) {
            pronoun_group(a, s, ph, out);
            return;
        }
    } else if ((p = speaking_person(a, s, np, &desc)) < 0) {
        phrase_speaker(a, s, np, out);
        return;
    }
    const art_person *e = &a->people[p];
    out->person = p;
    out->name = e->name;
    out->desc = desc != ART_NONE ? desc : e->desc;
    out->code = e->code;
    a->last_speaker = p;
    a->last_speaker_sent = a->sent;
    mention(a, p);
}

void art_names_sentence(art_doc *a, const lang_sent *s)
{
    /* subjects last, and the first subject (the main clause's, as a rule)
    ** last of all, so that it is the first person "he" finds */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t j = 0; j < s->nphrases; j++) {
            size_t i = pass ? s->nphrases - 1 - j : j;
            const phrase *ph = &s->phrases[i];
            if (ph->kind != PH_NP || !(ph->flags & PHF_PROPER) || (ph->flags & PHF_COORD) ||
                a->subject[i] != pass)
                continue;
            art_name nm;
            name_parse(a, s, ph, &nm);
            if (!nm.person)
                continue;
            int32_t p;
            /* an apposition to a title: "the prime minister, Viktor Orban" */
            int after_title = (ph->flags & PHF_APPOS) && ph->up >= 0 &&
                              (tclass(a, s, s->phrases[ph->up].head) & ART_TC_TITLE);
            if (nm.end - nm.first >= 2 || nm.titled || nm.known) {
                if (!nm.titled && !nm.known && a->appos[i] < 0 && !after_title) {
                    /* two capitalised words are not yet a person, but may
                    ** be one named before */
                    char w[WORD_MAX];
                    size_t n = fold_tok(s, nm.end - 1, w);
                    if (n && (p = person_by_word(a, w, n)) >= 0)
                        mention(a, p);
                    continue;
                }
                p = person_note(a, s, &nm, (int32_t)i);
            } else {
                char w[WORD_MAX];
                size_t n = fold_tok(s, nm.first, w);
                p = n ? person_by_word(a, w, n) : -1;
            }
            if (p >= 0)
                mention(a, p);
        }
    }
}

int art_person_find(const art_doc *a, const char *word, size_t len, art_person_info *out)
{
    char w[WORD_MAX];
    if (!a || !word || len == 0 || len >= WORD_MAX)
        return 0;
    for (size_t i = 0; i < len; i++)
        w[i] = (word[i] >= 'A' && word[i] <= 'Z') ? (char)(word[i] + 32) : word[i];
    int32_t p = person_by_word(a, w, len);
    if (p < 0)
        return 0;
    const art_person *e = &a->people[p];
    out->name = art_str(a, e->name);
    out->desc = art_str(a, e->desc);
    out->code = art_str(a, e->code);
    out->gender = e->gender;
    return 1;
}
