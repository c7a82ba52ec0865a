# ts-agg check and table with the qualifiers (issue 14), end to end from
# two small reports written in the wording of the provinces' reports
# (tests/fixtures/agg/qualifiers/): a share of each plan a sentence names
# against the plan of that issuer, a part-year share against the plan up
# to the report's date, a new-planting target that is no area plan,
# another document's plan only with --any-plan, growth against levels of
# its own price basis; the one real slip is listed.  Then the trend
# table's qualifier columns and its refusal of mixed price bases.
source "$(dirname "$0")/lib.sh"
A=$BIN/ts-agg
Q=$FIX/agg/qualifiers

"$BIN/ts-import" "$Q/oct_2024.txt" "$Q/year_2023.txt" > "$TMP/facts.tsv" 2> "$TMP/import.err"
check "fixture reports import without a message" test ! -s "$TMP/import.err"
# What the extraction gives that the cases rest on.
check "two shares of one sentence, each with its issuer" grep -qP \
  '^budget.revenue\tkon-tum\tpct_plan\t2024-01/P10M\t75\t([^\t]*\t){4}central\t' "$TMP/facts.tsv"
check "the plan up to the report's date" grep -qP \
  '^public_investment.disbursed\tkon-tum\tplan\t2024-01-01/2024-10-20\t3000\t' "$TMP/facts.tsv"
check "the new-planting target is no area plan" sh -c \
  "! grep -qP '^agri.area.macadamia\tkon-tum\tplan\t' '$TMP/facts.tsv'"

expect_exit 0 "check --all on the fixture reports" -- "$A" check --all "$TMP/facts.tsv"
cut -f1,3-8,10,12,13 "$TMP/out" > "$TMP/got"
cat > "$TMP/want" <<'W'
indicator	measure	period	reported	recomputed	difference	verdict	inputs	price	plan_by
budget.revenue	pct_plan	2024-01/P10M	60	60.000	0.000	ok	level 2024-01/P10M = 3000 (oct_2024.txt) / plan 2024 = 5000 [by province] (oct_2024.txt)		province
public_investment.disbursed	pct_plan	2024-01-01/2024-10-20	40	40.000	0.000	ok	level 2024-01-01/2024-10-20 = 1200 (oct_2024.txt) / plan 2024-01-01/2024-10-20 = 3000 (oct_2024.txt)		
grdp	yoy_pct	2023	12.9	12.903	-0.003	ok	level 2023 = 35000 [current] (year_2023.txt) / level 2022 = 31000 [current] (year_2023.txt)	current	
budget.revenue	pct_plan	2023	105	110.000	-5.000	differs	level 2023 = 4400 (year_2023.txt) / plan 2023 = 4000 [by province] (year_2023.txt)		province
W
same_file "check --all: like with like, each row with the facts it used" "$TMP/got" "$TMP/want"
same_text "check --all summary" "$(cat "$TMP/err")" \
  "ts-agg: check: 4 figures recomputed, 1 differ by more than 0.15 pp, 4 could not be recomputed"
# Plan issuer: the central share has no central plan stated; measured
# against the province's 5,000 it would be a false 15-point slip.
check "plan issuer: the central share is not recomputed" sh -c \
  "! grep -qP '^budget.revenue\tkon-tum\tpct_plan\t2024-01/P10M\t75\t' '$TMP/out'"
# Price basis: 7% at constant prices has no constant-price level of 2022;
# against the current-price levels it would read 12.9.
check "price basis: the constant-price growth is not recomputed" sh -c \
  "! grep -qP '^grdp\tkon-tum\tyoy_pct\t2023\t7\t' '$TMP/out'"

expect_exit 0 "check lists the real slip only" -- "$A" check "$TMP/facts.tsv"
same_text "check: one row" "$(tail -n +2 "$TMP/out" | cut -f1,4,5,8)" \
  "$(printf 'budget.revenue\t2023\t105\tdiffers')"

# Another document's plan: the October report's visitors against the
# directions of the year report only with --any-plan, and then named.
expect_exit 0 "check --any-plan" -- "$A" check --any-plan "$TMP/facts.tsv"
same_text "--any-plan: the other document's plan is used and named" \
  "$(grep '^tourism.visitors' "$TMP/out" | cut -f5-8,10,11)" \
  "$(printf '120\t80.000\t40.000\tdiffers\tlevel 2024-01/P10M = 1200000 (oct_2024.txt) / plan 2024 = 1500000 (year_2023.txt)\toct_2024.txt+year_2023.txt')"
# New planting: 500 ha of new macadamia is no plan of its area, even
# from another document (4,000 ha would read 800% of it).
check "--any-plan: no area share against a new-planting target" sh -c \
  "! grep -q '^agri.area.macadamia' '$TMP/out'"
same_text "--any-plan summary" "$(cat "$TMP/err")" \
  "ts-agg: check: 5 figures recomputed, 2 differ by more than 0.15 pp, 3 could not be recomputed"
expect_exit 2 "--any-plan is check's" -- "$A" yoy --any-plan "$TMP/facts.tsv"
same_text "--any-plan elsewhere: message" "$(cat "$TMP/err")" \
  "ts-agg: option '--any-plan' does not apply to 'yoy'
Try 'ts-agg --help'."

# The trend table: a qualifier gets a column when rows differ in it.
expect_exit 0 "table with both price bases" -- "$A" table --indicator grdp "$TMP/facts.tsv"
same_text "table: the price column tells the rows apart" "$(cat "$TMP/out")" \
  "$(printf 'indicator\tarea\tmeasure\tunit\tprice\t2022\t2023
grdp\tkon-tum\tlevel\tbn_vnd\tconst2010\t\t20000.00
grdp\tkon-tum\tyoy_pct\tpct\tconst2010\t\t7.00
grdp\tkon-tum\tlevel\tbn_vnd\tcurrent\t31000.00\t35000.00
grdp\tkon-tum\tyoy_pct\tpct\tcurrent\t\t12.90')"
expect_exit 0 "table of plan shares" -- "$A" table --indicator budget.revenue --measure pct_plan --format md "$TMP/facts.tsv"
same_text "table: the plan_by column" "$(cat "$TMP/out")" \
  "| indicator | area | measure | unit | plan_by | 2023 | 2024-01/P10M |
|---|---|---|---|---|---:|---:|
| budget.revenue | kon-tum | pct_plan | pct | central |  | 75.00 |
| budget.revenue | kon-tum | pct_plan | pct | province | 105.00 | 60.00 |"
expect_exit 0 "table of one basis" -- "$A" table --indicator grdp --price current --format md "$TMP/facts.tsv"
same_text "table: a basis all rows share is the caption" "$(head -3 "$TMP/out")" \
  "Table: current

| indicator | area | measure | unit | 2022 | 2023 |"

# Two provinces at different price bases side by side: refused.
{ printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\n'
  printf 'grdp\tkon-tum\tlevel\t2023\t20000\tbn_vnd\tE\ta.txt\tconst2010\t\n'
  printf 'grdp\tgia-lai\tlevel\t2023\t150000\tbn_vnd\tE\tb.txt\tcurrent\t\n'; } > "$TMP/two.tsv"
expect_exit 2 "table: areas at different price bases refused" -- "$A" table "$TMP/two.tsv"
same_text "refusal message" "$(cat "$TMP/err")" \
  "ts-agg: table: grdp level: kon-tum at const2010 prices beside gia-lai at current prices (select one with --price, or allow it with --mixed-prices)"
check "refusal: nothing written" test ! -s "$TMP/out"
expect_exit 0 "table --mixed-prices" -- "$A" table --mixed-prices --format csv "$TMP/two.tsv"
same_text "--mixed-prices: the rows with their bases" "$(cat "$TMP/out")" \
  "indicator,area,measure,unit,price,2023
grdp,kon-tum,level,bn_vnd,const2010,20000.00
grdp,gia-lai,level,bn_vnd,current,150000.00"
expect_exit 0 "table --price const2010" -- "$A" table --price const2010 "$TMP/two.tsv"
same_text "--price: one area left" "$(tail -n +2 "$TMP/out" | cut -f2)" "kon-tum"
expect_exit 2 "--mixed-prices is table's" -- "$A" check --mixed-prices "$TMP/two.tsv"

# A total across areas adds values of one price basis only: one total
# per basis, each tagged.
printf 'grdp\tdak-lak\tlevel\t2023\t30000\tbn_vnd\tE\tc.txt\tconst2010\t\n' >> "$TMP/two.tsv"
expect_exit 0 "sum across areas at two price bases" -- "$A" sum --by indicator "$TMP/two.tsv"
same_text "sum: a total per price basis" "$(tail -n +2 "$TMP/out" | cut -f1-5,9)" \
  "$(printf 'grdp\ttotal\tlevel\t2023\t50000\tconst2010\ngrdp\ttotal\tlevel\t2023\t150000\tcurrent')"
