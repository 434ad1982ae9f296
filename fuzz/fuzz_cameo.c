/*
** fuzz_cameo.c — libFuzzer harness for the CAMEO table loader
** (cameo_load_mem): a table only when no error was reported, and then every
** entry sound (found by its own code, a parent for every non-root code,
** values in range, a UTF-8 name); NULL only with an error reported.
*/
#include "dict/cameo.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static long nerrors;

static void diag(void *ctx, const dyad_diag *g)
{
    (void)ctx;
    size_t n = g->message ? strlen(g->message) : 0;
    if (!g->file || !*g->file || !n || g->line < 0 || g->column < 0 ||
        utf8_valid_prefix(g->message, n) != n)
        abort();
    nerrors += g->severity == DYAD_ERROR;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nerrors = 0;
    int rc = -1;
    cameo_table *t = cameo_load_mem("fuzz.tsv", (const char *)data, size, diag, NULL, &rc);
    if (!t) {
        if (rc != DYAD_EDICT || nerrors == 0)
            abort();
        return 0;
    }
    if (rc != DYAD_OK || nerrors != 0 || cameo_count(t) == 0)
        abort();
    for (size_t i = 0; i < cameo_count(t); i++) {
        const cameo_entry *e = cameo_at(t, i);
        size_t nl = strlen(e->name);
        if (cameo_find(t, e->code, e->len) != e || strlen(e->code) != e->len ||
            (e->len > 2 && !cameo_parent(t, e)) || e->quad < 1 || e->quad > 4 ||
            e->goldstein < -10 || e->goldstein > 10 || !e->plover || !nl ||
            utf8_valid_prefix(e->name, nl) != nl)
            abort();
        if (i && strcmp(cameo_at(t, i - 1)->code, e->code) >= 0)
            abort();
    }
    if (cameo_find(t, (const char *)data, size < 4 ? size : 4) &&
        memcmp(cameo_find(t, (const char *)data, size < 4 ? size : 4)->code, data,
               size < 4 ? size : 4) != 0)
        abort();
    cameo_free(t);
    return 0;
}
