#!/bin/sh
# cli_dict.sh — golden tests of `dyad dict check`: exact stdout/stderr and exit
# codes (0 no errors, 2 bad usage, 3 dictionary errors). $DYAD is the binary.
. "$(dirname "$0")/lib.sh"
need_dyad 12
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/d"
cp "$root/data/cameo.tsv" "$tmp/"   # verb codes are checked against ../cameo.tsv
cd "$tmp" || exit 1

# expect NAME RC ARGS... < want-stderr (the timing line is left out)
expect() {
    name=$1 want_rc=$2; shift 2
    cat > want
    "$DYAD" dict "$@" > out 2> err.raw; rc=$?
    grep -v '^dyad: loaded ' err.raw > err
    want_err "$name" "$want_rc" "$rc"
}

cat > d/a.txt <<'D'
actor ABC: Abcland
actor ABC: Abcland
person: Dee Example
  ABCGOV 2001..2004
  ABCELI 2003..
verb 042: visit +
D
expect "errors" 3 check --dict d <<'X'
d/a.txt:2: error: duplicate: 'Abcland' already has code ABC at d/a.txt:1; remove one
d/a.txt:5: error: range of ABCELI overlaps the range of ABCGOV on line 4 (2003-01-01..2004-12-31); make the ranges meet without overlapping
X
if grep -q '^actors    2$' out && grep -q '^errors    2$' out; then ok; else
    bad "counts"; cat out; fi

printf 'actor ABC: Abcland\nagent GOV: official; officials\n' > d/a.txt
printf 'synset &AID: aid; relief\nverb 042: visit +; pay visit to +\n' > d/b.txt
: > d/c.txt
expect "clean" 0 check --dict d < /dev/null
# stdout: the files read with what each gave, then the counts
cat > want.out <<'X'
file      d/a.txt: 1 actors, 1 agents
file      d/b.txt: 1 synsets, 2 patterns
file      d/c.txt: nothing
actors    1
people    0
agents    1
synsets   1
patterns  2
discards  0
names     3
verbs     2
errors    0
warnings  0
X
same want.out out "clean: stdout"
rm d/b.txt d/c.txt

# a line that repeats a pattern or a name: a warning with both lines (exit 0);
# two codes for one pattern: an error
cat > d/b.txt <<'D'
synset &AID: aid; relief
verb 042: visit +; pay visit to +
verb 040: meet with + @mutual
verb 042: travel to +; visit +
verb 040: meet with + @mutual
verb 043: pay visit to +
person: Dee Example
  ABCGOV 2001..2004
person: Dee Example
  ABCGOV 2003..2006
actor ABC 2010..: Abcland
D
expect "repeated lines" 3 check --dict d <<'X'
d/b.txt:4: warning: duplicate: pattern 'visit +' is already at d/b.txt:2; remove one
d/b.txt:5: warning: duplicate: pattern 'meet with + @mutual' is already at d/b.txt:3; remove one
d/b.txt:6: error: pattern 'pay visit to +' is 043 here but 042 at d/b.txt:2; keep one
d/b.txt:9: warning: 'Dee Example' has code ABCGOV here and at d/b.txt:7 already, on dates both cover; remove one or merge the entries
d/b.txt:11: warning: 'Abcland' has code ABC here and at d/a.txt:1 already, on dates both cover; remove one or merge the entries
X
if grep -q '^errors    1$' out && grep -q '^warnings  4$' out; then ok; else
    bad "repeated lines: counts"; cat out; fi
rm d/b.txt

# a folder without verb patterns codes nothing: exit 3, naming the file
expect "no verb patterns" 3 check --dict d <<'X'
d: error: no verb patterns in this folder, so no event can be coded; write them as 'verb CODE: pattern' lines in d/verbs.txt (docs/dictionaries.md)
X

# PETRARCH2's folder without CAMEO.2.0.txt: exit 3; nothing stands in for it
mkdir p
printf -- '--- MEET [040] ---\nMEET\n- * WITH + [040]\n' > p/PETR.Validate.verbs.txt
for f in Phoenix.Countries.actors.txt Phoenix.International.actors.txt \
         Phoenix.MilNonState.actors.txt Phoenix.agents.txt Phoenix.discards.txt; do
    : > "p/$f"
done
expect "PETRARCH2 folder without CAMEO.2.0.txt" 3 check --petrarch-dicts p <<'X'
p/CAMEO.2.0.txt: error: missing: PETRARCH2's verb patterns are read from CAMEO.2.0.txt; give the folder that holds it (PETR.Validate.verbs.txt here is the fictional set of the validation file, which only 'dyad validate' reads)
X
printf '# no patterns yet\n' > p/CAMEO.2.0.txt
expect "CAMEO.2.0.txt without patterns" 3 check --petrarch-dicts p <<'X'
p/CAMEO.2.0.txt: error: no verb patterns in this file, so no event can be coded; it should hold PETRARCH2's verbs ('- * pattern [CODE]' lines)
X
expect "both" 2 check --dict d --petrarch-dicts d <<'X'
dyad: give --dict or --petrarch-dicts, not both
dyad: try 'dyad dict --help'
X
expect "no command" 2 nosuch <<'X'
dyad: unknown dict command 'nosuch'; the command is 'check'
dyad: try 'dyad dict --help'
X
expect "missing folder" 3 check --dict nosuch <<'X'
nosuch: error: cannot open dictionary folder: No such file or directory
dyad: nosuch: cannot read or write a file
X
summary
