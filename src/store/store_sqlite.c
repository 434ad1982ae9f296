/*
** store_sqlite.c — the SQLite backend, the default: opening a dyad
** database file, telling it from an empty file, another program's
** database, a damaged file or one of a newer dyad; upgrading an older one;
** the messages, each naming the file and what to do; and the ingest's
** statements, prepared once and kept.
**
** The database runs in WAL mode: one writer and any number of readers,
** each reader seeing the last commit made before its query began. With
** synchronous=NORMAL a commit survives the process being killed; a power
** cut may lose the last commits but leaves the file consistent (SQLite's
** WAL guarantees).
**
** SQLite allocates through its own allocator, not dy_malloc: setting
** SQLite's is a process-wide choice, which is the host program's to make.
*/
#include "store/store_int.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* How long a writer waits for another one before giving up: longer than
** any batch takes to commit. */
#define BUSY_MS 15000

/* Why the file cannot be opened or made, asked of the system: SQLite's
** own errno is that of its last attempt, not always the telling one. */
static void cant_open(dyad_store *s, const char *doing)
{
    char folder[4096];
    if (access(s->path, F_OK) == 0) {
        int bad = access(s->path, R_OK | W_OK) != 0 && s->mode == DYAD_STORE_WRITE;
        base_errmsg(s->errmsg, "%s %s: %s", doing, s->path, bad ? BASE_STRERROR(errno)
                    : "SQLite cannot open it (a file beside it, -wal or -shm, may be in the way)");
        return;
    }
    const char *slash = strrchr(s->path, '/');
    if (!slash || slash == s->path) {
        snprintf(folder, sizeof folder, "%s", slash ? "/" : ".");
    } else {
        size_t n = (size_t)(slash - s->path);
        snprintf(folder, sizeof folder, "%.*s", (int)(n < sizeof folder ? n : sizeof folder - 1),
                 s->path);
    }
    if (access(folder, W_OK | X_OK) != 0)
        base_errmsg(s->errmsg, "%s %s: the folder %s: %s; choose a folder you can write", doing,
                    s->path, folder, BASE_STRERROR(errno));
    else
        base_errmsg(s->errmsg, "%s %s: %s", doing, s->path, BASE_STRERROR(ENOENT));
}

int store_fail(dyad_store *s, int rc, const char *doing)
{
    const char *why = sqlite3_errmsg(s->db);
    int err = sqlite3_system_errno(s->db);
    switch (rc & 0xff) {
    case SQLITE_NOMEM:
        base_errmsg(s->errmsg, "%s: out of memory", s->path);
        return DYAD_ENOMEM;
    case SQLITE_NOTADB:
        base_errmsg(s->errmsg, "%s is not an SQLite database (it holds something else); "
                    "give another --db, or move the file away to start a new database "
                    "there", s->path);
        return DYAD_EINPUT;
    case SQLITE_CORRUPT:
        base_errmsg(s->errmsg, "%s is damaged (%s); restore it from a backup, or ingest "
                    "again into a new file", s->path, why);
        return DYAD_EINPUT;
    case SQLITE_FULL:
        base_errmsg(s->errmsg, "%s %s: the disk is full; free some space and run the same "
                    "command again", doing, s->path);
        return DYAD_EIO;
    case SQLITE_READONLY:
        if (s->readonly)   /* reading a write-protected file in WAL mode */
            base_errmsg(s->errmsg, "%s %s: the file is read-only, and SQLite must write %s-shm "
                        "beside it to read it safely while another program may write; make "
                        "the file and its folder writable, or copy it where you can write",
                        doing, s->path, s->path);
        else
            base_errmsg(s->errmsg, "%s %s: it is read-only (%s); make the file and its folder "
                        "writable, or give another --db", doing, s->path, why);
        return DYAD_EIO;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        base_errmsg(s->errmsg, "%s %s: another program kept it locked for %d s; let it "
                    "finish and run the command again", doing, s->path, BUSY_MS / 1000);
        return DYAD_EIO;
    case SQLITE_CANTOPEN:
        cant_open(s, doing);
        return DYAD_EIO;
    case SQLITE_IOERR:
    case SQLITE_PERM:
        base_errmsg(s->errmsg, "%s %s: %s", doing, s->path, err ? BASE_STRERROR(err) : why);
        return DYAD_EIO;
    default:
        base_errmsg(s->errmsg, "%s %s: %s", doing, s->path, why);
        return DYAD_EIO;
    }
}

int store_exec(dyad_store *s, const char *sql, const char *doing)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? DYAD_OK : store_fail(s, rc, doing);
}

/* The integer a one-value statement gives (a pragma, a count). */
static int query_int(dyad_store *s, const char *sql, sqlite3_int64 *v)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        *v = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? DYAD_OK : store_fail(s, rc, "cannot read");
}

/* A database with tables but not dyad's mark: names some of its tables,
** so that the user sees whose it is. */
static int foreign(dyad_store *s)
{
    strbuf names = {0};
    sqlite3_stmt *st = NULL;
    int n = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                           "ORDER BY name", -1, &st, NULL) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW && n < 5)
            sb_printf(&names, "%s%s", n++ ? ", " : "", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    base_errmsg(s->errmsg, "%s is an SQLite database of another program (%s%s), not dyad's; "
                "give another --db", s->path, n ? "tables: " : "no tables", sb_str(&names));
    sb_free(&names);
    return DYAD_EINPUT;
}

/* What the file is, read from its header: DYAD_OK with *version the schema
** version of a dyad database (0 for an empty file), or a status with the
** message on s. */
static int identify(dyad_store *s, int *version)
{
    sqlite3_int64 app = 0, v = 0, objects = 0;
    int rc;
    if ((rc = query_int(s, "PRAGMA application_id", &app)) != DYAD_OK ||
        (rc = query_int(s, "PRAGMA user_version", &v)) != DYAD_OK ||
        (rc = query_int(s, "SELECT count(*) FROM sqlite_schema", &objects)) != DYAD_OK)
        return rc;
    if (app == 0 && v == 0 && objects == 0) {
        *version = 0;
        return DYAD_OK;
    }
    if (app != STORE_APP_ID)
        return foreign(s);
    if ((rc = store_known_version(s, v)) != DYAD_OK)
        return rc;
    *version = (int)v;
    return DYAD_OK;
}

/* Verifies that the tables and columns of the current version are
** there: the statements that read them compile. */
static int check_schema(dyad_store *s)
{
    const char *sql;
    for (int i = 0; (sql = store_schema_expected(i)) != NULL; i++) {
        sqlite3_stmt *st = NULL;
        int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
        sqlite3_finalize(st);
        if (rc == SQLITE_ERROR) {
            /* "no such table: event", "no such column: n" */
            base_errmsg(s->errmsg, "%s: the database lacks a table or column of schema version %d (%s): it "
                        "was changed outside dyad; restore a backup, or ingest again into "
                        "a new file", s->path, DYAD_STORE_SCHEMA, sqlite3_errmsg(s->db));
            return DYAD_EINPUT;
        }
        if (rc != SQLITE_OK)
            return store_fail(s, rc, "cannot read");
    }
    return DYAD_OK;
}

/* Runs the migrations after from and records the version, inside the
** caller's transaction. */
static int migrate(dyad_store *s, int from)
{
    char sql[64];
    int rc;
    if (from == 0) {
        snprintf(sql, sizeof sql, "PRAGMA application_id = %d;", STORE_APP_ID);
        if ((rc = store_exec(s, sql, "cannot write")) != DYAD_OK)
            return rc;
    }
    if ((rc = store_schema_upgrade(s, from)) != DYAD_OK)
        return rc;
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", DYAD_STORE_SCHEMA);
    return store_exec(s, sql, "cannot write");
}

/* Brings the database from version to the current schema, in one
** transaction, taken for writing before the version is read again: two
** programs opening an old file at once upgrade it once. */
static int upgrade(dyad_store *s, int version)
{
    if (s->readonly) {
        base_errmsg(s->errmsg, "%s has schema version %d and must be upgraded to %d, but it "
                    "cannot be written; make it writable and run the command again",
                    s->path, version, DYAD_STORE_SCHEMA);
        return DYAD_EIO;
    }
    int rc = store_exec(s, "BEGIN IMMEDIATE", "cannot write");
    if (rc == DYAD_OK)
        rc = identify(s, &version);
    if (rc == DYAD_OK && version < DYAD_STORE_SCHEMA)
        rc = migrate(s, version);
    if (rc == DYAD_OK)
        rc = store_exec(s, "COMMIT", "cannot write");
    if (rc != DYAD_OK)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Before SQLite sees the path: what stat says of it, for the messages
** SQLite cannot give (a missing file, a folder). */
static int check_path(dyad_store *s)
{
    struct stat st;
    if (stat(s->path, &st) != 0) {
        if (errno == ENOENT && s->mode == DYAD_STORE_WRITE)
            return DYAD_OK;   /* created */
        if (errno == ENOENT) {
            base_errmsg(s->errmsg, "%s: no such file; make it with 'dyad ingest --db %s "
                        "FILE...'", s->path, s->path);
            return DYAD_EIO;
        }
        base_errmsg(s->errmsg, "cannot open %s: %s", s->path, BASE_STRERROR(errno));
        return DYAD_EIO;
    }
    if (S_ISDIR(st.st_mode)) {
        base_errmsg(s->errmsg, "%s is a folder; give --db the name of a database file",
                    s->path);
        return DYAD_EINPUT;
    }
    return DYAD_OK;
}

static int open_db(dyad_store *s)
{
    int rc = check_path(s);
    if (rc != DYAD_OK)
        return rc;
    int flags = SQLITE_OPEN_READWRITE | (s->mode == DYAD_STORE_WRITE ? SQLITE_OPEN_CREATE : 0);
    int src = sqlite3_open_v2(s->path, &s->db, flags, NULL);
    if (!s->db) {
        base_errmsg(s->errmsg, "%s: out of memory", s->path);
        return DYAD_ENOMEM;
    }
    if (src != SQLITE_OK)
        return store_fail(s, src, s->mode == DYAD_STORE_WRITE ? "cannot create" : "cannot open");
    sqlite3_busy_timeout(s->db, BUSY_MS);
    /* SQLite opens a write-protected file read-only, without a word */
    s->readonly = sqlite3_db_readonly(s->db, "main") == 1;
    if (s->readonly && s->mode == DYAD_STORE_WRITE) {
        base_errmsg(s->errmsg, "cannot write %s: the file is read-only; make it writable, or "
                    "give another --db", s->path);
        return DYAD_EIO;
    }
    int version;
    if ((rc = identify(s, &version)) != DYAD_OK)
        return rc;
    if (version == 0 && s->mode == DYAD_STORE_READ) {
        base_errmsg(s->errmsg, "%s holds no dyad database (it is empty); ingest articles "
                    "into it with 'dyad ingest --db %s FILE...'", s->path, s->path);
        return DYAD_EINPUT;
    }
    /* WAL: readers go on while an ingest writes. It stays set in the file. */
    if (!s->readonly && (rc = store_exec(s, "PRAGMA journal_mode = WAL", "cannot write")) != DYAD_OK)
        return rc;
    if (version < DYAD_STORE_SCHEMA && (rc = upgrade(s, version)) != DYAD_OK)
        return rc;
    if ((rc = check_schema(s)) != DYAD_OK ||
        (rc = store_exec(s, "PRAGMA synchronous = NORMAL", "cannot open")) != DYAD_OK)
        return rc;
    return DYAD_OK;
}

/* ---- the ingest's side ---- */

static int sqlite_exec(dyad_store *s, const char *sql, const char *doing)
{
    return store_exec(s, sql, doing);
}

static int sqlite_begin(dyad_store *s)
{
    return store_exec(s, "BEGIN IMMEDIATE", "cannot write");
}

static int bind(sqlite3_stmt *st, int i, const store_val *v)
{
    switch (v->kind) {
    case SV_INT:
        return sqlite3_bind_int64(st, i, v->i);
    case SV_REAL:
        return sqlite3_bind_double(st, i, v->r);
    case SV_TEXT:
        /* the statement is reset before v's strings go: no copy */
        return sqlite3_bind_text64(st, i, v->s ? v->s : "", v->s ? v->n : 0, SQLITE_STATIC,
                                   SQLITE_UTF8);
    default:
        return sqlite3_bind_null(st, i);
    }
}

static int sqlite_run(dyad_store *s, int k, const store_val *v, int n, long long *id)
{
    int rc = SQLITE_OK;
    if (!s->st[k])
        rc = sqlite3_prepare_v3(s->db, store_ingest_sql[k], -1, SQLITE_PREPARE_PERSISTENT,
                                &s->st[k], NULL);
    sqlite3_stmt *st = s->st[k];
    for (int i = 0; i < n && rc == SQLITE_OK; i++)
        rc = bind(st, i + 1, &v[i]);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (id)
        *id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0)
            : rc == SQLITE_DONE && store_inserts_id(k) ? sqlite3_last_insert_rowid(s->db) : 0;
    if (st)
        sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? DYAD_OK : store_fail(s, rc, "cannot write");
}

static int sqlite_open(dyad_store *s)
{
    return open_db(s);
}

static void sqlite_close(dyad_store *s)
{
    if (s->in_batch)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
}

static long long sqlite_max_text(const dyad_store *s)
{
    return sqlite3_limit(s->db, SQLITE_LIMIT_LENGTH, -1);
}

const store_backend store_sqlite = {
    sqlite_open, sqlite_close, sqlite_exec, sqlite_begin, sqlite_run, sqlite_max_text,
};

/* ---- reading ---- */

int dyad_store_summarize(dyad_store *s, dyad_store_summary *sum)
{
    if (store_readable(s, "dyad_store_summarize") != DYAD_OK)
        return DYAD_EUSAGE;
    if (!sum) {
        base_errmsg(s->errmsg, "dyad_store_summarize: sum is NULL");
        return DYAD_EUSAGE;
    }
    memset(sum, 0, sizeof *sum);
    s->errmsg[0] = '\0';
    /* one statement: one snapshot, whatever an ingest is writing */
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db,
                                "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM "
                                "event), (SELECT min(date) FROM event WHERE date <> ''), "
                                "(SELECT max(date) FROM event), (SELECT count(*) FROM quote)",
                                -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        sum->articles = (long)sqlite3_column_int64(st, 0);
        sum->events = (long)sqlite3_column_int64(st, 1);
        const unsigned char *a = sqlite3_column_text(st, 2), *b = sqlite3_column_text(st, 3);
        snprintf(sum->first, sizeof sum->first, "%s", a ? (const char *)a : "");
        snprintf(sum->last, sizeof sum->last, "%s", b ? (const char *)b : "");
        sum->quotes = (long)sqlite3_column_int64(st, 4);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? DYAD_OK : store_fail(s, rc, "cannot read");
}
