#!/bin/sh
# cli_jobs.sh — dyad code -j N and dyad ingest -j N give what -j 1 gives:
#   - code: standard output and standard error byte for byte, and the exit
#     code, on the example articles (every format, --explain, --dedupe) and
#     on a file with broken records among good ones, whose messages must
#     come where -j 1 prints them;
#   - ingest: the same database, as `dyad export` shows it, and the same
#     messages;
#   - the news corpus (../shared/corpus/news.jsonl), when it is there;
#   - golden messages for a bad -j.
# $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
need_dyad
scratch

# same WANT GOT WHAT: the two files are equal, else the diff.
# The ingest summary's time and rate, and its database name, change.
norm() {
    sed -e 's/ in [0-9.]* s, [0-9,]* articles a second$/ in T s, R articles a second/' \
        -e 's/ in j[0-9]*\.db / in DB /' "$@"
}

ex=$root/examples/articles.jsonl
corpus=$root/../shared/corpus/news.jsonl

# compare_code WHAT ARGS...: dyad code ARGS with -j 1 and -j 4.
compare_code() {
    what=$1; shift
    "$DYAD" code -j 1 "$@" > out1 2> err1; rc1=$?
    "$DYAD" code -j 4 "$@" > out4 2> err4; rc4=$?
    [ -s out1 ] && ok || bad "$what: -j 1 wrote nothing"
    same out1 out4 "$what: standard output of -j 4 differs from -j 1's"
    same err1 err4 "$what: standard error of -j 4 differs from -j 1's"
    [ $rc1 = $rc4 ] && ok || bad "$what: exit $rc4 with -j 4, $rc1 with -j 1"
}

# compare_ingest WHAT ARGS...: dyad ingest ARGS with -j 1 and -j 4, then
# the two databases exported.
compare_ingest() {
    what=$1; shift
    rm -f j1.db j4.db
    "$DYAD" ingest -j 1 --db j1.db "$@" 2> err1; rc1=$?
    "$DYAD" ingest -j 4 --db j4.db "$@" 2> err4; rc4=$?
    norm err1 > n1; norm err4 > n4
    same n1 n4 "$what: the messages of ingest -j 4 differ from -j 1's"
    [ $rc1 = $rc4 ] && ok || bad "$what: ingest exit $rc4 with -j 4, $rc1 with -j 1"
    "$DYAD" export --db j1.db --explain > x1
    "$DYAD" export --db j4.db --explain > x4
    [ -s x1 ] && ok || bad "$what: the ingest -j 1 stored no event"
    same x1 x4 "$what: export of the ingest -j 4 differs from -j 1's"
}

# ---- the example articles ----
for f in jsonl petrarch gdelt; do
    compare_code "examples, --format $f" --format $f "$ex"
done
compare_code "examples, --explain" --explain "$ex"
compare_code "examples, --dedupe" --dedupe "$ex"
# many short articles, more than the ring of slots holds, one a line
i=0
while [ $i -lt 40 ]; do
    i=$((i + 1))
    sed "s/\"id\": \"/\"id\": \"r$i-/" "$ex"
done > many.jsonl
compare_code "40 copies of the examples" many.jsonl

# ---- broken records among good ones: messages where -j 1 prints them ----
{
    head -n 3 "$ex"
    echo '{"id": broken'
    sed -n 4,6p "$ex"
    echo 'not json'
    echo '{"id": "n", "text": 5}'
    sed -n 7,8p "$ex"
} > broken.jsonl
printf 'Turkish jets struck Iraq on Monday.\n' > plain.txt
compare_code "broken records" --explain broken.jsonl plain.txt missing.jsonl
grep -q '^broken.jsonl:4:.*malformed JSON' err1 && ok || bad "broken records: no message for line 4"
[ $rc1 = 1 ] && ok || bad "broken records: exit $rc1 (want 1)"
# --max-errors holds messages back; the count comes after the file's records
compare_code "--max-errors 1" --max-errors 1 broken.jsonl "$ex"

# ---- ingest ----
compare_ingest "ingest of the examples" "$ex" many.jsonl
compare_ingest "ingest of broken records" broken.jsonl "$ex"

# ---- the news corpus ----
if [ -r "$corpus" ]; then
    compare_code "the corpus" "$corpus"
    head -n 2000 "$corpus" > part.jsonl
    compare_ingest "ingest of the corpus's first 2000 articles" part.jsonl
else
    echo "SKIPPED 2: $corpus is absent (the corpus comparisons of -j 1 and -j 4)"
    skip=$((skip + 2))
fi

# ---- a bad -j: exit 2, nothing coded ----
"$DYAD" code -j 0 "$ex" > out 2> err; rc=$?
cat > want <<'EOF'
dyad: -j wants a number of threads from 1 to 256, not '0'
dyad: try 'dyad code --help'
EOF
same want err "code -j 0: the message"
[ $rc = 2 ] && [ ! -s out ] && ok || bad "code -j 0: exit $rc (want 2), or output"
"$DYAD" ingest --jobs=many "$ex" > out 2> err; rc=$?
cat > want <<'EOF'
dyad: -j wants a number of threads from 1 to 256, not 'many'
dyad: try 'dyad ingest --help'
EOF
same want err "ingest --jobs=many: the message"
[ $rc = 2 ] && [ ! -e dyad.db ] && ok || bad "ingest --jobs=many: exit $rc (want 2), or a database"
"$DYAD" code -j > out 2> err; rc=$?
cat > want <<'EOF'
dyad: option '-j' needs a value
dyad: try 'dyad code --help'
EOF
same want err "code -j without a value: the message"
# the other spellings are taken
"$DYAD" code -j2 "$ex" > a && "$DYAD" code --jobs 3 "$ex" > b && "$DYAD" code --jobs=1 "$ex" > c &&
    cmp -s a b && cmp -s a c && ok || bad "-j2, --jobs 3 and --jobs=1 differ or fail"

# tools/compare_speed.py times two builds in turn (here the same one twice,
# on the example articles): a median for each and their ratio
python3 "$root/tools/compare_speed.py" "$DYAD" "$DYAD" --rounds 2 --articles 3 --corpus "$ex" > out 2> err; rc=$?
[ $rc = 0 ] && grep -q '^CPU seconds, dyad code -j 1 on 3 articles, 2 alternated runs each:$' out &&
    [ "$(grep -c '^  \(old\|new\)  median [0-9]*\.[0-9]*  ([0-9.]* [0-9.]*)$' out)" = 2 ] && grep -q '^  new / old  [0-9]' out &&
    ok || { bad "compare_speed.py (exit $rc)"; cat out err; }
python3 "$root/tools/compare_speed.py" "$DYAD" ./no-such-build --corpus "$ex" > out 2> err; rc=$?
[ $rc = 1 ] && grep -q 'no-such-build is not a program; build both first' err &&
    ok || { bad "compare_speed.py with no second build (exit $rc)"; cat err; }
python3 "$root/tools/compare_speed.py" "$DYAD" "$DYAD" --rounds 1 --articles 1 --corpus "$ex" > /dev/full 2> err; rc=$?
[ $rc = 1 ] && grep -q 'compare_speed.py: cannot write the output: No space left on device' err &&
    ok || { bad "compare_speed.py > /dev/full (exit $rc)"; cat err; }

summary
