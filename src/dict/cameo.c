/*
** cameo.c — loads data/cameo.tsv into one sorted array of entries whose
** names live in one string pool, and finds codes by binary search.
*/
#include "dict/cameo.h"
#include "dict/dict.h"

#include "base/base.h"
#include "text/utf8.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cameo_table {
    cameo_entry *entries;   /* sorted by code; owned */
    size_t count;
    char *pool;             /* every name, NUL-separated; owned */
};

/* PLOVER event types (PLOVER manual; POLECAT spelling, with REQUEST for the
** manual's DEMAND) plus OTHER for codes PLOVER drops. */
static const char *const plover_types[] = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT", "OTHER"
};

const char *cameo_plover_name(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof plover_types / sizeof plover_types[0]; i++)
        if (strlen(plover_types[i]) == len && memcmp(plover_types[i], name, len) == 0)
            return plover_types[i];
    return NULL;
}

/* ---- loading ---------------------------------------------------------- */

/* While loading, names are kept as offsets into the growing pool, and the
** line of each entry is remembered for later messages. */
typedef struct pending {
    cameo_entry e;
    size_t name_off;
    long line;
    long code_col;
    char rule[5];     /* the intent column as written: "" when left out,
                      ** "-" none, "=" the code itself, or a code; after
                      ** resolve_intents, the rule in force (inherited) */
    long rule_col;    /* its column, 0 when left out */
} pending;

typedef struct loader {
    const char *path;
    dyad_diag_fn diag;
    void *ctx;
    long errors;
    pending *items;
    size_t n, cap;
    char *pool;
    size_t pool_len, pool_cap;
} loader;

static void report(loader *ld, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(loader *ld, long line, long col, const char *fmt, ...)
{
    char msg[BASE_ERRMSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dict_utf8_scrub(msg);
    ld->errors++;
    dyad_diag d = {DYAD_ERROR, ld->path, line, col, msg};
    if (ld->diag)
        ld->diag(ld->ctx, &d);
    else
        dyad_diag_stderr(NULL, &d);
}

/* Reads the whole file; returns a NUL-terminated buffer the caller frees, or
** NULL with *rc set (DYAD_EIO, with errno in *err, or DYAD_ENOMEM). */
static char *read_file(const char *path, size_t *len, int *rc, int *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        *rc = DYAD_EIO;
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (base_grow((void **)&buf, &cap, n + 4096 + 1, 1) < 0) {
            dy_free(buf);
            fclose(f);
            *rc = DYAD_ENOMEM;
            return NULL;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    *err = errno;
    fclose(f);
    if (bad) {
        dy_free(buf);
        *rc = DYAD_EIO;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return n > 0;
}

/* Parses "-7.5" style numbers; the whole field must be used. */
static int parse_goldstein(const char *s, size_t n, double *out)
{
    char tmp[32];
    if (n == 0 || n >= sizeof tmp)
        return 0;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    for (size_t i = 0; i < n; i++)   /* strtod would also take "inf", hex, spaces */
        if (!strchr("0123456789+-.", tmp[i]))
            return 0;
    char *end;
    errno = 0;
    double v = strtod(tmp, &end);
    if (errno || *end || !isfinite(v) || v < -10.0 || v > 10.0)
        return 0;
    *out = v;
    return 1;
}

static int pool_add(loader *ld, const char *s, size_t n, size_t *off)
{
    if (base_grow((void **)&ld->pool, &ld->pool_cap, ld->pool_len + n + 1, 1) < 0)
        return -1;
    memcpy(ld->pool + ld->pool_len, s, n);
    ld->pool[ld->pool_len + n] = '\0';
    *off = ld->pool_len;
    ld->pool_len += n + 1;
    return 0;
}

/* Parses one non-comment line (n bytes, no newline). Returns -1 only when
** out of memory; format problems are reported and the line skipped. */
static int parse_line(loader *ld, const char *s, size_t n, long line)
{
    const char *field[6];
    size_t flen[6];
    long fcol[6];
    int nf = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\t')
            continue;
        if (nf < 6) {
            field[nf] = s + start;
            flen[nf] = i - start;
            fcol[nf] = (long)start + 1;
        }
        nf++;
        start = i + 1;
    }
    if (nf != 5 && nf != 6) {
        report(ld, line, 1, "expected 5 tab-separated columns (code, goldstein, "
               "quad, plover, name) and an optional sixth (intent), found %d", nf);
        return 0;
    }

    pending p;
    memset(&p, 0, sizeof p);
    p.line = line;
    p.code_col = fcol[0];
    int ok = 1;

    const char *code = field[0];
    size_t clen = flen[0];
    if (clen < 2 || clen > 4 || !all_digits(code, clen)) {
        report(ld, line, fcol[0], "code '%.*s' must be 2 to 4 digits",
               (int)(clen > 16 ? 16 : clen), code);
        ok = 0;
    } else {
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        if (root < 1 || root > 20) {
            report(ld, line, fcol[0], "code '%.*s' has root '%.2s'; CAMEO roots "
                   "are 01 to 20", (int)clen, code, code);
            ok = 0;
        }
        memcpy(p.e.code, code, clen);
        p.e.code[clen] = '\0';
        memcpy(p.e.root, code, 2);
        p.e.root[2] = '\0';
        p.e.len = (unsigned char)clen;
    }

    if (!parse_goldstein(field[1], flen[1], &p.e.goldstein)) {
        report(ld, line, fcol[1], "goldstein '%.*s' is not a number from -10 to 10",
               (int)(flen[1] > 16 ? 16 : flen[1]), field[1]);
        ok = 0;
    }

    if (flen[2] != 1 || field[2][0] < '1' || field[2][0] > '4') {
        report(ld, line, fcol[2], "quad '%.*s' must be 1, 2, 3 or 4",
               (int)(flen[2] > 16 ? 16 : flen[2]), field[2]);
        ok = 0;
    } else {
        p.e.quad = (signed char)(field[2][0] - '0');
    }

    p.e.plover = cameo_plover_name(field[3], flen[3]);
    if (!p.e.plover) {
        report(ld, line, fcol[3], "plover '%.*s' is not a PLOVER event type; use "
               "one of AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
               "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT OTHER",
               (int)(flen[3] > 16 ? 16 : flen[3]), field[3]);
        ok = 0;
    }

    if (flen[4] == 0) {
        report(ld, line, fcol[4], "name is empty; write the code's description");
        ok = 0;
    }

    if (nf == 6) {
        const char *r = field[5];
        size_t rn = flen[5];
        int root = rn >= 2 ? (r[0] - '0') * 10 + (r[1] - '0') : 0;
        if (!((rn == 1 && (r[0] == '-' || r[0] == '=')) ||
              (rn >= 2 && rn <= 4 && all_digits(r, rn) && root >= 1 && root <= 20))) {
            report(ld, line, fcol[5], "intent '%.*s' must be a code, '-' (no intent "
                   "form) or '=' (the code itself); or leave the column out",
                   (int)(rn > 16 ? 16 : rn), r);
            ok = 0;
        } else {
            memcpy(p.rule, r, rn);
            p.rule[rn] = '\0';
            p.rule_col = fcol[5];
        }
    }

    if (!ok)
        return 0;
    if (pool_add(ld, field[4], flen[4], &p.name_off) < 0)
        return -1;
    if (base_grow((void **)&ld->items, &ld->cap, ld->n + 1, sizeof *ld->items) < 0)
        return -1;
    ld->items[ld->n++] = p;
    return 0;
}

static int cmp_code(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c)
        return c;
    return alen < blen ? -1 : alen > blen;
}

static int cmp_pending(const void *a, const void *b)
{
    const pending *x = a, *y = b;
    int c = cmp_code(x->e.code, x->e.len, y->e.code, y->e.len);
    if (c)
        return c;
    return x->line < y->line ? -1 : x->line > y->line;   /* keep file order */
}

static const pending *find_pending(const loader *ld, const char *code, size_t len)
{
    size_t lo = 0, hi = ld->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_code(ld->items[mid].e.code, ld->items[mid].e.len, code, len);
        if (c == 0)
            return &ld->items[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Duplicates and missing parents need the whole file; reported in line
** order so that messages read top to bottom. */
static int check_table(loader *ld)
{
    if (ld->n == 0)
        return 0;
    qsort(ld->items, ld->n, sizeof *ld->items, cmp_pending);
    /* Mark each problem on its pending line, then report in line order. */
    long *dup_of = dy_calloc(ld->n, sizeof *dup_of);
    char *orphan = dy_calloc(ld->n, 2);
    if (!dup_of || !orphan) {
        dy_free(dup_of);
        dy_free(orphan);
        return -1;
    }
    char *unknown = orphan + ld->n;   /* an intent code the table lacks */
    for (size_t i = 1; i < ld->n; i++)
        if (cmp_code(ld->items[i].e.code, ld->items[i].e.len,
                     ld->items[i - 1].e.code, ld->items[i - 1].e.len) == 0)
            dup_of[i] = dup_of[i - 1] ? dup_of[i - 1] : ld->items[i - 1].line;
    for (size_t i = 0; i < ld->n; i++) {
        const cameo_entry *e = &ld->items[i].e;
        if (!dup_of[i] && e->len > 2 && !find_pending(ld, e->code, e->len - 1u))
            orphan[i] = 1;
        const char *r = ld->items[i].rule;
        if (r[0] >= '0' && r[0] <= '9' && !find_pending(ld, r, strlen(r)))
            unknown[i] = 1;
    }
    /* the problems, ordered by line (a bad file may have thousands) */
    size_t nbad = 0;
    for (size_t i = 0; i < ld->n; i++)
        nbad += dup_of[i] || orphan[i] || unknown[i];
    uint64_t *bad = dy_malloc((nbad + 1) * sizeof *bad);
    if (!bad) {
        dy_free(dup_of);
        dy_free(orphan);
        return -1;
    }
    nbad = 0;
    for (size_t i = 0; i < ld->n; i++)
        if (dup_of[i] || orphan[i] || unknown[i])
            bad[nbad++] = (uint64_t)ld->items[i].line << 32 | i;
    qsort(bad, nbad, sizeof *bad, cmp_u64);
    for (size_t k = 0; k < nbad; k++) {
        size_t i = (size_t)(bad[k] & 0xffffffffu);
        const pending *p = &ld->items[i];
        if (dup_of[i])
            report(ld, p->line, p->code_col, "duplicate code '%s' (first defined on "
                   "line %ld)", p->e.code, dup_of[i]);
        else if (orphan[i])
            report(ld, p->line, p->code_col, "code '%s' has no parent: add code "
                   "'%.*s' to the table", p->e.code, (int)p->e.len - 1, p->e.code);
        if (!dup_of[i] && unknown[i])
            report(ld, p->line, p->rule_col, "intent '%s' of code '%s' is not a code "
                   "of the table", p->rule, p->e.code);
    }
    dy_free(bad);
    dy_free(dup_of);
    dy_free(orphan);
    return 0;
}

/* Gives every code its intent: its own rule, else its parent's (items are
** in code order, each parent before its children); "=" becomes the code
** itself. Runs on a table without errors. */
static void resolve_intents(loader *ld)
{
    for (size_t i = 0; i < ld->n; i++) {
        pending *p = &ld->items[i];
        if (!p->rule[0] && p->e.len > 2) {
            const pending *up = find_pending(ld, p->e.code, p->e.len - 1u);
            if (up)
                memcpy(p->rule, up->rule, sizeof p->rule);
        }
        if (p->rule[0] == '=')
            memcpy(p->e.intent, p->e.code, sizeof p->e.intent);
        else if (p->rule[0] != '-')
            memcpy(p->e.intent, p->rule, sizeof p->e.intent);
    }
}

static void loader_free(loader *ld)
{
    dy_free(ld->items);
    dy_free(ld->pool);
}

cameo_table *cameo_load(const char *path, dyad_diag_fn diag, void *ctx, int *rc)
{
    int dummy;
    if (!rc)
        rc = &dummy;
    *rc = DYAD_OK;
    size_t len = 0;
    int err = 0;
    char *text = read_file(path, &len, rc, &err);
    if (!text) {
        if (*rc == DYAD_EIO) {
            loader ld;
            memset(&ld, 0, sizeof ld);
            ld.path = path;
            ld.diag = diag;
            ld.ctx = ctx;
            report(&ld, 0, 0, "cannot read the CAMEO table: %s; set DYAD_DATA "
                   "to the folder that holds cameo.tsv", BASE_STRERROR(err));
        }
        return NULL;
    }
    cameo_table *t = cameo_load_mem(path, text, len, diag, ctx, rc);
    dy_free(text);
    return t;
}

cameo_table *cameo_load_mem(const char *name, const char *text, size_t len,
                            dyad_diag_fn diag, void *ctx, int *rc)
{
    int dummy;
    if (!rc)
        rc = &dummy;
    *rc = DYAD_OK;
    loader ld;
    memset(&ld, 0, sizeof ld);
    ld.path = name;
    ld.diag = diag;
    ld.ctx = ctx;

    long line = 0;
    size_t pos = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (pos < len) {
        const char *s = text + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + (nl != NULL);
        line++;
        if (n && s[n - 1] == '\r')
            n--;
        if (n == 0 || s[0] == '#')
            continue;
        if (memchr(s, '\0', n)) {
            report(&ld, line, 1, "line holds a NUL byte; the file is not text");
            continue;
        }
        size_t good = utf8_valid_prefix(s, n);
        if (good < n) {
            report(&ld, line, (long)good + 1, "invalid UTF-8 at column %zu; save the file "
                   "as UTF-8", good + 1);
            continue;
        }
        if (parse_line(&ld, s, n, line) < 0) {
            loader_free(&ld);
            *rc = DYAD_ENOMEM;
            return NULL;
        }
    }
    if (ld.n == 0 && ld.errors == 0)
        report(&ld, line, 0, "the CAMEO table has no codes");
    if (check_table(&ld) < 0) {
        loader_free(&ld);
        *rc = DYAD_ENOMEM;
        return NULL;
    }

    cameo_table *t = ld.errors ? NULL : dy_calloc(1, sizeof *t);
    cameo_entry *entries = t ? dy_malloc(ld.n * sizeof *entries) : NULL;
    if (!t || !entries) {
        *rc = ld.errors ? DYAD_EDICT : DYAD_ENOMEM;
        dy_free(t);
        loader_free(&ld);
        return NULL;
    }
    resolve_intents(&ld);
    for (size_t i = 0; i < ld.n; i++) {
        entries[i] = ld.items[i].e;
        entries[i].name = ld.pool + ld.items[i].name_off;
    }
    t->entries = entries;
    t->count = ld.n;
    t->pool = ld.pool;   /* ownership moves to the table */
    dy_free(ld.items);
    return t;
}

void cameo_free(cameo_table *t)
{
    if (!t)
        return;
    dy_free(t->entries);
    dy_free(t->pool);
    dy_free(t);
}

/* ---- lookup ----------------------------------------------------------- */

const cameo_entry *cameo_find(const cameo_table *t, const char *code, size_t len)
{
    if (!t || !code || len < 2 || len > 4)
        return NULL;
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_code(t->entries[mid].code, t->entries[mid].len, code, len);
        if (c == 0)
            return &t->entries[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

size_t cameo_count(const cameo_table *t) { return t ? t->count : 0; }

const cameo_entry *cameo_at(const cameo_table *t, size_t i)
{
    return t && i < t->count ? &t->entries[i] : NULL;
}

const cameo_entry *cameo_parent(const cameo_table *t, const cameo_entry *e)
{
    if (!e || e->len <= 2)
        return NULL;
    return cameo_find(t, e->code, e->len - 1u);
}
