/*
** coder.c — events from clauses: the coder's lifecycle and its loops over
** a document's sentences and a sentence's clauses. For each clause: the
** verb's patterns are tried against the words after (and before) the verb;
** the best match gives the CAMEO code and may place the source and target;
** otherwise the clause structure does (subject -> source, object ->
** target; swapped by the passive voice). Noun phrases become actors
** through the dictionary: people and countries, agents joined to the
** country beside them, one actor per member of a coordination. A verb
** whose source or target cannot be found yields nothing: never every actor
** paired with every other. The steps live in coder_*.c (coder_int.h).
*/
#include "base/memo.h"
#include "coder/coder_int.h"
#include "text/doc.h"
#include "text/unbreak.h"

#include <stdio.h>
#include <string.h>

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

size_t coder_rule_lists(base_word_list out[RULE_LISTS])
{
    size_t n = 0;
    out[n++] = base_word_list_of(coder_owner_words(), RULE_OWNER);
    out[n++] = base_word_list_of(coder_gathering_nouns, RULE_GATHERING);
    out[n++] = base_word_list_of(coder_obligation_modals, RULE_OBLIGATION);
    out[n++] = base_word_list_of(coder_strike_bound_words, RULE_STRIKE_BOUND);
    out[n++] = base_word_list_of(coder_aside_journeys, RULE_ASIDE);
    out[n++] = base_word_list_of(coder_meeting_nouns, RULE_ASIDE);
    out[n++] = base_word_list_of(coder_journey_nouns, RULE_ASIDE);
    out[n++] = base_word_list_of(coder_struck_things, RULE_THINGS);
    out[n++] = base_word_list_of(coder_agree_words, RULE_AGREE);
    size_t m = coder_stance_rule_lists(out + n, RULE_LISTS - n);
    return m == SIZE_MAX ? m : n + m;
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
    coder_owner_once();
    if (opts)
        c->opts = *opts;
    c->d = d;
    if (!d) {
        base_errmsg(c->errmsg, "dyad_coder_new: the dictionary is NULL");
        return DYAD_EUSAGE;
    }
    dict_word that = {"that", 4};
    dict_wid that_id;
    dict_word_ids(d, &that, 1, &that_id);
    c->that_id = that_id.fold;
    c->policy_step = dict_synset_find(d, "&POLICYSTEP");
    c->policy_verb = dict_synset_find(d, "&POLICYVERB");
    c->policy_obj = dict_synset_find(d, "&POLICYOBJ");
    c->policy_tool = dict_synset_find(d, "&POLICYTOOL");
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
    c->title_text = dyad_text_new();
    base_word_list rules[RULE_LISTS];
    size_t nrules = coder_rule_lists(rules);
    c->lang = nrules == SIZE_MAX ? NULL
                                 : lang_new_classes(sizeof(dict_wid_kept), rules, nrules);
    c->art = art_new(d);
    c->ment = mentions_new();
    if (c->lang)
        c->memo = lang_memo(c->lang, &c->ids_at);
    if (!c->text || !c->title_text || !c->lang || !c->art || !c->ment ||
        coder_stance_init(c) < 0) {
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
    dyad_text_free(c->title_text);
    lang_free(c->lang);
    art_free(c->art);
    mentions_free(c->ment);
    dy_free(c->ids);
    dy_free(c->entries);
    base_wordset_free(&c->stance_verbs);
    dy_free(c->lids);
    dy_free(c->words);
    dy_free(c->pp_at);
    dy_free(c->kid);
    dy_free(c->sib);
    dy_free(c->ckid);
    dy_free(c->csib);
    dy_free(c->judged);
    dy_free(c->judged_here);
    dy_free(c->clause_keys);
    dy_free(c->breach_at);
    dy_free(c->vg_clause);
    dy_free(c->object2_first);
    dy_free(c->rel_of);
    dy_free(c->rel_next);
    dy_free(c->ev);
    dy_free(c->pub);
    dy_free(c->mpub);
    dy_free(c->rej);
    dy_free(c->rej_pub);
    dy_free(c->doc.mentions);
    country_free(&c->doc.country);
    dy_free(c->doc.ent);
    sb_free(&c->pool);
    dy_free(c);
}

/* ---- one sentence ---- */


/* The dictionary's word ids of sentence s's lemmas (those of its tokens
** were read for the whole document: s->ids is set), the filter of both
** that the patterns step reads (s->word_bits, zero before), and the rule
** gates of its lemmas (s->rules, zero before). -1 on no memory. */
static int sentence_ids(dyad_coder *c, sent_ctx *s)
{
    size_t n = s->ls.n;
    if (base_grow((void **)&c->lids, &c->lids_cap, n + 1, sizeof *c->lids) < 0)
        return -1;
    dict_lemma_ids(c->d, c->memo, c->ids_at, s->ls.text, s->ls.toks, s->ids, s->ls.lemmas,
                   s->ls.forms, n, c->lids, s->entries, s->ls.lemma_tags);
    s->lids = c->lids;
    for (size_t i = 0; i < n; i++) {
        s->rules |= s->ls.classes[i];   /* the rule gates (coder_rule_may) */
        uint32_t w[2] = {s->ids[i].fold, s->lids[i].fold};
        for (int k = 0; k < 2; k++)
            if (w[k]) {
                uint32_t b = coder_word_bit(w[k]);
                s->word_bits[b / 64] |= 1ull << (b % 64);
            }
    }
    for (size_t i = 0; i < SENT_WORD_BITS / 64; i++)
        s->word_sig |= s->word_bits[i];
    return 0;
}

/* The index of sentence s's phrases and clauses (sent_ctx: pp_at, kid,
** sib, ckid, csib, vg_clause, object2_first, rel_of, rel_next), built in one
** pass over each. -1 on no
** memory. */
static int sentence_index(dyad_coder *c, sent_ctx *s)
{
    size_t n = s->ls.n, np = s->ls.nphrases, nc = s->ls.nclauses;
    if (base_grow((void **)&c->pp_at, &c->pp_at_cap, n + 1, sizeof *c->pp_at) < 0 ||
        base_grow((void **)&c->kid, &c->kid_cap, np + 1, sizeof *c->kid) < 0 ||
        base_grow((void **)&c->sib, &c->sib_cap, np + 1, sizeof *c->sib) < 0 ||
        base_grow((void **)&c->vg_clause, &c->vg_clause_cap, np + 1, sizeof *c->vg_clause) < 0 ||
        base_grow((void **)&c->ckid, &c->ckid_cap, nc + 1, sizeof *c->ckid) < 0 ||
        base_grow((void **)&c->csib, &c->csib_cap, nc + 1, sizeof *c->csib) < 0 ||
        base_grow((void **)&c->object2_first, &c->object2_first_cap, n + 1,
                  sizeof *c->object2_first) < 0 ||
        base_grow((void **)&c->rel_of, &c->rel_of_cap, np + 1, sizeof *c->rel_of) < 0 ||
        base_grow((void **)&c->rel_next, &c->rel_next_cap, nc + 1, sizeof *c->rel_next) < 0)
        return -1;
    const phrase *ph = s->ls.phrases;
    const clause *cl = s->ls.clauses;
    for (size_t i = 0; i < n; i++)
        c->pp_at[i] = -1;
    memset(c->object2_first, 0, n + 1);
    for (size_t i = 0; i < np; i++)
        c->kid[i] = c->vg_clause[i] = c->rel_of[i] = -1;
    for (size_t i = 0; i < nc; i++)
        c->ckid[i] = -1;
    s->first_main = (int32_t)nc;
    for (size_t i = nc; i-- > 0;) {
        if (cl[i].kind == CL_MAIN)
            s->first_main = (int32_t)i;
        if (cl[i].verb >= 0 && (size_t)cl[i].verb < np)
            c->vg_clause[cl[i].verb] = (int32_t)i;   /* the first clause of a verb */
        c->csib[i] = c->rel_next[i] = -1;
        if (cl[i].kind == CL_RELATIVE && cl[i].object >= 0 && (size_t)cl[i].object < np) {
            c->rel_next[i] = c->rel_of[cl[i].object];
            c->rel_of[cl[i].object] = (int32_t)i;
        }
        if (cl[i].object2 >= 0 && (size_t)cl[i].object2 < np && ph[cl[i].object2].first < n)
            c->object2_first[ph[cl[i].object2].first] = 1;
        s->bare_clause |= cl[i].kind == CL_COMPLEMENT && cl[i].word == UINT32_MAX &&
                          cl[i].ctrl == CTRL_NONE && cl[i].verb >= 0;
        if (cl[i].parent >= 0) {
            c->csib[i] = c->ckid[cl[i].parent];
            c->ckid[cl[i].parent] = (int32_t)i;
        }
    }
    /* backwards, so that each list comes out in phrase order */
    for (size_t i = np; i-- > 0;) {
        if (ph[i].kind == PH_PP && ph[i].np >= 0 && ph[i].first < n)
            c->pp_at[ph[i].first] = (int32_t)i;
        c->sib[i] = -1;
        if (ph[i].up >= 0) {
            c->sib[i] = c->kid[ph[i].up];
            c->kid[ph[i].up] = (int32_t)i;
        }
    }
    s->pp_at = c->pp_at;
    s->kid = c->kid;
    s->sib = c->sib;
    s->ckid = c->ckid;
    s->csib = c->csib;
    s->vg_clause = c->vg_clause;
    s->object2_first = c->object2_first;
    s->rel_of = c->rel_of;
    s->rel_next = c->rel_next;
    return 0;
}

/* Codes clause ci of sentence s. Returns -1 when memory runs out, else 0
** (a candidate turned down says why on the explain list). */
static int code_clause(dyad_coder *c, sent_ctx *s, size_t ci)
{
    clause_job j;
    /* codes: the verb's best pattern gives the CAMEO code(s); a clause
    ** that codes nothing stops here */
    if (!coder_clause_codes(c, s, ci, &j))
        return 0;
    /* slots: the noun phrases that hold the source and the target */
    coder_clause_slots(c, s, &j);
    /* actors: what those phrases, or the phrases around them, name */
    coder_clause_actors(c, s, &j);
    /* "announced tariff cuts on Ugandan sugar": an easing, no sanction */
    const char *why = c->act_as_said ? NULL : coder_no_sanction(s, &j);
    /* "warned Peru that floods could cut the harvest": news, no threat */
    if (!why && !c->act_as_said)
        why = coder_no_threat(s, &j);
    /* "Japan retaliated": done or guessed, no bare retaliation promised */
    if (!why && !c->act_as_said)
        why = coder_no_retaliation(s, &j);
    /* "would respond": a threat only on another's act (coder_conditional.c) */
    if (!why && !c->act_as_said)
        why = coder_no_conditional_answer(c, s, &j);
    /* "insisted the approach was necessary": a claim, no demand */
    if (!why && !c->act_as_said)
        why = coder_no_demand(s, &j);
    /* "wants three firms to be named members": no demand of the firms */
    if (!why && !c->act_as_said)
        why = coder_no_wish(s, &j);
    /* "Kenya was on alert for floods": no force posture */
    if (!why && !c->act_as_said)
        why = coder_no_posture(&j);
    /* "..., with nearly half going to Uganda": not the exporter's visit */
    if (!why && !c->act_as_said)
        why = coder_absolute_subject(s, &j);
    /* "arrested a man attacking Ugandan soldiers": not the police's attack;
    ** but "the rebels fighting the government" tells the rebels' war */
    int fighters = !why && !c->act_as_said && coder_relative_fighter(c, s, &j);
    if (!why && !c->act_as_said && !fighters)
        why = coder_reduced_relative(s, &j);
    if (why) {
        coder_reject(c, s, "verb '%s' (%s): %s", j.lemma, j.code1, why);
        return 0;
    }
    /* "Biden attacked Trump over his taxes": an attack in words */
    if (!c->act_as_said && coder_verbal_attack(s, &j))
        memcpy(j.code1, lemma_is_word(j.lemma, "clash") ? "110" : "111", 4);
    /* "warned Peru that it must open its market": a demand, no threat */
    if (!c->act_as_said && coder_warning_demand(s, &j))
        memcpy(j.code1, "100", 4);
    /* "told Peru to open its market or face sanctions": an ultimatum too */
    coder_ultimatum(s, &j);
    /* modality: from the verb group and the clauses around it */
    j.when_read = 0;
    j.mod = coder_modality(s, ci, j.vg,
                           j.refusal >= REFUSAL_NEGATION ? j.refusal : j.on_caten || j.refusal,
                           j.m.pattern, &j.when, &j.when_read);
    /* the participle's war told under a plan or a doubt is no threat
    ** ("would send aid to troops fighting the militia") */
    if (fighters && j.mod != MOD_ASSERTED) {
        coder_reject(c, s, "verb '%s' (%s): %s", j.lemma, j.code1,
                     "fighters told by a participle in a clause not said plainly");
        return 0;
    }
    /* "the minister was in Moscow": a visit only as an official's stay
    ** abroad said plainly, not "are in the market" (coder_present.c) */
    if (!c->act_as_said &&
        ((why = coder_no_presence(s, &j)) != NULL || (why = coder_body_meeting(c, s, &j)) != NULL)) {
        coder_reject(c, s, "verb '%s' (%s): %s", j.lemma, j.code1, why);
        return 0;
    }
    /* "will not allow Iran to use the missiles": the negation is the
    ** warning, still to come */
    if (j.mod == MOD_NEGATED && coder_not_allowed(s, &j))
        j.mod = MOD_FUTURE;
    /* "was not satisfied with Japan's efforts": contentment denied is
    ** displeasure voiced; "would be happy with", a wish (coder_content.c) */
    coder_contentment(s, &j);
    /* "reported on his plan to escort the tankers": the subject's plan */
    if (j.mod == MOD_HYPOTHETICAL && coder_own_plan(c, s, ci))
        j.mod = MOD_FUTURE;
    /* "announced tariffs that take effect next month", "announced plans
    ** to break relations": a reduction not yet in force is a threat
    ** still; "announced plans for tariffs" is the imposer's decision (163,
    ** coder_recode.c) */
    if (j.mod == MOD_ASSERTED && strncmp(j.code1, "16", 2) == 0 &&
        (coder_starts_later(s, j.vg->head) ||
         (strcmp(j.code1, "163") != 0 && coder_planned_for(s, ci))))
        j.mod = MOD_FUTURE;
    /* "said they would continue to demand its repeal": a demand or
    ** appeal (10x, 02x) said to go on is made now, not planned */
    if (j.mod == MOD_FUTURE && (strncmp(j.code1, "10", 2) == 0 ||
                                strncmp(j.code1, "02", 2) == 0) &&
        coder_goes_on(s, j.vg))
        j.mod = MOD_ASSERTED;
    /* "the seamen decided to remain on strike": a protest (14x) that
    ** remains is held now, not threatened (133) */
    if (j.mod == MOD_FUTURE && strncmp(j.code1, "14", 2) == 0 && coder_stays(s, j.vg))
        j.mod = MOD_ASSERTED;
    /* "Tunisia has decided to break relations with Iran": a reduction of
    ** relations (16x) decided is made by the decision, not threatened,
    ** unless the sentence says it starts later */
    if (j.mod == MOD_FUTURE && strncmp(j.code1, "16", 2) == 0 && coder_decided_verb(s, j.vg) &&
        !coder_starts_later(s, j.vg->head) && !coder_planned_for(s, ci))
        j.mod = MOD_ASSERTED;
    /* "said it would impose tariffs on Japanese goods", "announced plans to
    ** put tariffs on": a sanction its imposer announces is imposed */
    if (j.mod == MOD_FUTURE && strcmp(j.code1, "163") == 0 &&
        !coder_starts_later(s, j.vg->head) && coder_sanction_announced(s, ci, j.vg))
        j.mod = MOD_ASSERTED;
    /* "announced the sanctions in retaliation for Japan's failure to
    ** honour the pact": a sanction aimed at no one is against the breach's
    ** owner (coder_stance.c) */
    coder_breach_target(c, s, &j);
    /* stance: a speaker who tells of another's hostile act accuses him */
    if (coder_stance(c, s, &j) < 0)
        return -1;
    /* place: where it happened, from the article stage's places */
    coder_clause_place(c, s, &j);
    /* emit: an event for each source and target, or why there is none */
    return coder_clause_emit(c, s, &j);
}

size_t coder_places(const sent_ctx *s, const place_mention **out)
{
    sent_memo *m = s->memo;
    *out = m ? m->places : NULL;
    if (!m)
        return 0;
    if (!m->places_read) {
        m->nplaces = place_scan(&s->ls, s->d, s->ids, s->date, m->places);
        m->places_read = 1;
    }
    return m->nplaces;
}

/* Does a discard phrase occur in the sentence? */
static const dict_discard *discarded(const dyad_coder *c, const sent_ctx *s)
{
    return dict_find_discard(c->d, s->ids, s->lids, s->ls.n);
}

int coder_sentence(dyad_coder *c, const char *text, const dyad_token *toks,
                   const dict_wid *ids, void *const *entries, size_t n, long index)
{
    article_dates dates;
    dates.read = 0;
    sent_memo memo = {.nowners = 0};
    sent_ctx s = {.index = index, .date = c->doc.date, .first_event = c->nev, .ids = ids, .d = c->d,
                  .entries = entries, .according = -2, .conditioned = -1, .dates = &dates,
                  .memo = &memo};
    if (lang_analyze_entries(c->lang, text, toks, n, entries, &s.ls) != DYAD_OK ||
        sentence_ids(c, &s) < 0 || sentence_index(c, &s) < 0 ||
        art_sentence(c->art, &s.ls, s.ids, index) != DYAD_OK)
        return -1;
    /* the article stage reads the sentence first: whom its names,
    ** pronouns and titles stand for; the coder keeps the codes */
    if (mentions_sentence(c->ment, &s.ls, s.ids, index) < 0 || coder_entity_codes(c, &s) < 0)
        return -1;
    coder_unnamed_abroad(c, &s);
    c->stats.sentences++;
    c->stats.tokens += (long)n;
    const dict_discard *dc = discarded(c, &s);
    if (dc) {
        c->stats.discarded++;
        if (dc->story) {
            coder_reject(c, &s, "discarded: the sentence holds '%s' (%s:%u)", dc->name,
                         dc->file, dc->line);
            c->doc.story_discard = 1;
            return 0;
        }
        s.discard = dc;   /* only what sport's words fake is dropped (coder_guards.c) */
    }
    coder_owner_remember(c, &s);   /* "the attack" later, or in this sentence */
    s.story_past = c->doc.story_left > 0;
    for (size_t ci = 0; ci < s.ls.nclauses; ci++)
        if (code_clause(c, &s, ci) < 0 || coder_stance_predicate(c, &s, ci) < 0 ||
            coder_obligation(c, &s, ci) < 0)
            return -1;
    /* "France and Yugoslavia agreed to set up a commission": after every
    ** clause, so that a pattern's reading of the pair comes first */
    if (coder_rule_may(&s, RULE_AGREE))
        for (size_t ci = 0; ci < s.ls.nclauses; ci++)
            if (coder_agree_joint(c, &s, ci) < 0)
                return -1;
    /* "Russia's attack on Ukraine": events written as noun phrases */
    if (coder_nominals(c, &s) < 0)
        return -1;
    /* "called for action against Japan for violating the pact" */
    if (coder_stance_penalty(c, &s) < 0)
        return -1;
    coder_things_remember(c, &s);   /* "the platform" in a later sentence */
    c->doc.story_left = coder_story_next(&s, c->doc.story_left);
    return c->pool.oom ? -1 : 0;
}

/* ---- one document ---- */

/* Starts c->doc and the mention table afresh for a document of that date
** and text. */
static void doc_begin(dyad_coder *c, const char *text, int32_t date)
{
    doc_ctx *d = &c->doc;
    d->date = date;
    country_begin(&d->country);
    d->nent = 0;
    d->nagents = 0;
    d->nacts = 0;
    d->ndeeds = 0;
    d->lead_kept = 0;
    d->nbody = 0;
    d->nthings = 0;
    d->suspect_ent = -1;
    d->suspect_seen = 0;
    d->nmentions = 0;
    d->story_discard = 0;
    d->story_left = 0;
    d->group_lead = 0;
    d->caucus = -1;   /* read when first asked (coder_caucus.c) */
    d->visit_sent = -1;
    mentions_begin(c->ment, c->d, text, date);
    d->has_dateline_place = 0;
    d->unclaimed_sent = -1;
    d->victim_sent = -1;
    d->they_from = d->they_next = 0;
    d->peers_done = 0;
    d->quote_spk_sent = -1;
}

/* The word ids of the document's ntok tokens (of text) into c->ids, read
** once for the article stage's pass and every sentence, and each token's
** memo entry into c->entries, for the analyzer: one lookup of a token
** serves both. The round begun here holds the entries until the next
** document. -1 on no memory. */
static int document_ids(dyad_coder *c, const char *text, const dyad_token *toks, size_t ntok)
{
    if (base_grow((void **)&c->ids, &c->ids_cap, ntok + 1, sizeof *c->ids) < 0 ||
        base_grow((void **)&c->words, &c->words_cap, ntok + 1, sizeof *c->words) < 0 ||
        base_grow((void **)&c->entries, &c->entries_cap, ntok + 1, sizeof *c->entries) < 0)
        return -1;
    memo_round(c->memo);
    for (size_t i = 0; i < ntok; i++) {
        c->words[i].s = text + toks[i].start;
        c->words[i].len = toks[i].len;
    }
    dict_word_ids_memo(c->d, c->memo, c->ids_at, c->words, ntok, c->ids, c->entries);
    return 0;
}

/* The country that title names (article/country.h), for a story with no
** dateline: a headline's place or state says where the story is better
** than names in passing. Its first TITLE_TOKENS tokens are enough for a
** headline. -1 on no memory. */
static int read_title(dyad_coder *c, const char *title)
{
    enum { TITLE_TOKENS = 48 };
    size_t len = title ? strlen(title) : 0;
    if (!len)
        return 0;
    int rc = dyad_text_split(c->title_text, title, len);
    if (rc == DYAD_ENOMEM)
        return -1;
    if (rc != DYAD_OK)
        return 0;
    const dyad_token *t = dyad_text_tokens(c->title_text);
    size_t n = dyad_text_token_count(c->title_text);
    dict_word w[TITLE_TOKENS];
    dict_wid ids[TITLE_TOKENS];
    if (n > TITLE_TOKENS)
        n = TITLE_TOKENS;
    for (size_t i = 0; i < n; i++) {
        w[i].s = title + t[i].start;
        w[i].len = t[i].len;
    }
    dict_word_ids_memo(c->d, c->memo, c->ids_at, w, n, ids, NULL);
    country_title(&c->doc.country, c->d, title, t, ids, n, c->doc.date);
    return 0;
}

/* Is one of the n tokens of text a comma ("MANILA, March 3")? */
static int has_comma(const char *text, const dyad_token *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i].kind == DYAD_TOK_PUNCT && text[t[i].start] == ',')
            return 1;
    return 0;
}

/* The article stage's pass over the whole document before any sentence
** is coded: the countries of its datelines ("MOSCOW, March 20 (dyad wire)
** —" names RUS; a digest's items may open with their own), and the
** country its actor names name most often, a dateline's city counted
** among them, or in a story with no dateline the one its title names
** (article/country.h). -1 on no memory. */
static int read_countries(dyad_coder *c, const char *text, const char *title,
                          const dyad_sentence *se, size_t ns, const dyad_token *tk)
{
    doc_country *dc = &c->doc.country;
    int dated = 0, first_body = 1, lead_seen = 0;
    for (size_t i = 0; i < ns; i++) {
        const dyad_token *t = tk + se[i].tok_first;
        const dict_wid *ids = c->ids + se[i].tok_first;
        size_t n = se[i].tok_count;
        if (se[i].kind == DYAD_SENT_DATELINE) {
            dated = 1;
            if (country_dateline(dc, c->d, t, ids, n, c->doc.date, (long)i) < 0)
                return -1;
            /* the city it names is where events are when their sentence
            ** names no place (article/place.h) */
            if (!c->doc.has_dateline_place) {
                c->doc.has_dateline_place = place_dateline(text, t, n, c->d, ids, c->doc.date,
                                                           &c->doc.dateline_place);
                if (c->doc.has_dateline_place &&
                    country_dateline_place(dc, c->d, &c->doc.dateline_place, t, c->doc.date,
                                           (long)i) < 0)
                    return -1;
            }
        } else if (se[i].kind == DYAD_SENT_BODY || se[i].kind == DYAD_SENT_HEADING) {
            size_t at, len;
            int named = country_inline_dateline(dc, c->d, text, t, ids, n, c->doc.date,
                                                (long)i, &at, &len);
            if (named < 0)
                return -1;
            place_mention pm;
            if (len && place_dateline(text, t + at, len, c->d, ids + at, c->doc.date, &pm)) {
                named = 1;
                if (country_dateline_place(dc, c->d, &pm, t + at, c->doc.date, (long)i) < 0)
                    return -1;
            }
            if (country_count(dc, c->d, text, t, ids, n, c->doc.date) < 0)
                return -1;
            /* the lead's officials of a group of states (coder_group_lead.c) */
            if (se[i].kind == DYAD_SENT_BODY && lead_seen++ < 2)
                c->doc.group_lead |= coder_group_lead(text, t, n);
            /* only a dateline at the head of the story that names a place
            ** or a date ("ERIADOR, May 2 -"): not "UPDATE - ...", "NASA -
            ** a space agency -", nor a later item's */
            dated |= first_body && len && (named || has_comma(text, t + at, len));
            first_body = 0;
        }
    }
    /* a dateline places the story, even one whose city the dictionary
    ** does not know ("RIO DE JANEIRO, March 8 -"); a headline stands in
    ** for it only in a story without one */
    if (!dated && read_title(c, title) < 0)
        return -1;
    country_decide(dc);
    return 0;
}

int dyad_coder_code(dyad_coder *c, const dyad_doc *doc)
{
    if (!c)
        return DYAD_EUSAGE;
    if (!c->cameo)
        return DYAD_EUSAGE;   /* dyad_coder_new failed; errmsg still says why */
    c->nev = c->npub = c->nrej = c->nmpub = 0;
    art_drop_quotes(c->art);
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
    /* words broken at a line end ("semi-\nannual") are read whole: the
    ** coder reads the text through the copy, whose offsets are the text's */
    if (!(checked.text = text_unbreak(c->text))) {
        rc = DYAD_ENOMEM;
        goto fail;
    }
    c->stats.docs++;
    const dyad_sentence *se = dyad_text_sentences(c->text);
    const dyad_token *tk = dyad_text_tokens(c->text);
    size_t ns = dyad_text_sentence_count(c->text);
    doc_begin(c, doc->text, date);
    art_begin(c->art, doc->text, date);
    if (document_ids(c, doc->text, tk, dyad_text_token_count(c->text)) < 0 ||
        read_countries(c, doc->text, doc->title, se, ns, tk) < 0) {
        rc = DYAD_ENOMEM;
        goto fail;
    }
    /* read when first asked: seldom, and each a scan of every word */
    c->doc.police_story = -1;
    c->doc.foreign_people = -1;
    for (size_t i = 0; i < ns; i++) {
        c->doc.nbody += se[i].kind == DYAD_SENT_BODY;
        if ((se[i].kind == DYAD_SENT_BODY || se[i].kind == DYAD_SENT_HEADING) &&
            coder_sentence(c, doc->text, tk + se[i].tok_first, c->ids + se[i].tok_first,
                           c->entries + se[i].tok_first,
                           se[i].tok_count, (long)i) < 0) {
            rc = DYAD_ENOMEM;
            goto fail;
        }
    }
    if (art_finish(c->art, doc->id) != DYAD_OK) {
        rc = DYAD_ENOMEM;
        goto fail;
    }
    if (c->doc.story_discard) {
        c->nev = 0;
        art_drop_quotes(c->art);
        coder_reject(c, &(sent_ctx){.index = 0}, "story discarded by a discard phrase");
    }
    if (coder_publish(c, doc) < 0 || coder_publish_mentions(c, doc) < 0) {
        rc = DYAD_ENOMEM;
        goto fail;
    }
    c->stats.events += (long)c->npub;
    return DYAD_OK;
fail:
    c->nev = c->npub = c->nrej = c->nmpub = 0;
    art_drop_quotes(c->art);
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

size_t dyad_coder_quote_count(const dyad_coder *c) { return c ? art_quote_count(c->art) : 0; }

const dyad_quote *dyad_coder_quote(const dyad_coder *c, size_t i)
{
    return c ? art_quote(c->art, i) : NULL;
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
