#!/bin/sh
# cli_input.sh — golden tests of how `dyad sentences` reports bad input:
# exact stderr and exit code. $DYAD is the binary (tests/run.sh sets it).
#
# Exit codes: 0 when every record was read (warnings about repaired input
# allowed), 1 when any record was skipped or a file could not be opened,
# 2 for a bad command line.
. "$(dirname "$0")/lib.sh"
need_dyad 22
scratch

# expect NAME RC [ARGS...] < want-stderr: runs dyad sentences ARGS with stdin
# from the file "in" and compares exit code and stderr.
expect() {
    name=$1 want_rc=$2; shift 2
    cat > want
    "$DYAD" sentences "$@" < in > out 2> err; rc=$?
    want_err "$name" "$want_rc" "$rc"
}
: > in

printf '{"text":"Ministers met in Paris.","date":"2024-01-01"}\n{"text":5,"date":"2024-01-01"}\n\n{"text":"Talks ended.","date":"2024-01-02"}\n' > types.jsonl
expect "wrong type" 1 types.jsonl <<'X'
types.jsonl:2: error: "text" must be a string, found a number; fix the record or remove the line
dyad: warning: read 2 records, skipped 1 (see the messages above)
X
[ "$(wc -l < out)" -eq 2 ] && ok || bad "records around a bad one"

printf '{"text":"cut off","date":"2024-01-01"\n' > trunc.jsonl
expect "truncated JSON" 1 trunc.jsonl <<'X'
trunc.jsonl:1:37: error: malformed JSON: '}' expected near end of file; fix the record or remove the line
dyad: warning: read 0 records, skipped 1 (see the messages above)
X

printf '{"text":"No date."}\n' > nodate.jsonl
expect "missing date" 1 nodate.jsonl <<'X'
nodate.jsonl:1: error: the record has no "date"; add "date": "YYYY-MM-DD" or give a default date (dyad: --date)
dyad: warning: read 0 records, skipped 1 (see the messages above)
X
expect "missing date, default given" 0 --date 2024-05-01 nodate.jsonl < /dev/null

printf '{"text":"x","date":"2024-02-30"}\n' > baddate.jsonl
expect "bad date" 1 baddate.jsonl <<'X'
baddate.jsonl:1: error: "date" "2024-02-30" is not a date; write it as YYYY-MM-DD (YYYYMMDD and 2024-03-21T10:00:00Z are accepted too)
dyad: warning: read 0 records, skipped 1 (see the messages above)
X

printf '{"text":"caf\351 cr\350me.","date":"2024-01-01"}\n' > latin1.jsonl
expect "invalid UTF-8 is a warning" 0 latin1.jsonl <<'X'
latin1.jsonl:1:13: warning: invalid UTF-8 replaced by U+FFFD (2 places, the first here); convert the file to UTF-8, e.g. with iconv -f latin1 -t utf-8
X

expect "missing file" 1 nowhere/news.jsonl <<'X'
dyad: cannot open 'nowhere/news.jsonl': No such file or directory
X

mkdir adir
expect "directory" 1 adir <<'X'
dyad: cannot open 'adir': Is a directory
X

expect "empty standard input" 1 <<'X'
<stdin>: error: empty article (the input holds no text), skipped; check the file name or give the text
dyad: warning: read 0 records, skipped 1 (see the messages above)
X

printf '<Sentences>\n<Sentence date="19950101" id="A">\n<Text>Open.\n<Sentence date="19950102" id="B">\n<Text>Fine.</Text>\n</Sentence>\n' > recs.xml
expect "unclosed XML record" 1 recs.xml <<'X'
recs.xml:2:1: error: <Sentence> has no </Sentence> before the next record at line 4; close it, or remove the record
dyad: warning: read 1 records, skipped 1 (see the messages above)
X

printf 'A text with a NUL\000 byte.' > nul.txt
expect "NUL in plain text" 0 nul.txt <<'X'
nul.txt:1:18: warning: NUL byte replaced by a space (1 in this record, the first here); the input may be binary or UTF-16: convert it to UTF-8 text
X

# ---- flood and size limits ----
# 30 bad records and a good one: the first 20 messages, then one line for
# the rest.
i=1; while [ $i -le 30 ]; do echo "junk $i"; i=$((i + 1)); done > junk.jsonl
echo '{"text":"Talks ended.","date":"2024-01-02"}' >> junk.jsonl
# messages N: the messages about the first N lines of junk.jsonl
messages() {
    i=1; while [ $i -le "$1" ]; do
        echo "junk.jsonl:$i:4: error: malformed JSON: invalid token near 'junk'; fix the record or remove the line"
        i=$((i + 1))
    done
}
summary="dyad: warning: read 1 records, skipped 30 (see the messages above)"
{ messages 20
  echo "dyad: warning: junk.jsonl: 10 more messages not shown; --max-errors N shows N a file, 0 all"
  echo "$summary"; } > flood
expect "30 bad records, 20 shown" 1 junk.jsonl < flood
{ messages 3
  echo "dyad: warning: junk.jsonl: 27 more messages not shown; --max-errors N shows N a file, 0 all"
  echo "$summary"; } > flood
expect "--max-errors 3" 1 --max-errors 3 junk.jsonl < flood
{ messages 30; echo "$summary"; } > flood
expect "--max-errors 0 shows all" 1 --max-errors=0 junk.jsonl < flood
# Each file has its own count.
cp junk.jsonl junk2.jsonl
"$DYAD" sentences --max-errors 2 junk.jsonl junk2.jsonl > out 2> err
cat > want <<'X'
junk.jsonl:1:4: error: malformed JSON: invalid token near 'junk'; fix the record or remove the line
junk.jsonl:2:4: error: malformed JSON: invalid token near 'junk'; fix the record or remove the line
dyad: warning: junk.jsonl: 28 more messages not shown; --max-errors N shows N a file, 0 all
junk2.jsonl:1:4: error: malformed JSON: invalid token near 'junk'; fix the record or remove the line
junk2.jsonl:2:4: error: malformed JSON: invalid token near 'junk'; fix the record or remove the line
dyad: warning: junk2.jsonl: 28 more messages not shown; --max-errors N shows N a file, 0 all
dyad: warning: read 2 records, skipped 60 (see the messages above)
X
same want err "--max-errors counts each file"
expect "--max-errors not a number" 2 --max-errors many <<'X'
dyad: --max-errors wants a number, not 'many' (0: no limit)
dyad: try 'dyad sentences --help'
X

# An article over --max-article-bytes is one bad record: reported, skipped,
# and the run goes on.
printf '{"id":"long","date":"2024-01-01","text":"%s"}
{"id":"short","date":"2024-01-01","text":"Talks ended."}
' \
    "$(printf 'Ministers met again. %.0s' 1 2 3 4 5 6)" > long.jsonl
expect "article over --max-article-bytes" 1 --max-article-bytes 100 long.jsonl <<'X'
long.jsonl:1: error: the article is 126 bytes, more than the limit of 100; skipped: split it, or raise the limit with --max-article-bytes N
dyad: warning: read 1 records, skipped 1 (see the messages above)
X
grep -q '"doc":"short"' out && ! grep -q '"doc":"long"' out && ok ||
    bad "--max-article-bytes: want the short article only"
expect "article at --max-article-bytes" 0 --max-article-bytes 126 long.jsonl < /dev/null
# The default limit is 10 MB (10,000,000 bytes).
head -c 10000001 /dev/zero | tr '\0' 'a' > huge.txt
expect "article over the default limit" 1 huge.txt <<'X'
huge.txt:1: error: the article is 10000001 bytes, more than the limit of 10000000; skipped: split it, or raise the limit with --max-article-bytes N
dyad: warning: read 0 records, skipped 1 (see the messages above)
X

# "--" ends the options: a file may start with '-'.
printf 'Talks began in Geneva.' > ./-talks.txt
expect "-- before a file starting with '-'" 0 -- -talks.txt < /dev/null
grep -q '"doc":"-talks.txt"' out && ok || bad "'sentences -- -talks.txt' did not read the file"
expect "a file starting with '-', without --" 2 -talks.txt <<'X'
dyad: unknown option '-talks.txt'
dyad: try 'dyad sentences --help'
X

# ---- an id given twice in one file: a warning with both lines, records kept ----
printf '{"id":"r1","date":"2024-01-01","text":"Talks began."}\n{"id":"r2","date":"2024-01-01","text":"Talks went on."}\n{"id":"r1","date":"2024-01-02","text":"Talks ended."}\n' > ids.jsonl
expect "duplicate ids" 0 ids.jsonl <<'X'
ids.jsonl:3: warning: id 'r1' is also the id of line 1; give each record its own id
X
[ "$(wc -l < out)" -eq 3 ] && ok || bad "records with a repeated id are kept"

# ---- PETRARCH elements misspelt: reported once per name, with the line ----
printf '<Sentences>\n<sentence date="19950101" id="A"><Text>x</Text></sentence>\n<Sentence date="19950101" id="B"><Text>Talks began.</Text></Sentence>\n<sentence date="19950101" id="C"><Text>y</Text></sentence>\n  <Sentense date="19950101" id="D"><Text>z</Text></Sentense>\n</Sentences>\n' > typos.xml
expect "misspelt record tags" 0 typos.xml <<'X'
typos.xml:2:1: warning: <sentence> is not an element of PETRARCH files: its text is not read (records are <Sentence> elements, and names are case-sensitive)
typos.xml:5:3: warning: <Sentense> is not an element of PETRARCH files: its text is not read (records are <Sentence> elements, and names are case-sensitive)
X
[ "$(wc -l < out)" -eq 1 ] && ok || bad "the one good record among misspelt ones"

# ---- inputs in which the reader finds no record at all: exit 1 ----
printf '{"id":"a","date":"2024-01-01","text":"Talks began."}\n' > news.jsonl
expect "JSON lines read as PETRARCH XML" 1 --input petrarch news.jsonl <<'X'
news.jsonl: error: no record found: expected PETRARCH XML (<Sentence> records), found JSON lines; try --input jsonl
X
echo 'Talks began in Paris on Monday.' > story.xml
expect ".xml file holding plain text" 1 story.xml <<'X'
story.xml: error: no record found: expected PETRARCH XML (<Sentence> records), found plain text; try --input text
X
: > none.jsonl
expect "empty JSON-lines file, beside a good one" 1 none.jsonl news.jsonl <<'X'
none.jsonl: error: no record found: expected JSON lines (one {"text": ...} object a line), found an empty input; check that this is the file you meant
X
[ "$(wc -l < out)" -eq 1 ] && ok || bad "the good file after an empty one"
printf '\n\n' > in
expect "blank standard input as JSON lines" 1 --input jsonl <<'X'
<stdin>: error: no record found: expected JSON lines (one {"text": ...} object a line), found only blank lines; check that this is the file you meant
X
: > in
printf '<Sentences>\n<Sentence date="19950101" id="A"><Text>x</Text></Sentence>\n</Sentences>\n' > recs.xml
expect "XML read as JSON lines" 1 --input jsonl recs.xml <<'X'
recs.xml:1:1: error: malformed JSON: invalid token near '<'; fix the record or remove the line
recs.xml:2:1: error: malformed JSON: invalid token near '<'; fix the record or remove the line
recs.xml:3:1: error: malformed JSON: invalid token near '<'; fix the record or remove the line
recs.xml: note: no record could be read: expected JSON lines (one {"text": ...} object a line), found XML; try --input petrarch
dyad: warning: read 0 records, skipped 3 (see the messages above)
X

# A note about the whole file is shown past --max-errors: it explains the flood.
i=1; while [ $i -le 4 ]; do echo "<x>$i</x>"; i=$((i + 1)); done > tags.jsonl
expect "file note past --max-errors" 1 --max-errors 1 tags.jsonl <<'X'
tags.jsonl:1:1: error: malformed JSON: invalid token near '<'; fix the record or remove the line
tags.jsonl: note: no record could be read: expected JSON lines (one {"text": ...} object a line), found XML; try --input petrarch
dyad: warning: tags.jsonl: 3 more messages not shown; --max-errors N shows N a file, 0 all
dyad: warning: read 0 records, skipped 4 (see the messages above)
X

summary
