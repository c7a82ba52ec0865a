# Format version 1 stores (written by tskit before the qualifier columns
# and the string heaps; tests/fixtures/store/v1.h5 holds jan.tsv, mar.tsv
# and a report): read as before, and an import into one writes version 2
# with every old fact, source and text kept.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
V1=$FIX/store/v1.h5
"$I" --store "$TMP/fresh.h5" "$FIX"/store/jan.tsv "$FIX"/store/mar.tsv "$FIX"/extract/report.txt
h5dump -a /version "$V1" > "$TMP/dump"
check "v1: the fixture is version 1" grep -q '(0): 1$' "$TMP/dump"

# The vintage column is the day of the import: the fixture's day there,
# today in a fresh store, so the stores are compared without it.
expect_exit 0 "v1: facts" -- "$L" --store "$V1" --facts --vintages
cp "$TMP/out" "$TMP/v1_vintages"
check "v1: vintages dated the day the fixture was written" awk -F'\t' \
  'NR > 1 && $11 != "2026-12-05" { exit 1 }' "$TMP/v1_vintages"
cut -f1-10,12- "$TMP/v1_vintages" > "$TMP/got"
"$L" --store "$TMP/fresh.h5" --facts --vintages | cut -f1-10,12- > "$TMP/want"
same_file "v1: every vintage as a fresh store gives it" "$TMP/got" "$TMP/want"
expect_exit 0 "v1: series listing" -- "$L" --store "$V1"
"$L" --store "$TMP/fresh.h5" > "$TMP/want"
same_file "v1: series listing, qualifiers blank" "$TMP/out" "$TMP/want"
expect_exit 0 "v1: one series by binary search" -- "$L" --store "$V1" --facts --indicator budget.revenue --area kon-tum --measure level
"$L" --store "$TMP/fresh.h5" --facts --indicator budget.revenue --area kon-tum --measure level > "$TMP/want"
same_file "v1: one series" "$TMP/out" "$TMP/want"
expect_exit 0 "v1: a report's text" -- "$L" --store "$V1" --show-source report.txt
same_file "v1: the text is the file" "$TMP/out" "$FIX/extract/report.txt"

cp "$V1" "$TMP/s.h5"
expect_exit 0 "v1: nothing new leaves the file alone" -- "$I" --store "$TMP/s.h5" "$FIX/store/mar.tsv"
check "v1: unchanged bytes" cmp -s "$V1" "$TMP/s.h5"
expect_exit 0 "v1: importing a new document" -- "$I" --store "$TMP/s.h5" "$FIX/store/jan_v2.tsv"
h5dump -a /version "$TMP/s.h5" > "$TMP/dump"
check "v1: the import wrote version 2" grep -q '(0): 2$' "$TMP/dump"
"$I" --store "$TMP/fresh.h5" "$FIX/store/jan_v2.tsv"
"$L" --store "$TMP/s.h5" --facts --vintages > "$TMP/upgraded"
cut -f1-10,12- "$TMP/upgraded" > "$TMP/got"
"$L" --store "$TMP/fresh.h5" --facts --vintages | cut -f1-10,12- > "$TMP/want"
same_file "v1 -> v2: the same facts as a fresh store" "$TMP/got" "$TMP/want"
check "v1 -> v2: the old vintages keep their day" awk -F'\t' \
  'NR == FNR { old[$0]; next } $0 in old { n++ } END { exit n != length(old) }' "$TMP/v1_vintages" "$TMP/upgraded"
"$L" --store "$TMP/s.h5" --sources | cut -f1-4,6- > "$TMP/got"
"$L" --store "$TMP/fresh.h5" --sources | cut -f1-4,6- > "$TMP/want"
same_file "v1 -> v2: the same sources" "$TMP/got" "$TMP/want"
expect_exit 0 "v1 -> v2: the report's text kept" -- "$L" --store "$TMP/s.h5" --show-source report.txt
same_file "v1 -> v2: the text is the file" "$TMP/out" "$FIX/extract/report.txt"

# The statistics read a version 1 store as they read a fresh one.
"$I" --store "$TMP/fresh1.h5" "$FIX"/store/jan.tsv "$FIX"/store/mar.tsv "$FIX"/extract/report.txt
for op in "table" "check --all" "yoy"; do
  # shellcheck disable=SC2086
  "$BIN/ts-agg" $op --store "$V1" > "$TMP/got" 2> "$TMP/got.err"
  # shellcheck disable=SC2086
  "$BIN/ts-agg" $op --store "$TMP/fresh1.h5" > "$TMP/want" 2> "$TMP/want.err"
  same_file "v1: ts-agg $op as from a fresh store" "$TMP/got" "$TMP/want"
done

# Facts with qualifiers go into a version 1 store (written as version 2)
# as series of their own: a growth rate at each price basis, a share of
# each issuer's plan (issue 14).
{ printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\n'
  printf 'grdp\tkon-tum\tyoy_pct\t2020\t3.1\tpct\tE\tq.tsv\tconst2010\t\n'
  printf 'grdp\tkon-tum\tyoy_pct\t2020\t5.2\tpct\tE\tq.tsv\tcurrent\t\n'
  printf 'budget.revenue\tkon-tum\tpct_plan\t2020\t129.4\tpct\tE\tq.tsv\t\tcentral\n'
  printf 'budget.revenue\tkon-tum\tpct_plan\t2020\t93.3\tpct\tE\tq.tsv\t\tprovince\n'; } > "$TMP/q.tsv"
cp "$V1" "$TMP/q.h5"
expect_exit 0 "v1: importing qualified facts" -- "$I" --store "$TMP/q.h5" "$TMP/q.tsv"
expect_exit 0 "v1 + qualifiers: series listing" -- "$L" --store "$TMP/q.h5"
cut -f1-6,7 "$TMP/out" | grep -P '\t(const2010|current|central|province)\t' > "$TMP/got"
cat > "$TMP/want" <<'W'
budget.revenue	kon-tum	pct_plan	pct		central	1
budget.revenue	kon-tum	pct_plan	pct		province	1
grdp	kon-tum	yoy_pct	pct	const2010		1
grdp	kon-tum	yoy_pct	pct	current		1
W
same_file "v1 + qualifiers: one series per price basis and issuer" <(sort "$TMP/got") "$TMP/want"
expect_exit 0 "v1 + qualifiers: select by issuer" -- "$L" --store "$TMP/q.h5" --facts --plan-by central
same_text "v1 + qualifiers: the central share" "$(tail -n +2 "$TMP/out" | cut -f3,5,10)" \
  "$(printf 'pct_plan\t129.4\tcentral')"
"$I" --store "$TMP/fresh1.h5" "$TMP/q.tsv"
"$L" --store "$TMP/q.h5" --facts --vintages | cut -f1-10,12- > "$TMP/got"
"$L" --store "$TMP/fresh1.h5" --facts --vintages | cut -f1-10,12- > "$TMP/want"
same_file "v1 + qualifiers: the same facts as a fresh store" "$TMP/got" "$TMP/want"
