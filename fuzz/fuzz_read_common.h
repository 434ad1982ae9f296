/*
** fuzz_read_common.h — the loop the reader fuzzers share: open the input
** as an in-memory file of one format, read every document, and check what
** every document must satisfy (valid UTF-8, fields not NULL, sane stats).
*/
#ifndef DYAD_FUZZ_READ_COMMON_H
#define DYAD_FUZZ_READ_COMMON_H

#include "dyad.h"
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

static void fuzz_quiet(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    /* Touch every field so the sanitizers see bad pointers. */
    if (!d->file || !d->message || strlen(d->message) == 0 || d->line < 0 || d->column < 0)
        abort();
}

static void fuzz_read(const char *name, dyad_input_format fmt, const uint8_t *data, size_t size)
{
    dyad_read_opts o = {.format = fmt, .diag = fuzz_quiet};
    if (size && (data[0] & 1))
        o.date = "2024-03-21";
    dyad_reader *r = dyad_reader_new(&o);
    if (!r)
        abort();
    if (dyad_reader_open_mem(r, name, (const char *)data, size) != DYAD_OK)
        abort();
    const dyad_doc *d;
    int rc;
    long n = 0;
    while ((rc = dyad_reader_next(r, &d)) == DYAD_OK) {
        n++;
        if (!d->id || !d->date || !d->source || !d->url || !d->title || !d->text)
            abort();
        if (strlen(d->text) != d->text_len || d->text_len == 0)
            abort();
        if (utf8_valid_prefix(d->text, d->text_len) != d->text_len)
            abort();
        if (*d->date && strlen(d->date) != 10)
            abort();
        const dyad_coding *c;
        size_t nc = dyad_reader_codings(r, &c);
        for (size_t k = 0; k < nc; k++)
            if (!c[k].source || !c[k].target || !c[k].event || !c[k].error)
                abort();
        (void)dyad_reader_attr(r, "category");
    }
    if (rc != DYAD_DONE)
        abort();
    if (dyad_reader_stats(r)->records != n)
        abort();
    dyad_reader_free(r);
}

#endif
