/*
** coder.c — events from clauses. For each clause: the verb's patterns are
** tried against the words after (and before) the verb; the best match
** gives the CAMEO code and may place the source and target; otherwise the
** clause structure does (subject -> source, object -> target; swapped by
** the passive voice). Noun phrases become actors through the dictionary:
** people and countries, agents joined to the country beside them, one
** actor per member of a coordination. A verb whose source or target cannot
** be found yields nothing: never every actor paired with every other.
*/
#include "coder/coder_int.h"
#include "text/doc.h"

#include <stdio.h>
#include <string.h>

static const char *const pronouns_skip[] = {"it", "this", "that", NULL};

int dyad_coder_new(const dyad_dict *dd, const dyad_coder_opts *opts, dyad_diag_fn diag,
                   void *ctx, dyad_coder **out)
{
    const char *why;
    if (out && !dict_usable(dd, &why)) {
        int rc = coder_create(NULL, opts, diag, ctx, out);
        if (*out)
            base_errmsg((*out)->errmsg, dd ? "dyad_coder_new: the dictionary did not load (%s)"
                                           : "dyad_coder_new: %s", why);
        return rc;
    }
    return coder_create(dict_of(dd), opts, diag, ctx, out);
}

/* Ownership: *out gets a coder the caller frees in every case, except on
** DYAD_ENOMEM (NULL). A coder that failed to start keeps its errmsg and
** refuses to code (cameo stays NULL). */
int coder_create(const dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag, void *ctx,
                 dyad_coder **out)
{
    if (!out)
        return DYAD_EUSAGE;
    dyad_coder *c = *out = dy_calloc(1, sizeof **out);
    if (!c)
        return DYAD_ENOMEM;
    if (opts)
        c->opts = *opts;
    c->d = d;
    if (!d) {
        base_errmsg(c->errmsg, "dyad_coder_new: the dictionary is NULL");
        return DYAD_EUSAGE;
    }
    char date[11];
    if (c->opts.date && c->opts.date[0]) {
        if (!text_date(c->opts.date, date)) {
            base_errmsg(c->errmsg, "dyad_coder_new: opts.date '%.40s' is not a date; write "
                        "YYYY-MM-DD", c->opts.date);
            return DYAD_EUSAGE;
        }
        c->default_date = dict_date_parse(date, strlen(date));
    }
    int rc = DYAD_OK;
    char path[4096];
    const char *cameo = c->opts.cameo_path;
    if (!cameo) {
        if (base_data_file(path, sizeof path, "cameo.tsv") < 0) {
            base_errmsg(c->errmsg, "dyad_coder_new: the data folder's path is too long; set "
                        "DYAD_DATA or opts.cameo_path");
            return DYAD_EIO;
        }
        cameo = path;
    }
    base_tap tap;
    base_tap_init(&tap, diag, ctx);
    c->cameo = cameo_load(cameo, base_tap_diag, &tap, &rc);
    if (rc == DYAD_ENOMEM) {
        dyad_coder_free(c);
        *out = NULL;
        return rc;
    }
    if (!c->cameo) {
        base_tap_errmsg(&tap, c->errmsg, "cannot load the CAMEO table");
        return rc == DYAD_OK ? DYAD_EDICT : rc;
    }
    c->text = dyad_text_new();
    c->lang = lang_new();
    if (!c->text || !c->lang) {
        dyad_coder_free(c);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    cameo_free(c->cameo);
    dyad_text_free(c->text);
    lang_free(c->lang);
    dy_free(c->ids);
    dy_free(c->lids);
    dy_free(c->words);
    dy_free(c->lwords);
    dy_free(c->ev);
    dy_free(c->pub);
    dy_free(c->rej);
    dy_free(c->rej_pub);
    sb_free(&c->pool);
    dy_free(c);
}

/* ---- strings kept for the document's events ---- */

static uint32_t keep(dyad_coder *c, const char *s, size_t n)
{
    uint32_t off = (uint32_t)c->pool.len;
    sb_append(&c->pool, s, n);
    sb_putc(&c->pool, '\0');
    return off;
}

static uint32_t keepf(dyad_coder *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static uint32_t keepf(dyad_coder *c, const char *fmt, ...)
{
    uint32_t off = (uint32_t)c->pool.len;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&c->pool, fmt, ap);
    va_end(ap);
    sb_putc(&c->pool, '\0');
    return off;
}

static void reject(dyad_coder *c, const sent_ctx *s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void reject(dyad_coder *c, const sent_ctx *s, const char *fmt, ...)
{
    if (!c->opts.explain)
        return;
    if (base_grow((void **)&c->rej, &c->rej_cap, c->nrej + 1, sizeof *c->rej) < 0) {
        c->pool.oom = 1;
        return;
    }
    uint32_t off = (uint32_t)c->pool.len;
    sb_printf(&c->pool, "sent %ld: ", s->index);
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&c->pool, fmt, ap);
    va_end(ap);
    sb_putc(&c->pool, '\0');
    c->rej[c->nrej++] = off;
}

/* ---- per-sentence word ids ---- */

static int sentence_ids(dyad_coder *c, sent_ctx *s)
{
    size_t n = s->ls.n;
    if (base_grow((void **)&c->ids, &c->ids_cap, n + 1, sizeof *c->ids) < 0 ||
        base_grow((void **)&c->lids, &c->lids_cap, n + 1, sizeof *c->lids) < 0 ||
        base_grow((void **)&c->words, &c->words_cap, n + 1, sizeof *c->words) < 0 ||
        base_grow((void **)&c->lwords, &c->lwords_cap, n + 1, sizeof *c->lwords) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        c->words[i].s = s->ls.text + s->ls.toks[i].start;
        c->words[i].len = s->ls.toks[i].len;
        c->lwords[i].s = s->ls.lemmas[i];
        c->lwords[i].len = strlen(s->ls.lemmas[i]);
    }
    dict_word_ids(c->d, c->words, n, c->ids);
    dict_word_ids(c->d, c->lwords, n, c->lids);
    s->ids = c->ids;
    s->lids = c->lids;
    return 0;
}

/* ---- actors ---- */

static int code_is_country(const char *code)
{
    return code && strlen(code) == 3 && code[0] != '"';
}

/* Resolves tokens [first, end) to one actor: a person or organisation
** wins over a country; a country joins the agent noun beside it. Returns 1
** and fills *out, or 0. */
static int resolve_span(dyad_coder *c, const sent_ctx *s, uint32_t first, uint32_t end,
                        actor_ref *out)
{
    const dict *d = c->d;
    dict_match best = {0}, country = {0}, m;
    int have = 0, best_person = 0, possessor = 0;
    /* "an MSF Arnor diplomat": an agent written before the code (NGO~)
    ** and one after it both join */
    const dict_agent *agent = NULL, *prefix = NULL;
    uint32_t known = first;   /* tokens before this were matched by the dictionary */
    for (uint32_t i = first; i < end;) {
        size_t len = dict_match_actor(d, s->ids, end, i, s->date, &m);
        /* "the accounting firm Mazars USA": a country after a proper noun
        ** the dictionary does not know ends that unknown name */
        if (len > 0 && m.code && code_is_country(m.code) && m.actor->kind != DICT_PERSON &&
            i > known && i >= 2 && s->ls.tags[i - 1] == TAG_NNP &&
            !lemma_in_list(s->ls.lemmas[i - 1], lang_time_nouns)) {
            i += (uint32_t)len;
            known = i;
            continue;
        }
        if (len > 0 && m.code) {
            int person = m.actor->kind == DICT_PERSON || !code_is_country(m.code);
            if (!person && !country.code) {
                country = m;
                possessor = i + len < end && s->ls.tags[i + len] == TAG_POS;
            }
            /* prefer a person or organisation, the later one (nearer the
            ** head); among countries the first ("Ithilen's minister X") */
            if (!have || person > best_person || (person && person == best_person)) {
                best = m;
                best_person = person;
                have = 1;
            }
            i += (uint32_t)len;
            known = i;
            continue;
        }
        if (len > 0) {
            /* a name with no code on this date (PETRARCH's [---]: "Indian
            ** Ocean", "Sea of Japan") is no actor, and neither is a
            ** shorter name inside it */
            i += (uint32_t)len;
            continue;
        }
        const dict_agent *ag;
        size_t alen = dict_match_agent(d, s->ids, end, i, &ag);
        if (alen > 0) {
            if (agent && agent->prefix && !ag->prefix)
                prefix = agent;
            agent = ag;
            i += (uint32_t)alen;
            known = i;
            continue;
        }
        i++;
    }
    if (!have && !agent)
        return 0;
    out->first = first;
    out->end = end;
    out->entry_file = NULL;
    out->entry_line = 0;
    if (have) {
        out->entry_file = best.actor->file;
        out->entry_line = best.actor->line;
    } else {
        out->entry_file = agent->file;
        out->entry_line = agent->line;
    }
    /* "Ithilen's minister Calimehtar": a country and a title in the text
    ** outweigh a person's dictionary code of another country */
    if (have && best_person && agent && country.code &&
        strncmp(best.code, country.code, 3) != 0 && strncmp(best.code, "IGO", 3) != 0 &&
        strncmp(best.code, "NGO", 3) != 0) {
        out->entry_file = country.actor->file;
        out->entry_line = country.actor->line;
        dict_agent_join(agent, country.code, out->code, sizeof out->code);
        return 1;
    }
    /* "South Korea's National Security Council": an institution the
    ** dictionary files under another country belongs to the possessor */
    if (have && best_person && possessor && best.actor->kind != DICT_PERSON &&
        strlen(best.code) >= 6 && strncmp(best.code, country.code, 3) != 0 &&
        strncmp(best.code, "IGO", 3) != 0 && strncmp(best.code, "NGO", 3) != 0) {
        snprintf(out->code, sizeof out->code, "%.3s%s", country.code, best.code + 3);
        return 1;
    }
    if (have && (best_person || !agent)) {
        snprintf(out->code, sizeof out->code, "%s", best.code);
        return 1;
    }
    if (!have)
        return -1;   /* an agent without its country: the caller may look further */
    dict_agent_join(agent, best.code, out->code, sizeof out->code);
    if (prefix) {
        char inner[CODE_MAX];
        snprintf(inner, sizeof inner, "%s", out->code);
        dict_agent_join(prefix, inner, out->code, sizeof out->code);
    }
    return 1;
}

/* The last agent noun in tokens [first, end), or NULL. */
static const dict_agent *agent_in(const dyad_coder *c, const sent_ctx *s, uint32_t first,
                                  uint32_t end)
{
    const dict_agent *agent = NULL, *ag;
    for (uint32_t k = first; k < end;) {
        size_t len = dict_match_agent(c->d, s->ids, end, k, &ag);
        if (len)
            agent = ag;
        k += len ? (uint32_t)len : 1;
    }
    return agent;
}

/* The PP that starts at token k, or NULL. */
static const phrase *pp_after(const sent_ctx *s, uint32_t k)
{
    if (k >= s->ls.n)
        return NULL;
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (s->ls.phrases[i].kind == PH_PP && s->ls.phrases[i].first == k &&
            s->ls.phrases[i].np >= 0)
            return &s->ls.phrases[i];
    return NULL;
}

/* Does one actor name starting in [first, cut) run past cut (up to end)? */
static int name_across(const dyad_coder *c, const sent_ctx *s, uint32_t first, uint32_t cut,
                       uint32_t end)
{
    for (uint32_t i = first; i < cut; i++) {
        dict_match m;
        size_t len = dict_match_actor(c->d, s->ids, end, i, s->date, &m);
        if (len && i + len > cut)
            return 1;
    }
    return 0;
}

/* An apposition may name what its head does not: "he, Russia's envoy". */
static int appositive_actor(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    const phrase *ph = s->ls.phrases;
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (ph[i].up == np && (ph[i].flags & PHF_APPOS) &&
            resolve_span(c, s, ph[i].first, ph[i].end, out) == 1)
            return 1;
    return 0;
}

/* "Armenian and Azerbaijani troops": countries joined by "and" before one
** agent noun give one actor each. Returns their number, or 0. */
static int coordinated_countries(dyad_coder *c, const sent_ctx *s, const phrase *p,
                                 actor_ref *out, int max)
{
    const dict_agent *agent = agent_in(c, s, p->first, p->end);
    if (!agent)
        return 0;
    actor_ref found[MAX_ACTORS];   /* out holds the caller's actor until we are sure */
    int n = 0, joined = 0;
    if (max > MAX_ACTORS)
        max = MAX_ACTORS;
    for (uint32_t i = p->first; i < p->end && n < max;) {
        dict_match m;
        size_t len = dict_match_actor(c->d, s->ids, p->end, i, s->date, &m);
        if (len && m.code && code_is_country(m.code)) {
            memset(&found[n], 0, sizeof found[n]);
            found[n].first = i;
            found[n].end = p->end;
            found[n].entry_file = m.actor->file;
            found[n].entry_line = m.actor->line;
            dict_agent_join(agent, m.code, found[n].code, sizeof found[n].code);
            n++;
            i += (uint32_t)len;
            if (i < p->end && (s->ls.tags[i] == TAG_CC || s->ls.tags[i] == TAG_COMMA))
                joined = 1;
            continue;
        }
        i += len && !m.code ? (uint32_t)len : 1;   /* a name without a code masks */
    }
    if (!joined || n < 2)
        return 0;
    memcpy(out, found, (size_t)n * sizeof *out);
    return n;
}

/* In partial mode (or PETRARCH's reading) an agent without a country is
** still an actor: "---GOV". */
static int unknown_country(dyad_coder *c, const sent_ctx *s, const phrase *p, int r,
                           actor_ref *out)
{
    const dict_agent *agent;
    if (r != -1 || !(c->opts.partial || c->agent_alone) || !(agent = agent_in(c, s, p->first, p->end)))
        return 0;
    out->first = p->first;
    out->end = p->end;
    out->entry_file = agent->file;
    out->entry_line = agent->line;
    dict_agent_join(agent, "---", out->code, sizeof out->code);
    return 1;
}

/* PETRARCH's new_actor_length (c->new_actor_length > 0): a noun phrase
** that names no actor, of at most that many words, is an actor coded by
** its own words, upper-cased in double quotes: "INJURY TOLL". A name runs
** on through "of" ("THE MINISTRY OF MAGIC"); the possessive 's and
** punctuation are not words. Pronouns and times are never new actors. */
static int new_actor(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    const phrase *ph = s->ls.phrases;
    const phrase *p = &ph[np];
    if (c->new_actor_length <= 0 || (p->flags & (PHF_PRONOUN | PHF_COORD)) ||
        !tag_is_noun(s->ls.tags[p->head]) ||
        lemma_in_list(s->ls.lemmas[p->head], lang_time_nouns))
        return 0;
    uint32_t end = p->end;
    const phrase *pp = pp_after(s, p->end);
    if (pp && lemma_is_word(s->ls.lemmas[pp->first], "of") && !(ph[pp->np].flags & PHF_COORD))
        end = ph[pp->np].end;
    char code[CODE_MAX];
    size_t len = 0;
    int words = 0;
    code[len++] = '"';
    for (uint32_t k = p->first; k < end; k++) {
        if (s->ls.tags[k] == TAG_POS || tag_is_punct(s->ls.tags[k]))
            continue;
        const char *w = s->ls.text + s->ls.toks[k].start;
        size_t wn = s->ls.toks[k].len;
        if (++words > c->new_actor_length || len + wn + 3 > sizeof code)
            return 0;
        if (words > 1)
            code[len++] = ' ';
        for (size_t i = 0; i < wn; i++)
            code[len++] = w[i] >= 'a' && w[i] <= 'z' ? (char)(w[i] - 'a' + 'A') : w[i];
    }
    if (!words)
        return 0;
    code[len++] = '"';
    code[len] = '\0';
    memset(out, 0, sizeof *out);
    memcpy(out->code, code, len + 1);
    out->first = p->first;
    out->end = end;
    return 1;
}

static int resolve_np(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int max);

/* The members of coordination np, one actor or more each. A member that
** is an agent without a country shares the countries its fellow members
** name: "lawmakers and officials in Fornost" (both of Fornost), "Danish
** media and government". Returns the number found (at most max). */
static int resolve_coord(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int max)
{
    const phrase *ph = s->ls.phrases;
    int32_t bare[MAX_ACTORS], unknown[MAX_ACTORS];
    int k = 0, nbare = 0, nunknown = 0;
    for (size_t i = 0; i < s->ls.nphrases && k < max; i++) {
        if (ph[i].up != np || ph[i].kind != PH_NP || (ph[i].flags & PHF_POSS))
            continue;
        int got = resolve_np(c, s, (int32_t)i, out + k, max - k);
        if ((got == 0 || (got == 1 && strncmp(out[k].code, "---", 3) == 0)) &&
            nbare < MAX_ACTORS && !(ph[i].flags & PHF_COORD) &&
            agent_in(c, s, ph[i].first, ph[i].end)) {
            bare[nbare++] = (int32_t)i;
            continue;
        }
        if (got == 0 && nunknown < MAX_ACTORS)
            unknown[nunknown++] = (int32_t)i;
        k += got;
    }
    int found = k;
    for (int b = 0; b < nbare; b++) {
        const phrase *m = &ph[bare[b]];
        const dict_agent *agent = agent_in(c, s, m->first, m->end);
        int shared = 0;
        for (int j = 0; j < found && k < max; j++) {
            char country[4];
            snprintf(country, sizeof country, "%.3s", out[j].code);
            if (strlen(country) < 3 || country[0] == '"' || strcmp(country, "---") == 0 ||
                strcmp(country, "IGO") == 0 || strcmp(country, "NGO") == 0)
                continue;
            int seen = 0;
            for (int q = 0; q < j; q++)
                seen |= strncmp(out[q].code, country, 3) == 0;
            if (seen)
                continue;
            out[k] = out[j];
            out[k].first = m->first;
            out[k].end = m->end;
            out[k].entry_file = agent->file;
            out[k].entry_line = agent->line;
            dict_agent_join(agent, country, out[k].code, sizeof out[k].code);
            k++;
            shared = 1;
        }
        if (!shared && k < max)
            k += resolve_np(c, s, bare[b], out + k, max - k);
    }
    /* with new actors on, a coordination codes every member: "Eriador's
    ** death and injury toll" is ERI and "INJURY TOLL" */
    for (int u = 0; u < nunknown && k > 0 && k < max; u++)
        k += new_actor(c, s, unknown[u], out + k);
    return k;
}

/* Is token k inside a longer dictionary name that has no code on the date
** and starts before k ("Sea of Japan", PETRARCH's [---])? Such a name
** hides the actors inside it wherever the parse put them. */
static int inside_no_actor(const dyad_coder *c, const sent_ctx *s, uint32_t k)
{
    for (uint32_t j = k > 8 ? k - 8 : 0; j < k; j++) {
        dict_match m;
        size_t len = dict_match_actor(c->d, s->ids, s->ls.n, j, s->date, &m);
        if (len && j + len > k && !m.code)
            return 1;
    }
    return 0;
}

/* Resolves noun phrase np (top level) into actors, one per member of a
** coordination. Returns the number found (at most max). */
static int resolve_np(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int max)
{
    if (np < 0 || max <= 0)
        return 0;
    const phrase *ph = s->ls.phrases;
    const phrase *p = &ph[np];
    if (p->flags & PHF_COORD)
        return resolve_coord(c, s, np, out, max);
    if ((p->flags & PHF_PRONOUN) && lemma_in_list(s->ls.lemmas[p->head], pronouns_skip))
        return 0;
    if (inside_no_actor(c, s, p->first))
        return 0;   /* "of Japan" in "the Sea of Japan" */
    int r = resolve_span(c, s, p->first, p->end, out);
    const phrase *pp = pp_after(s, p->end);
    if (r == 1 && max > 1) {
        int n = coordinated_countries(c, s, p, out, max);
        if (n > 1)
            return n;
    }
    if (r == 1) {
        /* a bare country may gain its agent through "of": "the Calenardhon
        ** Ministry of Defence" */
        actor_ref longer;
        if (pp && code_is_country(out->code) && strcmp(s->ls.lemmas[pp->first], "of") == 0 &&
            !(ph[pp->np].flags & PHF_COORD) &&
            resolve_span(c, s, p->first, ph[pp->np].end, &longer) == 1 &&
            strlen(longer.code) > 3 && strncmp(longer.code, out->code, 3) == 0)
            *out = longer;
        /* an agent right after a bare country that the phrase left out:
        ** "the Gondor main opposition group" */
        const dict_agent *ag;
        size_t alen;
        if (code_is_country(out->code) && p->end < s->ls.n &&
            (alen = dict_match_agent(c->d, s->ids, s->ls.n, p->end, &ag)) > 0) {
            char country[4];
            snprintf(country, sizeof country, "%.3s", out->code);
            dict_agent_join(ag, country, out->code, sizeof out->code);
            out->end = p->end + (uint32_t)alen;
        }
        return 1;
    }
    if (!pp)
        return appositive_actor(c, s, np, out) || unknown_country(c, s, p, r, out) ||
               (c->new_actor_now && new_actor(c, s, np, out));
    const char *prep = s->ls.lemmas[pp->first];
    /* a name that runs on through "of": "the Prince of Dol Amroth", "the
    ** foreign minister of Iran"; or through another preposition when one
    ** dictionary name spans it: "the National League for Democracy" */
    if (!(ph[pp->np].flags & PHF_COORD) &&
        (strcmp(prep, "of") == 0 || name_across(c, s, p->first, pp->first, ph[pp->np].end)) &&
        resolve_span(c, s, p->first, ph[pp->np].end, out) == 1)
        return 1;
    /* ... and on through a second "of": "the governor of the Bank of Japan" */
    const phrase *pp2 = strcmp(prep, "of") == 0 ? pp_after(s, ph[pp->np].end) : NULL;
    if (pp2 && strcmp(s->ls.lemmas[pp2->first], "of") == 0 && !(ph[pp2->np].flags & PHF_COORD) &&
        name_across(c, s, pp->first + 1, pp2->first, ph[pp2->np].end) &&
        resolve_span(c, s, p->first, ph[pp2->np].end, out) == 1)
        return 1;
    /* an agent takes the countries of the PP after it: "troops from Chad",
    ** "activists in Arnor", "the ambassadors of Arnor, Osgiliath and Gondor" */
    if (r == -1 && (strcmp(prep, "of") == 0 || strcmp(prep, "from") == 0 ||
                    strcmp(prep, "in") == 0)) {
        const dict_agent *agent = agent_in(c, s, p->first, p->end);
        int n = agent ? resolve_np(c, s, pp->np, out, max) : 0, kept = 0;
        for (int k = 0; k < n; k++) {
            if (!code_is_country(out[k].code))
                continue;
            char joined[CODE_MAX];
            dict_agent_join(agent, out[k].code, joined, sizeof joined);
            out[kept] = out[k];
            out[kept].first = p->first;
            snprintf(out[kept].code, sizeof out[kept].code, "%s", joined);
            kept++;
        }
        if (kept)
            return kept;
    }
    return appositive_actor(c, s, np, out) || unknown_country(c, s, p, r, out) ||
           (c->new_actor_now && new_actor(c, s, np, out));
}

/* A dictionary code "FRO/BIL/SAM" names several actors at once (PETRARCH
** writes them so): one actor_ref each. Returns the new count. */
static int expand_multi(actor_ref *a, int n)
{
    for (int i = 0; i < n; i++) {
        char *slash = strchr(a[i].code, '/');
        if (!slash || n >= MAX_ACTORS)
            continue;
        *slash = '\0';
        a[n] = a[i];
        memmove(a[n].code, slash + 1, strlen(slash + 1) + 1);
        n++;
    }
    return n;
}

/* ---- patterns ---- */

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

/* Tokens a pattern may step over between its words. */
static int skippable(const sent_ctx *s, size_t k)
{
    int t = s->ls.tags[k];
    if (tag_is_verb(t) && t != TAG_VBN && t != TAG_VBG)
        return s->ls.vg_of[k] >= 0 && copula(s, s->ls.vg_of[k]);
    return t == TAG_DT || tag_is_adj(t) || tag_is_adv(t) || t == TAG_CD || t == TAG_PRPS ||
           t == TAG_POS || tag_is_noun(t) || t == TAG_VBN || t == TAG_VBG || t == TAG_PDT ||
           t == TAG_CC || t == TAG_COMMA || t == TAG_RP || t == TAG_IN || t == TAG_TO;
}

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

/* Matches elements el[0..nel) from token pos up to limit. Fills slots and
** the score (words matched). Returns 1 on a match. */
static int match_elems(const dyad_coder *c, const sent_ctx *s, const dict_elem *el,
                       uint32_t nel, size_t pos, size_t limit, int any_gap, match_state *st)
{
    int after_slot = 0;   /* the element before was a slot */
    for (uint32_t e = 0; e < nel; e++) {
        const dict_elem *x = &el[e];
        int adjacent = (x->flags & DICT_ELF_ADJACENT) != 0;
        switch (x->kind) {
        case DICT_EL_WORD:
        case DICT_EL_SYNSET: {
            size_t k = pos, len = 0;
            for (; k < limit; k++) {
                if (x->kind == DICT_EL_WORD)
                    len = word_at(s, k, x->id) ? 1 : 0;
                else {
                    len = dict_match_synset(c->d, x->id, s->ids, limit, k);
                    if (!len)
                        len = dict_match_synset(c->d, x->id, s->lids, limit, k);
                }
                if (len)
                    break;
                if (adjacent || (!any_gap && !skippable(s, k)))
                    return 0;
                /* "told Reagan of their opposition to the deal" is no "tell +
                ** to": past a slot the next word is not sought inside a
                ** PP that follows it, unless the PP says when */
                if (after_slot && s->ls.tags[k] == TAG_IN) {
                    int32_t tnp = np_at(s, k + 1);
                    if (tnp < 0 || !lemma_in_list(s->ls.lemmas[s->ls.phrases[tnp].head],
                                                  lang_time_nouns))
                        return 0;
                }
            }
            if (!len)
                return 0;
            st->score += 2;
            pos = k + len;
            st->last = pos;
            after_slot = 0;
            break;
        }
        case DICT_EL_SOURCE:
        case DICT_EL_TARGET:
        case DICT_EL_COMPOUND: {
            size_t k = pos;
            int32_t np = -1;
            /* PETRARCH's % is a compound actor: a coordination, sought
            ** past other words before the verb ("It has been noted that
            ** Gondor and Osgiliath have delayed") */
            int seek = x->kind == DICT_EL_COMPOUND && any_gap;
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
                               t == TAG_COMMA || t == TAG_LQUOTE))
                    return 0;
                if ((t == TAG_IN || t == TAG_TO) && x->kind == DICT_EL_TARGET)
                    st->slot_prep = s->ls.lemmas[k];   /* "met in Moscow": where */
            }
            if (np < 0 && x->kind == DICT_EL_TARGET && e + 1 == nel && st->shared_object >= 0)
                np = st->shared_object;   /* "attacked and occupied X" */
            if (np < 0 || lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], lang_time_nouns))
                return 0;   /* "called in ... on Monday": a day is never an actor */
            if (x->kind == DICT_EL_SOURCE)
                st->source = np;
            else
                st->target = np;
            st->compound |= x->kind == DICT_EL_COMPOUND;
            st->score += 1;
            pos = s->ls.phrases[np].end;
            st->last = pos;
            after_slot = 1;
            break;
        }
        case DICT_EL_SKIP: {
            /* one noun phrase, the smallest, past the prepositions before
            ** it: "IFTAR AT ^ ^ +" over "at Osgiliath with the parliament"
            ** leaves "of Gondor" to + */
            size_t k = pos;
            while (k < limit && s->ls.np_of[k] < 0 &&
                   (s->ls.tags[k] == TAG_IN || s->ls.tags[k] == TAG_TO))
                k++;
            if (k < limit && s->ls.np_of[k] >= 0)
                pos = s->ls.phrases[s->ls.np_of[k]].end;
            break;
        }
        default:
            break;   /* phrase brackets: the words inside match in order */
        }
    }
    return 1;
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
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *c = &s->ls.clauses[i];
        if (c->verb == s->ls.vg_of[k])
            return c->kind == CL_COMPLEMENT && c->word != UINT32_MAX &&
                   lemma_is_word(s->ls.lemmas[c->word], "that");
    }
    return 0;
}

/* Does ", with" at token k open an absolute phrase, a noun phrase and what
** is said of it: "signed, with Eritrea the only state outside", "with Japan
** abstaining"? Its noun phrase is then no partner of the verb. */
static int absolute_with(const sent_ctx *s, size_t k)
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

/* Finds the best pattern of the verb at token head for clause cl. */
static int best_pattern(const dyad_coder *c, const sent_ctx *s, const clause *cl, size_t head,
                        match_state *best)
{
    /* a form the dictionary lists on its own ("left" apart from "leave")
    ** names its own sense; otherwise the lemma's entry */
    const char *lemma = s->ls.lemmas[head];
    const dyad_token *t = &s->ls.toks[head];
    char form[64];
    const dict_verb *v = NULL;
    if (t->len < sizeof form) {
        for (size_t i = 0; i < t->len; i++) {
            char ch = s->ls.text[t->start + i];
            form[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        if (t->len != strlen(lemma) || memcmp(form, lemma, t->len) != 0)
            v = dict_find_verb(c->d, form, t->len);
    }
    if (!v)
        v = dict_find_verb(c->d, lemma, strlen(lemma));
    int found = 0;
    size_t limit = cl->end > head ? cl->end : s->ls.n;
    if (limit < s->ls.n) {
        /* let patterns reach over the rest of the clause's phrases */
        while (limit < s->ls.n && s->ls.tags[limit] != TAG_PERIOD &&
               s->ls.tags[limit] != TAG_COLON && !absolute_with(s, limit) &&
               (s->ls.vg_of[limit] < 0 || continues_verb(s, limit)))
            limit++;
    }
    /* an object the clause borrowed from the verb joined to it */
    int32_t shared = cl->object >= 0 && s->ls.phrases[cl->object].first >= cl->end ? cl->object
                                                                                    : -1;
    for (; v; v = v->next) {
        size_t after;
        if (!verb_words_fit(s, v, head, &after))
            continue;
        int words = (int)(v->nbefore + v->nafter);
        for (uint32_t p = 0; p < v->npatterns; p++) {
            const dict_pattern *pat = v->patterns[p];
            match_state st = {.source = -1, .target = -1, .score = words * 2 + 1,
                              .shared_object = shared};
            /* the words before the verb may stand anywhere before it in the
            ** sentence: "Ethiopia indicated it would act" */
            if (pat->npre && !match_elems(c, s, pat->pre, pat->npre, 0, head, 1, &st))
                continue;
            if (!match_elems(c, s, pat->post, pat->npost, after, limit, 0, &st)) {
                /* in the passive the object noun is the subject: "sanctions
                ** were imposed on Russia" matches "impose sanction on +" */
                const phrase *vg = cl->verb >= 0 ? &s->ls.phrases[cl->verb] : NULL;
                match_state st2 = st;
                if (!vg || vg->voice != VOICE_PASSIVE || cl->subject < 0 || pat->npost == 0 ||
                    (pat->post[0].kind != DICT_EL_WORD && pat->post[0].kind != DICT_EL_SYNSET) ||
                    !match_elems(c, s, pat->post, 1, s->ls.phrases[cl->subject].first,
                                 s->ls.phrases[cl->subject].end, 0, &st2) ||
                    !match_elems(c, s, pat->post + 1, pat->npost - 1, after, limit, 0, &st2))
                    continue;
                st = st2;
                st.subject_words = 1;
            }
            if (!found || st.score > best->score) {
                st.pattern = pat;
                st.verb = v;
                st.code = pat->code;
                *best = st;
                found = 1;
            }
        }
        if (v->code && (!found || best->score < words * 2)) {
            match_state st = {.source = -1, .target = -1, .shared_object = -1, .score = words * 2,
                              .verb = v, .code = v->code};
            if (!found || st.score > best->score) {
                *best = st;
                found = 1;
            }
        }
    }
    return found;
}

/* ---- events ---- */

static void span_text(const sent_ctx *s, uint32_t first, uint32_t end, const char **p,
                      size_t *n)
{
    *p = s->ls.text + s->ls.toks[first].start;
    *n = s->ls.toks[end - 1].start + s->ls.toks[end - 1].len - s->ls.toks[first].start;
}

static void pattern_text(dyad_coder *c, const match_state *m, strbuf *b)
{
    const dict_pattern *p = m->pattern;
    if (!p) {
        sb_puts(b, m->verb->lemma);
        return;
    }
    for (int side = 0; side < 2; side++) {
        const dict_elem *el = side ? p->post : p->pre;
        uint32_t n = side ? p->npost : p->npre;
        if (side)
            sb_printf(b, "%s%s", b->len ? " " : "", m->verb->lemma);
        for (uint32_t i = 0; i < n; i++) {
            if (b->len)
                sb_putc(b, ' ');
            switch (el[i].kind) {
            case DICT_EL_WORD: sb_puts(b, dict_word_str(c->d, el[i].id)); break;
            case DICT_EL_SYNSET: sb_puts(b, dict_synset_at(c->d, el[i].id)->name); break;
            case DICT_EL_SOURCE: sb_putc(b, '$'); break;
            case DICT_EL_TARGET: sb_putc(b, '+'); break;
            case DICT_EL_COMPOUND: sb_putc(b, '%'); break;
            case DICT_EL_SKIP: sb_putc(b, '^'); break;
            case DICT_EL_NP_OPEN: sb_putc(b, '{'); break;
            case DICT_EL_NP_CLOSE: sb_putc(b, '}'); break;
            case DICT_EL_PP_OPEN: sb_putc(b, '('); break;
            case DICT_EL_PP_CLOSE: sb_putc(b, ')'); break;
            }
        }
    }
}

static int add_event(dyad_coder *c, const sent_ctx *s, const clause *cl, const match_state *m,
                     const char *code, const actor_ref *src, const actor_ref *tgt, int mod)
{
    /* one event per (source, target, code) in a sentence */
    for (size_t i = s->first_event; i < c->nev; i++) {
        const event_rec *e = &c->ev[i];
        if (strcmp(e->source, src->code) == 0 && strcmp(e->target, tgt->code) == 0 &&
            strcmp(c->pool.s + e->code, code) == 0)
            return 0;
    }
    if (base_grow((void **)&c->ev, &c->ev_cap, c->nev + 1, sizeof *c->ev) < 0)
        return -1;
    event_rec *e = &c->ev[c->nev];
    memset(e, 0, sizeof *e);
    snprintf(e->source, sizeof e->source, "%s", src->code);
    snprintf(e->target, sizeof e->target, "%s", tgt->code);
    e->sent = s->index;
    e->mod = mod;
    e->quoted = cl->quoted;
    e->cameo = cameo_find(c->cameo, code, strlen(code));
    e->code = keep(c, code, strlen(code));
    const char *p;
    size_t n;
    span_text(s, src->first, src->end, &p, &n);
    e->source_text = keep(c, p, n);
    span_text(s, tgt->first, tgt->end, &p, &n);
    e->target_text = keep(c, p, n);
    const phrase *vg = &s->ls.phrases[cl->verb];
    span_text(s, vg->first, vg->end, &p, &n);
    e->verb = keep(c, p, n);
    e->sentence = s->sentence_off;
    strbuf pt = {0};
    pattern_text(c, m, &pt);
    e->pattern = keep(c, sb_str(&pt), pt.len);
    sb_free(&pt);
    const char *pf = m->pattern ? m->pattern->file : m->verb->file;
    long pl = m->pattern ? m->pattern->line : m->verb->line;
    e->pattern_file = keep(c, pf ? pf : "", pf ? strlen(pf) : 0);
    e->pattern_line = pl;
    e->source_entry = keepf(c, "%s:%u", src->entry_file ? src->entry_file : "", src->entry_line);
    e->target_entry = keepf(c, "%s:%u", tgt->entry_file ? tgt->entry_file : "", tgt->entry_line);
    c->nev++;
    return 0;
}

/* Modality of the event a match codes: a pattern found on the catenative
** verb ("threatened to attack") is the catenative's own event. */
static int event_modality(const sent_ctx *s, const phrase *vg, int on_catenative)
{
    if (!on_catenative)
        return vg->mod;
    for (uint32_t k = vg->first; k < (uint32_t)vg->np; k++) {
        if (lemma_is_word(s->ls.lemmas[k], "not") || lemma_is_word(s->ls.lemmas[k], "never"))
            return MOD_NEGATED;
        if (s->ls.tags[k] == TAG_MD)
            return lemma_is_word(s->ls.lemmas[k], "will") ? MOD_FUTURE : MOD_CONDITIONAL;
    }
    return MOD_ASSERTED;
}

/* The modality an event finally gets from its clause: could, may and might
** say it is possible (hypothetical); a condition ("if", "unless") makes both
** clauses conditional; "would" in what someone reports is future in the
** past ("said the ministers would sign"). */
static int final_modality(const sent_ctx *s, size_t ci, const phrase *vg, int mod)
{
    static const char *const possible[] = {"could", "may", "might", "can", "should", "must",
                                           "ought", NULL};
    static const char *const conditions[] = {"if", "unless", NULL};
    static const char *const denials[] = {"deny", "dismiss", "refute", NULL};
    if (mod == MOD_NEGATED)
        return mod;
    const clause *cl = &s->ls.clauses[ci];
    int would = 0;
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (s->ls.tags[k] == TAG_MD) {
            if (lemma_in_list(s->ls.lemmas[k], possible))
                mod = MOD_HYPOTHETICAL;
            else if (lemma_is_word(s->ls.lemmas[k], "would"))
                would = 1;
        }
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *o = &s->ls.clauses[i];
        if (o->kind != CL_SUBORDINATE || o->word == UINT32_MAX ||
            !lemma_in_list(s->ls.lemmas[o->word], conditions))
            continue;
        if (i == ci || o->parent == (int32_t)ci)
            return MOD_CONDITIONAL;
    }
    /* "urged Iran to release": asked for, not done; "paid bounties to kill
    ** soldiers": meant, not yet done */
    if (cl->ctrl == CTRL_OBJECT && mod < MOD_HYPOTHETICAL)
        mod = MOD_HYPOTHETICAL;
    else if (cl->ctrl == CTRL_SUBJECT && s->ls.tags[vg->first] == TAG_TO && mod < MOD_FUTURE)
        mod = MOD_FUTURE;
    /* "Iran denied that it had attacked Israel" */
    if (cl->kind == CL_COMPLEMENT && cl->parent >= 0 &&
        lemma_in_list(s->ls.lemmas[s->ls.phrases[s->ls.clauses[cl->parent].verb].head],
                      denials))
        return MOD_NEGATED;
    if (would && cl->kind == CL_COMPLEMENT && mod == MOD_CONDITIONAL)
        return MOD_FUTURE;
    return mod;
}

/* When the verb's object is no actor, the first actor in the PPs after it
** is the target ("restore ties with Gondor", "condemned an attack by
** Osgiliath soldiers"); PPs of time never hold one. */
static const char *const time_preps[] = {"until", "since", "till", NULL};

/* "between Sudan and Israel": the members of such a PP deal with each
** other. */
static const char *const among_preps[] = {"between", "among", "amongst", NULL};

/* The first role-bearing PP of the clause whose noun phrase is an actor;
** skip_among leaves out PPs of among_preps. */
static int target_from_pps(dyad_coder *c, const sent_ctx *s, const clause *cl, actor_ref *out,
                           const char **prep, int skip_places, int skip_among)
{
    static const char *const places[] = {"in", "at", "near", "inside", "outside", "across",
                                         "along", "off", "around", NULL};
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        if (pp->np < 0 || lemma_in_list(s->ls.lemmas[pp->first], time_preps))
            continue;
        if (skip_places && lemma_in_list(s->ls.lemmas[pp->first], places))
            continue;
        if (skip_among && lemma_in_list(s->ls.lemmas[pp->first], among_preps))
            continue;
        if (absolute_with(s, pp->first))
            continue;
        int n = resolve_np(c, s, pp->np, out, MAX_ACTORS);
        if (n > 0) {
            if (prep)
                *prep = s->ls.lemmas[pp->first];
            return n;
        }
    }
    return 0;
}

/* A clause right after clause ci that continues its verb phrase without a
** subject of its own: "signed an accord to supply Gondor", "cordoned off
** the roads leading into Mordor". The first actor in its object or PPs. */
static int target_from_next(dyad_coder *c, const sent_ctx *s, size_t ci, actor_ref *out)
{
    if (ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *cl = &s->ls.clauses[ci], *nx = &s->ls.clauses[ci + 1];
    const phrase *vg = &s->ls.phrases[nx->verb];
    int t = s->ls.tags[vg->first];
    int nonfinite = t == TAG_TO || t == TAG_VBG || t == TAG_VBN;
    if (!nonfinite || (nx->kind == CL_RELATIVE && nx->word != UINT32_MAX) ||
        nx->kind == CL_SUBORDINATE ||
        nx->kind == CL_REPORTING || vg->first > cl->end + 1)
        return 0;
    int n = nx->object >= 0 ? resolve_np(c, s, nx->object, out, MAX_ACTORS) : 0;
    /* "met to discuss tension between Greece and Turkey": parties between
    ** whom something lies in the later verb's phrase are not the earlier
    ** verb's target */
    return n ? n : target_from_pps(c, s, nx, out, NULL, 0, 1);
}

/* "Turkey attacked and occupied parts of Syria": a verb with nothing after
** it shares the object of the verb joined to it by "and" or "or". */
static int shared_object(dyad_coder *c, const sent_ctx *s, size_t ci, actor_ref *out)
{
    if (ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *cl = &s->ls.clauses[ci], *nx = &s->ls.clauses[ci + 1];
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (cl->object >= 0 || cl->pp_count > 0 || nx->word == UINT32_MAX ||
        s->ls.tags[nx->word] != TAG_CC || nx->word != vg->end)
        return 0;
    int n = nx->object >= 0 ? resolve_np(c, s, nx->object, out, MAX_ACTORS) : 0;
    return n ? n : target_from_pps(c, s, nx, out, NULL, 0, 0);
}

/* A pronoun stands for the subject of the clause it depends on, or of the
** clause before: "Ethiopia indicated it would act". */
static int32_t antecedent(const sent_ctx *s, size_t ci, int32_t np)
{
    static const char *const personal[] = {"he", "she", "it", "they", NULL};
    const phrase *ph = s->ls.phrases;
    if (np < 0 || !(ph[np].flags & PHF_PRONOUN) ||
        !lemma_in_list(s->ls.lemmas[ph[np].head], personal))
        return np;
    const clause *cl = &s->ls.clauses[ci];
    int32_t from = cl->parent >= 0 ? cl->parent : (int32_t)ci - 1;
    for (int32_t k = from; k >= 0; k--) {
        int32_t subj = s->ls.clauses[k].subject;
        if (subj >= 0 && subj != np && !(ph[subj].flags & PHF_PRONOUN))
            return subj;
    }
    return np;
}

/* "Chinese officials said the ministers would sign": an agent with no
** country in what is reported takes the reporter's country. */
static int agent_of_reporter(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                             actor_ref *out)
{
    const clause *cl = &s->ls.clauses[ci];
    if (np < 0 || cl->kind != CL_COMPLEMENT || cl->parent < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    const dict_agent *agent = agent_in(c, s, p->first, p->end);
    actor_ref rep[MAX_ACTORS];
    if (!agent || resolve_np(c, s, s->ls.clauses[cl->parent].subject, rep, MAX_ACTORS) != 1 ||
        strlen(rep[0].code) < 3 || rep[0].code[0] == '"' || strncmp(rep[0].code, "IGO", 3) == 0 ||
        strncmp(rep[0].code, "NGO", 3) == 0)
        return 0;
    char country[4];
    memcpy(country, rep[0].code, 3);
    country[3] = '\0';
    memset(out, 0, sizeof *out);
    out->first = p->first;
    out->end = p->end;
    out->entry_file = agent->file;
    out->entry_line = agent->line;
    dict_agent_join(agent, country, out->code, sizeof out->code);
    return 1;
}

/* Explains a candidate turned down for want of an actor in role, naming
** the words that were looked up (np, or -1 when the clause had none). */
static void reject_missing(dyad_coder *c, const sent_ctx *s, const char *lemma,
                           const char *code, const char *role, int32_t np)
{
    const char *w = "";
    size_t wn = 0;
    if (np >= 0)
        span_text(s, s->ls.phrases[np].first, s->ls.phrases[np].end, &w, &wn);
    if (wn)
        reject(c, s, "verb '%s' (%s): no %s actor in '%.*s'", lemma, code, role, (int)wn, w);
    else
        reject(c, s, "verb '%s' (%s): no %s actor (no words for it)", lemma, code, role);
}

/* The unknown actor "---" of partial mode; its words are the verb's. */
static void null_actor(actor_ref *a, const phrase *vg)
{
    memset(a, 0, sizeof *a);
    snprintf(a->code, sizeof a->code, "---");
    a->first = vg->first;
    a->end = vg->end;
}

static int has_child(const sent_ctx *s, size_t ci)
{
    for (size_t i = 0; i < s->ls.nclauses; i++)
        if (s->ls.clauses[i].parent == (int32_t)ci)
            return 1;
    return 0;
}

/* The target's actors: those of np; then, when look_further, the first
** actor in the clause's PPs, in the clause that continues the verb, in the
** object of a verb joined by "and", in the subject of a that-clause
** ("expressed hopes that Osgiliath could ..."). Sets *prep to the
** preposition of a PP that gave it. Returns the number found. */
static int find_target(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                       int look_further, int consult, actor_ref *tgt, const char **prep)
{
    const clause *cl = &s->ls.clauses[ci];
    int nt = expand_multi(tgt, resolve_np(c, s, np, tgt, MAX_ACTORS));
    if (nt || !look_further)
        return nt;
    if ((nt = expand_multi(tgt, target_from_pps(c, s, cl, tgt, prep, consult, 0))) ||
        (nt = expand_multi(tgt, target_from_next(c, s, ci, tgt))) ||
        (nt = expand_multi(tgt, shared_object(c, s, ci, tgt))))
        return nt;
    for (size_t k = ci + 1; k < s->ls.nclauses && nt == 0; k++)
        if (s->ls.clauses[k].parent == (int32_t)ci && s->ls.clauses[k].kind == CL_COMPLEMENT)
            nt = expand_multi(tgt, resolve_np(c, s, s->ls.clauses[k].subject, tgt, MAX_ACTORS));
    return nt;
}

static int code_clause(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    const char *lemma = s->ls.lemmas[vg->head];
    if (ci < sizeof s->consumed && s->consumed[ci])
        return 0;   /* a pattern of an earlier verb took this one in */
    int reporting = cl->kind == CL_REPORTING ||
                    (lemma_in_list(lemma, lang_reporting_verbs) && has_child(s, ci));
    match_state m = {0};
    int on_caten = 0;
    if (vg->np >= 0) {
        match_state mc = {0};
        if (best_pattern(c, s, cl, (size_t)vg->np, &mc) && mc.pattern && mc.score > 1) {
            m = mc;
            on_caten = 1;
        }
    }
    if (!on_caten && !best_pattern(c, s, cl, vg->head, &m)) {
        if (dict_find_verb(c->d, lemma, strlen(lemma)))
            reject(c, s, "verb '%s': no pattern of it fits the words after it", lemma);
        return 0;
    }
    /* PETRARCH's paired codes "042:043": the second is what the target does
    ** to the source at the same time; either half may be empty */
    char code1[CODE_MAX] = "", code2buf[CODE_MAX] = "";
    const char *code2 = m.pattern ? m.pattern->code2 : NULL;
    if (m.code) {
        const char *colon = strchr(m.code, ':');
        size_t n1 = colon ? (size_t)(colon - m.code) : strlen(m.code);
        snprintf(code1, sizeof code1, "%.*s", (int)n1, m.code);
        if (colon) {
            snprintf(code2buf, sizeof code2buf, "%s", colon + 1);
            code2 = code2buf[0] && strcmp(code2buf, "---") != 0 ? code2buf : NULL;
        }
        if (strcmp(code1, "---") == 0)
            code1[0] = '\0';
    }
    if (!code1[0] && !code2) {
        reject(c, s, "verb '%s': the dictionary codes it as null", lemma);
        return 0;
    }
    /* "officials said the ministers would sign": the saying is not the event
    ** (the signing is coded in its own clause), unless the dictionary gives
    ** the saying a code of its own beyond a public statement (01) */
    if (reporting && !c->opts.partial && strncmp(code1, "01", 2) == 0) {
        reject(c, s, "verb '%s' (%s): reports what another clause says", lemma, code1);
        return 0;
    }
    int passive = vg->voice == VOICE_PASSIVE && !on_caten;
    /* the NP after a passive verb is its by-agent, never the target slot */
    if (passive && m.target >= 0 && cl->agent >= 0 &&
        s->ls.phrases[m.target].first >= s->ls.phrases[cl->agent].first &&
        s->ls.phrases[m.target].end <= s->ls.phrases[cl->agent].end)
        m.target = -1;
    /* "is to meet formally in Washington": meeting somewhere is not meeting
    ** it; in consultations a place is never the target */
    static const char *const meet_places[] = {"in", "at", "near", "inside", "outside", NULL};
    int consult = strncmp(code1, "04", 2) == 0 && !c->opts.partial;
    if (consult && m.target >= 0 && m.slot_prep && lemma_in_list(m.slot_prep, meet_places))
        m.target = -1, m.slot_prep = NULL;
    int32_t src_np = m.source, tgt_np = m.target;
    int subject_target = m.pattern && (m.pattern->flags & DICT_PAT_SUBJECT_TARGET);
    if (src_np < 0)
        src_np = subject_target ? -1 : passive ? cl->agent : cl->subject;
    if (tgt_np < 0)
        tgt_np = subject_target ? cl->subject : passive ? cl->subject : cl->object;
    if (subject_target && m.source < 0)
        src_np = cl->object;
    /* "Falastur noted that Cirith Ungol regretted ...", matched by "noted +
    ** *": words before the verb that put its own subject in the target slot
    ** leave the source to the clause those words belong to */
    if (m.source < 0 && m.target >= 0 && m.target == cl->subject && !subject_target &&
        !passive && !m.compound && m.pattern && m.pattern->npre && cl->parent >= 0)
        src_np = s->ls.clauses[cl->parent].subject;
    int mutual = m.pattern && (m.pattern->flags & DICT_PAT_MUTUAL);
    /* consulting and cooperating with nobody named: a compound subject does
    ** it together ("Xi and Putin met", "the two sides signed a deal") */
    int together = strncmp(code1, "04", 2) == 0;

    src_np = antecedent(s, ci, src_np);
    tgt_np = antecedent(s, ci, tgt_np);
    actor_ref src[MAX_ACTORS], tgt[MAX_ACTORS];
    int ns = expand_multi(src, resolve_np(c, s, src_np, src, MAX_ACTORS));
    if (ns == 0)
        ns = agent_of_reporter(c, s, ci, src_np, src);
    const char *target_prep = NULL;
    int look_further = m.target < 0 && !subject_target && !passive;
    int nt = find_target(c, s, ci, tgt_np, look_further, consult, tgt, &target_prep);
    /* PETRARCH's new actors are the last resort in either role */
    if (c->new_actor_length > 0 && (ns == 0 || nt == 0)) {
        c->new_actor_now = 1;
        if (ns == 0)
            ns = resolve_np(c, s, src_np, src, MAX_ACTORS);
        if (nt == 0)
            nt = find_target(c, s, ci, tgt_np, look_further, consult, tgt, &target_prep);
        c->new_actor_now = 0;
    }
    int mod = final_modality(s, ci, vg, event_modality(s, vg, on_caten));
    /* "urged Iran to release ...": the later verb is part of this event */
    if (m.pattern)
        for (size_t k = ci + 1; k < s->ls.nclauses && k < sizeof s->consumed; k++)
            if (s->ls.phrases[s->ls.clauses[k].verb].head < m.last)
                s->consumed[k] = 1;
    if (ns == 0 && c->opts.partial && nt > 0) {
        ns = 1;
        null_actor(&src[0], vg);
    }
    if (ns == 0) {
        reject_missing(c, s, lemma, code1, "source", src_np);
        return 0;
    }
    /* "Xi and Putin met in Moscow": a compound subject meets itself; a place
    ** found in a PP is where, not whom */
    static const char *const places[] = {"in", "at", "on", "near", "inside", "outside",
                                         "across", "along", "off", NULL};
    if (!target_prep && m.target >= 0)
        target_prep = m.slot_prep;
    if (target_prep && lemma_in_list(target_prep, places) && (mutual || together) && ns >= 2)
        nt = 0;
    /* "the plan was welcomed by the World Bank and the IMF": in the passive
    ** the subject is what the agents acted on; when it names no actor they
    ** did nothing to each other, unless the pattern's own words took the
    ** subject in ("talks were held by Xi and Putin") */
    if (nt == 0 && passive && !m.subject_words && (mutual || together) && ns >= 2) {
        reject(c, s, "verb '%s' (%s): passive with no actor in its subject; the agents "
                     "are not paired", lemma, code1);
        return 0;
    }
    /* "brokered a deal to normalize relations between Sudan and Israel": a
    ** reciprocal pattern (@mutual) between the members of a between-PP is
    ** theirs, not the subject's with each; a one-way event ("mediated
    ** between Israel and Egypt") keeps its subject, and so does a
    ** consultation, as PETRARCH codes it ("welcomed talks between X and Y") */
    if (nt >= 2 && mutual && target_prep && m.target < 0 &&
        lemma_in_list(target_prep, among_preps)) {
        for (int i = 0; i < nt; i++)
            for (int j = 0; j < nt; j++)
                if (i != j && code1[0] && strcmp(tgt[i].code, tgt[j].code) != 0 &&
                    add_event(c, s, cl, &m, code1, &tgt[i], &tgt[j], mod) < 0)
                    return -1;
        return 0;
    }
    if (nt == 0 && (mutual || together) && ns >= 2) {
        /* "Xi and Putin met": each member to each other */
        for (int i = 0; i < ns; i++)
            for (int j = 0; j < ns; j++)
                if (i != j && code1[0] && strcmp(src[i].code, src[j].code) != 0 &&
                    add_event(c, s, cl, &m, code1, &src[i], &src[j], mod) < 0)
                    return -1;
        return 0;
    }
    if (nt == 0 && c->opts.partial) {
        nt = 1;
        null_actor(&tgt[0], vg);
    }
    if (nt == 0) {
        reject_missing(c, s, lemma, code1, "target", tgt_np);
        return 0;
    }
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            if (strcmp(src[i].code, tgt[j].code) == 0) {
                reject(c, s, "verb '%s' (%s): source and target are both %s", lemma, code1,
                       src[i].code);
                continue;
            }
            if (code1[0] && add_event(c, s, cl, &m, code1, &src[i], &tgt[j], mod) < 0)
                return -1;
            if (code1[0] && mutual && add_event(c, s, cl, &m, code1, &tgt[j], &src[i], mod) < 0)
                return -1;
            if (code2 && add_event(c, s, cl, &m, code2, &tgt[j], &src[i], mod) < 0)
                return -1;
        }
    return 0;
}

/* Does a discard phrase occur in the sentence? */
static const dict_discard *discarded(const dyad_coder *c, const sent_ctx *s)
{
    for (size_t i = 0; i < s->ls.n; i++) {
        const dict_discard *dc;
        if (dict_match_discard(c->d, s->ids, s->ls.n, i, &dc) ||
            dict_match_discard(c->d, s->lids, s->ls.n, i, &dc))
            return dc;
    }
    return NULL;
}

int coder_sentence(dyad_coder *c, const char *text, const dyad_token *toks, size_t n,
                   long index, int32_t date, int *story_discard)
{
    sent_ctx s = {.index = index, .date = date, .first_event = c->nev};
    if (lang_analyze(c->lang, text, toks, n, &s.ls) != DYAD_OK || sentence_ids(c, &s) < 0)
        return -1;
    c->stats.sentences++;
    c->stats.tokens += (long)n;
    const dict_discard *dc = discarded(c, &s);
    if (dc) {
        c->stats.discarded++;
        reject(c, &s, "discarded: the sentence holds '%s' (%s:%u)", dc->name, dc->file,
               dc->line);
        if (dc->story && story_discard)
            *story_discard = 1;
        return 0;
    }
    if (n)
        s.sentence_off = keep(c, text + toks[0].start,
                              toks[n - 1].start + toks[n - 1].len - toks[0].start);
    for (size_t ci = 0; ci < s.ls.nclauses; ci++)
        if (code_clause(c, &s, ci) < 0)
            return -1;
    return c->pool.oom ? -1 : 0;
}

/* Turns the stored records into public events, dropping the ones whose
** modality the options leave out. */
static int publish(dyad_coder *c, const dyad_doc *doc, int32_t date, size_t from)
{
    (void)date;
    if (c->pool.oom)
        return -1;
    if (base_grow((void **)&c->pub, &c->pub_cap, c->nev + 1, sizeof *c->pub) < 0)
        return -1;
    const char *P = c->pool.s;
    for (size_t i = from; i < c->nev; i++) {
        const event_rec *r = &c->ev[i];
        if (r->mod == MOD_NEGATED && !c->opts.all_modalities)
            continue;
        dyad_event *e = &c->pub[c->npub++];
        memset(e, 0, sizeof *e);
        e->doc = doc->id;
        e->url = doc->url;
        e->sent = r->sent;
        e->date = c->date_str;
        e->source = r->source;
        e->target = r->target;
        e->code = P + r->code;
        e->root = r->cameo ? r->cameo->root : "";
        e->event_name = r->cameo ? r->cameo->name : "";
        e->goldstein = r->cameo ? r->cameo->goldstein : 0;
        e->quad = r->cameo ? r->cameo->quad : 0;
        e->plover = r->cameo ? r->cameo->plover : "";
        e->modality = modality_name(r->mod);
        e->source_text = P + r->source_text;
        e->target_text = P + r->target_text;
        e->verb = P + r->verb;
        e->sentence = P + r->sentence;
        e->pattern = P + r->pattern;
        e->pattern_file = P + r->pattern_file;
        e->pattern_line = r->pattern_line;
        e->source_entry = P + r->source_entry;
        e->target_entry = P + r->target_entry;
        e->quoted = r->quoted;
    }
    if (base_grow((void **)&c->rej_pub, &c->rej_pub_cap, c->nrej + 1, sizeof *c->rej_pub) < 0)
        return -1;
    for (size_t i = 0; i < c->nrej; i++)
        c->rej_pub[i] = P + c->rej[i];
    return 0;
}

int dyad_coder_code(dyad_coder *c, const dyad_doc *doc)
{
    if (!c)
        return DYAD_EUSAGE;
    if (!c->cameo)
        return DYAD_EUSAGE;   /* dyad_coder_new failed; errmsg still says why */
    c->nev = c->npub = c->nrej = 0;
    c->errmsg[0] = '\0';
    sb_reset(&c->pool);
    dyad_doc checked;
    char date_buf[11];
    int rc = text_doc_check("dyad_coder_code", doc, &checked, date_buf, c->errmsg);
    if (rc != DYAD_OK)
        return rc;
    doc = &checked;
    int32_t date = doc->date[0] ? dict_date_parse(doc->date, strlen(doc->date)) : 0;
    if (!date)
        date = c->default_date;
    if (date)
        snprintf(c->date_str, sizeof c->date_str, "%04d-%02d-%02d", (int)(date / 10000),
                 (int)(date / 100 % 100), (int)(date % 100));
    else
        c->date_str[0] = '\0';
    rc = dyad_text_split(c->text, doc->text, doc->text_len);
    if (rc == DYAD_EINPUT)
        base_errmsg(c->errmsg, "dyad_coder_code: document '%.80s' has %zu bytes, over the "
                    "4 GiB a document may hold; split it", doc->id, doc->text_len);
    if (rc != DYAD_OK)
        goto fail;
    c->stats.docs++;
    const dyad_sentence *se = dyad_text_sentences(c->text);
    const dyad_token *tk = dyad_text_tokens(c->text);
    size_t ns = dyad_text_sentence_count(c->text);
    int story_discard = 0;
    for (size_t i = 0; i < ns; i++) {
        if (se[i].kind != DYAD_SENT_BODY && se[i].kind != DYAD_SENT_HEADING)
            continue;
        rc = coder_sentence(c, doc->text, tk + se[i].tok_first, se[i].tok_count, (long)i, date,
                            &story_discard) < 0 ? DYAD_ENOMEM : DYAD_OK;
        if (rc != DYAD_OK)
            goto fail;
    }
    if (story_discard) {
        c->nev = 0;
        reject(c, &(sent_ctx){.index = 0}, "story discarded by a discard phrase");
    }
    if (publish(c, doc, date, 0) < 0) {
        rc = DYAD_ENOMEM;
        goto fail;
    }
    c->stats.events += (long)c->npub;
    return DYAD_OK;
fail:
    c->nev = c->npub = c->nrej = 0;
    if (rc == DYAD_ENOMEM)
        base_errmsg(c->errmsg, "dyad_coder_code: out of memory coding document '%.80s'",
                    doc->id);
    return rc;
}

size_t dyad_coder_event_count(const dyad_coder *c) { return c ? c->npub : 0; }

const dyad_event *dyad_coder_event(const dyad_coder *c, size_t i)
{
    return c && i < c->npub ? &c->pub[i] : NULL;
}

size_t dyad_coder_reject_count(const dyad_coder *c) { return c ? c->nrej : 0; }

const char *dyad_coder_reject(const dyad_coder *c, size_t i)
{
    return c && i < c->nrej ? c->rej_pub[i] : NULL;
}

void dyad_coder_get_stats(const dyad_coder *c, dyad_coder_stats *st)
{
    if (st)
        *st = c ? c->stats : (dyad_coder_stats){0};
}

const char *dyad_coder_errmsg(const dyad_coder *c) { return c ? c->errmsg : "out of memory"; }
