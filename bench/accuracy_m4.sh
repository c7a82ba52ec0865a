#!/bin/sh
# Accuracy in the M4 protocol on real series from R's datasets and the
# forecast package: hold out the last 6 (annual), 8 (quarterly) or 18
# (monthly) points, forecast them from the rest, score sMAPE and MASE, and
# OWA against Naive2 (naive on the seasonally adjusted series, the M4
# benchmark).  ts-forecast's methods run beside R's forecast::ets() (on the
# raw series), holt(damped = TRUE) on the M4-adjusted series and thetaf(),
# in the same run; the share of held-out points inside the 80% and 95%
# intervals is reported too.  Not a test: prints tables.
# Usage: sh bench/accuracy_m4.sh [BIN]   (METHODS="auto ets" to run fewer,
# REUSE_R=1 to keep R's forecasts from the last run, SERIES=bench/m3_series.R
# for the M3 competition's series instead of the development sets)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:-${TS_BIN:-$top/bin}}" && pwd)
series=${SERIES:-$top/bench/m4_series.R}
series=$(cd "$(dirname "$series")" && pwd)/$(basename "$series")
work=${BENCH_DIR:-$top/build/bench}/accuracy_m4
mkdir -p "$work"
cd "$work"

cat > export.R <<'REOF'
suppressMessages(library(forecast))
source(Sys.getenv("M4_SERIES"))
cat(paste(names(ser), ifelse(names(ser) %in% names(grown), "grown", "m4_28"), sep = "\t"),
    sep = "\n", file = "sets.tsv")
# The M4 benchmarks' seasonality test and classical multiplicative
# adjustment (written from the M4 guide's description).
seas_test <- function(x, m) {
  if (m < 2 || length(x) < 3 * m) return(FALSE)
  r <- acf(x, plot = FALSE, lag.max = m)$acf[-1, 1, 1]
  lim <- 1.645 * sqrt((1 + 2 * sum(r[seq_len(m - 1)]^2)) / length(x))
  abs(r[m]) > lim
}
adjust <- function(x, h) {
  m <- frequency(x)
  si <- rep(1, length(x) + h)
  if (m > 1 && seas_test(x, m)) {
    fig <- decompose(x, "multiplicative")$figure
    pos <- (cycle(x)[1] - 1 + seq_len(length(x) + h) - 1) %% m + 1
    si <- fig[pos]
  }
  list(sa = x / si[seq_along(x)], out = si[length(x) + seq_len(h)])
}
facts <- file("train.tsv", "w"); truth <- file("truth.tsv", "w"); rf <- file("r_forecasts.tsv", "w")
cat("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n", file = facts)
period <- function(x) {
  f <- frequency(x); tt <- time(x); yr <- floor(tt + 1e-6); cyc <- cycle(x)
  if (f == 1) sprintf("%d", yr) else if (f == 4) sprintf("%d-Q%d", yr, cyc) else sprintf("%d-%02d", yr, cyc)
}
t_ets <- 0; t_damped <- 0
for (nm in names(ser)) {
  x <- ser[[nm]]; f <- frequency(x); h <- c(`1` = 6, `4` = 8, `12` = 18)[as.character(f)]
  n <- length(x); tr <- window(x, end = time(x)[n - h]); te <- as.numeric(x)[(n - h + 1):n]
  cat(sprintf("%s\tm4\tlevel\t%s\t%.15g\tu\tA\tR\n", nm, period(tr), as.numeric(tr)), sep = "", file = facts)
  cat(sprintf("%s\t%d\t%d\t%.15g\t%s\n", nm, f, 1:h, te,
              paste(sprintf("%.15g", as.numeric(tr)), collapse = ",")), sep = "", file = truth)
  a <- adjust(tr, h)
  nv2 <- rep(tail(as.numeric(a$sa), 1), h) * a$out
  cat(sprintf("%s\tnaive2\t%d\t%.10g\t\t\t\t\n", nm, 1:h, nv2), sep = "", file = rf)
  out <- function(label, f, s = 1)
    cat(sprintf("%s\t%s\t%d\t%.10g\t%.10g\t%.10g\t%.10g\t%.10g\n", nm, label, 1:h, f$mean * s, f$lower[, 1] * s,
                f$upper[, 1] * s, f$lower[, 2] * s, f$upper[, 2] * s), sep = "", file = rf)
  s <- proc.time()[3]; fe <- forecast(ets(tr), h = h, level = c(80, 95)); t_ets <- t_ets + proc.time()[3] - s
  out("R_ets", fe)
  s <- proc.time()[3]; fd <- holt(a$sa, h = h, damped = TRUE, level = c(80, 95)); t_damped <- t_damped + proc.time()[3] - s
  out("R_damped_sa", fd, a$out)
  out("R_thetaf", thetaf(tr, h = h, level = c(80, 95)))
}
close(facts); close(truth); close(rf)
cat(sprintf("R time: ets %.2f s, holt(damped) %.2f s for %d series\n", t_ets, t_damped, length(ser)))
REOF
# REUSE_R=1 keeps R's forecasts of an earlier run (they do not change).
if [ "${REUSE_R:-0}" != 1 ] || [ ! -s r_forecasts.tsv ]; then
  M4_SERIES=$series Rscript export.R 2> r.err || { cat r.err; exit 2; }
fi

: > ours.tsv
for m in ${METHODS:-auto best ets comb naive drift linear loglinear ses holt damped theta}; do
  # Each series' own horizon: run per frequency.
  for f in 1:6 4:8 12:18; do
    freq=${f%:*} h=${f#*:}
    awk -F'\t' -v f="$freq" 'NR == 1 { print; next }
      { if (f == 1 && $4 ~ /^[0-9]+$/) print; else if (f == 4 && $4 ~ /Q/) print;
        else if (f == 12 && $4 ~ /^[0-9]+-[0-9][0-9]$/) print }' train.tsv > train_$freq.tsv
    "$bin/ts-forecast" -m "$m" -H "$h" --interval 80,95 --params train_$freq.tsv 2>> ours.err |
      awk -F'\t' -v m="$m" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        { k[$1]++; print $1 "\tts_" m "\t" k[$1] "\t" $5 "\t" $c["lo80"] "\t" $c["hi80"] "\t" $c["lo95"] "\t" \
          $c["hi95"] "\t" $c["method"] "\t" $c["sigma"] "\t" $c["weights"] }' >> ours.tsv
  done
done

/usr/bin/python3 - <<'PYEOF'
import pandas as pd, numpy as np
truth = pd.read_csv("truth.tsv", sep="\t", header=None, names=["series", "freq", "h", "actual", "train"])
sets = pd.read_csv("sets.tsv", sep="\t", header=None, names=["series", "set"])
cols = ["series", "method", "h", "mean", "lo80", "hi80", "lo95", "hi95"]
fc = pd.concat([pd.read_csv("r_forecasts.tsv", sep="\t", header=None, names=cols),
                pd.read_csv("ours.tsv", sep="\t", header=None, names=cols + ["label", "sigma", "weights"])])
d = fc.merge(truth, on=["series", "h"])
rows = []
for (s, m), g in d.groupby(["series", "method"]):
    y = np.array([float(v) for v in g["train"].iloc[0].split(",")])
    f = int(g["freq"].iloc[0]); lag = f if len(y) > f else 1
    sc = np.mean(np.abs(y[lag:] - y[:-lag]))
    a, p = g["actual"].values, g["mean"].values
    smape = np.mean(200 * np.abs(a - p) / (np.abs(a) + np.abs(p)))
    mase = np.mean(np.abs(a - p)) / sc
    cov = [np.mean((a >= g["lo" + l].values) & (a <= g["hi" + l].values)) if g["lo" + l].notna().all()
           else np.nan for l in ("80", "95")]
    rows.append((s, m, f, smape, mase, cov[0], cov[1], len(a)))
r = pd.DataFrame(rows, columns=["series", "method", "freq", "smape", "mase", "cov80", "cov95", "n"]).merge(sets, on="series")
names = {1: "annual", 4: "quarterly", 12: "monthly"}
order = ["ts_auto", "ts_best", "ts_ets", "ts_comb", "ts_damped", "ts_holt", "ts_ses", "ts_theta", "ts_drift", "ts_linear",
         "ts_loglinear", "ts_naive", "R_ets", "R_damped_sa", "R_thetaf", "naive2"]
def owa(sub, m):
    nv, g = sub[sub.method == "naive2"], sub[sub.method == m]
    if g.empty or len(g) < len(nv):
        return float("nan")
    return 0.5 * (g.smape.mean() / nv.smape.mean() + g.mase.mean() / nv.mase.mean())
def cov(g, c):
    return (g[c] * g.n).sum() / g.n.sum() if g[c].notna().all() else float("nan")
def table(sub, label):
    nv = sub[sub.method == "naive2"]
    counts = ", ".join(f"{(nv.freq == f).sum()} {names[f]}" for f in (1, 4, 12))
    print(f"\n{label}: {sub.series.nunique()} series ({counts})")
    print(f"{'method':<13} {'annual':>7} {'quart.':>7} {'monthly':>7} {'OWA':>7} {'sMAPE':>7} {'MASE':>7} "
          f"{'cov80':>6} {'cov95':>6}")
    for m in order:
        g = sub[sub.method == m]
        if g.empty: continue
        if len(g) < len(nv):
            print(f"{m:<13} ran on {len(g)} of {len(nv)} series"); continue
        o = [owa(sub[sub.freq == f], m) for f in (1, 4, 12)]
        print(f"{m:<13} {o[0]:7.3f} {o[1]:7.3f} {o[2]:7.3f} {owa(sub, m):7.3f} {g.smape.mean():7.3f} "
              f"{g.mase.mean():7.3f} {cov(g, 'cov80'):6.3f} {cov(g, 'cov95'):6.3f}")
for label, sub in (("the first 28 series", r[r.set == "m4_28"]), ("the grown set", r)):
    if not sub.empty:
        table(sub, label)
# What auto used (its ETS member's form in the label), by frequency.
lab = fc[(fc.method == "ts_auto") & (fc.h == 1)].merge(truth[truth.h == 1], on="series")
if not lab.empty:
    print("\nauto's labels by frequency (all series):")
    print(lab.groupby(["freq", "label"]).size().unstack(fill_value=0).to_string())
# Overall lines pool the series; the M4 weighted OWA per frequency instead.
PYEOF
