/*
** tags.c — names of the Penn Treebank tags.
*/
#include "lang/tags.h"

#include <string.h>

/* Must stay in step with enum tag_id. */
static const char *const names[TAG_COUNT] = {
    "NONE",
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS",
    "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
    "PRP", "PRP$",
    "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH",
    "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP", "WP$",
    "WRB",
    ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "#", "$",
};

const char *tag_name(int tag)
{
    return tag >= 0 && tag < TAG_COUNT ? names[tag] : "?";
}

int tag_from_name(const char *s, size_t len)
{
    for (int t = 1; t < TAG_COUNT; t++)
        if (strlen(names[t]) == len && memcmp(names[t], s, len) == 0)
            return t;
    return TAG_NONE;
}

int tag_is_noun(int t) { return t >= TAG_NN && t <= TAG_NNPS; }
int tag_is_proper(int t) { return t == TAG_NNP || t == TAG_NNPS; }
int tag_is_verb(int t) { return t >= TAG_VB && t <= TAG_VBZ; }
int tag_is_adj(int t) { return t >= TAG_JJ && t <= TAG_JJS; }
int tag_is_adv(int t) { return t >= TAG_RB && t <= TAG_RBS; }
int tag_is_punct(int t) { return t >= TAG_COMMA && t <= TAG_DOLLAR; }
