#!/bin/sh
# cli_eval.sh — the real-news evaluation (docs/annotation.md, tools/eval.c).
# First the scorer itself, on a set whose figures were worked out by hand;
# then, when ../shared holds the corpus, dyad's lenient figures on the frozen
# test split against the floors below (the level reached; raise them as dyad
# improves, never lower them to pass).
. "$(dirname "$0")/lib.sh"
EVAL=$(dirname "$DYAD")/tools/dyad-eval
FLOOR_RECALL=0.155
FLOOR_PRECISION=0.80
# the check split (articles annotated after dev was studied). Batch 7 (twelfth
# session) made it 52 articles, batch 8 (thirteenth) 66: on the grown split
# dyad stood at P 0.810 R 0.071 when batch 8 was added (P 0.906 R 0.069 on
# the 52 before it), so the floors are set anew for the new set, not lowered
# for the old one; the session's rules then raised it to P 0.809 R 0.080.
# Batch 9 (fourteenth) made it 79: P 0.825 R 0.081 when it was added, P
# 0.831 R 0.085 after that session's rules; P 0.833 R 0.086 after the
# fifteenth's; P 0.841 R 0.092 after the sixteenth's; P 0.846 R 0.095 after
# the seventeenth's. Batches 12 and 13 (eighteenth) made it 103 articles:
# P 0.851 R 0.091 when they were added (after the session's first round;
# the 24 new articles alone 2 of 48), so the floor is set anew for the
# grown set. Batches 16 and 17 (nineteenth) made it 119: P 0.857 R 0.086
# when they were added at the session's start (the 16 new articles alone 3
# of 73), and the floor is set anew again.
CHECK_RECALL=0.085
CHECK_PRECISION=0.80
QUOTES_FOUND=170      # of 178 annotated quotes (tests/data/article/quotes.tsv)
SPEAKERS_RIGHT=126    # of the 161 found whose speaker is named
[ -x "$EVAL" ] || skip_all 12 "$EVAL is not built"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$root" || exit 1

# 1. the scorer's arithmetic: one strict match, one lenient-only match, one
# match of a history event, one false event, one miss; the history flag
# (H on the other side) right once and wrong once (see the set's files)
st=tests/data/eval-selftest
"$EVAL" --set $st --against $st/system.tsv > "$tmp/out" 2>&1
cat > "$tmp/want" <<'X'
agreement on 5 sentences annotated twice
  Cohen's kappa, root level (each sentence's set of roots): 0.500
  Cohen's kappa, event or none:                             -0.250
events (first annotator as gold, second in dyad's place; F1 is symmetric)
  sentences 5, reporting an event 4, of them with a dyad event 3 (75.0%)
  lenient (country pair, root)        5 gold      4 dyad      3 match  P 0.750  R 0.600  F1 0.667
  strict (full codes)                 5 gold      4 dyad      1 match  P 0.250  R 0.200  F1 0.222
  lenient, history left out           4 gold      3 dyad      2 match  P 0.667  R 0.500  F1 0.571
  actors named in the sentence        4 gold                             recall 0.750
  actors from the article (S/T)       1 gold                             recall 0.000
  history flag, matched events        3 gold (1 H)  dyad H 2, right 1  P 0.500  R 1.000
  per root (lenient):
  root 04                             2 gold      1 dyad      1 match  P 1.000  R 0.500  F1 0.667
  root 05                             1 gold      1 dyad      1 match  P 1.000  R 1.000  F1 1.000
  root 11                             2 gold      1 dyad      1 match  P 1.000  R 0.500  F1 0.667
  root 19                             0 gold      1 dyad      0 match  P 0.000  R 0.000  F1 0.000
X
if cmp -s "$tmp/want" "$tmp/out"; then ok; else bad "scorer figures"; diff "$tmp/want" "$tmp/out" | sed 's/^/    /'; fi

# 2. a malformed annotation is refused with its file and line
mkdir -p "$tmp/set/gold"
cp $st/articles.tsv "$tmp/set/"
sed 's/JPN>PRK:114/JPN>PRK=114/' $st/gold/primary-1.tsv > "$tmp/set/gold/primary-1.tsv"
"$EVAL" --set "$tmp/set" --against $st/system.tsv > /dev/null 2> "$tmp/err"; rc=$?
if [ $rc = 2 ] && grep -q "primary-1.tsv:6: bad event 'JPN>PRK=114'" "$tmp/err"; then ok; else
    bad "malformed annotation (exit $rc)"; cat "$tmp/err"; fi
# ... and so is a split no one defined, in articles.tsv and on the command line
mkdir -p "$tmp/set2/gold"
cp $st/gold/primary-1.tsv "$tmp/set2/gold/"
sed 's/\ttest\t/\ttset\t/' $st/articles.tsv > "$tmp/set2/articles.tsv"
"$EVAL" --set "$tmp/set2" --against $st/system.tsv > /dev/null 2> "$tmp/err"; rc=$?
"$EVAL" --set $st --split tset > /dev/null 2>> "$tmp/err"; rc2=$?
if [ $rc = 2 ] && grep -q "articles.tsv:[0-9]*: split must be dev, test or check" "$tmp/err" &&
   [ $rc2 = 2 ] && grep -q "unknown split 'tset': use dev, test, check or all" "$tmp/err"; then ok; else
    bad "unknown split (exit $rc, $rc2)"; cat "$tmp/err"; fi

# 3. dyad itself through the scorer, on the invented example article
"$EVAL" --set $st --corpus examples/articles.jsonl > "$tmp/out" 2>&1; rc=$?
if [ $rc = 0 ] && grep -q '^  sentences 5, reporting an event 4' "$tmp/out"; then ok; else
    bad "coding through the scorer (exit $rc)"; cat "$tmp/out"; fi

# 4. --show reads sentences: the dev split's only, never test's or check's
"$EVAL" --split test --show > "$tmp/out" 2>&1; rc=$?
if [ $rc = 2 ] && grep -q 'dev split only' "$tmp/out"; then ok; else
    bad "--show on the test split was not refused (exit $rc)"; cat "$tmp/out"; fi

# tools/ceiling.py refuses a corpus it cannot use, with the file and line
printf '{"id":"x","text":"a"}\n{"id": broken\n' > "$tmp/bad.jsonl"
python3 tools/ceiling.py --corpus "$tmp/bad.jsonl" --dyad "$DYAD" > /dev/null 2> "$tmp/err"; rc=$?
python3 tools/ceiling.py --corpus examples/articles.jsonl --dyad "$DYAD" > /dev/null 2>> "$tmp/err"; rc2=$?
if [ $rc = 1 ] && grep -q "bad.jsonl:2: not an article" "$tmp/err" &&
   [ $rc2 = 1 ] && grep -q "articles.jsonl holds no article of the dev split" "$tmp/err"; then ok; else
    bad "ceiling.py on a bad corpus (exit $rc, $rc2)"; cat "$tmp/err"; fi

# 5-8. the frozen test split and the check split of the real-news set, against the floors
corpus=$shared/corpus/news.jsonl
if [ ! -f "$corpus" ] || [ ! -f tests/data/eval/gold/primary-1.tsv ]; then
    echo "SKIPPED 6: real-news evaluation ($corpus or the annotations absent)"
    skip=6
else
    "$EVAL" --agreement > /dev/null 2> "$tmp/err"; rc=$?
    if [ $rc = 0 ]; then ok; else bad "annotation files (exit $rc)"; cat "$tmp/err"; fi
    "$EVAL" --corpus "$corpus" --split test --min-recall $FLOOR_RECALL \
        --min-precision $FLOOR_PRECISION > "$tmp/out" 2>&1; rc=$?
    if [ $rc = 0 ]; then ok; else bad "test split below the floors (exit $rc)"; cat "$tmp/out"; fi
    "$EVAL" --corpus "$corpus" --split check --min-recall $CHECK_RECALL \
        --min-precision $CHECK_PRECISION > "$tmp/out" 2>&1; rc=$?
    if [ $rc = 0 ]; then ok; else bad "check split below the floors (exit $rc)"; cat "$tmp/out"; fi
    # 8. quotes found and their speakers, against the hand annotation
    "$EVAL" --corpus "$corpus" --quotes > "$tmp/out" 2>&1
    found=$(sed -n 's/^  found .*: \([0-9]*\) of .*/\1/p' "$tmp/out")
    right=$(sed -n 's/^  speaker right, of the found .*: \([0-9]*\) of .*/\1/p' "$tmp/out")
    if [ "${found:-0}" -ge $QUOTES_FOUND ] && [ "${right:-0}" -ge $SPEAKERS_RIGHT ]; then ok; else
        bad "quotes below the floors ($found found, want $QUOTES_FOUND; $right speakers right, want $SPEAKERS_RIGHT)"
        cat "$tmp/out"; fi
    # 9. tools/ceiling.py scores dyad on the dev split as the scorer does
    "$EVAL" --corpus "$corpus" --split dev > "$tmp/out" 2>&1
    want=$(sed -n 's/^  lenient (country pair, root) *\([0-9]*\) gold *\([0-9]*\) dyad *\([0-9]*\) match.*/\1 \2 \3/p' "$tmp/out")
    python3 tools/ceiling.py --corpus "$corpus" --dyad "$DYAD" > "$tmp/ceil" 2>&1; rc=$?
    got=$(sed -n 's/^   dyad  *\([0-9]*\) gold *\([0-9]*\) dyad *\([0-9]*\) match.*/\1 \2 \3/p' "$tmp/ceil")
    if [ $rc = 0 ] && [ -n "$want" ] && [ "$got" = "$want" ] && grep -q "learned, a word's share >= 0.5" "$tmp/ceil"; then ok; else
        bad "tools/ceiling.py (exit $rc; dev '$got', the scorer '$want')"; cat "$tmp/ceil"; fi
    python3 tools/ceiling.py --corpus "$corpus" --dyad "$DYAD" > /dev/full 2> "$tmp/err"; rc=$?
    if [ $rc = 1 ] && grep -q "ceiling.py: cannot write the output: No space left on device" "$tmp/err"; then ok; else
        bad "ceiling.py > /dev/full (exit $rc)"; cat "$tmp/err"; fi
fi
summary
