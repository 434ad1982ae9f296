/*
** test_lemma.c — base forms from WordNet's exception lists and detachment
** rules, the suffix guesses for words WordNet lacks, the buffer contract,
** and the part-of-speech sets the tagger asks for.
*/
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "lang/lemma.h"
#include "lang/tags.h"

static void lem(const char *word, int tag, const char *want, int line)
{
    char buf[128];
    size_t n = lemma_of(word, strlen(word), tag, buf, sizeof buf);
    char what[160];
    snprintf(what, sizeof what, "lemma_of(\"%s\", %s)", word, tag_name(tag));
    if (check_str_at(__FILE__, line, buf, want, what))
        check_at(__FILE__, line, n == strlen(want), "returned length");
}
#define LEM(w, t, want) lem((w), TAG_##t, (want), __LINE__)

static void test_brief(void)
{
    LEM("met", VBD, "meet");
    LEM("sent", VBD, "send");
    LEM("struck", VBD, "strike");
    LEM("talks", NNS, "talk");
    LEM("talks", VBZ, "talk");
    LEM("crises", NNS, "crisis");
    LEM("held", VBD, "hold");
    LEM("fled", VBD, "flee");
    LEM("sought", VBN, "seek");
    LEM("went", VBD, "go");
    LEM("was", VBD, "be");
    LEM("has", VBZ, "have");
    LEM("children", NNS, "child");
    LEM("countries", NNS, "country");
    LEM("ministries", NNS, "ministry");
    LEM("attacked", VBD, "attack");
    LEM("visiting", VBG, "visit");
    LEM("agreed", VBD, "agree");
    LEM("dying", VBG, "die");
    LEM("ties", NNS, "tie");
    LEM("analyses", NNS, "analysis");
}

static void test_more(void)
{
    /* irregular verbs */
    LEM("were", VBD, "be");
    LEM("been", VBN, "be");
    LEM("is", VBZ, "be");
    LEM("are", VBP, "be");
    LEM("am", VBP, "be");
    LEM("had", VBD, "have");
    LEM("did", VBD, "do");
    LEM("does", VBZ, "do");
    LEM("said", VBD, "say");
    LEM("took", VBD, "take");
    LEM("taken", VBN, "take");
    LEM("left", VBD, "leave");
    LEM("fought", VBD, "fight");
    LEM("brought", VBD, "bring");
    LEM("began", VBD, "begin");
    LEM("shot", VBD, "shoot");
    LEM("killed", VBN, "kill");
    LEM("won", VBD, "win");
    LEM("told", VBD, "tell");
    LEM("led", VBD, "lead");
    LEM("arose", VBD, "arise");
    LEM("withdrew", VBD, "withdraw");
    LEM("stopped", VBD, "stop");
    LEM("planned", VBN, "plan");
    /* regular verbs */
    LEM("hoped", VBD, "hope");
    LEM("hoping", VBG, "hope");
    LEM("singing", VBG, "sing");
    LEM("being", VBG, "be");
    LEM("having", VBG, "have");
    LEM("making", VBG, "make");
    LEM("meeting", VBG, "meet");
    LEM("accused", VBN, "accuse");
    LEM("based", VBN, "base");
    LEM("urged", VBD, "urge");
    LEM("carried", VBD, "carry");
    LEM("denies", VBZ, "deny");
    LEM("says", VBZ, "say");
    LEM("launches", VBZ, "launch");
    LEM("condemned", VBD, "condemn");
    LEM("negotiating", VBG, "negotiate");
    LEM("imposed", VBD, "impose");
    LEM("Attacked", VBD, "attack");
    /* nouns */
    LEM("women", NNS, "woman");
    LEM("men", NNS, "man");
    LEM("people", NNS, "people");
    LEM("lives", NNS, "life");
    LEM("wolves", NNS, "wolf");
    LEM("buses", NNS, "bus");
    LEM("taxes", NNS, "tax");
    LEM("churches", NNS, "church");
    LEM("wishes", NNS, "wish");
    LEM("policemen", NNS, "policeman");
    LEM("parties", NNS, "party");
    LEM("sanctions", NNS, "sanction");
    LEM("troops", NNS, "troop");
    LEM("Missiles", NNS, "missile");
    LEM("theses", NNS, "thesis");
    LEM("news", NN, "news");
    LEM("Government", NN, "government");
    /* adjectives and adverbs */
    LEM("better", JJR, "good");
    LEM("best", JJS, "good");
    LEM("worse", JJR, "bad");
    LEM("larger", JJR, "large");
    LEM("biggest", JJS, "big");
    LEM("earlier", RBR, "early");
    LEM("Strong", JJ, "strong");
    /* proper nouns, clitics, closed classes */
    LEM("Ukraine", NNP, "Ukraine");
    LEM("Americans", NNPS, "Americans");
    LEM("U.S.", NNP, "U.S.");
    LEM("n't", RB, "not");
    LEM("'s", VBZ, "be");
    LEM("'s", POS, "'s");
    LEM("'re", VBP, "be");
    LEM("'ve", VBP, "have");
    LEM("'ll", MD, "will");
    LEM("wo", MD, "will");
    LEM("ca", MD, "can");
    LEM("\xE2\x80\x99s", VBZ, "be");
    LEM("The", DT, "the");
    LEM("1,200", CD, "1,200");
    LEM(",", COMMA, ",");
    /* words WordNet does not know: the suffix rules */
    LEM("Houthis", NNS, "houthi");
    LEM("drones", NNS, "drone");
    LEM("zapped", VBD, "zap");
    LEM("weaponized", VBD, "weaponize");
    LEM("tweeting", VBG, "tweet");
    LEM("retweeted", VBD, "retweet");
    LEM("blogs", VBZ, "blog");
}

static void test_buffer(void)
{
    char buf[8];
    CHECK_INT(lemma_of("ministries", 10, TAG_NNS, NULL, 0), 8);
    memset(buf, 'x', sizeof buf);
    CHECK_INT(lemma_of("ministries", 10, TAG_NNS, buf, 4), 8);
    CHECK(memcmp(buf, "mini", 4) == 0 && buf[4] == 'x');
    CHECK_INT(lemma_of("ministries", 10, TAG_NNS, buf, 8), 8);   /* no room for NUL */
    CHECK(memcmp(buf, "ministry", 8) == 0);
    char big[300];
    memset(big, 'A', 200);
    char out[300];
    CHECK_INT(lemma_of(big, 200, TAG_NNS, out, sizeof out), 200);
    CHECK(out[0] == 'a' && out[199] == 'a' && out[200] == 0);
    CHECK_INT(lemma_of("", 0, TAG_NN, out, sizeof out), 0);
    CHECK_INT(lemma_of("s", 1, TAG_NNS, out, sizeof out), 1);
    CHECK_INT(lemma_of("\xff\xfe", 2, TAG_VBD, out, sizeof out), 2);
}

static void test_possible(void)
{
    uint64_t m = lemma_possible_tags("shelled", 7);
    CHECK(m & (1ull << TAG_VBD));
    CHECK(m & (1ull << TAG_VBN));
    CHECK(!(m & (1ull << TAG_NNS)));
    m = lemma_possible_tags("attacks", 7);
    CHECK((m & (1ull << TAG_NNS)) && (m & (1ull << TAG_VBZ)));
    m = lemma_possible_tags("Crises", 6);
    CHECK(m & (1ull << TAG_NNS));
    m = lemma_possible_tags("fled", 4);
    CHECK(m & (1ull << TAG_VBD));
    CHECK_INT(lemma_possible_tags("Zelenskyy", 9), 0);
    CHECK_INT(lemma_possible_tags("", 0), 0);
}

int main(void)
{
    test_brief();
    test_more();
    test_buffer();
    test_possible();
    return check_done();
}
