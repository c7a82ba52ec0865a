# ts-forecast --method auto, ets and comb on real series (tests/fixtures/
# forecast/real_series.tsv: airmiles 1937-1960, annual, and UKgas
# 1960-1986, quarterly and seasonal, both from R's datasets): ets is the
# form of lowest AICc, labelled with its form, and ets:FORM fits the form
# named; comb averages ets, damped and theta, with intervals from the pool
# of their normal forecasts, or from simulated paths (--paths) that --seed
# reproduces; auto is comb; the backtest table ends with auto's and comb's
# rows, the same.
source "$(dirname "$0")/lib.sh"
T=$BIN/ts-forecast
F=$FIX/forecast/real_series.tsv

expect_exit 0 "forecast-auto: auto with --params" -- "$T" --params -H 4 "$F"
cp "$TMP/out" "$TMP/auto.tsv"
same_text "forecast-auto: header" "$(head -1 "$TMP/auto.tsv" | cut -f11-)" \
  "method	lo80	hi80	lo95	hi95	alpha	beta	gamma	phi	sigma	weights"
expect_exit 0 "forecast-auto: comb" -- "$T" -m comb --params -H 4 "$F"
cp "$TMP/out" "$TMP/comb.tsv"
same_file "forecast-auto: auto = comb" "$TMP/auto.tsv" "$TMP/comb.tsv"
# UKgas's season grows with its level: a multiplicative season.
expect_exit 0 "forecast-auto: ets" -- "$T" -m ets --params -H 4 "$F"
cp "$TMP/out" "$TMP/ets.tsv"
same_text "forecast-auto: method column names the ETS form" \
  "$(awk -F'\t' 'NR>1 { print $1, $11 }' "$TMP/ets.tsv" | sort -u)" \
"airmiles ets:MAN
ukgas ets:MAM"
# The form named gives the same fit as the form picked.
expect_exit 0 "forecast-auto: ets:MAM" -- "$T" -m ets:MAM --params -H 4 --indicator ukgas "$F"
same_text "forecast-auto: ets:MAM = the pick" "$(tail -n +2 "$TMP/out")" "$(grep '^ukgas' "$TMP/ets.tsv")"
# Parameters inside the usual region; gamma only with a season.
check "forecast-auto: parameters in range" awk -F'\t' 'NR>1 {
    if (!($16 > 0 && $16 < 1 && $17 > 0 && $17 <= $16)) exit 1
    if ($1 == "ukgas" && !($18 > 0 && $18 <= 1 - $16)) exit 1
    if ($1 == "airmiles" && $18 != "") exit 1 }' "$TMP/ets.tsv"
# Fixed parameters: alpha, beta and gamma as given.
expect_exit 0 "forecast-auto: ets:AAA fixed" -- "$T" -m ets:AAA --alpha 0.3 --beta 0.1 --gamma 0.2 --params -H 1 --indicator ukgas "$F"
same_text "forecast-auto: fixed parameters kept" "$(tail -1 "$TMP/out" | cut -f16-18)" "0.3	0.1	0.2"
# The seasonal series keeps its season: Q1 (winter) far above Q3.
check "forecast-auto: ukgas seasonal" awk -F'\t' '$1 == "ukgas" && $4 ~ /Q1$/ { q1 = $5 }
  $1 == "ukgas" && $4 ~ /Q3$/ { q3 = $5 } END { exit !(q1 > 2 * q3) }' "$TMP/auto.tsv"
# Intervals nest and bracket the forecast.
check "forecast-auto: intervals nest" awk -F'\t' 'NR>1 { if (!($14 < $12 && $12 < $5 && $5 < $13 && $13 < $15)) exit 1 }' "$TMP/auto.tsv"

# comb: the equal mean of its members run one by one; intervals from the
# pool of their normals, or from simulated paths, the same for the same
# seed and close to the exact pool.
same_text "forecast-auto: comb label and weights" "$(awk -F'\t' 'NR>1 { print $1, $11, $21 }' "$TMP/comb.tsv" | sort -u)" \
"airmiles comb(damped,theta,ets:MAN) damped:0.333333,theta:0.333333,ets:0.333333
ukgas comb(damped,theta,ets:MAM) damped:0.333333,theta:0.333333,ets:0.333333"
# airmiles (annual): ets and damped as run one by one; the rest of the
# mean is Theta's member, SES (its fit) plus a share of the line's drift
# where theta alone adds half: the same share at every step, between none
# and all of the slope, and well over half on a series SES lags as it
# climbs.
for m in ets damped theta ses; do
  "$T" -m "$m" -H 4 --indicator airmiles "$F" | awk -F'\t' -v m="$m" 'NR>1 { print m, $4, $5 }'
done > "$TMP/members.txt"
check "forecast-auto: comb's mean is the members' mean" awk -F'\t' '
  NR == FNR { split($0, f, " "); v[f[1] " " f[2]] = f[3]; next }
  FNR > 1 && $1 == "airmiles" { p = $4; th = 3 * $5 - v["ets " p] - v["damped " p]
    share = (th - v["ses " p]) / (v["theta " p] - v["ses " p]) / 2
    if (rows++ == 0) first = share
    d = share - first; if (d < 0) d = -d; if (d > 1e-6 || share <= 0.6 || share > 1) exit 1 }
  END { if (rows != 4) exit 1 }' "$TMP/members.txt" "$TMP/comb.tsv"
# ukgas (seasonal): every member models the seasons as ETS does.  The
# damped member is one of ets's seasonal damped forms; what is left, the
# Theta member, is a seasonal form without trend plus Theta's straight-line
# drift (scaled by the seasons when they are multiplicative), so beside
# that form it moves on in equal steps.
for m in ets ets:AAdA ets:MAdA ets:MAdM ets:ANA ets:MNA ets:MNM; do
  "$T" -m "$m" -H 4 --indicator ukgas "$F" | awk -F'\t' -v m="$m" 'NR>1 { print m, $4, $5 }'
done > "$TMP/umembers.txt"
check "forecast-auto: comb on ukgas is ets, a damped form and seasonal theta" awk -F'\t' '
  NR == FNR { split($0, f, " "); v[f[1] " " f[2]] = f[3]; if (f[1] ~ /d/) damped[f[1]] = 1
              else if (f[1] ~ /N[AM]$/) flat[f[1]] = 1; next }
  FNR > 1 && $1 == "ukgas" { p[++k] = $4; c[k] = $5 }
  END { for (dm in damped) for (sf in flat) { ok = k == 4
          for (i = 1; i <= k; i++) { th = 3 * c[i] - v["ets " p[i]] - v[dm " " p[i]]
            g[i] = sf ~ /M$/ ? th / v[sf " " p[i]] - 1 : (th - v[sf " " p[i]]) / c[i] }
          for (i = 2; i < k; i++) { d = g[i + 1] - 2 * g[i] + g[i - 1]; if (d < 0) d = -d; if (d > 1e-9) ok = 0 }
          if (ok && g[2] > g[1] && g[1] > 0) found++ }
        exit found != 1 }' "$TMP/umembers.txt" "$TMP/comb.tsv"
check "forecast-auto: comb intervals nest" awk -F'\t' 'NR>1 { if (!($14 < $12 && $12 < $5 && $5 < $13 && $13 < $15)) exit 1 }' "$TMP/comb.tsv"
expect_exit 0 "forecast-auto: comb --paths 5000 --seed 1" -- "$T" -m comb --params -H 4 --paths 5000 --seed 1 "$F"
cp "$TMP/out" "$TMP/sim1.tsv"
expect_exit 0 "forecast-auto: comb --paths 5000" -- "$T" -m comb --params -H 4 --paths 5000 "$F"
same_file "forecast-auto: the default seed is 1" "$TMP/out" "$TMP/sim1.tsv"
expect_exit 0 "forecast-auto: comb --seed 2" -- "$T" -m comb --params -H 4 --paths 5000 --seed 2 "$F"
check "forecast-auto: another seed, other interval ends" bash -c "! cmp -s '$TMP/out' '$TMP/sim1.tsv'"
same_text "forecast-auto: the seed leaves the means" "$(cut -f1-5 "$TMP/out")" "$(cut -f1-5 "$TMP/comb.tsv")"
# Monte Carlo error of 5000 paths: ends within 5% of the 95% width of the
# exact pool's (UKgas's MAM member skews its paths a little).
check "forecast-auto: simulated ends near the exact pool" awk -F'\t' '
  NR == FNR { if (FNR > 1) { lo[FNR] = $12; hi[FNR] = $13; w[FNR] = $15 - $14 } next }
  FNR > 1 { if ((lo[FNR] - $12)^2 > (0.05 * w[FNR])^2 || (hi[FNR] - $13)^2 > (0.05 * w[FNR])^2) exit 1 }' \
  "$TMP/comb.tsv" "$TMP/sim1.tsv"

# The backtest table: every method, then auto (chosen) and comb.
expect_exit 0 "forecast-auto: --backtest" -- "$T" --backtest -H 4 --indicator airmiles "$F"
same_text "forecast-auto: backtest rows" "$(awk -F'\t' 'NR>1 { printf "%s%s ", $5, $11 }' "$TMP/out")" \
  "naive drift linear loglinear ses holt damped theta ets auto* comb(damped,theta,ets) "
check "forecast-auto: backtest figures present" awk -F'\t' 'NR>1 { if ($6 != 3 || $7 != 4 || $10 == "" || $10 < 0) exit 1 }' "$TMP/out"
same_text "forecast-auto: auto's row is comb's" "$(awk -F'\t' '$5 == "auto" || $5 ~ /^comb/ { print $8, $9, $10 }' "$TMP/out" | uniq | wc -l)" "1"
expect_exit 0 "forecast-auto: --backtest -m holt" -- "$T" --backtest -m holt -H 4 --indicator airmiles "$F"
same_text "forecast-auto: chosen follows --method" "$(awk -F'\t' '$11 == "*" { print $5 }' "$TMP/out")" "holt"
