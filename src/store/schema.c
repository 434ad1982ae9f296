/*
** schema.c — the database's schema as a list of migrations, one per
** version. A database records its version (SQLite: PRAGMA user_version;
** PostgreSQL: the table dyad_meta); opening it runs the migrations after
** that version, in one transaction, so that an upgrade is all done or not
** at all. A migration is never edited once released: a change is a new
** migration at the end (docs/store.md).
**
** The SQL is SQLite's; PostgreSQL runs the same text, translated by
** store_pg.c (INTEGER PRIMARY KEY to an identity column, INTEGER to
** BIGINT, REAL to DOUBLE PRECISION), so that both hold the same tables and
** columns.
**
** Version 1: articles, their sentences, their events.
** Version 2: ingest runs (when, which dyad, which dictionaries) and, on
**   each article, its run and its counts of sentences and events (which
**   make a torn write visible: they must match the rows).
** Version 3: each event's own date and place, and where the article
**   level found an actor the sentence does not name.
** Version 4: the quotes of each article with their speakers, and on each
**   article its count of them.
*/
#include "store/store_int.h"

static const char *const migrations[] = {
    /* 1 */
    "CREATE TABLE article ("
    "  id INTEGER PRIMARY KEY,"
    "  doc TEXT NOT NULL UNIQUE,"      /* the document id: re-ingesting it replaces it */
    "  date TEXT NOT NULL,"            /* YYYY-MM-DD, '' when unknown */
    "  source TEXT NOT NULL,"
    "  url TEXT NOT NULL,"
    "  title TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  file TEXT NOT NULL,"            /* where the record was read: file and line */
    "  line INTEGER NOT NULL"
    ");"
    "CREATE INDEX article_date ON article(date);"
    "CREATE TABLE sentence ("
    "  article INTEGER NOT NULL REFERENCES article(id),"
    "  sent INTEGER NOT NULL,"         /* its number in the article, from 0 */
    "  byte_start INTEGER NOT NULL,"   /* its span in article.text, in bytes, */
    "  byte_end INTEGER NOT NULL,"     /*   the end excluded */
    "  kind TEXT NOT NULL,"            /* body, dateline, heading, byline */
    "  PRIMARY KEY (article, sent)"
    ") WITHOUT ROWID;"
    "CREATE TABLE event ("
    "  id INTEGER PRIMARY KEY,"
    "  article INTEGER NOT NULL REFERENCES article(id),"
    "  n INTEGER NOT NULL,"            /* its place among the article's events */
    "  sent INTEGER NOT NULL,"
    "  date TEXT NOT NULL,"
    "  source TEXT NOT NULL,"
    "  target TEXT NOT NULL,"
    "  code TEXT NOT NULL,"
    "  root TEXT NOT NULL,"
    "  event_name TEXT NOT NULL,"
    "  goldstein REAL NOT NULL,"
    "  quad INTEGER NOT NULL,"
    "  plover TEXT NOT NULL,"
    "  modality TEXT NOT NULL,"
    "  quoted INTEGER NOT NULL,"
    "  source_text TEXT NOT NULL,"
    "  target_text TEXT NOT NULL,"
    "  verb TEXT NOT NULL,"
    "  pattern TEXT NOT NULL,"
    "  pattern_file TEXT NOT NULL,"
    "  pattern_line INTEGER NOT NULL,"
    "  source_entry TEXT NOT NULL,"
    "  target_entry TEXT NOT NULL,"
    "  FOREIGN KEY (article, sent) REFERENCES sentence(article, sent)"
    ");"
    "CREATE INDEX event_article ON event(article, n);"
    "CREATE INDEX event_date ON event(date);"
    "CREATE INDEX event_dyad ON event(source, target, date);",

    /* 2 */
    "CREATE TABLE ingest ("
    "  id INTEGER PRIMARY KEY,"
    "  started TEXT NOT NULL,"         /* UTC, YYYY-MM-DDTHH:MM:SSZ */
    "  version TEXT NOT NULL,"         /* dyad's */
    "  dictionaries TEXT NOT NULL,"
    "  options TEXT NOT NULL"
    ");"
    "ALTER TABLE article ADD COLUMN ingest INTEGER REFERENCES ingest(id);"
    "ALTER TABLE article ADD COLUMN sentences INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE article ADD COLUMN events INTEGER NOT NULL DEFAULT 0;"
    "UPDATE article SET"
    "  sentences = (SELECT count(*) FROM sentence WHERE sentence.article = article.id),"
    "  events = (SELECT count(*) FROM event WHERE event.article = article.id);",

    /* 3: when each event happened (docs/coder.md, "When it happened"),
    ** where (its place; lat and lon NULL when unknown), and where the
    ** article level found an actor the sentence does not name; events stored before it keep '' and 0: their article's date
    ** stands */
    "ALTER TABLE event ADD COLUMN event_date TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN date_precision TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN date_text TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE event ADD COLUMN source_from TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN target_from TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN place TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN place_region TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN place_country TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN place_country_name TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN place_from TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE event ADD COLUMN place_lat REAL;"
    "ALTER TABLE event ADD COLUMN place_lon REAL;",

    /* 4: the quotes the coder found (dyad_quote, docs/article.md), with
    ** their speakers; articles stored before it have none until they are
    ** ingested again */
    "CREATE TABLE quote ("
    "  article INTEGER NOT NULL REFERENCES article(id),"
    "  n INTEGER NOT NULL,"            /* its place among the article's quotes */
    "  sent INTEGER NOT NULL,"         /* the sentence it starts in */
    "  byte_start INTEGER NOT NULL,"   /* the quoted words' span in article.text */
    "  byte_end INTEGER NOT NULL,"
    "  speaker TEXT NOT NULL,"         /* the fullest name the article gave; '' unknown */
    "  speaker_desc TEXT NOT NULL,"    /* title or apposition */
    "  speaker_code TEXT NOT NULL,"    /* the speaker's actor code, '' when none */
    "  text TEXT NOT NULL,"
    "  direct INTEGER NOT NULL,"       /* 1: between quotation marks */
    "  partial INTEGER NOT NULL,"
    "  unclosed INTEGER NOT NULL,"
    "  PRIMARY KEY (article, n),"
    "  FOREIGN KEY (article, sent) REFERENCES sentence(article, sent)"
    ") WITHOUT ROWID;"
    "ALTER TABLE article ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;",
};

#define NMIGRATIONS (int)(sizeof migrations / sizeof migrations[0])
_Static_assert(sizeof migrations / sizeof migrations[0] == DYAD_STORE_SCHEMA,
               "one migration per schema version: DYAD_STORE_SCHEMA in dyad.h");

/* The tables and columns the code reads and writes, at the current
** version: what store_schema_check asks for. */
static const char *const expected[] = {
    "SELECT id, doc, date, source, url, title, text, file, line, ingest, sentences, events, "
    "quotes FROM article",
    "SELECT article, sent, byte_start, byte_end, kind FROM sentence",
    "SELECT id, article, n, sent, date, source, target, code, root, event_name, goldstein, "
    "quad, plover, modality, quoted, source_text, target_text, verb, pattern, pattern_file, "
    "pattern_line, source_entry, target_entry, event_date, date_precision, date_text, "
    "historical, source_from, target_from, place, place_region, place_country, "
    "place_country_name, place_from, place_lat, place_lon FROM event",
    "SELECT id, started, version, dictionaries, options FROM ingest",
    "SELECT article, n, sent, byte_start, byte_end, speaker, speaker_desc, speaker_code, text, "
    "direct, partial, unclosed FROM quote",
};

const char *store_migration(int v)
{
    return v >= 1 && v <= NMIGRATIONS ? migrations[v - 1] : NULL;
}

const char *store_schema_expected(int i)
{
    return i >= 0 && i < (int)(sizeof expected / sizeof expected[0]) ? expected[i] : NULL;
}

int store_schema_upgrade(dyad_store *s, int from)
{
    for (int v = from + 1; v <= NMIGRATIONS; v++) {
        int rc = s->be->exec(s, migrations[v - 1], "cannot upgrade");
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}
