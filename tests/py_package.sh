#!/bin/sh
# py_package.sh — the Python package (python/dyad) and its Dask backfill,
# through Debian's python3-pytest (python/tests), against the release
# build's libdyad.so and dyad in PY_BUILD (default build; 'make test' builds
# both there: an ASan library cannot be loaded into an uninstrumented
# Python). Debian's /usr/bin/python3, not a python3 earlier on PATH that may
# not see Debian's python3-* packages. Prints pytest's counts as the
# runner's "N passed, N failed, N skipped" line.
PY=/usr/bin/python3
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PY_BUILD:-build}
case $build in /*) ;; *) build=$root/$build;; esac
skip() { echo "SKIPPED 1: $*"; echo "0 passed, 0 failed, 1 skipped"; exit 0; }
[ -x $PY ] || skip "no $PY (Debian's python3)"
for m in cffi pandas pytest distributed; do
    $PY -c "import $m" 2>/dev/null || skip "$PY cannot import $m; run 'make deps'"
done
for f in libdyad.so dyad; do
    if [ ! -e "$build/$f" ]; then
        echo "FAILED: $build/$f is not built; run 'make $build/libdyad.so $build/dyad'"
        echo "0 passed, 1 failed"
        exit 1
    fi
done
log=$(mktemp); trap 'rm -f "$log"' EXIT
cd "$root" && DYAD_LIB=$build/libdyad.so DYAD_CLI=$build/dyad PYTHONPATH=$root/python \
    PYTHONDONTWRITEBYTECODE=1 $PY -m pytest -q -rs -p no:cacheprovider \
    -W ignore::DeprecationWarning python/tests > "$log" 2>&1
rc=$?
cat "$log"
last=$(grep -E '^(=+ )?[0-9]+ (passed|failed|skipped|error)' "$log" | tail -n 1)
count() { echo "$last" | sed -n "s/.*[^0-9]\([0-9][0-9]*\) $1.*/\1/p; s/^\([0-9][0-9]*\) $1.*/\1/p" | head -n 1; }
p=$(count passed); f=$(count failed); e=$(count error); s=$(count skipped)
f=$(( ${f:-0} + ${e:-0} ))
[ $rc != 0 ] && [ $f = 0 ] && f=1   # pytest failed without a count: collection, crash
echo "${p:-0} passed, $f failed, ${s:-0} skipped"
[ $f = 0 ]
