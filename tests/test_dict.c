/*
** test_dict.c — the dictionary model and its readers: dyad's format on the
** files in tests/data/dict (every error path with its exact FILE:LINE
** message), lookups (longest match, case rules, dated codes), and the
** PETRARCH2 reader on the fictional PETR.Validate.* files and the full
** Phoenix/CAMEO set from ../shared (skipped, saying so, when absent).
*/
#include "check.h"
#include "dict/dict.h"
#include "base/base.h"
#include "base/memo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* ---- collecting diagnostics ---- */

static char diags[64][400];
static int ndiags;

static void collect(void *ctx, const dyad_diag *g)
{
    (void)ctx;
    if (g->severity == DYAD_NOTE || ndiags == 64)
        return;
    snprintf(diags[ndiags++], sizeof diags[0], "%s:%ld: %s", g->file, g->line, g->message);
}

static int has_diag(const char *want)
{
    for (int i = 0; i < ndiags; i++)
        if (strcmp(diags[i], want) == 0)
            return 1;
    fprintf(stderr, "    missing: %s\n", want);
    for (int i = 0; i < ndiags; i++)
        fprintf(stderr, "    have:    %s\n", diags[i]);
    return 0;
}

static int known_code(void *ctx, const char *code)
{
    (void)ctx;
    static const char *const codes[] = {"010", "040", "042", "043", "070", NULL};
    for (int i = 0; codes[i]; i++)
        if (strcmp(codes[i], code) == 0)
            return 1;
    return 0;
}

static const dict_opts test_opts = {collect, NULL, known_code, NULL};

/* Splits s at blanks into words (pointing into s). */
static size_t words_of(const char *s, dict_word *w, size_t max)
{
    size_t n = 0;
    while (*s && n < max) {
        while (*s == ' ')
            s++;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        if (e > s) {
            w[n].s = s;
            w[n++].len = (size_t)(e - s);
        }
        s = e;
    }
    return n;
}

/* The code of the longest actor at the start of text on date, or "" when
** none; *len gets the words covered. */
static const char *actor_at(const dict *d, const char *text, int32_t date, size_t *len)
{
    dict_word w[32];
    size_t n = words_of(text, w, 32);
    dict_match m;
    size_t k = dict_match_actor_words(d, w, n, 0, date, &m);
    if (len)
        *len = k;
    return k ? (m.code ? m.code : "(null)") : "";
}

static size_t agent_at(const dict *d, const char *text, const dict_agent **ag)
{
    dict_word w[32];
    dict_wid ids[32];
    size_t n = words_of(text, w, 32);
    dict_word_ids(d, w, n, ids);
    return dict_match_agent(d, ids, n, 0, ag);
}

static size_t discard_at(const dict *d, const char *text)
{
    dict_word w[32];
    dict_wid ids[32];
    size_t n = words_of(text, w, 32);
    dict_word_ids(d, w, n, ids);
    return dict_match_discard(d, ids, n, 0, NULL);
}

/* ---- lookups of one kind among names of others ---- */

/* A lookup for one kind of name skips the others, though they share first
** words (the trie keeps what lies below each word), and a dict read on
** after dict_finish finds what was added before the next dict_finish. */
static void test_kinds(void)
{
    ndiags = 0;
    dict *d = dict_new(&test_opts);
    const char *text = "actor NGR: North Gondor; Gondor\n"
                       "agent MIL: north guard; guard\n"
                       "discard: north wind; gondor cup\n";
    CHECK_INT(dict_read_mem(d, "mem", text, strlen(text)), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    size_t len;
    const dict_agent *ag;
    CHECK_INT(discard_at(d, "north wind blew"), 2);
    CHECK_INT(discard_at(d, "Gondor Cup final"), 2);
    CHECK_INT(discard_at(d, "North Gondor said"), 0);
    CHECK_INT(discard_at(d, "guard"), 0);
    CHECK_STR(actor_at(d, "North Gondor said", 20200101, &len), "NGR");
    CHECK_INT(len, 2);
    CHECK_STR(actor_at(d, "North Wind", 20200101, &len), "");
    CHECK_STR(actor_at(d, "the Gondor Cup", 20200101, &len), "NGR");
    CHECK_INT(len, 2);
    CHECK_INT(agent_at(d, "north guard", &ag), 2);
    CHECK_INT(agent_at(d, "north gondor", &ag), 0);
    /* a sentence's discard, in its words or in their lemmas, or none */
    {
        dict_word w[8], lw[8];
        dict_wid ids[8], lids[8];
        size_t n = words_of("the Gondor cups ended", w, 8);
        CHECK_INT(words_of("the Gondor cup end", lw, 8), n);
        dict_word_ids(d, w, n, ids);
        dict_word_ids(d, lw, n, lids);
        const dict_discard *dc = dict_find_discard(d, ids, lids, n);
        CHECK(dc != NULL && strcmp(dc->name, "gondor cup") == 0);
        CHECK(dict_find_discard(d, ids, ids, n) == NULL);
        CHECK(dict_find_discard(d, ids, lids, 0) == NULL);
    }
    /* read on: below a word that led to a discard only, and a new word */
    text = "actor NWL: North Wind Land; Zedland\n";
    CHECK_INT(dict_read_mem(d, "more", text, strlen(text)), DYAD_OK);
    CHECK_STR(actor_at(d, "North Wind Land", 20200101, &len), "NWL");
    CHECK_INT(len, 3);
    CHECK_STR(actor_at(d, "Zedland", 20200101, &len), "NWL");
    CHECK_INT(dict_finish(d), DYAD_OK);
    CHECK_STR(actor_at(d, "North Wind Land", 20200101, &len), "NWL");
    CHECK_INT(discard_at(d, "north wind land"), 2);
    CHECK_INT(ndiags, 0);
    dict_free(d);
}

/* dict_lemma_ids gives what dict_word_ids gives for the lemmas, whether a
** lemma is its token, the token lower-cased or another word. */
static void test_lemma_ids(void)
{
    dict *d = dict_new(&test_opts);
    const char *text = "actor USA: United States; US; U.S.\nactor FRA: \xC3\x89lys\xC3\xA9""e\n"
                       "agent GOV: talks; the talk\n";
    CHECK_INT(dict_read_mem(d, "mem", text, strlen(text)), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    const char *toks_text = "The US talks Talks U.S. \xC3\x89LYS\xC3\x89""E UNITED unknown";
    /* the split literal ends the hex escape before the "e" */
    const char *lemmas[] = {"the", "us", "talk", "talk", "U.S.", ("\xC3\xA9lys\xC3\xA9""e"),
                            "united", "unknown"};
    dict_word w[16], lw[16];
    size_t n = words_of(toks_text, w, 16);
    CHECK_INT(n, 8);
    dyad_token toks[16];
    for (size_t i = 0; i < n; i++) {
        toks[i] = (dyad_token){0};
        toks[i].start = (uint32_t)(w[i].s - toks_text);
        toks[i].len = (uint32_t)w[i].len;
        lw[i].s = lemmas[i];
        lw[i].len = strlen(lemmas[i]);
    }
    dict_wid tok_ids[16], want[16], got[16];
    dict_word_ids(d, w, n, tok_ids);
    dict_word_ids(d, lw, n, want);
    dict_lemma_ids(d, NULL, 0, toks_text, toks, tok_ids, lemmas, NULL, n, got, NULL, NULL);
    int same = 1;
    for (size_t i = 0; i < n; i++)
        if (got[i].fold != want[i].fold || got[i].exact != want[i].exact ||
            got[i].starts != want[i].starts) {
            fprintf(stderr, "    lemma '%s': ids %u/%u, want %u/%u\n", lemmas[i], got[i].fold,
                    got[i].exact, want[i].fold, want[i].exact);
            same = 0;
        }
    CHECK(same);
    CHECK(want[0].fold != 0 && want[2].fold != 0);   /* words the dict knows */
    /* through a memo of two slots, which evicts at every turn, twice */
    word_memo *m = memo_new(1, sizeof(dict_wid_kept));
    CHECK(m != NULL);
    for (int round = 0; round < 2; round++) {
        dict_word_ids_memo(d, m, 0, w, n, got, NULL);
        same = 1;
        for (size_t i = 0; i < n; i++)
            same &= got[i].fold == tok_ids[i].fold && got[i].exact == tok_ids[i].exact;
        CHECK(same);
    }
    /* the lemmas through a memo, one the tokens filled (a kept token's ids
    ** must never be taken for a lemma's), and again once it keeps them */
    word_memo *big = memo_new(6, sizeof(dict_wid_kept));
    CHECK(big != NULL);
    dict_word_ids_memo(d, big, 0, w, n, got, NULL);
    for (int round = 0; round < 2; round++) {
        dict_lemma_ids(d, round ? big : m, 0, toks_text, toks, tok_ids, lemmas, NULL, n, got,
                       NULL, NULL);
        same = 1;
        for (size_t i = 0; i < n; i++)
            same &= got[i].fold == want[i].fold && got[i].exact == want[i].exact;
        CHECK(same);
        dict_lemma_ids(d, big, 0, toks_text, toks, tok_ids, lemmas, NULL, n, got, NULL, NULL);
    }
    /* the same with each lemma's form given, as the analyzer gives it */
    uint8_t forms[16];
    for (size_t i = 0; i < n; i++)
        forms[i] = (uint8_t)base_lemma_form(lemmas[i], w[i].s, w[i].len);
    CHECK_INT(forms[0], BASE_FORM_LOWER);   /* "The" */
    CHECK_INT(forms[2], 0);                 /* "talks" */
    CHECK_INT(forms[4], BASE_FORM_SAME);    /* "U.S." */
    CHECK_INT(forms[5], 0);                 /* not ASCII */
    dict_lemma_ids(d, big, 0, toks_text, toks, tok_ids, lemmas, forms, n, got, NULL, NULL);
    same = 1;
    for (size_t i = 0; i < n; i++)
        same &= got[i].fold == want[i].fold && got[i].exact == want[i].exact;
    CHECK(same);
    /* with the tokens' entries, in a round: the lemma's ids kept in its
    ** token's entry by sub, asked for twice, and again under another sub */
    void *entries[16];
    uint8_t subs[16] = {0};
    memo_round(big);
    dict_word_ids_memo(d, big, 0, w, n, got, entries);
    CHECK(entries[2] != NULL && entries[2] != entries[3]);   /* "talks", "Talks" */
    for (int round = 0; round < 3; round++) {
        if (round == 2)
            memset(subs, 7, sizeof subs);
        dict_lemma_ids(d, big, 0, toks_text, toks, tok_ids, lemmas, forms, n, got, entries,
                       subs);
        same = 1;
        for (size_t i = 0; i < n; i++)
            same &= got[i].fold == want[i].fold && got[i].exact == want[i].exact &&
                    got[i].starts == want[i].starts;
        CHECK(same);
    }
    CHECK_INT(((dict_wid_kept *)entries[2])->lemma_sub, 8);
    CHECK_INT(((dict_wid_kept *)entries[2])->lemma.fold, want[2].fold);
    memo_free(big);
    memo_free(m);
    dict_free(d);
}

/* ---- dyad's format ---- */

static void test_good(void)
{
    ndiags = 0;
    dict *d = dict_new(&test_opts);
    CHECK(d != NULL);
    CHECK_INT(dict_read_dir(d, "tests/data/dict/good"), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    CHECK_INT(ndiags, 0);
    CHECK_INT(dict_count(d, DICT_ACTOR), 5);    /* a dated actor stays an actor */
    CHECK_INT(dict_count(d, DICT_PERSON), 2);
    CHECK_INT(dict_count(d, DICT_AGENT), 3);
    CHECK_INT(dict_count(d, DICT_SYNSET), 1);
    CHECK_INT(dict_count(d, DICT_VERB), 9);
    CHECK_INT(dict_count(d, DICT_DISCARD), 2);

    size_t len;
    /* longest match, case rules, leading "the" */
    CHECK_STR(actor_at(d, "Russia said", 20200101, &len), "RUS");
    CHECK_INT(len, 1);
    CHECK_STR(actor_at(d, "Russian Federation troops", 20200101, &len), "RUS");
    CHECK_INT(len, 2);
    CHECK_STR(actor_at(d, "RUSSIA", 20200101, &len), "RUS");
    CHECK_STR(actor_at(d, "the United States and", 20200101, &len), "USA");
    CHECK_INT(len, 3);
    CHECK_STR(actor_at(d, "US forces", 20200101, &len), "USA");
    CHECK_STR(actor_at(d, "us", 20200101, &len), "");
    CHECK_STR(actor_at(d, "Us", 20200101, &len), "");
    CHECK_STR(actor_at(d, "UN", 20200101, &len), "IGOUNO");
    CHECK_STR(actor_at(d, "un", 20200101, &len), "");
    CHECK_STR(actor_at(d, "U.S.", 20200101, &len), "USA");
    CHECK_STR(actor_at(d, "the", 20200101, &len), "");
    CHECK_STR(actor_at(d, "Germany", 20200101, &len), "");
    /* a dated actor: the Soviet Union until 1991-12-26, and named later
    ** it is still the state that was (issue 12) */
    CHECK_STR(actor_at(d, "USSR", 19800101, &len), "USR");
    CHECK_STR(actor_at(d, "USSR", 19911226, &len), "USR");
    CHECK_STR(actor_at(d, "USSR", 19911227, &len), "USR");
    /* a person: XXXGOV 2000..2008, XXXELI otherwise */
    CHECK_STR(actor_at(d, "Ada Example", 20050101, &len), "XXXGOV");
    CHECK_INT(len, 2);
    CHECK_STR(actor_at(d, "Ada Example", 20000101, &len), "XXXGOV");
    CHECK_STR(actor_at(d, "Ada Example", 20081231, &len), "XXXGOV");
    CHECK_STR(actor_at(d, "Ada Example", 20090101, &len), "XXXELI");
    CHECK_STR(actor_at(d, "Example", 19991231, &len), "XXXELI");
    CHECK_STR(actor_at(d, "Example", 0, &len), "XXXELI");
    /* YYYY-MM starts on the 1st; open end; no fallback: outside is null */
    CHECK_STR(actor_at(d, "Bo Sample", 19900501, &len), "XXXMIL");
    CHECK_STR(actor_at(d, "Bo Sample", 19900430, &len), "(null)");
    CHECK_STR(actor_at(d, "Bo Sample", 19990615, &len), "XXXMIL");
    CHECK_STR(actor_at(d, "Bo Sample", 19990616, &len), "XXXGOV");
    CHECK_STR(actor_at(d, "Bo Sample", 0, &len), "XXXGOV");

    dict_match m;
    dict_word w[4];
    size_t n = words_of("Ada Example", w, 4);
    CHECK(dict_match_actor_words(d, w, n, 0, 20050101, &m) == 2);
    CHECK_STR(m.actor->name, "Ada Example");
    CHECK_INT(m.actor->line, 8);
    CHECK_STR(m.actor->file, "tests/data/dict/good/actors.txt");
    CHECK_INT(m.actor->kind, DICT_PERSON);

    /* agents */
    const dict_agent *ag = NULL;
    CHECK_INT(agent_at(d, "armed forces of", &ag), 2);
    CHECK(ag && strcmp(ag->code, "MIL") == 0);
    char buf[32];
    CHECK_INT(dict_agent_join(ag, "RUS", buf, sizeof buf), 6);
    CHECK_STR(buf, "RUSMIL");
    CHECK_INT(agent_at(d, "Officials", &ag), 1);
    CHECK(ag && strcmp(ag->code, "GOV") == 0);
    CHECK_INT(agent_at(d, "bakers", &ag), 0);
    CHECK(ag == NULL);

    /* discards and synsets */
    dict_word dw[8];
    dict_wid ids[8];
    n = words_of("the World Cup final", dw, 8);
    dict_word_ids(d, dw, n, ids);
    const dict_discard *dc = NULL;
    CHECK_INT(dict_match_discard(d, ids, n, 1, &dc), 2);
    CHECK(dc && strcmp(dc->name, "World Cup") == 0);
    int32_t aid = dict_synset_find(d, "&AID");
    CHECK(aid >= 0);
    n = words_of("humanitarian aid to", dw, 8);
    dict_word_ids(d, dw, n, ids);
    CHECK_INT(dict_match_synset(d, (uint32_t)aid, ids, n, 0), 2);
    CHECK_INT(dict_match_synset(d, (uint32_t)aid, ids, n, 1), 1);
    CHECK_INT(dict_match_synset(d, (uint32_t)aid, ids, n, 2), 0);

    /* verbs */
    const dict_verb *v = dict_find_verb(d, "visit", 5);
    CHECK(v != NULL);
    if (v) {
        CHECK_INT(v->npatterns, 1);
        CHECK(v->next == NULL);
        const dict_pattern *p = v->patterns[0];
        CHECK_STR(p->code, "042");
        CHECK_INT(p->npre, 0);
        CHECK_INT(p->npost, 1);
        CHECK_INT(p->post[0].kind, DICT_EL_TARGET);
        CHECK_INT(p->line, 7);
    }
    v = dict_find_verb(d, "MEET", 4);
    CHECK(v && v->npatterns == 2);
    if (v && v->npatterns == 2) {
        CHECK_INT(v->patterns[1]->flags, DICT_PAT_MUTUAL);
        CHECK_STR(dict_word_str(d, v->patterns[1]->post[0].id), "with");
    }
    v = dict_find_verb(d, "receive", 7);
    CHECK(v && v->npatterns == 1);
    if (v && v->npatterns == 1) {
        const dict_pattern *p = v->patterns[0];
        CHECK_INT(p->flags, DICT_PAT_SUBJECT_TARGET);
        CHECK_INT(p->npre, 1);
        CHECK_INT(p->pre[0].kind, DICT_EL_TARGET);
        CHECK_INT(p->npost, 3);
        CHECK_INT(p->post[2].kind, DICT_EL_SOURCE);
    }
    v = dict_find_verb(d, "provide", 7);
    CHECK(v && v->npatterns == 1 && v->patterns[0]->post[0].kind == DICT_EL_SYNSET &&
          v->patterns[0]->post[0].id == (uint32_t)aid);
    v = dict_find_verb(d, "say", 3);
    CHECK(v && v->code && strcmp(v->code, "010") == 0);
    CHECK(dict_find_verb(d, "bake", 4) == NULL);
    dict_free(d);
}

static void test_errors(void)
{
    ndiags = 0;
    dict *d = dict_new(&test_opts);
    CHECK_INT(dict_read_dir(d, "tests/data/dict/bad"), DYAD_EDICT);
    CHECK_INT(dict_finish(d), DYAD_OK);
    const char *f = "tests/data/dict/bad/errors.txt";
    char want[400];
#define WANT(line, msg)                                                   \
    do {                                                                  \
        snprintf(want, sizeof want, "%s:%d: %s", f, line, msg);           \
        check_at(__FILE__, __LINE__, has_diag(want), want);               \
    } while (0)
    WANT(1, "bad actor code near 'rus'; codes are 3, 6, 9... capitals or digits (RUS, "
            "RUSGOV, IGOUNO)");
    WANT(2, "bad date near '2000-13-01'; write YYYY-MM-DD, YYYY-MM or YYYY");
    WANT(5, "range of XXXELI overlaps the range of XXXGOV on line 4 (2005-01-01..2008-12-31); "
            "make the ranges meet without overlapping");
    WANT(7, "duplicate: 'Moscow' already has code RUS at tests/data/dict/bad/errors.txt:6; "
            "remove one");
    WANT(8, "unknown CAMEO event code near '999'; use a code listed in data/cameo.tsv "
            "(or --- for no event)");
    WANT(9, "unknown synset near '&NOSUCH'; define it with 'synset &NOSUCH: ...' before this "
            "line");
    WANT(10, "pattern without a verb near '+ $'; the first plain word is the verb");
    WANT(11, "unknown agent code near 'XYZ'; use the codes listed in docs/dictionaries.md "
             "(GOV, MIL, REB, COP, ...)");
    WANT(12, "unknown entry kind near 'actors'; an entry starts with actor, person, agent, "
             "synset, verb, noun or discard (indent continuation lines)");
    WANT(14, "missing ':' after 'actor ...'; write 'actor ...: item; item'");
    WANT(16, "synset &X is already defined at tests/data/dict/bad/errors.txt:15; add members "
             "there");
    WANT(17, "unknown flag near '@often'; the only flag is @mutual");
    f = "tests/data/dict/bad/lead.txt";
    WANT(1, "continuation line without an entry near 'orphan continuation'; start entries at "
            "column 1");
    WANT(2, "name 'Britain' is listed twice in this entry (names ignore case, except capitals "
            "of 2-5 letters)");
    WANT(4, "'Albion' has code ENG here but GBR at tests/data/dict/bad/lead.txt:3; a name can "
            "have one undated code");
    WANT(5, "person without a code; add indented lines 'CODE FROM..TO' or 'CODE'");
    WANT(6, "empty item between ';'; remove the extra ';'");
#undef WANT
    /* no verb line was right: the folder has no pattern */
    CHECK(has_diag("tests/data/dict/bad:0: no verb patterns in this folder, so no event can "
                   "be coded; write them as 'verb CODE: pattern' lines in "
                   "tests/data/dict/bad/verbs.txt (docs/dictionaries.md)"));
    /* nothing else: line 13 continues a bad entry and is skipped quietly */
    CHECK_INT(ndiags, 18);
    dict_stats st;
    dict_get_stats(d, &st);
    CHECK_INT(st.errors, 18);
    /* the entries that were right are kept */
    size_t len;
    CHECK_STR(actor_at(d, "Moscow", 20200101, &len), "RUS");
    CHECK_STR(actor_at(d, "Albion", 20200101, &len), "GBR");
    dict_free(d);

    /* a missing file and a missing folder */
    ndiags = 0;
    d = dict_new(&test_opts);
    CHECK_INT(dict_read_file(d, "tests/data/dict/nosuch.txt"), DYAD_EIO);
    CHECK(ndiags == 1 && has_diag("tests/data/dict/nosuch.txt:0: cannot read: No such file "
                                  "or directory"));
    CHECK_INT(dict_read_dir(d, "tests/data/dict/nosuch"), DYAD_EIO);
    dict_free(d);
}

static void test_mem_and_dates(void)
{
    ndiags = 0;
    dict *d = dict_new(&test_opts);
    const char *text = "person: Cy Test\n  AAAGOV 2001-02..2001-02\n  AAAELI\n"
                       "actor BBB 1990..: Beeland\n"
                       "actor ---: Beeland Accord\n";
    CHECK_INT(dict_read_mem(d, "mem", text, strlen(text)), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    size_t len;
    CHECK_STR(actor_at(d, "Cy Test", 20010228, &len), "AAAGOV");
    CHECK_STR(actor_at(d, "Cy Test", 20010301, &len), "AAAELI");
    CHECK_STR(actor_at(d, "Beeland", 19891231, &len), "(null)");
    CHECK_STR(actor_at(d, "Beeland", 19900101, &len), "BBB");
    /* a phrase that is no actor: the longer name matches, with no code */
    CHECK_STR(actor_at(d, "Beeland Accord", 19900101, &len), "(null)");
    CHECK_INT(len, 2);
    dict_free(d);

    /* a state that no longer exists is still itself when named: of the
    ** entries whose dates all ended, the one that ended last; not one that
    ** has not begun, not a state's organ (six letters), not a person */
    d = dict_new(&test_opts);
    text = "actor OLD ..1991-12-26: Oldland; Old Union\n"
           "actor OLDGOV ..1991-12-25: Old Council\n"
           "actor MID 1992..2003: Oldland; Midland\n"
           "actor NEW 2008..: Newland\n"
           "actor NUL: Old Union Treaty\n"
           "person: Ex Test\n  AAAGOV 1990..1995\n";
    CHECK_INT(dict_read_mem(d, "mem", text, strlen(text)), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    CHECK_STR(actor_at(d, "Oldland", 19800101, &len), "OLD");
    CHECK_STR(actor_at(d, "Oldland", 19940101, &len), "MID");
    CHECK_STR(actor_at(d, "Oldland", 20150101, &len), "MID");
    CHECK_STR(actor_at(d, "Old Union", 20150101, &len), "OLD");
    CHECK_STR(actor_at(d, "Old Council", 20150101, &len), "(null)");
    CHECK_STR(actor_at(d, "Newland", 20000101, &len), "(null)");
    CHECK_STR(actor_at(d, "Ex Test", 20150101, &len), "(null)");
    CHECK_STR(actor_at(d, "Old Union Treaty", 20150101, &len), "NUL");
    CHECK_INT(len, 3);
    dict_free(d);

    /* a name's possessive is a word of its own, as the tokenizer makes it
    ** ("People 's", "Workers '"), with a straight or a curly apostrophe */
    d = dict_new(&test_opts);
    text = "actor PPR: People's Republic of Pelargir\nactor WPP: Workers' Party of Pelargir\n";
    CHECK_INT(dict_read_mem(d, "mem", text, strlen(text)), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    CHECK_STR(actor_at(d, "People 's Republic of Pelargir", 20150101, &len), "PPR");
    CHECK_INT(len, 5);
    CHECK_STR(actor_at(d, "the people \xe2\x80\x99s republic of Pelargir", 20150101, &len), "PPR");
    CHECK_INT(len, 6);
    CHECK_STR(actor_at(d, "Workers ' Party of Pelargir", 20150101, &len), "WPP");
    CHECK_STR(actor_at(d, "People's Republic of Pelargir", 20150101, &len), "");
    CHECK_INT(dict_date_parse("2004-02-29", 10), 20040229);
    CHECK_INT(dict_date_parse("2005-02-29", 10), 0);
    CHECK_INT(dict_date_parse("20050101", 8), 20050101);
    CHECK_INT(dict_date_parse("2005-1-01", 9), 0);
    dict_free(d);

    /* every allocation failure is survived and reported as DYAD_ENOMEM */
    int failures_seen = 0, ok_seen = 0;
    for (long k = 0; k < 400 && !ok_seen; k += 3) {
        base_alloc_fail_after(k);
        dict *e = dict_new(&test_opts);
        int rc = e ? dict_read_dir(e, "tests/data/dict/good") : DYAD_ENOMEM;
        if (e && rc == DYAD_OK)
            rc = dict_finish(e);
        base_alloc_fail_after(-1);
        if (rc == DYAD_ENOMEM)
            failures_seen++;
        else if (rc == DYAD_OK)
            ok_seen = 1;
        else
            CHECK_INT(rc, DYAD_ENOMEM);
        dict_free(e);
    }
    CHECK(failures_seen > 0);
    CHECK(ok_seen);
}

/* ---- PETRARCH2 ---- */

static int file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void test_petr_validate(const char *dir)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/PETR.Validate.actors.txt", dir);
    if (!file_exists(path)) {
        check_skip("PETR.Validate.* dictionaries absent ($DYAD_SHARED/petrarch2)", 1);
        return;
    }
    ndiags = 0;
    dict *d = dict_new(&(dict_opts){collect, NULL, NULL, NULL});
    static const char *const names[] = {"verbs", "actors", "agents", "discards"};
    int (*const fns[])(dict *, const char *) = {dict_petr_verbs, dict_petr_actors,
                                                dict_petr_agents, dict_petr_discards};
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/PETR.Validate.%s.txt", dir, names[i]);
        CHECK_INT(fns[i](d, path), DYAD_OK);
    }
    CHECK_INT(dict_finish(d), DYAD_OK);
    /* the two malformed pattern lines the file holds on purpose */
    CHECK_INT(ndiags, 2);
    CHECK_INT(dict_count(d, DICT_SYNSET), 17);
    CHECK_INT(dict_count(d, DICT_DISCARD), 9);
    for (int i = 0; i < ndiags; i++)
        printf("  %s\n", diags[i]);
    CHECK(dict_count(d, DICT_ACTOR) + dict_count(d, DICT_PERSON) > 100);
    size_t len;
    CHECK_STR(actor_at(d, "ARNOR", 20050101, &len), "ARN");
    CHECK_STR(actor_at(d, "Australian", 20050101, &len), "AUS");     /* a '+' synonym */
    CHECK_STR(actor_at(d, "Boromir", 20050101, &len), "(null)");     /* [---] */
    CHECK_STR(actor_at(d, "Palestinian", 20050101, &len), "PSE");    /* [pse] upper-cased */
    CHECK_STR(actor_at(d, "Hamas gunmen", 20050101, &len), "PSEHMSMIL");
    CHECK_INT(len, 2);
    const dict_agent *ag = NULL;
    CHECK_INT(agent_at(d, "congresswomen", &ag), 1);                /* !PERSON! marker */
    CHECK(ag && strcmp(ag->code, "LEG") == 0 && !ag->prefix);
    CHECK_INT(agent_at(d, "congresses", &ag), 1);                    /* regular plural */
    CHECK_INT(agent_at(d, "attorneys general", &ag), 2);             /* {plural} */
    CHECK_INT(agent_at(d, "medias", &ag), 0);                        /* {} : no plural */
    CHECK_INT(agent_at(d, "ministry of silly walks", &ag), 4);
    /* verbs: block ABANDON [345]; multi-word verbs with '+' */
    const dict_verb *v = dict_find_verb(d, "abandon", 7);
    CHECK(v && v->code && strcmp(v->code, "345") == 0 && v->npatterns >= 5);
    v = dict_find_verb(d, "rst", 3);
    CHECK(v && v->nbefore == 2 && v->code && strcmp(v->code, "002") == 0);
    if (v && v->nbefore == 2)
        CHECK_STR(dict_word_str(d, v->words_before[1]), "nop");
    /* NEW_&TIETYPES_RELATIONS: word, synset, word, adjacent */
    int found = 0;
    v = dict_find_verb(d, "abandon", 7);
    for (uint32_t i = 0; v && i < v->npatterns; i++) {
        const dict_pattern *p = v->patterns[i];
        if (p->code && strcmp(p->code, "903") == 0 && p->npost == 3) {
            found = p->post[0].kind == DICT_EL_WORD && p->post[1].kind == DICT_EL_SYNSET &&
                    p->post[1].flags == DICT_ELF_ADJACENT && p->post[2].kind == DICT_EL_WORD;
        }
    }
    CHECK(found);
    dict_free(d);
}

static void test_petr_full(const char *dir)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/CAMEO.2.0.txt", dir);
    if (!file_exists(path)) {
        check_skip("PETRARCH2 CAMEO/Phoenix dictionaries absent ($DYAD_SHARED/petrarch2)", 1);
        return;
    }
    ndiags = 0;
    dict *d = dict_new(&(dict_opts){collect, NULL, NULL, NULL});
    double t0 = now_ms();
    CHECK_INT(dict_petr_dir(d, dir), DYAD_OK);
    CHECK_INT(dict_finish(d), DYAD_OK);
    double t1 = now_ms();
    dict_stats st;
    dict_get_stats(d, &st);
    printf("PETRARCH2 full set: %.0f ms, %.1f MB; %ld actors, %ld people, %ld agents, "
           "%ld synsets, %ld patterns, %ld discards, %ld names, %ld warnings, %ld quirks\n",
           t1 - t0, (double)st.bytes / 1e6, st.entries[DICT_ACTOR], st.entries[DICT_PERSON],
           st.entries[DICT_AGENT], st.entries[DICT_SYNSET], st.entries[DICT_VERB],
           st.entries[DICT_DISCARD], st.names, st.warnings, st.quirks);
    CHECK_INT(st.errors, 0);
    /* 40 '&' lines; 4668 '- ' lines less 2 undefined synsets and 1 bad code */
    CHECK_INT(st.entries[DICT_SYNSET], 40);
    CHECK_INT(st.entries[DICT_VERB], 4665);
    CHECK(st.entries[DICT_PERSON] > 15000);
    CHECK(st.entries[DICT_AGENT] > 2000);
    CHECK(st.entries[DICT_DISCARD] > 500);
    size_t len;
    /* VLADIMIR_PUTIN_: [RUSELI 700101-990809] [RUSGOV 991231-080507]
    ** [RUSGOV 990809-000507] [RUSGOV >080508] [RUSELI] */
    CHECK_STR(actor_at(d, "Vladimir Putin", 20050101, &len), "RUSGOV");
    CHECK_INT(len, 2);
    CHECK_STR(actor_at(d, "Putin", 19950101, &len), "RUSELI");
    CHECK_STR(actor_at(d, "Putin", 19990809, &len), "RUSELI");   /* shared day: first wins */
    CHECK_STR(actor_at(d, "Putin", 19990810, &len), "RUSGOV");
    CHECK_STR(actor_at(d, "Putin", 20080507, &len), "RUSGOV");
    CHECK_STR(actor_at(d, "Putin", 20080508, &len), "RUSGOV");
    CHECK_STR(actor_at(d, "Putin", 0, &len), "RUSELI");
    CHECK_STR(actor_at(d, "Russian President Vladimir Putin", 20050101, &len), "RUSGOV");
    CHECK_INT(len, 4);
    CHECK_STR(actor_at(d, "Afghanistan", 20050101, &len), "AFG");
    const dict_agent *ag = NULL;
    CHECK_INT(agent_at(d, "foreign ministers", &ag), 2);
    CHECK(ag && strcmp(ag->code, "GOV") == 0);
    const dict_verb *v = dict_find_verb(d, "meet", 4);
    CHECK(v != NULL);
    int multi = 0;
    for (; v; v = v->next)
        if (v->nafter == 1 && strcmp(dict_word_str(d, v->words_after[0]), "with") == 0)
            multi = 1;
    CHECK(multi);   /* +MEET_WITH */
    v = dict_find_verb(d, "met", 3);   /* an irregular form listed in {} */
    CHECK(v && strcmp(v->lemma, "met") == 0 && v->npatterns > 10);
    dict_free(d);
}

/* ---- lines that repeat another ---- */

static void test_repeats(void)
{
    /* dyad's format: a warning naming both lines; the entries are kept */
    ndiags = 0;
    dict *d = dict_new(&test_opts);
    const char *text = "verb 042: visit +; travel to +\n"            /* 1 */
                       "verb 010: say\n"                              /* 2 */
                       "verb 042: visit +\n"                          /* 3 */
                       "verb 010: say\n"                              /* 4 */
                       "verb 040: meet +; meet with + @mutual\n"      /* 5 */
                       "verb 040: meet with +\n"                      /* 6: not @mutual */
                       "verb 043: travel to +\n"                      /* 7: another code */
                       "actor ABC: Abcland\n"                         /* 8 */
                       "actor ABC 2000..2009: Abcland\n"              /* 9 */
                       "actor ABC 2020..: Abcland\n"                  /* 10 */
                       "actor DEF ..1999: Defland\n"                  /* 11 */
                       "actor DEF 2000..: Defland\n";                 /* 12: no overlap */
    CHECK_INT(dict_read_mem(d, "r.txt", text, strlen(text)), DYAD_EDICT);
    CHECK(has_diag("r.txt:3: duplicate: pattern 'visit +' is already at r.txt:1; remove one"));
    CHECK(has_diag("r.txt:4: duplicate: pattern 'say' is already at r.txt:2; remove one"));
    CHECK(has_diag("r.txt:7: pattern 'travel to +' is 043 here but 042 at r.txt:1; keep one"));
    CHECK(has_diag("r.txt:9: 'Abcland' has code ABC here and at r.txt:8 already, on dates "
                   "both cover; remove one or merge the entries"));
    CHECK(has_diag("r.txt:10: 'Abcland' has code ABC here and at r.txt:8 already, on dates "
                   "both cover; remove one or merge the entries"));
    CHECK_INT(ndiags, 5);
    dict_stats st;
    dict_get_stats(d, &st);
    CHECK_INT(st.warnings, 4);
    CHECK_INT(st.errors, 1);
    CHECK_INT(st.entries[DICT_VERB], 9);   /* kept: the coder picks as before */
    dict_free(d);

    /* PETRARCH's files hold such lines by the hundred: counted, summed up */
    ndiags = 0;
    d = dict_new(&test_opts);
    text = "--- MEET [040] ---\nMEET\n- * WITH + [040]\n- * {PEACE TALKS} [043]\n"
           "- * WITH + [040]\n- * {PEACE TALKS} [043]\n- * WITH ^ + [040]\n"
           "--- TALK [040] ---\nTALK\n- * WITH + [040]\n";
    CHECK_INT(dict_petr_verbs_mem(d, "v.txt", text, strlen(text)), DYAD_OK);
    CHECK_INT(ndiags, 0);
    dict_get_stats(d, &st);
    CHECK_INT(st.quirks, 2);
    CHECK_INT(st.warnings, 0);
    dict_free(d);
}

/* ---- noun patterns ---- */

/* The words of noun entry v: its compound's words, then the noun. */
static void noun_words(const dict *d, const dict_verb *v, char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < v->nbefore && k < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s ", dict_word_str(d, v->words_before[i]));
    if (k < cap)
        snprintf(buf + k, cap - k, "%s", v->lemma);
}

static void test_nouns(void)
{
    ndiags = 0;
    dict *d = dict_new(&test_opts);
    const char *text = "noun 042: visit to +; state visit to +\n"      /* 1 */
                       "noun 043: visit by $\n"                        /* 2 */
                       "noun 010: statement\n"                         /* 3 */
                       "verb 042: visit +\n"                           /* 4 */
                       "noun 040: talk with + @mutual\n"               /* 5: no flags */
                       "noun 042: to +\n"                              /* 6: no noun */
                       "noun 042: visit to +\n"                        /* 7: twice */
                       "noun 043: state visit to +\n";                 /* 8: another code */
    CHECK_INT(dict_read_mem(d, "n.txt", text, strlen(text)), DYAD_EDICT);
    CHECK(has_diag("n.txt:5: a noun pattern takes no flag, near '@mutual'"));
    CHECK(has_diag("n.txt:6: noun pattern without a noun near 'to +'; it starts with the noun, "
                   "as in 'attack on +'"));
    CHECK(has_diag("n.txt:7: duplicate: pattern 'visit to +' is already at n.txt:1; remove one"));
    CHECK(has_diag("n.txt:8: pattern 'state visit to +' is 043 here but 042 at n.txt:1; keep "
                   "one"));
    CHECK_INT(dict_finish(d), DYAD_OK);
    dict_word w = {"visit", 5};
    dict_wid id;
    dict_word_ids(d, &w, 1, &id);
    /* the nouns of "visit": the compound first, then the noun alone with its
    ** two patterns; the verb "visit" is apart from them */
    const dict_verb *v = dict_find_noun_id(d, id.fold);
    char buf[64];
    if (CHECK(v != NULL)) {
        noun_words(d, v, buf, sizeof buf);
        CHECK_STR(buf, "state visit");
        CHECK(v->noun && v->npatterns == 2);
        v = v->next;
    }
    if (CHECK(v != NULL)) {
        noun_words(d, v, buf, sizeof buf);
        CHECK_STR(buf, "visit");
        CHECK_INT(v->npatterns, 3);   /* the twice-written one is kept */
        CHECK(v->code == NULL);
        CHECK(v->next == NULL);
    }
    const dict_verb *vb = dict_find_verb_id(d, id.fold);
    CHECK(vb != NULL && !vb->noun && vb->npatterns == 1 && vb->next == NULL);
    dict_word ws = {"statement", 9};
    dict_word_ids(d, &ws, 1, &id);
    v = dict_find_noun_id(d, id.fold);
    CHECK(v != NULL && v->code && strcmp(v->code, "010") == 0);
    CHECK(dict_find_verb_id(d, id.fold) == NULL);
    dict_stats st;
    dict_get_stats(d, &st);
    CHECK_INT(st.entries[DICT_VERB], 7);   /* noun patterns count as patterns */
    CHECK_INT(st.verbs, 1);                /* and their nouns as no verbs */
    dict_free(d);
}

/* ---- folders: the files read, and the verb patterns a folder must have ---- */

static char tmpdir[64];

/* Writes text to tmpdir/sub/name (sub made when needed). */
static void put(const char *sub, const char *name, const char *text)
{
    char path[300];
    snprintf(path, sizeof path, "%s/%s", tmpdir, sub);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s/%s", tmpdir, sub, name);
    FILE *f = fopen(path, "w");
    if (!CHECK(f != NULL))
        return;
    fputs(text, f);
    fclose(f);
}

static void test_folders(void)
{
    char dir[300], want[1024];
    dyad_dict *dd = NULL;

    /* Which files were read, and what each gave. */
    put("ours", "a.txt", "actor ABC: Abcland; Abcian\nagent GOV: official; officials\n");
    put("ours", "b.txt", "# nothing but a comment\n");
    put("ours", "c.txt", "synset &AID: aid\nverb 042: visit +; travel to +\n");
    snprintf(dir, sizeof dir, "%s/ours", tmpdir);
    CHECK_INT(dyad_dict_load_dir(dir, collect, NULL, &dd), DYAD_OK);
    CHECK_INT(dyad_dict_file_count(dd), 3);
    dyad_dict_file f;
    CHECK_INT(dyad_dict_file_info(dd, 0, &f), DYAD_OK);
    snprintf(want, sizeof want, "%s/a.txt", dir);
    CHECK_STR(f.path, want);
    CHECK(f.actors == 1 && f.agents == 1 && f.patterns == 0 && f.people == 0);
    CHECK_INT(dyad_dict_file_info(dd, 1, &f), DYAD_OK);
    CHECK(f.actors + f.people + f.agents + f.synsets + f.patterns + f.discards == 0);
    CHECK_INT(dyad_dict_file_info(dd, 2, &f), DYAD_OK);
    CHECK(f.synsets == 1 && f.patterns == 2 && f.actors == 0);
    CHECK_INT(dyad_dict_file_info(dd, 3, &f), DYAD_EUSAGE);
    CHECK_INT(dyad_dict_file_info(NULL, 0, &f), DYAD_EUSAGE);
    CHECK_INT(dyad_dict_file_count(NULL), 0);
    dyad_dict_free(dd);

    /* A folder of actors without any verb pattern codes nothing: an error
    ** that names the file the patterns belong in. */
    ndiags = 0;
    put("noverbs", "actors.txt", "actor ABC: Abcland\n");
    snprintf(dir, sizeof dir, "%s/noverbs", tmpdir);
    CHECK_INT(dyad_dict_load_dir(dir, collect, NULL, &dd), DYAD_EDICT);
    snprintf(want, sizeof want, "%s:0: no verb patterns in this folder, so no event can be "
             "coded; write them as 'verb CODE: pattern' lines in %s/verbs.txt "
             "(docs/dictionaries.md)", dir, dir);
    CHECK(ndiags == 1 && has_diag(want));
    dyad_dict_free(dd);

    /* PETRARCH2's folder is read by exact names: without CAMEO.2.0.txt it is
    ** an error, and the validation set beside it is not read instead. */
    ndiags = 0;
    put("petr", "PETR.Validate.verbs.txt", "--- MEET [040] ---\nMEET\n- * WITH + [040]\n");
    put("petr", "Phoenix.Countries.actors.txt", "ARNOR [ARN]\n");
    put("petr", "Phoenix.International.actors.txt", "");
    put("petr", "Phoenix.MilNonState.actors.txt", "");
    put("petr", "Phoenix.agents.txt", "OFFICIAL [~GOV]\n");
    put("petr", "Phoenix.discards.txt", "FOOTBALL MATCH\n");
    snprintf(dir, sizeof dir, "%s/petr", tmpdir);
    CHECK_INT(dyad_dict_load_petrarch(dir, collect, NULL, &dd), DYAD_EDICT);
    snprintf(want, sizeof want, "%s/CAMEO.2.0.txt:0: missing: PETRARCH2's verb patterns are "
             "read from CAMEO.2.0.txt; give the folder that holds it (PETR.Validate.verbs.txt "
             "here is the fictional set of the validation file, which only 'dyad validate' "
             "reads)", dir);
    CHECK(ndiags == 1 && has_diag(want));
    dyad_dict_stats st;
    dyad_dict_get_stats(dd, &st);
    CHECK_INT(st.patterns, 0);
    CHECK_INT(dyad_dict_file_count(dd), 5);
    dyad_dict_free(dd);

    /* A CAMEO.2.0.txt without patterns is an error too; with them, all is well. */
    ndiags = 0;
    put("petr", "CAMEO.2.0.txt", "# verbs to come\n");
    CHECK_INT(dyad_dict_load_petrarch(dir, collect, NULL, &dd), DYAD_EDICT);
    snprintf(want, sizeof want, "%s/CAMEO.2.0.txt:0: no verb patterns in this file, so no "
             "event can be coded; it should hold PETRARCH2's verbs ('- * pattern [CODE]' "
             "lines)", dir);
    CHECK(ndiags == 1 && has_diag(want));
    dyad_dict_free(dd);
    ndiags = 0;
    put("petr", "CAMEO.2.0.txt", "--- MEET [040] ---\nMEET\n- * WITH + [040]\n");
    CHECK_INT(dyad_dict_load_petrarch(dir, collect, NULL, &dd), DYAD_OK);
    CHECK_INT(ndiags, 0);
    CHECK_INT(dyad_dict_file_count(dd), 6);
    CHECK(dyad_dict_file_info(dd, 0, &f) == DYAD_OK && strstr(f.path, "/CAMEO.2.0.txt") &&
          f.patterns == 1);
    dyad_dict_free(dd);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad_test_dict.XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_good();
    test_errors();
    test_mem_and_dates();
    test_kinds();
    test_lemma_ids();
    test_repeats();
    test_nouns();
    test_folders();
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/petrarch2/dictionaries", check_shared_dir());
    test_petr_validate(dir);
    test_petr_full(dir);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_done();
}
