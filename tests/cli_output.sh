#!/bin/sh
# cli_output.sh — nothing is lost without a word on the output side:
#   - every command, when its standard output cannot be written (a full
#     disk: /dev/full; a closed output: >&-), says so once on stderr,
#     naming the output, and exits 5;
#   - a run stopped by SIGINT or SIGTERM leaves only whole lines: the last
#     line of its output is complete, and it ends by the signal (130, 143);
#     one waiting for input ends at once.
# $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
need_dyad
scratch

# ---- write errors ----
echo "Chinese President Xi Jinping arrived in Moscow on Monday. He met Putin." > in.txt
echo '"We will talk," Putin said. Xi met Putin.' > quote.txt
# Output far beyond any buffer, to see that the error is still told once.
i=0; while [ $i -lt 400 ]; do cat in.txt; i=$((i + 1)); done > big.txt
mkdir d vdicts
cp "$root/data/cameo.tsv" .   # verb codes checked against it: no note on stderr
printf 'actor ABC: Abcland\nagent GOV: official; officials\nverb 042: visit +\n' > d/a.txt
printf -- '--- VISIT [042] ---\nVISIT\n' > vdicts/verbs.txt
printf '<Validation><Environment><Verbfile>verbs.txt</Verbfile></Environment>\n<Sentence date="19950101" id="X"><Text>Hello.</Text></Sentence>\n</Validation>\n' > v.xml

"$DYAD" ingest --db o.db --date 2023-03-20 in.txt quote.txt 2> /dev/null   # quote.txt: a quote to query

# Every command and every help text, one per line.
cat > cmds <<'X'
--help
--version
sentences --help
tokens --help
analyze --help
code --help
validate --help
dict --help
dict check --help
sentences in.txt
tokens in.txt
tokens big.txt
analyze in.txt
analyze --json in.txt
code --date 2023-03-20 in.txt
code --date 2023-03-20 --format petrarch in.txt
code --date 2023-03-20 --format gdelt in.txt
code --date 2023-03-20 big.txt
code --date 2023-03-20 --dedupe in.txt
code -j 4 --date 2023-03-20 in.txt
quotes --help
quotes --date 2023-03-20 quote.txt
quotes --json --date 2023-03-20 quote.txt
mentions --help
mentions --date 2023-03-20 in.txt
mentions --format tsv --date 2023-03-20 in.txt
dict check --dict d
validate --dicts vdicts v.xml
ingest --help
query --help
export --help
query dyads --db o.db
query events --db o.db --format json
query quotes --db o.db
export --db o.db
export --db o.db --format csv
brief --help
brief --db o.db
brief --db o.db --format text
brief --db o.db --format email --from desk@example.org --to reader@example.org
X

# write_error HOW MESSAGE: runs every command with its output redirected as
# HOW says; each must print exactly "dyad: cannot write to standard output:
# MESSAGE" and exit 5.
write_error() {
    how=$1 msg=$2
    printf 'dyad: cannot write to standard output: %s\n' "$msg" > want
    while read -r args; do
        # shellcheck disable=SC2086  # args is a word list on purpose
        case $how in
        full) "$DYAD" $args > /dev/full 2> err < /dev/null; rc=$?;;
        closed) "$DYAD" $args >&- 2> err < /dev/null; rc=$?;;
        esac
        # dict check's "loaded DIR in N ms" line is not the point here
        grep -v '^dyad: loaded ' err > err2; mv err2 err
        if [ $rc = 5 ] && cmp -s want err; then ok; else
            bad "dyad $args, output $how: exit $rc (want 5), stderr:"
            sed 's/^/    /' err
        fi
    done < cmds
}
if [ -w /dev/full ]; then
    write_error full "No space left on device"
else
    n=$(wc -l < cmds); skip=$((skip + n)); echo "SKIPPED $n: no /dev/full"
fi
write_error closed "Bad file descriptor"

# Input errors are told as well, and the write error after them.
printf '{"text":5,"date":"2024-01-01"}\n{"text":"Talks ended.","date":"2024-01-02"}\n' > types.jsonl
"$DYAD" sentences types.jsonl > /dev/full 2> err; rc=$?
cat > want <<'X'
types.jsonl:1: error: "text" must be a string, found a number; fix the record or remove the line
dyad: warning: read 1 records, skipped 1 (see the messages above)
dyad: cannot write to standard output: No space left on device
X
if [ $rc = 5 ] && cmp -s want err; then ok; else
    bad "bad record and full disk: exit $rc (want 5)"; diff want err | sed 's/^/    /'
fi

# ---- interrupted runs ----
# gen: articles without end, each with its own id, on standard output.
gen() {
    n=0
    while :; do
        n=$((n + 1))
        sed "s/\"id\": \"/\"id\": \"r$n-/" "$root/examples/articles.jsonl" || return 0
    done
}

# wait_for_bytes FILE N: waits up to 60 s for FILE to hold N bytes.
wait_for_bytes() {
    t=0
    while [ "$(wc -c < "$1")" -lt "$2" ] && [ $t -lt 600 ]; do
        sleep 0.1; t=$((t + 1))
    done
}

# interrupt SIG RC: codes articles without end, stops the run with SIG once
# it has written 200 KB, and checks its exit status and that every line of
# its output is a whole event or quote.
interrupt() {
    sig=$1 want_rc=$2
    : > out
    # A background job of a script starts with SIGINT ignored; give the
    # program the default back, as an interactive shell would.
    gen | env --default-signal="$sig" "$DYAD" code --input jsonl > out 2> err &
    pid=$!
    wait_for_bytes out 200000
    kill -"$sig" $pid
    { wait $pid; rc=$?; } 2> /dev/null
    if [ $rc = "$want_rc" ]; then ok; else bad "SIG$sig: exit $rc (want $want_rc)"; fi
    if [ -s out ] && [ "$(tail -c 1 out | od -An -c | tr -d ' ')" = '\n' ]; then ok; else
        bad "SIG$sig: the output ends inside a line: ...$(tail -c 80 out)"
    fi
    n=$(grep -cvE '^\{"type":"(event|quote)",.*\}$' out)
    if [ "$n" = 0 ]; then ok; else bad "SIG$sig: $n lines are not whole events or quotes"; fi
    if command -v jq > /dev/null; then
        jq -c . out > /dev/null 2>&1 && ok || bad "SIG$sig: jq cannot read the output"
    else
        skip=$((skip + 1)); echo "SKIPPED 1: no jq to parse the output of SIG$sig"
    fi
}
if env --default-signal=INT true 2> /dev/null; then
    interrupt INT 130
    interrupt TERM 143
else
    skip=$((skip + 6)); echo "SKIPPED 6: env has no --default-signal"
fi

# A run waiting for input ends at once, by the signal: dyad reads a pipe
# that this script holds open and never writes. ThreadSanitizer's build
# cannot show it: TSan holds back a signal that comes during read(2) until
# the next call it watches, and the read, restarted, never returns.
if [ -n "$DYAD_TEST_TSAN" ]; then
    skip=$((skip + 1))
    echo "SKIPPED 1: SIGTERM while waiting for input (ThreadSanitizer defers it)"
    echo "$pass passed, $fail failed, $skip skipped"
    [ "$fail" = 0 ]; exit
fi
mkfifo fifo
"$DYAD" code --date 2023-03-20 < fifo > out 2> err &
pid=$!
exec 3> fifo
sleep 0.5
kill -TERM $pid
t=0
while kill -0 $pid 2> /dev/null && [ $t -lt 50 ]; do sleep 0.1; t=$((t + 1)); done
if kill -0 $pid 2> /dev/null; then
    bad "SIGTERM while waiting for input: still running after 5 s"; kill -KILL $pid
fi
{ wait $pid; rc=$?; } 2> /dev/null
exec 3>&-
[ $rc = 143 ] && ok || bad "SIGTERM while waiting for input: exit $rc (want 143)"

summary
