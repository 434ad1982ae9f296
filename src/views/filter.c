/*
** filter.c — which events a query or an export takes, as SQL on the event
** table: a date range, actor code prefixes, a CAMEO code prefix, the
** modalities. Conditions are written only when asked for, and prefixes as
** ranges (source >= 'RUS' AND source < 'RUT'), so that SQLite can use the
** indexes on date and on (source, target). Quotes are chosen by their
** article's date and by speaker.
*/
#include "views/views.h"
#include "lang/analyze.h"

#include <string.h>

/* Adds a condition with one value. */
static void add(view_filter *f, const char *cond, const char *val)
{
    sb_printf(&f->where, " AND %s", cond);
    f->vals[f->nvals++] = val;
}

/* "col starts with p": col >= p AND col < p', p' the least string above
** every string that starts with p (its last byte below 0xFF raised by one,
** what follows dropped). p' does not exist when p is all 0xFF bytes. */
static void add_prefix(view_filter *f, const char *col, const char *p)
{
    char cond[64];
    size_t n = strlen(p);
    if (n == 0)
        return;
    snprintf(cond, sizeof cond, "%s >= ?", col);
    add(f, cond, p);
    char *hi = f->bufs[f->nvals];
    while (n > 0 && (unsigned char)p[n - 1] == 0xFF)
        n--;
    if (n == 0 || n >= sizeof f->bufs[0])
        return;   /* a prefix that long is no code: >= alone is still right past it */
    memcpy(hi, p, n);
    hi[n - 1] = (char)((unsigned char)hi[n - 1] + 1);
    hi[n] = '\0';
    snprintf(cond, sizeof cond, "%s < ?", col);
    add(f, cond, hi);
}

/* The name of a modality the coder gives, as written in the store; NULL
** when name (n bytes) is none. */
static const char *modality_named(const char *name, size_t n)
{
    for (int m = 0;; m++) {
        const char *k = modality_name(m);
        if (strcmp(k, "?") == 0)
            return NULL;
        if (strlen(k) == n && memcmp(k, name, n) == 0)
            return k;
    }
}

static int add_modalities(dyad_store *s, view_filter *f, const char *list)
{
    if (!list) {
        add(f, "e.modality <> ?", modality_name(MOD_NEGATED));
        return DYAD_OK;
    }
    if (strcmp(list, "all") == 0)
        return DYAD_OK;
    sb_puts(&f->where, " AND e.modality IN (");
    int k = 0;
    for (const char *p = list;; p++) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        const char *m = modality_named(p, n);
        if (!m) {
            base_errmsg(s->errmsg, "unknown modality '%.*s'; use asserted, future, "
                        "conditional, hypothetical, negated, a list of them with commas, "
                        "or all", (int)n, p);
            return DYAD_EUSAGE;
        }
        int seen = 0;   /* "asserted,asserted" asks for it once */
        for (int i = f->nvals - k; i < f->nvals; i++)
            seen |= f->vals[i] == m;
        if (!seen && f->nvals < FILTER_MAX) {
            sb_puts(&f->where, k++ ? ", ?" : "?");
            f->vals[f->nvals++] = m;
        }
        if (!end)
            break;
        p = end;
    }
    sb_putc(&f->where, ')');
    return DYAD_OK;
}

/* Normalises date d into out; "" when d is NULL or "". */
static int take_date(dyad_store *s, const char *what, const char *d, char out[11])
{
    out[0] = '\0';
    if (!d || !*d)
        return DYAD_OK;
    if (!base_parse_date(d, strlen(d), out)) {
        base_errmsg(s->errmsg, "%s '%s' is not a date; write it as YYYY-MM-DD", what, d);
        return DYAD_EUSAGE;
    }
    return DYAD_OK;
}

/* Starts f with q's date range on column col ("e.date"). */
static int add_dates(dyad_store *s, const dyad_query *q, view_filter *f, const char *col)
{
    memset(f, 0, sizeof *f);
    sb_puts(&f->where, "1");
    int rc;
    if ((rc = take_date(s, "from", q->from, f->from)) != DYAD_OK ||
        (rc = take_date(s, "to", q->to, f->to)) != DYAD_OK)
        return rc;
    if (f->from[0] && f->to[0] && strcmp(f->from, f->to) > 0) {
        base_errmsg(s->errmsg, "the range from %s to %s is empty: from comes after to",
                    f->from, f->to);
        return DYAD_EUSAGE;
    }
    char cond[32];
    snprintf(cond, sizeof cond, "%s >= ?", col);
    if (f->from[0])
        add(f, cond, f->from);
    snprintf(cond, sizeof cond, "%s <= ?", col);
    if (f->to[0])
        add(f, cond, f->to);
    return DYAD_OK;
}

int view_filter_build(dyad_store *s, const dyad_query *q, view_filter *f)
{
    int rc = add_dates(s, q, f, "e.date");
    if (rc != DYAD_OK)
        return rc;
    if (q->source)
        add_prefix(f, "e.source", q->source);
    if (q->target)
        add_prefix(f, "e.target", q->target);
    if (q->code)
        add_prefix(f, "e.code", q->code);
    if ((rc = add_modalities(s, f, q->modalities)) != DYAD_OK)
        return rc;
    return f->where.oom ? DYAD_ENOMEM : DYAD_OK;
}

int view_filter_quotes(dyad_store *s, const dyad_query *q, view_filter *f)
{
    const char *other = q->source || q->target ? "a dyad" : q->code ? "a code"
                      : q->modalities ? "a modality" : NULL;
    if (other) {
        memset(f, 0, sizeof *f);
        base_errmsg(s->errmsg, "quotes are chosen by date and speaker, not by %s", other);
        return DYAD_EUSAGE;
    }
    int rc = add_dates(s, q, f, "a.date");
    if (rc != DYAD_OK)
        return rc;
    /* instr, not LIKE: a name with '%' or '_' in it means itself;
    ** dyad_fold (query.c): lower case beyond ASCII */
    if (q->speaker && *q->speaker)
        add(f, "instr(dyad_fold(q.speaker), dyad_fold(?)) > 0", q->speaker);
    return f->where.oom ? DYAD_ENOMEM : DYAD_OK;
}

void view_filter_free(view_filter *f)
{
    sb_free(&f->where);
}

int view_filter_bind(const view_filter *f, sqlite3_stmt *st, int first)
{
    for (int i = 0; i < f->nvals; i++)
        sqlite3_bind_text(st, first + i, f->vals[i], -1, SQLITE_STATIC);
    return first + f->nvals;
}
