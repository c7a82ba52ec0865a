# ts-forecast end to end: options and usage errors, forecasts that continue
# each series' frequency, the error classes (too few points, non-positive
# values for loglinear, unknown method, mixed frequencies, gaps), the
# backtest table, and the year-end estimate on a constructed history and
# on the seed report's figures (datasets/gold/003: 10 months, plans, no
# earlier years).
source "$(dirname "$0")/lib.sh"
T=$BIN/ts-forecast
F=$FIX/forecast
H=$'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource'

expect_exit 0 "forecast: --version" -- "$T" --version
same_text "forecast: version text" "$(cat "$TMP/out")" "ts-forecast (tskit) 0.1.0"
expect_exit 0 "forecast: --help" -- "$T" --help
check "forecast: help has usage" grep -q '^Usage: ts-forecast' "$TMP/out"
check "forecast: help names the selectors" grep -q -- '--store FILE' "$TMP/out"
expect_exit 2 "forecast: unknown method" -- "$T" -m arima "$F/series.tsv"
same_text "forecast: unknown method message" "$(cat "$TMP/err")" \
  "ts-forecast: unknown method 'arima' (known: naive, drift, linear, loglinear, ses, holt, damped, theta, ets, ets:MODEL such as ets:AAdA, auto, comb, best)
Try 'ts-forecast --help'."
expect_exit 2 "forecast: ets form left out" -- "$T" -m ets:ANM "$F/series.tsv"
same_text "forecast: ets form message" "$(head -1 "$TMP/err")" \
  "ts-forecast: ETS ANM is left out: additive errors with a multiplicative season have no finite forecast variance"
expect_exit 2 "forecast: not an ets form" -- "$T" -m ets:AMN "$F/series.tsv"
expect_exit 2 "forecast: too few paths" -- "$T" --paths 50 "$F/series.tsv"
expect_exit 2 "forecast: bad seed" -- "$T" --seed -1 "$F/series.tsv"
expect_exit 2 "forecast: gamma above 1 - alpha" -- "$T" --alpha 0.8 --gamma 0.5 "$F/series.tsv"
expect_exit 2 "forecast: bad level" -- "$T" --interval 80,100 "$F/series.tsv"
expect_exit 2 "forecast: bad horizon" -- "$T" -H 0 "$F/series.tsv"
expect_exit 2 "forecast: bad --seasonal" -- "$T" --seasonal maybe "$F/series.tsv"
expect_exit 2 "forecast: beta above alpha" -- "$T" --alpha 0.2 --beta 0.5 "$F/series.tsv"
expect_exit 2 "forecast: alpha above 1" -- "$T" --alpha 1.5 "$F/series.tsv"
expect_exit 2 "forecast: missing file" -- "$T" "$TMP/nope.tsv"
expect_exit 2 "forecast: --backtest with --year-end" -- "$T" --backtest --year-end "$F/series.tsv"

# Frequencies continue: years, quarters, months.  auto is comb: its ETS
# member gives the exact quarterly and monthly lines a trend (AAN fits them
# exactly) and the 5 annual points a level alone (ANN), too few for damped
# Holt, so theta and ets are averaged there; the damped member holds the
# lines' continuation a little below them, and Theta, whose SES lags each
# line by its whole slope, takes all of it (the classical half gave 164,
# 168 and 1257, 1273).
expect_exit 0 "forecast: auto on three frequencies" -- "$T" -H 2 "$F/series.tsv"
# (Values rounded: SES's alpha sits on the bound 0.9999, the optimiser's
# last digits are not part of the contract.)
same_text "forecast: periods and methods" "$(awk -F'\t' 'BEGIN { OFS = "\t" } NR > 1 { $5 = sprintf("%.0f", $5) } { print $1, $4, $5, $7, $8, $11 }' "$TMP/out")" \
"indicator	period	value	status	source	method
budget.revenue	2021	3109	E	forecast	comb(theta,ets:ANN)
budget.revenue	2022	3217	E	forecast	comb(theta,ets:ANN)
exports	2024-Q1	165	E	forecast	comb(damped,theta,ets:AAN)
exports	2024-Q2	170	E	forecast	comb(damped,theta,ets:AAN)
tourism.visitors	2024-01	1260	E	forecast	comb(damped,theta,ets:AAN)
tourism.visitors	2024-02	1280	E	forecast	comb(damped,theta,ets:AAN)"
# A form named: ets:MNN on every series; a seasonal form on the annual
# series is refused for that series only, and where it has too few points.
expect_exit 0 "forecast: ets:MNN" -- "$T" -m ets:MNN -H 1 "$F/series.tsv"
same_text "forecast: ets:MNN on each" "$(cut -f1,11 "$TMP/out" | tail -n +2 | tr '\n' ' ')" \
  "budget.revenue	ets:MNN exports	ets:MNN tourism.visitors	ets:MNN "
expect_exit 1 "forecast: ets:ANA on an annual series" -- "$T" -m ets:ANA -H 1 "$F/series.tsv"
same_text "forecast: seasonal form on years" "$(cat "$TMP/err")" \
"ts-forecast: budget.revenue/kon-tum/level/bn_vnd: ETS ANA has a season, but the series has 1 observation a year
ts-forecast: tourism.visitors/kon-tum/level/visit: ets:ANA needs at least 36 observations, the series has 12"
same_text "forecast: header with interval columns" "$(head -1 "$TMP/out")" \
  "$H	price	plan_by	method	lo80	hi80	lo95	hi95"
# Default horizon: one year of the series' frequency.
expect_exit 0 "forecast: default horizon" -- "$T" -m naive "$F/series.tsv"
same_text "forecast: one year ahead each" "$(cut -f1 "$TMP/out" | sort | uniq -c | awk '{print $2"="$1}' | tr '\n' ' ')" \
  "budget.revenue=1 exports=4 indicator=1 tourism.visitors=12 "
# Intervals widen with the horizon and nest (80% inside 95%).
expect_exit 0 "forecast: linear with levels 50,99" -- "$T" -m linear -H 3 --interval 50,99 --indicator budget.revenue "$F/series.tsv"
same_text "forecast: level columns named" "$(head -1 "$TMP/out" | cut -f11-)" "method	lo50	hi50	lo99	hi99"
check "forecast: intervals nest and widen" awk -F'\t' 'NR>1 { if (!($12 < $5 && $5 < $13 && $14 < $12 && $13 < $15)) exit 1; w = $15 - $14; if (w <= last) exit 1; last = w }' "$TMP/out"
# Linear against the closed form: 2132..3000 on t = 0..4: mean 2751.4,
# slope Sxy/Sxx = 2468/10 = 246.8, so 2021 is 2751.4 + 3 * 246.8.
same_text "forecast: linear closed form" "$(awk -F'\t' 'NR==2{print $5}' "$TMP/out")" "3491.8"

# Error classes, one series each; the others still come out (exit 1).
expect_exit 1 "forecast: mixed frequencies and gap" -- "$T" "$F/bad_frequency.tsv"
same_text "forecast: frequency messages" "$(cat "$TMP/err")" \
"ts-forecast: grdp/kon-tum/level/bn_vnd: mixed frequencies in one series: 2019 and 2020-Q1
ts-forecast: budget.revenue/kon-tum/level/bn_vnd: not evenly spaced: 2019 is followed by 2021"
expect_exit 1 "forecast: too few points" -- "$T" -m damped "$F/series.tsv"
same_text "forecast: too few points message" "$(cat "$TMP/err")" \
  "ts-forecast: budget.revenue/kon-tum/level/bn_vnd: damped needs at least 7 observations, the series has 5"
check "forecast: the other series still forecast" grep -q '^exports' "$TMP/out"
printf '%s\nx\ta\tlevel\t2020\t5\tu\tA\t-\nx\ta\tlevel\t2021\t-1\tu\tA\t-\nx\ta\tlevel\t2022\t4\tu\tA\t-\n' "$H" > "$TMP/neg.tsv"
expect_exit 1 "forecast: loglinear with a negative value" -- "$T" -m loglinear "$TMP/neg.tsv"
same_text "forecast: loglinear message" "$(cat "$TMP/err")" \
  "ts-forecast: x/a/level/u: loglinear needs positive values, observation 2 is -1"
printf '%s\nx\ta\tlevel\t2020\t5\tu\tA\t-\nx\ta\tlevel\t2021\t1,5\tu\tA\t-\n' "$H" > "$TMP/badrow.tsv"
expect_exit 1 "forecast: bad row reported" -- "$T" -m naive "$TMP/badrow.tsv"
check "forecast: bad row names the line" grep -q 'badrow.tsv:3' "$TMP/err"

# The backtest table: every method on the same origins, then auto,
# chosen, and comb, the same combination: at the one origin of 4 points
# theta alone (ets needs 5).
expect_exit 0 "forecast: --backtest" -- "$T" --backtest -H 2 --indicator budget.revenue "$F/series.tsv"
same_text "forecast: backtest header" "$(head -1 "$TMP/out")" \
  "indicator	area	measure	unit	method	origins	steps	mae	smape	mase	chosen"
same_text "forecast: backtest methods (5 points: no holt, damped)" "$(awk -F'\t' 'NR>1{printf "%s:%s:%s%s ", $5, $6, $7, $11}' "$TMP/out")" \
  "naive:1:1 drift:1:1 linear:1:1 loglinear:1:1 ses:1:1 theta:1:1 auto:1:1* comb(theta):1:1 "
same_text "forecast: auto's row is comb's and theta's" "$(awk -F'\t' '$5=="theta"||$5=="auto"||$5=="comb(theta)"{print $8}' "$TMP/out" | uniq | wc -l)" "1"
# Naive at the one origin (2020 from 2019): |3000-3244| = 244.
same_text "forecast: naive backtest error" "$(awk -F'\t' '$5=="naive"{print $8}' "$TMP/out")" "244"

# best: per series the row of lowest MASE in the backtest table, marked
# chosen there, is the method its forecasts name.
expect_exit 0 "forecast: best's backtest" -- "$T" -m best --backtest -H 6 "$F/real_series.tsv"
picked=$(awk -F'\t' 'NR > 1 && $11 == "*" { print $1 ":" $5 }' "$TMP/out")
lowest=$(awk -F'\t' 'NR > 1 && (!($1 in m) || $10 + 0 < m[$1]) { m[$1] = $10 + 0; w[$1] = $5 }
  END { for (s in w) print s ":" w[s] }' "$TMP/out" | sort)
same_text "forecast: best marks the lowest MASE per series" "$(echo "$picked" | sort)" "$lowest"
expect_exit 0 "forecast: --method best" -- "$T" -m best -H 6 "$F/real_series.tsv"
# (labels compared by method: ets:MAN is ets, comb(damped,theta,ets:MAN)
# comb; auto's forecast is comb's)
same_text "forecast: best forecasts with the marked method" \
  "$(awk -F'\t' 'NR > 1 && !seen[$1]++ { sub(/[:(].*/, "", $11); print $1 ":" $11 }' "$TMP/out" | sort)" \
  "$(echo "$lowest" | sed 's/(.*//; s/:auto$/:comb/')"

# Year-end with history: shares 0.8, 0.82, 0.78 -> 3600 / 0.8 = 4500;
# P(full >= 4600) = P(share <= 0.7826) from t with 2 df.
expect_exit 0 "forecast: year-end with history" -- "$T" --year-end "$F/yearend_history.tsv"
# The share is measured in 3 years: the yearly path (4000, 4200, 4400)
# does not join.
same_text "forecast: year-end rows" "$(cut -f1,3-5,11,16- "$TMP/out")" \
"indicator	measure	period	value	method	ytd_period	ytd	share	history	years	plan	p_plan	note
budget.revenue	level	2024	4500	share	2024-01/P10M	3600	0.8	3	3	4600	0.264993028023016	
budget.revenue	pct_plan	2024	97.8260869565217	share	2024-01/P10M	3600	0.8	3	3	4600	0.264993028023016	"
same_text "forecast: year-end quiet with history" "$(cat "$TMP/err")" ""
check "forecast: year-end interval brackets the estimate" awk -F'\t' 'NR>1 { if (!($14 < $12 && $12 < $5 && $5 < $13 && $13 < $15)) exit 1 }' "$TMP/out"

# The seed report: 10-month figures and plans, no earlier years: pro rata
# (x 12/10) with a warning; budget revenue 2627 of plan 4600.
expect_exit 0 "forecast: year-end on the seed figures" -- "$T" --year-end "$DATA/gold/003_84d6af4d73cb9fea.tsv"
same_text "forecast: seed revenue estimate" "$(awk -F'\t' '$1=="budget.revenue" {print $3, $4, $5, $11}' "$TMP/out")" \
"level 2024 3152.4 pro-rata
pct_plan 2024 68.5304347826087 pro-rata"
same_text "forecast: seed disbursement by days (294 of 366)" \
  "$(awk -F'\t' '$1=="public_investment.disbursed" && $3=="level" {print $5}' "$TMP/out")" "1338.06612244898"
check "forecast: seed pro-rata warning" grep -q '^ts-forecast: budget.revenue/kon-tum/level/bn_vnd: no year of the series or of other areas shows how its year fills; pro rata$' "$TMP/err"
check "forecast: seed stocks left out" grep -q '^ts-forecast: 12 stock or rate series left out' "$TMP/err"
check "forecast: seed has no stock estimate" bash -c "! grep -q '^agri.area.coffee' '$TMP/out'"
# All the gold files together hold history: 2016-2020 and 2023 totals and
# 2023's 11 months (share 2856 / 4200 = 0.68, read off at 10 months as
# 0.619); that profile of one year and the path of six yearly totals give
# the estimate and its interval.
expect_exit 0 "forecast: year-end on all gold files" -- "$T" --year-end "$DATA"/gold/*.tsv
same_text "forecast: all gold revenue from history" \
  "$(awk -F'\t' '$1=="budget.revenue" && $2=="kon-tum" && $3=="level" {printf "%.1f %s %.4f %s %s\n", $5, $11, $18, $19, $20}' "$TMP/out")" \
  "4431.7 profile+annual 0.6189 1 6"
check "forecast: all gold revenue has an interval" awk -F'\t' '$1=="budget.revenue" && $2=="kon-tum" && $3=="level" { exit !($12 < $5 && $5 < $13 && $22 > 0 && $22 < 1) }' "$TMP/out"

# Flows as they come (tests/fixtures/forecast/yearend_flows.tsv): months
# and quarters are summed from January by the tool itself; the share comes
# from the series' own years when they have the span, else from another
# area's profile; a series with only yearly totals is pro rata joined by
# the path of its five totals.  Counts come out whole.
expect_exit 0 "forecast: year-end on flows" -- "$T" --year-end "$F/yearend_flows.tsv"
same_text "forecast: year-end flows: method, span, summed figure, history" \
  "$(awk -F'\t' 'NR > 1 && $3 == "level" { print $1, $11, $16, $17, $19, $20 }' "$TMP/out")" \
"tourism.revenue share 2024-01/P10M 988 3 3
enterprise.new share 2024-01/P9M 206 2 2
investment.projects areas 2024-01/P10M 17 2 0
exports pro-rata+annual 2024-01/P10M 360 0 5"
# tourism.revenue: the first 10 months' shares of 2021-2023 (0.75, 0.78,
# 0.73: the year's months summed) average 0.7533; 988 / 0.7533.
same_text "forecast: year-end share of summed months" \
  "$(awk -F'\t' '$1 == "tourism.revenue" && $3 == "level" { printf "%.4f %.2f", $18, $5 }' "$TMP/out")" "0.7533 1311.50"
check "forecast: year-end counts are whole" awk -F'\t' '$6 == "enterprise" || $6 == "project" { for (i = 12; i <= 15; i++) if ($i != int($i)) exit 1; if ($5 != int($5)) exit 1 }' "$TMP/out"
check "forecast: year-end intervals hold the estimate" awk -F'\t' 'NR > 1 && $3 == "level" { if (!($14 <= $12 && $12 <= $5 && $5 <= $13 && $13 <= $15)) exit 1 }' "$TMP/out"
same_text "forecast: year-end notes say why" "$(cat "$TMP/err")" \
"ts-forecast: investment.projects/kon-tum/level/project: no earlier year of the series shows how its year fills; the share of the span in 2 years of 1 other area
ts-forecast: exports/kon-tum/level/mn_usd: no year of the series or of other areas shows how its year fills; pro rata; combined with the path of 5 earlier yearly totals"
# The history in a store, this year's figures in a file: the same answer
# as the file holding both.
grep -v -e '	2024-' -e '	plan	' "$F/yearend_flows.tsv" > "$TMP/hist.tsv"
{ head -1 "$F/yearend_flows.tsv"; grep -e '	2024-' -e '	plan	' "$F/yearend_flows.tsv"; } > "$TMP/now.tsv"
"$T" --year-end "$F/yearend_flows.tsv" > "$TMP/both.tsv" 2> /dev/null
if "$BIN/ts-import" --store "$TMP/hist.h5" "$TMP/hist.tsv" > /dev/null 2> "$TMP/imp.err"; then
  expect_exit 0 "forecast: year-end with the history in a store" -- "$T" --year-end --store "$TMP/hist.h5" "$TMP/now.tsv"
  same_text "forecast: store history = file history" "$(cut -f1-5,11- "$TMP/out")" "$(cut -f1-5,11- "$TMP/both.tsv")"
  # Without the store the file alone has no history: pro rata everywhere.
  "$T" --year-end "$TMP/now.tsv" > "$TMP/alone.tsv" 2> /dev/null
  same_text "forecast: no store, no history" "$(awk -F'\t' 'NR > 1 && $3 == "level" { print $11 }' "$TMP/alone.tsv" | sort -u)" "pro-rata"
  expect_exit 2 "forecast: year-end store missing" -- "$T" --year-end --store "$TMP/nope.h5" "$TMP/now.tsv"
else
  fail "forecast: ts-import --store of the history failed: $(head -1 "$TMP/imp.err")"
fi

# --seasonal yes adjusts the quarterly and monthly series, leaves the
# annual one alone; a series with a zero cannot be adjusted.
expect_exit 1 "forecast: --seasonal yes on mixed frequencies" -- "$T" --seasonal yes -m naive "$F/series.tsv"
same_text "forecast: a year of months is too short to adjust" "$(cat "$TMP/err")" \
  "ts-forecast: tourism.visitors/kon-tum/level/visit: seasonal decomposition needs at least 24 observations (two years), the series has 12"
check "forecast: annual and quarterly still forecast" grep -q "^exports.*2024-Q4" "$TMP/out"
printf '%s\n' "$H" > "$TMP/zero.tsv"
for y in 2021 2022; do for q in 1 2 3 4; do printf 'x\ta\tlevel\t%s-Q%s\t%s\tu\tA\t-\n' $y $q $((q - 1)) >> "$TMP/zero.tsv"; done; done
expect_exit 1 "forecast: --seasonal yes with a zero" -- "$T" --seasonal yes -m naive "$TMP/zero.tsv"
same_text "forecast: decomposition message" "$(cat "$TMP/err")" \
  "ts-forecast: x/a/level/u: multiplicative decomposition needs positive values, observation 1 is 0"

# Pipes and /dev/full.
expect_exit 0 "forecast: stdin" -- sh -c "'$T' -m naive < '$F/series.tsv'"
check "forecast: stdin gives forecasts" grep -q '^exports' "$TMP/out"
expect_exit 2 "forecast: /dev/full" -- sh -c "'$T' -m naive '$F/series.tsv' > /dev/full"
# Threads do not change the answer.
"$T" -j 1 -H 3 "$F/series.tsv" > "$TMP/one.tsv"
"$T" -j 2 -H 3 "$F/series.tsv" > "$TMP/two.tsv"
same_file "forecast: one thread = two threads" "$TMP/one.tsv" "$TMP/two.tsv"

# From an HDF5 store with selectors: the same forecasts as from the TSV.
if "$BIN/ts-import" --store "$TMP/s.h5" "$F/series.tsv" > /dev/null 2> "$TMP/imp.err"; then
  expect_exit 0 "forecast: --store with --indicator" -- "$T" --store "$TMP/s.h5" --indicator budget.revenue -m linear -H 2
  "$T" --indicator budget.revenue -m linear -H 2 "$F/series.tsv" > "$TMP/from_tsv.tsv"
  same_file "forecast: store = TSV" "$TMP/out" "$TMP/from_tsv.tsv"
else
  fail "forecast: ts-import --store failed: $(head -1 "$TMP/imp.err")"
fi

# A store's series are forecast a batch of about a million observations at
# a time: 9,000 monthly series of ten years make two batches, and the
# forecasts are those of the same facts read from a file (all at once).
awk 'BEGIN { OFS = "\t"; print "indicator", "area", "measure", "period", "value", "unit", "status", "source"
  for (s = 0; s < 9000; s++) for (t = 0; t < 120; t++)
    printf "ind.0\tarea-%04d\tlevel\t%d-%02d\t%d\tbn_vnd\tA\tgen\n", s, 2010 + int(t / 12), t % 12 + 1, 100 + s + 3 * t }' \
  > "$TMP/big.tsv"
if "$BIN/ts-import" --store "$TMP/big.h5" "$TMP/big.tsv" > /dev/null 2> "$TMP/imp.err"; then
  expect_exit 0 "forecast: a store over one batch" -- "$T" --store "$TMP/big.h5" -m naive -H 1 -o "$TMP/big_store.tsv"
  "$T" -m naive -H 1 "$TMP/big.tsv" > "$TMP/big_file.tsv"
  same_file "forecast: batches = all at once" "$TMP/big_store.tsv" "$TMP/big_file.tsv"
  check "forecast: every series forecast" test "$(wc -l < "$TMP/big_store.tsv")" -eq 9001
else
  fail "forecast: ts-import --store of 9,000 series failed: $(head -1 "$TMP/imp.err")"
fi
