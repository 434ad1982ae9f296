/*
** coder_story.c — history told over several sentences (docs/coder.md,
** "Fifteenth session, third round"). A story dated long before the article
** in one sentence ("On May 3, 1984, the rebels stormed the port.") goes on
** in the next ones without a date ("They held it for a week."): the date
** reader reads each sentence alone and dates those the article's day. The
** coder keeps, from sentence to sentence of a document, whether the story
** of the last sentences is history, and an event told in the past in a
** sentence that goes on with it is history too.
*/
#include "coder/coder_int.h"

/* A story goes on for at most this many undated sentences after its date. */
enum { STORY_SENTENCES = 2 };

/* Verbs that report: "said", "told Reuters" tell of today's report, not of
** the story's time. */
static const char *const report_verbs[] = {
    "say", "tell", "announce", "state", "add", "report", "claim", "note", "confirm",
    "insist", "explain", "write", "comment", "declare", "quote", "accord", "allege", NULL};

/* Is clause ci told in the past: a past verb (VBD: "seized", "was",
** "had seized") in its group, and no modal or present have ("has seized",
** "would seize")? Participles and infinitives take their parent's time. */
static int told_in_past(const lang_sent *ls, size_t ci)
{
    const clause *cl = &ls->clauses[ci];
    if (cl->verb < 0)
        return 0;
    const phrase *vg = &ls->phrases[cl->verb];
    int past = 0;
    for (uint32_t t = vg->first; t < vg->end && t < ls->n; t++) {
        int tag = ls->tags[t];
        if (tag == TAG_MD || ((tag == TAG_VBZ || tag == TAG_VBP) &&
                              strcmp(ls->lemmas[t], "have") == 0))
            return 0;
        if (tag == TAG_VBD)
            past = 1;
    }
    if (!past && cl->parent >= 0 && (ls->tags[vg->head] == TAG_VBG ||
                                     ls->tags[vg->head] == TAG_VBN ||
                                     ls->tags[vg->head] == TAG_TO ||
                                     ls->tags[vg->head] == TAG_VB))
        return told_in_past(ls, (size_t)cl->parent);
    return past;
}

/* Does clause ci, and each clause it stands in, tell of the story: told in
** the past, by no reporting verb, in no relative clause, outside quotation
** marks? */
static int story_clause(const lang_sent *ls, size_t ci)
{
    for (int32_t c = (int32_t)ci; c >= 0; c = ls->clauses[c].parent) {
        const clause *cl = &ls->clauses[c];
        /* a relative clause tells of its noun, not of the story */
        if (cl->quoted || cl->kind == CL_QUOTE || cl->kind == CL_REPORTING ||
            cl->kind == CL_RELATIVE)
            return 0;
        if (cl->verb >= 0 &&
            lemma_in_list(ls->lemmas[ls->phrases[cl->verb].head], report_verbs))
            return 0;
        if (!told_in_past(ls, (size_t)c))
            return 0;
    }
    return 1;
}

/* The sentence's first top clause, or -1. */
static int32_t top_clause(const lang_sent *ls)
{
    for (size_t c = 0; c < ls->nclauses; c++)
        if (ls->clauses[c].parent < 0 && ls->clauses[c].verb >= 0)
            return (int32_t)c;
    return -1;
}

/* Does the expression at token t point back to the story's time ("that
** September", "that year")? */
static int points_back(const lang_sent *ls, uint32_t t)
{
    return (t < ls->n && strcmp(ls->lemmas[t], "that") == 0) ||
           (t > 0 && t - 1 < ls->n && strcmp(ls->lemmas[t - 1], "that") == 0);
}

/* Does the date w of top clause top date its verb: fronted before it ("In
** 1990, Milken pled guilty"), or in a phrase of the verb after it, not of
** a noun ("eclipsed the fall of 1929")? */
static int dates_verb(const sent_ctx *s, int32_t top, const article_when *w)
{
    const lang_sent *ls = &s->ls;
    const clause *cl = &ls->clauses[top];
    if (w->first < ls->phrases[cl->verb].first)
        return 1;
    /* the PP that starts at the expression, or at the word before it */
    for (uint32_t k = 0; k < 2 && k <= w->first; k++) {
        uint32_t t = w->first - k;
        int32_t pp = s->pp_at && t < ls->n ? s->pp_at[t] : -1;
        if (pp >= 0)
            return ls->phrases[pp].up < 0;
    }
    return 0;
}

int coder_story_event(const sent_ctx *s, size_t ci, const article_when *w)
{
    if (!s->story_past)
        return 0;
    if (w->end > w->first && !points_back(&s->ls, w->first))
        return 0;
    /* in the sentence's first top clause or beneath it: a second top
    ** clause with a subject of its own may be today's news the parser
    ** split off ("discussed the crisis, which came on the day forces
    ** retaliated") */
    const lang_sent *ls = &s->ls;
    int32_t top = top_clause(ls), root = (int32_t)ci;
    while (ls->clauses[root].parent >= 0)
        root = ls->clauses[root].parent;
    if (top < 0 || (root != top && (ls->clauses[root].subject < 0 ||
                                     ls->clauses[root].subject != ls->clauses[top].subject)))
        return 0;
    return story_clause(ls, ci);
}

int coder_story_next(const sent_ctx *s, int carried)
{
    const lang_sent *ls = &s->ls;
    int32_t top = top_clause(ls);
    if (top < 0)
        return 0;
    int number = 0;
    for (size_t t = 0; t < ls->n; t++) {
        if (ls->tags[t] == TAG_LQUOTE || ls->tags[t] == TAG_RQUOTE)
            return 0;
        number |= ls->tags[t] == TAG_CD;
    }
    /* a story starts only at a year or a day, written in figures: most
    ** sentences need not have their dates read at all */
    if (!carried && !number)
        return 0;
    article_when w;
    article_event_date_in(s->dates, ls, (size_t)top, 0, s->date, &w);
    /* a date of its own starts a story, or ends one */
    if (w.end > w.first && !points_back(ls, w.first))
        return w.historical && w.prec != DATE_NONE && dates_verb(s, top, &w) &&
                       story_clause(ls, (size_t)top)
                   ? STORY_SENTENCES
                   : 0;
    if (s->dates && s->dates->read && s->dates->n > 0 && !(w.end > w.first))
        return 0;   /* a date elsewhere in the sentence: not the story's */
    return carried > 0 && story_clause(ls, (size_t)top) ? carried - 1 : 0;
}
