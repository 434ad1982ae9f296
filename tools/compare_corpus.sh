#!/bin/sh
# compare_corpus.sh — does a change to the coder change what dyad codes?
#
#   tools/compare_corpus.sh OLD_DYAD NEW_DYAD [CORPUS]
#
# Runs two builds of the program over the same news corpus (default
# $DYAD_SHARED/corpus/news.jsonl, DYAD_SHARED defaulting to ../shared) and
# compares their output byte for byte, in each of these runs:
#
#   ours       dyad code                                  (dyad's data/dict)
#   ours-x     dyad code --explain --all-modalities       (stdout and stderr)
#   gdelt      dyad code --format gdelt
#   petr       dyad code --petrarch-dicts DIR             (PETRARCH2's set)
#   petr-x     the same with --explain --all-modalities   (stdout and stderr)
#   petr-g     the same with --format gdelt
#   validate   dyad validate on PETRARCH2's unit-test records (every line)
#
# Each run prints "same" or "DIFFERS" with the number of changed lines.
# Exit 0 when every run is the same, 1 when one differs, 2 on bad usage.
#
# CALLGRIND=N adds a speed check that a busy machine cannot blur: the
# instructions both programs execute inside dyad_coder_code (valgrind's
# callgrind; dictionary loading left out) on the corpus's first N articles,
# with each dictionary set, and the change in percent. Both run -j 1: one
# coder, as in bench_code; with more, the articles each thread's memos see
# vary from run to run, and so do the counts (by a few million).
# KEEP=DIR keeps both outputs of every run in DIR for a closer look:
# RUN.old and RUN.new (standard output, then a line "exit N"), RUN.old.err
# and RUN.new.err (standard error), e.g. `diff DIR/ours.old DIR/ours.new`. Both programs find
# their data folder as usual (see README), so a build inside a checkout
# reads that checkout's data/. The outputs derive from third-party text:
# keep them out of the repository.
set -u

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: tools/compare_corpus.sh OLD_DYAD NEW_DYAD [CORPUS]" >&2
    exit 2
fi
old=$1 new=$2
shared=${DYAD_SHARED:-../shared}
corpus=${3:-$shared/corpus/news.jsonl}
petr=$shared/petrarch2/dictionaries
records=$shared/petrarch2/validation/PETR.UnitTest.records.xml
for f in "$old" "$new"; do
    [ -x "$f" ] || { echo "compare_corpus.sh: $f is not a program" >&2; exit 2; }
done
[ -r "$corpus" ] || { echo "compare_corpus.sh: cannot read the corpus $corpus" >&2; exit 2; }

if [ -n "${KEEP:-}" ]; then
    out=$KEEP
    mkdir -p "$out" || exit 2
else
    out=$(mktemp -d) || exit 2
    trap 'rm -rf "$out"' EXIT
fi

status=0
# run NAME ARGS...: runs both programs with ARGS, compares their standard
# output (with the exit code) and their standard error.
run() {
    name=$1
    shift
    "$old" "$@" > "$out/$name.old" 2> "$out/$name.old.err"
    echo "exit $?" >> "$out/$name.old"
    "$new" "$@" > "$out/$name.new" 2> "$out/$name.new.err"
    echo "exit $?" >> "$out/$name.new"
    lines=$(cat "$out/$name.new" "$out/$name.new.err" | wc -l)
    if cmp -s "$out/$name.old" "$out/$name.new" &&
        cmp -s "$out/$name.old.err" "$out/$name.new.err"; then
        printf '%-9s same (%s lines)\n' "$name" "$lines"
    else
        changed=$( (diff "$out/$name.old" "$out/$name.new"
                    diff "$out/$name.old.err" "$out/$name.new.err") | grep -c '^[<>]')
        printf '%-9s DIFFERS: %s lines changed (of %s)\n' "$name" "$changed" "$lines"
        status=1
    fi
}

run ours code "$corpus"
run ours-x code --explain --all-modalities "$corpus"
run gdelt code --format gdelt "$corpus"
if [ -d "$petr" ]; then
    run petr code --petrarch-dicts "$petr" "$corpus"
    run petr-x code --explain --all-modalities --petrarch-dicts "$petr" "$corpus"
    run petr-g code --format gdelt --petrarch-dicts "$petr" "$corpus"
else
    echo "petr      skipped: $petr absent"
fi
if [ -r "$records" ]; then
    run validate validate "$records"
else
    echo "validate  skipped: $records absent"
fi
# count NAME PROGRAM ARGS...: instructions executed inside dyad_coder_code.
count() {
    name=$1
    shift
    valgrind --tool=callgrind --toggle-collect=dyad_coder_code \
        --callgrind-out-file="$out/$name.callgrind" "$@" > /dev/null 2> "$out/$name.cg.log"
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$out/$name.cg.log"
}
if [ -n "${CALLGRIND:-}" ]; then
    command -v valgrind > /dev/null || { echo "compare_corpus.sh: valgrind is not installed" >&2; exit 2; }
    head -n "$CALLGRIND" "$corpus" > "$out/head.jsonl"
    for set in ours petr; do
        if [ $set = petr ]; then
            [ -d "$petr" ] || continue
            set -- --petrarch-dicts "$petr"
        else
            set --
        fi
        a=$(count $set-old "$old" code -j 1 "$@" "$out/head.jsonl")
        b=$(count $set-new "$new" code -j 1 "$@" "$out/head.jsonl")
        awk -v s=$set -v n="$CALLGRIND" -v a="$a" -v b="$b" 'BEGIN {
            printf "%-9s instructions in dyad_coder_code, %s articles: %.0f -> %.0f (%+.2f%%)\n",
                   s, n, a, b, a ? (b - a) * 100 / a : 0 }'
    done
fi
exit $status
