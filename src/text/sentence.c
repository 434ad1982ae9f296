/*
** sentence.c — the dyad_text handle and the sentence splitter: groups the
** tokens of tok_scan into sentences, datelines, headings and bylines.
**
** Rules, in order of strength: a blank line always ends a sentence; a
** dateline ("KYIV, Ukraine (AP) —") at the start of a paragraph or after a
** byline is a sentence of its own; a bullet at a line start begins one; a
** "By ..." line is a byline; a short line without final punctuation is a
** heading; . ! ? end a sentence unless a lower-case word follows, and take
** closing quotes and brackets with them; an abbreviation ends one only when
** a typical sentence opener follows ("in the U.S. The next day").
*/
#include "text/text_int.h"
#include "base/base.h"

#include <string.h>
#include <utf8proc.h>

dyad_text *dyad_text_new(void)
{
    return dy_calloc(1, sizeof(dyad_text));
}

void dyad_text_free(dyad_text *t)
{
    if (!t)
        return;
    dy_free(t->tok);
    dy_free(t->sent);
    dy_free(t->unbroken);
    dy_free(t);
}

size_t dyad_text_token_count(const dyad_text *t) { return t ? t->ntok : 0; }
const dyad_token *dyad_text_tokens(const dyad_text *t) { return t ? t->tok : NULL; }
size_t dyad_text_sentence_count(const dyad_text *t) { return t ? t->nsent : 0; }
const dyad_sentence *dyad_text_sentences(const dyad_text *t) { return t ? t->sent : NULL; }

int dyad_text_split(dyad_text *t, const char *text, size_t len)
{
    if (!t)
        return DYAD_EUSAGE;
    t->ntok = t->nsent = t->nbroken = 0;
    t->words = NULL;
    t->text = NULL;
    t->len = 0;
    t->errmsg[0] = '\0';
    if (len > UINT32_MAX) {   /* offsets are 32-bit */
        base_errmsg(t->errmsg, "dyad_text_split: %zu bytes, over the 4 GiB a text may "
                    "hold; split it", len);
        return DYAD_EINPUT;
    }
    if (!text && len) {
        base_errmsg(t->errmsg, "dyad_text_split: text is NULL but len is %zu", len);
        return DYAD_EUSAGE;
    }
    t->text = text ? text : "";
    t->len = len;
    int rc = tok_scan(t);
    if (rc == DYAD_OK)
        rc = sent_scan(t);
    if (rc != DYAD_OK) {
        t->ntok = t->nsent = 0;
        base_errmsg(t->errmsg, "dyad_text_split: %s", dyad_errstr(rc));
    }
    return rc;
}

const char *dyad_text_errmsg(const dyad_text *t) { return t ? t->errmsg : "out of memory"; }

/* ---- Token tests -------------------------------------------------------- */

static int is_punct(const dyad_text *t, const dyad_token *tk, char c)
{
    return tk->kind == DYAD_TOK_PUNCT && (unsigned char)t->text[tk->start] == (unsigned char)c;
}

/* . ! ? and runs of ! and ? */
static int is_final(const dyad_text *t, const dyad_token *tk)
{
    if (tk->kind != DYAD_TOK_PUNCT)
        return 0;
    char c = t->text[tk->start];
    return c == '.' || c == '!' || c == '?';
}

static int is_closer(const dyad_text *t, const dyad_token *tk)
{
    if (tk->flags & DYAD_TF_LINE_START)
        return 0;
    if (tk->kind == DYAD_TOK_QUOTE)
        return (tk->flags & DYAD_TF_CLOSE_QUOTE) != 0;
    return is_punct(t, tk, ')') || is_punct(t, tk, ']') || is_punct(t, tk, '}');
}

/* Does the sentence ending with token e-1 end with final punctuation? */
static int ends_final(const dyad_text *t, size_t s, size_t e)
{
    while (e > s && is_closer(t, &t->tok[e - 1]))
        e--;
    if (e == s)
        return 0;
    const dyad_token *tk = &t->tok[e - 1];
    return is_final(t, tk) || tk->kind == DYAD_TOK_ELLIPSIS || (tk->flags & DYAD_TF_ABBREV);
}

/* Bullets: U+2022 •, U+00B7 ·, U+25AA ▪, U+25CF ●, U+25E6 ◦, U+2023 ‣, and
** - * – followed by a space. */
static int is_bullet(const dyad_text *t, size_t i, size_t p1)
{
    const dyad_token *tk = &t->tok[i];
    if (!(tk->flags & DYAD_TF_LINE_START) || i + 1 >= p1)
        return 0;
    unsigned char c = (unsigned char)t->text[tk->start];
    if (c != '-' && c != '*' && c != 0xE2 && c != 0xC2)
        return 0;
    const dyad_token *nx = tk + 1;
    if (!(nx->flags & DYAD_TF_SPACE_BEFORE) || (nx->flags & DYAD_TF_LINE_START))
        return 0;
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA",
                                          "\xE2\x97\x8F", "\xE2\x97\xA6", "\xE2\x80\xA3",
                                          "-", "*", "\xE2\x80\x93"};
    for (size_t k = 0; k < sizeof bullets / sizeof bullets[0]; k++)
        if (tok_is(t->text, tk, bullets[k]))
            return 1;
    return 0;
}

/* Words that open sentences far more often than they continue a name after
** an abbreviation: "in the U.S. The next day". Not "And" or nouns such as
** "Officials": older wire copy capitalizes the word after "U.S." mid-sentence
** ("between the U.S. And Japan"). */
static int is_opener(const dyad_text *t, const dyad_token *tk)
{
    static const char *const openers[] = {
        "A", "An", "The", "This", "That", "These", "Those", "There", "Their", "They",
        "Then", "He", "She", "It", "Its", "His", "Her", "We", "Our", "I", "You", "In",
        "On", "At", "By", "For", "From", "With", "Without", "After", "Before", "During",
        "Since", "Until", "While", "When", "Where", "What", "Which", "Who", "Why", "How",
        "If", "As", "Although", "Though", "Because", "But", "So", "Yet",
        "Also", "However", "Meanwhile", "Moreover", "Still", "Now", "Today", "Yesterday",
        "Earlier", "Later", "Last", "Next", "Some", "Many", "Most", "Several", "Few", "All",
        "Both", "Each", "Every", "No", "None", "Not", "One", "Two", "Three", "Such",
        "Other", "Another", "According", "Asked", "Despite", "Instead", "Under", "Over",
        "Among", "Amid"};
    if (tk->kind != DYAD_TOK_WORD || !(tk->flags & DYAD_TF_CAPITALIZED))
        return 0;
    for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++)
        if (tok_is(t->text, tk, openers[k]))
            return 1;
    return 0;
}

/* Is there a word without a single lower-case letter (ASCII check; a
** non-ASCII letter counts as neither)? */
static int all_caps(const dyad_text *t, const dyad_token *tk)
{
    const unsigned char *s = (const unsigned char *)t->text + tk->start;
    int upper = 0;
    for (uint32_t i = 0; i < tk->len; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        if (s[i] >= 0x80) {
            int32_t cp;
            utf8proc_ssize_t l = utf8proc_iterate(s + i, tk->len - i, &cp);
            if (l <= 0)
                return 0;
            if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
                return 0;
            i += (uint32_t)l - 1;
        }
        upper += s[i] >= 'A' && s[i] <= 'Z';
    }
    return upper > 0;
}

static int is_connector(const dyad_text *t, const dyad_token *tk)
{
    static const char *const small[] = {"de", "da", "do", "del", "la", "el", "al", "of",
                                        "and", "van", "von", "der", "bin", "le", "du"};
    for (size_t k = 0; k < sizeof small / sizeof small[0]; k++)
        if (tok_is(t->text, tk, small[k]))
            return 1;
    return 0;
}

/* ---- Sentence kinds -------------------------------------------------------- */

/* "By Jane Doe", "By JANE DOE, Associated Press": tokens [s, e) on one line. */
static int is_byline(const dyad_text *t, size_t s, size_t e)
{
    const dyad_token *tk = t->tok;
    if (e - s < 2 || e - s > 16 || !(tk[s].flags & DYAD_TF_LINE_START) ||
        !(tok_is(t->text, &tk[s], "By") || tok_is(t->text, &tk[s], "BY")) ||
        tk[s + 1].kind != DYAD_TOK_WORD || !(tk[s + 1].flags & DYAD_TF_CAPITALIZED))
        return 0;
    for (size_t i = s + 1; i < e; i++) {
        if (tk[i].flags & DYAD_TF_LINE_START)
            return 0;
        if (tk[i].kind == DYAD_TOK_WORD) {
            if (!(tk[i].flags & DYAD_TF_CAPITALIZED) && !is_connector(t, &tk[i]))
                return 0;
        } else if (is_final(t, &tk[i]) || tk[i].kind == DYAD_TOK_QUOTE ||
                   tk[i].kind == DYAD_TOK_ELLIPSIS || is_punct(t, &tk[i], ':') ||
                   is_punct(t, &tk[i], ';')) {
            return 0;
        }
    }
    return 1;
}

/* The kind of the sentence [s, e) of the paragraph ending at p1; ls is the
** first token of the line the sentence ends on. */
static int sentence_kind(const dyad_text *t, size_t s, size_t e, size_t p1, size_t ls)
{
    const dyad_token *tk = t->tok;
    if (!(tk[s].flags & DYAD_TF_LINE_START) || (e < p1 && !(tk[e].flags & DYAD_TF_LINE_START)) ||
        ls > s)
        return DYAD_SENT_BODY;
    if (is_byline(t, s, e))
        return DYAD_SENT_BYLINE;
    if (!ends_final(t, s, e) && !is_bullet(t, s, p1))
        return DYAD_SENT_HEADING;
    return DYAD_SENT_BODY;
}

/* If a dateline starts at token i, returns the index just past its dash;
** else 0. "WASHINGTON —", "MOSCOW (Reuters) -", "KYIV, Ukraine, March 3
** (AP) —", "(CNN) —", "Paris (AFP) -". */
static size_t dateline_end(const dyad_text *t, size_t i, size_t p1)
{
    const dyad_token *tk = t->tok;
    size_t lim = p1 - i > 32 ? i + 32 : p1;
    int paren = 0, caps = 1, first_run = 1;
    for (size_t k = i; k < lim; k++) {
        const dyad_token *x = &tk[k];
        if (k > i && (x->flags & DYAD_TF_LINE_START))
            return 0;
        if (x->kind == DYAD_TOK_DASH) {
            if (k == i || k + 1 >= p1)
                return 0;
            const dyad_token *nx = &tk[k + 1];
            if (paren)
                return k + 1;
            if (caps && (nx->kind == DYAD_TOK_QUOTE || nx->kind == DYAD_TOK_NUMBER ||
                         (nx->flags & DYAD_TF_CAPITALIZED)))
                return k + 1;
            return 0;
        }
        if (is_punct(t, x, '(')) {
            if (paren)
                return 0;
            size_t j = k + 1;
            while (j < lim && j < k + 8 && !is_punct(t, &tk[j], ')')) {
                if (tk[j].kind != DYAD_TOK_WORD && !is_punct(t, &tk[j], ',') &&
                    !is_punct(t, &tk[j], '/') && tk[j].kind != DYAD_TOK_SYMBOL)
                    return 0;
                j++;
            }
            if (j >= lim || j == k + 1 || !is_punct(t, &tk[j], ')'))
                return 0;
            paren = 1;
            first_run = 0;
            k = j;
            continue;
        }
        if (paren)
            return 0;   /* only the dash may follow "(Reuters)" */
        if (x->kind == DYAD_TOK_WORD) {
            if (x->flags & DYAD_TF_CAPITALIZED) {
                if (first_run && !all_caps(t, x))
                    caps = 0;
            } else if (k == i || !is_connector(t, x)) {
                return 0;
            }
            continue;
        }
        if (k == i)
            return 0;
        if (is_punct(t, x, ',')) {
            first_run = 0;
            continue;
        }
        if (x->kind == DYAD_TOK_NUMBER && !first_run)
            continue;
        if (is_punct(t, x, '.') && !(x->flags & DYAD_TF_SPACE_BEFORE) &&
            x[-1].kind == DYAD_TOK_WORD && (all_caps(t, x - 1) || x[-1].len <= 4))
            continue;   /* ST. LOUIS, MO., */
        return 0;
    }
    return 0;
}

/* ---- Sentence ends ---------------------------------------------------------- */

/* Older wire copy capitalizes the word after "U.S." mid-sentence, so "with
** the U.S. Over semiconductor trade" looks like a sentence opener. Read a
** preposition there as the clause going on when a lower-case word follows
** it and the rest of the sentence is not a fronted phrase and a new clause:
** within 80 tokens it reaches a sentence's end with no comma before it, or
** with only a short reporting tail after its first comma ("..., officials
** said."). "the U.S. At the GATT talks, Japan will try" still ends at
** "U.S.", and so does a paragraph with no sentence end in reach. */
static int us_runs_on(const dyad_text *t, size_t i, size_t j, size_t p1)
{
    static const char *const preps[] = {
        "In", "On", "At", "For", "From", "With", "Over", "Under", "During", "Into",
        "To", "Against", "Through", "About", "Between", "Without", "Until"};
    static const char *const tails[] = {"said", "says", "saying", "reported", "added",
                                        "stated", "announced"};
    const dyad_token *tk = t->tok;
    if (!tok_is(t->text, &tk[i], "U.S.") || j + 1 >= p1 ||
        tk[j + 1].kind != DYAD_TOK_WORD || !tok_starts_lower(t->text, &tk[j + 1]))
        return 0;
    /* the second word of a sentence adverb: "At least", "In addition" */
    static const char *const adverbs[] = {"least", "addition", "fact", "example", "instance",
                                          "turn", "particular", "contrast", "average", "total",
                                          "present", "first", "short", "general", "all"};
    int prep = 0;
    for (size_t k = 0; k < sizeof preps / sizeof preps[0] && !prep; k++)
        prep = tok_is(t->text, &tk[j], preps[k]);
    for (size_t k = 0; k < sizeof adverbs / sizeof adverbs[0] && prep; k++)
        prep = !tok_is(t->text, &tk[j + 1], adverbs[k]);
    if (!prep)
        return 0;
    /* an indented line opens a paragraph in wire copy ("U.S.\n    In addition") */
    const char *gap = t->text + tk[i].start + tk[i].len, *ge = t->text + tk[j].start;
    const char *nl = memchr(gap, '\n', (size_t)(ge - gap));
    if (nl && nl + 1 < ge)
        return 0;
    size_t comma = 0, lim = j + 80 < p1 ? j + 80 : p1;
    for (size_t k = j + 2; k < lim; k++) {
        if (!comma && is_punct(t, &tk[k], ','))
            comma = k;
        if (!is_final(t, &tk[k]))
            continue;
        if (!comma)
            return 1;
        if (k - comma > 11)
            return 0;
        const dyad_token *w = &tk[k - 1];
        for (size_t m = 0; m < sizeof tails / sizeof tails[0]; m++)
            if (tok_is(t->text, w, tails[m]))
                return 1;
        return 0;
    }
    return 0;
}

/* Does the sentence end after token i, given that token j follows (after
** any closing quotes and brackets)? */
static int ends_here(const dyad_text *t, size_t i, size_t j, size_t p1)
{
    const dyad_token *tk = &t->tok[i], *nx = &t->tok[j];
    if (tk->flags & DYAD_TF_ABBREV) {
        switch (tok_abbrev(t->text + tk->start, tk->len - 1)) {
        case AB_INITIAL: case AB_OTHER:
            break;
        default:
            return 0;
        }
        if (nx->kind == DYAD_TOK_QUOTE && (nx->flags & DYAD_TF_OPEN_QUOTE) && j + 1 < p1)
            return (t->tok[j + 1].flags & DYAD_TF_CAPITALIZED) != 0;
        return is_opener(t, nx) && !us_runs_on(t, i, j, p1);
    }
    if (tk->kind == DYAD_TOK_ELLIPSIS) {
        if (nx->kind == DYAD_TOK_QUOTE && (nx->flags & DYAD_TF_OPEN_QUOTE) && j + 1 < p1)
            nx = &t->tok[j + 1];
        return nx->kind == DYAD_TOK_WORD && (nx->flags & DYAD_TF_CAPITALIZED);
    }
    if ((nx->kind == DYAD_TOK_WORD || nx->kind == DYAD_TOK_CLITIC) &&
        tok_starts_lower(t->text, nx))
        return 0;
    if (nx->kind == DYAD_TOK_CLITIC || is_punct(t, nx, ',') || is_punct(t, nx, ';') ||
        is_punct(t, nx, ':') || is_final(t, nx))
        return 0;
    return 1;
}

static int emit(dyad_text *t, size_t s, size_t e, int kind)
{
    if (t->nsent == t->sentcap &&
        base_grow((void **)&t->sent, &t->sentcap, t->nsent + 1, sizeof *t->sent))
        return -1;
    const dyad_token *a = &t->tok[s], *b = &t->tok[e - 1];
    dyad_sentence *x = &t->sent[t->nsent++];
    x->start = a->start;
    x->end = b->start + b->len;
    x->tok_first = (uint32_t)s;
    x->tok_count = (uint32_t)(e - s);
    x->kind = kind;
    return 0;
}

static size_t line_len(const dyad_text *t, size_t a, size_t b)
{
    size_t s = t->tok[a].start, e = t->tok[b - 1].start + t->tok[b - 1].len;
    if (!t->nbroken)
        return e - s;
    /* a word broken at a line end ("semi-\nannual") holds its line break,
    ** so the tokens run over two lines: the longer one is the line's */
    size_t best = 0;
    for (const char *p = t->text + s, *end = t->text + e, *nl;; p = nl + 1) {
        nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = (size_t)((nl ? nl : end) - p);
        if (l > best)
            best = l;
        if (!nl)
            return best;
    }
}

/* Does a line break before token i (the previous line began at token ls,
** the sentence at s) end the sentence? */
/* The length of the paragraph's longest line, computed on first need
** (*maxline is 0 until then). */
static size_t longest_line(const dyad_text *t, size_t p0, size_t p1, size_t *maxline)
{
    if (*maxline)
        return *maxline;
    size_t ls = p0;
    for (size_t i = p0 + 1; i <= p1; i++) {
        if (i == p1 || (t->tok[i].flags & DYAD_TF_LINE_START)) {
            size_t l = line_len(t, ls, i);
            if (l > *maxline)
                *maxline = l;
            ls = i;
        }
    }
    return *maxline;
}

static int breaks_line(const dyad_text *t, size_t s, size_t ls, size_t i, size_t p0,
                       size_t p1, size_t *maxline)
{
    const dyad_token *tk = t->tok;
    if (is_bullet(t, i, p1))
        return 1;
    if (s != ls || ends_final(t, ls, i))
        return 0;
    if (is_byline(t, ls, i))
        return 1;
    const dyad_token *last = &tk[i - 1], *nx = &tk[i];
    if (is_punct(t, last, ',') || last->kind == DYAD_TOK_DASH || is_punct(t, last, '-'))
        return 0;
    if (!((nx->flags & DYAD_TF_CAPITALIZED) || nx->kind == DYAD_TOK_NUMBER ||
          nx->kind == DYAD_TOK_QUOTE || is_punct(t, nx, '(')))
        return 0;
    /* a heading is short beside the paragraph's longest line; hard-wrapped
    ** text has lines of about equal length */
    return line_len(t, ls, i) * 10 <= longest_line(t, p0, p1, maxline) * 6;
}

static int split_para(dyad_text *t, size_t p0, size_t p1)
{
    const dyad_token *tk = t->tok;
    size_t maxline = 0, ls = p0;
    size_t s = p0, d = dateline_end(t, p0, p1);
    if (d) {
        if (emit(t, p0, d, DYAD_SENT_DATELINE))
            return -1;
        s = d;
    }
    ls = p0;
    for (size_t i = s; i < p1; i++) {
        if (i > p0 && (tk[i].flags & DYAD_TF_LINE_START)) {
            if (i > s && breaks_line(t, s, ls, i, p0, p1, &maxline)) {
                if (emit(t, s, i, sentence_kind(t, s, i, p1, ls)))
                    return -1;
                s = i;
                if ((d = dateline_end(t, i, p1)) != 0) {
                    if (emit(t, i, d, DYAD_SENT_DATELINE))
                        return -1;
                    ls = i;   /* the dateline's line goes on */
                    s = d;
                    i = d - 1;
                    continue;
                }
            }
            ls = i;
        }
        const dyad_token *x = &tk[i];
        if (!is_final(t, x) && x->kind != DYAD_TOK_ELLIPSIS && !(x->flags & DYAD_TF_ABBREV))
            continue;
        size_t j = i + 1;
        while (j < p1 && is_closer(t, &tk[j]))
            j++;
        if (j < p1 && ends_here(t, i, j, p1)) {
            if (emit(t, s, j, sentence_kind(t, s, j, p1, ls)))
                return -1;
            s = j;
        }
        i = j - 1;
    }
    if (s < p1 && emit(t, s, p1, sentence_kind(t, s, p1, p1, ls)))
        return -1;
    return 0;
}

int sent_scan(dyad_text *t)
{
    size_t n = t->ntok, i = 0;
    t->nsent = 0;
    while (i < n) {
        size_t p1 = i + 1;
        while (p1 < n && !(t->tok[p1].flags & DYAD_TF_PARA_START))
            p1++;
        if (split_para(t, i, p1)) {
            t->nsent = 0;
            return DYAD_ENOMEM;
        }
        i = p1;
    }
    return DYAD_OK;
}
