#!/bin/sh
# make demo: the researcher's day on the five bundled Kon Tum reports.
# Imports datasets/reports/*.txt into a fresh store (BUILD/kontum.h5), then
# prints (a) a Markdown trend table of the main indicators with growth and
# a table of figures that carry a price basis or a plan issuer, (b) the
# consistency checks of ts-agg, (c) the year-end 2024 estimate from
# the October 2024 report's 10-month figures against the yearly plans, and
# draws BUILD/demo/chart.svg (GRDP and budget revenue).  Every number comes
# from the reports through the tools; this script only selects and formats.
# Usage: sh scripts/demo.sh BIN BUILD
set -eu
BIN=${1:-bin}
BUILD=${2:-build}
TOP=$(cd "$(dirname "$0")/.." && pwd)
cd "$TOP"
STORE=$BUILD/kontum.h5
OUT=$BUILD/demo
REPORTS=datasets/reports
# The main indicators, in the order the table shows them.
MAIN="grdp budget.revenue budget.expenditure investment.total exports retail.sales
livestock.total forest.cover social.poverty_rate"
# The October 2024 monthly report, with its 10-month totals.
OCT2024=003_84d6af4d73cb9fea.txt

for t in ts-import ts-ls ts-agg ts-forecast ts-plot; do
  [ -x "$BIN/$t" ] || { echo "demo: $BIN/$t is missing (run make first)" >&2; exit 2; }
done
rm -rf "$OUT"
mkdir -p "$OUT"
rm -f "$STORE"

echo "# tskit demo: five reports of Kon Tum province"
echo
set -- "$REPORTS"/*.txt
# ts-import exits 1 when it rejected some input (each reported); the store
# then holds the rest, which is what a researcher gets too.
echo "Importing $# reports into $STORE ..."
rc=0
"$BIN/ts-import" --store "$STORE" "$@" 2> "$OUT/import.log" || rc=$?
if [ "$rc" -ge 2 ]; then
  cat "$OUT/import.log" >&2
  echo "demo: ts-import failed (exit $rc)" >&2
  exit 2
fi
[ -s "$OUT/import.log" ] && echo "($(wc -l < "$OUT/import.log") import messages in $OUT/import.log)"
# Two values of one key in one document are settled by the extraction
# rules; a tie it cannot settle is reported ("two values of ...").
ties=$(grep -c ': two values of ' "$OUT/import.log" || true)
if [ "$ties" -eq 0 ]; then
  echo "No report gives two values for one key (indicator, area, measure, period, qualifiers)."
else
  echo "$ties keys with two values in one report, each kept as docs/extract.md says (see $OUT/import.log)."
fi
"$BIN/ts-ls" --store "$STORE" --facts > "$OUT/facts.tsv"
nseries=$("$BIN/ts-ls" --store "$STORE" | tail -n +2 | wc -l)
echo "The store holds $(($(wc -l < "$OUT/facts.tsv") - 1)) facts (current values) in $nseries series."
echo

# Facts of the province, main indicators only, in MAIN's order.
main_facts() { # MEASURE-REGEX PERIOD-REGEX < facts.tsv
  awk -F'\t' -v list="$MAIN" -v mre="$1" -v pre="$2" '
    BEGIN { n = split(list, ids, /[ \n]+/); for (i = 1; i <= n; i++) rank[ids[i]] = i }
    NR == 1 { print; next }
    ($1 in rank) && $2 == "kon-tum" && $3 ~ mre && $4 ~ pre { print rank[$1] "\t" $0 }
  ' | { IFS= read -r header; echo "$header"; sort -t '	' -k1,1n -s | cut -f2-; }
}

echo "## (a) Trend table: main indicators of Kon Tum province (yearly levels)"
echo
main_facts '^level$' '^[0-9][0-9][0-9][0-9]$' < "$OUT/facts.tsv" > "$OUT/main_yearly.tsv"
years=$(tail -n +2 "$OUT/main_yearly.tsv" | cut -f4 | sort -u)
first=$(echo "$years" | head -1)
last=$(echo "$years" | tail -1)
if [ -z "$first" ]; then
  echo "(the reports gave no yearly level of the main indicators)"
else
  "$BIN/ts-agg" table --periods "$first:$last" --growth --format md --decimals 1 2> "$OUT/table.log" \
    < "$OUT/main_yearly.tsv"
  echo
  echo "Years $first-$last: the years the reports give figures for. cagr_pct: average"
  echo "annual growth between the first and last year with a value."
fi
echo

# Figures the reports qualify: a price basis (constant 2010 or current
# prices) or the issuer of a plan.  Each is its own series in the store;
# the table shows the qualifier columns because its rows differ in them.
echo "### Figures with a price basis or a plan issuer (2023)"
echo
awk -F'\t' 'NR == 1 || ($2 == "kon-tum" && $4 == "2023" &&
  (($1 == "agri.area.coffee" || $1 == "social.poor_households") && $3 == "level" ||
   ($1 == "gva.agriculture" || $1 == "grdp") && $3 == "yoy_pct" ||
   $1 == "budget.revenue" && ($3 == "level" || $3 ~ /plan/)))' "$OUT/facts.tsv" \
  > "$OUT/qualified.tsv"
"$BIN/ts-agg" table --format md --decimals 2 < "$OUT/qualified.tsv" 2> "$OUT/qualified.log"
echo
echo "Growth of value added at constant 2010 prices and at current prices are two"
echo "series, and so are the shares of the central government's and the province's"
echo "revenue estimates; a blank qualifier means the report does not say."
echo

echo "## (b) Consistency checks (ts-agg check)"
echo
echo "Growth rates and plan shares the reports state, recomputed from the levels and"
echo "plans they also state, like with like: a share against the plan of the same"
echo "issuer stated in the same report (for a part-year share, the plan up to that"
echo "date first), a growth rate against levels of its own price basis; listed where"
echo "they differ by more than 0.15 points."
echo
"$BIN/ts-agg" check < "$OUT/facts.tsv" > "$OUT/check.tsv" 2> "$OUT/check.log" || true
"$BIN/ts-agg" check --all < "$OUT/facts.tsv" > "$OUT/check_all.tsv" 2> /dev/null || true
sed 's/^ts-agg: check: /Summary: /' "$OUT/check.log"
echo
if [ "$(wc -l < "$OUT/check.tsv")" -le 1 ]; then
  echo "No discrepancy: every figure that could be recomputed agrees with its report"
  echo "(all of them, with the facts each used: $OUT/check_all.tsv)."
else
  awk -F'\t' '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i
              print "| indicator | area | measure | period | qualifier | reported | recomputed | difference | from |"
              print "|---|---|---|---|---|---:|---:|---:|---|"; next }
    { q = $col["price"] $col["plan_by"]
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $col["indicator"], $col["area"],
        $col["measure"], $col["period"], q, $col["reported"], $col["recomputed"],
        $col["difference"], $col["inputs"] }
  ' "$OUT/check.tsv"
  echo
  echo "Each row is a figure that does not follow from the report's own levels and"
  echo "plans; docs/ts-agg.md says what each one is."
fi
echo

echo "## (c) Year-end 2024 estimate from the October 2024 report (10-month figures)"
echo
# The October report's figures are what to estimate; the whole store is
# the history the estimate learns from (earlier years, other spans, other
# areas, the yearly totals' path).
"$BIN/ts-forecast" --year-end --store "$STORE" --source "$OCT2024" --area kon-tum \
  > "$OUT/yearend_all.tsv" 2> "$OUT/yearend.log" || true
awk -F'\t' '
  NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i
    print "| indicator | unit | 10 months 2024 | year estimate | 80% interval | plan 2024 | estimate % of plan | P(plan reached) | earlier years | method |"
    print "|---|---|---:|---:|---|---:|---:|---:|---:|---|"; next }
  function num(v) { return v == "" ? "-" : (v == int(v) ? sprintf("%d", v) : sprintf("%.1f", v)) }
  $col["measure"] == "pct_plan" { pct[$1] = $5; next }
  $col["measure"] == "level" {
    k = $1; order[++n] = k; unit[k] = $col["unit"]; ytd[k] = $col["ytd"]; est[k] = $5
    lo[k] = $col["lo80"]; hi[k] = $col["hi80"]; p[k] = $col["p_plan"]; how[k] = $col["method"]
    yrs[k] = $col["years"]; plan[k] = $col["plan"] }
  END {
    for (i = 1; i <= n; i++) {
      k = order[i]
      band = (lo[k] != "" && hi[k] != "") ? num(lo[k]) " - " num(hi[k]) : "-"
      pl = plan[k] != "" ? num(plan[k]) : "-"
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", k, unit[k], ytd[k], num(est[k]), band, pl,
        (k in pct) ? sprintf("%.1f", pct[k]) : "-", p[k] != "" ? sprintf("%.2f", p[k]) : "-", yrs[k], how[k]
    }
  }' "$OUT/yearend_all.tsv"
echo
echo "How: the 10-month total over the share ten months make of the year: learnt from"
echo "earlier years with the same span (share), else read off the series' other spans"
echo "(profile), else other areas of the same indicator (areas), else pro rata (10/12);"
echo "with three or more earlier yearly totals, combined with their path (+annual),"
echo "which gives the interval and P(plan reached). Counts are rounded. Why each row"
echo "uses its method: $OUT/yearend.log. Full output: $OUT/yearend_all.tsv."
echo

# The chart: budget revenue (levels, plans and the 2024 year-end estimate)
# over the growth rates of GRDP and budget revenue (yearly, and the average
# of the five-year plan drawn across its years).  GRDP's level is left out:
# at about six times revenue it would flatten revenue's line, and the
# reports state GRDP mostly as growth.
awk -F'\t' 'NR == 1 ||
  ($2 == "kon-tum" && (($1 == "budget.revenue" && ($3 == "level" || $3 == "plan")) ||
   (($1 == "grdp" || $1 == "budget.revenue") && ($3 == "yoy_pct" || $3 == "avg_annual_pct"))))' \
  "$OUT/facts.tsv" > "$OUT/chart_facts.tsv"
awk -F'\t' 'NR == 1 || ($1 == "budget.revenue" && $2 == "kon-tum" && $3 == "level" && $4 == "2024")' \
  "$OUT/yearend_all.tsv" > "$OUT/chart_estimate.tsv"
"$BIN/ts-plot" --freq year,years --height 600 \
  -t "Kon Tum province: budget revenue, and the growth of GRDP and revenue" \
  --caption "Source: the five reports in datasets/reports, via ts-import. 2024: year-end estimate from the 10-month figures (ts-forecast --year-end)." \
  -o "$OUT/chart.svg" "$OUT/chart_facts.tsv" "$OUT/chart_estimate.tsv"
echo "Chart: $OUT/chart.svg (GRDP and budget revenue)"
