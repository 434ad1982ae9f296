#!/bin/sh
# cli_brief_mail.sh — the briefing as an e-mail, sent, and in a browser:
#   - `dyad brief --format email` is a MIME message that Python's e-mail
#     parser reads as it should (tests/mail_check.py: headers, line
#     lengths, both parts, every chart an inline PNG its cid: names);
#   - `--send` hands it to a real SMTP server (Debian's aiosmtpd, started
#     here on a free port, tests/smtp_sink.py), which receives it whole,
#     for every recipient; a refused recipient sends nothing to anyone; a
#     refused sender, a message refused after its data and a refused
#     connection say so; all exit 5;
#   - golden messages for the e-mail options used wrongly (exit 2);
#   - the demo briefing in a real browser (Debian's chromium, headless,
#     tools/headless.sh): no console message, its charts in the page, and
#     a screenshot that is not blank and shows the charts' colours.
# Each part is skipped, visibly, when its Debian package is missing (make
# deps installs python3-aiosmtpd and chromium). $DYAD is the binary
# (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
py=/usr/bin/python3    # Debian's, which sees python3-aiosmtpd
need_dyad
tmp=$(mktemp -d)
sink=""
cleanup() {
    [ -n "$sink" ] && kill "$sink" 2> /dev/null && wait "$sink" 2> /dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
cd "$tmp" || exit 1

# same WANT GOT WHAT: the two files are equal, else the diff.

# The demo's briefing: the example articles, March to June 2023.
"$DYAD" ingest --db ex.db "$root/examples/articles.jsonl" 2> /dev/null ||
    bad "ingest of examples/articles.jsonl failed"
period="--db ex.db --date 2023-06-30 --days 120"

# ---- the e-mail, written ----
have_py=0
[ -x $py ] && $py -c 'import email.policy' 2> /dev/null && have_py=1
"$DYAD" brief $period --format text > text
"$DYAD" brief $period --format email --from 'Desk <desk@example.org>' \
    --to reader@example.org --to 'Second Reader <second@example.net>' > m.eml 2> err; rc=$?
[ $rc = 0 ] && [ ! -s err ] && ok || bad "brief --format email: exit $rc, $(head -c 200 err)"
if [ $have_py = 1 ]; then
    $py "$root/tests/mail_check.py" m.eml text desk@example.org reader@example.org \
        second@example.net > faults && ok || { bad "brief --format email:"; cat faults; }
else
    skip=$((skip + 1)); echo "SKIPPED 1: $py is missing; the e-mail is not parsed"
fi
# librsvg is opened when a chart is drawn (src/cli/chart.c), not linked:
# its sixty libraries would cost every run of dyad at start
if command -v ldd > /dev/null 2>&1; then
    ldd "$DYAD" > libs 2>&1
    grep -q 'libjansson' libs && ! grep -q 'librsvg' libs && ok ||
        bad "dyad links librsvg: $(grep librsvg libs)"
else
    skip=$((skip + 1)); echo "SKIPPED 1: ldd is missing; the linked libraries are not listed"
fi
# a subscriber list: To folded into lines of at most 78 characters
set --
for i in 1 2 3 4 5 6 7; do set -- "$@" --to "Reader Number $i <reader.number.$i@example.org>"; done
set -- "$@" --to '"Reader Number 8" <reader.number.8@example.org>'   # the name quoted
"$DYAD" brief $period --format email --from desk@example.org "$@" > list.eml 2> err; rc=$?
[ $rc = 0 ] && [ $(grep -c '^ .*reader.number' list.eml) -ge 3 ] && ok ||
    bad "brief --format email to 8 readers: exit $rc, To not folded"
if [ $have_py = 1 ]; then
    $py "$root/tests/mail_check.py" list.eml text desk@example.org $(seq -f 'reader.number.%g@example.org' 1 8) \
        > faults && ok || { bad "brief --format email to 8 readers:"; cat faults; }
fi
"$DYAD" brief $period --format email --from desk@example.org --to reader@example.org \
    -o m2.eml 2> err; rc=$?
[ $rc = 0 ] && grep -q '^MIME-Version: 1.0' m2.eml && ! ls m2.eml.* > /dev/null 2>&1 && ok ||
    bad "brief --format email -o m2.eml: exit $rc"
grep -q '^Content-Type: image/png' m2.eml && ok || bad "brief --format email -o: no PNG chart"

# ---- usage errors: exact message, exit 2, nothing written or sent ----
usage() {
    cat > want
    "$DYAD" brief "$@" > out 2> err; rc=$?
    [ -s out ] && rc="$rc, and wrote to standard output"
    want_err "dyad brief $*" 2 "$rc"
}
usage --format email --to a@example.org <<'X'
dyad: an e-mail needs --from ADDR and at least one --to ADDR
dyad: try 'dyad brief --help'
X
usage --to a@example.org <<'X'
dyad: --to is for an e-mail; add --format email or --send
dyad: try 'dyad brief --help'
X
usage --format email --from desk@example.org --to 'reader at example.org' <<'X'
dyad: --to 'reader at example.org' is not an address dyad can write; write it as name@example.org or "Name <name@example.org>"
dyad: try 'dyad brief --help'
X
usage --format email --from "$(printf 'desk@example.org\r\nBcc: x@example.org')" --to a@example.org <<'X'
dyad: --from has a character that is not printable ASCII (a line break?); write the address as name@example.org or "Name <name@example.org>"
dyad: try 'dyad brief --help'
X
usage --send --from desk@example.org --to a@example.org <<'X'
dyad: --send needs --smtp HOST:PORT, the server to hand the e-mail to (localhost:25 for this machine's)
dyad: try 'dyad brief --help'
X
usage --smtp localhost:25 --format email --from desk@example.org --to a@example.org <<'X'
dyad: --smtp names the server for --send; add --send, or leave --smtp out
dyad: try 'dyad brief --help'
X
usage --send --format html --smtp localhost:25 --from desk@example.org --to a@example.org <<'X'
dyad: --send sends an e-mail, and --format html is no e-mail; leave --format out
dyad: try 'dyad brief --help'
X
usage --send -o m.eml --smtp localhost:25 --from desk@example.org --to a@example.org <<'X'
dyad: --send sends the e-mail, and -o writes it to a file; choose one
dyad: try 'dyad brief --help'
X
usage --send --smtp localhost --from desk@example.org --to a@example.org <<'X'
dyad: --smtp 'localhost' is not HOST:PORT; write it as localhost:25 or mail.example.org:587 ([::1]:25 for an IPv6 address)
dyad: try 'dyad brief --help'
X
usage --send --smtp '[::1' --from desk@example.org --to a@example.org <<'X'
dyad: --smtp '[::1' is not HOST:PORT; write it as localhost:25 or mail.example.org:587 ([::1]:25 for an IPv6 address)
dyad: try 'dyad brief --help'
X
usage --send --smtp '[mail' --from desk@example.org --to a@example.org <<'X'
dyad: --smtp '[mail' is not HOST:PORT; write it as localhost:25 or mail.example.org:587 ([::1]:25 for an IPv6 address)
dyad: try 'dyad brief --help'
X
# a port that is no number from 1 to 65535
for port in smtp 0 70000 '' -25 2.5; do
    usage --send --smtp "localhost:$port" --from desk@example.org --to a@example.org <<X
dyad: --smtp 'localhost:$port': the port '$port' is not a number from 1 to 65535; write it as localhost:25 or mail.example.org:587
dyad: try 'dyad brief --help'
X
done
usage --send --smtp '[::1]:99999' --from desk@example.org --to a@example.org <<'X'
dyad: --smtp '[::1]:99999': the port '99999' is not a number from 1 to 65535; write it as localhost:25 or mail.example.org:587
dyad: try 'dyad brief --help'
X

# ---- sent to a real SMTP server ----
# free_port: a port of localhost that nothing listens on (just closed).
free_port() {
    $py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
if [ $have_py = 1 ] && $py -c 'import aiosmtpd' 2> /dev/null; then
    mkdir got
    timeout 300 $py "$root/tests/smtp_sink.py" got 2> sink.err &
    sink=$!
    i=0
    while [ ! -s got/port ] && [ $i -lt 100 ] && kill -0 "$sink" 2> /dev/null; do
        sleep 0.1; i=$((i + 1))
    done
    port=$(cat got/port 2> /dev/null)
    [ -n "$port" ] && ok || { bad "the SMTP server did not start:"; cat sink.err; }

    "$DYAD" brief $period --send --smtp "127.0.0.1:$port" --from 'Desk <desk@example.org>' \
        --to reader@example.org --to 'Second Reader <second@example.net>' > out 2> err; rc=$?
    [ $rc = 0 ] && [ ! -s out ] && [ ! -s err ] && ok ||
        bad "brief --send: exit $rc, $(head -c 300 err)"
    printf 'from desk@example.org\nto reader@example.org\nto second@example.net\n' > want
    same want got/1.env "brief --send: the envelope the server received"
    if [ -f got/1.eml ]; then
        $py "$root/tests/mail_check.py" got/1.eml text desk@example.org reader@example.org \
            second@example.net > faults && ok || { bad "the message received:"; cat faults; }
    else
        bad "brief --send: the server received no message"
    fi

    # a refused recipient: nothing to anyone, what to do
    "$DYAD" brief $period --send --smtp "127.0.0.1:$port" --from desk@example.org \
        --to reader@example.org --to refused@example.org > out 2> err; rc=$?
    cat > want <<X
dyad: the SMTP server 127.0.0.1:$port refused the recipient <refused@example.org> (it answered '550 5.1.1 <refused@example.org>: no such mailbox here'); correct that --to or leave it out; the briefing was sent to no one
X
    [ $rc = 5 ] && ok || bad "brief --send to a refused recipient: exit $rc (want 5)"
    same want err "brief --send to a refused recipient: the message"
    [ ! -e got/2.eml ] && ok || bad "brief --send to a refused recipient: a message was received"
    # a refused sender, and a message refused after its data
    "$DYAD" brief $period --send --smtp "127.0.0.1:$port" --from refused@example.org \
        --to reader@example.org > out 2> err; rc=$?
    cat > want <<X
dyad: the SMTP server 127.0.0.1:$port refused the sender <refused@example.org> (it answered '550 5.7.1 <refused@example.org>: not allowed to send here'); give --from an address it accepts; the briefing was sent to no one
X
    [ $rc = 5 ] && ok || bad "brief --send from a refused sender: exit $rc (want 5)"
    same want err "brief --send from a refused sender: the message"
    "$DYAD" brief $period --send --smtp "127.0.0.1:$port" --from desk@example.org \
        --to spam.trap@example.org > out 2> err; rc=$?
    cat > want <<X
dyad: the SMTP server 127.0.0.1:$port refused the briefing (it answered '554 5.7.1 looks like spam'); the briefing was not sent
X
    [ $rc = 5 ] && ok || bad "brief --send refused after its data: exit $rc (want 5)"
    same want err "brief --send refused after its data: the message"
    [ ! -e got/2.eml ] && ok || bad "brief --send: a refused message was kept"
    kill "$sink" 2> /dev/null; wait "$sink" 2> /dev/null; sink=""
else
    skip=$((skip + 1))
    echo "SKIPPED 1: Debian's python3-aiosmtpd is missing (make deps installs it); --send is not tried"
fi

# a refused connection
if [ $have_py = 1 ]; then
    port=$(free_port)
    "$DYAD" brief $period --send --smtp "127.0.0.1:$port" --from desk@example.org \
        --to reader@example.org > out 2> err; rc=$?
    [ $rc = 5 ] && ok || bad "brief --send to a closed port: exit $rc (want 5)"
    grep -q "^dyad: cannot connect to the SMTP server 127.0.0.1:$port: .*; start it, or name another with --smtp HOST:PORT; the briefing was not sent$" err &&
        ok || { bad "brief --send to a closed port: the message"; cat err; }
fi

# ---- the page in a real browser ----
if command -v chromium > /dev/null 2>&1; then
    "$DYAD" brief $period -o brief.html
    HEADLESS_SECONDS=120 sh "$root/tools/headless.sh" --dump-dom brief.html > dom 2> log; rc=$?
    [ $rc = 0 ] && ok || { bad "chromium --dump-dom: exit $rc"; tail -5 log; }
    # the page has no script and fetches nothing: any console line is a fault
    if grep -q 'CONSOLE' log; then bad "chromium's console:"; grep CONSOLE log; else ok; fi
    n=$(grep -o '<svg ' dom | wc -l)
    [ "$n" -ge 2 ] && [ "$n" = "$(grep -o '<svg ' brief.html | wc -l)" ] && ok ||
        bad "chromium's page holds $n charts, the file $(grep -o '<svg ' brief.html | wc -l)"
    grep -q '<h1>Briefing: 2023-03-03 to 2023-06-30</h1>' dom && ok || bad "chromium's page has no title"

    HEADLESS_SECONDS=120 sh "$root/tools/headless.sh" --hide-scrollbars --window-size=1000,1600 \
        --screenshot="$tmp/brief.png" brief.html > /dev/null 2> log; rc=$?
    [ $rc = 0 ] && [ -s brief.png ] && ok || { bad "chromium --screenshot: exit $rc"; tail -5 log; }
    # not blank, and the charts drawn: many colours, the bars' green and red among them
    $py "$root/tests/png_colours.py" brief.png 2a7d3b b8322c > colours 2>&1; rc=$?
    [ $rc = 0 ] && ok || { bad "the screenshot:"; cat colours; }
else
    skip=$((skip + 1))
    echo "SKIPPED 1: Debian's chromium is missing (make deps installs it); the page is not shown in a browser"
fi

summary
