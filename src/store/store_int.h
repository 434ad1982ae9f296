/*
** store_int.h — the handle behind dyad_store, shared by store.c (opening,
** checks, messages), schema.c (the migrations) and ingest.c (batches of
** articles), and by the views that read the database (src/views). Internal
** to libdyad.
*/
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <sqlite3.h>

#include "base/base.h"
#include "dyad.h"

/* PRAGMA application_id of a dyad database: "dyad" in ASCII. */
#define STORE_APP_ID 0x64796164

/* The ingest's prepared statements, made on the first dyad_store_put. */
enum {
    ST_FIND,            /* an article's row id by its document id */
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

struct dyad_store {
    sqlite3 *db;
    char *path;                     /* as given; owned */
    dyad_store_mode mode;
    int readonly;                   /* opened read-only: the file is not writable */
    int opened;                     /* dyad_store_open succeeded */
    char errmsg[BASE_ERRMSG_MAX];   /* why the last call failed; "" after success */

    /* ingest */
    sqlite3_stmt *st[ST_COUNT];
    sqlite3_int64 run;              /* the ingest run's row id; 0: none yet */
    long batch, batch_ms;           /* when a batch is committed */
    int in_batch;                   /* a transaction is open */
    long batch_docs;                /* articles in it */
    double batch_start;             /* its start, seconds on the monotonic clock */
    dyad_text *text;                /* sentence spans of the article stored */
    dyad_store_stats stats;         /* all put so far */
    dyad_store_stats done;          /* as it was at the last commit */
};

/* Sets s->errmsg from the last SQLite error of s->db, as "PATH: what went
** wrong; what to do" (doing names the step, "cannot write", "cannot read"),
** and returns the dyad status for it: DYAD_ENOMEM, DYAD_EINPUT for a file
** that is no dyad database (damaged, foreign), else DYAD_EIO. */
int store_fail(dyad_store *s, int sqlite_rc, const char *doing);

/* Runs sql (statements without results) on s->db; on failure sets errmsg
** through store_fail and returns its status, else DYAD_OK. */
int store_exec(dyad_store *s, const char *sql, const char *doing);

/* For the entry points: DYAD_OK when s can be used; DYAD_EUSAGE when s is
** NULL (nothing said), or failed to open (its message left as it was, to
** say why). */
int store_usable(const dyad_store *s);

/* The migrations (schema.c). store_schema_upgrade brings a database at
** version from (0: empty) up to DYAD_STORE_SCHEMA inside the caller's
** transaction, and sets user_version. store_schema_check verifies that the
** tables and columns of the current version are there. Both return a dyad
** status with the message on s. */
int store_schema_upgrade(dyad_store *s, int from);
int store_schema_check(dyad_store *s);

/* The schema statement that made version v of the schema, for tests and
** the documentation (NULL past the last). */
const char *store_migration(int v);

#endif
