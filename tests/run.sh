#!/bin/sh
# Runs every test program in BUILD/tests, every tests/cli_*.sh script and
# tests/py_*.sh (the Python package, python/tests), and
# adds up their closing "N passed, N failed, N skipped" lines.
build=${1:-build/test}
export DYAD=$build/dyad
pass=0; fail=0; skip=0; broken=""
log=$(mktemp); trap 'rm -f "$log"' EXIT
for t in "$build"/tests/test_* tests/cli_*.sh tests/py_*.sh; do
    [ -e "$t" ] || continue
    # the Python package's tests load the release library: once is enough,
    # not again under ThreadSanitizer (make tsan)
    case $t in tests/py_*.sh) [ -n "$DYAD_TEST_TSAN" ] && continue;; esac
    case $t in *.sh) cmd="sh $t";; *) cmd=$t;; esac
    $cmd >"$log" 2>&1; rc=$?
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        cat "$log"; broken="$broken $t"; fail=$((fail + 1)); continue
    fi
    p=$(echo "$line" | sed 's/^\([0-9]*\) passed.*/\1/')
    f=$(echo "$line" | sed 's/.* \([0-9]*\) failed.*/\1/')
    s=$(echo "$line" | sed -n 's/.* \([0-9]*\) skipped.*/\1/p')
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + ${s:-0}))
    grep -E '^SKIPPED' "$log"
    if [ "$f" != 0 ] || [ $rc != 0 ]; then
        cat "$log"; broken="$broken $t"
        [ "$f" = 0 ] && fail=$((fail + 1))
    fi
    printf '%-40s %s\n' "$(basename "$t")" "$line"
done
[ -n "$broken" ] && echo "failing:$broken"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
