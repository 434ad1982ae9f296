#!/bin/sh
# cli_readme.sh — README.md's examples are real, so that they cannot go
# stale:
#   - every "$ COMMAND" line inside a ``` block is run (a line ending in
#     '\' goes on on the next), and the lines shown below it, up to the next
#     "$ " line or the block's end, are compared line by line with what the
#     command prints (stdout and stderr together, as on a terminal). A line
#     "..." stands for any number of lines left out; a line ending in " ..."
#     must match the start of its line. Nothing else is left out: a command
#     whose output changes must have its README lines changed with it.
#   - the commands of a block run in order in one fresh folder that holds a
#     copy of data/ (DYAD_DATA=data), the examples/ folder and ../shared;
#     blocks that use ../shared are skipped when it is absent.
#   - the counts of the dictionary table are those `dyad dict check` prints;
#   - a line the README appends to a dictionary is new there: a pattern or
#     name that the dictionaries already hold shows nothing.
# $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
readme=$root/README.md
need_dyad
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# `dyad` on the PATH is the binary under test.
mkdir "$tmp/bin" "$tmp/blocks"
ln -s "$DYAD" "$tmp/bin/dyad"
PATH=$tmp/bin:$PATH; export PATH

# Split the README's examples: block N gets files cmd.M (a command) and
# want.M (the lines shown after it), M counting from 1 in README order.
awk -v dir="$tmp/blocks" '
    function flush() {
        if (cmd != "") {
            f = dir "/" b "/want." n
            printf "%s", out > f; close(f)
        }
        cmd = ""; out = ""
    }
    /^```/ {
        if (inblock) { flush(); inblock = 0 } else { inblock = 1; b++; n = 0; cont = 0 }
        next
    }
    !inblock { next }
    cont { cmd = cmd "\n" $0; cont = /\\$/; if (!cont) save(); next }
    /^\$ / {
        flush()
        if (n == 0) system("mkdir -p \"" dir "/" b "\"")
        n++; cmd = substr($0, 3); out = ""; start = NR
        cont = /\\$/
        if (!cont) save()
        next
    }
    cmd != "" { out = out $0 "\n" }
    function save() {
        f = dir "/" b "/cmd." n
        print cmd > f; close(f)
        f = dir "/" b "/line." n
        print start > f; close(f)
    }
' "$readme"

# matches WANT GOT: the lines of WANT, with "..." lines and " ..." ends as
# above, are the lines of GOT. Prints the first difference when not.
matches() {
    awk '
        function fits(w, g) {
            if (w ~ / \.\.\.$/) return index(g, substr(w, 1, length(w) - 3)) == 1
            return w == g
        }
        FNR == NR { w[++nw] = $0; next }
        { g[++ng] = $0 }
        END {
            while (nw > 0 && w[nw] == "") nw--
            j = 1; skip = 0
            for (i = 1; i <= nw; i++) {
                if (w[i] == "...") { skip = 1; continue }
                if (skip) {
                    while (j <= ng && !fits(w[i], g[j])) j++
                    skip = 0
                }
                if (j > ng || !fits(w[i], g[j])) {
                    printf "    README: %s\n    output: %s\n", w[i], (j > ng ? "(no more lines)" : g[j])
                    exit 1
                }
                j++
            }
            if (!skip && j <= ng) { printf "    output goes on: %s\n", g[j]; exit 1 }
        }' "$1" "$2"
}

nblocks=0
for bdir in "$tmp"/blocks/*; do
    [ -e "$bdir/cmd.1" ] || continue
    nblocks=$((nblocks + 1))
    if grep -q '\.\./shared' "$bdir"/cmd.* && [ ! -d "$shared" ]; then
        n=$(ls "$bdir"/cmd.* | wc -l); skip=$((skip + n))
        echo "SKIPPED $n: README line $(cat "$bdir/line.1") needs $shared (set DYAD_SHARED)"
        continue
    fi
    mkdir "$bdir/work"
    cp -r "$root/data" "$bdir/work/data"
    ln -s "$root/examples" "$bdir/work/examples"
    [ -d "$shared" ] && ln -s "$shared" "$bdir/shared"
    m=1
    while [ -e "$bdir/cmd.$m" ]; do
        (cd "$bdir/work" && DYAD_DATA=data sh "$bdir/cmd.$m") > "$bdir/got.$m" 2>&1
        if matches "$bdir/want.$m" "$bdir/got.$m" > "$bdir/diff.$m"; then ok; else
            bad "README.md:$(cat "$bdir/line.$m"): \$ $(head -n 1 "$bdir/cmd.$m")"
            cat "$bdir/diff.$m"
        fi
        m=$((m + 1))
    done
done
[ $nblocks -ge 8 ] && ok || bad "found $nblocks README blocks with '\$ ' commands; the parser lost some"

# The dictionary table: "| what ... | N |" rows, named by their first words.
"$DYAD" dict check --dict "$root/data/dict" > "$tmp/counts" 2> /dev/null
awk -F '|' '/^## Dictionaries/ { on = 1 } /^## / && !/Dictionaries/ { on = 0 }
    on && NF >= 4 && $3 ~ /^ *[0-9,]+ *$/ { print $2 "|" $3 }' "$readme" |
while IFS='|' read -r what n; do
    n=$(echo "$n" | tr -d ' ,')
    case $what in
    *"verb patterns"*) key=patterns;; *"synonym sets"*) key=synsets;;
    *"discard phrases"*) key=discards;; " actors"*) key=actors;;
    " people"*) key=people;; " agents"*) key=agents;;
    *) echo "FAILED: README dictionary table: no count named for '$what'"; continue;;
    esac
    got=$(awk -v k=$key '$1 == k { print $2 }' "$tmp/counts")
    if [ "$got" = "$n" ]; then echo ok; else
        echo "FAILED: README dictionary table says $n $key, dyad dict check $got"
    fi
done > "$tmp/table"
grep '^FAILED' "$tmp/table"
p=$(grep -c '^ok' "$tmp/table"); f=$(grep -c '^FAILED' "$tmp/table")
pass=$((pass + p)); fail=$((fail + f))
[ "$p" -ge 6 ] && ok || bad "README dictionary table: $p counts found, want 6"

# Lines the README appends to dyad's dictionaries must be new: every name
# of an actor or person, every verb pattern. (Entries: docs/dictionaries.md.)
# entries FILE...: one "kind<TAB>text" line per name and pattern.
entries() {
    awk '
        /^(actor|agent|verb) [^:]*:/ || /^person:/ {
            kind = $1; sub(/^[^:]*: */, "")
            n = split($0, p, /; */)
            for (i = 1; i <= n; i++) {
                t = p[i]; sub(/ +$/, "", t)
                if (t != "") print (kind == "verb" ? "verb" : "name") "\t" t
            }
        }' "$@"
}
grep -E '^\$ (echo|printf) .*>> *data/dict/' "$readme" |
    sed -e 's/^\$ [a-z]* *'"'"'//' -e 's/'"'"' *>>.*//' | sed 's/\\n/\n/g' > "$tmp/added"
if [ -s "$tmp/added" ]; then
    entries "$tmp/added" > "$tmp/added.e"
    entries "$root"/data/dict/*.txt | sort -u > "$tmp/have.e"
    [ -s "$tmp/added.e" ] && ok || bad "README appends to data/dict, but no entry was read from it"
    while IFS= read -r e; do
        if grep -qxF "$e" "$tmp/have.e"; then
            bad "README adds '$(echo "$e" | cut -f2)' ($(echo "$e" | cut -f1)), which data/dict already holds; choose a new one"
        else
            ok
        fi
    done < "$tmp/added.e"
else
    bad "README shows no line appended to data/dict (the 'To extend them' example)"
fi

summary
