#!/bin/sh
# cli_install.sh — the installed tree works: after a normal build (plain
# flags, default PREFIX), 'make install PREFIX=TMP' into a temporary prefix
# gives a dyad that finds its data and codes a sentence, from any folder,
# even after the tree is moved; libdyad.so carries its SONAME with the
# links beside it; dyad.pc hands users no flags of libdyad's own
# dependencies; and examples/api/code.c builds through pkg-config against
# the installed tree and codes the sentence.
#
# The build lives in BUILD/install-check (BUILD: the folder of $DYAD, so
# build/test under 'make test'), kept between runs so that only what depends
# on PREFIX is rebuilt. Uses cc, make and pkg-config, as the build does.
. "$(dirname "$0")/lib.sh"
build=$(dirname "$DYAD")/install-check
for tool in make pkg-config readelf; do
    command -v $tool > /dev/null || skip_all 1 "no $tool here"
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
# This script may run under 'make test': keep that make's job server and
# variables out of the builds below.
unset MAKEFLAGS MFLAGS MAKELEVEL DYAD_DATA

# 1. a normal build, then the install into another prefix
if make -C "$root" -j2 BUILD="$build" > "$tmp/log" 2>&1 &&
   make -C "$root" BUILD="$build" PREFIX="$prefix" install > "$tmp/log" 2>&1; then
    ok
else
    bad "make install PREFIX=$prefix after a build in $build"
    sed 's/^/    /' "$tmp/log" | tail -n 20
    echo "$pass passed, $fail failed, $skip skipped"
    exit 1
fi

# code SENTENCE PROGRAM [ARGS...]: runs the program on one sentence from
# an unrelated folder; passes when it prints the event we expect.
sentence="The Kenyan president visited Ethiopia on Tuesday."
want='"source":"KENGOV","target":"ETH","code":"042"'
code() {
    what=$1; shift
    (cd "$tmp" && echo "$sentence" | "$@" > "$tmp/out" 2> "$tmp/err"); rc=$?
    if [ $rc = 0 ] && grep -q "$want" "$tmp/out"; then
        ok
    else
        bad "$what: exit $rc, no KENGOV ETH 042 event"
        sed 's/^/    /' "$tmp/err" | head -n 5
    fi
}

# 2. the installed program finds the installed data, then again once the
#    tree has moved (it looks beside itself first)
code "installed dyad" "$prefix/bin/dyad" code --date 2024-05-14
mv "$prefix" "$tmp/moved"
code "installed dyad, tree moved" "$tmp/moved/bin/dyad" code --date 2024-05-14
mv "$tmp/moved" "$prefix"

# 3. the shared library: a versioned file, its SONAME, the two links
lib=$prefix/lib
soname=$(readelf -d "$lib/libdyad.so" 2>/dev/null | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = libdyad.so.0 ] && ok || bad "SONAME of libdyad.so is '$soname', want libdyad.so.0"
[ -L "$lib/libdyad.so" ] && [ -L "$lib/libdyad.so.0" ] &&
    [ "$(readlink "$lib/libdyad.so.0")" = "$(cd "$lib" && ls libdyad.so.0.*.*)" ] && ok ||
    bad "want libdyad.so -> libdyad.so.0 -> libdyad.so.0.X.Y; have: $(ls "$lib" | tr '\n' ' ')"

# 4. dyad.pc: the include and library flags of dyad, nothing of jansson,
#    expat or utf8proc (-DUTF8PROC_EXPORTS leaked into users' builds)
export PKG_CONFIG_PATH=$lib/pkgconfig
cflags=$(echo $(pkg-config --cflags dyad))
[ "$cflags" = "-I$prefix/include" ] && ok || bad "pkg-config --cflags dyad gives '$cflags'"
libs=$(echo $(pkg-config --libs dyad))
[ "$libs" = "-L$lib -ldyad" ] && ok || bad "pkg-config --libs dyad gives '$libs'"
pkg-config --static --libs dyad | grep -q -- -ljansson && ok ||
    bad "pkg-config --static --libs dyad lacks libdyad's own libraries"

# 5. examples/api/code.c, built from the installed tree through pkg-config
#    as a user would (strict flags, the shared library), then run: it finds
#    the data by the path compiled into libdyad.so for this prefix
cc=${CC:-cc}
if $cc -std=c17 -Wall -Wextra -Werror $(pkg-config --cflags dyad) -o "$tmp/code" \
       "$root/examples/api/code.c" $(pkg-config --libs dyad) 2> "$tmp/err"; then
    ok
    readelf -d "$tmp/code" | grep -q 'NEEDED.*\[libdyad\.so\.0\]' && ok ||
        bad "examples/api/code does not load libdyad.so.0"
    code "examples/api/code" env LD_LIBRARY_PATH="$lib" "$tmp/code" "$sentence" 2024-05-14
else
    bad "examples/api/code.c does not build with pkg-config's flags"
    sed 's/^/    /' "$tmp/err" | head -n 10
fi

summary
