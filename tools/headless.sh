#!/bin/sh
# headless.sh — runs Debian's chromium headless on a page, safely for tests
# and scripts run as root: no sandbox (root has none), no GPU, nothing
# fetched in the background, a fresh profile thrown away afterwards, and
# at most $HEADLESS_SECONDS (default 60) seconds, so that it never hangs.
# Console messages go to standard error (--enable-logging=stderr).
#
#   sh tools/headless.sh [CHROMIUM-OPTION...] PAGE
#
# The screenshot in docs/ is the demo briefing (make demo):
#   sh tools/headless.sh --hide-scrollbars --window-size=1000,1600 \
#       --screenshot=docs/brief.png build/demo/brief.html
if [ $# = 0 ]; then
    echo "usage: sh tools/headless.sh [CHROMIUM-OPTION...] PAGE" >&2
    exit 2
fi
chromium=${CHROMIUM:-chromium}
if ! command -v "$chromium" > /dev/null 2>&1; then
    echo "headless: $chromium is not installed; run 'make deps' (Debian package chromium)" >&2
    exit 127
fi
profile=$(mktemp -d) || exit 1
trap 'rm -rf "$profile"' EXIT
# the page is the last argument: give chromium an absolute file:// address
eval "page=\${$#}"
case $page in /*) ;; *) page=$(pwd)/$page;; esac
n=$#; i=0
for a in "$@"; do
    i=$((i + 1))
    [ $i = $n ] && break
    set -- "$@" "$a"
done
shift $n
timeout -k 5 "${HEADLESS_SECONDS:-60}" "$chromium" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --no-first-run \
    --user-data-dir="$profile" --enable-logging=stderr "$@" "file://$page"
