#!/bin/sh
# Throughput of ts-import on report text: the five seed reports
# concatenated until the file holds at least 100 MB (one big report) and
# the same bytes as 250 separate report files, in MB/s per core (CPU time,
# user + system, so other jobs on the machine do not count).  For scale,
# the same run times a minimal Python pipeline (NFC + sentence split, no
# extraction) on the big file.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${TS_BIN:-$top/bin}
dir=${BENCH_DIR:-$top/build/bench}/text
mkdir -p "$dir"
big=$dir/reports_100mb.txt
if [ ! -s "$big" ]; then
  : > "$big.tmp"
  n=0
  while [ "$(wc -c < "$big.tmp")" -lt 100000000 ]; do
    cat "$top"/datasets/reports/*.txt >> "$big.tmp"
    n=$((n + 1))
  done
  mv "$big.tmp" "$big"
fi
if [ ! -d "$dir/many" ]; then
  mkdir -p "$dir/many.tmp"
  i=0
  while [ $i -lt 250 ]; do
    cat "$top"/datasets/reports/*.txt > "$dir/many.tmp/r$i.txt"
    i=$((i + 1))
  done
  mv "$dir/many.tmp" "$dir/many"
fi
bytes=$(wc -c < "$big")
many_bytes=$(cat "$dir"/many/*.txt | wc -c)

# run LABEL BYTES CMD...: CPU seconds, MB/s per core, wall, peak memory.
run() {
  label=$1 nbytes=$2
  shift 2
  /usr/bin/time -f '%U %S %e %M' -o "$dir/time" "$@" > "$dir/out" 2> "$dir/err" || {
    echo "bench_text: $label failed:"; head -5 "$dir/err"; return 1; }
  read -r user sys wall rss < "$dir/time"
  awk -v l="$label" -v b="$nbytes" -v u="$user" -v s="$sys" -v w="$wall" -v m="$rss" \
      -v f="$(($(wc -l < "$dir/out") - 1))" 'BEGIN {
    cpu = u + s; if (cpu <= 0) cpu = 0.01
    printf "%-34s %7.1f MB  cpu %6.2f s  %6.1f MB/s/core  wall %6.2f s  rss %5d MB  %d facts\n",
      l, b / 1e6, cpu, b / 1e6 / cpu, w, m / 1024, f }'
}

echo "seed reports concatenated: $bytes bytes in one file, $many_bytes in 250 files"
run "ts-import, one 100 MB report" "$bytes" "$bin/ts-import" "$big"
run "ts-import, 250 reports" "$many_bytes" sh -c "\"$bin/ts-import\" \"$dir\"/many/*.txt"
run "python NFC + split (no extraction)" "$bytes" /usr/bin/python3 -c '
import re, sys, unicodedata
t = unicodedata.normalize("NFC", open(sys.argv[1], encoding="utf-8").read())
n = 0
for para in t.split("\n"):
    n += len(re.split(r"(?<=[.!?])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])", para))
print(n)' "$big"
echo "target: >= 20 MB/s per core for ts-import"
