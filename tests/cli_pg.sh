#!/bin/sh
# cli_pg.sh — dyad ingest into PostgreSQL, against a throwaway cluster this
# test makes (initdb and pg_ctl in a temporary folder, reached only by a
# unix socket in that folder, so that no port of the machine is taken and
# no other server is touched), and always stops (trap):
#   - the example articles ingested twice give the counts and the rows of
#     the SQLite store ingested twice: articles replaced, never doubled;
#   - two ingests into one new database at once make its tables once;
#   - an older version is upgraded by the migrations, a newer one refused;
#   - a row the server refuses fails its batch, rolled back whole, and the
#     batches before it stay;
#   - bytes PostgreSQL's text cannot hold (invalid UTF-8, NUL) stored one
#     for one as '?' (tests/test_store.c, given the cluster's URL);
#   - query and brief refuse a postgresql:// URL, saying why; a server
#     that is not there is named with what to check.
# PostgreSQL refuses to run as root: as root (CI), the cluster runs as the
# user nobody. Without PostgreSQL's programs (Debian's postgresql, which
# make deps installs) the test skips, saying so.
# $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
need_dyad
command -v sqlite3 > /dev/null || skip_all 1 "the sqlite3 program is missing (make deps installs it)"
bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/psql" ] ||
    skip_all 1 "PostgreSQL's programs are missing (/usr/lib/postgresql/*/bin; make deps installs postgresql)"
as=""
if [ "$(id -u)" = 0 ]; then
    command -v runuser > /dev/null || skip_all 1 "running as root without runuser to start PostgreSQL as nobody"
    as="runuser -u nobody --"
fi

tmp=$(mktemp -d)
pg=$tmp/pg
stop() {
    [ -f "$pg/data/postmaster.pid" ] && $as "$bin/pg_ctl" -D "$pg/data" -m immediate stop > /dev/null 2>&1
    rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 1' INT TERM HUP
mkdir -p "$pg/sock"
chmod 711 "$tmp"
[ -n "$as" ] && chown -R nobody "$pg"
cd "$tmp" || exit 1

# The port only names the socket in our own folder (no TCP): any will do.
port=$((50000 + $$ % 10000))
if ! $as "$bin/initdb" -D "$pg/data" -U dyad -A trust -E UTF8 --locale=C > "$pg/initdb.log" 2>&1; then
    echo "FAILED: initdb"; sed 's/^/    /' "$pg/initdb.log" | tail -5
    echo "0 passed, 1 failed, 0 skipped"; exit 1
fi
if ! $as "$bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -t 60 \
        -o "-k $pg/sock -c listen_addresses= -p $port -c fsync=off" start > /dev/null 2>&1; then
    echo "FAILED: pg_ctl start"; tail -5 "$pg/log" 2> /dev/null | sed 's/^/    /'
    echo "0 passed, 1 failed, 0 skipped"; exit 1
fi
# psql DB SQL: one answer, unaligned
psql() { "$bin/psql" -X -q -A -t -h "$pg/sock" -p "$port" -U dyad -d "$1" -c "$2"; }
url() { echo "postgresql:///$1?host=$pg/sock&port=$port&user=dyad"; }
for d in ex two; do psql postgres "CREATE DATABASE $d" || bad "CREATE DATABASE $d"; done

ex=$root/examples/articles.jsonl

# ---- twice into PostgreSQL, twice into SQLite: the same ----
"$DYAD" ingest --db "$(url ex)" "$ex" 2> err1; rc1=$?
"$DYAD" ingest --db "$(url ex)" "$ex" 2> err2; rc2=$?
[ $rc1 = 0 ] && [ $rc2 = 0 ] && ok || { bad "ingest into PostgreSQL: exit $rc1, $rc2"; cat err1 err2; }
grep -q "; 8 replaced) in postgresql://" err2 && ok || bad "the second ingest: $(cat err2)"
"$DYAD" ingest --db ex.db "$ex" 2> /dev/null
"$DYAD" ingest --db ex.db "$ex" 2> /dev/null
for t in article sentence event quote ingest; do
    want=$(sqlite3 ex.db "SELECT count(*) FROM $t")
    got=$(psql ex "SELECT count(*) FROM $t")
    [ "$want" = "$got" ] && [ "$want" -gt 0 ] && ok || bad "table $t: PostgreSQL $got rows, SQLite $want"
done
[ "$(psql ex 'SELECT user_version FROM dyad_meta')" = "$(sqlite3 ex.db 'PRAGMA user_version')" ] &&
    ok || bad "the schema version"
# the same rows, not only as many; a column PostgreSQL lacks fails the query
sql="SELECT a.doc, a.date, a.sentences, a.events, a.quotes, length(a.text) FROM article a ORDER BY a.doc"
sqlite3 -separator '|' ex.db "$sql" > want; psql ex "$sql" > got
same want got "articles differ between SQLite and PostgreSQL"
sql="SELECT a.doc, e.n, e.sent, e.source, e.target, e.code, CAST(round(e.goldstein * 10) AS INTEGER),
     e.modality, e.verb, e.pattern_line, e.event_date, e.place, CAST(round(e.place_lat * 1000) AS INTEGER)
     FROM event e JOIN article a ON a.id = e.article ORDER BY a.doc, e.n"
sqlite3 -separator '|' ex.db "$sql" > want; psql ex "$sql" > got
same want got "events differ between SQLite and PostgreSQL"
sql="SELECT a.doc, q.n, q.sent, q.byte_start, q.byte_end, q.speaker, q.speaker_code, q.direct, q.text
     FROM quote q JOIN article a ON a.id = q.article ORDER BY a.doc, q.n"
sqlite3 -separator '|' ex.db "$sql" > want; psql ex "$sql" > got
same want got "quotes differ between SQLite and PostgreSQL"
sql="SELECT a.doc, s.sent, s.byte_start, s.byte_end, s.kind FROM sentence s JOIN article a ON a.id = s.article ORDER BY 1, 2"
sqlite3 -separator '|' ex.db "$sql" > want; psql ex "$sql" > got
same want got "sentences differ between SQLite and PostgreSQL"

# a sentence cut from its article by its byte span, as docs/store.md says
sqlite3 -separator '|' ex.db "SELECT a.doc, s.sent, CAST(substr(CAST(a.text AS BLOB), s.byte_start + 1,
    s.byte_end - s.byte_start) AS TEXT) FROM sentence s JOIN article a ON a.id = s.article ORDER BY 1, 2" > want
psql ex "SELECT a.doc, s.sent, convert_from(substr(convert_to(a.text, 'UTF8'), s.byte_start::int + 1,
    (s.byte_end - s.byte_start)::int), 'UTF8') FROM sentence s JOIN article a ON a.id = s.article ORDER BY 1, 2" > got
same want got "sentences cut by their spans differ"

# ---- two ingests at once into a new database: one set of tables ----
head -n 4 "$ex" > a.jsonl; tail -n +5 "$ex" > b.jsonl
"$DYAD" ingest --db "$(url two)" a.jsonl 2> erra & p1=$!
"$DYAD" ingest --db "$(url two)" b.jsonl 2> errb; rc2=$?
wait $p1; rc1=$?
[ $rc1 = 0 ] && [ $rc2 = 0 ] && ok || { bad "two ingests at once: exit $rc1, $rc2"; cat erra errb; }
[ "$(psql two 'SELECT count(*) FROM article')" = 8 ] &&
    [ "$(psql two 'SELECT count(*) FROM event')" = "$(sqlite3 ex.db 'SELECT count(*) FROM event')" ] &&
    [ "$(psql two 'SELECT count(*) FROM dyad_meta')" = 1 ] && ok ||
    bad "two ingests at once: $(psql two 'SELECT count(*) FROM article') articles"

# ---- versions: an older database upgraded, a newer one refused ----
# "two" made version 3 again by hand: no quote table, no article.quotes
psql two "DROP TABLE quote; ALTER TABLE article DROP COLUMN quotes; UPDATE dyad_meta SET user_version = 3"
"$DYAD" ingest --db "$(url two)" a.jsonl 2> err; rc=$?
# the quotes of a.jsonl's articles come back, and only theirs
ids=$(sed 's/^{"id": \("[^"]*"\).*/\1/' a.jsonl | tr '"' "'" | paste -sd,)
nq=$(sqlite3 ex.db "SELECT count(*) FROM quote q JOIN article a ON a.id = q.article WHERE a.doc IN ($ids)")
[ $rc = 0 ] && [ "$(psql two 'SELECT user_version FROM dyad_meta')" = 4 ] &&
    [ "$(psql two 'SELECT count(*) FROM quote')" = "$nq" ] && [ "$nq" -gt 0 ] &&
    [ "$(psql two 'SELECT count(*) FROM article')" = 8 ] && ok ||
    { bad "version 3 upgraded: exit $rc, version $(psql two 'SELECT user_version FROM dyad_meta')"; cat err; }
psql two "UPDATE dyad_meta SET user_version = 99"
"$DYAD" ingest --db "$(url two)" a.jsonl 2> err; rc=$?
[ $rc = 1 ] && grep -q "was written by a newer dyad (schema version 99; this dyad knows up to 4); use that dyad, or a newer one$" err &&
    [ "$(psql two 'SELECT user_version FROM dyad_meta')" = 99 ] && ok ||
    { bad "a newer version: exit $rc (want 1)"; cat err; }

# a column dropped outside dyad: named, and nothing written
psql two "UPDATE dyad_meta SET user_version = 4; ALTER TABLE quote DROP COLUMN speaker_desc"
"$DYAD" ingest --db "$(url two)" a.jsonl 2> err; rc=$?
[ $rc = 1 ] && grep -q ": the database lacks a table or column of schema version 4 (column \"speaker_desc\" does not exist): it was changed outside dyad; ingest again into a new database$" err &&
    ok || { bad "a column dropped: exit $rc (want 1)"; cat err; }

# ---- a row the server refuses in the middle of a batch: that batch rolled
# ---- back whole (its answers read late, in pipeline mode), those before kept ----
psql postgres "CREATE DATABASE chk" || bad "CREATE DATABASE chk"
"$DYAD" ingest --db "$(url chk)" b.jsonl 2> /dev/null
psql chk "ALTER TABLE quote ADD CONSTRAINT no_oh CHECK (speaker <> 'Daniel Oh')"
"$DYAD" ingest --db "$(url chk)" --batch 1 "$ex" > out 2> err; rc=$?
[ $rc = 5 ] && grep -q "^dyad: cannot write postgresql:///chk?.*: new row for relation \"quote\" violates check constraint \"no_oh\"$" err &&
    ok || { bad "a refused row: exit $rc (want 5)"; cat err; }
# the first article committed, the second (Daniel Oh's) not at all
[ "$(psql chk 'SELECT count(*) FROM article')" = 5 ] &&
    [ "$(psql chk "SELECT count(*) FROM article WHERE doc = 'dyad-2023-04-13-dprk-missile'")" = 0 ] &&
    [ "$(psql chk 'SELECT count(*) FROM article a WHERE events <> (SELECT count(*) FROM event e WHERE e.article = a.id)
                   OR quotes <> (SELECT count(*) FROM quote q WHERE q.article = a.id)')" = 0 ] && ok ||
    bad "a refused row: $(psql chk 'SELECT count(*) FROM article') articles (want 5), or one half stored"

# ---- the library on PostgreSQL: bytes PostgreSQL refuses, a store that
# ---- only writes (test_store.c's test_pg, which runs when given a URL) ----
tstore=$(dirname "$DYAD")/tests/test_store
if [ -x "$tstore" ]; then
    psql postgres "CREATE DATABASE lib" || bad "CREATE DATABASE lib"
    (cd "$root" && DYAD_TEST_PG_URL=$(url lib) "$tstore") > out 2>&1; rc=$?
    [ $rc = 0 ] && grep -q '^[1-9][0-9]* passed, 0 failed' out && ok ||
        { bad "test_store on PostgreSQL: exit $rc"; sed 's/^/    /' out | tail -20; }
else
    bad "$tstore is not built"
fi

# ---- what dyad does not do with PostgreSQL, and a server not there ----
for cmd in "query dyads" "brief" "export"; do
    "$DYAD" $cmd --db "$(url ex)" > out 2> err; rc=$?
    [ $rc = 2 ] && [ ! -s out ] && grep -q "is a PostgreSQL database, which dyad writes ('dyad ingest') but does not read yet" err &&
        ok || { bad "dyad $cmd --db postgresql://: exit $rc (want 2)"; cat err; }
done
"$DYAD" ingest --db "postgresql:///ex?host=$pg/none&port=$port&user=dyad" "$ex" 2> err; rc=$?
[ $rc = 5 ] && grep -q "^dyad: cannot connect to postgresql:///ex?host=.*; check the URL, and that the server runs and lets you in$" err &&
    ok || { bad "no server: exit $rc (want 5)"; cat err; }
# another program's tables in the way: refused, left alone
psql postgres "CREATE DATABASE other" && psql other "CREATE TABLE event (x int)"
"$DYAD" ingest --db "$(url other)" "$ex" 2> err; rc=$?
[ $rc = 1 ] && grep -q "holds tables of another program" err && [ "$(psql other 'SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()')" = 1 ] &&
    ok || { bad "another program's tables: exit $rc (want 1)"; cat err; }

summary
