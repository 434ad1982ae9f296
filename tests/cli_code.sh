#!/bin/sh
# cli_code.sh — golden tests of `dyad code` and `dyad validate`: exact stderr
# and exit code for usage errors and missing dictionaries, then one sentence
# coded end to end in each output format. $DYAD is the binary (tests/run.sh
# sets it); ../shared ($DYAD_SHARED) is used when present, skipped visibly
# when not.
#
# Exit codes: 0 ok, 1 bad input, 2 bad usage, 3 dictionary or data errors.
. "$(dirname "$0")/lib.sh"
need_dyad
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$root/data/cameo.tsv" "$tmp/"   # verb codes are checked against ../cameo.tsv
cd "$tmp" || exit 1

# expect NAME RC CMD [ARGS...] < want-stderr: runs dyad CMD ARGS with stdin
# from the file "in"; compares exit code and stderr exactly.
expect() {
    name=$1 want_rc=$2; shift 2
    cat > want
    "$DYAD" "$@" < in > out 2> err; rc=$?
    # usage and dictionary errors must stop before anything is coded
    case $want_rc in 2|3) [ -s out ] && rc="$rc, and printed events";; esac
    want_err "$name" "$want_rc" "$rc"
}

echo "Chinese President Xi Jinping arrived in Moscow on Monday." > in

# ---- usage errors: exit 2, nothing coded ----
expect "unknown option" 2 code --bogus <<'X'
dyad: unknown option '--bogus'
dyad: try 'dyad code --help'
X
expect "--dict with --petrarch-dicts" 2 code --dict a --petrarch-dicts b <<'X'
dyad: --dict and --petrarch-dicts both name dictionaries; give one of them
dyad: try 'dyad code --help'
X
expect "bad --format" 2 code --format xml <<'X'
dyad: unknown output format 'xml'; use jsonl, petrarch or gdelt
dyad: try 'dyad code --help'
X
expect "--format without a value" 2 code --format <<'X'
dyad: option '--format' needs a value
dyad: try 'dyad code --help'
X
expect "impossible --date" 2 code --date 2023-02-29 <<'X'
dyad: --date '2023-02-29' is not a date; write it as YYYY-MM-DD (YYYYMMDD and 2024-03-21T10:00:00Z are accepted too)
dyad: try 'dyad code --help'
X
expect "--date in another layout" 2 code --date 20.03.2023 <<'X'
dyad: --date '20.03.2023' is not a date; write it as YYYY-MM-DD (YYYYMMDD and 2024-03-21T10:00:00Z are accepted too)
dyad: try 'dyad code --help'
X
expect "bad --input" 2 code --input html <<'X'
dyad: unknown input format 'html'; use text, jsonl or petrarch
dyad: try 'dyad code --help'
X

# ---- dictionaries that cannot be used: exit 3 ----
expect "missing dictionary folder" 3 code --dict nowhere --date 2023-03-20 <<'X'
nowhere: error: cannot open dictionary folder: No such file or directory
dyad: the dictionaries in 'nowhere' have errors (see above); fix them or choose others with --dict
X
mkdir empty
expect "folder without dictionaries" 3 code --dict empty --date 2023-03-20 <<'X'
empty: error: no *.txt dictionary files in this folder
dyad: the dictionaries in 'empty' have errors (see above); fix them or choose others with --dict
X
mkdir broken
printf 'actor ABC: Abcland\nactor ABC: Abcland\nverb 042: visit +\n' > broken/a.txt
expect "dictionary with an error" 3 code --dict broken --date 2023-03-20 <<'X'
broken/a.txt:2: error: duplicate: 'Abcland' already has code ABC at broken/a.txt:1; remove one
dyad: the dictionaries in 'broken' have errors (see above); fix them or choose others with --dict
X
mkdir noverbs
printf 'actor ABC: Abcland\n' > noverbs/actors.txt
expect "folder without verb patterns" 3 code --dict noverbs --date 2023-03-20 <<'X'
noverbs: error: no verb patterns in this folder, so no event can be coded; write them as 'verb CODE: pattern' lines in noverbs/verbs.txt (docs/dictionaries.md)
dyad: the dictionaries in 'noverbs' have errors (see above); fix them or choose others with --dict
X
# PETRARCH2's folder: files by exact name; the validation set is no stand-in.
mkdir petr
printf -- '--- MEET [040] ---\nMEET\n- * WITH + [040]\n' > petr/PETR.Validate.verbs.txt
for f in Phoenix.Countries.actors.txt Phoenix.International.actors.txt \
         Phoenix.MilNonState.actors.txt Phoenix.agents.txt Phoenix.discards.txt; do
    : > "petr/$f"
done
expect "PETRARCH2 folder without CAMEO.2.0.txt" 3 code --petrarch-dicts petr --date 2023-03-20 <<'X'
petr/CAMEO.2.0.txt: error: missing: PETRARCH2's verb patterns are read from CAMEO.2.0.txt; give the folder that holds it (PETR.Validate.verbs.txt here is the fictional set of the validation file, which only 'dyad validate' reads)
dyad: the dictionaries in 'petr' have errors (see above); fix them or choose others with --petrarch-dicts
X
# PETRARCH2's files with faults: coding says so in one line, 'dict check'
# lists each.
rm petr/PETR.Validate.verbs.txt
printf -- '--- MEET [040] ---\nMEET\n- * WITH + [040]\n- * WITH + [040]\n- * ABOUT + [04!]\n' \
    > petr/CAMEO.2.0.txt
printf 'ARNOR [ARN]\nGONDOR [GON]\n' > petr/Phoenix.Countries.actors.txt
echo "Arnor met with Gondor." > in
expect "PETRARCH2 faults in one line" 0 code --petrarch-dicts petr --date 2023-03-20 <<'X'
dyad: warning: 1 warning and 1 note about the lines of PETRARCH2's files in 'petr' (lines skipped, oddities accepted); run 'dyad dict check --petrarch-dicts petr' to list them
X
grep -q '"source":"ARN","target":"GON","code":"040"' out && ok ||
    { bad "PETRARCH2 dictionaries: Arnor's meeting not coded"; sed 's/^/    /' out; }
"$DYAD" dict check --petrarch-dicts petr > out 2> err; rc=$?
cat > want <<'X'
petr/CAMEO.2.0.txt:5: warning: bad event code near '[04!'; line skipped
petr/CAMEO.2.0.txt: note: 1 patterns listed twice for the same verbs (first at line 4)
X
grep -v '^dyad: loaded ' err > err2
[ $rc = 0 ] && cmp -s want err2 && ok ||
    { bad "dict check --petrarch-dicts petr: exit $rc, does not list the faults"; diff want err2; }
echo "Chinese President Xi Jinping arrived in Moscow on Monday." > in

old_data=${DYAD_DATA-}; export DYAD_DATA=$tmp/nodata
expect "DYAD_DATA without dictionaries" 3 code --date 2023-03-20 <<X
$tmp/nodata/dict: error: cannot open dictionary folder: No such file or directory
dyad: the dictionaries in '$tmp/nodata/dict' have errors (see above); fix them or choose others with --dict
X
DYAD_DATA=$old_data; [ -n "$old_data" ] || unset DYAD_DATA

# ---- input errors: exit 1 ----
printf '{"id":"a","text":"Xi Jinping arrived in Moscow."}\n' > nodate.jsonl
expect "record without a date" 1 code nodate.jsonl <<'X'
nodate.jsonl:1: error: the record has no "date"; add "date": "YYYY-MM-DD" or give a default date (dyad: --date)
dyad: warning: read 0 records, skipped 1 (see the messages above)
X
expect "missing input file" 1 code --date 2023-03-20 nowhere.txt <<'X'
dyad: cannot open 'nowhere.txt': No such file or directory
X

# ---- one sentence, every format ----
# jsonl: every line an event object; the visit is CHNGOV -> RUS, 042.
expect "happy path, jsonl" 0 code --date 2023-03-20 < /dev/null
if [ -s out ] && ! grep -qv '^{"type":"event",' out; then ok; else
    bad "jsonl output: not one {\"type\":\"event\" object a line:"; sed 's/^/    /' out
fi
if grep '"source":"CHNGOV"' out | grep '"target":"RUS"' | grep '"code":"042"' |
    grep '"date":"2023-03-20"' | grep -q '"modality":"asserted"'; then ok; else
    bad "Xi's arrival in Moscow is not coded CHNGOV -> RUS 042 on 2023-03-20:"
    sed 's/^/    /' out
fi
# ... and happened in Moscow, the city of the gazetteer (docs/coder.md, "Places")
grep -q '"place":{"name":"Moscow","region":"Moscow","country":"RUS","lat":55.75,"lon":37.62,"from":"clause"}' out &&
    ok || { bad "the arrival's place is not Moscow, RUS, 55.75, 37.62:"; sed 's/^/    /' out; }

expect "happy path, petrarch" 0 code --date 2023-03-20 --format petrarch < /dev/null
tab=$(printf '\t')
grep -q "^20230320${tab}CHNGOV${tab}RUS${tab}042${tab}" out && ok ||
    { bad "petrarch line is not DATE TAB SOURCE TAB TARGET TAB CODE:"; sed 's/^/    /' out; }

expect "happy path, gdelt" 0 code --date 2023-03-20 --format gdelt < /dev/null
if [ -s out ] && awk -F '\t' 'NF != 61 { exit 1 }' out &&
    awk -F '\t' '$2 == "20230320" && $6 == "CHNGOV" && $27 == "042" && $29 == "04" { f = 1 }
                 END { exit !f }' out; then ok; else
    bad "gdelt line: want 61 columns, SQLDATE 20230320, Actor1Code CHNGOV, EventCode 042:"
    sed 's/^/    /' out
fi
# ActionGeo (columns 52-59): a world city, its name and country, dyad's
# country code, no ADM codes, its coordinates, no feature id
if awk -F '\t' '$52 == "4" && $53 == "Moscow, Russia" && $54 == "RUS" && $55 $56 == "" &&
                 $57 == "55.75" && $58 == "37.62" && $59 == "" { f = 1 } END { exit !f }' out
then ok; else
    bad "gdelt ActionGeo: want 4, 'Moscow, Russia', RUS, 55.75, 37.62 in columns 52-58:"
    sed 's/^/    /' out
fi

# An event with no target (docs/coder.md): an empty target in every format,
# "" in JSON, empty fields in PETRARCH's and in GDELT's ten Actor2 columns.
# The Venezuelans are people, civilians (docs/coder.md, "People named by
# their nationality").
echo "Thousands of Venezuelans demonstrated in Caracas." > in
expect "no target, jsonl" 0 code --date 2023-03-20 < /dev/null
grep '"source":"VENCVL"' out | grep '"target":""' | grep '"target_text":""' |
    grep -q '"code":"141"' && ok ||
    { bad "a demonstration with no target is not VENCVL -> "" 141:"; sed 's/^/    /' out; }
expect "no target, petrarch" 0 code --date 2023-03-20 --format petrarch < /dev/null
grep -q "^20230320${tab}VENCVL${tab}${tab}141${tab}[^$tab]*${tab}Thousands of Venezuelans${tab}${tab}demonstrated\$" out && ok ||
    { bad "petrarch line with no target: want empty target and target words:"; sed 's/^/    /' out; }
expect "no target, gdelt" 0 code --date 2023-03-20 --format gdelt < /dev/null
if awk -F '\t' 'NF != 61 { exit 1 } $6 != "VENCVL" || $27 != "141" { exit 1 }
                 { for (i = 16; i <= 25; i++) if ($i != "") exit 1 }' out && [ -s out ]; then ok; else
    bad "gdelt line with no target: want 61 columns, Actor1Code VENCVL, Actor2 columns empty:"
    sed 's/^/    /' out
fi
echo "Chinese President Xi Jinping arrived in Moscow on Monday." > in

# --explain says on stderr which dictionary files were read, and what each
# gave: the lines 'dict check' prints (tested in cli_dict.sh).
dict=$root/data/dict
"$DYAD" dict check --dict "$dict" 2> /dev/null | sed -n 's/^file  *\(.*\)/dyad: dictionary \1/p' > files
[ "$(wc -l < files)" -eq "$(ls "$dict"/*.txt | wc -l)" ] && ok ||
    { bad "dict check lists $(wc -l < files) files for $(ls "$dict"/*.txt | wc -l)"; cat files; }
expect "happy path, --explain" 0 code --date 2023-03-20 --explain --dict "$dict" < files
grep -q '"explain":{"pattern":.*"event_name":"Make a visit"' out && ok ||
    { bad "--explain adds no pattern or event name:"; sed 's/^/    /' out; }

# a judgement of one's own country's act is turned down, and the reason
# names the reported verb (it once passed a null string to printf)
echo "Kenya said the Kenyan levies were unfair." > in
"$DYAD" code --explain --dict "$dict" in > out 2> err
grep -q "verb 'be' () reported by KEN: no accusation of KEN" err && ! grep -q '(null)' err && ok ||
    { bad "a judgement's rejection under --explain:"; sed 's/^/    /' err; }

# --date takes the forms a record's "date" takes, and gives YYYY-MM-DD.
echo "Chinese President Xi Jinping arrived in Moscow on Monday." > in
for d in 2023-03-20 20230320 2023-03-20T10:00:00Z "2023-03-20 10:00"; do
    expect "--date $d" 0 code --date "$d" < /dev/null
    grep -q '"date":"2023-03-20"' out && ok || bad "--date $d: the event is not dated 2023-03-20"
done

# "--" ends the options: what follows is a file, whatever it looks like.
cp in ./--explain
expect "-- before a file named like an option" 0 code --date 2023-03-20 -- --explain < /dev/null
if [ -s out ] && ! grep -q '"explain"' out; then ok; else
    bad "'code -- --explain' did not code the file '--explain' without explanations"
fi
# Negated events are dropped unless --all-modalities keeps them.
echo "Chinese President Xi Jinping did not travel to Kyiv." > in
expect "negated, dropped" 0 code --date 2023-03-20 < /dev/null
[ ! -s out ] && ok || { bad "a negated event was coded without --all-modalities:"; sed 's/^/    /' out; }
expect "negated, kept" 0 code --date 2023-03-20 --all-modalities < /dev/null
grep -q '"modality":"negated"' out && ok ||
    { bad "--all-modalities does not keep the negated event:"; sed 's/^/    /' out; }

# Event dates: SQLDATE and PETRARCH's date are the event's day, DATEADDED
# the article's.
echo "Russian forces attacked Ukraine on Monday. Iraq invaded Kuwait in 1990." > in
expect "event dates, gdelt" 0 code --date 2023-03-22 --format gdelt < /dev/null
awk -F '\t' 'NR == 1 && $2 == "20230320" && $60 == "20230322000000" { f++ }
             NR == 2 && $2 == "19900101" && $3 == "199001" && $4 == "1990" { f++ }
             END { exit f != 2 }' out && ok ||
    { bad "gdelt: SQLDATE is not the event's day, or DATEADDED not the article's:"; sed 's/^/    /' out; }
expect "event dates, jsonl" 0 code --date 2023-03-22 < /dev/null
grep -q '"date":"2023-03-22","event_date":"1990","date_precision":"year","historical":true,' out &&
    ok || { bad "jsonl: the invasion of 1990 is not dated 1990 and historical:"; sed 's/^/    /' out; }

# --dedupe: one record per event across articles, within --dedupe-days.
expect "--dedupe-days without --dedupe" 2 code --dedupe-days 3 <<'X'
dyad: --dedupe-days sets the window of --dedupe; give --dedupe too
dyad: try 'dyad code --help'
X
expect "--dedupe-days not a number" 2 code --dedupe --dedupe-days week <<'X'
dyad: --dedupe-days wants a number of days from 0 to 36500, not 'week'
dyad: try 'dyad code --help'
X
expect "--dedupe-days without a value" 2 code --dedupe --dedupe-days <<'X'
dyad: option '--dedupe-days' needs a value
dyad: try 'dyad code --help'
X
cat > reports.jsonl <<'X'
{"id":"r1","date":"2024-05-07","source":"Wire One","text":"Russian forces attacked Ukraine on Monday."}
{"id":"r2","date":"2024-05-07","source":"Wire Two","text":"Russian forces attacked Ukraine on Monday, officials said."}
{"id":"r3","date":"2024-05-08","source":"Wire One","text":"Shops in Kyiv stayed open. Russian forces attacked Ukraine on Monday."}
{"id":"r4","date":"2024-05-20","source":"Wire Two","text":"Russian forces attacked Ukraine on Monday."}
X
expect "--dedupe, gdelt" 0 code --dedupe --format gdelt reports.jsonl < /dev/null
awk -F '\t' 'NR == 1 && $2 == "20240506" && $32 == 3 && $33 == 2 && $34 == 3 &&
             $60 == "20240507000000" { f++ }
             NR == 2 && $2 == "20240520" && $32 == 1 && $33 == 1 && $34 == 1 { f++ }
             END { exit !(f == 2 && NR == 2) }' out && ok ||
    { bad "--dedupe: not one record 3/2/3 and one of its own:"; sed 's/^/    /' out; }
expect "--dedupe, petrarch" 0 code --dedupe --dedupe-days 0 --format petrarch reports.jsonl < /dev/null
grep -q "^20240506${tab}RUSMIL${tab}UKR${tab}190${tab}r1-0;r2-0;r3-1${tab}" out && ok ||
    { bad "--dedupe, petrarch: not every report's id:"; sed 's/^/    /' out; }

# ---- one very long sentence: time linear in its length ----
# 2 MB of "Xi met Putin and the ministers of" with no full stop is one
# sentence of 400,000 tokens. Looking up phrases and clauses by scanning
# them all made it quadratic (about 90 s, optimised); it takes well under a
# second now, and 30 s allows for the sanitizers and a busy machine;
# ThreadSanitizer's build (make tsan) is slower still, and says how much
# in DYAD_TEST_SLOWDOWN.
yes "Xi met Putin and the ministers of" | head -c 2000000 > long.txt
if command -v timeout > /dev/null; then
    limit=$((30 * ${DYAD_TEST_SLOWDOWN:-1}))
    timeout $limit "$DYAD" code --date 2024-01-01 long.txt > out 2> err; rc=$?
    if [ $rc = 0 ] && [ "$(wc -l < out)" -ge 1 ]; then ok; else
        bad "one 2 MB sentence: exit $rc (124: over $limit s)"; fi
else
    skip=$((skip + 1))
    echo "SKIPPED 1: no timeout(1) to bound the long sentence"
fi
# the same bound for shapes that other rules once made quadratic: a breach
# sought after every hostile clause and a second object sought in every
# clause (20 s), a subordinate clause's host and a relative clause's
# object sought among all clauses (2 s), and a one-story document of
# thousands of blows and strikes, each looking back over every event (10 s),
# and a run-on of speakers, each reported clause once taking all that
# followed it (a 2 MB one made 55 GB of quotes)
yes "Kenya rejected Uganda's request and the calls of" | head -c 2000000 > long2.txt
yes "Japan said Washington's plan to raise tariffs was illegal and" | head -c 2000000 > long5.txt
yes "prices rose in the north, Smith said, " | head -c 2000000 > long6.txt
yes "Kenya would respond and take action if Uganda" | head -c 2000000 > long3.txt
yes "Kenyan troops attacked Uganda. The strike took place in Kampala. Police arrested the man." |
    head -c 2000000 > long4.txt
# words strung so that a pattern's skip over a "by" or "between" phrase
# once stepped back, for ever (a review found it at the eighteenth
# session's end)
printf '%s\n' 'said seized delegate who too Chile sent Party war " the by the talks not this between Kenya'"'"'s' > long7.txt
# one line each, so that nothing breaks the run-on (nineteenth session):
# each minister's country sought by reading the sentence for a state
# named as an owner; quotes with no main clause, each read from the
# sentence's start for a year or a past era; judged phrases, each reading
# every clause for its own; a relative clause's host and each "the
# country's" owner sought among every clause or phrase; each reporting
# clause reading every clause before it
k=7
for s in "Xi met the minister who met the envoy who " \
         '"Kenya attacked Uganda," he said, "and ' \
         "Kenya said Uganda's unfair levies and Chile's illegal tariffs and " \
         "the tariffs that Chile imposed which " \
         "Kenya said the country's troops attacked the nation's army and " \
         "prices rose in the north, Smith said, "; do
    k=$((k + 1))
    yes "$s" | tr -d '\n' | head -c 2000000 > long$k.txt
done
for f in long2.txt long3.txt long4.txt long5.txt long6.txt long7.txt long8.txt long9.txt \
         long10.txt long11.txt long12.txt long13.txt; do
    if command -v timeout > /dev/null; then
        limit=$((30 * ${DYAD_TEST_SLOWDOWN:-1}))
        timeout $limit "$DYAD" code --date 2024-01-01 $f > out 2> err; rc=$?
        if [ $rc = 0 ]; then ok; else
            bad "2 MB of $(head -c 40 $f): exit $rc (124: over $limit s)"; fi
    else
        skip=$((skip + 1))
        echo "SKIPPED 1: no timeout(1) to bound $f"
    fi
done

# a relative clause's host far from it: "The envoy, who met the minister
# who met the aide ... (64 times), arrived" hangs the first "who" under
# "arrived", 65 clauses on; a reach of 64 clauses once lost it (nineteenth
# session, lane host)
s="The envoy, who met the minister"
i=0; while [ $i -lt 64 ]; do s="$s who met the aide"; i=$((i + 1)); done
echo "$s, arrived in Kenya." > far.txt
"$DYAD" analyze --input text far.txt > out 2> err; rc=$?
if [ $rc = 0 ] && grep -q "clause 0 relative (of 65)" out; then ok; else
    bad "a relative clause 65 clauses from its host: exit $rc, $(grep -m1 'clause 0' out)"; fi

# ---- validate ----
: > in
expect "validate: unknown option" 2 validate --bogus <<'X'
dyad: unknown option '--bogus'
dyad: try 'dyad validate --help'
X
expect "validate: no file" 2 validate <<'X'
dyad: name the validation file, e.g. PETR.UnitTest.records.xml
dyad: try 'dyad validate --help'
X
expect "validate: two files" 2 validate a.xml b.xml <<'X'
dyad: one file at a time: 'a.xml' and 'b.xml'
dyad: try 'dyad validate --help'
X
expect "validate: --min-pass not a count" 2 validate --min-pass many a.xml <<'X'
dyad: --min-pass wants a count, not 'many'
dyad: try 'dyad validate --help'
X
# every whole-number option reads its value one way (src/cli/number.c):
# an empty value, a sign or a value past the range is no count
expect "validate: --min-pass empty" 2 validate --min-pass '' a.xml <<'X'
dyad: --min-pass wants a count, not ''
dyad: try 'dyad validate --help'
X
expect "validate: --min-pass with a sign" 2 validate --min-pass +5 a.xml <<'X'
dyad: --min-pass wants a count, not '+5'
dyad: try 'dyad validate --help'
X
expect "validate: --min-pass past the range" 2 validate --min-pass 99999999999999999999 a.xml <<'X'
dyad: --min-pass wants a count, not '99999999999999999999'
dyad: try 'dyad validate --help'
X
expect "validate: --dicts without a value" 2 validate a.xml --dicts <<'X'
dyad: option '--dicts' needs a value
dyad: try 'dyad validate --help'
X
expect "validate: missing file" 1 validate nowhere.xml <<'X'
dyad: cannot read 'nowhere.xml' or its dictionaries; check the path or use --dicts DIR
X
printf 'binary \001\002 junk, no XML here\n' > junk.xml
expect "validate: not a validation file" 1 validate junk.xml <<'X'
junk.xml: error: no <Environment> with a <Verbfile>: this is not a PETRARCH validation file; give one such as PETR.UnitTest.records.xml
X
mkdir -p vdicts
printf -- '--- VISIT [042] ---\nVISIT\n' > vdicts/verbs.txt
printf '<Validation><Environment><Verbfile>verbs.txt</Verbfile></Environment>\n<Sentence date="1995" id="X"><Text>Hello.</Text></Sentence>\n</Validation>\n' > norec.xml
expect "validate: no readable record" 1 validate --dicts vdicts norec.xml <<'X'
norec.xml:2:1: error: date="1995" is not a date (record 'X'); write it as YYYYMMDD, e.g. 19950101
norec.xml: error: no <Sentence> record could be read; check the file (problems above)
X
printf '<Validation><Environment><Verbfile>verbs.txt</Verbfile></Environment>\n<Sentences/>\n</Validation>\n' > zerorec.xml
expect "validate: no record at all" 1 validate --dicts vdicts zerorec.xml <<'X'
zerorec.xml: error: no record found: expected PETRARCH XML (<Sentence> records), found XML without any <Sentence> element; records are <Sentence date="YYYYMMDD" id="..."><Text>...</Text></Sentence>
X
# A malformed record counts as unreadable: the totals add up to the records.
printf '<Validation><Environment><Verbfile>verbs.txt</Verbfile></Environment>\n<Sentence date="19950101" id="A"><Text>Rain fell.</Text></Sentence>\n<Sentence date="1995" id="B"><Text>Hello.</Text></Sentence>\n<Sentence date="19950101" id="C"><Text>Rain fell again.</Text></Sentence>\n</Validation>\n' > onebad.xml
expect "validate: one malformed record" 1 validate --dicts vdicts onebad.xml <<'X'
onebad.xml:3:1: error: date="1995" is not a date (record 'B'); write it as YYYYMMDD, e.g. 19950101
X
[ "$(cat out)" = "2 passed, 0 failed, 0 skipped, 1 unreadable" ] && ok ||
    bad "validate onebad.xml: totals '$(cat out)', want 2 passed, 0 failed, 0 skipped, 1 unreadable"

pdir=$shared/petrarch2/dictionaries
if [ -r "$pdir/CAMEO.2.0.txt" ]; then
    # the published files: one line when coding, every fault from dict check
    echo "Arnor met with Gondor." |
        "$DYAD" code --petrarch-dicts "$pdir" --date 2023-03-20 > out 2> err; rc=$?
    [ $rc = 0 ] && [ "$(wc -l < err)" -eq 1 ] &&
        grep -q "^dyad: warning: [0-9]* warnings and [0-9]* notes about the lines of PETRARCH2's files in '$pdir' (lines skipped, oddities accepted); run 'dyad dict check --petrarch-dicts $pdir' to list them\$" err &&
        ok || { bad "code --petrarch-dicts $pdir: exit $rc, stderr not one summary line:"; head -5 err; }
    n=$(sed -n 's/^dyad: warning: \([0-9]*\) warnings and \([0-9]*\) notes.*/\1 + \2/p' err)
    n=${n:-0 - 1}
    "$DYAD" dict check --petrarch-dicts "$pdir" > out 2> err; rc=$?
    [ $rc = 0 ] && [ "$(grep -c ': warning: \|: note: ' err)" -eq $(($n)) ] && ok ||
        bad "dict check --petrarch-dicts: exit $rc, lists $(grep -c ': warning: \|: note: ' err) faults, code counted $n"
else
    skip=$((skip + 2))
    echo "SKIPPED 2: no $pdir/CAMEO.2.0.txt (set DYAD_SHARED)"
fi

expect "validate: -- before a file named like an option" 1 validate -- --verbose <<'X'
dyad: cannot read '--verbose' or its dictionaries; check the path or use --dicts DIR
X

vfile=$shared/petrarch2/validation/PETR.UnitTest.records.xml
if [ -r "$vfile" ]; then
    # The pass count reached on PETRARCH2's 284 unit-test records; raise it as
    # the coder improves, never lower it.
    floor=236
    "$DYAD" validate --min-pass $floor "$vfile" > out 2> err; rc=$?
    if [ $rc = 0 ] &&
        tail -n 1 out | grep -qE '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped, 0 unreadable$'
    then ok; else bad "validate $vfile: exit $rc (floor $floor), last line '$(tail -n 1 out)'"; fi
    # sed, not cat: run.sh reads our last "N passed" line; keep theirs apart.
    echo "    PETRARCH2 validation: $(tail -n 1 out | sed 's/passed/pass/')"
    # The totals add up to the file's records, a malformed one included.
    recs=$(grep -c '<Sentence ' "$vfile")
    sed '0,/<Sentence date="[0-9]*"/s//<Sentence date="1995"/' "$vfile" > broken.xml
    "$DYAD" validate --dicts "$(dirname "$vfile")/../dictionaries" broken.xml > out 2> err; rc=$?
    sum=$(tail -n 1 out | awk -F'[ ,]+' '{ print $1 + $3 + $5 + $7 }')
    if [ $rc = 1 ] && [ "$sum" = "$recs" ] && tail -n 1 out | grep -q ', 1 unreadable$'; then ok
    else bad "validate with one malformed record: exit $rc, '$(tail -n 1 out)' adds up to $sum, not $recs"; fi
    "$DYAD" validate --min-pass 1000000 "$vfile" > out 2> err; rc=$?
    [ $rc = 1 ] && grep -q 'fewer than the 1000000 required by --min-pass' err && ok ||
        bad "validate --min-pass above the passes: exit $rc (want 1)"
else
    skip=$((skip + 3))
    echo "SKIPPED 3: no $vfile (set DYAD_SHARED)"
fi

summary
