#!/bin/sh
# ts-agg benchmark: on the 12-million-row panel (100,000 monthly series x
# 120 months), year-on-year growth of every series and then its 3-month
# trailing mean, written as fact TSV:
#   ts-agg yoy --store S | ts-agg rolling 3 --measure yoy_pct --stream
# against pandas (groupby().pct_change(12), then groupby().rolling(3).mean())
# and Miller (a put script keeping the last 12 values of each series) on the
# same data in the same run.  Reports wall time, CPU time (user+sys: the
# cores are shared), peak RSS (/usr/bin/time -v) and ratios, and checks the
# three outputs agree.  Reads the store when ts-import can write one, else
# the TSV (and says so).
set -eu
: "${TS_BIN:?}" "${BENCH_DIR:?}" "${PANEL:?}"
here=$(cd "$(dirname "$0")" && pwd)
out=$BENCH_DIR/agg
mkdir -p "$out"

now() { date +%s.%N; }
# stat FILE KEY: a field of /usr/bin/time -v's report.
field() { sed -n "s/^[[:space:]]*$2: //p" "$1" | head -1; }
cpu() { echo "$(field "$1" 'User time (seconds)') + $(field "$1" 'System time (seconds)')" | bc; }
rss() { field "$1" 'Maximum resident set size (kbytes)'; }

src="--stream $PANEL"
what="TSV ($PANEL, --stream)"
if "$TS_BIN/ts-import" --help 2>/dev/null | grep -q -- '--store'; then
  store=$BENCH_DIR/panel.h5
  if [ ! -s "$store" ] || [ "$PANEL" -nt "$store" ]; then
    echo "bench_agg: importing the panel into $store (not timed)"
    rm -f "$store"
    "$TS_BIN/ts-import" --store "$store" "$PANEL" > /dev/null
  fi
  src="--store $store"
  what="the store ($store)"
else
  echo "bench_agg: ts-import cannot write a store yet: ts-agg reads the TSV panel"
fi
echo "bench_agg: input for ts-agg: $what"

# ts-agg: two processes in a pipe; each timed, peak memory is their sum.
t0=$(now)
/usr/bin/time -v -o "$out/t_yoy" "$TS_BIN/ts-agg" yoy $src |
  /usr/bin/time -v -o "$out/t_roll" "$TS_BIN/ts-agg" rolling 3 --measure yoy_pct --stream \
  > "$out/tsagg.tsv"
t1=$(now)
ts_wall=$(echo "$t1 - $t0" | bc)
ts_cpu=$(echo "$(cpu "$out/t_yoy") + $(cpu "$out/t_roll")" | bc)
ts_rss=$(( $(rss "$out/t_yoy") + $(rss "$out/t_roll") ))

t0=$(now)
/usr/bin/time -v -o "$out/t_pandas" /usr/bin/python3 "$here/agg_pandas.py" "$PANEL" "$out/pandas.tsv"
t1=$(now)
pd_wall=$(echo "$t1 - $t0" | bc)
pd_cpu=$(cpu "$out/t_pandas")
pd_rss=$(rss "$out/t_pandas")

t0=$(now)
/usr/bin/time -v -o "$out/t_mlr" mlr --tsv --ofmt %.15g put -f "$here/agg_miller.mlr" "$PANEL" \
  > "$out/mlr.tsv"
t1=$(now)
ml_wall=$(echo "$t1 - $t0" | bc)
ml_cpu=$(cpu "$out/t_mlr")
ml_rss=$(rss "$out/t_mlr")

# The three outputs: same rows, values within 1e-9 relative.  The store
# orders series by indicator, the panel by area: compare sorted copies.
tab=$(printf '\t')
for f in tsagg pandas mlr; do
  tail -n +2 "$out/$f.tsv" | LC_ALL=C sort -t "$tab" -k1,2 -k4,4 -S 1G > "$out/$f.sorted"
  mv "$out/$f.sorted" "$out/$f.tsv"
done
agree() {
  if [ "$(wc -l < "$1")" != "$(wc -l < "$2")" ]; then echo "row counts differ"; return; fi
  paste "$1" "$2" | awk -F '\t' '{
      if ($1 != $9 || $2 != $10 || $4 != $12) { bad++; next }
      d = $5 - $13; if (d < 0) d = -d; m = $13 < 0 ? -$13 : $13;
      if (d > 1e-9 * (m > 1e-300 ? m : 1)) bad++ }
    END { print (bad ? bad " rows differ" : "identical to 1e-9") }'
}
echo "bench_agg: ts-agg vs pandas: $(agree "$out/tsagg.tsv" "$out/pandas.tsv"); ts-agg vs Miller: $(agree "$out/tsagg.tsv" "$out/mlr.tsv")"
echo "bench_agg: rows out: $(wc -l < "$out/tsagg.tsv")"
printf '%-28s %10s %10s %12s\n' "yoy then rolling 3" "wall s" "cpu s" "peak RSS MB"
printf '%-28s %10.2f %10.2f %12.1f\n' "ts-agg ($(echo "$src" | cut -d' ' -f1))" "$ts_wall" "$ts_cpu" "$(echo "$ts_rss / 1024" | bc -l)"
printf '%-28s %10.2f %10.2f %12.1f\n' "pandas" "$pd_wall" "$pd_cpu" "$(echo "$pd_rss / 1024" | bc -l)"
printf '%-28s %10.2f %10.2f %12.1f\n' "Miller (mlr put)" "$ml_wall" "$ml_cpu" "$(echo "$ml_rss / 1024" | bc -l)"
printf 'ratios: pandas/ts-agg wall %.1fx cpu %.1fx memory %.0fx; Miller/ts-agg wall %.1fx cpu %.1fx memory %.0fx\n' \
  "$(echo "$pd_wall / $ts_wall" | bc -l)" "$(echo "$pd_cpu / $ts_cpu" | bc -l)" \
  "$(echo "$pd_rss / $ts_rss" | bc -l)" "$(echo "$ml_wall / $ts_wall" | bc -l)" \
  "$(echo "$ml_cpu / $ts_cpu" | bc -l)" "$(echo "$ml_rss / $ts_rss" | bc -l)"
rm -f "$out/tsagg.tsv" "$out/pandas.tsv" "$out/mlr.tsv"
