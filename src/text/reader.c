/*
** reader.c — dyad_reader: the handle, the input buffer shared by every
** format, diagnostics, and the document handed out. The formats live in
** reader_jsonl.c, reader_xml.c and reader_plain.c.
**
** Rules every format follows (see docs in dyad.h and README):
**   - A malformed record is reported as an error (FILE:LINE[:COL]) through
**     the diag callback, counted in stats.skipped, and skipped; reading
**     goes on with the next record.
**   - NUL bytes become spaces and invalid UTF-8 becomes U+FFFD; each is
**     reported once per record as a warning at its first position, and the
**     record is kept.
**   - A BOM at the start of the input is dropped.
*/
#include "text/reader_int.h"
#include "text/utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define RD_CHUNK (512u * 1024u)

static char *dup_opt(const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *d = dy_strdup(s);
    if (!d)
        *oom = 1;
    return d;
}

dyad_reader *dyad_reader_new(const dyad_read_opts *opts)
{
    dyad_reader *r = dy_calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->fd = -1;
    if (opts) {
        int oom = 0;
        r->want_format = opts->format;
        r->opt_date = dup_opt(opts->date, &oom);
        r->opt_id = dup_opt(opts->id, &oom);
        r->opt_source = dup_opt(opts->source, &oom);
        r->diag = opts->diag;
        r->diag_ctx = opts->diag_ctx;
        if (oom) {
            dyad_reader_free(r);
            return NULL;
        }
    }
    return r;
}

static void close_input(dyad_reader *r)
{
    if (r->own_fd && r->fd >= 0)
        close(r->fd);
    r->fd = -1;
    r->own_fd = 0;
    dy_free(r->name);
    r->name = NULL;
    r->base = NULL;
    r->state = RD_CLOSED;
    r->start = r->end = r->scan = 0;
    r->eof = 0;
    r->emitted = 0;
    r->ncodings = 0;
    sb_reset(&r->attrs);
    sb_reset(&r->unknown);
    r->nunknown = 0;
    sb_reset(&r->ids);
    if (r->nids)
        memset(r->idtab, 0, r->idcap * sizeof *r->idtab);
    r->nids = 0;
}

void dyad_reader_free(dyad_reader *r)
{
    if (!r)
        return;
    close_input(r);
    rd_xml_free(r);
    dy_free(r->opt_date);
    dy_free(r->opt_id);
    dy_free(r->opt_source);
    dy_free(r->buf);
    sb_free(&r->work);
    sb_free(&r->store);
    sb_free(&r->attrs);
    sb_free(&r->text);
    sb_free(&r->cstore);
    sb_free(&r->unknown);
    sb_free(&r->ids);
    dy_free(r->idtab);
    dy_free(r->coding_off);
    dy_free(r->coding_noevents);
    dy_free(r->codings);
    dy_free(r);
}

int rd_fail(dyad_reader *r, int rc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->errmsg, sizeof r->errmsg, fmt, ap);
    va_end(ap);
    return rc;
}

static int set_name(dyad_reader *r, const char *name)
{
    r->name = dy_strdup(name);
    if (!r->name)
        return rd_fail(r, DYAD_ENOMEM, "out of memory opening '%s'", name);
    const char *slash = strrchr(r->name, '/');
    r->base = slash && slash[1] ? slash + 1 : r->name;
    return DYAD_OK;
}

/* The check both opens run first: a format dyad_reader_new could not
** refuse, since it returns only the handle. */
static int bad_format(dyad_reader *r, const char *fn)
{
    if (r->want_format >= DYAD_INPUT_AUTO && r->want_format <= DYAD_INPUT_PETRARCH)
        return 0;
    rd_fail(r, DYAD_EUSAGE, "%s: opts.format %d is not a dyad_input_format", fn,
            (int)r->want_format);
    return 1;
}

static void start_input(dyad_reader *r, const char *path)
{
    r->format = r->want_format != DYAD_INPUT_AUTO ? r->want_format
                                                  : dyad_input_guess(path);
    r->state = RD_READING;
    r->line = 1;
    r->col = 1;
    r->errmsg[0] = '\0';
    r->records0 = r->stats.records;
    r->skipped0 = r->stats.skipped;
    r->nbytes = r->headlen = 0;
}

/* Keeps the first non-blank bytes of the input (a BOM dropped) in r->head,
** for saying what an input without records looks like. */
static void note_bytes(dyad_reader *r, const char *s, size_t n)
{
    static const char bom[] = "\xEF\xBB\xBF";
    for (size_t i = 0; i < n && r->headlen < sizeof r->head; i++) {
        size_t at = r->nbytes + i;
        char c = s[i];
        if (r->headlen == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
                                (at < 3 && c == bom[at])))
            continue;
        r->head[r->headlen++] = c;
    }
    r->nbytes += n;
    r->stats.bytes += (long long)n;
}

int dyad_reader_open(dyad_reader *r, const char *path)
{
    if (!r)
        return DYAD_EUSAGE;
    close_input(r);
    if (bad_format(r, "dyad_reader_open"))
        return DYAD_EUSAGE;
    if (!path)
        return rd_fail(r, DYAD_EUSAGE, "dyad_reader_open: path is NULL; give a file name, "
                       "or \"-\" for standard input");
    if (strcmp(path, "-") == 0) {
        if (set_name(r, "<stdin>") != DYAD_OK)
            return DYAD_ENOMEM;
        r->fd = 0;
        start_input(r, path);
        return DYAD_OK;
    }
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return rd_fail(r, DYAD_EIO, "cannot open '%s': %s", path, BASE_STRERROR(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return rd_fail(r, DYAD_EIO, "cannot open '%s': %s", path, BASE_STRERROR(EISDIR));
    }
    if (set_name(r, path) != DYAD_OK) {
        close(fd);
        return DYAD_ENOMEM;
    }
    r->fd = fd;
    r->own_fd = 1;
    start_input(r, path);
    return DYAD_OK;
}

int dyad_reader_open_mem(dyad_reader *r, const char *name, const char *data,
                         size_t len)
{
    if (!r)
        return DYAD_EUSAGE;
    close_input(r);
    if (bad_format(r, "dyad_reader_open_mem"))
        return DYAD_EUSAGE;
    if (!data && len)
        return rd_fail(r, DYAD_EUSAGE, "dyad_reader_open_mem: data is NULL but len is %zu",
                       len);
    if (!name)
        name = "<memory>";
    if (set_name(r, name) != DYAD_OK)
        return DYAD_ENOMEM;
    if (base_grow((void **)&r->buf, &r->cap, len + 1, 1) < 0) {
        close_input(r);
        return rd_fail(r, DYAD_ENOMEM, "out of memory copying '%s'", name);
    }
    if (len)
        memcpy(r->buf, data, len);
    r->buf[len] = '\0';
    r->end = len;
    r->eof = 1;
    start_input(r, name);
    note_bytes(r, data, len);
    return DYAD_OK;
}

/* What an input looks like from its first non-blank bytes: the name of
** what was found, and the advice for a reader that expected format fmt. */
static void looks_like(const dyad_reader *r, dyad_input_format fmt, const char **found,
                       const char **advice)
{
    const char *h = r->head;
    static const char *const look_again = "check that this is the file you meant";
    *advice = look_again;
    if (r->nbytes == 0) {
        *found = "an empty input";
        return;
    }
    if (r->headlen == 0) {
        *found = "only blank lines";
        return;
    }
    for (size_t i = 0; i < r->headlen; i++)
        if ((unsigned char)h[i] < 0x20 && h[i] != '\t' && h[i] != '\n' && h[i] != '\r' &&
            h[i] != '\f') {
            *found = "binary data";
            *advice = "convert it to UTF-8 text (decompress it first if it is compressed)";
            return;
        }
    if (h[0] == '{') {
        *found = "JSON lines";
        *advice = "try --input jsonl";
    } else if (h[0] == '[') {
        *found = "a JSON array";
        *advice = fmt == DYAD_INPUT_JSONL ? "write each record as an object on a line of its own"
                                          : "write each record as a JSON object on a line "
                                            "of its own and use --input jsonl";
    } else if (h[0] == '<') {
        *found = fmt == DYAD_INPUT_PETRARCH ? "XML without any <Sentence> element" : "XML";
        *advice = fmt == DYAD_INPUT_PETRARCH
                      ? r->unknown.len ? "records are <Sentence> elements (see above)"
                                       : "records are <Sentence date=\"YYYYMMDD\" id=\"...\">"
                                         "<Text>...</Text></Sentence>"
                      : "try --input petrarch";
    } else {
        *found = "plain text";
        *advice = "try --input text";
    }
}

/* At the end of a JSON-lines or PETRARCH input: an input without any
** record is an error, counted in stats.empty; one whose every record was
** skipped gets a note when it looks like another format. Plain text reports
** its own empty article. */
static void input_done(dyad_reader *r)
{
    if (r->format != DYAD_INPUT_JSONL && r->format != DYAD_INPUT_PETRARCH)
        return;
    if (r->stats.records > r->records0)
        return;
    const char *expected = r->format == DYAD_INPUT_JSONL
                               ? "JSON lines (one {\"text\": ...} object a line)"
                               : "PETRARCH XML (<Sentence> records)";
    const char *found, *advice;
    looks_like(r, r->format, &found, &advice);
    if (r->stats.skipped == r->skipped0) {
        r->stats.empty++;
        rd_diag(r, DYAD_ERROR, 0, 0, "no record found: expected %s, found %s; %s", expected,
                found, advice);
    } else if (r->format == DYAD_INPUT_JSONL && r->headlen && r->head[0] != '{') {
        rd_diag(r, DYAD_NOTE, 0, 0, "no record could be read: expected %s, found %s; %s",
                expected, found, advice);
    }
}

int dyad_reader_next(dyad_reader *r, const dyad_doc **doc)
{
    if (!r)
        return DYAD_EUSAGE;
    if (!doc)
        return rd_fail(r, DYAD_EUSAGE, "dyad_reader_next: doc is NULL; pass the address of "
                       "a const dyad_doc *");
    *doc = NULL;
    r->errmsg[0] = '\0';
    if (r->state == RD_CLOSED)
        return rd_fail(r, DYAD_EUSAGE, "no input is open; call dyad_reader_open first");
    if (r->state == RD_DONE)
        return DYAD_DONE;
    r->ncodings = 0;
    sb_reset(&r->attrs);
    int rc;
    switch (r->format) {
    case DYAD_INPUT_JSONL: rc = rd_jsonl_next(r); break;
    case DYAD_INPUT_PETRARCH: rc = rd_xml_next(r); break;
    default: rc = rd_plain_next(r); break;
    }
    if (rc == DYAD_OK)
        *doc = &r->doc;
    else {
        r->ncodings = 0;
        sb_reset(&r->attrs);
        if (rc == DYAD_DONE) {
            r->state = RD_DONE;
            input_done(r);
        }
    }
    return rc;
}

const dyad_read_stats *dyad_reader_stats(const dyad_reader *r)
{
    static const dyad_read_stats none;
    return r ? &r->stats : &none;
}

const char *dyad_reader_errmsg(const dyad_reader *r) { return r ? r->errmsg : "out of memory"; }

size_t dyad_reader_codings(const dyad_reader *r, const dyad_coding **codings)
{
    size_t n = r ? r->ncodings : 0;
    if (codings)
        *codings = n ? r->codings : NULL;
    return codings ? n : 0;
}

const char *dyad_reader_attr(const dyad_reader *r, const char *name)
{
    if (!r || !name || !r->attrs.s)
        return NULL;
    const char *p = r->attrs.s, *e = p + r->attrs.len;
    while (p < e) {
        const char *v = p + strlen(p) + 1;
        if (strcmp(p, name) == 0)
            return v;
        p = v + strlen(v) + 1;
    }
    return NULL;
}

dyad_input_format dyad_input_guess(const char *path)
{
    if (!path)
        return DYAD_INPUT_TEXT;
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    if (!dot)
        return DYAD_INPUT_TEXT;
    if (strcasecmp(dot, ".jsonl") == 0 || strcasecmp(dot, ".ndjson") == 0 ||
        strcasecmp(dot, ".json") == 0)
        return DYAD_INPUT_JSONL;
    if (strcasecmp(dot, ".xml") == 0)
        return DYAD_INPUT_PETRARCH;
    return DYAD_INPUT_TEXT;
}

/* ---- diagnostics ---- */

void rd_diag(dyad_reader *r, dyad_severity sev, long line, long col,
             const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dyad_diag d = {sev, r->name ? r->name : "", line, col, msg};
    if (r->diag)
        r->diag(r->diag_ctx, &d);
    else
        dyad_diag_stderr(NULL, &d);
}

/* ---- the input buffer ---- */

int rd_more(dyad_reader *r, size_t min)
{
    if (r->fd < 0 || r->eof) {
        r->eof = 1;
        return 0;
    }
    size_t avail = r->end - r->start;
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, avail);
        r->start = 0;
        r->end = avail;
    }
    size_t want = min < RD_CHUNK ? RD_CHUNK : min;
    if (r->cap - r->end < want + 1 &&
        base_grow((void **)&r->buf, &r->cap, r->end + want + 1, 1) < 0)
        return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
    size_t got = 0;
    while (got < min || got == 0) {
        ssize_t k = read(r->fd, r->buf + r->end, r->cap - r->end - 1);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return rd_fail(r, DYAD_EIO, "cannot read '%s': %s", r->name, BASE_STRERROR(errno));
        }
        if (k == 0) {
            r->eof = 1;
            break;
        }
        note_bytes(r, r->buf + r->end, (size_t)k);
        r->end += (size_t)k;
        got += (size_t)k;
        if (r->end + 1 >= r->cap)
            break;
    }
    r->buf[r->end] = '\0';
    return got > 0;
}

void rd_position(const char *s, size_t off, long line, long col, long *oline,
                 long *ocol)
{
    const char *p = s, *e = s + off, *last = NULL, *q;
    while (p < e && (q = memchr(p, '\n', (size_t)(e - p)))) {
        line++;
        last = q;
        p = q + 1;
    }
    *oline = line;
    *ocol = last ? (long)(e - last) : col + (long)off;
}

void rd_consume(dyad_reader *r, size_t n)
{
    if (n == 0)
        return;   /* buf may still be NULL */
    rd_position(r->buf + r->start, n, r->line, r->col, &r->line, &r->col);
    r->start += n;
}

int rd_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' &&
            s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

int rd_clean(dyad_reader *r, const char *s, size_t n, long line, long col,
             const char **out, size_t *outn)
{
    const char *nul = n ? memchr(s, '\0', n) : NULL;
    size_t ok = utf8_valid_prefix(s, n);
    *out = s;
    *outn = n;
    if (!nul && ok == n)
        return DYAD_OK;
    long l, c;
    char *t = NULL;
    size_t tn = n;
    if (ok < n) {
        size_t bad, first;
        tn = dyad_utf8_repair(s, n, NULL, 0, &bad, &first);
        sb_reset(&r->work);
        if (base_grow((void **)&r->work.s, &r->work.cap, tn + 1, 1) < 0)
            return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
        dyad_utf8_repair(s, n, r->work.s, tn + 1, NULL, NULL);
        r->work.len = tn;
        t = r->work.s;
        rd_position(s, first, line, col, &l, &c);
        rd_diag(r, DYAD_WARNING, l, c,
                "invalid UTF-8 replaced by U+FFFD (%zu place%s, the first here); "
                "convert the file to UTF-8, e.g. with iconv -f latin1 -t utf-8",
                bad, bad == 1 ? "" : "s");
        r->rec_repaired = 1;
    }
    if (nul) {
        if (!t) {
            sb_reset(&r->work);
            sb_append(&r->work, s, n);
            if (r->work.oom)
                return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
            t = r->work.s;
        }
        size_t count = 0;
        for (char *p = t; (p = memchr(p, '\0', (size_t)(t + tn - p))); p++) {
            *p = ' ';
            count++;
        }
        rd_position(s, (size_t)(nul - s), line, col, &l, &c);
        rd_diag(r, DYAD_WARNING, l, c,
                "NUL byte replaced by a space (%zu in this record, the first here); "
                "the input may be binary or UTF-16: convert it to UTF-8 text", count);
    }
    *out = t;
    *outn = tn;
    return DYAD_OK;
}

/* ---- ids ---- */

static uint64_t id_hash(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037u;   /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

/* Doubles the id table (at least 1024 slots), keeping its entries. */
static int id_grow(dyad_reader *r)
{
    size_t cap = r->idcap ? 2 * r->idcap : 1024;
    struct rd_idslot *t = dy_calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < r->idcap; i++) {
        if (!r->idtab[i].len)
            continue;
        size_t j = (size_t)r->idtab[i].hash & (cap - 1);
        while (t[j].len)
            j = (j + 1) & (cap - 1);
        t[j] = r->idtab[i];
    }
    dy_free(r->idtab);
    r->idtab = t;
    r->idcap = cap;
    return 0;
}

long rd_id_seen(dyad_reader *r, const char *id, size_t n, long line)
{
    if (2 * (r->nids + 1) > r->idcap && id_grow(r) < 0)
        return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
    uint64_t h = id_hash(id, n);
    size_t j = (size_t)h & (r->idcap - 1);
    for (; r->idtab[j].len; j = (j + 1) & (r->idcap - 1)) {
        const struct rd_idslot *e = &r->idtab[j];
        if (e->hash == h && e->len == n && memcmp(r->ids.s + e->off, id, n) == 0)
            return e->line;
    }
    size_t off = r->ids.len;
    sb_append(&r->ids, id, n);
    if (r->ids.oom)
        return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
    r->idtab[j] = (struct rd_idslot){h, off, n, line};
    r->nids++;
    return 0;
}

/* ---- the document ---- */

void rd_doc_begin(dyad_reader *r)
{
    sb_reset(&r->store);
    for (int i = 0; i < RD_NFIELDS; i++) {
        r->field_off[i] = SIZE_MAX;
        r->field_len[i] = 0;
    }
}

void rd_doc_field(dyad_reader *r, int field, const char *s, size_t n)
{
    r->field_off[field] = r->store.len;
    r->field_len[field] = n;
    sb_append(&r->store, s, n);
    sb_putc(&r->store, '\0');
}

int rd_doc_finish(dyad_reader *r, long line)
{
    if (r->store.oom)
        return rd_fail(r, DYAD_ENOMEM, "out of memory reading '%s'", r->name);
    const char *f[RD_NFIELDS];
    for (int i = 0; i < RD_NFIELDS; i++)
        f[i] = r->field_off[i] == SIZE_MAX ? "" : r->store.s + r->field_off[i];
    r->doc = (dyad_doc){
        .id = f[RD_ID], .date = f[RD_DATE], .source = f[RD_SOURCE],
        .url = f[RD_URL], .title = f[RD_TITLE], .text = f[RD_TEXT],
        .text_len = r->field_len[RD_TEXT], .file = r->name, .line = line,
    };
    r->stats.records++;
    if (r->rec_repaired)
        r->stats.repaired++;
    return DYAD_OK;
}
