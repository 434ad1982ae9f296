/*
** reader_plain.c — plain text: the whole input is one article.
**
** Decisions: id is the reader's --id, else the file's base name (the path
** as given without its directories; "<stdin>" for standard input). CRLF
** line ends become LF. An input with no text (empty, or whitespace only)
** is reported as an error and counted as skipped, so that an empty file
** given by mistake does not pass unnoticed.
*/
#include "text/reader_int.h"

#include <string.h>

int rd_plain_next(dyad_reader *r)
{
    if (r->emitted)
        return DYAD_DONE;
    int m;
    while ((m = rd_more(r, 1u << 20)) > 0)
        ;
    if (m < 0)
        return m;
    r->emitted = 1;
    r->rec_repaired = 0;
    const char *s = r->buf ? r->buf + r->start : "";
    size_t n = r->end - r->start;
    long col = 1;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        n -= 3;
        col = 4;
    }
    if (rd_blank(s, n)) {
        rd_diag(r, DYAD_ERROR, 0, 0, "empty article (the input holds no text), skipped; "
                "check the file name or give the text");
        r->stats.skipped++;
        r->start = r->end;
        return DYAD_DONE;
    }
    const char *t;
    size_t tn;
    if (rd_clean(r, s, n, 1, col, &t, &tn) != DYAD_OK)
        return DYAD_ENOMEM;
    /* t is r->buf or r->work, both ours to rewrite. */
    char *w = (char *)t;
    if (memchr(w, '\r', tn)) {
        size_t j = 0;
        for (size_t i = 0; i < tn; i++)
            if (!(w[i] == '\r' && i + 1 < tn && w[i + 1] == '\n'))
                w[j++] = w[i];
        tn = j;
    }
    rd_doc_begin(r);
    rd_doc_field(r, RD_TEXT, w, tn);
    const char *id = r->opt_id ? r->opt_id : r->base;
    rd_doc_field(r, RD_ID, id, strlen(id));
    if (r->opt_date)
        rd_doc_field(r, RD_DATE, r->opt_date, strlen(r->opt_date));
    if (r->opt_source)
        rd_doc_field(r, RD_SOURCE, r->opt_source, strlen(r->opt_source));
    r->start = r->end;
    return rd_doc_finish(r, 1);
}
