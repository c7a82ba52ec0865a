# Comparing provinces: a store built from reports of three provinces, the
# cross-province table with Vietnamese labels in Markdown and CSV, the
# areas chosen by repeated --area, a list, globs and a region, and the
# same selection in every reading tool; the table's other formats (xlsx
# read back with openpyxl, HTML, LaTeX, CSV with a BOM) and notes; labels
# in charts; provenance at hand; the 2025 crosswalk.
source "$(dirname "$0")/lib.sh"
S=$TMP/p.h5
R=$FIX/areas
expect_exit 0 "provinces: import three provinces' reports" -- "$BIN/ts-import" --store "$S" \
  "$R/gialai_2023.txt" "$R/daklak_2023.txt" "$R/kontum_2023.txt"
same_text "provinces: the import's summary" "$(tail -1 "$TMP/err")" \
  "ts-import: $S: 3 documents read (0 already in the store), 20 facts added, 3 vintages, 0 skipped"
same_text "provinces: nothing on stdout with --store" "$(cat "$TMP/out")" ""
A=(table --store "$S" --indicator budget.revenue --measure level --by area --labels vi
   --decimals 0 --periods 2021:2023)

want_md="Table: Thu ngân sách nhà nước trên địa bàn (tỷ đồng)

| Địa bàn | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Đắk Lắk | 7.980 | 8.293 | 8.450 |
| Gia Lai | 4.610 | 4.952 | 5.120 |
| Kon Tum | 3.620 | 3.786 | 3.960 |"
want_csv="Địa bàn,Chỉ tiêu,Thước đo,Đơn vị tính,2021,2022,2023
Đắk Lắk,Thu ngân sách nhà nước trên địa bàn,Giá trị,tỷ đồng,7980,8293,8450
Gia Lai,Thu ngân sách nhà nước trên địa bàn,Giá trị,tỷ đồng,4610,4952,5120
Kon Tum,Thu ngân sách nhà nước trên địa bàn,Giá trị,tỷ đồng,3620,3786,3960"
# The same three provinces four ways.
for how in "repeat:-a kon-tum -a gia-lai -a dak-lak" "list:--area kon-tum,gia-lai,dak-lak" \
           "glob:--area kon-tum --area *-lai,dak-l?k" "region:--region tay-nguyen --level province"; do
  name=${how%%:*}
  read -r -a sel <<< "${how#*:}"
  expect_exit 0 "provinces: markdown by $name" -- "$BIN/ts-agg" "${A[@]}" "${sel[@]}" --format md --locale vi
  same_text "provinces: the Vietnamese table in Markdown, areas by $name" "$(cat "$TMP/out")" "$want_md"
  expect_exit 0 "provinces: csv by $name" -- "$BIN/ts-agg" "${A[@]}" "${sel[@]}" --format csv
  same_text "provinces: the Vietnamese table in CSV, areas by $name" "$(cat "$TMP/out")" "$want_csv"
done
# The region by its English name; the province level leaves out its cities.
expect_exit 0 "provinces: region by name" -- "$BIN/ts-agg" "${A[@]}" --region "Central Highlands" --format csv
same_text "provinces: the region by its English name" "$(cat "$TMP/out")" "$want_csv"

# English labels, and ids: the caption holds what every row shares.
expect_exit 0 "provinces: English labels" -- "$BIN/ts-agg" "${A[@]}" -L en -r tay-nguyen --format md
same_text "provinces: English caption and area names" "$(sed -n '1p;5p' "$TMP/out")" \
  "Table: State budget revenue (billion VND)
| Dak Lak | 7980 | 8293 | 8450 |"
# Provinces at different price bases are not set side by side (issue 14):
# refused, nothing written; --mixed-prices shows them with the basis in
# its own column.
printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\n' > "$TMP/gva.tsv"
printf 'grdp\tkon-tum\tlevel\t2023\t40000\tbn_vnd\tA\tx\tconst2010\n' >> "$TMP/gva.tsv"
printf 'grdp\tgia-lai\tlevel\t2023\t90000\tbn_vnd\tA\ty\tcurrent\n' >> "$TMP/gva.tsv"
expect_exit 2 "provinces: different price bases refused" -- "$BIN/ts-agg" table --by area -L vi --format md -d 0 "$TMP/gva.tsv"
same_text "provinces: the refusal names both" "$(cat "$TMP/err")" \
  "ts-agg: table: grdp level: kon-tum at const2010 prices beside gia-lai at current prices (select one with --price, or allow it with --mixed-prices)"
check "provinces: refused, nothing written" test ! -s "$TMP/out"
expect_exit 0 "provinces: qualifiers" -- "$BIN/ts-agg" table --by area -L vi --format md -d 0 --mixed-prices "$TMP/gva.tsv"
same_text "provinces: the price basis shown where it differs" "$(cat "$TMP/out")" \
  "Table: Tổng sản phẩm trên địa bàn (GRDP) (tỷ đồng)

| Địa bàn | Giá | 2023 |
|---|---|---:|
| Kon Tum | giá so sánh 2010 | 40000 |
| Gia Lai | giá hiện hành | 90000 |"

# Notes: each value's report, with its date from the store.
expect_exit 0 "provinces: notes" -- "$BIN/ts-agg" "${A[@]}" -r tay-nguyen --level province --format md --notes
same_text "provinces: a footnote per report" "$(tail -4 "$TMP/out")" "
1. daklak_2023.txt (2023-12-04)
2. gialai_2023.txt (2023-12-08)
3. kontum_2023.txt (2023-12-06)"
check "provinces: markers on the values" grep -q '| Gia Lai | 4610<sup>2</sup> |' "$TMP/out"

# CSV with a BOM for spreadsheets; HTML and LaTeX with the caption.
"$BIN/ts-agg" "${A[@]}" -r tay-nguyen --level province --format csv --bom > "$TMP/bom.csv"
same_text "provinces: CSV starts with a UTF-8 BOM" "$(head -c 3 "$TMP/bom.csv" | od -An -tx1 | tr -d ' ')" "efbbbf"
"$BIN/ts-agg" "${A[@]}" -r tay-nguyen --level province --format html > "$TMP/t.html"
check "provinces: HTML caption" grep -q '^<caption>Thu ngân sách nhà nước trên địa bàn (tỷ đồng)</caption>$' "$TMP/t.html"
check "provinces: HTML rows" grep -q '<tr><td>Kon Tum</td><td style="text-align:right">3620</td>' "$TMP/t.html"
check "provinces: HTML is well formed" xmllint --noout "$TMP/t.html"
"$BIN/ts-agg" "${A[@]}" -r tay-nguyen --level province --format latex > "$TMP/t.tex"
check "provinces: LaTeX booktabs in a float with its caption" grep -q '^\\caption{Thu ngân sách nhà nước trên địa bàn (tỷ đồng)}$' "$TMP/t.tex"

# xlsx: numbers as numbers, labels and units in the header rows, the
# sources on a second sheet; read back with openpyxl.
expect_exit 0 "provinces: xlsx" -- "$BIN/ts-agg" "${A[@]}" -r tay-nguyen --level province \
  --format xlsx --notes -o "$TMP/t.xlsx"
same_text "provinces: xlsx read back" "$("$PY" - "$TMP/t.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
t = wb["Table"]
print(wb.sheetnames)
for row in t.iter_rows(values_only=True):
    print(row)
print(type(t["D3"].value).__name__, t["B5"].comment.text)
print(list(wb["Sources"].iter_rows(values_only=True))[1])
PY
)" "['Table', 'Sources']
('Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', None, None, None)
('Địa bàn', '2021', '2022', '2023')
('Đắk Lắk', 7980, 8293, 8450)
('Gia Lai', 4610, 4952, 5120)
('Kon Tum', 3620, 3786, 3960)
int kontum_2023.txt (2023-12-06)
(1, 'daklak_2023.txt (2023-12-04)')"

# The same selection in the other tools.
same_text "provinces: ts-ls by glob and list" \
  "$("$BIN/ts-ls" --store "$S" -i budget.revenue --measure level -a 'dak-*,gia-lai' | cut -f2 | tr '\n' ' ')" \
  "area dak-lak gia-lai "
same_text "provinces: ts-forecast by region" \
  "$("$BIN/ts-forecast" --store "$S" -i budget.revenue --measure level -r tay-nguyen -m naive -H 1 | cut -f2,4 | tr '\n' ' ')" \
  "area	period dak-lak	2024 gia-lai	2024 kon-tum	2024 "
expect_exit 0 "provinces: ts-plot by repeat with labels" -- "$BIN/ts-plot" --store "$S" -i budget.revenue \
  --measure level -a kon-tum -a gia-lai --freq year -L vi
check "provinces: the chart's legend in Vietnamese" grep -q 'Thu ngân sách nhà nước trên địa bàn (Gia Lai)' "$TMP/out"
check "provinces: the axis in words" grep -q '>tỷ đồng<' "$TMP/out"
# A misspelt area selects nothing, and says so.
expect_exit 0 "provinces: an unknown area" -- "$BIN/ts-ls" --store "$S" --facts -a kontum
same_text "provinces: the unknown area named with the closest" "$(cat "$TMP/err")" \
  "ts-ls: option '--area': \"kontum\" is not in the gazetteer (closest: kon-tum, kon-tum-city, son-la); nothing was selected"
expect_exit 2 "provinces: an unknown region" -- "$BIN/ts-agg" table --store "$S" -r highlands

# Provenance at hand: the sentence behind a fact, by excerpt and by offset.
"$BIN/ts-ls" --store "$S" --facts --excerpt --provenance -i budget.revenue --measure yoy_pct -a gia-lai > "$TMP/ex.tsv"
same_text "provinces: the excerpt column" "$(cut -f14 "$TMP/ex.tsv" | tail -1)" \
  "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 5.120 tỷ đồng, đạt 101,2% dự toán Trung ương giao, tăng 3,4% so với cùng kỳ."
off=$(cut -f13 "$TMP/ex.tsv" | tail -1)
expect_exit 0 "provinces: --source --at" -- "$BIN/ts-ls" --store "$S" --source gialai_2023.txt --at "$off"
same_text "provinces: the sentence at the offset" "$(cat "$TMP/out")" "$(cut -f14 "$TMP/ex.tsv" | tail -1)"
expect_exit 2 "provinces: --at needs --source" -- "$BIN/ts-ls" --store "$S" --at 5
expect_exit 2 "provinces: --at past the text" -- "$BIN/ts-ls" --store "$S" --source gialai_2023.txt --at 999999
same_text "provinces: --at past the text message" "$(cat "$TMP/err")" "ts-ls: gialai_2023.txt: no sentence at byte 999999"
expect_exit 2 "provinces: --excerpt needs a store" -- "$BIN/ts-ls" --facts --excerpt "$TMP/gva.tsv"

# ts-plot reads facts and forecasts concatenated into one stream.
expect_exit 0 "provinces: facts then forecasts, one stream" -- sh -c "( '$BIN/ts-ls' --store '$S' --facts -i budget.revenue --measure level -a kon-tum; '$BIN/ts-ls' --store '$S' --facts -i budget.revenue --measure level -a kon-tum | '$BIN/ts-forecast' -m linear -H 2 ) | '$BIN/ts-plot'"
check "provinces: the projection is drawn dashed" grep -q 'stroke-dasharray' "$TMP/out"

# The catalogue with its labels.
expect_exit 0 "provinces: ts-ls --catalog" -- "$BIN/ts-ls" --catalog
same_text "provinces: an indicator's labels" "$(grep -P '^budget\.revenue\t' "$TMP/out")" \
  "$(printf 'budget.revenue\tbn_vnd\tflow\tThu ngân sách nhà nước trên địa bàn\tState budget revenue\ttỷ đồng\tbillion VND\tmonth')"
same_text "provinces: GRDP is compiled by the quarter" \
  "$(grep -P '^grdp\t' "$TMP/out" | cut -f1,8)" "$(printf 'grdp\tquarter')"

# The 2025 crosswalk: Kon Tum's series goes on inside the new Quảng Ngãi.
{ printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n'
  printf 'budget.revenue\tquang-ngai\tlevel\t2023\t28000\tbn_vnd\tA\tqn.txt\n'
  printf 'budget.revenue\tquang-ngai\tlevel\t2025-H2\t15000\tbn_vnd\tE\tqn2.txt\n'; } > "$TMP/qn.tsv"
"$BIN/ts-ls" --store "$S" --facts -i budget.revenue -a kon-tum > "$TMP/kt.tsv"
expect_exit 0 "provinces: sum --areas 2025" -- "$BIN/ts-agg" sum --areas 2025 "$TMP/kt.tsv" "$TMP/qn.tsv"
same_text "provinces: the old provinces added into the new" "$(cut -f1-7 "$TMP/out")" \
  "$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus
budget.revenue\tquang-ngai\tlevel\t2023\t31960\tbn_vnd\tE
budget.revenue\tquang-ngai\tlevel\t2025-H2\t15000\tbn_vnd\tE')"
same_text "provinces: a total with a part missing is left out" "$(cat "$TMP/err")" \
  "ts-agg: sum --areas: 2 totals left out: not every area that made up the province gave a value for the period"
expect_exit 0 "provinces: growth refused with the reason" -- "$BIN/ts-agg" sum --areas 2025 --measure yoy_pct "$TMP/kt.tsv"
check "provinces: growth refused message" grep -q 'budget.revenue kon-tum yoy_pct left out: a growth rate or share of plan does not add up' "$TMP/err"
expect_exit 2 "provinces: only the 2025 reorganisation" -- "$BIN/ts-agg" sum --areas 2008 "$TMP/kt.tsv"
expect_exit 2 "provinces: sum needs --by or --areas" -- "$BIN/ts-agg" sum "$TMP/kt.tsv"
