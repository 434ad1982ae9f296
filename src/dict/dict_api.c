/*
** dict_api.c — the public dyad_dict_* calls: load a folder of dyad's format
** (checking verb codes against the CAMEO table beside it) or PETRARCH2's
** set, report counts and the files read, and say why a load failed
** (dyad_dict_errmsg).
*/
#include "dict/dict_int.h"
#include "dict/cameo.h"

#include <stdio.h>
#include <string.h>

struct dyad_dict {
    dict *d;
    cameo_table *cameo;
    int rc;                        /* what the load returned */
    base_tap tap;                  /* between the loaders and the caller's diag */
    char errmsg[BASE_ERRMSG_MAX];  /* why the load failed; "" after DYAD_OK */
};

dict *dict_of(const dyad_dict *dd) { return dd ? dd->d : NULL; }

int dict_usable(const dyad_dict *dd, const char **why)
{
    if (!dd) {
        *why = "the dictionary is NULL";
        return 0;
    }
    if (!dd->d || (dd->rc != DYAD_OK && dd->rc != DYAD_EDICT)) {
        *why = dd->errmsg;
        return 0;
    }
    return 1;
}

static int cameo_ok(void *ctx, const char *code)
{
    return cameo_find(ctx, code, strlen(code)) != NULL;
}

/* Reads the folder into dd, which the caller set up; returns the status. */
static int load_into(dyad_dict *dd, const char *dir, int petr)
{
    dict_opts o = {base_tap_diag, &dd->tap, NULL, NULL};
    char path[4096];
    snprintf(path, sizeof path, "%s/../cameo.tsv", dir);
    FILE *f = fopen(path, "rb");
    if (f) {
        fclose(f);
        int rc = DYAD_OK;
        dd->cameo = cameo_load(path, o.diag, o.diag_ctx, &rc);
        if (rc == DYAD_ENOMEM)
            return rc;
        if (dd->cameo) {
            o.verb_code_ok = cameo_ok;
            o.code_ctx = dd->cameo;
        }
    }
    dd->d = dict_new(&o);
    if (!dd->d)
        return DYAD_ENOMEM;
    int rc = petr ? dict_petr_dir(dd->d, dir) : dict_read_dir(dd->d, dir);
    if (!dd->cameo && !petr && dict_count(dd->d, DICT_VERB) > 0) {
        dyad_diag g = {DYAD_NOTE, path, 0, 0,
                       "no CAMEO table here; verb codes were checked for shape only"};
        o.diag(o.diag_ctx, &g);
    }
    int rf = dict_finish(dd->d);
    return rf != DYAD_OK ? rf : rc;
}

/* Ownership: *out gets a handle the caller frees in every case but
** DYAD_ENOMEM, which leaves NULL. After DYAD_EUSAGE or DYAD_EIO the handle
** holds no dictionary, only its errmsg (dict_usable says no). */
static int load(const char *fn, const char *dir, dyad_diag_fn diag, void *ctx,
                dyad_dict **out, int petr)
{
    if (!out)
        return DYAD_EUSAGE;
    *out = NULL;
    dyad_dict *dd = dy_calloc(1, sizeof *dd);
    if (!dd)
        return DYAD_ENOMEM;
    base_tap_init(&dd->tap, diag, ctx);
    *out = dd;
    if (!dir) {
        base_errmsg(dd->errmsg, "%s: dir is NULL; give the dictionary folder", fn);
        return dd->rc = DYAD_EUSAGE;
    }
    dd->rc = load_into(dd, dir, petr);
    if (dd->rc == DYAD_ENOMEM) {
        dyad_dict_free(dd);
        *out = NULL;   /* dyad_dict_errmsg(NULL) says "out of memory" */
        return DYAD_ENOMEM;
    }
    if (dd->rc != DYAD_OK) {
        /* the first error names its file, which names dir */
        base_tap_errmsg(&dd->tap, dd->errmsg, dd->rc == DYAD_EDICT
                                                  ? "the dictionaries have errors"
                                                  : "cannot load the dictionaries");
        if (!dd->errmsg[0])
            base_errmsg(dd->errmsg, "cannot load the dictionaries in '%s': %s", dir,
                        dyad_errstr(dd->rc));
    }
    return dd->rc;
}

int dyad_dict_load_dir(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out)
{
    return load("dyad_dict_load_dir", dir, diag, ctx, out, 0);
}

int dyad_dict_load_petrarch(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out)
{
    return load("dyad_dict_load_petrarch", dir, diag, ctx, out, 1);
}

const char *dyad_dict_errmsg(const dyad_dict *dd)
{
    return dd ? dd->errmsg : "out of memory";
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
    if (!st)
        return;
    memset(st, 0, sizeof *st);
    if (!dd || !dd->d)
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
