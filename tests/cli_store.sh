#!/bin/sh
# cli_store.sh — dyad ingest, query and export as a user meets them:
#   - an ingest stores what dyad code finds, and an export gives it back
#     byte for byte (JSON lines, PETRARCH, GDELT, --explain);
#   - ingesting again replaces, never doubles;
#   - kill -9 in the middle of a large ingest (-j 4) leaves a consistent database
#     holding the articles before the batch in flight, and the same
#     command run again ends with what a clean ingest gives;
#   - readers run while an ingest writes, and see whole batches;
#   - a progress bar on a terminal, one summary line otherwise;
#   - golden messages and exit codes for bad usage, a date range without
#     events, and databases that cannot be used: missing, another kind of
#     file, another program's, a table dropped, a read-only folder; none of
#     them is changed by the attempt.
# $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
need_dyad
command -v sqlite3 > /dev/null || skip_all 1 "the sqlite3 program is missing (make deps installs it)"
scratch

# same WANT GOT WHAT: the two files are equal, else the diff.
# The summary line's time and rate change from run to run.
norm() { sed -e 's/ in [0-9.]* s, [0-9,]* articles a second$/ in T s, R articles a second/' "$@"; }

ex=$root/examples/articles.jsonl

# ---- ingest, then export: what dyad code gives ----
"$DYAD" ingest --db ex.db "$ex" > out 2> err; rc=$?
# dyad code also writes quote records in JSON lines; the store keeps events
nev=$("$DYAD" code "$ex" | grep -c '^{"type":"event"')
nsent=$("$DYAD" sentences "$ex" | wc -l)
echo "dyad: stored 8 articles ($nsent sentences, $nev events) in ex.db in T s, R articles a second" > want
norm err > got
[ $rc = 0 ] && [ ! -s out ] && ok || bad "ingest: exit $rc (want 0), or output on stdout"
same want got "ingest: the summary line"
for f in jsonl petrarch gdelt; do
    "$DYAD" code --format $f "$ex" | grep -v '^{"type":"quote"' > want
    "$DYAD" export --db ex.db --format $f > got 2> err
    same want got "export --format $f differs from code --format $f"
done
"$DYAD" code --explain "$ex" 2> /dev/null | grep -v '^{"type":"quote"' > want
"$DYAD" export --db ex.db --explain > got
same want got "export --explain differs from code --explain"
[ "$(sqlite3 ex.db 'PRAGMA integrity_check')" = ok ] && ok || bad "ex.db: integrity_check"

# CSV: a header and a line per event
"$DYAD" export --db ex.db --format csv > got
[ "$(head -n 1 got | cut -d, -f1-5)" = "id,date,source,target,code" ] && ok || bad "csv header"
[ "$(sqlite3 ex.db "SELECT count(*) FROM event")" = "$nev" ] && ok || bad "csv: event count"

# ---- again: replaced, not doubled ----
"$DYAD" ingest --db ex.db "$ex" 2> err
echo "dyad: stored 8 articles ($nsent sentences, $nev events; 8 replaced) in ex.db in T s, R articles a second" > want
norm err > got
same want got "ingest again: the summary line"
[ "$(sqlite3 ex.db 'SELECT count(*) FROM article')" = 8 ] && ok || bad "ingest again: articles doubled"
[ "$(sqlite3 ex.db 'SELECT count(*) FROM event')" = "$nev" ] && ok || bad "ingest again: events doubled"

# one id twice in one file: the reader warns, the store keeps the second
printf '%s\n' '{"id":"d","date":"2024-01-02","text":"Chinese troops attacked Taiwan."}' \
    '{"id":"d","date":"2024-01-03","text":"China praised Taiwan."}' > dup.jsonl
"$DYAD" ingest --db dup.db dup.jsonl 2> err
[ "$(sqlite3 dup.db "SELECT count(*), max(date) FROM article")" = "1|2024-01-03" ] && ok ||
    bad "an id twice in one file: $(sqlite3 dup.db 'SELECT doc, date FROM article')"
[ "$(sqlite3 dup.db "SELECT group_concat(code) FROM event")" = "051" ] && ok ||
    bad "an id twice in one file: the first record's events are left"
grep -q "; 1 replaced) in dup.db" err && ok || bad "an id twice in one file: the summary"

# --all-modalities stores negated events; they are counted with --modality all
printf '{"id":"neg","date":"2024-01-02","text":"Chinese troops did not attack Taiwan."}\n' > neg.jsonl
"$DYAD" ingest --db neg.db --all-modalities neg.jsonl 2> /dev/null
"$DYAD" code --all-modalities neg.jsonl > want
"$DYAD" export --db neg.db --modality all > got
same want got "export --modality all of negated events"
"$DYAD" export --db neg.db > got 2> err
[ ! -s got ] && ok || bad "export without --modality must leave negated events out"
[ "$(sqlite3 neg.db 'SELECT options FROM ingest')" = all-modalities ] && ok || bad "the run's options"

# ---- queries: golden output on the example articles ----
"$DYAD" query dyads --db ex.db --dyad CHN-USA --format csv > got
cat > want <<'X'
source,target,events,goldstein_sum,goldstein_mean,verbal_coop,material_coop,verbal_conflict,material_conflict
CHNGOV,USAGOV,2,3.8,1.90,2,0,0,0
CHN,USA,1,-4.0,-4.00,0,0,1,0
X
same want got "query dyads --dyad CHN-USA"
"$DYAD" query series --db ex.db --dyad 'ISR-*' --by month --from 2024-03-01 > got
cat > want <<'X'
month    events  goldstein_sum  goldstein_mean  verbal_coop  material_coop  verbal_conflict  material_conflict
2024-03       0            0.0               -            0              0                0                  0
2024-04       0            0.0               -            0              0                0                  0
2024-05       2           -5.2           -2.60            1              0                0                  1
X
same want got "query series --by month"
"$DYAD" query events --db ex.db --code 17 --format json > got
cat > want <<'X'
{"id":4,"date":"2023-03-20","source":"IGOJUDICC","target":"RUSGOV","code":"173","goldstein":-5.0,"modality":"asserted","news_source":"dyad wire","doc":"dyad-2023-03-20-xi-moscow","sent":11,"url":"","sentence":"A spokesman for the U.S. State Department criticized the timing of the trip, which came days after the International Criminal Court issued an arrest warrant for Putin."}
{"id":17,"date":"2024-05-07","source":"ISR","target":"PSEGZS","code":"171","goldstein":-9.2,"modality":"asserted","news_source":"dyad wire","doc":"dyad-2024-05-07-rafah","sent":1,"url":"","sentence":"Israeli tanks seized the Gaza side of the Rafah border crossing with Egypt on Tuesday, the Israeli military said, after aircraft struck targets in the eastern part of the southern city overnight."}
X
# the ids are those of the second ingest, which replaced the first
sed 's/"id":[0-9]*,//' want > want2; sed 's/"id":[0-9]*,//' got > got2
same want2 got2 "query events --code 17 --format json"
"$DYAD" query actors --db ex.db --limit 2 --format csv > got
cat > want <<'X'
actor,events,as_source,as_target,first,last
CHNGOV,8,4,4,2023-03-20,2023-06-19
USAGOV,6,4,2,2023-06-19,2023-11-22
X
same want got "query actors --limit 2"

# a date range without events: an answer, and a word on what there is
"$DYAD" query dyads --db ex.db --from 2030-01-01 --to 2030-12-31 --format csv > got 2> err; rc=$?
echo "dyad: warning: no event in ex.db matches (from 2030-01-01, to 2030-12-31); it holds $(sqlite3 ex.db 'SELECT count(*) FROM event') events, dated 2023-03-20 to 2024-05-07" > want
[ $rc = 0 ] && [ "$(wc -l < got)" = 1 ] && ok || bad "empty range: exit $rc (want 0), header only"
same want err "empty range: the warning"
"$DYAD" query series --db ex.db --from 2030-01-01 --to 2030-01-03 --dyad RUS-PRK > got 2> err
[ "$(wc -l < got)" = 4 ] && ok || bad "empty series: three days of zeros and the header"
grep -q "no event in ex.db matches (from 2030-01-01, to 2030-01-03, dyad RUS-PRK)" err && ok ||
    bad "empty series: the warning"

# ---- quotes and their speakers ----
nquo=$("$DYAD" code "$ex" | grep -c '^{"type":"quote"')
[ "$(sqlite3 ex.db 'SELECT count(*) FROM quote')|$(sqlite3 ex.db 'SELECT sum(quotes) FROM article')" = "$nquo|$nquo" ] &&
    ok || bad "quotes: the store holds $(sqlite3 ex.db 'SELECT count(*) FROM quote'), dyad code finds $nquo"
# a surname in any case finds the full name, in every format
"$DYAD" query quotes --db ex.db --speaker PETROVA > got
cat > want <<'X'
date        speaker       speaker_code  kind    quote                                                                        speaker_desc  news_source  doc                        sent  url
2023-03-20  Anna Petrova                direct  Moscow needs this visit far more than Beijing does                           an analyst    dyad wire    dyad-2023-03-20-xi-moscow     8  
2023-03-20  Anna Petrova                direct  For Xi it is a chance to look like a peacemaker without promising anything.  an analyst    dyad wire    dyad-2023-03-20-xi-moscow     9  
X
same want got "query quotes --speaker PETROVA"
"$DYAD" query quotes --db ex.db --speaker petrova --format csv > got
cat > want <<'X'
date,speaker,speaker_code,kind,quote,speaker_desc,news_source,doc,sent,url
2023-03-20,Anna Petrova,,direct,Moscow needs this visit far more than Beijing does,an analyst,dyad wire,dyad-2023-03-20-xi-moscow,8,
2023-03-20,Anna Petrova,,direct,For Xi it is a chance to look like a peacemaker without promising anything.,an analyst,dyad wire,dyad-2023-03-20-xi-moscow,9,
X
same want got "query quotes --format csv"
"$DYAD" query quotes --db ex.db --speaker 'anna p' --from 2023-03-20 --to 2023-03-20 --limit 1 --format json > got
cat > want <<'X'
{"date":"2023-03-20","speaker":"Anna Petrova","speaker_code":"","kind":"direct","quote":"Moscow needs this visit far more than Beijing does","speaker_desc":"an analyst","news_source":"dyad wire","doc":"dyad-2023-03-20-xi-moscow","sent":8,"url":""}
X
same want got "query quotes --format json"
# no one of that name: the header alone and a word, not an error
"$DYAD" query quotes --db ex.db --speaker Nobody --format csv > got 2> err; rc=$?
echo "dyad: warning: no quote in ex.db matches (speaker Nobody); it holds $nquo quotes" > want
[ $rc = 0 ] && [ "$(cat got)" = "date,speaker,speaker_code,kind,quote,speaker_desc,news_source,doc,sent,url" ] &&
    ok || bad "query quotes --speaker Nobody: exit $rc (want 0), header only"
same want err "query quotes --speaker Nobody: the warning"
# again: replaced, not doubled
"$DYAD" ingest --db ex.db "$ex" 2> /dev/null
[ "$(sqlite3 ex.db 'SELECT count(*) FROM quote')" = "$nquo" ] && ok || bad "ingest again: quotes doubled"
# a version 3 database, made by the dyad before quotes were kept: upgraded
# on opening, its rows kept; its quotes come with the next ingest
sqlite3 v3.db < "$root/tests/data/store/v3.sql"
"$DYAD" query quotes --db v3.db --format json > got 2> err; rc=$?
echo "dyad: warning: v3.db holds no quotes (2 articles); articles stored by a dyad older than the quotes' table have none until they are ingested again" > want
[ $rc = 0 ] && [ ! -s got ] && [ "$(sqlite3 v3.db 'PRAGMA user_version')" = 4 ] &&
    [ "$(sqlite3 v3.db 'SELECT count(*) FROM event')" = 3 ] && ok ||
    bad "v3.db: exit $rc, version $(sqlite3 v3.db 'PRAGMA user_version')"
same want err "v3.db: the word on its missing quotes"
sqlite3 v3.db "SELECT json_object('id', doc, 'date', date, 'source', source, 'title', title, 'text', text) FROM article" > v3.jsonl
"$DYAD" ingest --db v3.db v3.jsonl 2> /dev/null
"$DYAD" ingest --db v3.db v3.jsonl 2> /dev/null
[ "$(sqlite3 v3.db 'SELECT count(*), sum(speaker <> "") FROM quote')" = "2|2" ] &&
    [ "$(sqlite3 v3.db 'SELECT count(*) FROM article')" = 2 ] && ok ||
    bad "v3.db ingested again: $(sqlite3 v3.db 'SELECT count(*) FROM quote') quotes"
"$DYAD" query quotes --db v3.db --speaker okello --format csv | tail -n 1 > got
echo "2024-04-02,Amina Okello,,direct,We will not stand by,a senior adviser to the president,test wire,v3-1,1," > want
same want got "v3.db: query quotes --speaker okello"

# ---- the briefing ----
"$DYAD" brief --db ex.db --format text > got 2> err; rc=$?
[ $rc = 0 ] && [ ! -s err ] && ok || bad "brief --format text: exit $rc"
[ "$(head -n 1 got)" = "dyad briefing: 2024-05-01 to 2024-05-07 (7 days), against 2024-04-24 to 2024-04-30" ] &&
    ok || bad "brief: the period is not the last week with events: $(head -n 1 got)"
grep -q '^  ISR -> PSEGZS: -9.2 (was +0.0), 1 event (was 0), toward conflict$' got && ok ||
    bad "brief: ISR -> PSEGZS not among the movers"
# the analysts' quotes of the period, read from the store
"$DYAD" brief --db ex.db --date 2023-03-20 --days 1 --format text > got
grep -A1 '^  2023-03-20  Anna Petrova (an analyst)$' got | grep -q '^      "Moscow needs this visit' &&
    ok || bad "brief: Anna Petrova's quote is not among the quotes of the period"
echo old > b.html
"$DYAD" brief --db ex.db --date 2023-06-25 --days 30 -o b.html 2> err; rc=$?
[ $rc = 0 ] && [ ! -s err ] && [ "$(head -c 15 b.html)" = "<!DOCTYPE html>" ] && ok ||
    bad "brief -o b.html: exit $rc, $(head -c 40 b.html)"
[ "$(grep -c '<svg ' b.html)" -ge 2 ] && ok || bad "brief -o b.html: no charts"
ls b.html.* > /dev/null 2>&1 && bad "brief -o left a temporary file" || ok
"$DYAD" brief --db ex.db --date 2030-01-01 --format text > got 2> err; rc=$?
echo "dyad: warning: the briefing's period holds no event; ex.db holds $(sqlite3 ex.db 'SELECT count(*) FROM event') events, dated 2023-03-20 to 2024-05-07: choose the period with --date and --days" > want
[ $rc = 0 ] && grep -q "^No events in either period.$" got && ok || bad "brief of an empty period: exit $rc"
same want err "brief of an empty period: the warning"
"$DYAD" brief --db ex.db -o nodir/b.html 2> err; rc=$?
echo "dyad: cannot write nodir/b.html: No such file or directory" > want
[ $rc = 5 ] && [ ! -e nodir ] && ok || bad "brief -o nodir/b.html: exit $rc (want 5)"
same want err "brief -o nodir/b.html: the message"

# ---- usage errors: exact message, exit 2 ----
# usage ARGS... <<< want: runs dyad with ARGS, wants exit 2 and stderr as given
usage() {
    cat > want
    "$DYAD" "$@" > out 2> err; rc=$?
    [ -s out ] && rc="$rc, and wrote to standard output"
    want_err "dyad $*" 2 "$rc"
}
usage query <<'X'
dyad: say what to ask: dyads, series, events, actors or quotes
dyad: try 'dyad query --help'
X
usage query dyad <<'X'
dyad: unknown query 'dyad'; ask dyads, series, events, actors or quotes
dyad: try 'dyad query --help'
X
usage query events --speaker Glaser <<'X'
dyad: --speaker is for 'dyad query quotes', not events
dyad: try 'dyad query --help'
X
usage query quotes --dyad RUS-CHN <<'X'
dyad: quotes are chosen by --from, --to and --speaker, not by --dyad
dyad: try 'dyad query --help'
X
usage query dyads actors <<'X'
dyad: one question at a time: 'dyads', then 'actors'
dyad: try 'dyad query --help'
X
usage query dyads --by week <<'X'
dyad: --by is for 'dyad query series', not dyads
dyad: try 'dyad query --help'
X
usage query series --by year <<'X'
dyad: --by wants day, week or month, not 'year'
dyad: try 'dyad query --help'
X
usage query dyads --from 2024-02-30 <<'X'
dyad: --from '2024-02-30' is not a date; write it as YYYY-MM-DD
dyad: try 'dyad query --help'
X
usage query dyads --dyad RUS <<'X'
dyad: --dyad wants SOURCE-TARGET, actor codes or their starts, as RUS-PRK or USAGOV-*; not 'RUS'
dyad: try 'dyad query --help'
X
usage query dyads --format xml <<'X'
dyad: unknown format 'xml'; use table, csv or json
dyad: try 'dyad query --help'
X
usage query dyads --limit -3 <<'X'
dyad: --limit wants a number of rows, not '-3' (0: all)
dyad: try 'dyad query --help'
X
usage query dyads --db ex.db --from 2024-02-01 --to 2024-01-01 <<'X'
dyad: the range from 2024-02-01 to 2024-01-01 is empty: from comes after to
dyad: try 'dyad query --help'
X
usage query dyads --db ex.db --modality sure <<'X'
dyad: unknown modality 'sure'; use asserted, future, conditional, hypothetical, negated, a list of them with commas, or all
dyad: try 'dyad query --help'
X
usage export --format xml <<'X'
dyad: unknown format 'xml'; use jsonl, petrarch, gdelt or csv
dyad: try 'dyad export --help'
X
usage export events.jsonl <<'X'
dyad: export reads no files ('events.jsonl'); it writes the events of --db
dyad: try 'dyad export --help'
X
usage brief --days 0 <<'X'
dyad: --days wants a number of days from 1 to 366, not '0'
dyad: try 'dyad brief --help'
X
usage brief --format pdf <<'X'
dyad: unknown format 'pdf'; use html, text or email
dyad: try 'dyad brief --help'
X
usage brief --date 2024-02-30 <<'X'
dyad: --date '2024-02-30' is not a date; write it as YYYY-MM-DD
dyad: try 'dyad brief --help'
X
usage brief week.html <<'X'
dyad: brief reads no files ('week.html'); it reads --db
dyad: try 'dyad brief --help'
X
usage ingest --batch 0 "$ex" <<'X'
dyad: --batch wants a number of articles above 0, not '0'
dyad: try 'dyad ingest --help'
X
usage ingest --dict d --petrarch-dicts p "$ex" <<'X'
dyad: --dict and --petrarch-dicts both name dictionaries; give one of them
dyad: try 'dyad ingest --help'
X

# ---- databases that cannot be used: exact message, and the file untouched ----
# refused WANT_RC ARGS... <<< want: dyad ARGS fails with WANT_RC and stderr as given
refused() {
    want_rc=$1; shift
    cat > want
    "$DYAD" "$@" > out 2> err; rc=$?
    want_err "dyad $*" "$want_rc" "$rc"
}
refused 1 query dyads --db none.db <<'X'
dyad: none.db: no such file; make it with 'dyad ingest --db none.db FILE...'
X
[ ! -e none.db ] && ok || bad "a query made none.db"
refused 1 export --db none.db <<'X'
dyad: none.db: no such file; make it with 'dyad ingest --db none.db FILE...'
X
echo "Minutes of the meeting of 3 May." > notes.txt
cp notes.txt notes.keep
refused 1 ingest --db notes.txt "$ex" <<'X'
dyad: notes.txt is not an SQLite database (it holds something else); give another --db, or move the file away to start a new database there
X
same notes.keep notes.txt "a refused ingest changed notes.txt"
sqlite3 other.db "CREATE TABLE birds (name TEXT); INSERT INTO birds VALUES ('wren');"
cp other.db other.keep
refused 1 ingest --db other.db "$ex" <<'X'
dyad: other.db is an SQLite database of another program (tables: birds), not dyad's; give another --db
X
same other.keep other.db "a refused ingest changed other.db"
refused 1 query actors --db other.db <<'X'
dyad: other.db is an SQLite database of another program (tables: birds), not dyad's; give another --db
X
cp ex.db dropped.db
sqlite3 dropped.db "DROP TABLE sentence"
refused 1 export --db dropped.db <<'X'
dyad: dropped.db: the database lacks a table or column of schema version 4 (no such table: sentence): it was changed outside dyad; restore a backup, or ingest again into a new file
X
refused 5 ingest --db nodir/x.db "$ex" <<'X'
dyad: cannot create nodir/x.db: the folder nodir: No such file or directory; choose a folder you can write
X
[ ! -e nodir ] && ok || bad "a refused ingest made nodir"

# A read-only folder. Root writes anywhere: run those as nobody.
as_user=""
if [ "$(id -u)" = 0 ]; then
    if command -v setpriv > /dev/null; then
        as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
        chmod 755 "$tmp"
    else
        as_user=none
    fi
fi
# nobody must reach the program and its dictionaries (a checkout under /root: not)
if [ -n "$as_user" ] && [ "$as_user" != none ] && ! $as_user "$DYAD" dict check > /dev/null 2>&1; then
    as_user=unreachable
fi
if [ "$as_user" = none ] || [ "$as_user" = unreachable ]; then
    skip=$((skip + 4))
    if [ "$as_user" = none ]; then
        echo "SKIPPED 4: running as root without setpriv: no read-only folder"
    else
        echo "SKIPPED 4: user nobody cannot run $DYAD or read its dictionaries: no read-only folder"
    fi
else
    mkdir ro; cp ex.db ro/ex.db; chmod 444 ro/ex.db; chmod 555 ro
    cp ro/ex.db ro.keep
    $as_user "$DYAD" ingest --db ro/new.db "$ex" > out 2> err; rc=$?
    echo "dyad: cannot create ro/new.db: the folder ro: Permission denied; choose a folder you can write" > want
    [ $rc = 5 ] && ok || bad "ingest into a read-only folder: exit $rc (want 5)"
    same want err "ingest into a read-only folder: the message"
    $as_user "$DYAD" query dyads --db ro/ex.db > out 2> err; rc=$?
    echo "dyad: cannot read ro/ex.db: the file is read-only, and SQLite must write ro/ex.db-shm beside it to read it safely while another program may write; make the file and its folder writable, or copy it where you can write" > want
    [ $rc = 1 ] && ok || bad "query in a read-only folder: exit $rc (want 1)"
    same want err "query in a read-only folder: the message"
    chmod 755 ro
    same ro.keep ro/ex.db "a refused ingest changed ro/ex.db"
fi

# ---- kill -9 in the middle, then the same command again ----
# big.jsonl: the example articles many times over, each with its own id.
i=0
while [ $i -lt 500 ]; do
    i=$((i + 1))
    sed "s/\"id\": \"/\"id\": \"r$i-/" "$ex"
done > big.jsonl
total=$(wc -l < big.jsonl)
"$DYAD" ingest --db clean.db --batch 100 big.jsonl 2> /dev/null

"$DYAD" ingest -j 4 --db crash.db --batch 100 big.jsonl 2> /dev/null &
pid=$!
# wait until some batches are in (at most 60 s), then kill it mid-batch
t=0; n=0
while [ $t -lt 600 ]; do
    [ -s crash.db ] && n=$(sqlite3 crash.db "SELECT count(*) FROM article" 2> /dev/null)
    [ "${n:-0}" -ge 300 ] && break
    sleep 0.1; t=$((t + 1))
done
kill -9 $pid 2> /dev/null; wait $pid 2> /dev/null; rc=$?
[ $rc = 137 ] && ok || bad "kill -9: the ingest ended with $rc before the kill (make big.jsonl larger)"
[ "$(sqlite3 crash.db 'PRAGMA integrity_check')" = ok ] && ok || bad "after kill -9: integrity_check"
[ -z "$(sqlite3 crash.db 'PRAGMA foreign_key_check')" ] && ok || bad "after kill -9: foreign keys"
torn=$(sqlite3 crash.db "SELECT count(*) FROM article a WHERE events <> (SELECT count(*) FROM event
    WHERE article = a.id) OR sentences <> (SELECT count(*) FROM sentence WHERE article = a.id)")
[ "$torn" = 0 ] && ok || bad "after kill -9: $torn articles with rows missing"
# what is stored is the input's first K articles, whole: only batches in flight are lost
k=$(sqlite3 crash.db "SELECT count(*) FROM article")
sqlite3 crash.db "SELECT doc FROM article ORDER BY id" > got
sed 's/^{"id": "\([^"]*\)".*/\1/' big.jsonl | head -n "$k" > want
[ "$k" -ge 300 ] && [ "$k" -lt "$total" ] && ok || bad "after kill -9: $k of $total articles"
same want got "after kill -9: the stored articles are not the input's first $k"
# the same command again completes the job
"$DYAD" ingest -j 4 --db crash.db --batch 100 big.jsonl 2> err; rc=$?
[ $rc = 0 ] && grep -q "; $k replaced) in crash.db" err && ok ||
    bad "the ingest run again: exit $rc, $(cat err)"
for f in jsonl gdelt; do
    "$DYAD" export --db clean.db --format $f --explain | cut -f2- > want
    "$DYAD" export --db crash.db --format $f --explain | cut -f2- > got
    same want got "after kill -9 and a second run: export --format $f differs from a clean ingest"
done
article_rows="SELECT id, doc, date, source, url, title, text, file, line, sentences, events FROM article ORDER BY id"
sqlite3 clean.db "$article_rows" > want; sqlite3 crash.db "$article_rows" > got
same want got "after kill -9 and a second run: the articles differ from a clean ingest"
sqlite3 clean.db "SELECT * FROM sentence" > want; sqlite3 crash.db "SELECT * FROM sentence" > got
same want got "after kill -9 and a second run: the sentences differ from a clean ingest"

# ---- readers while an ingest writes ----
rm -f live.db
"$DYAD" ingest --db live.db --batch 50 big.jsonl 2> /dev/null &
pid=$!
reads=0; torn=0; failed=0; last=0; back=0
while kill -0 $pid 2> /dev/null; do
    [ -s live.db ] || { sleep 0.05; continue; }
    # one statement, one snapshot: every article's rows are all there
    r=$(sqlite3 live.db "SELECT count(*), (SELECT count(*) FROM event) = (SELECT coalesce(sum(events), 0)
        FROM article) AND (SELECT count(*) FROM sentence) = (SELECT coalesce(sum(sentences), 0)
        FROM article) FROM article" 2> /dev/null) || continue
    reads=$((reads + 1))
    n=${r%|*}
    [ "${r#*|}" = 1 ] || torn=$((torn + 1))
    [ "$n" -ge "$last" ] || back=$((back + 1))
    last=$n
    "$DYAD" query dyads --db live.db --format csv > q.out 2> q.err || { failed=$((failed + 1)); cat q.err >> q.fails; }
    grep -v 'holds no events' q.err > q.err2; [ -s q.err2 ] && { failed=$((failed + 1)); cat q.err2 >> q.fails; }
done
wait $pid; rc=$?
[ $rc = 0 ] && ok || bad "the ingest under readers: exit $rc"
[ $reads -ge 3 ] && ok || bad "readers: only $reads reads during the ingest"
[ $torn = 0 ] && ok || bad "readers: $torn of $reads reads saw half a batch"
[ $back = 0 ] && ok || bad "readers: $back reads saw fewer articles than the one before"
[ $failed = 0 ] && ok || { bad "readers: $failed queries failed during the ingest:"; sed 's/^/    /' q.fails; }

# ---- progress: a bar on a terminal, one line otherwise ----
"$DYAD" ingest --db p1.db "$ex" 2> err
[ "$(wc -l < err)" = 1 ] && ! grep -q "$(printf '\r')" err && ok ||
    bad "ingest without a terminal: want one summary line, got $(wc -l < err)"
if command -v script > /dev/null; then
    head -n 400 big.jsonl > some.jsonl
    script -qec "\"$DYAD\" ingest --db p2.db some.jsonl" /dev/null > tty.out 2>&1 < /dev/null
    if grep -q "articles  [0-9,]* events  [0-9,]*/s" tty.out && grep -q "$(printf '\r')\[[#.]*\] " tty.out &&
       grep -q "dyad: stored 400 articles" tty.out; then ok; else
        bad "ingest on a terminal: no progress bar, or no summary"; tr '\r' '\n' < tty.out | tail -5
    fi
else
    skip=$((skip + 1)); echo "SKIPPED 1: no 'script' program to give ingest a terminal"
fi

summary
