#!/bin/sh
# `make eval`: dyad's figures on the annotated real-news set, with its own
# dictionaries and with PETRARCH2's, per split, and the annotators'
# agreement; then mention resolution (tools/mentions_eval.sh). Usage:
# tools/eval.sh DYAD_EVAL SHARED_DIR
ev=$1; shared=$2
corpus=$shared/corpus/news.jsonl
if [ ! -f "$corpus" ]; then
    echo "make eval: $corpus is absent; the evaluation articles live there (see docs/annotation.md)" >&2
    exit 1
fi
for split in test check dev; do
    "$ev" --corpus "$corpus" --split $split || exit 1
    echo
done
petr=$shared/petrarch2/dictionaries
if [ -d "$petr" ]; then
    for split in test check dev; do
        "$ev" --corpus "$corpus" --petrarch-dicts "$petr" --split $split 2>/dev/null || exit 1
        echo
    done
fi
"$ev" --agreement
echo
# the article level: mention resolution against the hand annotation
dyad=$(dirname "$ev")/../dyad
[ -x "$dyad" ] && sh "$(dirname "$0")/mentions_eval.sh" "$dyad" "$corpus"
