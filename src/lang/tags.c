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
