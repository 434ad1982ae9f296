#!/bin/sh
# cli_mentions.sh — `dyad mentions`: what the article level resolved in an
# invented wire article, in both formats, exactly; a bad format; then, when
# ../shared holds the corpus, precision and recall of mention resolution on
# the hand-annotated set (tests/data/article/mentions.tsv) against the
# floors below (the level reached; raise them as resolution improves, never
# lower them to pass). $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
FLOOR_PRECISION=0.73
FLOOR_RECALL=0.61
need_dyad
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# 1-2. an invented article: a possessive, a surname after a title, "she",
# a surname alone, an object pronoun that is not its clause's subject, and
# "the two ministers"; codes where the article gives them (the counterpart
# named after her description, "his Togolese counterpart, Ama Dossou,", is
# TGOGOV: described_by in coder_actor.c)
printf 'ACCRA, May 2 (dyad wire) \342\200\224 Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart, Ama Dossou, in Lome on Tuesday. Mr. Mensah said she had been generous. Dossou thanked him, and the two ministers agreed to meet again.\n' > "$tmp/art.txt"
"$DYAD" mentions --date 2024-05-02 --id art "$tmp/art.txt" > "$tmp/out" 2>&1; rc=$?
cat > "$tmp/want" <<'X'
{"type":"mention","doc":"art","sent":1,"start":71,"end":74,"text":"his","kind":"pronoun","entity":"Kofi Mensah","code":"GHAGOV","entity_sent":1}
{"type":"mention","doc":"art","sent":2,"start":129,"end":139,"text":"Mr. Mensah","kind":"surname","entity":"Kofi Mensah","code":"GHAGOV","entity_sent":1}
{"type":"mention","doc":"art","sent":2,"start":145,"end":148,"text":"she","kind":"pronoun","entity":"Ama Dossou","code":"TGOGOV","entity_sent":1}
{"type":"mention","doc":"art","sent":3,"start":168,"end":174,"text":"Dossou","kind":"surname","entity":"Ama Dossou","code":"TGOGOV","entity_sent":1}
{"type":"mention","doc":"art","sent":3,"start":183,"end":186,"text":"him","kind":"pronoun","entity":"Kofi Mensah","code":"GHAGOV","entity_sent":1}
{"type":"mention","doc":"art","sent":3,"start":192,"end":209,"text":"the two ministers","kind":"group","entity":"Kofi Mensah|Ama Dossou","code":"GHAGOV|TGOGOV","entity_sent":1}
X
if [ $rc = 0 ] && cmp -s "$tmp/want" "$tmp/out"; then ok; else
    bad "dyad mentions (exit $rc)"; diff "$tmp/want" "$tmp/out" | sed 's/^/    /'; fi
"$DYAD" mentions --format tsv --date 2024-05-02 --id art "$tmp/art.txt" > "$tmp/out" 2>&1; rc=$?
printf 'art\t71\t74\tKofi Mensah\nart\t129\t139\tKofi Mensah\nart\t145\t148\tAma Dossou\nart\t168\t174\tAma Dossou\nart\t183\t186\tKofi Mensah\nart\t192\t209\tKofi Mensah|Ama Dossou\n' > "$tmp/want"
if [ $rc = 0 ] && cmp -s "$tmp/want" "$tmp/out"; then ok; else
    bad "dyad mentions --format tsv (exit $rc)"; diff "$tmp/want" "$tmp/out" | sed 's/^/    /'; fi

# 3. pronouns with no antecedent stand for no one ("-"); a name with no
# full form before it is a name, not a mention
printf 'He said Mr. Okafor would come. They agreed.\n' > "$tmp/none.txt"
"$DYAD" mentions --format tsv --date 2024-05-02 --id none "$tmp/none.txt" > "$tmp/out" 2>&1; rc=$?
printf 'none\t0\t2\t-\nnone\t31\t35\t-\n' > "$tmp/want"
if [ $rc = 0 ] && cmp -s "$tmp/want" "$tmp/out"; then ok; else
    bad "no antecedent (exit $rc)"; diff "$tmp/want" "$tmp/out" | sed 's/^/    /'; fi

# 4. a bad format is a usage error
"$DYAD" mentions --format xml "$tmp/art.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
printf "dyad: unknown output format 'xml'; use jsonl or tsv\ndyad: try 'dyad mentions --help'\n" > "$tmp/want"
if [ $rc = 2 ] && cmp -s "$tmp/want" "$tmp/err" && [ ! -s "$tmp/out" ]; then ok; else
    bad "bad --format (exit $rc)"; cat "$tmp/err"; fi

# 5. the hand-annotated mentions of 30 real articles
corpus=$shared/corpus/news.jsonl
if [ ! -f "$corpus" ]; then
    echo "SKIPPED 1: mention resolution on real news ($corpus absent)"
    skip=1
else
    sh "$root/tools/mentions_eval.sh" "$DYAD" "$corpus" $FLOOR_PRECISION $FLOOR_RECALL \
        > "$tmp/out" 2>&1; rc=$?
    sed 's/^/    /' "$tmp/out"
    if [ $rc = 0 ]; then ok; else bad "mention resolution below the floors (exit $rc)"; fi
fi
summary
