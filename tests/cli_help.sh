#!/bin/sh
# cli_help.sh — the parser, the help texts and the manual page agree:
#   - every command `dyad --help` lists answers `dyad CMD --help` with exit 0,
#     has a section in docs/dyad.1 and is shown in README.md;
#   - every option a command's --help lists is in that command's section of
#     docs/dyad.1 (or its "Input options" section, when the command's section
#     says it takes them), and every option the manual gives it is in --help;
#   - every option a --help lists is accepted by the parser (it does not
#     answer "unknown option"), and README.md names it;
#   - the version and the exit codes are the same in program, header and man.
# $DYAD is the binary (tests/run.sh sets it).
. "$(dirname "$0")/lib.sh"
man=$root/docs/dyad.1
need_dyad
scratch

# help_options FILE: the long options on a help text's option lines
# ("  --dict DIR   ...", "  -h, --help"), one a line, sorted.
help_options() {
    grep -E '^ +-' "$1" | grep -oE -- '--[a-z][a-z-]*' | sort -u
}

# man_section NAME: the lines of the .SS section NAME of the manual, up to
# the next .SS or .SH, with roff's \- turned into -.
man_section() {
    awk -v name="$1" '
        /^\.S[SH] / { on = ($0 == ".SS " name); next }
        on' "$man" | sed 's/\\-/-/g'
}

# man_options NAME: the options of the .TP items of section NAME.
man_options() {
    man_section "$1" | awk 'prev == ".TP" { print } { prev = $0 }' |
        grep -oE -- '--[a-z][a-z-]*' | sort -u
}

"$DYAD" --help > top 2>&1; rc=$?
[ $rc = 0 ] && ok || bad "dyad --help: exit $rc (want 0)"
cmds=$(awk '/^commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }' top)
[ -n "$cmds" ] && ok || bad "dyad --help lists no commands"

man_options "Input options" > input_opts

for cmd in $cmds; do
    "$DYAD" "$cmd" --help > "help.$cmd" 2> err; rc=$?
    if [ $rc = 0 ] && [ -s "help.$cmd" ] && [ ! -s err ]; then ok; else
        bad "dyad $cmd --help: exit $rc (want 0), stdout $(wc -c < "help.$cmd") bytes"
    fi
    if grep -q "^\.SS $cmd\$" "$man"; then ok; else
        bad "docs/dyad.1 has no '.SS $cmd' section"; continue
    fi
    grep -q "dyad $cmd" "$root/README.md" && ok || bad "README.md never shows 'dyad $cmd'"

    help_options "help.$cmd" > hopts
    man_options "$cmd" > mopts
    if man_section "$cmd" | grep -qi 'input options'; then
        sort -u mopts input_opts > m2 && mv m2 mopts
    fi
    for o in $(comm -23 hopts mopts); do
        bad "dyad $cmd --help lists $o, docs/dyad.1 does not (section $cmd)"
    done
    for o in $(comm -13 hopts mopts); do
        bad "docs/dyad.1 gives $cmd the option $o, 'dyad $cmd --help' does not"
    done
    [ -z "$(comm -3 hopts mopts)" ] && ok

    # The parser knows every option its help lists. dict's options follow
    # its 'check' word; a missing value must be the complaint, not the name.
    sub=""; [ "$cmd" = dict ] && sub=check
    for o in $(cat hopts); do
        [ "$o" = --help ] && continue
        "$DYAD" "$cmd" $sub "$o" < /dev/null > /dev/null 2> err
        if grep -q "unknown option" err; then
            bad "dyad $cmd $sub $o: the parser does not know an option its help lists"
        else
            ok
        fi
        grep -q -- "$o\b" "$root/README.md" && ok ||
            bad "'dyad $cmd --help' lists $o, README.md never names it"
    done
done

# Sections of COMMANDS in the manual that are not commands.
for s in $(awk '/^\.SH COMMANDS/ { on = 1; next } /^\.SH / { on = 0 }
                on && /^\.SS [a-z]+$/ { print $2 }' "$man"); do
    echo "$cmds" | grep -qx "$s" && ok || bad "docs/dyad.1 documents '$s', which dyad --help does not list"
done

# Global options.
help_options top > hopts
man_options OPTIONS > mopts 2>/dev/null
awk '/^\.SH OPTIONS/ { on = 1; next } /^\.S[HS] / { on = 0 } on' "$man" | sed 's/\\-/-/g' |
    awk 'prev == ".TP" { print } { prev = $0 }' | grep -oE -- '--[a-z][a-z-]*' | sort -u > mopts
[ -z "$(comm -3 hopts mopts)" ] && ok ||
    bad "global options differ: help has '$(tr '\n' ' ' < hopts)', docs/dyad.1 OPTIONS has '$(tr '\n' ' ' < mopts)'"

# One version everywhere.
v=$(sed -n 's/^#define DYAD_VERSION "\(.*\)"/\1/p' "$root/include/dyad.h")
[ "$("$DYAD" --version)" = "dyad $v" ] && ok || bad "dyad --version is not 'dyad $v'"
grep -q "^\.TH DYAD 1 .*\"dyad $v\"" "$man" && ok || bad "docs/dyad.1 .TH does not say dyad $v"

# Exit codes: those --help names are the manual's EXIT STATUS items.
sed -n '/^exit codes:/,$p' top | grep -oE '[0-9] [a-z]' | cut -c1 | sort -u > hcodes
awk '/^\.SH EXIT STATUS/ { on = 1; next } /^\.SH / { on = 0 }
     on && prev == ".TP" { print } { prev = $0 }' "$man" | sed -n 's/^\.B \([0-9]\)$/\1/p' |
    sort -u > mcodes
if [ -s hcodes ] && cmp -s hcodes mcodes; then ok; else
    bad "exit codes: help names '$(tr '\n' ' ' < hcodes)', docs/dyad.1 '$(tr '\n' ' ' < mcodes)'"
fi

summary
