/*
** doc.h — a dyad_doc built by a caller, checked once by every call that
** takes one (dyad_coder_code, dyad_analyzer_split). Internal to libdyad.
*/
#ifndef DYAD_TEXT_DOC_H
#define DYAD_TEXT_DOC_H

#include "dyad.h"

/* Checks in for the public call fn and copies it to *out: NULL string
** fields become "", and a date the readers would take (YYYY-MM-DD,
** YYYYMMDD, an ISO timestamp) is written as YYYY-MM-DD into date, which
** out->date then points to (the caller keeps date as long as *out). The
** other strings stay the caller's. Returns DYAD_OK, or DYAD_EUSAGE with
** the reason, starting with fn, in errmsg (BASE_ERRMSG_MAX bytes). */
int text_doc_check(const char *fn, const dyad_doc *in, dyad_doc *out, char date[11],
                   char *errmsg);

/* Reads the date s as the readers do into out as "YYYY-MM-DD"; returns 1,
** or 0 when s is not a date. */
int text_date(const char *s, char out[11]);

#endif
