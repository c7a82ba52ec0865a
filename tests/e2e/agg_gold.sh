# ts-agg on the seed reports' facts: the pipeline of the issue, and
# `check` reproducing the reports' own growth rates where they agree with
# their levels (002's year-by-year budget revenue and expenditure) and
# listing the ones that do not.  The gold facts carry no qualifiers, so
# the shares of the central government's estimate are measured against
# the province's plan there (the facts ts-import writes tell them apart:
# agg_qualifiers.sh, demo.sh).
source "$(dirname "$0")/lib.sh"
A=$BIN/ts-agg
GOLD=$DATA/gold

# ts-import | ts-agg yoy | ts-agg table --format md
if "$BIN/ts-import" "$GOLD"/*.tsv 2> "$TMP/e1" | "$A" yoy 2> "$TMP/e2" |
   "$A" table --format md > "$TMP/md" 2> "$TMP/e3"; then pass "pipeline exits 0"; else fail "pipeline exits 0"; fi
check "pipeline: 002's revenue growth row" grep -qF \
  "| budget.revenue | kon-tum | yoy_pct | pct | 17.82 | 14.21 | 13.07 | -7.52 |  |" "$TMP/md"
check "pipeline: markdown header rule" grep -qF "|---|---|---|---|---:|" "$TMP/md"
check "pipeline: no warnings from yoy (levels only)" test ! -s "$TMP/e2"

expect_exit 0 "check --all on the gold facts" -- "$A" check --all "$GOLD"/*.tsv
head -1 "$TMP/out" > "$TMP/head"
same_text "check header" "$(cat "$TMP/head")" \
  "$(printf 'indicator\tarea\tmeasure\tperiod\treported\trecomputed\tdifference\tverdict\treported_source\tinputs\tinput_sources\tprice\tplan_by')"
# 002 prints year-by-year growth beside the levels: all consistent.
for row in "budget.revenue 2017 17.8 17.824" "budget.revenue 2018 14.22 14.212" \
           "budget.revenue 2019 13.09 13.071" "budget.expenditure 2017 23.44 23.443" \
           "budget.expenditure 2018 1.45 1.446" "budget.expenditure 2019 17.05 17.046" \
           "budget.expenditure 2020 3.84 3.826"; do
  set -- $row
  check "002 $1 yoy $2 reproduced ($3 vs $4)" awk -F '\t' -v i="$1" -v p="$2" -v r="$3" -v c="$4" \
    '$1 == i && $3 == "yoy_pct" && $4 == p && $5 == r && $6 == c && $8 == "ok" { f = 1 } END { exit !f }' "$TMP/out"
done
cut -f1,3,4,8 "$TMP/out" | awk -F '\t' '$4 == "differs"' | sort > "$TMP/differs"
cat > "$TMP/want" <<'W'
budget.revenue	pct_plan	2023	differs
budget.revenue	pct_plan	2024-01/P10M	differs
W
same_file "check lists the inconsistent figures" "$TMP/differs" "$TMP/want"
same_text "check summary" "$(cat "$TMP/err")" \
  "ts-agg: check: 16 figures recomputed, 2 differ by more than 0.15 pp, 122 could not be recomputed"
check "a plan share's inputs are named with their values" grep -qF \
  "level 2024-01/P10M = 2627 (003_84d6af4d73cb9fea.txt) / plan 2024 = 4600 (003_84d6af4d73cb9fea.txt)" "$TMP/out"

# Another report's plan only with --any-plan, and then named.
expect_exit 0 "check --any-plan" -- "$A" check --any-plan "$GOLD"/*.tsv
check "--any-plan: the plan of another report is used and named" grep -qF \
  "level 2024-01/P10M = 2139743 (003_84d6af4d73cb9fea.txt) / plan 2024 = 1700000 (004_fda61611c0e909b0.txt)" "$TMP/out"
same_text "--any-plan: four rows" "$(($(wc -l < "$TMP/out") - 1))" "4"

# Without --all only the discrepancies; a looser tolerance lets 24 pp pass.
expect_exit 0 "check (discrepancies only)" -- "$A" check "$GOLD"/*.tsv
same_text "check prints 2 rows" "$(($(wc -l < "$TMP/out") - 1))" "2"
expect_exit 0 "check --tolerance 30" -- "$A" check --tolerance 30 "$GOLD"/*.tsv
same_text "one row above 30 pp" "$(($(wc -l < "$TMP/out") - 1))" "1"

# On facts extracted from the reports themselves (extraction quality
# varies: only that it runs and says what it checked).
if "$BIN/ts-import" "$DATA"/reports/*.txt 2> /dev/null | "$A" check > "$TMP/rep" 2> "$TMP/rep.err"; then
  pass "check on extracted report facts exits 0"
else
  fail "check on extracted report facts exits 0"
fi
check "check on extracted facts: summary" grep -q '^ts-agg: check: [0-9]* figures recomputed' "$TMP/rep.err"
