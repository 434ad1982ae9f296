# lib.sh — what every tests/cli_*.sh script shares, sourced first:
#     . "$(dirname "$0")/lib.sh"
# It sets $DYAD (the binary, made absolute; tests/run.sh passes it), $root
# (the repository) and $shared (the third-party data, ../shared unless
# DYAD_SHARED says otherwise), and the counters that summary prints as the
# last line the runner reads: "N passed, N failed, N skipped".
DYAD=${DYAD:-build/test/dyad}
case $DYAD in /*) ;; *) DYAD=$(pwd)/$DYAD;; esac
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
pass=0; fail=0; skip=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAILED: $*"; }

# same WANT GOT WHAT: the two files are equal, else their first differences
same() {
    if cmp -s "$1" "$2"; then ok; else bad "$3"; diff "$1" "$2" | head -20 | sed 's/^/    /'; fi
}

# want_err NAME WANT_RC RC: the exit code RC is WANT_RC and the standard
# error kept in the file "err" is the file "want", else the failure and the
# difference (the scripts' golden message checks)
want_err() {
    if [ "$3" = "$2" ] && cmp -s want err; then ok; else
        bad "$1: exit $3 (want $2)"; diff want err | sed 's/^/    /'
    fi
}

# skip_all N WHY: nothing in the script can run here; its N checks are
# counted as skipped, visibly, and the script ends
skip_all() {
    echo "SKIPPED $1: $2"
    echo "0 passed, 0 failed, $1 skipped"
    exit 0
}

# need_dyad [N]: the script's N checks (default 1) need the binary
need_dyad() {
    [ -x "$DYAD" ] || skip_all "${1:-1}" "$DYAD is not built"
}

# scratch: a fresh folder as the current one, removed at exit
scratch() {
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cd "$tmp" || exit 1
}

# summary: the runner's line; the script's status is 0 when nothing failed
summary() {
    echo "$pass passed, $fail failed, $skip skipped"
    [ "$fail" = 0 ]
}
