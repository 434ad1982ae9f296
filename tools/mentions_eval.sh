#!/bin/sh
# mentions_eval.sh — scores the article level's mention resolution against
# the hand annotation (tests/data/article/mentions.tsv; docs/annotation.md,
# "Mentions"): runs `dyad mentions --format tsv` on the annotated articles
# of ../shared/corpus and compares.
#
#   tools/mentions_eval.sh DYAD CORPUS [MIN_PRECISION MIN_RECALL]
#
# A resolution is right when dyad resolved a mention whose bytes overlap an
# annotated one to the same entity. Names are compared as the fullest names
# the article gives, case aside, a leading "the" dropped; one name matches a
# longer one with the same last word whose words it has ("Trump", "Donald
# Trump"; "John Bolton", "John R. Bolton"); a set matches a set of as many
# matching members, in any order.
#   precision: right resolutions / mentions dyad resolved to someone named
#   recall:    right resolutions / annotated mentions of someone named
# Exit 1 below the floors, 2 on bad usage.
set -u
if [ $# -ne 2 ] && [ $# -ne 4 ]; then
    echo "usage: tools/mentions_eval.sh DYAD CORPUS [MIN_PRECISION MIN_RECALL]" >&2
    exit 2
fi
dyad=$1 corpus=$2 minp=${3:-0} minr=${4:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=$root/tests/data/article
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# the annotated articles, taken from the corpus by id
awk -F'\t' '!/^#/ && $2 == "yes" { print $1 }' "$set_dir/articles.tsv" > "$tmp/ids"
LC_ALL=C awk 'NR == FNR { want[$0] = 1; next }
    match($0, /^\{"id": "[^"]*"/) { id = substr($0, 9, RLENGTH - 9); if (id in want) print }' \
    "$tmp/ids" "$corpus" > "$tmp/articles.jsonl"
if [ "$(wc -l < "$tmp/articles.jsonl")" -ne "$(wc -l < "$tmp/ids")" ]; then
    echo "mentions_eval: found $(wc -l < "$tmp/articles.jsonl") of the $(wc -l < "$tmp/ids") annotated articles in $corpus" >&2
    exit 1
fi
"$dyad" mentions --format tsv "$tmp/articles.jsonl" > "$tmp/system.tsv" || exit 1

LC_ALL=C awk -F'\t' -v minp="$minp" -v minr="$minr" '
function norm(s) { s = tolower(s); sub(/^the /, "", s); return s }
# does name a match name b (one is the other, or has its last word and is
# made of its words)?
function same_name(a, b,    na, nb, wa, wb, i, j, found, t) {
    a = norm(a); b = norm(b)
    if (a == b) return 1
    na = split(a, wa, " "); nb = split(b, wb, " ")
    if (na > nb) { t = a; a = b; b = t; split(a, wa, " "); split(b, wb, " "); t = na; na = nb; nb = t }
    if (wa[na] != wb[nb]) return 0
    for (i = 1; i <= na; i++) {
        found = 0
        for (j = 1; j <= nb; j++) if (wa[i] == wb[j]) found = 1
        if (!found) return 0
    }
    return 1
}
function same_entity(a, b,    ma, mb, na, nb, i, j, used, ok) {
    na = split(a, ma, "|"); nb = split(b, mb, "|")
    if (na != nb) return 0
    for (j = 1; j <= nb; j++) used[j] = 0
    for (i = 1; i <= na; i++) {
        ok = 0
        for (j = 1; j <= nb && !ok; j++)
            if (!used[j] && same_name(ma[i], mb[j])) { used[j] = 1; ok = 1 }
        if (!ok) return 0
    }
    return 1
}
FNR == NR && /^#/ { next }
FNR == NR { if (!($1 in docs)) docs[$1] = 1; ng++; gd[ng] = $1; gs[ng] = $2; ge[ng] = $3; gn[ng] = $4
            if ($4 != "-") named++; next }
!($1 in docs) { next }
{ ns++; sd[ns] = $1; ss[ns] = $2; se[ns] = $3; sn[ns] = $4; if ($4 != "-") resolved++ }
END {
    for (i = 1; i <= ns; i++) {
        if (sn[i] == "-") continue
        for (g = 1; g <= ng; g++)
            if (gd[g] == sd[i] && gs[g] + 0 < se[i] + 0 && ss[i] + 0 < ge[g] + 0 && gn[g] != "-" &&
                same_entity(sn[i], gn[g])) {
                right++
                if (!(g in hit)) { hit[g] = 1; found++ }
                break
            }
    }
    p = resolved ? right / resolved : 0; r = named ? found / named : 0
    printf "mentions: %d annotated (%d of someone named), dyad resolved %d to someone named, %d right\n", ng, named, resolved, right
    printf "  precision %.3f  recall %.3f  F1 %.3f\n", p, r, p + r ? 2 * p * r / (p + r) : 0
    if (p < minp || r < minr) {
        printf "below the floors: precision %.3f (floor %s), recall %.3f (floor %s)\n", p, minp, r, minr
        exit 1
    }
}' "$set_dir/mentions.tsv" "$tmp/system.tsv"
