/*
** doc.c — documents made by callers rather than readers: dyad_doc_init, a
** one-call way to code or analyze a string, and the check that calls
** taking a dyad_doc run on it, so that NULL fields and unreadable dates
** are reported instead of followed.
*/
#include "text/doc.h"
#include "base/base.h"

#include <string.h>

int dyad_doc_init(dyad_doc *doc, const char *text, size_t len)
{
    if (!doc)
        return DYAD_EUSAGE;
    *doc = (dyad_doc){.id = "", .date = "", .source = "", .url = "", .title = "",
                      .text = "", .text_len = 0, .file = "", .line = 0};
    if (!text)
        return len ? DYAD_EUSAGE : DYAD_OK;
    doc->text = text;
    doc->text_len = len;
    return DYAD_OK;
}

int text_date(const char *s, char out[11])
{
    return base_parse_date(s, strlen(s), out);
}

int text_doc_check(const char *fn, const dyad_doc *in, dyad_doc *out, char date[11],
                   char *errmsg)
{
    errmsg[0] = '\0';
    if (!in) {
        base_errmsg(errmsg, "%s: the document is NULL", fn);
        return DYAD_EUSAGE;
    }
    *out = *in;
    const char **fields[] = {&out->id, &out->date, &out->source, &out->url,
                             &out->title, &out->file};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!*fields[i])
            *fields[i] = "";
    if (!in->text) {
        if (in->text_len) {
            base_errmsg(errmsg, "%s: document '%s' has text NULL but text_len %zu; set "
                        "text (dyad_doc_init does both)", fn, out->id, in->text_len);
            return DYAD_EUSAGE;
        }
        out->text = "";
    }
    if (out->date[0]) {
        if (!text_date(out->date, date)) {
            base_errmsg(errmsg, "%s: document '%s' has date '%.40s', which is not a date; "
                        "write YYYY-MM-DD, or \"\" when unknown", fn, out->id, out->date);
            return DYAD_EUSAGE;
        }
        out->date = date;
    }
    return DYAD_OK;
}
