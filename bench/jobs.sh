#!/bin/sh
# jobs.sh — `dyad code -j N` over the news corpus and over the corpus four
# times over, for N from 1 to the processors online ($JOBS to choose):
# wall time, articles a second, the efficiency against -j 1, and the peak
# memory (max RSS), which must not grow with the input's length (the ring
# of 2N articles in flight bounds it). Prints figures, never fails on them.
#   sh bench/jobs.sh [DYAD]      (default build/dyad; needs /usr/bin/time)
DYAD=${1:-build/dyad}
shared=${DYAD_SHARED:-$(cd "$(dirname "$0")/.." && pwd)/../shared}
corpus=$shared/corpus/news.jsonl
if [ ! -r "$corpus" ]; then echo "jobs.sh: $corpus is absent"; exit 1; fi
if [ ! -x /usr/bin/time ]; then echo "jobs.sh: /usr/bin/time is missing (Debian: time)"; exit 1; fi
JOBS=${JOBS:-$(seq 1 "$(getconf _NPROCESSORS_ONLN)")}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$corpus" "$corpus" "$corpus" "$corpus" > "$tmp/x4.jsonl"
n1=$(wc -l < "$corpus")
echo "jobs.sh: $DYAD code -j N; $(getconf _NPROCESSORS_ONLN) processors online; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %4s %9s %12s %10s %8s\n' input j "wall s" articles/s efficiency "RSS MB"
for input in corpus x4; do
    if [ $input = corpus ]; then f=$corpus; n=$n1; else f=$tmp/x4.jsonl; n=$((4 * n1)); fi
    one=""
    for j in $JOBS; do
        /usr/bin/time -f '%e %M' -o "$tmp/t" "$DYAD" code -j "$j" "$f" > /dev/null 2> /dev/null
        read -r wall kb < "$tmp/t"
        rate=$(awk -v n=$n -v w=$wall 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }')
        [ -z "$one" ] && one=$rate
        eff=$(awk -v r=$rate -v o=$one -v j=$j 'BEGIN { printf "%.2f", r / (j * o) }')
        printf '%-10s %4s %9s %12s %10s %8.1f\n' "$input" "$j" "$wall" "$rate" "$eff" \
            "$(awk -v k=$kb 'BEGIN { print k / 1000 }')"
    done
done
