#!/bin/sh
# cli_analyze.sh — `dyad analyze` and `dyad sentences`/`tokens` end to end:
# the JSON fields docs/lang.md promises, the readable view, and exit codes.
. "$(dirname "$0")/lib.sh"
need_dyad
scratch
has() { grep -q -- "$2" "$1" && ok || bad "$3: no '$2' in $(head -c 300 "$1")"; }

printf 'MOSCOW, March 20 (dyad wire) \342\200\224 Chinese President Xi Jinping arrived in Moscow on Monday. The minister was greeted by the Japanese ambassador.\n' > in.txt

"$DYAD" analyze --json in.txt > out 2> err; rc=$?
[ $rc = 0 ] && ok || bad "analyze --json: exit $rc"
[ "$(wc -l < out)" = 3 ] && ok || bad "analyze --json: $(wc -l < out) lines, want 3 (dateline and two sentences)"
for key in '"doc":"in.txt"' '"sent":1' '"tokens":\[' '"tag":"NNP"' '"lemma":"arrive"' \
           '"phrases":\[' '"kind":"VG"' '"voice":"passive"' '"clauses":\[' '"subject":' \
           '"agent":' '"pps":\['; do
    has out "$key" "analyze --json"
done
# every line is one JSON object
bad_lines=$(grep -vc '^{.*}$' out)
[ "$bad_lines" = 0 ] && ok || bad "analyze --json: $bad_lines lines are not one object"

"$DYAD" analyze in.txt > text 2> err; rc=$?
[ $rc = 0 ] && ok || bad "analyze: exit $rc"
has text 'clause 0 main: subject \[Chinese President Xi Jinping\] verb \[arrived\]' "analyze"
has text 'verb \[was greeted\] (asserted, passive) object - by \[the Japanese ambassador\]' "analyze"

"$DYAD" sentences in.txt > s 2> err; rc=$?
[ $rc = 0 ] && ok || bad "sentences: exit $rc"
has s '"kind":"dateline"' "sentences"
has s '"start":' "sentences"

"$DYAD" tokens in.txt > t 2> err; rc=$?
[ $rc = 0 ] && ok || bad "tokens: exit $rc"
has t '"kind":"dash"' "tokens"

# an empty article is reported and skipped: exit 1
: > empty.txt
"$DYAD" analyze empty.txt > out 2> err; rc=$?
[ $rc = 1 ] && [ ! -s out ] && ok || bad "analyze empty.txt: exit $rc"
has err 'empty.txt' "analyze empty.txt"

"$DYAD" analyze --bogus > out 2> err; rc=$?
[ $rc = 2 ] && ok || bad "analyze --bogus: exit $rc"
has err "try 'dyad analyze --help'" "analyze --bogus"

summary
