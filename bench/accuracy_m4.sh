#!/bin/sh
# Accuracy in the M4 protocol on real series from R's datasets and the
# forecast package: hold out the last 6 (annual), 8 (quarterly) or 18
# (monthly) points, forecast them from the rest, score sMAPE and MASE, and
# OWA against Naive2 (naive on the seasonally adjusted series, the M4
# benchmark).  ts-forecast's methods run beside R's forecast::ets() (on the
# raw series) and holt(damped = TRUE) on the M4-adjusted series, in the same
# run; 95% interval coverage of the held-out points is reported too.
# Not a test: prints tables.  Usage: sh bench/accuracy_m4.sh [BIN]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:-${TS_BIN:-$top/bin}}" && pwd)
work=${BENCH_DIR:-$top/build/bench}/accuracy_m4
mkdir -p "$work"
cd "$work"

cat > export.R <<'REOF'
suppressMessages(library(forecast))
q <- function(x) aggregate(x, nfrequency = 4)
ser <- list(
  # annual (h = 6)
  nile = Nile, lakehuron = LakeHuron, lynx = lynx, airmiles = airmiles, nhtemp = nhtemp,
  sunspot_year = sunspot.year, wwwusage = ts(WWWusage, start = 1901), lh = ts(lh, start = 1901),
  bjsales = ts(BJsales, start = 1801), treering_tail = ts(tail(as.numeric(treering), 120), start = 1861),
  # quarterly (h = 8)
  austres = austres, jj = JohnsonJohnson, ukgas = UKgas, woolyrnq = woolyrnq,
  air_q = q(AirPassengers), usacc_q = q(USAccDeaths), nottem_q = q(nottem), co2_q = q(co2),
  # monthly (h = 18)
  air = AirPassengers, co2 = co2, usacc = USAccDeaths, nottem = nottem, ldeaths = ldeaths,
  mdeaths = mdeaths, fdeaths = fdeaths, ukdriver = UKDriverDeaths, wineind = wineind, gas = gas)
# The grown set: every other positive annual, quarterly or monthly series
# without gaps in the installed R packages datasets, tseries, lmtest and
# urca (leading missing years dropped; levels rather than their logs;
# day-numbered series given years from 1901, as WWWusage and lh above;
# columns that duplicate a series above, or are differences, are left out).
pkg <- function(p, d) { e <- new.env(); data(list = d, package = p, envir = e); get(d, envir = e) }
np <- function(v) exp(na.omit(pkg("tseries", "NelPlo")[, v])) # stored as logs
le <- function(d, v) pkg("lmtest", d)[, v]
ur <- function(v) pkg("urca", "UKconsumption")[, v]
sb <- function(v) Seatbelts[, v]
grown <- list(
  # annual (h = 6)
  bev = pkg("tseries", "bev"), nelplo_cpi = np("cpi"), nelplo_gnp_real = np("gnp.real"), nelplo_emp = np("emp"),
  nelplo_nom_wages = np("nom.wages"), nelplo_unemp = np("unemp"), chicken = le("ChickEgg", "chicken"),
  egg = le("ChickEgg", "egg"), ftemp = ts(pkg("lmtest", "ftemp"), start = 1901),
  unemployment = le("unemployment", "UN"), usdistlag_cons = le("USDistLag", "consumption"),
  usdistlag_gnp = le("USDistLag", "gnp"),
  # quarterly (h = 8)
  ukcons_cons = ur("cons"), ukcons_inc = ur("inc"), ukcons_price = ur("price"),
  useco_gnp = exp(pkg("tseries", "USeconomic")[, "log(GNP)"]),
  useco_m1 = exp(pkg("tseries", "USeconomic")[, "log(M1)"]),
  useco_rs = pkg("tseries", "USeconomic")[, "rs"], useco_rl = pkg("tseries", "USeconomic")[, "rl"],
  stocks_vst = le("valueofstocks", "VST"), bond_raarus = le("bondyield", "RAARUS"),
  # monthly (h = 18)
  sb_front = sb("front"), sb_rear = sb("rear"), sb_kms = sb("kms"), sb_petrol = sb("PetrolPrice"),
  sb_van = sb("VanKilled"), tcm10y = pkg("tseries", "tcm")[, "tcm10y"], nino34 = pkg("tseries", "nino")[, "nino3.4"],
  ip = le("ip", "y"), jocci = le("jocci", "y"), lhur = le("lhur", "y"), fyff = le("fyff", "y"),
  pw561 = le("pw561", "y"), gmdc = le("gmdc", "y"))
ser <- c(ser, grown)
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
  cat(sprintf("%s\tnaive2\t%d\t%.10g\t\t\n", nm, 1:h, nv2), sep = "", file = rf)
  s <- proc.time()[3]; fe <- forecast(ets(tr), h = h, level = 95); t_ets <- t_ets + proc.time()[3] - s
  cat(sprintf("%s\tR_ets\t%d\t%.10g\t%.10g\t%.10g\n", nm, 1:h, fe$mean, fe$lower, fe$upper), sep = "", file = rf)
  s <- proc.time()[3]; fd <- holt(a$sa, h = h, damped = TRUE, level = 95); t_damped <- t_damped + proc.time()[3] - s
  cat(sprintf("%s\tR_damped_sa\t%d\t%.10g\t%.10g\t%.10g\n", nm, 1:h, fd$mean * a$out,
              fd$lower * a$out, fd$upper * a$out), sep = "", file = rf)
  ft <- thetaf(tr, h = h, level = 95)
  cat(sprintf("%s\tR_thetaf\t%d\t%.10g\t%.10g\t%.10g\n", nm, 1:h, ft$mean, ft$lower, ft$upper), sep = "", file = rf)
}
close(facts); close(truth); close(rf)
cat(sprintf("R time: ets %.2f s, holt(damped) %.2f s for %d series\n", t_ets, t_damped, length(ser)))
REOF
Rscript export.R 2> r.err || { cat r.err; exit 2; }

: > ours.tsv
for m in auto best naive drift linear loglinear ses holt damped theta; do
  # Each series' own horizon: run per frequency.
  for f in 1:6 4:8 12:18; do
    freq=${f%:*} h=${f#*:}
    awk -F'\t' -v f="$freq" 'NR == 1 { print; next }
      { if (f == 1 && $4 ~ /^[0-9]+$/) print; else if (f == 4 && $4 ~ /Q/) print;
        else if (f == 12 && $4 ~ /^[0-9]+-[0-9][0-9]$/) print }' train.tsv > train_$freq.tsv
    "$bin/ts-forecast" -m "$m" -H "$h" --interval 95 --params train_$freq.tsv 2>> ours.err |
      awk -F'\t' -v m="$m" 'NR > 1 { c[$1]++; print $1 "\tts_" m "\t" c[$1] "\t" $5 "\t" $10 "\t" $11 "\t" $9 "\t" $15 "\t" $16 }' >> ours.tsv
  done
done

/usr/bin/python3 - <<'PYEOF'
import pandas as pd, numpy as np
truth = pd.read_csv("truth.tsv", sep="\t", header=None, names=["series", "freq", "h", "actual", "train"])
sets = pd.read_csv("sets.tsv", sep="\t", header=None, names=["series", "set"])
cols = ["series", "method", "h", "mean", "lo", "hi"]
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
    cov = np.mean((a >= g["lo"].values) & (a <= g["hi"].values)) if g["lo"].notna().all() else np.nan
    rows.append((s, m, f, smape, mase, cov, len(a)))
r = pd.DataFrame(rows, columns=["series", "method", "freq", "smape", "mase", "cov95", "n"]).merge(sets, on="series")
names = {1: "annual", 4: "quarterly", 12: "monthly"}
order = ["ts_auto", "ts_best", "ts_damped", "ts_holt", "ts_ses", "ts_theta", "ts_drift", "ts_linear",
         "ts_loglinear", "ts_naive", "R_ets", "R_damped_sa", "R_thetaf", "naive2"]
def table(sub, label):
    nv = sub[sub.method == "naive2"]
    s0, m0 = nv.smape.mean(), nv.mase.mean()
    print(f"\n{label}: {sub.series.nunique()} series")
    print(f"{'method':<12} {'sMAPE':>7} {'MASE':>7} {'OWA':>6} {'cov95':>6}")
    for m in order:
        g = sub[sub.method == m]
        if g.empty: continue
        if len(g) < len(nv):  # a method that could not run on every series
            print(f"{m:<12} ran on {len(g)} of {len(nv)} series"); continue
        owa = 0.5 * (g.smape.mean() / s0 + g.mase.mean() / m0)
        cov = (g.cov95 * g.n).sum() / g.n.sum() if g.cov95.notna().all() else float("nan")
        print(f"{m:<12} {g.smape.mean():7.3f} {g.mase.mean():7.3f} {owa:6.3f} {cov:6.3f}")
for label, sub in (("the first 28 series", r[r.set == "m4_28"]), ("the grown set", r)):
    print(f"\n===== {label} =====")
    for f in (1, 4, 12):
        table(sub[sub.freq == f], names[f])
    table(sub, "all")
# What auto formed per series: its label, and the members' mean weights.
lab = fc[(fc.method == "ts_auto") & (fc.h == 1)].merge(truth[truth.h == 1], on="series")
print("\nauto's method by frequency (grown set):")
print(lab.groupby(["freq", "label"]).size().to_string())
w = lab.weights.fillna("").apply(lambda v: pd.Series({k: float(x) for k, x in
                                                      (p.split(":") for p in v.split(",") if p)}))
print("\nauto's mean Akaike weights by frequency (grown set):")
print(pd.concat([lab.freq, w], axis=1).groupby("freq").mean().round(3).to_string())
# M4 weights OWA per frequency; the overall lines above pool the series.
PYEOF
