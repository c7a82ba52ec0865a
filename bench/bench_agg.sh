#!/bin/sh
# ts-agg benchmark: on the 12-million-row panel (100,000 monthly series x
# 120 months), year-on-year growth of every series and then its 3-month
# trailing mean, written as fact TSV, by ts-agg in one process
#   ts-agg yoy then rolling 3 --store S
# and as a pipe of two processes
#   ts-agg yoy --store S | ts-agg rolling 3 --measure yoy_pct --stream
# against pandas (groupby().pct_change(12), then groupby().rolling(3).mean())
# and Miller (a put script keeping the last 12 values of each series) on the
# same data in the same run.  Reports wall time, CPU time (user+sys: the
# cores are shared), peak RSS (/usr/bin/time -v; a pipe's peaks added) and
# ratios, and checks that the outputs agree.  Reads the store when ts-import
# can write one, else the TSV (and says so).
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

# ts-agg in one process.
t0=$(now)
/usr/bin/time -v -o "$out/t_chain" "$TS_BIN/ts-agg" yoy then rolling 3 $src > "$out/tsagg.tsv"
t1=$(now)
ch_wall=$(echo "$t1 - $t0" | bc)
ch_cpu=$(cpu "$out/t_chain")
ch_rss=$(rss "$out/t_chain")

# ts-agg: two processes in a pipe; each timed, peak memory is their sum.
t0=$(now)
/usr/bin/time -v -o "$out/t_yoy" "$TS_BIN/ts-agg" yoy $src |
  /usr/bin/time -v -o "$out/t_roll" "$TS_BIN/ts-agg" rolling 3 --measure yoy_pct --stream \
  > "$out/tspipe.tsv"
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

# The outputs: same rows, values within 1e-9 relative (absolute below 1:
# a mean growth of 1e-13 % is zero in any of them).  The store
# orders series by indicator, the panel by area: compare sorted copies.
tab=$(printf '\t')
for f in tsagg tspipe pandas mlr; do
  tail -n +2 "$out/$f.tsv" | LC_ALL=C sort -t "$tab" -k1,2 -k4,4 -S 1G > "$out/$f.sorted"
  mv "$out/$f.sorted" "$out/$f.tsv"
done
# Compared on indicator, area, period and value (columns 1, 2, 4, 5 of
# every output, whatever columns follow).
agree() {
  if [ "$(wc -l < "$1")" != "$(wc -l < "$2")" ]; then echo "row counts differ"; return; fi
  paste "$1" "$2" | awk -F '\t' -v n1="$(head -1 "$1" | awk -F '\t' '{print NF}')" '{
      o = n1;
      if ($1 != $(o+1) || $2 != $(o+2) || $4 != $(o+4)) { bad++; next }
      d = $5 - $(o+5); if (d < 0) d = -d; m = $(o+5) < 0 ? -$(o+5) : $(o+5);
      if (d > 1e-9 * (m > 1 ? m : 1)) bad++ }
    END { print (bad ? bad " rows differ" : "identical to 1e-9") }'
}
echo "bench_agg: ts-agg vs pandas: $(agree "$out/tsagg.tsv" "$out/pandas.tsv"); vs Miller: $(agree "$out/tsagg.tsv" "$out/mlr.tsv"); vs the pipe: $(agree "$out/tsagg.tsv" "$out/tspipe.tsv")"
echo "bench_agg: rows out: $(wc -l < "$out/tsagg.tsv")"
mb() { echo "$1 / 1024" | bc -l; }
printf '%-32s %10s %10s %12s\n' "yoy then rolling 3" "wall s" "cpu s" "peak RSS MB"
printf '%-32s %10.2f %10.2f %12.1f\n' "ts-agg yoy then rolling 3" "$ch_wall" "$ch_cpu" "$(mb "$ch_rss")"
printf '%-32s %10.2f %10.2f %12.1f\n' "ts-agg yoy | ts-agg rolling 3" "$ts_wall" "$ts_cpu" "$(mb "$ts_rss")"
printf '%-32s %10.2f %10.2f %12.1f\n' "pandas" "$pd_wall" "$pd_cpu" "$(mb "$pd_rss")"
printf '%-32s %10.2f %10.2f %12.1f\n' "Miller (mlr put)" "$ml_wall" "$ml_cpu" "$(mb "$ml_rss")"
ratio() { printf '%.1f' "$(echo "$1 / $2" | bc -l)"; }
echo "ratios (one process): pandas/ts-agg wall $(ratio "$pd_wall" "$ch_wall")x cpu $(ratio "$pd_cpu" "$ch_cpu")x memory $(ratio "$pd_rss" "$ch_rss")x; Miller/ts-agg wall $(ratio "$ml_wall" "$ch_wall")x cpu $(ratio "$ml_cpu" "$ch_cpu")x memory $(ratio "$ml_rss" "$ch_rss")x"
echo "ratios (pipe): pandas/ts-agg wall $(ratio "$pd_wall" "$ts_wall")x cpu $(ratio "$pd_cpu" "$ts_cpu")x memory $(ratio "$pd_rss" "$ts_rss")x; Miller/ts-agg wall $(ratio "$ml_wall" "$ts_wall")x cpu $(ratio "$ml_cpu" "$ts_cpu")x memory $(ratio "$ml_rss" "$ts_rss")x"
rm -f "$out/tsagg.tsv" "$out/tspipe.tsv" "$out/pandas.tsv" "$out/mlr.tsv"
