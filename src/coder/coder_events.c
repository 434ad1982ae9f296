/*
** coder_events.c — the emit step and what follows it: an event for each
** source and target a clause found (or the reason there is none), the
** strings they keep in the document's pool, the explain list of rejected
** candidates, and the public events a document ends with.
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* ---- strings kept for the document's events ---- */

uint32_t coder_keep(dyad_coder *c, const char *s, size_t n)
{
    uint32_t off = (uint32_t)c->pool.len;
    sb_append(&c->pool, s, n);
    sb_putc(&c->pool, '\0');
    return off;
}

uint32_t coder_keepf(dyad_coder *c, const char *fmt, ...)
{
    uint32_t off = (uint32_t)c->pool.len;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&c->pool, fmt, ap);
    va_end(ap);
    sb_putc(&c->pool, '\0');
    return off;
}

void coder_reject(dyad_coder *c, const sent_ctx *s, const char *fmt, ...)
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

/* ---- building events ---- */

/* The text of tokens [first, end) of the sentence: *p and *n. */
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
        sb_puts(b, m->verb ? m->verb->lemma : m->rule ? m->rule : "");
        return;
    }
    for (int side = 0; side < 2; side++) {
        const dict_elem *el = side ? p->post : p->pre;
        uint32_t n = side ? p->npost : p->npre;
        if (side)   /* a noun's pattern names its compound: "air strike" */
            sb_printf(b, "%s%s", b->len ? " " : "", m->verb->noun ? p->verb : m->verb->lemma);
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

/* Where the article level found actor a, for the event's source_from or
** target_from: an offset into the pool, or UINT32_MAX when a came from
** its sentence. text is the document's. */
static uint32_t from_text(dyad_coder *c, const char *text, const actor_ref *a)
{
    int n = (int)(a->from_end - a->from_start);
    const char *w = text + a->from_start;
    switch (a->from) {
    case FROM_DATELINE:
        return coder_keepf(c, "dateline: %.*s", n, w);
    case FROM_ARTICLE: {
        /* the title's one country that only its weight made the article's */
        const doc_country *dc = &c->doc.country;
        int titled = dc->titled && strncmp(a->code, dc->dominant, 3) == 0;
        return coder_keepf(c, "article: %.3s, named %d times%s, first as '%.*s'", a->code,
                           a->from_count, titled ? " and in the title" : "", n, w);
    }
    case FROM_MENTION:
        return coder_keepf(c, "sentence %ld: %.*s", a->from_sent, n, w);
    case FROM_QUOTE:
        return coder_keepf(c, "quote: %s", a->from_who);
    case FROM_EVENT: {
        /* the code and verb are in the pool, which moves as keepf grows
        ** it: copied out first */
        char code[16], verb[256];
        snprintf(code, sizeof code, "%s", c->pool.s + c->ev[a->from_count].code);
        snprintf(verb, sizeof verb, "%s", c->pool.s + c->ev[a->from_count].verb);
        return coder_keepf(c, "event: sentence %ld, %s %s %s '%s'", a->from_sent,
                           c->ev[a->from_count].source, c->ev[a->from_count].target, code, verb);
    }
    case FROM_HOME:
        return coder_keepf(c, "home: the government of the source's country");
    default:
        return UINT32_MAX;
    }
}

/* Adds actor a of sentence s to the document's mentions, once per span
** and code; partial mode's unknown actor names nothing. -1 on no memory. */
static int mention(dyad_coder *c, const sent_ctx *s, const actor_ref *a)
{
    doc_ctx *d = &c->doc;
    if (strcmp(a->code, "---") == 0 || !a->code[0] || a->from == FROM_HOME)
        return 0;
    for (size_t i = d->nmentions; i-- > 0 && d->mentions[i].sent == s->index;)
        if (d->mentions[i].first == a->first && d->mentions[i].end == a->end &&
            strcmp(d->mentions[i].code, a->code) == 0)
            return 0;
    if (base_grow((void **)&d->mentions, &d->mentions_cap, d->nmentions + 1,
                  sizeof *d->mentions) < 0)
        return -1;
    doc_mention *m = &d->mentions[d->nmentions++];
    snprintf(m->code, sizeof m->code, "%s", a->code);
    m->sent = s->index;
    m->first = a->first;
    m->end = a->end;
    return 0;
}

/* Party *to of a visit: actor a's code and words in sentence s. */
static void visit_party_set(doc_party *to, const sent_ctx *s, const actor_ref *a)
{
    snprintf(to->code, sizeof to->code, "%s", a->code);
    if (a->from == FROM_MENTION) {   /* "his guest" again: the name it stood for */
        to->sent = a->from_sent;
        to->start = a->from_start;
        to->end = a->from_end;
        return;
    }
    to->sent = s->index;
    to->start = s->ls.toks[a->first].start;
    to->end = s->ls.toks[a->end - 1].start + s->ls.toks[a->end - 1].len;
}

/* A visit said to happen (042, or a host's 043) names the guest and the
** host that "his guest" and "his host" stand for later (coder_actor.c,
** visit_role). A planned one does not: its guest has not come. */
static void remember_visit(dyad_coder *c, const sent_ctx *s, const char *act, int shown,
                           int mod, const actor_ref *src, const actor_ref *tgt)
{
    int visit = strcmp(act, "042") == 0, host = strcmp(act, "043") == 0;
    if (!shown || mod != MOD_ASSERTED || (!visit && !host) || !src->code[0] ||
        !tgt->code[0] || src->end <= src->first || tgt->end <= tgt->first ||
        strncmp(src->code, "---", 3) == 0 || strncmp(tgt->code, "---", 3) == 0)
        return;
    visit_party_set(&c->doc.visit_guest, s, visit ? src : tgt);
    visit_party_set(&c->doc.visit_host, s, visit ? tgt : src);
    c->doc.visit_sent = s->index;
}

/* Where the event src does code to tgt goes among the events: *slot, a
** new one at c->nev or the sentence's same (source, target, code) not
** shown, which a shown one replaces. Returns 1 to fill *slot, 0 when the
** sentence has it already, -1 on no memory. */
static int event_slot(dyad_coder *c, const sent_ctx *s, const char *code, int shown,
                      const actor_ref *src, const actor_ref *tgt, size_t *slot)
{
    *slot = c->nev;
    for (size_t i = s->first_event; i < c->nev; i++) {
        const event_rec *e = &c->ev[i];
        if (strcmp(e->source, src->code) == 0 && strcmp(e->target, tgt->code) == 0 &&
            strcmp(c->pool.s + e->code, code) == 0) {
            if (e->shown || !shown)
                return 0;
            *slot = i;
            return 1;
        }
    }
    return base_grow((void **)&c->ev, &c->ev_cap, c->nev + 1, sizeof *c->ev) < 0 ? -1 : 1;
}

/* When event e of clause job j happened: the article stage's date reader,
** read once a clause has an event (or already by the modality step, for a
** plan dated later); history by the date or by the clause's background
** (coder_background). */
static void event_when(dyad_coder *c, const sent_ctx *s, clause_job *j, event_rec *e)
{
    if (!j->when_read) {
        article_event_date_in(s->dates, &s->ls, j->ci, j->mod == MOD_FUTURE, c->doc.date,
                              &j->when);
        j->when_read = 1;
    }
    char when[11];
    article_date_str(&j->when, when);
    e->event_date = coder_keep(c, when, strlen(when));
    e->date_prec = j->when.prec;
    e->historical = j->when.historical || j->history || coder_story_event(s, j->ci, &j->when);
    const char *p = "";
    size_t n = 0;
    if (j->when.end > j->when.first)
        span_text(s, j->when.first, j->when.end, &p, &n);
    e->date_text = coder_keep(c, p, n);
}

/* Records the event src does code to tgt, as clause job j found it
** (shown: emitted by default); nothing when the sentence has it already,
** unless this one is shown and the earlier one was not. Returns -1 on no
** memory. */
/* The offset of sentence s's text in the coder's pool, kept at its first
** event, once (s->memo): most sentences have none, and the copy of each
** was work and pool the rest never read. */
static uint32_t sentence_text(dyad_coder *c, const sent_ctx *s)
{
    sent_memo *m = s->memo;
    if (m && m->text_kept)
        return m->text_off;
    uint32_t off = 0;
    const dyad_token *t = s->ls.toks;
    size_t n = s->ls.n;
    if (n)
        off = coder_keep(c, s->ls.text + t[0].start, t[n - 1].start + t[n - 1].len - t[0].start);
    if (m) {
        m->text_kept = 1;
        m->text_off = off;
    }
    return off;
}

static int add_event(dyad_coder *c, const sent_ctx *s, clause_job *j, const char *code,
                     int shown, const actor_ref *src, const actor_ref *tgt)
{
    const clause *cl = j->cl;
    const match_state *m = &j->m;
    const char *act = j->code1[0] ? j->code1 : j->code2 ? j->code2 : code;
    if (s->discard && (c->act_as_said || !coder_discard_keeps(act, src->code, tgt->code))) {
        coder_reject(c, s, "discarded: the sentence holds '%s' (%s:%u)", s->discard->name,
                     s->discard->file, s->discard->line);
        return 0;
    }
    const char *why = c->act_as_said ? NULL : coder_no_event(s, j->lemma, j->vg->head, act, src, tgt);
    if (why) {
        coder_reject(c, s, "verb '%s' (%s): %s to %s: %s", j->lemma, code, src->code,
                     tgt->code, why);
        return 0;
    }
    if (!c->act_as_said) {
        code = coder_pair_code(s, code, src, tgt);
        code = coder_state_charged(s, code, j->lemma, j->tgt_np, tgt->code);
        code = coder_strike_banned(s, code, j->lemma, tgt);
        code = coder_state_protest(code, j->lemma, src->code, tgt->code);
    }
    /* "Tokyo accused Seoul": a capital for the state is its government,
    ** once the guards have judged the pair by the country */
    actor_ref cap_src, cap_tgt;
    if (!c->act_as_said) {
        cap_src = *src;
        cap_tgt = *tgt;
        if (coder_capital_government(s, act, 0, &cap_src))
            src = &cap_src;
        if (tgt->code[0] && coder_capital_government(s, act, 1, &cap_tgt))
            tgt = &cap_tgt;
    }
    size_t slot;
    int r = event_slot(c, s, code, shown, src, tgt, &slot);
    if (r <= 0)
        return r;
    event_rec *e = &c->ev[slot];
    memset(e, 0, sizeof *e);
    snprintf(e->source, sizeof e->source, "%s", src->code);
    snprintf(e->target, sizeof e->target, "%s", tgt->code);
    e->sent = s->index;
    e->mod = j->mod;
    e->shown = shown;
    e->quoted = cl->quoted;
    e->cameo = cameo_find(c->cameo, code, strlen(code));
    e->code = coder_keep(c, code, strlen(code));
    const char *p;
    size_t n;
    p = "", n = 0;
    if (src->end > src->first)   /* a dateline's police have no words here */
        span_text(s, src->first, src->end, &p, &n);
    e->source_text = coder_keep(c, p, n);
    p = "", n = 0;
    if (tgt->end > tgt->first)   /* an event with no target has no words for it */
        span_text(s, tgt->first, tgt->end, &p, &n);
    e->target_text = coder_keep(c, p, n);
    span_text(s, j->vg->first, j->vg->end, &p, &n);   /* a verb, or an event's noun */
    e->verb = coder_keep(c, p, n);
    e->sentence = sentence_text(c, s);
    strbuf pt = {0};
    pattern_text(c, m, &pt);
    e->pattern = coder_keep(c, sb_str(&pt), pt.len);
    sb_free(&pt);
    const char *pf = m->pattern ? m->pattern->file : m->verb ? m->verb->file : NULL;
    long pl = m->pattern ? m->pattern->line : m->verb ? m->verb->line : 0;
    e->pattern_file = coder_keep(c, pf ? pf : "", pf ? strlen(pf) : 0);
    e->pattern_line = pl;
    e->source_entry =
        coder_keepf(c, "%s:%u", src->entry_file ? src->entry_file : "", src->entry_line);
    e->target_entry = !tgt->code[0] ? coder_keep(c, "", 0)
                    : coder_keepf(c, "%s:%u", tgt->entry_file ? tgt->entry_file : "",
                                  tgt->entry_line);
    event_when(c, s, j, e);
    e->source_from = from_text(c, s->ls.text, src);
    e->target_from = from_text(c, s->ls.text, tgt);
    e->place = j->where;
    e->place_from = j->where_from;
    if (slot == c->nev)
        c->nev++;
    remember_visit(c, s, act, shown, j->mod, src, tgt);
    return mention(c, s, src) < 0 || mention(c, s, tgt) < 0 ? -1 : 0;
}

/* ---- the emit step ---- */

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
        coder_reject(c, s, "verb '%s' (%s): no %s actor in '%.*s'", lemma, code, role, (int)wn,
                     w);
    else
        coder_reject(c, s, "verb '%s' (%s): no %s actor (no words for it)", lemma, code, role);
}

/* The unknown actor "---" of partial mode; its words are the verb's. */
static void null_actor(actor_ref *a, const phrase *vg)
{
    memset(a, 0, sizeof *a);
    snprintf(a->code, sizeof a->code, "---");
    a->first = vg->first;
    a->end = vg->end;
}

/* The codes clause job j's events take, by its modality (docs/coder.md,
** "Modality"): an act said to happen keeps its code; a plan, promise or
** threat of it takes the intent or threat code the CAMEO table gives it
** ("will visit": 036), and keeps the act's code, not shown by default,
** when the table gives none; anything else keeps its code and is not shown.
** The host's code of a planned visit (code2) is dropped, and a reciprocal
** act is turned round only when it is set down to happen (set_down): a
** wish is the subject's alone. */
typedef struct modal_codes {
    const char *code1, *code2;   /* NULL: none */
    int shown;
    int intent;                  /* the codes are the intent or threat form */
} modal_codes;

/* Does a word of wishing stand in vg before its verb ("hoped to receive",
** "wants to buy")? */
static int wished(const sent_ctx *s, const phrase *vg)
{
    static const char *const wishing[] = {"hope", "want", "wish", "seek", "expect", "try",
                                          "aim", "like", "prefer", "need", NULL};
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (lemma_in_list(s->ls.lemmas[k], wishing))
            return 1;
    return 0;
}

static modal_codes modal_code(const dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    modal_codes mc = {j->code1[0] ? j->code1 : NULL, j->code2, j->mod == MOD_ASSERTED, 0};
    if (c->act_as_said) {
        mc.shown = j->mod != MOD_NEGATED;
        return mc;
    }
    /* "Reagan's decision to protect the tankers": decided, not yet done */
    int decided = j->mod == MOD_ASSERTED && coder_decided(s, j->vg);
    if (!decided && !coder_intent(s, j->ci, j->vg, j->mod))
        return mc;
    /* "Sudan hoped to receive loans from Gulf states": the subject's wish,
    ** where the source is another ("+ receive &ECONAID from $"), is no
    ** intent of that other; the act stays, not shown */
    if (!decided && j->m.pattern && (j->m.pattern->flags & DICT_PAT_SUBJECT_TARGET) &&
        wished(s, j->vg))
        return mc;
    /* "said it would vote against the plan": a rejection announced is
    ** made now; CAMEO gives it no intent form */
    if (!decided && mc.code1 && coder_rejection_stance(s, j)) {
        const char *threat = coder_veto_threat(mc.code1);
        if (threat)   /* "has said he will veto any tax bill": a threat */
            return (modal_codes){threat, NULL, 1, 1};
        mc.shown = 1;
        return mc;
    }
    const char *from = mc.code1 ? mc.code1 : mc.code2;
    const cameo_entry *e = from ? cameo_find(c->cameo, from, strlen(from)) : NULL;
    if (!e || !e->intent[0] || (decided && strncmp(e->intent, "03", 2) != 0))
        return mc;
    /* "If the talks succeed, the team will hold talks in Paris", "would
    ** support the bonds if it was considered appropriate": an intent on a
    ** condition that no party's act meets is not yet one (the seventh and
    ** seventeenth samples); a promise for another's act ("will lift the
    ** embargo if Malawi frees them") bargains, and a threat (13) is one by
    ** its nature: both stay shown */
    int shown = !(j->mod == MOD_CONDITIONAL && strncmp(e->intent, "03", 2) == 0 &&
                  coder_condition_on_nothing(s, j->ci));
    if (!mc.code1)   /* a pattern that codes the target's act alone */
        return (modal_codes){NULL, e->intent, shown, 1};
    return (modal_codes){e->intent, NULL, shown, 1};
}

/* Is job j's intent a meeting or talks set down to take place, not one
** side's wish? "will meet", "would hold talks" (reported speech), "is
** (scheduled, due, set) to meet", a present dated later ("meet tomorrow")
** and a meeting written as a noun with a later date are, but not one
** attended; "is keen (ready, willing) to negotiate", "hopes (wants,
** offers, agrees) to meet" are not: only the one who said so means it
** (docs/coder.md, "A meeting set down is both sides'"). */
static int set_down(const sent_ctx *s, const clause_job *j)
{
    static const char *const wishing[] = {
        "hope", "want", "wish", "seek", "offer", "propose", "agree", "try", "plan", "intend",
        "aim", "expect", "like", "prefer", "ready", "willing", "keen", "eager", "prepared",
        "prepare", "anxious", "happy", "glad", "invite", "ask", "urge", "call", NULL};
    const phrase *vg = j->vg;
    if (vg->kind == PH_NP)   /* "a meeting with Kenya next week" */
        return 1;
    /* "agreed to meet +": the catenative's own pattern; "will attend the
    ** IMF's meetings": a guest's, not the host's */
    if (j->on_caten || lemma_is_word(j->lemma, "attend"))
        return 0;
    int set = 0;
    for (uint32_t k = vg->first; k < vg->head; k++) {
        const char *w = s->ls.lemmas[k];
        if (lemma_in_list(w, wishing))
            return 0;
        if (s->ls.tags[k] == TAG_MD)
            set |= lemma_in_list(w, (const char *const[]){"will", "shall", "would", NULL});
        else
            set |= lemma_in_list(w, (const char *const[]){"schedule", "due", "set", NULL}) ||
                   (lemma_is_word(w, "be") && s->ls.tags[k + 1] == TAG_TO);
    }
    /* "is to meet", "was scheduled to meet" when the parse splits them */
    uint32_t k = vg->first;
    if (!set && k > 0 && s->ls.tags[k] == TAG_TO)
        set = lemma_in_list(s->ls.lemmas[k - 1],
                            (const char *const[]){"be", "schedule", "due", "set", NULL});
    /* "officials meet tomorrow": a timetable */
    int t = s->ls.tags[vg->head];
    return set || (vg->first == vg->head && (t == TAG_VBP || t == TAG_VBZ));
}

/* A list is not a dyad: three or more parties to a joint act ("Canada,
** Britain, France and Japan agreed to cooperate") are each coded towards
** the organisation the clause names ("at the OPEC conference") or, failing
** one, the host: a member whose country the clause names as the place ("met
** in Athens"). Their actor into *centre; 0 when the clause names neither.
** m[0..n) are the members. */
static int list_centre(dyad_coder *c, const sent_ctx *s, clause_job *j,
                       const actor_ref *m, int n, actor_ref *centre)
{
    const clause *cl = j->cl;
    int host = 0;
    /* every prepositional phrase from the clause's words up to the next
    ** clause ("had met for their summit, that time in Athens") */
    uint32_t until = (uint32_t)s->ls.n;
    for (size_t i = 0; i < s->ls.nclauses; i++)
        if (s->ls.clauses[i].first >= cl->end && s->ls.clauses[i].first < until)
            until = s->ls.clauses[i].first;
    for (size_t i = 0; i < s->ls.nphrases; i++) {
        const phrase *pp = &s->ls.phrases[i];
        if (pp->kind != PH_PP || pp->first < cl->first || pp->first >= until || pp->np < 0)
            continue;
        actor_ref a[MAX_ACTORS];
        int k = coder_resolve_np(c, s, pp->np, a, MAX_ACTORS);
        /* a city the dictionary does not know is its country ("in Santiago") */
        const place_mention *pl = NULL;
        size_t npl = k == 0 ? coder_places(s, &pl) : 0;
        for (size_t q = 0; k == 0 && q < npl; q++)
            if (pl[q].city >= 0 && pl[q].first >= s->ls.phrases[pp->np].first &&
                pl[q].end <= s->ls.phrases[pp->np].end) {
                memset(&a[0], 0, sizeof a[0]);
                snprintf(a[0].code, sizeof a[0].code, "%s", pl[q].country);
                a[0].first = pl[q].first;
                a[0].end = pl[q].end;
                k = 1;
            }
        for (int x = 0; x < k; x++) {
            if (strncmp(a[x].code, "IGO", 3) == 0 || strncmp(a[x].code, "NGO", 3) == 0) {
                *centre = a[x];
                return 1;
            }
            const char *prep = s->ls.lemmas[pp->head];
            char cc[4], mc[4];
            if (host || !(lemma_is_word(prep, "in") || lemma_is_word(prep, "at")) ||
                !coder_code_country(a[x].code, cc))
                continue;
            for (int y = 0; y < n && !host; y++)
                host = coder_code_country(m[y].code, mc) && strcmp(cc, mc) == 0;
            if (host)
                *centre = a[x];
        }
    }
    return host;
}

/* Are actors a and b one party: of one country, or one organisation? */
static int one_party(const actor_ref *a, const actor_ref *b)
{
    char ca[4], cb[4];
    if (coder_code_country(a->code, ca) && coder_code_country(b->code, cb))
        return strcmp(ca, cb) == 0;
    return strcmp(a->code, b->code) == 0;
}

/* How many parties a[0..n) are ("Reagan, Bush and Shultz" are one). */
static int parties(const actor_ref *a, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        int seen = 0;
        for (int p = 0; p < i && !seen; p++)
            seen = one_party(&a[p], &a[i]);
        k += !seen;
    }
    return k;
}

/* Acts that go to each party in turn, never a list's: a tour of visits,
** hosting, mediation. */
static const char *const one_by_one[] = {"042", "043", "045", NULL};

/* "The Egyptian foreign minister and his Greek, Cypriot and French
** counterparts met in Cairo": a meeting in the country of one of its
** members is a visit of the others (042) to that member, who hosts each
** (043), as docs/annotation.md codes a host and a visitor. The host is
** the first member of country hc. m[0..n) are the members. Returns -1 on
** no memory, else 0. */
static int host_events(dyad_coder *c, const sent_ctx *s, clause_job *j,
                       const modal_codes *mc, const actor_ref *m, int n, const char *hc)
{
    const actor_ref *host = NULL;
    char cc[4];
    for (int i = 0; i < n && !host; i++)
        if (coder_code_country(m[i].code, cc) && strcmp(cc, hc) == 0)
            host = &m[i];
    if (!host)
        return 0;
    for (int i = 0; i < n; i++) {
        if (coder_code_country(m[i].code, cc) && strcmp(cc, hc) == 0)
            continue;   /* the host's own people host no one */
        if (add_event(c, s, j, "042", mc->shown, &m[i], host) < 0 ||
            add_event(c, s, j, "043", mc->shown, host, &m[i]) < 0)
            return -1;
    }
    return 0;
}

/* A list is no dyad: each of a[0..n) and b[0..nb) towards the
** organisation or host the clause names (list_centre), or no event.
** Returns -1 on no memory, else 0. */
static int list_events(dyad_coder *c, const sent_ctx *s, clause_job *j,
                       const modal_codes *mc, const actor_ref *a, int n, const actor_ref *b,
                       int nb)
{
    actor_ref m[2 * MAX_ACTORS], centre;
    int nm = 0;
    for (int i = 0; i < n; i++)
        m[nm++] = a[i];
    for (int i = 0; i < nb; i++)
        m[nm++] = b[i];
    if (lemma_in_list(j->code1, one_by_one) || !list_centre(c, s, j, m, nm, &centre)) {
        coder_reject(c, s, "verb '%s' (%s): %d parties in a list are no dyad, and the clause "
                           "names no organisation or host they meet in", j->lemma, mc->code1,
                     parties(m, nm));
        return 0;
    }
    char cc[4], hc[4];
    int host_country = coder_code_country(centre.code, hc);
    if (host_country && !mc->intent && mc->code1 && strncmp(mc->code1, "04", 2) == 0)
        return host_events(c, s, j, mc, m, nm, hc);
    for (int i = 0; i < nm; i++)
        if (strcmp(m[i].code, centre.code) != 0 &&
            !(host_country && coder_code_country(m[i].code, cc) && strcmp(cc, hc) == 0) &&
            add_event(c, s, j, mc->code1, mc->shown, &m[i], &centre) < 0)
            return -1;
    return 0;
}

/* "Erdogan met al-Sudani in Ankara": a meeting (040) that its clause or
** sentence places in the country of one side only is the other side's
** visit (042) and that side's hosting (043), as docs/annotation.md codes a
** host and a visitor. Not from a dateline, which says where the writer
** is. Returns 1 when src and tgt are so coded (or -1 on no memory), 0 to
** code the meeting as it is. */
static int host_pair(dyad_coder *c, const sent_ctx *s, clause_job *j, const modal_codes *mc,
                     const actor_ref *src, const actor_ref *tgt)
{
    char sc[4], tc[4];
    if (!mc->code1 || strcmp(mc->code1, "040") != 0 || mc->intent || !j->mutual ||
        !coder_code_country(src->code, sc) || !coder_code_country(tgt->code, tc) ||
        strcmp(sc, tc) == 0)
        return 0;
    int placed = j->where_from == PLACE_FROM_CLAUSE;
    int src_home = placed && strcmp(sc, j->where.country) == 0,
        tgt_home = placed && strcmp(tc, j->where.country) == 0;
    /* "met the visiting Ugandan minister": the other side is at home */
    if (src_home == tgt_home && !placed && !c->act_as_said) {
        src_home = coder_visiting(s, tgt);
        tgt_home = coder_visiting(s, src);
    }
    if (src_home == tgt_home)
        return 0;
    const actor_ref *host = src_home ? src : tgt, *guest = src_home ? tgt : src;
    return add_event(c, s, j, "042", mc->shown, guest, host) < 0 ||
           add_event(c, s, j, "043", mc->shown, host, guest) < 0 ? -1 : 1;
}

/* Each member of a[0..n) towards each other one, with the clause's first
** code: "Xi and Putin met". Three parties or more are a list. Returns -1
** on no memory, else 0. */
static int pair_each(dyad_coder *c, const sent_ctx *s, clause_job *j,
                     const modal_codes *mc, const actor_ref *a, int n)
{
    if (!mc->code1)
        return 0;
    if (parties(a, n) >= 3 && !c->act_as_said)
        return list_events(c, s, j, mc, a, n, NULL, 0);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            if (i == k || strcmp(a[i].code, a[k].code) == 0)
                continue;
            int hosted = host_pair(c, s, j, mc, &a[i], &a[k]);
            if (hosted < 0 ||
                (!hosted && add_event(c, s, j, mc->code1, mc->shown, &a[i], &a[k]) < 0))
                return -1;
        }
    return 0;
}

/* The top noun phrase token k belongs to, or -1. */
static int32_t top_np_of(const sent_ctx *s, uint32_t k)
{
    int32_t p = k < s->ls.n ? s->ls.np_of[k] : -1;
    while (p >= 0 && s->ls.phrases[p].up >= 0 &&
           s->ls.phrases[s->ls.phrases[p].up].kind == PH_NP)
        p = s->ls.phrases[p].up;
    return p;
}

/* The events of each source towards each target of clause job j, with
** its codes mc. Returns -1 on no memory, else 0. */
/* Is every target among the sources, the sources a list of three or more?
** Then both sides stand for one list ("after he visited them", the
** pronoun resolved to the list the sentence names), and a list is no
** dyad. */
static int one_list(const clause_job *j)
{
    if (j->ns < 3 || j->nt < 2)
        return 0;
    for (int k = 0; k < j->nt; k++)
        if (!coder_actors_have(j->src, j->ns, j->tgt[k].code))
            return 0;
    return 1;
}

/* "paid a courtesy call on the Saudi king": a visit (042) to people, not
** to a bare country, is their hosting too (043), as docs/annotation.md
** codes a host and a visitor; "visited Argentina" names no host. Not in
** PETRARCH's reading (act_as_said), which codes the verb's code alone. The
** code the target's act takes, or NULL. */
static const char *visit_host(const dyad_coder *c, const modal_codes *mc, const actor_ref *tgt)
{
    char cc[4];
    if (c->act_as_said || mc->intent || !mc->code1 || strcmp(mc->code1, "042") != 0 ||
        strlen(tgt->code) <= 3 || !coder_code_country(tgt->code, cc))
        return NULL;
    return "043";
}

/* "In talks last week, the U.S. criticised Japan": an act between two
** states told inside talks that name no one is said at a meeting of the
** two, each the other's partner (040), as docs/annotation.md codes the
** meeting beside the act. Not statements (01x), which may be about anyone,
** nor another meeting, nor support (05x: "backed Kenya in the talks"
** sides with it against a third). Returns -1 on no memory, else 0. */
static int talks_pair(dyad_coder *c, const sent_ctx *s, clause_job *j, const modal_codes *mc,
                      const actor_ref *src, const actor_ref *tgt)
{
    char sc[4], tc[4];
    if (c->act_as_said || !mc->code1 || mc->intent || !mc->shown || j->mutual ||
        strncmp(mc->code1, "01", 2) == 0 || strncmp(mc->code1, "04", 2) == 0 ||
        strncmp(mc->code1, "05", 2) == 0 ||
        src->from != FROM_SENTENCE || tgt->from != FROM_SENTENCE ||
        !coder_code_country(src->code, sc) || !coder_code_country(tgt->code, tc) ||
        strcmp(sc, tc) == 0 || !coder_talks_frame(s, j, src, tgt))
        return 0;
    return add_event(c, s, j, "040", 1, src, tgt) < 0 || add_event(c, s, j, "040", 1, tgt, src) < 0
               ? -1
               : 0;
}

/* Objects that are the doer itself. */
static const char *const reflexive_pronouns[] = {"himself", "herself", "itself", "themselves",
                                                 "ourselves", "myself", "yourself", NULL};

static int each_pair(dyad_coder *c, const sent_ctx *s, clause_job *j,
                     const modal_codes *mc)
{
    if (one_list(j) && !c->act_as_said) {
        coder_reject(c, s, "verb '%s' (%s): source and target stand for one list of %d",
                     j->lemma, j->code1, j->ns);
        return 0;
    }
    /* "Japan is keen to negotiate with the EU": only Japan said so;
    ** "Japan will hold talks with the EU next week": both will (the
    ** same for every pair) */
    int both = mc->code1 && j->mutual &&
               (!mc->intent || (strcmp(mc->code1, "036") == 0 && set_down(s, j)));
    for (int i = 0; i < j->ns; i++)
        for (int k = 0; k < j->nt; k++) {
            const actor_ref *src = &j->src[i], *tgt = &j->tgt[k];
            if (strcmp(src->code, tgt->code) == 0) {
                coder_reject(c, s, "verb '%s' (%s): source and target are both %s", j->lemma,
                             j->code1, src->code);
                continue;
            }
            /* "a man who killed himself": the doer is its own object,
            ** whatever codes the article gave the two words */
            if (tgt->end == tgt->first + 1 && tgt->first < s->ls.n &&
                lemma_in_list(s->ls.lemmas[tgt->first], reflexive_pronouns)) {
                coder_reject(c, s, "verb '%s' (%s): the target is the source itself",
                             j->lemma, j->code1);
                continue;
            }
            /* "after he visited them", "agreed to hold currencies around
            ** their levels": both stand for one list of three or more, and a
            ** list is no dyad ("Arnor and Gondor delayed their meeting" pairs
            ** its two) */
            int32_t top = top_np_of(s, src->first);
            if (j->ns >= 3 && top >= 0 && top == top_np_of(s, tgt->first) &&
                !c->act_as_said) {
                coder_reject(c, s, "verb '%s' (%s): source %s and target %s are members of "
                                   "one list", j->lemma, j->code1, src->code, tgt->code);
                continue;
            }
            int hosted = host_pair(c, s, j, mc, src, tgt);
            if (hosted < 0)
                return -1;
            if (hosted)
                continue;
            if (mc->code1 && add_event(c, s, j, mc->code1, mc->shown, src, tgt) < 0)
                return -1;
            if (talks_pair(c, s, j, mc, src, tgt) < 0)
                return -1;
            /* "told Peru to open its market or face sanctions" threatens too */
            if (mc->code1 && j->ultimatum && !mc->intent &&
                add_event(c, s, j, j->ultimatum, mc->shown, src, tgt) < 0)
                return -1;
            if (both && add_event(c, s, j, mc->code1, mc->shown, tgt, src) < 0)
                return -1;
            const char *back = mc->code2 ? mc->code2 : visit_host(c, mc, tgt);
            if (back && add_event(c, s, j, back, mc->shown, tgt, src) < 0)
                return -1;
        }
    return 0;
}

/* The number of different codes among a[0..n). */
static int distinct_codes(const actor_ref *a, int n)
{
    int d = 0;
    for (int i = 0; i < n; i++)
        d += !coder_actors_have(a, i, a[i].code);
    return d;
}

int coder_clause_emit(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const char *why = c->act_as_said ? NULL : coder_no_verb(s, j->vg);
    if (why) {
        coder_reject(c, s, "verb '%s' (%s): %s", j->lemma, j->code1, why);
        return 0;
    }
    modal_codes mc = modal_code(c, s, j);
    j->history = coder_background(s, j->ci, c->doc.date);
    j->ns = coder_passive_doer(c, s, j);
    /* "29 Chadian soldiers were killed": by the other side of the war */
    j->ns = coder_war_doer(c, s, j);
    /* "the strike was ruled illegal": by the strikers' court */
    j->ns = coder_strike_court(c, s, j);
    if (j->ns == 0 && c->opts.partial && j->nt > 0) {
        j->ns = 1;
        null_actor(&j->src[0], j->vg);
    }
    coder_stance_unclaimed(c, s, j);   /* for a later claim or condolences */
    /* "a pact was signed between Chile and Peru": the members of the
    ** between-PP are the unnamed agents themselves */
    if (j->ns == 0 && j->between && j->passive)
        return pair_each(c, s, j, &mc, j->tgt, j->nt);
    if (j->ns == 0 && j->unnamed_agent && j->src_np < 0) {
        coder_reject(c, s, "verb '%s' (%s): passive with no agent; the sentence does not "
                           "name the source", j->lemma, j->code1);
        return 0;
    }
    if (j->ns == 0) {
        reject_missing(c, s, j->lemma, j->code1, "source", j->src_np);
        return 0;
    }
    /* "Thousands of Kenyans marched": people, not the state */
    coder_nationals(c, s, j);
    /* "officers searched her home" in a police story: policemen */
    coder_police_officers(c, s, j);
    /* "the plan was welcomed by the World Bank and the IMF": in the passive
    ** the subject is what the agents acted on; when it names no actor they
    ** did nothing to each other, unless the pattern's own words took the
    ** subject in ("talks were held by Xi and Putin") */
    int each_other = (j->mutual || j->together) && j->ns >= 2;
    if (j->nt == 0 && j->passive && !j->m.subject_words && each_other) {
        coder_reject(c, s, "verb '%s' (%s): passive with no actor in its subject; the agents "
                           "are not paired", j->lemma, j->code1);
        return 0;
    }
    /* "brokered a deal to normalize relations between Sudan and Israel" */
    if (j->between)
        return pair_each(c, s, j, &mc, j->tgt, j->nt);
    /* "Sweden and Kenya agreed to expand trade": a pattern's "with +"
    ** filled by the subject pairs two members; a list of three or more is
    ** not every pair */
    if (j->nt == 0 && j->joint && distinct_codes(j->src, j->ns) != 2) {
        coder_reject(c, s, "verb '%s' (%s): %d actors in the subject; only two are each "
                           "other's partner", j->lemma, j->code1, distinct_codes(j->src, j->ns));
        return 0;
    }
    /* "Xi and Putin met": each member to each other */
    if (j->nt == 0 && each_other)
        return pair_each(c, s, j, &mc, j->src, j->ns);
    if (j->nt == 0 && c->opts.partial) {
        j->nt = 1;
        null_actor(&j->tgt[0], j->vg);
    }
    /* "Kenyan students demonstrated against the new tax": their government */
    if (j->nt == 0 && j->alone && coder_protest_government(c, s, j, &j->tgt[0]))
        j->nt = 1;
    /* "Thousands of Kenyans demonstrated": an event whole without a target
    ** (coder_roles.c says when); its target is empty */
    if (j->nt == 0 && j->alone && j->code1[0]) {
        actor_ref none;
        memset(&none, 0, sizeof none);
        for (int i = 0; i < j->ns; i++)
            if (mc.code1 && add_event(c, s, j, mc.code1, mc.shown, &j->src[i], &none) < 0)
                return -1;
        return 0;
    }
    /* "The Kenyan opposition demanded new elections": of its government */
    if (j->nt == 0 && !c->act_as_said && coder_home_government(s, j, &j->tgt[0]))
        j->nt = 1;
    /* "Amnesty called for an inquiry into the shooting": the dateline's state */
    if (j->nt == 0 && !c->act_as_said && coder_inquiry_home(c, s, j, &j->tgt[0]))
        j->nt = 1;
    if (j->nt == 0 && !coder_stance_claimed(c, s, j) && !coder_condoled_home(c, s, j)) {
        reject_missing(c, s, j->lemma, j->code1, "target", j->tgt_np);
        return 0;
    }
    /* "Reagan will meet the leaders of Britain, France, Italy and Japan at
    ** the summit": a meeting or joint act among three or more parties is a
    ** list (a tour of visits, and mediation, go to each in turn) */
    if ((j->mutual || (j->together && !lemma_in_list(j->code1, one_by_one))) && mc.code1 &&
        !c->act_as_said && (parties(j->tgt, j->nt) >= 3 || parties(j->src, j->ns) >= 3))
        return list_events(c, s, j, &mc, j->src, j->ns, j->tgt, j->nt);
    return each_pair(c, s, j, &mc);
}

/* ---- publishing ---- */

/* The place of event r, in the public fields of e. */
static void publish_place(dyad_event *e, const event_rec *r)
{
    static const char *const from[] = {"", "clause", "sentence", "dateline"};
    const place_mention *p = &r->place;
    e->place = e->place_region = e->place_country = e->place_country_name = e->place_from = "";
    if (r->place_from == PLACE_FROM_NONE || r->place_from > PLACE_FROM_DATELINE)
        return;
    e->place_country = p->country;
    e->place_country_name = place_country_name(p->country);
    e->place_from = from[r->place_from];
    if (p->city >= 0) {
        e->place = place_city_name(p->city);
        e->place_region = place_city_state(p->city);
        e->place_has_coords = 1;
        e->place_lat = place_city_lat(p->city);
        e->place_lon = place_city_lon(p->city);
    } else {
        e->place = place_country_name(p->country);
    }
}

int coder_publish(dyad_coder *c, const dyad_doc *doc)
{
    if (c->pool.oom)
        return -1;
    if (base_grow((void **)&c->pub, &c->pub_cap, c->nev + 1, sizeof *c->pub) < 0)
        return -1;
    const char *P = c->pool.s;
    for (size_t i = 0; i < c->nev; i++) {
        const event_rec *r = &c->ev[i];
        if (!r->shown && !c->opts.all_modalities)
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
        e->source_from = r->source_from == UINT32_MAX ? "" : P + r->source_from;
        e->target_from = r->target_from == UINT32_MAX ? "" : P + r->target_from;
        e->quoted = r->quoted;
        e->event_date = P + r->event_date;
        e->date_precision = date_prec_name(r->date_prec);
        e->date_text = P + r->date_text;
        e->historical = r->historical;
        publish_place(e, r);
    }
    if (base_grow((void **)&c->rej_pub, &c->rej_pub_cap, c->nrej + 1, sizeof *c->rej_pub) < 0)
        return -1;
    for (size_t i = 0; i < c->nrej; i++)
        c->rej_pub[i] = P + c->rej[i];
    return 0;
}
