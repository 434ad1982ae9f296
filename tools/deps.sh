#!/bin/sh
# Installs the Debian packages dyad needs to build and test, and nothing else.
# Idempotent and quiet when everything is already present.
set -e
PKGS="build-essential clang libclang-rt-14-dev pkg-config libjansson-dev \
libexpat1-dev libutf8proc-dev libsqlite3-dev sqlite3 wordnet-base liblingua-en-tagger-perl \
libgeonames-dev iso-codes"
# The PostgreSQL store (dyad ingest --db postgresql://...): libpq, and the
# server tests/cli_pg.sh starts as a throwaway cluster.
PKGS="$PKGS libpq-dev postgresql"
# The Python package (python/dyad) and its tests: cffi loads libdyad.so with
# no compiler at import, pandas holds code_frame's table, pytest runs
# python/tests, distributed is the Dask cluster `python3 -m dyad.dask` runs on.
PKGS="$PKGS python3-cffi python3-pandas python3-pytest python3-distributed"
# The briefing as an e-mail (dyad brief --format email, --send): librsvg
# draws its charts as PNG, libcurl speaks SMTP (the dyad program links both,
# libdyad neither); tests/cli_brief_mail.sh receives it with aiosmtpd's
# SMTP server and shows the page in chromium, headless.
PKGS="$PKGS librsvg2-dev libcurl4-openssl-dev python3-aiosmtpd chromium"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "dyad: missing packages:$missing" >&2
    echo "dyad: run 'sudo make deps' or install them with apt-get" >&2
    exit 1
fi
echo "dyad: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
