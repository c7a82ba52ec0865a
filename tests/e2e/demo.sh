# make demo (scripts/demo.sh): runs on the bundled reports, prints the three
# sections with their tables, writes a chart that renders, and gives the
# same output when run again (the store is rebuilt from scratch each time).
source "$(dirname "$0")/lib.sh"
B=$TMP/build
expect_exit 0 "demo: runs" -- sh "$TOP/scripts/demo.sh" "$BIN" "$B"
cp "$TMP/out" "$TMP/demo1.txt"
O=$TMP/demo1.txt
check "demo: imports the five reports" grep -q '^Importing 5 reports into ' "$O"
check "demo: built a store" test -s "$B/kontum.h5"
check "demo: the store holds the facts it lists" \
  bash -c "'$BIN/ts-ls' --store '$B/kontum.h5' --facts | cmp -s - '$B/demo/facts.tsv'"
check "demo: section (a) trend table" grep -q '^## (a) Trend table' "$O"
check "demo: (a) is a Markdown table with a growth column" grep -q '^| indicator | area | measure | unit | .*| cagr_pct |$' "$O"
check "demo: (a) has budget revenue from the five-year report" grep -q '^| budget.revenue | kon-tum | level | bn_vnd | .*| 2132.0 |' "$O"
check "demo: section (b) checks" grep -q '^## (b) Consistency checks (ts-agg check)' "$O"
check "demo: (b) has the check summary" grep -q '^Summary: [0-9]* figures recomputed' "$O"
# On the seeds every stated growth rate and plan share that can be
# recomputed like with like agrees with its report (issue 14: the rows
# listed before were a share of the central estimate measured against the
# province's plan, a part-year share against the year's plan, a
# new-planting target taken for an area plan, and plans of another
# document).  A row listed here must be a real slip, explained in
# docs/ts-agg.md.
check "demo: (b) says the list is empty" grep -q '^No discrepancy: every figure that could be recomputed agrees' "$O"
check "demo: (b) summary: nothing differs" grep -q '^Summary: [0-9]* figures recomputed, 0 differ' "$O"
check "demo: (b) the figures checked, with the facts used" \
  grep -qF "level 2024-01-01/2024-10-20 = 1074.84 (003_84d6af4d73cb9fea.txt) / plan 2024-01-01/2024-10-20 = 2319.27 (003_84d6af4d73cb9fea.txt)" "$B/demo/check_all.tsv"
# Two values of one key in one report are settled by the extraction; on
# the seeds none is left to report, and no import message but the
# closing summary either (no duplicate, no collision).
check "demo: no two values for one key" grep -q '^No report gives two values for one key' "$O"
check "demo: the import said nothing but its summary" \
  bash -c "! grep -v '^ts-import: .*: 5 documents read (0 already in the store), [0-9]* facts added' '$B/demo/import.log'"
# The figures of issue 14 as the store holds them, each tagged.
qual=$(sed -n '/^### Figures with a price basis/,/^## (b)/p' "$O")
check "demo: coffee area 2023 is the province's total" \
  grep -qF '| agri.area.coffee | kon-tum | level | ha |  |  | 29813.00 |' <<< "$qual"
check "demo: poor households 2023" \
  grep -qF '| social.poor_households | kon-tum | level | household |  |  | 10247.00 |' <<< "$qual"
check "demo: value added growth at constant prices, tagged" \
  grep -qF '| gva.agriculture | kon-tum | yoy_pct | pct | const2010 |  | 5.84 |' <<< "$qual"
check "demo: value added growth at current prices, tagged" \
  grep -qF '| gva.agriculture | kon-tum | yoy_pct | pct | current |  | 11.90 |' <<< "$qual"
check "demo: revenue shares of each plan, tagged" \
  bash -c "grep -qF '| budget.revenue | kon-tum | pct_plan | pct |  | central | 129.40 |' <<< \"\$1\" &&
           grep -qF '| budget.revenue | kon-tum | pct_plan | pct |  | province | 93.30 |' <<< \"\$1\"" _ "$qual"
check "demo: the qualifier table said nothing on stderr" test ! -s "$B/demo/qualified.log"
check "demo: section (c) year-end" grep -q '^## (c) Year-end 2024 estimate' "$O"
check "demo: (c) has budget revenue against its plan" \
  grep -q '^| budget.revenue | bn_vnd | 2627 | [0-9.]* | .* | 4600 | [0-9.]* |' "$O"
check "demo: chart written" test -s "$B/demo/chart.svg"
check "demo: chart is well-formed XML" xmllint --noout "$B/demo/chart.svg"
check "demo: chart has budget revenue and GRDP" \
  bash -c "grep -q '>budget.revenue, level<' '$B/demo/chart.svg' && grep -q '>grdp, ' '$B/demo/chart.svg'"
if command -v rsvg-convert > /dev/null; then
  check "demo: chart renders to PNG" rsvg-convert "$B/demo/chart.svg" -o "$TMP/chart.png"
fi
# Every number of table (a) is a yearly level in the facts the tools
# produced (the table only lays them out).
check "demo: (a) values are the imported facts" "$PY" - "$O" "$B/demo/facts.tsv" <<'PYEOF'
import csv, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("### Figures")[0].splitlines()
rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines if l.startswith("| ")]
head, body = rows[0], rows[1:]
facts = {(r["indicator"], r["area"], r["period"]): float(r["value"])
         for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"), delimiter="\t")
         if r["measure"] == "level"}
n = 0
for r in body:
    for col, cell in zip(head, r):
        if col.isdigit() and cell:
            want = facts[(r[0], r[1], col)]
            assert abs(float(cell) - want) <= 0.05 + 1e-9 * abs(want), (r[0], col, cell, want)
            n += 1
assert n >= 10, n
PYEOF
expect_exit 0 "demo: runs again" -- sh "$TOP/scripts/demo.sh" "$BIN" "$B"
same_file "demo: same output on a second run" "$TMP/out" "$O"
