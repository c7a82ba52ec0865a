#!/bin/sh
# ts-forecast speed: 100,000 annual series of length 20 (random walks with
# drift plus noise, like yearly indicators) with --method auto, horizon 6,
# on both cores and on one; against R's forecast::ets() (the same model
# family and selection), forecast::holt and statsmodels' Holt
# (ExponentialSmoothing(trend="add")) fitted to a subset of the same series
# in the same run, their time extrapolated per series.  Not a test.
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

# Wall and CPU (user + system) seconds of a command: the machine may be
# shared, so both are reported; R and Python report theirs the same way.
timed() { # out-file cmd... -> prints "wall cpu"
  local out=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > "$out"
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$work/time.txt"
}
set -- $(timed "$work/auto2.tsv" "$bin/ts-forecast" -m auto -H 6 -j 2 "$data"); auto2=$1 auto2c=$2
set -- $(timed "$work/auto1.tsv" "$bin/ts-forecast" -m auto -H 6 -j 1 "$data"); auto1=$1 auto1c=$2
set -- $(timed "$work/holt2.tsv" "$bin/ts-forecast" -m holt -H 6 -j 2 "$data"); holt2=$1 holt2c=$2
cmp -s "$work/auto1.tsv" "$work/auto2.tsv" && same=yes || same=NO

cat > "$work/r.R" <<'REOF'
suppressMessages(library(forecast))
d <- read.delim(commandArgs(TRUE)[1])
ys <- split(d$value, d$indicator)
te <- system.time(for (y in ys) forecast(ets(ts(y, start = 2001)), h = 6, level = c(80, 95)))
th <- system.time(for (y in ys) holt(ts(y, start = 2001), h = 6))
cat(sprintf("%.3f %.3f %.3f %.3f %d\n", te["elapsed"], te["user.self"] + te["sys.self"],
            th["elapsed"], th["user.self"] + th["sys.self"], length(ys)))
REOF
set -- $(Rscript "$work/r.R" "$work/subset.tsv" 2> /dev/null)
r_t=$1 r_c=$2 rh_t=$3 rh_c=$4 r_n=$5

set -- $(/usr/bin/python3 - "$work/subset.tsv" <<'PYEOF'
import sys, time, warnings
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing
warnings.simplefilter("ignore")
d = pd.read_csv(sys.argv[1], sep="\t")
groups = [g["value"].to_numpy() for _, g in d.groupby("indicator", sort=False)]
t, c = time.perf_counter(), time.process_time()
for y in groups:
    ExponentialSmoothing(y, trend="add").fit().forecast(6)
print(f"{time.perf_counter() - t:.3f} {time.process_time() - c:.3f} {len(groups)}")
PYEOF
)
sm_t=$1 sm_c=$2 sm_n=$3

awk -v n="$n" -v a2="$auto2" -v a1="$auto1" -v h2="$holt2" -v a2c="$auto2c" -v a1c="$auto1c" \
    -v h2c="$holt2c" -v rt="$r_t" -v rc="$r_c" -v rht="$rh_t" -v rhc="$rh_c" -v rn="$r_n" \
    -v st="$sm_t" -v sc="$sm_c" -v sn="$sm_n" \
    -v same="$same" 'BEGIN {
  pr = rt / rn * 1e6; prc = rc / rn * 1e6
  printf "forecast: %d annual series x 20 points, horizon 6 (R, statsmodels: %d series, per series)\n", n, rn
  printf "  %-38s %9s %9s %10s %8s\n", "", "wall us", "cpu us", "ets()/this", "ets()/this"
  printf "  %-38s %9s %9s %10s %8s\n", "per series", "", "", "wall", "cpu"
  line("ts-forecast --method auto, 2 threads", a2 / n * 1e6, a2c / n * 1e6)
  line("ts-forecast --method auto, 1 thread", a1 / n * 1e6, a1c / n * 1e6)
  line("ts-forecast --method holt, 2 threads", h2 / n * 1e6, h2c / n * 1e6)
  line("R forecast::ets()", pr, prc)
  line("R forecast::holt", rht / rn * 1e6, rhc / rn * 1e6)
  line("statsmodels ExponentialSmoothing(add)", st / sn * 1e6, sc / sn * 1e6)
  printf "  1-thread and 2-thread outputs identical: %s\n", same
}
function line(name, w, c) { printf "  %-38s %9.1f %9.1f %10.1f %8.1f\n", name, w, c, pr / w, prc / c }'
