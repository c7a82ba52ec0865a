#!/bin/sh
# What "every import rewrites the store" costs as the store grows: a store
# is built of fact files of 12.5 million rows each (104,167 monthly series
# x 120 months, each file its own indicators), and at 12.5, 50 and 100
# million rows one more small document (a bundled report) is imported:
# wall time, CPU and peak memory of each import, and the store's size.
# Not a test: figures for docs/scale.md.  Needs about 2 GB of disk per
# 12.5 million rows of TSV (made and removed one file at a time) and the
# store; CHUNKS (default 8) and CHUNK_SERIES (104167) override the sizes.
# Usage: sh bench/import_rewrite.sh BIN [WORKDIR]
set -eu
bin=$(cd "${1:-bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
work=${2:-$top/build/bench/rewrite}
chunks=${CHUNKS:-8}
series=${CHUNK_SERIES:-104167}
mkdir -p "$work"
store=$work/store.h5
rm -f "$store" "$store.lock"
report=$top/datasets/reports/001_002918f8adaf2748.txt

echo "import-rewrite: $(grep -c ^processor /proc/cpuinfo) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uptime | sed 's/.*load/load/')"
# One import, timed: "rows_after wall_s cpu_s peak_MB store_MB".
timed_import() { # label file
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$bin/ts-import" --store "$store" "$2" \
    > /dev/null 2> "$work/err" || { cat "$work/err"; exit 2; }
  docs=$("$bin/ts-ls" --store "$store" --sources | awk -F'\t' 'NR > 1' | wc -l)
  obs=$(/usr/bin/python3 -c "import h5py,sys; print(h5py.File(sys.argv[1],'r')['obs/value'].shape[0])" "$store")
  read -r w u s m < "$work/time"
  echo "$1 $obs $w $u $s $m $(du -m "$store" | cut -f1) $docs" | awk \
    '{printf "%-22s %11d rows  %7.1f s wall  %7.1f s CPU  %6.0f MB peak  %5d MB store  %d documents\n",
      $1, $2, $3, $4 + $5, $6 / 1024, $7, $8}'
}

for k in $(seq 1 "$chunks"); do
  # Indicators ind<k>.00 .. ind<k>.99: each file adds its own series.
  /usr/bin/python3 "$top/bench/gen_panel.py" "$series" 120 | sed "2,\$s/^ind\\./ind$k./" \
    > "$work/chunk$k.tsv"
  timed_import "file$k" "$work/chunk$k.tsv"
  rm -f "$work/chunk$k.tsv"
  case $k in 1|4|8)
    # The rewrite alone: one small report into the store as it now is.
    cp "$report" "$work/report$k.txt"
    timed_import "report-after-file$k" "$work/report$k.txt"
    rm -f "$work/report$k.txt" ;;
  esac
done
