/*
** views.h — what the views that read the store share: the WHERE clause a
** dyad_query asks for (filter.c), and rows written as an aligned table,
** CSV or JSON lines (table.c). Internal to libdyad.
*/
#ifndef DYAD_VIEWS_H
#define DYAD_VIEWS_H

#include "base/base.h"
#include "store/store_int.h"

/* ---- filter.c ---- */

#define FILTER_MAX 16

/* The conditions of a query on the event table, aliased e, as SQL with
** anonymous parameters, and the values to bind to them in order. */
typedef struct view_filter {
    strbuf where;                   /* "e.date >= ? AND ..."; "1" for none */
    const char *vals[FILTER_MAX];   /* point into the query or into bufs */
    int nvals;
    char bufs[FILTER_MAX][64];      /* normalised dates, prefix ends */
    char from[11], to[11];          /* the dates, normalised; "" when open */
} view_filter;

/* Builds f from q (whose strings must outlive f). Returns DYAD_OK,
** DYAD_EUSAGE with the message on s (a date that is none, from after to,
** an unknown modality), or DYAD_ENOMEM. Free with view_filter_free. */
int view_filter_build(dyad_store *s, const dyad_query *q, view_filter *f);

/* The same for a quotes query, on the quote table aliased q joined to its
** article a: the dates (the article's) and the speaker. A dyad, code or
** modality is DYAD_EUSAGE: quotes have none. */
int view_filter_quotes(dyad_store *s, const dyad_query *q, view_filter *f);
void view_filter_free(view_filter *f);

/* Binds f's values to st from parameter first on; returns the next free
** parameter number. */
int view_filter_bind(const view_filter *f, sqlite3_stmt *st, int first);

/* ---- table.c ---- */

typedef enum { COL_TEXT, COL_INT, COL_REAL1, COL_REAL2 } view_col_kind;

typedef struct view_col {
    const char *name;
    view_col_kind kind;   /* REAL1 and REAL2: one or two decimals */
} view_col;

/* Rows on their way out. The text format holds every row until the end,
** to size the columns; the others write each row as it comes. */
typedef struct view_table {
    dyad_table_format format;
    const view_col *cols;
    int ncols;
    dyad_write_fn write;
    void *ctx;
    long rows;
    int stopped;          /* write returned non-zero: nothing more is written */
    strbuf line;          /* the line being made */
    strbuf cells;         /* text format: every cell, NUL-terminated */
    size_t ncells;
} view_table;

/* Starts a table; writes the header line for CSV. */
void view_table_begin(view_table *t, dyad_table_format f, const view_col *cols, int ncols,
                      dyad_write_fn w, void *ctx);

/* Takes one row from the current row of st (columns 0 .. ncols-1). Returns
** DYAD_OK, DYAD_EIO (the writer stopped) or DYAD_ENOMEM. */
int view_table_row(view_table *t, sqlite3_stmt *st);

/* Writes what is held (the text format's header and rows) and frees t.
** Returns as view_table_row. */
int view_table_end(view_table *t);

/* Steps st to its end, a row of t each; the status of the first failure,
** with the message on s. */
int view_table_run(view_table *t, dyad_store *s, sqlite3_stmt *st);

/* Writes n bytes through t's writer unless it stopped. Returns DYAD_OK or
** DYAD_EIO. */
int view_write(view_table *t, const char *p, size_t n);

#endif
