/*
** test_coder.c — the coder's API on a small dictionary written here: every
** field of an event and its explanation, modalities, reciprocal and
** compound events, the rules against over-generation, partial mode, the
** three output formats, and failure of every allocation in turn.
*/
#include "check.h"
#include "dyad.h"
#include "base/base.h"
#include "coder/coder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dict_dir[256];

static const char dict_text[] =
    "actor ARN: Arnor; Arnorian\n"
    "actor GON: Gondor; Gondorian; Minas Tirith\n"
    "actor OSG: Osgiliath\n"
    "person: Aragorn\n"
    "  GONGOV 2000-01-01..2010-12-31\n"
    "  GONELI\n"
    "agent GOV: government; officials; official; minister; ministers\n"
    "agent MIL: troops; army\n"
    "synset &TALKS: talks; negotiations\n"
    "verb 042: visit +; arrive in +\n"
    "verb 043: host +\n"
    "verb 040: meet +; hold &TALKS with + @mutual\n"
    "verb ---: meet demand\n"
    "verb 190: attack +\n"
    "verb 111: criticize +\n"
    "verb 163: impose sanction on +\n"
    "verb 057: sign agreement with + @mutual\n"
    "discard: football match\n"
    "verb 024: admit pleasant place\n"
    "actor OSGBUS ..1999: Bank of Gondor\n"
    "verb 141: demonstrate\n"
    "noun 195: air strike on +\n"
    "verb 173: detain +\n"
    /* the article level: two holders of one surname, leaders, police */
    "person: Hador Galdor; Galdor\n  ARNGOV\n"
    "person: Elendil Voronda\n  ARNGOV\n"
    "person: Imrahil Dolamroth\n  OSGGOV\n"
    "agent COP: police\n"
    "agent OPP: opposition leaders\n"
    "agent LEG: lawmakers\n"
    "verb 173: arrest +\n"
    "verb 100: demand +\n"
    "verb 015: claim responsibility; acknowledge +\n"
    /* a real country, for the gazetteer's cities */
    "actor KEN: Kenya\n";

static void write_dict(void)
{
    snprintf(dict_dir, sizeof dict_dir, "/tmp/dyad-test-coder-%ld/dict", (long)getpid());
    char parent[256];
    snprintf(parent, sizeof parent, "/tmp/dyad-test-coder-%ld", (long)getpid());
    mkdir(parent, 0700);
    mkdir(dict_dir, 0700);
    char path[320];
    snprintf(path, sizeof path, "%s/test.txt", dict_dir);
    FILE *f = fopen(path, "w");
    fputs(dict_text, f);
    fclose(f);
}

static void remove_dict(void)
{
    char path[320];
    snprintf(path, sizeof path, "%s/test.txt", dict_dir);
    remove(path);
    rmdir(dict_dir);
    *strrchr(dict_dir, '/') = '\0';
    rmdir(dict_dir);
}

static dyad_doc make_doc(const char *text, const char *date)
{
    dyad_doc d = {.id = "t", .date = date, .source = "", .url = "http://example.org/a",
                  .title = "", .text = text, .text_len = strlen(text), .file = "t",
                  .line = 1};
    return d;
}

/* Codes document d and returns the events as "SRC TGT CODE modality"
** lines. */
static char got[4096];
static const char *code_doc(dyad_coder *c, const dyad_doc *d)
{
    got[0] = '\0';
    if (dyad_coder_code(c, d) != DYAD_OK)
        return "(error)";
    size_t n = dyad_coder_event_count(c);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_coder_event(c, i);
        size_t len = strlen(got);
        snprintf(got + len, sizeof got - len, "%s%s %s %s %s", i ? " | " : "", e->source,
                 e->target, e->code, e->modality);
    }
    return got;
}

/* Codes text as a document of date. */
static const char *code(dyad_coder *c, const char *text, const char *date)
{
    dyad_doc d = make_doc(text, date);
    return code_doc(c, &d);
}

/* The structures of issue 12: an event with no target, a noun phrase's
** event, a compound subject of two, a passive with no agent. */
static void test_structures(const dyad_dict *d)
{
    dyad_coder *c;
    dyad_coder_opts o = {.explain = 1};
    CHECK_INT(dyad_coder_new(d, &o, NULL, NULL, &c), DYAD_OK);
    /* no target: every field of it is empty */
    CHECK_STR(code(c, "Arnorian troops demonstrated in Osgiliath.", "2005-01-01"),
              "ARNMIL  141 asserted");
    const dyad_event *e = dyad_coder_event(c, 0);
    if (CHECK(e != NULL)) {
        CHECK_STR(e->target, "");
        CHECK_STR(e->target_text, "");
        CHECK_STR(e->target_entry, "");
        CHECK_STR(e->pattern, "demonstrate");
    }
    /* a noun phrase's event, explained by its noun pattern */
    CHECK_STR(code(c, "Arnor's air strike on Osgiliath angered Gondor.", "2005-01-01"),
              "ARN OSG 195 asserted");
    e = dyad_coder_event(c, 0);
    if (CHECK(e != NULL)) {
        CHECK_STR(e->pattern, "air strike on +");
        CHECK_INT(e->pattern_line, 22);
        CHECK_STR(e->verb, "air strike");
        CHECK_STR(e->source_text, "Arnor's");
    }
    CHECK_STR(code(c, "Gondor feared an Arnorian air strike on Osgiliath.", "2005-01-01"), "");
    /* a compound subject of two fills "with +"; three are a list */
    CHECK_STR(code(c, "Arnor and Gondor signed an agreement.", "2005-01-01"),
              "ARN GON 057 asserted | GON ARN 057 asserted");
    CHECK_STR(code(c, "Arnor, Gondor and Osgiliath signed an agreement.", "2005-01-01"), "");
    CHECK(dyad_coder_reject_count(c) == 1 &&
          strstr(dyad_coder_reject(c, 0), "3 actors in the subject") != NULL);
    /* a passive with no agent: the source is for the article to name */
    CHECK_STR(code(c, "Arnorian troops were detained in Osgiliath.", "2005-01-01"), "");
    CHECK(dyad_coder_reject_count(c) == 1 &&
          strstr(dyad_coder_reject(c, 0), "passive with no agent") != NULL);
    CHECK_STR(code(c, "Arnorian troops were detained by Gondor.", "2005-01-01"),
              "GON ARNMIL 173 asserted");
    /* a speaker's stance: claiming another's attack accuses him; the
    ** attack is only claimed, and no pattern explains the accusation */
    CHECK_STR(code(c, "Gondor claimed Arnorian troops attacked Osgiliath.", "2005-01-01"),
              "GON ARNMIL 1123 asserted");
    e = dyad_coder_event(c, 0);
    if (CHECK(e != NULL)) {
        CHECK_STR(e->pattern, "accusation in reported speech");
        CHECK_STR(e->pattern_file, "");
        CHECK_STR(e->verb, "claimed");
        CHECK_STR(e->target_text, "Arnorian troops");
    }
    CHECK_STR(code(c, "Gondor said Arnorian troops attacked Osgiliath.", "2005-01-01"),
              "GON ARNMIL 1123 asserted | ARNMIL OSG 190 asserted");
    dyad_coder_free(c);
}

/* The owner of a thing as the target (coder_owner.c): a by-phrase's doer,
** a between-phrase's parties, a hyphenated compound's countries, a
** possessive pronoun's person, and the doer of the article's latest act
** of the kind a definite noun names. */
static void test_owner(const dyad_dict *d)
{
    dyad_coder *c;
    dyad_coder_opts o = {.explain = 1};
    CHECK_INT(dyad_coder_new(d, &o, NULL, NULL, &c), DYAD_OK);
    CHECK_STR(code(c, "Gondor criticized the annexation of the islands by Arnor.", "2005-01-01"),
              "GON ARN 111 asserted");
    /* the doer wins over whom it was done to */
    CHECK_STR(code(c, "Gondor criticized the killing of Gondorian troops by Arnor.",
                   "2005-01-01"),
              "GON ARN 111 asserted");
    CHECK_STR(code(c, "Gondor criticized the pact between Arnor and Osgiliath.", "2005-01-01"),
              "GON ARN 111 asserted | GON OSG 111 asserted");
    CHECK_STR(code(c, "Gondor criticized the Arnorian-Osgiliath border pact.", "2005-01-01"),
              "GON ARN 111 asserted | GON OSG 111 asserted");
    /* another preposition ends the run of phrases on the thing */
    CHECK_STR(code(c, "Gondor criticized imports of grain under the pact between Arnor and "
                      "Osgiliath.",
                   "2005-01-01"),
              "");
    CHECK_STR(code(c, "Elendil Voronda visited Osgiliath. Gondor criticized his visit.",
                   "2005-01-01"),
              "ARNGOV OSG 042 asserted | GON ARNGOV 111 asserted");
    /* the source's own act is no target */
    CHECK_STR(code(c, "Gondor criticized its own decision.", "2005-01-01"), "");
    /* a definite act noun: the doer of the latest act of its kind */
    CHECK_STR(code(c, "Arnorian troops attacked Osgiliath. Gondor criticized the attack.",
                   "2005-01-01"),
              "ARNMIL OSG 190 asserted | GON ARNMIL 111 asserted");
    const dyad_event *e = dyad_coder_event(c, 1);
    if (CHECK(e != NULL))
        CHECK_STR(e->target_from, "event: sentence 0, ARNMIL OSG 190 'attacked'");
    CHECK_STR(code(c, "Arnor signed an agreement with Osgiliath. Gondor criticized the "
                      "agreement.",
                   "2005-01-01"),
              "ARN OSG 057 asserted | OSG ARN 057 asserted | GON OSG 111 asserted | GON ARN "
              "111 asserted");
    CHECK_STR(code(c, "Gondor criticized the attack.", "2005-01-01"), "");
    /* a verb of doing is the act its object names: a deal struck is no
    ** strike */
    CHECK_STR(code(c, "Arnor struck a deal with Gondor. Osgiliath criticized the deal.",
                   "2005-01-01"),
              "OSG ARN 111 asserted");
    CHECK_STR(code(c, "Arnor struck a deal with Gondor. Osgiliath criticized the attack.",
                   "2005-01-01"),
              "");
    dyad_coder_free(c);

    /* an act with no owner but partial mode's unknown ("---GOV": the
    ** article names Osgiliath and Gondor as often) takes no place in the
    ** ring of acts: the oldest of a full ring, Arnor's proposal, stays */
    dyad_coder_opts po = {.partial = 1};
    CHECK_INT(dyad_coder_new(d, &po, NULL, NULL, &c), DYAD_OK);
    static char text[2048];
    snprintf(text, sizeof text, "Arnor made a proposal. Arnor made a move.");
    for (int i = 2; i < ACTS_SEEN - 2; i += 2)
        snprintf(text + strlen(text), sizeof text - strlen(text),
                 " Osgiliath attacked Gondor. Gondor attacked Osgiliath.");
    snprintf(text + strlen(text), sizeof text - strlen(text),
             " Osgiliath attacked Gondor. Gondor attacked Arnor. The government made a "
             "decision. Osgiliath criticized the proposal.");
    code(c, text, "2005-01-01");
    size_t n = dyad_coder_event_count(c);
    e = n ? dyad_coder_event(c, n - 1) : NULL;
    if (CHECK(e != NULL)) {
        CHECK_STR(e->source, "OSG");
        CHECK_STR(e->target, "ARN");
        CHECK_STR(e->code, "111");
    }
    dyad_coder_free(c);
}

static void test_events(const dyad_dict *d)
{
    dyad_coder *c;
    dyad_coder_opts o = {.explain = 1};
    CHECK_INT(dyad_coder_new(d, &o, NULL, NULL, &c), DYAD_OK);

    CHECK_STR(code(c, "Aragorn arrived in Osgiliath on Monday.", "2005-06-01"),
              "GONGOV OSG 042 asserted");
    /* the fields of one event, with its evidence */
    const dyad_event *e = dyad_coder_event(c, 0);
    CHECK_STR(e->source_text, "Aragorn");
    CHECK_STR(e->target_text, "Osgiliath");
    CHECK_STR(e->verb, "arrived");
    CHECK_STR(e->root, "04");
    CHECK_STR(e->plover, "CONSULT");
    CHECK_INT(e->quad, 1);
    CHECK(e->goldstein > 1.8 && e->goldstein < 2.0);
    CHECK_STR(e->pattern, "arrive in +");
    CHECK(strstr(e->pattern_file, "test.txt") != NULL);
    CHECK_INT(e->pattern_line, 10);
    CHECK(strstr(e->source_entry, "test.txt:4") != NULL);
    CHECK_STR(e->date, "2005-06-01");
    CHECK_STR(e->sentence, "Aragorn arrived in Osgiliath on Monday.");

    /* dated roles */
    CHECK_STR(code(c, "Aragorn visited Osgiliath.", "2015-01-01"), "GONELI OSG 042 asserted");
    /* agents join the country beside them; the passive swaps roles */
    CHECK_STR(code(c, "Arnorian troops attacked Osgiliath.", "2005-01-01"),
              "ARNMIL OSG 190 asserted");
    CHECK_STR(code(c, "Osgiliath was attacked by Arnorian troops.", "2005-01-01"),
              "ARNMIL OSG 190 asserted");
    CHECK_STR(code(c, "New sanctions were imposed on Osgiliath by Arnor.", "2005-01-01"),
              "ARN OSG 163 asserted");
    /* a name without a code on the date (like PETRARCH's [---]) is no
    ** actor, nor is the shorter name inside it */
    CHECK_STR(code(c, "Arnor attacked the Bank of Gondor.", "1995-01-01"),
              "ARN OSGBUS 190 asserted");
    CHECK_STR(code(c, "Arnor attacked the Bank of Gondor.", "2005-01-01"), "");
    /* reciprocal verbs and compounds */
    CHECK_STR(code(c, "Arnor and Gondor met in Osgiliath.", "2005-01-01"),
              "ARN GON 040 asserted | GON ARN 040 asserted");
    /* in a consultation a place is where, not whom, whichever preposition of
    ** place says so: one list of them (coder_roles.c) */
    CHECK_STR(code(c, "Arnorian officials met along the Gondorian border.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnorian officials met on the Gondorian border.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnorian officials met around Osgiliath.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnorian officials met Gondorian officials around Osgiliath.",
                   "2005-01-01"), "ARNGOV GONGOV 040 asserted");
    CHECK_STR(code(c, "Arnor met in Osgiliath on Monday.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnor held talks with Gondor.", "2005-01-01"),
              "ARN GON 040 asserted | GON ARN 040 asserted");
    /* the words a pattern needs are sought in the sentence before it is
    ** matched (coder_pattern.c, words_present): a compound subject fills a
    ** reciprocal pattern's "with +" and needs no "with"; a word counts
    ** when it is only a lemma ("sanctions") */
    CHECK_STR(code(c, "Arnor and Gondor held talks.", "2005-01-01"),
              "ARN GON 040 asserted | GON ARN 040 asserted");
    CHECK_STR(code(c, "Gondor imposed sanctions on Arnor.", "2005-01-01"),
              "GON ARN 163 asserted");
    CHECK_STR(code(c, "Arnor and Gondor attacked Osgiliath.", "2005-01-01"),
              "ARN OSG 190 asserted | GON OSG 190 asserted");
    /* an agent in a coordination shares the countries of its fellows */
    CHECK_STR(code(c, "Troops and officials from Arnor visited Osgiliath.", "2005-01-01"),
              "ARNGOV OSG 042 asserted | ARNMIL OSG 042 asserted");
    CHECK_STR(code(c, "Gondorian troops and officials visited Osgiliath.", "2005-01-01"),
              "GONMIL OSG 042 asserted | GONGOV OSG 042 asserted");
    /* a pattern reads on across a bare "be", not across a verb that names
    ** an event */
    CHECK_STR(code(c, "Arnor admitted that Gondor is not a pleasant place.", "2005-01-01"),
              "ARN GON 024 asserted");
    CHECK_STR(code(c, "Arnor admitted that Gondor attacked a pleasant place.", "2005-01-01"),
              "");
    /* modality: negated events are dropped by default */
    CHECK_STR(code(c, "Arnor did not attack Osgiliath.", "2005-01-01"), "");
    /* a plan is the intent (03x), a threat 13x (data/cameo.tsv's intent
    ** column); what may happen, or happens on a condition, is no event */
    CHECK_STR(code(c, "Arnor will visit Osgiliath.", "2005-01-01"), "ARN OSG 036 future");
    CHECK_STR(code(c, "Arnor will attack Osgiliath.", "2005-01-01"), "ARN OSG 138 future");
    CHECK_STR(code(c, "Arnor could attack Osgiliath.", "2005-01-01"), "");
    CHECK_STR(code(c, "If Arnor attacks Osgiliath, Gondor will attack Arnor.", "2005-01-01"),
              "GON ARN 138 conditional");
    /* what is asked for or meant is not what happened */
    CHECK_STR(code(c, "Gondor urged Arnor to attack Osgiliath.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnor sent troops to attack Osgiliath.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnor hopes Gondor will attack Osgiliath.", "2005-01-01"), "");
    /* a claim of responsibility with no victim told: the dateline's
    ** country; any other 015 with no target stays none */
    CHECK_STR(code(c, "MINAS TIRITH, May 2 (dyad wire) - A bomb went off in the market. "
                      "Arnor claimed responsibility.", "2005-01-01"),
              "ARN GON 015 asserted");
    CHECK_STR(code(c, "MINAS TIRITH, May 2 (dyad wire) - A bomb went off in the market. "
                      "Arnor acknowledged the rising tension.", "2005-01-01"),
              "");
    /* a denied attack is none, but its denial by the doer is one (016) */
    CHECK_STR(code(c, "Arnor denied charges of attacking Osgiliath.", "2005-01-01"),
              "ARN OSG 016 asserted");
    /* reporting: the saying is not the event */
    CHECK_STR(code(c, "Gondorian officials said the ministers would sign an agreement with "
                      "Arnor.", "2005-01-01"),
              "GONGOV ARN 032 future");
    /* background: set long before the article */
    CHECK_STR(code(c, "Arnor attacked Osgiliath in 1990.", "2005-01-01"),
              "ARN OSG 190 asserted");
    CHECK(dyad_coder_event(c, 0)->historical);
    CHECK_STR(code(c, "In 1990, Arnor attacked Osgiliath.", "2005-01-01"),
              "ARN OSG 190 asserted");
    CHECK(dyad_coder_event(c, 0)->historical);
    CHECK_STR(code(c, "Under the previous government, Arnor attacked Osgiliath.",
                   "2005-01-01"), "ARN OSG 190 asserted");
    CHECK(dyad_coder_event(c, 0)->historical);
    CHECK_STR(code(c, "Arnor attacked Osgiliath in 2004.", "2005-01-01"),
              "ARN OSG 190 asserted");
    CHECK(!dyad_coder_event(c, 0)->historical);
    CHECK_STR(code(c, "Arnor has attacked Osgiliath since 1990.", "2005-01-01"),
              "ARN OSG 190 asserted");
    CHECK(!dyad_coder_event(c, 0)->historical);
    /* a pattern coded --- is words that look like an event and are none */
    CHECK_STR(code(c, "Arnor met demand from Gondor.", "2005-01-01"), "");
    CHECK(dyad_coder_reject_count(c) >= 1 &&
          strstr(dyad_coder_reject(c, 0), "codes it as null") != NULL);
    CHECK_STR(code(c, "Arnor met Gondor.", "2005-01-01"), "ARN GON 040 asserted");
    /* a list of three or more is no dyad */
    CHECK_STR(code(c, "Arnor, Gondor and Osgiliath met on Monday.", "2005-01-01"), "");
    /* members of one country are one party: Gondor and its king are a pair with Arnor */
    CHECK_STR(code(c, "Arnor, Gondor and Aragorn met in Osgiliath.", "2005-01-01"),
              "ARN GON 040 asserted | ARN GONGOV 040 asserted | GON ARN 040 asserted | "
              "GONGOV ARN 040 asserted");
    CHECK_STR(code(c, "Arnor and Gondor met in Osgiliath.", "2005-01-01"),
              "ARN GON 040 asserted | GON ARN 040 asserted");
    /* no over-generation: no verb, no event; no target, no event; one
    ** event per actor pair and code */
    CHECK_STR(code(c, "Arnor, Gondor and Osgiliath are rich in oil.", "2005-01-01"), "");
    CHECK_STR(code(c, "Arnor attacked.", "2005-01-01"), "");
    CHECK(dyad_coder_reject_count(c) >= 1);
    CHECK(strstr(dyad_coder_reject(c, 0), "no pattern of it fits") != NULL);
    CHECK_STR(code(c, "Arnor attacked the city.", "2005-01-01"), "");
    CHECK(strstr(dyad_coder_reject(c, 0), "no target actor in 'the city'") != NULL);
    CHECK_STR(code(c, "Arnor attacked Osgiliath and attacked Osgiliath.", "2005-01-01"),
              "ARN OSG 190 asserted");
    CHECK_STR(code(c, "Arnor attacked Arnor.", "2005-01-01"), "");
    /* discards void the sentence */
    CHECK_STR(code(c, "Arnor attacked Osgiliath in a football match.", "2005-01-01"), "");
    CHECK(dyad_coder_reject_count(c) == 1 && strstr(dyad_coder_reject(c, 0), "discarded"));
    /* datelines are not sentences to code; each sentence counts from 0 */
    CHECK_STR(code(c, "OSGILIATH, May 2 (dyad wire) - Arnor attacked Osgiliath.\n\n"
                      "Gondor hosted Arnor.", "2005-01-01"),
              "ARN OSG 190 asserted | GON ARN 043 asserted");
    CHECK_INT(dyad_coder_event(c, 1)->sent, 2);
    dyad_coder_stats st;
    dyad_coder_get_stats(c, &st);
    CHECK(st.docs > 10 && st.sentences > 10 && st.events > 10 && st.discarded == 1);
    dyad_coder_free(c);

    /* all modalities and partial mode */
    dyad_coder_opts all = {.all_modalities = 1, .partial = 1};
    CHECK_INT(dyad_coder_new(d, &all, NULL, NULL, &c), DYAD_OK);
    CHECK_STR(code(c, "Arnor did not attack Osgiliath.", "2005-01-01"), "ARN OSG 190 negated");
    CHECK_STR(code(c, "Arnor could attack Osgiliath.", "2005-01-01"), "ARN OSG 190 hypothetical");
    CHECK_STR(code(c, "If Arnor attacks Osgiliath, Gondor will attack Arnor.", "2005-01-01"),
              "ARN OSG 190 conditional | GON ARN 138 conditional");
    CHECK_STR(code(c, "Arnor sent troops to attack Osgiliath.", "2005-01-01"),
              "ARN OSG 190 hypothetical");
    CHECK_STR(code(c, "Arnor denied charges of attacking Osgiliath.", "2005-01-01"),
              "ARN OSG 190 negated");
    /* a "no" on the object, or on a light verb's noun, negates; a number's does not */
    CHECK_STR(code(c, "Arnor signed no agreement with Osgiliath.", "2005-01-01"),
              "ARN OSG 057 negated | OSG ARN 057 negated");
    CHECK_STR(code(c, "Arnor attacked no fewer than three towns.", "2005-01-01"),
              "ARN --- 190 asserted");
    /* a planned act with no intent code keeps its own, marked future */
    CHECK_STR(code(c, "Arnor will criticize Osgiliath.", "2005-01-01"),
              "ARN OSG 111 future");
    CHECK_STR(code(c, "Arnor attacked the city.", "2005-01-01"), "ARN --- 190 asserted");
    CHECK_STR(code(c, "The officials visited Gondor.", "2005-01-01"), "---GOV GON 042 asserted");
    dyad_coder_free(c);

    /* PETRARCH's new_actor_length (switched by the validation runner): an
    ** unknown noun phrase of at most N words is an actor named by its
    ** words, but only where no known actor fills the role */
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK);
    c->new_actor_length = 4;
    CHECK_STR(code(c, "Arnor attacked the city.", "2005-01-01"), "ARN \"THE CITY\" 190 asserted");
    CHECK_STR(code(c, "The Rangers of the North attacked Osgiliath.", "2005-01-01"), "");
    CHECK_STR(code(c, "The Rangers of Eriador attacked Osgiliath.", "2005-01-01"),
              "\"THE RANGERS OF ERIADOR\" OSG 190 asserted");
    CHECK_STR(code(c, "Arnor attacked Osgiliath and the city.", "2005-01-01"),
              "ARN OSG 190 asserted | ARN \"THE CITY\" 190 asserted");
    CHECK_STR(code(c, "Eriador's envoy arrived in the capital of Gondor.", "2005-01-01"),
              "\"ERIADOR ENVOY\" GON 042 asserted");
    CHECK_STR(code(c, "It attacked the city on Monday.", "2005-01-01"), "");
    c->new_actor_length = 0;
    CHECK_STR(code(c, "Arnor attacked the city.", "2005-01-01"), "");
    dyad_coder_free(c);
}

static void test_formats(const dyad_dict *d)
{
    dyad_coder *c;
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK);
    CHECK_STR(code(c, "Aragorn said \"Arnor\tattacked\" it. Arnor attacked \"Osgiliath\".",
                   "2005-06-01"), "ARN OSG 190 asserted");
    const dyad_event *e = dyad_coder_event(c, 0);
    char buf[4096];
    size_t n = dyad_event_format(e, DYAD_OUT_JSONL, 1, 0, buf, sizeof buf);
    CHECK(n == strlen(buf) && buf[n - 1] == '\n');
    CHECK(strstr(buf, "\"sentence\":\"Arnor attacked \\\"Osgiliath\\\".\"") != NULL);
    CHECK(strstr(buf, "\"explain\"") == NULL);
    dyad_event_format(e, DYAD_OUT_JSONL, 1, 1, buf, sizeof buf);
    CHECK(strstr(buf, "\"explain\":{\"pattern\":\"attack +\"") != NULL);
    CHECK(!e->historical && strstr(buf, "\"historical\"") == NULL);
    /* size query and truncation */
    char small[8];
    size_t need = dyad_event_format(e, DYAD_OUT_JSONL, 1, 0, small, sizeof small);
    CHECK(need == n && strlen(small) == 7);
    CHECK_INT(dyad_event_format(e, DYAD_OUT_JSONL, 1, 0, NULL, 0), n);

    dyad_event_format(e, DYAD_OUT_PETRARCH, 1, 0, buf, sizeof buf);
    CHECK_STR(buf, "20050601\tARN\tOSG\t190\tt-1\tArnor\tOsgiliath\tattacked\n");

    dyad_event_format(e, DYAD_OUT_GDELT, 7, 0, buf, sizeof buf);
    int tabs = 0;
    for (char *p = buf; *p; p++)
        tabs += *p == '\t';
    CHECK_INT(tabs, 60);   /* 61 columns */
    CHECK(strncmp(buf, "7\t20050601\t200506\t2005\t2005.41", 30) == 0);
    CHECK(strstr(buf, "\tARN\tARNOR\tARN\t") != NULL);
    CHECK(strstr(buf, "\t190\t190\t19\t4\t-10.0\t1\t1\t1\t\t") != NULL);
    CHECK(strstr(buf, "\thttp://example.org/a\n") != NULL);
    /* the country column: none for an organisation of many countries, the
    ** placeholder of an unknown one; the type codes follow either way */
    dyad_event o = *e;
    o.historical = 1;
    dyad_event_format(&o, DYAD_OUT_JSONL, 1, 0, buf, sizeof buf);
    CHECK(strstr(buf, ",\"historical\":true") != NULL);
    o.historical = 0;
    o.source = "IGOUNOKID";
    dyad_event_format(&o, DYAD_OUT_GDELT, 7, 0, buf, sizeof buf);
    CHECK(strstr(buf, "\tIGOUNOKID\tARNOR\t\t\t\t\t\tIGO\tUNO\tKID\t") != NULL);
    o.source = "---GOV";
    dyad_event_format(&o, DYAD_OUT_GDELT, 7, 0, buf, sizeof buf);
    CHECK(strstr(buf, "\t---GOV\tARNOR\t---\t\t\t\t\tGOV\t\t\t") != NULL);
    dyad_coder_free(c);
}

/* c->doc, what the coder keeps of a document for the article level: the
** dateline's country and the actors of the events so far, reset for each
** document. */
/* The country of the dateline that holds at the document's end, or "". */
static const char *dateline_cc(const dyad_coder *c)
{
    const country_dateline_at *dl = country_dateline_for(&c->doc.country, 1000000);
    return dl ? dl->cc : "";
}

static void test_doc_ctx(const dyad_dict *d)
{
    dyad_coder *c;
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK);
    CHECK_STR(code(c, "MINAS TIRITH, March 20 (dyad wire) \xe2\x80\x94 Arnor attacked "
                      "Osgiliath. Gondorian troops attacked Arnor and Osgiliath attacked Arnor.",
                   "2005-03-20"),
              "ARN OSG 190 asserted | GONMIL ARN 190 asserted | OSG ARN 190 asserted");
    CHECK_STR(dateline_cc(c), "GON");
    CHECK_INT(c->doc.date, 20050320);
    CHECK_INT(c->doc.nmentions, 6);
    if (c->doc.nmentions == 6) {
        const doc_mention *m = c->doc.mentions;
        CHECK_STR(m[0].code, "ARN");
        CHECK(m[0].sent == 1 && m[0].first == 0 && m[0].end == 1);
        CHECK_STR(m[1].code, "OSG");
        CHECK(m[1].sent == 1 && m[1].first == 2 && m[1].end == 3);
        CHECK_STR(m[2].code, "GONMIL");
        CHECK(m[2].sent == 2 && m[2].first == 0 && m[2].end == 2);
        CHECK_STR(m[3].code, "ARN");
        CHECK(m[3].sent == 2 && m[3].first == 3 && m[3].end == 4);
        CHECK_STR(m[4].code, "OSG");
        CHECK_STR(m[5].code, "ARN");
        CHECK(m[5].sent == 2 && m[5].first == 7);
    }
    /* the next document starts afresh; a dateline naming no country names none */
    CHECK_STR(code(c, "Arnor attacked Osgiliath.", "2005-03-21"), "ARN OSG 190 asserted");
    CHECK_STR(dateline_cc(c), "");
    CHECK_INT(c->doc.nmentions, 2);
    CHECK_STR(code(c, "ERIADOR, March 22 (dyad wire) \xe2\x80\x94 Arnor attacked Osgiliath.",
                   "2005-03-22"), "ARN OSG 190 asserted");
    CHECK_STR(dateline_cc(c), "");
    CHECK_INT(c->doc.story_discard, 0);
    dyad_coder_free(c);
}

/* The source_from and target_from of event i of the last document,
** joined by " / ". */
static char from_buf[512];
static const char *froms(const dyad_coder *c, size_t i)
{
    const dyad_event *e = dyad_coder_event(c, i);
    if (!e)
        return "(no event)";
    snprintf(from_buf, sizeof from_buf, "%s / %s", e->source_from, e->target_from);
    return from_buf;
}

/* The article level (src/article, docs/coder.md "The article level"):
** an agent's country from the sentence, the dateline or the article, with
** the guard against the other role's country; names, pronouns, titles and
** group phrases resolved to what the article named earlier, with the
** earlier mention named on the event. */
static void test_article(const dyad_dict *d)
{
    dyad_coder *c, *p;
    dyad_coder_opts po = {.partial = 1};
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK);
    CHECK_INT(dyad_coder_new(d, &po, NULL, NULL, &p), DYAD_OK);

    /* an agent without a country: the dateline's */
    CHECK_STR(code(c, "MINAS TIRITH, May 2 (dyad wire) \xe2\x80\x94 Police arrested opposition "
                      "leaders.", "2005-05-02"), "GONCOP GONOPP 173 asserted");
    CHECK_STR(froms(c, 0), "dateline: MINAS TIRITH / dateline: MINAS TIRITH");
    /* the sentence first: a PP, the reporter, a possessive pronoun */
    CHECK_STR(code(c, "MINAS TIRITH, May 2 (dyad wire) \xe2\x80\x94 Police in Arnor attacked "
                      "Osgiliath.", "2005-05-02"), "ARNCOP OSG 190 asserted");
    CHECK_STR(froms(c, 0), " / ");
    CHECK_STR(code(c, "Osgiliath said its troops attacked Arnor.", "2005-05-02"),
              "OSGMIL ARN 190 asserted");
    /* the article's country: the one named most, at least twice, more than any other */
    CHECK_STR(code(c, "Arnor attacked Osgiliath. Arnorian troops attacked Gondor. Officials in "
                      "Arnor visited Gondor. The army attacked Osgiliath.", "2005-05-02"),
              "ARN OSG 190 asserted | ARNMIL GON 190 asserted | ARNGOV GON 042 asserted | "
              "ARNMIL OSG 190 asserted");
    CHECK_STR(froms(c, 3), "article: ARN, named 3 times, first as 'Arnor' / ");
    /* a demand of the opposition that names no one: of its own government,
    ** which no mention keeps for a later pronoun; an official's names no one */
    CHECK_STR(code(c, "Gondorian lawmakers demanded new elections.", "2005-05-02"),
              "GONLEG GONGOV 100 asserted");
    CHECK_STR(froms(c, 0), " / home: the government of the source's country");
    /* an opposition's demand of a thing is its government's by the owner
    ** rule first (coder_owner_government), which keeps the source's origin */
    CHECK_STR(code(c, "Gondorian opposition leaders demanded new elections.", "2005-05-02"),
              "GONOPP GONGOV 100 asserted");
    CHECK_STR(froms(c, 0), " / ");
    CHECK_STR(code(c, "Gondorian officials demanded new elections.", "2005-05-02"), "");
    /* a tie names no country */
    CHECK_STR(code(c, "Arnor attacked Gondor. Gondor attacked Arnor. The army attacked Osgiliath.",
                   "2005-05-02"), "ARN GON 190 asserted | GON ARN 190 asserted");
    /* never the other role's country: the government that attacked
    ** Osgiliath is not Osgiliath's, whatever the article names most */
    CHECK_STR(code(c, "Osgiliath attacked Arnor. Osgiliath hosted Gondor. The government "
                      "attacked Osgiliath.", "2005-05-02"),
              "OSG ARN 190 asserted | OSG GON 043 asserted");
    /* ... which partial mode keeps with its country unknown, as it does
    ** when nothing gives one */
    CHECK_STR(code(p, "Osgiliath attacked Arnor. Osgiliath hosted Gondor. The government "
                      "attacked Osgiliath.", "2005-05-02"),
              "OSG ARN 190 asserted | OSG GON 043 asserted | ---GOV OSG 190 asserted");
    CHECK_STR(code(p, "The government attacked Osgiliath.", "2005-05-02"),
              "---GOV OSG 190 asserted");
    CHECK_STR(code(c, "The government attacked Osgiliath.", "2005-05-02"), "");

    /* a pronoun in a later sentence, with the earlier mention named */
    CHECK_STR(code(c, "Aragorn arrived in Osgiliath. He attacked Arnor.", "2005-05-02"),
              "GONGOV OSG 042 asserted | GONGOV ARN 190 asserted");
    CHECK_STR(froms(c, 1), "sentence 0: Aragorn / ");
    /* a pronoun with no antecedent, or one for someone unnamed, is no one */
    CHECK_STR(code(c, "He attacked Arnor.", "2005-05-02"), "");
    CHECK_STR(code(c, "Aragorn arrived in Osgiliath. The boy and his mother left. He attacked "
                      "Arnor.", "2005-05-02"), "GONGOV OSG 042 asserted");
    /* "the two leaders": both ways */
    CHECK_STR(code(c, "Elendil Voronda arrived in Osgiliath to meet Imrahil Dolamroth. The two "
                      "leaders attacked Gondor.", "2005-05-02"),
              "ARNGOV OSG 042 asserted | ARNGOV GON 190 asserted | "
              "OSGGOV GON 190 asserted");
    /* a surname is the person the article introduced, never another
    ** holder of it the dictionary knows (Hador Galdor, ARNGOV) */
    CHECK_STR(code(c, "Gondorian minister Ecthelion Galdor arrived in Osgiliath. Galdor attacked "
                      "Arnor.", "2005-05-02"),
              "GONGOV OSG 042 asserted | GONGOV ARN 190 asserted");
    CHECK_STR(froms(c, 1), "sentence 0: Gondorian minister Ecthelion Galdor / ");
    CHECK_STR(code(c, "Galdor attacked Gondor.", "2005-05-02"), "ARNGOV GON 190 asserted");
    dyad_coder_free(c);
    dyad_coder_free(p);
}

/* Codes text under title, as code() does. */
static const char *code_titled(dyad_coder *c, const char *title, const char *text)
{
    dyad_doc d = make_doc(text, "2005-05-02");
    d.title = title;
    return code_doc(c, &d);
}

/* Where the article is (docs/coder.md, "Eighth session: where the article
** is"): in a story with no dateline, the one country its title names,
** when the body names it too, is the article's, whatever the body names
** more often in passing. */
static void test_article_title(const dyad_dict *d)
{
    static const char body[] = "Police detained opposition leaders on Monday. Arnor criticized "
                               "Gondor. Arnor attacked Osgiliath.";
    /* the count alone: Arnor, named twice */
    static const char arnor[] = "ARNCOP ARNOPP 173 asserted | ARN GON 111 asserted | "
                                "ARN OSG 190 asserted";
    static const char gondor[] = "GONCOP GONOPP 173 asserted | ARN GON 111 asserted | "
                                 "ARN OSG 190 asserted";
    dyad_coder *c;
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK);
    CHECK_STR(code_titled(c, "", body), arnor);
    /* the title's one country, named once in the body */
    CHECK_STR(code_titled(c, "Opposition leaders detained in Gondor", body), gondor);
    CHECK_STR(froms(c, 0), "article: GON, named 1 times and in the title, first as 'Gondor' / "
                           "article: GON, named 1 times and in the title, first as 'Gondor'");
    /* or by another of its names ("Minas Tirith" is GON's, line 22) */
    CHECK_STR(code_titled(c, "Opposition leaders detained in Minas Tirith", body), gondor);
    /* not a title of two countries, nor one the body never names */
    CHECK_STR(code_titled(c, "Gondor and Osgiliath condemn arrests", body), arnor);
    CHECK_STR(code_titled(c, "Arrests in Eriador", body), arnor);
    /* a name at the end of a longer one names none ("New South Wales") */
    CHECK_STR(code_titled(c, "Arrests on the Old Gondor Road", body), arnor);
    /* a city of the gazetteer that the title's words show to be a place */
    static const char kenya[] = "Police detained opposition leaders on Monday. Arnor criticized "
                                "Kenya. Arnor attacked Osgiliath.";
    CHECK_STR(code_titled(c, "Arrests in Mombasa", kenya),
              "KENCOP KENOPP 173 asserted | ARN KEN 111 asserted | ARN OSG 190 asserted");
    /* a title in capitals, or in Title Case, names its country too */
    CHECK_STR(code_titled(c, "Opposition Leaders Detained In Gondor", body), gondor);
    CHECK_STR(code_titled(c, "LEADERS HELD AT GONDOR BORDER", body), gondor);
    CHECK_STR(code_titled(c, "Arrests On The Old Gondor Road", body), arnor);
    CHECK_STR(code_titled(c, "ARRESTS IN THIKA", kenya),
              "KENCOP KENOPP 173 asserted | ARN KEN 111 asserted | ARN OSG 190 asserted");
    CHECK_STR(code_titled(c, "Mombasa Port Authority hires staff", kenya),
              "ARNCOP ARNOPP 173 asserted | ARN KEN 111 asserted | ARN OSG 190 asserted");
    /* a dateline places the story, even one that names no country, and
    ** one the splitter leaves in the first sentence */
    CHECK_STR(code_titled(c, "Opposition leaders detained in Gondor",
                          "ERIADOR, May 2 (dyad wire) \xe2\x80\x94 Police detained opposition "
                          "leaders on Monday. Arnor criticized Gondor. Arnor attacked Osgiliath."),
              arnor);
    CHECK_STR(code_titled(c, "Opposition leaders detained in Gondor",
                          "ERIADOR, May 2 - (Acme) Police detained opposition leaders on Monday. "
                          "Arnor criticized Gondor. Arnor attacked Osgiliath."),
              arnor);
    /* but not words in capitals before a dash that name no place, nor a
    ** dateline-like line after the first sentence */
    CHECK_STR(code_titled(c, "Opposition leaders detained in Gondor",
                          "HOBBIT - a small folk - stayed home. Police detained opposition "
                          "leaders on Monday. Arnor criticized Gondor. Arnor attacked "
                          "Osgiliath."),
              gondor);
    CHECK_STR(code_titled(c, "Opposition leaders detained in Gondor",
                          "Police detained opposition leaders on Monday. Arnor criticized "
                          "Gondor. Arnor attacked Osgiliath. UPDATE - The leaders were freed."),
              gondor);
    dyad_coder_free(c);
}

/* dyad_coder_mention: what the article level resolved, with opts.mentions. */
static void test_mentions(const dyad_dict *d)
{
    dyad_coder *c;
    dyad_coder_opts o = {.mentions = 1};
    CHECK_INT(dyad_coder_new(d, &o, NULL, NULL, &c), DYAD_OK);
    CHECK_STR(code(c, "Elendil Voronda met Imrahil Dolamroth. Voronda said he was pleased, "
                      "and the two men attacked Gondor.", "2005-05-02"),
              "ARNGOV OSGGOV 040 asserted | ARNGOV GON 190 asserted | OSGGOV GON 190 asserted");
    CHECK_INT(dyad_coder_mention_count(c), 3);
    const dyad_mention *m = dyad_coder_mention(c, 0);
    if (CHECK(m != NULL)) {
        CHECK_STR(m->text, "Voronda");
        CHECK_STR(m->kind, "surname");
        CHECK_STR(m->entity, "Elendil Voronda");
        CHECK_STR(m->code, "ARNGOV");
        CHECK_INT(m->sent, 1);
        CHECK_INT(m->entity_sent, 0);
        CHECK_INT(m->start, 39);
        CHECK_INT(m->end, 46);
    }
    if (CHECK((m = dyad_coder_mention(c, 1)) != NULL)) {
        CHECK_STR(m->text, "he");
        CHECK_STR(m->kind, "pronoun");
        CHECK_STR(m->entity, "Elendil Voronda");
    }
    if (CHECK((m = dyad_coder_mention(c, 2)) != NULL)) {
        CHECK_STR(m->text, "the two men");
        CHECK_STR(m->kind, "group");
        CHECK_STR(m->entity, "Elendil Voronda|Imrahil Dolamroth");
        CHECK_STR(m->code, "ARNGOV|OSGGOV");
    }
    CHECK(dyad_coder_mention(c, 3) == NULL);
    /* a name ending in an institution's word names an organisation, even
    ** with a place's word in it, and "they" stands for it */
    code(c, "Anduin Valley Police detained Hador Galdor. They said he had been warned.",
         "2005-05-02");
    if (CHECK((m = dyad_coder_mention(c, 0)) != NULL)) {
        CHECK_STR(m->text, "They");
        CHECK_STR(m->entity, "Anduin Valley Police");
    }
    /* an unnamed person whom a country and an agent noun code: "he" may
    ** stand for it, with its code, when it is the most salient */
    CHECK_STR(code(c, "Imrahil Dolamroth met Gondor. Arnor's minister criticized Osgiliath. "
                      "He attacked Gondor.", "2005-05-02"),
              "OSGGOV GON 040 asserted | ARNGOV OSG 111 asserted | ARNGOV GON 190 asserted");
    if (CHECK(dyad_coder_mention_count(c) == 1 && (m = dyad_coder_mention(c, 0)) != NULL)) {
        CHECK_STR(m->text, "He");
        CHECK_STR(m->entity, "Arnor's minister");
        CHECK_STR(m->code, "ARNGOV");
        CHECK_INT(m->entity_sent, 1);
    }
    /* a town names a private person's or the police's country only, as
    ** the coder codes them (place_town_agent): "a Leeds official" is no
    ** entity "he" may stand for, coded or not */
    code(c, "Imrahil Dolamroth met Gondor. A Leeds official criticized Osgiliath. He attacked "
            "Gondor.", "2005-05-02");
    if (CHECK(dyad_coder_mention_count(c) == 1 && (m = dyad_coder_mention(c, 0)) != NULL)) {
        CHECK_STR(m->text, "He");
        CHECK_STR(m->entity, "");
    }
    CHECK(dyad_coder_mention(NULL, 0) == NULL);
    CHECK_INT(dyad_coder_mention_count(NULL), 0);
    dyad_coder_free(c);
    /* kept only when asked for */
    CHECK_INT(dyad_coder_new(d, NULL, NULL, NULL, &c), DYAD_OK);
    code(c, "Elendil Voronda met Imrahil Dolamroth. Voronda said he was pleased.", "2005-05-02");
    CHECK_INT(dyad_coder_mention_count(c), 0);
    dyad_coder_free(c);
}

/* coder_code_country, the one answer to "which country does this code
** start with?" (the coder's actors and the GDELT columns both ask it). */
static void test_code_country(void)
{
    char cc[4] = "";
    CHECK(coder_code_country("RUSGOVMIL", cc) && strcmp(cc, "RUS") == 0);
    CHECK(coder_code_country("GON", cc) && strcmp(cc, "GON") == 0);
    CHECK(coder_code_country("---GOV", cc) && strcmp(cc, "---") == 0);
    CHECK(coder_code_country("ARNELI", NULL));
    CHECK(!coder_code_country("IGOUNO", cc));
    CHECK(!coder_code_country("NGO", cc));
    CHECK(!coder_code_country("\"INJURY TOLL\"", cc));
    CHECK(!coder_code_country("GO", cc));
    CHECK(!coder_code_country("", cc));
    CHECK(!coder_code_country(NULL, cc));
}

static void test_errors(const dyad_dict *d)
{
    dyad_coder *c = NULL;
    dyad_coder_opts o = {.cameo_path = "/nonexistent/cameo.tsv"};
    CHECK(dyad_coder_new(d, &o, NULL, NULL, &c) != DYAD_OK);
    /* the coder that did not start says why (test_api.c has the rest) */
    CHECK(c != NULL && strstr(dyad_coder_errmsg(c), "/nonexistent/cameo.tsv") != NULL);
    dyad_coder_free(c);
    dyad_coder_free(NULL);

    /* every allocation fails in turn: a clean DYAD_ENOMEM, never a crash */
    int ok = 0;
    for (long k = 0; k < 100000 && !ok; k++) {
        base_alloc_fail_after(k);
        dyad_coder *cc = NULL;
        dyad_coder_opts mo = {.mentions = 1};
        int rc = dyad_coder_new(d, &mo, NULL, NULL, &cc);
        if (rc == DYAD_OK) {
            dyad_doc doc = make_doc("MINAS TIRITH, May 2 (dyad wire) \xe2\x80\x94 Arnor and "
                                    "Gondor attacked Osgiliath. Aragorn hosted Arnor. He said "
                                    "the army attacked Osgiliath.", "2005-01-01");
            rc = dyad_coder_code(cc, &doc);
            if (rc == DYAD_OK && base_alloc_failures() == 0) {
                ok = dyad_coder_event_count(cc) == 4 && dyad_coder_mention_count(cc) == 1;
            } else if (rc != DYAD_ENOMEM) {
                break;
            }
        } else if (rc != DYAD_ENOMEM) {
            break;
        }
        dyad_coder_free(cc);
    }
    base_alloc_fail_after(-1);
    CHECK(ok);
}

/* PETRARCH's % (compound actor) on a small dictionary in PETRARCH's own
** format, written next to ours: the members of a coordination act on each
** other, even when the clause is reported ("It was noted that ...") and
** whatever stands before the coordination. */
static void test_petrarch_compound(void)
{
    static const char *const files[][2] = {
        {"CAMEO.2.0.txt", "--- DELAY [120] ---\nDELAY\n- % HAVE * [191]\n"},
        {"Phoenix.Countries.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\n"},
        {"Phoenix.International.actors.txt", ""},
        {"Phoenix.MilNonState.actors.txt", ""},
        {"Phoenix.agents.txt", "OFFICIAL [~GOV]\n"},
        {"Phoenix.discards.txt", "FOOTBALL MATCH\n+DRAGON HUNT\n"}};
    enum { NFILES = sizeof files / sizeof files[0] };
    char dir[300], path[400];
    snprintf(dir, sizeof dir, "%s/petr", dict_dir);
    mkdir(dir, 0700);
    for (size_t i = 0; i < NFILES; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        FILE *f = fopen(path, "w");
        fputs(files[i][1], f);
        fclose(f);
    }
    dyad_dict *pd = NULL;
    dyad_coder *c = NULL;
    if (CHECK_INT(dyad_dict_load_petrarch(dir, NULL, NULL, &pd), DYAD_OK) &&
        CHECK_INT(dyad_coder_new(pd, NULL, NULL, NULL, &c), DYAD_OK)) {
        CHECK_STR(code(c, "Arnor and Gondor have delayed their meeting.", "2005-01-01"),
                  "ARN GON 191 asserted | GON ARN 191 asserted");
        CHECK_STR(code(c, "It was noted that Arnor and Gondor have delayed their meeting.",
                       "2005-01-01"),
                  "ARN GON 191 asserted | GON ARN 191 asserted");
        /* % is a coordination: one actor alone is no compound, and the verb
        ** keeps its own code */
        CHECK_STR(code(c, "Arnor have delayed the meeting with Gondor.", "2005-01-01"),
                  "ARN GON 120 asserted");
        CHECK_INT(c->doc.story_discard, 0);
        /* a story discard (+PHRASE) anywhere voids the whole document */
        CHECK_STR(code(c, "Arnor have delayed the meeting with Gondor. The dragon hunt ended.",
                       "2005-01-01"), "");
        CHECK_INT(c->doc.story_discard, 1);
        CHECK_STR(code(c, "Arnor have delayed the meeting with Gondor.", "2005-01-01"),
                  "ARN GON 120 asserted");
        CHECK_INT(c->doc.story_discard, 0);
    }
    dyad_coder_free(c);
    dyad_dict_free(pd);
    for (size_t i = 0; i < NFILES; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        remove(path);
    }
    rmdir(dir);
}

int main(void)
{
    write_dict();
    dyad_dict *d = NULL;
    int rc = dyad_dict_load_dir(dict_dir, NULL, NULL, &d);
    if (!CHECK_INT(rc, DYAD_OK)) {
        remove_dict();
        return check_done();
    }
    test_events(d);
    test_structures(d);
    test_formats(d);
    test_errors(d);
    test_petrarch_compound();
    test_code_country();
    test_doc_ctx(d);
    test_article(d);
    test_article_title(d);
    test_mentions(d);
    test_owner(d);
    dyad_dict_free(d);
    remove_dict();
    return check_done();
}
