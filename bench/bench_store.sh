#!/bin/sh
# bench_store: the 12-million-row panel into a new store and back out to
# TSV, against pandas (to_hdf format='table', zlib 5, and read_hdf) on the
# same data in the same run; times, peak memory, file sizes, and listing
# one series out of 100,000.  Run by `make bench` (bench/run.sh).
set -eu
: "${TS_BIN:?}" "${BENCH_DIR:?}" "${PANEL:?}"
d=$BENCH_DIR/store
mkdir -p "$d"
rm -f "$d"/panel.h5 "$d"/panel.h5.lock "$d"/pandas.h5 "$d"/*.tsv
PY=/usr/bin/python3

# run LABEL CMD...: runs CMD under /usr/bin/time; keeps wall seconds and
# peak RSS (KB) in $d/LABEL.time
run() {
  label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$d/$label.time" "$@"
}
wall() { cut -d' ' -f1 "$d/$1.time"; }
rss_mb() { awk '{ printf "%.0f", $2 / 1024 }' "$d/$1.time"; }
cpu() { awk '{ printf "%.1f", $3 + $4 }' "$d/$1.time"; }

rows=$(($(wc -l < "$PANEL") - 1))
echo "panel: $rows rows, $(du -m "$PANEL" | cut -f1) MB"

run ts_import "$TS_BIN/ts-import" --store "$d/panel.h5" "$PANEL"
run ts_export sh -c "'$TS_BIN/ts-ls' --store '$d/panel.h5' --facts > '$d/ts_out.tsv'"
got=$(($(wc -l < "$d/ts_out.tsv") - 1))
[ "$got" -eq "$rows" ] || { echo "bench_store: ts-ls gave $got rows, not $rows" >&2; exit 1; }

run pd_import "$PY" -c "
import pandas as pd, sys
df = pd.read_csv('$PANEL', sep='\t', dtype={'period': str})
df.to_hdf('$d/pandas.h5', key='facts', format='table', complib='zlib', complevel=5, mode='w')
"
run pd_export "$PY" -c "
import pandas as pd
df = pd.read_hdf('$d/pandas.h5', 'facts')
df.to_csv('$d/pd_out.tsv', sep='\t', index=False)
"
got=$(($(wc -l < "$d/pd_out.tsv") - 1))
[ "$got" -eq "$rows" ] || { echo "bench_store: pandas gave $got rows, not $rows" >&2; exit 1; }

# One series out of 100,000: the best and the median of 9 runs, with
# process start-up; and the start-up alone (ts-ls --version) for scale.
one() {
  for i in 1 2 3 4 5 6 7 8 9; do
    s=$(date +%s%N)
    "$@" > /dev/null
    echo $(( ($(date +%s%N) - s) / 1000 ))
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f", v[1] / 1000, v[5] / 1000 }'
}
series=$(one "$TS_BIN/ts-ls" --store "$d/panel.h5" --facts --indicator ind.42 --area area-0420)
n=$(($("$TS_BIN/ts-ls" --store "$d/panel.h5" --facts --indicator ind.42 --area area-0420 | wc -l) - 1))
startup=$(one "$TS_BIN/ts-ls" --version)

ts_mb=$(du -m "$d/panel.h5" | cut -f1)
pd_mb=$(du -m "$d/pandas.h5" | cut -f1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
printf '%-28s %10s %10s %8s\n' "" "tskit" "pandas" "ratio"
printf '%-28s %9ss %9ss %8s\n' "import (TSV -> HDF5), wall" "$(wall ts_import)" "$(wall pd_import)" "$(ratio "$(wall pd_import)" "$(wall ts_import)")"
printf '%-28s %9ss %9ss %8s\n' "import, CPU (user+sys)" "$(cpu ts_import)" "$(cpu pd_import)" "$(ratio "$(cpu pd_import)" "$(cpu ts_import)")"
printf '%-28s %9ss %9ss %8s\n' "export (HDF5 -> TSV), wall" "$(wall ts_export)" "$(wall pd_export)" "$(ratio "$(wall pd_export)" "$(wall ts_export)")"
printf '%-28s %9ss %9ss %8s\n' "export, CPU (user+sys)" "$(cpu ts_export)" "$(cpu pd_export)" "$(ratio "$(cpu pd_export)" "$(cpu ts_export)")"
printf '%-28s %8sMB %8sMB\n' "peak memory, import" "$(rss_mb ts_import)" "$(rss_mb pd_import)"
printf '%-28s %8sMB %8sMB\n' "peak memory, export" "$(rss_mb ts_export)" "$(rss_mb pd_export)"
printf '%-28s %8sMB %8sMB\n' "file size" "$ts_mb" "$pd_mb"
echo "one series ($n rows) of 100,000: best/median ${series% *}/${series#* } ms (process start-up alone: ${startup% *}/${startup#* } ms)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$d"/*.tsv
