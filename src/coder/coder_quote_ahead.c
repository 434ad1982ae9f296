/*
** coder_quote_ahead.c — the speaker of a quote whose attribution comes
** after the sentence being coded (seventeenth session, lane quoted).
**
** The coder codes a sentence before the article stage has read the next
** one, so the first sentences of a quote that names its speaker only at its
** end ("We call on Greece to come and engage in a dialogue. Let us find a
** solution," he said) have no speaker yet, and their "we" stood for no
** one. Here the raw tokens after the sentence are read up to the quote's
** closing mark, in the same paragraph and within a bound, and the words
** right after it must say who spoke: a name and a speech verb ("...,"
** Abrams testified), the verb and a name ("...," said Foreign Minister Vahit
** Halefoglu), or "he" or "she" and the verb. The name is matched to a
** person of the mention table by its last word; "he" and "she" are whom
** the article stage would take them for now (its last speaker). Only a
** person with a code that was not merely counted over the article counts.
*/
#include "coder/coder_int.h"

#include <string.h>
#include <strings.h>

/* Tokens read ahead for the closing mark at most: a quote of a few
** sentences. */
#define AHEAD_MAX 240

/* Forms of the verbs that attribute a quote right after its closing mark. */
static const char *const said_forms[] = {
    "said", "says", "added", "adds", "told", "tells", "testified", "declared", "stated",
    "insisted", "warned", "stressed", "explained", "wrote", "continued", "concluded", NULL};

static int tok_is(const char *text, const dyad_token *t, const char *w)
{
    return strlen(w) == t->len && strncasecmp(text + t->start, w, t->len) == 0;
}

static int said_form(const char *text, const dyad_token *t)
{
    for (size_t i = 0; said_forms[i]; i++)
        if (tok_is(text, t, said_forms[i]))
            return 1;
    return 0;
}

/* Is t a double quotation mark? */
static int double_mark(const char *text, const dyad_token *t)
{
    return t->kind == DYAD_TOK_QUOTE && art_double_mark_bytes(text + t->start, t->len);
}

/* The code of the one person of the mention table whose last name is
** w (n bytes), into *who; NULL when none has it, several do, or its code
** was only counted over the article. */
static const char *person_code(const dyad_coder *c, const char *text, const char *w, size_t n,
                               actor_ref *who)
{
    const char *found = NULL;
    for (size_t e = 0; e < mentions_entity_count(c->ment); e++) {
        const ment_entity *en = mentions_entity(c->ment, (int32_t)e);
        if (en->kind != ENT_PERSON || en->last_end - en->last_start != n ||
            strncasecmp(text + en->last_start, w, n) != 0)
            continue;
        if (found || coder_entity_actor(c, (int32_t)e, 0, 0, who) != 1 || !who->code[0] ||
            who->counted)
            return NULL;
        found = who->code;
    }
    return found;
}

int coder_quote_ahead(dyad_coder *c, const sent_ctx *s, uint32_t k, const char **name,
                      actor_ref *who)
{
    if (!art_quote_open_at(c->art, s->ls.toks[k].start))
        return 0;
    const dyad_token *all = dyad_text_tokens(c->text);
    size_t ntok = dyad_text_token_count(c->text);
    if (!all || s->ls.toks < all || s->ls.toks + s->ls.n > all + ntok)
        return 0;   /* a sentence not of the document split in c->text */
    size_t i = (size_t)(s->ls.toks - all) + s->ls.n;
    const char *text = s->ls.text;
    /* the closing mark, in this paragraph */
    size_t stop = i + AHEAD_MAX < ntok ? i + AHEAD_MAX : ntok;
    for (; i < stop; i++) {
        if (all[i].flags & DYAD_TF_PARA_START)
            return 0;
        if (double_mark(text, &all[i]))
            break;
    }
    if (i >= stop || (all[i].flags & DYAD_TF_OPEN_QUOTE))
        return 0;
    i++;
    if (i < ntok && all[i].kind == DYAD_TOK_PUNCT && tok_is(text, &all[i], ","))
        i++;   /* '", he said' */
    if (i + 1 >= ntok)
        return 0;
    /* "he said", "she told reporters" */
    int he = tok_is(text, &all[i], "he"), she = tok_is(text, &all[i], "she");
    if ((he || she) && said_form(text, &all[i + 1])) {
        const char *code;
        if (!art_pronoun_speaker(c->art, he ? 'm' : 'f', name, &code))
            return 0;
        if (code && code[0]) {
            memset(who, 0, sizeof *who);
            snprintf(who->code, sizeof who->code, "%s", code);
            return 1;
        }
        const char *sp = strrchr(*name, ' '), *w = sp ? sp + 1 : *name;
        return person_code(c, text, w, strlen(w), who) != NULL;
    }
    /* "Abrams testified", "said Foreign Minister Vahit Halefoglu" */
    size_t first = i, last;
    if (said_form(text, &all[i]))
        first = i + 1;
    for (last = first; last < ntok && last < first + 5 && (all[last].flags & DYAD_TF_CAPITALIZED) &&
                       all[last].kind == DYAD_TOK_WORD;
         last++)
        ;
    if (last == first || (first == i && (last >= ntok || !said_form(text, &all[last]))))
        return 0;
    const dyad_token *sur = &all[last - 1];
    *name = "the speaker named after the quote";
    return person_code(c, text, text + sur->start, sur->len, who) != NULL;
}
