/*
** store_int.h — the handle behind dyad_store and the interface of its two
** backends: store.c (the front: which backend a --db string names, the
** handle's life, its message), store_sqlite.c (an SQLite file, the
** default: everything) and store_pg.c (a PostgreSQL database: ingest
** only). schema.c holds the migrations and ingest.c the batches of
** articles; both speak to a backend through store_backend and write their
** SQL once, in SQLite's dialect, which store_pg.c translates. The views
** (src/views) read SQLite files only. Internal to libdyad.
*/
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <sqlite3.h>

#include "base/base.h"
#include "dyad.h"

/* PRAGMA application_id of a dyad database: "dyad" in ASCII. */
#define STORE_APP_ID 0x64796164

/* The ingest's statements (store_ingest_sql), prepared on first use. */
enum {
    ST_FIND,            /* an article's row id by its document id */
    ST_INSERT_INGEST,   /* the run */
    ST_INSERT_ARTICLE,
    ST_UPDATE_ARTICLE,
    ST_DELETE_SENTENCES,
    ST_DELETE_EVENTS,
    ST_DELETE_QUOTES,
    ST_INSERT_SENTENCE,
    ST_INSERT_EVENT,
    ST_INSERT_QUOTE,
    ST_COUNT
};

/* The SQL of each, parameters written ?1, ?2...; and whether it inserts a
** row whose new id the caller wants (ingest.c). */
extern const char *const store_ingest_sql[ST_COUNT];
int store_inserts_id(int k);

/* A value for a statement's parameter. Text is n bytes, not necessarily
** NUL-terminated; the backend copies what it must keep. */
typedef struct store_val {
    enum { SV_NULL, SV_INT, SV_REAL, SV_TEXT } kind;
    long long i;
    double r;
    const char *s;
    size_t n;
} store_val;

/* A backend: each call returns a dyad status, with the message on s when
** it is not DYAD_OK. */
typedef struct store_backend {
    /* Opens s->path in s->mode: connects, tells a dyad database from
    ** anything else, upgrades an older one (migrations from schema.c, all
    ** or none), checks the tables. */
    int (*open)(dyad_store *s);
    void (*close)(dyad_store *s);            /* rolls back an open batch */
    /* Runs sql, statements without results; doing names the step in a
    ** message ("cannot write"). */
    int (*exec)(dyad_store *s, const char *sql, const char *doing);
    int (*begin)(dyad_store *s);             /* a write transaction */
    /* Runs ingest statement k with its n parameters. *id, when id is not
    ** NULL, gets the first column of the row it gives, or the new row's id
    ** when store_inserts_id(k); 0 when there is none. */
    int (*run)(dyad_store *s, int k, const store_val *v, int n, long long *id);
    long long (*max_text)(const dyad_store *s);   /* the longest text it stores */
} store_backend;

extern const store_backend store_sqlite;
extern const store_backend store_pg;

struct store_pg_conn;   /* store_pg.c's */

struct dyad_store {
    const store_backend *be;
    sqlite3 *db;                    /* SQLite: the file; NULL for PostgreSQL */
    struct store_pg_conn *pg;       /* PostgreSQL: the connection */
    char *path;                     /* as given; owned */
    dyad_store_mode mode;
    int readonly;                   /* opened read-only: the file is not writable */
    int opened;                     /* dyad_store_open succeeded */
    char errmsg[BASE_ERRMSG_MAX];   /* why the last call failed; "" after success */

    /* ingest */
    sqlite3_stmt *st[ST_COUNT];     /* SQLite: the statements, once prepared */
    long long run;                  /* the ingest run's row id; 0: none yet */
    long batch, batch_ms;           /* when a batch is committed */
    int in_batch;                   /* a transaction is open */
    long batch_docs;                /* articles in it */
    double batch_start;             /* its start, seconds on the monotonic clock */
    dyad_text *text;                /* sentence spans of the article stored */
    dyad_store_stats stats;         /* all put so far */
    dyad_store_stats done;          /* as it was at the last commit */
};

/* Does path name a PostgreSQL database (postgresql:// or postgres://)? */
int store_is_pg(const char *path);

/* The schema version a backend read from s, checked the same way for
** both: DYAD_OK when this dyad knows it, else DYAD_EINPUT with s->errmsg
** saying that a newer dyad wrote the database. */
int store_known_version(dyad_store *s, long long version);

/* SQLite's side (store_sqlite.c), for the views too. store_fail sets
** s->errmsg from the last SQLite error of s->db, as "PATH: what went
** wrong; what to do" (doing names the step, "cannot write", "cannot
** read"), and returns the dyad status for it: DYAD_ENOMEM, DYAD_EINPUT for
** a file that is no dyad database (damaged, foreign), else DYAD_EIO.
** store_exec runs sql on s->db through store_fail. */
int store_fail(dyad_store *s, int sqlite_rc, const char *doing);
int store_exec(dyad_store *s, const char *sql, const char *doing);

/* For the entry points: DYAD_OK when s can be used; DYAD_EUSAGE when s is
** NULL (nothing said), or failed to open (its message left as it was, to
** say why). store_readable is the views': DYAD_EUSAGE too, with the
** message set, for a PostgreSQL store, which dyad writes but does not
** read. */
int store_usable(const dyad_store *s);
int store_readable(dyad_store *s, const char *what);

/* The migrations (schema.c). store_schema_upgrade runs the migrations
** after version from (0: empty) up to DYAD_STORE_SCHEMA through s's
** backend, inside the caller's transaction; the caller records the
** version. store_schema_expected gives the statements that read every
** table and column of the current version (NULL past the last): a
** backend's check that the tables are whole. */
int store_schema_upgrade(dyad_store *s, int from);
const char *store_schema_expected(int i);

/* The schema statement that made version v of the schema, for tests and
** the documentation (NULL past the last). */
const char *store_migration(int v);

#endif
