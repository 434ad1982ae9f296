/*
** store.c — the front of the store: which backend a --db string names
** (a postgresql:// URL, else an SQLite file), the handle's life and its
** message. What a backend does is in store_sqlite.c and store_pg.c.
*/
#include "store/store_int.h"

#include <string.h>

int store_is_pg(const char *path)
{
    return strncmp(path, "postgresql://", 13) == 0 || strncmp(path, "postgres://", 11) == 0;
}

int store_known_version(dyad_store *s, long long version)
{
    if (version <= DYAD_STORE_SCHEMA)
        return DYAD_OK;
    base_errmsg(s->errmsg, "%s was written by a newer dyad (schema version %lld; this dyad "
                "knows up to %d); use that dyad, or a newer one", s->path, version,
                DYAD_STORE_SCHEMA);
    return DYAD_EINPUT;
}

int store_usable(const dyad_store *s)
{
    return s && s->opened ? DYAD_OK : DYAD_EUSAGE;
}

int store_readable(dyad_store *s, const char *what)
{
    if (store_usable(s) != DYAD_OK)
        return DYAD_EUSAGE;
    if (!s->db) {
        base_errmsg(s->errmsg, "%s: %s is a PostgreSQL database, which dyad writes but does "
                    "not read yet; read it with psql (docs/store.md), or ingest into an SQLite "
                    "file", what, s->path);
        return DYAD_EUSAGE;
    }
    return DYAD_OK;
}

int dyad_store_open(const char *path, dyad_store_mode mode, dyad_store **out)
{
    if (!out)
        return DYAD_EUSAGE;
    dyad_store *s = *out = dy_calloc(1, sizeof *s);
    if (!s)
        return DYAD_ENOMEM;
    if (!path || (mode != DYAD_STORE_READ && mode != DYAD_STORE_WRITE)) {
        base_errmsg(s->errmsg, "dyad_store_open: %s", !path ? "path is NULL" : "unknown mode");
        return DYAD_EUSAGE;
    }
    s->mode = mode;
    s->be = store_is_pg(path) ? &store_pg : &store_sqlite;
    if (!(s->path = dy_strdup(path)) || !(s->text = dyad_text_new())) {
        dyad_store_free(s);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    int rc = s->be->open(s);
    s->opened = rc == DYAD_OK;
    return rc;
}

void dyad_store_free(dyad_store *s)
{
    if (!s)
        return;
    if (s->be)
        s->be->close(s);
    dyad_text_free(s->text);
    dy_free(s->path);
    dy_free(s);
}

const char *dyad_store_errmsg(const dyad_store *s)
{
    return s ? s->errmsg : "out of memory";
}
