#!/bin/sh
# ts-import benchmark: pass the 12-million-row panel through
#   ts-import PANEL > FILE            (every row checked and normalised)
# against pandas (read_csv + to_csv, sep='\t') and Miller (mlr --tsv cat)
# on the same file in the same run.  Reports wall time, CPU time (the
# cores are shared), rows/s, peak RSS (/usr/bin/time -v) and the ratios,
# and checks that ts-import and pandas wrote the same table.
set -eu
: "${TS_BIN:?}" "${BENCH_DIR:?}" "${PANEL:?}"
out=$BENCH_DIR/import
mkdir -p "$out"
trap 'rm -f "$out"/*.tsv' EXIT

now() { date +%s.%N; }
field() { sed -n "s/^[[:space:]]*$2: //p" "$1" | head -1; }
cpu() { awk -v u="$(field "$1" 'User time (seconds)')" -v s="$(field "$1" 'System time (seconds)')" \
  'BEGIN { printf "%.2f", u + s }'; }
rss_mb() { awk -v k="$(field "$1" 'Maximum resident set size (kbytes)')" 'BEGIN { printf "%.0f", k / 1024 }'; }
# run NAME CMD...: times CMD with its stdout to $out/NAME.tsv.
run() {
  name=$1; shift
  t0=$(now)
  /usr/bin/time -v -o "$out/t_$name" "$@" > "$out/$name.tsv"
  t1=$(now)
  eval "${name}_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
  eval "${name}_cpu=$(cpu "$out/t_$name")"
  eval "${name}_rss=$(rss_mb "$out/t_$name")"
}

rows=$(($(wc -l < "$PANEL") - 1))
echo "bench_import: $rows rows, $(du -m "$PANEL" | cut -f1) MB ($PANEL)"

run tsimport "$TS_BIN/ts-import" "$PANEL"
run pandas /usr/bin/python3 -c "
import sys, pandas
pandas.read_csv(sys.argv[1], sep='\t').to_csv(sys.stdout, sep='\t', index=False)" "$PANEL"
# pandas prints whole floats as "1154.0"; otherwise the tables must agree.
same=no
sed -E 's/\t([0-9]+)\.0\t/\t\1\t/' "$out/pandas.tsv" | cmp -s "$out/tsimport.tsv" - && same=yes
rm -f "$out/pandas.tsv"
run mlr mlr --tsv cat "$PANEL"

report() { # name label
  eval "w=\$${1}_wall c=\$${1}_cpu r=\$${1}_rss"
  awk -v n="$2" -v w="$w" -v c="$c" -v r="$r" -v rows="$rows" \
    'BEGIN { printf "  %-22s %7.2f s wall %7.2f s cpu %10.0f rows/s %6d MB peak RSS\n", n, w, c, rows / w, r }'
}
report tsimport "ts-import"
report pandas "pandas read/to_csv"
report mlr "mlr --tsv cat"
awk -v a="$tsimport_wall" -v b="$pandas_wall" -v c="$tsimport_cpu" -v d="$pandas_cpu" \
    -v m="$mlr_wall" -v mc="$mlr_cpu" 'BEGIN {
  printf "  speed-up over pandas: %.1fx wall, %.1fx cpu (target 10x)\n", b / a, d / c
  printf "  speed-up over Miller: %.1fx wall, %.1fx cpu\n", m / a, mc / c }'
echo "  ts-import output identical to pandas' (up to its \"1154.0\"): $same"
