/*
** reader_jsonl.c — JSON lines: one object a line, {"id", "date", "source",
** "url", "title", "text"}; only "text" is required, unknown keys are
** ignored, and null counts as absent.
**
** Decisions: blank lines are not records and pass silently. A missing or
** empty id becomes "FILE:LINE" (the file's base name). A missing date takes
** the reader's default date and is an error without one. "\u0000" in a
** string becomes a space, with a warning, as raw NUL bytes do.
*/
#include "text/reader_int.h"

#include <jansson.h>
#include <string.h>

/* Set when an allocation for jansson fails, so that an out-of-memory parse
** is not mistaken for malformed JSON. */
static _Thread_local int json_oom;

static void *json_alloc(size_t n)
{
    void *p = dy_malloc(n);
    if (!p)
        json_oom = 1;
    return p;
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE: return "true";
    case JSON_FALSE: return "false";
    case JSON_NULL: return "null";
    }
    return "something else";
}

static const char *const field_names[RD_NFIELDS] = {
    [RD_ID] = "id", [RD_DATE] = "date", [RD_SOURCE] = "source",
    [RD_URL] = "url", [RD_TITLE] = "title", [RD_TEXT] = "text",
};

static int skip(dyad_reader *r)
{
    r->stats.skipped++;
    return DYAD_DONE;   /* "nothing handed out for this line" */
}

/* Reads the record in line s (n bytes, no newline) at the given line.
** Returns DYAD_OK with r->doc set, DYAD_DONE when the line gave no
** document (blank or skipped), or DYAD_ENOMEM. */
static int record(dyad_reader *r, const char *s, size_t n, long line)
{
    long col = 1;
    r->rec_repaired = 0;
    if (n && s[n - 1] == '\r')
        n--;
    /* A BOM starts the file, or each file that was concatenated into it. */
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        n -= 3;
        col = 4;
    }
    if (rd_blank(s, n))
        return DYAD_DONE;
    const char *t;
    size_t tn;
    if (rd_clean(r, s, n, line, col, &t, &tn) != DYAD_OK)
        return DYAD_ENOMEM;

    json_error_t err;
    json_oom = 0;
    json_t *root = json_loadb(t, tn, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!root) {
        if (json_oom || json_error_code(&err) == json_error_out_of_memory)
            return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
        /* jansson's position is the byte just past the offending token. */
        long ecol = err.position > 0 ? col + err.position - 1 : col;
        rd_diag(r, DYAD_ERROR, line, ecol,
                "malformed JSON: %s; fix the record or remove the line", err.text);
        return skip(r);
    }
    if (!json_is_object(root)) {
        rd_diag(r, DYAD_ERROR, line, col,
                "the line holds %s, not a JSON object; write each record as one "
                "{\"text\": \"...\"} object on its own line", type_name(root));
        json_decref(root);
        return skip(r);
    }
    const char *val[RD_NFIELDS] = {0};
    size_t len[RD_NFIELDS] = {0};
    int nul_in = -1;
    for (int i = 0; i < RD_NFIELDS; i++) {
        json_t *v = json_object_get(root, field_names[i]);
        if (!v || json_is_null(v))
            continue;
        if (!json_is_string(v)) {
            rd_diag(r, DYAD_ERROR, line, 0,
                    "\"%s\" must be a string, found %s; fix the record or remove the line",
                    field_names[i], type_name(v));
            json_decref(root);
            return skip(r);
        }
        val[i] = json_string_value(v);
        len[i] = json_string_length(v);
        if (nul_in < 0 && memchr(val[i], '\0', len[i]))
            nul_in = i;
    }
    char date[11];
    if (!val[RD_TEXT]) {
        rd_diag(r, DYAD_ERROR, line, 0,
                "the record has no \"text\"; add the article as \"text\": \"...\" "
                "or remove the line");
        goto skipped;
    }
    if (rd_blank(val[RD_TEXT], len[RD_TEXT])) {
        rd_diag(r, DYAD_ERROR, line, 0,
                "\"text\" is empty; add the article text or remove the line");
        goto skipped;
    }
    if (val[RD_DATE] && len[RD_DATE]) {
        if (!rd_parse_date(val[RD_DATE], len[RD_DATE], date)) {
            rd_diag(r, DYAD_ERROR, line, 0,
                    "\"date\" \"%.40s\" is not a date; write it as YYYY-MM-DD "
                    "(YYYYMMDD and 2024-03-21T10:00:00Z are accepted too)",
                    val[RD_DATE]);
            goto skipped;
        }
    } else if (r->opt_date) {
        snprintf(date, sizeof date, "%.10s", r->opt_date);
    } else {
        rd_diag(r, DYAD_ERROR, line, 0,
                "the record has no \"date\"; add \"date\": \"YYYY-MM-DD\" or give "
                "a default date (dyad: --date)");
        goto skipped;
    }

    rd_doc_begin(r);
    for (int i = 0; i < RD_NFIELDS; i++)
        if (i != RD_DATE && i != RD_ID && val[i])
            rd_doc_field(r, i, val[i], len[i]);
    rd_doc_field(r, RD_DATE, date, strlen(date));
    if (val[RD_ID] && len[RD_ID])
        rd_doc_field(r, RD_ID, val[RD_ID], len[RD_ID]);
    else {
        char id[32];
        int k = snprintf(id, sizeof id, ":%ld", line);
        size_t off = r->store.len;
        sb_puts(&r->store, r->base);
        sb_append(&r->store, id, (size_t)k);
        sb_putc(&r->store, '\0');
        r->field_off[RD_ID] = off;
        r->field_len[RD_ID] = strlen(r->base) + (size_t)k;
    }
    if (!val[RD_SOURCE] && r->opt_source)
        rd_doc_field(r, RD_SOURCE, r->opt_source, strlen(r->opt_source));
    json_decref(root);
    root = NULL;
    if (rd_doc_finish(r, line) != DYAD_OK)
        return DYAD_ENOMEM;
    if (nul_in >= 0) {
        /* Fields are NUL-terminated, so replace inside each field's span. */
        for (int i = 0; i < RD_NFIELDS; i++) {
            if (r->field_off[i] == SIZE_MAX)
                continue;
            char *f = r->store.s + r->field_off[i];
            for (size_t k = 0; k < r->field_len[i]; k++)
                if (!f[k])
                    f[k] = ' ';
        }
        rd_diag(r, DYAD_WARNING, line, 0,
                "\"\\u0000\" in \"%s\" replaced by a space; remove it from the record",
                field_names[nul_in]);
    }
    return DYAD_OK;
skipped:
    json_decref(root);
    return skip(r);
}

int rd_jsonl_next(dyad_reader *r)
{
    static int alloc_set;
    if (!alloc_set) {
        json_set_alloc_funcs(json_alloc, dy_free);
        alloc_set = 1;
    }
    for (;;) {
        const char *nl = NULL;
        for (;;) {
            size_t avail = r->end - r->start;
            if (avail > r->scan)
                nl = memchr(r->buf + r->start + r->scan, '\n', avail - r->scan);
            if (nl)
                break;
            r->scan = avail;
            int m = rd_more(r, 1);
            if (m < 0)
                return m;
            if (m == 0)
                break;
        }
        size_t avail = r->end - r->start;
        if (!nl && avail == 0)
            return DYAD_DONE;
        const char *s = r->buf + r->start;
        size_t n = nl ? (size_t)(nl - s) : avail;
        long line = r->line;
        int rc = record(r, s, n, line);
        r->start += nl ? n + 1 : n;
        r->scan = 0;
        r->line++;
        if (rc != DYAD_DONE)
            return rc;
    }
}
