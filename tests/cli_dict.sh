#!/bin/sh
# cli_dict.sh — golden tests of `dyad dict check`: exact stdout/stderr and exit
# codes (0 no errors, 2 bad usage, 3 dictionary errors). $DYAD is the binary.
DYAD=${DYAD:-build/test/dyad}
case $DYAD in /*) ;; *) DYAD=$(pwd)/$DYAD;; esac
pass=0; fail=0
if [ ! -x "$DYAD" ]; then
    echo "SKIPPED 6: $DYAD is not built"
    echo "0 passed, 0 failed, 6 skipped"
    exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/d"
cd "$tmp" || exit 1

# expect NAME RC ARGS... < want-stderr (the timing line is left out)
expect() {
    name=$1 want_rc=$2; shift 2
    cat > want
    "$DYAD" dict "$@" > out 2> err.raw; rc=$?
    grep -v '^dyad: loaded ' err.raw > err
    if [ "$rc" = "$want_rc" ] && cmp -s want err; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAILED: $name: exit $rc (want $want_rc)"
        diff want err | sed 's/^/    /'
    fi
}

cat > d/a.txt <<'D'
actor ABC: Abcland
actor ABC: Abcland
person: Dee Example
  ABCGOV 2001..2004
  ABCELI 2003..
D
expect "errors" 3 check --dict d <<'X'
d/a.txt:2: error: duplicate: 'Abcland' already has code ABC at d/a.txt:1; remove one
d/a.txt:5: error: range of ABCELI overlaps the range of ABCGOV on line 4 (2003-01-01..2004-12-31); make the ranges meet without overlapping
X
if grep -q '^actors    2$' out && grep -q '^errors    2$' out; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAILED: counts"; cat out; fi

printf 'actor ABC: Abcland\nagent GOV: official; officials\n' > d/a.txt
expect "clean" 0 check --dict d < /dev/null
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
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" = 0 ]
