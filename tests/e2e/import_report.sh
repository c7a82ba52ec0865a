#!/bin/bash
# ts-import on report text: facts with offset and excerpt columns, a user
# lexicon (--lexicon) with a user catalogue, --unmatched quantities on
# stderr, a report with invalid UTF-8 skipped with exit 1 while the other
# file is still read, and a missing lexicon file as a fatal error.
source "$(dirname "$0")/lib.sh"
F=$FIX/extract

expect_exit 0 "report imports" -- "$BIN/ts-import" "$F/report.txt"
same_text "header has offset and excerpt" "$(head -1 "$TMP/out")" \
  "$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\toffset\texcerpt\tplace')"
same_text "facts of the report" "$(tail -n +2 "$TMP/out" | cut -f1-8,11)" \
  "$(printf 'livestock.total\tkon-tum\tlevel\t2023\t284255\thead\tE\treport.txt\t89
livestock.total\tkon-tum\tpct_plan\t2023\t102.52\tpct\tE\treport.txt\t89
livestock.total\tkon-tum\tyoy_pct\t2023\t6.94\tpct\tE\treport.txt\t89')"
# The offset points at the sentence in the original bytes.
same_text "offset points at the sentence" "$(tail -c +90 "$F/report.txt" | head -c 16)" "Tổng đàn gia"

expect_exit 0 "user lexicon and catalogue" -- "$BIN/ts-import" \
  --lexicon "$F/user_lexicon.tsv" --catalog "$F/user_catalog.tsv" "$F/report.txt"
same_text "user phrase extracted" "$(grep '^coffee' "$TMP/out" | cut -f1-7)" \
  "$(printf 'coffee.output\tkon-tum\tlevel\t2023\t5000\ttonne\tA')"

expect_exit 1 "invalid UTF-8 skips that report only" -- "$BIN/ts-import" --unmatched \
  "$F/bad.txt" "$F/report.txt"
same_text "invalid UTF-8 names the byte" "$(grep -v '^unmatched' "$TMP/err")" \
  "ts-import: $F/bad.txt: byte 28: invalid UTF-8"
same_text "other report still read" "$(tail -n +2 "$TMP/out" | wc -l)" "3"
same_text "--unmatched lists the unclaimed quantity and why" "$(grep '^unmatched' "$TMP/err" | cut -f1-5)" \
  "$(printf 'unmatched\treport.txt\t205\t5.000 tấn\tno indicator named')"

expect_exit 2 "missing lexicon file is fatal" -- "$BIN/ts-import" --lexicon /nonexistent/lex.tsv "$F/report.txt"
same_text "missing lexicon message" "$(cat "$TMP/err")" \
  "ts-import: /nonexistent/lex.tsv: cannot open: No such file or directory"
printf 'phrase\tindicator\tflags\nđàn bò\tlivestock.cattle\tbogus\n' > "$TMP/bad_lex.tsv"
expect_exit 2 "bad lexicon flag is fatal" -- "$BIN/ts-import" --lexicon "$TMP/bad_lex.tsv" "$F/report.txt"
same_text "bad lexicon message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bad_lex.tsv:2: unknown flag \"bogus\""

# A report whose text names no year: --date gives it; a bad date is a
# usage error.
printf 'UBND tỉnh Gia Lai\nQuý I, thu ngân sách đạt 700 tỷ đồng.\n' > "$TMP/noyear.txt"
expect_exit 0 "--date gives the year" -- "$BIN/ts-import" --date 2024-04-15 "$TMP/noyear.txt"
same_text "--date: the period of the quarter named" "$(tail -n +2 "$TMP/out" | cut -f1-5)" \
  "$(printf 'budget.revenue\tgia-lai\tlevel\t2024-Q1\t700')"
expect_exit 2 "--date must be a day" -- "$BIN/ts-import" --date 2024-04 "$TMP/noyear.txt"
same_text "--date message" "$(cat "$TMP/err")" \
  "$(printf 'ts-import: --date: "2024-04" is not a date YYYY-MM-DD\nTry '"'"'ts-import --help'"'"'.')"

# A report that names no area: a warning on standard output's side; with
# --store that file alone is refused and the others go in; --area mends it.
printf 'Thu ngân sách quý I năm 2024 đạt 500 tỷ đồng.\n' > "$TMP/noarea.txt"
"$BIN/ts-import" "$TMP/noarea.txt" > "$TMP/out" 2> "$TMP/err"
same_text "no area: a warning naming the file" "$(cat "$TMP/err")" \
  "ts-import: $TMP/noarea.txt: no area found in the report: its facts have none; pass --area SLUG"
same_text "no area: the facts still printed" "$(tail -n +2 "$TMP/out" | cut -f1-5)" \
  "$(printf 'budget.revenue\t\tlevel\t2024-Q1\t500')"
expect_exit 1 "no area: --store refuses that file" -- "$BIN/ts-import" --store "$TMP/a.h5" \
  "$TMP/noarea.txt" "$F/report.txt"
same_text "no area: the refusal names the file and says what to do" "$(head -1 "$TMP/err")" \
  "ts-import: $TMP/noarea.txt: no area found in the report: not stored; pass --area SLUG"
same_text "no area: the other report went in" "$("$BIN/ts-ls" --store "$TMP/a.h5" --sources | cut -f1 | tail -n +2)" \
  "report.txt"
expect_exit 0 "--area mends it" -- "$BIN/ts-import" --store "$TMP/a.h5" --area gia-lai "$TMP/noarea.txt"
same_text "--area: the facts have it" \
  "$("$BIN/ts-ls" --store "$TMP/a.h5" --facts --indicator budget.revenue --from 2024-Q1 --to 2024-Q1 | cut -f2 | tail -n +2)" \
  "gia-lai"
# A report named after its area ("nghe-an-2024.txt") when its text names none.
cp "$TMP/noarea.txt" "$TMP/nghean-2024-q1.txt"
"$BIN/ts-import" "$TMP/nghean-2024-q1.txt" > "$TMP/out" 2> "$TMP/err"
same_text "the file's name gives the area" "$(tail -n +2 "$TMP/out" | cut -f2)" "nghe-an"
check "and no warning" test ! -s "$TMP/err"
# A district's name two provinces have, in a text that names neither
# province: the area is a guess, and the warning says so and what to do;
# stated with --area, the name in the text is that area's own.
printf 'Huyện ủy Phú Tân tổng kết năm 2019\n\nNăm 2019, huyện Phú Tân thu ngân sách đạt 40 tỷ đồng.\n' \
  > "$TMP/twoareas.txt"
"$BIN/ts-import" "$TMP/twoareas.txt" > "$TMP/out" 2> "$TMP/err"
check "an area two provinces' districts share: warned as a guess" \
  grep -q "the report's area phu-tan-.*-district is a guess: its name is phu-tan-.*-district's too, and the text names neither's province; pass --area SLUG" "$TMP/err"
"$BIN/ts-import" --area phu-tan-ca-mau-district "$TMP/twoareas.txt" > "$TMP/out" 2> "$TMP/err"
same_text "--area: the shared name is the area's own" "$(tail -n +2 "$TMP/out" | cut -f1-5)" \
  "$(printf 'budget.revenue\tphu-tan-ca-mau-district\tlevel\t2019\t40')"
check "--area: no warning" test ! -s "$TMP/err"

# The grammar is data: a verb of change and a unit added through
# --lexicon change the facts, with no new code.
printf 'Tình hình kinh tế - xã hội năm 2023 của tỉnh Gia Lai\nKim ngạch xuất khẩu đạt 120 triệu đô, nhích 2,4%% so với cùng kỳ.\n' \
  > "$TMP/words.txt"
"$BIN/ts-import" "$TMP/words.txt" > "$TMP/out" 2> "$TMP/err"
same_text "unknown words give no facts" "$(tail -n +2 "$TMP/out" | wc -l)" "0"
printf 'phrase\tindicator\tflags\nnhích\t@verb.up\tmarks\nđô\t@unit\tunit=mn_usd,divisor=1e6,scalable,marks\n' \
  > "$TMP/grammar.tsv"
"$BIN/ts-import" --lexicon "$TMP/grammar.tsv" "$TMP/words.txt" > "$TMP/out" 2> "$TMP/err"
same_text "a user's verb and unit give the facts" "$(tail -n +2 "$TMP/out" | cut -f1,3-6 | tr '\t\n' ' ')" \
  "exports level 2023 120 mn_usd exports yoy_pct 2023 2.4 pct "
printf 'phrase\tindicator\tflags\nnhích\t@verb.upward\n' > "$TMP/bad_grammar.tsv"
expect_exit 2 "an unknown word class is fatal" -- "$BIN/ts-import" --lexicon "$TMP/bad_grammar.tsv" "$TMP/words.txt"
same_text "unknown word class message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bad_grammar.tsv:2: unknown word class \"@verb.upward\""
printf 'phrase\tindicator\tflags\nđô\t@unit\tunit=dollar\n' > "$TMP/bad_unit.tsv"
expect_exit 2 "a unit word without a canonical unit is fatal" -- "$BIN/ts-import" --lexicon "$TMP/bad_unit.tsv" "$TMP/words.txt"
same_text "bad unit word message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bad_unit.tsv:2: a @unit entry needs unit=ID with a canonical unit id"

# Reports in other provinces' wording (hand-checked gold beside each): a
# year report with a flattened appendix table ("PHỤ BIỂU": indicator rows x
# year columns) and a "KẾ HOẠCH ... NĂM 2024" part; a six-month report with
# "đến ngày 30/6" figures; a nine-month report with "a/b" counts, rates
# and blocked parts ("khách quốc tế", "bị thương"); a five-year report
# ("5 năm 2016-2020": "từ X năm 2015 lên Y năm 2020", "%/năm", the next
# term's targets); an appendix whose rows stay on one line (cells apart by
# tabs or spaces, a unit column, a row-number column).  Tables in every
# layout (table_*.txt): one cell per line with blank lines between cells
# (row numbers, sections, growth sub-rows, stacked labels sharing cells,
# footnote marks) and without (a two-row header: a year over KH / Ước TH /
# So KH / So cùng kỳ, a unit column, "Trong đó:"); rows with tabs as the
# Word and PDF readers give them (merged header cells, a bare "%"); pipes;
# pdftotext -layout columns under a caption that gives unit and period;
# CSV with English decimal marks; and a table with bad rows.  Every gold
# fact, nothing else; stderr holds only the tables found.
for gold in "$F"/*.gold.tsv; do
  name=$(basename "$gold" .gold.tsv)
  "$BIN/ts-import" "$F/$name.txt" > "$TMP/$name.tsv" 2> "$TMP/$name.err"
  check "$name reads cleanly" test -z "$(grep -v "^ts-import: $name.txt: table [0-9]* at byte " "$TMP/$name.err")"
  n=$(($(wc -l < "$gold") - 1))
  same_text "$name scored against its gold" \
    "$($PY "$TOP/scripts/score.py" --catalog "$DATA/catalog/indicators.tsv" \
       r="$gold:$TMP/$name.tsv" | grep '^r\s')" \
    "$(printf 'r\t%d\t%d\t%d\t1.000\t1.000' "$n" "$n" "$n")"
done
same_text "table cells keep their row's unit and column's period" \
  "$(grep -P '^agri.area.coffee\t' "$TMP/other_province.tsv" | cut -f3-7 | tr '\t\n' ' ')" \
  "level 2021 140200 ha A level 2022 141850 ha A level 2023 142600 ha E plan 2024 143000 ha A "

# Each table found is told on stderr, with how many of its figures were
# read; the figures not read are listed with --unmatched, with the row,
# the column and why.
same_text "tables found are told" "$(cat "$TMP/table_blank_cells.err")" \
  "ts-import: table_blank_cells.txt: table 1 at byte 558: 12 rows, 5 columns, 47 of 57 figures read"
expect_exit 0 "a table with bad rows is read in part" -- "$BIN/ts-import" --unmatched "$F/table_bad.txt"
same_text "bad rows are listed with their reasons" "$(grep '^unmatched' "$TMP/err" | cut -f3-)" \
  "$(printf '%s\n' \
    "298	45.200	its cells do not match the header's columns	Tổng đàn bò (con) | Năm 2022" \
    "305	46.100	its cells do not match the header's columns	Tổng đàn bò (con) | Năm 2023" \
    "324	13,0	a number where the row label should be	12,5 | Năm 2022" \
    "329	14,2	a number where the row label should be	12,5 | Năm 2023" \
    "446	không rõ	not a figure	Tổng đàn trâu (con) | Năm 2022")"
same_text "the bad table's summary" "$(grep -v '^unmatched' "$TMP/err")" \
  "ts-import: table_bad.txt: table 1 at byte 243: 5 rows, 2 columns, 4 of 8 figures read"
# A figure whose row and column disagree is not read, and says so.
expect_exit 0 "a growth row under a plan column" -- "$BIN/ts-import" --unmatched "$F/table_tabs.txt"
same_text "row and column conflicts are listed" "$(grep '^unmatched' "$TMP/err" | cut -f4-)" \
  "$(printf '%s\n' \
    "7,5	a growth target	Tốc độ tăng trưởng kinh tế | Năm 2023 KH" \
    "92,0	the row and the column name different measures	Tốc độ tăng trưởng kinh tế | Năm 2023 %" \
    "7,8	a growth target	Tốc độ tăng trưởng kinh tế | Năm 2024 KH")"
