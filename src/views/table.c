/*
** table.c — rows of a query on their way out, in one of three formats:
**   text  aligned columns under a header, numbers to the right, for
**         people; the last column is not padded (a sentence, a name);
**   csv   RFC 4180: a header line, fields with a comma, a quote or a line
**         break quoted, quotes doubled;
**   json  one object per row and line, the header's names as keys, NULL
**         as null: JSON lines, as dyad's other outputs.
** Numbers have the same decimals in every format. Every line is repaired
** to valid UTF-8 on the way out, as dyad_event_format does.
*/
#include "views/views.h"
#include "text/utf8.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

int view_write(view_table *t, const char *p, size_t n)
{
    if (t->stopped)
        return DYAD_EIO;
    if (n > 0 && t->write(t->ctx, p, n) != 0)
        t->stopped = 1;
    return t->stopped ? DYAD_EIO : DYAD_OK;
}

/* Writes out t->line, repaired, and empties it. */
static int flush_line(view_table *t)
{
    utf8_repair_sb(&t->line);
    if (t->line.oom)
        return DYAD_ENOMEM;
    int rc = view_write(t, t->line.s, t->line.len);
    sb_reset(&t->line);
    return rc;
}

static void csv_field(strbuf *b, const char *s, size_t n)
{
    if (strcspn(s, ",\"\r\n") >= n) {
        sb_append(b, s, n);
        return;
    }
    sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            sb_putc(b, '"');
        sb_putc(b, s[i]);
    }
    sb_putc(b, '"');
}

void view_table_begin(view_table *t, dyad_table_format f, const view_col *cols, int ncols,
                      dyad_write_fn w, void *ctx)
{
    memset(t, 0, sizeof *t);
    t->format = f;
    t->cols = cols;
    t->ncols = ncols;
    t->write = w;
    t->ctx = ctx;
    if (f != DYAD_TABLE_CSV)
        return;
    for (int i = 0; i < ncols; i++) {
        if (i)
            sb_putc(&t->line, ',');
        sb_puts(&t->line, cols[i].name);
    }
    sb_putc(&t->line, '\n');
    flush_line(t);
}

/* A number rounded to the column's decimals, without "-0.0". */
static void real_cell(strbuf *b, double v, int decimals)
{
    double scale = decimals == 1 ? 10.0 : 100.0;
    v = round(v * scale) / scale;
    if (v == 0)
        v = 0;   /* -0 becomes 0 */
    sb_printf(b, "%.*f", decimals, v);
}

/* Appends column i of st as the format writes it; *null says it was NULL
** (text: "-"). */
static void cell(const view_table *t, strbuf *b, sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL) {
        sb_puts(b, t->format == DYAD_TABLE_JSON ? "null" : t->format == DYAD_TABLE_CSV ? "" : "-");
        return;
    }
    switch (t->cols[i].kind) {
    case COL_INT: sb_printf(b, "%lld", (long long)sqlite3_column_int64(st, i)); return;
    case COL_REAL1: real_cell(b, sqlite3_column_double(st, i), 1); return;
    case COL_REAL2: real_cell(b, sqlite3_column_double(st, i), 2); return;
    case COL_TEXT: break;
    }
    const char *s = (const char *)sqlite3_column_text(st, i);
    size_t n = (size_t)sqlite3_column_bytes(st, i);
    if (!s)
        s = "";
    if (t->format == DYAD_TABLE_JSON) {
        sb_putc(b, '"');
        sb_json_escape(b, s, n);
        sb_putc(b, '"');
    } else if (t->format == DYAD_TABLE_CSV) {
        csv_field(b, s, n);
    } else {
        for (size_t k = 0; k < n; k++)   /* a cell is one line */
            sb_putc(b, (s[k] == '\t' || s[k] == '\n' || s[k] == '\r') ? ' ' : s[k]);
    }
}

int view_table_row(view_table *t, sqlite3_stmt *st)
{
    if (t->stopped)
        return DYAD_EIO;
    t->rows++;
    if (t->format == DYAD_TABLE_TEXT) {   /* held until the end */
        for (int i = 0; i < t->ncols; i++) {
            cell(t, &t->cells, st, i);
            sb_putc(&t->cells, '\0');
        }
        t->ncells += (size_t)t->ncols;
        return t->cells.oom ? DYAD_ENOMEM : DYAD_OK;
    }
    if (t->format == DYAD_TABLE_JSON)
        sb_putc(&t->line, '{');
    for (int i = 0; i < t->ncols; i++) {
        if (i)
            sb_putc(&t->line, ',');
        if (t->format == DYAD_TABLE_JSON)
            sb_printf(&t->line, "\"%s\":", t->cols[i].name);
        cell(t, &t->line, st, i);
    }
    sb_puts(&t->line, t->format == DYAD_TABLE_JSON ? "}\n" : "\n");
    return flush_line(t);
}

/* Characters in s as a terminal shows them: UTF-8 lead bytes. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Appends one line of the text table: cells[0 .. ncols-1], padded. */
static void text_line(view_table *t, const char *const *cells, const size_t *w)
{
    for (int i = 0; i < t->ncols; i++) {
        size_t pad = w[i] - width(cells[i]);
        int right = t->cols[i].kind != COL_TEXT;
        int last = i == t->ncols - 1;
        if (i)
            sb_puts(&t->line, "  ");
        for (size_t k = 0; right && k < pad; k++)
            sb_putc(&t->line, ' ');
        sb_puts(&t->line, cells[i]);
        for (size_t k = 0; !right && !last && k < pad; k++)
            sb_putc(&t->line, ' ');
    }
    sb_putc(&t->line, '\n');
}

/* The text format: sizes every column, then writes header and rows. */
static int write_text(view_table *t)
{
    int rc = DYAD_ENOMEM;
    const char **cells = dy_calloc(t->ncells + (size_t)t->ncols, sizeof *cells);
    size_t *w = dy_calloc((size_t)t->ncols, sizeof *w);
    if (!cells || !w)
        goto done;
    for (int i = 0; i < t->ncols; i++)
        cells[i] = t->cols[i].name;
    const char *p = t->cells.s;
    for (size_t k = 0; k < t->ncells; k++) {
        cells[(size_t)t->ncols + k] = p;
        p += strlen(p) + 1;
    }
    for (size_t k = 0; k < t->ncells + (size_t)t->ncols; k++) {
        size_t n = width(cells[k]), *m = &w[k % (size_t)t->ncols];
        if (n > *m)
            *m = n;
    }
    rc = DYAD_OK;
    for (size_t r = 0; r <= (size_t)t->rows && rc == DYAD_OK; r++) {
        text_line(t, cells + r * (size_t)t->ncols, w);
        rc = flush_line(t);
    }
done:
    dy_free(cells);
    dy_free(w);
    return rc;
}

int view_table_end(view_table *t)
{
    int rc = t->stopped ? DYAD_EIO : DYAD_OK;
    if (rc == DYAD_OK && t->format == DYAD_TABLE_TEXT)
        rc = t->cells.oom ? DYAD_ENOMEM : write_text(t);
    if (rc == DYAD_OK && t->line.oom)
        rc = DYAD_ENOMEM;
    sb_free(&t->line);
    sb_free(&t->cells);
    return rc;
}

int view_table_run(view_table *t, dyad_store *s, sqlite3_stmt *st)
{
    int rc, status = DYAD_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if ((status = view_table_row(t, st)) != DYAD_OK)
            break;
    if (status == DYAD_OK && rc != SQLITE_DONE)
        status = store_fail(s, rc, "cannot read");
    int end = view_table_end(t);
    if (status == DYAD_OK)
        status = end;
    if (status == DYAD_EIO && t->stopped)
        base_errmsg(s->errmsg, "the output could not be written");
    else if (status == DYAD_ENOMEM)
        base_errmsg(s->errmsg, "out of memory writing the rows");
    return status;
}
