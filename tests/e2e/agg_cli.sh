# ts-agg's command line: help and version, every usage error and fatal
# error with its exact message and exit code, bad rows (exit 1),
# duplicates, warnings, /dev/full, and the operations on small fixtures.
source "$(dirname "$0")/lib.sh"
A=$BIN/ts-agg
F=$FIX/agg

expect_exit 0 "--help exits 0" -- "$A" --help
check "--help names every operation" grep -q 'decumulate' "$TMP/out"
expect_exit 0 "--version" -- "$A" --version
same_text "--version text" "$(cat "$TMP/out")" "ts-agg (tskit) 0.1.0"
expect_exit 0 "OP --help" -- "$A" rolling --help
check "OP --help prints the help" grep -q '^Usage: ts-agg' "$TMP/out"

usage() { # NAME MESSAGE ARGS...
  local name=$1 msg=$2; shift 2
  expect_exit 2 "usage: $name" -- "$A" "$@"
  same_text "usage: $name message" "$(cat "$TMP/err")" "ts-agg: $msg
Try 'ts-agg --help'."
}
usage "no operation" "missing operation"
usage "unknown operation" "unknown operation 'frob'" frob
usage "option of another operation" "option '--center' does not apply to 'yoy'" yoy --center
usage "unknown option" "unknown option '--bogus'" yoy --bogus
usage "missing value" "option '--stat' needs a value" rolling 3 --stat
usage "rolling without N" "rolling: missing the window size N" rolling
usage "rolling 0" "option 'rolling N': \"0\" is not a whole number from 1 to 100000" rolling 0
usage "bad statistic" "option '--stat': \"avg\" is not one of mean, median, sum, min, max" rolling 3 --stat avg
usage "min-periods above N" "option '--min-periods': 4 is more than the window 3" rolling 3 --min-periods 4
usage "cagr without --to" "cagr needs --from PERIOD and --to PERIOD" cagr --from 2015
usage "cagr backwards" "cagr: the end period must start after the first" cagr --from 2020 --to 2015
usage "cagr mixed shapes" "cagr needs two whole-month periods of the same length" cagr --from 2015 --to 2020-Q1
usage "bad period" "option '--from': 2020-13: month 13 out of range" cagr --from 2020-13 --to 2021
usage "resample without --to" "resample needs --to quarter|year|5y" resample
usage "resample --to month" "option '--to': \"month\" is not one of quarter, year, 5y" resample --to month
usage "resample --how" "option '--how': \"median\" is not one of sum, last, mean, first, min, max" resample --to year --how median
usage "sum without --by" "sum needs --by indicator|area or --areas 2025" sum
usage "sum --by region" "option '--by': \"region\" is not one of indicator, area" sum --by region
usage "table --periods without colon" "option '--periods': \"2016\" is not FIRST:LAST" table --periods 2016
usage "table --periods backwards" "option '--periods': the last period is before the first" table --periods 2020:2016
usage "table --format" "option '--format': \"docx\" is not one of tsv, csv, md, latex, html, xlsx" table --format docx
usage "table --decimals" "option '--decimals': \"20\" is not a whole number from 0 to 15" table --decimals 20
usage "table --locale" "option '--locale': \"fr\" is not one of vi, en, C" table --locale fr
usage "check --tolerance" "option '--tolerance': \"x\" is not a non-negative number" check --tolerance x
usage "--duplicates" "option '--duplicates': \"maybe\" is not one of last, error" yoy --duplicates maybe

# Fatal errors: nothing on stdout, exit 2.
expect_exit 2 "missing file" -- "$A" yoy "$TMP/nofile.tsv"
same_text "missing file message" "$(cat "$TMP/err")" "ts-agg: $TMP/nofile.tsv: No such file or directory"
expect_exit 2 "missing store" -- "$A" yoy --store "$TMP/nofile.h5"
same_text "missing store message" "$(cat "$TMP/err")" "ts-agg: $TMP/nofile.h5: no such store"
printf 'indicator\tarea\n' > "$TMP/badhead.tsv"
expect_exit 2 "bad header" -- "$A" yoy "$TMP/badhead.tsv"
check "bad header: nothing written" test ! -s "$TMP/out"
expect_exit 2 "sum of mixed units" -- "$A" sum --by indicator "$F/mixed_units.tsv"
same_text "mixed units message" "$(cat "$TMP/err")" \
  "ts-agg: cannot add ha (rice/south/level) to tonne (rice/north/level)"
check "mixed units: nothing written" test ! -s "$TMP/out"
expect_exit 2 "duplicates as errors" -- "$A" yoy --duplicates error "$F/dups.tsv"
same_text "duplicate error message" "$(cat "$TMP/err")" \
  "ts-agg: duplicate fact: budget.revenue/kon-tum/level/bn_vnd 2020 (sources a.txt and b.txt)"
expect_exit 2 "ungrouped input with --stream" -- "$A" yoy --stream "$F/ungrouped.tsv"
same_text "ungrouped message" "$(cat "$TMP/err")" \
  "ts-agg: input not grouped by series: x/p/level/ha appears again"
expect_exit 0 "ungrouped input without --stream" -- "$A" yoy "$F/ungrouped.tsv"
expect_exit 2 "/dev/full" -- sh -c "'$A' yoy '$F/years.tsv' > /dev/full"
same_text "/dev/full message" "$(cat "$TMP/err")" "ts-agg: write error: No space left on device"

# Bad rows: reported, skipped, exit 1; the rest is processed.
expect_exit 1 "bad row" -- "$A" yoy "$F/badrow.tsv"
same_text "bad row message" "$(cat "$TMP/err")" \
  "ts-agg: $F/badrow.tsv:3: column 'value': \"12,5x\" is not a number"
same_file "bad row: the rest" "$TMP/out" "$F/badrow.expected"

# Duplicates kept last, with a warning; zero and negative bases warned.
expect_exit 0 "duplicates: last wins" -- "$A" yoy "$F/dups.tsv"
same_file "duplicates output" "$TMP/out" "$F/dups.expected"
same_text "duplicates warning" "$(cat "$TMP/err")" \
  "ts-agg: duplicate fact budget.revenue/kon-tum/level/bn_vnd 2020: kept b.txt, dropped a.txt"
expect_exit 0 "yoy with zero and negative bases" -- "$A" yoy "$F/bases.tsv"
same_file "bases output" "$TMP/out" "$F/bases.expected"
same_file "bases warnings" "$TMP/err" "$F/bases.err"

# Each operation on a small hand-checked case.
op() { # NAME EXPECTED ARGS...
  local name=$1 want=$2; shift 2
  expect_exit 0 "$name" -- "$A" "$@"
  same_file "$name output" "$TMP/out" "$F/$want"
}
op "yoy: years, months, P10M, leap February" yoy.expected yoy "$F/forms.tsv"
op "pop" pop.expected pop "$F/forms.tsv"
op "cagr 2015 to 2020" cagr.expected cagr --from 2015 --to 2020 "$F/years.tsv"
op "avg_annual --years 2" avg_annual.expected avg_annual --years 2 "$F/years.tsv"
op "rolling 3 with a gap" rolling.expected rolling 3 "$F/months.tsv"
op "rolling 3 --min-periods 2 --keep" rolling_keep.expected rolling 3 --min-periods 2 --keep "$F/months.tsv"
op "resample --to quarter (flow sums, stock last)" resample_q.expected resample --to quarter --partial "$F/months.tsv"
op "resample --to 5y" resample_5y.expected resample --to 5y "$F/years.tsv"
op "decumulate" decumulate.expected decumulate "$F/ytd.tsv"
op "cumulate" cumulate.expected cumulate "$F/months.tsv"
op "sum --by indicator" sum.expected sum --by indicator --label kon-tum "$F/areas.tsv"
op "table md, vi, growth" table_md.expected table --periods 2016:2020 --growth --format md --locale vi --decimals 1 "$F/years.tsv"
op "table latex" table_latex.expected table --format latex --decimals 0 "$F/years.tsv"
op "table csv, change" table_csv.expected table --periods 2019:2020 --growth=change --format csv "$F/years.tsv"
expect_exit 2 "table > /dev/full" -- sh -c "'$A' table '$F/years.tsv' > /dev/full"
same_text "table /dev/full message" "$(cat "$TMP/err")" "ts-agg: write error: No space left on device"

# OP then OP2: one process, same result as the pipe (to 1e-9: the pipe
# rounds the intermediate to 15 digits).
"$A" yoy then rolling 2 "$F/forms.tsv" "$F/months.tsv" > "$TMP/chain" 2>&1
"$A" yoy "$F/forms.tsv" "$F/months.tsv" | "$A" rolling 2 --measure yoy_pct > "$TMP/pipe" 2>&1
same_file "yoy then rolling 2 = yoy | rolling 2" "$TMP/chain" "$TMP/pipe"
$PY "$FIX/agg/pandas_check.py" gen 50 "$TMP/p50.tsv"
"$A" yoy then rolling 3 "$TMP/p50.tsv" > "$TMP/chain"
"$A" yoy "$TMP/p50.tsv" | "$A" rolling 3 --measure yoy_pct > "$TMP/pipe"
if [ "$(wc -l < "$TMP/chain")" -gt 100 ] && paste "$TMP/chain" "$TMP/pipe" | awk -F '\t' 'NR > 1 {
     if ($1 != $11 || $2 != $12 || $3 != $13 || $4 != $14) exit 1
     d = $5 - $15; if (d < 0) d = -d; m = $15 < 0 ? -$15 : $15; if (d > 1e-9 * m) exit 1 }'; then
  pass "yoy then rolling 3 = the pipe to 1e-9 (50 series)"
else
  fail "yoy then rolling 3 = the pipe to 1e-9 (50 series)"
fi
usage "then with a table" "then: 'table' cannot follow 'yoy'" yoy then table
usage "then twice the same" "then: 'yoy' twice" yoy then yoy
usage "then rolling needs N" "rolling: missing the window size N" yoy then rolling
