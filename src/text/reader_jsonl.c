/*
** reader_jsonl.c — JSON lines: one object a line, {"id", "date", "source",
** "url", "title", "text"}; only "text" is required, unknown keys are
** ignored, and null counts as absent.
**
** Decisions: blank lines are not records and pass silently. A missing or
** empty id becomes "FILE:LINE" (the file's base name). A missing date takes
** the reader's default date and is an error without one. "\u0000" in a
** string becomes a space, with a warning, as raw NUL bytes do. An id given
** by an earlier record of the same input is a warning naming both lines
** (the record is kept; the store needs unique ids); an input's ids are
** held until it ends.
**
** Speed: jansson reads about 90 MB/s, so the usual line, a flat object of
** strings, goes through rd_json_fast (several times faster); jansson reads
** every other line and words every error.
*/
#include "text/reader_int.h"

#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

const char *const rd_field_names[RD_NFIELDS] = {
    [RD_ID] = "id", [RD_DATE] = "date", [RD_SOURCE] = "source",
    [RD_URL] = "url", [RD_TITLE] = "title", [RD_TEXT] = "text",
};

/* ---- the fast path ---- */

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static long hex4(const char *p)
{
    long v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

#define ONES UINT64_C(0x0101010101010101)

/* Checks the string whose opening quote is at s[*i]; on success *i is past
** the closing quote and *esc says whether it holds escapes. */
static int scan_string(const char *s, size_t n, size_t *i, int *esc)
{
    size_t p = *i + 1;
    *esc = 0;
    for (;;) {
        /* Eight bytes at a time while none is '"', '\\' or below 0x20. */
        while (p + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + p, 8);
            uint64_t q = w ^ ONES * '"', b = w ^ ONES * '\\';
            uint64_t hit = ((q - ONES) & ~q) | ((b - ONES) & ~b) | ((w - ONES * 0x20) & ~w);
            if (hit & ONES * 0x80)
                break;
            p += 8;
        }
        while (p < n && (unsigned char)s[p] >= 0x20 && s[p] != '"' && s[p] != '\\')
            p++;
        if (p >= n || (unsigned char)s[p] < 0x20)
            return 0;
        if (s[p] == '"')
            break;
        *esc = 1;
        if (p + 1 >= n)
            return 0;
        char e = s[p + 1];
        if (e != 'u') {
            if (!strchr("\"\\/bfnrt", e) || e == '\0')
                return 0;
            p += 2;
            continue;
        }
        if (p + 6 > n)
            return 0;
        long u = hex4(s + p + 2);
        if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return 0;
        p += 6;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (p + 6 > n || s[p] != '\\' || s[p + 1] != 'u')
                return 0;
            long lo = hex4(s + p + 2);
            if (lo < 0xDC00 || lo > 0xDFFF)
                return 0;
            p += 6;
        }
    }
    *i = p + 1;
    return 1;
}

/* Decodes the escapes of a string that scan_string accepted, in place.
** Returns the decoded length. */
static size_t decode(char *s, size_t n)
{
    const char *bs = memchr(s, '\\', n);
    if (!bs)
        return n;
    size_t w = (size_t)(bs - s);
    for (size_t p = w; p < n;) {
        if (s[p] != '\\') {
            const char *q = memchr(s + p, '\\', n - p);
            size_t run = q ? (size_t)(q - s) - p : n - p;
            memmove(s + w, s + p, run);
            w += run;
            p += run;
            continue;
        }
        char e = s[p + 1];
        p += 2;
        if (e != 'u') {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            s[w++] = to[strchr(from, e) - from];
            continue;
        }
        unsigned long u = (unsigned long)hex4(s + p);
        p += 4;
        if (u >= 0xD800 && u <= 0xDBFF) {
            u = 0x10000 + ((u - 0xD800) << 10) + ((unsigned long)hex4(s + p + 2) - 0xDC00);
            p += 6;
        }
        if (u < 0x80)
            s[w++] = (char)u;
        else if (u < 0x800) {
            s[w++] = (char)(0xC0 | (u >> 6));
            s[w++] = (char)(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            s[w++] = (char)(0xE0 | (u >> 12));
            s[w++] = (char)(0x80 | ((u >> 6) & 0x3F));
            s[w++] = (char)(0x80 | (u & 0x3F));
        } else {
            s[w++] = (char)(0xF0 | (u >> 18));
            s[w++] = (char)(0x80 | ((u >> 12) & 0x3F));
            s[w++] = (char)(0x80 | ((u >> 6) & 0x3F));
            s[w++] = (char)(0x80 | (u & 0x3F));
        }
    }
    return w;
}

/* A number jansson certainly reads the same way: JSON grammar, at most 15
** characters and a two-digit exponent, so that nothing overflows. */
static int scan_number(const char *s, size_t n, size_t *i)
{
    size_t p = *i, b = p;
    if (p < n && s[p] == '-')
        p++;
    if (p >= n || s[p] < '0' || s[p] > '9')
        return 0;
    if (s[p] == '0')
        p++;
    else
        while (p < n && s[p] >= '0' && s[p] <= '9')
            p++;
    if (p < n && s[p] == '.') {
        size_t d = ++p;
        while (p < n && s[p] >= '0' && s[p] <= '9')
            p++;
        if (p == d)
            return 0;
    }
    if (p < n && (s[p] == 'e' || s[p] == 'E')) {
        p++;
        if (p < n && (s[p] == '+' || s[p] == '-'))
            p++;
        size_t d = p;
        while (p < n && s[p] >= '0' && s[p] <= '9')
            p++;
        if (p == d || p - d > 2)
            return 0;
    }
    if (p - b > 15)
        return 0;
    *i = p;
    return 1;
}

static int field_index(const char *k, size_t n)
{
    for (int i = 0; i < RD_NFIELDS; i++)
        if (strlen(rd_field_names[i]) == n && memcmp(rd_field_names[i], k, n) == 0)
            return i;
    return -1;
}

int rd_json_fast(char *s, size_t n, rd_jfield f[RD_NFIELDS])
{
    size_t at[RD_NFIELDS];
    int esc[RD_NFIELDS];
    for (int i = 0; i < RD_NFIELDS; i++) {
        f[i].type = -1;
        f[i].s = NULL;
        f[i].n = 0;
    }
    size_t p = 0;
    while (p < n && is_ws(s[p]))
        p++;
    if (p >= n || s[p] != '{')
        return 0;
    p++;
    while (p < n && is_ws(s[p]))
        p++;
    if (p < n && s[p] == '}')
        p++;
    else {
        for (;;) {
            if (p >= n || s[p] != '"')
                return 0;
            size_t k = p + 1;
            int e;
            if (!scan_string(s, n, &p, &e) || e)
                return 0;   /* keys with escapes go to jansson */
            int idx = field_index(s + k, p - 1 - k);
            while (p < n && is_ws(s[p]))
                p++;
            if (p >= n || s[p] != ':')
                return 0;
            p++;
            while (p < n && is_ws(s[p]))
                p++;
            if (p >= n)
                return 0;
            int type;
            size_t v = p;
            if (s[p] == '"') {
                if (!scan_string(s, n, &p, &e))
                    return 0;
                type = JSON_STRING;
            } else if (n - p >= 4 && memcmp(s + p, "null", 4) == 0) {
                p += 4;
                type = JSON_NULL;
            } else if (n - p >= 4 && memcmp(s + p, "true", 4) == 0) {
                p += 4;
                type = JSON_TRUE;
            } else if (n - p >= 5 && memcmp(s + p, "false", 5) == 0) {
                p += 5;
                type = JSON_FALSE;
            } else if (scan_number(s, n, &p))
                type = JSON_INTEGER;
            else
                return 0;
            if (idx >= 0) {   /* a repeated key: the last one counts, as in jansson */
                f[idx].type = type;
                at[idx] = v + 1;
                f[idx].n = type == JSON_STRING ? p - v - 2 : 0;
                esc[idx] = type == JSON_STRING && e;
            }
            while (p < n && is_ws(s[p]))
                p++;
            if (p < n && s[p] == ',') {
                p++;
                while (p < n && is_ws(s[p]))
                    p++;
                continue;
            }
            if (p < n && s[p] == '}') {
                p++;
                break;
            }
            return 0;
        }
    }
    while (p < n && is_ws(s[p]))
        p++;
    if (p != n)
        return 0;
    /* The whole line is valid: now it may be rewritten. */
    for (int i = 0; i < RD_NFIELDS; i++) {
        if (f[i].type != JSON_STRING)
            continue;
        f[i].s = s + at[i];
        if (esc[i])
            f[i].n = decode(s + at[i], f[i].n);
    }
    return 1;
}

/* ---- through jansson ---- */

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

static const char *type_name(int type)
{
    switch (type) {
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

static int skip(dyad_reader *r)
{
    r->stats.skipped++;
    return DYAD_DONE;   /* "nothing handed out for this line" */
}

/* Reads line t (tn bytes) with jansson into f; *root keeps the strings.
** Returns DYAD_OK, DYAD_DONE when the line was reported and skipped, or
** DYAD_ENOMEM. */
static int slow_parse(dyad_reader *r, const char *t, size_t tn, long line, long col,
                      rd_jfield f[RD_NFIELDS], json_t **root)
{
    json_error_t err;
    json_oom = 0;
    *root = json_loadb(t, tn, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!*root) {
        if (json_oom || json_error_code(&err) == json_error_out_of_memory)
            return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
        /* jansson's position is the byte just past the offending token. */
        long ecol = err.position > 0 ? col + err.position - 1 : col;
        rd_diag(r, DYAD_ERROR, line, ecol,
                "malformed JSON: %s; fix the record or remove the line", err.text);
        return skip(r);
    }
    if (!json_is_object(*root)) {
        rd_diag(r, DYAD_ERROR, line, col,
                "the line holds %s, not a JSON object; write each record as one "
                "{\"text\": \"...\"} object on its own line", type_name(json_typeof(*root)));
        return skip(r);
    }
    for (int i = 0; i < RD_NFIELDS; i++) {
        json_t *v = json_object_get(*root, rd_field_names[i]);
        f[i].type = v ? (int)json_typeof(v) : -1;
        f[i].s = v && json_is_string(v) ? json_string_value(v) : NULL;
        f[i].n = v && json_is_string(v) ? json_string_length(v) : 0;
    }
    return DYAD_OK;
}

/* Reads the record in line s (n bytes, no newline) at the given line.
** Returns DYAD_OK with r->doc set, DYAD_DONE when the line gave no
** document (blank or skipped), or DYAD_ENOMEM. */
static int record(dyad_reader *r, char *s, size_t n, long line)
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
    const char *ct;
    size_t tn;
    if (rd_clean(r, s, n, line, col, &ct, &tn) != DYAD_OK)
        return DYAD_ENOMEM;
    char *t = (char *)ct;   /* the line in r->buf or r->work: ours to rewrite */

    rd_jfield f[RD_NFIELDS];
    json_t *root = NULL;
    if (!rd_json_fast(t, tn, f)) {
        int rc = slow_parse(r, t, tn, line, col, f, &root);
        if (rc != DYAD_OK) {
            json_decref(root);
            return rc;
        }
    }
    int rc = DYAD_DONE, nul_in = -1;
    char date[11];
    for (int i = 0; i < RD_NFIELDS; i++) {
        if (f[i].type == -1 || f[i].type == JSON_NULL || f[i].type == JSON_STRING)
            continue;
        rd_diag(r, DYAD_ERROR, line, 0,
                "\"%s\" must be a string, found %s; fix the record or remove the line",
                rd_field_names[i], type_name(f[i].type));
        goto skipped;
    }
    for (int i = 0; i < RD_NFIELDS && nul_in < 0; i++)
        if (f[i].s && memchr(f[i].s, '\0', f[i].n))
            nul_in = i;
    if (!f[RD_TEXT].s) {
        rd_diag(r, DYAD_ERROR, line, 0,
                "the record has no \"text\"; add the article as \"text\": \"...\" "
                "or remove the line");
        goto skipped;
    }
    if (rd_blank(f[RD_TEXT].s, f[RD_TEXT].n)) {
        rd_diag(r, DYAD_ERROR, line, 0,
                "\"text\" is empty; add the article text or remove the line");
        goto skipped;
    }
    if (f[RD_DATE].s && f[RD_DATE].n) {
        if (!base_parse_date(f[RD_DATE].s, f[RD_DATE].n, date)) {
            rd_diag(r, DYAD_ERROR, line, 0,
                    "\"date\" \"%.*s\" is not a date; write it as YYYY-MM-DD "
                    "(YYYYMMDD and 2024-03-21T10:00:00Z are accepted too)",
                    (int)(f[RD_DATE].n > 40 ? 40 : f[RD_DATE].n), f[RD_DATE].s);
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
        if (i != RD_DATE && f[i].s && (i != RD_ID || f[i].n))
            rd_doc_field(r, i, f[i].s, f[i].n);
    rd_doc_field(r, RD_DATE, date, strlen(date));
    if (!f[RD_ID].s || !f[RD_ID].n) {
        size_t off = r->store.len;
        sb_printf(&r->store, "%s:%ld", r->base, line);
        r->field_off[RD_ID] = off;
        r->field_len[RD_ID] = r->store.oom ? 0 : r->store.len - off;
        sb_putc(&r->store, '\0');
    }
    if (!f[RD_SOURCE].s && r->opt_source)
        rd_doc_field(r, RD_SOURCE, r->opt_source, strlen(r->opt_source));
    int given_id = f[RD_ID].s && f[RD_ID].n;
    json_decref(root);
    root = NULL;
    if ((rc = rd_doc_finish(r, line)) != DYAD_OK)
        return rc;
    if (given_id) {
        long first = rd_id_seen(r, r->doc.id, r->field_len[RD_ID], line);
        if (first < 0)
            return (int)first;
        if (first > 0)
            rd_diag(r, DYAD_WARNING, line, 0,
                    "id '%.*s' is also the id of line %ld; give each record its own id",
                    (int)(r->field_len[RD_ID] > 60 ? 60 : r->field_len[RD_ID]), r->doc.id,
                    first);
    }
    if (nul_in >= 0) {
        /* Fields are NUL-terminated: replace inside each field's span. */
        for (int i = 0; i < RD_NFIELDS; i++) {
            if (r->field_off[i] == SIZE_MAX)
                continue;
            char *p = r->store.s + r->field_off[i];
            for (size_t k = 0; k < r->field_len[i]; k++)
                if (!p[k])
                    p[k] = ' ';
        }
        rd_diag(r, DYAD_WARNING, line, 0,
                "\"\\u0000\" in \"%s\" replaced by a space; remove it from the record",
                rd_field_names[nul_in]);
    }
    return DYAD_OK;
skipped:
    json_decref(root);
    return skip(r);
}

/* jansson's allocator is one for the whole process: set it once, whatever
** the number of threads whose readers start at the same moment. */
static pthread_once_t alloc_once = PTHREAD_ONCE_INIT;

static void set_json_alloc(void) { json_set_alloc_funcs(json_alloc, dy_free); }

int rd_jsonl_next(dyad_reader *r)
{
    pthread_once(&alloc_once, set_json_alloc);
    for (;;) {
        char *nl = NULL;
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
        char *s = r->buf + r->start;
        size_t n = nl ? (size_t)(nl - s) : avail;
        int rc = record(r, s, n, r->line);
        r->start += nl ? n + 1 : n;
        r->scan = 0;
        r->line++;
        if (rc != DYAD_DONE)
            return rc;
    }
}
