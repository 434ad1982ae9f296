#!/bin/sh
# cli_precision.sh — the hand-judged precision samples (tests/data/precision)
# hold what their headers say: 100 events each, one TAB-separated line of
# eight fields, judgements of 0 or 1 with strict never above lenient, a
# reason from the list only when strict is 0, and a "Result:" line that
# matches the counts. Needs no binary: the samples are data the README
# quotes, and a hand edit must not leave them out of step.
. "$(dirname "$0")/lib.sh"

# problems FILE: prints what is wrong with one sample, nothing when right
problems() {
    awk -F'\t' '
        BEGIN { split("negation modality no-event wrong-source wrong-target wrong-code " \
                      "modifier-actor background list article-actor other", r, " ")
                for (i in r) reason[r[i]] = 1 }
        /^#/ { if (match($0, /Result: lenient [0-9]+\/100, strict [0-9]+\/100/)) {
                   split(substr($0, RSTART, RLENGTH), w, /[ \/,]+/); rl = w[3]; rs = w[6] }
               next }
        /^$/ { next }
        { n++
          if (NF != 8) { print "line " NR ": " NF " fields, want 8"; next }
          if ($6 !~ /^[01]$/ || $7 !~ /^[01]$/) { print "line " NR ": judgements must be 0 or 1"; next }
          if ($7 > $6) print "line " NR ": strict right but lenient wrong"
          if ($7 == 1 && $8 != "-") print "line " NR ": a reason on a right event"
          if ($7 == 0 && !($8 in reason)) print "line " NR ": unknown reason " $8
          l += $6; s += $7 }
        END { if (n != 100) print n " events, want 100"
              if (rl == "") print "no Result: line"
              else if (rl != l || rs != s) print "Result: says " rl "/" rs ", lines give " l "/" s }
    ' "$1"
}

for f in "$root"/tests/data/precision/sample-*.tsv; do
    out=$(problems "$f")
    if [ -z "$out" ]; then ok; else bad "$(basename "$f")"; echo "$out" | sed 's/^/    /'; fi
done

# the check itself finds a miscounted result and a bad judgement
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
sample=$root/tests/data/precision/sample-2026-12-04-sixth.tsv
sed 's/^# Result: lenient 75/# Result: lenient 76/' "$sample" > "$tmp"
case $(problems "$tmp") in *"Result: says 76/60"*) ok;; *) bad "a miscounted Result: line passes";; esac
awk -F'\t' 'BEGIN { OFS = "\t" } !/^#/ && NF == 8 && !done { $7 = 2; done = 1 } { print }' \
    "$sample" > "$tmp"
case $(problems "$tmp") in *"must be 0 or 1"*) ok;; *) bad "a judgement of 2 passes";; esac

summary
