/*
** quote.c — quotations and reported speech, and who said them.
**
** Direct quotes are read from the double quotation marks the tokenizer has
** turned open or closed (straight, curly, `` '', guillemets); single marks
** inside them are part of the quote. A quote may run over several
** sentences and is one record; it ends at its closing mark, else at the end
** of its paragraph (a quote that goes on in the next paragraph opens again
** there, and is a record of its own), else after DYAD_QUOTE_MAX_SENTENCES
** sentences, so that a stray mark never swallows the article.
**
** The speaker of a whole quote is the subject of the reporting clause after
** its closing mark ("...," said Ms. Glaser / Ms. Glaser said / Bonnie
** Glaser, a China expert at ..., told reporters), else of the one before
** its opening mark (She said: "..."), else "according to X"; a quote with
** none of these right after a quote that had a speaker keeps that speaker
** (the next sentence or paragraph of the same remarks). A partial quote (a
** few words between marks inside the writer's sentence) takes the speaker
** of the clause that holds it, or of the sentence's reporting clause; marks
** that nobody is said to speak are scare quotes or titles, not quotes.
**
** Indirect speech: a speech verb outside quotes with a reported clause
** ("X said (that) ...", "X told reporters ...", "X wrote in an op-ed that
** ..."), a reporting clause after what it reports ("..., the ministry
** said"), and "according to X".
*/
#include "article/article_int.h"

#include <string.h>

#define COUNT(list) (sizeof list / sizeof list[0])

/* Lemmas of verbs that name the speaker of a direct quote ("...," she
** *said*). Wider than lang's reporting verbs: a quote can be
** asked, warned or tweeted. */
static const char *const attrib_verbs[] = {
    "acknowledge", "add", "admit", "agree", "announce", "answer", "argue", "ask",
    "assert", "believe", "caution", "claim", "comment", "complain", "concede",
    "conclude", "confirm", "continue", "counter", "declare", "deny", "emphasise",
    "emphasize", "estimate", "explain", "forecast", "insist", "joke", "maintain",
    "note", "observe", "post", "predict", "promise", "quip", "recall", "reiterate",
    "remark", "reply", "report", "respond", "say", "shout", "state", "stress",
    "suggest", "tell", "testify", "think", "tweet", "urge", "vow", "warn", "write"};

/* Lemmas of verbs whose that-clause is indirect speech: what someone said,
** not what they believe or want (no "think", "urge", "deny"). */
static const char *const indirect_verbs[] = {
    "acknowledge", "add", "admit", "allege", "announce", "argue", "assert", "claim",
    "complain", "concede", "conclude", "confirm", "declare", "emphasise", "emphasize",
    "explain", "forecast", "insist", "maintain", "note", "observe", "predict", "recall",
    "reiterate", "remark", "report", "say", "state", "stress", "suggest", "tell",
    "testify", "tweet", "warn", "write"};

/* Verbs that quote a few words of someone else's ("*called* the move "a
** grave mistake""), beside the verbs above. */
static const char *const partial_verbs[] = {
    "accuse", "blast", "brand", "call", "characterise", "characterize", "condemn",
    "criticise", "criticize", "decry", "denounce", "describe", "dismiss", "dub", "hail",
    "label", "pledge", "praise", "reject", "slam", "term", "threaten", "welcome"};

/* Words that open a clause that says what was not said: "did not say
** *whether* ...". */
static const char *const open_questions[] = {
    "how", "if", "when", "where", "whether", "which", "who", "why"};

int art_quotes_init(art_doc *a)
{
    static const base_word_list lists[] = {
        {attrib_verbs, COUNT(attrib_verbs), ART_SPK_ATTRIB},
        {partial_verbs, COUNT(partial_verbs), ART_SPK_PARTIAL},
        {indirect_verbs, COUNT(indirect_verbs), ART_SPK_INDIRECT},
        {open_questions, COUNT(open_questions), ART_SPK_QUESTION}};
    return base_wordset_init(&a->verb_words, lists, COUNT(lists));
}

void art_quotes_reset(art_doc *a)
{
    a->nrecs = 0;
    a->open = -1;
    a->open_sents = 0;
    a->last_end = 0;
    a->last_sent = -1;
}

/* ---- records ---- */

static int32_t new_rec(art_doc *a, long sent, int direct)
{
    if (base_grow((void **)&a->recs, &a->recs_cap, a->nrecs + 1, sizeof *a->recs) < 0) {
        a->oom = 1;
        return -1;
    }
    art_rec *r = &a->recs[a->nrecs];
    memset(r, 0, sizeof *r);
    r->sent = r->last_sent = sent;
    r->direct = (uint8_t)direct;
    r->attrib_clause = -1;
    r->who = (art_who){ART_NONE, ART_NONE, ART_NONE, -1};
    r->who_np = -1;
    return (int32_t)a->nrecs++;
}

/* Adds text[start, end) to record r. */
static void add_frag(art_rec *r, uint32_t start, uint32_t end, int glue)
{
    if (r->nfrags < ART_MAX_FRAGS && end > start)
        r->frag[r->nfrags++] = (art_frag){start, end, (uint32_t)glue};
}

/* The record before record r, not a partial quote, among the eight
** before it (a bound, so that a run of partial quotes costs no more), or
** -1. */
static int32_t prev_rec(const art_doc *a, int32_t r)
{
    for (int32_t i = r - 1; i >= 0 && i >= r - 8; i--)
        if (!a->recs[i].partial && a->recs[i].nfrags)
            return i;
    return -1;
}

/* Settles the speaker of whole quote r once it has ended: a quote with no
** attribution of its own, right after a quote or a report that had a
** speaker ("Subroto said ... . "This need ..."), keeps that speaker; a
** quote cut at its paragraph's end that goes on in the next one shares the
** speaker found there. */
static void settle(art_doc *a, int32_t r)
{
    art_rec *q = &a->recs[r];
    if (!q->direct || q->partial)
        return;
    int32_t p = prev_rec(a, r);
    if (p < 0)
        return;
    art_rec *prev = &a->recs[p];
    if (q->who.name == ART_NONE && prev->who.name != ART_NONE && prev->last_sent >= q->sent - 1) {
        q->who = prev->who;
        q->who_np = prev->who_np;
        q->who_sent = prev->who_sent;
    } else if (q->who.name != ART_NONE && q->own && prev->who.name == ART_NONE &&
               prev->continued) {
        prev->who = q->who;
        prev->who_np = q->who_np;
        prev->who_sent = q->who_sent;
    }
}

/* Ends the open record at byte end, its closing mark never seen. */
static void cut_open(art_doc *a, uint32_t end, long last_sent, int continued)
{
    art_rec *r = &a->recs[a->open];
    r->frag[r->nfrags - 1].end = end > r->frag[r->nfrags - 1].start ? end
                                                                     : r->frag[r->nfrags - 1].start;
    r->unclosed = !continued;
    r->continued = (uint8_t)continued;
    r->last_sent = last_sent;
    int32_t done = a->open;
    a->open = -1;
    settle(a, done);
}

/* ---- where speakers are named ---- */

static int verb_head(const lang_sent *s, const clause *c)
{
    return c->verb >= 0 ? (int)s->phrases[c->verb].head : -1;
}

/* The noun phrase that names who speaks in clause c: its subject, or the
** object of a verb that stands right after a quote or comma when lang
** found no subject outside the quote ("...," said A.W. Clements, finance
** director ...); -1 when none is outside the quotes. */
static int32_t speaker_np(const art_doc *a, const lang_sent *s, const clause *c)
{
    if (c->subject >= 0 && !a->inq[s->phrases[c->subject].head])
        return c->subject;
    const phrase *vg = &s->phrases[c->verb];
    if (c->object >= 0 && vg->first > 0 &&
        (s->tags[vg->first - 1] == TAG_COMMA || s->tags[vg->first - 1] == TAG_RQUOTE) &&
        s->phrases[c->object].first == vg->end && !a->inq[s->phrases[c->object].head])
        return c->object;
    return -1;
}

/* What clause c can do as ART_SPK_* bits: the lists its verb is on, when
** the verb and who speaks stand outside every quote. */
static unsigned speaks(const art_doc *a, const lang_sent *s, const clause *c)
{
    int h = verb_head(s, c);
    if (h < 0 || a->inq[h] || speaker_np(a, s, c) < 0)
        return 0;
    const char *lemma = s->lemmas[h];
    return base_wordset_get(&a->verb_words, lemma, strlen(lemma));
}

/* The head token of the clause at place i of a->order. */
static uint32_t order_head(const art_doc *a, const lang_sent *s, size_t i)
{
    return s->phrases[s->clauses[a->order[i]].verb].head;
}

/* The first place in a->order whose verb stands at token tok or after. */
static size_t order_at(const art_doc *a, const lang_sent *s, size_t tok)
{
    size_t lo = 0, hi = a->norder;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (order_head(a, s, mid) < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Indexes the sentence's clauses once its quotes are known, so that each
** mark finds its speaker in logarithmic time, whatever the number of marks
** and clauses: the clauses by their verb's token, what each can do
** (ART_SPK_*), and for each the nearest one that can name a partial
** quote's speaker. */
static void index_clauses(art_doc *a, const lang_sent *s)
{
    a->norder = 0;
    for (size_t ci = 0; ci < s->nclauses; ci++) {
        const clause *c = &s->clauses[ci];
        a->spk[ci] = 0;
        if (c->verb < 0)
            continue;
        a->spk[ci] = (uint8_t)speaks(a, s, c);
        /* lang makes clauses in their verbs' order: the sort is a check */
        size_t j = a->norder++;
        uint32_t h = s->phrases[c->verb].head;
        for (; j > 0 && order_head(a, s, j - 1) > h; j--)
            a->order[j] = a->order[j - 1];
        a->order[j] = (int32_t)ci;
    }
    int32_t last = -1;
    for (size_t i = 0; i < a->norder; i++) {
        if (a->spk[a->order[i]] & (ART_SPK_ATTRIB | ART_SPK_PARTIAL))
            last = (int32_t)i;
        a->spk_prev[i] = last;
    }
    last = -1;
    for (size_t i = a->norder; i-- > 0;) {
        if (a->spk[a->order[i]] & (ART_SPK_ATTRIB | ART_SPK_PARTIAL))
            last = (int32_t)i;
        a->spk_next[i] = last;
    }
}

/* Is token k the "according" of "according to X" outside quotes? Returns
** X's noun phrase, or -1. */
static int32_t according(const art_doc *a, const lang_sent *s, size_t k)
{
    if (!a->according || k + 2 >= s->n || s->toks[k].len != 9 || a->inq[k] ||
        !art_tok_is(s, k, "according") || !art_tok_is(s, k + 1, "to"))
        return -1;
    int32_t np = s->np_of[k + 2];
    /* "according to [Taiwan's] defence ministry": the phrase it owns */
    for (size_t steps = 0; np >= 0 && (s->phrases[np].flags & PHF_POSS) && steps < 8; steps++)
        np = s->phrases[np].up;
    return np;
}

/* The clause whose verb, in tokens [from, to), names the speaker of a
** whole quote: the first one (after a closing mark) or the last (before an
** opening one). Returns its index, or -1; *acc gets an "according to X"
** noun phrase found instead (or -1), and *acc_tok its token. The ranges a
** sentence's marks ask about overlap little, so a sentence costs time in
** proportion to its clauses and words. */
static int32_t find_attrib(const art_doc *a, const lang_sent *s, size_t from, size_t to,
                           int last, int32_t *acc, size_t *acc_tok)
{
    *acc = -1;
    size_t lo = order_at(a, s, from), hi = order_at(a, s, to);
    if (!last) {
        for (size_t i = lo; i < hi; i++)
            if (a->spk[a->order[i]] & ART_SPK_ATTRIB)
                return a->order[i];
    } else {
        for (size_t i = hi; i-- > lo;)
            if (a->spk[a->order[i]] & ART_SPK_ATTRIB)
                return a->order[i];
    }
    for (size_t i = 0; i < a->nacc; i++) {
        size_t k = a->acc[i];
        int32_t np = k >= from && k < to ? according(a, s, k) : -1;
        if (np >= 0) {
            *acc = np;
            *acc_tok = k;
            if (!last)
                break;
        }
    }
    return -1;
}

/* The clause that ends at a colon right before the opening mark at token
** o, whatever its verb ("Blankenship concurred: "We ..."), or -1. */
static int32_t colon_clause(const art_doc *a, const lang_sent *s, size_t o)
{
    if (o < 2 || s->tags[o - 1] != TAG_COLON)
        return -1;
    /* the clauses whose verbs stand last before the colon */
    for (size_t i = order_at(a, s, o), seen = 0; i-- > 0 && seen < 4; seen++) {
        const clause *c = &s->clauses[a->order[i]];
        int h = verb_head(s, c);
        if (c->end + 1 >= o && c->end <= o && !a->inq[h] && c->subject >= 0 &&
            !a->inq[s->phrases[c->subject].head])
            return a->order[i];
    }
    return -1;
}

/* Gives record r the speaker named by clause ci or, when ci < 0, by noun
** phrase acc ("according to X", token acc_tok). */
static void attribute(art_doc *a, const lang_sent *s, int32_t r, int32_t ci, int32_t acc,
                      size_t acc_tok)
{
    art_who who;
    int32_t np = acc;
    if (ci >= 0) {
        np = speaker_np(a, s, &s->clauses[ci]);
        a->used[ci] = 1;
    } else {
        a->inq[acc_tok] = 2;   /* this "according to" is spent */
    }
    art_speaker(a, s, np, &who);
    art_rec *q = &a->recs[r];
    if (who.name != ART_NONE && q->who.name == ART_NONE) {
        q->who = who;
        q->own = 1;
        q->who_np = np;
        q->who_sent = a->sent;
    }
}

/* Does the quote that opens at token o start the way a whole quote does:
** at its sentence's start, or after a speech verb or its ":" or ","
** ("She said: "We ..."), with a capital letter? */
static int whole_opening(const art_doc *a, const lang_sent *s, size_t o)
{
    if (a->first_word >= o)
        return 1;
    if (o + 1 >= s->n || !(s->toks[o + 1].flags & DYAD_TF_CAPITALIZED))
        return 0;
    if (s->tags[o - 1] == TAG_COLON)
        return 1;   /* "Blankenship concurred: "We ..." */
    size_t v = o - 1;
    if ((s->tags[v] == TAG_COLON || s->tags[v] == TAG_COMMA) && v > 0)
        v--;
    for (size_t i = order_at(a, s, o), seen = 0; i-- > 0 && seen < 4; seen++) {
        const clause *c = &s->clauses[a->order[i]];
        if (c->end >= v && c->end <= o + 1 && (a->spk[a->order[i]] & ART_SPK_ATTRIB))
            return 1;
    }
    return !a->inq[v] && (base_wordset_get(&a->verb_words, s->lemmas[v], strlen(s->lemmas[v])) &
                          ART_SPK_ATTRIB);
}

/* The speaker of a partial quote starting at token t: the clause that holds
** it and the clauses above that one, then the nearest clause of the
** sentence with a speech verb, then "according to X". */
static void partial_speaker(art_doc *a, const lang_sent *s, int32_t r, size_t t)
{
    /* the innermost clause around t, among those whose verbs stand near it */
    size_t at = order_at(a, s, t);
    int32_t in = -1;
    for (size_t i = at > 8 ? at - 8 : 0; i < a->norder && i < at + 8; i++) {
        const clause *c = &s->clauses[a->order[i]];
        if (c->first <= t && t < c->end &&
            (in < 0 || c->end - c->first < s->clauses[in].end - s->clauses[in].first))
            in = a->order[i];
    }
    for (size_t steps = 0; in >= 0 && steps < 16; steps++) {
        if (a->spk[in] & (ART_SPK_ATTRIB | ART_SPK_PARTIAL))
            break;
        in = s->clauses[in].parent;
    }
    if (in >= 0 && !(a->spk[in] & (ART_SPK_ATTRIB | ART_SPK_PARTIAL)))
        in = -1;
    if (in < 0 && a->norder > 0) {
        /* the nearest speech verb, one before the quote first */
        int32_t before = at > 0 ? a->spk_prev[at - 1] : -1;
        int32_t after = at < a->norder ? a->spk_next[at] : -1;
        long db = before >= 0 ? (long)t - (long)order_head(a, s, (size_t)before) : -1;
        long da = after >= 0 ? 2 * ((long)order_head(a, s, (size_t)after) - (long)t) : -1;
        if (before >= 0 && (after < 0 || db <= da))
            in = a->order[before];
        else if (after >= 0)
            in = a->order[after];
    }
    if (in >= 0) {
        art_who who;
        art_speaker(a, s, speaker_np(a, s, &s->clauses[in]), &who);
        a->recs[r].who = who;
        return;
    }
    if (a->nacc > 0) {
        int32_t np = according(a, s, a->acc[0]);
        if (np >= 0)
            art_speaker(a, s, np, &a->recs[r].who);
    }
}

/* ---- the marks of a sentence ---- */

static int push_mark(art_doc *a, size_t tok, int32_t rec, int open)
{
    if (base_grow((void **)&a->marks, &a->marks_cap, a->nmarks + 1, sizeof *a->marks) < 0) {
        a->oom = 1;
        return -1;
    }
    a->marks[a->nmarks++] = (art_mark){(uint32_t)tok, rec, (uint8_t)open};
    return 0;
}

/* cut_open at token k of sentence index: the quote ends where the word
** before k does (the last sentence's end at k = 0). Worked out only for a
** cut, which is rare, not at every token. */
static void cut_before(art_doc *a, const lang_sent *s, size_t k, long index, int continued)
{
    uint32_t before = k > 0 ? s->toks[k - 1].start + s->toks[k - 1].len : a->last_end;
    cut_open(a, before, k > 0 ? index : a->last_sent, continued);
}

/* First pass: which tokens are quoted, where quotes open and close, and
** the quotes that a paragraph's end or a new opening mark cuts. */
static int read_marks(art_doc *a, const lang_sent *s, long index)
{
    a->nmarks = 0;
    a->according = 0;
    for (size_t k = 0; k < s->n; k++) {
        const dyad_token *tk = &s->toks[k];
        if (tk->len == 9 && (s->text[tk->start] | 32) == 'a')
            a->according = 1;   /* maybe "according": worth looking for */
        int mark = tk->kind == DYAD_TOK_QUOTE && art_double_mark(s, k);   /* most are words */
        if ((tk->flags & DYAD_TF_PARA_START) && a->open >= 0)
            cut_before(a, s, k, index, mark && (tk->flags & DYAD_TF_OPEN_QUOTE));
        if (mark && (tk->flags & DYAD_TF_OPEN_QUOTE)) {
            if (a->open >= 0)   /* a quote opens before the last one closed */
                cut_before(a, s, k, index, 0);
            int32_t r = new_rec(a, index, 1);
            if (r < 0)
                return -1;
            a->recs[r].frag[0] = (art_frag){tk->start + tk->len, tk->start + tk->len, 0};
            a->recs[r].nfrags = 1;
            a->open = r;
            a->open_sents = 0;
            if (push_mark(a, k, r, 1) < 0)
                return -1;
        } else if (mark && a->open >= 0) {
            art_rec *r = &a->recs[a->open];
            r->frag[r->nfrags - 1].end = tk->start;
            r->last_sent = index;
            if (push_mark(a, k, a->open, 0) < 0)
                return -1;
            a->open = -1;
            a->inq[k] = 1;
            continue;
        }
        /* a closing mark with no quote open is left alone */
        a->inq[k] = a->open >= 0;
    }
    return 0;
}

/* Folds record r into record q: the second half of an interrupted quote
** ("A," she said, "B."). r is left empty; marks that name r name q from
** now on. */
static void merge_into(art_doc *a, int32_t q, int32_t r, size_t from_mark)
{
    art_rec *dst = &a->recs[q], *src = &a->recs[r];
    dst->frag[dst->nfrags++] = src->frag[0];   /* its end may come later */
    dst->last_sent = src->last_sent;
    src->nfrags = 0;
    src->direct = 0;
    /* r's closing mark, if it has one here, is the next mark */
    if (from_mark + 1 < a->nmarks && a->marks[from_mark + 1].rec == r)
        a->marks[from_mark + 1].rec = q;
    if (a->open == r)
        a->open = q;
}

/* Second pass: the speakers of the quotes that open or close here. */
static void attribute_marks(art_doc *a, const lang_sent *s, long index)
{
    for (size_t m = 0; m < a->nmarks; m++) {
        art_mark mk = a->marks[m];
        int32_t acc;
        size_t acc_tok = 0;
        if (mk.open) {
            art_rec *r = &a->recs[mk.rec];
            r->lead = (uint8_t)whole_opening(a, s, mk.tok);
            size_t from = m > 0 ? a->marks[m - 1].tok + 1 : 0;
            /* "A," she said, "B.": the same clause names both halves */
            if (m > 0 && !a->marks[m - 1].open) {
                int32_t q = a->marks[m - 1].rec;
                int32_t c = a->recs[q].attrib_clause;
                int h = c >= 0 ? verb_head(s, &s->clauses[c]) : -1;
                if (q != mk.rec && c >= 0 && h > (int)a->marks[m - 1].tok && h < (int)mk.tok &&
                    a->recs[q].nfrags < ART_MAX_FRAGS && a->recs[q].direct) {
                    merge_into(a, q, mk.rec, m);
                    continue;
                }
            }
            if (r->lead) {
                int32_t ci = find_attrib(a, s, from, mk.tok, 1, &acc, &acc_tok);
                if (ci < 0 && acc < 0)
                    ci = colon_clause(a, s, mk.tok);
                if (ci >= 0 || acc >= 0)
                    attribute(a, s, mk.rec, ci, acc, acc_tok);
            }
            continue;
        }
        art_rec *r = &a->recs[mk.rec];
        int opened_here = m > 0 && a->marks[m - 1].open && a->marks[m - 1].rec == mk.rec;
        if (opened_here && !r->lead) {
            r->partial = 1;
            for (size_t k = a->marks[m - 1].tok; k <= mk.tok; k++)
                a->inq[k] = 3;   /* words of a partial quote: the sentence is still the writer's */
            partial_speaker(a, s, mk.rec, a->marks[m - 1].tok + 1);
            if (r->who.name == ART_NONE)
                r->nfrags = 0;   /* nobody says it: a scare quote or a title */
            continue;
        }
        size_t to = m + 1 < a->nmarks ? a->marks[m + 1].tok : s->n;
        int32_t ci = find_attrib(a, s, mk.tok + 1, to, 0, &acc, &acc_tok);
        if (ci >= 0 || acc >= 0) {
            attribute(a, s, mk.rec, ci, acc, acc_tok);
            a->recs[mk.rec].attrib_clause = ci;
        }
        settle(a, mk.rec);
    }
    /* a quote that goes on into the next sentence, opened here after the
    ** words that name its speaker */
    if (a->open >= 0 && a->recs[a->open].sent == index && a->recs[a->open].who.name == ART_NONE &&
        a->nmarks > 0 && a->marks[a->nmarks - 1].open) {
        art_mark mk = a->marks[a->nmarks - 1];
        size_t from = a->nmarks > 1 ? a->marks[a->nmarks - 2].tok + 1 : 0;
        int32_t acc;
        size_t acc_tok = 0;
        int32_t ci = find_attrib(a, s, from, mk.tok, 1, &acc, &acc_tok);
        if (ci >= 0 || acc >= 0)
            attribute(a, s, mk.rec, ci, acc, acc_tok);
    }
}

/* ---- indirect speech ---- */

/* Tokens [first, end) of s without the sentence's final punctuation and
** the commas at either end, added to record r as byte spans: a "." before
** a closing mark goes, the mark stays. */
static void add_words(const lang_sent *s, art_rec *r, size_t first, size_t end)
{
    while (first < end && (s->tags[first] == TAG_COMMA || s->tags[first] == TAG_COLON))
        first++;
    while (end > first && (s->tags[end - 1] == TAG_COMMA || s->tags[end - 1] == TAG_PERIOD ||
                           s->tags[end - 1] == TAG_COLON))
        end--;
    if (end <= first)
        return;
    const dyad_token *t = s->toks;
    if (end > first + 2 && s->tags[end - 1] == TAG_RQUOTE && s->tags[end - 2] == TAG_PERIOD) {
        add_frag(r, t[first].start, t[end - 3].start + t[end - 3].len, 0);
        add_frag(r, t[end - 1].start, t[end - 1].start + t[end - 1].len, 1);
        return;
    }
    add_frag(r, t[first].start, t[end - 1].start + t[end - 1].len, 0);
}

/* Is any token of [first, end) inside a whole direct quote? */
static int quoted_any(const art_doc *a, size_t first, size_t end)
{
    return a->qcount[end] > a->qcount[first];
}

/* Steps over the words that lead into a reported clause: ", : that". */
static size_t lead_in(const lang_sent *s, size_t k)
{
    while (k < s->n && (s->tags[k] == TAG_COMMA || s->tags[k] == TAG_COLON ||
                        (s->tags[k] == TAG_IN && art_tok_is(s, k, "that"))))
        k++;
    return k;
}

/* Is verb group vg a form of "tell", whose object is who was told? */
static int telling(const lang_sent *s, const phrase *vg)
{
    return strcmp(s->lemmas[vg->head], "tell") == 0;
}

/* The clause that clause ci reports, or -1: its complement, the clause
** that starts where ci ends ("told reporters [the talks had failed]"), or
** the clause right after the object lang gave a speech verb ("said
** [exports ...] had fallen"). */
static int32_t reported(const lang_sent *s, size_t ci)
{
    const clause *c = &s->clauses[ci];
    /* a complement follows its clause closely: eight clauses at most */
    for (size_t j = ci + 1; j < s->nclauses && j <= ci + 8; j++)
        if (s->clauses[j].parent == (int32_t)ci && s->clauses[j].kind == CL_COMPLEMENT)
            return (int32_t)j;
    if (ci + 1 >= s->nclauses)
        return -1;
    const clause *nx = &s->clauses[ci + 1];
    if (nx->kind == CL_RELATIVE || nx->subject < 0)
        return -1;
    if (nx->first == lead_in(s, c->end) && nx->subject != c->subject)
        return (int32_t)(ci + 1);
    if (c->object >= 0 && nx->first == c->end && nx->subject == c->subject &&
        !telling(s, &s->phrases[c->verb]))
        return (int32_t)(ci + 1);
    return -1;
}

/* The first word reported after speech clause c: past its verb, the
** object of "tell", the phrases that say where, when or in what ("wrote
** [in an op-ed] [on Monday] that"), and the lead-in ", : that". */
static size_t reported_start(const art_doc *a, const lang_sent *s, const clause *c)
{
    const phrase *vg = &s->phrases[c->verb];
    int object_done = !telling(s, vg);   /* only "tell" has an object to pass */
    size_t k = vg->end;
    for (size_t steps = 0; k < s->n && steps < s->n; steps++) {
        if (tag_is_adv(s->tags[k])) {
            k++;
            continue;
        }
        int32_t pp = a->pp_at[k];
        if (pp >= 0) {
            k = s->phrases[pp].end;
            continue;
        }
        int32_t np = s->np_of[k];
        if (np < 0 || s->phrases[np].first != k)
            break;
        /* a head on lang_time_nouns, as the analyzer found with its lemma */
        int when = (s->classes[s->phrases[np].head] & LANG_CLASS_TIME) != 0;
        if (!object_done || when) {
            k = art_np_extent(a, s, np);
            object_done = 1;
            continue;
        }
        break;
    }
    return lead_in(s, k);
}

/* Makes an indirect record of sentence index said by noun phrase np. */
static int32_t indirect(art_doc *a, const lang_sent *s, long index, int32_t np)
{
    art_who who;
    art_speaker(a, s, np, &who);
    if (who.name == ART_NONE)
        return -1;
    int32_t r = new_rec(a, index, 0);
    if (r >= 0)
        a->recs[r].who = who;
    return r;
}

/* Words of one reported clause, and of each side of a reporting clause
** or an "according to", at most: the longest in the news corpus has 235;
** without a bound, "X said A and Y said B and ..." (or "..., X said, ...",
** or "according to X ...") run on for megabytes would make records that
** grow as the square of the input. */
#define REPORTED_MAX 400

/* Reported clauses: "X said (that) ...", "..., X said", "X, he said, ...". */
static void indirect_clauses(art_doc *a, const lang_sent *s, long index)
{
    for (size_t ci = 0; ci < s->nclauses; ci++) {
        const clause *c = &s->clauses[ci];
        if (a->used[ci] || c->quoted || c->verb < 0 ||
            s->phrases[c->verb].mod != MOD_ASSERTED || !(a->spk[ci] & ART_SPK_INDIRECT))
            continue;
        if (c->kind == CL_REPORTING) {
            /* what comes before it, and after it when it stands inside */
            size_t first = c->first, end = c->end;
            if (first == 0 || quoted_any(a, 0, first))
                continue;
            int32_t r = indirect(a, s, (long)index, speaker_np(a, s, c));
            if (r < 0)
                continue;
            add_words(s, &a->recs[r], first > REPORTED_MAX ? first - REPORTED_MAX : 0, first);
            /* "The Kremlin, he said, will respond": the words after it too,
            ** when those before have no verb (not "..., said X, who ...") */
            if (end < s->n && a->first_vg >= first && !quoted_any(a, end, s->n))
                add_words(s, &a->recs[r], end,
                          s->n - end > REPORTED_MAX ? end + REPORTED_MAX : s->n);
            continue;
        }
        int32_t j = reported(s, ci);
        if (j < 0)
            continue;
        const clause *rc = &s->clauses[j];
        size_t k = reported_start(a, s, c);
        if (k >= s->n || a->inq[k] || rc->verb < 0 || k >= s->phrases[rc->verb].first ||
            s->tags[s->phrases[rc->verb].first] == TAG_TO ||
            (base_wordset_get(&a->verb_words, s->lemmas[k], strlen(s->lemmas[k])) &
             ART_SPK_QUESTION))
            continue;
        int32_t r = indirect(a, s, index, speaker_np(a, s, c));
        if (r < 0)
            continue;
        /* up to the sentence's end, or to an "according to" that ends it;
        ** never more than REPORTED_MAX words, so that a run-on input of
        ** many speakers, each taking all that follows, stays linear */
        size_t end = s->n, lo = 0, hi = a->nacc;
        while (lo < hi) {   /* the first "according to" after k: acc is in order */
            size_t mid = lo + (hi - lo) / 2;
            if (a->acc[mid] > k)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (lo < a->nacc)
            end = a->acc[lo];
        if (end - k > REPORTED_MAX)
            end = k + REPORTED_MAX;
        add_words(s, &a->recs[r], k, end);
    }
}

/* "According to X, ..." and "..., according to X." */
static void indirect_according(art_doc *a, const lang_sent *s, long index)
{
    if (quoted_any(a, 0, s->n))
        return;   /* the words of a quote, or a quote's attribution */
    size_t done = 0;   /* the tokens before it are in a phrase already */
    for (size_t i = 0; i < a->nacc; i++) {
        size_t k = a->acc[i];
        int32_t np = according(a, s, k);
        if (np < 0 || k < done)
            continue;
        /* the phrase: "according to" X and what hangs on X, with its commas */
        size_t seg_first = k, seg_end = art_np_extent(a, s, np);
        if (seg_first > 0 && s->tags[seg_first - 1] == TAG_COMMA)
            seg_first--;
        if (seg_first == 0 || s->tags[seg_first] == TAG_COMMA) {
            /* set off by commas: the phrase runs to the next comma, past an
            ** apposition ("According to Ann Lee, an analyst at X, ...") and
            ** what hangs on X ("a statement posted to his account"), but
            ** not far */
            if (a->appos[np] >= 0 && s->phrases[a->appos[np]].end > seg_end)
                seg_end = art_np_extent(a, s, a->appos[np]);
            size_t stop = seg_end + 24 < s->n ? seg_end + 24 : s->n, e = seg_end;
            while (e < stop && s->tags[e] != TAG_COMMA)
                e++;
            if (e < stop)
                seg_end = e;
        }
        if (seg_end < s->n && s->tags[seg_end] == TAG_COMMA)
            seg_end++;
        int32_t r = indirect(a, s, index, np);
        if (r < 0)
            continue;
        add_words(s, &a->recs[r], seg_first > REPORTED_MAX ? seg_first - REPORTED_MAX : 0,
                  seg_first);
        add_words(s, &a->recs[r], seg_end,
                  s->n - seg_end > REPORTED_MAX ? seg_end + REPORTED_MAX : s->n);
        if (a->recs[r].nfrags == 0)
            a->nrecs--;
        done = seg_end;
    }
}

/* What the passes after the marks ask of every sentence: where "according
** to" stands, the first word and verb group, and how many whole-quote
** tokens come before each token. */
static int sentence_index(art_doc *a, const lang_sent *s)
{
    a->nacc = 0;
    a->first_word = s->n;
    a->first_vg = s->n;
    a->qcount[0] = 0;
    /* three walks, each stopping as soon as it can: the first two end
    ** within a few tokens, and most articles have no "according" */
    for (size_t k = 0; k < s->n; k++)
        if (!tag_is_punct(s->tags[k]) && s->toks[k].kind != DYAD_TOK_DASH) {
            a->first_word = k;
            break;
        }
    for (size_t k = 0; k < s->n; k++)
        if (s->vg_of[k] >= 0) {
            a->first_vg = k;
            break;
        }
    for (size_t k = 0; a->according && k < s->n; k++) {   /* the flag: no call per token */
        if (according(a, s, k) >= 0) {
            if (base_grow((void **)&a->acc, &a->acc_cap, a->nacc + 1, sizeof *a->acc) < 0) {
                a->oom = 1;
                return -1;
            }
            a->acc[a->nacc++] = (uint32_t)k;
        }
    }
    return 0;
}

/* Counts the tokens of whole quotes before each token, once the partial
** quotes are known. */
static void count_quoted(art_doc *a, const lang_sent *s)
{
    for (size_t k = 0; k < s->n; k++)
        a->qcount[k + 1] = a->qcount[k] + (a->inq[k] == 1);
}

int art_quotes_sentence(art_doc *a, const lang_sent *s, long index)
{
    memset(a->used, 0, s->nclauses);
    if (read_marks(a, s, index) < 0 || sentence_index(a, s) < 0)
        return -1;
    index_clauses(a, s);
    attribute_marks(a, s, index);
    count_quoted(a, s);
    indirect_clauses(a, s, index);
    indirect_according(a, s, index);
    if (s->n) {
        a->last_end = s->toks[s->n - 1].start + s->toks[s->n - 1].len;
        a->last_sent = index;
    }
    if (a->open >= 0 && ++a->open_sents >= DYAD_QUOTE_MAX_SENTENCES)
        cut_open(a, a->last_end, index, 0);
    return a->oom ? -1 : 0;
}

int art_quote_speaker_at(const art_doc *a, uint32_t off, const char **name, const char **code,
                         art_quote_where *where)
{
    /* the quotes of the last few sentences: the one asked about is recent */
    for (size_t i = a ? a->nrecs : 0; i-- > 0 && i + 16 >= a->nrecs;) {
        const art_rec *r = &a->recs[i];
        if (!r->direct || r->partial || r->who.name == ART_NONE)
            continue;
        for (uint8_t f = 0; f < r->nfrags; f++) {
            /* the quote still open at the end of the sentence read last
            ** runs past it, its last fragment's end not known yet: "She
            ** said: "We condemn Uganda. We also urge ..." (eighteenth
            ** session) */
            int running = (int32_t)i == a->open && f + 1 == r->nfrags;
            if (off >= r->frag[f].start && (running || off < r->frag[f].end)) {
                *name = art_str(a, r->who.name);
                *code = art_str(a, r->who.code);
                if (where) {
                    where->np = r->who_np;
                    where->sent = r->who_sent;
                }
                return 1;
            }
        }
    }
    return 0;
}

int art_quote_open_at(const art_doc *a, uint32_t off)
{
    if (!a || a->open < 0)
        return 0;
    const art_rec *r = &a->recs[a->open];
    return r->direct && !r->partial && r->who.name == ART_NONE && r->nfrags > 0 &&
           off >= r->frag[r->nfrags - 1].start;
}

void art_quotes_end(art_doc *a)
{
    if (a->open >= 0)
        cut_open(a, a->last_end, a->last_sent, 0);
}
