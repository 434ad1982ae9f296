#!/bin/sh
# demo.sh — the most complete job dyad can do on the example articles in
# examples/: checks the dictionaries, splits every article into sentences,
# codes the events (with the evidence for each), and writes a plain briefing.
# Called by `make demo` as `sh tools/demo.sh BUILD`. Needs only POSIX sh, sed,
# awk (mawk is enough), sort and uniq: no Python.
#
# Writes BUILD/demo/events.jsonl       events of examples/articles.jsonl
#        BUILD/demo/quotes.jsonl       their quotes and speakers (the quote
#                                      records dyad code writes after the events)
#        BUILD/demo/events-text.jsonl  events of the plain-text examples
#        BUILD/demo/rejected.txt       the dictionary files read, then the
#                                      candidates the coder turned down, and why
#        BUILD/demo/briefing.txt       counts per dyad, CAMEO root, article
#        BUILD/demo/dyad.db            the articles and events in a store
#        BUILD/demo/brief.html         the briefing on March to June 2023, and
#        BUILD/demo/brief.txt          the same as text
#        BUILD/demo/brief.eml          and as an e-mail (MIME: text, page, PNG charts)
set -e
build=${1:-build}
dyad=$build/dyad
out=$build/demo
data=${DYAD_DATA:-data}
if [ ! -x "$dyad" ]; then
    echo "demo: $dyad is not built; run 'make demo' (or 'make' first)" >&2
    exit 1
fi
mkdir -p "$out"

# jget KEY: awk function text that pulls a string or number field out of one
# flat JSON line (dyad's own output: keys never repeat, strings are escaped).
jget='
function jget(line, k,    re, s) {
    re = "\"" k "\":(\"([^\"\\\\]|\\\\.)*\"|[-0-9.a-z]+)"
    if (!match(line, re)) return ""
    s = substr(line, RSTART + length(k) + 3, RLENGTH - length(k) - 3)
    if (s ~ /^"/) {
        s = substr(s, 2, length(s) - 2)
        gsub(/\\"/, "\"", s); gsub(/\\n/, " ", s); gsub(/\\\\/, "\\", s)
    }
    return s
}'

# date_of NAME: the date of the JSONL record whose id ends in -NAME, so that
# the plain-text copy of an article is coded with the same date.
date_of() {
    sed -n 's/.*"id": *"[^"]*-'"$1"'".*"date": *"\([0-9-]*\)".*/\1/p' examples/articles.jsonl | head -n 1
}
# date_opt NAME: "--date=D" for that record, or nothing when none matches.
date_opt() {
    d=$(date_of "$1"); [ -z "$d" ] || echo "--date=$d"
}

echo "== dyad $("$dyad" --version | sed 's/^dyad //') on examples/"
echo
echo "-- dictionaries ($data/dict, data/cameo.tsv)"
"$dyad" dict check > "$out/dict.txt" 2> "$out/dict.err" || {
    cat "$out/dict.err" >&2; echo "demo: the dictionaries have errors (above)" >&2; exit 1; }
awk '{ printf "%s%s %s", (NR > 1 ? ", " : "   "), $2, $1 } END { print "" }' "$out/dict.txt"
sed 's/^dyad: /   /' "$out/dict.err"

echo
echo "-- sentences per article (dyad sentences)"
txt_files=$(ls examples/*.txt)
{
    "$dyad" sentences examples/articles.jsonl
    for f in $txt_files; do
        "$dyad" sentences $(date_opt "$(basename "$f" .txt)") "$f"
    done
} > "$out/sentences.jsonl"
awk "$jget"'
{   doc = jget($0, "doc"); kind = jget($0, "kind")
    if (!(doc in total)) order[++n] = doc
    total[doc]++; k[doc, kind]++; all++ }
END {
    for (i = 1; i <= n; i++) {
        d = order[i]; extra = ""
        split("dateline heading byline", kinds, " ")
        for (j = 1; j <= 3; j++)
            if (k[d, kinds[j]]) extra = extra ", " k[d, kinds[j]] " " kinds[j]
        printf "   %-34s %3d sentences (%d body%s)\n", d, total[d], k[d, "body"], extra
    }
    printf "   %-34s %3d sentences in %d articles\n", "total", all, n
}' "$out/sentences.jsonl"

echo
echo "-- events (dyad code --explain examples/articles.jsonl)"
"$dyad" code --explain examples/articles.jsonl > "$out/code.jsonl" 2> "$out/rejected.txt" || {
    cat "$out/rejected.txt" >&2; echo "demo: dyad code failed (messages above)" >&2; exit 1; }
# each article's events are followed by its quotes: two files
grep '^{"type":"event"' "$out/code.jsonl" > "$out/events.jsonl" || true
grep '^{"type":"quote"' "$out/code.jsonl" > "$out/quotes.jsonl" || true
rm -f "$out/code.jsonl"
awk "$jget"'
{   doc = jget($0, "doc")
    if (doc != last) { printf "\n   %s (%s)\n", doc, jget($0, "date"); last = doc }
    mod = jget($0, "modality")
    printf "   s%-3s %-10s -> %-10s %-4s %s, %+.1f%s\n", jget($0, "sent"), jget($0, "source"),
        jget($0, "target"), jget($0, "code"), jget($0, "event_name"), jget($0, "goldstein"),
        mod == "asserted" ? "" : " [" mod "]"
    printf "        %s | %s | %s\n", jget($0, "source_text"), jget($0, "verb"),
        jget($0, "target_text")
    if (jget($0, "name") != "")   # the place object'"'"'s
        printf "        where: %s, %s (from the %s)\n", jget($0, "name"), jget($0, "country"),
            jget($0, "from")
}' "$out/events.jsonl"
echo

echo "-- quotes and speakers (dyad quotes examples/articles.jsonl)"
"$dyad" quotes examples/articles.jsonl | sed 's/^/   /'
echo

echo "-- the plain-text copies (dyad code --date D FILE.txt)"
: > "$out/events-text.jsonl"
for f in $txt_files; do
    d=$(date_of "$(basename "$f" .txt)")
    "$dyad" code $(date_opt "$(basename "$f" .txt)") "$f" >> "$out/events-text.jsonl"
    printf '   %-22s %s  events: %d\n' "$(basename "$f")" "$d" \
        "$(grep '^{"type":"event"' "$out/events-text.jsonl" |
           grep -c "\"doc\":\"$(basename "$f")\"" || true)"
done

# ---- briefing: counts with sort | uniq -c, and every event on one line ----
roots=$out/roots.tsv
awk -F '\t' '$1 ~ /^[0-9][0-9]$/ { print $1 "\t" $5 }' "$data/cameo.tsv" > "$roots"
fields() {   # fields KEY...: one tab-separated line per event
    awk -v keys="$*" "$jget"' BEGIN { split(keys, k, " ") }
    { s = jget($0, k[1]); for (i = 2; i in k; i++) s = s "\t" jget($0, k[i]); print s }' \
        "$out/events.jsonl"
}
count() { sort | uniq -c | sort -k1,1nr -k2 | sed 's/^ *\([0-9]*\) /   \1\t/'; }
nev=$(wc -l < "$out/events.jsonl" | tr -d ' ')
ndoc=$(fields doc | sort -u | wc -l | tr -d ' ')
{
    echo "dyad briefing: events coded from examples/articles.jsonl"
    echo "dyad $("$dyad" --version | sed 's/^dyad //'), $(date -u +%Y-%m-%d)," \
        "dictionaries $data/dict"
    echo
    echo "$nev events in $ndoc of $(grep -c . examples/articles.jsonl) articles" \
        "($(awk 'END { print NR }' "$out/sentences.jsonl") sentences read in all inputs)"
    echo
    echo "Events per dyad (source -> target)"
    fields source target | awk -F '\t' '{ print $1 " -> " $2 }' | count
    echo
    echo "Events per CAMEO root"
    fields root | count | awk -F '\t' 'NR == FNR { name[$1] = $2; next }
        { print $1 "\t" $2 "  " name[$2] }' "$roots" -
    echo
    echo "Events per quad class (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict)"
    fields quad | count
    echo
    echo "Events per modality"
    fields modality | count
    echo
    echo "Events per article"
    fields doc | count
    echo
    echo "Events per place (where they happened: named in the clause, the sentence or the dateline)"
    fields name country from | awk -F '\t' '{ print ($1 == "" ? "(no place named)" : $1 ", " $2 " (" $3 ")") }' | count
    echo
    echo "Mean Goldstein score per article (-10 conflict .. +10 cooperation)"
    fields doc goldstein | awk -F '\t' '{ s[$1] += $2; n[$1]++ }
        END { for (d in s) printf "   %+5.1f\t%s\n", s[d] / n[d], d }' | sort -k1,1n
    echo
    echo "Every event: date, source -> target, code, name, evidence"
    fields date source target code event_name source_text verb target_text |
        awk -F '\t' '{ printf "   %s  %s -> %s  %s %s: %s / %s / %s\n",
            $1, $2, $3, $4, $5, $6, $7, $8 }'
} > "$out/briefing.txt"
rm -f "$roots"

echo
echo "-- briefing (head of $out/briefing.txt)"
sed -n '1,/^Events per quad/p' "$out/briefing.txt" | sed '$d' | sed 's/^/   /'
echo
echo "-- the store (dyad ingest, then dyad query: the five busiest dyads)"
rm -f "$out/dyad.db" "$out/dyad.db-wal" "$out/dyad.db-shm"
"$dyad" ingest --db "$out/dyad.db" examples/articles.jsonl 2>&1 | sed 's/^dyad: /   /'
"$dyad" query dyads --db "$out/dyad.db" --limit 5 | sed 's/^/   /'
"$dyad" brief --db "$out/dyad.db" --date 2023-06-30 --days 120 -o "$out/brief.html"
"$dyad" brief --db "$out/dyad.db" --date 2023-06-30 --days 120 --format text > "$out/brief.txt"
"$dyad" brief --db "$out/dyad.db" --date 2023-06-30 --days 120 --format email \
    --from 'dyad demo <demo@example.org>' --to reader@example.org -o "$out/brief.eml"
echo
echo "== files"
echo "   $out/events.jsonl       $nev events, JSON lines with evidence (--explain)"
echo "   $out/quotes.jsonl       $(wc -l < "$out/quotes.jsonl" | tr -d ' ') quotes with their speakers"
echo "   $out/events-text.jsonl  events of the plain-text examples"
echo "   $out/rejected.txt       $(grep -vc '^dyad: ' "$out/rejected.txt") candidates turned down, and why"
echo "   $out/sentences.jsonl    every sentence with its byte span"
echo "   $out/briefing.txt       counts per dyad, root, quad, modality, article, place; every event"
echo "   $out/dyad.db            the store: dyad query dyads|series|events|actors|quotes --db $out/dyad.db"
echo "   $out/brief.txt          the briefing on March to June 2023 (dyad brief --format text)"
echo "   $out/brief.eml          the same as an e-mail, text and page with PNG charts (--format email)"
echo
echo "The briefing, a page to open in a browser: $out/brief.html"
