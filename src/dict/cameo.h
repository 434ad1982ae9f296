/*
** cameo.h — the CAMEO event code table (data/cameo.tsv): every event code
** with its Goldstein weight, quad class, PLOVER type and name, loaded once
** into a sorted array and looked up by code string. Internal to libdyad.
**
** File format: see the header comment of data/cameo.tsv and docs/cameo.md.
** The sixth column, intent, may be left out on any line: the code then
** takes its parent's rule (a root without one has no intent form).
*/
#ifndef DYAD_DICT_CAMEO_H
#define DYAD_DICT_CAMEO_H

#include <stddef.h>

#include "dyad.h"

/* One event code. All strings belong to the table that handed the entry
** out and live until cameo_free. */
typedef struct cameo_entry {
    char code[5];         /* "042", "0211", "19"; NUL-terminated */
    char root[3];         /* first two digits: "04" */
    unsigned char len;    /* digits in code: 2 (root), 3 or 4 */
    signed char quad;     /* 1 verbal coop, 2 material coop, 3 verbal
                          ** conflict, 4 material conflict */
    double goldstein;     /* -10.0 .. +10.0 */
    const char *plover;   /* "CONSULT", ... or "OTHER"; a static string */
    const char *name;     /* "Make a visit" */
    char intent[5];       /* the code an announced, planned, promised or
                          ** threatened form of this act takes: "036" for
                          ** 042, "1312" for 163, the code itself for 03x and
                          ** 13x; "" when a plan to do it is no event */
} cameo_entry;

typedef struct cameo_table cameo_table;

/* Loads the table at path. Every problem is reported through diag (NULL:
** printed to stderr as "FILE:LINE: message") as FILE:LINE with the column of
** the bad field; loading goes on to report all problems. Returns the table,
** which the caller frees with cameo_free, or NULL with *rc set: DYAD_EIO
** (file unreadable), DYAD_EDICT (format errors, all reported), DYAD_ENOMEM.
** On success *rc is DYAD_OK. rc may be NULL. path is not kept. */
cameo_table *cameo_load(const char *path, dyad_diag_fn diag, void *ctx, int *rc);
/* The same on text[0..len), named name in messages (neither is kept; text
** is only read and need not be NUL-terminated). A UTF-8 BOM is skipped. */
cameo_table *cameo_load_mem(const char *name, const char *text, size_t len,
                            dyad_diag_fn diag, void *ctx, int *rc);

/* Frees the table and every string its entries point to. Accepts NULL. */
void cameo_free(cameo_table *t);

/* Returns the entry for code (len bytes, need not be NUL-terminated), or
** NULL when the table has no such code. The entry is owned by t. */
const cameo_entry *cameo_find(const cameo_table *t, const char *code, size_t len);

/* Number of entries, and entry i (0 <= i < count) in code order, which puts
** every code right before its children: "01", "010", ..., "019", "02", ... */
size_t cameo_count(const cameo_table *t);
const cameo_entry *cameo_at(const cameo_table *t, size_t i);

/* The entry one level up ("0211" -> "021", "042" -> "04"), or NULL for a
** root. The loader guarantees that every non-root code has one. */
const cameo_entry *cameo_parent(const cameo_table *t, const cameo_entry *e);

/* Returns the canonical static spelling of a PLOVER type name (exact,
** upper case, len bytes), or NULL when name is not one of the sixteen
** PLOVER event types or OTHER. */
const char *cameo_plover_name(const char *name, size_t len);

#endif
