/*
** dict_api.c — the public dyad_dict_* calls: load a folder of dyad's format
** (checking verb codes against the CAMEO table beside it) or PETRARCH2's
** set, and report counts and the files read.
*/
#include "dict/dict_int.h"
#include "dict/cameo.h"

#include <stdio.h>
#include <string.h>

struct dyad_dict {
    dict *d;
    cameo_table *cameo;
};

dict *dict_of(const dyad_dict *dd) { return dd ? dd->d : NULL; }

static int cameo_ok(void *ctx, const char *code)
{
    return cameo_find(ctx, code, strlen(code)) != NULL;
}

static int load(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out, int petr)
{
    *out = NULL;
    if (!dir)
        return DYAD_EUSAGE;
    dyad_dict *dd = dy_calloc(1, sizeof *dd);
    if (!dd)
        return DYAD_ENOMEM;
    dict_opts o = {diag ? diag : dyad_diag_stderr, diag ? ctx : NULL, NULL, NULL};
    char path[4096];
    snprintf(path, sizeof path, "%s/../cameo.tsv", dir);
    FILE *f = fopen(path, "rb");
    if (f) {
        fclose(f);
        int rc = DYAD_OK;
        dd->cameo = cameo_load(path, o.diag, o.diag_ctx, &rc);
        if (rc == DYAD_ENOMEM) {
            dy_free(dd);
            return rc;
        }
        if (dd->cameo) {
            o.verb_code_ok = cameo_ok;
            o.code_ctx = dd->cameo;
        }
    }
    dd->d = dict_new(&o);
    if (!dd->d) {
        dyad_dict_free(dd);
        return DYAD_ENOMEM;
    }
    int rc = petr ? dict_petr_dir(dd->d, dir) : dict_read_dir(dd->d, dir);
    if (!dd->cameo && !petr && dict_count(dd->d, DICT_VERB) > 0) {
        dyad_diag g = {DYAD_NOTE, path, 0, 0,
                       "no CAMEO table here; verb codes were checked for shape only"};
        o.diag(o.diag_ctx, &g);
    }
    int rf = dict_finish(dd->d);
    if (rf != DYAD_OK)
        rc = rf;
    if (rc == DYAD_EIO || rc == DYAD_ENOMEM) {
        dyad_dict_free(dd);
        return rc;
    }
    *out = dd;
    return rc;
}

int dyad_dict_load_dir(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out)
{
    return load(dir, diag, ctx, out, 0);
}

int dyad_dict_load_petrarch(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out)
{
    return load(dir, diag, ctx, out, 1);
}

void dyad_dict_free(dyad_dict *dd)
{
    if (!dd)
        return;
    dict_free(dd->d);
    cameo_free(dd->cameo);
    dy_free(dd);
}

void dyad_dict_get_stats(const dyad_dict *dd, dyad_dict_stats *st)
{
    memset(st, 0, sizeof *st);
    if (!dd)
        return;
    dict_stats s;
    dict_get_stats(dd->d, &s);
    st->actors = s.entries[DICT_ACTOR];
    st->people = s.entries[DICT_PERSON];
    st->agents = s.entries[DICT_AGENT];
    st->synsets = s.entries[DICT_SYNSET];
    st->patterns = s.entries[DICT_VERB];
    st->discards = s.entries[DICT_DISCARD];
    st->names = s.names;
    st->verbs = s.verbs;
    st->errors = s.errors;
    st->warnings = s.warnings;
    st->quirks = s.quirks;
    st->bytes = s.bytes;
}

size_t dyad_dict_file_count(const dyad_dict *dd) { return dd ? dict_file_count(dd->d) : 0; }

int dyad_dict_file_info(const dyad_dict *dd, size_t i, dyad_dict_file *f)
{
    long n[DICT_NKINDS];
    const char *path = dd && f ? dict_file_at(dd->d, i, n) : NULL;
    if (!path)
        return DYAD_EUSAGE;
    *f = (dyad_dict_file){path, n[DICT_ACTOR], n[DICT_PERSON], n[DICT_AGENT], n[DICT_SYNSET],
                          n[DICT_VERB], n[DICT_DISCARD]};
    return DYAD_OK;
}
