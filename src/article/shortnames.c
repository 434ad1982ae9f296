/*
** shortnames.c — a body the article named before, named again by a short
** form (shortnames.h). The wires name an organisation once in full and
** then by a word of its name or by what it is: "The International
** Monetary Fund sent a mission to Kenya. The Fund later criticized the
** budget"; "the Community" and "the Twelve" for the European Community;
** "the alliance" for NATO; "the cartel" for OPEC. The mention table made
** such a capitalised word an organisation of its own with no code ("the
** Fund" is a name to the tagger), so the event had no actor
** (docs/coder.md, "Eleventh session, second round: bodies named again by
** a short form").
**
** A short form may stand for (shortname_fits):
**   - one of the bodies of the table below, by its dictionary code ("the
**     Fed" after "the Federal Reserve" was one, and was taken back: see
**     docs/coder.md);
**   - when written with a capital, an organisation whose name ends with
**     the word ("the Bank" after "the World Bank"), coded or not: "the
**     Bank" after "Chase Manhattan Bank" is that bank, no state's; but
**     "the House" after "the White House" is Congress's;
**   - when written with a capital, an organisation whose name holds the
**     word before "of" ("the Bank" after "the Bank of England", which the
**     mention table names whole: mentions.c, name_through_of).
** Among those, the mention table (mentions.c, short_form) takes the one
** the article has named most, then the most salient. No organisation
** named before, no reference: "the Fund" then stays what it was.
*/
#include "article/shortnames.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

/* The bodies a short form names by their code: the word, lower-cased;
** the codes it may stand for; whether only a capitalised word does ("the
** community" is a town's as often as the EC's). */
typedef struct short_form {
    const char *word;
    const char *codes;    /* codes separated by spaces */
    int capital;
} short_form;

static const short_form forms[] = {
    {"fund", "IGOBUSIMF IGOMEAAMF", 0},
    {"community", "IGOEUREEC", 1},
    {"twelve", "IGOEUREEC", 1},
    {"commission", "IGOEUREEC", 1},
    {"alliance", "IGOWSTNAT", 0},
    {"cartel", "IGOBUSOPC", 0},
    {"fed", "USAGOV", 1},
    {"organization", "IGOBUSOPC", 0},
    {"organisation", "IGOBUSOPC", 0},
};

/* Is code one of the space-separated codes of list? */
static int code_in(const char *code, const char *list)
{
    size_t n = strlen(code);
    for (const char *p = list; *p;) {
        size_t k = strcspn(p, " ");
        if (n && k == n && strncmp(p, code, n) == 0)
            return 1;
        p += k + (p[k] == ' ');
    }
    return 0;
}

/* Does the name text[s..e) end with the word w[0..n) (case folded), after
** another word? */
static int name_ends(const char *text, uint32_t s, uint32_t e, const char *w, size_t n)
{
    char c = e - s > n ? text[e - n - 1] : 0;
    return (c == ' ' || c == '\n') && strncasecmp(text + e - n, w, n) == 0;
}

/* Does the name text[s..e) hold the word w[0..n) (case folded) as a word
** that "of" follows: "Bank of England", "Reserve Bank of India" for "the
** Bank"? */
static int name_of(const char *text, uint32_t s, uint32_t e, const char *w, size_t n)
{
    for (uint32_t i = s; i + n + 4 <= e; i++) {
        const char *t = text + i;
        if ((i == s || t[-1] == ' ' || t[-1] == '\n') && strncasecmp(t, w, n) == 0 &&
            (t[n] == ' ' || t[n] == '\n') && t[n + 1] == 'o' && t[n + 2] == 'f' &&
            (t[n + 3] == ' ' || t[n + 3] == '\n'))
            return 1;
    }
    return 0;
}

/* The row of forms for word[0..n) written so (capital), or NULL. */
static const short_form *form_of(const char *word, size_t n, int capital)
{
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (base_span_ieq(word, n, forms[i].word) &&
            (capital || !forms[i].capital))
            return &forms[i];
    return NULL;
}

int shortname_word(const char *word, size_t n, int capital)
{
    return capital || form_of(word, n, capital);
}

int shortname_of(const ment_entity *en, const char *text, const char *word, size_t n)
{
    return en->kind == ENT_ORG && name_of(text, en->name_start, en->name_end, word, n);
}

int shortname_fits(const ment_entity *en, const char *text, const char *word, size_t n,
                   int capital)
{
    if (en->kind != ENT_ORG)
        return 0;
    const short_form *f = form_of(word, n, capital);
    /* "the House" after "the White House" is Congress's */
    int house = base_span_ieq(word, n, "house");
    return (f && code_in(en->code, f->codes)) ||
           (capital && !house && name_ends(text, en->name_start, en->name_end, word, n)) ||
           (capital && name_of(text, en->name_start, en->name_end, word, n));
}
