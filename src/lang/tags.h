/*
** tags.h — the Penn Treebank part-of-speech tag set, as small integers that
** fit a uint8_t. Internal to libdyad.
**
** The order of this enum is baked into the generated tables
** ($(BUILD)/gen/lang_data.c, written by tools/gen_lang.c, which is built
** against this header), so changing it only needs a rebuild.
*/
#ifndef DYAD_LANG_TAGS_H
#define DYAD_LANG_TAGS_H

#include <stddef.h>

typedef enum tag_id {
    TAG_NONE = 0,   /* not a tag: "no answer" from tag_from_name */
    TAG_CC, TAG_CD, TAG_DT, TAG_EX, TAG_FW, TAG_IN, TAG_JJ, TAG_JJR, TAG_JJS,
    TAG_LS, TAG_MD, TAG_NN, TAG_NNS, TAG_NNP, TAG_NNPS, TAG_PDT, TAG_POS,
    TAG_PRP, TAG_PRPS,      /* PRP$ */
    TAG_RB, TAG_RBR, TAG_RBS, TAG_RP, TAG_SYM, TAG_TO, TAG_UH,
    TAG_VB, TAG_VBD, TAG_VBG, TAG_VBN, TAG_VBP, TAG_VBZ,
    TAG_WDT, TAG_WP, TAG_WPS,  /* WP$ */
    TAG_WRB,
    TAG_COMMA,      /* , */
    TAG_PERIOD,     /* . (also ! and ?) */
    TAG_COLON,      /* : (also ; -- ...) */
    TAG_LQUOTE,     /* `` */
    TAG_RQUOTE,     /* '' */
    TAG_LRB,        /* -LRB- */
    TAG_RRB,        /* -RRB- */
    TAG_HASH,       /* # */
    TAG_DOLLAR,     /* $ */
    TAG_COUNT
} tag_id;

/* Returns the Penn Treebank name of tag ("NN", "PRP$", "-LRB-", ...), a
** static string; "NONE" for TAG_NONE and "?" for values out of range. */
const char *tag_name(int tag);

/* Returns the tag named by s (len bytes; Penn Treebank spelling, exact
** case), or TAG_NONE when s names no tag. */
int tag_from_name(const char *s, size_t len);

/* Coarse classes, for the phrase and clause stages. Inline: every stage
** asks them about every token, and a call cost more than the test. */
static inline int tag_is_noun(int t) { return t >= TAG_NN && t <= TAG_NNPS; }  /* NN..NNPS */
static inline int tag_is_proper(int t) { return t == TAG_NNP || t == TAG_NNPS; }
static inline int tag_is_verb(int t) { return t >= TAG_VB && t <= TAG_VBZ; }   /* VB..VBZ, not MD */
/* a finite verb: a tense or a modal (VBD VBZ VBP MD) */
static inline int tag_is_finite(int t)
{
    return t == TAG_VBD || t == TAG_VBZ || t == TAG_VBP || t == TAG_MD;
}
static inline int tag_is_adj(int t) { return t >= TAG_JJ && t <= TAG_JJS; }    /* JJ JJR JJS */
static inline int tag_is_adv(int t) { return t >= TAG_RB && t <= TAG_RBS; }    /* RB RBR RBS */
/* a word that opens a relative clause: which, who, whose (WDT WP WP$) */
static inline int tag_is_relative(int t) { return t >= TAG_WDT && t <= TAG_WPS; }
/* , . : `` '' -LRB- -RRB- # $ */
static inline int tag_is_punct(int t) { return t >= TAG_COMMA && t <= TAG_DOLLAR; }

#endif
