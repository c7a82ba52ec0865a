#!/bin/sh
# ts-forecast speed: 100,000 annual series of length 20 (random walks with
# drift plus noise, like yearly indicators) with --method auto, horizon 6,
# on both cores and on one; against R's forecast::holt and statsmodels'
# Holt (ExponentialSmoothing(trend="add")) fitted to a subset of the same
# series in the same run, their time extrapolated per series.  Not a test.
# Environment from bench/run.sh: TS_BIN, BENCH_DIR.  NSERIES and NSUB
# override the sizes.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${TS_BIN:-$top/bin}
work=${BENCH_DIR:-$top/build/bench}/forecast
mkdir -p "$work"
n=${NSERIES:-100000}
sub=${NSUB:-1000}
data=$work/annual_$n.tsv
if [ ! -s "$data" ]; then
  /usr/bin/python3 - "$n" "$data" <<'PYEOF'
import sys
import numpy as np
n, path = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(7)
T = 20
level = rng.uniform(50, 5000, n)[:, None]
drift = rng.normal(0.03, 0.04, n)[:, None] * level
noise = rng.normal(0, 1, (n, T)) * (0.05 * level)
y = level + np.cumsum(drift + noise, axis=1)
y = np.where(y > 1, y, 1 + rng.uniform(0, 1, y.shape))
years = np.arange(2001, 2001 + T)
with open(path, "w") as f:
    f.write("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n")
    for i in range(n):
        f.write("".join(f"s{i}\tbench\tlevel\t{years[t]}\t{y[i, t]:.6f}\tu\tA\tgen\n" for t in range(T)))
PYEOF
fi
head -n $((sub * 20 + 1)) "$data" > "$work/subset.tsv"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

t0=$(now); "$bin/ts-forecast" -m auto -H 6 -j 2 "$data" > "$work/auto2.tsv"; t1=$(now)
auto2=$(secs "$t0" "$t1")
t0=$(now); "$bin/ts-forecast" -m auto -H 6 -j 1 "$data" > "$work/auto1.tsv"; t1=$(now)
auto1=$(secs "$t0" "$t1")
t0=$(now); "$bin/ts-forecast" -m holt -H 6 -j 2 "$data" > "$work/holt2.tsv"; t1=$(now)
holt2=$(secs "$t0" "$t1")
cmp -s "$work/auto1.tsv" "$work/auto2.tsv" && same=yes || same=NO

cat > "$work/holt.R" <<'REOF'
suppressMessages(library(forecast))
d <- read.delim(commandArgs(TRUE)[1])
ys <- split(d$value, d$indicator)
t <- system.time(for (y in ys) holt(ts(y, start = 2001), h = 6))["elapsed"]
cat(sprintf("%.3f %d\n", t, length(ys)))
REOF
set -- $(Rscript "$work/holt.R" "$work/subset.tsv" 2> /dev/null)
r_t=$1 r_n=$2

set -- $(/usr/bin/python3 - "$work/subset.tsv" <<'PYEOF'
import sys, time, warnings
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing
warnings.simplefilter("ignore")
d = pd.read_csv(sys.argv[1], sep="\t")
groups = [g["value"].to_numpy() for _, g in d.groupby("indicator", sort=False)]
t = time.perf_counter()
for y in groups:
    ExponentialSmoothing(y, trend="add").fit().forecast(6)
print(f"{time.perf_counter() - t:.3f} {len(groups)}")
PYEOF
)
sm_t=$1 sm_n=$2

awk -v n="$n" -v a2="$auto2" -v a1="$auto1" -v h2="$holt2" -v rt="$r_t" -v rn="$r_n" \
    -v st="$sm_t" -v sn="$sm_n" -v same="$same" 'BEGIN {
  pa2 = a2 / n * 1e6; pa1 = a1 / n * 1e6; ph2 = h2 / n * 1e6
  pr = rt / rn * 1e6; ps = st / sn * 1e6
  printf "forecast: %d annual series x 20 points, horizon 6\n", n
  printf "  %-40s %9s %12s %9s\n", "", "total s", "us/series", "R/this"
  printf "  %-40s %9.2f %12.1f %9.1f\n", "ts-forecast --method auto, 2 threads", a2, pa2, pr / pa2
  printf "  %-40s %9.2f %12.1f %9.1f\n", "ts-forecast --method auto, 1 thread", a1, pa1, pr / pa1
  printf "  %-40s %9.2f %12.1f %9.1f\n", "ts-forecast --method holt, 2 threads", h2, ph2, pr / ph2
  printf "  %-40s %9.2f %12.1f %9.1f   (%d series, extrapolated)\n", "R forecast::holt", pr * n / 1e6, pr, 1, rn
  printf "  %-40s %9.2f %12.1f %9.1f   (%d series, extrapolated)\n", "statsmodels ExponentialSmoothing(add)", ps * n / 1e6, ps, pr / ps, sn
  printf "  1-thread and 2-thread outputs identical: %s\n", same
}'
