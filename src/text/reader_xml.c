/*
** reader_xml.c — PETRARCH records: <Sentence date="YYYYMMDD" id="..."
** category="..."> with <Text>, <Parse> and <EventCoding> children.
**
** Record boundaries are found here, by scanning for <Sentence ...> and
** </Sentence> outside comments, CDATA and processing instructions, so that
** one malformed record costs only itself. Each record is then parsed on its
** own by expat (entities, well-formedness). Everything outside records
** (<Environment>, <Config>, comments) is ignored; an element that PETRARCH
** files do not have (<sentence>, <Sentense>) is reported once per name, so
** that records misspelt are not lost without a word.
**
** Decisions: the text of <Text> has its runs of whitespace collapsed to
** one space and is trimmed; a record with no <Text>, more than one, or an
** empty one is an error. date="YYYYMMDD" (or YYYY-MM-DD) becomes
** "YYYY-MM-DD"; without it the reader's default date is used, and without
** that the record is an error. A missing id becomes "FILE:LINE". The input
** is taken as UTF-8 whatever an XML declaration says.
*/
#include "text/reader_int.h"

#include <expat.h>
#include <string.h>
#include <strings.h>

enum { NEED = -100 };   /* the scan ran out of data; read more and retry */

#define TAG "<Sentence"
#define TAG_LEN 9

/* Does buf[p...] start with lit? 1 or 0, or NEED when the data stops
** first and more may come. */
static int lit_at(const dyad_reader *r, size_t p, const char *lit)
{
    size_t n = strlen(lit), have = r->end - p;
    if (have < n)
        return memcmp(r->buf + p, lit, have) != 0 ? 0 : r->eof ? 0 : NEED;
    return memcmp(r->buf + p, lit, n) == 0;
}

/* Position of lit at or after p, or SIZE_MAX when absent (*need is set when
** more data may hold it). */
static size_t find(const dyad_reader *r, size_t p, const char *lit, int *need)
{
    size_t n = strlen(lit);
    while (p + n <= r->end) {
        const char *q = memchr(r->buf + p, lit[0], r->end - p - n + 1);
        if (!q)
            break;
        p = (size_t)(q - r->buf);
        if (memcmp(q, lit, n) == 0)
            return p;
        p++;
    }
    *need = !r->eof;
    return SIZE_MAX;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* 1 when a record's start tag begins at p. */
static int record_start_at(const dyad_reader *r, size_t p)
{
    int m = lit_at(r, p, TAG);
    if (m != 1)
        return m;
    if (p + TAG_LEN >= r->end)
        return r->eof ? 0 : NEED;
    char c = r->buf[p + TAG_LEN];
    return is_space(c) || c == '>' || c == '/';
}

/* At a '<' in p: skips a comment, CDATA section or processing instruction.
** Returns 1 with *p past it, 0 when there is none at p, NEED, or -1 when it
** never ends (at the end of the input). */
static int skip_markup(const dyad_reader *r, size_t *p)
{
    static const char *const open[] = {"<!--", "<![CDATA[", "<?"};
    static const char *const close[] = {"-->", "]]>", "?>"};
    for (int i = 0; i < 3; i++) {
        int m = lit_at(r, *p, open[i]);
        if (m == NEED)
            return NEED;
        if (!m)
            continue;
        int need = 0;
        size_t e = find(r, *p + strlen(open[i]), close[i], &need);
        if (e == SIZE_MAX)
            return need ? NEED : -1;
        *p = e + strlen(close[i]);
        return 1;
    }
    return 0;
}

/* Elements of PETRARCH files other than <Sentence>: the wrappers, the
** <Environment> and <Config> lines of validation files, and the children
** of records (met outside one when a record tag is misspelt, which is
** reported already). */
static const char *const known_elements[] = {
    "Sentences", "Validation", "Environment", "Verbfile", "Actorfile", "Agentfile",
    "Discardfile", "Issuefile", "Errorfile", "Include", "Exclude", "Pause", "Config", "Stop",
    "Text", "Parse", "EventCoding"};

/* Distinct unknown names reported per input, at most: junk could hold
** thousands, and each would be looked up among the others. */
#define MAX_UNKNOWN 50

static int name_start(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}

static int name_char(char c)
{
    return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* At a '<' at p that starts neither a record nor markup: when it opens an
** element that PETRARCH files do not have (<sentence>, <Sentense>), reports
** it the first time its name occurs in this input, with its line. Returns
** 0, NEED when the name runs past the data, or DYAD_ENOMEM. */
static int check_element(dyad_reader *r, size_t p)
{
    size_t b = p + 1, e = b;
    if (b >= r->end)
        return r->eof ? 0 : NEED;
    if (!name_start(r->buf[b]))
        return 0;   /* an end tag, <!DOCTYPE, or a '<' in text */
    while (e < r->end && name_char(r->buf[e]))
        e++;
    if (e >= r->end && !r->eof)
        return NEED;
    if (e < r->end && !is_space(r->buf[e]) && r->buf[e] != '>' && r->buf[e] != '/')
        return 0;   /* no tag, or a name beyond ASCII: not ours to judge */
    const char *name = r->buf + b;
    size_t n = e - b < 64 ? e - b : 64;
    for (size_t i = 0; i < sizeof known_elements / sizeof known_elements[0]; i++)
        if (strlen(known_elements[i]) == n && memcmp(known_elements[i], name, n) == 0)
            return 0;
    if (r->nunknown >= MAX_UNKNOWN)
        return 0;
    const char *u = sb_str(&r->unknown), *end = u + r->unknown.len;
    for (; u < end; u += strlen(u) + 1)
        if (strlen(u) == n && memcmp(u, name, n) == 0)
            return 0;
    sb_append(&r->unknown, name, n);
    sb_putc(&r->unknown, '\0');
    if (r->unknown.oom)
        return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
    r->nunknown++;
    long line, col;
    rd_position(r->buf + r->start, p - r->start, r->line, r->col, &line, &col);
    rd_diag(r, DYAD_WARNING, line, col,
            "<%.*s> is not an element of PETRARCH files: its text is not read (records are "
            "<Sentence> elements, and names are case-sensitive)",
            (int)(n > 40 ? 40 : n), name);
    return 0;
}

/* Finds the next record start at or after r->start, reporting unknown
** elements on the way. Returns 1 with *at set, 0 when the input has none,
** NEED, or DYAD_ENOMEM; *safe gets how far the input holds nothing of
** interest. */
static int find_start(dyad_reader *r, size_t *at, size_t *safe)
{
    size_t p = r->start;
    for (;;) {
        *safe = p;
        const char *q = p < r->end ? memchr(r->buf + p, '<', r->end - p) : NULL;
        if (!q) {
            *safe = r->end;
            return r->eof ? 0 : NEED;
        }
        p = (size_t)(q - r->buf);
        *safe = p;
        int m = skip_markup(r, &p);
        if (m == NEED)
            return NEED;
        if (m < 0)
            return 0;
        if (m)
            continue;
        m = record_start_at(r, p);
        if (m == NEED)
            return NEED;
        if (m) {
            *at = p;
            return 1;
        }
        if ((m = check_element(r, p)) != 0)
            return m;
        p++;
    }
}

enum { CLOSED, UNCLOSED_NEXT, UNCLOSED_EOF };

/* For the record starting at r->start, finds where it ends: *end is past
** its </Sentence> (CLOSED), at the next record's start (UNCLOSED_NEXT) or
** at the end of the input (UNCLOSED_EOF). Returns one of those or NEED. */
static int find_end(const dyad_reader *r, size_t *end)
{
    size_t p = r->start + TAG_LEN;
    char quote = 0;
    /* The start tag: '<' cannot occur inside it, even quoted. */
    for (; p < r->end; p++) {
        char c = r->buf[p];
        if (c == '<')
            break;
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'')
            quote = c;
        else if (c == '>') {
            if (r->buf[p - 1] == '/') {
                *end = p + 1;
                return CLOSED;
            }
            p++;
            break;
        }
    }
    for (;;) {
        const char *q = p < r->end ? memchr(r->buf + p, '<', r->end - p) : NULL;
        if (!q)
            break;
        p = (size_t)(q - r->buf);
        int m = skip_markup(r, &p);
        if (m == NEED)
            return NEED;
        if (m < 0)
            break;
        if (m)
            continue;
        m = lit_at(r, p, "</Sentence");
        if (m == NEED)
            return NEED;
        if (m) {
            size_t e = p + TAG_LEN + 1;
            while (e < r->end && is_space(r->buf[e]))
                e++;
            if (e >= r->end && !r->eof)
                return NEED;
            if (e < r->end && r->buf[e] == '>') {
                *end = e + 1;
                return CLOSED;
            }
        }
        m = record_start_at(r, p);
        if (m == NEED)
            return NEED;
        if (m) {
            *end = p;
            return UNCLOSED_NEXT;
        }
        p++;
    }
    if (!r->eof)
        return NEED;
    *end = r->end;
    return UNCLOSED_EOF;
}

/* ---- one record, through expat ---- */

typedef struct xml_ctx {
    dyad_reader *r;
    XML_Parser xp;
    int depth;
    int text_depth;     /* depth of the open <Text>, 0 when none is open */
    int texts;          /* <Text> children seen */
    int oom;
    struct { char name[32]; long line; } open[8];   /* innermost open elements */
} xml_ctx;

static void oom_stop(xml_ctx *c)
{
    c->oom = 1;
    XML_StopParser(c->xp, XML_FALSE);
}

static void add_coding(xml_ctx *c, const XML_Char **atts)
{
    static const char *const keys[4] = {"sourcecode", "targetcode", "eventcode", "error"};
    dyad_reader *r = c->r;
    size_t k = r->ncodings;
    if (base_grow((void **)&r->coding_off, &r->coding_off_cap, 4 * (k + 1), sizeof(size_t)) < 0 ||
        base_grow((void **)&r->coding_noevents, &r->noevents_cap, k + 1, sizeof(int)) < 0) {
        oom_stop(c);
        return;
    }
    size_t *off = r->coding_off + 4 * k;
    int noevents = 0;
    for (int i = 0; i < 4; i++)
        off[i] = SIZE_MAX;
    for (int a = 0; atts[a]; a += 2) {
        if (strcmp(atts[a], "noevents") == 0)
            noevents = strcasecmp(atts[a + 1], "true") == 0;
        for (int i = 0; i < 4; i++)
            if (strcmp(atts[a], keys[i]) == 0) {
                off[i] = r->cstore.len;
                sb_puts(&r->cstore, atts[a + 1]);
                sb_putc(&r->cstore, '\0');
            }
    }
    if (r->cstore.oom) {
        oom_stop(c);
        return;
    }
    r->coding_noevents[k] = noevents;
    r->ncodings = k + 1;
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    xml_ctx *c = ud;
    dyad_reader *r = c->r;
    if (c->depth < (int)(sizeof c->open / sizeof c->open[0])) {
        snprintf(c->open[c->depth].name, sizeof c->open[0].name, "%s", name);
        c->open[c->depth].line = XML_GetCurrentLineNumber(c->xp);
    }
    c->depth++;
    if (c->depth == 1) {
        for (int a = 0; atts[a]; a += 2) {
            sb_puts(&r->attrs, atts[a]);
            sb_putc(&r->attrs, '\0');
            sb_puts(&r->attrs, atts[a + 1]);
            sb_putc(&r->attrs, '\0');
        }
        if (r->attrs.oom)
            oom_stop(c);
    } else if (c->depth == 2 && strcmp(name, "Text") == 0) {
        c->texts++;
        c->text_depth = 2;
    } else if (c->depth == 2 && strcmp(name, "EventCoding") == 0)
        add_coding(c, atts);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    xml_ctx *c = ud;
    (void)name;
    if (c->depth == c->text_depth)
        c->text_depth = 0;
    c->depth--;
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    xml_ctx *c = ud;
    if (!c->text_depth)
        return;
    sb_append(&c->r->text, s, (size_t)len);
    if (c->r->text.oom)
        oom_stop(c);
}

static void *dy_malloc_fn(size_t n) { return dy_malloc(n); }
static void *dy_realloc_fn(void *p, size_t n) { return dy_realloc(p, n); }
static void dy_free_fn(void *p) { dy_free(p); }

static const XML_Memory_Handling_Suite memsuite = {dy_malloc_fn, dy_realloc_fn, dy_free_fn};

void rd_xml_free(dyad_reader *r)
{
    if (r->xml)
        XML_ParserFree(r->xml);
    r->xml = NULL;
}

static int nomem(dyad_reader *r)
{
    return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
}

/* Collapses runs of whitespace in b to one space and trims both ends. */
static void collapse(strbuf *b)
{
    size_t j = 0;
    int space = 0;
    for (size_t i = 0; i < b->len; i++) {
        char ch = b->s[i];
        if (is_space(ch)) {
            space = j > 0;
            continue;
        }
        if (space)
            b->s[j++] = ' ';
        space = 0;
        b->s[j++] = ch;
    }
    b->len = j;
    if (b->s)
        b->s[j] = '\0';
}

/* Parses the record s (n bytes, starting at line/col). Returns DYAD_OK with
** r->doc set, DYAD_DONE when it was skipped, or DYAD_ENOMEM. */
static int record(dyad_reader *r, const char *s, size_t n, long line, long col)
{
    r->rec_repaired = 0;
    const char *t;
    size_t tn;
    if (rd_clean(r, s, n, line, col, &t, &tn) != DYAD_OK)
        return DYAD_ENOMEM;
    sb_reset(&r->attrs);
    sb_reset(&r->text);
    sb_reset(&r->cstore);
    r->ncodings = 0;
    if (r->xml && !XML_ParserReset(r->xml, "UTF-8"))
        rd_xml_free(r);
    if (!r->xml && !(r->xml = XML_ParserCreate_MM("UTF-8", &memsuite, NULL)))
        return nomem(r);
    xml_ctx c = {.r = r, .xp = r->xml};
    XML_SetUserData(c.xp, &c);
    XML_SetElementHandler(c.xp, on_start, on_end);
    XML_SetCharacterDataHandler(c.xp, on_text);

    /* Expat takes int lengths; feed a huge record in pieces. */
    enum XML_Status st = XML_STATUS_OK;
    for (size_t off = 0; st == XML_STATUS_OK;) {
        size_t piece = tn - off > (1u << 30) ? (1u << 30) : tn - off;
        off += piece;
        st = XML_Parse(c.xp, t + off - piece, (int)piece, off == tn);
        if (off == tn)
            break;
    }
    enum XML_Error code = XML_GetErrorCode(c.xp);
    if (c.oom || code == XML_ERROR_NO_MEMORY)
        return nomem(r);
    const char *id = dyad_reader_attr(r, "id");
    char where[96] = "";
    if (id && *id)
        snprintf(where, sizeof where, " (record '%.60s')", id);
    if (st != XML_STATUS_OK) {
        long el = (long)XML_GetCurrentLineNumber(c.xp);
        long ec = (long)XML_GetCurrentColumnNumber(c.xp);
        long fl = line + el - 1, fc = el == 1 ? col + ec : ec + 1;
        int top = c.depth - 1;
        if (code == XML_ERROR_TAG_MISMATCH && top >= 0 &&
            top < (int)(sizeof c.open / sizeof c.open[0]))
            rd_diag(r, DYAD_ERROR, fl, fc,
                    "<%s> opened at line %ld is not closed here%s; close it with </%s> "
                    "or remove the record",
                    c.open[top].name, line + c.open[top].line - 1, where, c.open[top].name);
        else
            rd_diag(r, DYAD_ERROR, fl, fc, "malformed XML: %s%s; fix the record or remove it",
                    XML_ErrorString(code), where);
        goto skipped;
    }
    if (c.texts != 1) {
        if (c.texts)
            rd_diag(r, DYAD_ERROR, line, col, "the record has %d <Text> elements%s; keep one",
                    c.texts, where);
        else
            rd_diag(r, DYAD_ERROR, line, col,
                    "the record has no <Text>%s; add <Text>...</Text> or remove the record",
                    where);
        goto skipped;
    }
    collapse(&r->text);
    if (r->text.len == 0) {
        rd_diag(r, DYAD_ERROR, line, col,
                "<Text> is empty%s; add the sentence or remove the record", where);
        goto skipped;
    }
    char date[11];
    const char *d = dyad_reader_attr(r, "date");
    if (d && *d) {
        if (!base_parse_date(d, strlen(d), date)) {
            rd_diag(r, DYAD_ERROR, line, col,
                    "date=\"%.40s\" is not a date%s; write it as YYYYMMDD, e.g. 19950101",
                    d, where);
            goto skipped;
        }
    } else if (r->opt_date) {
        snprintf(date, sizeof date, "%.10s", r->opt_date);
    } else {
        rd_diag(r, DYAD_ERROR, line, col,
                "the record has no date attribute%s; add date=\"YYYYMMDD\" or give a "
                "default date (dyad: --date)", where);
        goto skipped;
    }

    rd_doc_begin(r);
    rd_doc_field(r, RD_TEXT, r->text.s, r->text.len);
    rd_doc_field(r, RD_DATE, date, strlen(date));
    if (id && *id)
        rd_doc_field(r, RD_ID, id, strlen(id));
    else {
        size_t off = r->store.len;
        sb_printf(&r->store, "%s:%ld", r->base, line);
        r->field_off[RD_ID] = off;
        r->field_len[RD_ID] = r->store.oom ? 0 : r->store.len - off;
        sb_putc(&r->store, '\0');
    }
    const char *src = dyad_reader_attr(r, "source");
    if (!src)
        src = r->opt_source;
    if (src)
        rd_doc_field(r, RD_SOURCE, src, strlen(src));
    if (base_grow((void **)&r->codings, &r->codings_cap, r->ncodings, sizeof *r->codings) < 0)
        return nomem(r);
    for (size_t k = 0; k < r->ncodings; k++) {
        const char *f[4];
        for (int i = 0; i < 4; i++) {
            size_t o = r->coding_off[4 * k + (size_t)i];
            f[i] = o == SIZE_MAX ? "" : r->cstore.s + o;
        }
        r->codings[k] = (dyad_coding){f[0], f[1], f[2], f[3], r->coding_noevents[k]};
    }
    return rd_doc_finish(r, line);
skipped:
    r->stats.skipped++;
    r->ncodings = 0;
    sb_reset(&r->attrs);
    return DYAD_DONE;
}

int rd_xml_next(dyad_reader *r)
{
    for (;;) {
        size_t at, safe, end;
        int m = find_start(r, &at, &safe);
        while (m == NEED) {
            rd_consume(r, safe - r->start);
            size_t avail = r->end - r->start;
            int got = rd_more(r, avail > 65536 ? avail : 65536);
            if (got < 0)
                return got;
            m = find_start(r, &at, &safe);
        }
        if (m == DYAD_ENOMEM)
            return m;
        if (m == 0) {
            rd_consume(r, r->end - r->start);
            return DYAD_DONE;
        }
        rd_consume(r, at - r->start);
        while ((m = find_end(r, &end)) == NEED) {
            size_t avail = r->end - r->start;
            int got = rd_more(r, avail > 65536 ? avail : 65536);
            if (got < 0)
                return got;
        }
        long line = r->line, col = r->col;
        int rc;
        if (m == CLOSED) {
            rc = record(r, r->buf + r->start, end - r->start, line, col);
        } else {
            if (m == UNCLOSED_NEXT) {
                long nl, nc;
                rd_position(r->buf + r->start, end - r->start, line, col, &nl, &nc);
                rd_diag(r, DYAD_ERROR, line, col,
                        "<Sentence> has no </Sentence> before the next record at line %ld; "
                        "close it, or remove the record", nl);
            } else
                rd_diag(r, DYAD_ERROR, line, col,
                        "<Sentence> has no </Sentence> before the end of the input; "
                        "close it, or remove the record");
            r->stats.skipped++;
            rc = DYAD_DONE;
        }
        rd_consume(r, end - r->start);
        if (rc != DYAD_DONE)
            return rc;
    }
}
