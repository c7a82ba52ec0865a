#!/bin/sh
# How auto was chosen: a rolling-origin evaluation on the development
# series (bench/m4_series.R) that never looks at their M4 test windows.
# Each series loses its last h points (6 annual, 8 quarterly, 18 monthly:
# the part bench/accuracy_m4.sh scores); from what is left, up to ORIGINS
# (default 5) training windows end h/2 apart, and each is forecast h
# steps ahead and scored like the M4 (sMAPE, MASE, OWA against Naive2,
# coverage of the 80% and 95% intervals).  Scored are ts-forecast's ets,
# damped, theta and comb as built (auto is comb), and, from the members' point
# forecasts, the candidate combinations: equal means of two or three
# members and their median.  Not a test: prints a table.
# Usage: sh bench/auto_design.sh [BIN]   (R=1 adds R's ets(), slow; with
# REUSE_R=1 too, R's forecasts of an earlier run with the same windows;
# SERIES=bench/m3_series.R for the M3 competition's series)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:-${TS_BIN:-$top/bin}}" && pwd)
series=${SERIES:-$top/bench/m4_series.R}
series=$(cd "$(dirname "$series")" && pwd)/$(basename "$series")
work=${BENCH_DIR:-$top/build/bench}/auto_design
mkdir -p "$work"
cd "$work"

cat > series.R <<'REOF'
source(Sys.getenv("M4_SERIES"))
con <- file("all.tsv", "w")
for (nm in names(ser)) {
  x <- ser[[nm]]
  cat(nm, ifelse(nm %in% names(grown), "grown", "m4_28"), frequency(x),
      paste(sprintf("%.15g", as.numeric(x)), collapse = ","), sep = "\t", file = con)
  cat("\n", file = con)
}
close(con)
REOF
M4_SERIES=$series Rscript series.R 2> r.err || { cat r.err; exit 2; }

# Training windows as series of their own ("name@j"), periods counted from
# 1901; truth.tsv has what followed each window.
ORIGINS=${ORIGINS:-5} SHORT=${SHORT:-0} /usr/bin/python3 - <<'PYEOF'
import os
K = int(os.environ["ORIGINS"])
# SHORT=N keeps only the last N years of each window (short histories,
# as provincial series are).
S = int(os.environ.get("SHORT", "0"))
L = {1: S, 4: 4 * S, 12: 12 * S} if S else None
H = {1: 6, 4: 8, 12: 18}
def period(f, t):
    if f == 1: return str(1901 + t)
    if f == 4: return f"{1901 + t // 4}-Q{t % 4 + 1}"
    return f"{1901 + t // 12}-{t % 12 + 1:02d}"
with open("all.tsv") as fin, open("train.tsv", "w") as ft, open("truth.tsv", "w") as tr:
    ft.write("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n")
    for line in fin:
        name, set_, f, vals = line.rstrip("\n").split("\t")
        f = int(f); y = [float(v) for v in vals.split(",")]; h = H[f]
        dev = y[:-h]                      # the M4 test window stays unseen
        step = max(1, h // 2)
        for j in range(K):
            end = len(dev) - h - j * step
            if end < max(3 * f, 10):
                break
            key = f"{name}@{j}"
            first = max(0, end - L[f]) if L else 0
            for t in range(first, end):
                ft.write(f"{key}\tdev\tlevel\t{period(f, t)}\t{dev[t]!r}\tu\tA\tR\n")
            tr.write(f"{key}\t{name}\t{set_}\t{f}\t{','.join(map(repr, dev[end:end + h]))}\t"
                     f"{','.join(map(repr, dev[first:end]))}\n")
PYEOF

: > ours.tsv
for m in naive ${METHODS:-ets damped theta comb}; do
  for f in 1:6 4:8 12:18; do
    freq=${f%:*} h=${f#*:}
    awk -F'\t' -v f="$freq" 'NR == 1 { print; next }
      { if (f == 1 && $4 ~ /^[0-9]+$/) print; else if (f == 4 && $4 ~ /Q/) print;
        else if (f == 12 && $4 ~ /^[0-9]+-[0-9][0-9]$/) print }' train.tsv > train_$freq.tsv
    "$bin/ts-forecast" -m "$m" -H "$h" --interval 80,95 train_$freq.tsv 2>> ours.err |
      awk -F'\t' -v m="$m" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        { k[$1]++; print $1 "\t" m "\t" k[$1] "\t" $5 "\t" $c["lo80"] "\t" $c["hi80"] "\t" $c["lo95"] "\t" $c["hi95"] }' \
      >> ours.tsv
  done
done
if [ "${R:-0}" = 1 ] && [ "${REUSE_R:-0}" = 1 ] && [ -s r_ets.tsv ] && cmp -s truth.tsv r_truth.tsv; then
  cat r_ets.tsv >> ours.tsv
elif [ "${R:-0}" = 1 ]; then
  cat > r_ets.R <<'REOF'
suppressMessages(library(forecast))
tr <- read.delim("truth.tsv", header = FALSE, col.names = c("key", "name", "set", "freq", "test", "train"))
con <- file("r_ets.tsv", "w")
for (i in seq_len(nrow(tr))) {
  y <- ts(as.numeric(strsplit(tr$train[i], ",")[[1]]), frequency = tr$freq[i])
  h <- length(strsplit(tr$test[i], ",")[[1]])
  f <- forecast(ets(y), h = h, level = c(80, 95))
  cat(sprintf("%s\tR_ets\t%d\t%.10g\t%.10g\t%.10g\t%.10g\t%.10g\n", tr$key[i], 1:h, f$mean, f$lower[, 1],
              f$upper[, 1], f$lower[, 2], f$upper[, 2]), sep = "", file = con)
}
close(con)
REOF
  Rscript r_ets.R 2>> r.err && cat r_ets.tsv >> ours.tsv && cp truth.tsv r_truth.tsv
fi

/usr/bin/python3 - <<'PYEOF'
import pandas as pd, numpy as np
cols = ["key", "method", "h", "mean", "lo80", "hi80", "lo95", "hi95"]
fc = pd.read_csv("ours.tsv", sep="\t", header=None, names=cols)
tr = pd.read_csv("truth.tsv", sep="\t", header=None, names=["key", "name", "set", "freq", "test", "train"])
# Candidate combinations from the members' point forecasts.
w = fc.pivot_table(index=["key", "h"], columns="method", values="mean")
cands = {"mean(ets,damped)": ["ets", "damped"], "mean(ets,theta)": ["ets", "theta"],
         "mean(ets,damped,theta)": ["ets", "damped", "theta"], "mean(damped,theta)": ["damped", "theta"]}
extra = []
for name, ms in cands.items():
    if all(c in w.columns for c in ms):
        extra.append(w[ms].mean(axis=1).rename("mean").reset_index().assign(method=name))
if all(c in w.columns for c in ("ets", "damped", "theta")):
    extra.append(w[["ets", "damped", "theta"]].median(axis=1).rename("mean").reset_index()
                 .assign(method="median(ets,damped,theta)"))
fc = pd.concat([fc] + extra, ignore_index=True)
rows = []
tr = tr.set_index("key")
for (k, m), g in fc.groupby(["key", "method"]):
    t = tr.loc[k]
    a = np.array([float(v) for v in t.test.split(",")]); y = np.array([float(v) for v in t.train.split(",")])
    g = g.sort_values("h"); p = g["mean"].values
    if len(p) != len(a):
        continue
    f = int(t.freq); lag = f if len(y) > f else 1
    sc = np.mean(np.abs(y[lag:] - y[:-lag]))
    c80 = np.mean((a >= g.lo80.values) & (a <= g.hi80.values)) if g.lo80.notna().all() else np.nan
    c95 = np.mean((a >= g.lo95.values) & (a <= g.hi95.values)) if g.lo95.notna().all() else np.nan
    rows.append((k, t["name"], t.set, f, m, np.mean(200 * np.abs(a - p) / (np.abs(a) + np.abs(p))),
                 np.mean(np.abs(a - p)) / sc, c80, c95, len(a)))
r = pd.DataFrame(rows, columns=["key", "name", "set", "freq", "method", "smape", "mase", "cov80", "cov95", "n"])
# Every method on the same windows: those where all ran.
common = r.groupby("key").method.nunique()
r = r[r.key.isin(common[common == common.max()].index)]
def owa(sub, m):
    nv, g = sub[sub.method == "naive"], sub[sub.method == m]
    return 0.5 * (g.smape.mean() / nv.smape.mean() + g.mase.mean() / nv.mase.mean())
def cov(g, c):
    return (g[c] * g.n).sum() / g.n.sum() if g[c].notna().all() else float("nan")
print(f"rolling origins: {r.key.nunique()} windows of {r.name.nunique()} series "
      f"({', '.join(f'{r[r.freq == f].key.nunique()} {n}' for f, n in ((1, 'annual'), (4, 'quarterly'), (12, 'monthly')))})")
print(f"{'method':<26} {'annual':>7} {'quart.':>7} {'monthly':>7} {'OWA':>7} {'cov80':>6} {'cov95':>6}")
for m in sorted(r.method.unique(), key=lambda m: owa(r, m)):
    g = r[r.method == m]
    o = [owa(r[r.freq == f], m) for f in (1, 4, 12)]
    print(f"{m:<26} {o[0]:7.3f} {o[1]:7.3f} {o[2]:7.3f} {owa(r, m):7.3f} {cov(g, 'cov80'):6.3f} {cov(g, 'cov95'):6.3f}")
PYEOF
