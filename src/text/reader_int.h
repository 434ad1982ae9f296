/*
** reader_int.h — the reader handle behind dyad_reader, shared by reader.c
** (handle, input buffer, diagnostics, documents) and the per-format files
** reader_jsonl.c, reader_xml.c and reader_plain.c. Internal to libdyad.
*/
#ifndef DYAD_TEXT_READER_INT_H
#define DYAD_TEXT_READER_INT_H

#include "dyad.h"
#include "base/base.h"

/* Fields of a document, in the order rd_doc_field takes them. */
enum { RD_ID, RD_DATE, RD_SOURCE, RD_URL, RD_TITLE, RD_TEXT, RD_NFIELDS };

/* A JSON-lines id seen in the current input: hash, where it is in
** r->ids, and its record's line. */
struct rd_idslot {
    uint64_t hash;
    size_t off, len;    /* len 0: an empty slot */
    long line;
};

struct dyad_reader {
    /* options, copied by dyad_reader_new */
    dyad_input_format want_format;
    char *opt_date, *opt_id, *opt_source;
    dyad_diag_fn diag;
    void *diag_ctx;
    dyad_read_stats stats;
    char errmsg[BASE_ERRMSG_MAX];

    /* the open input */
    int state;                 /* RD_CLOSED, RD_READING or RD_DONE */
    dyad_input_format format;
    char *name;                /* as given, or "<stdin>"; owned */
    const char *base;          /* name after its last '/' */
    int fd, own_fd;            /* fd < 0 for an in-memory buffer */
    int eof;                   /* nothing more to read into buf */
    char *buf;                 /* unconsumed input is buf[start, end) */
    size_t cap, start, end;
    long line;                 /* line of buf[start], 1-based */
    long col;                  /* byte column of buf[start], 1-based */
    size_t scan;               /* JSONL: bytes past start known to hold no '\n' */
    long records0, skipped0;   /* stats when this input was opened */
    size_t nbytes;             /* bytes of this input read so far */
    char head[64];             /* its first non-blank bytes (BOM dropped), to say */
    size_t headlen;            /* what it looks like when no record is found */

    /* the current record */
    strbuf work;               /* repaired copy of a record's bytes */
    strbuf store;              /* the document's fields, NUL-separated */
    size_t field_off[RD_NFIELDS], field_len[RD_NFIELDS];
    int emitted;               /* plain text: the one article is out */
    int rec_repaired;          /* the record's invalid UTF-8 was replaced */
    dyad_doc doc;

    /* PETRARCH: the current record's <Sentence> attributes and codings */
    strbuf attrs;              /* name\0value\0 pairs */
    strbuf text;               /* <Text> content as it arrives */
    strbuf cstore;             /* coding strings, NUL-separated */
    size_t *coding_off;        /* 4 offsets into cstore per coding */
    int *coding_noevents;
    dyad_coding *codings;      /* built from the above once a record is done */
    size_t ncodings, codings_cap, coding_off_cap, noevents_cap;
    void *xml;                 /* XML_Parser, made on first use */
    strbuf ids;                /* JSONL: ids given in this input, NUL-separated */
    struct rd_idslot *idtab;   /* open addressing over them; len 0 = empty */
    size_t idcap, nids;
    strbuf unknown;            /* element names reported in this input, NUL-separated */
    int nunknown;              /* how many */
};

enum { RD_CLOSED = 0, RD_READING, RD_DONE };

/* Reports a problem through the reader's callback. line/col 0: unknown. */
void rd_diag(dyad_reader *r, dyad_severity sev, long line, long col,
             const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Reads more input into buf, keeping buf[start, end) and moving it to the
** front. Reads at least min bytes unless the input ends first (min 1: what
** one read gives). Returns 1 when bytes came, 0 at the end of the input, or
** DYAD_EIO / DYAD_ENOMEM (message on r). */
int rd_more(dyad_reader *r, size_t min);

/* Drops n bytes from the front of the unconsumed input, keeping line and
** col up to date. */
void rd_consume(dyad_reader *r, size_t n);

/* Makes s (n bytes, starting at line/col of the file) safe to parse: NUL
** bytes become spaces and invalid UTF-8 becomes U+FFFD, each reported once
** as a warning at its first position. *out is s itself when nothing needed
** fixing, else a copy in r->work. Returns DYAD_OK or DYAD_ENOMEM. */
int rd_clean(dyad_reader *r, const char *s, size_t n, long line, long col,
             const char **out, size_t *outn);

/* Line and column of byte off in s, which starts at line/col. */
void rd_position(const char *s, size_t off, long line, long col, long *oline,
                 long *ocol);

/* Building the document handed out: begin, then each field (any order,
** missing ones become ""), then finish, which points r->doc at the copies
** and counts the record. Returns DYAD_OK or DYAD_ENOMEM. */
void rd_doc_begin(dyad_reader *r);
void rd_doc_field(dyad_reader *r, int field, const char *s, size_t n);
int rd_doc_finish(dyad_reader *r, long line);

/* Remembers id (n > 0 bytes) as the id of the record at line. Returns the
** line of an earlier record of this input with the same id, 0 when there
** is none, or DYAD_ENOMEM (message on r). */
long rd_id_seen(dyad_reader *r, const char *id, size_t n, long line);

/* True when s holds only ASCII whitespace. */
int rd_blank(const char *s, size_t n);

/* Per-format record readers: each returns DYAD_OK with r->doc filled,
** DYAD_DONE at the end of the input, or a negative code. */
int rd_jsonl_next(dyad_reader *r);
int rd_xml_next(dyad_reader *r);
int rd_plain_next(dyad_reader *r);

/* One field of a JSON lines record: type is a jansson json_type, or -1
** when the key is absent; s/n hold the decoded string for JSON_STRING. */
typedef struct rd_jfield {
    const char *s;
    size_t n;
    int type;
} rd_jfield;

/* The JSONL fast path: reads line s (n bytes of valid UTF-8) when it is a
** flat JSON object whose values are strings, null, true, false or small
** numbers, decoding the fields' strings in place, and returns 1. Returns 0
** and leaves s untouched for anything else (nested values, errors), which
** jansson then reads. Whatever it accepts, jansson accepts with the same
** fields (fuzz/fuzz_jsonl.c checks this). */
int rd_json_fast(char *s, size_t n, rd_jfield f[RD_NFIELDS]);

/* Names of the fields in JSON lines, indexed by RD_ID... */
extern const char *const rd_field_names[RD_NFIELDS];

/* Frees what the XML reader keeps on r (its parser). */
void rd_xml_free(dyad_reader *r);

/* Sets a message on r and returns rc. */
int rd_fail(dyad_reader *r, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
