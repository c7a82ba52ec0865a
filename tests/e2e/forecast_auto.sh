# ts-forecast --method auto on real series (tests/fixtures/forecast/
# real_series.tsv: airmiles 1937-1960, annual, and UKgas 1960-1986,
# quarterly and seasonal, both from R's datasets): auto is the combination
# of ses, holt and damped with Akaike weights, labelled so; its forecasts
# and interval ends are the weighted averages of the members' own runs; the
# backtest table ends with the combination's row, marked chosen.
source "$(dirname "$0")/lib.sh"
T=$BIN/ts-forecast
F=$FIX/forecast/real_series.tsv

expect_exit 0 "forecast-auto: auto with --params" -- "$T" --params -H 4 "$F"
cp "$TMP/out" "$TMP/auto.tsv"
same_text "forecast-auto: header" "$(head -1 "$TMP/auto.tsv" | cut -f11-)" \
  "method	lo80	hi80	lo95	hi95	alpha	beta	phi	sigma	weights"
same_text "forecast-auto: method column says combination" \
  "$(awk -F'\t' 'NR>1 { print $1, $11 }' "$TMP/auto.tsv" | sort -u)" \
"airmiles comb(ses,holt,damped)
ukgas comb(ses,holt,damped)"
# Weights: three members, summing to 1; holt leads on both trended series.
check "forecast-auto: weights sum to 1, holt largest" awk -F'\t' 'NR>1 {
    n = split($20, p, ","); if (n != 3) exit 1; s = 0
    for (i = 1; i <= n; i++) { split(p[i], kv, ":"); w[kv[1]] = kv[2]; s += kv[2] }
    if (s < 0.99999 || s > 1.00001) exit 1
    if (!(w["holt"] > w["ses"] && w["holt"] > w["damped"])) exit 1
    if ($16 != "" || $19 != "") exit 1 }' "$TMP/auto.tsv"
# The members one by one, then the weighted averages of their means and
# interval ends (weights printed to 6 digits: relative tolerance 1e-5).
for m in ses holt damped; do
  "$T" -m "$m" -H 4 "$F" | awk -F'\t' -v m="$m" 'NR>1 { print m, $1, $4, $5, $12, $13, $14, $15 }'
done > "$TMP/members.txt"
check "forecast-auto: means and interval ends are the weighted members'" awk -F'\t' '
  NR == FNR { split($0, f, " "); for (k = 4; k <= 8; k++) v[f[1] " " f[2] " " f[3] " " k] = f[k]; next }
  FNR > 1 { n = split($20, p, ",")
    for (k = 4; k <= 8; k++) {
      col = (k == 4) ? 5 : k + 7; s = 0
      for (i = 1; i <= n; i++) { split(p[i], kv, ":"); s += kv[2] * v[kv[1] " " $1 " " $4 " " k] }
      d = s - $col; if (d < 0) d = -d
      if (d > 1e-5 * ($col < 0 ? -$col : $col) + 1e-9) { print "bad", $1, $4, k, s, $col > "/dev/stderr"; exit 1 }
      rows++ } }
  END { if (rows != 40) exit 1 }' "$TMP/members.txt" "$TMP/auto.tsv"
# The seasonal series keeps its season: Q1 (winter) far above Q3.
check "forecast-auto: ukgas reseasonalised" awk -F'\t' '$1 == "ukgas" && $4 ~ /Q1$/ { q1 = $5 }
  $1 == "ukgas" && $4 ~ /Q3$/ { q3 = $5 } END { exit !(q1 > 2 * q3) }' "$TMP/auto.tsv"
# Intervals nest and bracket the forecast.
check "forecast-auto: intervals nest" awk -F'\t' 'NR>1 { if (!($14 < $12 && $12 < $5 && $5 < $13 && $13 < $15)) exit 1 }' "$TMP/auto.tsv"

# The backtest table: every method, then the combination, chosen.
expect_exit 0 "forecast-auto: --backtest" -- "$T" --backtest -H 4 --indicator airmiles "$F"
same_text "forecast-auto: backtest rows" "$(awk -F'\t' 'NR>1 { printf "%s%s ", $5, $11 }' "$TMP/out")" \
  "naive drift linear loglinear ses holt damped theta comb(ses,holt,damped)* "
check "forecast-auto: backtest figures present" awk -F'\t' 'NR>1 { if ($6 != 3 || $7 != 4 || $10 == "" || $10 < 0) exit 1 }' "$TMP/out"
expect_exit 0 "forecast-auto: --backtest -m holt" -- "$T" --backtest -m holt -H 4 --indicator airmiles "$F"
same_text "forecast-auto: chosen follows --method" "$(awk -F'\t' '$11 == "*" { print $5 }' "$TMP/out")" "holt"
